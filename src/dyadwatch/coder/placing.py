"""Where an unplaced party is: the ways an argument with no country of its own is given one (``country_source``).

:class:`CountryPlacing` is a part of :class:`~dyadwatch.coder.actors.ArticleActors`: the place the text says the
party is in ("rebels in Sudan"), the state whose capital opens the sentence ("In Nairobi, the ministry ..."), the
body an "its" stands for, the state a diplomatic mission serves, and the country named nearest in the sentence,
leaving out the words of what the party acts on (:func:`acted_on`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..records import Actor, Mention, Sentence, Token
from .actorwords import LOCATING_PREPOSITIONS, PLACE_LABELS, PLACE_NOUNS
from .mentions import ActorIndex
from .phrases import noun_phrase, phrase_head
from .pronouns import body_subject

# verbs that report what someone else did ("said the army had struck ..."): forces in what they report are the
# reporter's when nothing else places them
REPORTING_VERBS = frozenset({"say", "tell", "report", "add", "state", "confirm", "announce", "claim"})

# the nouns a town is told by ("the southern Angolan port")
TOWN_NOUNS = PLACE_NOUNS | {"port", "capital", "harbour", "harbor"}


class CountryPlacing:
    """The ways to place a party; the article's state (its mentions so far, the sentence before, the resolver) is
    :class:`~dyadwatch.coder.actors.ArticleActors`'s."""

    index: ActorIndex
    mentions: dict[int, list[Mention]]
    previous: Sentence | None
    story: str | None
    pair: tuple[Actor, Actor] | None
    voice: Actor | None
    voice_at: int

    def reporting_country(self, sentence: Sentence, positions: set[int], sector: str | None) -> str | None:
        """The country of whoever reports the sentence's act, for forces it names with no country of their own: "A
        Moroccan military source said the Royal Armed Forces had struck ...", "Israel's military said soldiers had
        reached the scene" (in a story from Amman). Only forces, and only outside the reporter's own words."""
        voice = self.voice if self.voice_at == sentence.index else None
        if (sector not in ("MIL", "COP") or voice is None or voice.country in (None, self.story)
                or voice.span is None):
            return None  # a reporter of the story's own country places its forces as the story does
        inside = [t for t in sentence.tokens if t.i in positions]
        if not inside or any(voice.span[0] <= t.start < voice.span[1] for t in inside):
            return None
        head = min(inside, key=lambda t: len(sentence.ancestors(t.i)))
        reported = any(a.dep == "ccomp" and sentence.tokens[a.head].lemma.lower() in REPORTING_VERBS
                       and self.says(sentence, a.head, voice) for a in sentence.ancestors(head.i))
        return voice.country if reported else None

    @staticmethod
    def says(sentence: Sentence, verb: int, voice: Actor) -> bool:
        """The verb's subject is the voice's words."""
        return voice.span is not None and any(
            c.dep == "nsubj" and voice.span[0] <= c.start < voice.span[1] for c in sentence.children(verb))

    def resolve_actor(self, sentence: Sentence, head: int) -> Actor | None:
        raise NotImplementedError

    @staticmethod
    def first_country(*ways: tuple[str, Callable[[], str | None]]) -> tuple[str | None, str | None]:
        """The country the first way that finds one finds, and that way's name (``country_source``)."""
        for source, find in ways:
            country = find()
            if country:
                return country, source
        return None, None

    def placed_or_near(self, sentence: Sentence, head: int, skip: set[int]) -> tuple[str | None, str | None]:
        """Where the text says the party at ``head`` is, else the country named nearest to it (``skip``: its
        words), with the way that found it."""
        return self.first_country(("place", lambda: self.located_in(sentence, head)),
                                  ("nearby", lambda: self.sentence_country(sentence, skip)))

    def place_country(self, name: str) -> str | None:
        if self.index.places is None:
            return None
        place = self.index.places.lookup(name, prefer=self.story)  # a town two countries have: the story's
        return place.country if place is not None else None

    def large_city_country(self, name: str) -> str | None:
        """The country of a large city the gazetteer lists by ``name``, else None."""
        places = self.index.places
        if places is None or name not in places.large_cities:
            return None
        return self.place_country(name)

    def located_in(self, sentence: Sentence, head: int) -> str | None:
        """The country of "rebels in Darfur", "students throughout Indonesia", "groups from Kenya"."""
        preps = [c for c in sentence.children(head) if c.dep == "prep"] + origin_after_object(sentence, head)
        for clause in sentence.children(head):  # "rebels operating in X", "a group based in Y"
            if clause.dep in ("acl", "relcl") and clause.tag in ("VBG", "VBN"):
                preps += [c for c in sentence.children(clause.i) if c.dep == "prep"]
        for prep in preps:
            if prep.lower in LOCATING_PREPOSITIONS and (country := self.place_after(sentence, prep)) is not None:
                return country
        return self.seat_after_object(sentence, head)

    def place_after(self, sentence: Sentence, prep: Token) -> str | None:
        """The country of the place a preposition's object names ("in Darfur", "from Kenya")."""
        for obj in sentence.children(prep.i):
            if obj.dep != "pobj":
                continue
            ids = {t.i for t in noun_phrase(sentence, obj.i)}
            for m in self.mentions.get(sentence.index, []):
                if m.head in ids and m.actor.country:
                    return m.actor.country
            for ent in sentence.entities:
                if ent.label in PLACE_LABELS and ids & set(range(ent.start, ent.end)):
                    return self.place_country(ent.text)
        return None

    def acting_place(self, sentence: Sentence, head: int) -> str | None:
        """Where a crowd the text places nowhere else acts: the "in" of its verb or of the verb's object
        ("protesters stormed Saudi Arabia's embassy in Tehran" are in Iran, whatever country the story is about)."""
        token = sentence.tokens[head]
        if token.dep != "nsubj":
            return None
        holders = [token.head, *(c.i for c in sentence.children(token.head) if c.dep == "dobj")]
        for holder in holders:
            for prep in sentence.children(holder):
                if prep.dep == "prep" and prep.lower == "in" and (place := self.place_after(sentence, prep)):
                    return place
        return None

    def seat_after_object(self, sentence: Sentence, head: int) -> str | None:
        """The state whose capital (or name) follows "in" right after a governing body the verb has as object, where
        the parser hangs the "in" on the verb: "urged the government in Reykjavik to ..." is Iceland's; a town is no
        seat ("accused the government in Geneva", where one spoke)."""
        if sentence.tokens[head].lemma.lower() not in SEATED_BODY_NOUNS:
            return None
        for prep in preposition_after_object(sentence, head, "in"):
            for obj in sentence.children(prep.i):
                seat = next((m.actor.country for m in self.mentions.get(sentence.index, [])
                             if m.head == obj.i and obj.dep == "pobj" and m.actor.kind == "country"), None)
                if seat is not None:
                    return seat
        return None

    def represented_country(self, sentence: Sentence, head: int) -> str | None:
        """The state one represents: "Indonesia was represented at the summit by a deputy foreign minister"."""
        token = sentence.tokens[head]
        by = sentence.tokens[token.head]
        if token.dep != "pobj" or by.dep != "agent" or sentence.tokens[by.head].lemma.lower() != "represent":
            return None
        for subject in sentence.children(by.head):
            if subject.dep == "nsubjpass":
                for m in self.mentions.get(sentence.index, []):
                    if m.head == subject.i and m.actor.kind == "country" and m.actor.country:
                        return m.actor.country
        return None

    def body_its_stands_for(self, sentence: Sentence, phrase: Sequence[Token]) -> Actor | None:
        """The international body an "its" in the phrase stands for, named before it in the sentence with no state
        named between ("ECCAS said the president of its commission would travel", "the African Union said its envoy
        ..."): the phrase's people are the body's, not the state they travel to."""
        its = its_in(phrase)
        if its is None:
            return None
        before = [m for m in self.mentions.get(sentence.index, []) if m.end <= its.i]
        last = before[-1] if before else None
        if last is None or last.actor.kind != "organisation" or last.actor.sector != "IGO":
            return None
        return last.actor

    def its_owner(self, sentence: Sentence, phrase: Sequence[Token]) -> Actor | None:
        """The body an "its" in the phrase stands for ("Its spokeswoman", "its troops"): a state or body named
        before it in the sentence (the subject of a clause the "its" is part of first: "Croatia expelled a Serbian
        diplomat after its intelligence agency accused him" is Croatia's agency), else the body the sentence before
        was about."""
        its = its_in(phrase)
        if its is None:
            return None
        before = [m for m in self.mentions.get(sentence.index, []) if m.end <= its.i and m.actor.country
                  and m.actor.kind in ("organisation", "country")]
        clauses = {t.i for t in sentence.ancestors(its.i)}
        subjects = [m for m in before if sentence.tokens[m.head].dep in ("nsubj", "nsubjpass")
                    and sentence.tokens[m.head].head in clauses]
        if subjects or before:
            return (subjects or before)[-1].actor
        if self.previous is None or self.previous.index == sentence.index:
            return None  # the sentence before's own "its" is not read through itself again
        return body_subject(self.previous, self.resolve_actor)

    def opening_country(self, sentence: Sentence, people: bool = False) -> str | None:
        """The state whose name or capital opens the sentence as where it is told ("In New Delhi, the External
        Affairs Ministry spokesman said ..." in a story from Dhaka): its unplaced bodies and officials are that
        state's. A city that stands for no state ("In Geneva,") places no one; but ``people`` (of
        no state's body: fishermen, shop owners) are of the town they are told in ("In the Lamu archipelago, dozens
        of fishermen ...": Kenya's, in a story from Mogadishu)."""
        tokens = sentence.tokens
        comma = next((t.i for t in tokens[:8] if t.text == ","), None) if tokens and tokens[0].lower == "in" else None
        if comma is None:
            return None
        mentions = self.mentions.get(sentence.index, [])
        named = next((m.actor.country for m in mentions if m.end <= comma and m.actor.kind == "country"), None)
        if named is None and people:
            named = next((town for t in tokens[1:comma] if t.pos == "PROPN" and t.ent_type in PLACE_LABELS
                          and (town := self.place_country(t.text)) is not None), None)
        if named is not None or comma + 1 >= len(tokens) or tokens[comma + 1].lower != "the":
            return named
        # "In Tômbwa, the southern Angolan port where ...": a town the gazetteer lacks, told by its country's name
        # and the noun of a place
        return next((m.actor.country for m in mentions if comma + 1 < m.start <= comma + 4 and m.actor.country
                     and m.actor.kind == "country" and m.end < len(tokens)
                     and tokens[m.end].lemma.lower() in TOWN_NOUNS), None)

    def sentence_country(self, sentence: Sentence, skip: set[int]) -> str | None:
        """The country named nearest to ``skip`` (a phrase with no country of its own) in the sentence, leaving out
        the words naming whom the phrase acts on (:func:`acted_on`)."""
        owner = self.its_owner(sentence, [sentence.tokens[i] for i in sorted(skip)])
        if owner is not None:
            return owner.country  # "Its spokeswoman": the body "its" stands for
        head = phrase_head(sentence, [sentence.tokens[i] for i in sorted(skip)]) if skip else None
        left_out = skip | (acted_on(sentence, head) | told_of(sentence, head) if head is not None else set())
        left_out |= counterparts(sentence, skip)
        anchor = min(skip) if skip else 0
        found: list[tuple[int, str]] = []
        for m in self.mentions.get(sentence.index, []):
            if m.head not in left_out and m.actor.country and m.actor.kind == "country":
                found.append((abs(m.head - anchor), m.actor.country))
        for ent in sentence.entities:
            if (ent.label in PLACE_LABELS and not left_out & set(range(ent.start, ent.end))
                    and written_as_name(sentence, ent.text)):
                country = self.place_country(ent.text)
                if country is not None:
                    found.append((abs(ent.start - anchor), country))
        return min(found)[1] if found else None

    def sending_state(self, where: str) -> str | None:
        """The state whose diplomatic mission sits in ``where``: the other country of the story's two, else the
        story's country when the mission is abroad; none when the text does not tell."""
        if self.pair is not None and where in {p.country for p in self.pair}:
            return next(p.country for p in self.pair if p.country != where)
        return self.story if self.story is not None and self.story != where else None


# verbs whose "from" tells where what they act on is taken from, not where it comes from ("expelled diplomats from
# London", "deported migrants from Germany", "withdrew troops from the border")
REMOVING_VERBS = frozenset({"expel", "deport", "withdraw", "evacuate", "remove", "release", "free", "rescue",
                            "pull", "recall", "ban", "bar", "exclude", "oust", "evict", "return", "repatriate",
                            "extradite", "move", "transfer", "fly", "bring", "take", "send", "import", "export"})


def origin_after_object(sentence: Sentence, head: int) -> list[Token]:
    """The "from" the parser hangs on the verb right after its object: "arrested 14 fishermen from India" tells
    where the fishermen are from (not after a verb of removal: "expelled diplomats from London")."""
    return preposition_after_object(sentence, head, "from")


def preposition_after_object(sentence: Sentence, head: int, word: str) -> list[Token]:
    """The preposition ``word`` the parser hangs on the verb right after the verb's object ``head``."""
    token = sentence.tokens[head]
    if token.dep not in ("dobj", "obj") or token.head == token.i:
        return []
    verb = sentence.tokens[token.head]
    if verb.lemma.lower() in REMOVING_VERBS:
        return []
    end = max(t.i for t in sentence.subtree(head)) + 1
    return [c for c in sentence.children(verb.i) if c.dep == "prep" and c.lower == word and c.i == end]


# a state's governing bodies, which sit in its capital: "the government in Oslo", "the authorities in Kabul"
SEATED_BODY_NOUNS = frozenset({"government", "authorities", "regime", "administration", "leadership"})


def its_in(phrase: Sequence[Token]) -> Token | None:
    """The phrase's possessive "its" ("its troops", "the president of its commission"), or None."""
    return next((t for t in phrase if t.dep == "poss" and t.lower == "its"), None)


def written_as_name(sentence: Sentence, text: str) -> bool:
    """A place's words are written as a name: capitalised, or in a sentence written all in lower case (lower-cased
    news). "asked the Federation to include the canton in any talks": "canton" is no name of Guangzhou."""
    return text != text.lower() or not any(t.text != t.text.lower() for t in sentence.tokens[1:])


# nouns for the party on the other side ("at the invitation of her counterpart, the minister of Botswana")
COUNTERPART_NOUNS = frozenset({"counterpart", "host"})


def counterparts(sentence: Sentence, skip: set[int]) -> set[int]:
    """The words naming the phrase's counterpart, outside the phrase ("concluded a visit at the invitation of her
    counterpart, the Minister of International Relations of Botswana"): a country named there is the other side's,
    not the phrase's own."""
    return {t.i for c in sentence.tokens if c.lemma.lower() in COUNTERPART_NOUNS and c.pos == "NOUN"
            and c.i not in skip for t in sentence.subtree(c.i)} - skip


def told_of(sentence: Sentence, head: int) -> set[int]:
    """The words of a clause that tells of the phrase ("six men wanted for smuggling fuel into Syria", "fighters who
    crossed into Mandera"): where they went or what they did is not where they are from."""
    return {t.i for c in sentence.children(head) if c.dep in ("acl", "relcl") for t in sentence.subtree(c.i)}


# the arguments of a verb that name whom or what its subject acts on
ACTED_ON_DEPS = frozenset({"dobj", "obj", "dative", "iobj", "prep", "xcomp", "ccomp", "oprd"})
# prepositions that tell where or when an act happens ("arrested 20 rioters in Ahmedabad"): the place may well be
# the party's own country
WHERE_AND_WHEN = frozenset({"in", "at", "near", "across", "throughout", "inside", "outside", "around", "during",
                            "after", "before", "since", "within"})


def acted_on(sentence: Sentence, head: int) -> set[int]:
    """The words naming whom or what the subject ``head`` acts on ("Fisheries Minister X accused *Indian trawlers
    of poaching*", "summoned *Russia's charge d'affaires*"): a country named there is the other party's, not the
    subject's own."""
    token = sentence.tokens[head]
    if token.dep not in ("nsubj", "nsubjpass"):
        return set()
    # ... and by its further acts: a verb joined to it, a participle of what follows ("arrested 14 Indian fishermen
    # and seized two trawlers, bringing the number of Indian fishermen arrested to 200")
    verbs = [token.head]
    for verb in verbs:  # grows as joined verbs and participles are found
        verbs.extend(c.i for c in sentence.children(verb) if (c.dep == "conj" and c.pos == "VERB")
                     or (c.dep == "advcl" and c.tag == "VBG"))
    return {t.i for v in verbs for c in sentence.children(v) if c.dep in ACTED_ON_DEPS
            and not (c.dep == "prep" and c.lower in WHERE_AND_WHEN) for t in sentence.subtree(c.i)}


def body_of_origin(sentence: Sentence, head: int, mentions: Sequence[Mention]) -> list[Token]:
    """The words of "from" and an international body hung on a people noun: "election observers from the Pacific
    Islands Forum" are the Forum's people, as "observers of the African Union" are (a state after "from" places its
    people through :meth:`CountryPlacing.located_in`). Empty when there is none."""
    if sentence.tokens[head].pos != "NOUN":
        return []
    preps = [c for c in sentence.children(head) if c.dep == "prep"] + origin_after_object(sentence, head)
    for prep in preps:
        if prep.lower != "from":
            continue
        for obj in sentence.children(prep.i):
            if obj.dep == "pobj" and any(m.head == obj.i and m.actor.kind == "organisation" and m.actor.sector == "IGO"
                                         for m in mentions):
                return [prep, *noun_phrase(sentence, obj.i)]
    return []
