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


def test_the_country_a_dateline_names_is_its_country() -> None:
    from dyadwatch.coder.gazetteer import Gazetteer
    from dyadwatch.coder.kb import load_knowledge
    from dyadwatch.coder.stories import dateline_place
    from dyadwatch.parse import build_sentence

    gazetteer = Gazetteer.load(load_knowledge())

    def country(dateline: str) -> str | None:
        words = dateline.split()
        s = build_sentence(words, list(range(len(words))), ["ROOT"] * len(words))
        place = dateline_place(s, gazetteer)
        return place.country if place else None

    assert country("SAN JOSE , Costa Rica ( HW ) - Talks") == "CRI"  # not California's larger San Jose
    assert country("SAN JOSE ( HW ) - Talks") == "USA"  # the largest town of the name, when no country is named
    assert country("SAN JOSE , California ( HW ) - Talks") == "USA"  # a state is no country
    # a town the gazetteer lacks is in the country the dateline names ("WENO, Micronesia"), not nowhere
    assert country("WENO , Micronesia ( HW ) - Teachers") == "FSM"
    assert country("QXZPTOWN , Peru ( HW ) - Farmers") == "PER"
    assert country("QXZPTOWN ( HW ) - Farmers") is None  # no town known, no country named
