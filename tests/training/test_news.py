"""Real news as training rows (the development set's train split), without gold files or a model."""

from __future__ import annotations

from datetime import date

from dyadwatch.evaluation.articles import GoldArticle, GoldEvent
from dyadwatch.training.news import article_rows, news_rows, sentence_spans


def article(text: str, events: tuple[GoldEvent, ...]) -> GoldArticle:
    return GoldArticle("ipe_public.jsonl", "7", "train", True, text, date(2002, 3, 10), events)


def test_each_sentence_is_a_row_of_the_act_it_tells_or_none() -> None:
    text = ("the weather was mild in the city today. police arrested twenty rioters near the mosque. "
            "the officers later arrested the rioters again, he said. the shops opened at noon as usual.")
    second = text.index("police")
    act = GoldEvent("COERCE", "IND", "IND", second, text.index(" the officers"), "asserted", False,
                    mentions=((text.index("the officers"), text.index(", he said")),))
    rows = article_rows(article(text, (act,)))
    assert [label for _, label, _ in rows] == ["NONE", "COERCE", "COERCE", "NONE"]
    assert rows[1][0] == "police arrested twenty rioters near the mosque."
    assert [origin for _, _, origin in rows][:2] == ["ipe_public.jsonl:7#0", "ipe_public.jsonl:7#1"]


def test_a_span_that_only_touches_a_sentence_does_not_label_it() -> None:
    text = "the minister resigned on monday after the vote. the opposition welcomed the news in parliament."
    # the act's words run three characters into the next sentence
    act = GoldEvent("RETREAT", "GBR", None, 0, text.index("the opposition") + 3, "asserted", False)
    assert [label for _, label, _ in article_rows(article(text, (act,)))] == ["RETREAT", "NONE"]


def test_sentences_are_cut_at_stops_and_line_breaks_and_short_pieces_dropped() -> None:
    text = "Headline here\nthe army moved troops to the border area. ok. the talks resumed in geneva on friday."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "the army moved troops to the border area.", "the talks resumed in geneva on friday."]


def test_the_text_is_repaired_as_the_coder_reads_it() -> None:
    text = "the pmâ€™s office condemned the attack on the convoy."
    act = GoldEvent("ACCUSE", "IND", "IND", 0, len(text), "asserted", False)
    [(sentence, label, _)] = article_rows(article(text, (act,)))
    assert label == "ACCUSE" and sentence == "the pm’s office condemned the attack on the convoy."


def test_no_rows_without_labels(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert news_rows(tmp_path / "devset", tmp_path / "gold") == []
