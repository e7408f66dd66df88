"""Parties the knowledge base does not list: a name the parser tags, a person named before by their full name, a
body named by the noun of its kind ("the police", "civil society group Repubblika"), and the country each belongs
to. :class:`UnlistedParties` is a part of :class:`~dyadwatch.coder.actors.ArticleActors`, as
:class:`~dyadwatch.coder.placing.CountryPlacing` and :class:`~dyadwatch.coder.titles.TitleReading` are; the
article's state (people named so far, the story's country, the actors in play) is ``ArticleActors``'s.
"""

from __future__ import annotations

from dataclasses import replace

from ..records import Actor, Entity, Sentence, Token
from .actorwords import (
    ACTOR_ENTITY_LABELS,
    BODY_NOUNS,
    BODY_TITLES,
    COLLECTIVE_NOUNS,
    DOMESTIC_SECTORS,
    MEMBER_WORDS,
    MISSION_NOUNS,
    OWNED_BODY_NOUNS,
    PLACE_LABELS,
    PLACE_NOUNS,
    POLITICS_SECTORS,
    QUANTITY_NOUNS,
    STATE_SECTORS,
    TITLE_WORDS,
    from_outside,
    is_acronym_word,
    kind_in_apposition,
    named_by_kind,
    titles_one_person,
)
from .handover import BodyMemory, PersonMemory
from .mentions import HONORIFICS, INITIALS, name_before_particles
from .phrases import names_someone, noun_phrase, object_of_subject, of_object, phrase_head, surname
from .placing import CountryPlacing
from .pronouns import owner_above
from .titles import TitleReading, headed_in_relative, served_in_apposition, title_in_apposition, told_by_who

# people who speak for the body they are "of" ("leaders of the banned parties"): a body's members and officials, not
# its rank and file ("workers of a company" are not the company) nor officers (alone, the army's)
BODY_SPEAKERS = (MEMBER_WORDS - {"activist", "worker", "cadre", "supporter", "officer"}) | {"representative"}
# people who gather, strike or march (not refugees, who are often of another country): a story's own
CROWD_SECTORS = frozenset({"CVL", "LAB", "AGR", "EDU", "ENV"})
# firms: of the story's country when the party told last is, and the text places them nowhere else
HOME_TRADE_SECTORS = frozenset({"BUS"})


# the sectors of a state's own bodies


class UnlistedParties(CountryPlacing, TitleReading, PersonMemory, BodyMemory):
    """The ways a party the knowledge base lacks is read; the state they read is
    :class:`~dyadwatch.coder.actors.ArticleActors`'s."""

    recent: list[Actor]
    seeking: bool  # inside ``governed_country``'s resolution of an object

    def heads_a_body(self, sentence: Sentence, phrase: list[Token], person: range) -> bool:
        """The phrase tells its person as the head of a body that is no state's: a body's title ("leader",
        "president", "secretary") and the body, by a word of its kind ("trust", "party") or a named organisation none
        of whose words is a state's ("PASOK leader X", not "Interior Cabinet Secretary X")."""
        if not {t.lemma.lower() for t in phrase} & BODY_TITLES:
            return False
        if any(t.lemma.lower() in BODY_NOUNS and t.i not in person for t in phrase):
            return True
        for ent in sentence.entities:
            words = [t for t in sentence.tokens[ent.start:ent.end] if t.i not in person]
            if ent.label == "ORG" and words and any(t in phrase for t in words) and not any(
                    self.index.sector_of([t.lemma.lower()]) in STATE_SECTORS for t in words):
                return True
        return False

    def named_before(self, sentence: Sentence, phrase: list[Token], head: int) -> Actor | None:
        """The person a surname stands for when this article has named them before ("vajpayee" after "prime
        minister atal bihari vajpayee", "mr clarke" after "home secretary charles clarke", "mr uddhav thackeray"
        after "shiv sena leader uddhav thackeray"), or a family name written first and tagged as a name ("Wang"
        after "Wang Yi"). In lower-cased news case cannot tell a surname from a word,
        and the model often tags neither as a name; the earlier full name can. The phrase is the surname alone
        or after an honorific, a title, initials or the person's other names: "the straw", "a brown envelope"
        and "straw poll" name no one."""
        token = sentence.tokens[head]
        known = self.people.get(surname(token.text))
        if known is None and token.pos == "PROPN":
            # "Wang" after "Chinese Foreign Minister Wang Yi": a family name written first, as a name
            known = next((p for p in self.people.values() if p.name and " " in p.name
                          and p.name.split()[0].lower() == token.lower), None)
        if known is None or token.pos not in ("PROPN", "NOUN"):
            return None
        own = {w.lower() for w in (known.name or "").split()}
        for other in phrase:
            word = other.lower.rstrip(".")
            if (other.i != head and other.dep != "case" and word not in HONORIFICS | TITLE_WORDS | own
                    and not INITIALS.match(other.lower)):  # "Lee's": the possessive's mark is no other name
                return None
        return known

    def role_beside(self, sentence: Sentence, head: int, titled: bool) -> Actor | None:
        """The role told beside a name: "the Education Minister, Paul Givan", "Paul Givan, the Education Minister" (in
        apposition), "Hikmet Hajiyev, adviser to President Ilham Aliyev" (whom the aide serves), "X, who heads the
        Office for Kosovo" or "who was deputy minister until 2024" (a relative clause: a past post is a former
        official's, ELI); None when none is told or it has no sector."""
        apposed = served_in_apposition(sentence, head) or headed_in_relative(sentence, head) or (
            None if titled else title_in_apposition(sentence, head))
        role = self.resolve_actor(sentence, apposed.i) if apposed is not None else None
        if apposed is None or role is None or role.sector is None:
            return None
        verb = next((a for a in [apposed, *sentence.ancestors(apposed.i)] if a.pos in ("VERB", "AUX")), None)
        if (role.sector == "GOV" and verb is not None and verb.head == head and verb.dep == "relcl"
                and verb.tag == "VBD"):
            return replace(role, sector="ELI")  # "who was deputy minister from 2020 until he was dismissed"
        return role

    def person_in_role(self, text: str, name: str | None, role: Actor) -> Actor:
        """A named person in the role told beside their name, remembered with it; of the role's country, else (a
        domestic role) of the story's."""
        home, source = (role.country, role.country_source) if role.country else (
            (self.story, "story") if role.sector in DOMESTIC_SECTORS | {"ELI"} else (None, None))
        actor = Actor(text, name, home, role.sector, "person", country_source=source)
        if name:
            self.people[surname(name)] = actor
        return actor

    def known_person(self, sentence: Sentence, head: int, text: str, known: Actor) -> Actor:
        """A person named before, as told then; one named before with no role whose role is told now ("Bayarsaikhan,
        who was deputy minister until 2024") in that role from here on."""
        role = self.role_beside(sentence, head, False) if known.sector is None else None
        if role is not None:
            return self.person_in_role(text, known.name, role)
        return Actor(text, known.name, known.country, known.sector, "person")

    def unlisted(self, sentence: Sentence, phrase: list[Token], text: str, sector: str | None
                 ) -> tuple[Actor, tuple[Actor, ...]] | None:
        """An actor the knowledge base does not list: a named entity, or a sector noun.

        A bare surname seen before in the article ("Wang" after "Wang Yi") is that person; "the
        ministry" is the ministry of the country in play.
        """
        positions = {t.i for t in phrase}
        head = phrase_head(sentence, phrase)
        known = self.named_before(sentence, phrase, head)
        if known is not None:
            return self.known_person(sentence, head, text, known), ()
        if regional_people(sentence, head):
            # "Melanesian leaders", "African foreign ministers": people of many states, of no one country
            return Actor(text, None, None, "IGO", "group"), ()
        # the entity that holds the phrase's head names it: "Cebu Governor Pamela Baricuatro" is the person, not
        # the organisation the parser makes of "Cebu"
        # "civil society group Repubblika", "Threshold, the housing charity"
        by_kind = named_by_kind(phrase, head) or kind_in_apposition(sentence, head) is not None
        entities = list(sentence.entities)
        if (not by_kind and is_acronym_word(sentence.tokens[head]) and sentence.tokens[head].pos in ("NOUN", "PROPN")
                and not any(e.start <= head < e.end for e in entities)):
            # "accused the DA of ...": a body's short name in capitals that the parser tagged as no name (one told
            # after the noun of its kind, "election monitoring group PAFFREL", is read below)
            entities.append(Entity(head, head + 1, "ORG", sentence.tokens[head].text))
        if (honoured := honoured_name(sentence, head)) is not None and not any(e.start <= head < e.end
                                                                              for e in entities):
            entities.append(honoured)  # "Mr Farage, who campaigned in the town": someone, whatever the parser tagged
        for ent in sorted(entities, key=lambda e: not e.start <= head < e.end):
            if ent.label != "PERSON" and (begins := name_before_particles(sentence, ent.start)) is not None and (
                    self.place_country(whole := " ".join(t.text for t in sentence.tokens[begins:ent.end])) is None):
                # "Lars van den Broek": a family name after small words, whatever the parser tagged it ("Rio de
                # Janeiro" is a place by its whole name)
                ent = Entity(begins, ent.end, "PERSON", whole)
            if ent.label == "ORG" and ent.start <= head < ent.end and told_by_who(sentence, head):
                ent = Entity(ent.start, ent.end, "PERSON", ent.text)  # "Petar Petković, who heads ...": someone
            if ent.label not in ACTOR_ENTITY_LABELS or not positions & set(range(ent.start, ent.end)) or (
                    ent.label == "PERSON" and not names_someone(sentence, ent)) or (
                    ent.label == "PERSON" and not ent.start <= head < ent.end
                    and sentence.tokens[ent.end - 1].dep == "compound"
                    and sentence.tokens[head].lemma.lower() in PLACE_NOUNS):
                # "In the Moursal district": a name that tells which place is no person
                continue
            if ent.label == "PERSON" and sector is not None and (not ent.start <= head < ent.end or by_kind):
                # a name that modifies a group noun ("the Hutu rebel group") or follows the noun of its kind
                # ("civil society group Repubblika"): a group, not a person, of the country it is placed in, else
                # (a body the story names by its kind) the story's, else the nearest
                # ... a large city's name (the parser takes "a Rotterdam court" for a person's) places it there
                country, source = self.first_country(
                    ("place", lambda: self.located_in(sentence, head)),
                    ("place", lambda name=ent.text: self.large_city_country(name)),
                    ("story", lambda: self.story if by_kind else None),
                    ("nearby", lambda: self.sentence_country(sentence, positions)))
                return Actor(text, ent.text, country, sector, "group", country_source=source), ()
            if ent.label == "PERSON":
                # the name is the entity's words in the phrase: a parse of lower-cased text may run a name on
                # into the verb ("mr howard accused")
                name = " ".join(t.text for t in sentence.tokens[ent.start:ent.end] if t.i in positions) or ent.text
                noun = self.index.family_name_after(sentence, sentence.tokens[ent.end - 1])
                if name and noun is not None and noun.i == head:
                    name = f"{name} {noun.text}"  # lower-cased news: "mulayam singh yadav", the last name a noun
                known = self.people.get(surname(name))
                if known is not None:
                    return self.known_person(sentence, head, text, known), ()
                # told by a title ("President X") or by a sector word ("External Affairs Ministry spokesman X")
                lowered = {t.lower for t in phrase}
                if "minister" not in lowered:
                    lowered.discard("prime")  # "prime suspect in the attack" holds no title
                titled = bool(TITLE_WORDS & lowered) or sector is not None
                if (role := self.role_beside(sentence, head, titled)) is not None:
                    return self.person_in_role(text, name, role), ()
                if not titled and (newcomer := self.newcomer(sentence, name)) is not None:
                    actor = replace(newcomer, text=text)  # "a Russian businessman ... detained Oleg Varlamov"
                    self.people[surname(name)] = actor
                    return actor, ()
                country, source = self.first_country(
                    ("opening", lambda: self.opening_country(sentence)),
                    ("governed", lambda: self.governed_country(sentence, head, sector)),
                    ("nearby", lambda: self.sentence_country(sentence, positions))) if titled else (None, None)
                # "PASOK leader X", "the trust president X": the head of a body is no government's
                of_body = self.heads_a_body(sentence, phrase, range(ent.start, ent.end))
                actor = Actor(text, name, country, sector or ("GOV" if titled and not of_body else None), "person",
                              country_source=source)
                self.people[surname(name)] = actor
                return actor, ()
            # a facility named by one word the gazetteer also lists is a namesake, not that town ("Metro police" in
            # Johannesburg are no police of Metro, Indonesia)
            namesake = ent.label == "FAC" and ent.end - ent.start == 1
            place = self.place_country(ent.text) if ent.label in PLACE_LABELS and not namesake else (
                self.large_city_country(ent.text) if ent.label == "NORP" else None)  # "Khmelnytskyi" tagged a people
            if place is not None:
                return Actor(text, ent.text, place, sector or "CVL", "country"), ()
            # an organisation, a religious or ethnic group, or a place the gazetteer lacks: it belongs to
            # the country it is said to be in, else to the country the sentence names ("Islamic
            # fundamentalists ... Algerian President"); "organisation" is kept for listed bodies
            kind = "country" if ent.label in PLACE_LABELS else "group"
            if kind == "group" and sector in CIVIL_BODY_SECTORS and of_many_countries(ent.text):
                # "the European Federation of Journalists urged the Czech authorities": a civil body of many
                # countries is of none, an international NGO, not the country the sentence names
                return Actor(text, ent.text, None, "NGO", "organisation"), ()
            located, source = self.first_country(("place", lambda: self.located_in(sentence, head)),
                                                 ("opening", lambda: self.opening_country(sentence)))
            if located is None and (reporter := self.reporting_country(sentence, positions, sector)) is not None:
                return Actor(text, ent.text, reporter, sector, kind, country_source="reporter"), ()
            if located is None and kind == "group" and sector in DOMESTIC_SECTORS and self.story is not None:
                # "The Department of Foreign Affairs summoned an official of the Chinese embassy" in a story from
                # Manila: a state body the knowledge base lacks is the story's country's, as "the ministry" is
                return Actor(text, ent.text, self.story, sector, kind, country_source="story"), ()
            if located is None:
                located, source = self.first_country(("nearby", lambda: self.sentence_country(sentence, positions)))
            return Actor(text, ent.text, located, sector, kind, country_source=source), ()
        # a party named by its kind ("the police", "rebels in Darfur"): the head noun must say so;
        # "diplomatic ties" or "military aid" name no one
        token = sentence.tokens[head]
        if token.ent_type in ("TIME", "DATE"):
            return None  # "from 3 pm", "since Monday": a time, whatever word names it
        if token.lemma.lower() in QUANTITY_NOUNS or token.pos == "NUM":
            # "hundreds of political prisoners", "a handful of journalists": the people counted
            token = of_object(sentence, head) or token
        elif token.lemma.lower() in BODY_SPEAKERS and (body := of_object(sentence, head)) is not None and (
                body.pos == "NOUN") and (
                own := self.index.sector_of([t.lemma.lower() for t in noun_phrase(sentence, body.i)])) is not None:
            # "leaders of the banned parties", "members of the opposition": people who speak for the body the "of"
            # names, whose noun says what kind of party they are ("leaders of the strike" are of no party; "workers
            # of a company" are its workers, not the company)
            token, sector = body, own
        before = sentence.tokens[token.i - 1] if token.i > 0 else None
        party_head = token.lemma.lower() in COLLECTIVE_NOUNS or by_kind or (
            self.index.sector_of([token.lemma.lower()]) or self.index.sector_of([token.lower])) is not None or (
            token.lemma.lower() in OWNED_BODY_NOUNS and sector is not None) or (  # "the federal prosecutor's office"
            sector == "OPP" and titles_one_person(token)) or (  # "the shadow housing secretary"
            before is not None and before.head == token.i and before.dep in ("amod", "compound")
            and self.index.sector_word(f"{before.lower} {token.lower}") is not None) or (  # "the upper house"
            (owned := of_object(sentence, token.i)) is not None
            and self.index.sector_word(f"{token.lower} of {owned.lower}") is not None)  # "the secretary of state"
        if sector is not None and (body := self.body_its_stands_for(sentence, phrase)) is not None:
            return Actor(text, body.name, body.country, "IGO", "organisation", country_source="owner"), ()
        titled = self.index.titled_name(sentence, phrase, head) if sector is not None and not party_head else None
        if titled is not None:
            # "chief minister narendra modi", "district collector sangeeta singh": a name after a
            # title, in text the parser finds no entity in (lower-cased news)
            country, source = self.placed_or_near(sentence, head, positions)
            return Actor(text, titled, country, sector, "person", country_source=source), ()
        mission = any(t.lemma.lower() in MISSION_NOUNS or (t.lower == "commission" and any(
            w.lower == "high" for w in phrase)) for t in phrase)
        where = self.located_in(sentence, head) if mission else None
        if where is not None:
            # "the embassy in Nairobi", "the consulate general in Sihanoukville": a mission is its sending state's
            sender = self.sending_state(where)
            return Actor(text, None, sender, "GOV", "group", country_source="mission" if sender else None), ()
        if sector is None or not party_head:
            return None
        told_as_the = any(t.lower == "the" for t in phrase)
        if told_as_the and (newcomer := self.newcomer(sentence, text, token.text)) is not None:
            return replace(newcomer, name=None, sector=sector), ()  # "a Kazakh video blogger ... the blogger"
        owner = self.its_owner(sentence, phrase)
        located, source = (owner.country, "owner") if owner is not None else self.first_country(
            ("represented", lambda: self.represented_country(sentence, head)),
            ("place", lambda: self.located_in(sentence, head)),
            ("opening", lambda: self.opening_country(sentence, sector in PEOPLE_SECTORS)))
        if located is not None:
            return Actor(text, None, located, sector, "group", country_source=source), ()
        told = (self.told_by_title(sentence.index, token, phrase) or self.body_told_before(sentence.index, phrase)
                or self.described_body_before(sentence.index, token, phrase)
                or self.people_told_before(sentence.index, token, phrase))
        if told is not None:
            # "a Chinese foreign ministry spokesperson accused ... The spokesperson warned Manila": the one told by
            # that title before, whatever country the story is about
            return Actor(text, None, told.country, told.sector or sector, "group",
                         country_source=told.country_source or "title"), ()
        if (reporter := self.reporting_country(sentence, positions, sector)) is not None:
            return Actor(text, None, reporter, sector, "group", country_source="reporter"), ()
        if sector in CROWD_SECTORS and (place := self.acting_place(sentence, head)) not in (None, self.story):
            # told in another country than the story's ("protesters stormed Saudi Arabia's embassy in Tehran")
            return Actor(text, None, place, sector, "group", country_source="place"), ()
        foreign = from_outside(" ".join(t.text for t in phrase))  # "outside forces", "foreign nationals"
        if self.story is not None and not foreign and (sector in DOMESTIC_SECTORS or titles_one_person(token)
                                                       or by_kind or sector in CROWD_SECTORS):
            # "the government", "mps", "the police" in a story about one country are that country's, whatever
            # other country the sentence names ("mps backed the invasion of iraq" in a British story); so is
            # one person told by a title ("the swami said the ISI of Pakistan ...")
            return Actor(text, None, self.story, sector, "group", country_source="story"), ()
        if self.story is not None and not foreign and sector == "BUS" and any(
                t.lower in ("state", "government") and t.i != head for t in phrase):
            # "the state distribution company", "a state-owned lender": the state's firm, of the story's country
            return Actor(text, None, self.story, sector, "group", country_source="story"), ()
        definite = any(t.lower in ("the", "its", "his", "her", "their") for t in phrase)
        if sector in DOMESTIC_SECTORS and (owner := owner_above(sentence, phrase, self.resolve_actor)) is not None:
            # "Samoa's prime minister said his government had asked Canberra": the government of the one "his" is
            return Actor(text, None, owner.country, sector, "group", country_source="speaker"), ()
        in_play = next((a for a in reversed(self.recent) if a.kind != "organisation"), None)
        if definite and in_play is not None:
            # a body of the state in play stands for it; "the unions", "the teachers" are people of its country, not
            # its state (whose own body a government's act is never aimed at)
            state = sector in DOMESTIC_SECTORS
            # ... of the story's own country, a firm the text has not placed abroad is the story's ("the company's
            # plans" in a story datelined in Zimbabwe), not a guess from the party told last
            placed = "story" if sector in HOME_TRADE_SECTORS and in_play.country == self.story else "in play"
            return Actor(text, in_play.name if state and in_play.kind == "country" else None, in_play.country, sector,
                         "country" if state else "group", country_source=placed), ()
        country, source = self.first_country(("governed", lambda: self.governed_country(sentence, head, sector)),
                                             ("nearby", lambda: self.sentence_country(sentence, positions)))
        return Actor(text, None, country, sector, "group", country_source=source), ()

    def party_in(self, sentence: Sentence, words: list[Token]) -> bool:
        """A political party is named among the words ("SDS leader X")."""
        ids = {t.i for t in words}
        return any(m.actor.sector == "PTY" and m.start in ids for m in self.mentions.get(sentence.index, [])) or any(
            (body := self.bodies.get(t.lower)) is not None and body.sector == "PTY" for t in words)

    def governed_country(self, sentence: Sentence, head: int, sector: str | None) -> str | None:
        """For an unplaced party of a country's own politics (legislators, the opposition, a party), the country of
        the government it acts on ("Several senators urged the Marcos administration ...": the Philippines)."""
        aimed = object_of_subject(sentence, head) if sector in POLITICS_SECTORS and not self.seeking else None
        if aimed is None or aimed.pos not in ("NOUN", "PROPN"):
            return None  # a named object only: "them" is resolved from this very subject ("lawmakers urged them")
        self.seeking = True  # and never from inside another such search
        try:
            governing = self.resolve_actor(sentence, aimed.i)
        finally:
            self.seeking = False
        return governing.country if governing is not None and governing.sector == "GOV" else None


def honoured_name(sentence: Sentence, head: int) -> Entity | None:
    """A capitalised name right after an honorific ("Mr Farage", "Dr Tedros", "Mrs Kamau"), as a person's name the
    parser may tag as no entity: the name from the honorific's next word to the head, or None. The honorific is
    written as one ("Dr", "Mr."), not in capitals ("DR Congo" is the country)."""
    token = sentence.tokens[head]
    if token.pos != "PROPN" or not token.text[:1].isupper() or not token.is_alpha:
        return None
    start = head
    while start > 0 and sentence.tokens[start - 1].pos == "PROPN" and sentence.tokens[start - 1].text[:1].isupper() \
            and sentence.tokens[start - 1].lower.rstrip(".") not in HONORIFICS:
        start -= 1
    honorific = sentence.tokens[start - 1].text.rstrip(".") if start > 0 else ""
    if honorific.lower() not in HONORIFICS or not honorific[:1].isupper() or not honorific[1:].islower():
        return None
    return Entity(start, head + 1, "PERSON", " ".join(t.text for t in sentence.tokens[start:head + 1]))


# the adjectives of a region of many states, and the people and states of it that act together
REGION_ADJECTIVES = frozenset({"african", "european", "asian", "arab", "pacific", "melanesian", "polynesian",
                               "micronesian", "caribbean", "nordic", "baltic", "balkan", "gulf", "western", "sahelian",
                               "andean", "scandinavian"})
# the first words of a body's name that tell it is of many countries ("the European Federation of Journalists",
# "the International Federation of Red Cross ..."), and the sectors of a civil body such a name may head
MANY_COUNTRIES_OPENERS = frozenset({"european", "international", "world", "global", "african", "asian", "arab",
                                    "inter-american", "pan-african", "latin", "nordic", "commonwealth"})
CIVIL_BODY_SECTORS = frozenset({"JRN", "LAB", "HRI", "NGO", "CVL", "MED", "EDU", "ENV"})
# people of no state's body, who are of the town a sentence opens with ("In the Lamu archipelago, dozens of fishermen")
PEOPLE_SECTORS = frozenset({"CVL", "AGR", "LAB", "BUS", "EDU", "MED"})


def of_many_countries(name: str) -> bool:
    """The body's name opens with a word of many countries (:data:`MANY_COUNTRIES_OPENERS`)."""
    words = name.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    return bool(words) and words[0] in MANY_COUNTRIES_OPENERS


REGION_PEOPLE = frozenset({"leader", "minister", "government", "state", "country", "nation", "diplomat", "power",
                           "neighbour", "neighbor", "ally", "envoy"})


def regional_people(sentence: Sentence, head: int) -> bool:
    """The phrase's head is leaders, ministers or states of a region of many states, told by the region's adjective
    right before it or before another of its words ("Melanesian leaders", "African foreign ministers", "Western
    powers"), not of one country."""
    token = sentence.tokens[head]
    if token.lemma.lower() not in REGION_PEOPLE or token.tag not in ("NNS", "NNPS"):
        return False
    return any(c.dep in ("amod", "compound") and c.i < head and c.lower in REGION_ADJECTIVES
               for c in sentence.children(head))
