"""A state joined to a target whose name ends in an "of" phrase ("urged the Democratic Republic of the Congo and
Rwanda") is a target too: the parser hangs "and Rwanda" on the name's last word. Hand-built parses: no model is
loaded."""

from __future__ import annotations

from dyadwatch.coder.events import CoderResources
from dyadwatch.parse import build_sentence

from .test_lexicon_rows import coded


def test_a_state_joined_to_a_name_s_last_word_is_a_target(resources: CoderResources) -> None:
    # Namibia urged the Democratic Republic of the Congo and Rwanda to act .
    words = ["Namibia", "urged", "the", "Democratic", "Republic", "of", "the", "Congo", "and", "Rwanda", "to", "act",
             "."]
    s = build_sentence(words, [1, 1, 4, 4, 1, 4, 7, 5, 7, 7, 11, 1, 1],
                       ["nsubj", "ROOT", "det", "compound", "dobj", "prep", "det", "pobj", "cc", "conj", "aux",
                        "xcomp", "punct"],
                       pos=["PROPN", "VERB", "DET", "PROPN", "PROPN", "ADP", "DET", "PROPN", "CCONJ", "PROPN", "PART",
                            "VERB", "PUNCT"],
                       tags=["NNP", "VBD", "DT", "NNP", "NNP", "IN", "DT", "NNP", "CC", "NNP", "TO", "VB", "."],
                       lemmas=["Namibia", "urge", "the", "Democratic", "Republic", "of", "the", "Congo", "and",
                               "Rwanda", "to", "act", "."],
                       ents=[(0, 1, "GPE"), (2, 8, "GPE"), (9, 10, "GPE")])
    got = {(e.actor.country, e.recipient.country) for e in coded(resources, s).events
           if e.trigger == "urged" and e.recipient is not None}
    assert got == {("NAM", "COD"), ("NAM", "RWA")}
