"""Rules read from the look halves of the held-out batches wire2026x and wire2026y (stop 67): party names other
countries' parties share ("the opposition Democratic Party" in Tirana, "the NDP" in Kingstown); names that tell which
district, and parties further down before the place an act happened in ("stones thrown at police vehicles"); an
incident told again with no target; calls to one's own supporters; "both party leaders"; entry bans on another
state's people; roles told after a name; names the parser hangs on a verb as adverbs; words split at a hyphen; a
body's organs and members under "it said"; joining others at a protest outside a body's seat; speech acts after a
reported "had"; observers deployed; the state's firms; a listed body's mission; "the Commission" told again.
Hand-built parses and events: no model is loaded."""

from __future__ import annotations

from dataclasses import replace

from dyadwatch.coder.actors import ArticleActors, shared_party_at_home
from dyadwatch.coder.arguments import find_arguments
from dyadwatch.coder.codes import CodeTable
from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.lexicon import NO_ACT, PredicateLexicon
from dyadwatch.coder.pronouns import its_members, two_parties
from dyadwatch.coder.refinements import refine_code
from dyadwatch.coder.screen import one_per_act
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Mention, Sentence

from ..eventfactory import event
from .test_events_handbuilt import coded

CODES = CodeTable.load()


def told_after(resources: CoderResources, first: Sentence, second: Sentence, head: int,
               story: str | None = None) -> Actor | None:
    """Whom the second sentence's word ``head`` stands for, once the first has been read and coded (in a story of
    ``story``'s country)."""
    actors = ArticleActors(resources.actors, None)
    actors.story = story
    for s in (first, second):
        actors.read(s)
    actors.after(first)
    got = actors.resolve(second, head)
    return got[0] if got is not None else None


def party(name: str, home: str) -> Mention:
    return Mention(0, 0, 1, 0, Actor(name, name, home, "PTY", "organisation"))


def test_a_democratic_party_is_the_story_s_where_one_of_that_name_is_known() -> None:
    assert shared_party_at_home(party("Democratic Party", "USA"), "ALB").actor.country == "ALB"
    assert shared_party_at_home(party("New Democratic Party", "CAN"), "VCT").actor.country == "VCT"


def test_a_democratic_party_stays_american_elsewhere() -> None:
    assert shared_party_at_home(party("Democratic Party", "USA"), "USA").actor.country == "USA"
    assert shared_party_at_home(party("Democratic Party", "USA"), "FRA").actor.country == "USA"
    assert shared_party_at_home(party("New Democratic Party", "CAN"), "ALB").actor.country == "CAN"


def test_stones_thrown_at_police_vehicles_in_a_named_district_are_aimed_at_the_police(
        resources: CoderResources) -> None:
    # In the Moursal district , men threw stones at police vehicles .   ("Moursal" tagged a person)
    s = build_sentence(["In", "the", "Moursal", "district", ",", "men", "threw", "stones", "at", "police", "vehicles",
                        "."], [6, 3, 3, 0, 6, 6, 6, 6, 6, 10, 8, 6],
                       ["prep", "det", "compound", "pobj", "punct", "nsubj", "ROOT", "dobj", "prep", "compound", "pobj",
                        "punct"],
                       pos=["ADP", "DET", "PROPN", "NOUN", "PUNCT", "NOUN", "VERB", "NOUN", "ADP", "NOUN", "NOUN",
                            "PUNCT"],
                       tags=["IN", "DT", "NNP", "NN", ",", "NNS", "VBD", "NNS", "IN", "NN", "NNS", "."],
                       lemmas=["in", "the", "Moursal", "district", ",", "man", "throw", "stone", "at", "police",
                               "vehicle", "."], ents=[(2, 3, "PERSON")])
    thrown = [e for e in coded(resources, s).events if e.event_type == "ASSAULT"]
    assert thrown and all(e.recipient is not None and e.recipient.sector == "COP" for e in thrown)


def test_an_act_aimed_at_no_one_beside_the_same_act_aimed_at_someone_is_told_again() -> None:
    aimed = event("RUS", "UKR", "180", trigger="threw", sentence_index=3, confidence=0.9)
    alone = replace(event("RUS", None, "180", trigger="set", sentence_index=3, confidence=0.6), id="alone")
    kept, retold = one_per_act([aimed, alone])
    assert kept == [aimed] and [r.event.id for r in retold] == ["alone"]


def test_an_act_aimed_at_no_one_stays_beside_another_doer_or_sentence() -> None:
    aimed = event("RUS", "UKR", "180", trigger="threw", sentence_index=3)
    elsewhere = replace(event("RUS", None, "180", trigger="set", sentence_index=4), id="elsewhere")
    other_doer = replace(event("CHN", None, "180", trigger="set", sentence_index=3), id="other")
    kept, _ = one_per_act([aimed, elsewhere, other_doer])
    assert len(kept) == 3


def urged(resources: CoderResources, owner: str):  # type: ignore[no-untyped-def]
    # The Labour Party urged OWNER supporters to stay calm .
    s = build_sentence(["The", "Labour", "Party", "urged", owner, "supporters", "to", "stay", "calm", "."],
                       [2, 2, 3, 3, 5, 3, 7, 3, 7, 3],
                       ["det", "compound", "nsubj", "ROOT", "poss", "dobj", "aux", "xcomp", "acomp", "punct"],
                       pos=["DET", "PROPN", "PROPN", "VERB", "PRON" if owner == "its" else "DET", "NOUN", "PART",
                            "VERB", "ADJ", "PUNCT"],
                       tags=["DT", "NNP", "NNP", "VBD", "PRP$" if owner == "its" else "DT", "NNS", "TO", "VB", "JJ",
                             "."],
                       lemmas=["the", "Labour", "Party", "urge", owner, "supporter", "to", "stay", "calm", "."],
                       ents=[(1, 3, "ORG")])
    return [e for e in coded(resources, s).events if e.event_type == "REQUEST"]


def test_a_party_urging_its_own_supporters_asks_no_other_party(resources: CoderResources) -> None:
    assert all(e.recipient is None for e in urged(resources, "its"))


def test_a_party_urging_the_supporters_of_others_asks_them(resources: CoderResources) -> None:
    assert any(e.recipient is not None for e in urged(resources, "the"))


def test_both_party_leaders_are_no_pair_of_states() -> None:
    kenya = Actor("Kenya", "Kenya", "KEN", "GOV", "country")
    uganda = Actor("Uganda", "Uganda", "UGA", "GOV", "country")
    # Both party leaders condemned the violence .
    s = build_sentence(["Both", "party", "leaders", "condemned", "the", "violence", "."], [2, 2, 3, 3, 5, 3, 3],
                       ["det", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                       pos=["DET", "NOUN", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["both", "party", "leader", "condemn", "the", "violence", "."])
    assert two_parties(list(s.tokens[:3]), "Both party leaders", [kenya, uganda], (kenya, uganda)) is None
    # "both government leaders" are still the story's two states'
    s2 = build_sentence(["Both", "government", "leaders", "met", "."], [2, 2, 3, 3, 3],
                        ["det", "compound", "nsubj", "ROOT", "punct"], pos=["DET", "NOUN", "NOUN", "VERB", "PUNCT"],
                        lemmas=["both", "government", "leader", "meet", "."])
    got = two_parties(list(s2.tokens[:3]), "Both government leaders", [kenya, uganda], (kenya, uganda))
    assert got is not None and {a.country for a in got[1]} == {"KEN", "UGA"}


def test_a_state_s_entry_ban_on_another_state_s_officials_is_a_sanction() -> None:
    lithuania = Actor("Lithuania", "Lithuania", "LTU", "GOV", "country")
    georgians = Actor("Georgian officials", None, "GEO", "GOV", "group")
    own = Actor("Lithuanian officials", None, "LTU", "GOV", "group")
    ban = CODES.get("172")
    assert refine_code(ban, None, lithuania, georgians, CODES, "impose").cameo == "166"
    assert refine_code(ban, None, lithuania, georgians, CODES, "bar").event_type == "SANCTION"
    assert refine_code(ban, None, lithuania, own, CODES, "ban").cameo == "172"  # its own people: coercion


def test_a_person_named_before_with_no_role_takes_the_role_a_later_clause_tells(resources: CoderResources) -> None:
    # Police questioned Tserendorjiin Bayarsaikhan .  /  Bayarsaikhan , who was deputy minister , pleaded .  /
    # The minister detained Bayarsaikhan .
    first = build_sentence(["Police", "questioned", "Tserendorjiin", "Bayarsaikhan", "."], [1, 1, 3, 1, 1],
                           ["nsubj", "ROOT", "compound", "dobj", "punct"],
                           pos=["NOUN", "VERB", "PROPN", "PROPN", "PUNCT"],
                           lemmas=["police", "question", "Tserendorjiin", "Bayarsaikhan", "."], ents=[(2, 4, "PERSON")])
    second = build_sentence(["Bayarsaikhan", ",", "who", "was", "deputy", "minister", ",", "pleaded", "."],
                            [7, 0, 3, 0, 5, 3, 0, 7, 7],
                            ["nsubj", "punct", "nsubj", "relcl", "compound", "attr", "punct", "ROOT", "punct"],
                            pos=["PROPN", "PUNCT", "PRON", "AUX", "NOUN", "NOUN", "PUNCT", "VERB", "PUNCT"],
                            tags=["NNP", ",", "WP", "VBD", "NN", "NN", ",", "VBD", "."],
                            lemmas=["Bayarsaikhan", ",", "who", "be", "deputy", "minister", ",", "plead", "."],
                            ents=[(0, 1, "PERSON")], index=1, offset=len(first.text) + 1)
    actors = ArticleActors(resources.actors, None)
    for s in (first, second):
        actors.read(s)
    got = actors.resolve(first, 3)
    assert got is not None and got[0].sector is None  # no role told yet
    actors.after(first)
    got = actors.resolve(second, 0)
    assert got is not None and got[0].sector == "ELI"  # "who was deputy minister": a former official


def test_a_name_the_parser_hangs_on_a_verb_as_an_adverb_is_its_object() -> None:
    # The authority detained Bayarsaikhan in September .   (the name parsed as an adverb)
    s = build_sentence(["The", "authority", "detained", "Bayarsaikhan", "in", "September", "."], [1, 2, 2, 2, 2, 4, 2],
                       ["det", "nsubj", "ROOT", "advmod", "prep", "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["the", "authority", "detain", "Bayarsaikhan", "in", "September", "."])
    assert 3 in find_arguments(s, 2).targets


def sick_out(spacing: str) -> Sentence:
    # Teachers began a sick - out .   (the tokenizer splits the word at its hyphen)
    words = ["Teachers", "began", "a", "sick", "-", "out", "."]
    text = "Teachers began a sick" + spacing + "out ."
    s = build_sentence(words, [1, 1, 5, 5, 5, 1, 1], ["nsubj", "ROOT", "det", "compound", "punct", "dobj", "punct"],
                       pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "PUNCT"],
                       lemmas=["teacher", "begin", "a", "sick", "-", "out", "."])
    starts = [0, 9, 15, 17, 21 if spacing == "-" else 22, 22 if spacing == "-" else 24, 26]
    return replace(s, text=text, tokens=tuple(replace(t, start=start) for t, start in zip(s.tokens, starts,
                                                                                            strict=True)))


def test_a_word_the_tokenizer_split_at_its_hyphen_is_read_whole() -> None:
    lexicon = PredicateLexicon.load()
    s = sick_out("-")
    match = lexicon.match(s, s.tokens[5])
    assert match is not None and match.entry.cameo == "143"  # a sick-out is a strike


def test_words_apart_around_a_dash_are_no_hyphenated_word() -> None:
    lexicon = PredicateLexicon.load()
    s = sick_out(" - ")
    assert lexicon.match(s, s.tokens[5]) is None  # "sick - out": two words


def test_its_executive_acts_as_the_body() -> None:
    # the union said its executive would attend
    s = build_sentence(["The", "union", "said", "its", "executive", "would", "attend", "."], [1, 2, 2, 4, 6, 6, 2, 2],
                       ["det", "nsubj", "ROOT", "poss", "nsubj", "aux", "ccomp", "punct"],
                       pos=["DET", "NOUN", "VERB", "PRON", "NOUN", "AUX", "VERB", "PUNCT"],
                       lemmas=["the", "union", "say", "its", "executive", "would", "attend", "."])
    assert its_members(s, s.tokens[4])
    assert not its_members(s, s.tokens[1])


def joined_at_a_protest_outside() -> Sentence:
    # They would join residents at a protest outside the municipality .
    return build_sentence(["They", "would", "join", "residents", "at", "a", "protest", "outside", "the",
                           "municipality", "."], [2, 2, 2, 2, 2, 6, 4, 6, 9, 7, 2],
                          ["nsubj", "aux", "ROOT", "dobj", "prep", "det", "pobj", "prep", "det", "pobj", "punct"],
                          pos=["PRON", "AUX", "VERB", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                          lemmas=["they", "would", "join", "resident", "at", "a", "protest", "outside", "the",
                                  "municipality", "."])


def test_who_joins_others_at_a_protest_protests() -> None:
    args = find_arguments(joined_at_a_protest_outside(), 6)
    assert args.sources == (0,) and args.light_verb == 2


def test_a_protest_outside_a_body_s_seat_is_aimed_at_the_body() -> None:
    assert 9 in find_arguments(joined_at_a_protest_outside(), 6).targets


def test_its_members_under_it_said_are_the_body_it_stands_for(resources: CoderResources) -> None:
    # The party accused the government .  /  It said its members would protest .
    first = build_sentence(["The", "Labour", "Party", "accused", "the", "government", "."], [2, 2, 3, 3, 5, 3, 3],
                           ["det", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                           pos=["DET", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                           lemmas=["the", "Labour", "Party", "accuse", "the", "government", "."], ents=[(1, 3, "ORG")])
    second = build_sentence(["It", "said", "its", "members", "would", "protest", "."], [1, 1, 3, 5, 5, 1, 1],
                            ["nsubj", "ROOT", "poss", "nsubj", "aux", "ccomp", "punct"],
                            pos=["PRON", "VERB", "PRON", "NOUN", "AUX", "VERB", "PUNCT"],
                            lemmas=["it", "say", "its", "member", "would", "protest", "."], index=1,
                            offset=len(first.text) + 1)
    got = told_after(resources, first, second, 3)
    assert got is not None and got.name == "Labour Party"


def test_a_demand_joined_to_a_reported_had_is_the_speaker_s() -> None:
    from dyadwatch.coder.subjects import subjects_of

    # The ministry told the envoy that troops had no right and demanded that they leave .
    s = build_sentence(["The", "ministry", "told", "the", "envoy", "that", "troops", "had", "no", "right", "and",
                        "demanded", "that", "they", "leave", "."], [1, 2, 2, 4, 2, 7, 7, 2, 9, 7, 7, 7, 14, 14, 11, 2],
                       ["det", "nsubj", "ROOT", "det", "dobj", "mark", "nsubj", "ccomp", "det", "dobj", "cc", "conj",
                        "mark", "nsubj", "ccomp", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "SCONJ", "NOUN", "VERB", "DET", "NOUN", "CCONJ",
                            "VERB", "SCONJ", "PRON", "VERB", "PUNCT"],
                       tags=["DT", "NN", "VBD", "DT", "NN", "IN", "NNS", "VBD", "DT", "NN", "CC", "VBD", "IN", "PRP",
                             "VB", "."],
                       lemmas=["the", "ministry", "tell", "the", "envoy", "that", "troop", "have", "no", "right", "and",
                               "demand", "that", "they", "leave", "."])
    assert subjects_of(s, 11)[0] == [1]


def test_observers_deployed_are_no_forces_mobilized() -> None:
    lexicon = PredicateLexicon.load()

    def deployed(what: str, lemma: str) -> str | None:
        # The bloc would deploy 110 WHAT .
        s = build_sentence(["The", "bloc", "would", "deploy", "110", what, "."], [1, 3, 3, 3, 5, 3, 3],
                           ["det", "nsubj", "aux", "ROOT", "nummod", "dobj", "punct"],
                           pos=["DET", "NOUN", "AUX", "VERB", "NUM", "NOUN", "PUNCT"],
                           lemmas=["the", "bloc", "would", "deploy", "110", lemma, "."])
        match = lexicon.match(s, s.tokens[3])
        return match.entry.cameo if match is not None else None

    assert deployed("observers", "observer") == NO_ACT
    assert deployed("troops", "troop") == "154"


def test_the_state_s_company_is_of_the_story_s_country(resources: CoderResources) -> None:
    # Residents protested against cuts by the state distribution company .
    s = build_sentence(["Residents", "protested", "against", "cuts", "by", "the", "state", "distribution", "company",
                        "."], [1, 1, 1, 2, 3, 8, 8, 8, 4, 1],
                       ["nsubj", "ROOT", "prep", "pobj", "prep", "det", "compound", "compound", "pobj", "punct"],
                       pos=["NOUN", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN", "NOUN", "NOUN", "PUNCT"],
                       lemmas=["resident", "protest", "against", "cut", "by", "the", "state", "distribution",
                               "company", "."])
    actors = ArticleActors(resources.actors, None)
    actors.story = "KGZ"
    actors.read(s)
    got = actors.resolve(s, 8)
    assert got is not None and (got[0].country, got[0].sector, got[0].country_source) == ("KGZ", "BUS", "story")


def test_stones_thrown_in_a_named_town_are_aimed_at_the_police_further_down(resources: CoderResources) -> None:
    # In Luanda , youths threw stones at police vehicles .
    s = build_sentence(["In", "Luanda", ",", "youths", "threw", "stones", "at", "police", "vehicles", "."],
                       [4, 0, 4, 4, 4, 4, 4, 8, 6, 4],
                       ["prep", "pobj", "punct", "nsubj", "ROOT", "dobj", "prep", "compound", "pobj", "punct"],
                       pos=["ADP", "PROPN", "PUNCT", "NOUN", "VERB", "NOUN", "ADP", "NOUN", "NOUN", "PUNCT"],
                       tags=["IN", "NNP", ",", "NNS", "VBD", "NNS", "IN", "NN", "NNS", "."],
                       lemmas=["in", "Luanda", ",", "youth", "throw", "stone", "at", "police", "vehicle", "."],
                       ents=[(1, 2, "GPE")])
    thrown = [e for e in coded(resources, s).events if e.event_type == "ASSAULT"]
    assert thrown and all(e.recipient is not None and e.recipient.sector == "COP" for e in thrown)


def test_a_listed_body_s_mission_is_the_body_wherever_it_serves(resources: CoderResources) -> None:
    from dyadwatch.coder.targets import mission_place

    # They met the mission of ECOWAS in Cotonou .   ("in Cotonou" hung on the mission)
    s = build_sentence(["They", "met", "the", "mission", "of", "ECOWAS", "in", "Cotonou", "."],
                       [1, 1, 3, 1, 3, 4, 3, 6, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
                       pos=["PRON", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["they", "meet", "the", "mission", "of", "ECOWAS", "in", "Cotonou", "."],
                       ents=[(5, 6, "ORG"), (7, 8, "GPE")])
    actors = ArticleActors(resources.actors, None)
    actors.read(s)
    body = Actor("mission of ECOWAS", "ECOWAS", None, "IGO", "organisation", (s.tokens[3].start, s.tokens[5].end))
    assert mission_place(s, body, actors) is None
    force = Actor("mission", None, None, "MIL", "group", (s.tokens[3].start, s.tokens[3].end))
    got = mission_place(s, force, actors)
    assert got is not None and got.country == "BEN"  # an unnamed force serves the country it is in


def test_the_commission_with_a_capital_is_the_listed_commission_told_before(resources: CoderResources) -> None:
    # The European Commission proposed a ban .  /  Kenya wrote to the Commission .
    first = build_sentence(["The", "European", "Commission", "proposed", "a", "ban", "."], [2, 2, 3, 3, 5, 3, 3],
                           ["det", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                           pos=["DET", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                           lemmas=["the", "European", "Commission", "propose", "a", "ban", "."], ents=[(1, 3, "ORG")])
    second = build_sentence(["Kenya", "wrote", "to", "the", "Commission", "."], [1, 1, 1, 4, 2, 1],
                            ["nsubj", "ROOT", "prep", "det", "pobj", "punct"],
                            pos=["PROPN", "VERB", "ADP", "DET", "PROPN", "PUNCT"],
                            lemmas=["Kenya", "write", "to", "the", "Commission", "."], ents=[(0, 1, "GPE")], index=1,
                            offset=len(first.text) + 1)
    got = told_after(resources, first, second, 4)
    assert got is not None and got.name == "European Commission"


def test_shots_fired_in_the_air_are_no_attack() -> None:
    lexicon = PredicateLexicon.load()

    def fired(preposition: str, what: str) -> str | None:
        # Police fired PREPOSITION WHAT .
        s = build_sentence(["Police", "fired", preposition, what, "."], [1, 1, 1, 2, 1],
                           ["nsubj", "ROOT", "prep", "pobj", "punct"], pos=["NOUN", "VERB", "ADP", "NOUN", "PUNCT"],
                           lemmas=["police", "fire", preposition, what, "."])
        match = lexicon.match(s, s.tokens[1])
        return match.entry.cameo if match is not None else None

    assert fired("in", "air") == "170"  # warning shots to disperse a crowd: coercion
    assert fired("into", "air") == "170"
    assert fired("at", "protesters") == "193"  # shooting at people is an attack
