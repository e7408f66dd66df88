"""Actor resolution: mentions of people, states and organisations, resolved to codes.

:class:`~dyadwatch.coder.mentions.ActorIndex` turns the knowledge base (``dyadwatch.coder.kb``) into a
phrase index once per pipeline. :class:`ArticleActors` walks one article in order, finds the mentions of
each sentence (``coder/mentions.py``), and resolves an argument of a predicate (a token of the parse) to an
:class:`~dyadwatch.records.Actor`, following pronouns, titles ("the US president") and pairs
("the two leaders") to the actors in play in that article only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from ..records import Actor, Mention, Sentence, Token, Warning
from .actorwords import (
    BODY_LABELS,
    BODY_TITLES,
    ENVOY_WORDS,
    FAITH_WORDS,
    FORMER_WORDS,
    KIN_NOUNS,
    MEMBER_WORDS,
    OWNED_BODY_NOUNS,
    OWNER_PRONOUNS,
    PERSON_PRONOUNS,
    PLACE_PREPOSITIONS,
    PRIVATE_BODY_NOUNS,
    PRIVATE_PEOPLE_NOUNS,
    RIVAL_NOUNS,
    SPOKES_WORDS,
    STATE_BODY_NOUNS,
    STATE_BODY_WORDS,
    TITLE_WORDS,
    UNIT_NOUNS,
    kind_in_apposition,
    titles_one_person,
)
from .asides import charge_on_object
from .gender import agrees
from .held_objects import object_before_clause, object_of_first_verb
from .homenames import (
    body_seated_in_story,
    find_home_names,
    home_namesake,
    seat_as_body,
    shared_party_at_home,
    shared_state_name_at_home,
    state_of_story,
)
from .longer_names import ListedBodyNames, bracketed_short_name
from .mentions import ActorIndex, find_mentions, mention_rank, unlisted_full_names
from .nationalities import branch_country, nationality_shared, nationality_told_after
from .phrases import (
    CLAUSE_COMMAS,
    is_gathering,
    name_after_fronted_place,
    name_after_title,
    names_someone,
    noun_phrase,
    of_object,
    prep_object,
    surname,
    words_text,
)
from .placing import body_of_origin
from .pronouns import (
    OBJECT_DEPS,
    PLURAL_PRONOUNS,
    addressed_body,
    bloc_before,
    body_above,
    body_before,
    coordinated_above,
    country_above,
    first_person,
    its_members,
    joined_partners,
    named_above,
    object_antecedent,
    of_two_countries,
    person_antecedent,
    sentence_object,
    sentence_subject,
    share_of_told_group,
    speaker_body,
    subject_above,
    title_above,
    two_parties,
)
from .speakers_state import national_government_of_speaker, own_government_above, state_body_of_speaker
from .titles import described_body, people_noun, told_body_noun
from .unlisted import UnlistedParties


@dataclass
class ArticleActors(UnlistedParties):
    """Resolution state for one article: the actors in play, in the order they appeared."""

    index: ActorIndex
    day: date | None
    last_person: Actor | None = None
    # the one told by a title whom a pronoun of the sentence stood for ("the minister said she had asked ...")
    titled_referent: dict[int, Actor] = field(default_factory=dict)
    previous: Sentence | None = None  # the sentence coded last: its plural subject is the next one's "they"
    recent: list[Actor] = field(default_factory=list)
    mentions: dict[int, list[Mention]] = field(default_factory=dict)
    people: dict[str, Actor] = field(default_factory=dict)
    warnings: list[Warning] = field(default_factory=list)
    story: str | None = None  # the country the article is about, once its mentions are read
    # people with a role the knowledge base does not list, resolved in a sentence ("VHP leader Ashok
    # Singhal"): (head token, actor), for the next sentence's "he"
    heard: dict[int, list[tuple[int, Actor]]] = field(default_factory=dict)
    # who is speaking in the sentence being coded (``speaking``): the one its "I" and "we" stand for
    voice: Actor | None = None
    voice_at: int = -1
    # the ones told by a title ("a Chinese foreign ministry spokesperson"), by the title's word: sentence, actor
    titled: dict[str, list[tuple[int, Actor]]] = field(default_factory=dict)
    # people named once as an international body's officer ("NATO Secretary General Mark Rutte"), by name: the body's
    # party they stay in this article when named again without the title ("Rutte said he ...")
    officers: dict[str, Actor] = field(default_factory=dict)
    seeking: bool = False  # inside ``governed_country``'s resolution of an object
    # the acts told in the sentences coded so far (``dyadwatch.coder.actowners``)
    acts: list[tuple[int, str, Actor, frozenset[str]]] = field(default_factory=list)
    pair: tuple[Actor, Actor] | None = None  # the two countries the article is about, when two stand out
    sides: tuple[Actor, Actor] | None = None  # the two parties of the last act two did together ("the two sides")
    # bodies the knowledge base lacks, told with the noun of their kind (``BodyMemory``): by name and by kind
    bodies: dict[str, Actor] = field(default_factory=dict)
    kinds: dict[str, Actor] = field(default_factory=dict)
    counted: dict[str, Actor] = field(default_factory=dict)
    named_in_full: dict[str, Actor] = field(default_factory=dict)  # people named in full so far, by surname
    listed_names: ListedBodyNames = field(default_factory=ListedBodyNames)  # "The Forum's mission", "the APC"
    others_in_full: set[str] = field(default_factory=set)  # last words of names of two words or more, not listed
    # one person told by nationality and no name ("a Kazakh video blogger"), with the sentence that told them: the
    # person named next with no role of their own is that one (``PersonMemory.newcomer``)
    introduced: tuple[int, Actor] | None = None
    # short names the article gives in brackets to names the knowledge base lacks ("Progressive Reform Party (VHP)"):
    # a listed body of that short name is not the one told again
    own_short_names: set[str] = field(default_factory=set)
    sharing: set[tuple[int, int]] = field(default_factory=set)  # shares of a group ("several of them") being resolved

    def read(self, sentence: Sentence) -> list[Mention]:
        """Find the sentence's mentions; call once per sentence, in order. A country's name that is the surname of
        a person the article has named ("Prime Minister Luis Montenegro ... the walkout leaves Montenegro with an
        awkward choice") is that person."""
        found = [namesake_of_person(m, self.named_in_full)
                 for m in find_mentions(sentence, self.index, self.day)]
        self.own_short_names.update(t.text for t in sentence.tokens if bracketed_short_name(sentence, t.i) and not any(
            m.start <= t.i < m.end for m in found) and self.index.lookup([t]))
        found = [m for m in found if m.end - m.start > 1 or sentence.tokens[m.start].text not in self.own_short_names]
        # "the mayor, Rubén Darío Aquino ... Aquino said": a listed person named by a surname another person the
        # article has named in full bears is that other person, not the listed one (Benigno Aquino III)
        others = self.others_in_full - set(self.named_in_full)
        found = [m for m in found if not (m.actor.kind == "person" and m.end - m.start == 1
                                          and surname(sentence.tokens[m.start].text) in others)]
        found = self.listed_names.named_again(sentence, found)
        self.mentions[sentence.index] = found
        for m in found:  # the people named in full so far, by surname (the latest one of a surname)
            if m.actor.kind == "person" and m.actor.name and " " in m.actor.name:
                self.named_in_full[surname(m.actor.name)] = m.actor
        self.others_in_full.update(unlisted_full_names(sentence, found, self.index))
        return found

    def read_home_names(self, sentences: Sequence[Sentence]) -> bool:
        """Once the story's country is known: add its home names ("the centre" in Indian news) to the
        mentions of each sentence, give a party named as parties of the story's country are too ("Labour" in
        an Irish story) the story's country, and leave a capital that names a city of the story's country too
        ("Tripoli" in a Lebanese story) to be read as a place there. Returns whether such a capital was left. First, in
        any story, a capital that is the seat of a body the story names is that body (:data:`BODY_SEATS`)."""
        bodies = body_seated_in_story(self.mentions, self.story)
        for sentence in sentences:
            self.mentions[sentence.index] = [seat_as_body(m, bodies) for m in self.mentions.get(sentence.index, [])]
        if self.story is None:
            return False
        left = False
        for sentence in sentences:
            mentions = self.mentions.get(sentence.index, [])
            kept = [m for m in mentions if not home_namesake(m, self.story, self.index.places)]
            left = left or len(kept) < len(mentions)
            taken = [shared_state_name_at_home(shared_party_at_home(m, self.story), self.story) for m in kept]
            extra = find_home_names(sentence, self.index.home_names, self.story, taken)
            self.mentions[sentence.index] = sorted([*taken, *extra], key=lambda m: m.start) if extra else taken
        return left

    def fronted_person(self, sentence: Sentence) -> Actor | None:
        """The person named after a place fronted before the sentence's root (:func:`name_after_fronted_place`)."""
        root = next((t for t in sentence.tokens if t.head == t.i and t.pos == "VERB"), None)
        name = name_after_fronted_place(sentence, root.i) if root is not None else None
        actor = self.resolve_actor(sentence, name.i) if name is not None else None
        return actor if actor is not None and actor.kind == "person" and actor.country else None

    def after(self, sentence: Sentence) -> None:
        """Update the actors in play once the sentence has been coded."""
        self.meet_people(sentence)
        self.meet_bodies(sentence)
        self.meet_newcomer(sentence)
        subject_people = []
        for m in self.mentions.get(sentence.index, []):
            if m.actor.kind == "person":
                if m.actor.name:
                    self.people.setdefault(surname(m.actor.name), m.actor)
                tok = sentence.tokens[m.head]
                if tok.dep in ("nsubj", "nsubjpass"):
                    subject_people.append(m.actor)
                elif self.last_person is None:
                    self.last_person = m.actor
            if m.actor.country:
                self.recent.append(m.actor)
        heard_subjects = [actor for head, actor in self.heard.get(sentence.index, ())
                          if sentence.tokens[head].dep in ("nsubj", "nsubjpass")]
        if subject_people:
            self.last_person = subject_people[0]
        elif (fronted := self.fronted_person(sentence)) is not None:
            # "In Canberra, Pat Conroy, Australia's minister ..., said ...  He urged Tarawa": the name the parser
            # joined to the fronted place is the root's subject, and the next "he"
            self.last_person = fronted
        elif (referent := self.titled_referent.get(sentence.index)) is not None:
            # "the minister said she had asked MAST ... She rejected calls": the one a pronoun stood for is the next
            # "she", not a named person of an earlier sentence
            self.last_person = referent
        elif heard_subjects and not self.named_again(heard_subjects[0]):
            self.last_person = heard_subjects[0]  # "VHP leader Ashok Singhal said ... He added ..."
        elif (titled := self.titled_subject(sentence)) is not None and not self.named_again(titled):
            # "the Ivorian government's spokesman called the accusations unfounded ... He called on Ouagadougou": one
            # told by a title as the sentence's subject is the next "he", though no act of the sentence was theirs
            self.last_person = titled
        elif (unknown := self.unlisted_subject(sentence)) is not None:
            # "Bislimi rejected the demand ... He accused Belgrade": a person the knowledge base lacks, of no role
            # the text told, is still the one "he" means next, not whoever was named before
            self.last_person = unknown
        elif not any(m.actor.kind == "person" for m in self.mentions.get(sentence.index, [])) and (
                held := self.unlisted_subject(sentence, ("dobj",))) is not None:
            self.last_person = held  # "Security officers arrested al-Mahmood ... charged him": the one held
        elif self.last_person is None:
            people = [m.actor for m in self.mentions.get(sentence.index, []) if m.actor.kind == "person"]
            if people:
                self.last_person = people[-1]
        del self.recent[:-20]
        self.previous = sentence

    def speaking(self, sentence: Sentence, reporter: Actor | None) -> None:
        """Who the sentence's "I" and "we" stand for: the speaker its speech verb or quote names
        ("Hugh Lanning said: we are asking them to negotiate"); in a sentence with no speaker of its own, the
        previous sentence's, since a quote runs on ("Mr Brown said: ... . I congratulate Paul ..."; archives
        that strip quotation marks leave nothing else to tell). A sentence with neither has no voice."""
        if reporter is not None:
            self.voice = reporter
        elif self.voice_at != sentence.index - 1:
            self.voice = None
        self.voice_at = sentence.index

    def resolve_actor(self, sentence: Sentence, head: int) -> Actor | None:
        got = self.resolve(sentence, head)
        return got[0] if got else None

    def resolve(self, sentence: Sentence, head: int) -> tuple[Actor, tuple[Actor, ...]] | None:
        """The actor an argument head stands for, and the parties of a compound actor.

        The actor's ``text`` and ``span`` are the words of the sentence that name it.
        """
        token = sentence.tokens[head]
        if (token.lower == "it" and token.pos == "PRON") or its_members(sentence, token):
            # the body's own words ("Ethiopia said it would allow ...", "the union said its members would strike")
            body = body_above(sentence, head, self.resolve_actor) or body_before(
                sentence, head, self.previous, self.resolve_actor) or addressed_body(sentence, head, self.resolve_actor)
            return (body, ()) if body is not None else None
        if (state := country_above(sentence, head, self.resolve_actor)) is not None:
            return state, ()  # "Bosnia's foreign minister said the country would file a complaint"
        if (speakers := speaker_body(sentence, head, self.resolve_actor)) is not None:
            return speakers, ()  # "The Caribbean Community said that the bloc stands with Guyana"
        if (bloc := bloc_before(sentence, head, self.mentions)) is not None:
            return replace(bloc, text=token.text, span=None), ()  # "the bloc's secretary-general", a sentence on
        if (counted := self.counted_again(sentence, head)) is not None:
            return counted, ()  # "Police released all 14 on bail": the 14 arrested
        if token.lower == "one" and (told := next((c for c in sentence.children(head) if c.dep == "appos"), None)):
            head, token = told.i, told  # "One of them, an independent lawmaker from Basra, urged ...": the lawmaker
        elif (group := share_of_told_group(sentence, token)) is not None and (sentence.index, head) not in self.sharing:
            self.sharing.add((sentence.index, head))  # "several of them accused": those told before, not the share
            try:
                return self.resolve(sentence, group.i)
            finally:
                self.sharing.discard((sentence.index, head))
        charge = charge_on_object(sentence, head)  # "accused the company of negligence": no party's words
        if token.lemma.lower() in UNIT_NOUNS and not charge:
            force = of_object(sentence, head)
            if force is not None:
                head, token = force.i, force
        if token.lemma.lower() in OWNED_BODY_NOUNS and token.pos == "NOUN":
            # "Lee's office", "Trump's administration": the person's own body acts as the person does
            pronoun_owned = token.lemma.lower() not in STATE_BODY_NOUNS  # "his office", not "his government"
            owner = next((c for c in sentence.children(head) if c.dep == "poss" and (
                c.pos == "PROPN" or (pronoun_owned and c.lower in OWNER_PRONOUNS))), None)
            spoken_for = owner is None and token.lemma.lower() in SPOKES_WORDS
            if spoken_for:
                owner = prep_object(sentence, head, "for")  # "a spokesman for UN Secretary-General Antonio Guterres"
            person = self.resolve_actor(sentence, owner.i) if owner is not None else None
            if owner is not None and person is not None and (person.kind == "person" or spoken_for) and (
                    person.country or person.sector == "IGO"):
                head, token = owner.i, owner
        if (two := self.people_of_two(sentence, token)) is not None:
            return two  # "after Anwar hosted their leaders": the two neighbours' leaders
        pronoun = token.lower in PERSON_PRONOUNS | PLURAL_PRONOUNS or first_person(token)
        words = [token] if pronoun else [t for t in noun_phrase(sentence, head) if t.i not in charge]
        if not pronoun and (origin := body_of_origin(sentence, head, self.mentions.get(sentence.index, []))):
            words = sorted({t.i: t for t in [*words, *origin]}.values(), key=lambda t: t.i)  # "observers from the UN"
        got = self._resolve(sentence, head, words) or self.people_of_owner(sentence, token, words) or (
            state_of_story(token, words, self.story))
        if got is None:
            return None
        actor, parties = got
        self.remember_sent_people(token, actor)
        self.remember_counted(sentence, head, actor)
        here = self.mentions.get(sentence.index, [])
        if actor.kind == "group" and actor.country_source in ("story", "nearby") and (
                shared := nationality_shared(sentence, token, here)) is not None:
            actor = replace(actor, country=shared.country, country_source=shared.country_source)
        if actor.kind == "group" and actor.country_source in ("story", "nearby", None) and (
                told := nationality_told_after(sentence, token, here)) is not None:
            actor = replace(actor, country=told.country, country_source=told.country_source)  # "most of them Syrians"
        if actor.country is None and actor.sector != "IGO" and (branch := branch_country(sentence, token, here)):
            actor = replace(actor, country=branch)  # "Amnesty International's Finnish section"
        actor = own_government_above(sentence, head, actor, self.resolve_actor)  # lawmakers' "the government"
        actor = state_body_of_speaker(sentence, head, actor, self.resolve_actor)  # "the Taliban said customs had"
        actor = national_government_of_speaker(sentence, head, actor, self.resolve_actor)  # a governor's
        if actor.kind == "organisation" and actor.sector == "PTY" and actor.country is None and self.story:
            # "the Social Democrats", "the Greens": a party name many countries share is the story's country's
            actor = replace(actor, country=self.story, country_source="story")
        lowered = {t.lower for t in words}
        holder = sentence.tokens[token.head]
        if (actor.kind == "country" and token.dep == "pobj" and holder.lower in PLACE_PREPOSITIONS
                and actor.sector == "GOV" and self.index.sector_of([token.lemma.lower()]) is None):
            actor = replace(actor, sector="CVL")  # "fighting in Baghdad": the city and its people
        # one person told by a title ("the seer", "the former chief minister"), as a person told by name
        # ... or by a title and a country ("his Kazakh counterpart", "the Chinese ambassador")
        titled_one = actor.kind in ("group", "country") and titles_one_person(token)
        if token.lemma.lower() in KIN_NOUNS and any(c.dep == "poss" for c in sentence.children(token.i)):
            # "the prime minister's wife", "the president's son": a relative of the holder, not the office
            actor = replace(actor, sector="CVL", kind="person")
        elif lowered & FORMER_WORDS and (actor.kind == "person" or (titled_one and actor.sector == "GOV")):
            actor = replace(actor, sector="ELI")
            if actor.kind == "person" and actor.name and (known := self.people.get(surname(actor.name))) is not None \
                    and known.name == actor.name and known.sector == "GOV":
                # "former Bihar chief minister Jagannath Mishra ... Mishra charged": the later "Mishra" is the
                # same man of no office, not the government his old title named
                self.people[surname(actor.name)] = actor
        elif actor.kind == "person" and lowered & TITLE_WORDS:
            self.check_term(actor, sentence.index)
            actor = self.with_title_sector(sentence, head, words, actor)
            if self.index.out_of_office(actor.name, self.day) and self.party_in(sentence, words):
                actor = replace(actor, sector="PTY")  # "SDS leader Janez Janša", out of office: his party's
        elif actor.kind == "person" and self.index.out_of_office(actor.name, self.day):
            # PLOVER's ELI: people of government who have left their post by the date (Sharon in 2000); before
            # their first listed term they may hold a post the knowledge base does not list (Modi, chief
            # minister in 2002): their kind is unknown
            actor = replace(actor, sector="ELI" if self.index.former_holder(actor.name, self.day) else None)
        elif actor.sector is None and actor.country and token.tag in ("NNPS", "NNS") and any(
                c.kind == "adjective" for c in self.index.lookup([token])):
            actor = replace(actor, sector="CVL")  # "Libyans", "Bosnian Serbs": people, not the state
        elif (actor.sector is None and actor.kind == "country" and actor.country and token.tag == "NNS"
              and token.lemma.lower() in PRIVATE_PEOPLE_NOUNS):
            actor = replace(actor, sector="CVL")  # "the boat's two Lebanese crew members": people, not the state
        if actor.kind == "person" and actor.name in self.index.terms and not lowered & FORMER_WORDS and (
                body := self.title_body(sentence, head, words)) is not None:
            # "UN Secretary-General Antonio Guterres", "NATO Secretary General Mark Rutte": one who speaks for an
            # international body is of that body (its code, when the knowledge base lists them under it: "UNO")
            own = actor.sector == "IGO" and actor.country is not None
            actor = replace(actor, country=actor.country if own else body.country, sector=body.sector,
                            country_source=actor.country_source if own else body.country_source)
            self.officers[actor.name or ""] = actor
        elif actor.kind == "person" and (officer := self.officers.get(actor.name or "")) is not None:
            actor = replace(actor, country=officer.country, sector=officer.sector,
                            country_source=officer.country_source)
        if words and words[0].dep == "det" and len(words) > 1:
            words = words[1:]
        while len(words) > 1 and words[-1].text in CLAUSE_COMMAS:
            words = words[:-1]  # "Turkey, which occupies ...,": the commas around a clause name no one
        while len(words) > 1 and words[0].text in CLAUSE_COMMAS:
            words = words[1:]  # "In Managua, Co-President Rosario Murillo ...": the comma after a fronted place
        text, span = words_text(sentence, words)
        actor = replace(actor, text=text, span=span)
        if titles_one_person(token) and actor.country and token.pos == "NOUN":
            self.titled.setdefault(token.lower, []).append((sentence.index, actor))  # for a later "the TITLE"
        if actor.country and actor.country_source is None and (body := told_body_noun(words)) is not None:
            self.titled.setdefault(body, []).append((sentence.index, actor))  # for "the ministry" next
        if actor.country and actor.country_source is None and (described := described_body(words, token)) is not None:
            self.titled.setdefault(described, []).append((sentence.index, actor))  # for "the military government"
        if actor.country and actor.sector and (people := people_noun(token)) is not None:
            self.titled.setdefault(people, []).append((sentence.index, actor))  # "BJP workers", then "the workers"
        # "the seer said ... He added", "the minister ... he": a later "he" may stand for either
        if (actor.kind == "person" or titled_one) and actor.sector is not None and token.lower not in PERSON_PRONOUNS:
            self.heard.setdefault(sentence.index, []).append((head, actor))
        return actor, parties

    def _resolve(self, sentence: Sentence, head: int, phrase: list[Token]
                 ) -> tuple[Actor, tuple[Actor, ...]] | None:
        token = sentence.tokens[head]
        if token.lower in PERSON_PRONOUNS:
            p = self.antecedent(sentence, head)
            if p is None:
                return None
            return Actor(token.text, p.name, p.country, p.sector, p.kind), ()
        if first_person(token):
            voice = self.voice if self.voice_at == sentence.index else None
            return (replace(voice, text=token.text, span=None), ()) if voice is not None else None
        if token.lower in PLURAL_PRONOUNS:
            if (both := coordinated_above(sentence, head, self.resolve_actor)) is not None:
                return Actor(token.text, None, None, both[0].sector, "group"), both  # "Peru and Chile said they"
            resolved: list[tuple[Actor, tuple[Actor, ...]]] = []  # the antecedents tried, with their parties

            def resolve_keeping(s: Sentence, i: int) -> Actor | None:
                got = self.resolve(s, i)
                if got is not None:
                    resolved.append(got)
                return got[0] if got is not None else None

            group = object_antecedent(sentence, head, self.resolve_actor)
            if group is None and self.previous is not None and token.lower == "them" and token.dep in OBJECT_DEPS:
                # an object "them" with no party before it in its sentence: the previous sentence's object first
                group = sentence_object(self.previous, self.resolve_actor)
            group = group or subject_above(sentence, head, resolve_keeping) or (
                sentence_subject(self.previous, resolve_keeping) if self.previous is not None else None)
            if group is None:
                return None
            # "the two governments have moved to repair ties. They agreed ...": both, as "the two governments" are
            both = next((parties for actor, parties in resolved if actor is group), ())
            return replace(group, text=token.text, span=None), both if of_two_countries(both) else ()
        positions = {t.i for t in phrase}
        inside = [m for m in self.mentions.get(sentence.index, []) if m.head in positions] or self.body_hung_before(
            sentence, phrase) or [  # "the bloc's secretary-general": the body the bloc stands for, as if named
            Mention(sentence.index, t.i, t.i + 1, t.i, bloc) for t in phrase
            if t.i != head and (bloc := bloc_before(sentence, t.i, self.mentions)) is not None][:1]
        words = [t.lemma.lower() for t in phrase]
        text = " ".join(t.text for t in phrase if t.dep != "det" or t.i != phrase[0].i)
        head_words = [token.lemma.lower()], [token.lower]  # the head noun says most: "government forces"
        lowered = [t.lower for t in phrase]  # one's title says more: "attorney general" is no general
        one = token.tag not in ("NNS", "NNPS")  # titles name one person; "security forces" keep their head
        titled = self.index.title_sector(lowered, [t.i for t in phrase].index(head)) if one else None
        sector_of = self.index.sector_of
        sector = (titled or sector_of(head_words[0]) or sector_of(head_words[1]) or sector_of(words)
                  or sector_of(lowered) or self.title_before_name(sentence, head))
        if sector is None and (kind := kind_in_apposition(sentence, head)) is not None:
            sector = sector_of([t.lower for t in noun_phrase(sentence, kind.i)])  # "Threshold, the housing charity"
        if sector in ("GOV", "MIL") and token.lemma.lower() in MEMBER_WORDS | BODY_TITLES:
            # "police officials", "opposition leaders", "police officers", "customs officers" (officers alone are the
            # army's): the people of the body their modifier names
            sector = next((s for t in phrase if t.i < head and t.dep in ("compound", "amod")
                           and (s := self.index.sector_of([t.lower])) not in (None, sector)), sector)
        if sector == "GOV" and any(t.lemma.lower() in BODY_TITLES for t in phrase):
            # "Forward Bloc leader X", "Muslim leaders", "the Congress state president", "the temple trust
            # president": the head of a party, a faith or another body, not of a government
            if any(t.lower in FAITH_WORDS for t in phrase):
                sector = "REL"
            elif self.heads_a_body(sentence, phrase, range(head, head + 1)):  # "Cabinet Chief X" heads the state's
                # the body's kind when its words tell it ("leader of the main opposition People's Party": OPP)
                sector = "OPP" if "opposition" in words else "PTY" if "party" in words else None
        if not inside:
            if (again := self.body_told_again(sentence, phrase, head)) is not None:
                return replace(again, text=text), ()  # "Libre" after "the leftist Libre party"
            # "summoned Serbia's ambassador and handed the envoy ...", but not a body whose seat the sentence names
            # ("accused Norway ... and urged the government in Reykjavik")
            held = object_of_first_verb(sentence, head)
            if (held is not None and self.located_in(sentence, head) is None
                    and (got := self.resolve_actor(sentence, held)) is not None and got.sector == sector):
                return replace(got, text=text, span=None), ()
            got = (two_parties(phrase, text, self.recent, self.pair, self.sides,
                               lambda: joined_partners(sentence, phrase, self.resolve_actor))
                   or self.unlisted(sentence, phrase, text, sector))
            self.remember_body(sentence, phrase, head, got[0] if got else None)
            return got
        people = [m for m in inside if m.actor.kind == "person"]
        best = people[0] if people else min(inside, key=lambda m: (m.head != head, mention_rank(m)))
        if best.head != head and not people and is_gathering(token):
            return None  # "the Kuala Lumpur summit", "the bloc's summit": an occasion, told by its place or host
        modifiers = [m for m in inside if m.head != head and m.actor.kind == "country" and m.actor.country]
        plural_people = sentence.tokens[head].tag in ("NNS", "NNPS")
        if best.head == head and best.actor.kind == "country" and modifiers and plural_people and not people:
            best = modifiers[0]  # "Bosnian Serbs", "Iraqi Kurds": people of the country that modifies them
        elif (best.head != head and best.actor.sector == "IGO" and modifiers and not people
              and token.lemma.lower() in ENVOY_WORDS):
            best = modifiers[0]  # "Sudan's U.N. ambassador": a country's envoy to the body, not the body's
        actor = best.actor
        if actor.kind == "organisation" and actor.sector == "PTY" and not people and (
                home := next((m.actor.country for m in modifiers if m.actor.country != actor.country), None)):
            # "Germany's Social Democrats", "France's Republicans": a party named as another country's is that
            # country's party, whatever party of the name the knowledge base lists
            taken = {t.i for m in modifiers for t in sentence.tokens[m.start:m.end]}
            name = " ".join(t.text for t in phrase if t.i not in taken and t.dep not in ("case", "det"))
            return Actor(text, name, home, "PTY", "group"), ()
        if actor.kind == "country" and any(c.lower == "ethnic" for c in sentence.children(head)):
            # "ethnic Albanians in south Serbia": people of the country they live in
            home, source = self.placed_or_near(sentence, head, {m.head for m in inside})
            if home is not None:
                actor = Actor(actor.text, None, home, sector or "CVL", "group", country_source=source)
        if actor.kind != "person":
            person = next((e for e in sentence.entities if (names_someone(sentence, e)
                                                             or name_after_title(sentence, e, head))
                           and positions & set(range(e.start, e.end))
                           and not any(m.start <= e.start < m.end for m in inside)), None)
            named = person.text if person is not None else (
                self.index.titled_name(sentence, phrase, head)
                if actor.kind == "organisation" and not any(m.start <= head < m.end for m in inside) else None)
            if named is not None:
                # "VHP leader Ashok Singhal"; "shiv sena leader uddhav thackeray", a name after a party's title
                # that lower-cased news leaves without an entity
                # ... a state's person is of its government by a title only ("the Praia chef Adilson Semedo": no one's)
                found = Actor(text, named, self.body_code(actor), actor.sector if actor.kind == "organisation"
                              else sector or ("GOV" if set(lowered) & TITLE_WORDS else None), "person")
                self.people.setdefault(surname(named), found)
                return found, ()
            body = next((e for e in sentence.entities if e.label in BODY_LABELS and e.start <= head < e.end
                         and not any(m.start <= e.start < m.end for m in inside)
                         and not any(t.lower in STATE_BODY_WORDS for t in sentence.tokens[e.start:e.end])), None)
            if (body is not None or self.unknown_name(sentence, head)) and actor.kind == "country" and (
                    best.head != head and sector is None):
                # "Taiwan's Hsinlan Electronics", "Indian chip designer Kaveri Systems": a body the knowledge base
                # lacks, of the country that modifies it; its kind is unknown, not the country's government
                return Actor(text, body.text if body is not None else token.text, actor.country, None, "group"), ()
            named_body = sentence.tokens[sentence.tokens[best.head].head]  # what the country's name modifies
            if actor.kind == "country" and best.head != head and sector is None and (
                    token.lemma.lower() in RIVAL_NOUNS or token.lemma.lower() in PRIVATE_BODY_NOUNS
                    or named_body.lemma.lower() in PRIVATE_BODY_NOUNS):
                # "an unnamed US rival", "its Chinese competitors": of the kind of whoever they rival, not the state;
                # "a rival Asmara team" (and its riders), "one N'Djamena exporter": a private body the town names
                return Actor(text, None, actor.country, None, "group"), ()
            # "the Chinese president" is the holder of a country's office; "VHP leaders", "the BJP leader" are
            # people of the body, not the head of its state
            holder = (self.title_holder(actor.country, words, sentence, head) if one and actor.kind == "country"
                      else None)
            if holder is not None:
                return Actor(text, holder.name, holder.iso3, holder.sector, "person"), ()
            if actor.kind == "organisation" and actor.sector and token.lemma.lower() in MEMBER_WORDS:
                return Actor(text, actor.name, actor.country, actor.sector, "group"), ()
            # "the U.N. envoy" speaks for the body; "the African Union's Peace and Security Council" is no labour union
            own_word = actor.sector == "IGO" and any(
                self.index.sector_of([t.lemma.lower()]) == sector for m in inside if m.head != head
                for t in sentence.tokens[m.start:m.end])
            if sector is not None and (actor.sector is None or best.head != head) and not (
                    actor.sector == "IGO" and (sector == "GOV" or own_word)):
                actor = Actor(actor.text, actor.name, actor.country, sector, actor.kind)
        self.remember_state_body_name(sentence, phrase, head, inside, actor)  # "Argentina's Energy Secretariat"
        return Actor(text, actor.name, actor.country, actor.sector, actor.kind), ()

    def unknown_name(self, sentence: Sentence, head: int) -> bool:
        """The head is a proper name of two words or more that names no place the gazetteer knows and no person
        ("Brazil's Doce Verde Ingredientes", which the parser may tag as a place)."""
        token = sentence.tokens[head]
        written_as_name = token.pos == "PROPN" or (token.pos == "NOUN" and token.text[:1].isupper())
        if not written_as_name or self.index.places is None or any(
                e.label == "PERSON" and e.start <= head < e.end for e in sentence.entities):
            return False
        name = [t for t in sentence.children(head) if t.dep == "compound" and t.pos == "PROPN" and t.i < head]
        if not name:
            return False
        words = sentence.tokens[name[0].i:head + 1]
        if any(t.lower in STATE_BODY_WORDS for t in words):
            return False  # "China's Southern Theatre Command", "Beijing's Taiwan Affairs Office": the state's own
        return self.index.places.lookup(" ".join(t.text for t in words)) is None

    def check_term(self, actor: Actor, sentence_index: int) -> None:
        """Warn (W202) when a titled person held none of their listed offices on the article's date."""
        message = self.index.term_warning(actor.name, self.day)
        if message is not None and all(w.message != message for w in self.warnings):
            self.warnings.append(Warning("W202", message, sentence_index))

    def antecedent(self, sentence: Sentence, pronoun: int) -> Actor | None:
        """A person named earlier in the same sentence (a subject first), else one told by a title who says
        the clause the pronoun is the subject of ("the governor said that he ..."), else the last one in
        play."""
        word = sentence.tokens[pronoun].lower

        def agree(actor: Actor) -> bool:  # "she" is not Daniel Ortega
            return agrees(word, actor, self.index.terms, self.index.women)

        # "arrested an Ivorian businessman and charged him", "expelled the director after she wrote"
        held = object_of_first_verb(sentence, pronoun) or object_before_clause(sentence, pronoun)
        if held is not None and (got := self.resolve_actor(sentence, held)) is not None and agree(got):
            return got
        mentions = self.mentions.get(sentence.index, [])
        if not any(m.actor.kind == "person" and m.end <= pronoun and agree(m.actor) for m in mentions):
            titled = title_above(sentence, pronoun, self.resolve_actor) or named_above(sentence, pronoun,
                                                                                        self.resolve_actor)
            if titled is not None and agree(titled):
                self.titled_referent.setdefault(sentence.index, titled)
                return titled
        return person_antecedent(sentence, pronoun, mentions, self.last_person, agree)


def namesake_of_person(mention: Mention, people: Mapping[str, Actor]) -> Mention:
    """A country named by one word that is the surname of a person named in full before (Portugal's prime minister
    Luis Montenegro, then "Montenegro"): that person, not the country."""
    actor = mention.actor
    if actor.kind != "country" or mention.end - mention.start != 1 or actor.text != actor.name:
        return mention
    person = people.get(surname(actor.text))
    return mention if person is None else replace(mention, actor=replace(person, text=actor.text, span=actor.span))
