"""Rules from the look halves of the held-out wire corpora (stop 79). Hand-built parses: no model is loaded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dyadwatch.coder.actowners import owner_of_told_act
from dyadwatch.coder.attributes import modality_of
from dyadwatch.coder.codes import CodeTable
from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.coder.homenames import shared_party_at_home
from dyadwatch.coder.longer_names import inside_a_name
from dyadwatch.coder.refinements import refine_code
from dyadwatch.coder.screen import screen_event
from dyadwatch.coder.titles import described_body
from dyadwatch.coder.unlisted import of_many_countries
from dyadwatch.coder.unnamed_targets import chanted_against, each_on_its_own, self_among
from dyadwatch.evaluation.wirecorpus import party_code
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Article, Mention, ParsedArticle, Rejected, Sentence

from ..eventfactory import event
from .candidates import CANDIDATES, resolved_party


def junta_story() -> tuple[Sentence, ...]:
    # Niger 's military government freed him . Paris protested . The military government expelled the ambassador .
    first = build_sentence(["Niger", "'s", "military", "government", "freed", "him", "."], [3, 0, 3, 4, 4, 4, 4],
                           ["poss", "case", "amod", "nsubj", "ROOT", "dobj", "punct"],
                           pos=["PROPN", "PART", "ADJ", "NOUN", "VERB", "PRON", "PUNCT"],
                           tags=["NNP", "POS", "JJ", "NN", "VBD", "PRP", "."],
                           lemmas=["Niger", "'s", "military", "government", "free", "he", "."], ents=[(0, 1, "GPE")])
    second = build_sentence(["Paris", "protested", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"],
                            pos=["PROPN", "VERB", "PUNCT"], lemmas=["Paris", "protest", "."], ents=[(0, 1, "GPE")],
                            index=1, offset=len(first.text) + 1)
    third = build_sentence(["The", "military", "government", "expelled", "the", "ambassador", "."],
                           [2, 2, 3, 3, 5, 3, 3], ["det", "amod", "nsubj", "ROOT", "det", "dobj", "punct"],
                           pos=["DET", "ADJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                           tags=["DT", "JJ", "NN", "VBD", "DT", "NN", "."],
                           lemmas=["the", "military", "government", "expel", "the", "ambassador", "."], index=2,
                           offset=second.start + len(second.text) + 1)
    return first, second, third


def test_a_government_told_again_by_its_own_words_is_the_one_told_with_its_country(
        resources: CoderResources) -> None:
    sentences = junta_story()
    text = " ".join(s.text for s in sentences)
    parsed = ParsedArticle(Article("t", text, published=date(2026, 5, 16)), sentences)
    events = code_article(parsed, resources, CANDIDATES).events
    expelled = [e for e in events if e.trigger == "expelled"]
    assert expelled and all(e.actor.country == "NER" for e in expelled)
    # the key: the head and its own modifiers, no country; a plain "the government" has none
    first, _, third = sentences
    assert described_body(list(first.tokens[:4]), first.tokens[3]) == "described:military government"
    assert described_body(list(third.tokens[:3]), third.tokens[2]) == "described:military government"
    assert described_body([third.tokens[0], third.tokens[2]], third.tokens[2]) is None


def each_expelled(each: str) -> Sentence:
    # The two countries EACH expelled two diplomats .
    return build_sentence(["The", "two", "countries", each, "expelled", "two", "diplomats", "."],
                          [2, 2, 4, 2, 4, 6, 4, 4],
                          ["det", "nummod", "nsubj", "appos", "ROOT", "nummod", "dobj", "punct"],
                          pos=["DET", "NUM", "NOUN", "PRON", "VERB", "NUM", "NOUN", "PUNCT"],
                          tags=["DT", "CD", "NNS", "DT", "VBD", "CD", "NNS", "."],
                          lemmas=["the", "two", "country", each, "expel", "two", "diplomat", "."])


def test_two_states_each_acting_act_on_the_others_people_not_their_own() -> None:
    sentence = each_expelled("each")
    assert each_on_its_own(sentence, 4, (2,))
    assert not each_on_its_own(each_expelled("all"), 4, (2,))
    hungary = Actor("Budapest", "Hungary", "HUN", "GOV", "country")
    ukraine = Actor("Kyiv", "Ukraine", "UKR", "GOV", "country")
    diplomats = (Actor("two diplomats", None, "HUN", "GOV", "group"), Actor("two diplomats", None, "UKR", "GOV",
                                                                           "group"))
    assert self_among(hungary, diplomats[0], diplomats, each_alone=True)
    assert not self_among(hungary, diplomats[1], diplomats, each_alone=True)
    assert not self_among(ukraine, diplomats[0], diplomats, each_alone=True)
    assert not self_among(hungary, diplomats[0], diplomats)  # told together, a group of one's own may be aimed at


def test_the_shared_name_of_grenadas_ruling_party_is_grenadas_in_its_own_news() -> None:
    ndc = Actor("National Democratic Congress", "National Democratic Congress", "GHA", "PTY", "organisation")
    mention = Mention(0, 1, 4, 3, ndc)
    assert shared_party_at_home(mention, "GRD").actor.country == "GRD"
    assert shared_party_at_home(mention, "GHA").actor.country == "GHA"
    assert shared_party_at_home(mention, "NGA").actor.country == "GHA"


def test_a_party_expelling_someone_sanctions_a_member_and_a_state_expelling_deports() -> None:
    table = CodeTable.load()
    party = Actor("The Communist Party", "Communist Party of Vietnam", "VNM", "PTY", "organisation")
    state = Actor("The government", None, "VNM", "GOV", "country")
    person = Actor("Hoan", "Hoan", "VNM", "ELI", "person")
    assert refine_code(table.get("174"), None, party, person, table, "expel").cameo == "164"
    assert refine_code(table.get("174"), None, state, person, table, "expel").cameo == "174"
    assert refine_code(table.get("174"), None, party, person, table, "deport").cameo == "174"


def federation_urged() -> Sentence:
    # The European Federation of Journalists urged the Czech authorities .
    words = ["The", "European", "Federation", "of", "Journalists", "urged", "the", "Czech", "authorities", "."]
    return build_sentence(words, [2, 2, 5, 2, 3, 5, 8, 8, 5, 5],
                          ["det", "compound", "nsubj", "prep", "pobj", "ROOT", "det", "amod", "dobj", "punct"],
                          pos=["DET", "PROPN", "PROPN", "ADP", "PROPN", "VERB", "DET", "ADJ", "NOUN", "PUNCT"],
                          tags=["DT", "NNP", "NNP", "IN", "NNPS", "VBD", "DT", "JJ", "NNS", "."],
                          lemmas=["the", "European", "Federation", "of", "Journalists", "urge", "the", "czech",
                                  "authority", "."],
                          ents=[(0, 5, "ORG"), (7, 8, "NORP")])


def test_a_civil_body_named_as_of_many_countries_is_an_international_ngo(resources: CoderResources) -> None:
    assert of_many_countries("the European Federation of Journalists")
    assert of_many_countries("International Federation of Journalists")
    assert not of_many_countries("Syndicate of Journalists of the Czech Republic")
    sentence = federation_urged()
    federation = resolved_party(resources, date(2026, 3, 3), None, [sentence], 2)
    assert federation is not None and (federation.country, federation.sector) == (None, "NGO")
    assert party_code(federation) == "NGO"  # scored as the labels code an international NGO, not as the EU


def test_an_engineer_told_by_nationality_is_the_one_named_next(resources: CoderResources) -> None:
    # A French engineer arrived . / Police held Julien Marchetti .
    first = build_sentence(["A", "French", "engineer", "arrived", "."], [2, 2, 3, 3, 3],
                           ["det", "amod", "nsubj", "ROOT", "punct"], pos=["DET", "ADJ", "NOUN", "VERB", "PUNCT"],
                           tags=["DT", "JJ", "NN", "VBD", "."], lemmas=["a", "french", "engineer", "arrive", "."],
                           ents=[(1, 2, "NORP")])
    second = build_sentence(["Police", "held", "Julien", "Marchetti", "."], [1, 1, 3, 1, 1],
                            ["nsubj", "ROOT", "compound", "dobj", "punct"],
                            pos=["NOUN", "VERB", "PROPN", "PROPN", "PUNCT"],
                            lemmas=["police", "hold", "Julien", "Marchetti", "."], ents=[(2, 4, "PERSON")],
                            index=1, offset=len(first.text) + 1)
    engineer = resolved_party(resources, date(2026, 5, 16), None, [first, second], 3)
    assert engineer is not None and (engineer.name, engineer.country) == ("Julien Marchetti", "FRA")


def marched_chanting(index: int = 0, offset: int = 0) -> Sentence:
    # Farmers marched to the town hall , chanting slogans against the Algerian army .
    words = ["Farmers", "marched", "to", "the", "town", "hall", ",", "chanting", "slogans", "against", "the",
             "Algerian", "army", "."]
    return build_sentence(words, [1, 1, 1, 5, 5, 2, 1, 1, 7, 8, 12, 12, 9, 1],
                          ["nsubj", "ROOT", "prep", "det", "compound", "pobj", "punct", "advcl", "dobj", "prep", "det",
                           "amod", "pobj", "punct"],
                          pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "NOUN", "PUNCT", "VERB", "NOUN", "ADP", "DET",
                               "ADJ", "NOUN", "PUNCT"],
                          tags=["NNS", "VBD", "IN", "DT", "NN", "NN", ",", "VBG", "NNS", "IN", "DT", "JJ", "NN", "."],
                          lemmas=["farmer", "march", "to", "the", "town", "hall", ",", "chant", "slogan", "against",
                                  "the", "algerian", "army", "."],
                          ents=[(11, 12, "NORP")], index=index, offset=offset)


def test_a_march_chanting_against_a_party_is_a_protest_at_that_party(resources: CoderResources) -> None:
    assert chanted_against(marched_chanting(), 1) == 12
    # Morocco protested . Farmers marched to the town hall , chanting slogans against the Algerian army .
    first = build_sentence(["Morocco", "protested", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"],
                           pos=["PROPN", "VERB", "PUNCT"], lemmas=["Morocco", "protest", "."], ents=[(0, 1, "GPE")])
    second = marched_chanting(1, len(first.text) + 1)
    parsed = ParsedArticle(Article("t", f"{first.text} {second.text}", published=date(2026, 3, 3)), (first, second))
    protests = [e for e in code_article(parsed, resources, CANDIDATES).events if e.trigger == "marched"]
    assert protests and all(e.recipient is not None and e.recipient.country == "DZA" for e in protests)


def test_blocking_the_start_of_anothers_talks_is_no_refusal_by_their_owner() -> None:
    # Hungary would block the opening of Ukraine 's talks .
    words = ["Hungary", "would", "block", "the", "opening", "of", "Ukraine", "'s", "talks", "."]
    sentence = build_sentence(words, [2, 2, 2, 4, 2, 4, 8, 6, 5, 2],
                              ["nsubj", "aux", "ROOT", "det", "dobj", "prep", "poss", "case", "pobj", "punct"],
                              pos=["PROPN", "AUX", "VERB", "DET", "NOUN", "ADP", "PROPN", "PART", "NOUN", "PUNCT"],
                              tags=["NNP", "MD", "VB", "DT", "NN", "IN", "NNP", "POS", "NNS", "."],
                              lemmas=["Hungary", "would", "block", "the", "opening", "of", "Ukraine", "'s", "talk",
                                      "."], ents=[(0, 1, "GPE"), (6, 7, "GPE")])
    talks = modality_of(sentence, 8, None, False)
    assert talks.negated and not talks.refused  # the talks did not start; Ukraine refused nothing


def test_asking_the_press_to_do_something_is_an_act_and_speaking_to_it_is_not() -> None:
    police = Actor("Detectives", None, "CZE", "COP", "group")
    editor = Actor("her", "Tereza Holubová", "CZE", "JRN", "person")
    text = "Detectives questioned the editor and asked her to name the source."
    start = text.index("her")
    asked = replace(event(cameo="020", trigger="asked", sentence=text), actor=police,
                    recipient=replace(editor, span=(start, start + 3)))
    assert not isinstance(screen_event(asked, "CZE", None), Rejected)
    told = "Detectives asked her whether the source was known."
    start = told.index("her")
    briefed = replace(asked, sentence=told, recipient=replace(editor, span=(start, start + 3)))
    assert isinstance(screen_event(briefed, "CZE", None), Rejected)


def district_sentence(first: str, second: str, label: str) -> Sentence:
    # in the FIRST SECOND district . (the two words a place's name)
    return build_sentence(["in", "the", first, second, "district", "."], [0, 4, 3, 4, 0, 0],
                          ["ROOT", "det", "compound", "compound", "pobj", "punct"],
                          pos=["ADP", "DET", "PROPN", "PROPN", "NOUN", "PUNCT"],
                          lemmas=["in", "the", first, second, "district", "."], ents=[(2, 4, label)])


def test_a_word_for_a_countrys_people_inside_a_places_name_is_no_mention_of_them() -> None:
    assert inside_a_name(district_sentence("Královo", "Pole", "LOC"), 3, people_word=True)
    assert not inside_a_name(district_sentence("West", "Papuan", "LOC"), 3, people_word=True)
    assert not inside_a_name(district_sentence("Královo", "Pole", "LOC"), 3)  # a country's name: as before
    assert inside_a_name(district_sentence("Volker", "Turk", "PERSON"), 3)


def test_opposition_members_are_the_oppositions_people(resources: CoderResources) -> None:
    # Opposition members walked out .
    sentence = build_sentence(["Opposition", "members", "walked", "out", "."], [1, 2, 2, 2, 2],
                              ["compound", "nsubj", "ROOT", "prt", "punct"],
                              pos=["NOUN", "NOUN", "VERB", "ADP", "PUNCT"], tags=["NN", "NNS", "VBD", "RP", "."],
                              lemmas=["opposition", "member", "walk", "out", "."])
    members = resolved_party(resources, date(2026, 4, 1), "FJI", [sentence], 1)
    assert members is not None and (members.country, members.sector) == ("FJI", "OPP")


def test_condemning_the_suspension_is_aimed_at_whoever_suspended() -> None:
    # Reporters Without Borders condemned the suspension .
    sentence = build_sentence(["Reporters", "Without", "Borders", "condemned", "the", "suspension", "."],
                              [3, 0, 1, 3, 5, 3, 3],
                              ["nsubj", "prep", "pobj", "ROOT", "det", "dobj", "punct"],
                              pos=["PROPN", "ADP", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                              lemmas=["Reporters", "without", "Borders", "condemn", "the", "suspension", "."],
                              ents=[(0, 3, "ORG")], index=3)
    ministry = Actor("Niger's communication ministry", None, "NER", "GOV", "group")
    acts = [(0, "SANCTION", ministry, frozenset({"suspend", "station"}))]
    rsf = Actor("Reporters Without Borders", "Reporters Without Borders", None, "NGO", "organisation")
    owner = owner_of_told_act(sentence, 3, "ACCUSE", [rsf], acts)
    assert owner is not None and (owner.country, owner.sector) == ("NER", "GOV")
