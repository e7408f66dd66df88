"""Load benchmark of ``dyadwatch serve``: a generated store of 1,000,000 synthetic events over 20
years and 200 countries, served on loopback, driven by 20 concurrent clients for a bounded number of
requests per endpoint. Reports p50/p95 latency and requests per second for the events list, one
event, a dyad series and the overview page.

    .venv/bin/python benchmarks/serve.py                       # make the store once (/tmp), then measure
    .venv/bin/python benchmarks/serve.py --make /tmp/s.duckdb --events 1000000 --only-make
    .venv/bin/python benchmarks/serve.py --db /tmp/s.duckdb --requests 100 --clients 20

The store is written with the real schema (``EventStore`` migrations) by SQL from a seeded random
generator: events are day-dated (5% month-dated) from 2006 to 2025, actors and recipients drawn
from 200 countries of the knowledge base with a skew (a few busy pairs, a long tail), CAMEO codes
from the project's table; one event in ten is a second report of another (so merged events and
mentions differ), 1% of merged AGREE events are commitments. Synthetic data: for load, not meaning.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlencode

HERE = Path(__file__).resolve().parent
DEFAULT_DB = Path("/tmp/dyadwatch-serve-bench.duckdb")
MAJOR = ("USA", "CHN", "RUS", "UKR", "ISR", "IRN", "GBR", "FRA", "DEU", "IND", "PAK", "JPN", "KOR", "PRK", "TUR",
         "SYR", "IRQ", "AFG", "SAU", "EGY", "BRA", "MEX", "CAN", "AUS", "ITA", "ESP", "POL", "TWN", "VNM", "PHL")


def make_store(path: Path, events: int = 1_000_000, seed: int = 13) -> dict[str, float]:
    """Write the synthetic store at ``path`` (replacing it); returns counts and seconds taken."""
    from dyadwatch.analysis.parties import parties
    from dyadwatch.coder.codes import CodeTable
    from dyadwatch.store.eventstore import EventStore

    started = time.perf_counter()
    for old in (path, Path(str(path) + ".wal")):
        old.unlink(missing_ok=True)
    known = set(parties().countries)
    first = [c for c in MAJOR if c in known]  # the busiest parties, as in real news
    countries = (first + sorted(known - set(first)))[:200]
    codes = [(c.cameo, c.event_type, c.quad_class, c.goldstein) for c in CodeTable.load()
             if c.event_type and len(c.cameo) == 3]
    base = int(events * 0.9)
    with EventStore(path) as store:
        db = store.db
        db.execute(f"SELECT setseed({(seed % 1000) / 1000})")
        db.execute("CREATE TEMP TABLE c AS SELECT * FROM (VALUES " +
                   ", ".join(f"({i}, '{code}')" for i, code in enumerate(countries)) + ") t(i, iso)")
        db.execute("CREATE TEMP TABLE k AS SELECT * FROM (VALUES " + ", ".join(
            f"({i}, '{code}', '{kind}', {quad}, {gold})" for i, (code, kind, quad, gold) in enumerate(codes)) +
                   ") t(i, cameo, event_type, quad_class, goldstein)")
        n_c, n_k = len(countries), len(codes)
        # base events: one merged event each; the actor and recipient indices are skewed towards 0
        db.execute(f"""CREATE TEMP TABLE b AS
            SELECT i, floor(pow(random(), 2.2) * {n_c})::INT AS a, floor(pow(random(), 2.2) * {n_c})::INT AS r0,
                   floor(random() * {n_k})::INT AS k, DATE '2006-01-01' + floor(random() * 7305)::INT AS d,
                   random() AS p, random() AS conf
            FROM range({base}) t(i)""")
        db.execute(f"UPDATE b SET r0 = (r0 + 1 + floor(random() * {n_c - 1})::INT) % {n_c} WHERE r0 = a")
        db.execute(f"""CREATE TEMP TABLE ev AS
            SELECT i AS n, i AS base, a, r0 AS r, k, d, p, conf, i // 4 AS art FROM b
            UNION ALL
            SELECT {base} + j, b.i, b.a, b.r0, b.k, b.d + 1, b.p, random(), ({base} + j) // 4
            FROM (SELECT range AS j, floor(random() * {base})::INT AS pick FROM range({events - base})) x
            JOIN b ON b.i = x.pick""")
        db.execute("""CREATE TEMP TABLE e AS SELECT ev.*, ca.iso AS actor, cr.iso AS recipient, k.cameo, k.event_type,
                k.quad_class, k.goldstein,
                CASE WHEN p < 0.05 THEN strftime(d, '%Y-%m') ELSE strftime(d, '%Y-%m-%d') END AS day,
                CASE WHEN p < 0.85 THEN 'asserted' WHEN p < 0.93 THEN 'reported' WHEN p < 0.97 THEN 'planned'
                     WHEN p < 0.99 THEN 'hypothetical' ELSE 'denied' END AS modality,
                'e' || lpad(ev.n::VARCHAR, 9, '0') AS event_id, 'm' || lpad(ev.base::VARCHAR, 9, '0') AS merged_id,
                'h' || lpad(ev.art::VARCHAR, 9, '0') AS content_hash, 'art-' || ev.art AS article_id
            FROM ev JOIN c ca ON ca.i = ev.a JOIN c cr ON cr.i = ev.r JOIN k ON k.i = ev.k""")
        sentence = ("'In a synthetic report, ' || actor || ' took action ' || cameo || ' (' || event_type || "
                    "') towards ' || recipient || ' on ' || day || '.'")
        db.execute("BEGIN TRANSACTION")
        db.execute("""INSERT INTO articles BY NAME SELECT content_hash, any_value(article_id) AS article_id,
                'Synthetic story ' || any_value(art) AS title, min(d) AS published,
                'Bench Wire ' || (any_value(art) % 50) AS source,
                'https://bench.invalid/' || any_value(article_id) AS url, 'benchmark' AS origin,
                '' AS text, 'dyadwatch/bench' AS coder FROM e GROUP BY content_hash""")
        db.execute(f"""INSERT INTO sentences BY NAME SELECT content_hash, n % 4 AS sentence_index, 0 AS start_char,
                length({sentence}) AS end_char, {sentence} AS text FROM e""")
        db.execute(f"""INSERT INTO events BY NAME SELECT event_id, content_hash, article_id, event_type, cameo,
                quad_class, goldstein, actor AS actor_text, actor AS actor_name, actor AS actor_country,
                'GOV' AS actor_sector, recipient AS recipient_text, recipient AS recipient_name,
                recipient AS recipient_country, 'GOV' AS recipient_sector, day AS event_date, day AS date_text,
                modality, modality = 'denied' AS negated, n % 4 AS sentence_index, 0 AS span_start,
                length({sentence}) AS span_end, {sentence} AS sentence, 'acted' AS trigger,
                round(0.3 + 0.7 * conf, 2) AS confidence, 'dyadwatch/bench' AS coder FROM e""")
        db.execute("""INSERT INTO mentions BY NAME SELECT e.event_id, e.merged_id, e.content_hash, e.article_id,
                'Bench Wire ' || (e.art % 50) AS source, 'https://bench.invalid/' || e.article_id AS url,
                e.d AS published, e.n % 4 AS sentence_index, round(0.3 + 0.7 * e.conf, 2) AS confidence,
                e.n = e.base AS is_best FROM e""")
        db.execute(f"""INSERT INTO merged_events BY NAME SELECT e.merged_id, e.base AS global_event_id, e.event_type,
                e.cameo, substr(e.cameo, 1, 3) AS cameo_base, substr(e.cameo, 1, 2) AS cameo_root, e.quad_class,
                e.goldstein, e.actor AS actor_text, e.actor AS actor_name, e.actor AS actor_country,
                'GOV' AS actor_sector,
                e.recipient AS recipient_text, e.recipient AS recipient_name, e.recipient AS recipient_country,
                'GOV' AS recipient_sector, e.day AS event_date,
                CASE WHEN length(e.day) = 10 THEN 'day' ELSE 'month' END AS date_precision,
                CASE WHEN e.modality IN ('asserted', 'reported') THEN 'happened' ELSE e.modality END AS factuality,
                e.modality, m.n AS num_mentions, m.n AS num_sources, m.n AS num_articles, e.d AS first_seen,
                e.d AS last_seen, e.event_id AS best_event_id, e.article_id, {sentence} AS sentence,
                e.n % 4 AS sentence_index, 'acted' AS trigger, round(0.3 + 0.7 * e.conf, 2) AS confidence
            FROM e JOIN (SELECT merged_id, count(*) AS n FROM e GROUP BY 1) m USING (merged_id) WHERE e.n = e.base""")
        db.execute("""INSERT INTO commitments BY NAME SELECT merged_id AS commitment_id, merged_id, actor_country,
                actor_name, recipient_country, recipient_name, cameo, sentence AS what, event_date, modality,
                'pledged' AS status, num_sources, num_articles, first_seen, sentence FROM merged_events
            WHERE event_type = 'AGREE' AND hash(merged_id) % 100 = 0""")
        db.execute("INSERT INTO runs (run_id, coder, started_at, finished_at, inputs, articles_read, articles_coded, "
                   "articles_skipped, quarantined, events) SELECT 'bench', 'dyadwatch/bench', now(), now(), "
                   "'[\"benchmarks/serve.py\"]', count(*), count(*), 0, 0, ? FROM articles", [events])
        db.execute("COMMIT")
        counts = {t: store.count(t) for t in ("events", "merged_events", "articles", "commitments")}
    return {**counts, "seconds": round(time.perf_counter() - started, 1)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pick_targets(db: Path, seed: int) -> dict[str, list[str]]:
    """Paths to request: event ids, busy and quiet pairs, countries."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    rng = random.Random(seed)
    ids = [r[0] for r in con.execute("SELECT event_id FROM events USING SAMPLE 2000 ROWS").fetchall()]
    pairs = con.execute("""SELECT actor_country, recipient_country, count(*) n FROM events GROUP BY 1, 2
                           ORDER BY n DESC LIMIT 400""").fetchall()
    con.close()
    countries = sorted({p[0] for p in pairs})
    events = []
    for _ in range(400):
        params: dict[str, str | int] = {"limit": 50}
        choice = rng.random()
        if choice < 0.4:
            params["actor"] = rng.choice(countries)
        elif choice < 0.7:
            params.update(actor=rng.choice(countries), since=str(rng.randint(2006, 2025)))
        elif choice < 0.85:
            params.update(type=rng.choice(["AGREE", "ACCUSE", "CONSULT", "ASSAULT"]),
                          since=f"{rng.randint(2006, 2025)}-06")
        events.append("/api/events?" + urlencode(params))
    series = []
    for _ in range(400):
        a, b, _n = rng.choice(pairs)
        by = rng.choice(["month", "month", "year", "week"])
        series.append(f"/api/dyads/{quote(a)}/{quote(b)}?by={by}")
    return {"events list": events, "one event": [f"/api/events/{quote(i)}" for i in ids],
            "dyad series": series, "overview": ["/"]}


def drive(port: int, paths: list[str], requests: int, clients: int, seed: int) -> dict[str, float]:
    """``requests`` GETs spread over ``clients`` threads with keep-alive connections."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    per = [requests // clients + (1 if i < requests % clients else 0) for i in range(clients)]

    def client(n: int, count: int) -> None:
        rng = random.Random(seed * 100 + n)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine: list[float] = []
        for _ in range(count):
            path = rng.choice(paths)
            t0 = time.perf_counter()
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            mine.append(time.perf_counter() - t0)
            if response.status != 200:
                with lock:
                    errors.append(f"{response.status} {path}")
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client, args=(i, c)) for i, c in enumerate(per)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    latencies.sort()
    return {"requests": len(latencies), "errors": len(errors), "p50_ms": 1000 * statistics.median(latencies),
            "p95_ms": 1000 * latencies[int(0.95 * (len(latencies) - 1))], "req_per_s": len(latencies) / wall,
            "first_error": errors[0] if errors else ""}


def measure(db: Path, requests: int, clients: int, seed: int) -> dict[str, dict[str, float]]:
    targets = pick_targets(db, seed)  # before the server holds the store
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "dyadwatch", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"the server did not start: {server.stderr.read() if server.stderr else ''}"
                                     ) from None
                time.sleep(0.2)
        results = {}
        for name, paths in targets.items():
            drive(port, paths[:20], min(20, requests), min(clients, 5), seed)  # warm-up
            results[name] = drive(port, paths, requests, clients, seed)
        return results
    finally:
        server.terminate()
        server.wait(timeout=30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help="the store to serve (made when missing)")
    parser.add_argument("--make", type=Path, help="(re)make a store here")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--only-make", action="store_true", help="make the store and stop")
    parser.add_argument("--requests", type=int, default=100, help="requests per endpoint")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    db = args.make or args.db
    if args.make or not db.exists():
        made = make_store(db, args.events, args.seed)
        sys.stdout.write(f"made {db}: {made}\n")
    if args.only_make:
        return 0
    results = measure(db, args.requests, args.clients, args.seed)
    sys.stdout.write(f"dyadwatch serve over {db}: {args.clients} concurrent clients, {args.requests} requests "
                     "per endpoint, loopback\n")
    sys.stdout.write(f"{'endpoint':<14}{'p50 ms':>9}{'p95 ms':>9}{'req/s':>8}{'errors':>8}\n")
    for name, r in results.items():
        sys.stdout.write(f"{name:<14}{r['p50_ms']:>9.1f}{r['p95_ms']:>9.1f}{r['req_per_s']:>8.1f}"
                         f"{int(r['errors']):>8}\n")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 1 if any(r["errors"] for r in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
