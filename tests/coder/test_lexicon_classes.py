"""Rows of the predicate lexicon from a pass over CAMEO's verb classes (stop 32): each loose verb codes only
with the object words of its act. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence

from .test_lexicon_rows import _verb_with_object, row_code


def _verb_with_preposition(verb: str, lemma: str, preposition: str, party: str) -> Sentence:
    # Japan <verb> <preposition> <party> .
    return build_sentence(["Japan", verb, preposition, party, "."], [1, 1, 1, 2, 1],
                          ["nsubj", "ROOT", "prep", "pobj", "punct"], pos=["PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
                          lemmas=["Japan", lemma, preposition, party, "."])


def test_standing_or_siding_with_a_party_supports_it_and_standing_alone_does_not() -> None:
    assert row_code(_verb_with_preposition("stood", "stand", "with", "Manila")) == "051"
    assert row_code(_verb_with_preposition("sided", "side", "with", "Manila")) == "051"
    assert row_code(_verb_with_preposition("stood", "stand", "in", "Manila")) is None
    assert row_code(_verb_with_preposition("travelled", "travel", "to", "Manila")) == "042"
    assert row_code(_verb_with_preposition("travelled", "travel", "by", "car")) is None


def test_closing_a_border_restricts_and_reopening_it_concedes() -> None:
    assert row_code(_verb_with_object("closed", "close", "border")) == "172"
    assert row_code(_verb_with_object("closed", "close", "meeting")) is None
    assert row_code(_verb_with_object("reopened", "reopen", "crossing")) == "081"
    assert row_code(_verb_with_object("reopened", "reopen", "school")) is None


def test_withdrawing_a_case_concedes_and_withdrawing_troops_or_an_envoy_does_not() -> None:
    assert row_code(_verb_with_object("withdrew", "withdraw", "petition")) == "080"
    assert row_code(_verb_with_object("dropped", "drop", "charges")) == "080"
    assert row_code(_verb_with_object("withdrew", "withdraw", "troops")) == "087"
    assert row_code(_verb_with_object("withdrew", "withdraw", "ambassador")) == "161"
    assert row_code(_verb_with_object("withdrew", "withdraw", "cash")) is None


def test_thrown_stones_assault_and_thrown_parties_do_not() -> None:
    assert row_code(_verb_with_object("threw", "throw", "stones")) == "182"
    assert row_code(_verb_with_object("threw", "throw", "party")) is None
    assert row_code(_verb_with_object("hit", "hit", "refinery")) == "190"
    assert row_code(_verb_with_object("hit", "hit", "headlines")) is None
    assert row_code(_verb_with_object("captured", "capture", "town")) == "192"
    assert row_code(_verb_with_object("captured", "capture", "imagination")) is None


def test_forces_reinforced_or_fighters_scrambled_mobilise_and_ignored_orders_defy() -> None:
    assert row_code(_verb_with_object("reinforced", "reinforce", "positions")) == "154"
    assert row_code(_verb_with_object("reinforced", "reinforce", "message")) is None
    assert row_code(_verb_with_object("scrambled", "scramble", "jets")) == "152"
    assert row_code(_verb_with_object("ignored", "ignore", "order")) == "126"
    assert row_code(_verb_with_object("ignored", "ignore", "question")) is None
    assert row_code(_verb_with_object("froze", "freeze", "assets")) == "1711"
    assert row_code(_verb_with_object("froze", "freeze", "aid")) == "162"


def test_holding_a_party_responsible_accuses_it() -> None:
    # Jordan held Israel responsible .
    s = build_sentence(["Jordan", "held", "Israel", "responsible", "."], [1, 1, 1, 1, 1],
                       ["nsubj", "ROOT", "dobj", "oprd", "punct"], pos=["PROPN", "VERB", "PROPN", "ADJ", "PUNCT"],
                       lemmas=["Jordan", "hold", "Israel", "responsible", "."])
    assert row_code(s) == "112"
    talks = build_sentence(["Jordan", "held", "talks", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                           pos=["PROPN", "VERB", "NOUN", "PUNCT"], lemmas=["Jordan", "hold", "talk", "."])
    assert row_code(talks) is None


def test_a_small_clause_parsed_as_a_clause_gives_its_words() -> None:
    # Jordan held the government fully responsible . ("responsible" a ccomp, "government" its subject)
    s = build_sentence(["Jordan", "held", "the", "government", "fully", "responsible", "."], [1, 1, 3, 5, 5, 1, 1],
                       ["nsubj", "ROOT", "det", "nsubj", "advmod", "ccomp", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "ADV", "ADJ", "PUNCT"],
                       lemmas=["Jordan", "hold", "the", "government", "fully", "responsible", "."])
    assert row_code(s) == "112"


def test_charging_or_indicting_alleges_a_crime_as_the_plover_manual_codes_it() -> None:
    # ACCUSE 'allege': "sue, indict, or charge; bring to trial"; arresting stays COERCE
    assert row_code(_verb_with_object("charged", "charge", "suspect")) == "1121"
    assert row_code(_verb_with_object("indicted", "indict", "suspect")) == "1121"
    assert row_code(_verb_with_object("arrested", "arrest", "suspect")) == "173"


def test_halting_or_banning_imports_is_an_embargo_and_halting_talks_halts_talks() -> None:
    # an embargo (166) is SANCTION in cameo-plover-v2; halting talks stays 163, a ban on rallies stays 172
    assert row_code(_verb_with_object("halted", "halt", "imports")) == "166"
    assert row_code(_verb_with_object("banned", "ban", "exports")) == "166"
    assert row_code(_verb_with_object("suspended", "suspend", "trade")) == "166"
    assert row_code(_verb_with_object("halted", "halt", "talks")) == "163"
    assert row_code(_verb_with_object("banned", "ban", "rallies")) == "172"


def test_storming_an_embassy_is_a_raid_and_storming_a_town_an_attack() -> None:
    assert row_code(_verb_with_object("stormed", "storm", "embassy")) == "171"
    assert row_code(_verb_with_object("stormed", "storm", "town")) == "190"


def test_reinforcing_border_posts_mobilizes_and_reinforcing_a_message_does_not() -> None:
    assert row_code(_verb_with_object("reinforced", "reinforce", "posts")) == "154"
    assert row_code(_verb_with_object("reinforced", "reinforce", "checkpoints")) == "154"
    assert row_code(_verb_with_object("reinforced", "reinforce", "message")) is None


def _verb_to_list(verb: str, lemma: str, preposition: str, place: list[str], place_tag: str = "NN") -> Sentence:
    # Taiwan <verb> firms <preposition> its <place ...> .
    words = ["Taiwan", verb, "firms", preposition, "its", *place, "."]
    last = 4 + len(place)
    heads = [1, 1, 1, 1, last, *([last] * (len(place) - 1)), 3, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "poss", *(["compound"] * (len(place) - 1)), "pobj", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "PRON", *(["NOUN"] * len(place)), "PUNCT"]
    tags = ["NNP", "VBD", "NNS", "IN", "PRP$", *(["NN"] * (len(place) - 1)), place_tag, "."]
    lemmas = ["Taiwan", lemma, "firm", preposition, "its", *[w.lower() for w in place], "."]
    return build_sentence(words, heads, deps, pos=pos, tags=tags, lemmas=lemmas)


def test_adding_firms_to_an_entity_list_sanctions_them_and_adding_them_to_a_report_does_not() -> None:
    # 166 "Impose embargo, boycott, or sanctions" in the code table's numbering (cameo_plover_v3.tsv, GDELT's; 163 is
    # "Halt negotiations" there)
    assert row_code(_verb_to_list("added", "add", "to", ["entity", "list"])) == "166"
    assert row_code(_verb_to_list("added", "add", "to", ["blacklist"])) == "166"
    assert row_code(_verb_to_list("added", "add", "to", ["annual", "report"])) is None


def test_people_pushed_into_a_country_are_expelled() -> None:
    assert row_code(_verb_with_preposition_object("pushed", "push", "people", "into", "Bangladesh")) == "174"
    assert row_code(_verb_with_preposition_object("pushed", "push", "car", "into", "garage")) is None


def _verb_with_preposition_object(verb: str, lemma: str, obj: str, preposition: str, place: str) -> Sentence:
    # Japan <verb> <obj> <preposition> <place> .
    return build_sentence(["Japan", verb, obj, preposition, place, "."], [1, 1, 1, 1, 3, 1],
                          ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                          pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                          lemmas=["Japan", lemma, obj, preposition, place, "."])


def test_rows_of_money_frozen_appeals_filed_data_shared_and_rulings_against() -> None:
    assert row_code(_verb_with_object("froze", "freeze", "money")) == "162"
    assert row_code(_verb_with_object("filed", "file", "appeal")) == "115"
    assert row_code(_verb_with_object("shared", "share", "datum")) == "064"  # the model's lemma of "data"
    assert row_code(_verb_with_preposition("ruled", "rule", "against", "Manila")) == "120"
    assert row_code(_verb_with_preposition("ruled", "rule", "on", "Manila")) is None


def test_a_plural_proper_noun_object_matches_its_singular() -> None:
    # Ottawa challenged the Clean Electricity Regulations : the model keeps the plural as the name's lemma
    s = build_sentence(["Ottawa", "challenged", "the", "Clean", "Electricity", "Regulations", "."],
                       [1, 1, 5, 5, 5, 1, 1], ["nsubj", "ROOT", "det", "compound", "compound", "dobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "PROPN", "PROPN", "PROPN", "PUNCT"],
                       tags=["NNP", "VBD", "DT", "NNP", "NNP", "NNPS", "."],
                       lemmas=["Ottawa", "challenge", "the", "Clean", "Electricity", "Regulations", "."])
    assert row_code(s) == "115"


def test_a_court_throwing_out_a_move_rejects_it_and_a_party_taking_out_a_procession_protests() -> None:
    assert row_code(_verb_with_object("threw", "throw", "move", particle="out")) == "120"
    assert row_code(_verb_with_object("threw", "throw", "rubbish", particle="out")) is None
    assert row_code(_verb_with_object("took", "take", "procession", particle="out")) == "141"
    assert row_code(_verb_with_object("took", "take", "loan", particle="out")) is None


def test_sacking_him_is_a_dismissal() -> None:
    # Labour sacked him .   (the model's lemma of "him" is "he")
    s = build_sentence(["Labour", "sacked", "him", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                       pos=["PROPN", "VERB", "PRON", "PUNCT"], lemmas=["Labour", "sack", "he", "."])
    assert row_code(s) == "164"
