"""A subject "it" stands for the body that is the subject of a clause governing it ("the EU announced that it
will start talks"), never for a person or in "it was ...". Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.kb import load_knowledge
from dyadwatch.coder.mentions import ActorIndex
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor


def _said_it(subject: list[str], subject_tag: str, verb: str, verb_lemma: str) -> Actor | None:
    # SUBJECT said it VERB talks with Croatia .
    words = [*subject, "said", "it", verb, "talks", "with", "Croatia", "."]
    n = len(subject)
    heads = [n - 1] * (n - 1) + [n, n, n + 2, n, n + 2, n + 2, n + 4, n]
    deps = ["det"] * (n - 1) + ["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "prep", "pobj", "punct"]
    pos = ["DET"] * (n - 1) + ["PROPN", "VERB", "PRON", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"]
    tags = ["DT"] * (n - 1) + [subject_tag, "VBD", "PRP", "VBD", "NNS", "IN", "NNP", "."]
    lemmas = [w.lower() for w in subject] + ["say", "it", verb_lemma, "talk", "with", "Croatia", "."]
    sentence = build_sentence(words, heads, deps, pos=pos, tags=tags, lemmas=lemmas)
    actors = ArticleActors(ActorIndex(load_knowledge()), None)
    actors.read(sentence)
    return actors.resolve_actor(sentence, n + 1)


def test_it_as_a_subject_stands_for_the_body_that_says_so() -> None:
    body = _said_it(["The", "EU"], "NNP", "began", "begin")
    assert body is not None and (body.name, body.text) == ("European Union", "EU")
    # a person told by a title is no body; "it was ..." stands for nothing
    assert _said_it(["The", "minister"], "NN", "began", "begin") is None
    assert _said_it(["The", "EU"], "NNP", "was", "be") is None


def test_the_us_is_the_country_and_us_the_speaker() -> None:
    # Xi said : the US will meet us .   ("US" a proper noun, "us" a pronoun)
    sentence = build_sentence(["Xi", "said", ":", "the", "US", "will", "meet", "us", "."], [1, 1, 1, 4, 6, 6, 1, 6, 1],
                              ["nsubj", "ROOT", "punct", "det", "nsubj", "aux", "ccomp", "dobj", "punct"],
                              pos=["PROPN", "VERB", "PUNCT", "DET", "PROPN", "AUX", "VERB", "PRON", "PUNCT"],
                              lemmas=["Xi", "say", ":", "the", "US", "will", "meet", "we", "."])
    actors = ArticleActors(ActorIndex(load_knowledge()), None)
    actors.read(sentence)
    xi = actors.resolve_actor(sentence, 0)
    actors.speaking(sentence, xi)
    us, country = actors.resolve_actor(sentence, 7), actors.resolve_actor(sentence, 4)
    assert us is not None and xi is not None and us.name == xi.name == "Xi Jinping"
    assert country is not None and country.name == "United States"


def test_it_opening_a_sentence_stands_for_the_body_the_sentence_before_had_as_subject() -> None:
    # Egypt rejected the plan .   It accused Croatia .   /   It was late .
    before = build_sentence(["Egypt", "rejected", "the", "plan", "."], [1, 1, 3, 1, 1],
                            ["nsubj", "ROOT", "det", "dobj", "punct"], pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                            tags=["NNP", "VBD", "DT", "NN", "."], lemmas=["Egypt", "reject", "the", "plan", "."],
                            ents=[(0, 1, "GPE")], index=0)
    accused = build_sentence(["It", "accused", "Croatia", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                             pos=["PRON", "VERB", "PROPN", "PUNCT"], tags=["PRP", "VBD", "NNP", "."],
                             lemmas=["it", "accuse", "Croatia", "."], index=1, offset=30)
    late = build_sentence(["It", "was", "late", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "acomp", "punct"],
                          pos=["PRON", "AUX", "ADJ", "PUNCT"], tags=["PRP", "VBD", "JJ", "."],
                          lemmas=["it", "be", "late", "."], index=1, offset=30)
    for second, expected in ((accused, "EGY"), (late, None)):
        actors = ArticleActors(ActorIndex(load_knowledge()), None)
        actors.read(before)
        actors.after(before)
        actors.previous = before
        actors.read(second)
        body = actors.resolve_actor(second, 0)
        assert (body.country if body is not None else None) == expected


def test_an_it_past_a_plural_subject_stands_for_the_body_above() -> None:
    # China said its ships drove away a boat , which it accused .  ("it" is no ships)
    words = ["China", "said", "its", "ships", "drove", "away", "a", "boat", ",", "which", "it", "accused", "."]
    sentence = build_sentence(words, [1, 1, 3, 4, 1, 4, 7, 4, 7, 11, 11, 7, 1],
                              ["nsubj", "ROOT", "poss", "nsubj", "ccomp", "prt", "det", "dobj", "punct", "dobj",
                               "nsubj", "relcl", "punct"],
                              pos=["PROPN", "VERB", "PRON", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "PRON",
                                   "PRON", "VERB", "PUNCT"],
                              tags=["NNP", "VBD", "PRP$", "NNS", "VBD", "RP", "DT", "NN", ",", "WDT", "PRP", "VBD",
                                    "."],
                              lemmas=["China", "say", "its", "ship", "drive", "away", "a", "boat", ",", "which", "it",
                                      "accuse", "."], ents=[(0, 1, "GPE")])
    actors = ArticleActors(ActorIndex(load_knowledge()), None)
    actors.read(sentence)
    body = actors.resolve_actor(sentence, 10)
    assert body is not None and body.country == "CHN"
