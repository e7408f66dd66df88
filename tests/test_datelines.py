"""A dateline is parsed apart from the sentence it opens, whatever Latin letters its city is written in
("REYKJAVÍK, Iceland (HW) -" was read as the doer of the sentence after it). No model is loaded."""

from __future__ import annotations

from dyadwatch.parse import DATELINE, text_blocks


def test_datelines_with_accented_capitals_are_datelines() -> None:
    for text, city in (("REYKJAVÍK, Iceland (HW) - Hundreds rallied.", "REYKJAVÍK"),
                       ("SÃO PAULO (HW) - Truckers struck.", "SÃO PAULO"),
                       ("ASUNCIÓN, Paraguay (HW) – Police fired.", "ASUNCIÓN"),
                       ("BUSAN, South Korea (MNTV) - Leaders met.", "BUSAN"),
                       ("new delhi: the centre said", "new delhi")):
        match = DATELINE.match(text + " ")
        assert match is not None, text
        assert (match.group("city") or match.group("lowcity")).strip() == city


def test_a_sentence_is_no_dateline() -> None:
    assert DATELINE.match("The UN said - and so on ") is None
    assert DATELINE.match("Él dijo - nada ") is None


def test_the_dateline_is_a_block_of_its_own() -> None:
    blocks = [block for _, block in text_blocks("REYKJAVÍK, Iceland (HW) - Several hundred people rallied.\n")]
    assert blocks[0].startswith("REYKJAVÍK") and blocks[1] == "Several hundred people rallied."
