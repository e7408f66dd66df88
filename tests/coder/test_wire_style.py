"""Parties as modern wire copy names them (hand-built parses, no model): a hyphened given name ("Lee
Jae-myung") and a family name's possessive ("Lee's office"), a country's envoy to an international body
("Sudan's U.N. ambassador"), a state's named agency ("Estonia's Internal Security Service"), a lower-case
word in a sentence written in case ("labour unions" are no Labour Party); a protest lodged with a government,
a speaker's second act that the parse joins to what was said, and an act a clause denies."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.arguments import subjects_of
from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.mentions import find_mentions, word_starts
from dyadwatch.coder.phrases import noun_phrase
from dyadwatch.coder.wording import inside_an_allegation, lodged_protest
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Sentence, Token

from .candidates import candidate_events

DAY = date(2026, 2, 18)


def joined_at_hyphen(sentence: Sentence, hyphen: int) -> Sentence:
    """The sentence with its hyphen written without spaces ("Jae - myung" -> "Jae-myung"), as the parser sees
    a hyphened word."""
    tokens: list[Token] = []
    for t in sentence.tokens:
        gap = 0 if t.i in (hyphen, hyphen + 1) else 1
        tokens.append(replace(t, start=sentence.start if not tokens else tokens[-1].end + gap))
    text = "".join((" " if k and t.start > tokens[k - 1].end else "") + t.text for k, t in enumerate(tokens))
    return replace(sentence, text=text, end=sentence.start + len(text), tokens=tuple(tokens))


def lee_renewed() -> Sentence:
    # President Lee Jae-myung renewed an offer .
    s = build_sentence(["President", "Lee", "Jae", "-", "myung", "renewed", "an", "offer", "."],
                       [4, 4, 4, 4, 5, 5, 7, 5, 5],
                       ["compound", "compound", "compound", "punct", "nsubj", "ROOT", "det", "dobj", "punct"],
                       pos=["PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                       ents=[(1, 5, "PERSON")])
    return joined_at_hyphen(s, 3)


def resolved(resources: CoderResources, sentences: list[Sentence], head: int) -> Actor:
    """The actor the last sentence's ``head`` stands for, after the sentences before it were read."""
    actors = ArticleActors(resources.actors, DAY)
    for sentence in sentences[:-1]:
        actors.read(sentence)
        actors.after(sentence)
    actors.read(sentences[-1])
    actor = actors.resolve_actor(sentences[-1], head)
    assert actor is not None
    return actor


def test_a_hyphened_given_name_after_a_capital_is_written_in_case(resources: CoderResources) -> None:
    s = lee_renewed()
    assert s.text.startswith("President Lee Jae-myung renewed")
    assert [t.text for t in word_starts(list(s.tokens[1:5]))] == ["Lee", "Jae"]
    people = [m.actor for m in find_mentions(s, resources.actors, DAY) if m.actor.kind == "person"]
    assert [(p.name, p.country) for p in people] == [("Lee Jae-myung", "KOR")]


def test_a_family_name_s_office_acts_for_the_person_named_before(resources: CoderResources) -> None:
    # Lee 's office condemned the launch .
    s = build_sentence(["Lee", "'s", "office", "condemned", "the", "launch", "."], [2, 0, 3, 3, 5, 3, 3],
                       ["poss", "case", "nsubj", "ROOT", "det", "dobj", "punct"],
                       pos=["PROPN", "PART", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], ents=[(0, 1, "PERSON")],
                       index=1, offset=100)
    actor = resolved(resources, [lee_renewed(), s], 2)
    assert (actor.country, actor.sector) == ("KOR", "GOV")


def test_a_country_s_envoy_to_an_international_body_is_the_country_s(resources: CoderResources) -> None:
    # Sudan 's U.N. ambassador spoke .
    s = build_sentence(["Sudan", "'s", "U.N.", "ambassador", "spoke", "."], [3, 0, 3, 4, 4, 4],
                       ["poss", "case", "compound", "nsubj", "ROOT", "punct"],
                       pos=["PROPN", "PART", "PROPN", "NOUN", "VERB", "PUNCT"], ents=[(0, 1, "GPE"), (2, 3, "ORG")])
    actor = resolved(resources, [s], 3)
    assert (actor.country, actor.sector) == ("SDN", "GOV")
    # The U.N. envoy spoke .   (the body's own envoy speaks for the body)
    s = build_sentence(["The", "U.N.", "envoy", "spoke", "."], [2, 2, 3, 3, 3], ["det", "compound", "nsubj", "ROOT",
                                                                               "punct"],
                       pos=["DET", "PROPN", "NOUN", "VERB", "PUNCT"], ents=[(1, 2, "ORG")])
    actor = resolved(resources, [s], 2)
    assert (actor.country, actor.sector) == (None, "IGO")


def test_a_state_s_named_agency_stays_the_state_s(resources: CoderResources) -> None:
    # Estonia 's Internal Security Service said .
    s = build_sentence(["Estonia", "'s", "Internal", "Security", "Service", "said", "."], [4, 0, 4, 4, 5, 5, 5],
                       ["poss", "case", "compound", "compound", "nsubj", "ROOT", "punct"],
                       pos=["PROPN", "PART", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
                       ents=[(0, 1, "GPE"), (2, 5, "ORG")])
    actor = resolved(resources, [s], 4)
    assert (actor.country, actor.sector) == ("EST", "GOV")


def test_a_lower_case_word_in_a_sentence_written_in_case_names_no_party(resources: CoderResources) -> None:
    words = ["Nigeria", "'s", "labour", "unions", "struck", "."]
    heads, deps = [3, 0, 3, 4, 4, 4], ["poss", "case", "compound", "nsubj", "ROOT", "punct"]
    s = build_sentence(words, heads, deps, pos=["PROPN", "PART", "NOUN", "NOUN", "VERB", "PUNCT"],
                       ents=[(0, 1, "GPE")])
    assert [m.actor.name for m in find_mentions(s, resources.actors, DAY)] == ["Nigeria"]
    # in lower-cased news the party is written in lower case
    s = build_sentence([w.lower() for w in words], heads, deps, pos=["PROPN", "PART", "PROPN", "NOUN", "VERB",
                                                                        "PUNCT"])
    assert "Labour Party" in [m.actor.name for m in find_mentions(s, resources.actors, DAY)]


def test_a_protest_lodged_with_a_government_is_a_complaint(resources: CoderResources) -> None:
    # Tokyo lodged a protest with Pyongyang .
    s = build_sentence(["Tokyo", "lodged", "a", "protest", "with", "Pyongyang", "."], [1, 1, 3, 1, 3, 4, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["Tokyo", "lodge", "a", "protest", "with", "Pyongyang", "."],
                       ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    assert lodged_protest(s, 3, "141") and not lodged_protest(s, 3, "112")
    events = candidate_events(resources, s, published=DAY)
    assert [(e.event_type, e.cameo, e.actor.country, e.recipient and e.recipient.country) for e in events] == [
        ("ACCUSE", "114", "JPN", "PRK")]


def test_a_speech_act_joined_to_what_was_said_is_the_speaker_s() -> None:
    # The minister said the strike was illegal and urged workers to return .
    words = ["The", "minister", "said", "the", "strike", "was", "illegal", "and", "urged", "workers", "to", "return",
             "."]
    s = build_sentence(words, [1, 2, 2, 4, 5, 2, 5, 5, 5, 8, 11, 8, 2],
                       ["det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "cc", "conj", "dobj", "aux",
                        "xcomp", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "ADJ", "CCONJ", "VERB", "NOUN", "PART",
                            "VERB", "PUNCT"],
                       tags=["DT", "NN", "VBD", "DT", "NN", "VBD", "JJ", "CC", "VBD", "NNS", "TO", "VB", "."],
                       lemmas=["the", "minister", "say", "the", "strike", "be", "illegal", "and", "urge", "worker",
                               "to", "return", "."])
    assert subjects_of(s, 8)[0] == [1]
    # The minister said the strike was illegal .   (what is said keeps its own subject)
    assert subjects_of(s, 5)[0] == [4]


def test_a_speaker_s_act_after_a_past_progressive_clause_is_the_speaker_s() -> None:
    # The spokesperson said the guard was carrying out patrols and urged Indonesia to halt .
    words = ["The", "spokesperson", "said", "the", "guard", "was", "carrying", "out", "patrols", "and", "urged",
             "Indonesia", "to", "halt", "."]
    s = build_sentence(words, [1, 2, 2, 4, 6, 6, 2, 6, 6, 6, 6, 10, 13, 10, 2],
                       ["det", "nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "prt", "dobj", "cc", "conj", "dobj",
                        "aux", "xcomp", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "CCONJ", "VERB",
                            "PROPN", "PART", "VERB", "PUNCT"],
                       tags=["DT", "NN", "VBD", "DT", "NN", "VBD", "VBG", "RP", "NNS", "CC", "VBD", "NNP", "TO", "VB",
                             "."],
                       lemmas=["the", "spokesperson", "say", "the", "guard", "be", "carry", "out", "patrol", "and",
                               "urge", "Indonesia", "to", "halt", "."])
    assert subjects_of(s, 10)[0] == [1]  # the spokesperson urges, not the guard
    assert subjects_of(s, 6)[0] == [4]


def test_what_a_clause_denies_is_not_told_as_done() -> None:
    # The army denied that its troops had opened fire and accused India .
    words = ["The", "army", "denied", "that", "its", "troops", "had", "opened", "fire", "and", "accused", "India",
             "."]
    s = build_sentence(words, [1, 2, 2, 7, 5, 7, 7, 2, 7, 7, 7, 10, 2],
                       ["det", "nsubj", "ROOT", "mark", "poss", "nsubj", "aux", "ccomp", "dobj", "cc", "conj",
                        "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "SCONJ", "PRON", "NOUN", "AUX", "VERB", "NOUN", "CCONJ", "VERB",
                            "PROPN", "PUNCT"],
                       tags=["DT", "NN", "VBD", "IN", "PRP$", "NNS", "VBD", "VBN", "NN", "CC", "VBD", "NNP", "."],
                       lemmas=["the", "army", "deny", "that", "its", "troop", "have", "open", "fire", "and", "accuse",
                               "India", "."])
    assert inside_an_allegation(s, 7)
    assert not inside_an_allegation(s, 10)  # the accusation is the army's own act
    assert subjects_of(s, 10)[0] == [1]


def test_a_party_named_as_another_country_s_is_that_country_s(resources: CoderResources) -> None:
    # Germany 's Social Democrats said .   ("Democrats" alone is the US party)
    s = build_sentence(["Germany", "'s", "Social", "Democrats", "said", "."], [3, 0, 3, 4, 4, 4],
                       ["poss", "case", "compound", "nsubj", "ROOT", "punct"],
                       pos=["PROPN", "PART", "PROPN", "PROPN", "VERB", "PUNCT"], ents=[(0, 1, "GPE"), (2, 4, "NORP")])
    actor = resolved(resources, [s], 3)
    assert (actor.name, actor.country, actor.sector) == ("Social Democrats", "DEU", "PTY")
    # Senate Republicans said .
    s = build_sentence(["Senate", "Republicans", "said", "."], [1, 2, 2, 2], ["compound", "nsubj", "ROOT", "punct"],
                       pos=["PROPN", "PROPN", "VERB", "PUNCT"], ents=[(1, 2, "NORP")])
    actor = resolved(resources, [s], 1)
    assert (actor.name, actor.country, actor.sector) == ("Republican Party", "USA", "PTY")


def test_a_party_name_many_countries_share_is_the_story_country_s(resources: CoderResources) -> None:
    # The Greens said .   (in a story about Germany)
    s = build_sentence(["The", "Greens", "said", "."], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "punct"],
                       pos=["DET", "PROPN", "VERB", "PUNCT"], ents=[(1, 2, "ORG")])
    actors = ArticleActors(resources.actors, DAY)
    actors.story = "DEU"
    actors.read(s)
    actor = actors.resolve_actor(s, 1)
    assert actor is not None and (actor.name, actor.country, actor.sector) == ("Greens", "DEU", "PTY")


@pytest.mark.parametrize("story", ["IRL", "GBR"])
def test_sinn_fein_sits_in_two_countries_and_is_the_story_s(resources: CoderResources, story: str) -> None:
    # The Taoiseach accused Sinn Féin of opposing the Bill .   (in an Irish story, in a British one)
    s = build_sentence(["The", "Taoiseach", "accused", "Sinn", "Féin", "of", "opposing", "the", "Bill", "."],
                       [1, 2, 2, 4, 2, 2, 5, 8, 6, 2],
                       ["det", "nsubj", "ROOT", "compound", "dobj", "prep", "pcomp", "det", "dobj", "punct"],
                       pos=["DET", "PROPN", "VERB", "PROPN", "PROPN", "ADP", "VERB", "DET", "PROPN", "PUNCT"],
                       lemmas=["the", "Taoiseach", "accuse", "Sinn", "Féin", "of", "oppose", "the", "Bill", "."],
                       tags=["DT", "NNP", "VBD", "NNP", "NNP", "IN", "VBG", "DT", "NNP", "."],
                       ents=[(1, 2, "ORG"), (3, 5, "PERSON")])
    actors = ArticleActors(resources.actors, DAY)
    actors.story = story
    actors.read(s)
    actor = actors.resolve_actor(s, 4)
    assert actor is not None and (actor.country, actor.sector) == (story, "PTY")


@pytest.mark.parametrize(("story", "country"), [("IRL", "IRL"), ("GBR", "GBR"), ("IRQ", "GBR")])
def test_labour_is_the_story_s_where_that_country_has_a_labour_party(resources: CoderResources, story: str,
                                                                      country: str) -> None:
    # Labour criticised the Government .   (an Irish story; a British one; a British paper's story about Iraq)
    s = build_sentence(["Labour", "criticised", "the", "Government", "."], [1, 1, 3, 1, 1],
                       ["nsubj", "ROOT", "det", "dobj", "punct"], pos=["PROPN", "VERB", "DET", "PROPN", "PUNCT"],
                       lemmas=["Labour", "criticise", "the", "Government", "."], tags=["NNP", "VBD", "DT", "NNP", "."],
                       ents=[(0, 1, "ORG")])
    actors = ArticleActors(resources.actors, DAY)
    actors.read(s)
    actors.story = story
    actors.read_home_names([s])
    actor = actors.resolve_actor(s, 0)
    assert actor is not None and (actor.country, actor.sector) == (country, "PTY")


def test_a_speech_act_stays_its_clause_s_when_the_speaker_is_no_one_named() -> None:
    # coming out said that the party had proposed talks and asked the government .   (lower-cased news the
    # small model parses with a clause as the subject of "said")
    words = ["coming", "out", "said", "that", "the", "party", "had", "proposed", "talks", "and", "asked", "the",
             "government", "."]
    s = build_sentence(words, [2, 0, 2, 7, 5, 7, 7, 2, 7, 7, 7, 12, 10, 2],
                       ["csubj", "prt", "ROOT", "mark", "det", "nsubj", "aux", "ccomp", "dobj", "cc", "conj", "det",
                        "dobj", "punct"],
                       pos=["VERB", "ADP", "VERB", "SCONJ", "DET", "NOUN", "AUX", "VERB", "NOUN", "CCONJ", "VERB",
                            "DET", "NOUN", "PUNCT"],
                       tags=["VBG", "RP", "VBD", "IN", "DT", "NN", "VBD", "VBN", "NNS", "CC", "VBD", "DT", "NN", "."],
                       lemmas=["come", "out", "say", "that", "the", "party", "have", "propose", "talk", "and", "ask",
                               "the", "government", "."])
    assert subjects_of(s, 10)[0] == [5]


def test_a_speech_act_joined_to_a_reported_passive_is_the_speaker_s() -> None:
    # The party said workers had been detained and accused the government .   (the tagger lends "accused"
    # the passive's VBN)
    words = ["The", "party", "said", "workers", "had", "been", "detained", "and", "accused", "the", "government", "."]
    s = build_sentence(words, [1, 2, 2, 6, 6, 6, 2, 6, 6, 10, 8, 2],
                       ["det", "nsubj", "ROOT", "nsubjpass", "aux", "auxpass", "ccomp", "cc", "conj", "det", "dobj",
                        "punct"],
                       pos=["DET", "NOUN", "VERB", "NOUN", "AUX", "AUX", "VERB", "CCONJ", "VERB", "DET", "NOUN",
                            "PUNCT"],
                       tags=["DT", "NN", "VBD", "NNS", "VBD", "VBN", "VBN", "CC", "VBN", "DT", "NN", "."],
                       lemmas=["the", "party", "say", "worker", "have", "be", "detain", "and", "accuse", "the",
                               "government", "."])
    assert subjects_of(s, 8)[0] == [1]


@pytest.mark.parametrize(("title", "sector"), [("Gov.", "GOV"), ("Sen.", "LEG"), ("Rep.", "LEG"), ("Gen.", "MIL")])
def test_an_abbreviated_title_gives_the_person_its_sector(resources: CoderResources, title: str, sector: str) -> None:
    # Gov. Josh Stein vetoed the bill .
    s = build_sentence([title, "Josh", "Stein", "vetoed", "the", "bill", "."], [2, 2, 3, 3, 5, 3, 3],
                       ["compound", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                       pos=["PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"], ents=[(1, 3, "PERSON")])
    actor = resolved(resources, [s], 2)
    assert (actor.kind, actor.sector) == ("person", sector)


@pytest.mark.parametrize(("words", "code"), [(["EFCC"], ("NGA", "COP")), (["Scotland", "Yard"], ("GBR", "COP")),
                                             (["China", "Coast", "Guard"], ("CHN", "MIL")), (["BGB"], ("BGD", "MIL")),
                                             (["Pakistan", "Rangers"], ("PAK", "MIL"))])
def test_a_states_agency_named_as_wire_copy_names_it_is_that_state(resources: CoderResources, words: list[str],
                                                                     code: tuple[str, str]) -> None:
    # The EFCC arrested a former commissioner .
    n = len(words)
    s = build_sentence(["The", *words, "arrested", "a", "former", "commissioner", "."],
                       [n, *([n] * (n - 1)), n + 1, n + 1, n + 4, n + 4, n + 1, n + 1],
                       ["det", *(["compound"] * (n - 1)), "nsubj", "ROOT", "det", "amod", "dobj", "punct"],
                       pos=["DET", *(["PROPN"] * n), "VERB", "DET", "ADJ", "NOUN", "PUNCT"], ents=[(1, n + 1, "ORG")])
    agency = next(m.actor for m in find_mentions(s, resources.actors, DAY) if m.head == n)
    assert (agency.country, agency.sector) == code


def test_a_state_body_the_knowledge_base_lacks_is_the_storys_country(resources: CoderResources) -> None:
    # The Department of Foreign Affairs summoned an official of the Chinese embassy .   (a story from Manila)
    s = build_sentence(["The", "Department", "of", "Foreign", "Affairs", "summoned", "an", "official", "of", "the",
                        "Chinese", "embassy", "."], [1, 5, 1, 4, 2, 5, 7, 5, 7, 11, 11, 8, 5],
                       ["det", "nsubj", "prep", "compound", "pobj", "ROOT", "det", "dobj", "prep", "det", "amod",
                        "pobj", "punct"],
                       pos=["DET", "PROPN", "ADP", "PROPN", "PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "ADJ",
                            "NOUN", "PUNCT"],
                       ents=[(0, 5, "ORG"), (10, 11, "NORP")])
    actors = ArticleActors(resources.actors, DAY)
    actors.read(s)
    actors.story = "PHL"
    body = actors.resolve_actor(s, 1)
    assert body is not None and (body.country, body.sector, body.country_source) == ("PHL", "GOV", "story")


def test_a_surname_inside_another_persons_name_is_not_the_listed_person(resources: CoderResources) -> None:
    def accused(words: list[str]) -> Sentence:
        # <words> Premadasa accused the government .
        n = len(words)
        return build_sentence([*words, "Premadasa", "accused", "the", "government", "."],
                              [n] * n + [n + 1, n + 1, n + 3, n + 1, n + 1],
                              ["compound"] * n + ["nsubj", "ROOT", "det", "dobj", "punct"],
                              pos=["PROPN"] * n + ["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                              ents=[(0, n + 1, "PERSON")])

    def people(s: Sentence) -> list[str | None]:
        return [m.actor.name for m in find_mentions(s, resources.actors, DAY) if m.actor.kind == "person"]

    # Sri Lanka's opposition leader of 2025 is not the president of 1989-1993 listed by the same surname
    assert people(accused(["Sajith"])) == []
    # the listed person's own given name, or initials, still name him
    assert people(accused(["Ranasinghe"])) == ["Ranasinghe Premadasa"]
    assert people(accused(["R."])) == ["Ranasinghe Premadasa"]


def test_a_family_name_that_is_a_peoples_name_is_no_country(resources: CoderResources) -> None:
    # UN rights chief Volker Turk visited Sri Lanka .
    s = build_sentence(["UN", "rights", "chief", "Volker", "Turk", "visited", "Sri", "Lanka", "."],
                       [2, 2, 4, 4, 5, 5, 7, 5, 5],
                       ["compound", "compound", "compound", "compound", "nsubj", "ROOT", "compound", "dobj", "punct"],
                       pos=["PROPN", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT"],
                       ents=[(0, 1, "ORG"), (3, 5, "PERSON"), (6, 8, "GPE")])
    assert [m.actor.country for m in find_mentions(s, resources.actors, DAY)] == [None, "LKA"]
    # a people's name that opens the phrase still names its country
    turkish = build_sentence(["Turkish", "troops", "entered", "Syria", "."], [1, 2, 2, 2, 2],
                             ["amod", "nsubj", "ROOT", "dobj", "punct"], pos=["ADJ", "NOUN", "VERB", "PROPN", "PUNCT"],
                             ents=[(0, 1, "NORP"), (3, 4, "GPE")])
    assert [m.actor.country for m in find_mentions(turkish, resources.actors, DAY)] == ["TUR", "SYR"]


def test_the_two_sides_of_a_story_between_two_countries_are_those_two(resources: CoderResources) -> None:
    from dyadwatch.coder.screen import main_pair

    def clause(subject: list[str], verb: str, obj: str, index: int) -> Sentence:
        # <subject> <verb> <obj> .
        n = len(subject)
        return build_sentence([*subject, verb, obj, "."], [n - 1] * (n - 1) + [n, n, n, n],
                              ["compound"] * (n - 1) + ["nsubj", "ROOT", "dobj", "punct"],
                              pos=["PROPN"] * n + ["VERB", "PROPN", "PUNCT"],
                              ents=[(0, n, "GPE"), (n + 1, n + 2, "GPE")], index=index)

    # Iran met Washington . / Washington pressed Iran . / Israel struck Iran . / The two sides agreed .
    story = [clause(["Iran"], "met", "Washington", 0), clause(["Washington"], "pressed", "Iran", 1),
             clause(["Israel"], "struck", "Iran", 2)]
    for word in ("side", "neighbour", "capital"):
        # (and "The two neighbours agreed .", "The two capitals agreed .")
        sides = build_sentence(["The", "two", word + "s", "agreed", "."], [2, 2, 3, 3, 3],
                               ["det", "nummod", "nsubj", "ROOT", "punct"], pos=["DET", "NUM", "NOUN", "VERB", "PUNCT"],
                               lemmas=["the", "two", word, "agree", "."], index=3)
        actors = ArticleActors(resources.actors, DAY)
        for s in [*story, sides]:
            actors.read(s)
        for s in story:
            actors.after(s)
        got = actors.resolve(sides, 2)
        assert got is not None
        # Israel came up last, but the story is between Iran and the United States
        assert {p.country for p in got[1]} == {"IRN", "ISR"}
        actors.pair = main_pair(actors.mentions)
        got = actors.resolve(sides, 2)
        assert got is not None and {p.country for p in got[1]} == {"IRN", "USA"}


def test_a_firm_named_by_its_trade_is_a_business_and_its_rival_no_state(resources: CoderResources) -> None:
    # Danish drugmaker Norvane rejected an approach from a US rival .
    s = build_sentence(["Danish", "drugmaker", "Norvane", "rejected", "an", "approach", "from", "a", "US", "rival",
                        "."],
                       [2, 2, 3, 3, 5, 3, 5, 9, 9, 6, 3],
                       ["amod", "compound", "nsubj", "ROOT", "det", "dobj", "prep", "det", "compound", "pobj", "punct"],
                       pos=["ADJ", "NOUN", "PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "PROPN", "NOUN", "PUNCT"],
                       ents=[(0, 1, "NORP"), (2, 3, "ORG"), (8, 9, "GPE")])
    firm = resolved(resources, [s], 2)
    assert (firm.country, firm.sector) == ("DNK", "BUS")
    rival = resolved(resources, [s], 9)
    assert (rival.country, rival.sector, rival.kind) == ("USA", None, "group")  # not the US government
    # the country's own noun still names its government
    assert resolved(resources, [s], 8).sector == "GOV"


def test_a_sentence_opening_in_a_capital_places_its_unplaced_officials(resources: CoderResources) -> None:
    def opening(place: list[str]) -> Sentence:
        # In <place> , the ministry spokesman accused Dhaka .
        n = len(place)
        words = ["In", *place, ",", "the", "ministry", "spokesman", "accused", "Dhaka", "."]
        at = n + 5  # the verb
        return build_sentence(words, [at] + [n] * (n - 1) + [0] + [at, n + 4, n + 4, at, at, at, at],
                              ["prep"] + ["compound"] * (n - 1) + ["pobj", "punct", "det", "compound", "nsubj",
                                                                   "ROOT", "dobj", "punct"],
                              pos=["ADP"] + ["PROPN"] * n + ["PUNCT", "DET", "NOUN", "NOUN", "VERB", "PROPN", "PUNCT"],
                              ents=[(1, n + 1, "GPE"), (n + 6, n + 7, "GPE")])

    def spokesman(s: Sentence) -> str | None:
        actors = ArticleActors(resources.actors, DAY)
        actors.read(s)
        actors.story = "BGD"  # a story from Dhaka
        got = actors.resolve_actor(s, len(s.tokens) - 4)
        assert got is not None
        return got.country

    assert spokesman(opening(["New", "Delhi"])) == "IND"
    # a city that stands for no state places no one: the story's country stands
    assert spokesman(opening(["Geneva"])) == "BGD"


def test_a_story_that_names_only_its_towns_is_their_country_s(resources: CoderResources) -> None:
    from dyadwatch.coder.stories import town_country

    def in_town(town: str, index: int) -> Sentence:
        # Police detained students in <town> .
        return build_sentence(["Police", "detained", "students", "in", town, "."], [1, 1, 1, 1, 3, 1],
                              ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                              pos=["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"], ents=[(4, 5, "GPE")], index=index)

    assert town_country([in_town("Medan", 0), in_town("Jakarta", 1)], resources.gazetteer) == "IDN"
    assert town_country([in_town("Medan", 0)], resources.gazetteer) is None  # one town is not a story's country
    assert town_country([in_town("Medan", 0), in_town("Manila", 1)], resources.gazetteer) is None


def test_its_official_belongs_to_the_body_the_sentence_before_was_about(resources: CoderResources) -> None:
    # Cambodia's ministry disagreed .  /  Its spokeswoman accused Thai troops .
    ministry = build_sentence(["Cambodia", "'s", "ministry", "disagreed", "."], [2, 0, 3, 3, 3],
                              ["poss", "case", "nsubj", "ROOT", "punct"],
                              pos=["PROPN", "PART", "NOUN", "VERB", "PUNCT"], ents=[(0, 1, "GPE")])
    its = build_sentence(["Its", "spokeswoman", "accused", "Thai", "troops", "."], [1, 2, 2, 4, 2, 2],
                         ["poss", "nsubj", "ROOT", "amod", "dobj", "punct"],
                         pos=["PRON", "NOUN", "VERB", "ADJ", "NOUN", "PUNCT"], ents=[(3, 4, "NORP")], index=1)
    assert resolved(resources, [ministry, its], 1).country == "KHM"  # not Thailand, the country the sentence names
    # a body named before "its" in the same sentence is its owner
    said = build_sentence(["Thailand", "said", "its", "spokeswoman", "accused", "Cambodian", "troops", "."],
                          [1, 1, 3, 4, 1, 6, 4, 1],
                          ["nsubj", "ROOT", "poss", "nsubj", "ccomp", "amod", "dobj", "punct"],
                          pos=["PROPN", "VERB", "PRON", "NOUN", "VERB", "ADJ", "NOUN", "PUNCT"],
                          ents=[(0, 1, "GPE"), (5, 6, "NORP")], index=1)
    assert resolved(resources, [ministry, said], 3).country == "THA"


def test_a_state_named_before_an_office_name_owns_that_office(resources: CoderResources) -> None:
    # Pakistan 's Foreign Office summoned the envoy .   ("Foreign Office" alone is Britain's)
    s = build_sentence(["Pakistan", "'s", "Foreign", "Office", "summoned", "the", "envoy", "."],
                       [3, 0, 3, 4, 4, 6, 4, 4], ["poss", "case", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                       pos=["PROPN", "PART", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                       ents=[(0, 1, "GPE"), (2, 4, "ORG")])
    office = [m.actor for m in find_mentions(s, resources.actors, DAY)][-1]
    assert (office.text, office.country, office.sector) == ("Foreign Office", "PAK", "GOV")
    s = build_sentence(["The", "Foreign", "Office", "summoned", "the", "envoy", "."], [2, 2, 3, 3, 5, 3, 3],
                       ["det", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                       pos=["DET", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"], ents=[(1, 3, "ORG")])
    assert [m.actor.country for m in find_mentions(s, resources.actors, DAY)] == ["GBR"]


def test_a_participle_right_after_a_noun_tells_what_befell_it() -> None:
    # Qatar urged both sides to respect the ceasefire agreed in Doha .   (the parser hangs "agreed" on "urged")
    s = build_sentence(["Qatar", "urged", "both", "sides", "to", "respect", "the", "ceasefire", "agreed", "in",
                        "Doha", "."], [1, 1, 3, 1, 5, 1, 7, 5, 1, 8, 9, 1],
                       ["nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "det", "dobj", "advcl", "prep", "pobj",
                        "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "PART", "VERB", "DET", "NOUN", "VERB", "ADP", "PROPN",
                            "PUNCT"],
                       tags=["NNP", "VBD", "DT", "NNS", "TO", "VB", "DT", "NN", "VBD", "IN", "NNP", "."],
                       lemmas=["Qatar", "urge", "both", "side", "to", "respect", "the", "ceasefire", "agree", "in",
                               "Doha", "."])
    assert subjects_of(s, 8) == ([], False)
    # Qatar urged both sides to talk , citing the ceasefire .   (a participle after a comma is the subject's)
    s = build_sentence(["Qatar", "urged", "both", "sides", "to", "talk", ",", "citing", "the", "ceasefire", "."],
                       [1, 1, 3, 1, 5, 1, 1, 1, 9, 7, 1],
                       ["nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "punct", "advcl", "det", "dobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "PART", "VERB", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"],
                       tags=["NNP", "VBD", "DT", "NNS", "TO", "VB", ",", "VBG", "DT", "NN", "."])
    assert subjects_of(s, 7)[0] == [0]


def test_a_party_named_with_its_country_s_adjective_is_that_country_s(resources: CoderResources) -> None:
    # The Mongolian Democratic Party filed a motion .   ("Democratic Party" alone is the American one; the
    # knowledge base lists the Slovenian Democratic Party by its full name since stop 74)
    s = build_sentence(["The", "Mongolian", "Democratic", "Party", "filed", "a", "motion", "."],
                       [3, 3, 3, 4, 4, 6, 4, 4], ["det", "amod", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                       pos=["DET", "ADJ", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                       ents=[(1, 4, "ORG")])
    party = [m.actor for m in find_mentions(s, resources.actors, DAY)][-1]
    assert (party.text, party.country, party.sector) == ("Democratic Party", "MNG", "PTY")


def test_a_legislature_named_in_its_own_language_is_its_state_s(resources: CoderResources) -> None:
    for words, country in ((["The", "Storting", "voted", "."], "NOR"), (["The", "Khural", "voted", "."], "MNG")):
        s = build_sentence(words, [1, 2, 2, 2], ["det", "nsubj", "ROOT", "punct"],
                           pos=["DET", "PROPN", "VERB", "PUNCT"], ents=[(1, 2, "ORG")])
        assert [(m.actor.country, m.actor.sector) for m in find_mentions(s, resources.actors, DAY)] == [
            (country, "LEG")]


def test_a_deadline_is_no_agent_and_a_speaker_s_next_act_is_the_speaker_s() -> None:
    # He promised that arrears would be paid by the end , and urged teachers to return .
    words = ["He", "promised", "that", "arrears", "would", "be", "paid", "by", "the", "end", ",", "and", "urged",
             "teachers", "to", "return", "."]
    s = build_sentence(words, [1, 1, 6, 6, 6, 6, 1, 6, 9, 7, 6, 6, 6, 12, 15, 12, 1],
                       ["nsubj", "ROOT", "mark", "nsubjpass", "aux", "auxpass", "ccomp", "agent", "det", "pobj",
                        "punct", "cc", "conj", "dobj", "aux", "xcomp", "punct"],
                       pos=["PRON", "VERB", "SCONJ", "NOUN", "AUX", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT",
                            "CCONJ", "VERB", "NOUN", "PART", "VERB", "PUNCT"],
                       tags=["PRP", "VBD", "IN", "NNS", "MD", "VB", "VBN", "IN", "DT", "NN", ",", "CC", "VBD", "NNS",
                             "TO", "VB", "."],
                       lemmas=["he", "promise", "that", "arrear", "would", "be", "pay", "by", "the", "end", ",", "and",
                               "urge", "teacher", "to", "return", "."])
    assert subjects_of(s, 6) == ([], True)  # "by the end" tells when, not who
    assert subjects_of(s, 12)[0] == [0]  # the promiser urges


def test_a_head_the_parser_made_the_root_does_not_take_the_closing_stop() -> None:
    # Its leader , Jugnauth , called on the government .   (the parser made "leader" the root)
    s = build_sentence(["Its", "leader", ",", "Jugnauth", ",", "called", "on", "the", "government", "."],
                       [1, 1, 1, 1, 1, 1, 5, 8, 6, 1],
                       ["poss", "ROOT", "punct", "appos", "punct", "acl", "prep", "det", "pobj", "punct"],
                       pos=["PRON", "NOUN", "PUNCT", "PROPN", "PUNCT", "VERB", "ADP", "DET", "NOUN", "PUNCT"])
    assert [t.text for t in noun_phrase(s, 1)] == ["Its", "leader", ",", "Jugnauth"]
