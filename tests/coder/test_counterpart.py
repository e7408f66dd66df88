"""A "he" after one told by a title and another country ("his Kazakh counterpart") is that one, not the person of
another country named before (hand-built parses, no model)."""

from __future__ import annotations

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.config import make_options
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Article, ParsedArticle, Sentence

from .test_wire_style import DAY


def host_counterpart_he(counterpart_country: str) -> list[Sentence]:
    # Uzbek Foreign Minister Bakhtiyor Saidov hosted the talks . His COUNTRY counterpart turned the demand down .
    # He accused Kyrgyz officials .
    host = build_sentence(["Uzbek", "Foreign", "Minister", "Bakhtiyor", "Saidov", "hosted", "the", "talks", "."],
                          [2, 2, 4, 4, 5, 5, 7, 5, 5],
                          ["compound", "compound", "compound", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                          pos=["ADJ", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                          lemmas=["uzbek", "Foreign", "Minister", "Bakhtiyor", "Saidov", "host", "the", "talk", "."],
                          tags=["JJ", "NNP", "NNP", "NNP", "NNP", "VBD", "DT", "NNS", "."],
                          ents=[(0, 1, "NORP"), (3, 5, "PERSON")], index=0)
    counterpart = build_sentence(["His", counterpart_country, "counterpart", "turned", "the", "demand", "down", "."],
                                 [2, 2, 3, 3, 5, 3, 3, 3],
                                 ["poss", "amod", "nsubj", "ROOT", "det", "dobj", "prt", "punct"],
                                 pos=["PRON", "ADJ", "NOUN", "VERB", "DET", "NOUN", "ADP", "PUNCT"],
                                 lemmas=["his", counterpart_country.lower(), "counterpart", "turn", "the", "demand",
                                         "down", "."],
                                 tags=["PRP$", "JJ", "NN", "VBD", "DT", "NN", "RP", "."],
                                 ents=[(1, 2, "NORP")], index=1, offset=60)
    he = build_sentence(["He", "accused", "Kyrgyz", "officials", "."], [1, 1, 3, 1, 1],
                        ["nsubj", "ROOT", "amod", "dobj", "punct"], pos=["PRON", "VERB", "ADJ", "NOUN", "PUNCT"],
                        lemmas=["he", "accuse", "kyrgyz", "official", "."], tags=["PRP", "VBD", "JJ", "NNS", "."],
                        ents=[(2, 3, "NORP")], index=2, offset=110)
    return [host, counterpart, he]


def he_of(resources: CoderResources, counterpart_country: str) -> Actor:
    """Who the third sentence's "he" is, once the second sentence's subject was resolved (as its act's doer is)."""
    host, counterpart, he = host_counterpart_he(counterpart_country)
    actors = ArticleActors(resources.actors, DAY)
    for sentence in (host, counterpart):
        actors.read(sentence)
        if sentence is counterpart:
            assert actors.resolve_actor(sentence, 2) is not None
        actors.after(sentence)
    actors.read(he)
    actor = actors.resolve_actor(he, 0)
    assert actor is not None
    return actor


def test_he_after_a_counterpart_of_another_country_is_the_counterpart(resources: CoderResources) -> None:
    he = he_of(resources, "Kazakh")
    assert he.country == "KAZ" and he.sector == "GOV"  # not the Uzbek host named before


def test_a_title_of_the_named_person_s_own_country_is_that_person_again(resources: CoderResources) -> None:
    # "Saidov hosted ... The Uzbek official said ... He added": one person told twice, the named one stays
    he = he_of(resources, "Uzbek")
    assert he.country == "UZB" and he.name == "Bakhtiyor Saidov"


def test_one_who_meets_a_ugandan_counterpart_is_not_ugandan(resources: CoderResources) -> None:
    # Uganda accused Kenya . Uganda warned Kenya . Uganda spoke . The minister will meet his Ugandan counterpart .
    def act(verb: str, lemma: str, index: int) -> Sentence:
        return build_sentence(["Uganda", verb, "Kenya", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                              pos=["PROPN", "VERB", "PROPN", "PUNCT"], lemmas=["Uganda", lemma, "Kenya", "."],
                              tags=["NNP", "VBD", "NNP", "."], ents=[(0, 1, "GPE"), (2, 3, "GPE")],
                              index=index, offset=30 * index)
    spoke = build_sentence(["Uganda", "spoke", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"],
                           pos=["PROPN", "VERB", "PUNCT"], lemmas=["Uganda", "speak", "."], tags=["NNP", "VBD", "."],
                           ents=[(0, 1, "GPE")], index=2, offset=60)
    meet = build_sentence(["The", "minister", "will", "meet", "his", "Ugandan", "counterpart", "."],
                          [1, 3, 3, 3, 6, 6, 3, 3], ["det", "nsubj", "aux", "ROOT", "poss", "amod", "dobj", "punct"],
                          pos=["DET", "NOUN", "AUX", "VERB", "PRON", "ADJ", "NOUN", "PUNCT"],
                          lemmas=["the", "minister", "will", "meet", "his", "ugandan", "counterpart", "."],
                          tags=["DT", "NN", "MD", "VB", "PRP$", "JJ", "NN", "."], ents=[(5, 6, "NORP")],
                          index=3, offset=90)
    sentences = (act("accused", "accuse", 0), act("warned", "warn", 1), spoke, meet)
    parsed = ParsedArticle(Article("t", " ".join(s.text for s in sentences), published=DAY), sentences)
    events = code_article(parsed, resources, make_options().with_(calibrate=False)).events
    meetings = [e for e in events if e.event_type == "CONSULT"]
    assert meetings and {(e.actor.country, e.recipient.country if e.recipient else None) for e in meetings} == {
        ("KEN", "UGA")}
