"""A body told by "his" or "her" is of the one the possessive stands for when a title tells them as the subject of
a clause above it: "Samoa's prime minister said his government asked Canberra for help" is Samoa's government, not
that of the country last in play (Australia, named in the sentence before). Hand-built parses: no model is loaded."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.config import make_options
from dyadwatch.parse import build_sentence
from dyadwatch.records import Article, ParsedArticle

CANDIDATES = make_options().with_(screen=False)


def test_his_government_is_the_titled_speaker_s(resources: CoderResources) -> None:
    first = build_sentence(["Samoa", "left", "Australia", "'s", "scheme", "."], [1, 1, 4, 2, 1, 1],
                           ["nsubj", "ROOT", "poss", "case", "dobj", "punct"],
                           pos=["PROPN", "VERB", "PROPN", "PART", "NOUN", "PUNCT"],
                           lemmas=["Samoa", "leave", "Australia", "'s", "scheme", "."],
                           ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    words = ["Samoa", "'s", "prime", "minister", "said", "his", "government", "asked", "Canberra", "for", "help", "."]
    second = build_sentence(words, [3, 0, 3, 4, 4, 6, 7, 4, 7, 7, 9, 4],
                            ["poss", "case", "amod", "nsubj", "ROOT", "poss", "nsubj", "ccomp", "dobj", "prep", "pobj",
                             "punct"],
                            pos=["PROPN", "PART", "ADJ", "NOUN", "VERB", "PRON", "NOUN", "VERB", "PROPN", "ADP", "NOUN",
                                 "PUNCT"],
                            lemmas=["Samoa", "'s", "prime", "minister", "say", "his", "government", "ask", "Canberra",
                                    "for", "help", "."],
                            tags=["NNP", "POS", "JJ", "NN", "VBD", "PRP$", "NN", "VBD", "NNP", "IN", "NN", "."],
                            ents=[(0, 1, "GPE"), (8, 9, "GPE")], index=1, offset=len(first.text) + 1)
    parsed = ParsedArticle(Article("t", first.text + " " + second.text, published=date(2025, 11, 19)), (first, second))
    asked = [e for e in code_article(parsed, resources, CANDIDATES).events if e.trigger == "asked"]
    assert [(e.actor.text, e.actor.country, e.recipient.country if e.recipient else None) for e in asked] == [
        ("his government", "WSM", "AUS")]
