"""One who speaks for an international body is of that body ("UN Secretary-General Antonio Guterres",
"NATO Secretary General Mark Rutte"), and a hyphened title is read whole ("Secretary-General",
"Attorney-General": no general). Hand-built parses: no model is loaded."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.mentions import find_mentions
from dyadwatch.coder.phrases import hyphens_joined_at
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor

from .candidates import candidate_events


def subject(resources: CoderResources, words: list[str], heads: list[int], deps: list[str], pos: list[str],
            ents: list[tuple[int, int, str]], head: int, day: date = date(2025, 3, 1)) -> Actor:
    actors = ArticleActors(resources.actors, day)
    sentence = build_sentence(words, heads, deps, pos=pos, ents=ents)
    actors.read(sentence)
    actor = actors.resolve_actor(sentence, head)
    assert actor is not None
    return actor


def test_hyphens_the_parser_splits_off_are_joined() -> None:
    assert hyphens_joined_at(["un", "secretary", "-", "general", "spoke"]) == (
        ["un", "secretary-general", "spoke"], [0, 1, 1, 1, 2])
    assert hyphens_joined_at(["a", "-"]) == (["a", "-"], [0, 1])


def test_a_listed_leader_titled_by_an_international_body_is_of_that_body(resources: CoderResources) -> None:
    # UN Secretary - General Antonio Guterres spoke .   (listed as Portugal's prime minister of 1995-2002)
    words = ["UN", "Secretary", "-", "General", "Antonio", "Guterres", "spoke", "."]
    actor = subject(resources, words, [5, 3, 3, 5, 5, 6, 6, 6],
                    ["compound", "compound", "punct", "compound", "compound", "nsubj", "ROOT", "punct"],
                    ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
                    [(0, 1, "ORG"), (4, 6, "PERSON")], 5)
    assert actor.name == "António Guterres"
    assert (actor.country, actor.sector) == ("UNO", "IGO")  # the code the knowledge base lists him under, not PRT


def test_a_former_leader_of_a_body_is_not_of_it(resources: CoderResources) -> None:
    # Former UN Secretary - General Antonio Guterres spoke .
    words = ["Former", "UN", "Secretary", "-", "General", "Antonio", "Guterres", "spoke", "."]
    actor = subject(resources, words, [6, 6, 4, 4, 6, 6, 7, 7, 7],
                    ["amod", "compound", "compound", "punct", "compound", "compound", "nsubj", "ROOT", "punct"],
                    ["ADJ", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
                    [(1, 2, "ORG"), (5, 7, "PERSON")], 6)
    assert actor.sector != "IGO"


def test_a_hyphened_title_is_read_whole(resources: CoderResources) -> None:
    # The Attorney - General spoke .
    actor = subject(resources, ["The", "Attorney", "-", "General", "spoke", "."], [3, 3, 3, 4, 4, 4],
                    ["det", "compound", "punct", "nsubj", "ROOT", "punct"],
                    ["DET", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"], [], 3)
    assert actor.sector == "JUD"


def test_an_international_body_hung_outside_its_officer_s_title_is_still_theirs(resources: CoderResources) -> None:
    # ECOWAS Commission President Touray urged Mali .   (the parser reads "ECOWAS" as a clause of its own)
    s = build_sentence(["ECOWAS", "Commission", "President", "Touray", "urged", "Mali", "."],
                       [4, 2, 3, 4, 4, 4, 4], ["advcl", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
                       pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
                       lemmas=["ECOWAS", "Commission", "President", "Touray", "urge", "Mali", "."],
                       tags=["NNP", "NNP", "NNP", "NNP", "VBD", "NNP", "."],
                       ents=[(0, 1, "ORG"), (3, 4, "PERSON"), (5, 6, "GPE")])
    events = candidate_events(resources, s, "urged")
    assert events and all(e.actor.sector == "IGO" and e.actor.country == "ECOWAS" for e in events)  # the body's code


def test_one_who_speaks_for_an_international_body_takes_its_code(resources: CoderResources) -> None:
    # EU Commissioner Marta Kos spoke .   (whom the knowledge base does not list)
    actor = subject(resources, ["EU", "Commissioner", "Marta", "Kos", "spoke", "."], [3, 3, 3, 4, 4, 4],
                    ["compound", "compound", "compound", "nsubj", "ROOT", "punct"],
                    ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], [(0, 1, "ORG"), (2, 4, "PERSON")], 3)
    assert (actor.country, actor.sector) == ("EUR", "IGO")


def test_one_of_a_former_office_is_of_none_when_named_again(resources: CoderResources) -> None:
    actors = ArticleActors(resources.actors, date(2002, 3, 4))
    # former chief minister jagannath mishra spoke .
    first = build_sentence(["former", "chief", "minister", "jagannath", "mishra", "spoke", "."], [4, 2, 4, 4, 5, 5, 5],
                           ["amod", "compound", "compound", "compound", "nsubj", "ROOT", "punct"],
                           pos=["ADJ", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"], ents=[(3, 5, "PERSON")])
    actors.read(first)
    told = actors.resolve_actor(first, 4)
    assert told is not None and told.sector == "ELI"
    # mishra charged the government .
    again = build_sentence(["mishra", "charged", "the", "government", "."], [1, 1, 3, 1, 1],
                           ["nsubj", "ROOT", "det", "dobj", "punct"],
                           pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"], index=1, ents=[(0, 1, "PERSON")])
    actors.read(again)
    later = actors.resolve_actor(again, 0)
    assert later is not None and later.name == "jagannath mishra" and later.sector == "ELI"  # not the government


def test_a_party_whose_name_holds_another_s_is_its_own(resources: CoderResources) -> None:
    # the nationalist congress party spoke .   (lower-cased news: not the Congress party)
    sentence = build_sentence(["the", "nationalist", "congress", "party", "spoke", "."], [3, 3, 3, 4, 4, 4],
                              ["det", "compound", "compound", "nsubj", "ROOT", "punct"],
                              pos=["DET", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"])
    parties = [m.actor.name for m in find_mentions(sentence, resources.actors, date(2002, 3, 4))
               if m.actor.kind == "organisation"]
    assert parties == ["Nationalist Congress Party"]
