""""Its" whose body is sought in the sentence coded last, when that sentence is the one being read: once the
coder has moved past a sentence ("Its rival across the street answered ...", whose root subject holds the "its"),
a later look at it must not read its "its" through itself again (a parse of the medium English model sent the
coder into endless recursion there). Hand-built parse: no model is loaded."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence


def its_rival() -> Sentence:
    # Its rival , Pho Gia , answered .
    return build_sentence(["Its", "rival", ",", "Pho", "Gia", ",", "answered", "."], [1, 6, 1, 4, 1, 1, 6, 6],
                          ["poss", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "punct"],
                          pos=["PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"],
                          lemmas=["its", "rival", ",", "Pho", "Gia", ",", "answer", "."],
                          ents=((3, 5, "ORG"),))


def test_an_its_in_the_sentence_before_is_not_read_through_itself(resources: CoderResources) -> None:
    sentence = its_rival()
    actors = ArticleActors(resources.actors, date(2025, 10, 30))
    actors.read(sentence)
    actors.after(sentence)  # the sentence is now the one coded last
    assert actors.previous is sentence
    assert actors.its_owner(sentence, list(sentence.tokens[:5])) is None
    # the sentence's subject resolves (it used to recurse without end): a body of no country
    assert actors.resolve_actor(sentence, 1) is None or actors.resolve_actor(sentence, 1).country is None
