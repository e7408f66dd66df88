"""A hand-judged sample of the default coder's output on real news the project never tuned or trained on.

  draw --out PATH [--seed 7] [--n 60]   code a seeded sample of held-out articles with the default
       [--coder-commit SHA]              pipeline (``Pipeline(make_options())``) and write one JSON
       [--exclude PATH ...]              line per event, at most 3 per article (``--per-article``),
       [--bbc-pool heldout|fit|fresh]    half from each source (the second makes up what the first's
       [--min-confidence X]              pool runs short of); articles of an earlier sample file
       [--per-article N]                 (``--exclude``, repeatable) are skipped, and so are near-copies
                                         of them: an article more than 40% of whose word 5-grams (its
                                         set of them) occur in one excluded article (containment, not
                                         Jaccard); ``--min-confidence 0`` draws every event the screen
                                         keeps, not only the default output's (a sample to fit the act
                                         detector on); ``--bbc-pool`` picks the BBC articles (below)
  show --sample PATH [--context 300]    print each drawn event's sentence from the gold file, with
       [--actors]                        some context and the article's headline, for judging;
                                         ``--actors`` codes the articles again to print the phrases
                                         the coder took as source and target (printed, never stored)
  redraw --judged PATH --out PATH      every event today's coder's screen keeps on a judged file's articles
                                         (``--min-confidence 0``), each line that repeats a judged one (same
                                         sentence, type, code, trigger and country codes) carrying its
                                         ``keep``, ``why`` and ``keep_codes`` and ``judged_commit``; the
                                         others have ``keep`` null, to be judged
  unjudged --redrawn PATH ... --out PATH  a seeded sample of the default output's events that no judgement
       [--seed 6110] [--n 60]            carries in ``redraw`` files (``keep`` null, confidence at the
       [--judged PATH ...]               calibration's threshold or above) and no line of a ``--judged``
                                         file repeats, at most ``--per-article`` per article, in the order
                                         of the files given, then article and sentence
  score --judged PATH                   the kept share: overall, by source, by type, by confidence band,
                                         and the drop reasons (the part of each ``why`` before its colon)

A judgments file is the drawn lines with ``keep`` (true/false) and ``why`` added; an optional
``keep_codes`` (true/false) is the looser call of the development-set scorer, which looks at the type
and the country codes only, whichever phrase the coder took as source or target.

The sources, both read in place from ``../shared/gold``:

- BBC politics articles of ``bbc_train.jsonl`` outside the development set: by default from the held-out
  half (``dyadwatch.training.splits``: never trained on); ``--bbc-pool fit`` and ``fresh`` split the
  train pool's politics articles (never trained on by the typer, which learns only from its ``other``
  articles) into a half the act detector may be fitted on and a half kept for fresh samples;
- Times of India articles of ``ipe_public.jsonl`` that are not in ``data/devset/articles.tsv``.

Texts are repaired with ``fix_text`` as the development set's are (``GoldArticle.article()``). The
lines keep offsets and codes only, never the text: ``sentence_span`` points into the repaired text
the coder read, ``raw_span`` into the gold file's ``text`` field as it stands.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import dyadwatch
from dyadwatch.config import make_options
from dyadwatch.evaluation.articles import GoldArticle, gold_records
from dyadwatch.evaluation.events import fix_text
from dyadwatch.pipeline import Pipeline
from dyadwatch.records import CodedArticle, Event
from dyadwatch.training.splits import BBC_FILE, bbc_articles, dev_ids, hash_half

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"
DEVSET = ROOT / "data" / "devset" / "articles.tsv"
IPE_FILE = "ipe_public.jsonl"
PER_ARTICLE = 3
CHUNK = 16  # articles coded at a time, so that the draw stops soon after its quota is met
BANDS = ((0.0, 0.4, "<0.4"), (0.4, 0.6, "0.4-0.6"), (0.6, 1.01, ">=0.6"))
SHINGLE = 5  # words in a shingle of the near-copy guard
FIT_SEED = "judged-fit"  # splits the BBC train pool's politics articles into the fit and fresh halves
BBC_POOLS = ("heldout", "fit", "fresh")
NEAR_COPY = 0.4  # the share of an article's shingles found in one excluded article that makes it a near-copy


# --- the pools --------------------------------------------------------------------------------------

def bbc_pool(gold: Path, pool: str = "heldout") -> list[GoldArticle]:
    """BBC politics articles outside the development set, as gold articles with no events.

    ``heldout``: those of the held-out half (never trained on); ``fit``: one half of the train pool's, whose
    judged events the act detector may be fitted on; ``fresh``: the train pool's other half, kept for
    fresh judged samples (the held-out half ran out of articles with events in the fourth sample)."""
    split = "heldout" if pool == "heldout" else "train"
    articles = [GoldArticle(BBC_FILE, article.id, split, True, article.text, None, ())
                for _, article in bbc_articles(split, gold, labels=["politics"], dev=dev_ids(DEVSET, BBC_FILE))]
    if pool == "heldout":
        return articles
    want = 0 if pool == "fit" else 1
    return [a for a in articles if hash_half(a.article_id, FIT_SEED) == want]


def ipe_pool(gold: Path) -> list[GoldArticle]:
    """The Times of India articles that are not in the development set."""
    devs = dev_ids(DEVSET, IPE_FILE)
    out = []
    with (gold / IPE_FILE).open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            article_id = str(row["id"])
            if article_id in devs:
                continue
            published = date.fromisoformat(row["date"]) if row.get("date") else None
            out.append(GoldArticle(IPE_FILE, article_id, "heldout", True, str(row["text"]), published, ()))
    return out


def shuffled(pool: Sequence[GoldArticle], rng: random.Random) -> list[GoldArticle]:
    order = sorted(pool, key=lambda a: a.article_id)
    rng.shuffle(order)
    return order


# --- offsets ----------------------------------------------------------------------------------------

def raw_offset(raw: str, fixed_offset: int) -> int:
    """The offset in ``raw`` whose repaired prefix is ``fixed_offset`` characters long (the smallest such)."""
    lo, hi = 0, len(raw)
    while lo < hi:
        mid = (lo + hi) // 2
        if len(fix_text(raw[:mid])) < fixed_offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def raw_span(raw: str, fixed: str, span: tuple[int, int]) -> tuple[int, int]:
    if fixed == raw:
        return span
    return raw_offset(raw, span[0]), raw_offset(raw, span[1])


# --- drawing ----------------------------------------------------------------------------------------

def git(*args: str) -> str:
    done = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=False)
    return done.stdout.strip()


def coder_commit(given: str | None = None) -> tuple[str, bool]:
    """The commit of the coder that runs here, and whether its src/ has uncommitted changes.

    The dyadwatch imported from this checkout: its HEAD and ``git status``. One imported from elsewhere
    (a clean ``git archive`` copy on ``PYTHONPATH``, say): ``given`` (``--coder-commit``), else "unknown".
    """
    package = Path(dyadwatch.__file__).resolve().parent
    if ROOT / "src" not in package.parents:
        return (given or "unknown"), False
    head = git("rev-parse", "HEAD")
    if given and not head.startswith(given) and not given.startswith(head):
        raise SystemExit(f"Error: --coder-commit {given} is not this checkout's HEAD {head}")
    return head, bool(git("status", "--porcelain", "--", "src"))


def party(actor: Any) -> dict[str, str | None]:
    if actor is None:
        return {"country": None, "sector": None, "country_source": None}
    data = actor.to_dict()
    return {"country": data["country"], "sector": data["sector"], "country_source": data["country_source"]}


def record(gold: GoldArticle, coded: CodedArticle, event: Event, commit: str, dirty: bool) -> dict[str, Any]:
    bounds = {s.index: (s.start, s.end) for s in coded.sentences}
    span = bounds.get(event.sentence_index, event.span)
    return {
        "file": gold.file, "article_id": gold.article_id, "sentence_index": event.sentence_index,
        "sentence_span": list(span), "raw_span": list(raw_span(gold.raw_text, coded.article.text, span)),
        "event_type": event.event_type, "mode": event.mode, "cameo": event.cameo, "quad_class": event.quad_class,
        "source": party(event.actor), "target": party(event.recipient),
        "trigger": event.trigger, "confidence": round(event.confidence, 4), "modality": event.modality,
        "background": event.background, "coder": event.coder, "coder_commit": commit, "coder_dirty": dirty,
    }


def chunks(items: Sequence[GoldArticle], size: int) -> Iterator[list[GoldArticle]]:
    for at in range(0, len(items), size):
        yield list(items[at:at + size])


def draw_source(pipeline: Pipeline, order: Sequence[GoldArticle], quota: int, seed: int,
                commit: str, dirty: bool, per_article: int = PER_ARTICLE) -> tuple[list[dict[str, Any]], int]:
    """Events of ``order``'s articles, at most ``per_article`` each (a seeded pick when there are more),
    until ``quota``; and how many articles were read."""
    out: list[dict[str, Any]] = []
    read = 0
    for chunk in chunks(order, CHUNK):
        for gold, coded in zip(chunk, pipeline.code_articles([g.article() for g in chunk]), strict=True):
            read += 1
            events = sorted(coded.events, key=lambda e: (e.sentence_index, e.span))
            if len(events) > per_article:
                pick = random.Random(f"{seed}:{gold.file}:{gold.article_id}")
                events = [events[i] for i in sorted(pick.sample(range(len(events)), per_article))]
            for event in events[:quota - len(out)]:
                out.append(record(gold, coded, event, commit, dirty))
            if len(out) >= quota:
                return out, read
    return out, read


def excluded_articles(paths: Iterable[Path]) -> set[tuple[str, str]]:
    """The (file, article id) pairs of earlier sample files, whose articles a new draw skips."""
    return {(str(line["file"]), str(line["article_id"])) for path in paths for line in read_lines(path)}


def shingles(text: str) -> set[tuple[str, ...]]:
    """The set of an article's word 5-grams (lower case, letters and digits only)."""
    words = re.findall(r"[a-z0-9]+", fix_text(text).lower())
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


class NearCopies:
    """Tells whether an article nearly copies one of the excluded articles.

    Containment, not Jaccard: the share of the candidate's 5-gram set that occurs in one excluded
    article's set, so that a shortened or extended copy is caught as well. An inverted index from
    5-gram to excluded articles keeps it to one pass over the candidate's shingles.
    """

    def __init__(self, texts: dict[tuple[str, str], str]) -> None:
        self.index: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
        for key, text in texts.items():
            for gram in shingles(text):
                self.index[gram].append(key)

    def closest(self, text: str) -> tuple[tuple[str, str] | None, float]:
        """The excluded article sharing most of ``text``'s 5-grams, and the share it holds."""
        grams = shingles(text)
        hits: Counter[tuple[str, str]] = Counter(k for g in grams for k in self.index.get(g, ()))
        if not grams or not hits:
            return None, 0.0
        key, count = hits.most_common(1)[0]
        return key, count / len(grams)


def draw(out: Path, seed: int, n: int, gold: Path, given_commit: str | None = None,
         exclude: Sequence[Path] = (), bbc: str = "heldout", min_confidence: float | None = None,
         per_article: int = PER_ARTICLE) -> int:
    """``min_confidence`` None: the default output's threshold (what the owners judge); 0: every event the
    screen keeps, as a sample to fit the act detector on."""
    commit, dirty = coder_commit(given_commit)
    if dirty:
        print("warning: src/ has uncommitted changes; the lines say coder_dirty: true", file=sys.stderr)
    pipeline = Pipeline(make_options(min_confidence=min_confidence))
    rng = random.Random(seed)
    pools = [(BBC_FILE, bbc_pool(gold, bbc)), (IPE_FILE, ipe_pool(gold))]
    orders = [(file, shuffled(pool, rng)) for file, pool in pools]
    if exclude:
        # skipped after the shuffle, so that the other articles keep the seed's order
        skip = excluded_articles(exclude)
        near = NearCopies({key: str(row["text"]) for key, row in gold_records(gold, skip).items()})
        kept = []
        for file, order in orders:
            left = [a for a in order if (a.file, a.article_id) not in skip]
            by_id = len(order) - len(left)
            copies = []
            for a in left:
                twin, part = near.closest(a.raw_text)
                if twin is not None and part > NEAR_COPY:
                    copies.append(a.article_id)
                    print(f"  {file} {a.article_id}: {part:.0%} of its 5-grams in {twin[0]} {twin[1]}")
            left = [a for a in left if a.article_id not in copies]
            print(f"{file}: {by_id} articles of {len(exclude)} earlier sample file(s) skipped, "
                  f"and {len(copies)} near-copies of them")
            kept.append((file, left))
        orders = kept
    lines: list[dict[str, Any]] = []
    for at, (file, order) in enumerate(orders):
        # half from the first source (the BBC) and the rest from the second, which so makes up what the
        # first's pool runs short of (the BBC pool ran out in the fourth sample)
        quota = n - len(lines) if at else n // 2
        got, read = draw_source(pipeline, order, quota, seed, commit, dirty, per_article)
        print(f"{file}: {len(got)} events from {read} of {len(order)} articles read (quota {quota})")
        lines.extend(got)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    print(f"wrote {len(lines)} events to {out} (coder {pipeline.options.coder}, commit {commit})")
    return 0


def gold_articles(keys: Sequence[tuple[str, str]], rows: dict[tuple[str, str], dict[str, Any]]) -> list[GoldArticle]:
    """The articles of ``keys`` (file, id) from their gold records, with no gold events, to be coded again."""
    golds = []
    for file, article_id in keys:
        row = rows[(file, article_id)]
        published = date.fromisoformat(row["date"]) if row.get("date") else None
        golds.append(GoldArticle(file, article_id, "judged", True, str(row["text"]), published, ()))
    return golds


def judged_key(line: dict[str, Any]) -> tuple[Any, ...]:
    """What makes two lines the same event: sentence, type, code, trigger and the parties' country codes
    (the key ``scripts/fit_calibration.py`` matches judged lines to events by)."""
    return (line["file"], line["article_id"], line["sentence_index"], line["event_type"], line["cameo"],
            line["trigger"], (line["source"] or {}).get("country"), (line["target"] or {}).get("country"))


def redraw(judged: Path, out: Path, gold: Path, given_commit: str | None = None) -> int:
    """Code a judged file's articles again and write every event the screen keeps, carrying the earlier
    judgement of each line an event repeats; the rest are left for judging (``keep`` null)."""
    lines = read_lines(judged)
    earlier = {judged_key(ln): ln for ln in lines}
    commit, dirty = coder_commit(given_commit)
    if dirty:
        print("warning: src/ has uncommitted changes; the lines say coder_dirty: true", file=sys.stderr)
    keys = list(dict.fromkeys((str(ln["file"]), str(ln["article_id"])) for ln in lines))
    golds = gold_articles(keys, gold_records(gold, keys))
    pipeline = Pipeline(make_options(min_confidence=0.0))
    fresh: list[dict[str, Any]] = []
    for gold_article, coded in zip(golds, pipeline.code_articles([g.article() for g in golds]), strict=True):
        for event in sorted(coded.events, key=lambda e: (e.sentence_index, e.span)):
            line = record(gold_article, coded, event, commit, dirty)
            old = earlier.pop(judged_key(line), None)
            line.update(keep=None if old is None else old["keep"], why="" if old is None else old.get("why", ""),
                        keep_codes=None if old is None else old.get("keep_codes"),
                        judged_commit=None if old is None else old.get("coder_commit"))
            fresh.append(line)
    carried = [ln for ln in fresh if ln["keep"] is not None]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in fresh), encoding="utf-8")
    print(f"wrote {len(fresh)} events of {len(keys)} articles to {out}: {len(carried)} carry an earlier judgement "
          f"({sum(1 for ln in carried if ln['keep'])} kept), {len(fresh) - len(carried)} to judge; "
          f"{len(earlier)} judged lines are no longer given")
    return 0


def unjudged(redrawn: Sequence[Path], out: Path, seed: int, n: int, per_article: int = PER_ARTICLE,
             judged: Sequence[Path] = ()) -> int:
    """Draw ``n`` of the default output's events that no judgement carries, from ``redraw`` files: what
    today's coder gives on judged articles that no judge has seen yet. The lines of ``judged`` files (a sample
    drawn this way before, judged since) count as judged too."""
    calibration = Pipeline(make_options()).resources.calibration
    cut = calibration.threshold if calibration is not None else 0.0
    seen = {judged_key(line) for path in judged for line in read_lines(path)}
    pool = [(rank, line) for rank, path in enumerate(redrawn) for line in read_lines(path)
            if line.get("keep") is None and judged_key(line) not in seen and float(line["confidence"]) >= cut]
    random.Random(seed).shuffle(pool)
    taken: Counter[str] = Counter()
    drawn: list[tuple[int, dict[str, Any]]] = []
    for rank, line in pool:
        if len(drawn) == n:
            break
        if taken[line["article_id"]] < per_article:
            taken[line["article_id"]] += 1
            drawn.append((rank, line))
    drawn.sort(key=lambda rl: (rl[0], rl[1]["file"], rl[1]["article_id"], rl[1]["sentence_index"]))
    judging = ("keep", "why", "keep_codes", "judged_commit")
    rows = [{k: v for k, v in line.items() if k not in judging} for _, line in drawn]
    out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    print(f"wrote {len(rows)} of {len(pool)} unjudged events at {cut} or above to {out}")
    return 0


# --- showing ----------------------------------------------------------------------------------------

def read_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def headline(row: dict[str, Any], text: str) -> str:
    if row.get("url"):  # Times of India: .../city/lucknow/Jilani-seeks-ban-on-VHP-programme/articleshow/123.cms
        parts = str(row["url"]).rstrip("/").split("/")
        at = parts.index("articleshow") if "articleshow" in parts else len(parts)
        return parts[at - 1] if at >= 1 else parts[-1]
    return text[:100].split("  ")[0]


def actor_phrases(lines: Sequence[dict[str, Any]], rows: dict[tuple[str, str], dict[str, Any]]
                  ) -> dict[tuple[str, str, int, str, str, str], list[str]]:
    """The source and target phrases of each drawn event, from coding its article again."""
    keys = list(dict.fromkeys((ln["file"], ln["article_id"]) for ln in lines))
    golds = gold_articles(keys, rows)
    out: dict[tuple[str, str, int, str, str, str], list[str]] = defaultdict(list)
    # every event the screen keeps, so that a sample drawn below the default threshold shows its phrases too
    coder = Pipeline(make_options(min_confidence=0.0))
    for gold_article, coded in zip(golds, coder.code_articles([g.article() for g in golds]), strict=True):
        for e in coded.events:
            key = (gold_article.file, gold_article.article_id, e.sentence_index, e.event_type, e.cameo, e.trigger)
            out[key].append(f"{e.actor.text!r} -> {e.recipient.text if e.recipient else None!r}")
    return out


def show(sample: Path, gold: Path, context: int, actors: bool = False) -> int:
    lines = read_lines(sample)
    rows = gold_records(gold, ((ln["file"], ln["article_id"]) for ln in lines))
    phrases = actor_phrases(lines, rows) if actors else {}
    for n, ln in enumerate(lines, 1):
        row = rows[(ln["file"], ln["article_id"])]
        text = fix_text(str(row["text"]))
        start, end = ln["sentence_span"]
        src, tgt = ln["source"], ln["target"]
        print(f"=== {n}. {ln['file']} {ln['article_id']} s{ln['sentence_index']}  [{headline(row, text)}]")
        print(f"    {ln['event_type']} {ln['cameo']} ({ln['modality']}) trigger={ln['trigger']!r} "
              f"conf={ln['confidence']}  {src['country']}/{src['sector']} ({src['country_source']}) -> "
              f"{tgt['country']}/{tgt['sector']} ({tgt['country_source']})")
        key = (ln["file"], ln["article_id"], ln["sentence_index"], ln["event_type"], ln["cameo"], ln["trigger"])
        for phrase in phrases.get(key, []):
            print(f"    actors: {phrase}")
        print(f"    ...{text[max(0, start - context):start]}")
        print(f"    >>> {text[start:end]} <<<")
        print(f"    {text[end:end + context // 2]}...")
        print()
    return 0


# --- scoring ----------------------------------------------------------------------------------------

def band(confidence: float) -> str:
    return next(name for lo, hi, name in BANDS if lo <= confidence < hi)


def share(rows: Sequence[dict[str, Any]], field: str = "keep") -> str:
    kept = sum(1 for r in rows if r[field])
    return f"{kept}/{len(rows)} = {100 * kept / len(rows):.1f}%" if rows else "0/0"


def reason(why: str) -> str:
    """A drop reason's kind: the part before its first colon."""
    return why.split(":")[0].strip().lower()


def score(judged: Path) -> int:
    rows = read_lines(judged)
    bad = [n for n, r in enumerate(rows, 1) if not isinstance(r.get("keep"), bool)]
    if bad:
        print(f"Error: lines without a true/false keep: {bad}", file=sys.stderr)
        return 1
    print(f"kept overall: {share(rows)}")
    if all(isinstance(r.get("keep_codes"), bool) for r in rows):
        # the looser reading of the development-set scorer: type and country codes right, whichever
        # phrase the coder took as the party
        print(f"kept by codes only (type and countries, any phrase): {share(rows, 'keep_codes')}")
    groups: list[tuple[str, Any]] = [("source", lambda r: r["file"]), ("type", lambda r: r["event_type"]),
                                     ("confidence", lambda r: band(float(r["confidence"])))]
    for title, key in groups:
        by: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in rows:
            by[key(r)].append(r)
        order = [name for _, _, name in BANDS if name in by] if title == "confidence" else sorted(by)
        print(f"by {title}:")
        for name in order:
            print(f"  {name:<20} {share(by[name])}")
    drops = Counter(reason(str(r.get("why", ""))) for r in rows if not r["keep"])
    print("drop reasons:")
    for why, count in drops.most_common():
        print(f"  {count:>3}  {why}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD, help="the shared gold folder")
    sub = parser.add_subparsers(dest="command", required=True)
    p_draw = sub.add_parser("draw", help="code a seeded sample and write its events")
    p_draw.add_argument("--out", type=Path, required=True)
    p_draw.add_argument("--seed", type=int, default=7)
    p_draw.add_argument("--n", type=int, default=60)
    p_draw.add_argument("--coder-commit", default=None,
                        help="the commit of a dyadwatch imported from outside this checkout (PYTHONPATH)")
    p_draw.add_argument("--exclude", type=Path, action="append", default=[], metavar="PATH",
                        help="an earlier sample file whose articles are skipped (repeatable)")
    p_draw.add_argument("--bbc-pool", choices=BBC_POOLS, default="heldout",
                        help="the BBC politics articles drawn from: the held-out half, or the fit or fresh half "
                             "of the train pool's")
    p_draw.add_argument("--min-confidence", type=float, default=None,
                        help="the least confidence drawn (default: the default output's threshold; 0: all)")
    p_draw.add_argument("--per-article", type=int, default=PER_ARTICLE)
    p_show = sub.add_parser("show", help="print each drawn event's sentence, for judging")
    p_show.add_argument("--sample", type=Path, required=True)
    p_show.add_argument("--context", type=int, default=300)
    p_show.add_argument("--actors", action="store_true", help="code the articles again to print actor phrases")
    p_redraw = sub.add_parser("redraw", help="today's events on a judged file's articles, earlier judgements kept")
    p_redraw.add_argument("--judged", type=Path, required=True)
    p_redraw.add_argument("--out", type=Path, required=True)
    p_redraw.add_argument("--coder-commit", default=None,
                          help="the commit of a dyadwatch imported from outside this checkout (PYTHONPATH)")
    p_unjudged = sub.add_parser("unjudged", help="a seeded sample of redrawn events no judgement carries")
    p_unjudged.add_argument("--redrawn", type=Path, nargs="+", required=True)
    p_unjudged.add_argument("--out", type=Path, required=True)
    p_unjudged.add_argument("--seed", type=int, default=6110)
    p_unjudged.add_argument("--n", type=int, default=60)
    p_unjudged.add_argument("--per-article", type=int, default=PER_ARTICLE)
    p_unjudged.add_argument("--judged", type=Path, action="append", default=[], metavar="PATH",
                            help="a judged file whose lines count as judged (repeatable)")
    p_score = sub.add_parser("score", help="the kept share of a judged sample")
    p_score.add_argument("--judged", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "draw":
        if args.n < 2:
            parser.error("--n must be at least 2")
        return draw(args.out, args.seed, args.n, args.gold, args.coder_commit, args.exclude, args.bbc_pool,
                    args.min_confidence, args.per_article)
    if args.command == "redraw":
        return redraw(args.judged, args.out, args.gold, args.coder_commit)
    if args.command == "unjudged":
        return unjudged(args.redrawn, args.out, args.seed, args.n, args.per_article, args.judged)
    if args.command == "show":
        return show(args.sample, args.gold, args.context, args.actors)
    return score(args.judged)


if __name__ == "__main__":
    raise SystemExit(main())
