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
