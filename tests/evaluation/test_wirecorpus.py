"""The held-out wire corpora's scorer (``dyadwatch.evaluation.wirecorpus``), on hand-built files and events."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from dyadwatch.coder.screen import UNDER_THRESHOLD
from dyadwatch.coder.unnamed_doers import DOERLESS
from dyadwatch.errors import DataError
from dyadwatch.evaluation.wirecorpus import (
    LOSSES,
    WRONGS,
    Label,
    corpus_names,
    in_half,
    judge_events,
    load_corpus,
    lost_at,
    matches,
    party_code,
    read_labels,
    sentence_of,
    signings_as_agreements,
    wrong_at,
)
from dyadwatch.records import Actor, Event, Rejected, Sentence
from tests.eventfactory import ACTORS, coded, event

HEADER = "\t".join(("article_id", "sentence_snippet", "event_type", "source_country", "source_sector",
                    "target_country", "target_sector", "modality")) + "\n"


def test_labels_and_political_flags_are_read(tmp_path: Path) -> None:
    path = tmp_path / "c.labels.tsv"
    path.write_text(HEADER + "hw-001\tRussia attacked Ukraine\tASSAULT\tRUS\tMIL\tUKR\tMIL\tasserted\n"
                    "hw-001\t\tPOLITICAL_FLAG\tyes\t\t\t\t\n"
                    "hw-002\t\tPOLITICAL_FLAG\tno\t\t\t\t\n"
                    "hw-003\tProtesters marched\tPROTEST\tBOL\tCVL\t\t\tasserted\n", encoding="utf-8")
    labels, political = read_labels(path)
    assert labels == [Label("hw-001", "Russia attacked Ukraine", "ASSAULT", "RUS", "UKR"),
                      Label("hw-003", "Protesters marched", "PROTEST", "BOL", None)]
    assert political == {"hw-001": True, "hw-002": False}


def test_a_short_label_row_is_a_data_error_naming_its_line(tmp_path: Path) -> None:
    path = tmp_path / "c.labels.tsv"
    path.write_text(HEADER + "hw-001\tRussia attacked Ukraine\tASSAULT\tRUS\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"c\.labels\.tsv:2"):
        read_labels(path)


def test_halves_split_odd_and_even_ids() -> None:
    assert in_half("hw-031", "look") and not in_half("hw-031", "report")
    assert in_half("hw-048", "report") and not in_half("hw-048", "look")
    assert in_half("hw-048", "all") and in_half("hw-031", "all")


def test_corpora_are_named_by_their_pairs_of_files(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"id": "hw-001", "text": "Russia attacked Ukraine on Monday."}\n'
                                      '{"id": "hw-002", "text": "Protesters marched in La Paz on Monday."}\n',
                                      encoding="utf-8")
    (tmp_path / "a.labels.tsv").write_text(HEADER + "hw-001\tRussia attacked\tASSAULT\tRUS\tMIL\tUKR\tMIL\tasserted\n"
                                           "hw-002\tProtesters marched\tPROTEST\tBOL\tCVL\t\t\tasserted\n",
                                           encoding="utf-8")
    (tmp_path / "unlabelled.jsonl").write_text("", encoding="utf-8")
    assert corpus_names(tmp_path) == ["a"]
    look = load_corpus(tmp_path, "a", "look")
    assert [a.id for a in look.articles] == ["hw-001"]
    assert [label.article_id for label in look.labels] == ["hw-001"]


def test_corpora_are_listed_in_the_order_they_were_written(tmp_path: Path) -> None:
    for name in ("wire2026aa", "wire2026", "wire2026z", "wire2026b"):
        (tmp_path / f"{name}.jsonl").write_text("", encoding="utf-8")
        (tmp_path / f"{name}.labels.tsv").write_text("", encoding="utf-8")
    assert corpus_names(tmp_path) == ["wire2026", "wire2026b", "wire2026z", "wire2026aa"]


def test_a_joint_act_matches_either_way_round_and_another_act_does_not() -> None:
    meeting = event("CHN", "USA", cameo="040")  # CONSULT
    assert matches(meeting, Label("a1", "", "CONSULT", "USA", "CHN"))
    assert matches(meeting, Label("a1", "", "CONSULT", "CHN", "USA"))
    attack = event("RUS", "UKR", cameo="190")  # ASSAULT
    assert matches(attack, Label("a1", "", "ASSAULT", "RUS", "UKR"))
    assert not matches(attack, Label("a1", "", "ASSAULT", "UKR", "RUS"))
    assert not matches(attack, Label("a1", "", "ASSAULT", "RUS", None))


def test_an_international_body_takes_the_labels_code() -> None:
    assert party_code(ACTORS["UNO"]) == "UNO"
    assert party_code(ACTORS["RUS"]) == "RUS"
    assert party_code(None) is None
    # a person of an international body, named by name, is the body's as the words that tell them say
    kallas = Actor("EU foreign policy chief Kaja Kallas", "Kaja Kallas", None, "IGO", "person")
    assert party_code(kallas) == "EUR"
    youssouf = Actor("AU Commission chairperson Mahmoud Ali Youssouf", "Mahmoud Ali Youssouf", None, "IGO", "person")
    assert party_code(youssouf) == "AFR"
    # a body's own code in the knowledge base, as the labels write it: the UN's agencies are the UN's, a body the
    # labels give no code of its own is IGO
    for code, label in (("IAEA", "UNO"), ("AFU", "AFR"), ("ECOWAS", "IGO"), ("EUR", "EUR")):
        assert party_code(Actor("its head", "Someone", code, "IGO", "person")) == label
    # a listed body named as itself, which the coder gives no country: the labels' code of its own code, not of the
    # words of its name ("UNESCO" and "the ITU" are the UN's, "KFOR" NATO's, "ECOWAS" a body of no code of its own)
    for name, label in (("UNESCO", "UNO"), ("International Telecommunication Union", "UNO"), ("KFOR", "NATO"),
                        ("EULEX", "EUR"), ("ECOWAS", "IGO"), ("NATO", "NATO")):
        assert party_code(Actor(name, name, None, "IGO", "organisation")) == label


def test_signings_scored_as_the_held_out_calls_label_them_only_when_asked() -> None:
    signing = event("CHN", "USA", cameo="057", trigger="signed")  # SUPPORT, as the PLOVER manual codes a signing
    praise = event("CHN", "USA", cameo="051", trigger="praised")  # SUPPORT too, but no signing
    article = coded("hw-001", [signing, praise])
    label = Label("hw-001", "", "AGREE", "CHN", "USA")
    assert signing.event_type == "SUPPORT" and not matches(signing, label)
    retyped = signings_as_agreements(article)
    assert [e.event_type for e in retyped.events] == ["AGREE", "SUPPORT"]
    assert matches(retyped.events[0], label) and [e.event_type for e in article.events] == ["SUPPORT", "SUPPORT"]


def test_events_are_judged_only_against_labels_of_their_own_sentence() -> None:
    first = event("RUS", "UKR", cameo="190", sentence_index=0, sentence="Russia attacked Ukraine.")
    second = event("RUS", "UKR", cameo="190", sentence_index=1, sentence="Russia later said it had no choice.")
    article = coded("hw-001", [first, second])
    sentences = (Sentence(0, 0, 24, "Russia attacked Ukraine.", ()),
                 Sentence(1, 25, 60, "Russia later said it had no choice.", ()))
    article = replace(article, sentences=sentences)
    label = Label("hw-001", "Russia attacked Ukraine.", "ASSAULT", "RUS", "UKR")
    judged = judge_events(article, [label, Label("hw-002", "Russia later said", "ASSAULT", "RUS", "UKR")])
    assert [hit for _, hit in judged] == [label, None]


def test_an_act_coded_both_ways_round_in_its_sentence_matches_its_one_label_both_ways() -> None:
    text = "Russian and Ukrainian troops exchanged fire."
    one_way = event("RUS", "UKR", cameo="190", sentence_index=0, sentence=text)
    other_way = event("UKR", "RUS", cameo="190", sentence_index=0, sentence=text)
    label = Label("hw-001", text, "ASSAULT", "RUS", "UKR")
    sentences = (Sentence(0, 0, len(text), text, ()),)
    both = replace(coded("hw-001", [one_way, other_way]), sentences=sentences)
    assert [hit for _, hit in judge_events(both, [label])] == [label, label]
    # coded one way round only, the other way is not the label's
    alone = replace(coded("hw-001", [other_way]), sentences=sentences)
    assert [hit for _, hit in judge_events(alone, [label])] == [None]


def test_a_missed_label_is_told_where_it_was_lost() -> None:
    text = "Russia attacked Ukraine."
    sentences = (Sentence(0, 0, 24, text, ()), Sentence(1, 25, 45, "Kyiv said it would act.", ()))
    label = Label("hw-001", text, "ASSAULT", "RUS", "UKR")

    def lost(events: list[Event], rejected: list[Rejected]) -> str:
        article = replace(coded("hw-001", events), sentences=sentences, rejected=tuple(rejected))
        return lost_at(article, label)

    attack = event("RUS", "UKR", cameo="190", sentence=text)
    assert lost([], [Rejected(attack, f"confidence 0.3 is {UNDER_THRESHOLD} 0.58")]) == "under the threshold"
    assert lost([], [Rejected(attack, "hypothetical: not an act that happened or is planned")]) == "screened out"
    nobody = replace(attack, actor=Actor("", None, None, None, DOERLESS))
    assert lost([], [Rejected(nobody, "no doer")]) == "its type, no doer named"
    assert lost([event("UKR", "RUS", cameo="190", sentence=text)], []) == "its type, other doer"
    assert lost([event("RUS", None, cameo="190", sentence=text)], []) == "its type, its doer, no target"
    assert lost([event("RUS", "CHN", cameo="190", sentence=text)], []) == "its type, its doer, other target"
    assert lost([event("RUS", "UKR", cameo="040", sentence=text)], []) == "other types only"
    assert lost([event("RUS", "UKR", cameo="190", sentence_index=1, sentence="Kyiv said it would act.")],
                []) == "no candidate"  # an event of another sentence
    assert lost_at(replace(coded("hw-001", []), sentences=sentences),
                   Label("hw-001", "Moscow denied it.", "ASSAULT", "RUS", "UKR")) == "sentence not found"
    assert set(LOSSES) >= {"under the threshold", "sentence not found"}


def test_a_wrong_event_is_told_why_it_is_wrong() -> None:
    text = "Russia attacked Ukraine."
    sentences = (Sentence(0, 0, 24, text, ()), Sentence(1, 25, 45, "Kyiv said it would act.", ()))
    labels = [Label("hw-001", text, "ASSAULT", "RUS", "UKR"), Label("hw-001", text, "CONSULT", "CHN", "USA"),
              Label("hw-002", "Kyiv said it", "ASSAULT", "UKR", "RUS")]  # another article's label

    def why(made: Event) -> str:
        return wrong_at(replace(coded("hw-001", [made]), sentences=sentences), made, labels)

    assert why(event("UKR", "RUS", cameo="190", sentence_index=1, sentence="Kyiv said it would act.")) == (
        "no label in its sentence")
    assert why(event("RUS", "CHN", cameo="190", sentence=text)) == "its type, its doer, other target"
    assert why(event("RUS", None, cameo="190", sentence=text)) == "its type, its doer, other target"
    assert why(event("UKR", "RUS", cameo="190", sentence=text)) == "its type, other doer"
    assert why(event("USA", "RUS", cameo="040", sentence=text)) == "its type, its doer, other target"  # joint act
    assert why(event("RUS", "UKR", cameo="111", sentence=text)) == "other types only"  # REJECT
    assert len(set(WRONGS)) == 4


def test_a_snippet_that_is_all_dateline_opens_the_sentence_after_the_dateline() -> None:
    article = replace(coded("hw-001", []), sentences=(
        Sentence(0, 0, 38, "SÃO TOMÉ, São Tomé and Príncipe (HW) -", ()),
        Sentence(1, 39, 70, "Angola has agreed to restructure the debt.", ()),
        Sentence(2, 71, 90, "SÃO TOMÉ stayed calm.", ())))
    assert sentence_of(article, "SÃO TOMÉ, São Tomé and Príncipe (HW) -") == 1
    assert sentence_of(article, "SÃO TOMÉ, São Tomé and Príncipe (HW) - Angola has agreed") == 1
    assert sentence_of(article, "SÃO TOMÉ stayed calm.") == 2
