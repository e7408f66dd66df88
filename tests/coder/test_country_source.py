"""Where a party's country comes from (``Actor.country_source``), for a party the text gives no country of its
own: the place it is said to be in, the capital that opens the sentence, the story's other country of the pair;
a diplomatic mission is its sending state's, wherever it sits; a country named in what a person acts on is not theirs;
summoning an envoy is an official complaint (hand-built parses, no model)."""

from __future__ import annotations

from dataclasses import replace

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.pairs import with_implied_recipient
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Sentence

from ..eventfactory import event
from .candidates import candidate_events
from .test_wire_style import DAY, resolved


def test_a_party_placed_by_the_text_says_so(resources: CoderResources) -> None:
    # Rebels in Sudan attacked a convoy .
    s = build_sentence(["Rebels", "in", "Sudan", "attacked", "a", "convoy", "."],
                       [3, 0, 1, 3, 5, 3, 3],
                       ["nsubj", "prep", "pobj", "ROOT", "det", "dobj", "punct"],
                       pos=["NOUN", "ADP", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["rebel", "in", "Sudan", "attack", "a", "convoy", "."],
                       tags=["NNS", "IN", "NNP", "VBD", "DT", "NN", "."],
                       ents=[(2, 3, "GPE")])
    rebels = resolved(resources, [s], 0)
    assert (rebels.country, rebels.country_source) == ("SDN", "place")
    assert rebels.to_dict()["country_source"] == "place"


def test_a_body_of_the_capital_that_opens_the_sentence_says_so(resources: CoderResources) -> None:
    # In Nairobi , the ministry accused Uganda of aggression .
    s = build_sentence(["In", "Nairobi", ",", "the", "ministry", "accused", "Uganda", "of", "aggression", "."],
                       [5, 0, 5, 4, 5, 5, 5, 5, 7, 5],
                       ["prep", "pobj", "punct", "det", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                       pos=["ADP", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PROPN", "ADP", "NOUN", "PUNCT"],
                       lemmas=["in", "Nairobi", ",", "the", "ministry", "accuse", "Uganda", "of", "aggression", "."],
                       tags=["IN", "NNP", ",", "DT", "NN", "VBD", "NNP", "IN", "NN", "."],
                       ents=[(1, 2, "GPE"), (6, 7, "GPE")])
    ministry = resolved(resources, [s], 4)
    # not Uganda, the country named nearest to it
    assert (ministry.country, ministry.country_source) == ("KEN", "opening")


def test_a_named_spokesman_of_the_capital_that_opens_the_sentence_is_of_its_state(resources: CoderResources) -> None:
    # In Nairobi , ministry spokesman Tom Odera accused Uganda .   (a person the knowledge base lacks, told by a
    # sector word, not a title)
    s = build_sentence(["In", "Nairobi", ",", "ministry", "spokesman", "Tom", "Odera", "accused", "Uganda", "."],
                       [7, 0, 7, 4, 6, 6, 7, 7, 7, 7],
                       ["prep", "pobj", "punct", "compound", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
                       pos=["ADP", "PROPN", "PUNCT", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
                       lemmas=["in", "Nairobi", ",", "ministry", "spokesman", "Tom", "Odera", "accuse", "Uganda", "."],
                       tags=["IN", "NNP", ",", "NN", "NN", "NNP", "NNP", "VBD", "NNP", "."],
                       ents=[(1, 2, "GPE"), (5, 7, "PERSON"), (8, 9, "GPE")])
    spokesman = resolved(resources, [s], 6)
    assert (spokesman.kind, spokesman.country, spokesman.country_source) == ("person", "KEN", "opening")


def test_a_named_country_is_the_text_s_and_an_implied_target_the_pair_s() -> None:
    kenya = Actor("Kenya", "Kenya", "KEN", "GOV", "country")
    uganda = Actor("Uganda", "Uganda", "UGA", "GOV", "country")
    complaint = replace(event(actor="RUS", recipient=None, cameo="114", trigger="complained"), actor=kenya)
    aimed = with_implied_recipient(complaint, (kenya, uganda))
    assert aimed.recipient is not None and aimed.recipient.to_dict()["country_source"] == "pair"
    assert aimed.actor.to_dict()["country_source"] == "text"


def test_an_embassy_is_its_sending_state_s_wherever_it_sits(resources: CoderResources) -> None:
    # The embassy in Nairobi urged Kenyan authorities to release the men .   (a story between Uganda and Kenya)
    s = build_sentence(["The", "embassy", "in", "Nairobi", "urged", "Kenyan", "authorities", "to", "release", "the",
                        "men", "."],
                       [1, 4, 1, 2, 4, 6, 4, 8, 4, 10, 8, 4],
                       ["det", "nsubj", "prep", "pobj", "ROOT", "amod", "dobj", "aux", "xcomp", "det", "dobj",
                        "punct"],
                       pos=["DET", "NOUN", "ADP", "PROPN", "VERB", "PROPN", "NOUN", "PART", "VERB", "DET", "NOUN",
                            "PUNCT"],
                       lemmas=["the", "embassy", "in", "Nairobi", "urge", "Kenyan", "authority", "to", "release",
                               "the", "man", "."],
                       tags=["DT", "NN", "IN", "NNP", "VBD", "NNP", "NNS", "TO", "VB", "DT", "NNS", "."],
                       ents=[(3, 4, "GPE"), (5, 6, "NORP")])
    uganda = Actor("Uganda", "Uganda", "UGA", "GOV", "country")
    kenya = Actor("Kenya", "Kenya", "KEN", "GOV", "country")
    actors = ArticleActors(resources.actors, DAY, pair=(uganda, kenya))
    actors.read(s)
    embassy = actors.resolve_actor(s, 1)
    assert embassy is not None
    assert (embassy.country, embassy.sector, embassy.country_source) == ("UGA", "GOV", "mission")
    # with no story the text tells nothing of whose it is: not the host's
    alone = resolved(resources, [s], 1)
    assert alone.country is None


def summoned(given: str = "Marten", family: str = "Kaskla") -> Sentence:
    # Foreign Minister Marten Kaskla summoned Russia 's charge d'affaires .   (a minister the knowledge base lacks)
    return build_sentence(["Foreign", "Minister", given, family, "summoned", "Russia", "'s", "charge",
                           "d'affaires", "."],
                          [1, 3, 3, 4, 4, 8, 5, 8, 4, 4],
                          ["compound", "compound", "compound", "nsubj", "ROOT", "poss", "case", "compound", "dobj",
                           "punct"],
                          pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PART", "NOUN", "NOUN", "PUNCT"],
                          lemmas=["Foreign", "Minister", given, family, "summon", "Russia", "'s", "charge",
                                  "d'affaire", "."],
                          tags=["NNP", "NNP", "NNP", "NNP", "VBD", "NNP", "POS", "NN", "NNS", "."],
                          ents=[(2, 4, "PERSON"), (5, 6, "GPE")])


def test_a_country_named_in_what_a_person_acts_on_is_not_theirs(resources: CoderResources) -> None:
    minister = resolved(resources, [summoned()], 3)
    assert minister.country is None  # not Russia's: the story's country, if any, is given by the screen
    events = candidate_events(resources, summoned(), "summoned")
    assert events and all(e.event_type == "ACCUSE" for e in events)  # summoning an envoy complains officially
    assert all(e.recipient is not None and e.recipient.country == "RUS" for e in events)
    # Estonia's foreign minister, whom the knowledge base knows, is Estonia's
    assert resolved(resources, [summoned("Margus", "Tsahkna")], 3).country == "EST"


def test_a_summons_with_its_purpose_told_is_one_complaint(resources: CoderResources) -> None:
    # Bangladesh summoned India 's envoy to protest against the killings .
    s = build_sentence(["Bangladesh", "summoned", "India", "'s", "envoy", "to", "protest", "against", "the",
                        "killings", "."],
                       [1, 1, 4, 2, 1, 6, 1, 6, 9, 7, 1],
                       ["nsubj", "ROOT", "poss", "case", "dobj", "aux", "xcomp", "prep", "det", "pobj", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "PART", "NOUN", "PART", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["Bangladesh", "summon", "India", "'s", "envoy", "to", "protest", "against", "the",
                               "killing", "."],
                       tags=["NNP", "VBD", "NNP", "POS", "NN", "TO", "VB", "IN", "DT", "NNS", "."],
                       ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    events = candidate_events(resources, s)
    assert [(e.trigger, e.event_type, e.actor.country) for e in events] == [("protest", "ACCUSE", "BGD")]


def test_its_is_the_clause_subject_s_before_a_nearer_country_word(resources: CoderResources) -> None:
    # Croatia expelled a Serbian diplomat after its intelligence agency accused him .
    s = build_sentence(["Croatia", "expelled", "a", "Serbian", "diplomat", "after", "its", "intelligence", "agency",
                        "accused", "him", "."],
                       [1, 1, 4, 4, 1, 9, 8, 8, 9, 1, 9, 1],
                       ["nsubj", "ROOT", "det", "amod", "dobj", "mark", "poss", "compound", "nsubj", "advcl", "dobj",
                        "punct"],
                       pos=["PROPN", "VERB", "DET", "ADJ", "NOUN", "SCONJ", "PRON", "NOUN", "NOUN", "VERB", "PRON",
                            "PUNCT"],
                       lemmas=["Croatia", "expel", "a", "serbian", "diplomat", "after", "its", "intelligence",
                               "agency", "accuse", "he", "."],
                       tags=["NNP", "VBD", "DT", "JJ", "NN", "IN", "PRP$", "NN", "NN", "VBD", "PRP", "."],
                       ents=[(0, 1, "GPE"), (3, 4, "NORP")])
    agency = resolved(resources, [s], 8)
    assert (agency.country, agency.country_source) == ("HRV", "owner")  # not the Serbian diplomat's


def test_forces_in_what_a_reporter_says_are_the_reporter_s(resources: CoderResources) -> None:
    # Moroccan sources said the army struck .   (in a story from Algiers)
    said = build_sentence(["Moroccan", "sources", "said", "the", "army", "struck", "."], [1, 2, 2, 4, 5, 2, 2],
                          ["amod", "nsubj", "ROOT", "det", "nsubj", "ccomp", "punct"],
                          pos=["ADJ", "NOUN", "VERB", "DET", "NOUN", "VERB", "PUNCT"],
                          lemmas=["moroccan", "source", "say", "the", "army", "strike", "."],
                          tags=["JJ", "NNS", "VBD", "DT", "NN", "VBD", "."], ents=[(0, 1, "NORP")])
    actors = ArticleActors(resources.actors, DAY)
    actors.read(said)
    actors.story = "DZA"
    sources = actors.resolve_actor(said, 1)
    assert sources is not None and sources.country == "MAR"
    actors.speaking(said, sources)
    army = actors.resolve_actor(said, 4)
    assert army is not None and (army.country, army.country_source) == ("MAR", "reporter")
    # with no reporter heard, the story's
    actors.voice = None
    unheard = actors.resolve_actor(said, 4)
    assert unheard is not None and (unheard.country, unheard.country_source) == ("DZA", "story")


def visit_at_invitation() -> Sentence:
    # The minister ended a visit at the invitation of her counterpart , the minister of Botswana .
    return build_sentence(["The", "minister", "ended", "a", "visit", "at", "the", "invitation", "of", "her",
                           "counterpart", ",", "the", "minister", "of", "Botswana", "."],
                          [1, 2, 2, 4, 2, 2, 7, 5, 7, 10, 8, 10, 13, 10, 13, 14, 2],
                          ["det", "nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "poss", "pobj",
                           "punct", "det", "appos", "prep", "pobj", "punct"],
                          pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PRON", "NOUN",
                               "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                          lemmas=["the", "minister", "end", "a", "visit", "at", "the", "invitation", "of", "her",
                                  "counterpart", ",", "the", "minister", "of", "Botswana", "."],
                          ents=[(15, 16, "GPE")])


def test_a_country_named_for_a_counterpart_is_the_other_side_s(resources: CoderResources) -> None:
    assert resolved(resources, [visit_at_invitation()], 1).country is None
    assert resolved(resources, [visit_at_invitation()], 13).country == "BWA"  # the counterpart's own
