"""Rules from the look half of wire2026ac (stop 71): acts "since" a time by doers counted with no number are a run of
acts; a word for private people ("national") before a word of another sector qualifies it; towns the parser tags as
nothing place a story that names no country; people "from" an international body are its people; a listed body named
again by the last word of its name ("the Forum") is that body; an act told again in a later sentence is merged by the
screen; a capital that opens a treaty's name is no party; a name whose first word the parser tags as a determiner ("All
People's Congress") is found, and its short name in brackets names it again; a resignation's target; talks "during"
which a deal was reached; refusing food; "it" under a plural second subject; "the state" of a story country; "the
mission" of an international body told again. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.events import CoderResources, code_article, predicates_of
from dyadwatch.coder.homenames import state_of_story
from dyadwatch.coder.longer_names import (
    body_by_bracketed_name,
    body_by_last_word,
    bracketed_names_of_bodies,
    last_words_of_bodies,
)
from dyadwatch.coder.mentions import find_mentions
from dyadwatch.coder.placing import body_of_origin
from dyadwatch.coder.pronouns import body_above
from dyadwatch.coder.standing_acts import habitual
from dyadwatch.coder.stories import town_country, towns
from dyadwatch.config import make_options
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Article, Mention, ParsedArticle, Sentence


def visited(count: str) -> Sentence:
    """"COUNT Dutch ministers have visited Paramaribo since then ." """
    return build_sentence([count, "Dutch", "ministers", "have", "visited", "Paramaribo", "since", "then", "."],
                          [2, 2, 4, 4, 4, 4, 4, 6, 4],
                          ["amod", "amod", "nsubj", "aux", "ROOT", "dobj", "prep", "pcomp", "punct"],
                          pos=["ADJ", "ADJ", "NOUN", "AUX", "VERB", "PROPN", "SCONJ", "ADV", "PUNCT"],
                          tags=["JJ", "JJ", "NNS", "VBP", "VBN", "NNP", "IN", "RB", "."],
                          lemmas=[count.lower(), "Dutch", "minister", "have", "visit", "Paramaribo", "since", "then",
                                  "."])


def test_visits_since_a_time_by_doers_counted_with_no_number_are_a_run_of_acts() -> None:
    assert habitual(visited("Several"), 4)
    assert habitual(visited("Many"), 4)
    assert not habitual(visited("Two"), 4)  # two ministers' visits are counted acts, left to the coder


def test_a_word_for_private_people_before_a_word_of_another_sector_qualifies_it(resources: CoderResources) -> None:
    assert resources.actors.sector_of(["the", "national", "police", "service"]) == "COP"
    assert resources.actors.sector_of(["a", "patrol", "of", "the", "national", "army"]) == "MIL"
    assert resources.actors.sector_of(["a", "kenyan", "national"]) == "CVL"


def test_towns_the_parser_tags_as_nothing_place_a_story_with_no_country_named(resources: CoderResources) -> None:
    # Shops reopened in Hola .  /  Drivers resumed trips to Malindi and Lamu .  (no entity tagged)
    shops = build_sentence(["Shops", "reopened", "in", "Hola", "."], [1, 1, 1, 2, 1],
                           ["nsubj", "ROOT", "prep", "pobj", "punct"],
                           pos=["NOUN", "VERB", "ADP", "PROPN", "PUNCT"], index=0)
    trips = build_sentence(["Drivers", "resumed", "trips", "to", "Malindi", "and", "Lamu", "."],
                           [1, 1, 1, 1, 3, 4, 4, 1], ["nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "conj", "punct"],
                           pos=["NOUN", "VERB", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT"],
                           ents=[(4, 5, "PRODUCT")], index=1)
    assert town_country([shops, trips], resources.gazetteer) == "KEN"
    assert town_country([shops], resources.gazetteer) is None  # one town names no country
    # Students met at University of Nairobi .  ("University", a town's name in the gazetteer, heads a name here)
    university = build_sentence(["Students", "met", "at", "University", "of", "Nairobi", "."], [1, 1, 1, 2, 3, 4, 1],
                                ["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct"],
                                pos=["NOUN", "VERB", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"], index=2)
    assert [e.text for _, e, _ in towns([university], resources.gazetteer, untagged=True)] == []


FORUM = Actor("the Pacific Islands Forum", "Pacific Islands Forum", None, "IGO", "organisation")


def test_people_from_an_international_body_are_the_body_s() -> None:
    # Observers from the Forum met .
    s = build_sentence(["Observers", "from", "the", "Forum", "met", "."], [4, 0, 3, 1, 4, 4],
                       ["nsubj", "prep", "det", "pobj", "ROOT", "punct"],
                       pos=["NOUN", "ADP", "DET", "PROPN", "VERB", "PUNCT"])
    forum = Mention(0, 3, 4, 3, FORUM)
    assert [t.text for t in body_of_origin(s, 0, [forum])] == ["from", "the", "Forum"]
    assert body_of_origin(s, 0, []) == []  # no body named there
    kenya = Mention(0, 3, 4, 3, Actor("Forum", "Kenya", "KEN", "GOV", "country"))
    assert body_of_origin(s, 0, [kenya]) == []  # a state after "from" is placed by where its people are from


def test_a_listed_body_named_again_by_the_last_word_of_its_name_is_that_body() -> None:
    # The Pacific Islands Forum praised the vote .
    first = build_sentence(["The", "Pacific", "Islands", "Forum", "praised", "the", "vote", "."],
                           [3, 3, 3, 4, 4, 6, 4, 4], ["det", "compound", "compound", "nsubj", "ROOT", "det", "dobj",
                                                      "punct"],
                           pos=["DET", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"])
    bodies = last_words_of_bodies([Mention(0, 1, 4, 3, FORUM)])
    assert bodies == {"forum": FORUM}
    # The Forum 's mission met the commissioner .  /  The Forum Fisheries Agency met .
    again = build_sentence(["The", "Forum", "'s", "mission", "met", "the", "commissioner", "."],
                           [1, 3, 1, 4, 4, 6, 4, 4], ["det", "poss", "case", "nsubj", "ROOT", "det", "dobj", "punct"],
                           pos=["DET", "PROPN", "PART", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], index=1)
    found = body_by_last_word(again, [], bodies)
    assert [(m.start, m.actor.name, m.actor.text) for m in found] == [(1, "Pacific Islands Forum", "Forum")]
    other = build_sentence(["The", "Forum", "Fisheries", "Agency", "met", "."], [3, 3, 3, 4, 4, 4],
                           ["det", "compound", "compound", "nsubj", "ROOT", "punct"],
                           pos=["DET", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], index=2)
    assert body_by_last_word(other, [], bodies) == []
    assert body_by_last_word(first, [Mention(0, 1, 4, 3, FORUM)], bodies) == []  # the full name is no short one


def test_an_act_told_again_in_a_later_sentence_is_merged_by_the_screen_not_dropped(resources: CoderResources) -> None:
    # Xi praised Trump .  Xi praised Trump .  (the second telling is kept as a retelling of the first, and the most
    # confident of the two stands for the act: "recalling him in protest at ..." then "handed a protest note to ...")
    def praised(index: int) -> Sentence:
        return build_sentence(["Xi", "praised", "Trump", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                              pos=["PROPN", "VERB", "PROPN", "PUNCT"], lemmas=["Xi", "praise", "Trump", "."],
                              index=index)

    sentences = (praised(0), praised(1))
    parsed = ParsedArticle(Article("t", "Xi praised Trump.\nXi praised Trump.", published=date(2025, 10, 30)),
                           sentences)
    events = code_article(parsed, resources, make_options()).events
    assert len(events) == 1 and [r[0] for r in events[0].retellings] == [1]
    assert len(code_article(parsed, resources, make_options().with_(screen=False)).events) == 2


def test_a_capital_that_opens_a_treaty_s_name_is_no_party(resources: CoderResources) -> None:
    def countries(words: list[str]) -> list[str | None]:
        s = build_sentence(words, [len(words) - 1] * len(words), ["dep"] * (len(words) - 1) + ["ROOT"],
                           pos=["PROPN"] * len(words))
        return [m.actor.country for m in find_mentions(s, resources.actors, date(2026, 3, 1))]

    assert countries(["the", "Vienna", "Convention"]) == []
    assert countries(["the", "Paris", "Agreement"]) == []
    assert countries(["Vienna", "said"]) == ["AUT"]


def test_a_party_whose_name_opens_with_a_word_tagged_as_a_determiner_is_found(resources: CoderResources) -> None:
    # the opposition All People 's Congress ( APC ) met .
    words = ["the", "opposition", "All", "People", "'s", "Congress", "(", "APC", ")", "met", "."]
    s = build_sentence(words, [1, 9, 3, 5, 3, 1, 7, 5, 7, 9, 9],
                       ["det", "nsubj", "det", "poss", "case", "appos", "punct", "appos", "punct", "ROOT", "punct"],
                       pos=["DET", "NOUN", "DET", "PROPN", "PART", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT"])
    s = replace(s, tokens=tuple(replace(t, start=t.start - (1 if t.i >= 4 else 0)) for t in s.tokens))  # "People's"
    found = find_mentions(s, resources.actors, date(2025, 11, 12))
    assert [(m.start, m.actor.name, m.actor.country, m.actor.sector) for m in found] == [
        (2, "All People's Congress", "SLE", "PTY")]
    # ... and the short name in brackets names it again: The APC 's chairman met .
    shorts = bracketed_names_of_bodies(s, found)
    assert list(shorts) == ["APC"]
    again = build_sentence(["The", "APC", "'s", "chairman", "met", "."], [3, 3, 1, 4, 4, 4],
                           ["det", "poss", "case", "nsubj", "ROOT", "punct"],
                           pos=["DET", "PROPN", "PART", "NOUN", "VERB", "PUNCT"], index=1)
    assert [(m.start, m.actor.name) for m in body_by_bracketed_name(again, [], shorts)] == [
        (1, "All People's Congress")]
    assert body_by_bracketed_name(s, found, shorts) == []  # the bracket itself is no second mention


def test_a_resignation_is_aimed_at_what_it_is_from_not_at_what_it_is_for(resources: CoderResources) -> None:
    def resigned(why: str) -> list[str | None]:
        # Xi resigned to protect the government .  /  Xi resigned from the government .
        if why == "to":
            s = build_sentence(["Xi", "resigned", "to", "protect", "the", "government", "."], [1, 1, 3, 1, 5, 3, 1],
                               ["nsubj", "ROOT", "aux", "advcl", "det", "dobj", "punct"],
                               pos=["PROPN", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"],
                               lemmas=["Xi", "resign", "to", "protect", "the", "government", "."])
        else:
            s = build_sentence(["Xi", "resigned", "from", "the", "government", "."], [1, 1, 1, 4, 2, 1],
                               ["nsubj", "ROOT", "prep", "det", "pobj", "punct"],
                               pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                               lemmas=["Xi", "resign", "from", "the", "government", "."])
        parsed = ParsedArticle(Article("t", s.text, published=date(2025, 10, 30)), (s,))
        events = code_article(parsed, resources, make_options().with_(screen=False)).events
        return [e.recipient.text if e.recipient else None for e in events if e.event_type == "RETREAT"]

    assert resigned("to") == [None]
    assert resigned("from") == ["government"]


def test_talks_during_which_a_deal_was_reached_are_an_act_of_their_own(resources: CoderResources) -> None:
    def nominals(prep: str) -> list[str]:
        # The deal was reached during/in talks with Xi .
        s = build_sentence(["The", "deal", "was", "reached", prep, "talks", "with", "Xi", "."],
                           [1, 3, 3, 3, 3, 4, 5, 6, 3],
                           ["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "pobj", "punct"],
                           pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
                           lemmas=["the", "deal", "be", "reach", prep, "talk", "with", "Xi", "."])
        return [s.tokens[m.token].text for m in predicates_of(s, resources.lexicon)]

    assert "talks" in nominals("during")


def test_refusing_food_is_a_hunger_strike(resources: CoderResources) -> None:
    def code(thing: str) -> str | None:
        # Detainees refused THING .
        s = build_sentence(["Detainees", "refused", thing, "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                           pos=["NOUN", "VERB", "NOUN", "PUNCT"], lemmas=["detainee", "refuse", thing, "."])
        match = resources.lexicon.match(s, s.tokens[1])
        return match.entry.cameo if match is not None else None

    assert code("food") == "142"
    assert code("bail") == "120"


def test_it_stands_for_the_body_the_parse_gives_a_plural_modifier_as_second_subject(resources: CoderResources) -> None:
    # The lands ministry said that it would appeal .  (the parse takes "lands" for a subject of its own)
    s = build_sentence(["The", "lands", "ministry", "said", "that", "it", "would", "appeal", "."],
                       [1, 3, 3, 3, 7, 7, 7, 3, 3],
                       ["det", "nsubj", "nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct"],
                       pos=["DET", "NOUN", "NOUN", "VERB", "SCONJ", "PRON", "AUX", "VERB", "PUNCT"],
                       tags=["DT", "NNS", "NN", "VBD", "IN", "PRP", "MD", "VB", "."])
    actors = ArticleActors(resources.actors, date(2026, 3, 1))
    actors.story = "BWA"
    actors.read(s)
    body = body_above(s, 5, actors.resolve_actor)
    assert body is not None and body.sector == "GOV"


def test_the_state_is_the_government_of_a_story_country_with_no_constituent_states() -> None:
    # ... demanding that the state pay .
    s = build_sentence(["the", "state", "pay"], [1, 2, 2], ["det", "nsubj", "ROOT"], pos=["DET", "NOUN", "VERB"])
    words = list(s.tokens[:2])
    got = state_of_story(s.tokens[1], words, "GAB")
    assert got is not None and (got[0].country, got[0].sector) == ("GAB", "GOV")
    assert state_of_story(s.tokens[1], words, "NGA") is None  # a federation: perhaps one of its states
    assert state_of_story(s.tokens[1], words, None) is None
    assert state_of_story(s.tokens[1], [s.tokens[1]], "GAB") is None  # "state" with no article, as in "state media"


def test_an_international_body_s_mission_told_again_as_the_mission_is_the_body_s(resources: CoderResources) -> None:
    # The IMF 's mission met officials .  The mission urged the government .
    first = build_sentence(["The", "IMF", "'s", "mission", "met", "officials", "."], [1, 3, 1, 4, 4, 4, 4],
                           ["det", "poss", "case", "nsubj", "ROOT", "dobj", "punct"],
                           pos=["DET", "PROPN", "PART", "NOUN", "VERB", "NOUN", "PUNCT"],
                           lemmas=["the", "IMF", "'s", "mission", "meet", "official", "."], ents=[(1, 2, "ORG")])
    again = build_sentence(["The", "mission", "urged", "the", "government", "."], [1, 2, 2, 4, 2, 2],
                           ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                           pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                           lemmas=["the", "mission", "urge", "the", "government", "."], index=1)
    actors = ArticleActors(resources.actors, date(2026, 3, 1))
    actors.read(first)
    owner = actors.resolve_actor(first, 3)
    assert owner is not None and owner.sector == "IGO"
    actors.read(again)
    told = actors.resolve_actor(again, 1)
    assert told is not None and (told.sector, told.name) == ("IGO", owner.name)
