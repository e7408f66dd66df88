"""Commitments: only a later act of the promised kind, about the same thing, by the same parties
carries a pledge out; every status names its evidence (no model; sentences shaped like real news)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dyadwatch.store.commitments import fulfils, is_pledge, promised_act
from dyadwatch.store.eventstore import EventStore

from ..eventfactory import build_store, coded, event


def statuses(path: Path) -> dict[str, tuple[str, str | None]]:
    """what -> (status, the sentence of the evidence)."""
    with EventStore(path, read_only=True) as store:
        rows = store.db.execute("""
            SELECT c.what, c.status, e.sentence FROM commitments c
            LEFT JOIN merged_events e ON e.merged_id = c.evidence_merged_id""").fetchall()
    return {what: (status, sentence) for what, status, sentence in rows}


def test_praise_does_not_carry_out_a_pledge_to_restore_trade_links(tmp_path: Path) -> None:
    pledge = event(actor="RUS", recipient="UKR", cameo="030", day="2025-03-01", trigger="pledged",
                   sentence="Russia pledged to restore trade links with Ukraine.")
    praise = event(actor="RUS", recipient="UKR", cameo="051", day="2025-03-09", trigger="praised",
                   sentence="Moscow praised Kyiv's restraint.")
    path = build_store(tmp_path / "s.duckdb", [coded("a", [pledge]), coded("b", [praise])])
    assert statuses(path)["pledged to restore trade links with Ukraine"][0] == "pledged"
    reopened = event(actor="RUS", recipient="UKR", cameo="061", day="2025-04-02", trigger="reopened",
                     sentence="Russia reopened trade links with Ukraine at the border crossing.")
    path = build_store(tmp_path / "t.duckdb", [coded("a", [pledge]), coded("b", [praise]), coded("c", [reopened])])
    assert statuses(path)["pledged to restore trade links with Ukraine"] == (
        "carried out", "Russia reopened trade links with Ukraine at the border crossing.")


def test_a_signing_in_the_same_sentence_carries_out_nothing(tmp_path: Path) -> None:
    text = "Russia pledged to build a tank programme with Ukraine and signed the contract on Monday."
    pledge = event(actor="RUS", recipient="UKR", cameo="0311", day="2025-05-05", trigger="pledged", sentence=text)
    signing = event(actor="RUS", recipient="UKR", cameo="061", day="2025-05-05", trigger="signed", sentence=text,
                    sentence_index=0)
    path = build_store(tmp_path / "s.duckdb", [coded("a", [pledge, signing])])
    [(status, evidence)] = statuses(path).values()
    assert status == "pledged" and evidence == text  # the evidence of a bare pledge is the pledge itself


def test_a_soybean_purchase_does_not_continue_high_level_exchanges(tmp_path: Path) -> None:
    pledge = event(cameo="030", day="2025-10-30", trigger="agreed",
                   sentence="China agreed to continue high-level exchanges with the United States.")
    purchase = event(cameo="061", day="2025-11-12", trigger="bought",
                     sentence="Chinese state firms bought 1.2 million tonnes of US soybeans.")
    path = build_store(tmp_path / "s.duckdb", [coded("a", [pledge]), coded("b", [purchase])])
    assert statuses(path)["agreed to continue high-level exchanges with the United States"][0] == "pledged"
    soy_pledge = event(cameo="0311", day="2025-10-30", trigger="agreed",
                       sentence="China agreed to buy American soybeans.")
    path = build_store(tmp_path / "t.duckdb", [coded("a", [soy_pledge]), coded("b", [purchase])])
    assert statuses(path)["agreed to buy American soybeans"] == (
        "carried out", "Chinese state firms bought 1.2 million tonnes of US soybeans.")


def test_staying_to_attend_a_meeting_is_no_pledge(tmp_path: Path) -> None:
    stayed = event(cameo="036", day="2025-10-30", trigger="stayed",
                   sentence="Xi stayed in Busan to attend the meeting with Trump.")
    assert not is_pledge(stayed.sentence, stayed.trigger)
    path = build_store(tmp_path / "s.duckdb", [coded("a", [stayed])])
    assert statuses(path) == {}


def test_fulfilment_needs_a_strictly_later_day_and_the_same_parties(tmp_path: Path) -> None:
    pledge = event(cameo="036", day="2025-10", trigger="agreed", sentence="Xi agreed to meet Trump again.")
    same_month = event(cameo="040", day="2025-10-31", trigger="met", sentence="Xi met Trump.")
    other_pair = event(actor="RUS", recipient="UKR", cameo="040", day="2025-11-03", trigger="met",
                       sentence="Russia met Ukraine.")
    path = build_store(tmp_path / "s.duckdb", [coded("a", [pledge]), coded("b", [same_month, other_pair])],)
    assert statuses(path)["agreed to meet Trump again"][0] == "pledged"  # a month-dated pledge: after October
    later = event(cameo="040", day="2025-11-03", trigger="met", sentence="Xi and Trump met in Kuala Lumpur.")
    path = build_store(tmp_path / "t.duckdb", [coded("a", [pledge]), coded("b", [later])])
    assert statuses(path)["agreed to meet Trump again"] == ("carried out", "Xi and Trump met in Kuala Lumpur.")


def test_a_promise_to_meet_is_kept_by_a_meeting_reported_either_way(tmp_path: Path) -> None:
    pledge = event(actor="USA", recipient="CHN", cameo="036", day="2025-10-24", trigger="agreed",
                   sentence="Trump agreed to meet Xi in South Korea next week.")
    meeting = event(cameo="040", day="2025-10-30", trigger="met", sentence="Xi met Trump in Busan.")
    path = build_store(tmp_path / "s.duckdb", [coded("a", [pledge]), coded("b", [meeting])])
    assert statuses(path)["agreed to meet Xi in South Korea next week"] == ("carried out", "Xi met Trump in Busan.")


def test_confirmed_names_its_evidence(tmp_path: Path) -> None:
    ours = event(cameo="0311", trigger="agreed", sentence="China agreed to cut tariffs on US farm goods.")
    theirs = event(actor="USA", recipient="CHN", cameo="0311", trigger="agreed",
                   sentence="The US agreed to cut tariffs on Chinese goods.")
    path = build_store(tmp_path / "s.duckdb", [coded("a", [ours, theirs], published=date(2025, 10, 31))])
    got = statuses(path)
    assert got["agreed to cut tariffs on US farm goods"] == (
        "confirmed", "The US agreed to cut tariffs on Chinese goods.")


def test_promised_act_reads_verb_and_object() -> None:
    verb, objects = promised_act("Turkey pledged to restore trade links with Israel.", "pledged",
                                 frozenset({"israel", "turkey"}))
    assert verb == "restore" and objects == {"trade", "links"}
    pledge = {"cameo_base": "030", "event_date": "2025-01-01", "first_seen": None, "trigger": "agreed",
              "sentence": "X agreed to cooperate."}
    later = {"cameo_root": "06", "event_date": "2025-02-01", "sentence": "X cooperated with Y on energy."}
    assert not fulfils(pledge, later)  # a generic intent needs object words
    assert fulfils({**pledge, "cameo_base": "031"}, later)  # a specific one: its verb will do
    negated = {**pledge, "cameo_base": "036", "sentence": "X agreed not to meet Y."}
    assert not fulfils(negated, {"cameo_root": "04", "event_date": "2025-02-01", "sentence": "X met Y."})
    verb, objects = promised_act("China agreed to continue high-level exchanges, with Trump expected to visit "
                                 "Beijing in April.", "agreed")
    assert verb == "continue" and objects == {"excha"}  # the clause ends at the comma; names are no object
