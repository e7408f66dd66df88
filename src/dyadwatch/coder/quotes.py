"""Quotes: direct quotations and indirect speech, with speaker, cue verb and channel.

A direct quote is text between quotation marks; its speaker is the subject of a speech verb
outside the marks in the same sentence, or, for a quote that runs on into the next sentence
without a verb of its own, the speaker of the previous quote. Indirect speech is a speech verb
with a "that" clause. "according to X" names the channel (``via``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..records import Actor, Quote, Sentence, Token

SPEECH_VERBS = frozenset({
    "say", "tell", "add", "stress", "emphasize", "emphasise", "note", "warn", "insist", "declare",
    "announce", "state", "write", "describe", "argue", "claim", "assert", "remark", "explain",
    "reply", "respond", "confirm", "urge", "comment", "predict", "acknowledge", "admit",
})
_QUOTE = re.compile(r"“([^”]{2,})”|\"([^\"]{2,})\"|‘([^’]{12,})’")

ResolveActor = Callable[[Sentence, int], Actor | None]
# who comments on others' acts rather than acting: their "X will ..." is a forecast
COMMENTATOR_WORDS = frozenset({"analyst", "analysts", "expert", "experts", "specialist", "economist", "scholar",
                               "researcher", "observer", "observers", "commentator", "strategist", "professor",
                               "lecturer", "academic", "consultant", "historian", "fellow", "pollster"})


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    start: int  # character offsets in the article
    end: int
    text: str


def quote_spans(sentence: Sentence) -> list[QuoteSpan]:
    spans = []
    for match in _QUOTE.finditer(sentence.text):
        group = next(g for g in (1, 2, 3) if match.group(g) is not None)
        spans.append(QuoteSpan(sentence.start + match.start(), sentence.start + match.end(), match.group(group)))
    return spans


def inside(token: Token, spans: list[QuoteSpan]) -> bool:
    return any(s.start <= token.start < s.end for s in spans)


def quoted_before(sentence: Sentence, token: Token, speech: Token) -> bool:
    """``token`` is inside a quote that closes before ``speech`` ("'The government must go,' Musyoka said"): the
    quoted words are the speaker's, said first and attributed after."""
    return any(s.start <= token.start < s.end <= speech.start for s in quote_spans(sentence))


def via_of(sentence: Sentence, resolve: ResolveActor) -> str | None:
    for tok in sentence.tokens:
        if tok.lower == "according" and tok.i + 1 < len(sentence.tokens) and sentence.tokens[tok.i + 1].lower == "to":
            objects = [c for c in sentence.children(tok.i + 1) if c.dep == "pobj"]
            if not objects:
                continue
            obj = objects[0]
            named = [c for c in sentence.children(obj.i) if c.dep == "appos" and c.pos == "PROPN"]
            target = named[0] if named else obj
            actor = resolve(sentence, target.i)
            if named:
                return " ".join(t.text for t in sentence.subtree(target.i))
            if actor is not None and actor.name:
                return actor.name
            return " ".join(t.text for t in sentence.subtree(obj.i))
    return None


def speech_verb(sentence: Sentence, spans: list[QuoteSpan]) -> Token | None:
    for tok in sentence.tokens:
        if (tok.pos == "VERB" and tok.lemma.lower() in SPEECH_VERBS and not inside(tok, spans)
                and any(c.dep in ("nsubj", "nsubjpass") for c in sentence.children(tok.i))):
            return tok
    return None


def sentence_quotes(sentence: Sentence, resolve: ResolveActor, previous: Quote | None
                    ) -> tuple[list[Quote], Actor | None]:
    """The quotes of one sentence, and the speaker of what it reports (for reported events)."""
    spans = quote_spans(sentence)
    verb = speech_verb(sentence, spans)
    speaker: Actor | None = None
    cue: str | None = None
    if verb is not None:
        cue = verb.lemma.lower()
        subject = next(c for c in sentence.children(verb.i) if c.dep in ("nsubj", "nsubjpass"))
        speaker = resolve(sentence, subject.i)
    via = via_of(sentence, resolve)
    quotes: list[Quote] = []
    if spans:
        if verb is None and previous is not None and previous.sentence_index == sentence.index - 1:
            speaker, cue, via = previous.speaker, previous.cue, via or previous.via
        for span in spans:
            quotes.append(Quote(speaker, span.text, cue, via, sentence.index, (span.start, span.end)))
    elif verb is not None:
        clauses = [c for c in sentence.children(verb.i) if c.dep == "ccomp"]
        if clauses:
            body = sentence.subtree(clauses[0].i)
            text = " ".join(t.text for t in body if t.dep != "mark" or t.head != clauses[0].i)
            quotes.append(Quote(speaker, text, cue, via, sentence.index, (body[0].start, body[-1].end)))
    return quotes, speaker


def foretold_by_another(speaker: Actor | None, doer: Actor, same_party: Callable[[Actor, Actor], bool]) -> bool:
    """A planned act told in the quoted words of someone other than its doer who cannot announce it: one of
    another country, or a commentator ("'Beijing will protest,' said Mariana Gutierrez, a maritime law
    specialist"): a forecast, not the doer's announcement."""
    if speaker is None or same_party(speaker, doer):
        return False
    if speaker.country and doer.country and speaker.country != doer.country:
        return True
    return bool(set(re.findall(r"[a-z]+", (speaker.text or "").lower())) & COMMENTATOR_WORDS)
