"""On the project's own sample corpus (texts the project wrote): two leaders who meet are each other's counterparts
even when the parse leaves the meeting no target ("Lula and Argentine President Javier Milei held a brief meeting"),
while two parties who take a stance side by side are not; a leader who says his own state and another "must lead
together" makes no demand of the other. Uses the shipped model."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from dyadwatch.records import Article, CodedArticle

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "dyadwatch" / "data" / "sample" / "corpus.jsonl"


def coded(pipeline: Any, article_id: str) -> CodedArticle:
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"] == article_id:
            article = Article(id=record["id"], text=record["text"], published=date.fromisoformat(record["published"]),
                              title=record.get("title"))
            return next(iter(pipeline.code_articles([article])))
    raise AssertionError(f"{article_id} is not in the sample corpus")


def test_two_leaders_who_meet_are_each_other_s_counterparts(pipeline: Any) -> None:
    events = coded(pipeline, "dw-sample-022").events
    met = {(e.actor.country, e.recipient.country) for e in events
           if e.event_type == "CONSULT" and e.recipient is not None and "Milei held" in e.sentence}
    assert ("ARG", "BRA") in met


def test_a_leader_exhorting_his_own_state_and_another_makes_no_demand(pipeline: Any) -> None:
    events = coded(pipeline, "dw-sample-014").events
    assert not [e for e in events if e.event_type == "REQUEST" and "must lead together" in e.sentence]
