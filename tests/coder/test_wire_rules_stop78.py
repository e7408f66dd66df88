"""Rules from the look halves of the held-out wire corpora (stop 78). Hand-built parses: no model is loaded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dyadwatch.coder.attributes import modality_of
from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.coder.homenames import shared_state_name_at_home
from dyadwatch.coder.joinedacts import with_shared_targets
from dyadwatch.coder.lexicon import PredicateLexicon, object_words
from dyadwatch.coder.pronouns import share_of_told_group, two_parties
from dyadwatch.coder.screen import promised
from dyadwatch.coder.speakers_state import state_body_of_speaker
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Article, Mention, ParsedArticle, Sentence

from ..eventfactory import event
from .candidates import CANDIDATES, candidate_events, resolved_party


def blocked_talks(owner: str) -> Sentence:
    # Bulgaria blocked the opening of OWNER 's membership talks with the European Union .
    words = ["Bulgaria", "blocked", "the", "opening", "of", owner, "'s", "membership", "talks", "with", "the",
             "European", "Union", "."]
    return build_sentence(words, [1, 1, 3, 1, 3, 8, 5, 8, 4, 8, 12, 12, 9, 1],
                          ["nsubj", "ROOT", "det", "dobj", "prep", "poss", "case", "compound", "pobj", "prep", "det",
                           "compound", "pobj", "punct"],
                          pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PART", "NOUN", "NOUN", "ADP", "DET",
                               "PROPN", "PROPN", "PUNCT"],
                          tags=["NNP", "VBD", "DT", "NN", "IN", "NNP", "POS", "NN", "NNS", "IN", "DT", "NNP", "NNP",
                                "."],
                          lemmas=["Bulgaria", "block", "the", "opening", "of", owner, "'s", "membership", "talk",
                                  "with", "the", "European", "Union", "."],
                          ents=[(0, 1, "GPE"), (5, 6, "GPE"), (10, 13, "ORG")])


def test_blocking_a_partys_talks_with_another_is_aimed_at_the_party_not_its_partner(
        resources: CoderResources) -> None:
    events = candidate_events(resources, blocked_talks("Serbia"), "blocked")
    rejects = [e for e in events if e.event_type == "REJECT"]
    assert rejects and all(e.recipient is not None and e.recipient.country == "SRB" for e in rejects)


def test_lifting_a_veto_is_a_concession_and_lifting_sanctions_stays_an_easing() -> None:
    lexicon = PredicateLexicon.load()
    # The parliament lifted the veto . / The parliament lifted the sanctions .
    for noun, code in (("veto", "080"), ("sanctions", "085")):
        sentence = build_sentence(["The", "parliament", "lifted", "the", noun, "."], [1, 2, 2, 4, 2, 2],
                                  ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                                  pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                                  tags=["DT", "NN", "VBD", "DT", "NNS" if noun == "sanctions" else "NN", "."],
                                  lemmas=["the", "parliament", "lift", "the", noun.rstrip("s"), "."])
        match = lexicon.match(sentence, sentence.tokens[2])
        assert match is not None and match.entry.cameo == code


def test_a_bare_name_two_states_share_is_the_story_states_in_its_own_news() -> None:
    congo = Actor("Congo", "Democratic Republic of the Congo", "COD", None, "country")
    mention = Mention(0, 4, 5, 4, congo)
    assert shared_state_name_at_home(mention, "COG").actor.country == "COG"  # a story from Brazzaville
    assert shared_state_name_at_home(mention, "COD").actor.country == "COD"
    assert shared_state_name_at_home(mention, "FRA").actor.country == "COD"  # elsewhere, AP style: the DRC
    qualified = Actor("DRC", "Democratic Republic of the Congo", "COD", None, "country")
    assert shared_state_name_at_home(Mention(0, 4, 5, 4, qualified), "COG").actor.country == "COD"


def men_who_challenged() -> Sentence:
    # The court sentenced two men who challenged the president in the election .
    words = ["The", "court", "sentenced", "two", "men", "who", "challenged", "the", "president", "in", "the",
             "election", "."]
    return build_sentence(words, [1, 2, 2, 4, 2, 6, 4, 8, 6, 6, 11, 9, 2],
                          ["det", "nsubj", "ROOT", "nummod", "dobj", "nsubj", "relcl", "det", "dobj", "prep", "det",
                           "pobj", "punct"],
                          pos=["DET", "NOUN", "VERB", "NUM", "NOUN", "PRON", "VERB", "DET", "NOUN", "ADP", "DET",
                               "NOUN", "PUNCT"],
                          tags=["DT", "NN", "VBD", "CD", "NNS", "WP", "VBD", "DT", "NN", "IN", "DT", "NN", "."],
                          lemmas=["the", "court", "sentence", "two", "man", "who", "challenge", "the", "president",
                                  "in", "the", "election", "."])


def test_a_verb_in_a_clause_on_a_noun_acts_on_the_noun_not_on_its_own_words() -> None:
    sentence = men_who_challenged()
    words = object_words(sentence, sentence.tokens[6])
    assert {"president", "man"} <= words and "election" not in words  # no election challenged
    assert PredicateLexicon.load().match(sentence, sentence.tokens[6]) is None or (
        PredicateLexicon.load().match(sentence, sentence.tokens[6]).entry.cameo != "115")


def waved_and_demanded() -> Sentence:
    # Activists waved placards and demanded compensation .
    return build_sentence(["Activists", "waved", "placards", "and", "demanded", "compensation", "."],
                          [1, 1, 1, 1, 1, 4, 1], ["nsubj", "ROOT", "dobj", "cc", "conj", "dobj", "punct"],
                          pos=["NOUN", "VERB", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT"],
                          tags=["NNS", "VBD", "NNS", "CC", "VBD", "NN", "."],
                          lemmas=["activist", "wave", "placard", "and", "demand", "compensation", "."])


def test_waving_placards_is_a_protest_and_waving_flags_is_not() -> None:
    sentence = waved_and_demanded()
    match = PredicateLexicon.load().match(sentence, sentence.tokens[1])
    assert match is not None and match.entry.cameo == "141"
    flags = build_sentence(["Fans", "waved", "flags", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                           pos=["NOUN", "VERB", "NOUN", "PUNCT"], lemmas=["fan", "wave", "flag", "."])
    assert PredicateLexicon.load().match(flags, flags.tokens[1]) is None


def test_a_demand_joined_to_a_protest_abroad_is_made_of_whom_the_protest_is_at() -> None:
    # "Outside the Belgian embassy, activists waved placards and demanded compensation": the implied government of
    # the activists' own state gives way to the state the protest is aimed at
    sentence = waved_and_demanded()
    activists = Actor("Activists", None, "COD", "CVL", "group", (0, 9))
    implied_home = Actor("", None, "COD", "GOV", "country", country_source="story")
    embassy = Actor("Belgian embassy", None, "BEL", "GOV", "group", (50, 65))
    protest = event(cameo="141", trigger="waved", actor="CHN", sentence=sentence.text)
    demand = event(cameo="100", trigger="demanded", actor="CHN", sentence=sentence.text)
    protest, demand = replace(protest, actor=activists, recipient=embassy), replace(
        demand, actor=activists, recipient=implied_home)
    got = with_shared_targets([sentence], [protest, demand], {protest.id: 1, demand.id: 4})
    assert [e.recipient.country for e in got if e.trigger == "demanded" and e.recipient] == ["BEL"]
    named_home = replace(implied_home, text="the government", span=(70, 84))
    got = with_shared_targets([sentence], [protest, replace(demand, recipient=named_home)],
                              {protest.id: 1, demand.id: 4})
    assert [e.recipient.country for e in got if e.trigger == "demanded" and e.recipient] == ["COD"]


def spokesman_said_customs() -> Sentence:
    # The ministry said customs officers had impounded the wagons .
    words = ["The", "ministry", "said", "customs", "officers", "had", "impounded", "the", "wagons", "."]
    return build_sentence(words, [1, 2, 2, 4, 6, 6, 2, 8, 6, 2],
                          ["det", "nsubj", "ROOT", "compound", "nsubj", "aux", "ccomp", "det", "dobj", "punct"],
                          pos=["DET", "NOUN", "VERB", "NOUN", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
                          lemmas=["the", "ministry", "say", "customs", "officer", "have", "impound", "the", "wagon",
                                  "."])


def test_a_state_body_placed_nowhere_in_what_another_states_body_says_is_the_speakers() -> None:
    sentence = spokesman_said_customs()
    customs = Actor("customs officers", None, "TKM", "GOV", "group", (26, 42), country_source="story")
    ministry = Actor("The ministry", None, "AFG", "GOV", "group", (0, 12))
    got = state_body_of_speaker(sentence, 4, customs, lambda s, i: ministry if i == 1 else None)
    assert (got.country, got.country_source) == ("AFG", "speaker")
    # placed by the text, or told by a speaker the text places only by the story: as it is
    assert state_body_of_speaker(sentence, 4, replace(customs, country_source=None),
                                 lambda s, i: ministry if i == 1 else None).country == "TKM"
    guessed = replace(ministry, country_source="story")
    assert state_body_of_speaker(sentence, 4, customs, lambda s, i: guessed if i == 1 else None).country == "TKM"


def reached_in_talks(preposition: str) -> Sentence:
    # The deal was reached in talks PREPOSITION Turkey and Greece .
    words = ["The", "deal", "was", "reached", "in", "talks", preposition, "Turkey", "and", "Greece", "."]
    return build_sentence(words, [1, 3, 3, 3, 3, 4, 5, 6, 7, 7, 3],
                          ["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "pobj", "cc", "conj",
                           "punct"],
                          pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT"],
                          tags=["DT", "NN", "VBD", "VBN", "IN", "NNS", "IN", "NNP", "CC", "NNP", "."],
                          lemmas=["the", "deal", "be", "reach", "in", "talk", preposition, "Turkey", "and", "Greece",
                                  "."],
                          ents=[(7, 8, "GPE"), (9, 10, "GPE")])


def test_talks_that_name_their_two_parties_are_an_act_of_their_own_inside_another(
        resources: CoderResources) -> None:
    talks = candidate_events(resources, reached_in_talks("between"), "talks")
    assert [(e.event_type, e.actor.country, e.recipient.country if e.recipient else None) for e in talks] == [
        ("CONSULT", "TUR", "GRC")]
    # talks that name no party of their own stay part of the act they are told in
    assert candidate_events(resources, reached_in_talks("over"), "talks") == []


def test_opening_a_criminal_case_is_an_investigation_and_seeking_judicial_review_a_lawsuit() -> None:
    lexicon = PredicateLexicon.load()
    for verb, lemma, noun, code in (("opened", "open", "case", "091"), ("sought", "seek", "review", "115")):
        sentence = build_sentence(["Prosecutors", verb, "a", noun, "."], [1, 1, 3, 1, 1],
                                  ["nsubj", "ROOT", "det", "dobj", "punct"],
                                  pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                                  lemmas=["prosecutor", lemma, "a", noun, "."])
        match = lexicon.match(sentence, sentence.tokens[1])
        assert match is not None and match.entry.cameo == code


def test_an_act_one_wants_another_to_do_is_not_done() -> None:
    # Kinshasa expected Brussels to open talks .
    words = ["Kinshasa", "expected", "Brussels", "to", "open", "talks", "."]
    wished = build_sentence(words, [1, 1, 4, 4, 1, 4, 1], ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "punct"],
                            pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "NOUN", "PUNCT"],
                            lemmas=["Kinshasa", "expect", "Brussels", "to", "open", "talk", "."])
    assert modality_of(wished, 4, None, False).modality == "hypothetical"
    # "Kinshasa expected to open talks": its own plan
    own = build_sentence(["Kinshasa", "expected", "to", "open", "talks", "."], [1, 1, 3, 1, 3, 1],
                         ["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"],
                         pos=["PROPN", "VERB", "PART", "VERB", "NOUN", "PUNCT"],
                         lemmas=["Kinshasa", "expect", "to", "open", "talk", "."])
    assert modality_of(own, 3, None, False).modality == "planned"


def test_the_two_officials_are_the_stories_two_states_only_once_both_have_come_up() -> None:
    sentence = build_sentence(["He", "accused", "the", "two", "officials", "."], [1, 1, 4, 4, 1, 1],
                              ["nsubj", "ROOT", "det", "nummod", "dobj", "punct"],
                              pos=["PRON", "VERB", "DET", "NUM", "NOUN", "PUNCT"],
                              lemmas=["he", "accuse", "the", "two", "official", "."])
    phrase = list(sentence.tokens[2:5])
    turkmenistan = Actor("Turkmenistan", "Turkmenistan", "TKM", "GOV", "country")
    china = Actor("China", "China", "CHN", "GOV", "country")
    division = Actor("head of the division", None, "TKM", "BUS", "group")
    # a Turkmen story that names China only later: "the two officials" are not Turkmenistan and China
    assert two_parties(phrase, "the two officials", [turkmenistan, division], (turkmenistan, china)) is None
    got = two_parties(phrase, "the two officials", [turkmenistan, china, division], (turkmenistan, china))
    assert got is not None and {p.country for p in got[1]} == {"TKM", "CHN"}


def test_a_body_named_by_a_large_city_is_that_citys_countrys(resources: CoderResources) -> None:
    # A Rotterdam court sentenced him . (the small model tags "Rotterdam" a person), in a story from Paramaribo
    sentence = build_sentence(["A", "Rotterdam", "court", "sentenced", "him", "."], [2, 2, 3, 3, 3, 3],
                              ["det", "compound", "nsubj", "ROOT", "dobj", "punct"],
                              pos=["DET", "PROPN", "NOUN", "VERB", "PRON", "PUNCT"],
                              lemmas=["a", "Rotterdam", "court", "sentence", "he", "."], ents=[(1, 2, "PERSON")])
    court = resolved_party(resources, date(2026, 5, 14), "SUR", [sentence], 2)
    assert court is not None and (court.country, court.sector) == ("NLD", "JUD")


def test_a_threat_to_take_a_dispute_to_arbitration_on_a_condition_is_no_answer_given() -> None:
    text = "The government would take the dispute to arbitration if Singapore refused."
    threat = replace(event(cameo="130", trigger="take", sentence=text), event_type="THREATEN")
    assert promised(threat)
    done = replace(threat, sentence="The government took the dispute to arbitration.", trigger="took")
    assert not promised(done)


def some_of(pronoun: str) -> Sentence:
    # Some of PRONOUN accused the ministry .
    return build_sentence(["Some", "of", pronoun, "accused", "the", "ministry", "."], [3, 0, 1, 3, 5, 3, 3],
                          ["nsubj", "prep", "pobj", "ROOT", "det", "dobj", "punct"],
                          pos=["PRON", "ADP", "PRON" if pronoun == "them" else "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                          lemmas=["some", "of", pronoun, "accuse", "the", "ministry", "."])


def test_a_share_of_a_group_is_read_through_its_pronoun_and_resolving_it_ends(resources: CoderResources) -> None:
    sentence = some_of("them")
    assert share_of_told_group(sentence, sentence.tokens[0]) is sentence.tokens[2]
    assert share_of_told_group(some_of("money"), some_of("money").tokens[0]) is None  # "some of the money"
    # "them", resolved through the clause's subject that holds it, does not come back to the share without end
    parsed = ParsedArticle(Article("t", sentence.text, published=date(2026, 3, 2)), (sentence,))
    code_article(parsed, resources, CANDIDATES)
