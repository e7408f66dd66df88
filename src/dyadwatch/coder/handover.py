"""What a sentence hands over to the next ones. Whom the next "he" means: a person named as a subject, one told by a
title as the subject, a person the knowledge base lacks; people met in a sentence whom no event resolved, so a later
bare surname is that person with that role (:class:`PersonMemory`). Which body a later bare name, short name or
"the KIND" stands for: bodies the knowledge base lacks, told with the noun of their kind or with a short name in
brackets (:class:`BodyMemory`).

Both are parts of :class:`~dyadwatch.coder.actors.ArticleActors`, as :class:`~dyadwatch.coder.titles.TitleReading`
is; the article's state (mentions, people, bodies, the last person, warnings) is ``ArticleActors``'s.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..records import Actor, Mention, Sentence, Token, Warning
from .actorwords import (
    BODY_TITLES,
    DOMESTIC_SECTORS,
    KIND_NOUNS,
    MEMBER_WORDS,
    STATE_SECTORS,
    body_name_and_kind,
    is_acronym_word,
    kind_in_apposition,
    titles_one_person,
)
from .longer_names import alone_in_brackets, kind_word_of_bracketed_name
from .mentions import lower_cased
from .phrases import names_someone, phrase_head, surname


class Resolving:
    """What both memories read of :class:`~dyadwatch.coder.actors.ArticleActors`: its resolver and its warnings."""

    warnings: list[Warning]
    resolve: Callable[[Sentence, int], tuple[Actor, tuple[Actor, ...]] | None]
    resolve_actor: Callable[[Sentence, int], Actor | None]

    def resolve_quietly(self, sentence: Sentence, head: int) -> tuple[Actor, tuple[Actor, ...]] | None:
        """Resolve a party only to learn who it is: what is learnt so raises no warning."""
        warned = len(self.warnings)
        got = self.resolve(sentence, head)
        del self.warnings[warned:]
        return got


class PersonMemory(Resolving):
    """Who a sentence hands over to the next; the state it reads is :class:`~dyadwatch.coder.actors.ArticleActors`'s."""

    mentions: dict[int, list[Mention]]
    people: dict[str, Actor]
    last_person: Actor | None
    introduced: tuple[int, Actor] | None
    story: str | None

    def meet_newcomer(self, sentence: Sentence) -> None:
        """Remember one person the sentence tells by nationality and no name ("the extradition of a Russian
        businessman", "a Kazakh video blogger who has criticised his government"), for :meth:`newcomer`."""
        for token in sentence.tokens:
            if token.pos != "NOUN" or token.tag != "NN" or token.lemma.lower() not in NEWCOMER_NOUNS:
                continue
            if not any(c.dep == "det" and c.lower in ("a", "an") for c in sentence.children(token.i)):
                continue
            nation = next((m.actor for m in self.mentions.get(sentence.index, []) if m.actor.country
                           and m.actor.kind == "country" and sentence.tokens[m.head].head == token.i
                           and sentence.tokens[m.head].dep in ("amod", "compound")), None)
            if nation is not None:
                self.introduced = (sentence.index, Actor(token.text, None, nation.country, "CVL", "person",
                                                         country_source="introduced"))
                return

    def newcomer(self, sentence: Sentence, name: str, noun: str | None = None) -> Actor | None:
        """The person told by nationality in this sentence or the two before, for the first person named after with
        no role of their own ("... a Russian businessman ... Border police detained Oleg Varlamov, 47"), or told
        again by the same ``noun`` ("... the blogger"); once."""
        if self.introduced is None or not 0 < sentence.index - self.introduced[0] <= 2:
            return None
        if noun is not None and self.introduced[1].text.lower() != noun.lower():
            return None
        told = self.introduced[1]
        self.introduced = None
        return Actor(name, name, told.country, told.sector, "person", country_source=told.country_source)

    def titled_subject(self, sentence: Sentence) -> Actor | None:
        """The one person a title names as the subject of the sentence's root ("the government's spokesman"), with
        a country, or None."""
        root = next((t for t in sentence.tokens if t.head == t.i), None)
        subject = next((c for c in sentence.children(root.i) if c.dep == "nsubj"), None) if root else None
        if subject is None or not titles_one_person(subject):
            return None
        actor = self.resolve_actor(sentence, subject.i)
        if actor is not None and actor.country is None and self.story is not None and actor.sector in DOMESTIC_SECTORS:
            # "Hela's governor drove to the barricade": a state's officer of a place the gazetteer lacks, in a story
            # about one country, is of that country (as the screen places a domestic party)
            actor = replace(actor, country=self.story, country_source="story")
        return actor if actor is not None and actor.country else None

    def unlisted_subject(self, sentence: Sentence, deps: tuple[str, ...] = ("nsubj", "nsubjpass")) -> Actor | None:
        """The first person the sentence names as a subject who is none of its mentions (the knowledge base lacks
        them): as met before, else by the name alone. With ``deps`` ("dobj",): the main verb's object ("Security
        officers arrested al-Mahmood at his home ... The Public Prosecution charged him")."""
        taken = {i for m in self.mentions.get(sentence.index, []) for i in range(m.start, m.end)}
        for ent in sentence.entities:
            head = phrase_head(sentence, list(sentence.tokens[ent.start:ent.end]))
            if (ent.label == "PERSON" and names_someone(sentence, ent) and not taken & set(range(ent.start, ent.end))
                    and sentence.tokens[head].dep in deps
                    and ("dobj" not in deps or sentence.tokens[sentence.tokens[head].head].dep == "ROOT")):
                return self.people.get(surname(ent.text)) or Actor(ent.text, ent.text, None, None, "person")
        return None

    def named_again(self, titled: Actor) -> bool:
        """"Jagannath Mishra said ... the former chief minister also accused ... He alleged": a person told by
        a title alone, while a named person is in play, is most often that person again; the named person stays
        the one "he" means. A title is followed only when no named person is in play ("the swamiji ... He"), or
        when its own words tell another country than the named person's ("Foreign Minister Saidov hosted ... His
        Kazakh counterpart turned the demand down. He accused ...")."""
        last = self.last_person
        other_country = (titled.country is not None and titled.country_source is None and last is not None
                         and titled.country != last.country)  # a named person of no known country is no match
        return titled.kind != "person" and last is not None and last.kind == "person" and not other_country

    def meet_people(self, sentence: Sentence) -> None:
        """Resolve each person the sentence names whom no event has resolved yet ("Liberal Democrat
        Treasury spokesman Vince Cable spoke ..."), so that a later bare surname ("Mr Cable attacked ...")
        or "he" is that person with that role. A person is a PERSON entity, or a proper noun that is a
        subject (the small model calls some people ORG). What is learnt here raises no warning."""
        heads = {phrase_head(sentence, list(sentence.tokens[ent.start:ent.end]))
                 for ent in sentence.entities if names_someone(sentence, ent)}
        heads |= {t.i for t in sentence.tokens if t.dep in ("nsubj", "nsubjpass") and (t.pos == "PROPN" or (
            t.pos == "NOUN" and lower_cased(sentence) and any(c.dep == "compound" and c.pos == "PROPN"
                                                              for c in sentence.children(t.i))))}  # "... singh yadav"
        for head in sorted(heads):
            token = sentence.tokens[head]
            known = self.people.get(token.lower)
            if token.dep == "compound" or (known is not None and known.sector is not None):
                continue  # "the Vince Cable plan": a name that modifies a thing
            got = self.resolve_quietly(sentence, head)
            if got is not None and got[0].kind == "person" and got[0].name and got[0].sector is None and (
                    title := title_before_name(sentence, head)) is not None and (
                    titled := self.resolve_quietly(sentence, title)) is not None and titled[0].sector == "IGO":
                # "chaired by the UN special envoy for Yemen, Hans Grundberg": the body's officer, by the title the
                # name is told beside, whose later "Grundberg" or "he" speaks for the body
                self.people[surname(got[0].name)] = replace(titled[0], span=None)
            elif known is None and got is not None and got[0].kind == "person" and got[0].name and got[0].sector:
                self.people.setdefault(surname(got[0].name), got[0])


def title_before_name(sentence: Sentence, head: int) -> int | None:
    """The noun of a one-person title told right before a name and a comma, however the parser hung the name
    ("the UN special envoy for Yemen, Hans Grundberg"): the title's head, or None."""
    start = head
    while start > 0 and sentence.tokens[start - 1].pos == "PROPN":
        start -= 1
    if start < 2 or sentence.tokens[start - 1].text != ",":
        return None
    token = sentence.tokens[start - 2]
    while not (token.pos == "NOUN" and titles_one_person(token)) and token.dep in ("pobj", "prep") and (
            token.head != token.i):
        token = sentence.tokens[token.head]  # "envoy for Yemen": from the place up to the title
    return token.i if token.pos == "NOUN" and titles_one_person(token) else None


class BodyMemory(Resolving):
    """Bodies the knowledge base lacks that the story told with the noun of their kind ("human rights group Suaram",
    "the leftist Libre party"), by name and by kind: the story's later "Suaram" or "the group" is that body. Only
    the kinds such a body was told with are followed, and "the KIND" only as the whole phrase ("the group"), so a
    weather service or a firm the text names once is never remembered. The state is
    :class:`~dyadwatch.coder.actors.ArticleActors`'s."""

    bodies: dict[str, Actor]  # by the name's lower-cased words
    kinds: dict[str, Actor]  # by the kind noun's lemma
    counted: dict[str, Actor]  # parties told with their number ("14 Myanmar nationals"), by the number
    mentions: dict[int, list[Mention]]

    def remember_counted(self, sentence: Sentence, head: int, actor: Actor) -> None:
        """A party told with its number ("arrested 14 Myanmar nationals"), for a later "all 14" or "the 14"."""
        count = next((c.text for c in sentence.children(head) if c.dep == "nummod" and c.text.isdigit()), None)
        if count is not None and actor.country and actor.kind in ("group", "country"):
            self.counted[count] = replace(actor, span=None)

    def counted_again(self, sentence: Sentence, head: int) -> Actor | None:
        """"Police released all 14 on bail": a number alone, after "all" or "the", is the party told with it."""
        token = sentence.tokens[head]
        if token.pos != "NUM" or token.dep == "nummod" or (told := self.counted.get(token.text)) is None:
            return None
        if not any(c.lower in ("all", "the") for c in sentence.children(head)):
            return None
        return replace(told, text=token.text)

    def remember_body(self, sentence: Sentence, phrase: list[Token], head: int, actor: Actor | None) -> None:
        if actor is not None and actor.kind == "group" and actor.sector == "COP":
            # "Police released two of the riders ... The force also said it had deployed additional officers": the
            # police told last are "the force" (placed later, as the police are, when the text places them nowhere)
            self.kinds[FORCE] = replace(actor, span=None)
        self.remember_state_body(sentence.tokens[head], actor)
        if actor is None or actor.kind != "group" or actor.sector is None or actor.country is None:
            return
        named = body_name_and_kind(sentence, phrase, head)
        if named is not None:
            name, kind = named
            remembered = replace(actor, name=name, span=None)
            self.bodies[name.lower()] = remembered
            self.kinds[kind] = remembered
        elif sentence.tokens[head].pos == "PROPN" and (kind := sentence.tokens[head].lower) in NAMED_BODY_HEADS:
            # "the Independent Electoral Commission ... the commission's chairman warned": a body whose own name
            # ends in its kind, told again by that kind
            self.kinds[kind] = replace(actor, span=None)

    def remember_state_body_name(self, sentence: Sentence, phrase: list[Token], head: int, inside: list[Mention],
                                 actor: Actor) -> None:
        """"Argentina's Energy Secretariat ... the Energy Secretariat": a state's body with a proper name the
        knowledge base lacks, told with its state's name, is remembered by its own name, which tells it again."""
        token = sentence.tokens[head]
        if (token.pos != "PROPN" or actor.country is None or actor.sector not in STATE_SECTORS
                or any(m.start <= head < m.end for m in inside)):
            return
        taken = {k for m in inside for k in range(m.start, m.end)}
        run = [t for t in phrase if t.i <= head and t.pos == "PROPN" and t.i not in taken]
        if len(run) >= 2 and all(t.i not in taken for t in sentence.tokens[run[0].i:head + 1]):
            name = " ".join(t.text for t in run)
            self.bodies.setdefault(name.lower(), replace(actor, name=name, span=None, kind="group"))

    def remember_sent_people(self, head: Token, actor: Actor) -> None:
        """"The Forum's mission met the commissioner ... The mission urged": an international body's people, told
        again by their noun alone, are that body's."""
        if actor.sector == "IGO" and head.pos == "NOUN" and head.lemma.lower() in SENT_PEOPLE_NOUNS:
            self.kinds[head.lemma.lower()] = replace(actor, span=None)

    def remember_state_body(self, head: Token, actor: Actor | None) -> None:
        """"In Zagreb, the foreign ministry said the fines would stand ... The ministry again offered to negotiate":
        the state body of a :data:`STATE_BODY_KINDS` kind told last, of whichever state, is "the KIND"."""
        if (actor is not None and actor.sector in ("GOV", "MIL") and actor.country is not None
                and head.lemma.lower() in STATE_BODY_KINDS):
            self.kinds[head.lemma.lower()] = replace(actor, span=None)

    def meet_bodies(self, sentence: Sentence) -> None:
        """Resolve, and so remember, each body the sentence tells with the noun of its kind, whether or not an act
        of the sentence is theirs ("Deputies from the leftist Libre party walked out")."""
        mentions = self.mentions.get(sentence.index, [])
        for m in mentions:
            if (named := name_after_country(sentence, m)) is not None and named[1].lower() not in self.bodies:
                # "soldiers of the Botswana Defence Force ... a Defence Force patrol": the name told again without
                # its country is that country's body
                got = self.resolve_quietly(sentence, named[0])
                if got is not None and got[0].country == m.actor.country and got[0].sector is not None:
                    self.bodies[named[1].lower()] = replace(got[0], span=None)
            if m.actor.kind == "organisation" and m.actor.sector and (short := initials(sentence, m)) is not None:
                # "the Kachin Independence Army ... the KIA": a listed body told again by its initials
                self.bodies.setdefault(short, replace(m.actor, span=None))
            kind = sentence.tokens[m.head].lemma.lower()
            if m.actor.kind == "organisation" and m.actor.sector and m.end - m.start >= 2 and kind in LISTED_KINDS:
                # "the UN Security Council ... asked the council": a listed body told again by the noun of its kind
                self.kinds[kind] = replace(m.actor, span=None)
            if (m.actor.kind == "organisation" and m.actor.sector == "IGO"
                  and (organ := organ_of(sentence, m)) is not None):
                # "the African Union's Peace and Security Council ... The council said": an organ of an
                # international body, told again by the noun of its kind, is that body
                self.kinds[organ] = replace(m.actor, span=None)
        for token in sentence.tokens:
            before = sentence.tokens[token.i - 1] if token.i > 0 else None
            named = before is not None and (before.pos == "PROPN" or is_acronym_word(before))
            if token.lemma.lower() in STATE_BODY_KINDS and token.dep in ("nsubj", "nsubjpass"):
                # a state's ministry as a subject, whether or not an act of the sentence is its own
                got = self.resolve_quietly(sentence, token.i)
                self.remember_state_body(token, got[0] if got is not None else None)
            elif (token.pos == "PROPN" and token.lower in NAMED_BODY_HEADS and token.dep != "compound" and named
                  and (got := self.resolve_quietly(sentence, token.i)) is not None and got[0].sector == "GOV"
                  and got[0].country):
                # "Freetown City Council voted ... The council has asked the High Court": a state's body whose own
                # name ends in its kind, told again by that kind
                self.kinds[token.lower] = replace(got[0], span=None)
            elif (token.pos == "NOUN" and token.lemma.lower() in KIND_NOUNS and named) or (
                    (token.pos == "PROPN" or is_acronym_word(token)) and token.dep != "compound" and (
                        (before is not None and before.lemma.lower() in KIND_NOUNS)
                        or kind_in_apposition(sentence, token.i) is not None)):
                self.resolve_quietly(sentence, token.i)
            elif (listed := listed_body_by_first_name(sentence, token, mentions)) is not None and (
                    token.lower not in self.bodies):
                # "Plaid Cymru", later "Plaid"; "the Alliance Party", later "Alliance"
                self.bodies[token.lower] = listed
            elif short_name_in_brackets(sentence, token) and token.lower not in self.bodies:
                # "Zimbabwe Lawyers for Human Rights (ZLHR)": the short name is the body the long one names
                got = self.resolve_quietly(sentence, token.head)
                if got is not None and got[0].kind in ("group", "organisation") and got[0].sector and got[0].country:
                    self.bodies[token.lower] = replace(got[0], name=got[0].name or token.text, span=None)
                elif got is not None and (body := national_body(sentence, token.head, got[0])) is not None:
                    # "The Solomon Islands Nurses Association (SINA) ... the SINA executive ... The association":
                    # a country's name opening a body's name of a kind, of people of a sector, is that body
                    self.bodies[token.lower] = body
                    self.kinds.setdefault(sentence.tokens[token.head].lemma.lower(), body)
                elif (got is None or got[0].kind == "country") and (
                        kind := kind_word_of_bracketed_name(sentence, token.i, KIND_NOUNS)) is not None and (
                        (named_body := self.resolve_quietly(sentence, kind)) is not None
                        and named_body[0].kind == "group" and named_body[0].sector and named_body[0].country):
                    # "the African Party for the Independence of Cape Verde (PAICV)": the short name hung on the
                    # place that ends the long name is the body the name's word of its kind heads
                    self.bodies[token.lower] = replace(named_body[0], name=named_body[0].name or token.text,
                                                       span=None)

    def body_told_again(self, sentence: Sentence, phrase: list[Token], head: int) -> Actor | None:
        """The remembered body a bare name ("Libre"), its owner's name ("Libre's leadership") or "the KIND"
        stands for, or None."""
        token = sentence.tokens[head]
        if token.pos == "NOUN" and speaks_for_its_body(token) and (kind := owning_kind(sentence, head)) is not None:
            # "the council's president", "the Fund's team": of the international body told as that kind, before in
            # the sentence ("An International Monetary Fund mission ended talks ..., after the Fund's team pressed
            # ...") or before it. Of a state's bodies, only one whose own name ended in its kind: a state's own
            # body's people are the story's country's already, and "the party's spokesman" after two parties may be
            # either's (tried: one wrong more, none right, on the report halves)
            told = next((replace(m.actor, span=None) for m in reversed(self.mentions.get(sentence.index, []))
                         if m.end <= head and m.actor.kind == "organisation" and m.actor.sector == "IGO"
                         and sentence.tokens[m.end - 1].lemma.lower() == kind and m.end - m.start >= 2), None)
            if told is None and kind in self.kinds and (self.kinds[kind].sector == "IGO" or kind in NAMED_BODY_HEADS):
                told = self.kinds[kind]
            if told is not None:
                return told
        owner = next((c for c in sentence.children(head) if c.dep == "poss" and c.pos == "PROPN"), None)
        if owner is not None and token.pos == "NOUN":
            return self.bodies.get(owner.text.lower())
        words = [t for t in phrase if t.dep not in ("det", "case", "punct")]
        if token.pos == "PROPN" or is_acronym_word(token):
            run = [t for t in words if t.i <= head and (t.pos == "PROPN" or is_acronym_word(t))]
            told = self.bodies.get(" ".join(t.text for t in run).lower()) if run else None
            if told is None and [t.lower for t in phrase if t.dep != "case"] == ["the", token.lower]:
                # "the European Commission ... the Commission", written with a capital
                told = self.kinds.get(token.lemma.lower())
            return told
        run = [t for t in words if t.i < head and t.dep == "compound" and t.pos == "PROPN"]
        if token.pos == "NOUN" and run and (told := self.bodies.get(" ".join(t.text for t in run).lower())):
            return told  # "a Defence Force patrol"
        if (token.pos == "NOUN" and len(run) == 1 and speaks_for_its_body(token)
                and (told := self.kinds.get(run[0].lemma.lower())) is not None and told.sector == "IGO"):
            return told  # "the European Commission ... A Commission spokeswoman said": the body's, not the state's
        if [t.lower for t in phrase if t.dep != "case"] == ["the", token.lower] and token.pos == "NOUN":
            # "the council", and "the council's" when the council owns what is aimed at ("rejected the council's
            # calls")
            return self.kinds.get(token.lemma.lower())
        return None


FORCE = "force"  # the police told again ("the force said")
# the people an international body sends, told again by their noun ("the mission", "the observers")
SENT_PEOPLE_NOUNS = frozenset({"mission", "delegation", "team", "observer", "monitor"})
# people a story tells by nationality before it names them ("a Russian businessman ... Oleg Varlamov")
NEWCOMER_NOUNS = frozenset({"businessman", "businesswoman", "blogger", "vlogger", "activist", "dissident", "man",
                            "woman", "national", "citizen", "journalist", "reporter", "student", "tourist", "lawyer",
                            "critic", "banker", "tycoon", "oligarch", "hacker", "scientist",
                            "researcher", "academic", "worker", "fisherman", "sailor", "pilot", "priest", "cleric",
                            "engineer", "teacher", "doctor", "nurse", "missionary", "photographer", "filmmaker",
                            "writer", "consultant", "contractor", "executive", "employee", "hiker"})
# the kinds a body's own name may end in, with a capital, that the story then tells it by ("the Independent Electoral
# Commission ... the commission")
NAMED_BODY_HEADS = frozenset({"commission", "council", "committee", "authority", "agency", "board", "tribunal"})
# a state's bodies told again by their kind noun alone ("the ministry"), whichever state's they were
STATE_BODY_KINDS = frozenset({"ministry", "department"})


def speaks_for_its_body(token: Token) -> bool:
    """A noun for people who act for the body that owns them: its head or spokesman ("the council's president",
    "the commission's secretary general"), its members or its team ("the Fund's team"); not its things ("the
    commission's headquarters", "the bloc's auspices")."""
    return titles_one_person(token) or token.lemma.lower() in BODY_PEOPLE


def initials(sentence: Sentence, mention: Mention) -> str | None:
    """The lower-cased initials of a body's name of three words or more written with capitals ("Kachin
    Independence Army": "kia"; "of" and "the" left out), or None."""
    words = [t.text for t in sentence.tokens[mention.start:mention.end] if t.lower not in ("of", "the", "and", "for")]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words).lower()


def owning_kind(sentence: Sentence, head: int) -> str | None:
    """The kind noun of the owner a phrase is told by, when the owner is only "the KIND's" ("the council's
    president", "the Fund's team"), or None."""
    owner = next((c for c in sentence.children(head) if c.dep == "poss"), None)
    if owner is None or owner.pos not in ("NOUN", "PROPN"):
        return None
    others = [c for c in sentence.children(owner.i) if c.dep != "case"]
    if len(others) != 1 or others[0].lower != "the" or others[0].i != owner.i - 1:
        return None
    return owner.lemma.lower()


def organ_of(sentence: Sentence, mention: Mention) -> str | None:
    """The kind noun of the organ a body's name opens ("the African Union's Peace and Security Council": council),
    written with a capital as a name is, or None."""
    owner = sentence.tokens[mention.head]
    if owner.dep not in ("poss", "compound") or owner.head == owner.i:
        return None
    organ = sentence.tokens[owner.head]
    kind = organ.lemma.lower()
    return kind if organ.text[:1].isupper() and kind in LISTED_KINDS else None


# the nouns of kind by which a listed body is told again ("the council", "the commission"); not "the court", which
# in a story of one country is its own
LISTED_KINDS = KIND_NOUNS | {"commission", "tribunal", "agency", "bureau", "fund"}
# people who act for the body that owns them, besides those a title names ("the council's president")
BODY_PEOPLE = MEMBER_WORDS | BODY_TITLES | frozenset({
    "team", "mission", "negotiator", "representative", "deputy", "lawyer", "executive", "general", "secretary-general",
    "chair", "director", "leadership"})
# the kinds of listed body a later first word of the name stands for; not a state's bodies or the blocs, whose first
# words ("United", "National", "European") stand for much else
SHORT_NAMED_SECTORS = frozenset({"PTY", "OPP", "REB", "NGO", "HRI", "LAB", "REL"})
# first words of party names that are words of any party's name, never one party's short name
COMMON_NAME_WORDS = frozenset({"united", "national", "democratic", "social", "socialist", "liberal", "people",
                               "peoples", "new", "progressive", "popular", "republican", "conservative", "green",
                               "free", "communist", "workers", "movement", "party", "front", "union", "the"})


def listed_body_by_first_name(sentence: Sentence, token: Token, mentions: list[Mention]) -> Actor | None:
    """The listed party or group whose name, of two or more proper nouns, opens with this word: "Plaid" of "Plaid
    Cymru", "Alliance" of "the Alliance Party". None for a word that opens many names ("National", "United") and for
    states' bodies and blocs."""
    if token.pos != "PROPN" or len(token.text) < 4 or not token.text[0].isupper() or token.lower in COMMON_NAME_WORDS:
        return None
    found = next((m for m in mentions if m.start == token.i and m.end - m.start >= 2), None)
    if found is None or found.actor.kind != "organisation" or found.actor.sector not in SHORT_NAMED_SECTORS:
        return None
    if not found.actor.country or any(t.pos != "PROPN" for t in sentence.tokens[found.start:found.end]):
        return None
    return replace(found.actor, text=token.text, span=None)


def national_body(sentence: Sentence, head: int, actor: Actor) -> Actor | None:
    """The body a long name opened by its country's name stands for, when its head is the noun of a body's kind and
    the knowledge base read its people's sector, not a state's ("the Solomon Islands Nurses Association": nurses of
    the Solomon Islands, a body); else None."""
    token = sentence.tokens[head]
    if (actor.kind != "country" or not actor.country or actor.sector is None or actor.sector in DOMESTIC_SECTORS
            or token.pos != "PROPN" or token.lemma.lower() not in KIND_NOUNS):
        return None
    return replace(actor, kind="group", span=None)


def short_name_in_brackets(sentence: Sentence, token: Token) -> bool:
    """A body's short name set in brackets after its long name: "(ZLHR)", "(KontraS)", "(CDD)"."""
    return (token.dep == "appos" and token.head != token.i and alone_in_brackets(sentence, token.i)
            and (token.pos == "PROPN" or is_acronym_word(token)) and any(ch.isupper() for ch in token.text[1:]))


def name_after_country(sentence: Sentence, mention: Mention) -> tuple[int, str] | None:
    """A country's name that opens a longer capitalised name ("the Botswana Defence Force", "Kenya Defence Forces"):
    the longer name's head and its words after the country's, or None."""
    if mention.actor.kind != "country" or not mention.actor.country or mention.end >= len(sentence.tokens):
        return None
    head = sentence.tokens[mention.head].head
    rest = sentence.tokens[mention.end:head + 1] if head >= mention.end else []
    if not rest or len(rest) > 4 or not all(t.pos == "PROPN" and t.text[:1].isupper() for t in rest):
        return None
    return head, " ".join(t.text for t in rest)
