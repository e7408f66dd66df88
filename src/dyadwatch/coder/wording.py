"""What the wording around a predicate says of it: whether the word tells an act at all (a question, a
denial of a claim, a showing, what an accusation, a denial or a demand says, forces sent for relief) and
which act it tells where the lexicon's reading is not the act (a charge that is an accusation, a missile test,
a lodged protest: :func:`reread_code`). Pure functions of the parse, testable on a hand-built sentence."""

from __future__ import annotations

from ..records import Sentence, Token
from .attributes import modality_of
from .codes import DEFAULT_CODE_BY_TYPE
from .lexicon import NO_ACT, PredicateMatch, opened_by_for, worded_match
from .phrases import addressees, with_to
from .quotes import COMMENTATOR_WORDS
from .standing_acts import habitual

QUESTION_WORDS = frozenset({"whether", "if", "what", "why", "how", "when", "who", "where", "which"})
KNOWING_WORDS = frozenset({"know", "learn", "ascertain"})
ANSWER_WORDS = frozenset({"clarification", "explanation", "information", "details", "answer", "reply"})


def asks_a_question(sentence: Sentence, token: int) -> bool:
    """"asked whether ...", "asked about ...", "when asked", "wanted to know": a question, not a request.
    "ask" is a request with an open complement ("asked India to withdraw"), "for" ("asked for aid") or a
    "that" clause."""
    verb = sentence.tokens[token]
    if verb.lemma.lower() in ("want", "seek", "wish"):
        # "wanted to know from the government ...", "sought clarification from the prime minister": a
        # question in the House, not a demand that a party act
        return any((c.dep == "xcomp" and c.lemma.lower() in KNOWING_WORDS)
                   or (c.dep == "dobj" and c.lemma.lower() in ANSWER_WORDS) for c in sentence.children(token))
    if verb.lemma.lower() not in ("ask", "enquire", "inquire"):
        return False
    kids = sentence.children(token)
    if any(c.dep == "xcomp" or (c.dep == "prep" and c.lower == "for") for c in kids):
        return False
    for c in kids:
        if c.dep in ("ccomp", "advcl"):
            below = {g.lower for g in sentence.children(c.i)}
            # "asked that the ban be lifted", "asked them to leave": a request; a "to" of whom something is given
            # ("asked if the government had given permission to the rally") is no such mark
            if {g.lower for g in sentence.children(c.i) if g.dep in ("mark", "aux")} & {"that", "to"}:
                return False
            clause = sentence.subtree(c.i)
            # the quote's opening mark is no word of it, and the parse may hang its closing "?" on the asking verb
            words = [t for t in clause if t.pos != "PUNCT"]
            closing = clause[-1].i + 1 if clause else len(sentence.tokens)
            if below & QUESTION_WORDS or (words and (words[0].lower in QUESTION_WORDS or any(
                    t.text == "?" for t in clause) or (closing < len(sentence.tokens)
                                                       and sentence.tokens[closing].text == "?"))):
                return True  # "asked whether ...", "'what is the government doing?' he asked"
        if (c.dep == "prep" and c.lower == "about") or (c.dep == "dobj" and c.lemma.lower() == "question"):
            return True
    if not any(c.dep in ("dobj", "obj", "dative", "iobj", "ccomp", "advcl", "prep") for c in kids):
        return True  # "'what is the government doing?' he asked": asking nothing of anyone tells a question
    end = max(t.i for t in sentence.subtree(token))
    if end + 1 < len(sentence.tokens) and sentence.tokens[end + 1].lower in ("whether", "if"):
        return True  # "went on to ask home minister advani if he had measured up": the parse hangs the "if" elsewhere
    # "when asked, he said": no one named who asks, nothing asked for
    return verb.dep == "advcl" and not any(c.dep in ("nsubj", "nsubjpass", "dobj") for c in kids)


# verbs whose clause complement is a claim they deny or a fact they admit ("denied that the advice was
# drafted", "conceded that his party had suffered"): a denial or an admission, not an act between parties
CLAIM_VERBS = frozenset({"deny", "dismiss", "reject", "concede", "admit", "acknowledge"})


def about_a_claim(sentence: Sentence, token: int) -> bool:
    """The verb denies or admits a claim told as a clause, with no party or act as its object."""
    if sentence.tokens[token].lemma.lower() not in CLAIM_VERBS:
        return False
    kids = sentence.children(token)
    return any(c.dep == "ccomp" for c in kids) and not any(c.dep in ("dobj", "obj", "dative") for c in kids)


def shows_something(sentence: Sentence, token: int) -> bool:
    """"demonstrating its strength", "demonstrated that ...": showing, not a demonstration in the street."""
    return (sentence.tokens[token].lemma.lower() == "demonstrate"
            and any(c.dep in ("dobj", "obj", "ccomp") for c in sentence.children(token)))


def tells_no_act(sentence: Sentence, token: int, match: PredicateMatch | None) -> bool:
    """The word tells no act: its lexicon row (``match``) silences it ("denied the report"), it denies or
    admits a claim told as a clause, it shows something, it asks a question, it sends forces to bring
    relief, it is what an accusation or a denial says, what a demand asks for or what a party only weighs, it
    is a habit (:func:`habitual`), it advises the public to keep safe (:func:`safety_advice`), a party defends
    itself (:func:`defends_itself`), or it is an act told before, made again by its definite noun
    (:func:`made_again`)."""
    return ((match is not None and match.entry.cameo == NO_ACT) or about_a_claim(sentence, token)
            or shows_something(sentence, token) or asks_a_question(sentence, token)
            or inside_an_allegation(sentence, token) or asked_or_weighed(sentence, token) or habitual(sentence, token)
            or rebuts(sentence, token) or forecast(sentence, token) or permitted_by_text(sentence, token)
            or persists_in_own_doing(sentence, token) or safety_advice(sentence, token)
            or defends_itself(sentence, token) or made_again(sentence, token)
            or (match is not None and match.entry.cameo.startswith("15") and sent_for_relief(sentence, token)))


def made_again(sentence: Sentence, token: int) -> bool:
    """"Foreign Minister Szijjarto made the request in a telephone call": a request (a demand, a call, an appeal)
    told by its definite noun as the object of "make" is the one the story told before, not a second."""
    noun = sentence.tokens[token]
    verb = sentence.tokens[noun.head]
    return (noun.pos == "NOUN" and noun.lemma.lower() in ASKING_NOUNS and noun.dep in ("dobj", "obj")
            and verb.lemma.lower() == "make" and any(c.dep == "det" and c.lower == "the"
                                                    for c in sentence.children(noun.i)))


# advice to the public to keep safe, which event data does not code (as weather warnings): the verbs of advising,
# the public advised, and what it is advised to do ("urged residents to keep away from dry riverbeds", "urged
# Nigerians to stay away from crashed tankers", "advised citizens not to travel")
ADVISING_VERBS = frozenset({"urge", "ask", "advise", "tell", "call", "appeal", "encourage", "remind", "caution"})
PUBLIC_NOUNS = frozenset({"resident", "people", "citizen", "public", "driver", "motorist", "traveller", "traveler",
                          "tourist", "visitor", "commuter", "national", "parent", "fisherman", "household", "consumer",
                          "inhabitant", "villager", "everyone", "anyone", "patient", "pilgrim", "swimmer", "hiker",
                          "population", "community", "family", "student", "pupil", "farmer", "user", "passenger"})
SAFETY_VERBS = frozenset({"avoid", "check", "boil", "evacuate", "seek", "heed", "follow", "drink", "wear", "venture",
                          "travel", "leave", "limit", "conserve", "shelter", "protect", "prepare"})
# verbs of staying that are safety steps only when told away from a danger ("stay indoors", "keep away from the
# riverbeds"), not "stay at home" (a stay-away strike is a protest), and what precautions are taken
STAYING_VERBS = frozenset({"stay", "keep", "remain", "move"})
AWAY_WORDS = frozenset({"away", "indoors", "inside", "off", "clear", "out", "from", "to"})
PRECAUTION_NOUNS = frozenset({"precaution", "care", "shelter", "cover", "measure"})


def safety_step(sentence: Sentence, verb: Token) -> bool:
    lemma = verb.lemma.lower()
    words = {c.lemma.lower() for c in sentence.children(verb.i) if c.dep in ("advmod", "prep", "prt", "dobj", "obj")}
    if lemma in STAYING_VERBS:
        return bool(words & AWAY_WORDS) and "home" not in words  # "move to higher ground", not "stay at home"
    if lemma == "take":
        return bool(words & PRECAUTION_NOUNS)  # "take precautions", not "take to the streets"
    return lemma in SAFETY_VERBS


def safety_advice(sentence: Sentence, token: int) -> bool:
    """The word advises the public to keep safe: a verb of advising whose object is the public (residents, people,
    drivers, a people's name: "Nigerians") and whose infinitive is a step of safety ("to avoid going out", "to stay
    indoors", "not to travel", "to check on elderly neighbours"). A police appeal for information ("urged anyone
    with information to come forward") asks for help with a case, and stays."""
    verb = sentence.tokens[token]
    if verb.lemma.lower() not in ADVISING_VERBS:
        return False
    children = list(sentence.children(token))
    public = any(a.lemma.lower() in PUBLIC_NOUNS or (a.ent_type == "NORP" and a.tag in ("NNPS", "NNS"))
                 for a in addressees(sentence, token))
    steps = [c for c in children if c.dep in ("xcomp", "ccomp") and c.pos == "VERB"]
    steps += [d for c in steps for d in sentence.children(c.i) if d.dep == "conj" and d.pos == "VERB"]
    return public and bool(steps) and all(safety_step(sentence, s) for s in steps)


REFLEXIVE_PRONOUNS = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself"})


def defends_itself(sentence: Sentence, token: int) -> bool:
    """"Burundi would defend itself by every means": a party defending itself backs no one (052 is defending
    another's policy or person); a threat the sentence tells is coded as one."""
    return sentence.tokens[token].lemma.lower() == "defend" and any(
        c.dep in ("dobj", "obj") and c.lower in REFLEXIVE_PRONOUNS for c in sentence.children(token))


def persists_in_own_doing(sentence: Sentence, token: int) -> bool:
    """"residents insisted on bursting crackers": insisting on doing something oneself is persisting in it, no
    demand on anyone; "insisted on the stevedores using the surplus staff", "insisted on being consulted" ask others."""
    if sentence.tokens[token].lemma.lower() != "insist":
        return False
    doings = [g for c in sentence.children(token) if c.dep == "prep" and c.lower == "on"
              for g in sentence.children(c.i) if g.dep == "pcomp" and g.tag == "VBG"]
    return bool(doings) and all(not any(k.dep in ("nsubj", "poss", "auxpass", "nsubjpass")
                                        for k in sentence.children(d.i)) for d in doings)


# verbs of letting, and the texts whose letting tells no act: "a security pact that allows Chinese police to be sent",
# "the law permits the army to detain suspects" say what may be done, not that it was
LETTING_VERBS = frozenset({"allow", "permit", "let", "enable", "authorise", "authorize", "empower"})
TEXT_NOUNS = frozenset({"pact", "agreement", "deal", "accord", "treaty", "memorandum", "law", "act", "bill",
                        "decree", "permit", "licence", "license", "resolution", "rule", "constitution", "arrangement",
                        "mandate", "framework", "protocol", "charter", "clause", "provision", "amendment", "waiver",
                        "exemption", "visa", "scheme", "programme", "program", "regime"})


def permitted_by_text(sentence: Sentence, token: int) -> bool:
    """The act is what a text allows, or lies inside it ("signed a pact that allows Chinese police to be sent at
    Honiara's request", "the law permits the army to detain suspects"): a permission, not an act told as done."""
    return any(allowed_clause(sentence, tok) for tok in (sentence.tokens[token], *sentence.ancestors(token)))


def allowed_clause(sentence: Sentence, act: Token) -> bool:
    """``act`` is the clause a text allows: the complement of a verb of letting whose subject is a text."""
    if act.dep not in ("ccomp", "xcomp") or act.head == act.i:
        return False
    verb = sentence.tokens[act.head]
    if verb.lemma.lower() not in LETTING_VERBS:
        return False
    subjects = [c for c in sentence.children(verb.i) if c.dep == "nsubj"]
    if verb.dep == "relcl" and (not subjects or subjects[0].tag == "WDT"):
        subjects = [sentence.tokens[verb.head]]  # "a pact that allows ...": the pact
    return any(s.lemma.lower() in TEXT_NOUNS for s in subjects)


ALLEGING_VERBS = frozenset({"accuse", "allege"})
DENYING_VERBS = frozenset({"deny", "refute"})
# verbs whose complement is an act asked for or only thought of: "demanded that the army stop attacking
# civilians", "urged Israel to allow aid", "would consider lowering tariffs"; an order asks too ("the High Court
# ordered police to release the activists": no release is told yet)
ASKING_VERBS = frozenset({"demand", "urge", "ask", "call", "press", "appeal", "request", "implore", "plead",
                          "order", "direct", "instruct"})
# nouns of asking whose infinitive is the act asked for ("a request to extradite", "a call to free the detainees")
ASKING_NOUNS = frozenset({"request", "demand", "call", "appeal", "plea", "petition", "order", "application", "motion"})
WEIGHING_VERBS = frozenset({"consider", "weigh", "mull", "contemplate", "explore", "study", "ponder"})


def inside_an_allegation(sentence: Sentence, token: int) -> bool:
    """"accused Pakistan of supporting the militants who carried out the attack", "the petition alleged that
    the party had violated court orders": an act told as what an accusation says is the accuser's claim,
    coded as the accusation; the act itself is not told as having happened. Nor is the act a clause denies
    ("denied that its troops had opened fire")."""
    below = sentence.tokens[token]
    for above in sentence.ancestors(token):
        if above.lemma.lower() in ALLEGING_VERBS and (below.dep == "ccomp" or (
                below.dep == "prep" and below.lower == "of")):
            return True
        if above.lemma.lower() in DENYING_VERBS and below.dep == "ccomp" and below.i == token:
            return True  # "denied that its troops had opened fire": what is denied is not told as done
        if (above.lemma.lower() in CLAIM_NOUNS and below.dep in ("acl", "ccomp") and above.head != above.i
                and sentence.tokens[above.head].lemma.lower() in REBUTTING_VERBS):
            return True  # "rejected any suggestion that government troops had fired the shells"

        below = above
    return False


FORECAST_SAYING = frozenset({"say", "tell", "predict", "expect", "believe", "think", "argue", "note", "add", "write"})
FORECAST_WORDS = frozenset({"likely", "unlikely", "probably", "expected", "poised", "bound"})


def forecast(sentence: Sentence, token: int) -> bool:
    """What a commentator says parties are likely to do, which the guide does not code: "Arben Krasniqi, a researcher
    at a Pristina think tank, said the case was likely to be raised again when Serbia and Kosovo meet". What they
    report as done ("a researcher said police had beaten detainees") is still told."""
    clause: list[Token] = []
    for above in [sentence.tokens[token], *sentence.ancestors(token)]:
        if above.lemma.lower() in FORECAST_SAYING and above.i != token:
            speakers = [c for c in sentence.children(above.i) if c.dep == "nsubj"]
            words = {t.lower for c in speakers for t in sentence.subtree(c.i)}
            hedged = any(t.lower in FORECAST_WORDS or any(c.lower in FORECAST_WORDS for c in sentence.children(t.i))
                         for t in clause)
            return hedged and bool(words & COMMENTATOR_WORDS)
        clause.append(above)
    return False


REBUTTING_VERBS = frozenset({"reject", "dismiss", "deny", "refute", "rebuff"})
# what a rebuttal rejects: a claim, not a demand or an offer ("rejected the accusation" is no act the guide codes;
# "rejected the offer" is); a complaint or a protest is an accusation made ("dismissed the complaint", "the jury
# rejected the protest")
CLAIM_NOUNS = frozenset({"accusation", "allegation", "claim", "suggestion", "assertion", "charge", "criticism",
                         "report", "insinuation", "complaint", "protest"})
# what a rebuttal calls the claim: "dismissed the Egyptian complaint as baseless"
REBUTTAL_WORDS = frozenset({"baseless", "unfounded", "groundless", "false", "absurd", "lie", "lies", "fabricated",
                            "fabrication", "nonsense", "propaganda", "slander", "untrue"})


def rebuts(sentence: Sentence, token: int) -> bool:
    """A denial of an accusation, which the guide does not code: "rejected the accusation", "dismissed the
    complaint as baseless", "denied the charges". A court's or a party's refusal of a demand, an offer or an appeal
    is still a REJECT."""
    if sentence.tokens[token].lemma.lower() not in REBUTTING_VERBS:
        return False
    kids = sentence.children(token)
    if any(c.dep in ("dobj", "obj") and c.lemma.lower() in CLAIM_NOUNS for c in kids):
        return True
    return any(c.dep == "prep" and c.lower == "as" and any(
        t.lemma.lower() in REBUTTAL_WORDS or t.lower in REBUTTAL_WORDS for t in sentence.subtree(c.i)) for c in kids)


# what a court or the police charge people with ("charged with rioting", "charged him with murder")
OFFENCE_LEMMAS = frozenset({"riot", "murder", "kill", "attack", "loot", "rape", "assault", "cheat", "defraud",
                            "smuggle", "possess", "conspire", "abet", "kidnap", "abduct", "rob", "steal", "burn",
                            "bomb", "shoot", "stab", "spy", "bribe", "launder", "traffic", "incite", "obstruct"})


def charged_as_accusation(sentence: Sentence, token: int, cameo: str) -> bool:
    """"charged the VHP with politicising the issue", "charged that the government ...": in news, a charge
    of a misdeed that is no offence, or a charge made as a claim, is a plain accusation (112), not a legal
    charge (1121, which the PLOVER manual codes ACCUSE 'allege' too: "police charged him with rioting", "he
    was charged with murder")."""
    verb = sentence.tokens[token]
    if verb.lemma.lower() != "charge" or not (cameo == "1121" or cameo.startswith("17")):
        return False
    kids = sentence.children(token)
    if any(c.dep in ("nsubjpass", "auxpass") for c in kids):
        return False
    if any(c.dep == "ccomp" for c in kids) and not any(c.dep in ("dobj", "obj") for c in kids):
        return True
    holders = [verb, *(c for c in kids if c.dep in ("dobj", "obj"))]  # "charged the government of speaking"
    deeds = [g for h in holders for c in sentence.children(h.i) if c.dep == "prep" and c.lower in ("with", "of")
             for g in sentence.children(c.i) if g.dep in ("pcomp", "pobj")]
    return any(g.tag == "VBG" and g.lemma.lower() not in OFFENCE_LEMMAS for g in deeds)


# a missile fired into the sea or as a test is a show of force (CAMEO 150, MOBILIZE), not an attack on anyone
FIRING_VERBS = frozenset({"fire", "launch", "test", "test-fire"})
PROJECTILE_LEMMAS = frozenset({"missile", "rocket", "projectile", "icbm", "slbm"})
WATER_WORDS = frozenset({"sea", "ocean", "water", "waters"})
DESTINATION_PREPOSITIONS = frozenset({"into", "in", "over", "off", "toward", "towards"})
AIMING_PREPOSITIONS = frozenset({"at", "on", "against"})


def shows_force(sentence: Sentence, token: int, cameo: str) -> bool:
    """"fired two ballistic missiles into the sea", "test-fired a cruise missile": a missile launch that hits
    no one, told as a test or as landing in the sea, is a show of force, not an attack ("fired missiles at
    Israel", "fired a missile toward a ship in the Red Sea" stay attacks)."""
    verb = sentence.tokens[token]
    if cameo[:2] not in ("18", "19", "20") or verb.lemma.lower() not in FIRING_VERBS:
        return False
    kids = sentence.children(token)
    objects = [c for c in kids if c.dep in ("dobj", "obj", "nsubjpass")]
    if not any(t.lemma.lower() in PROJECTILE_LEMMAS for o in objects for t in sentence.subtree(o.i)):
        return False
    if any(c.dep == "prep" and c.lower in AIMING_PREPOSITIONS and any(
            g.dep == "pobj" and g.ent_type not in ("DATE", "TIME") for g in sentence.children(c.i)) for c in kids):
        return False  # "fired missiles at Israel" ("on Tuesday" aims at no one)
    tested = verb.lemma.lower() in ("test", "test-fire") or any(c.lemma.lower() == "test" and c.i < token
                                                                 for c in kids)
    into_water = any(g.dep == "pobj" and g.lower in WATER_WORDS
                     for holder in (verb, *objects) for c in sentence.children(holder.i)
                     if c.dep == "prep" and c.lower in DESTINATION_PREPOSITIONS
                     for g in sentence.children(c.i))
    return tested or into_water


# verbs that deliver a protest to a government: "lodged a strong protest with Pakistan"
LODGING_VERBS = frozenset({"lodge", "register", "file", "deliver", "convey"})


def lodged_protest(sentence: Sentence, token: int, cameo: str) -> bool:
    """"Tokyo lodged a protest with North Korea": a protest lodged with a government is an official complaint
    (CAMEO 114, ACCUSE), not a demonstration (PROTEST)."""
    noun = sentence.tokens[token]
    if not cameo.startswith("14") or noun.pos != "NOUN" or noun.dep not in ("dobj", "obj"):
        return False
    return sentence.tokens[noun.head].lemma.lower() in LODGING_VERBS


# what forces are sent to do after a disaster: relief, not a show of force against anyone
RELIEF_WORDS = frozenset({"rescue", "evacuate", "clear", "distribute", "deliver", "search", "restore", "rebuild",
                          "relief", "evacuation", "clean-up", "cleanup", "reconstruction"})
HELPING_WORDS = frozenset({"help", "assist", "aid", "support"})
STRICKEN_WORDS = frozenset({"victim", "survivor", "resident", "people", "family", "villager", "evacuee", "community"})
FIGHTING_WORDS = frozenset({"fight", "douse", "contain", "battle"})
DISASTER_WORDS = frozenset({"fire", "blaze", "wildfire", "flood", "flooding", "outbreak", "epidemic"})


def relief_purpose(sentence: Sentence, verb: Token) -> bool:
    """"to clear roads", "to help clear roads", "to help flood victims", "to fight the wildfires"."""
    lemma = verb.lemma.lower()
    kids = sentence.children(verb.i)
    objects = {g.lemma.lower() for g in kids if g.dep in ("dobj", "obj")}
    if lemma in RELIEF_WORDS:
        return True
    if lemma in FIGHTING_WORDS:
        return bool(objects & DISASTER_WORDS)
    if lemma in HELPING_WORDS:  # "to help clear roads" (the small model may read "clear" as an adjective)
        return bool(objects & STRICKEN_WORDS) or any(
            t.i != verb.i and t.lemma.lower() in RELIEF_WORDS for t in sentence.subtree(verb.i))
    return False


def sent_for_relief(sentence: Sentence, token: int) -> bool:
    """"deployed troops to help clear roads", "mobilised the army for rescue operations": forces sent to bring
    relief are no mobilisation (PLOVER's MOBILIZE is a show of force); "deployed troops to contain the
    protests" and "deployed to assist the local police" stay one."""
    for child in sentence.children(token):
        if child.dep in ("xcomp", "advcl") and relief_purpose(sentence, child):
            return True
        if child.dep == "prep" and child.lower == "for" and any(
                g.lemma.lower() in RELIEF_WORDS or any(m.lemma.lower() in RELIEF_WORDS for m in sentence.children(g.i))
                for g in sentence.children(child.i) if g.dep == "pobj"):
            return True
    return False


# verbs of an act's phase: "stop attacking", "resume talks"
PHASE_VERBS = frozenset({"stop", "cease", "end", "halt", "quit", "continue", "start", "begin", "resume", "keep"})


def asked_or_weighed(sentence: Sentence, token: int) -> bool:
    """"demanded that the army stop attacking civilians", "urged Israel to allow aid": the act a demand asks for
    is not told as done (the demand is the REQUEST); nor is one a party only weighs ("would consider lowering
    tariffs")."""
    act = sentence.tokens[token]
    above = sentence.tokens[act.head]
    if above.lemma.lower() in PHASE_VERBS and act.dep in ("xcomp", "pcomp", "dobj") and above.i != act.i:
        act, above = above, sentence.tokens[above.head]
    if above.i == act.i:
        return False
    if above.lemma.lower() in WEIGHING_VERBS:
        return act.dep in ("ccomp", "xcomp", "pcomp", "dobj")
    # "called for Iran to leave the treaty": the parser hangs the act asked for as a clause opened by "for"
    asked_for = act.dep == "advcl" and opened_by_for(sentence, act)
    if act.dep == "acl" and above.pos == "NOUN" and above.lemma.lower() in ASKING_NOUNS and with_to(sentence, act):
        return True  # "refused a Russian request to extradite an activist": the extradition is only asked for
    if act.dep == "advcl" and with_to(sentence, act) and any(
            c.dep in ("dobj", "obj") and c.lemma.lower() in ASKING_NOUNS and c.i < act.i
            for c in sentence.children(above.i)):
        return True  # "refused a US request on Wednesday to extradite ...": the parser hangs it on the verb
    return (above.lemma.lower() in ASKING_VERBS and (act.dep in ("ccomp", "xcomp") or asked_for)) or asked_further(
        sentence, token) or offered_setting(sentence, token)


# nouns of a place or frame offered for an act to be held in ("offered La Union as a venue for talks", "a proposal
# for a summit"): the act is not told as held
SETTING_NOUNS = frozenset({"venue", "host", "proposal", "plan", "offer", "framework", "platform", "preparation",
                           "preparations", "date", "agenda"})


def offered_setting(sentence: Sentence, token: int) -> bool:
    """"offered its port city as a venue for talks between the two governments": talks for which a venue, a plan or
    a date is offered are not told as held."""
    act = sentence.tokens[token]
    if act.pos != "NOUN" or act.dep != "pobj" or act.head == act.i:
        return False
    prep = sentence.tokens[act.head]
    holder = sentence.tokens[prep.head]
    return prep.lower == "for" and holder.pos == "NOUN" and holder.lemma.lower() in SETTING_NOUNS


def asked_further(sentence: Sentence, token: int) -> bool:
    """An act told inside a second act asked for, or as how it is to be done: "asked New Delhi to stop work and to
    settle the question through talks" (no talks are told as held), "urged them to resume talks"."""
    act = sentence.tokens[token]
    if act.pos == "NOUN" and act.dep in ("pobj", "dobj") and act.head != act.i:
        act = sentence.tokens[act.head]
        if act.dep == "prep" and act.head != act.i:
            act = sentence.tokens[act.head]
    if act.i == token and act.dep != "conj":
        return False  # a verb asked for directly is :func:`asked_or_weighed`'s
    while act.dep == "conj" and act.head != act.i and sentence.tokens[act.head].pos in ("VERB", "AUX"):
        act = sentence.tokens[act.head]
    above = sentence.tokens[act.head]
    return (act.dep in ("xcomp", "ccomp") and act.pos in ("VERB", "AUX") and above.i != act.i
            and above.lemma.lower() in ASKING_VERBS)


def reread_code(sentence: Sentence, token: int, cameo: str) -> str:
    """The code the wording gives the predicate's act in place of the lexicon's: a charge of a misdeed is an
    accusation, a missile fired into the sea a show of force, a protest lodged with a government a complaint."""
    if charged_as_accusation(sentence, token, cameo):
        return "112"
    if shows_force(sentence, token, cameo):
        return "150"
    if lodged_protest(sentence, token, cameo):
        return "114"
    if attacked_for(sentence, token, cameo):
        return "111"
    if posted_at_own_lines(sentence, token, cameo):
        return DEPLOY_CODE
    return cameo


# CAMEO 074, military protection or peacekeeping given another, and 154, forces mobilized or deployed
PEACEKEEPING_CODE, DEPLOY_CODE = "074", "154"
# where a force is sent on its own side: its posts and lines, not another country
OWN_LINES = frozenset({"border", "frontier", "post", "outpost", "garrison", "base", "position", "front", "frontline",
                       "checkpoint", "line"})


def posted_at_own_lines(sentence: Sentence, token: int, cameo: str) -> bool:
    """"sent 30 more soldiers to its post on the island", "sent troops to the border": soldiers sent to the
    sender's own posts or to a border are deployed (154), not given another country to protect it (074, "sent
    troops to Haiti")."""
    if cameo != PEACEKEEPING_CODE:
        return False
    for place in (g for c in sentence.children(token) if c.dep == "prep" and c.lower == "to"
                  for g in sentence.children(c.i) if g.dep == "pobj"):
        owned = any(d.dep == "poss" and d.lower in ("its", "their", "own") for d in sentence.children(place.i))
        if owned or place.lemma.lower() in OWN_LINES:
            return True
    return False


def attacked_for(sentence: Sentence, token: int, cameo: str) -> bool:
    """"attacked the prime minister for giving up the temple issue", "attacked the minister for his remarks": an
    attack for what one did or said is criticism (ACCUSE 111), not violence ("attacked the police station for the
    third time" stays one)."""
    verb = sentence.tokens[token]
    if not (cameo.startswith(("18", "19")) and verb.lemma.lower() == "attack" and verb.pos == "VERB"):
        return False
    return any(g.dep == "pcomp" or (g.dep == "pobj" and any(d.dep == "poss" for d in sentence.children(g.i)))
               for c in sentence.children(token) if c.dep == "prep" and c.lower == "for"
               for g in sentence.children(c.i))


# verbs by which a court binds a party to act or to refrain ("the High Court ordered police to release the
# activists", "a judge barred the council from ...")
ORDER_VERBS = frozenset({"order", "direct", "instruct", "compel", "bar", "restrain", "forbid", "prohibit"})
# the words that tell a court or one of its judges (the head of a subject, or a word of it: "the Tokyo District
# Court", "a judge in Podgorica")
COURT_WORDS = frozenset({"court", "judge", "tribunal", "magistrate", "justice", "bench", "icj"})
# CAMEO's "Coerce, not specified below": a court's order binds whom it is given to (COERCE in PLOVER)
COURT_ORDER_CODE = "170"


def court_orders(sentence: Sentence, found: dict[int, PredicateMatch]) -> dict[int, PredicateMatch]:
    """Orders a court gives a party, as lexicon matches with CAMEO 170 on the verb of ordering: a court "ordered
    the government to refund ...", "barred the council from ...". The verb's subject must be a court or a judge
    and its object a party told to act or to refrain (an open complement, or "from" and a gerund); an order the
    lexicon already codes ("ordered him held in custody", 173) keeps its own code, and a government's orders (to
    its own officers, troops) are no coercion of whom they are given to."""
    orders: dict[int, PredicateMatch] = {}
    for token in sentence.tokens:
        if token.pos != "VERB" or token.lemma.lower() not in ORDER_VERBS or token.i in found:
            continue
        kids = sentence.children(token.i)
        subject = next((c for c in kids if c.dep == "nsubj"), None)
        if subject is None or subject.lemma.lower() not in COURT_WORDS:
            continue
        told = any(c.dep in ("dobj", "obj") for c in kids) and any(
            c.dep in ("xcomp", "ccomp") or (c.dep == "prep" and c.lower == "from") for c in kids)
        if told:
            orders[token.i] = worded_match(token, COURT_ORDER_CODE)
    return orders


# verbs of sending, giving or pledging what is to help a party ("would send 40 border guards to help Lithuania
# track the balloons", "pledged $1.1 billion to help Lebanon's army extend its control")
GIVING_VERBS = frozenset({"send", "dispatch", "give", "provide", "donate", "pledge", "commit", "offer", "allocate",
                          "grant", "lend", "deploy", "contribute", "earmark"})
# CAMEO's "Provide aid, not specified below"
AID_CODE = DEFAULT_CODE_BY_TYPE["AID"]


def purposes_of_help(sentence: Sentence, found: dict[int, PredicateMatch]) -> dict[int, PredicateMatch]:
    """Aid told by its purpose, as lexicon matches with CAMEO 070 on "help": what a party sends, gives or pledges
    "to help" another ("pledged to send 50 fisheries experts to help Kenya develop a tuna industry"). "Help" must be
    an infinitive of purpose on a verb of giving, and name whom it helps (its object, or the subject of what they are
    helped to do); "help" alone ("helped the team win", "to help the economy") stays no act."""
    helps: dict[int, PredicateMatch] = {}
    for token in sentence.tokens:
        if token.lemma.lower() != "help" or token.pos != "VERB" or token.i in found or token.dep != "advcl":
            continue
        if sentence.tokens[token.head].lemma.lower() not in GIVING_VERBS:
            continue
        kids = sentence.children(token.i)
        if not with_to(sentence, token):
            continue
        helped = [c for c in kids if c.dep in ("dobj", "obj")] + [
            s for c in kids if c.dep in ("ccomp", "xcomp") for s in sentence.children(c.i) if s.dep == "nsubj"]
        if any(h.pos in ("PROPN", "NOUN") for h in helped):
            helps[token.i] = worded_match(token, AID_CODE)
    return helps


def acts_by_wording(sentence: Sentence, found: dict[int, PredicateMatch]) -> dict[int, PredicateMatch]:
    """Acts no row of the lexicon codes that the wording around a verb does: a court's orders (:func:`court_orders`),
    aid told by its purpose (:func:`purposes_of_help`) and what a party will never accept
    (:func:`refused_acceptances`)."""
    acts = court_orders(sentence, found)
    acts.update(purposes_of_help(sentence, {**found, **acts}))
    acts.update(refused_acceptances(sentence, {**found, **acts}))
    return acts


# verbs of taking what another offers or decides, whatever it is: refused, they reject it
ACCEPTING_VERBS = frozenset({"accept"})
AGREE_CODE = DEFAULT_CODE_BY_TYPE["AGREE"]  # "Express intent to cooperate, not specified below"


def refused_acceptances(sentence: Sentence, found: dict[int, PredicateMatch]) -> dict[int, PredicateMatch]:
    """What a party says it will not accept, whatever it is ("would never accept the closure", "will not accept
    it"): a refusal, coded as the agreement it refuses (CAMEO 030, which the refusal rule makes a rejection, 120).
    The lexicon's rows for "accept" code only named things (a deal, a demand); accepting anything else, told as
    done ("accepted the award"), is no act, so only a refusal told in the doer's own future is coded here."""
    acts: dict[int, PredicateMatch] = {}
    for token in sentence.tokens:
        if (token.i in found or token.pos != "VERB" or token.lemma.lower() not in ACCEPTING_VERBS
                or not any(c.dep in ("dobj", "obj", "ccomp") for c in sentence.children(token.i))):
            continue
        if modality_of(sentence, token.i, None, False).refused:
            acts[token.i] = worded_match(token, AGREE_CODE)
    return acts
