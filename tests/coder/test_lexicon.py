from __future__ import annotations

import pytest

from dyadwatch.coder.codes import CodeTable
from dyadwatch.coder.lexicon import NO_ACT, PredicateLexicon, parse_lexicon
from dyadwatch.errors import KnowledgeBaseError


def test_every_lexicon_code_is_a_codable_cameo_code() -> None:
    table = CodeTable.load()
    lexicon = PredicateLexicon.load()
    assert len(lexicon.entries) > 150
    for entry in lexicon.entries:
        if entry.cameo == NO_ACT:  # a row that silences a word: the word tells no act
            continue
        assert entry.cameo in table, entry
        assert table.get(entry.cameo).event_type, entry


def test_lexicon_covers_every_plover_type() -> None:
    table = CodeTable.load()
    types = {table.get(e.cameo).event_type for e in PredicateLexicon.load().entries if e.cameo != NO_ACT}
    assert len(types) == 16


def test_malformed_row_names_the_line() -> None:
    with pytest.raises(KnowledgeBaseError, match="line 3"):
        parse_lexicon("lemma\tpos\tcameo\nmeet\tVERB\t040\nbad\tADJ\tx\n", "x.tsv")


def test_a_refusal_to_make_a_statement_is_silenced_as_a_refusal_to_comment() -> None:
    from dyadwatch.parse import build_sentence

    # X refused to make a statement .   /   X refused to make concessions .
    def refusal(thing: str) -> str | None:
        sentence = build_sentence(["X", "refused", "to", "make", "a", thing, "."], [1, 1, 3, 1, 5, 3, 1],
                                  ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "punct"],
                                  pos=["PROPN", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"],
                                  lemmas=["X", "refuse", "to", "make", "a", thing.rstrip("s"), "."])
        match = PredicateLexicon.load().match(sentence, sentence.tokens[1])
        return match.entry.cameo if match is not None else None

    assert refusal("statement") == NO_ACT
    assert refusal("concessions") not in (None, NO_ACT)


def test_hosting_a_community_is_no_visit_and_hosting_a_counterpart_is() -> None:
    from dyadwatch.parse import build_sentence

    # Kazakhstan hosts a large Tajik THING .
    def hosting(thing: str) -> str | None:
        sentence = build_sentence(["Kazakhstan", "hosts", "a", "large", "Tajik", thing, "."], [1, 1, 5, 5, 5, 1, 1],
                                  ["nsubj", "ROOT", "det", "amod", "amod", "dobj", "punct"],
                                  pos=["PROPN", "VERB", "DET", "ADJ", "ADJ", "NOUN", "PUNCT"],
                                  lemmas=["Kazakhstan", "host", "a", "large", "tajik", thing, "."])
        match = PredicateLexicon.load().match(sentence, sentence.tokens[1])
        return match.entry.cameo if match is not None else None

    assert hosting("community") == NO_ACT
    assert hosting("delegation") == "043"


def test_ending_two_days_of_talks_is_no_halt_and_ending_talks_is() -> None:
    from dyadwatch.parse import build_sentence

    def ending(words: str, heads: list[int], deps: str, pos: str, lemmas: str) -> str | None:
        sentence = build_sentence(words.split(), heads, deps.split(), pos=pos.split(), lemmas=lemmas.split())
        match = PredicateLexicon.load().match(sentence, sentence.tokens[1])
        return match.entry.cameo if match is not None else None

    assert ending("They ended two days of talks .", [1, 1, 3, 1, 3, 4, 1], "nsubj ROOT nummod dobj prep pobj punct",
                  "PRON VERB NUM NOUN ADP NOUN PUNCT", "they end two day of talk .") == NO_ACT
    assert ending("They ended talks .", [1, 1, 1, 1], "nsubj ROOT dobj punct", "PRON VERB NOUN PUNCT",
                  "they end talk .") == "163"
