"""The truecaser: lower-cased news gets its names and sentence starts cased for the parser, at the
same offsets; cased text is left alone."""

from __future__ import annotations

import pytest

from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.kb import caser_for, load_knowledge
from dyadwatch.truecase import NameCaser, is_caseless


@pytest.fixture(scope="module")
def caser() -> NameCaser:
    return NameCaser.build(
        countries=["Turkey", "China", "US", "Indian"],
        names=["Atal Bihari Vajpayee", "New Delhi", "BJP", "EU", "Brown", "Gordon Brown", "Modi", "U.S.", "Us"],
        english_words=frozenset({"brown", "eu"}),
        stop_words=frozenset({"us", "the", "and"}),
    )


def test_lower_cased_news_is_caseless_and_cased_news_is_not() -> None:
    assert is_caseless("prime minister atal bihari vajpayee met the bjp. the vhp said no.")
    assert is_caseless("the vhp said no. the BJP agreed. then they left.")  # an acronym survives
    assert not is_caseless("Prime Minister Atal Bihari Vajpayee met the BJP. The VHP said no.")
    assert not is_caseless("12 34")


def test_names_and_sentence_starts_are_cased_and_lengths_kept(caser: NameCaser) -> None:
    text = "prime minister atal bihari vajpayee met bjp leaders in new delhi. i think modi agreed."
    cased = caser.case(text)
    assert cased == "Prime minister Atal Bihari Vajpayee met BJP leaders in New Delhi. I think Modi agreed."
    assert len(cased) == len(text) and cased.lower() == text


def test_a_one_word_name_that_is_an_english_word_stays_lower_unless_a_country(caser: NameCaser) -> None:
    cased = caser.case("mr brown met gordon brown. turkey and china joined the eu, not us.")
    assert cased == "Mr brown met Gordon Brown. Turkey and China joined the EU, not us."


def test_punctuation_inside_a_name_breaks_it_and_a_full_stop_may_end_it(caser: NameCaser) -> None:
    assert caser.case("they went to new, delhi.") == "They went to new, delhi."
    assert caser.case("they went to new delhi.") == "They went to New Delhi."
    assert caser.case("the u.s. and india met.") == "The U.S. and india met."  # no sentence starts at "and"


def test_months_only_next_to_a_number(caser: NameCaser) -> None:
    assert caser.case("the march on march 15 and 2 may passed.") == "The march on March 15 and 2 May passed."


def test_cased_text_is_returned_as_it_is(caser: NameCaser) -> None:
    text = "The march went on. new delhi said nothing, But Modi did. Then it ended."
    assert caser.case(text) == text


@pytest.fixture(scope="module")
def shipped_caser(resources: CoderResources) -> NameCaser:
    return caser_for(load_knowledge(), resources.gazetteer.large_cities)


def test_the_shipped_caser_reads_the_knowledge_base(shipped_caser: NameCaser) -> None:
    caser = shipped_caser
    cased = caser.case("lucknow: the vhp met in ayodhya. president george w. bush spoke to pakistan.")
    assert "VHP" in cased and "Pakistan" in cased and "George W. Bush" in cased and cased.startswith("Lucknow")


@pytest.mark.slow
def test_the_parser_reads_the_cased_copy_and_keeps_the_source_text(shipped_caser: NameCaser) -> None:
    from dyadwatch.config import make_options
    from dyadwatch.parse import SpacyParser
    from dyadwatch.records import Article

    text = "prime minister atal bihari vajpayee on thursday assured parliament that the bjp would obey the court."
    parser = SpacyParser(make_options().model, caser=shipped_caser)
    sentence = parser.parse([Article(id="a", text=text)])[0].sentences[0]
    assert sentence.text == text
    by_text = {t.text: t for t in sentence.tokens}
    assert {"Vajpayee", "BJP", "Thursday"} <= set(by_text)
    assert by_text["Vajpayee"].pos == "PROPN" and by_text["assured"].pos == "VERB"
    assert all(text[t.start:t.end].lower() == t.text.lower() for t in sentence.tokens)


def test_truecasing_is_off_by_default_and_the_environment_turns_it_on(monkeypatch: pytest.MonkeyPatch) -> None:
    from dyadwatch.config import TRUECASE_ENV, make_options

    monkeypatch.delenv(TRUECASE_ENV, raising=False)
    assert make_options().truecase is False
    monkeypatch.setenv(TRUECASE_ENV, "1")
    assert make_options().truecase is True


@pytest.mark.slow
def test_the_pipeline_builds_its_caser_only_when_asked(resources: CoderResources) -> None:
    from dyadwatch.config import make_options
    from dyadwatch.parse import SpacyParser
    from dyadwatch.pipeline import Pipeline

    for truecase in (False, True):
        parser = Pipeline(make_options().with_(truecase=truecase), resources=resources, typer=None).parser
        assert isinstance(parser, SpacyParser) and (parser.caser is not None) == truecase
