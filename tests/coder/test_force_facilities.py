"""A force's base, post, station or convoy attacked is the force attacked: "militants attacked an army base" is
ASSAULT on the army (of the story's country when the text names no other), not an act with no target."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dyadwatch.coder.actorwords import force_facility_sector
from dyadwatch.coder.screen import screen_event
from dyadwatch.records import Actor

from ..eventfactory import event


def test_a_force_word_and_a_facility_noun_name_the_force() -> None:
    assert force_facility_sector("army base") == "MIL"
    assert force_facility_sector("a police post") == "COP"
    assert force_facility_sector("police stations") == "COP"
    assert force_facility_sector("military convoy near the border") == "MIL"


def test_other_places_and_the_force_itself_are_no_facility() -> None:
    assert force_facility_sector("bus station") is None
    assert force_facility_sector("refugee camp") is None
    assert force_facility_sector("the police") is None
    assert force_facility_sector("police") is None


def test_an_attacked_army_base_is_the_story_s_army() -> None:
    attack = event(actor="CHN", recipient=None, cameo="190", trigger="attacked")
    attack = replace(attack, actor=Actor("Militants", None, "IND", "REB", "group"),
                     recipient=Actor("army base", None, None, None, "other"))
    kept = screen_event(attack, "IND", date(2025, 10, 30))
    assert getattr(kept, "recipient", None) is not None
    assert (kept.recipient.country, kept.recipient.sector) == ("IND", "MIL")  # type: ignore[union-attr]
