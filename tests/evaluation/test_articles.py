"""Event-level scoring of whole articles (the real-news development set), without a model."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dyadwatch.errors import BadOptionError, BadRecordError
from dyadwatch.evaluation.articles import GoldArticle, GoldEvent, load_devset, match_events, score_articles
from dyadwatch.evaluation.events import fix_text
from dyadwatch.records import Article, CodedArticle, Sentence

from ..conftest import REPO
from ..eventfactory import event


def gold_article(events: list[GoldEvent], political: bool = True, article_id: str = "1") -> GoldArticle:
    return GoldArticle("ipe_public.jsonl", article_id, "test", political, "x" * 100, date(2002, 3, 10),
                       tuple(events))


def gold(kind: str, source: str | None, target: str | None) -> GoldEvent:
    return GoldEvent(kind, source, target, 0, 10, "asserted", False)


def coded_with(*events: object) -> CodedArticle:
    return CodedArticle(Article("a", "x"), tuple(events))  # type: ignore[arg-type]


def test_an_event_is_right_when_type_and_both_countries_match() -> None:
    gold_events = [gold("CONSULT", "CHN", "USA"), gold("AGREE", "CHN", "USA")]
    right = event("CHN", "USA", "040")  # CONSULT
    reversed_agree = event("USA", "CHN", "036")
    pairs, missed = match_events(gold_events, [right, reversed_agree])
    assert [(e.event_type, g is not None) for e, g in pairs] == [("CONSULT", True), ("AGREE", False)]
    assert [g.event_type for g in missed] == ["AGREE"]


def test_an_act_coded_twice_counts_once_right_and_once_wrong() -> None:
    article = gold_article([gold("CONSULT", "CHN", "USA")])
    twice = coded_with(event("CHN", "USA", "040", confidence=0.9), event("CHN", "USA", "040", confidence=0.7,
                                                                          sentence_index=3))
    report = score_articles([article], [twice])
    assert (report["right"], report["wrong"], report["missed"]) == (1, 1, 0)
    assert report["precision"] == 0.5 and report["recall"] == 1.0


def test_a_confidence_threshold_drops_events_before_scoring() -> None:
    article = gold_article([gold("CONSULT", "CHN", "USA")])
    result = coded_with(event("CHN", "USA", "040", confidence=0.9), event("CHN", "USA", "120", confidence=0.3))
    assert score_articles([article], [result])["precision"] == 0.5
    kept = score_articles([article], [result], min_confidence=0.5)
    assert (kept["precision"], kept["recall"]) == (1.0, 1.0)


def test_events_per_article_are_counted_by_kind_of_article() -> None:
    politics = gold_article([gold("CONSULT", "CHN", "USA")])
    sport = gold_article([], political=False, article_id="2")
    report = score_articles([politics, sport], [coded_with(event("CHN", "USA", "040")),
                                                coded_with(event("CHN", "USA", "040"), event("USA", "CHN", "040"))])
    assert report["events_per_article"] == {"political": 1.0, "other": 2.0}
    assert report["recall"] == 1.0 and report["wrong"] == 2


def test_load_devset_reads_labels_and_texts_in_place(tmp_path: Path) -> None:
    gold_dir, devset = tmp_path / "gold", tmp_path / "devset"
    gold_dir.mkdir()
    devset.mkdir()
    text = "lucknow: police arrested 20 rioters on saturday. it rained."
    (gold_dir / "ipe_public.jsonl").write_text(json.dumps({"id": 7, "date": "2002-03-10", "text": text}) + "\n")
    (devset / "articles.tsv").write_text("# note\nfile\tarticle_id\tsplit\nipe_public.jsonl\t7\ttest\n")
    label = {"file": "ipe_public.jsonl", "article_id": "7", "political": True, "events": [
        {"start": 9, "end": 47, "type": "COERCE", "source": {"country": "IND"}, "target": {"country": "IND"}}]}
    (devset / "labels.jsonl").write_text(json.dumps(label) + "\n")
    [article] = load_devset(devset, gold_dir, "test")
    assert article.published == date(2002, 3, 10)
    assert article.events[0].key == ("COERCE", "IND", "IND")
    assert article.raw_text[article.events[0].start:article.events[0].end].startswith("police arrested")
    assert load_devset(devset, gold_dir, "tune") == []
    with pytest.raises(BadOptionError):
        load_devset(devset, gold_dir, "heldout")
    # a train article (the typer learns from it) is never among the scored ones
    (devset / "articles.tsv").write_text("file\tarticle_id\tsplit\nipe_public.jsonl\t7\ttrain\n")
    assert load_devset(devset, gold_dir, "all") == [] and len(load_devset(devset, gold_dir, "train")) == 1
    (devset / "articles.tsv").write_text("file\tarticle_id\tsplit\nipe_public.jsonl\t7\tdev\n")
    with pytest.raises(BadRecordError):
        load_devset(devset, gold_dir)
    (devset / "articles.tsv").write_text("file\tarticle_id\tsplit\nipe_public.jsonl\t7\ttest\n")
    (devset / "labels.jsonl").write_text(json.dumps({**label, "article_id": "8"}) + "\n")
    with pytest.raises(BadRecordError):
        load_devset(devset, gold_dir)


def test_the_shipped_labels_point_into_the_gold_texts() -> None:
    gold_dir = REPO.parent / "shared" / "gold"
    labels = REPO / "data" / "devset" / "labels.jsonl"
    if not gold_dir.is_dir() or not labels.is_file():
        pytest.skip("../shared/gold or the development-set labels are absent")
    articles = load_devset(REPO / "data" / "devset", gold_dir)
    assert len(articles) >= 60
    for article in articles:
        for g in article.events:
            assert 0 <= g.start < g.end <= len(article.raw_text), (article.article_id, g)


def test_threshold_table_scores_one_coding_at_each_threshold(tmp_path: Path) -> None:
    from dyadwatch.config import make_options
    from dyadwatch.evaluation.articles import threshold_table

    gold_dir, devset = tmp_path / "gold", tmp_path / "devset"
    gold_dir.mkdir()
    devset.mkdir()
    (gold_dir / "ipe_public.jsonl").write_text(json.dumps({"id": 7, "date": "2002-03-10", "text": "x" * 50}) + "\n")
    (devset / "articles.tsv").write_text("file\tarticle_id\tsplit\nipe_public.jsonl\t7\ttest\n")
    (devset / "labels.jsonl").write_text(json.dumps({"file": "ipe_public.jsonl", "article_id": "7", "events": [
        {"start": 0, "end": 5, "type": "CONSULT", "source": {"country": "CHN"}, "target": {"country": "USA"}}]}))

    class Stub:
        options = make_options()

        def code_articles(self, articles: list[Article]) -> list[CodedArticle]:
            assert self.options.min_confidence == 0.0  # every event the screen passes, scored at each threshold
            return [coded_with(event("CHN", "USA", "040", confidence=0.8), event("CHN", "USA", "120", confidence=0.3))
                    for _ in articles]

    rows = threshold_table(devset, gold_dir, Stub(), "test", (0.0, 0.5))
    assert [(r["min_confidence"], r["precision"], r["recall"], r["kept"]) for r in rows] == [
        (0.0, 0.5, 1.0, 2), (0.5, 1.0, 1.0, 1)]


def test_a_located_match_needs_the_gold_event_told_in_the_events_sentence() -> None:
    raw = "Xi met Biden in Lima. Later the two leaders met again in Peru."
    second = raw.index("Later")
    article = GoldArticle("ipe_public.jsonl", "1", "test", True, raw, date(2002, 3, 10),
                          (GoldEvent("CONSULT", "CHN", "USA", second, len(raw), "asserted", False),))
    sentences = (Sentence(0, 0, second - 1, raw[:second - 1], ()), Sentence(1, second, len(raw), raw[second:], ()))
    told_first = CodedArticle(Article("a", raw), (event("CHN", "USA", "040", sentence_index=0),), sentences=sentences)
    report = score_articles([article], [told_first])
    assert report["right"] == 1  # the loose match: same type and countries anywhere in the article
    assert report["located"]["right"] == 0 and report["located"]["precision"] == 0.0
    told_second = CodedArticle(Article("a", raw), (event("CHN", "USA", "040", sentence_index=1),), sentences=sentences)
    assert score_articles([article], [told_second])["located"]["right"] == 1


def test_located_offsets_follow_the_repair_of_mojibake_before_them() -> None:
    raw = "The PMâ€™s aideâ€™s wordsâ€™ â€™â€™â€™â€™â€™ end. Xi urged Joe."
    start = raw.index("Xi")
    article = GoldArticle("ipe_public.jsonl", "1", "test", True, raw, None,
                          (GoldEvent("REQUEST", "CHN", "USA", start, len(raw), "asserted", False),))
    text = fix_text(raw)
    cut = text.index("Xi")
    assert start - cut > len(text) - cut  # unmoved, the gold offsets would fall past the sentence
    sentences = (Sentence(0, 0, cut - 1, text[:cut - 1], ()), Sentence(1, cut, len(text), text[cut:], ()))
    coded = CodedArticle(Article("a", text), (event("CHN", "USA", "020", sentence_index=1),), sentences=sentences)
    assert score_articles([article], [coded])["located"]["right"] == 1
