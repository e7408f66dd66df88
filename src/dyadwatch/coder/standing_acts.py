"""Acts told as a habit, a pattern or a standing position, not as an act on an occasion: "Islamabad has long
accused New Delhi", "clashes between herders and farmers are common", "troops remain stationed in the town",
"has held talks with Kyrgyz officials several times since 2023", "a blogger who has criticised his government"
(the annotation guide codes none of them). Pure functions of the parse, testable on a hand-built sentence."""

from __future__ import annotations

from ..records import Sentence, Token

# adverbs that make an act a habit or a standing position, with no occasion: "regularly accused Damascus",
# "has long accused New Delhi", "often detain protesters" (the annotation guide does not code them)
HABITUAL_ADVERBS = frozenset({"regularly", "routinely", "habitually", "often", "frequently", "usually",
                              "traditionally", "customarily", "long"})

# adverbs that make an act told in the perfect a pattern ("has repeatedly urged"), though in the simple past they
# tell one occasion ("repeatedly fired at the crowd on Tuesday")
REPEATING_ADVERBS = frozenset({"repeatedly", "consistently", "persistently", "constantly"})


# verbs of trade whose simple present tells a standing flow of goods, not an act on an occasion
TRADING_VERBS = frozenset({"import", "export", "buy", "sell", "supply", "purchase", "source", "receive"})


def habitual(sentence: Sentence, token: int) -> bool:
    """The act is told as a habit or a standing position ("Jordanian officials regularly accused Damascus",
    "Islamabad has long accused New Delhi", "has accused Moscow for years"), not as an act on an occasion; so is
    one told in the simple present in a relative clause ("Washington, which accuses Maduro of leading a drug network,
    ...")."""
    verb = sentence.tokens[token]
    if stationed_still(sentence, verb) or standing_backing(sentence, verb) or told_as_common(sentence, verb):
        return True
    if (state := state_told_with(sentence, verb)) is not None and habitual(sentence, state):
        return True  # "Relations have been strained for years, with Azerbaijan accusing France of bias"
    if verb.dep == "relcl" and verb.tag in ("VBZ", "VBP") and not any(
            c.dep in ("aux", "auxpass") for c in sentence.children(token)):
        return True
    if any(c.dep == "advmod" and c.lower in HABITUAL_ADVERBS for c in sentence.children(token)):
        return True
    if verb.tag in ("VBZ", "VBP") and verb.lemma.lower() in TRADING_VERBS and not any(
            c.dep in ("aux", "auxpass") for c in sentence.children(token)):
        return True  # "Afghanistan imports most of its electricity from Uzbekistan": a standing trade, not an act
    if many_times(sentence, token) or describes_a_critic(sentence, verb):
        return True
    perfect = any(c.dep == "aux" and c.lemma.lower() == "have" for c in sentence.children(token))
    if perfect and any(c.dep == "advmod" and c.lower in REPEATING_ADVERBS for c in sentence.children(token)):
        return True  # "Congo's government has repeatedly urged African countries ...": a pattern, not an occasion
    if perfect and (held_since(sentence, verb) or (told_since(sentence, verb) and (
            done_by_many(sentence, verb) or done_to_many(sentence, verb)))):
        # "have opposed the site since ...", "several Dutch ministers have visited Paramaribo since then", "have
        # detained dozens of UN employees since mid-2024"
        return True
    if any(c.dep == "prep" and c.i < token and (c.lower, g.lower) in FRONTED_SPANS for c in sentence.children(token)
           for g in sentence.children(c.i) if g.dep == "pobj"):
        return True  # "For years afterwards, Manama accused Tehran of arming militants": a span told first, any tense
    if (verb.dep in ("conj", "appos") and verb.head != verb.i and sentence.tokens[verb.head].pos == "VERB"
            and not any(c.dep in ("nsubj", "nsubjpass") for c in sentence.children(token))
            and habitual(sentence, verb.head)):
        # "For years, Manama accused Tehran of arming militants, charges Iran denied" (the parser's verb "charges"):
        # a conjunct with no subject of its own shares the habit
        return True
    if verb.dep == "advcl" and verb.tag == "VBG" and verb.head != verb.i and habitual(sentence, verb.head):
        return True  # "have detained dozens since mid-2024, accusing some of spying": part of the run
    return any(c.dep == "prep" and ((c.lower, g.lemma.lower()) in (HABITUAL_SPANS if perfect else PAST_SPANS)
                                    or (c.lower, g.lower) in YEARS_SPANS)
               and not any(n.dep == "nummod" for n in sentence.children(g.i))
               for c in sentence.children(token) for g in sentence.children(c.i) if g.dep == "pobj")


def state_told_with(sentence: Sentence, verb: Token) -> int | None:
    """The verb a "with X doing" clause tells the circumstances of ("have been strained for years, with Azerbaijan
    accusing France"), or None."""
    if verb.dep != "pcomp" or verb.tag != "VBG" or verb.head == verb.i:
        return None
    with_word = sentence.tokens[verb.head]
    if with_word.lower != "with" or with_word.head == with_word.i:
        return None
    return with_word.head if sentence.tokens[with_word.head].pos in ("VERB", "AUX") else None


# counts of an act with no number, that make it a run of acts: "has held talks with Kyrgyz officials several times
# since 2023" ("met three times this week" counts acts of an occasion, and is left alone)
UNCOUNTED_WORDS = frozenset({"several", "many", "numerous", "multiple", "countless", "repeated"})


def many_times(sentence: Sentence, token: int) -> bool:
    """The act, or the verb whose object names it ("held talks"), is told as done "several times", "many times": a
    run of acts, not one."""
    act = sentence.tokens[token]
    verbs = [token] + ([act.head] if act.dep == "dobj" and act.head != token else [])
    return any(c.lower == "times" and c.dep in ("npadvmod", "advmod", "dobj")
               and any(g.lower in UNCOUNTED_WORDS for g in sentence.children(c.i))
               for v in verbs for c in sentence.children(v))


# criticism in the perfect that a "who" clause tells of a person: who the person is, not an act of the story's ("a
# Kazakh video blogger who has criticised his government can be extradited")
CRITIC_VERBS = frozenset({"criticise", "criticize", "oppose", "denounce", "condemn", "attack", "accuse", "challenge"})


def describes_a_critic(sentence: Sentence, verb: Token) -> bool:
    """A "who has criticised ..." clause with no time of its own: it describes the person it hangs on."""
    if verb.dep != "relcl" or verb.lemma.lower() not in CRITIC_VERBS:
        return False
    children = sentence.children(verb.i)
    perfect = any(c.dep == "aux" and c.lemma.lower() == "have" and c.tag in ("VBZ", "VBP") for c in children)
    who = any(c.dep == "nsubj" and c.lower == "who" for c in children)
    timed = any(t.ent_type in ("DATE", "TIME") for t in sentence.tokens
                if any(a.i == verb.i for a in sentence.ancestors(t.i)))
    return perfect and who and not timed


# forces placed somewhere, and the verbs that keep them there: "security forces continue to be deployed at all entry
# points", "troops remain stationed in the town", "are still posted there" tell where forces stand, not a deployment
STATIONING_VERBS = frozenset({"deploy", "station", "post"})
KEEPING_VERBS = frozenset({"continue", "remain", "stay"})


def stationed_still(sentence: Sentence, verb: Token) -> bool:
    """Forces told as staying where they were placed, not as sent ("continue to be deployed", "remain stationed",
    "are still deployed")."""
    if verb.lemma.lower() not in STATIONING_VERBS or verb.tag != "VBN":
        return False  # "continued to deploy troops" sends more
    if any(c.dep == "advmod" and c.lower == "still" for c in sentence.children(verb.i)):
        return True
    return verb.dep in ("xcomp", "acomp", "ccomp") and verb.head != verb.i and (
        sentence.tokens[verb.head].lemma.lower() in KEEPING_VERBS)


# what acts of a kind are said to be, in the present, that makes them a pattern and no one act ("clashes between
# herders and farmers are common along the frontier")
PATTERN_ADJECTIVES = frozenset({"common", "frequent", "rare", "routine", "commonplace", "regular", "usual",
                                "widespread", "endemic", "typical"})


def told_as_common(sentence: Sentence, noun: Token) -> bool:
    """An act named by a noun that a present "is"/"are" says is common, frequent or rare: a pattern, not an act."""
    if noun.pos != "NOUN" or noun.dep != "nsubj" or noun.head == noun.i:
        return False
    verb = sentence.tokens[noun.head]
    return verb.lemma.lower() == "be" and verb.tag in ("VBZ", "VBP") and any(
        c.dep == "acomp" and c.lower in PATTERN_ADJECTIVES for c in sentence.children(verb.i))


BACKING_VERBS = frozenset({"back", "support"})
# verbs of a position one holds: told in the perfect "since" a time, a standing position
POSITION_VERBS = CRITIC_VERBS | BACKING_VERBS | frozenset({"reject", "resist", "demand", "refuse"})


def held_since(sentence: Sentence, verb: Token) -> bool:
    """A position held "since" a time or an event ("Bosnian officials have opposed the site since Croatia first named
    it", "has demanded his release since 2023"): a standing position, not an act on an occasion ("has been detained
    since Monday" tells an act, and is left alone)."""
    return verb.lemma.lower() in POSITION_VERBS and told_since(sentence, verb)


def told_since(sentence: Sentence, verb: Token) -> bool:
    """The act is told as done "since" a time or an event ("since 2023", "since then", "since Croatia named it")."""
    return any((c.dep == "prep" and c.lower == "since") or (c.dep == "advcl" and any(
        m.dep == "mark" and m.lower == "since" for m in sentence.children(c.i))) for c in sentence.children(verb.i))


def done_by_many(sentence: Sentence, verb: Token) -> bool:
    """The act's doers are counted with no number ("several Dutch ministers", "many delegations"): told in the perfect
    since a time, a run of acts, not one (the parse may hang the doers on another subject by "and")."""
    subjects = [c for c in sentence.children(verb.i) if c.dep == "nsubj"]
    subjects += [c for s in subjects for c in sentence.children(s.i) if c.dep == "conj"]
    return any(g.lower in UNCOUNTED_WORDS and g.dep in ("amod", "det") for s in subjects
               for g in sentence.children(s.i))


# counts with no number that make an act's object a run of acts' objects ("detained dozens of UN employees")
UNCOUNTED_PLURALS = frozenset({"dozens", "hundreds", "thousands", "scores"})


def done_to_many(sentence: Sentence, verb: Token) -> bool:
    """The act's object is counted with no number ("dozens of UN employees", "hundreds of activists"): told in the
    perfect since a time, a run of acts, not one."""
    return any(c.dep in ("dobj", "obj") and (c.lower in UNCOUNTED_PLURALS or any(
        g.lower in UNCOUNTED_PLURALS and g.dep in ("nummod", "quantmod", "amod") for g in sentence.children(c.i)))
               for c in sentence.children(verb.i))


def standing_backing(sentence: Sentence, verb: Token) -> bool:
    """Backing told as a standing position: in the present passive ("Kshatriya is backed by the former chief
    minister") or as what a party of a relative clause is doing ("whose party is supporting the NDA government")."""
    if verb.lemma.lower() not in BACKING_VERBS:
        return False
    auxes = [c for c in sentence.children(verb.i) if c.dep in ("aux", "auxpass")]
    present_be = [a for a in auxes if a.lemma.lower() == "be" and a.tag in ("VBZ", "VBP")]
    if len(auxes) != len(present_be) or not present_be:
        return False  # "has backed", "will support", "was backed": an act on an occasion
    return (verb.tag == "VBN" and any(a.dep == "auxpass" for a in present_be)) or (
        verb.tag == "VBG" and verb.dep == "relcl")


# spans of time that make an act a standing one: "have accused Zagreb in the past", and with a perfect tense "has
# accused Moscow for years", "over the years" ("detained him for several months" and "jailed for five years" are the
# act's own term)
PAST_SPANS = frozenset({("in", "past")})
HABITUAL_SPANS = PAST_SPANS | {("for", "year"), ("for", "decade"), ("for", "month"), ("over", "year"),
                               ("over", "decade")}
# a span of years opening the clause, before its verb, in any tense ("For years, X accused Y"; "held him for years"
# after the verb may tell one long detention)
FRONTED_SPANS = frozenset({("for", "years"), ("for", "decades"), ("for", "months"), ("over", "years"),
                           ("over", "decades")})
# years counted as a span in any tense: "Dozens of officials have been arrested in recent years", "were detained in
# past decades" tell a running total, not an act on an occasion ("in five years" counts, and is left alone)
YEARS_SPANS = frozenset({("in", "years"), ("in", "decades")})
