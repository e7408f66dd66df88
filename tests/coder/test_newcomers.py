"""One person a story tells by nationality before it names them ("the extradition of a Russian businessman ... Border
police detained Oleg Varlamov"; "a Kazakh video blogger ... Police detained the blogger") is of that nationality when
named next with no role of their own. Hand-built parses: no model is loaded."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Sentence


def _extradition() -> Sentence:
    # The court approved the extradition of a Russian businessman .
    return build_sentence(["The", "court", "approved", "the", "extradition", "of", "a", "Russian", "businessman", "."],
                          [1, 2, 2, 4, 2, 4, 8, 8, 5, 2],
                          ["det", "nsubj", "ROOT", "det", "dobj", "prep", "det", "amod", "pobj", "punct"],
                          pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "ADJ", "NOUN", "PUNCT"],
                          tags=["DT", "NN", "VBD", "DT", "NN", "IN", "DT", "JJ", "NN", "."],
                          lemmas=["the", "court", "approve", "the", "extradition", "of", "a", "Russian", "businessman",
                                  "."],
                          ents=[(7, 8, "NORP")])


def _detained(words: list[str], ents: list[tuple[int, int, str]]) -> Sentence:
    # Police detained NAME ...  (the detained person's words from token 2 on, the first of them the head)
    n = len(words)
    return build_sentence(["Police", "detained", *words, "."], [1, 1, *([1] + [2] * (n - 1)), 1],
                          ["nsubj", "ROOT", "dobj", *(["flat"] * (n - 1)), "punct"],
                          pos=["NOUN", "VERB", *(["PROPN"] * n), "PUNCT"], lemmas=["police", "detain", *words, "."],
                          ents=ents, index=1)


def _resolved(resources: CoderResources, first: Sentence | None, second: Sentence, head: int) -> Actor | None:
    actors = ArticleActors(resources.actors, date(2026, 2, 1))
    actors.story = "ROU"
    for sentence in ([first] if first is not None else []) + [second]:
        actors.read(sentence)
        if sentence is second:
            got = actors.resolve_actor(sentence, head)
        actors.after(sentence)
    return got


def test_the_person_named_after_one_told_by_nationality_is_of_that_nationality(resources: CoderResources) -> None:
    named = _detained(["Oleg", "Varlamov"], [(2, 4, "PERSON")])
    actor = _resolved(resources, _extradition(), named, 2)
    assert actor is not None and actor.country == "RUS" and actor.kind == "person"
    # with no one told by nationality before, no country is guessed
    alone = _resolved(resources, None, named, 2)
    assert alone is None or alone.country != "RUS"
