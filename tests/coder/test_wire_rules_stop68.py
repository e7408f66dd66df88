"""Rules read from the look half of the held-out batch wire2026z (stop 68): radio and television stations as the
press, and a regulator suspending one as a sanction; an object "it" of a verb of blaming; a country's name opening
the name of a body of people of a sector ("the Solomon Islands Nurses Association (SINA)"), told again by its short
name or its kind; a villagers' committee as a side of the story; a firm placed only by the party in play, of the
story's own country; a state's body whose name ends in its kind ("Freetown City Council"), told again by that kind.
Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.actors import ArticleActors, shared_party_at_home
from dyadwatch.coder.arguments import find_arguments
from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.lexicon import PredicateLexicon
from dyadwatch.coder.pronouns import addressed_body
from dyadwatch.coder.screen import is_the_public
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Mention, Sentence

from .test_events_handbuilt import coded
from .test_wire_rules_stop67 import told_after


def suspended_station(accusing: bool = False) -> Sentence:
    # The government suspended the radio station [, accusing it of lies] .
    words = ["The", "government", "suspended", "the", "radio", "station"]
    heads = [1, 2, 2, 5, 5, 2]
    deps = ["det", "nsubj", "ROOT", "det", "compound", "dobj"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "NOUN"]
    lemmas = ["the", "government", "suspend", "the", "radio", "station"]
    if accusing:
        words += [",", "accusing", "it", "of", "lies"]
        heads += [2, 2, 7, 7, 9]
        deps += ["punct", "advcl", "dobj", "prep", "pobj"]
        pos += ["PUNCT", "VERB", "PRON", "ADP", "NOUN"]
        lemmas += [",", "accuse", "it", "of", "lie"]
    return build_sentence([*words, "."], [*heads, 2], [*deps, "punct"], pos=[*pos, "PUNCT"], lemmas=[*lemmas, "."],
                          tags=[{"VERB": "VBD", "PRON": "PRP"}.get(p, "NN") for p in pos] + ["."])


def test_a_radio_station_is_the_press(resources: CoderResources) -> None:
    s = suspended_station()
    actors = ArticleActors(resources.actors, None)
    actors.read(s)
    got = actors.resolve(s, 5)
    assert got is not None and got[0].sector == "JRN"


def test_suspending_a_radio_station_is_a_sanction(resources: CoderResources) -> None:
    events = [e for e in coded(resources, suspended_station()).events if e.trigger == "suspended"]
    assert [(e.event_type, e.cameo) for e in events] == [("SANCTION", "160")]


def test_it_after_a_verb_of_blaming_is_the_body_blamed_before(resources: CoderResources) -> None:
    s = suspended_station(accusing=True)
    actors = ArticleActors(resources.actors, None)
    actors.read(s)
    got = addressed_body(s, 8, actors.resolve_actor)
    assert got is not None and got.sector == "JRN" and "station" in (got.text or "")


def test_it_after_a_verb_of_blaming_with_no_for_or_of_stands_for_nothing(resources: CoderResources) -> None:
    # The government suspended the radio station , accusing it .
    s = build_sentence(["The", "government", "suspended", "the", "radio", "station", ",", "accusing", "it", "."],
                       [1, 2, 2, 5, 5, 2, 2, 2, 7, 2],
                       ["det", "nsubj", "ROOT", "det", "compound", "dobj", "punct", "advcl", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "NOUN", "PUNCT", "VERB", "PRON", "PUNCT"],
                       lemmas=["the", "government", "suspend", "the", "radio", "station", ",", "accuse", "it", "."])
    actors = ArticleActors(resources.actors, None)
    actors.read(s)
    assert addressed_body(s, 8, actors.resolve_actor) is None


def nurses_association() -> Sentence:
    # The Solomon Islands Nurses Association ( SINA ) called a strike .
    return build_sentence(["The", "Solomon", "Islands", "Nurses", "Association", "(", "SINA", ")", "called", "a",
                           "strike", "."], [4, 2, 4, 4, 8, 6, 4, 6, 8, 10, 8, 8],
                          ["det", "compound", "compound", "compound", "nsubj", "punct", "appos", "punct", "ROOT",
                           "det", "dobj", "punct"],
                          pos=["DET", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "DET",
                               "NOUN", "PUNCT"],
                          lemmas=["the", "Solomon", "Islands", "Nurses", "Association", "(", "SINA", ")", "call",
                                  "a", "strike", "."], ents=[(1, 3, "GPE"), (6, 7, "ORG")])


def test_a_body_named_after_its_country_is_told_again_by_its_short_name(resources: CoderResources) -> None:
    # The minister met the SINA executive .
    second = build_sentence(["The", "minister", "met", "the", "SINA", "executive", "."], [1, 2, 2, 5, 5, 2, 2],
                            ["det", "nsubj", "ROOT", "det", "compound", "dobj", "punct"],
                            pos=["DET", "NOUN", "VERB", "DET", "PROPN", "NOUN", "PUNCT"],
                            lemmas=["the", "minister", "meet", "the", "SINA", "executive", "."], index=1,
                            offset=len(nurses_association().text) + 1)
    got = told_after(resources, nurses_association(), second, 5)
    assert got is not None and (got.country, got.sector) == ("SLB", "MED")


def test_a_body_named_after_its_country_is_told_again_by_its_kind(resources: CoderResources) -> None:
    # The association rejected the offer .
    second = build_sentence(["The", "association", "rejected", "the", "offer", "."], [1, 2, 2, 4, 2, 2],
                            ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                            pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                            lemmas=["the", "association", "reject", "the", "offer", "."], index=1,
                            offset=len(nurses_association().text) + 1)
    got = told_after(resources, nurses_association(), second, 1)
    assert got is not None and (got.country, got.sector) == ("SLB", "MED")


def test_a_villagers_committee_stands_for_a_side() -> None:
    assert not is_the_public(Actor("the villagers' committee", None, "ZWE", "CVL", "group"))
    assert is_the_public(Actor("the villagers", None, "ZWE", "CVL", "group"))


def test_a_firm_placed_by_the_party_in_play_of_the_story_s_country_is_the_story_s(
        resources: CoderResources) -> None:
    # Zimbabwe police arrested villagers .  /  The company defended the plan .
    first = build_sentence(["Zimbabwe", "police", "arrested", "villagers", "."], [1, 2, 2, 2, 2],
                           ["compound", "nsubj", "ROOT", "dobj", "punct"],
                           pos=["PROPN", "NOUN", "VERB", "NOUN", "PUNCT"],
                           lemmas=["Zimbabwe", "police", "arrest", "villager", "."], ents=[(0, 1, "GPE")])
    second = build_sentence(["The", "company", "defended", "the", "plan", "."], [1, 2, 2, 4, 2, 2],
                            ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                            pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                            lemmas=["the", "company", "defend", "the", "plan", "."], index=1,
                            offset=len(first.text) + 1)
    home = told_after(resources, first, second, 1, story="ZWE")
    assert home is not None and (home.country, home.country_source) == ("ZWE", "story")
    abroad = told_after(resources, first, second, 1, story="ZMB")
    assert abroad is not None and (abroad.country, abroad.country_source) == ("ZWE", "in play")


def test_a_state_body_named_with_its_kind_is_told_again_by_that_kind(resources: CoderResources) -> None:
    # Freetown City Council defied the ministry .  /  The council asked the court .
    first = build_sentence(["Freetown", "City", "Council", "defied", "the", "ministry", "."], [2, 2, 3, 3, 5, 3, 3],
                           ["compound", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                           pos=["PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                           lemmas=["Freetown", "City", "Council", "defy", "the", "ministry", "."],
                           ents=[(0, 3, "ORG")])
    second = build_sentence(["The", "council", "asked", "the", "court", "."], [1, 2, 2, 4, 2, 2],
                            ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                            pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                            lemmas=["the", "council", "ask", "the", "court", "."], index=1,
                            offset=len(first.text) + 1)
    got = told_after(resources, first, second, 1)
    assert got is not None and (got.country, got.sector) == ("SLE", "GOV")


def test_people_in_a_town_told_by_its_country_s_name_are_of_that_country(resources: CoderResources) -> None:
    # In Tombwa , the southern Angolan port , fishermen marched .   (a story datelined in Namibia)
    s = build_sentence(["In", "Tombwa", ",", "the", "southern", "Angolan", "port", ",", "fishermen", "marched", "."],
                       [9, 0, 1, 6, 6, 6, 1, 9, 9, 9, 9],
                       ["prep", "pobj", "punct", "det", "amod", "amod", "appos", "punct", "nsubj", "ROOT", "punct"],
                       pos=["ADP", "PROPN", "PUNCT", "DET", "ADJ", "ADJ", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"],
                       lemmas=["in", "Tombwa", ",", "the", "southern", "Angolan", "port", ",", "fisherman", "march",
                               "."], ents=[(1, 2, "GPE"), (5, 6, "NORP")])
    actors = ArticleActors(resources.actors, None)
    actors.story = "NAM"
    actors.read(s)
    got = actors.resolve(s, 8)
    assert got is not None and got[0].country == "AGO"


def test_withdrawing_a_battalion_is_a_military_withdrawal() -> None:
    lexicon = PredicateLexicon.load()

    def withdrew(what: str) -> str | None:
        # Ghana withdrew its WHAT .
        s = build_sentence(["Ghana", "withdrew", "its", what, "."], [1, 1, 3, 1, 1],
                           ["nsubj", "ROOT", "poss", "dobj", "punct"], pos=["PROPN", "VERB", "PRON", "NOUN", "PUNCT"],
                           lemmas=["Ghana", "withdraw", "its", what, "."])
        match = lexicon.match(s, s.tokens[1])
        return match.entry.cameo if match is not None else None

    assert withdrew("battalion") == "087"
    assert withdrew("contingent") == "087"
    assert withdrew("complaint") == "080"


def test_a_name_joined_to_a_fronted_place_is_the_next_he(resources: CoderResources) -> None:
    # In Canberra , Pat Conroy , the minister , said so .  /  He urged Tarawa .
    first = build_sentence(["In", "Canberra", ",", "Pat", "Conroy", ",", "the", "minister", ",", "said", "so", "."],
                           [9, 0, 1, 4, 1, 4, 7, 4, 9, 9, 9, 9],
                           ["prep", "pobj", "punct", "compound", "conj", "punct", "det", "appos", "punct", "ROOT",
                            "advmod", "punct"],
                           pos=["ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB",
                                "ADV", "PUNCT"],
                           lemmas=["in", "Canberra", ",", "Pat", "Conroy", ",", "the", "minister", ",", "say", "so",
                                   "."], ents=[(1, 2, "GPE"), (3, 5, "PERSON")])
    second = build_sentence(["He", "urged", "Tarawa", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                            pos=["PRON", "VERB", "PROPN", "PUNCT"], lemmas=["he", "urge", "Tarawa", "."],
                            ents=[(2, 3, "GPE")], index=1, offset=len(first.text) + 1)
    got = told_after(resources, first, second, 0)
    assert got is not None and got.name == "Pat Conroy"


def test_talks_that_broke_down_before_an_act_were_held_by_its_doer() -> None:
    # The union called the strike after talks with the ministry broke down .
    s = build_sentence(["The", "union", "called", "the", "strike", "after", "talks", "with", "the", "ministry", "broke",
                        "down", "."], [1, 2, 2, 4, 2, 10, 10, 6, 9, 7, 2, 10, 2],
                       ["det", "nsubj", "ROOT", "det", "dobj", "mark", "nsubj", "prep", "det", "pobj", "advcl", "prt",
                        "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "SCONJ", "NOUN", "ADP", "DET", "NOUN", "VERB", "ADP",
                            "PUNCT"],
                       lemmas=["the", "union", "call", "the", "strike", "after", "talk", "with", "the", "ministry",
                               "break", "down", "."])
    args = find_arguments(s, 6)
    assert args.sources == (1,) and 9 in args.targets


def test_a_union_centre_of_a_shared_name_is_the_story_s() -> None:
    tuc = Mention(0, 0, 1, 0, Actor("TUC", "Trades Union Congress", "GBR", "LAB", "organisation"))
    assert shared_party_at_home(tuc, "GHA").actor.country == "GHA"
    assert shared_party_at_home(tuc, "KEN").actor.country == "GBR"
