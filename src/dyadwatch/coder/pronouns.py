"""Pronouns: whom "he", "they", "it", "I" and "we" stand for.

"he", "she", "him", "her": a person named earlier in the same sentence (a subject first), else the one
person told by a title who says the clause a subject "he" is in ("the governor said that he ...";
:func:`title_above`), else the last person in play (:func:`person_antecedent`).

An object "them" ("arrested dozens of them") stands for the nearest plural party before it in the sentence that is
not a doer of its own clause (:func:`object_antecedent`).

"MPs said they rejected the claim", "The Tories attacked the plan. They said ...": a subject "they"
(or "them") stands for a plural party, the subject of a clause above it in the same sentence
(the one who says), else the subject of the sentence before when that was a plural party. Anything
further back is not followed: a wrong "they" gives a wrong doer, and a missed one costs only the
event. People named one by one ("Xi and Trump") are not taken as one plural party: a "they" under two joined
subjects of different countries ("Peru and Chile said they had agreed") is the two, who act together
(:func:`coordinated_above`). Pure functions over the parse and a resolver; ``ArticleActors`` keeps the sentence before,
and resolves its subject only when a "they" asks (most sentences have none).

A subject "it" stands for the body that is the subject of a clause above it ("the EU announced that it
will start talks"; :func:`body_above`), never for a person or a plural, and not in "it was ...", "it
seems". "I", "we", "me" and "us" (pronouns, not "the US") stand for who is speaking: ``ArticleActors``
holds the sentence's speaker, or the previous sentence's when a quote runs on (:func:`first_person`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence

from ..records import Actor, Mention, Sentence, Token
from .actorwords import GROUP_DETERMINERS, GROUP_WORDS, ONE_PERSON_NOUNS, titles_one_person
from .phrases import name_after_fronted_place, of_object
from .subjects import subjects_of

PLURAL_PRONOUNS = frozenset({"they", "them"})
# the speaker's own words ("I urge ...", "we are asking them to negotiate"): they stand for who is speaking
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
SUBJECTS = ("nsubj", "nsubjpass")
COPULAS = frozenset({"be", "seem", "appear", "become", "remain"})

Resolver = Callable[[Sentence, int], Actor | None]


def plural_party(sentence: Sentence, head: int, actor: Actor | None) -> bool:
    """A party "they" may stand for: a group or an organisation, or a plural noun naming one."""
    if actor is None:
        return False
    if actor.kind == "organisation":
        return True
    # "MPs", "the police", "protesters", "Sierra Leone's armed forces": a plural noun for people of a role, not one
    # named person
    plural = sentence.tokens[head].tag in ("NNS", "NNPS")
    return actor.kind in ("group", "person", "country") and actor.sector is not None and plural


def subject_above(sentence: Sentence, pronoun: int, resolve: Resolver) -> Actor | None:
    """The plural party that is the subject of a clause governing the pronoun ("MPs said they ...")."""
    seen: set[int] = set()
    cur = sentence.tokens[pronoun].head
    while cur not in seen:
        seen.add(cur)
        for child in sentence.children(cur):
            if child.dep in SUBJECTS and child.i != pronoun and child.lower not in PLURAL_PRONOUNS:
                actor = resolve(sentence, child.i)
                return actor if plural_party(sentence, child.i, actor) else None
        head = sentence.tokens[cur].head
        if head == cur:
            break
        cur = head
    return None


def coordinated_above(sentence: Sentence, pronoun: int, resolve: Resolver) -> tuple[Actor, Actor] | None:
    """The two parties a subject "they" stands for when the clause governing it has two joined subjects of
    different countries ("Peru and Chile said in a joint statement that they had agreed to ..."): the two act
    together."""
    token = sentence.tokens[pronoun]
    if token.lower != "they" or token.dep not in SUBJECTS or token.head == pronoun:
        return None
    verb = sentence.tokens[token.head]
    if (verb.dep not in ("ccomp", "xcomp", "advcl") and not told_when(sentence, verb)) or verb.head == verb.i:
        return None
    # the clause above that has a subject: the governing verb, or the one a time's "when" clause hangs under
    # ("Estonia and Russia have been represented by charges d'affaires since 2023, when they expelled ...")
    above = next((a for a in sentence.ancestors(verb.i) if a.pos in ("VERB", "AUX")), None)
    if above is None:
        return None
    subject = next((c for c in sentence.children(above.i) if c.dep in SUBJECTS), None)
    if subject is None:
        return None
    joined = [c for c in sentence.children(subject.i) if c.dep == "conj"]
    if len(joined) != 1:
        return None
    first, second = resolve(sentence, subject.i), resolve(sentence, joined[0].i)
    if first is None or second is None or not first.country or not second.country or first.country == second.country:
        return None
    return first, second


def told_when(sentence: Sentence, verb: Token) -> bool:
    """A relative clause of time: "(since 2023,) when they expelled ..."."""
    return verb.dep == "relcl" and any(c.dep == "advmod" and c.lower == "when" for c in sentence.children(verb.i))


OBJECT_DEPS = frozenset({"dobj", "obj", "pobj", "dative", "iobj"})
# the object forms of a singular person pronoun ("pardoned him", "ordered her held")
OBJECT_FORMS = frozenset({"him", "her"})


def object_antecedent(sentence: Sentence, pronoun: int, resolve: Resolver) -> Actor | None:
    """The plural party an object "them" stands for: the nearest before it in the sentence that is not a doer of
    the pronoun's own clause ("police fired tear gas at hundreds of young people ... and arrested dozens of
    them": the young people, not the police). None when the pronoun is a subject or no such party comes before."""
    token = sentence.tokens[pronoun]
    if token.lower != "them" or token.dep not in OBJECT_DEPS:
        return None
    verb = next((a for a in sentence.ancestors(pronoun) if a.pos in ("VERB", "AUX")), None)
    doers = set(subjects_of(sentence, verb.i)[0]) if verb is not None else set()
    for candidate in reversed(sentence.tokens[:pronoun]):
        if (candidate.tag in ("NNS", "NNPS") and candidate.i not in doers and candidate.dep != "compound"
                and plural_party(sentence, candidate.i, actor := resolve(sentence, candidate.i))):
            return actor
    return None


def first_person(token: Token) -> bool:
    """The speaker's own pronoun: "I", "we", "me", "us" as pronouns ("the US" is a country)."""
    return token.lower in FIRST_PERSON and token.pos == "PRON"


def body_above(sentence: Sentence, pronoun: int, resolve: Resolver) -> Actor | None:
    """The body a subject "it" stands for: the subject of the nearest clause governing it, when that names a
    state, an organisation or a body of one ("the EU announced that it will start talks", "Russia said it
    would withdraw"); a person, a thing or a matter is no such body ("the minister said it was wrong")."""
    token = sentence.tokens[pronoun]
    if token.dep not in SUBJECTS or sentence.tokens[token.head].lemma.lower() in COPULAS:
        return None  # "it was wrong to ...", "it seems": an "it" that stands for nothing
    subjects = clause_subjects(sentence, pronoun)
    if not subjects:
        return None
    subject = subjects[0]
    if subject.tag in ("NNS", "NNPS") and token.head != subject.head:
        # "the Coast Guard said its ships had driven away a boat, which it accused of ...": no "it" stands for ships;
        # the subject of a clause further up may be its body
        # (the parse may take a plural modifier for a second subject: "The lands ministry said ... it would appeal")
        subject = next((x for s in governing_subjects(sentence, pronoun) for x in s if x.tag not in ("NNS", "NNPS")),
                       subject)
    if subject.pos == "PRON" and subject.lower == "it" and token.lower != "it":
        actor = resolve(sentence, subject.i)  # "It said its members of parliament would join ...": what "it" is
        return actor if is_body(actor) else None
    if subject.tag in ("NNS", "NNPS") or subject.pos == "PRON" or subject.lemma.lower() in ONE_PERSON_NOUNS:
        return None
    actor = resolve(sentence, subject.i)
    return actor if is_body(actor) else None


# nouns a speaker uses for their own state: "Bosnia's foreign minister said the country would file a complaint"
OWN_STATE_NOUNS = frozenset({"country", "nation"})


def bare_the(sentence: Sentence, head: int, nouns: frozenset[str], deps: Collection[str]) -> bool:
    """The word at ``head`` is one of ``nouns`` told with "the" alone, in one of the relations ``deps`` ("the
    country would file", "accused the government")."""
    token = sentence.tokens[head]
    return token.lemma.lower() in nouns and token.dep in deps and [
        c.lower for c in sentence.children(head)] == ["the"]


def country_above(sentence: Sentence, head: int, resolve: Resolver) -> Actor | None:
    """The state a subject "the country" stands for: that of the subject of the nearest clause governing it ("the
    foreign minister said the country would ..."), when that subject has a country; else None."""
    if not bare_the(sentence, head, OWN_STATE_NOUNS, SUBJECTS):
        return None
    subjects = clause_subjects(sentence, head)
    speaker = resolve(sentence, subjects[0].i) if subjects else None
    if speaker is None or speaker.country is None:
        return None
    token = sentence.tokens[head]
    return Actor(f"the {token.text}", None, speaker.country, "GOV", "country", (token.start, token.end),
                 country_source="speaker")


# words for a share of a group told before ("several of them accused the ministry", "some of those detained")
SHARE_WORDS = frozenset({"several", "some", "many", "most", "all", "few", "both", "each", "two", "three", "four",
                         "five", "dozens", "hundreds", "thousands"})
TOLD_GROUP_PRONOUNS = frozenset({"them", "those", "these"})


def share_of_told_group(sentence: Sentence, token: Token) -> Token | None:
    """The pronoun a share of a group is told of ("several of them"): the share acts as the group does."""
    if token.lower not in SHARE_WORDS:
        return None
    group = of_object(sentence, token.i)
    return group if group is not None and group.lower in TOLD_GROUP_PRONOUNS else None


def its_members(sentence: Sentence, token: Token) -> bool:
    """The members or the organs of a body told by "its" ("the union said its members would strike", "the union
    said its executive would attend the meeting"), who act as the body."""
    return token.lemma.lower() in BODY_ORGAN_NOUNS and any(
        c.dep == "poss" and c.lower == "its" for c in sentence.children(token.i))


# the people and organs through whom a body acts ("its members", "its executive", "its negotiators")
BODY_ORGAN_NOUNS = frozenset({"member", "executive", "leadership", "leader", "delegation", "negotiator",
                              "representative"})


def body_before(sentence: Sentence, pronoun: int, previous: Sentence | None, resolve: Resolver) -> Actor | None:
    """The body a subject "it" with no clause above it stands for: the body the previous sentence's root has as
    subject ("Ethiopia's foreign ministry rejected the complaint. In a statement, it said ... and accused Cairo");
    none for an "it" of a copula ("it was wrong") or one under a clause with a subject of its own."""
    token = sentence.tokens[pronoun]
    if (previous is None or token.dep not in SUBJECTS or sentence.tokens[token.head].lemma.lower() in COPULAS
            or clause_subjects(sentence, pronoun)):
        return None
    return body_subject(previous, resolve)


# verbs whose object is whom one addresses, told to do what an infinitive says ("urged it not to bow"): that object is
# a party, so an "it" there stands for a body ("called it a betrayal", "helped it recover" name things as often)
ADDRESS_VERBS = frozenset({"urge", "ask", "persuade", "tell", "press", "invite", "encourage", "request", "compel",
                           "oblige", "order", "implore", "exhort"})


# verbs whose object is whom one blames, told what for ("suspended the station, accusing it of broadcasting ..."):
# that object is a party too
BLAME_VERBS = frozenset({"accuse", "blame", "fault", "criticise", "criticize"})


def addressed_body(sentence: Sentence, pronoun: int, resolve: Resolver) -> Actor | None:
    """The body an object "it" of a verb of urging or asking, or of blaming for something, stands for: the nearest
    body before it in the sentence that is not among the verb's doers ("the town council wrote to the ministry urging
    it not to bow to pressure": the ministry, not the council; "the regulator suspended the station, accusing it of
    ...": the station)."""
    token = sentence.tokens[pronoun]
    if token.lower != "it" or token.dep not in ("dobj", "obj"):
        return None
    verb = sentence.tokens[token.head]
    if verb.pos != "VERB" or not (
            (verb.lemma.lower() in ADDRESS_VERBS and any(c.dep == "xcomp" for c in sentence.children(verb.i)))
            or (verb.lemma.lower() in BLAME_VERBS and any(
                c.dep == "prep" and c.lower in ("of", "for") for c in sentence.children(verb.i)))):
        return None
    doers = {t.i for d in subjects_of(sentence, verb.i)[0] for t in sentence.subtree(d)}
    for candidate in reversed(sentence.tokens[:pronoun]):
        if candidate.i in doers or candidate.dep == "compound" or candidate.tag not in ("NN", "NNP"):
            continue
        actor = resolve(sentence, candidate.i)
        if is_body(actor):
            return actor
    return None


def is_body(actor: Actor | None) -> bool:
    """A state, an organisation, or a body of one (a group with a sector, or one the text names, "the Competition
    Council"): what "it" and "its" stand for."""
    return actor is not None and (actor.kind in ("organisation", "country") or (
        actor.kind == "group" and (actor.sector is not None or actor.name is not None)))


def title_above(sentence: Sentence, pronoun: int, resolve: Resolver) -> Actor | None:
    """The one person told by a title who is the subject of the clause governing a subject "he" or "she":
    "the governor said that he had held talks", "the minister said she would resign" (the governor, the
    minister), whoever else is in play. Not a "him" or "her" ("the judge ordered him held": not the judge)."""
    token = sentence.tokens[pronoun]
    if token.dep not in SUBJECTS or token.lower in OBJECT_FORMS:
        return None
    # a parse may take a fronted gerund for a second subject ("briefing on ..., the governor said")
    titled = next((c for c in clause_subjects(sentence, pronoun) if titles_one_person(c)), None)
    actor = resolve(sentence, titled.i) if titled is not None else None
    return actor if actor is not None and actor.sector is not None else None


def owner_above(sentence: Sentence, phrase: Sequence[Token], resolve: Resolver) -> Actor | None:
    """The one person a "his" or "her" in the phrase stands for when a title or a name tells them as the subject of a
    clause above it: "Samoa's prime minister told reporters that his government had asked Canberra" (Samoa's, not
    the country last in play). None without such a possessive, or with no titled or named subject above it."""
    owner = next((t for t in phrase if t.dep == "poss" and t.lower in ("his", "her")), None)
    if owner is None:
        return None
    person = next((c for c in clause_subjects(sentence, owner.i)
                   if titles_one_person(c) or (c.pos == "PROPN" and c.ent_type == "PERSON")), None)
    actor = resolve(sentence, person.i) if person is not None else None
    return actor if actor is not None and actor.country and actor.kind != "organisation" else None


def named_above(sentence: Sentence, pronoun: int, resolve: Resolver) -> Actor | None:
    """The person named as the subject of the clause governing a subject "he" or "she", whom the knowledge base
    need not list: "Home Minister Ramesh Lekhak said on Monday that he had invited ..." (Lekhak, not a person
    named in an earlier sentence); past clauses whose subjects are things, none of whom the pronoun can be."""
    token = sentence.tokens[pronoun]
    if token.dep not in SUBJECTS or token.lower not in ("he", "she"):
        return None
    named = None
    for subjects in governing_subjects(sentence, pronoun):
        named = next((c for c in subjects if c.pos == "PROPN" and c.ent_type == "PERSON"), None)
        if named is not None or any(may_be_a_person(c) for c in subjects):
            break
        # "X said the pardons had nothing to do with pressure from Washington, which he accused of ...": a clause
        # whose subjects are things ("the pardons") holds no one "he" could be; the speaker above it is
    actor = resolve(sentence, named.i) if named is not None else None
    return actor if actor is not None and actor.kind == "person" else None


def may_be_a_person(token: Token) -> bool:
    """A subject a "he" or "she" might stand for: a name, a pronoun, a title of one person; not a common noun."""
    return token.pos in ("PROPN", "PRON") or titles_one_person(token)


def governing_subjects(sentence: Sentence, pronoun: int) -> Iterator[list[Token]]:
    """The subjects of each clause above a pronoun that has any, nearest first."""
    seen: set[int] = {pronoun}
    cur = sentence.tokens[pronoun].head
    while cur not in seen:
        seen.add(cur)
        subjects = [c for c in sentence.children(cur) if c.dep in SUBJECTS and c.i not in seen]
        if subjects:
            yield subjects
        elif sentence.tokens[cur].pos == "VERB" and (fronted := name_after_fronted_place(sentence, cur)) is not None:
            yield [fronted]  # "In Kampala, Uganda's trade ministry said it had ...", the name parsed as the place's
        head = sentence.tokens[cur].head
        if head == cur:
            return
        cur = head


def clause_subjects(sentence: Sentence, pronoun: int) -> list[Token]:
    """The subjects of the nearest clause above a pronoun that has any ("the EU announced that it ...": the
    EU), or none."""
    return next(governing_subjects(sentence, pronoun), [])


def sentence_object(sentence: Sentence, resolve: Resolver) -> Actor | None:
    """The plural party that is the object of the sentence's root, for the next sentence's object "them": "Amnesty
    urged the Tunisian authorities to quash the conviction. It also called on them to ..." (the authorities)."""
    root = next((t.i for t in sentence.tokens if t.dep == "ROOT"), None)
    if root is None:
        return None
    objects = [c.i for c in sentence.children(root) if c.dep in ("dobj", "obj", "dative")]
    objects += [g.i for c in sentence.children(root) if c.dep == "prep" and c.lower in ("on", "to")
                for g in sentence.children(c.i) if g.dep == "pobj"]
    for head in objects:
        if sentence.tokens[head].lower not in PLURAL_PRONOUNS and plural_party(
                sentence, head, actor := resolve(sentence, head)):
            return actor
    return None


def sentence_subject(sentence: Sentence, resolve: Resolver) -> Actor | None:
    """The plural party that is the subject of the sentence's root, for the next sentence's "they"."""
    root = next((t.i for t in sentence.tokens if t.dep == "ROOT"), None)
    if root is None:
        return None
    for child in sentence.children(root):
        if child.dep in SUBJECTS and child.lower not in PLURAL_PRONOUNS:
            actor = resolve(sentence, child.i)
            return actor if plural_party(sentence, child.i, actor) else None
    return None


def body_subject(sentence: Sentence, resolve: Resolver) -> Actor | None:
    """The body that is the subject of the sentence's root ("Cambodia's defence ministry gave a different
    account"), for the next sentence's "its"."""
    root = next((t for t in sentence.tokens if t.dep == "ROOT"), None)
    subject = next((c for c in sentence.children(root.i) if c.dep in SUBJECTS), None) if root is not None else None
    if subject is None or subject.tag in ("NNS", "NNPS") or subject.pos == "PRON":
        return None
    actor = resolve(sentence, subject.i)
    # a body of no country counts when it is an international one ("Amnesty International urged ... It also called")
    placed = actor is not None and (actor.country is not None or (
        actor.kind == "organisation" and actor.sector in ("IGO", "NGO")))
    return actor if is_body(actor) and placed else None


def person_antecedent(sentence: Sentence, pronoun: int, mentions: Sequence[Mention],
                      last_person: Actor | None, agree: Callable[[Actor], bool] = lambda actor: True) -> Actor | None:
    """The person a singular pronoun stands for: named earlier in the sentence (a subject first), else
    ``last_person``; an object pronoun is not its own clause's subject ("Kiir pardoned him"), nor is the object
    form that is the subject of a clause of the verb ("the judge ordered him held in custody"). Only one the
    pronoun agrees with (``agree``, ``dyadwatch.coder.gender``): "she" is not a man named before."""
    before = [m for m in mentions if m.actor.kind == "person" and m.end <= pronoun and agree(m.actor)]
    token = sentence.tokens[pronoun]
    governor = token.head if token.dep in ("dobj", "obj", "dative", "iobj") else (
        sentence.tokens[token.head].head if token.lower in OBJECT_FORMS and token.dep in SUBJECTS else None)
    if governor is not None:
        own_subject = {c.i for c in sentence.children(governor) if c.dep in SUBJECTS}
        before = [m for m in before if m.head not in own_subject]
    subjects = [m for m in before if sentence.tokens[m.head].dep in SUBJECTS]
    if subjects:
        return subjects[-1].actor
    if before:
        return before[-1].actor
    return last_person if last_person is not None and agree(last_person) else None

def two_parties(phrase: list[Token], text: str, recent: Sequence[Actor], pair: tuple[Actor, Actor] | None,
                sides: tuple[Actor, Actor] | None = None,
                joined: Callable[[], Sequence[Actor]] = tuple) -> tuple[Actor, tuple[Actor, ...]] | None:
    """"the two sides", "both countries", "the two leaders": the two parties of different countries last in play
    (``recent``, oldest first), people for "leaders" and "ministers" when two are named; the story's two
    countries (``pair``) when there are two. "The two" alone: the doer and the partner of the act its clause is
    joined to (``joined``, called only then: :func:`joined_partners`), else the last two people in play, else the
    last two parties."""
    words = {t.lemma.lower() for t in phrase} | {t.lower.removesuffix("s") for t in phrase}  # "the two Ministers"
    if not words & GROUP_DETERMINERS:
        return None
    if all(t.lower in GROUP_DETERMINERS or t.dep == "det" for t in phrase):
        # "spoke with al-Sharaa on Sunday, and the two agreed": the two of the act its clause is joined to, else the
        # last two people in play, else the last two parties of any kind
        before = joined()
        if len(before) == 2 and before[0].country and before[1].country and before[0].country != before[1].country:
            parties = (before[0], before[1])
        else:
            parties = last_two(recent, lambda a: a.kind == "person") or last_two(recent, lambda a: True)
        return None if parties is None else (Actor(text, None, None, parties[0].sector, "group"), parties)
    if not words & GROUP_WORDS:
        return None
    if sides is not None and words & SIDE_WORDS and not words & STATE_WORDS:
        # "the two sides" are the two who last acted together ("the military and the KIA ended talks in Kunming ...
        # the two sides had agreed to meet again"), however the story's two countries stand
        return Actor(text, None, None, sides[0].sector, "group"), sides
    want_people = bool(words & {"leader", "president", "minister", "official", "envoy", "diplomat"})
    people = last_two(recent, lambda a: a.kind == "person") if want_people else None
    if people is not None:
        return Actor(text, None, None, people[0].sector, "group"), people
    told = {a.country for a in recent}
    if pair is not None and "party" not in words and (not want_people or (
            pair[0].country in told and pair[1].country in told)):
        # "the two sides" of a story between two countries are those two, however late another came up; "the
        # two ministers", when neither was named, are theirs (not "both party leaders", who lead parties), once both
        # have come up ("the two officials" of one state, before the story names its gas buyer, are not)
        states = [next((a for a in reversed(recent) if a.country == p.country and a.kind == "country"
                        and a.sector == "GOV"), p if p.kind == "country" and p.sector == "GOV" else None)
                  for p in pair]
        if states[0] is not None and states[1] is not None:
            return Actor(text, None, None, "GOV", "group"), (states[0], states[1])
    parties = None if want_people else last_two(recent, lambda a: True)
    if parties is None:
        return None
    return Actor(text, None, None, parties[0].sector, "group"), parties


# the words for the two who act together, whatever they are, and those for two states
SIDE_WORDS = frozenset({"side", "party", "delegation"})
STATE_WORDS = frozenset({"country", "nation", "government", "neighbour", "neighbor", "capital"})


# the parties of a state that deal with each other as sides: its government and forces, and armed or political foes
SIDE_SECTORS = frozenset({"GOV", "MIL", "REB", "OPP", "PTY"})


def sides_of_one_state(actor: Actor, target: Actor) -> bool:
    """Two parties of one state that dealt with each other as sides (the military and a rebel army at talks)."""
    return (actor.country is not None and actor.country == target.country and actor.sector != target.sector
            and actor.sector in SIDE_SECTORS and target.sector in SIDE_SECTORS)

def of_two_countries(parties: Sequence[Actor]) -> bool:
    """The parties of a compound are two, of two different countries ("the two neighbours", "Peru and Chile")."""
    return len(parties) == 2 and bool(parties[0].country and parties[1].country) and (
        parties[0].country != parties[1].country)


def last_two(recent: Sequence[Actor], wanted: Callable[[Actor], bool]) -> tuple[Actor, Actor] | None:
    """The last two wanted parties in play of two different countries, in the order they came up."""
    parties: list[Actor] = []
    for actor in reversed(recent):
        if wanted(actor) and actor.country and all(p.country != actor.country for p in parties):
            parties.append(actor)
        if len(parties) == 2:
            return parties[1], parties[0]
    return None


# the kinds of body a speaker's own body is told again by ("NATO's chief said the alliance stood with Estonia");
# not "the group", "the coalition", "the union", which a speaker's report most often tells of others ("the UN said
# the group had attacked a convoy")
KIND_OF_BODY_WORDS = frozenset({"bloc", "alliance", "organisation", "organization", "grouping", "body", "federation",
                                "commission", "community", "confederation"})


def speaker_body(sentence: Sentence, noun: int, resolve: Resolver) -> Actor | None:
    """The body a definite subject "the bloc", "the alliance" stands for under a saying whose subject is that body
    or one of its people ("The Caribbean Community said ... that the bloc stands firmly with Guyana"; "NATO
    Secretary General Mark Rutte said the alliance stood in solidarity with Estonia"): an organisation the
    knowledge base lists, or the body named in its officer's words ("NATO Secretary General"); never a state
    ("France said the alliance must act" is no act of France's)."""
    token = sentence.tokens[noun]
    definite = any(c.dep == "det" and c.lower in ("the", "this") for c in sentence.children(noun))
    if token.lemma.lower() not in KIND_OF_BODY_WORDS or token.dep not in SUBJECTS or not definite:
        return None
    subjects = clause_subjects(sentence, noun)
    if not subjects or subjects[0].pos == "PRON":
        return None
    above = resolve(sentence, subjects[0].i)
    if above is None:
        return None
    if above.kind == "organisation":
        return above
    if above.kind != "person":
        return None
    # the officer's body, named in the officer's own words ("NATO Secretary General Mark Rutte": NATO)
    return next((body for t in sentence.subtree(subjects[0].i)
                 if t.dep == "compound" and t.pos == "PROPN" and (body := resolve(sentence, t.i)) is not None
                 and body.kind == "organisation"), None)


def joined_partners(sentence: Sentence, phrase: list[Token], resolve: Callable[[Sentence, int], Actor | None]
                    ) -> list[Actor]:
    """The doer and the partner of the act that the clause of a subject "the two" is joined to: "Salam spoke with
    al-Sharaa on Sunday, and the two agreed" (Salam and al-Sharaa); none when the clause is joined to none, or the
    act names no partner "with" it or as its object."""
    subject = phrase[-1]
    verb = sentence.tokens[subject.head]
    if subject.dep not in SUBJECTS or verb.head == verb.i:
        return []
    if verb.dep == "conj":
        first: Token | None = sentence.tokens[verb.head]
    elif verb.dep == "ccomp":  # "X spoke with Y ..., and the two agreed ..., the office said": one saying's clauses
        first = next((c for c in sentence.children(verb.head) if c.dep == "ccomp" and c.i < verb.i), None)
    else:
        return []
    if first is None:
        return []
    doer = next((c for c in sentence.children(first.i) if c.dep in SUBJECTS), None)
    objects = [c for c in sentence.children(first.i) if c.dep in ("dobj", "obj")]
    partner = next((g for h in (first, *objects) for c in sentence.children(h.i)
                    if c.dep == "prep" and c.lower == "with" for g in sentence.children(c.i) if g.dep == "pobj"),
                   objects[0] if objects else None)
    if doer is None or partner is None:
        return []
    parties = [resolve(sentence, doer.i), resolve(sentence, partner.i)]
    return [a for a in parties if a is not None]


# words that may tell what kind of bloc a bloc is, with no name of its own ("the regional bloc")
BLOC_WORDS = frozenset({"regional", "economic", "trade", "continental", "political"})
BLOC_REACH = 5  # sentences back that "the bloc" may stand for an international body named there


def bloc_before(sentence: Sentence, noun: int, mentions: Mapping[int, Sequence[Mention]]) -> Actor | None:
    """The international body "the bloc" stands for: the last one the knowledge base lists that the story named
    before it, in its sentence or up to five sentences back ("Honduras asked the Central American Integration
    System ... The bloc's secretary-general spoke to both ministers": SICA). A bloc named by more words than its kind
    ("the opposition bloc") is none of them."""
    token = sentence.tokens[noun]
    if token.lemma.lower() != "bloc" or token.tag != "NN":
        return None  # first, and cheaply: this is asked of every word of every phrase resolved
    kids = sentence.children(noun)
    if not any(c.dep == "det" and c.lower == "the" for c in kids) or any(
            c.dep in ("amod", "compound", "nmod") and c.lower not in BLOC_WORDS for c in kids):
        return None
    for index in range(sentence.index, sentence.index - BLOC_REACH - 1, -1):
        before = [m for m in mentions.get(index, ()) if index < sentence.index or m.end <= token.i]
        body = next((m.actor for m in reversed(before) if m.actor.kind == "organisation" and m.actor.sector == "IGO"),
                    None)
        if body is not None:
            return body
    return None
