"""A capital that is the seat of an international body the story names stands for that body ("called on Brussels
to hand over its evidence" in a story of EU sanctions on Kyrgyz banks), save in a story of the capital's own state.
Hand-built mentions: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.actors import body_seated_in_story, seat_as_body
from dyadwatch.records import Actor, Mention

UNION = Actor("European Union", "European Union", None, "IGO", "organisation")
BRUSSELS = Mention(1, 6, 7, 6, Actor("Brussels", "Belgium", "BEL", "GOV", "country"))
KYRGYZSTAN = Mention(0, 0, 1, 0, Actor("Kyrgyzstan", "Kyrgyzstan", "KGZ", "GOV", "country"))


def test_brussels_in_a_story_that_names_the_eu_is_the_eu() -> None:
    mentions = {0: [KYRGYZSTAN, Mention(0, 3, 5, 4, UNION)], 1: [BRUSSELS]}
    seated = seat_as_body(BRUSSELS, body_seated_in_story(mentions, "KGZ"))
    assert seated.actor.name == "European Union" and seated.actor.country is None
    assert seated.actor.text == "Brussels" and (seated.start, seated.end) == (6, 7)
    assert seat_as_body(KYRGYZSTAN, body_seated_in_story(mentions, "KGZ")) == KYRGYZSTAN
    assert seat_as_body(BRUSSELS, body_seated_in_story(mentions, None)).actor.name == "European Union"


def test_brussels_stays_belgium_s_where_the_eu_is_not_named_or_the_story_is_belgian() -> None:
    assert seat_as_body(BRUSSELS, body_seated_in_story({0: [KYRGYZSTAN], 1: [BRUSSELS]}, "KGZ")) == BRUSSELS
    belgian = {0: [Mention(0, 3, 5, 4, UNION)], 1: [BRUSSELS]}
    assert seat_as_body(BRUSSELS, body_seated_in_story(belgian, "BEL")) == BRUSSELS
