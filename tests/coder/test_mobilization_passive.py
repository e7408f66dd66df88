"""Forces sent by no one named act themselves, as "the army deployed" does: "a company of the RAF has been
rushed to the town", "the platoons posted outside the mosque"; a unit stands for the force it is of ("a
company of the Rapid Action Force" is no firm). Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.arguments import find_arguments
from dyadwatch.coder.kb import load_knowledge
from dyadwatch.coder.mentions import ActorIndex
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence


def _rushed() -> Sentence:
    # a company of the BSF was rushed to the town .
    return build_sentence(["a", "company", "of", "the", "BSF", "was", "rushed", "to", "the", "town", "."],
                          [1, 6, 1, 4, 2, 6, 6, 6, 9, 7, 6],
                          ["det", "nsubjpass", "prep", "det", "pobj", "auxpass", "ROOT", "prep", "det", "pobj",
                           "punct"],
                          pos=["DET", "NOUN", "ADP", "DET", "PROPN", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                          tags=["DT", "NN", "IN", "DT", "NNP", "VBD", "VBN", "IN", "DT", "NN", "."],
                          lemmas=["a", "company", "of", "the", "BSF", "be", "rush", "to", "the", "town", "."])


def test_forces_rushed_by_no_one_named_are_the_doer() -> None:
    args = find_arguments(_rushed(), 6)
    assert args.sources == (1,) and not args.passive


def test_a_unit_stands_for_the_force_it_is_of() -> None:
    sentence = _rushed()
    actors = ArticleActors(ActorIndex(load_knowledge()), None)
    actors.read(sentence)
    force = actors.resolve_actor(sentence, 1)
    assert force is not None and (force.name, force.sector) == ("Border Security Force", "MIL")


def test_forces_posted_in_a_participle_are_the_doer() -> None:
    # the platoons posted outside the mosque kept watch .
    s = build_sentence(["the", "platoons", "posted", "outside", "the", "mosque", "kept", "watch", "."],
                       [1, 6, 1, 2, 5, 3, 6, 6, 6],
                       ["det", "nsubj", "acl", "prep", "det", "pobj", "ROOT", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "VERB", "NOUN", "PUNCT"],
                       tags=["DT", "NNS", "VBN", "IN", "DT", "NN", "VBD", "NN", "."],
                       lemmas=["the", "platoon", "post", "outside", "the", "mosque", "keep", "watch", "."])
    assert find_arguments(s, 2).sources == (1,)


def test_one_officer_posted_somewhere_is_where_they_serve_not_a_force_sent() -> None:
    # he is a police officer posted at the gate .   ("platoons" for "officer": the platoons act, as above)
    def posted(noun: str, tag: str) -> tuple[int, ...]:
        s = build_sentence(["he", "is", "a", "police", noun, "posted", "at", "the", "gate", "."],
                           [1, 1, 4, 4, 1, 4, 5, 8, 6, 1],
                           ["nsubj", "ROOT", "det", "compound", "attr", "acl", "prep", "det", "pobj", "punct"],
                           pos=["PRON", "AUX", "DET", "NOUN", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                           tags=["PRP", "VBZ", "DT", "NN", tag, "VBN", "IN", "DT", "NN", "."],
                           lemmas=["he", "be", "a", "police", noun.rstrip("s"), "post", "at", "the", "gate", "."])
        return find_arguments(s, 5).sources

    assert posted("officer", "NN") == ()
    assert posted("constable", "NN") == ()
    assert posted("platoons", "NNS") == (4,)
