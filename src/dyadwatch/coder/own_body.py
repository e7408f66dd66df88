"""Acts within one body, which are no acts between parties (the guide codes no CONSULT within one body): a body's own
meeting ("the BJP parliamentary party meeting"), a meeting with one's own people ("consulted his cabinet colleagues")
and a call to one's own following ("urged their supporters to stay calm")."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from ..records import Sentence
from .actors import ArticleActors
from .kb import OfficeHolder
from .partyrelations import FORCE_SECTORS
from .phrases import of_object
from .unnamed_targets import Resolved

MEETING_NOUNS = frozenset({"meeting", "meet", "session", "conclave", "huddle", "convention", "conference"})
# words for one body's own gathering: "the BJP parliamentary party meeting", "the cabinet meeting"
BODY_WORDS = frozenset({"party", "cabinet", "executive", "committee", "parliamentary", "legislature", "caucus",
                        "politburo", "core", "working", "conference", "convention", "council"})


def own_meeting(sentence: Sentence, predicate: int, actors: ArticleActors) -> bool:
    """The meeting is one body's own ("attended the BJP parliamentary party meeting", "a meeting of the BJP
    election committee", "the cabinet meeting"): its words name a party's organ or one political party,
    and no second party ("the BJP-Congress meeting", "a meeting between X and Y", "with X"). The guide
    codes no CONSULT within one body."""
    token = sentence.tokens[predicate]
    nouns = [token] if token.lemma.lower() in MEETING_NOUNS else []
    nouns += [c for c in sentence.children(predicate) if c.dep in ("dobj", "obj") and c.lemma.lower() in MEETING_NOUNS]
    nouns += [g for c in sentence.children(predicate) if c.dep == "prep" and c.lower in ("at", "in")
              for g in sentence.children(c.i) if g.dep == "pobj" and g.lemma.lower() in MEETING_NOUNS]
    for noun in nouns:
        children = sentence.children(noun.i)
        if any(c.dep == "prep" and c.lower in ("between", "with") for c in children):
            continue
        words = [t for c in children if c.dep in ("compound", "poss", "nmod", "amod") for t in sentence.subtree(c.i)]
        words += [t for c in children if c.dep == "prep" and c.lower == "of" for t in sentence.subtree(c.i)]
        bodies = {got[0].name for t in words if t.pos == "PROPN" and (got := actors.resolve(sentence, t.i))
                  is not None and got[0].kind == "organisation" and got[0].sector == "PTY"}
        others = [t for t in words if t.pos == "PROPN" and t.ent_type in ("GPE", "PERSON", "NORP")]
        named_body = any(t.lemma.lower() in BODY_WORDS for t in words if t.pos != "PROPN")
        if not others and len(bodies) <= 1 and (bodies or named_body):
            return True
        if any(got[0].sector in FORCE_SECTORS and got[0].kind == "group" for c in children
               if c.dep == "prep" and c.lower == "of" for g in sentence.children(c.i) if g.dep == "pobj"
               and (got := actors.resolve(sentence, g.i)) is not None):
            return True  # "held a high-level meeting of senior police officers": a force's own meeting
    return False


# the people of one's own body, told with a possessive: "his cabinet colleagues", "her officials", "their
# own members"
OWN_PEOPLE_WORDS = frozenset({"colleague", "official", "officer", "minister", "aide", "adviser", "advisor", "staff",
                              "team", "deputy", "cabinet", "member", "commander", "subordinate", "lieutenant"})
OWN_WORDS = frozenset({"his", "her", "its", "their"})
# a party's own following, whom its calls ("urged their supporters to stay calm") ask nothing of another party
FOLLOWER_WORDS = frozenset({"supporter", "follower", "member", "activist", "cadre", "loyalist"})


def own_people(sentence: Sentence, heads: tuple[int, ...], sources: list[Resolved], targets: list[Resolved],
               words: frozenset[str] = OWN_PEOPLE_WORDS) -> bool:
    """The meeting is with the actor's own people ("the prime minister consulted his senior cabinet
    colleagues", "the commissioner met his officers"): one body, whatever the sectors say (the guide: no
    CONSULT within one body). A colleague of another country ("his French colleague") is not one's own. ``words``:
    the nouns of one's own people (for a call, :data:`FOLLOWER_WORDS`)."""
    home = sources[0][0].country if sources else None
    countries = {actor.country for actor, _ in targets}
    if any(country is not None and country != home for country in countries):
        return False
    for head in heads:
        token = sentence.tokens[head]
        if token.pos in ("DET", "NUM", "PRON"):
            token = of_object(sentence, head) or token  # "some of his senior colleagues"
        if token.lemma.lower() not in words and token.lower.removesuffix("s") not in words:
            continue
        if any(c.dep == "poss" and c.lower in OWN_WORDS for c in sentence.children(token.i)):
            return True
    # "the Uttar Pradesh Congress committee would consult the central party leadership": a party's own organs, told
    # by the word "party" and no party's name
    party = bool(sources) and sources[0][0].sector == "PTY"
    return party and any(any(c.dep == "compound" and c.lower == "party" for c in sentence.children(head)) and not any(
        c.pos == "PROPN" or c.ent_type in ("ORG", "NORP") for c in sentence.children(head)) for head in heads)


# the offices whose holder heads a state or its government, whose requests of "the minister" are instructions
# within one government
HEAD_OFFICES = frozenset({"head_of_state", "head_of_government"})
HEAD_TITLE_WORDS = frozenset({"president"})


def asks_own_minister(sentence: Sentence, heads: tuple[int, ...], sources: list[Resolved], targets: list[Resolved],
                      terms: Mapping[str, tuple[OfficeHolder, ...]], day: date | None) -> bool:
    """A head of state or of government asks a minister told by title alone ("Prime Minister Ilie Bolojan said he had
    asked the minister for a full audit", "asked the minister of natural resources to run the ministry"): an
    instruction within one government (the guide: not coded), not a request between parties. A minister of another
    country ("his Kuwaiti counterpart") or named ("asked Finance Minister X") is left to the other rules."""
    if not sources or not targets:
        return False
    asker = sources[0][0]
    words = set(asker.text.lower().split())
    heads_state = any(t.office in HEAD_OFFICES and (day is None or t.holds_office_on(day))
                      for t in terms.get(asker.name or "", ())) or bool(HEAD_TITLE_WORDS & words) or (
        {"prime", "minister"} <= words)
    if not heads_state or asker.sector != "GOV" or any(t.country not in (None, asker.country) for t, _ in targets):
        return False
    for head in heads:
        token = sentence.tokens[head]
        kids = sentence.children(head)
        if (token.lemma.lower() == "minister" and any(c.dep == "det" and c.lower == "the" for c in kids)
                and not any((c.dep in ("compound", "amod") and c.lower in ("prime", "foreign")) or c.pos == "PROPN"
                            or c.ent_type == "NORP" for c in kids)):
            return True
    return False
