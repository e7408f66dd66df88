"""Commitments: pledges and deals from merged AGREE events, and what became of them.

A commitment is a merged AGREE event (CAMEO 03x, "express intent to ...") that happened or is
planned, whose trigger or sentence says that something is promised (:data:`PLEDGE_CUES`: "agreed",
"pledged", "vowed", "will", "deal", ...: "X stayed to attend the meeting" is no pledge). Its status:

- ``carried out`` when a later event does the promised act: it happened, on a day strictly after
  the pledge (a pledge dated to a month or year: after its last day; an undated pledge: after its
  first report), by the same actor to the same recipient (both countries), of the kind promised
  (:data:`FULFILMENT_ROOTS`: an intent to meet, 036, by a CONSULT, 04x; economic cooperation, 0311,
  by 06x; ...), and about the same thing: the promised act's object words ("restore *trade links*",
  "buy *soybeans*"; two of them when it names two or more) appear in the later event's sentence,
  or, when the promise names no object, its verb does ("agreed to *cooperate*" -> "cooperated").
  A promise to meet (036), mediate (038) or settle (039) needs no object: the meeting is with the
  recipient, and it may be reported either way round. A generic intent (030) is matched by object
  words only, and a negated promise ("agreed not to impose ...") by nothing: no act carries out a
  promise not to act. The rule is mechanical: it does not read whether the later act fulfils this
  promise rather than another.
- ``confirmed`` when two or more sources report it (evidence: the pledge itself, whose mentions
  show the sources), or the recipient pledged the same back (evidence: that pledge);
- ``pledged`` otherwise (evidence: the pledge itself).

Every status carries the merged event that earned it in ``evidence_merged_id``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from functools import cache
from typing import Any

#: CAMEO 03x intent (by its first three digits) -> the CAMEO roots of the act that carries it out
FULFILMENT_ROOTS: dict[str, tuple[str, ...]] = {
    "030": ("05", "06", "07", "08"), "031": ("06",), "032": ("05",), "033": ("07",), "034": ("08",),
    "035": ("08",), "036": ("04",), "037": ("08",), "038": ("04",), "039": ("04",),
}  # fmt: skip
#: promises whose act is meeting the recipient: no object words needed
NO_OBJECT = ("036", "038", "039")
#: words that make an AGREE event a promise (in its trigger or its sentence)
PLEDGE_CUES = frozenset({
    "agree", "agreed", "agrees", "agreeing", "agreement", "agreements", "pledge", "pledged", "pledges", "pledging",
    "promise", "promised", "promises", "promising", "vow", "vowed", "vows", "commit", "committed", "commits",
    "commitment", "commitments", "undertake", "undertook", "undertakes", "undertaking", "sign", "signed", "signs",
    "signing", "deal", "deals", "accord", "accords", "treaty", "pact", "intend", "intends", "intended", "intention",
    "plan", "plans", "planned", "planning", "offer", "offered", "offers", "will", "would", "shall", "ready",
    "willing", "prepared", "decide", "decided", "decides", "resolve", "resolved", "guarantee", "guaranteed",
    "assure", "assured", "announce", "announced", "announces", "expect", "expected", "expects", "consent",
    "consented", "accept", "accepted", "accepts", "reaffirm", "reaffirmed", "seek", "seeks", "sought", "aim",
    "aims", "going",
})  # fmt: skip
_STOP = frozenset({
    "the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "with", "its", "it", "their", "his", "her", "from",
    "by", "at", "as", "that", "this", "these", "those", "be", "is", "are", "was", "were", "will", "would", "more",
    "new", "all", "two", "both", "other", "further", "also", "next", "year", "years", "month", "months", "week",
    "weeks", "day", "days", "country", "countries", "government", "governments", "president", "minister", "state",
    "states", "said", "says", "officials", "official", "after", "before", "during", "over", "into", "about", "each",
    "our", "them", "they", "we", "which", "who", "up", "out", "than", "some", "any", "such", "between", "among",
    "within", "without", "high", "level", "continue", "continued", "mutual", "bilateral", "relations",
    "ties", "side", "sides", "nations", "nation", "national", "leaders", "leader", "talks", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "additional", "extra", "first", "second", "joint", "certain", "several", "many", "most", "own", "way", "ways",
})  # fmt: skip


@cache
def party_words() -> frozenset[str]:
    """Lower-cased words of country names, aliases and adjectives: never a promise's object."""
    from ..coder.kb import load_knowledge

    kb = load_knowledge()
    words: set[str] = set()
    for c in kb.countries:
        for phrase in (c.name, *c.aliases, *c.adjectives):
            words.update(_words(phrase))
    return frozenset(words)


def _words(text: str | None) -> list[str]:
    return re.findall(r"[a-z]+", (text or "").lower())


def _stem(word: str) -> str:
    return word[:5]


def is_pledge(sentence: str | None, trigger: str | None) -> bool:
    """Whether the trigger or the sentence says something is promised (see :data:`PLEDGE_CUES`)."""
    return bool(PLEDGE_CUES & {*_words(trigger), *_words(sentence)})


_CLAUSE_END = frozenset({"that", "which", "who", "while", "as", "after", "before", "when", "with", "if", "but",
                         "because", "amid", "following", "providing", "easing", "despite", "since", "until"})
_NEGATIONS = frozenset({"not", "never", "no"})


def promised_act(sentence: str | None, trigger: str | None, party_words: frozenset[str] = frozenset()
                 ) -> tuple[str | None, set[str]]:
    """The promised verb and the stems of its object words: "agreed to restore trade links with
    Israel" -> ("restore", {"trade", "links"}). The object ends at the clause (a comma, "that",
    "with", "while", ...) and leaves out party names, proper names and common words; a negated
    promise ("agreed not to impose ...") has no verb: no later act carries it out."""
    text = sentence or ""
    trig = _words(trigger)
    found = re.search(rf"\b{re.escape(trig[0])}\b", text, re.IGNORECASE) if trig else None
    rest_text = re.split(r"[,;:()—–]", text[found.end():] if found else text)[0]
    tokens = re.findall(r"[A-Za-z]+", rest_text)
    lowered = [t.lower() for t in tokens]
    if "to" in lowered[:6]:
        cut = lowered.index("to")
        if _NEGATIONS & set(lowered[:cut]):
            return None, set()
        tokens, lowered = tokens[cut + 1:], lowered[cut + 1:]
    verb = lowered[0] if lowered else None
    objects: set[str] = set()
    for token, word in zip(tokens[1:], lowered[1:], strict=True):
        if word in _CLAUSE_END or len(objects) >= 6:
            break
        if word in _STOP or word in party_words or len(word) < 3 or token[0].isupper():
            continue
        objects.add(_stem(word))
    return verb, objects


def _last_day(day: str | None, seen: Any) -> date | None:
    """The last day a pledge may have been made: its date's last day, else its first report's day."""
    if day and len(day) == 10:
        return date.fromisoformat(day)
    if day and len(day) == 7:
        first = date.fromisoformat(day + "-01")
        return date(first.year + first.month // 12, first.month % 12 + 1, 1) - timedelta(days=1)
    if day and len(day) == 4:
        return date(int(day), 12, 31)
    if seen:
        return seen if isinstance(seen, date) else date.fromisoformat(str(seen)[:10])
    return None


def fulfils(pledge: dict[str, Any], later: dict[str, Any], party_words: frozenset[str] = frozenset()) -> bool:
    """Whether ``later`` (a merged event that happened, same actor and recipient) carries out ``pledge``."""
    base = pledge["cameo_base"]
    if later["cameo_root"] not in FULFILMENT_ROOTS.get(base, ()):
        return False
    after = _last_day(pledge["event_date"], pledge.get("first_seen"))
    day = later["event_date"]
    if after is None or not day or len(day) != 10 or date.fromisoformat(day) <= after:
        return False
    verb, objects = promised_act(pledge["sentence"], pledge["trigger"], party_words)
    if verb is None:  # a promise not to act, or none read
        return False
    if base in NO_OBJECT:
        return True
    said = {_stem(w) for w in _words(later["sentence"])}
    if objects:  # two of its object words (one when it names one): "trade" alone is not "trade links"
        return len(objects & said) >= min(2, len(objects))
    return base != "030" and verb is not None and _stem(verb) in said


def commitments(merged: Sequence[dict[str, Any]], party_words: frozenset[str] = frozenset(),
                what: Any = None) -> list[dict[str, Any]]:
    """Commitments (pledges and deals) from merged AGREE events, with their status and evidence.
    ``party_words``: lower-cased country names and adjectives, never object words; ``what``: the
    function quoting the promise from the sentence (``merge.what_of``)."""
    happened = [m for m in merged if m["factuality"] == "happened"]
    by_pair: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for m in happened:
        by_pair[(m["actor_country"] or "", m["recipient_country"] or "")].append(m)
    out = []
    for m in merged:
        if m["event_type"] != "AGREE" or m["factuality"] not in ("happened", "planned"):
            continue
        if not is_pledge(m["sentence"], m["trigger"]):
            continue
        pair = (m["actor_country"] or "", m["recipient_country"] or "")
        later = by_pair.get(pair, [])
        if m["cameo_base"] in NO_OBJECT:  # a meeting is one act of both: "Xi met Trump" keeps Trump's promise
            later = later + by_pair.get((pair[1], pair[0]), [])
        done = sorted((e for e in later if e["merged_id"] != m["merged_id"] and fulfils(m, e, party_words)),
                      key=lambda e: (e["event_date"], e["merged_id"]))
        back = [e for e in by_pair.get((pair[1], pair[0]), []) if e["event_type"] == "AGREE"
                and e["cameo_base"] == m["cameo_base"] and (e["event_date"] or "")[:7] == (m["event_date"] or "")[:7]]
        if done and all(pair):
            status, evidence = "carried out", done[0]["merged_id"]
        elif back and all(pair):
            status, evidence = "confirmed", back[0]["merged_id"]
        elif m["num_sources"] >= 2:
            status, evidence = "confirmed", m["merged_id"]
        else:
            status, evidence = "pledged", m["merged_id"]
        quoted = what(m["sentence"], m["trigger"]) if what else m["sentence"]
        out.append({"commitment_id": m["merged_id"], "merged_id": m["merged_id"],
                    "actor_country": m["actor_country"], "actor_name": m["actor_name"],
                    "recipient_country": m["recipient_country"], "recipient_name": m["recipient_name"],
                    "cameo": m["cameo"], "what": quoted, "event_date": m["event_date"],
                    "modality": m["modality"], "status": status, "evidence_merged_id": evidence,
                    "num_sources": m["num_sources"], "num_articles": m["num_articles"],
                    "first_seen": m["first_seen"], "sentence": m["sentence"]})
    return out
