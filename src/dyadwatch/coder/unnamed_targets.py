"""Targets told without a party's name or beside another, and words that name no target.

A state's warning to "anyone who ..." is aimed at its public; "released all eleven" at people; "urged both sides"
at the parties in play; "urged Egypt and Ethiopia" at each of the two. Whoever an act is attributed to ("according
to a lawyer") and what protesters wave ("Russian flags") are no targets. :mod:`dyadwatch.coder.targets` and
:mod:`dyadwatch.coder.events` call these.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..records import Actor, Sentence, Token
from .actorwords import GROUP_DETERMINERS, GROUP_WORDS
from .phrases import addressees, noun_phrase, span_head, with_to, words_text

# an actor as resolved, with the parties of a compound one (the type targets.py and events.py pass around)
Resolved = tuple[Actor, tuple[Actor, ...]]


# whom a state's warning is aimed at when it names no one: "warned that anyone who blocks the roads would be
# arrested", "those who join the march will face the law"
ANYONE_WORDS = frozenset({"anyone", "anybody", "whoever", "those", "everyone"})
STATE_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "SPY"})


def warned_public(sentence: Sentence, predicate: int, sources: list[Resolved], story: str | None = None
                  ) -> Actor | None:
    """The public of a state that warns "anyone who ..." what they would face: the words from "anyone" to the
    end of its relative clause, a civilian party of the warning state's country (``country_source``
    "public"); a warning state the text places nowhere is the story's (``story``). People told by what they
    do ("owners who cut supply to subscribers", "council members who obstructed the family's return") are such
    a public when the warning says what befalls them: they "would be arrested", "would lose their permits",
    "could face contempt proceedings"."""
    state = next((a for a, _ in sources if (a.country or story) and a.sector in STATE_SECTORS), None)
    if state is None:
        return None
    for clause in sentence.children(predicate):
        if clause.dep not in ("ccomp", "xcomp", "advcl"):
            continue
        for subject in sentence.children(clause.i):
            if subject.dep not in ("nsubj", "nsubjpass"):
                continue
            relative = any(c.dep == "relcl" for c in sentence.children(subject.i))
            anyone = subject.lower in ANYONE_WORDS and (subject.lower == "whoever" or relative)
            befalls = subject.dep == "nsubjpass" or clause.lemma.lower() in CONSEQUENCE_VERBS
            if anyone or (relative and befalls and subject.pos == "NOUN"):
                text, span = words_text(sentence, sentence.subtree(subject.i))
                return Actor(text, None, state.country or story, "CVL", "group", span, country_source="public")
    return None


# what a warning says befalls its public when it is not told in the passive ("would lose their permits", "could
# face contempt proceedings")
CONSEQUENCE_VERBS = frozenset({"face", "lose", "risk", "suffer", "forfeit"})


def attributed_to(sentence: Sentence) -> set[int]:
    """The words of an attribution ("according to a lawyer for the unions"): whoever tells of an act is no party
    to it."""
    return {t.i for c in sentence.tokens if c.lower == "according" and c.dep == "prep" for t in sentence.subtree(c.i)}


# what is carried, waved or burnt at a protest ("rallied, waving Russian flags") is no party it is aimed at
DISPLAY_NOUNS = frozenset({"flag", "banner", "placard", "poster", "portrait", "effigy", "slogan", "sign"})


# what protesters do as they march or gather, whose "against" names whom the protest is at ("marched to the town
# hall, chanting slogans against the Algerian army")
CHANTING_VERBS = frozenset({"chant", "shout", "wave", "carry", "hold", "brandish", "sing", "denounce", "decry"})


def chanted_against(sentence: Sentence, predicate: int) -> int | None:
    """The head of the party named after "against" in a clause of chanting or waving told with the protest verb
    ("chanting slogans against the Algerian army"), or None."""
    for clause in sentence.children(predicate):
        if clause.dep not in ("advcl", "xcomp", "conj") or clause.tag != "VBG" or (
                clause.lemma.lower() not in CHANTING_VERBS):
            continue
        for token in sentence.subtree(clause.i):
            if token.dep == "pobj" and sentence.tokens[token.head].lower == "against":
                return token.i
    return None


def displayed(sentence: Sentence, chosen: Actor) -> bool:
    head = span_head(sentence, chosen.span) if chosen.span is not None else None
    return head is not None and head.lemma.lower() in DISPLAY_NOUNS


def named_group(sentence: Sentence, token: Token) -> bool:
    """"both sides", "the two countries": the parties a story has in play, not a thing."""
    return token.lemma.lower() in GROUP_WORDS and any(
        c.lower in GROUP_DETERMINERS for c in sentence.children(token.i) if c.dep in ("det", "nummod", "predet"))


# the lexicon's closures of a border, a crossing, a port or airspace (CAMEO 172 on these verbs)
CLOSURE_CODE = "172"
CLOSING_VERBS = frozenset({"close", "shut"})


def closes_a_border(cameo: str, predicate: Token) -> bool:
    """Closing a border, a crossing or one's airspace is aimed at no party: whoever it shuts out, the house codes it
    with no target ("Turkey closed its border with Armenia in 1993 in solidarity with Azerbaijan"), and it is not
    aimed at the other of the story's two countries either."""
    return cameo == CLOSURE_CODE and predicate.lemma.lower() in CLOSING_VERBS


def each_of_two(target: Actor | None, targets: Sequence[Resolved]) -> tuple[Actor, ...]:
    """"urged both governments to ...": the two parties a target told as one stands for, each with the words told
    (empty when the target is one party)."""
    if target is None:
        return ()
    for got, parties in targets:
        if len(parties) == 2 and got.text == target.text and got.country is None:
            return tuple(replace(party, text=target.text, span=target.span) for party in parties)
    return ()


def self_among(doer: Actor, aim: Actor, aimed: Sequence[Actor], each_alone: bool = False) -> bool:
    """The doer itself among the several parties one target stands for: "the State Department urged both
    governments", in a story whose two countries include the United States, urges the other, not itself (a state,
    not a body of it: "agreed with the district council and the chiefs" is one government body's act on another).
    ``each_alone``: the doers are told to act each on its own (:func:`each_on_its_own`): "the two countries each
    expelled two diplomats" are each country's acts on the other's people, not on its own."""
    if each_alone and len(aimed) > 1 and aim.country is not None and aim.country == doer.country:
        return True
    return len(aimed) > 1 and aim.kind == "country" and aim.country is not None and (
        (aim.country, aim.sector) == (doer.country, doer.sector))


def each_on_its_own(sentence: Sentence, verb: int, sources: Sequence[int]) -> bool:
    """The doers are told to act each on its own, by an "each" right after them or on the verb ("The two countries
    each expelled ...", "Both sides have each ..."); not "each other", nor "each country" (one subject)."""
    for token in sentence.tokens:
        if token.lower != "each" or token.pos == "DET" or (
                token.i + 1 < len(sentence.tokens) and sentence.tokens[token.i + 1].lower in ("other", "of")):
            continue
        if token.head == verb or (token.head in sources and token.i == token.head + 1):
            return True
    return False


# acts done to people, whom a number alone may name ("released all eleven", "arrested 14")
PEOPLE_TYPES = frozenset({"COERCE", "RETREAT", "ASSAULT"})


def counted_people(sentence: Sentence, predicate: int) -> Actor | None:
    """The people a bare number as the object names ("released all eleven on Wednesday"): civilians, of the
    story's country as the screen gives it."""
    for child in sentence.children(predicate):
        if child.dep in ("dobj", "obj") and child.pos == "NUM" and child.ent_type in ("", "CARDINAL") and all(
                c.dep in ("det", "predet") for c in sentence.children(child.i)):
            text, span = words_text(sentence, sentence.subtree(child.i))
            return Actor(text, None, None, "CVL", "group", span)
    return None


def conjoined_targets(sentence: Sentence, target: Actor | None,
                      resolve: Callable[[Sentence, int], Resolved | None]) -> tuple[Actor, ...]:
    """"urged Egypt and Ethiopia", "condemned Russia and China": the target and each state joined to it, when they
    are of different countries (empty when there is no other)."""
    if target is None or target.span is None or target.country is None:
        return ()
    head = span_head(sentence, target.span)
    if head is None:
        return ()
    joined: list[Actor] = []

    def join(token: Token, kind_of: Actor | None = None) -> None:  # a party of another country than the target's
        got = resolve(sentence, token.i)  # and those joined so far (``kind_of``: whose sector it takes)
        other = got[0] if got is not None else None
        if other is not None and kind_of is not None:
            other = replace(other, sector=kind_of.sector, kind="group")
        if other is not None and other.country and other.country != target.country and all(
                other.country != j.country for j in joined):
            joined.append(other)

    frontier = [head]
    if head.pos == "PROPN":
        # a name's last word may carry the joined state: "the Democratic Republic of the Congo and Rwanda"
        frontier += [t for t in sentence.tokens if target.span[0] <= t.start < target.span[1]
                     and t.i != head.i and t.pos == "PROPN" and t.dep == "pobj"]
    # "spoke with his Pakistani counterpart and with the Taliban's foreign minister": a preposition joined to the
    # target's brings its own object
    above = sentence.tokens[head.head]
    seeds = [o for c in sentence.children(above.i) if c.dep == "conj" and c.pos == "ADP" and c.lower == above.lower
             for o in sentence.children(c.i) if o.dep == "pobj"] if head.dep == "pobj" else []
    frontier += seeds
    for seed in seeds:
        join(seed)
    # "French and Moroccan troops": each country of the modifiers joined before the head, of the head's kind
    for modifier in sentence.children(head.i):
        if modifier.dep in ("amod", "compound") and modifier.i < head.i:
            for joined_modifier in (c for c in sentence.children(modifier.i) if c.dep == "conj" and c.i < head.i):
                join(joined_modifier, target)
    while frontier:
        for child in sentence.children(frontier.pop().i):
            if child.dep == "conj" and child.pos in ("PROPN", "NOUN"):
                frontier.append(child)
                join(child)
    return (target, *joined) if joined else ()


# verbs of asking whose object is whom they ask to act ("urged the province to work with the trustees", "called on
# both campaigns to accept the result", "asked the city to stop disconnecting households")
ASKING_TO_ACT_VERBS = frozenset({"urge", "ask", "call", "appeal", "press", "implore", "request", "beg", "invite",
                                 "encourage", "exhort", "plead"})
# what one asks to act that is no body of a state's or a party's: people at large, and what the parser takes for one
UNASKABLE_WORDS = frozenset({"people", "public", "citizen", "resident", "everyone", "all", "them", "it", "this",
                             "that", "one", "us", "you", "itself", "themselves"})


def asked_to_act(sentence: Sentence, predicate: int, story: str | None) -> Actor | None:
    """Whom a party asks to act when the words name no party the coder knows: the object of the verb of asking, or
    of its "on" or "to" ("called on both campaigns to accept"), that the asked act's infinitive follows. One asked to
    act is a party, of unknown kind, of the story's country (``country_source`` "story") where the story has one:
    "Hamilton Mayor Andrea Horwath urged the province to work with the trustees" asks Ontario's government. People at
    large ("urged residents to stay indoors", "asked motorists to avoid the area") are no such party: the words must
    be one body, by a singular noun or a name."""
    verb = sentence.tokens[predicate]
    if story is None or verb.lemma.lower() not in ASKING_TO_ACT_VERBS:
        return None
    kids = sentence.children(predicate)
    asked = addressees(sentence, predicate)
    infinitive = [c for c in kids if c.dep in ("xcomp", "ccomp", "advcl") and c.pos in ("VERB", "AUX")
                  and with_to(sentence, c)] + [
        c for a in asked for c in sentence.children(a.i) if c.dep in ("acl", "relcl", "xcomp") and with_to(sentence, c)]
    if len(asked) != 1 or not infinitive or asked[0].pos not in ("NOUN", "PROPN") or asked[0].tag in ("NNS", "NNPS"):
        return None  # a plural noun asked to act is most often people at large ("urged motorists to avoid the area")
    noun = asked[0]
    if noun.lemma.lower() in UNASKABLE_WORDS or noun.lower in UNASKABLE_WORDS:
        return None
    text, span = words_text(sentence, [t for t in sentence.subtree(noun.i) if t.i <= noun.i])  # "both campaigns"
    return Actor(text, None, story, None, "group", span, country_source="story")


# a court's annulment of a law, a decree or a vote (the lexicon's "strike down", "annul", "invalidate", "void"), and the
# words that tell who made what it annuls ("an emergency decree by President Gustavo Petro", "the bloc's
# arrangements")
ANNULLING_VERBS = frozenset({"strike", "annul", "invalidate", "void"})


def maker_of_annulled(sentence: Sentence, predicate: int, event_type: str, sources: list[Resolved],
                      resolve: Callable[[Sentence, int], Resolved | None], story: str | None = None) -> Actor | None:
    """Whom a court's annulment is aimed at: the maker of the law, decree or vote it annuls, named by a possessive or
    "by" ("struck down an emergency decree by President Gustavo Petro"), else its own state, which made it
    ("Iraq's Federal Supreme Court struck down the law ratifying a 2012 agreement with Kuwait": Iraq's, not Kuwait,
    whom the law's own words name; a court the text places nowhere is the story's); the target keeps the words of what
    is annulled. None for other acts."""
    lemma = sentence.tokens[predicate].lemma.lower()
    if event_type != "COERCE" or lemma not in ANNULLING_VERBS or (lemma == "strike" and not any(
            c.dep == "prt" and c.lower == "down" for c in sentence.children(predicate))):
        return None
    court = next((a for a, _ in sources if a.sector == "JUD"), None)
    annulled = next((c for c in sentence.children(predicate) if c.dep in ("dobj", "obj", "nsubjpass")), None)
    state = court.country or story if court is not None else None
    if state is None or annulled is None:
        return None
    for word in sentence.children(annulled.i):
        maker = word if word.dep == "poss" else next(
            (c for c in sentence.children(word.i) if c.dep == "pobj"), None) if word.dep in ("prep", "agent") and (
            word.lower == "by") else None
        got = resolve(sentence, maker.i) if maker is not None else None
        if got is not None and (got[0].country is not None or got[0].sector == "IGO"):
            return got[0]
    text, span = words_text(sentence, noun_phrase(sentence, annulled.i))
    return Actor(text, None, state, "GOV", "group", span=span, country_source="owner")
