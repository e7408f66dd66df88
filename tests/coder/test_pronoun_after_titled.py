"""A "she" that a sentence's titled subject says ("the minister said she had asked the agency ...") makes that titled
one the next sentence's "she", not a person named in an earlier sentence. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence

from .test_bodies_told_again import read_and_resolve, story_actors


def test_she_after_a_minister_s_own_she_is_the_minister(resources: CoderResources) -> None:
    actors = story_actors(resources, "ISL")
    # Sveinsdottir told the crowd .
    told = build_sentence(["Sveinsdottir", "told", "the", "crowd", "."], [1, 1, 3, 1, 1],
                          ["nsubj", "ROOT", "det", "dobj", "punct"], pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                          tags=["NNP", "VBD", "DT", "NN", "."], lemmas=["Sveinsdottir", "tell", "the", "crowd", "."],
                          ents=((0, 1, "PERSON"),))
    assert read_and_resolve(actors, told, 0) is not None
    # the minister said she had asked the agency .
    said = build_sentence(["the", "minister", "said", "she", "had", "asked", "the", "agency", "."],
                          [1, 2, 2, 5, 5, 2, 7, 5, 2],
                          ["det", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "det", "dobj", "punct"],
                          pos=["DET", "NOUN", "VERB", "PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
                          tags=["DT", "NN", "VBD", "PRP", "VBD", "VBN", "DT", "NN", "."],
                          lemmas=["the", "minister", "say", "she", "have", "ask", "the", "agency", "."], index=1)
    she = read_and_resolve(actors, said, 3)
    assert she is not None and (she.country, she.sector) == ("ISL", "GOV")
    # She rejected the plan .
    rejected = build_sentence(["She", "rejected", "the", "plan", "."], [1, 1, 3, 1, 1],
                              ["nsubj", "ROOT", "det", "dobj", "punct"], pos=["PRON", "VERB", "DET", "NOUN", "PUNCT"],
                              tags=["PRP", "VBD", "DT", "NN", "."], lemmas=["she", "reject", "the", "plan", "."],
                              index=2)
    again = read_and_resolve(actors, rejected, 0)
    assert again is not None and (again.country, again.sector) == ("ISL", "GOV")
