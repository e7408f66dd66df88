"""Memory: resident memory stays flat while a large JSONL stream is read and coded.

1. ``--make PATH --mb N`` writes an N MB JSONL stream (never into the repository: use /tmp) by
   repeating the texts of ``../shared/gold/ipe_public.jsonl`` with distinct ids.
2. ``--read PATH`` reads the whole stream through the readers (no model), with peak RSS.
3. ``--code PATH --seconds S`` runs ``dyadwatch code PATH --engine local --format json`` for at
   most S seconds, samples the RSS of the process every second (psutil), and prints the RSS and
   the articles coded over time (lines of its output, a temporary file): after the model is
   loaded, the curve is flat.

4. ``--hostile DIR`` writes the hostile inputs of issue 15 into DIR (use /tmp) and runs
   ``dyadwatch code`` on each, with the peak RSS of the process (psutil, sampled every 0.2 s), the
   wall time, the exit status and the summary line: a 1 GB run of NUL bytes as ``.jsonl.gz`` (about
   1 MB on disk), 1 GB of ``0`` as ``.txt.gz``, one single-paragraph article of 200,000 characters,
   one single-paragraph record of 2 MB, and a 50 MB line with ``--oversize skip``.

Run::

    .venv/bin/python benchmarks/memory.py --make /tmp/dw-1g.jsonl --mb 1000
    .venv/bin/python benchmarks/memory.py --read /tmp/dw-1g.jsonl
    .venv/bin/python benchmarks/memory.py --code /tmp/dw-1g.jsonl --seconds 480
    .venv/bin/python benchmarks/memory.py --hostile /tmp/dw-hostile
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "ipe_public.jsonl"
MIB = 1024 * 1024


def make(path: Path, megabytes: int) -> None:
    if Path(__file__).resolve().parents[1] in path.resolve().parents:
        sys.exit("write the stream outside the repository (e.g. /tmp)")
    records = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    target = megabytes * 1_000_000
    written = 0
    rounds = 0
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            rounds += 1
            for r in records:
                line = json.dumps({"id": f"{r['id']}-r{rounds}", "published": r.get("date"), "url": r.get("url"),
                                   "text": r["text"]}, ensure_ascii=False) + "\n"
                out.write(line)
                written += len(line.encode("utf-8"))
                if written >= target:
                    break
    print(f"wrote {path}: {written / 1e6:.0f} MB, {rounds} rounds of {len(records)} articles")


def read(path: Path) -> None:
    from dyadwatch.readers import Problem, read_inputs

    start = time.perf_counter()
    articles = problems = 0
    checkpoints: list[str] = []
    size = path.stat().st_size
    for n, item in enumerate(read_inputs([str(path)]), start=1):
        if isinstance(item, Problem):
            problems += 1
        else:
            articles += 1
        if n % 50_000 == 0:
            checkpoints.append(f"{n} items: peak RSS {peak_mib():.0f} MiB")
    seconds = time.perf_counter() - start
    print("\n".join(checkpoints))
    print(f"read {size / 1e6:.0f} MB ({articles} articles, {problems} problems) in {seconds:.0f} s; "
          f"peak RSS {peak_mib():.0f} MiB")


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def code(path: Path, seconds: float) -> None:
    import psutil

    exe = Path(sys.executable).with_name("dyadwatch")
    fd, out_name = tempfile.mkstemp(suffix=".jsonl", prefix="dw-memory-")
    os.close(fd)
    out = Path(out_name)
    cmd = [str(exe), "code", str(path), "--engine", "local", "--format", "json", "-o", str(out)]
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
    watched = psutil.Process(proc.pid)
    start = time.monotonic()
    samples: list[tuple[float, float, int]] = []  # seconds, RSS MiB, articles coded
    try:
        while proc.poll() is None and time.monotonic() - start < seconds:
            try:
                rss = watched.memory_info().rss / MIB
            except psutil.NoSuchProcess:
                break
            samples.append((time.monotonic() - start, rss, count_lines(out)))
            time.sleep(1.0)
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=30)
        coded = count_lines(out)
        out.unlink()
    print(" ".join(cmd))
    print("seconds  RSS MiB  articles coded")
    step = max(1, len(samples) // 16)
    for t, rss, articles in samples[::step] + samples[-1:]:
        print(f"{t:7.0f}  {rss:7.0f}  {articles:8d}")
    print(f"{coded} articles coded in {samples[-1][0]:.0f} s")
    loaded = [s for s in samples if s[0] >= 60] or samples
    print(f"peak RSS {max(s[1] for s in samples):.0f} MiB; after the first minute: "
          f"min {min(s[1] for s in loaded):.0f}, max {max(s[1] for s in loaded):.0f} MiB")


SENTENCE = ("Chinese President Xi Jinping praised US President Donald Trump in Busan on Thursday, and the "
            "two leaders agreed to cut tariffs from 20% to 10% while officials in Beijing urged calm. ")


def make_hostile(folder: Path) -> list[tuple[str, Path, list[str]]]:
    """The hostile inputs: (what, path, extra options)."""
    import gzip

    if Path(__file__).resolve().parents[1] in folder.resolve().parents:
        sys.exit("write the hostile inputs outside the repository (e.g. /tmp)")
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for name, byte in (("nul.jsonl.gz", b"\x00"), ("zeros.txt.gz", b"0")):
        path = folder / name
        if not path.exists():
            chunk = byte * (1 << 24)
            with gzip.open(path, "wb", compresslevel=9) as out:
                for _ in range(64):  # 64 x 16 MiB = 1 GiB
                    out.write(chunk)
        made.append((f"1 GiB of {byte!r} as {name} ({path.stat().st_size / 1e6:.1f} MB on disk)", path, []))
    for name, chars in (("para-200k.jsonl", 200_000), ("para-2m.jsonl", 2_000_000)):
        path = folder / name
        text = (SENTENCE * (chars // len(SENTENCE) + 1))[:chars]
        path.write_text(json.dumps({"id": name, "text": text, "published": "2025-10-30"}) + "\n", encoding="utf-8")
        made.append((f"one single-paragraph record of {chars:,} characters", path, []))
    path = folder / "line-50m.jsonl"
    path.write_text(json.dumps({"id": "big", "text": "0" * 50_000_000}) + "\n", encoding="utf-8")
    made.append(("a 50 MB line, --oversize skip", path, ["--oversize", "skip"]))
    return made


def hostile(folder: Path, seconds: float = 600) -> None:
    import psutil

    exe = Path(sys.executable).with_name("dyadwatch")
    print("| input | peak RSS | seconds | exit | summary |")
    print("| --- | --- | --- | --- | --- |")
    for what, path, extra in make_hostile(folder):
        cmd = [str(exe), "code", str(path), "--format", "json", "-o", os.devnull, *extra]
        start = time.monotonic()
        proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
        watched = psutil.Process(proc.pid)
        peak = 0.0
        while proc.poll() is None and time.monotonic() - start < seconds:
            try:
                peak = max(peak, watched.memory_info().rss / MIB)
            except psutil.NoSuchProcess:
                break
            time.sleep(0.2)
        if proc.poll() is None:
            proc.terminate()
        _, err = proc.communicate(timeout=60)
        lines = [line for line in err.splitlines() if line.strip()]
        print(f"| {what} | {peak:.0f} MiB | {time.monotonic() - start:.0f} | {proc.returncode} | "
              f"{lines[-1] if lines else ''} |", flush=True)


def count_lines(path: Path) -> int:
    with path.open("rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--make", type=Path)
    parser.add_argument("--mb", type=int, default=1000)
    parser.add_argument("--read", type=Path)
    parser.add_argument("--code", type=Path)
    parser.add_argument("--seconds", type=float, default=480)
    parser.add_argument("--hostile", type=Path)
    args = parser.parse_args()
    if not (args.make or args.read or args.code or args.hostile):  # make bench: it takes minutes, run by hand
        sys.stdout.write("memory.py runs by hand (minutes); see benchmarks/memory.py --help and README's Memory\n")
    if args.make:
        make(args.make, args.mb)
    if args.read:
        read(args.read)
    if args.code:
        code(args.code, args.seconds)
    if args.hostile:
        hostile(args.hostile)


if __name__ == "__main__":
    main()
