"""Tools for annotating the real-news development set (see data/devset/GUIDE.md).

  show FILE ID            print one gold article's text as it stands in the gold file
  list [--batch K/N]      the development set's articles (optionally one of N batches)
  add DRAFT.jsonl         turn drafts into labels: each event's ``evidence`` (and each of its
                          ``mention_evidence``) is a verbatim snippet of the article, located and
                          replaced by character offsets; the labels of those articles in
                          data/devset/labels.jsonl are replaced

Drafts stay outside the repository (they quote the text); the labels keep offsets only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"
DEVSET = ROOT / "data" / "devset"


def gold_text(file: str, article_id: str) -> str:
    with (GOLD / file).open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if str(row["id"]) == article_id:
                return str(row["text"])
    raise SystemExit(f"Error: no article {article_id} in {file}")


def dev_articles() -> list[tuple[str, str, str]]:
    rows = []
    for line in (DEVSET / "articles.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("file\t") or not line.strip():
            continue
        file, article_id, split = line.split("\t")
        rows.append((file, article_id, split))
    return rows


def locate(text: str, snippet: str) -> tuple[int, int]:
    """Offsets of ``snippet`` in ``text``: exact, else ignoring case and runs of spaces."""
    at = text.find(snippet)
    if at >= 0 and text.find(snippet, at + 1) < 0:
        return at, at + len(snippet)
    if at >= 0:
        return at, at + len(snippet)  # repeated verbatim: the first is as good as any
    words = [re.escape(w) for w in snippet.split()]
    if not words:
        raise ValueError("empty evidence")
    found = re.search(r"\s+".join(words), text, flags=re.IGNORECASE)
    if found is None:
        raise ValueError(f"evidence not found: {snippet[:60]!r}")
    return found.start(), found.end()


def add(draft: Path) -> int:
    labels_path = DEVSET / "labels.jsonl"
    existing: dict[tuple[str, str], dict[str, object]] = {}
    if labels_path.exists():
        for line in labels_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                existing[(row["file"], str(row["article_id"]))] = row
    known = {(f, i) for f, i, _ in dev_articles()}
    failures = 0
    for n, line in enumerate(draft.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        key = (row["file"], str(row["article_id"]))
        if key not in known:
            print(f"{draft}:{n}: {key} is not in articles.tsv", file=sys.stderr)
            failures += 1
            continue
        text = gold_text(*key)
        events = []
        for event in row.get("events", []):
            event = dict(event)
            try:
                event["start"], event["end"] = locate(text, event.pop("evidence"))
                event["mentions"] = [list(locate(text, s)) for s in event.pop("mention_evidence", [])]
            except ValueError as error:
                print(f"{draft}:{n}: article {key[1]}: {error}", file=sys.stderr)
                failures += 1
                continue
            events.append(event)
        row["article_id"] = key[1]
        row["events"] = events
        existing[key] = row
    order = {key: k for k, key in enumerate((f, i) for f, i, _ in dev_articles())}
    rows = sorted(existing.values(), key=lambda r: order.get((r["file"], str(r["article_id"])), 10**6))
    labels_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} articles labelled; {failures} problems", file=sys.stderr)
    return 1 if failures else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    show = sub.add_parser("show")
    show.add_argument("file")
    show.add_argument("article_id")
    listing = sub.add_parser("list")
    listing.add_argument("--batch", default=None, help="K/N: the K-th of N batches (1-based)")
    adding = sub.add_parser("add")
    adding.add_argument("draft", type=Path)
    args = parser.parse_args()
    if args.command == "show":
        print(gold_text(args.file, args.article_id))
        return 0
    if args.command == "list":
        rows = dev_articles()
        if args.batch:
            k, n = (int(x) for x in args.batch.split("/"))
            rows = rows[k - 1 :: n]
        for file, article_id, split in rows:
            print(f"{file}\t{article_id}\t{split}")
        return 0
    return add(args.draft)


if __name__ == "__main__":
    sys.exit(main())
