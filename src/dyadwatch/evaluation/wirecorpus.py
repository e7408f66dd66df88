"""Scoring on the held-out wire corpora (``data/heldout``): articles the project wrote in the style of today's
news and labelled blind to the coder.

Each corpus is a pair of files, ``NAME.jsonl`` (the articles) and ``NAME.labels.tsv`` (one row per event, and
one ``POLITICAL_FLAG`` row per article). Odd article ids form the ``look`` half, which developers may read for
errors and fit on; even ids form the ``report`` half, which is only scored. A coded event is right when a label
of its own sentence has its type, its source's code and its target's code (a country, or the label's code of an
international body; no target matches a blank one). A joint act (a meeting, an agreement, cooperation), or an act
the coder codes both ways round in its sentence, may be coded either way round.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ..coder.kb import load_knowledge
from ..coder.screen import UNDER_THRESHOLD
from ..coder.unnamed_doers import DOERLESS
from ..errors import DataError
from ..parse import DATELINE
from ..records import Actor, Article, CodedArticle, Event

HALVES = ("look", "report", "all")
JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# the labels' codes of international bodies, by words of the knowledge base's names
BODY_CODES = (("European", "EUR"), ("EU ", "EUR"), ("NATO", "NATO"), ("African Union", "AFR"), ("AU ", "AFR"),
              ("ASEAN", "ASN"), ("International Monetary Fund", "IMF"), ("World Health", "WHO"),
              ("United Nations", "UNO"), ("UN ", "UNO"), ("U.N.", "UNO"), ("World Food", "UNO"), ("UNICEF", "UNO"),
              ("UNHCR", "UNO"))


# the labels' code for the knowledge base's own code of an international body, where the two differ (the README:
# "UNO (UN and its agencies), EUR (EU) ... AFR, ASN"); any other body's code is the labels' IGO
LABEL_BODY_CODES = {**dict.fromkeys(("UNO", "UNSC", "UNGA", "UNSG", "UNHCR", "OHCHR", "UNHRC", "UNICEF", "WFP",
                                     "UNRWA", "UNDP", "UNESCO", "FAO", "ILO", "IAEA", "IOM", "OCHA", "UNIFIL",
                                     "MONUSCO", "UNMISS", "MINUSCA", "BINUH", "UNMIK", "UNSMIL", "UNAMA", "ITU", "IMO",
                                     "WMO", "UNEP", "UNFPA", "UNODC"), "UNO"),
                    **dict.fromkeys(("EUR", "EUCOM", "EUCO", "EUPARL", "EUCJ", "EULEX"), "EUR"),
                    "NATO": "NATO", "KFOR": "NATO", "AFU": "AFR", "ASEAN": "ASN", "IMF": "IMF", "WHO": "WHO"}


@lru_cache(maxsize=1)
def body_codes() -> frozenset[str]:
    """The knowledge base's codes of international bodies (sector IGO)."""
    return frozenset(o.code for o in load_knowledge().organisations if o.sector == "IGO")


@lru_cache(maxsize=1)
def body_codes_by_name() -> dict[str, str]:
    """The knowledge base's international bodies' codes by the names the coder gives them ("KFOR": KFOR)."""
    return {o.name: o.code for o in load_knowledge().organisations if o.sector == "IGO"}


@dataclass(frozen=True)
class Label:
    article_id: str
    snippet: str
    event_type: str
    source: str | None
    target: str | None


@dataclass(frozen=True)
class WireCorpus:
    """A labelled corpus: its articles, labels and which articles are about politics."""

    name: str
    articles: tuple[Article, ...]
    labels: tuple[Label, ...]
    political: dict[str, bool]


def party_code(actor: Actor | None) -> str | None:
    """The label's code for a coded party: its country, else its international body's code, as its name or
    the words that tell it say ("EU foreign policy chief Kaja Kallas" is the EU's)."""
    if actor is None:
        return None
    if actor.country and actor.sector == "IGO" and actor.country in body_codes():
        return LABEL_BODY_CODES.get(actor.country, "IGO")  # "ECOWAS Commission President Omar Touray": IGO
    if actor.country:
        return actor.country
    if actor.sector == "IGO" and actor.kind == "organisation" and (code := body_codes_by_name().get(actor.name or "")):
        return LABEL_BODY_CODES.get(code, "IGO")  # a listed body by its code: "UNESCO" is the UN's, "KFOR" NATO's
    if actor.sector == "NGO" and actor.kind == "organisation":
        return "NGO"  # a non-governmental body of no country, whatever its name holds ("European Federation of ...")
    name = f"{actor.name or ''} {actor.text or ''} "
    code = next((c for words, c in BODY_CODES if words in name), None)
    if code is None and actor.sector in ("NGO", "IGO"):
        return actor.sector  # the labels' code for an international body or NGO they list no code for
    return code


def read_labels(path: Path) -> tuple[list[Label], dict[str, bool]]:
    """The event labels of a ``.labels.tsv`` file, and each article's political flag."""
    labels: list[Label] = []
    political: dict[str, bool] = {}
    with path.open(encoding="utf-8") as f:
        for n, row in enumerate(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
            if None in row or None in row.values():
                raise DataError(f"{path}:{n}: a label row needs 8 tab-separated fields")
            if row["event_type"] == "POLITICAL_FLAG":
                political[row["article_id"]] = row["source_country"] == "yes"
            else:
                labels.append(Label(row["article_id"], row["sentence_snippet"], row["event_type"],
                                    row["source_country"] or None, row["target_country"] or None))
    return labels, political


def in_half(article_id: str, half: str) -> bool:
    """Whether an article (``hw-017``) is in a half: odd ids look, even ids report."""
    odd = int(article_id.rsplit("-", 1)[1]) % 2 == 1
    return half == "all" or (half == "look") == odd


def load_corpus(folder: Path, name: str, half: str = "all") -> WireCorpus:
    """One corpus of ``folder`` (``wire2026`` reads ``wire2026.jsonl`` and ``wire2026.labels.tsv``), cut to a
    half."""
    from ..readers import read_inputs  # the readers pull in the input stack, which scoring alone does not need

    labels, political = read_labels(folder / f"{name}.labels.tsv")
    articles = tuple(a for a in read_inputs([str(folder / f"{name}.jsonl")])
                     if isinstance(a, Article) and in_half(a.id, half))
    kept = {a.id for a in articles}
    return WireCorpus(name, articles, tuple(lb for lb in labels if lb.article_id in kept),
                      {a: flag for a, flag in political.items() if a in kept})


def corpus_names(folder: Path) -> list[str]:
    """The corpora of a folder: every ``NAME.jsonl`` with a ``NAME.labels.tsv`` beside it, shorter names first
    (``wire2026z`` before ``wire2026aa``, the order they were written in)."""
    names = (p.name.removesuffix(".jsonl") for p in folder.glob("*.jsonl")
             if (folder / p.name.replace(".jsonl", ".labels.tsv")).exists())
    return sorted(names, key=lambda name: (len(name), name))


def sentence_of(coded: CodedArticle, snippet: str) -> int | None:
    """The index of the sentence a label's snippet opens (the dateline left aside), or None.

    The parser reads a dateline apart from its sentence; a snippet whose eight words are all dateline
    ("SÃO TOMÉ, São Tomé and Príncipe (HW) -") opens the sentence after it."""
    words = DATELINE.sub("", snippet.strip() + " ").strip()
    if not words:
        dateline = next((s.index for s in coded.sentences if s.text.startswith(snippet.strip())), None)
        return None if dateline is None or dateline + 1 >= len(coded.sentences) else dateline + 1
    return next((s.index for s in coded.sentences if s.text.startswith(words)), None)


def matches(event: Event, label: Label, both_ways: bool = False) -> bool:
    """The event has the label's type and party codes (either way round for a joint act, or for an act the coder
    coded both ways round in the sentence, ``both_ways``: "Guyanese and Surinamese soldiers exchanged fire" is one
    label, the first-named party as source)."""
    if event.event_type != label.event_type:
        return False
    pair = (party_code(event.actor), party_code(event.recipient))
    return pair == (label.source, label.target) or (
        (both_ways or event.event_type in JOINT_TYPES) and pair == (label.target, label.source))


def coded_both_ways(event: Event, events: Sequence[Event]) -> bool:
    """The same act with its two parties the other way round is coded in the same sentence too."""
    doer, target = party_code(event.actor), party_code(event.recipient)
    return doer is not None and target is not None and doer != target and any(
        e.sentence_index == event.sentence_index and e.event_type == event.event_type
        and (party_code(e.actor), party_code(e.recipient)) == (target, doer) for e in events)


# CAMEO's "Sign formal agreement": SUPPORT by the PLOVER manual (3.3: "ratify, sign, or finalize an agreement or
# treaty") and the crosswalk, as the coder codes it; the held-out writers' calls label a signing AGREE (wire2026e)
SIGNING_CODE = "057"


def signings_as_agreements(coded: CodedArticle) -> CodedArticle:
    """The coded article with its signings typed as the held-out calls label them (AGREE): a diagnostic of that
    convention, for ``benchmarks/heldout.py --signings-agree``; the default scoring keeps the coder's types."""
    events = tuple(replace(e, event_type="AGREE") if e.cameo == SIGNING_CODE else e for e in coded.events)
    return replace(coded, events=events)


def judge_events(coded: CodedArticle, labels: Sequence[Label]) -> list[tuple[Event, Label | None]]:
    """Each coded event of an article with the label of its sentence it matches (None: wrong). One label
    may match more than one event (a joint act, or a mutual one, coded both ways round)."""
    by_sentence: dict[int | None, list[Label]] = {}
    for label in labels:
        if label.article_id == coded.article.id:
            by_sentence.setdefault(sentence_of(coded, label.snippet), []).append(label)
    judged: list[tuple[Event, Label | None]] = []
    for e in coded.events:
        both_ways = coded_both_ways(e, coded.events)  # once per event, not once per label of its sentence
        judged.append((e, next((lb for lb in by_sentence.get(e.sentence_index, []) if matches(e, lb, both_ways)),
                               None)))
    return judged


# where a missed label was lost, first match first: the coder made its event but scored it under the threshold;
# made it and screened it out (a party that is not one, a hypothetical act ...); made a candidate of its type in
# its sentence whose doer it could not name (a passive with no agent, a pronoun with no one before it); made an
# event or candidate of its type there with the label's doer (by country code) but no target or another one, or
# with another doer; only of other types; nothing at all there; or the label's snippet is in no sentence of the
# coded article
LOSSES = ("under the threshold", "screened out", "its type, no doer named", "its type, its doer, no target",
          "its type, its doer, other target", "its type, other doer", "other types only", "no candidate",
          "sentence not found")


def lost_at(coded: CodedArticle, label: Label) -> str:
    """Where the coder lost a label no output event matches (one of :data:`LOSSES`)."""
    index = sentence_of(coded, label.snippet)
    if index is None:
        return LOSSES[8]
    rejected = [r for r in coded.rejected if r.event.sentence_index == index]
    hit = next((r for r in rejected if matches(r.event, label)), None)
    if hit is not None:
        return LOSSES[0] if UNDER_THRESHOLD in hit.reason else LOSSES[1]
    if any(r.event.event_type == label.event_type and r.event.actor.kind == DOERLESS for r in rejected):
        return LOSSES[2]
    candidates = [e for e in coded.events if e.sentence_index == index] + [r.event for r in rejected]
    typed = [e for e in candidates if e.event_type == label.event_type]
    if typed:
        doers = [e for e in typed if party_code(e.actor) == label.source]
        if not doers:
            return LOSSES[5]
        return LOSSES[3] if all(e.recipient is None for e in doers) else LOSSES[4]
    return LOSSES[6] if candidates else LOSSES[7]


# why a coded event matches no label, first match first: its sentence holds no label at all (the writers read no
# act there); a label there has its type and doer (by country code) with another target or none; a label there
# has its type and another doer; the labels there are all of other types
WRONGS = ("no label in its sentence", "its type, its doer, other target", "its type, other doer",
          "other types only")


def wrong_at(coded: CodedArticle, event: Event, labels: Sequence[Label]) -> str:
    """Why a coded event that matches no label of its sentence is wrong (one of :data:`WRONGS`)."""
    there = [lb for lb in labels if lb.article_id == coded.article.id
             and sentence_of(coded, lb.snippet) == event.sentence_index]
    typed = [lb for lb in there if lb.event_type == event.event_type]
    if not there:
        return WRONGS[0]
    if not typed:
        return WRONGS[3]
    doer = party_code(event.actor)
    joint = event.event_type in JOINT_TYPES
    if any(lb.source == doer or (joint and lb.target == doer) for lb in typed):
        return WRONGS[1]
    return WRONGS[2]
