"""News with no political act gives no event: disasters, accidents, weather and disease, with the
default output (the screen and the calibrated threshold). The snippets are written for this test."""

from __future__ import annotations

from dyadwatch.pipeline import Pipeline
from dyadwatch.records import Article

SNIPPETS = [
    "A magnitude 6.1 earthquake struck off the coast of Sumatra on Tuesday, damaging hundreds of homes.",
    "Floodwaters rose across three provinces after a week of monsoon rain, forcing thousands from their villages.",
    "A bus carrying pilgrims plunged into a gorge in the hills, killing 23 passengers, officials said.",
    "Cyclone Mora made landfall near the port on Monday with winds of 150 km an hour.",
    "A fire broke out at a chemical warehouse in the industrial zone late on Friday, and firefighters battled it.",
    "The drought has cut the wheat harvest by a third, the farm ministry said in its monthly report.",
    "Two trains collided near the junction early on Sunday; rescuers pulled 40 injured people from the wreckage.",
    "A landslide buried part of the mining town after heavy rain loosened the hillside.",
    "Wildfires fanned by strong winds spread across the region, destroying more than 200 houses.",
    "Cholera cases rose to 1,200 in the camps, the health agency said, as clean water ran short.",
]


def test_disasters_and_accidents_give_no_event(pipeline: Pipeline) -> None:
    coded = list(pipeline.code_articles([Article(f"d{i}", text) for i, text in enumerate(SNIPPETS)]))
    loud = {c.article.id: [(e.event_type, e.trigger) for e in c.events] for c in coded if c.events}
    assert loud == {}


def test_the_same_coder_still_codes_an_act(pipeline: Pipeline) -> None:
    [coded] = pipeline.code_articles([Article("act", "Police arrested 20 rioters in Ahmedabad on Saturday.")])
    assert [e.event_type for e in coded.events] == ["COERCE"]
