"""The words actor resolution reads: titles and the offices they name, words for groups, places,
quantities and the people of a body (``dyadwatch.coder.actors``)."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from types import MappingProxyType

from ..records import Sentence, Token

TITLE_OFFICES: Mapping[str, str] = MappingProxyType({
    "president": "head_of_state", "leader": "head_of_state", "king": "head_of_state",
    "queen": "head_of_state", "emperor": "head_of_state", "emir": "head_of_state",
    "prime minister": "head_of_government", "pm": "head_of_government", "premier": "head_of_government",
    "chancellor": "head_of_government", "foreign minister": "foreign_minister",
    "secretary of state": "foreign_minister", "defense minister": "defence_minister",
    "defence minister": "defence_minister", "defense secretary": "defence_minister",
    "defence secretary": "defence_minister", "trade minister": "trade_minister",
    "commerce minister": "trade_minister", "commerce secretary": "trade_minister",
    "trade representative": "trade_minister",
})
ACTOR_ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# words that tell people or forces are from outside the story's country ("blamed outside forces, including the ISI",
# "arrested foreign nationals"), and the nouns they tell it of (a "foreign ministry" is the state's own)
FOREIGN_WORDS = frozenset({"outside", "foreign", "external", "overseas", "alien"})
FOREIGN_PARTY_NOUNS = frozenset({"force", "national", "element", "hand", "fighter", "mercenary", "agent", "power",
                                 "militant", "infiltrator", "terrorist", "intruder", "agency", "citizen"})


def from_outside(text: str) -> bool:
    """The phrase tells people or forces from outside the story's country: "outside forces", "foreign nationals"."""
    words = text.lower().replace('"', " ").replace(",", " ").split()
    return any(a in FOREIGN_WORDS and b.removesuffix("s") in FOREIGN_PARTY_NOUNS for a, b in pairwise(words))


FORMER_WORDS = frozenset({"former", "ousted", "exiled", "ex", "ex-president", "deposed", "late"})
# a holder's relatives, who hold no part of the office ("the prime minister's wife")
KIN_NOUNS = frozenset({"wife", "husband", "spouse", "son", "daughter", "widow", "widower", "brother", "sister",
                       "mother", "father", "nephew", "niece", "cousin", "grandson", "granddaughter", "son-in-law",
                       "daughter-in-law", "brother-in-law", "sister-in-law"})
QUANTITY_NOUNS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million",
                            "millions", "handful", "number", "scores", "score", "some", "many", "most", "all",
                            "members", "member", "part", "majority", "minority", "rest"})
# a unit of a force, which stands for the force it is of ("a company of the Rapid Action Force", "one column
# of the army", "a posse of policemen": the force acts, not a firm or a file)
UNIT_NOUNS = frozenset({"company", "column", "battalion", "platoon", "contingent", "posse", "detachment", "regiment",
                        "brigade", "squad", "unit"})
# nouns for a body of people, which take their kind from their modifiers ("opposition groups")
COLLECTIVE_NOUNS = frozenset({"group", "coalition", "organization", "organisation", "movement", "alliance",
                              "front", "faction", "body", "association", "network", "force", "wing", "bloc",
                              "camp", "side", "unit", "team", "delegation", "committee", "council", "panel"})
PLACE_PREPOSITIONS = frozenset({"in", "into", "at", "near", "inside", "outside", "across", "throughout"})
LOCATING_PREPOSITIONS = frozenset({"in", "from", "throughout", "across", "inside"})
# a state's diplomatic missions abroad, which are the sending state's wherever they sit ("the embassy in Nairobi")
MISSION_NOUNS = frozenset({"embassy", "consulate", "legation"})
# the state's own bodies and the parties of domestic politics: "the government" of the story's country
DOMESTIC_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "LEG", "PTY", "OPP"})
# the sectors of a state's own bodies: government, forces, police, courts, legislature, intelligence
STATE_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "COP", "SPY"})
# the sectors of a country's own politics, who act on their own government
POLITICS_SECTORS = frozenset({"LEG", "PTY", "OPP"})
TITLE_WORDS = frozenset({"president", "minister", "pm", "judge", "premier", "chancellor", "king", "queen", "emir",
                         "sultan", "general", "gen.", "gov.", "sen.", "rep.", "leader", "governor", "prime",
                         "vice-president", "ambassador", "secretary", "dictator", "monarch", "sheikh", "crown"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
GROUP_WORDS = frozenset({"leader", "side", "country", "nation", "government", "party", "president", "minister",
                         "delegation", "neighbour", "neighbor", "capital", "ally", "official", "envoy", "diplomat"})
GROUP_DETERMINERS = frozenset({"two", "both"})
# nouns for whoever rivals a party, of that party's kind: a firm's rival is a firm, a state's a state
RIVAL_NOUNS = frozenset({"rival", "competitor", "peer"})
# private bodies a town or a country may name without being their government ("a rival Asmara team", "one N'Djamena
# exporter", "a Havana band"): of that country, of no state's sector
PRIVATE_BODY_NOUNS = frozenset({"team", "club", "squad", "exporter", "importer", "trader", "merchant", "band", "choir",
                                "orchestra"})
# titles a sector list reads as government's, which head any body ("the VHP leader", "party president")
BODY_TITLES = frozenset({"leader", "president", "chief", "vice-president", "secretary", "delegation", "head"})
# bodies other than a state's whose head a title names ("the temple trust president", "the board chairman")
BODY_NOUNS = frozenset({"trust", "nyas", "board", "party", "committee", "parishad", "sangh", "samiti", "dal",
                        "league", "forum", "society", "club", "foundation", "federation", "association",
                        "union", "organisation", "organization", "movement", "front", "manch"})
FAITH_WORDS = frozenset({"muslim", "muslims", "hindu", "hindus", "christian", "christians", "sikh", "sikhs",
                         "jewish", "islamic", "catholic", "buddhist", "religious", "spiritual"})
# people of a body who act for it: "VHP leaders" keep the body's sector, not the one their title has
MEMBER_WORDS = frozenset({"leader", "chief", "member", "activist", "worker", "cadre", "supporter", "spokesman",
                          "spokeswoman", "spokesperson", "official", "functionary", "officer"})
NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "det", "nummod", "case", "punct", "appos", "flat",
                     "npadvmod"})
# nouns that name one person by a title or role, whom a later "he" or "she" may stand for ("the seer said ...
# He added"); not bodies ("the ministry", "the police")
ONE_PERSON_NOUNS = frozenset({
    *TITLE_WORDS, "spokesman", "spokeswoman", "spokesperson", "official", "functionary", "chairman", "chairperson",
    "chairwoman", "chief", "mayor", "commissioner", "collector", "superintendent", "inspector", "officer", "mp",
    "mla", "legislator", "senator", "lawmaker", "envoy", "diplomat", "seer", "swami", "swamiji", "pontiff", "cleric",
    "imam", "priest", "bishop", "archbishop", "pope", "mahant", "shankaracharya", "maulana", "sadhu", "governor",
    "speaker", "attorney", "counsel", "lawyer", "activist", "organiser", "organizer", "convener", "convenor",
    "counterpart", "akim", "intendente", "prefect", "alcalde", "bupati", "secretary",
})


def titles_one_person(token: Token) -> bool:
    """A singular noun that tells one person by a title ("the governor", "the seer", "the swami")."""
    return token.tag in ("NN", "NNP") and token.lemma.lower() in ONE_PERSON_NOUNS


# a person's own body, which acts for them ("Lee's office")
# the pronouns that tell whose own body it is ("his office said": the office of the one "his" stands for), but for
# a state's bodies, which act as the state ("his government")
OWNER_PRONOUNS = frozenset({"his", "her"})
STATE_BODY_NOUNS = frozenset({"administration", "government", "cabinet"})
OWNED_BODY_NOUNS = frozenset({"office", "administration", "government", "cabinet", "camp", "aide", "spokesman",
                              "spokeswoman", "spokesperson"})
# who speaks for someone named after "for" ("a spokesman for UN Secretary-General Antonio Guterres")
SPOKES_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# who speaks for a country to another country or a body
ENVOY_WORDS = frozenset({"ambassador", "envoy", "representative", "delegate", "delegation", "mission", "diplomat",
                         "permanent"})
# entity labels of a body: an organisation, or a building's institution
BODY_LABELS = frozenset({"ORG", "FAC"})
# words that name a part of a state in a body's name ("Estonia's Internal Security Service", "Kenya's National
# Disaster Management Authority"): such a body stays its state's
STATE_BODY_WORDS = frozenset({"service", "agency", "office", "council", "commission", "authority", "ministry",
                              "department", "bureau", "directorate", "committee", "court", "tribunal", "parliament",
                              "assembly", "senate", "guard", "force", "forces", "police", "army", "navy", "command",
                              "administration", "government", "cabinet", "presidency", "secretariat", "inspectorate",
                              "prosecutor", "prosecution", "institute", "central", "national", "state", "federal",
                              "royal", "intelligence", "security", "defence", "defense"})

# plural nouns for people of no office, who with a people's adjective are that country's people, not its state ("two
# Lebanese crew members", "Thai nationals")
PRIVATE_PEOPLE_NOUNS = frozenset({"member", "crewman", "sailor", "fisherman", "national", "citizen", "man", "woman",
                                  "passenger", "migrant", "resident", "villager", "child", "family", "tourist",
                                  "pilgrim", "trader", "driver", "farmer", "person", "people", "civilian"})
# nouns for a place: a place is where an act happens, not a party it is aimed at
PLACE_NOUNS = frozenset({"town", "city", "village", "area", "district", "region", "locality", "neighbourhood",
                         "neighborhood", "street", "road", "temple", "mosque", "church", "shrine", "site", "spot",
                         "premises", "campus", "colony", "market", "square", "building", "compound", "zone",
                         "suburb", "outskirts", "township", "province", "county", "slum", "post", "crossing",
                         "frontier", "coast", "island", "bank", "outpost", "highway", "motorway", "expressway",
                         "railway", "bridge", "junction", "intersection"})
# the ways and open places of a town where crowds march and gather: a town's name before one names the place ("along
# the Port Vila seafront"), not the town's government
STREET_NOUNS = frozenset({"street", "road", "square", "avenue", "boulevard", "seafront", "waterfront", "promenade",
                          "beach", "plaza", "roundabout", "highway", "motorway", "expressway", "bridge",
                          "junction", "intersection"})
# prepositions that name where an act happens
LOCATIVE_WORDS = frozenset({"in", "at", "into", "to", "near", "around", "across", "inside", "outside", "throughout",
                            "within", "towards", "toward"})


# parties the knowledge base lists under one country by a name that parties of these other countries are also
# called in English news (facts): "Labour" in Ireland, New Zealand, Malta, Norway, Israel, Jamaica, Barbados, St
# Kitts and Nevis, Fiji; "Conservatives" and "Tories" in Canada, Norway and Denmark; "the Democratic Party" (PD, DS,
# DIKO, DP, Partai Demokrat, PDM, DPK) in Albania, Serbia, Cyprus, Mongolia, Luxembourg, Uganda, Indonesia, Moldova,
# Italy, South Korea and Tajikistan; the New Democratic Party (NDP) in St Vincent and the Grenadines; and a union
# centre: the Trades Union Congress (TUC) in Ghana and Nigeria
SHARED_PARTY_NAMES: dict[str, frozenset[str]] = {
    "Labour Party": frozenset({"IRL", "NZL", "MLT", "NOR", "ISR", "JAM", "BRB", "KNA", "FJI", "MUS", "NLD"}),
    "Conservative Party": frozenset({"CAN", "NOR", "DNK"}),
    "Democratic Party": frozenset({"ALB", "SRB", "CYP", "MNG", "LUX", "UGA", "IDN", "MDA", "ITA", "KOR", "TJK"}),
    "New Democratic Party": frozenset({"VCT"}),
    "National Democratic Congress": frozenset({"GRD"}),
    "Trades Union Congress": frozenset({"GHA", "NGA"}),
}


# the kinds a body's name may follow ("the judges' association Iustitia", "the employers' confederation CIP")
KIND_NOUNS = COLLECTIVE_NOUNS | {"union", "confederation", "federation", "party", "charity", "foundation", "league",
                                 "syndicate", "society", "institute", "centre", "center", "watchdog"}


def is_acronym_word(token: Token) -> bool:
    """A word of capitals, as a body's short name is written ("PAFFREL", "KontraS" is not)."""
    return len(token.text) > 1 and token.text.isalpha() and token.text.isupper()


def named_by_kind(phrase: list[Token], head: int) -> bool:
    """A body's proper name told right after the noun of its kind: "human rights group Suaram", "election
    monitoring group PAFFREL"; not a person after a title ("Bloc leader X") or a name alone."""
    by_index = {t.i: t for t in phrase}
    token = by_index.get(head)
    if token is None or not (token.pos == "PROPN" or is_acronym_word(token)):  # "PAFFREL" tagged a common noun
        return False
    start = head
    while start - 1 in by_index and by_index[start - 1].pos == "PROPN":
        start -= 1  # the whole name: "Tamil Makkal Katchi"
    kind = by_index.get(start - 1)
    return kind is not None and kind.pos == "NOUN" and kind.lemma.lower() in KIND_NOUNS


def kind_in_apposition(sentence: Sentence, head: int) -> Token | None:
    """The noun of its kind a body's name is told with between commas ("Threshold, the housing charity, urged ...",
    "Repubblika, a civil society group, said ..."), or None."""
    token = sentence.tokens[head]
    if not (token.pos == "PROPN" or is_acronym_word(token)) or token.ent_type in ("PERSON", "GPE", "LOC"):
        return None
    return next((c for c in sentence.children(head)
                 if c.dep == "appos" and c.pos == "NOUN" and c.lemma.lower() in KIND_NOUNS), None)


def body_name_and_kind(sentence: Sentence, phrase: list[Token], head: int) -> tuple[str, str] | None:
    """A body the knowledge base lacks, told with the noun of its kind: its proper name and that noun's lemma
    ("human rights group Suaram": Suaram, group; "Threshold, the housing charity": Threshold, charity; "the leftist
    Libre party": Libre, party), so that the story's later "Suaram", "Libre" or "the charity" is that body. None for
    a phrase of no such kind."""
    by_index = {t.i: t for t in phrase}
    token = sentence.tokens[head]
    kind: Token | None = None
    if token.lemma.lower() in KIND_NOUNS and token.pos == "NOUN":
        kind, end = token, head - 1  # "the Libre party": the name before the kind
    elif named_by_kind(phrase, head) or (kind := kind_in_apposition(sentence, head)) is not None:
        end = head  # "human rights group Suaram", "Threshold, the housing charity"
    else:
        return None
    start = end
    while start - 1 in by_index and (by_index[start - 1].pos == "PROPN" or is_acronym_word(by_index[start - 1])):
        start -= 1
    name = [sentence.tokens[i] for i in range(start, end + 1) if i in by_index]
    if not name or not all(t.pos == "PROPN" or is_acronym_word(t) for t in name):
        return None
    if kind is None:
        kind = by_index.get(start - 1)
    if kind is None or kind.lemma.lower() not in KIND_NOUNS:
        return None
    return " ".join(t.text for t in name), kind.lemma.lower()


# the places and vehicles of a state's force ("an army base", "a police station", "a military convoy"): attacking or
# besieging one is acting on the force, of the story's country when the text names no other
FORCE_FACILITY_NOUNS = frozenset({"base", "station", "post", "outpost", "camp", "barracks", "checkpoint", "garrison",
                                  "headquarters", "convoy", "patrol", "picket"})
FORCE_WORDS = {"army": "MIL", "military": "MIL", "navy": "MIL", "naval": "MIL", "paramilitary": "MIL",
               "police": "COP"}


def force_facility_sector(text: str) -> str | None:
    """The sector of the force whose place or vehicle the phrase names by its force word and its kind ("army base":
    MIL, "police station": COP), or None ("bus station", "refugee camp", "the police")."""
    words = [w.strip(".,'’").lower() for w in text.split()]
    head = next((i for i, w in enumerate(words) if w in ("of", "in", "at", "near", "on")), len(words)) - 1
    if head < 1 or not {words[head], words[head].removesuffix("s")} & FORCE_FACILITY_NOUNS:
        return None
    return next((FORCE_WORDS[w] for w in words[:head] if w in FORCE_WORDS), None)
