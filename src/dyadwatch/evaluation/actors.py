"""Actor resolution measured on its own: gold actor spans resolved in their sentence.

For every actor of a PLOVER GSR record that carries a country (or IGO/NGO) code, the sentence is
parsed, the tokens of the gold ``actorText`` are found, and the span's head is resolved by the
coder's own resolver (:class:`~dyadwatch.coder.actors.ArticleActors`) on the record's date. The
country (an international organisation counts as ``IGO``/``NGO``) and, where given, the sector
are compared with the gold codes. This isolates the actor stage from event detection, which
``dyadwatch eval --kind gsr`` scores end to end.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from ..coder.actors import ArticleActors
from ..pipeline import Pipeline
from ..records import Actor, Article, Sentence
from .events import sample

# CAMEO country codes that differ from ISO 3166 alpha-3 (facts from the CAMEO codebook)
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "GER": "DEU", "UK": "GBR", "SER": "SRB", "MON": "MNG",
                "VIE": "VNM", "TAN": "TZA", "RUM": "ROU", "KOS": "XKX"}


def code_of(actor: Actor | None) -> str | None:
    """The code a gold file would give: the country, or IGO/NGO for an international body."""
    if actor is None:
        return None
    if actor.country and actor.country != "EUR":
        return actor.country
    if actor.sector in ("IGO", "NGO"):
        return actor.sector
    if actor.kind == "organisation":  # a listed international body, named with a sector word
        return "IGO"
    return None


def head_of(sentence: Sentence, start: int, end: int) -> int | None:
    inside = [t for t in sentence.tokens if start <= t.start < end]
    if not inside:
        return None
    ids = {t.i for t in inside}
    heads = [t for t in inside if t.head not in ids or t.head == t.i]
    head = heads[0] if heads else inside[-1]
    if head.pos == "ADP":  # a span given with its preposition ("in central Baghdad"): its object
        objects = [t for t in inside if t.head == head.i and t.dep == "pobj"]
        head = objects[0] if objects else head
    # a gold span that is only the modifier of a noun phrase ("Panamanian army" officers): its noun
    while head.dep in ("compound", "amod", "nmod") and head.head != head.i:
        head = sentence.tokens[head.head]
    return head.i


def evaluate_gsr_actors(path: Path, pipeline: Pipeline, limit: int | None = None) -> dict[str, Any]:
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    if limit is not None:
        records = sample(records, limit)
    articles = [Article(id=str(r.get("id")), text=r["text"], published=_day(r.get("date"))) for r in records]
    parsed_all = pipeline.parser.parse(articles)
    tally: Counter[str] = Counter()
    misses: list[dict[str, Any]] = []
    for record, parsed in zip(records, parsed_all, strict=True):
        state = ArticleActors(pipeline.resources.actors, parsed.article.published)
        for sentence in parsed.sentences:
            state.read(sentence)
        for side in ("source", "target"):
            for gold in _actors(record.get(side)):
                code = CAMEO_TO_ISO.get(gold.get("code", ""), gold.get("code", ""))
                if not code or code == "***" or not gold.get("actorText"):
                    continue
                got = resolve_span(parsed.article.text, parsed.sentences, state, gold["actorText"])
                tally[f"{side}_n"] += 1
                ours = code_of(got)
                right = ours == code
                tally[f"{side}_country"] += right
                sector = (gold.get("sector") or "")[:3]
                if sector and sector != "***":
                    tally[f"{side}_sector_n"] += 1
                    tally[f"{side}_sector"] += bool(got and got.sector == sector)
                if not right and len(misses) < 200:
                    misses.append({"text": gold["actorText"], "gold": code, "ours": ours,
                                   "name": got.name if got else None, "sentence": record["text"][:160]})
    report: dict[str, Any] = {"kind": "gsr-actors", "records": len(records)}
    for side in ("source", "target"):
        n = tally[f"{side}_n"]
        ns = tally[f"{side}_sector_n"]
        report[side] = {"n": n, "country_accuracy": round(tally[f"{side}_country"] / n, 3) if n else None,
                        "sector_n": ns, "sector_accuracy": round(tally[f"{side}_sector"] / ns, 3) if ns else None}
    report["misses"] = misses
    return report


def resolve_span(text: str, sentences: tuple[Sentence, ...], state: ArticleActors, needle: str) -> Actor | None:
    # a gold span with a gap ("U.S. ... negotiators" for "U.S. and Russian negotiators"): its
    # first part names the actor
    needle = re.split(r"\s*\.\.\.?\s*", needle.strip())[0] or needle
    pattern = r"\s+".join(re.escape(word) for word in needle.split())
    found = re.search(pattern, text) or re.search(pattern, text, re.IGNORECASE)
    if found is None:
        return None
    start, end = found.span()
    for sentence in sentences:
        if sentence.start <= start < sentence.end:
            head = head_of(sentence, start, end)
            if head is None:
                return None
            got = state.resolve(sentence, head)
            if got is None:
                return None
            actor, parties = got
            return parties[0] if parties else actor
    return None


def _actors(value: object) -> list[dict[str, str]]:
    if isinstance(value, list):
        return [a for a in value if isinstance(a, dict)]
    return []


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
