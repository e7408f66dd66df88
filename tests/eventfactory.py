"""Hand-built events, coded articles and stores for the store, merge, export and API tests (no model)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from dyadwatch.coder.codes import CodeTable
from dyadwatch.records import Actor, Article, CodedArticle, Event, Location, Quantity
from dyadwatch.store.eventstore import EventStore

CODER = "dyadwatch/test events.v1"
CODES = CodeTable.load()
ACTORS = {
    "USA": Actor("US President Donald Trump", "Donald Trump", "USA", "GOV", "person"),
    "CHN": Actor("Chinese President Xi Jinping", "Xi Jinping", "CHN", "GOV", "person"),
    "RUS": Actor("Russia", "Russia", "RUS", "GOV"),
    "UKR": Actor("Kyiv", "Ukraine", "UKR", "GOV"),
    "ORG": Actor("the rebels", "rebels", None, "REB", "group"),
    "UNO": Actor("the United Nations", "United Nations", None, "IGO", "organisation"),
}
PLACES = {
    "Busan": Location("Busan", "Busan", "KOR", 35.1, 129.04),
    "Geneva": Location("Geneva", "Geneva", "CHE", 46.2, 6.15),
}


def event(actor: str = "CHN", recipient: str | None = "USA", cameo: str = "036", day: str | None = "2025-10-30",
          place: str | None = "Busan", modality: str = "asserted", confidence: float = 0.8, sentence_index: int = 0,
          article: str = "a1", trigger: str = "pledged", sentence: str | None = None,
          quantity: Quantity | None = None, speaker: str | None = None, **over: Any) -> Event:
    code = CODES.get(cameo)
    text = sentence or f"{ACTORS[actor].text} {trigger} to meet {recipient or 'nobody'} on {day}."
    ident = hashlib.sha1("|".join(map(str, [article, sentence_index, cameo, actor, recipient, day, place,
                                            modality, trigger, text])).encode()).hexdigest()[:20]
    made = Event(
        id=ident, article_id=article, event_type=code.event_type or "", mode=code.mode, context=code.context,
        cameo=cameo, quad_class=code.quad_class, goldstein=code.goldstein, actor=ACTORS[actor],
        recipient=ACTORS[recipient] if recipient else None, date=day, date_text=day, location=PLACES.get(place or ""),
        modality=modality, negated=modality == "denied", quantity=quantity,
        speaker=ACTORS[speaker] if speaker else None, sentence_index=sentence_index, span=(0, len(text)),
        sentence=text, trigger=trigger, confidence=confidence, coder=CODER)
    return replace(made, **over) if over else made


def coded(article: str, events: list[Event], published: date | None = date(2025, 10, 31),
          source: str | None = "Wire", url: str | None = None) -> CodedArticle:
    text = f"Article {article}.\n" + "\n".join(e.sentence for e in events)
    unique: dict[str, Event] = {}
    for e in events:  # ids are per article, as the coder makes them
        ident = hashlib.sha1(f"{article}|{e.id}".encode()).hexdigest()[:20]
        unique.setdefault(ident, replace(e, id=ident, article_id=article))
    events = list(unique.values())
    return CodedArticle(Article(article, text, f"Title {article}", published, source,
                                url or f"https://example.org/{article}"), tuple(events))


def build_store(path: Path | str, articles: list[CodedArticle]) -> Path:
    with EventStore(path) as store:
        run = store.start_run(CODER, ["test"])
        for a in articles:
            store.store(a, run)
        store.merge()
    return Path(path)


def dump(store: EventStore) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables that ingest fills (runs and timestamps left out)."""
    out = {}
    for table, order in (("articles", "content_hash"), ("sentences", "content_hash, sentence_index"),
                         ("events", "event_id"), ("quotes", "content_hash, quote_index"),
                         ("warnings", "content_hash, code, sentence_index"), ("mentions", "event_id"),
                         ("merged_events", "merged_id"), ("commitments", "commitment_id")):
        columns = "* EXCLUDE (run_id)" if table == "articles" else "*"
        cur = store.db.execute(f"SELECT {columns} FROM {table} ORDER BY {order}")
        rows = cur.fetchall()
        if table == "merged_events":
            names = [d[0] for d in cur.description]
            rows = [tuple(v for n, v in zip(names, r, strict=True) if n != "first_added") for r in rows]
        out[table] = rows
    return out


day_strategy = st.one_of(
    st.dates(date(2025, 1, 1), date(2025, 3, 31)).map(lambda d: d.isoformat()),
    st.sampled_from(["2025-01", "2025-02", "2025", None]),
)
event_strategy = st.builds(
    event,
    actor=st.sampled_from(["USA", "CHN", "RUS", "ORG"]),
    recipient=st.sampled_from(["USA", "CHN", "UKR", None]),
    cameo=st.sampled_from(["036", "0311", "040", "042", "057", "061", "111", "130", "163", "190"]),
    day=day_strategy,
    place=st.sampled_from(["Busan", "Geneva", None]),
    modality=st.sampled_from(["asserted", "reported", "planned", "hypothetical", "denied"]),
    confidence=st.sampled_from([0.4, 0.6, 0.85]),
    sentence_index=st.integers(0, 5),
    trigger=st.sampled_from(["pledged", "met", "accused"]),
    quantity=st.sampled_from([None, Quantity("tariff", 20.0, 10.0, "%")]),
    speaker=st.sampled_from([None, "CHN"]),
)


def flip_bytes(data: bytes, block: int = 262_144, header: int = 12_288, at: int = 5_000) -> bytes:
    """A DuckDB file with 64 bytes flipped in each of its blocks (a damaged disk, for store checks)."""
    damaged = bytearray(data)
    for start in range(header + at, len(data) - 64, block):
        for k in range(start, start + 64):
            damaged[k] ^= 0xFF
    return bytes(damaged)
