"""Who does an act, from the dependency parse: the subject heads of a verb, inherited where the verb has none
(control, coordination, participles, relative clauses, a passive's act of force, names the parser misattaches).
Pure functions over a :class:`~dyadwatch.records.Sentence`; :mod:`dyadwatch.coder.arguments` builds on them."""

from __future__ import annotations

from ..records import Sentence, Token
from .actorwords import (
    LOCATING_PREPOSITIONS,
    PLACE_LABELS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    is_acronym_word,
    titles_one_person,
)
from .phrases import name_after_fronted_place, with_to

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
INHERIT_SUBJECT_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def subjects_of(sentence: Sentence, verb: int, depth: int = 0) -> tuple[list[int], bool]:
    """Subject heads of a verb (with their conjuncts), inherited where the verb has none.

    Returns the heads and whether the clause is passive (then the heads are the agents).
    """
    children = sentence.children(verb)
    subjects = [c.i for c in children if c.dep in SUBJECT_DEPS]
    if len(subjects) > 1:
        # "About a dozen supporters, some of them Kazakhs living in Montenegro, held a protest": the parse makes
        # the part a second subject; it is of the group, not a party of its own
        subjects = [s for s in subjects if not part_of_a_group(sentence, s)] or subjects
        # "The opposition Democratic Congress accused ...": the parse makes the name's first noun a second subject
        subjects = [s for s in subjects if not modifier_read_as_subject(sentence, s, subjects)] or subjects
    if subjects:
        return with_conjuncts(sentence, relative_antecedents(sentence, verb, subjects)), False
    passive = [c.i for c in children if c.dep in PASSIVE_SUBJECT_DEPS]
    if passive:
        passive = relative_antecedents(sentence, verb, passive)
        # "would be paid by the end of February": a time is no agent
        agents = [g.i for c in children if c.dep == "agent" for g in sentence.children(c.i) if g.dep == "pobj"
                  and g.lemma.lower() not in DEADLINE_NOUNS and g.ent_type not in ("DATE", "TIME")]
        if not agents and sentence.tokens[verb].lemma.lower() in DEPLOY_VERBS:
            # "2,000 soldiers were deployed along the corridor": the forces act
            return with_conjuncts(sentence, passive), False
        agents = agents or force_in(sentence, verb) or announced_by(sentence, verb, depth)
        return with_conjuncts(sentence, agents), True
    token = sentence.tokens[verb]
    agents = [g.i for c in children if c.dep == "agent" for g in sentence.children(c.i) if g.dep == "pobj"]
    if agents and token.tag == "VBN" and depth == 0:
        # "a resolution, moved by the treasury benches and backed by some opposition members": a participle's
        # own agent does it, not the subject of the clause it hangs on (a clause below it keeps inheriting that)
        return with_conjuncts(sentence, agents), True
    # a name before the verb that the parser attached as a modifier ("USAID provided ...", tagged advmod)
    misread = [c.i for c in children if c.i < verb and c.dep in MISREAD_SUBJECT_DEPS
               and (c.pos == "PROPN" or c.ent_type in ("ORG", "GPE", "PERSON", "NORP"))]
    if misread:
        return misread[-1:], False
    if (joined := name_after_fronted_place(sentence, verb)) is not None:
        return [joined.i], False
    if depth > 4 or token.head == token.i:
        return [], False
    if token.dep == "pobj" and (doers := force_party(sentence, token)) and doers != [token.i]:
        return doers, False  # "injured in army shelling": the shelling as a gerund, the army its doer
    head = sentence.tokens[token.head]
    if token.dep == "relcl" and not infinitive_of_purpose(sentence, token):
        return [head.i], False
    if (main := misread_main_verb(sentence, token)) is not None:
        return main, False
    if token.dep == "acl" and token.tag == "VBN" and token.lemma.lower() in DEPLOY_VERBS:
        if one_serving(head) and token.lemma.lower() in POSTING_VERBS:
            return [], False  # "a police officer posted on the spot", "a constable posted at Moghalsarai": a post
        return [head.i], False  # "the platoons posted outside the mosque": the forces act, as when "deployed"
    if token.dep in ("acl", "relcl") and token.tag not in ("VBN", "VBD"):
        # "the men wanted by the police": a participle (a VBD there is one mistagged) says what befell its noun;
        # "adopted a resolution urging Sri Lanka", "a strike to demand ...": a text or a protest does what it says
        # for whoever made it; "held rallies in five towns demanding higher pay": the towns are where, not who
        if (held := place_of_the_act(sentence, head)) is not None:
            return subjects_of(sentence, held.i, depth + 1)[0] if held.pos in ("VERB", "AUX") else (
                authors_of(sentence, held, depth) or [held.i]), False
        return authors_of(sentence, head, depth) or authors_of_sent(sentence, head, depth, token) or [head.i], False
    if token.dep == "ccomp" and head.lemma.lower() in ("let", "help", "make") and head.pos == "VERB":
        return subjects_of(sentence, head.i, depth + 1)  # "Ethiopia let free 74 leaders"
    if token.dep == "conj" and token.tag in FINITE_TAGS and head.tag not in FINITE_TAGS and not any(
            c.dep in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS or (c.dep in ("aux", "auxpass") and c.tag in FINITE_TAGS)
            for c in sentence.children(head.i)):
        # "flayed the plan to hold X ... and accused Y": a finite verb the parse joined to an infinitive or a
        # participle shares the subject of the finite clause above them
        finite = next((a for a in sentence.ancestors(head.i) if a.tag in FINITE_TAGS), None)
        if finite is not None:
            return subjects_of(sentence, finite.i, depth + 1)
    if (felt := moved_then_acted(sentence, token)) is not None:
        return felt, False
    if reported_then_done(sentence, token) or after_clause_then_done(sentence, token) or said_then_participle(
            sentence, token):
        # "Idris said the strike was illegal and urged workers to return": the parse joins the speaker's second
        # act to what was said; the speaker does it
        return subjects_of(sentence, sentence.tokens[head.head].i, depth + 1)
    if (token.dep == "advcl" and token.tag == "VBG" and head.dep == "xcomp" and sentence.tokens[token.i - 1].text == ","
            and sentence.tokens[head.head].lemma.lower() in OBJECT_CONTROL_VERBS):
        # "asked the Council to hold a session, accusing Addis Ababa ...": the asker accuses, not the one asked
        return subjects_of(sentence, head.head, depth + 1)
    if reduced_relative(sentence, token):
        return [], False
    if (token.dep == "pcomp" and token.tag == "VBG" and head.lower in GERUND_CLAUSE_PREPOSITIONS
            and head.head != head.i and sentence.tokens[head.head].pos in ("VERB", "AUX")):
        # "refused to lift the suspension after meeting leaders of the hunters' federation": the gerund of a clause
        # of time or means is the main clause's subject's act ("accused Kyiv of meeting", "for meeting": the object's),
        # a passive's subject's, not its agent's ("was received by the president before signing a declaration")
        if passive := [c.i for c in sentence.children(head.head) if c.dep in PASSIVE_SUBJECT_DEPS]:
            return with_conjuncts(sentence, relative_antecedents(sentence, head.head, passive)), False
        return subjects_of(sentence, head.head, depth + 1)
    if token.dep in INHERIT_SUBJECT_DEPS and head.pos in ("VERB", "AUX"):
        if token.dep == "xcomp":
            # object control: "urged Washington to focus" -> Washington
            objects = [c.i for c in sentence.children(head.i) if c.dep in ("dobj", "obj")]
            if objects and head.lemma.lower() in OBJECT_CONTROL_VERBS:
                return objects, False
            if head.lemma.lower() in RAISING_PASSIVE_VERBS and (
                    raised := [c.i for c in sentence.children(head.i) if c.dep in PASSIVE_SUBJECT_DEPS]):
                # "the opposition leader is believed to have met the army chief", "she was forced to resign": the
                # passive's subject does what the infinitive says, whoever believed or forced it ("would be allowed
                # to visit", "was urged to release" tell an act not done)
                return with_conjuncts(sentence, relative_antecedents(sentence, head.i, raised)), False
        return subjects_of(sentence, head.i, depth + 1)
    if token.dep == "xcomp" and head.pos == "ADJ" and head.dep == "acomp":  # "Ethiopia was ready to resume talks"
        return subjects_of(sentence, head.head, depth + 1)
    return [], False


# passive verbs of report, belief and compulsion whose subject does the infinitive's act ("is said to have met",
# "is believed to be holding talks", "was forced to resign")
RAISING_PASSIVE_VERBS = frozenset({"say", "report", "believe", "think", "understand", "know", "allege", "rumour",
                                   "rumor", "suspect", "claim", "see", "force", "compel", "oblige"})

# prepositions whose gerund tells when or how the main clause's subject acted ("after meeting", "by sending")
GERUND_CLAUSE_PREPOSITIONS = frozenset({"after", "before", "while", "upon"})


def reduced_relative(sentence: Sentence, token: Token) -> bool:
    """A past participle right after a noun that the parser hung on the clause above as an adverbial clause: "to
    respect the ceasefire agreed in Doha" tells what befell the ceasefire, not an act of the clause's subject."""
    if token.dep != "advcl" or token.tag not in ("VBN", "VBD") or token.i == 0:
        return False
    before = sentence.tokens[token.i - 1]
    return before.pos in ("NOUN", "PROPN") and before.dep in ("dobj", "obj", "pobj") and not any(
        c.dep in ("mark", "aux", "auxpass", "advmod") for c in sentence.children(token.i))


# texts a body issues and the protests people hold, which urge, demand or accuse on their makers' behalf
DOCUMENT_NOUNS = frozenset({"resolution", "statement", "motion", "petition", "letter", "order", "decree",
                            "complaint", "declaration", "communique", "communiqué", "memorandum", "proclamation",
                            "note", "rally", "march", "protest", "demonstration", "strike", "sit-in", "walkout",
                            "vigil"})
# the verbs that make such a text or protest its subject's: "adopted a resolution", "staged a protest"
AUTHOR_VERBS = frozenset({"adopt", "pass", "approve", "issue", "sign", "release", "publish", "table", "file",
                          "submit", "send", "write", "deliver", "hand", "present", "move", "draft", "lodge",
                          "launch", "stage", "hold", "organise", "organize", "lead", "call", "mount", "put",
                          "bring", "begin", "start"})
AUTHOR_PREPOSITIONS = frozenset({"in", "with", "through", "via"})


def authors_of_sent(sentence: Sentence, addressee: Token, depth: int, act: Token | None = None) -> list[int]:
    """Who made a text handed to someone, when the parse hangs what the text says on its addressee: "handed a note
    to Myanmar's ambassador demanding that ..." (the note demands, not the ambassador), "a letter to the ministry
    seeking ...". A letter told by its verb alone does so too: "has written to Tony Blair demanding an inquiry" (the
    writer demands), when ``act``, the participle, is a speech act ("wrote to the officers investigating the case":
    the officers investigate). Empty where the noun is no one a text was sent to."""
    if addressee.dep != "pobj" or addressee.head == addressee.i:
        return []
    to = sentence.tokens[addressee.head]
    if to.lower != "to" or to.head == to.i:
        return []
    governor = sentence.tokens[to.head]
    if governor.pos == "NOUN" and (governor.lemma.lower() in DOCUMENT_NOUNS or governor.lower in DOCUMENT_NOUNS):
        return authors_of(sentence, governor, depth)
    text = next((c for c in sentence.children(to.head) if c.dep in ("dobj", "obj") and (
        c.lemma.lower() in DOCUMENT_NOUNS or c.lower in DOCUMENT_NOUNS)), None)
    if text is not None:
        return authors_of(sentence, text, depth)
    if (governor.pos == "VERB" and governor.lemma.lower() in WRITING_VERBS and act is not None
            and act.lemma.lower() in LETTER_ACT_VERBS and depth <= 4):
        return subjects_of(sentence, governor.i, depth + 1)[0]
    return []


# verbs that send a letter to the one they are "to" ("wrote to the minister"), and the speech acts a letter does
WRITING_VERBS = frozenset({"write"})
LETTER_ACT_VERBS = frozenset({"accuse", "urge", "call", "warn", "demand", "appeal", "criticise", "criticize", "condemn",
                              "ask", "threaten", "blame", "reject", "welcome", "thank", "praise", "request", "seek",
                              "protest", "complain", "invite", "propose", "press", "object", "express", "offer"})


def authors_of(sentence: Sentence, noun: Token, depth: int) -> list[int]:
    """Who made a text or a protest that urges, demands or accuses (a participle hung on it): its agent or
    owner ("a complaint by the company", "an SDLP motion", "the council's resolution"), else the subject of the
    verb that made it ("Congress approved a motion urging ...", "signed a statement demanding ...", "said in a
    statement urging ...", "brought the city to a standstill with a strike to demand ..."). Empty where the
    noun is no such text or nothing names its maker ("criticised a resolution urging ..." does not make the
    critic its author)."""
    if noun.lemma.lower() not in DOCUMENT_NOUNS and noun.lower not in DOCUMENT_NOUNS:
        return []
    kids = sentence.children(noun.i)
    owners = [g.i for c in kids if (c.dep == "agent" or (c.dep == "prep" and c.lower == "by"))
              for g in sentence.children(c.i) if g.dep == "pobj"]
    owners.extend(g.i for c in kids if c.dep == "acl" and c.tag == "VBN" for a in sentence.children(c.i)
                  if a.dep == "agent" for g in sentence.children(a.i) if g.dep == "pobj")
    # "an SDLP motion" (the acronym tagged an adjective), "a Russian resolution"
    owners.extend(c.i for c in kids if c.dep == "poss" or (c.dep in ("compound", "amod") and c.i < noun.i and (
        c.pos == "PROPN" or c.ent_type in ("ORG", "GPE", "NORP") or is_acronym_word(c))))
    if owners:
        return with_conjuncts(sentence, owners[:1])
    if depth > 4 or noun.head == noun.i:
        return []
    governor = sentence.tokens[noun.head]
    if noun.dep == "pobj" and governor.dep == "prep" and governor.lower in AUTHOR_PREPOSITIONS:
        verb = sentence.tokens[governor.head]
        if verb.pos in ("VERB", "AUX"):
            return subjects_of(sentence, verb.i, depth + 1)[0]
    if noun.dep in ("dobj", "obj") and governor.pos == "VERB" and governor.lemma.lower() in AUTHOR_VERBS:
        return subjects_of(sentence, governor.i, depth + 1)[0]
    return []


def misread_main_verb(sentence: Sentence, token: Token) -> list[int] | None:
    """The subject of a sentence's one finite verb that the parse hung, after a comma, on a noun as a clause
    ("The conservative Popular Party, the main opposition, accused Sanchez ...": "accused" a clause of
    "opposition", the root "Party"; "President Irfaan Ali, campaigning for ... election, called the shooting
    ...": "called" a clause of "election", the root "campaigning"): the root noun, or the root participle's
    subject. None where the verb is no such clause or the sentence has a finite verb above it."""
    after_comma = (token.tag == "VBD" or acting_participle(sentence, token)) and token.i > 0 and (
        sentence.tokens[token.i - 1].text == ",")
    # "About 1,500 miners from the Kreka coal mines protested outside ...": a verb that takes no object read as
    # a participle of the noun before it (a crowd cannot be "protested"), when nothing does it by "by"
    unpassive = (token.tag in ("VBN", "VBD") and token.lemma.lower() in GATHERING_VERBS
                 and not any(c.dep in ("agent", "dobj", "auxpass") for c in sentence.children(token.i)))
    if token.dep != "acl" or not (after_comma or unpassive):
        return None
    above = sentence.ancestors(token.i)
    # a finite verb of a relative clause the verb was hung in ("President Luis Arce, who is not a candidate, called
    # on both campaigns ...": "called" a clause of "candidate") is not the sentence's main verb
    relative = max((k for k, a in enumerate(above) if a.dep == "relcl"), default=-1)
    if not above or any(a.tag in FINITE_TAGS for a in above[relative + 1:]):
        return None
    root = above[-1]
    if root.head != root.i:
        return None
    if root.pos in ("NOUN", "PROPN") and root.i < token.i:
        return [root.i]
    if root.tag == "VBG":
        subjects = [c.i for c in sentence.children(root.i) if c.dep in SUBJECT_DEPS and c.i < token.i]
        return subjects or None
    return None


def acting_participle(sentence: Sentence, token: Token) -> bool:
    """A verb tagged as a past participle that tells someone to act, as a finite verb does: it has an open
    complement ("called on both campaigns to accept the result", "urged Japan to hold talks") and no passive
    auxiliary or agent ("accused of fraud", "arrested by the police" are what befell a noun)."""
    kids = sentence.children(token.i)
    return token.tag == "VBN" and any(c.dep == "xcomp" for c in kids) and not any(
        c.dep in ("agent", "auxpass") for c in kids)


# acts of crowds that take no object, which no one can have done to a crowd
GATHERING_VERBS = frozenset({"protest", "march", "rally", "demonstrate", "gather", "riot", "strike"})
DEPLOY_VERBS = frozenset({"deploy", "station", "dispatch", "post", "redeploy", "rush", "send"})
MISREAD_SUBJECT_DEPS = frozenset({"advmod", "npadvmod", "dep", "nmod", "intj"})
OBJECT_CONTROL_VERBS = frozenset({"urge", "ask", "persuade", "force", "order", "tell", "call", "press",
                                  "invite", "encourage", "request", "push", "allow", "help", "prompt", "compel",
                                  "oblige", "spur"})


RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})


def relative_antecedents(sentence: Sentence, verb: int, heads: list[int]) -> list[int]:
    """In a relative clause, a relative pronoun stands for the noun the clause hangs on: in "the DCP,
    who agreed to the plan" the DCP agreed; in "Turkey, which occupies northern Cyprus" Turkey does."""
    token = sentence.tokens[verb]
    if token.dep != "relcl" or token.head == verb:
        return heads
    # "prosecutors in Istanbul, who charged him": "who" is no place, but the people placed there
    who = people_placed_at(sentence, sentence.tokens[token.head])
    return [(who if who is not None and sentence.tokens[h].lower in ("who", "whom") else token.head)
            if sentence.tokens[h].lower in RELATIVE_PRONOUNS and sentence.tokens[h].tag in ("WP", "WDT")
            else h for h in heads]


def people_placed_at(sentence: Sentence, place: Token) -> int | None:
    """The noun of those a place is where they are ("prosecutors in Istanbul"), or None."""
    if place.dep != "pobj" or (place.ent_type not in PLACE_LABELS and place.lemma.lower() not in PLACE_NOUNS):
        return None
    located = sentence.tokens[place.head]
    if located.lower not in LOCATING_PREPOSITIONS or located.head == located.i:
        return None
    return located.head if sentence.tokens[located.head].pos == "NOUN" else None


# acts of force a party does, named by a noun ("police firing", "a mob attack", "army shelling")
FORCE_NOUNS = frozenset({"attack", "firing", "fire", "shelling", "bombing", "raid", "assault", "lathicharge",
                         "lathi-charge", "crackdown", "action", "stabbing", "shooting"})


FORCE_LEMMAS = frozenset({"attack", "fire", "shell", "bomb", "raid", "assault", "shoot", "stab"})


def force_party(sentence: Sentence, noun: Token) -> list[int]:
    """The party that does an act of force named by ``noun``: the common noun that modifies it ("a mob
    attack", "army shelling"), or the noun itself when the parse hangs the act on it ("police firing" as
    "police" with the participle "firing")."""
    kids = sentence.children(noun.i)
    if noun.lemma.lower() in FORCE_LEMMAS or noun.lower in FORCE_NOUNS:
        doers = [c.i for c in kids if c.dep in ("compound", "nmod") and c.pos == "NOUN"]
        if doers:
            return doers[:1]
    if noun.pos == "NOUN" and any(c.dep == "acl" and c.tag == "VBG" and c.lemma.lower() in FORCE_LEMMAS
                                  for c in kids):
        return [noun.i]
    return []


# verbs of a charge to come, told in the passive by whoever will bring it ("would be charged", "will be arraigned")
CHARGE_VERBS = frozenset({"charge", "prosecute", "arraign", "indict", "question", "interrogate", "try"})
# verbs of announcing: the announcer of a charge to come brings it
ANNOUNCING_VERBS = frozenset({"say", "tell", "add", "announce", "state", "confirm"})


def announced_by(sentence: Sentence, verb: int, depth: int = 0) -> list[int]:
    """Who brings a charge told to come in the passive with no agent: whoever said it would come ("Police said the
    two would be charged in court on Friday", "the spokesperson said those arrested would be arraigned"). A warning
    that anyone who does a thing will be prosecuted is no charge announced."""
    token = sentence.tokens[verb]
    if token.lemma.lower() not in CHARGE_VERBS or not any(
            c.dep == "aux" and c.lower in ("would", "will") for c in sentence.children(verb)):
        return []
    clause = token
    while clause.dep == "conj" and clause.head != clause.i:  # "were detained and would be charged"
        clause = sentence.tokens[clause.head]
    if clause.dep != "ccomp" or clause.head == clause.i:
        return []
    speech = sentence.tokens[clause.head]
    if speech.lemma.lower() not in ANNOUNCING_VERBS or depth > 4:
        return []
    return subjects_of(sentence, speech.i, depth + 1)[0]


def force_in(sentence: Sentence, verb: int) -> list[int]:
    """Who did a passive act with no agent, told by the act of force it happened in: "99 persons were killed
    in police firing" (the police), "two were injured in army shelling" (the army)."""
    for prep in sentence.children(verb):
        if prep.dep == "prep" and prep.lower in ("in", "during"):
            for obj in sentence.children(prep.i):
                if obj.dep == "pobj" and (doers := force_party(sentence, obj)):
                    return doers
    return []


def with_conjuncts(sentence: Sentence, heads: list[int]) -> list[int]:
    """The heads and the words joined to them, down the parser's chain: "Britain, France and Germany" hangs
    "Germany" on "France", not on "Britain"."""
    out: list[int] = []
    for head in heads:
        chain = [head]
        for at in chain:  # grows as joined words are found
            chain.extend(c.i for c in sentence.children(at) if c.dep == "conj" and c.i not in chain
                         and not places_of(sentence, at, c) and not portfolio_of(sentence, at, c)
                         and joined_by_a_word(sentence, at, c.i))
        out.extend(chain)
    return out


# the words and marks that join two conjuncts
JOINING_WORDS = frozenset({"and", "or", "nor", "&", "but", "plus", "as", ",", ";", "/", "either", "neither"})


def joined_by_a_word(sentence: Sentence, first: int, second: int) -> bool:
    """A conjunction or a comma stands between two words the parse joins: "police commissioner n v surendra babu",
    whose initials the small model takes for "n" and "versus", is one person, not a commissioner and a body."""
    low, high = sorted((first, second))
    return any(t.lower in JOINING_WORDS for t in sentence.tokens[low + 1:high])


def places_of(sentence: Sentence, head: int, joined: Token) -> bool:
    """A place joined to people "of" somewhere is another place they are of: "residents of Koindu and nearby
    villages" are one crowd, not residents and villages."""
    return joined.lemma.lower() in PLACE_NOUNS and any(
        c.dep == "prep" and c.lower == "of" for c in sentence.children(head))


# offices named by their portfolios: "the Minister of Education, Sports and Training"
PORTFOLIO_OFFICES = frozenset({"minister", "ministry", "secretary", "department", "commissioner", "cabinet"})
PORTFOLIOS = frozenset({
    "education", "sports", "sport", "training", "youth", "culture", "arts", "heritage", "tourism", "trade", "industry",
    "commerce", "investment", "energy", "mines", "mining", "petroleum", "health", "labour", "labor", "employment",
    "justice", "finance", "planning", "economy", "agriculture", "fisheries", "forestry", "livestock", "environment",
    "water", "lands", "housing", "transport", "communications", "science", "technology", "innovation", "gender",
    "children", "women", "welfare", "development", "infrastructure", "works", "security", "immigration", "information",
    "broadcasting", "religion", "tradition", "research", "aviation", "shipping", "climate"})


def portfolio_of(sentence: Sentence, head: int, joined: Token) -> bool:
    """A portfolio joined to an office after its "of" is another of the office's portfolios: "the Minister of
    Education, Sports and Training met the family" is one minister, not a minister meeting Sports and Training."""
    office = sentence.tokens[head]
    if office.lemma.lower() not in PORTFOLIO_OFFICES or joined.lower not in PORTFOLIOS:
        return False
    portfolio = next((c for c in sentence.children(head) if c.dep == "prep" and c.lower == "of"), None)
    return (portfolio is not None and portfolio.i < joined.i
            and not any(c.dep in ("det", "poss", "compound") for c in sentence.children(joined.i)))


# what "by" names when it tells a deadline, not an agent ("by the end of the month", "by Friday")
DEADLINE_NOUNS = frozenset({"end", "beginning", "start", "middle", "close", "time", "deadline", "date", "weekend",
                            "morning", "evening", "night", "noon", "midnight"})
# verbs that report or deny what is said as a clause, and the speech acts a speaker goes on to do
SAYING_VERBS = frozenset({"say", "deny", "insist", "claim", "argue", "tell", "state", "assert", "maintain", "promise",
                          "announce", "add", "warn"})


# verbs whose "that" clause tells what someone must do ("demanded that the suspension be lifted at once, accusing
# the government of ..."): a participle of a speech act after that clause is the demander's, as after "said"
MANDATE_VERBS = frozenset({"demand", "ask", "request", "urge", "insist", "propose", "recommend", "suggest"})


SPEECH_ACT_VERBS = frozenset({"accuse", "urge", "call", "warn", "vow", "pledge", "demand", "appeal", "criticise",
                              "criticize", "condemn", "ask", "threaten", "promise", "blame", "reject", "dismiss",
                              "turn", "refuse", "welcome", "thank", "praise"})


BACKSHIFT_WORDS = frozenset({"had", "was", "were", "would", "should", "could", "must"})
# passives that tell what one felt, not what befell one: "was alarmed by reports" leaves its subject the one who
# goes on to act
FEELING_VERBS = frozenset({"alarm", "concern", "worry", "trouble", "disappoint", "sadden", "shock", "dismay",
                           "encourage", "please", "appal", "appall", "outrage", "anger", "frustrate", "disturb"})


def moved_then_acted(sentence: Sentence, token: Token) -> list[int] | None:
    """The one moved who then acts: "Guterres was alarmed by reports of civilian deaths and urged both governments
    to show restraint" makes Guterres, not the reports, urge. A verb in the simple past joined to a passive of
    feeling takes that passive's subject, not its agent. None where the verb is no such act."""
    if token.dep != "conj" or token.tag != "VBD" or token.head == token.i:
        return None
    head = sentence.tokens[token.head]
    if head.lemma.lower() not in FEELING_VERBS or any(c.dep in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
                                                     for c in sentence.children(token.i)):
        return None
    felt = [c.i for c in sentence.children(head.i) if c.dep in PASSIVE_SUBJECT_DEPS]
    return with_conjuncts(sentence, felt) if felt else None


def speaker_going_on(sentence: Sentence, token: Token) -> list[int]:
    """The speaker of a reported clause that a speech act is joined to, for when the clause's own subject names
    no party: "Waltz said the detentions showed ... and called on Iran", "said cooperation 'does not target any
    third party' and urged New Zealand": detentions and cooperation call on no one, the speaker does. Empty where
    the act is no speech act so joined."""
    if not joined_speech_act(sentence, token):
        return []
    speaker_verb = sentence.tokens[sentence.tokens[token.head].head]
    return with_conjuncts(sentence, [c.i for c in sentence.children(speaker_verb.i) if c.dep == "nsubj"])


def joined_speech_act(sentence: Sentence, token: Token) -> bool:
    """A speech act in the past, with no subject of its own, that the parse joins to the clause a verb of saying
    reports ("said ... 'does not target any third party' and urged New Zealand"): the speaker's next act, which
    takes neither the subject nor the negation or modal of the reported clause."""
    if token.dep != "conj" or token.tag not in ("VBD", "VBN") or token.lemma.lower() not in SPEECH_ACT_VERBS:
        return False
    clause = sentence.tokens[token.head]
    if clause.dep != "ccomp" or clause.head == clause.i or any(c.dep in SUBJECT_DEPS
                                                              for c in sentence.children(token.i)):
        return False
    speaker_verb = sentence.tokens[clause.head]
    return speaker_verb.lemma.lower() in SAYING_VERBS and speaker_verb.tag == "VBD"


def reported_then_done(sentence: Sentence, token: Token) -> bool:
    """A speech act in the simple past that the parse joins to a reported clause ("denied that its troops had
    opened fire and accused Indian forces ..."): the reported clause is backshifted ("had opened", "was") while
    the act is told in the speaker's own tense, so it is the speaker's next act."""
    if not joined_speech_act(sentence, token):
        return False
    clause = sentence.tokens[token.head]
    if token.tag == "VBN" and not (any(c.dep == "dobj" for c in sentence.children(token.i))
                                   and any(c.dep == "auxpass" for c in sentence.children(clause.i))):
        return False  # "had been detained and accused the government": the tagger lends "accused" the passive's tag
    speaker_verb = sentence.tokens[clause.head]
    # "had opened", "was", the past progressive "was carrying out", the future in the past "would go on", the passive
    # "were injured" and a modal "should not target": told in the past of the saying or as its claim; "had no right"
    backshifted = clause.lemma.lower() == "be" or (clause.lower == "had" and clause.tag == "VBD") or any(
        c.dep in ("aux", "auxpass") and c.lower in BACKSHIFT_WORDS for c in sentence.children(clause.i))
    has_subject = any(c.dep in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in sentence.children(clause.i))
    speaker = any(c.dep == "nsubj" for c in sentence.children(speaker_verb.i))  # a clause as subject names no one
    return backshifted and speaker and has_subject


def said_then_participle(sentence: Sentence, token: Token) -> bool:
    """A participle of a speech act after a comma that the parse hangs on the reported clause ("Yasser al-Atta said
    the airports of N'Djamena and Amdjarass were legitimate targets, accusing Chad of helping to supply the RSF") or
    on the clause of a demand ("demanded that the suspension be lifted at once, accusing the government of ..."):
    the speaker's act. A participle of another act stays the reported clause's ("said rebels attacked the town,
    killing 20")."""
    if (token.dep != "advcl" or token.tag != "VBG" or token.lemma.lower() not in SPEECH_ACT_VERBS or token.i == 0
            or sentence.tokens[token.i - 1].text != ","):
        return False
    clause = sentence.tokens[token.head]
    if clause.dep != "ccomp" or clause.head == clause.i:
        return False
    speaker_verb = sentence.tokens[clause.head]  # told before what is said ("..., a charge Qatar denied" is no saying)
    return speaker_verb.i < clause.i and speaker_verb.lemma.lower() in SAYING_VERBS | MANDATE_VERBS and any(
        c.dep == "nsubj" for c in sentence.children(speaker_verb.i))


# the marks of a clause that tells when or why the main act was done
TIME_MARKS = frozenset({"after", "before", "when", "as", "since", "because", "while", "until", "once"})


def after_clause_then_done(sentence: Sentence, token: Token) -> bool:
    """A past verb after ", and" that the parse joins to a clause of time or cause ("Cyprus lodged a formal
    complaint ... after two Turkish frigates shadowed a research vessel ..., and asked the European Union to ..."):
    the comma closes that clause, so the verb is the main clause's next act, done by its subject."""
    if token.dep != "conj" or token.tag != "VBD" or token.i < 2:
        return False
    if sentence.tokens[token.i - 1].dep != "cc" or sentence.tokens[token.i - 2].text != ",":
        return False
    clause = sentence.tokens[token.head]
    if clause.dep != "advcl" or not any(c.dep == "mark" and c.lower in TIME_MARKS for c in sentence.children(clause.i)):
        return False
    main = sentence.tokens[clause.head]
    return main.tag in FINITE_TAGS and any(c.dep in SUBJECT_DEPS for c in sentence.children(main.i))


def infinitive_of_purpose(sentence: Sentence, verb: Token) -> bool:
    """A clause the parse hangs on a noun as a relative one that is an infinitive with "to" and no relative word:
    "a strike to demand tougher action" says what the strike was for, not who it is."""
    kids = sentence.children(verb.i)
    return verb.tag == "VB" and with_to(sentence, verb) and not any(c.tag in ("WDT", "WP", "WP$", "WRB") for c in kids)


def place_of_the_act(sentence: Sentence, noun: Token) -> Token | None:
    """Where a participle hangs on the place an act happened ("held rallies in five towns demanding higher pay",
    "brought out rallies in the capital and all divisional cities demanding ..."): the word the place's
    preposition hangs from (the verb or the act noun), whose doer the participle's is; else None."""
    first = noun
    while first.dep == "conj" and first.head != first.i:
        first = sentence.tokens[first.head]
    place = noun.ent_type in PLACE_LABELS or noun.lemma.lower() in PLACE_NOUNS
    if not place or first.dep != "pobj" or first.head == first.i:
        return None
    preposition = sentence.tokens[first.head]
    if preposition.dep != "prep" or preposition.lower not in PLACE_PREPOSITIONS or preposition.head == preposition.i:
        return None
    return sentence.tokens[preposition.head]


# verbs of obligation whose "to" infinitive is what must be done ("has to withdraw", "needs to act", "ought to resign")
OBLIGING_VERBS = frozenset({"have", "need", "ought"})


def obliged(sentence: Sentence, verb: Token) -> bool:
    """The verb says its subject must do what its "to" infinitive says ("India has to withdraw its troops"); "had to
    leave" tells what was done."""
    return verb.lemma.lower() in OBLIGING_VERBS and verb.tag != "VBD" and any(
        c.dep == "xcomp" and any(a.dep == "aux" and a.lower == "to" for a in sentence.children(c.i))
        for c in sentence.children(verb.i))


# the verbs of DEPLOY_VERBS that tell where one serves ("posted at", "stationed in"), not that one is sent on a task
POSTING_VERBS = frozenset({"deploy", "station", "post", "redeploy"})
# one member of a force, by rank or role
FORCE_MEMBER_NOUNS = frozenset({"constable", "policeman", "policewoman", "soldier", "guard", "jawan", "sentry",
                                "trooper", "sergeant", "officer"})


def one_serving(noun: Token) -> bool:
    """One person (a singular noun of a title or a rank: "a police officer", "a GRP constable"), whose posting is
    where they serve, not a force sent."""
    return noun.tag in ("NN", "NNP") and (titles_one_person(noun) or noun.lemma.lower() in FORCE_MEMBER_NOUNS)


# words that pick out a part of a group named before ("some of them", "many of whom", "two of them")
PART_WORDS = frozenset({"some", "many", "most", "several", "all", "few", "half", "both", "one", "two", "three",
                        "dozens", "hundreds", "thousands", "scores", "among"})
GROUP_PRONOUNS = frozenset({"them", "whom", "those"})


def part_of_a_group(sentence: Sentence, head: int) -> bool:
    """The subject is told as a part of a group named before it: "some of them Kazakhs", "many of whom students"."""
    return any(part.lower in PART_WORDS and part.i < head
               and any(p.lower == "of" and any(o.lower in GROUP_PRONOUNS for o in sentence.children(p.i))
                       for p in sentence.children(part.i))
               for part in sentence.children(head))


def modifier_read_as_subject(sentence: Sentence, head: int, subjects: list[int]) -> bool:
    """A common noun the parser made a subject of its own right before another subject's name, with nothing between
    them ("The opposition Democratic Congress accused": "opposition" is a word of the party's name phrase)."""
    token = sentence.tokens[head]
    if token.pos != "NOUN" or any(c.dep not in ("det", "amod") for c in sentence.children(head)):
        return False
    return any(other != head and sentence.tokens[other].pos == "PROPN"
               and min(t.i for t in sentence.subtree(other)) == head + 1 for other in subjects)
