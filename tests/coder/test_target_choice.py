"""How the coder picks an event's target among the parse's candidates (hand-built parses, no model)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.arguments import demand_frame, find_arguments
from dyadwatch.coder.demand_targets import requested
from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.coder.partyrelations import coded_target
from dyadwatch.coder.unnamed_targets import asked_to_act, displayed, warned_public
from dyadwatch.config import make_options
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Article, Event, ParsedArticle, Sentence

# these tests look at the candidate events, before the screen (dyadwatch.coder.screen) keeps an analyst's
CANDIDATES = make_options().with_(screen=False)

PUB = date(2025, 10, 30)


def events_of(resources: CoderResources, sentence: Sentence) -> list[Event]:
    parsed = ParsedArticle(Article("t", sentence.text, published=PUB), (sentence,))
    return list(code_article(parsed, resources, CANDIDATES).events)


def test_a_coded_party_beats_a_phrase_kept_as_written() -> None:
    thing = (Actor("evidence", "evidence", None, None, "group"), ())
    india = (Actor("India", "India", "IND", "GOV", "country"), ())
    assert coded_target([thing, india]) == india
    assert coded_target([thing]) is None


def test_the_partner_named_with_with_is_the_target_of_a_joint_act(resources: CoderResources) -> None:
    # Erdogan discussed Libya with Trump .   (Libya is the topic)
    s = build_sentence(["Erdogan", "discussed", "Libya", "with", "Trump", "."], [1, 1, 1, 1, 3, 1],
                       ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["Erdogan", "discuss", "Libya", "with", "Trump", "."],
                       ents=[(0, 1, "PERSON"), (2, 3, "GPE"), (4, 5, "PERSON")])
    e = events_of(resources, s)[0]
    assert e.event_type == "CONSULT"
    assert e.recipient is not None and e.recipient.text == "Trump" and e.recipient.country == "USA"


def test_a_party_deeper_in_the_objects_is_found(resources: CoderResources) -> None:
    # France offered aid alongside support to Mali .   Mali is five arcs below the verb
    s = build_sentence(["France", "offered", "aid", "alongside", "support", "to", "Mali", "."],
                       [1, 1, 1, 2, 3, 4, 5, 1],
                       ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["France", "offer", "aid", "alongside", "support", "to", "Mali", "."],
                       ents=[(0, 1, "GPE"), (6, 7, "GPE")])
    e = next(e for e in events_of(resources, s) if e.trigger == "offered")
    assert e.actor.country == "FRA"
    assert e.recipient is not None and e.recipient.country == "MLI"


def test_the_means_of_an_act_gives_way_to_the_place_it_is_applied_to(resources: CoderResources) -> None:
    # Iraq imposed a curfew on Basra .   The curfew is the means; Basra, at home, is the target
    s = build_sentence(["Iraq", "imposed", "a", "curfew", "on", "Basra", "."], [1, 1, 3, 1, 3, 4, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["Iraq", "impose", "a", "curfew", "on", "Basra", "."],
                       ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    e = events_of(resources, s)[0]
    assert e.recipient is not None and e.recipient.text == "Basra" and e.recipient.country == "IRQ"


def test_a_person_of_the_actors_own_country_can_be_the_target(resources: CoderResources) -> None:
    # Russian police arrested Putin in Ukraine .
    s = build_sentence(["Russian", "police", "arrested", "Putin", "in", "Ukraine", "."], [1, 2, 2, 2, 2, 4, 2],
                       ["amod", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                       pos=["ADJ", "NOUN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["russian", "police", "arrest", "Putin", "in", "Ukraine", "."],
                       ents=[(0, 1, "NORP"), (3, 4, "PERSON"), (5, 6, "GPE")])
    e = events_of(resources, s)[0]
    assert e.actor.country == "RUS" and e.actor.sector == "COP"
    assert e.recipient is not None and e.recipient.text == "Putin"


def test_forces_sent_or_withdrawn_are_not_the_target(resources: CoderResources) -> None:
    # The UN withdrew troops from Lebanon .
    s = build_sentence(["The", "UN", "withdrew", "troops", "from", "Lebanon", "."], [1, 2, 2, 2, 2, 4, 2],
                       ["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                       pos=["DET", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["the", "UN", "withdraw", "troop", "from", "Lebanon", "."],
                       ents=[(1, 2, "ORG"), (5, 6, "GPE")])
    e = events_of(resources, s)[0]
    assert e.recipient is not None and e.recipient.country == "LBN"


def test_a_date_is_never_a_target(resources: CoderResources) -> None:
    # Britain condemned on Thursday .
    s = build_sentence(["Britain", "condemned", "on", "Thursday", "."], [1, 1, 1, 2, 1],
                       ["nsubj", "ROOT", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
                       lemmas=["Britain", "condemn", "on", "Thursday", "."], ents=[(0, 1, "GPE"), (3, 4, "DATE")])
    e = events_of(resources, s)[0]
    assert e.recipient is None


def test_a_demand_in_reported_speech_goes_from_speaker_to_addressee() -> None:
    # Russia says Israel must end the attacks .
    s = build_sentence(["Russia", "says", "Israel", "must", "end", "the", "attacks", "."], [1, 1, 4, 4, 1, 6, 4, 1],
                       ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "det", "dobj", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["Russia", "say", "Israel", "must", "end", "the", "attack", "."])
    frame = demand_frame(s, 4)
    assert frame is not None and frame.sources == (0,) and frame.targets == (2,)
    # without "must" it is a report of what Israel does, not a demand
    plain = build_sentence(["Russia", "says", "Israel", "ended", "the", "attacks", "."], [1, 1, 3, 1, 5, 3, 1],
                           ["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj", "punct"],
                           pos=["PROPN", "VERB", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                           lemmas=["Russia", "say", "Israel", "end", "the", "attack", "."])
    assert demand_frame(plain, 3) is None


def test_the_recipient_comes_before_the_thing_given() -> None:
    # The US returned the paintings to Italy .
    s = build_sentence(["The", "US", "returned", "the", "paintings", "to", "Italy", "."], [1, 2, 2, 4, 2, 2, 5, 2],
                       ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                       pos=["DET", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["the", "US", "return", "the", "painting", "to", "Italy", "."])
    assert find_arguments(s, 2).targets[:2] == (6, 4)


def test_coordinated_subjects_of_an_agreement_are_its_two_parties(resources: CoderResources) -> None:
    # Trump and Putin agreed to share intelligence on Iran .
    s = build_sentence(["Trump", "and", "Putin", "agreed", "to", "share", "intelligence", "on", "Iran", "."],
                       [3, 0, 0, 3, 5, 3, 5, 6, 7, 3],
                       ["nsubj", "cc", "conj", "ROOT", "aux", "xcomp", "dobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "CCONJ", "PROPN", "VERB", "PART", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["Trump", "and", "Putin", "agree", "to", "share", "intelligence", "on", "Iran", "."],
                       ents=[(0, 1, "PERSON"), (2, 3, "PERSON"), (8, 9, "GPE")])
    pairs = {(e.actor.country, e.recipient.country if e.recipient else None) for e in events_of(resources, s)}
    assert pairs == {("USA", "RUS"), ("RUS", "USA")}


def test_a_mission_stands_for_the_country_it_serves_in(resources: CoderResources) -> None:
    # Japan sent troops to the peacekeeping force in Mali .
    s = build_sentence(["Japan", "sent", "troops", "to", "the", "peacekeeping", "force", "in", "Mali", "."],
                       [1, 1, 1, 1, 6, 6, 3, 6, 7, 1],
                       ["nsubj", "ROOT", "dobj", "prep", "det", "compound", "pobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "NOUN", "ADP", "DET", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["Japan", "send", "troop", "to", "the", "peacekeeping", "force", "in", "Mali", "."],
                       ents=[(0, 1, "GPE"), (8, 9, "GPE")])
    e = next(e for e in events_of(resources, s) if e.trigger == "sent")
    assert e.recipient is not None and e.recipient.country == "MLI" and e.recipient.text == "Mali"


def test_a_mobilization_is_aimed_at_the_place_even_unnamed(resources: CoderResources) -> None:
    # The army deployed soldiers to the area .
    s = build_sentence(["The", "army", "deployed", "soldiers", "to", "the", "area", "."], [1, 2, 2, 2, 2, 6, 4, 2],
                       ["det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["the", "army", "deploy", "soldier", "to", "the", "area", "."])
    e = events_of(resources, s)[0]
    assert e.event_type == "MOBILIZE"
    assert e.recipient is not None and e.recipient.text == "area" and e.recipient.kind == "other"


def test_what_the_subject_receives_comes_from_the_object_of_from() -> None:
    # Iran faced criticism from the UN .
    s = build_sentence(["Iran", "faced", "criticism", "from", "the", "UN", "."], [1, 1, 1, 1, 5, 3, 1],
                       ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
                       pos=["PROPN", "VERB", "NOUN", "ADP", "DET", "PROPN", "PUNCT"],
                       lemmas=["Iran", "face", "criticism", "from", "the", "UN", "."])
    args = find_arguments(s, 1)
    assert args.sources == (5,) and args.targets == (0,)


def test_the_subject_of_what_a_speaker_says_is_the_target() -> None:
    # Britain said Iran is ready to talk .   (no object: Iran, the complement's subject, is the target)
    s = build_sentence(["Britain", "said", "Iran", "is", "ready", "to", "talk", "."], [1, 1, 3, 1, 3, 6, 4, 1],
                       ["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "aux", "xcomp", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "AUX", "ADJ", "PART", "VERB", "PUNCT"],
                       lemmas=["Britain", "say", "Iran", "be", "ready", "to", "talk", "."])
    assert find_arguments(s, 1).targets[0] == 2


def test_an_act_nouns_possessor_is_its_party() -> None:
    # Britain condemned the government 's decision .
    s = build_sentence(["Britain", "condemned", "the", "government", "'s", "decision", "."], [1, 1, 3, 5, 3, 1, 1],
                       ["nsubj", "ROOT", "det", "poss", "case", "dobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "PART", "NOUN", "PUNCT"],
                       lemmas=["Britain", "condemn", "the", "government", "'s", "decision", "."])
    assert find_arguments(s, 1).targets[:2] == (5, 3)


def test_what_critics_say_of_another_is_their_accusation_but_a_trailing_reporter_is_not() -> None:
    # Critics say Putin abused power .
    s = build_sentence(["Critics", "say", "Putin", "abused", "power", "."], [1, 1, 3, 1, 3, 1],
                       ["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct"],
                       pos=["NOUN", "VERB", "PROPN", "VERB", "NOUN", "PUNCT"],
                       lemmas=["critic", "say", "Putin", "abuse", "power", "."])
    frame = demand_frame(s, 3, modal=False)
    assert frame is not None and frame.sources == (0,) and frame.targets == (2,)
    assert demand_frame(s, 3) is None  # no "must": no demand
    # Police opened an inquiry , a spokesman said .
    t = build_sentence(["Police", "opened", "an", "inquiry", ",", "a", "spokesman", "said", "."],
                       [1, 7, 3, 1, 7, 6, 7, 7, 7],
                       ["nsubj", "ccomp", "det", "dobj", "punct", "det", "nsubj", "ROOT", "punct"],
                       pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
                       lemmas=["police", "open", "an", "inquiry", ",", "a", "spokesman", "say", "."])
    assert demand_frame(t, 1, modal=False) is None


def test_a_name_the_parser_took_for_a_modifier_is_the_subject() -> None:
    # USAID provided shelter to Haiti .   (the small model tags "USAID" as an adverbial modifier)
    s = build_sentence(["USAID", "provided", "shelter", "to", "Haiti", "."], [1, 1, 1, 1, 3, 1],
                       ["advmod", "ROOT", "dobj", "prep", "pobj", "punct"],
                       pos=["ADJ", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["USAID", "provide", "shelter", "to", "Haiti", "."], ents=[(0, 1, "ORG"), (4, 5, "GPE")])
    args = find_arguments(s, 1)
    assert args.sources == (0,) and args.targets[0] == 4
    # the UN-backed government : the participle's noun is its target
    t = build_sentence(["the", "UN", "-", "backed", "government"], [4, 3, 3, 4, 4],
                       ["det", "npadvmod", "punct", "amod", "ROOT"],
                       pos=["DET", "PROPN", "PUNCT", "VERB", "NOUN"], lemmas=["the", "UN", "-", "back", "government"])
    backed = find_arguments(t, 3)
    assert backed.sources == (1,) and backed.targets[0] == 4


def test_what_is_handed_over_goes_to_the_last_object_of_to(resources: CoderResources) -> None:
    # The US returned statues that date to 600 BC to Peru .   ("to Peru" attached inside the relative clause)
    words = ["The", "US", "returned", "statues", "that", "date", "to", "600", "BC", "to", "Peru", "."]
    s = build_sentence(words, [1, 2, 2, 2, 5, 3, 5, 8, 6, 5, 9, 2],
                       ["det", "nsubj", "ROOT", "dobj", "nsubj", "relcl", "prep", "nummod", "pobj", "prep", "pobj",
                        "punct"],
                       pos=["DET", "PROPN", "VERB", "NOUN", "PRON", "VERB", "ADP", "NUM", "PROPN", "ADP", "PROPN",
                            "PUNCT"],
                       lemmas=["the", "US", "return", "statue", "that", "date", "to", "600", "BC", "to", "Peru", "."],
                       ents=[(1, 2, "GPE"), (7, 9, "DATE"), (10, 11, "GPE")])
    e = next(e for e in events_of(resources, s) if e.trigger == "returned")
    assert e.recipient is not None and e.recipient.country == "PER"


def test_what_is_set_up_is_not_the_target_its_place_is(resources: CoderResources) -> None:
    # Germany agreed to set up a company in Berlin .
    words = ["Germany", "agreed", "to", "set", "up", "a", "company", "in", "Berlin", "."]
    s = build_sentence(words, [1, 1, 3, 1, 3, 6, 3, 6, 7, 1],
                       ["nsubj", "ROOT", "aux", "xcomp", "prt", "det", "dobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "PART", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["Germany", "agree", "to", "set", "up", "a", "company", "in", "Berlin", "."],
                       ents=[(0, 1, "GPE"), (8, 9, "GPE")])
    e = next(e for e in events_of(resources, s) if e.trigger == "agreed")
    assert e.recipient is not None and e.recipient.text == "Berlin"


def test_with_nothing_else_the_nearest_name_or_place_below_is_the_target(resources: CoderResources) -> None:
    # Nepal imposed a curfew in the worst areas .   (no party: the place, as written)
    s = build_sentence(["Nepal", "imposed", "a", "curfew", "in", "the", "worst", "areas", "."],
                       [1, 1, 3, 1, 1, 7, 7, 4, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "det", "amod", "pobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "ADJ", "NOUN", "PUNCT"],
                       lemmas=["Nepal", "impose", "a", "curfew", "in", "the", "bad", "area", "."], ents=[(0, 1, "GPE")])
    e = events_of(resources, s)[0]
    assert e.recipient is not None and e.recipient.kind == "other" and e.recipient.text == "worst areas"


def test_forces_deployed_with_no_agent_are_the_actor() -> None:
    # Soldiers were deployed to Mali .
    s = build_sentence(["Soldiers", "were", "deployed", "to", "Mali", "."], [2, 2, 2, 2, 3, 2],
                       ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"],
                       pos=["NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
                       lemmas=["soldier", "be", "deploy", "to", "Mali", "."])
    args = find_arguments(s, 2)
    assert args.sources == (0,) and not args.passive and args.targets[0] == 4


def test_an_arrest_with_no_agent_is_by_the_authority_of_its_place(resources: CoderResources) -> None:
    # Ingabire was arrested in Rwanda .
    s = build_sentence(["Ingabire", "was", "arrested", "in", "Rwanda", "."], [2, 2, 2, 2, 3, 2],
                       ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"],
                       pos=["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
                       lemmas=["Ingabire", "be", "arrest", "in", "Rwanda", "."], ents=[(0, 1, "PERSON"), (4, 5, "GPE")])
    e = events_of(resources, s)[0]
    assert e.event_type == "COERCE" and e.actor.country == "RWA" and e.actor.sector is None
    assert e.recipient is not None and e.recipient.text == "Ingabire"


def test_the_complement_of_let_takes_its_subject() -> None:
    # Ethiopia let free the prisoners .
    s = build_sentence(["Ethiopia", "let", "free", "the", "prisoners", "."], [1, 1, 1, 4, 2, 1],
                       ["nsubj", "ROOT", "ccomp", "det", "dobj", "punct"],
                       pos=["PROPN", "VERB", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["Ethiopia", "let", "free", "the", "prisoner", "."])
    args = find_arguments(s, 2)
    assert args.sources == (0,) and args.targets[0] == 4


def test_coordinated_modifiers_of_the_subject_are_the_two_parties(resources: CoderResources) -> None:
    # British and French troops agreed to share intelligence .
    words = ["British", "and", "French", "troops", "agreed", "to", "share", "intelligence", "."]
    s = build_sentence(words, [3, 0, 0, 4, 4, 6, 4, 6, 4],
                       ["amod", "cc", "conj", "nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"],
                       pos=["ADJ", "CCONJ", "ADJ", "NOUN", "VERB", "PART", "VERB", "NOUN", "PUNCT"],
                       lemmas=["british", "and", "french", "troop", "agree", "to", "share", "intelligence", "."],
                       ents=[(0, 1, "NORP"), (2, 3, "NORP")])
    pairs = {(e.actor.country, e.actor.sector, e.recipient.country if e.recipient else None)
             for e in events_of(resources, s)}
    assert pairs == {("GBR", "MIL", "FRA"), ("FRA", "MIL", "GBR")}


def test_whom_a_complement_lets_act_is_the_target() -> None:
    # Ethiopia agreed to allow aid workers to enter .
    words = ["Ethiopia", "agreed", "to", "allow", "aid", "workers", "to", "enter", "."]
    s = build_sentence(words, [1, 1, 3, 1, 5, 7, 7, 3, 1],
                       ["nsubj", "ROOT", "aux", "xcomp", "compound", "nsubj", "aux", "ccomp", "punct"],
                       pos=["PROPN", "VERB", "PART", "VERB", "NOUN", "NOUN", "PART", "VERB", "PUNCT"],
                       lemmas=["Ethiopia", "agree", "to", "allow", "aid", "worker", "to", "enter", "."])
    assert find_arguments(s, 1).targets[0] == 5


def test_the_subject_of_face_undergoes_and_a_by_phrase_names_the_doer() -> None:
    # Iran faced a threat .   (no doer named: the subject is only the target)
    s = build_sentence(["Iran", "faced", "a", "threat", "."], [1, 1, 3, 1, 1],
                       ["nsubj", "ROOT", "det", "dobj", "punct"], pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["Iran", "face", "a", "threat", "."])
    args = find_arguments(s, 1)
    assert args.sources == () and args.targets == (0,)
    # Iran faced a call by the UN .
    s = build_sentence(["Iran", "faced", "a", "call", "by", "the", "UN", "."], [1, 1, 3, 1, 3, 6, 4, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "PROPN", "PUNCT"],
                       lemmas=["Iran", "face", "a", "call", "by", "the", "UN", "."])
    args = find_arguments(s, 1)
    assert args.sources == (6,) and args.targets == (0,)


def test_a_place_named_as_a_place_is_no_target(resources: CoderResources) -> None:
    # Police deployed forces around the temple .   (where the forces go, not a party)
    s = build_sentence(["Police", "deployed", "forces", "around", "the", "temple", "."], [1, 1, 1, 1, 5, 3, 1],
                       ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
                       pos=["NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["police", "deploy", "force", "around", "the", "temple", "."])
    e = next(e for e in events_of(resources, s) if e.trigger == "deployed")
    assert e.event_type == "MOBILIZE" and e.recipient is None
    # India deployed troops in Pakistan .   (a state stays the target of a deployment in it)
    s = build_sentence(["India", "deployed", "troops", "in", "Pakistan", "."], [1, 1, 1, 1, 3, 1],
                       ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["India", "deploy", "troop", "in", "Pakistan", "."], ents=[(0, 1, "GPE"), (4, 5, "GPE")])
    e = next(e for e in events_of(resources, s) if e.trigger == "deployed")
    assert e.recipient is not None and e.recipient.country == "PAK"


def test_what_a_demand_asks_for_is_not_whom_it_is_made_of(resources: CoderResources) -> None:
    # India demanded the arrest of the officials .   (those to be arrested are not asked anything)
    words = ["India", "demanded", "the", "arrest", "of", "the", "officials", "."]
    s = build_sentence(words, [1, 1, 3, 1, 3, 6, 4, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["India", "demand", "the", "arrest", "of", "the", "official", "."],
                       ents=[(0, 1, "GPE")])
    e = next(e for e in events_of(resources, s) if e.trigger == "demanded")
    assert e.event_type == "REQUEST" and e.recipient is None
    # India sought Pakistan 's help .   (the possessor of what is asked for is asked)
    words = ["India", "sought", "Pakistan", "'s", "help", "."]
    s = build_sentence(words, [1, 1, 4, 2, 1, 1], ["nsubj", "ROOT", "poss", "case", "dobj", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "PART", "NOUN", "PUNCT"],
                       lemmas=["India", "seek", "Pakistan", "'s", "help", "."], ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    e = next(e for e in events_of(resources, s) if e.trigger == "sought")
    assert e.event_type == "REQUEST" and e.recipient is not None and e.recipient.country == "PAK"


def test_the_leaders_of_a_body_are_its_people_not_the_head_of_state(resources: CoderResources) -> None:
    # BJP leaders criticised Pakistan .   (not India's president)
    s = build_sentence(["BJP", "leaders", "criticised", "Pakistan", "."], [1, 2, 2, 2, 2],
                       ["compound", "nsubj", "ROOT", "dobj", "punct"],
                       pos=["PROPN", "NOUN", "VERB", "PROPN", "PUNCT"],
                       lemmas=["BJP", "leader", "criticise", "Pakistan", "."], ents=[(0, 1, "ORG"), (3, 4, "GPE")])
    e = next(e for e in events_of(resources, s) if e.trigger == "criticised")
    assert (e.actor.kind, e.actor.name, e.actor.country, e.actor.sector) == (
        "group", "Bharatiya Janata Party", "IND", "PTY")


def test_one_bodys_own_meeting_has_no_counterpart(resources: CoderResources) -> None:
    # India attended the BJP party meeting .   (a party's own meeting: no CONSULT between parties)
    words = ["India", "attended", "the", "BJP", "party", "meeting", "."]
    s = build_sentence(words, [1, 1, 5, 4, 5, 1, 1], ["nsubj", "ROOT", "det", "compound", "compound", "dobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "PROPN", "NOUN", "NOUN", "PUNCT"],
                       lemmas=["India", "attend", "the", "BJP", "party", "meeting", "."],
                       ents=[(0, 1, "GPE"), (3, 4, "ORG")])
    consults = [e for e in events_of(resources, s) if e.event_type == "CONSULT"]
    assert consults and all(e.recipient is None for e in consults)
    # India attended the meeting with Pakistan .   (a meeting with another party is one)
    words = ["India", "attended", "the", "meeting", "with", "Pakistan", "."]
    s = build_sentence(words, [1, 1, 3, 1, 3, 4, 1], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["India", "attend", "the", "meeting", "with", "Pakistan", "."],
                       ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    consults = [e for e in events_of(resources, s) if e.event_type == "CONSULT"]
    assert consults and all(e.recipient is not None and e.recipient.country == "PAK" for e in consults)


def test_a_meeting_of_a_forces_officers_is_the_forces_own(resources: CoderResources) -> None:
    # India held a meeting of senior police officers .   (the force's own meeting: no counterpart)
    words = ["India", "held", "a", "meeting", "of", "senior", "police", "officers", "."]
    s = build_sentence(words, [1, 1, 3, 1, 3, 7, 7, 4, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "amod", "compound", "pobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "ADJ", "NOUN", "NOUN", "PUNCT"],
                       tags=["NNP", "VBD", "DT", "NN", "IN", "JJ", "NN", "NNS", "."],
                       lemmas=["India", "hold", "a", "meeting", "of", "senior", "police", "officer", "."],
                       ents=[(0, 1, "GPE")])
    consults = [e for e in events_of(resources, s) if e.event_type == "CONSULT"]
    assert consults and all(e.recipient is None for e in consults)


def test_a_title_of_a_faith_or_an_unlisted_body_is_not_a_government_title(resources: CoderResources) -> None:
    # Muslim leaders criticised Pakistan .   (a faith's leaders: REL, not GOV)
    s = build_sentence(["Muslim", "leaders", "criticised", "Pakistan", "."], [1, 2, 2, 2, 2],
                       ["amod", "nsubj", "ROOT", "dobj", "punct"], pos=["ADJ", "NOUN", "VERB", "PROPN", "PUNCT"],
                       lemmas=["muslim", "leader", "criticise", "Pakistan", "."], ents=[(0, 1, "NORP"), (3, 4, "GPE")])
    e = next(e for e in events_of(resources, s) if e.trigger == "criticised")
    assert e.actor.sector == "REL"
    # Forward Bloc leaders criticised Pakistan .   (a party the knowledge base does not list: no sector)
    s = build_sentence(["Forward", "Bloc", "leaders", "criticised", "Pakistan", "."], [1, 2, 3, 3, 3, 3],
                       ["compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
                       pos=["PROPN", "PROPN", "NOUN", "VERB", "PROPN", "PUNCT"],
                       lemmas=["Forward", "Bloc", "leader", "criticise", "Pakistan", "."],
                       ents=[(0, 2, "ORG"), (4, 5, "GPE")])
    e = next(e for e in events_of(resources, s) if e.trigger == "criticised")
    assert e.actor.sector != "GOV"


def test_officers_and_leaders_of_a_body_take_its_sector(resources: CoderResources) -> None:
    # senior police officials criticised Pakistan .   (people of the police: COP, not GOV)
    s = build_sentence(["senior", "police", "officials", "criticised", "Pakistan", "."], [2, 2, 3, 3, 3, 3],
                       ["amod", "compound", "nsubj", "ROOT", "dobj", "punct"],
                       pos=["ADJ", "NOUN", "NOUN", "VERB", "PROPN", "PUNCT"],
                       tags=["JJ", "NN", "NNS", "VBD", "NNP", "."],
                       lemmas=["senior", "police", "official", "criticise", "Pakistan", "."], ents=[(4, 5, "GPE")])
    e = next(e for e in events_of(resources, s) if e.trigger == "criticised")
    assert e.actor.sector == "COP"
    # the leader of the opposition criticised Pakistan .   (a title of four words: OPP)
    s = build_sentence(["the", "leader", "of", "the", "opposition", "criticised", "Pakistan", "."],
                       [1, 5, 1, 4, 2, 5, 5, 5], ["det", "nsubj", "prep", "det", "pobj", "ROOT", "dobj", "punct"],
                       pos=["DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "PROPN", "PUNCT"],
                       lemmas=["the", "leader", "of", "the", "opposition", "criticise", "Pakistan", "."],
                       ents=[(6, 7, "GPE")])
    e = next(e for e in events_of(resources, s) if e.trigger == "criticised")
    assert e.actor.sector == "OPP"


def test_the_head_of_a_trust_is_not_a_head_of_government(resources: CoderResources) -> None:
    # the temple trust president criticised Pakistan .   (a body's head, lower-cased news: no ORG entity)
    s = build_sentence(["the", "temple", "trust", "president", "criticised", "Pakistan", "."],
                       [3, 2, 3, 4, 4, 4, 4], ["det", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
                       pos=["DET", "NOUN", "NOUN", "NOUN", "VERB", "PROPN", "PUNCT"],
                       lemmas=["the", "temple", "trust", "president", "criticise", "Pakistan", "."],
                       ents=[(5, 6, "GPE")])
    e = next(e for e in events_of(resources, s) if e.trigger == "criticised")
    assert e.actor.sector != "GOV"


def test_a_hostile_act_promised_on_a_condition_is_a_threat(resources: CoderResources) -> None:
    # Delhi will attack Pakistan if Pakistan shells the border .
    words = ["Delhi", "will", "attack", "Pakistan", "if", "Pakistan", "shells", "the", "border", "."]
    heads = [2, 2, 2, 2, 6, 6, 2, 8, 6, 2]
    deps = ["nsubj", "aux", "ROOT", "dobj", "mark", "nsubj", "advcl", "det", "dobj", "punct"]
    pos = ["PROPN", "AUX", "VERB", "PROPN", "SCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    lemmas = ["Delhi", "will", "attack", "Pakistan", "if", "Pakistan", "shell", "the", "border", "."]
    s = build_sentence(words, heads, deps, pos=pos, lemmas=lemmas, ents=[(0, 1, "GPE"), (3, 4, "GPE"), (5, 6, "GPE")])
    e = next(e for e in events_of(resources, s) if e.trigger == "attack")
    assert (e.event_type, e.cameo, e.modality) == ("THREATEN", "138", "asserted")
    # on no condition, the attack is announced: planned
    s = build_sentence([*words[:4], "."], [2, 2, 2, 2, 2], [*deps[:4], "punct"], pos=[*pos[:4], "PUNCT"],
                       lemmas=[*lemmas[:4], "."], ents=[(0, 1, "GPE"), (3, 4, "GPE")])
    e = next(e for e in events_of(resources, s) if e.trigger == "attack")
    assert (e.event_type, e.modality) == ("ASSAULT", "planned")


def test_seeking_clarification_is_a_question_not_a_demand(resources: CoderResources) -> None:
    # India sought clarification from Pakistan .
    s = build_sentence(["India", "sought", "clarification", "from", "Pakistan", "."], [1, 1, 1, 1, 3, 1],
                       ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["India", "seek", "clarification", "from", "Pakistan", "."],
                       ents=[(0, 1, "GPE"), (4, 5, "GPE")])
    assert not [e for e in events_of(resources, s) if e.event_type == "REQUEST"]
    # seeking help is a request
    s = build_sentence(["India", "sought", "help", "from", "Pakistan", "."], [1, 1, 1, 1, 3, 1],
                       ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["India", "seek", "help", "from", "Pakistan", "."],
                       ents=[(0, 1, "GPE"), (4, 5, "GPE")])
    assert [e for e in events_of(resources, s) if e.event_type == "REQUEST"]


def test_two_mediators_act_on_the_parties_between_which_they_mediate(resources: CoderResources) -> None:
    # China and Russia mediated between India and Pakistan .
    s = build_sentence(["China", "and", "Russia", "mediated", "between", "India", "and", "Pakistan", "."],
                       [3, 0, 0, 3, 3, 4, 5, 5, 3],
                       ["nsubj", "cc", "conj", "ROOT", "prep", "pobj", "cc", "conj", "punct"],
                       pos=["PROPN", "CCONJ", "PROPN", "VERB", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT"],
                       lemmas=["China", "and", "Russia", "mediate", "between", "India", "and", "Pakistan", "."],
                       ents=[(0, 1, "GPE"), (2, 3, "GPE"), (5, 6, "GPE"), (7, 8, "GPE")])
    pairs = {(e.actor.country, e.recipient.country if e.recipient else None)
             for e in events_of(resources, s) if e.trigger == "mediated"}
    assert pairs and ("CHN", "RUS") not in pairs and ("RUS", "CHN") not in pairs
    assert {a for a, _ in pairs} == {"CHN", "RUS"}


def test_a_demand_told_as_a_clause_is_made_of_its_subject(resources: CoderResources) -> None:
    # India demanded that Pakistan hand over the militants .   (the militants are what is to be handed over)
    s = build_sentence(["India", "demanded", "that", "Pakistan", "hand", "over", "the", "militants", "."],
                       [1, 1, 4, 4, 1, 4, 7, 4, 1],
                       ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "prt", "det", "dobj", "punct"],
                       pos=["PROPN", "VERB", "SCONJ", "PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["India", "demand", "that", "Pakistan", "hand", "over", "the", "militant", "."],
                       ents=[(0, 1, "GPE"), (3, 4, "GPE")])
    e = next(e for e in events_of(resources, s) if e.trigger == "demanded")
    assert e.event_type == "REQUEST"
    assert e.recipient is not None and e.recipient.text == "Pakistan"


def test_a_person_before_their_first_listed_term_is_no_former_official(resources: CoderResources) -> None:
    # Modi criticised Pakistan .   (in 2002 Modi held a post the knowledge base does not list: not ELI)
    s = build_sentence(["Modi", "criticised", "Pakistan", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "PUNCT"], lemmas=["Modi", "criticise", "Pakistan", "."],
                       ents=[(0, 1, "PERSON"), (2, 3, "GPE")])
    parsed = ParsedArticle(Article("t", s.text, published=date(2002, 3, 10)), (s,))
    e = next(e for e in code_article(parsed, resources, CANDIDATES).events if e.trigger == "criticised")
    assert e.actor.country == "IND" and e.actor.sector != "ELI"
    # after a listed term has ended, a former official is ELI
    parsed = ParsedArticle(Article("t", s.text.replace("Modi", "Sharon"), published=date(2007, 3, 10)), (
        build_sentence(["Sharon", "criticised", "Pakistan", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "PUNCT"], lemmas=["Sharon", "criticise", "Pakistan", "."],
                       ents=[(0, 1, "PERSON"), (2, 3, "GPE")]),))
    e = next(e for e in code_article(parsed, resources, CANDIDATES).events if e.trigger == "criticised")
    assert (e.actor.country, e.actor.sector) == ("ISR", "ELI")


def test_a_stance_on_a_thing_is_aimed_at_its_possessor(resources: CoderResources) -> None:
    # India rejected the seer 's formula .
    s = build_sentence(["India", "rejected", "the", "seer", "'s", "formula", "."], [1, 1, 3, 5, 3, 1, 1],
                       ["nsubj", "ROOT", "det", "poss", "case", "dobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "PART", "NOUN", "PUNCT"],
                       lemmas=["India", "reject", "the", "seer", "'s", "formula", "."], ents=[(0, 1, "GPE")])
    e = next(e for e in events_of(resources, s) if e.trigger == "rejected")
    assert e.recipient is not None and e.recipient.sector == "REL" and e.recipient.text.startswith("seer")


def test_a_clause_of_reason_holds_no_target(resources: CoderResources) -> None:
    # Britain resigned its seat because it lost trust in the United Nations .   -> no target: the UN says why
    words = ["Britain", "resigned", "its", "seat", "because", "it", "lost", "trust", "in", "the", "United",
             "Nations", "."]
    heads = [1, 1, 3, 1, 6, 6, 1, 6, 7, 11, 11, 8, 1]
    deps = ["nsubj", "ROOT", "poss", "dobj", "mark", "nsubj", "advcl", "dobj", "prep", "det", "compound", "pobj",
            "punct"]
    pos = ["PROPN", "VERB", "PRON", "NOUN", "SCONJ", "PRON", "VERB", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT"]
    lemmas = ["Britain", "resign", "its", "seat", "because", "it", "lose", "trust", "in", "the", "United", "Nations",
              "."]
    s = build_sentence(words, heads, deps, pos=pos, lemmas=lemmas, ents=[(0, 1, "GPE"), (9, 12, "ORG")])
    e = next(e for e in events_of(resources, s) if e.trigger == "resigned")
    assert e.recipient is None or e.recipient.name != "United Nations"
    # a purpose clause still does: "resigned its seat to protest against the United Nations"
    words = ["Britain", "resigned", "its", "seat", "to", "protest", "against", "the", "United", "Nations", "."]
    s = build_sentence(words, [1, 1, 3, 1, 5, 1, 5, 9, 9, 6, 1],
                       ["nsubj", "ROOT", "poss", "dobj", "aux", "advcl", "prep", "det", "compound", "pobj", "punct"],
                       pos=["PROPN", "VERB", "PRON", "NOUN", "PART", "VERB", "ADP", "DET", "PROPN", "PROPN", "PUNCT"],
                       lemmas=["Britain", "resign", "its", "seat", "to", "protest", "against", "the", "United",
                               "Nations", "."],
                       ents=[(0, 1, "GPE"), (7, 10, "ORG")])
    e = next(e for e in events_of(resources, s) if e.trigger == "resigned")
    assert e.recipient is not None and e.recipient.name == "United Nations"


def test_a_stance_on_a_thing_is_aimed_at_the_agent_that_put_it_forward(resources: CoderResources) -> None:
    # Hamas rejected the proposal put forward by Egypt .
    s = build_sentence(["Hamas", "rejected", "the", "proposal", "put", "forward", "by", "Egypt", "."],
                       [1, 1, 3, 1, 3, 4, 4, 6, 1],
                       ["nsubj", "ROOT", "det", "dobj", "acl", "advmod", "agent", "pobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "ADV", "ADP", "PROPN", "PUNCT"],
                       lemmas=["Hamas", "reject", "the", "proposal", "put", "forward", "by", "Egypt", "."],
                       tags=["NNP", "VBD", "DT", "NN", "VBN", "RB", "IN", "NNP", "."],
                       ents=[(0, 1, "ORG"), (7, 8, "GPE")])
    e = next(e for e in events_of(resources, s) if e.trigger == "rejected")
    assert e.event_type == "REJECT" and e.actor.name == "Hamas"
    assert e.recipient is not None and e.recipient.country == "EGY" and e.recipient.text == "Egypt"


@pytest.mark.parametrize(("place", "lemma"), [("city", "city"), ("suburbs", "suburb"), ("outskirts", "outskirts")])
def test_a_place_told_by_its_name_after_of_is_no_target(resources: CoderResources, place: str, lemma: str) -> None:
    # The army shelled the city (suburbs, outskirts) of Kadugli .
    s = build_sentence(["The", "army", "shelled", "the", place, "of", "Kadugli", "."], [1, 2, 2, 4, 2, 4, 5, 2],
                       ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["the", "army", "shell", "the", lemma, "of", "Kadugli", "."], ents=[(6, 7, "GPE")])
    events = [e for e in events_of(resources, s) if e.trigger == "shelled"]
    assert events and all(e.recipient is None for e in events)


def test_a_noun_that_modifies_a_thing_names_no_party(resources: CoderResources) -> None:
    # The administration imposed a curfew in police station areas .
    s = build_sentence(["The", "administration", "imposed", "a", "curfew", "in", "police", "station", "areas", "."],
                       [1, 2, 2, 4, 2, 4, 7, 8, 5, 2],
                       ["det", "nsubj", "ROOT", "det", "dobj", "prep", "compound", "compound", "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "NOUN", "NOUN", "PUNCT"],
                       lemmas=["the", "administration", "impose", "a", "curfew", "in", "police", "station", "area",
                               "."])
    curfews = [e for e in events_of(resources, s) if e.trigger == "imposed"]
    assert curfews and all(e.recipient is None or e.recipient.sector != "COP" for e in curfews)


def test_where_one_meets_is_not_whom_one_meets(resources: CoderResources) -> None:
    # a capital stays a party ("visited Brussels"); where a meeting is held is not whom one meets
    def meet_in(city: str, visit: bool, index: int, offset: int) -> Sentence:
        # Lavrov will meet again in CITY .   /   Lavrov visited CITY .
        if visit:
            return build_sentence(["Lavrov", "visited", city, "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                                  pos=["PROPN", "VERB", "PROPN", "PUNCT"], lemmas=["Lavrov", "visit", city, "."],
                                  tags=["NNP", "VBD", "NNP", "."], ents=[(0, 1, "PERSON"), (2, 3, "GPE")],
                                  index=index, offset=offset)
        return build_sentence(["Lavrov", "will", "meet", "again", "in", city, "."], [2, 2, 2, 2, 2, 4, 2],
                              ["nsubj", "aux", "ROOT", "advmod", "prep", "pobj", "punct"],
                              pos=["PROPN", "AUX", "VERB", "ADV", "ADP", "PROPN", "PUNCT"],
                              lemmas=["Lavrov", "will", "meet", "again", "in", city, "."],
                              tags=["NNP", "MD", "VB", "RB", "IN", "NNP", "."], ents=[(0, 1, "PERSON"), (5, 6, "GPE")],
                              index=index, offset=offset)

    def consults(sentence: Sentence) -> list[Event]:
        # a story of Russia and China (two sentences before) in which Lavrov's meeting or visit is told
        # Russia accused China .
        lead = [build_sentence(["Russia", "accused", "China", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                               pos=["PROPN", "VERB", "PROPN", "PUNCT"], lemmas=["Russia", "accuse", "China", "."],
                               ents=[(0, 1, "GPE"), (2, 3, "GPE")], index=k, offset=30 * k) for k in range(2)]
        parsed = ParsedArticle(Article("t", " ".join(x.text for x in (*lead, sentence)), published=PUB),
                               (*lead, sentence))
        return [e for e in code_article(parsed, resources, CANDIDATES).events
                if e.event_type == "CONSULT" and e.sentence_index == 2]

    meetings = consults(meet_in("Brussels", False, 2, 60))
    assert meetings and all(e.recipient is None or e.recipient.country != "BEL" for e in meetings)
    visits = consults(meet_in("Brussels", True, 2, 60))
    assert visits and all(e.recipient is not None and e.recipient.country == "BEL" for e in visits)


def test_a_state_warning_anyone_who_acts_warns_its_public() -> None:
    # The minister warned that anyone who blocked roads would be arrested .
    words = ["The", "minister", "warned", "that", "anyone", "who", "blocked", "roads", "would", "be", "arrested", "."]
    s = build_sentence(words, [1, 2, 2, 10, 10, 6, 4, 6, 10, 10, 2, 2],
                       ["det", "nsubj", "ROOT", "mark", "nsubjpass", "nsubj", "relcl", "dobj", "aux", "auxpass",
                        "ccomp", "punct"],
                       pos=["DET", "NOUN", "VERB", "SCONJ", "PRON", "PRON", "VERB", "NOUN", "AUX", "AUX", "VERB",
                            "PUNCT"],
                       lemmas=["the", "minister", "warn", "that", "anyone", "who", "block", "road", "would", "be",
                               "arrest", "."])
    minister = (Actor("The minister", None, "ZWE", "GOV", "person"), ())
    public = warned_public(s, 2, [minister])
    assert public is not None and public.text == "anyone who blocked roads"
    assert (public.country, public.sector, public.country_source) == ("ZWE", "CVL", "public")
    # a union's warning has no public of its own; nor does a warning about someone named
    union = (Actor("The union", None, "ZWE", "LAB", "organisation"), ())
    assert warned_public(s, 2, [union]) is None
    s2 = build_sentence(["The", "minister", "warned", "that", "Chamisa", "would", "be", "arrested", "."],
                        [1, 2, 2, 7, 7, 7, 7, 2, 2],
                        ["det", "nsubj", "ROOT", "mark", "nsubjpass", "aux", "auxpass", "ccomp", "punct"],
                        pos=["DET", "NOUN", "VERB", "SCONJ", "PROPN", "AUX", "AUX", "VERB", "PUNCT"])
    assert warned_public(s2, 2, [minister]) is None


def owners_who_cut_supply(verb: str, lemma: str, passive: bool) -> Sentence:
    # The minister warned that owners who cut supply would <lose their permits | be fined> .
    words = ["The", "minister", "warned", "that", "owners", "who", "cut", "supply", "would"]
    heads = [1, 2, 2, 10, 10, 6, 4, 6, 10]
    deps = ["det", "nsubj", "ROOT", "mark", "nsubjpass" if passive else "nsubj", "nsubj", "relcl", "dobj", "aux"]
    pos = ["DET", "NOUN", "VERB", "SCONJ", "NOUN", "PRON", "VERB", "NOUN", "AUX"]
    words += ["be", verb, "."] if passive else ["then", verb, "."]
    deps += ["auxpass" if passive else "advmod", "ccomp", "punct"]
    pos += ["AUX" if passive else "ADV", "VERB", "PUNCT"]
    heads += [10, 2, 2]
    lemmas = [w.lower() for w in words]
    lemmas[2], lemmas[4], lemmas[10] = "warn", "owner", lemma
    return build_sentence(words, heads, deps, pos=pos, lemmas=lemmas)


def test_a_state_warning_people_told_by_what_they_do_of_what_befalls_them_warns_its_public() -> None:
    # a minister the text places nowhere warns for the story's country; "owners who cut supply" are a public when
    # the warning says what befalls them ("would be fined", "would lose ..."), not when they act ("would then
    # leave")
    minister = (Actor("The minister", None, None, "GOV", "person"), ())
    fined = warned_public(owners_who_cut_supply("fined", "fine", True), 2, [minister], "LBN")
    assert fined is not None and (fined.text, fined.country) == ("owners who cut supply", "LBN")
    lose = warned_public(owners_who_cut_supply("lose", "lose", False), 2, [minister], "LBN")
    assert lose is not None and lose.country == "LBN"
    assert warned_public(owners_who_cut_supply("leave", "leave", False), 2, [minister], "LBN") is None
    assert warned_public(owners_who_cut_supply("fined", "fine", True), 2, [minister]) is None  # placed nowhere


def test_whom_a_demand_is_made_of_may_be_both_sides(resources: CoderResources) -> None:
    # Qatar urged both sides to show restraint .   ("both sides" are parties, not what is asked for)
    s = build_sentence(["Qatar", "urged", "both", "sides", "to", "show", "restraint", "."], [1, 1, 3, 1, 5, 1, 5, 1],
                       ["nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "dobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "PART", "VERB", "NOUN", "PUNCT"],
                       lemmas=["Qatar", "urge", "both", "side", "to", "show", "restraint", "."],
                       ents=[(0, 1, "GPE")])
    actors = ArticleActors(resources.actors, PUB)
    actors.read(s)
    assert 3 not in requested(s, 1, actors)


def test_what_protesters_wave_is_not_what_they_protest_against() -> None:
    # Supporters rallied , waving Russian flags .
    s = build_sentence(["Supporters", "rallied", ",", "waving", "Russian", "flags", "."], [1, 1, 1, 1, 5, 3, 1],
                       ["nsubj", "ROOT", "punct", "advcl", "amod", "dobj", "punct"],
                       pos=["NOUN", "VERB", "PUNCT", "VERB", "ADJ", "NOUN", "PUNCT"],
                       lemmas=["supporter", "rally", ",", "wave", "russian", "flag", "."], ents=[(4, 5, "NORP")])
    flags = Actor("Russian flags", None, "RUS", None, "group", (s.tokens[4].start, s.tokens[5].end))
    russia = Actor("Russian", None, "RUS", None, "country", (s.tokens[4].start, s.tokens[4].end))
    assert displayed(s, flags) and not displayed(s, russia)


def test_legislators_walking_out_of_their_own_house_protest_at_no_house(resources: CoderResources) -> None:
    # MPs walked out of the Storting .
    s = build_sentence(["MPs", "walked", "out", "of", "the", "Storting", "."], [1, 1, 1, 2, 5, 3, 1],
                       ["nsubj", "ROOT", "prt", "prep", "det", "pobj", "punct"],
                       pos=["NOUN", "VERB", "ADP", "ADP", "DET", "PROPN", "PUNCT"],
                       lemmas=["mp", "walk", "out", "of", "the", "Storting", "."], ents=[(5, 6, "ORG")])
    protests = [e for e in events_of(resources, s) if e.event_type == "PROTEST"]
    assert protests and all(e.recipient is None or e.recipient.sector != "LEG" for e in protests)


def test_an_attribution_is_no_party_and_a_bare_number_released_is_people(resources: CoderResources) -> None:
    # Police released all eleven , according to a lawyer .
    s = build_sentence(["Police", "released", "all", "eleven", ",", "according", "to", "a", "lawyer", "."],
                       [1, 1, 3, 1, 1, 1, 5, 8, 6, 1],
                       ["nsubj", "ROOT", "det", "dobj", "punct", "prep", "prep", "det", "pobj", "punct"],
                       pos=["NOUN", "VERB", "DET", "NUM", "PUNCT", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["police", "release", "all", "eleven", ",", "accord", "to", "a", "lawyer", "."])
    released = [e for e in events_of(resources, s) if e.event_type == "RETREAT"]
    assert released and all(e.recipient is not None and e.recipient.text == "all eleven"
                            and e.recipient.sector == "CVL" for e in released)


def test_a_stance_on_an_act_is_aimed_at_whoever_owns_it(resources: CoderResources) -> None:
    # The unions welcomed the president 's commitment .
    s = build_sentence(["The", "unions", "welcomed", "the", "president", "'s", "commitment", "."],
                       [1, 2, 2, 4, 6, 4, 2, 2], ["det", "nsubj", "ROOT", "det", "poss", "case", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "NOUN", "PUNCT"],
                       lemmas=["the", "union", "welcome", "the", "president", "'s", "commitment", "."])
    support = [e for e in events_of(resources, s) if e.event_type == "SUPPORT"]
    assert support and all(e.recipient is not None and e.recipient.sector == "GOV" for e in support)


def test_an_act_aimed_at_two_states_joined_is_aimed_at_each(resources: CoderResources) -> None:
    # Kenya condemned Russia and China .
    s = build_sentence(["Kenya", "condemned", "Russia", "and", "China", "."], [1, 1, 1, 2, 2, 1],
                       ["nsubj", "ROOT", "dobj", "cc", "conj", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "CCONJ", "PROPN", "PUNCT"],
                       lemmas=["Kenya", "condemn", "Russia", "and", "China", "."],
                       ents=[(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE")])
    accusations = [e for e in events_of(resources, s) if e.event_type == "ACCUSE"]
    assert sorted(e.recipient.country for e in accusations if e.recipient) == ["CHN", "RUS"]


def test_forces_a_stance_is_aimed_at_are_its_target_though_forces_given_are_not(resources: CoderResources) -> None:
    # Kenya praised the police for restoring order .   (the police are whom the praise is aimed at)
    s = build_sentence(["Kenya", "praised", "the", "police", "for", "restoring", "order", "."],
                       [1, 1, 3, 1, 1, 4, 5, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "pcomp", "dobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "VERB", "NOUN", "PUNCT"],
                       tags=["NNP", "VBD", "DT", "NN", "IN", "VBG", "NN", "."], ents=[(0, 1, "GPE")],
                       lemmas=["Kenya", "praise", "the", "police", "for", "restore", "order", "."])
    e = next(e for e in events_of(resources, s) if e.trigger == "praised")
    assert e.event_type == "SUPPORT"
    assert e.recipient is not None and e.recipient.text == "police" and e.recipient.country == "KEN"
    assert e.recipient.sector == "COP"
    # Kenya supported the plea of Uganda to send the police .   (forces sent are no target: Uganda is)
    s = build_sentence(["Kenya", "supported", "the", "plea", "of", "Uganda", "to", "send", "the", "police", "."],
                       [1, 1, 3, 1, 3, 4, 7, 3, 9, 7, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "aux", "acl", "det", "dobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PART", "VERB", "DET", "NOUN", "PUNCT"],
                       ents=[(0, 1, "GPE"), (5, 6, "GPE")],
                       lemmas=["Kenya", "support", "the", "plea", "of", "Uganda", "to", "send", "the", "police", "."])
    e = next(e for e in events_of(resources, s) if e.trigger == "supported")
    assert e.recipient is not None and e.recipient.country == "UGA"


def test_what_a_mobilization_sends_is_its_objects_with_what_they_are_made_of() -> None:
    from dyadwatch.coder.made_and_sent import object_words_of

    # The army deployed troops and members of the militia to Caracas .
    words = ["The", "army", "deployed", "troops", "and", "members", "of", "the", "militia", "to", "Caracas", "."]
    s = build_sentence(words, [1, 2, 2, 2, 3, 3, 5, 8, 6, 2, 9, 2],
                       ["det", "nsubj", "ROOT", "dobj", "cc", "conj", "prep", "det", "pobj", "prep", "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "NOUN", "CCONJ", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN",
                            "PUNCT"],
                       lemmas=["the", "army", "deploy", "troop", "and", "member", "of", "the", "militia", "to",
                               "Caracas", "."])
    sent = object_words_of(s, 2)
    assert {3, 5, 8} <= sent  # troops, members, militia: what is sent
    assert 10 not in sent  # where it is sent to may be aimed at


def asking(noun: str, tag: str) -> Sentence:
    """"Canadian Mayor Horwath urged the NOUN to work ." """
    return build_sentence(["Canadian", "Mayor", "Horwath", "urged", "the", noun, "to", "work", "."],
                          [2, 2, 3, 3, 5, 3, 7, 3, 3],
                          ["amod", "compound", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "punct"],
                          pos=["ADJ", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PART", "VERB", "PUNCT"],
                          tags=["JJ", "NNP", "NNP", "VBD", "DT", tag, "TO", "VB", "."],
                          lemmas=["canadian", "Mayor", "Horwath", "urge", "the", noun, "to", "work", "."],
                          ents=[(0, 1, "NORP"), (2, 3, "PERSON")])


def test_a_body_asked_to_act_is_a_party_of_the_storys_country(resources: CoderResources) -> None:
    # "urged the province to work with the trustees": the province, a place by its word, is asked as a body
    e = next(e for e in events_of(resources, asking("province", "NN")) if e.event_type == "REQUEST")
    assert e.recipient is not None and (e.recipient.text, e.recipient.country) == ("province", "CAN")
    got = asked_to_act(asking("bureau", "NN"), 3, "CAN")
    assert got is not None and (got.text, got.country, got.kind, got.country_source) == ("the bureau", "CAN",
                                                                                       "group", "story")
    # people at large, or a story of no one country, give no such party
    assert asked_to_act(asking("motorists", "NNS"), 3, "CAN") is None
    assert asked_to_act(asking("public", "NN"), 3, "CAN") is None
    assert asked_to_act(asking("bureau", "NN"), 3, None) is None


def test_a_place_no_table_places_hosts_no_visit(resources: CoderResources) -> None:
    # Modi will visit Zorbania on Monday .   /   Modi will visit France on Monday .
    def visited(place: str) -> list[Event]:
        s = build_sentence(["Modi", "will", "visit", place, "on", "Monday", "."], [2, 2, 2, 2, 2, 4, 2],
                           ["nsubj", "aux", "ROOT", "dobj", "prep", "pobj", "punct"],
                           pos=["PROPN", "AUX", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"],
                           lemmas=["Modi", "will", "visit", place, "on", "Monday", "."],
                           ents=[(0, 1, "PERSON"), (3, 4, "GPE"), (5, 6, "DATE")])
        return [e for e in events_of(resources, s) if e.event_type == "CONSULT"]

    assert all(e.recipient is None for e in visited("Zorbania"))
    assert any(e.recipient is not None and e.recipient.country == "FRA" for e in visited("France"))


def test_words_of_praise_received_from_two_parties_are_aimed_at_the_receiver() -> None:
    # the government received words of praise from the BJP and the RSS .
    words = ["the", "government", "received", "words", "of", "praise", "from", "the", "BJP", "and", "the", "RSS", "."]
    s = build_sentence(words, [1, 2, 2, 2, 3, 4, 5, 8, 6, 8, 11, 8, 2],
                       ["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "det", "pobj", "cc", "det", "conj",
                        "punct"],
                       pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "NOUN", "ADP", "DET", "PROPN", "CCONJ", "DET",
                            "PROPN", "PUNCT"],
                       lemmas=["the", "government", "receive", "word", "of", "praise", "from", "the", "BJP", "and",
                               "the", "RSS", "."])
    args = find_arguments(s, 5)
    assert args.sources == (8, 11) and args.targets[0] == 1


def test_where_an_act_of_another_clause_happened_is_no_target(resources: CoderResources) -> None:
    from .candidates import candidate_events
    # Police imposed a curfew after one of the victims succumbed in hospital .   (as the parser reads it)
    words = ["Police", "imposed", "a", "curfew", "after", "one", "of", "the", "victims", "succumbed", "in", "hospital",
             "."]
    s = build_sentence(words, [1, 1, 3, 1, 1, 4, 5, 8, 6, 1, 9, 10, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "det", "pobj", "advcl", "prep", "pobj",
                        "punct"],
                       pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "NUM", "ADP", "DET", "NOUN", "VERB", "ADP", "NOUN",
                            "PUNCT"],
                       lemmas=["police", "impose", "a", "curfew", "after", "one", "of", "the", "victim", "succumb",
                               "in", "hospital", "."],
                       tags=["NNS", "VBD", "DT", "NN", "IN", "CD", "IN", "DT", "NNS", "VBD", "IN", "NN", "."])
    events = candidate_events(resources, s, "imposed")
    assert events and all(e.recipient is None or e.recipient.text != "hospital" for e in events)


def test_where_a_demanded_act_would_happen_is_not_another_act_s_place() -> None:
    from dyadwatch.coder.asides import happened_in_another_act
    # They appealed for inspectors to be given time in Iraq .
    s = build_sentence(["They", "appealed", "for", "inspectors", "to", "be", "given", "time", "in", "Iraq", "."],
                       [1, 1, 1, 2, 6, 6, 1, 6, 6, 8, 1],
                       ["nsubj", "ROOT", "prep", "pobj", "aux", "auxpass", "advcl", "dobj", "prep", "pobj", "punct"],
                       pos=["PRON", "VERB", "ADP", "NOUN", "PART", "AUX", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                       tags=["PRP", "VBD", "IN", "NNS", "TO", "VB", "VBN", "NN", "IN", "NNP", "."])
    assert not happened_in_another_act(s, s.tokens[9])
    # They left after he died in Iraq .
    died = build_sentence(["They", "left", "after", "he", "died", "in", "Iraq", "."], [1, 1, 4, 4, 1, 4, 5, 1],
                          ["nsubj", "ROOT", "mark", "nsubj", "advcl", "prep", "pobj", "punct"],
                          pos=["PRON", "VERB", "SCONJ", "PRON", "VERB", "ADP", "PROPN", "PUNCT"],
                          tags=["PRP", "VBD", "IN", "PRP", "VBD", "IN", "NNP", "."])
    assert happened_in_another_act(died, died.tokens[6])
