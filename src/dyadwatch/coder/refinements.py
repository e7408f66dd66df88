"""A coded act's code refined by who does it, to whom and where: a meeting in a third country, a state's protest
lodged rather than marched, workers' strikes, a state's threats, a politician's verbal attack.
:mod:`dyadwatch.coder.events` calls :func:`refine_code` on each event it builds."""

from __future__ import annotations

from ..records import Actor, Location, Sentence
from .codes import CameoCode, CodeTable
from .pairs import of_the_state
from .threats import DISSENT_THREAT_CODE, THREAT_CODE


def refine_code(code: CameoCode, place: Location | None, actor: Actor, recipient: Actor | None,
                table: CodeTable, lemma: str = "") -> CameoCode:
    """A meeting held in a country of neither party is CAMEO 044, meeting at a third location. A state that
    protests ("Bangladesh summoned India's envoy to protest against ...") complains officially (114, ACCUSE):
    PLOVER's PROTEST is people demonstrating, and a government, a head of state or a ministry lodges protests,
    it does not rally; groups of its people ("government employees protested") still demonstrate."""
    if (code.cameo == "040" and place is not None and place.country and recipient is not None
            and place.country not in (actor.country, recipient.country) and "044" in table):
        return table.get("044")
    if (lemma == "protest" and code.cameo in ("140", "141") and actor.sector == "GOV"
            and actor.kind in STATE_KINDS and "114" in table):
        return table.get("114")
    if (lemma == "strike" and code.event_type == "ASSAULT" and recipient is None and actor.sector in STRIKING_SECTORS
            and LABOUR_STRIKE_CODE in table):
        return table.get(LABOUR_STRIKE_CODE)  # "nurses struck for a second day", "workers struck"
    if (lemma == "strike" and code.cameo == FORCE_THREAT_CODE and actor.sector in STRIKING_SECTORS
            and DISSENT_THREAT_CODE in table):
        return table.get(DISSENT_THREAT_CODE)  # "drivers would strike again if ...": a threat to strike, not to attack
    if code.cameo == DISSENT_THREAT_CODE and THREAT_CODE in table and of_the_state(actor):
        return table.get(THREAT_CODE)  # a state's threat is not one of dissent ("Baku would respond if ...")
    if (lemma == "attack" and code.event_type == "ASSAULT" and recipient is not None and recipient.kind != "country"
            and (actor.sector in PARTY_SECTORS or (actor.kind == "person" and actor.sector in SPEAKING_SECTORS))
            and not followers_of(actor) and DENOUNCE_CODE in table):
        return table.get(DENOUNCE_CODE)  # "Sonia Gandhi attacked the government": a politician's attack is words
    if (code.cameo == RESTRICTION_CODE and lemma in BANNING_WORDS and of_the_state(actor) and recipient is not None
            and recipient.country and actor.country and recipient.country != actor.country
            and SANCTION_CODE in table):
        # "Lithuania imposed entry bans on Georgian officials", "barred 11 Georgian officials": a state's restriction
        # on another state's people is a sanction, not coercion of its own
        return table.get(SANCTION_CODE)
    if (code.cameo == EXPULSION_CODE and lemma == "order" and of_the_state(actor) and recipient is not None
            and recipient.sector == "GOV" and recipient.country not in (None, actor.country)
            and DIPLOMATIC_EXPULSION_CODE in table):
        # "ordered him [a Russian diplomat] to leave the country": another state's official ordered out is a
        # diplomatic sanction (164), as "expelled a Russian diplomat" is
        return table.get(DIPLOMATIC_EXPULSION_CODE)
    if (code.cameo == EXPULSION_CODE and lemma == "expel" and actor.sector in PARTY_SECTORS
            and actor.kind != "person" and DIPLOMATIC_EXPULSION_CODE in table):
        # "The Communist Party expelled Hoan": a party expels a member from its ranks (164, a sanction), it does not
        # deport anyone
        return table.get(DIPLOMATIC_EXPULSION_CODE)
    return code


# a party's followers, whose attack on people is one of force ("supporters of the ruling party attacked opposition
# activists"), not of words as a politician's is
FOLLOWER_WORDS = frozenset({"supporter", "supporters", "youth", "youths", "cadre", "cadres",
                            "thug", "thugs", "militant", "militants", "mob", "gang", "gangs"})


def followers_of(actor: Actor) -> bool:
    """The party is told as a party's followers, not as the party or its politicians."""
    words = actor.text.lower().split()
    return bool(words) and (words[0] in FOLLOWER_WORDS or (len(words) > 1 and words[1] in FOLLOWER_WORDS))


EXPULSION_CODE = "174"
DIPLOMATIC_EXPULSION_CODE = "164"


def refine_in_sentence(code: CameoCode, sentence: Sentence, predicate: int, recipient: Actor | None,
                       table: CodeTable) -> CameoCode:
    """The code refined by the words around its predicate: troops sent to posts (:func:`sent_to_posts`), a
    visitor welcomed (:func:`welcomed_visitor`), one summoned for questioning (:func:`summoned_for_questioning`)."""
    return summoned_for_questioning(welcomed_visitor(sent_to_posts(code, sentence, predicate, recipient, table),
                                                     sentence, predicate, table), sentence, predicate, table)


def summoned_for_questioning(code: CameoCode, sentence: Sentence, predicate: int, table: CodeTable) -> CameoCode:
    """One summoned or called in "for questioning" is investigated (090, ACCUSE), not met (040): "investigators
    would summon the state's finance minister for questioning"."""
    if (not code.cameo.startswith("04") or INVESTIGATE_CODE not in table
            or sentence.tokens[predicate].lemma.lower() not in CALLING_IN_VERBS):
        return code
    for prep in sentence.children(predicate):
        if prep.dep == "prep" and prep.lower == "for" and any(
                c.dep in ("pobj", "pcomp") and c.lemma.lower() in QUESTIONING_WORDS for c in sentence.children(prep.i)):
            return table.get(INVESTIGATE_CODE)
    return code


INVESTIGATE_CODE = "090"
CALLING_IN_VERBS = frozenset({"summon", "call", "invite"})
QUESTIONING_WORDS = frozenset({"questioning", "question", "interrogation", "interview", "investigation", "inquiry"})


def welcomed_visitor(code: CameoCode, sentence: Sentence, predicate: int, table: CodeTable) -> CameoCode:
    """A visitor welcomed or greeted, not a thing ("he was welcomed at Government House by Governor-General Sam
    Mostyn", "the emir welcomed the president at the airport"), is a visit hosted (043, CONSULT), not praise (051):
    the verb's object is a person told by a pronoun, a title or a name, with no possessive (a welcome of "the
    president's decision" is praise of the decision)."""
    if code.cameo != PRAISE_CODE or HOSTED_CODE not in table or sentence.tokens[predicate].lemma.lower() not in (
            WELCOMING_VERBS):
        return code
    for held in sentence.children(predicate):
        if held.dep not in ("dobj", "nsubjpass") or any(c.dep == "case" for c in sentence.children(held.i)):
            continue
        if held.lower in VISITOR_PRONOUNS or held.lemma.lower() in VISITOR_NOUNS or held.ent_type == "PERSON":
            return table.get(HOSTED_CODE)
    return code


PRAISE_CODE = "051"
HOSTED_CODE = "043"
WELCOMING_VERBS = frozenset({"welcome", "greet"})
VISITOR_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them"})
VISITOR_NOUNS = frozenset({"president", "minister", "leader", "delegation", "visitor", "counterpart", "king", "queen",
                           "envoy", "guest", "premier", "chancellor", "emir", "pope", "secretary-general"})


def sent_to_posts(code: CameoCode, sentence: Sentence, predicate: int, recipient: Actor | None,
                  table: CodeTable) -> CameoCode:
    """Troops sent to posts, a border or an area, to no party ("the army sent extra troops to posts along the San
    Juan river"), are forces deployed (154, MOBILIZE), not military protection given to another (074, AID)."""
    if code.cameo != TROOPS_GIVEN_CODE or recipient is not None or DEPLOYED_CODE not in table:
        return code
    for prep in sentence.children(predicate):
        if prep.dep in ("prep", "dative") and prep.lower in ("to", "along", "on") and any(
                c.dep == "pobj" and c.lemma.lower() in POST_NOUNS for c in sentence.children(prep.i)):
            return table.get(DEPLOYED_CODE)
    return code


TROOPS_GIVEN_CODE = "074"
DEPLOYED_CODE = "154"
# where a state's own forces are sent, not a party: "to posts", "to the border", "to the area"
POST_NOUNS = frozenset({"post", "position", "border", "frontier", "area", "region", "outpost", "checkpoint", "zone",
                        "base", "camp", "garrison", "front", "line"})
RESTRICTION_CODE = "172"
SANCTION_CODE = "166"
BANNING_WORDS = frozenset({"ban", "bar", "impose"})


# people who strike as workers do, not as an army: "nurses struck", "drivers would strike again" (CAMEO 143,
# "conduct strike or boycott")
STRIKING_SECTORS = frozenset({"LAB", "EDU", "MED", "CVL", "AGR", "BUS", "JRN"})
LABOUR_STRIKE_CODE = "143"
FORCE_THREAT_CODE = "138"  # the threat of an armed attack, which a conditional "would strike" is read as first
# parties whose "attack" on a party is words ("the Congress attacked the BJP"), and the sectors of people whose attack
# is ("the prime minister attacked the opposition"): CAMEO 111, criticize or denounce
PARTY_SECTORS = frozenset({"PTY", "OPP"})
SPEAKING_SECTORS = frozenset({"GOV", "PTY", "OPP", "LEG"})
DENOUNCE_CODE = "111"
# kinds of party that speak for a state when of its government: a state, a named person, a listed body
STATE_KINDS = frozenset({"country", "person", "organisation"})
