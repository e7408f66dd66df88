"""Output: the JSON contract of DESIGN.md, one-event-per-line JSONL, and a table for people."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .records import Actor, CodedArticle, Event, Quote, Rejected, Warning

EVENT_KEYS = ("id", "event_type", "mode", "context", "cameo", "quad_class", "goldstein", "actor", "recipient",
              "date", "date_text", "background", "location", "modality", "negated", "quantity", "speaker",
              "sentence_index", "span", "sentence", "retellings", "confidence", "coder")


def actor_dict(actor: Actor | None) -> dict[str, Any] | None:
    return None if actor is None else actor.to_dict()


def event_dict(event: Event) -> dict[str, Any]:
    return {
        "id": event.id, "event_type": event.event_type, "mode": event.mode or None,
        "context": list(event.context), "cameo": event.cameo, "quad_class": event.quad_class,
        "goldstein": event.goldstein, "actor": actor_dict(event.actor), "recipient": actor_dict(event.recipient),
        "date": event.date, "date_text": event.date_text, "background": event.background,
        "location": event.location.to_dict() if event.location else None,
        "modality": event.modality, "negated": event.negated,
        "quantity": event.quantity.to_dict() if event.quantity else None,
        "speaker": actor_dict(event.speaker), "sentence_index": event.sentence_index,
        "span": list(event.span), "sentence": event.sentence,
        "retellings": [{"sentence_index": i, "span": [start, end]} for i, start, end in event.retellings],
        "confidence": event.confidence,
        "coder": event.coder,
    }


def quote_dict(quote: Quote) -> dict[str, Any]:
    speaker = None
    if quote.speaker is not None:
        speaker = {"name": quote.speaker.name, "country": quote.speaker.country, "sector": quote.speaker.sector}
    return {"speaker": speaker, "text": quote.text, "cue": quote.cue, "via": quote.via,
            "sentence_index": quote.sentence_index, "span": list(quote.span)}


def warning_dict(warning: Warning) -> dict[str, Any]:
    return {"code": warning.code, "message": warning.message, "sentence_index": warning.sentence_index}


def rejected_dict(rejected: Rejected) -> dict[str, Any]:
    return {"reason": rejected.reason, **event_dict(rejected.event)}


def article_dict(coded: CodedArticle, explain: bool = False) -> dict[str, Any]:
    a = coded.article
    out = {
        "article": {"id": a.id, "title": a.title, "published": a.published.isoformat() if a.published else None,
                    "source": a.source, "url": a.url},
        "events": [event_dict(e) for e in coded.events],
        "quotes": [quote_dict(q) for q in coded.quotes],
        "warnings": [warning_dict(w) for w in coded.warnings],
    }
    if explain:
        out["rejected"] = [rejected_dict(r) for r in coded.rejected]
    return out


def event_line(coded: CodedArticle, event: Event) -> dict[str, Any]:
    return {"article_id": coded.article.id, **event_dict(event)}


def short_actor(actor: dict[str, Any] | Actor | None) -> str:
    if actor is None:
        return "-"
    if isinstance(actor, Actor):
        actor = actor.to_dict()
    name = actor.get("name") or actor.get("text") or "?"
    code = "".join(x for x in (actor.get("country"), actor.get("sector")) if x)
    return f"{name} ({code})" if code else str(name)


def event_rows(events: Iterable[dict[str, Any]]) -> list[list[str]]:
    rows = []
    for e in events:
        rows.append([
            str(e.get("article_id", "")), str(e.get("date") or "-"), e["event_type"], str(e["cameo"]),
            short_actor(e["actor"]), short_actor(e["recipient"]), e["modality"],
            (e["sentence"][:70] + "…") if len(e["sentence"]) > 70 else e["sentence"],
        ])
    return rows


TABLE_HEADERS = ("article", "date", "type", "cameo", "actor", "recipient", "modality", "sentence")
