"""Which act a charge is: an accusation ("charged the VHP with politicising the issue") or a legal charge
("police charged him with rioting"). Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.wording import (
    asked_or_weighed,
    asks_a_question,
    charged_as_accusation,
    habitual,
    inside_an_allegation,
    reread_code,
    tells_no_act,
)
from dyadwatch.parse import build_sentence
from dyadwatch.records import Sentence


def _charged(deed: str, deed_tag: str, subject: str = "Mishra") -> bool:
    # SUBJECT charged the government with DEED .
    words = [subject, "charged", "the", "government", "with", deed, "."]
    s = build_sentence(words, [1, 1, 3, 1, 1, 4, 1], ["nsubj", "ROOT", "det", "dobj", "prep", "pcomp", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "VERB" if deed_tag == "VBG" else "NOUN", "PUNCT"],
                       tags=["NNP", "VBD", "DT", "NN", "IN", deed_tag, "."],
                       lemmas=[subject, "charge", "the", "government", "with", deed.removesuffix("ing"), "."])
    return charged_as_accusation(s, 1, "173")


def test_a_charge_of_a_misdeed_that_is_no_offence_is_an_accusation() -> None:
    assert _charged("politicising", "VBG")
    assert not _charged("rioting", "VBG", "Police")  # an offence: a legal charge
    assert not _charged("murder", "NN", "Police")  # a crime named by a noun: a legal charge


def test_a_charge_in_the_passive_is_a_legal_charge() -> None:
    # he was charged with spreading rumours .
    s = build_sentence(["he", "was", "charged", "with", "spreading", "rumours", "."], [2, 2, 2, 2, 3, 4, 2],
                       ["nsubjpass", "auxpass", "ROOT", "prep", "pcomp", "dobj", "punct"],
                       pos=["PRON", "AUX", "VERB", "ADP", "VERB", "NOUN", "PUNCT"],
                       tags=["PRP", "VBD", "VBN", "IN", "VBG", "NNS", "."],
                       lemmas=["he", "be", "charge", "with", "spread", "rumour", "."])
    assert not charged_as_accusation(s, 2, "173")


def test_a_charge_made_as_a_claim_is_an_accusation() -> None:
    # Mishra charged that the government had failed .
    s = build_sentence(["Mishra", "charged", "that", "the", "government", "had", "failed", "."],
                       [1, 1, 6, 4, 6, 6, 1, 1],
                       ["nsubj", "ROOT", "mark", "det", "nsubj", "aux", "ccomp", "punct"],
                       pos=["PROPN", "VERB", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
                       tags=["NNP", "VBD", "IN", "DT", "NN", "VBD", "VBN", "."],
                       lemmas=["Mishra", "charge", "that", "the", "government", "have", "fail", "."])
    assert charged_as_accusation(s, 1, "173")
    assert not charged_as_accusation(s, 1, "112")  # only a legal charge's code is reread


def test_asking_a_question_or_nothing_of_anyone_is_no_request() -> None:
    # what is the government doing ? he asked .   ("what" hangs on the auxiliary, the "?" in the clause)
    words = ["what", "is", "the", "government", "doing", "?", "he", "asked", "."]
    s = build_sentence(words, [1, 4, 3, 4, 7, 4, 7, 7, 7],
                       ["attr", "aux", "det", "nsubj", "ccomp", "punct", "nsubj", "ROOT", "punct"],
                       pos=["PRON", "AUX", "DET", "NOUN", "VERB", "PUNCT", "PRON", "VERB", "PUNCT"],
                       tags=["WP", "VBZ", "DT", "NN", "VBG", ".", "PRP", "VBD", "."],
                       lemmas=["what", "be", "the", "government", "do", "?", "he", "ask", "."])
    assert asks_a_question(s, 7)
    # he asked .   (the question itself in a sentence of its own)
    s = build_sentence(["he", "asked", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"],
                       pos=["PRON", "VERB", "PUNCT"], tags=["PRP", "VBD", "."], lemmas=["he", "ask", "."])
    assert asks_a_question(s, 1)
    # India asked Pakistan to withdraw .   (a request)
    s = build_sentence(["India", "asked", "Pakistan", "to", "withdraw", "."], [1, 1, 1, 4, 1, 1],
                       ["nsubj", "ROOT", "dobj", "aux", "xcomp", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "PUNCT"],
                       tags=["NNP", "VBD", "NNP", "TO", "VB", "."],
                       lemmas=["India", "ask", "Pakistan", "to", "withdraw", "."])
    assert not asks_a_question(s, 1)
    # asked if the state had given permission to the rally , he said .   ("to" gives, it marks no request)
    words = ["asked", "if", "the", "state", "had", "given", "permission", "to", "the", "rally", ",", "he", "said", "."]
    s = build_sentence(words, [12, 5, 3, 5, 5, 0, 5, 5, 9, 7, 12, 12, 12, 12],
                       ["advcl", "mark", "det", "nsubj", "aux", "ccomp", "dobj", "dative", "det", "pobj", "punct",
                        "nsubj", "ROOT", "punct"],
                       pos=["VERB", "SCONJ", "DET", "NOUN", "AUX", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT",
                            "PRON", "VERB", "PUNCT"],
                       tags=["VBD", "IN", "DT", "NN", "VBD", "VBN", "NN", "IN", "DT", "NN", ",", "PRP", "VBD", "."],
                       lemmas=["ask", "if", "the", "state", "have", "give", "permission", "to", "the", "rally", ",",
                               "he", "say", "."])
    assert asks_a_question(s, 0)
    # Britain asked that the ban be lifted .   (a request told as a "that" clause)
    s = build_sentence(["Britain", "asked", "that", "the", "ban", "be", "lifted", "."], [1, 1, 6, 4, 6, 6, 1, 1],
                       ["nsubj", "ROOT", "mark", "det", "nsubjpass", "auxpass", "ccomp", "punct"],
                       pos=["PROPN", "VERB", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
                       tags=["NNP", "VBD", "IN", "DT", "NN", "VB", "VBN", "."],
                       lemmas=["Britain", "ask", "that", "the", "ban", "be", "lift", "."])
    assert not asks_a_question(s, 1)


def test_an_act_told_as_what_an_accusation_says_is_not_told_as_done() -> None:
    # India accused Pakistan of supporting militants who attacked the base .
    words = ["India", "accused", "Pakistan", "of", "supporting", "militants", "who", "attacked", "the", "base", "."]
    s = build_sentence(words, [1, 1, 1, 1, 3, 4, 7, 5, 9, 7, 1],
                       ["nsubj", "ROOT", "dobj", "prep", "pcomp", "dobj", "nsubj", "relcl", "det", "dobj", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "ADP", "VERB", "NOUN", "PRON", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["India", "accuse", "Pakistan", "of", "support", "militant", "who", "attack", "the",
                               "base", "."])
    assert inside_an_allegation(s, 7)  # the attack: what India says, not what the article tells as done
    assert inside_an_allegation(s, 4)
    assert not inside_an_allegation(s, 1)  # the accusation itself is the act
    # the party alleged that police fired on protesters .
    s = build_sentence(["the", "party", "alleged", "that", "police", "fired", "on", "protesters", "."],
                       [1, 2, 2, 5, 5, 2, 5, 6, 2],
                       ["det", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "prep", "pobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "SCONJ", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"],
                       lemmas=["the", "party", "allege", "that", "police", "fire", "on", "protester", "."])
    assert inside_an_allegation(s, 5)
    # police said they fired on protesters .   (a report, not an allegation: the act stands)
    s = build_sentence(["police", "said", "they", "fired", "on", "protesters", "."], [1, 1, 3, 1, 3, 4, 1],
                       ["nsubj", "ROOT", "nsubj", "ccomp", "prep", "pobj", "punct"],
                       pos=["NOUN", "VERB", "PRON", "VERB", "ADP", "NOUN", "PUNCT"],
                       lemmas=["police", "say", "they", "fire", "on", "protester", "."])
    assert not inside_an_allegation(s, 3)


def test_what_a_demand_asks_for_or_a_party_weighs_is_not_told_as_done() -> None:
    # The council demanded that the army stop attacking civilians .
    words = ["The", "council", "demanded", "that", "the", "army", "stop", "attacking", "civilians", "."]
    s = build_sentence(words, [1, 2, 2, 6, 5, 6, 2, 6, 7, 2],
                       ["det", "nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "xcomp", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "VERB", "NOUN", "PUNCT"],
                       lemmas=["the", "council", "demand", "that", "the", "army", "stop", "attack", "civilian", "."])
    assert asked_or_weighed(s, 7)
    assert not asked_or_weighed(s, 2)  # the demand itself is the act
    # The government would consider lowering tariffs .
    s = build_sentence(["The", "government", "would", "consider", "lowering", "tariffs", "."], [1, 3, 3, 3, 3, 4, 3],
                       ["det", "nsubj", "aux", "ROOT", "xcomp", "dobj", "punct"],
                       pos=["DET", "NOUN", "AUX", "VERB", "VERB", "NOUN", "PUNCT"],
                       lemmas=["the", "government", "would", "consider", "lower", "tariff", "."])
    assert asked_or_weighed(s, 4)
    # Police stopped attacking the crowd .   (a phase of an act that was done)
    s = build_sentence(["Police", "stopped", "attacking", "the", "crowd", "."], [1, 1, 1, 4, 2, 1],
                       ["nsubj", "ROOT", "xcomp", "det", "dobj", "punct"],
                       pos=["NOUN", "VERB", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["police", "stop", "attack", "the", "crowd", "."])
    assert not asked_or_weighed(s, 2)
    # The court ordered police to release the activists .   (an order asks: no release is told yet)
    s = build_sentence(["The", "court", "ordered", "police", "to", "release", "the", "activists", "."],
                       [1, 2, 2, 2, 5, 2, 7, 5, 2],
                       ["det", "nsubj", "ROOT", "dobj", "aux", "xcomp", "det", "dobj", "punct"],
                       pos=["DET", "NOUN", "VERB", "NOUN", "PART", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["the", "court", "order", "police", "to", "release", "the", "activist", "."])
    assert asked_or_weighed(s, 5)


def test_a_habit_or_a_standing_position_is_no_act() -> None:
    # Jordanian officials regularly accused Damascus of protecting smugglers .
    words = ["Jordanian", "officials", "regularly", "accused", "Damascus", "of", "protecting", "smugglers", "."]
    s = build_sentence(words, [1, 3, 3, 3, 3, 3, 5, 6, 3],
                       ["amod", "nsubj", "advmod", "ROOT", "dobj", "prep", "pcomp", "dobj", "punct"],
                       pos=["ADJ", "NOUN", "ADV", "VERB", "PROPN", "ADP", "VERB", "NOUN", "PUNCT"],
                       lemmas=["jordanian", "official", "regularly", "accuse", "Damascus", "of", "protect",
                               "smuggler", "."],
                       tags=["JJ", "NNS", "RB", "VBD", "NNP", "IN", "VBG", "NNS", "."])
    assert habitual(s, 3) and tells_no_act(s, 3, None)
    # Jordanian officials formally accused Damascus of protecting smugglers .   (an act on an occasion)
    s = build_sentence([*words[:2], "formally", *words[3:]], [1, 3, 3, 3, 3, 3, 5, 6, 3],
                       ["amod", "nsubj", "advmod", "ROOT", "dobj", "prep", "pcomp", "dobj", "punct"],
                       pos=["ADJ", "NOUN", "ADV", "VERB", "PROPN", "ADP", "VERB", "NOUN", "PUNCT"])
    assert not habitual(s, 3) and not tells_no_act(s, 3, None)


def test_arrests_counted_over_recent_years_are_a_running_total() -> None:
    def arrested(span: list[str], amod_dep: str) -> Sentence:
        # Dozens of officials have been arrested in recent years .  /  ... in five years .
        return build_sentence(
            ["Dozens", "of", "officials", "have", "been", "arrested", "in", *span, "."],
            [5, 0, 1, 5, 5, 5, 5, 8, 6, 5], ["nsubjpass", "prep", "pobj", "aux", "auxpass", "ROOT", "prep", amod_dep,
                                             "pobj", "punct"],
            pos=["NOUN", "ADP", "NOUN", "AUX", "AUX", "VERB", "ADP", "ADJ" if amod_dep == "amod" else "NUM", "NOUN",
                 "PUNCT"],
            lemmas=["dozen", "of", "official", "have", "be", "arrest", "in", span[0].lower(), "year", "."])

    assert habitual(arrested(["recent", "years"], "amod"), 5)
    # "in five years": the act's own term, not a span of a habit
    assert not habitual(arrested(["five", "years"], "nummod"), 5)


def test_what_a_text_allows_is_no_act_but_what_a_party_allows_may_be() -> None:
    def allows(holder: str, holder_pos: str) -> Sentence:
        # They signed a pact that allows police to be sent at Honiara 's request .
        #   /  Norway allows police to be sent at Honiara 's request .  (no relative clause: the subject lets)
        if holder_pos == "NOUN":
            words = ["They", "signed", "a", holder, "that", "allows", "police", "to", "be", "sent", "at", "Honiara",
                     "'s", "request", "."]
            return build_sentence(
                words, [1, 1, 3, 1, 5, 3, 9, 9, 9, 5, 9, 13, 11, 10, 1],
                ["nsubj", "ROOT", "det", "dobj", "nsubj", "relcl", "nsubjpass", "aux", "auxpass", "ccomp", "prep",
                 "poss", "case", "pobj", "punct"],
                pos=["PRON", "VERB", "DET", "NOUN", "PRON", "VERB", "NOUN", "PART", "AUX", "VERB", "ADP", "PROPN",
                     "PART", "NOUN", "PUNCT"],
                lemmas=["they", "sign", "a", holder, "that", "allow", "police", "to", "be", "send", "at", "Honiara",
                        "'s", "request", "."],
                tags=["PRP", "VBD", "DT", "NN", "WDT", "VBZ", "NN", "TO", "VB", "VBN", "IN", "NNP", "POS", "NN", "."])
        words = [holder, "allows", "police", "to", "be", "sent", "at", "Honiara", "'s", "request", "."]
        return build_sentence(words, [1, 1, 5, 5, 5, 1, 5, 9, 7, 6, 1],
                              ["nsubj", "ROOT", "nsubjpass", "aux", "auxpass", "ccomp", "prep", "poss", "case", "pobj",
                               "punct"],
                              pos=["PROPN", "VERB", "NOUN", "PART", "AUX", "VERB", "ADP", "PROPN", "PART", "NOUN",
                                   "PUNCT"],
                              lemmas=[holder, "allow", "police", "to", "be", "send", "at", "Honiara", "'s", "request",
                                      "."])

    pact = allows("pact", "NOUN")
    assert tells_no_act(pact, 9, None)  # the sending
    assert tells_no_act(pact, 13, None)  # the request inside what the pact allows
    assert not tells_no_act(pact, 1, None)  # the signing is told as done
    norway = allows("Norway", "PROPN")
    assert not tells_no_act(norway, 5, None)


def test_a_stance_in_the_simple_present_of_a_relative_clause_is_a_standing_position() -> None:
    def which(verb: str, tag: str) -> Sentence:
        # Washington , which VERB Maduro of leading a drug network , offered a reward .
        return build_sentence(
            ["Washington", ",", "which", verb, "Maduro", "of", "leading", "a", "drug", "network", ",", "offered", "a",
             "reward", "."],
            [11, 0, 3, 0, 3, 3, 5, 9, 9, 6, 0, 11, 13, 11, 11],
            ["nsubj", "punct", "nsubj", "relcl", "dobj", "prep", "pcomp", "det", "compound", "dobj", "punct", "ROOT",
             "det", "dobj", "punct"],
            pos=["PROPN", "PUNCT", "PRON", "VERB", "PROPN", "ADP", "VERB", "DET", "NOUN", "NOUN", "PUNCT", "VERB",
                 "DET", "NOUN", "PUNCT"],
            lemmas=["Washington", ",", "which", "accuse", "Maduro", "of", "lead", "a", "drug", "network", ",", "offer",
                    "a", "reward", "."],
            tags=["NNP", ",", "WDT", tag, "NNP", "IN", "VBG", "DT", "NN", "NN", ",", "VBD", "DT", "NN", "."])

    assert habitual(which("accuses", "VBZ"), 3)
    # "which accused Maduro ...": an accusation on an occasion, told in passing
    assert not habitual(which("accused", "VBD"), 3)


def test_an_attack_for_what_one_did_is_criticism() -> None:
    # Rahul Gandhi attacked Narendra Modi for giving up the fight .
    s = build_sentence(["Rahul", "Gandhi", "attacked", "Narendra", "Modi", "for", "giving", "up", "the", "fight", "."],
                       [1, 2, 2, 4, 2, 2, 5, 6, 9, 6, 2],
                       ["compound", "nsubj", "ROOT", "compound", "dobj", "prep", "pcomp", "prt", "det", "dobj",
                        "punct"],
                       pos=["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "ADP", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["Rahul", "Gandhi", "attack", "Narendra", "Modi", "for", "give", "up", "the", "fight",
                               "."],
                       tags=["NNP", "NNP", "VBD", "NNP", "NNP", "IN", "VBG", "RP", "DT", "NN", "."])
    assert reread_code(s, 2, "190") == "111"
    # Militants attacked the station for the third time .   (violence, told with a count)
    s = build_sentence(["Militants", "attacked", "the", "station", "for", "the", "third", "time", "."],
                       [1, 1, 3, 1, 1, 7, 7, 4, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "det", "amod", "pobj", "punct"],
                       pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "ADJ", "NOUN", "PUNCT"],
                       lemmas=["militant", "attack", "the", "station", "for", "the", "third", "time", "."])
    assert reread_code(s, 1, "190") == "190"


def test_an_act_told_over_a_span_of_years_is_a_standing_one_and_a_counted_term_is_not() -> None:
    def span(words: list[str], lemmas: list[str], aux: bool) -> Sentence:
        # Moldova [has] accused Moscow for years .
        heads = [2, 2, 2, 2, 2, 4, 2] if aux else [1, 1, 1, 1, 3, 1]
        deps = (["nsubj", "aux", "ROOT", "dobj", "prep", "pobj", "punct"] if aux else
                ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"])
        return build_sentence(words, heads, deps, lemmas=lemmas)
    perfect = span(["Moldova", "has", "accused", "Moscow", "for", "years", "."],
                   ["Moldova", "have", "accuse", "Moscow", "for", "year", "."], aux=True)
    assert habitual(perfect, 2)
    past = span(["Moldova", "accused", "Moscow", "for", "years", "."],
                ["Moldova", "accuse", "Moscow", "for", "year", "."], aux=False)
    assert not habitual(past, 1)  # "detained him for months": the act's own term
    counted = build_sentence(["Moldova", "has", "jailed", "him", "for", "five", "years", "."],
                             [2, 2, 2, 2, 2, 6, 4, 2],
                             ["nsubj", "aux", "ROOT", "dobj", "prep", "nummod", "pobj", "punct"],
                             lemmas=["Moldova", "have", "jail", "he", "for", "five", "year", "."])
    assert not habitual(counted, 2)
    in_the_past = build_sentence(["Officials", "accused", "Zagreb", "in", "the", "past", "."], [1, 1, 1, 1, 5, 3, 1],
                                 ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
                                 lemmas=["official", "accuse", "Zagreb", "in", "the", "past", "."])
    assert habitual(in_the_past, 1)


def soldiers_sent_to(words: list[str], poss: bool = False) -> Sentence:
    # Peru sent soldiers to <its> <place> .
    place = ["its"] * poss + words
    tokens = ["Peru", "sent", "soldiers", "to", *place, "."]
    n = len(place)
    heads = [1, 1, 1, 1, *([4 + n - 1] * (n - 1)), 3, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", *(["poss"] * poss), *(["compound"] * (n - 1 - poss)), "pobj", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", *(["PRON"] * poss), *(["NOUN"] * (n - poss)), "PUNCT"]
    return build_sentence(tokens, heads, deps, pos=pos,
                          lemmas=["Peru", "send", "soldier", "to", *[w.lower() for w in place], "."])


def test_soldiers_sent_to_their_own_posts_or_a_border_are_deployed_not_given() -> None:
    assert reread_code(soldiers_sent_to(["post"], poss=True), 1, "074") == "154"
    assert reread_code(soldiers_sent_to(["border"]), 1, "074") == "154"
    assert reread_code(soldiers_sent_to(["Haiti"]), 1, "074") == "074"
    assert reread_code(soldiers_sent_to(["border"]), 1, "070") == "070"


def test_forces_that_stay_where_they_were_placed_are_no_deployment() -> None:
    # troops continue to be deployed in the town .   /   troops continued to deploy in the town .
    def kept(verb: str, tag: str, aux: list[str]) -> Sentence:
        words = ["troops", "continue", "to", *aux, verb, "in", "the", "town", "."]
        n = len(aux)
        return build_sentence(words, [1, 1, 3 + n, *[3 + n] * n, 1, 3 + n, 6 + n, 4 + n, 1],
                              ["nsubj", "ROOT", "aux", *["auxpass"] * n, "xcomp", "prep", "det", "pobj", "punct"],
                              pos=["NOUN", "VERB", "PART", *["AUX"] * n, "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                              tags=["NNS", "VBP", "TO", *["VB"] * n, tag, "IN", "DT", "NN", "."],
                              lemmas=["troop", "continue", "to", *["be"] * n, "deploy", "in", "the", "town", "."])

    assert habitual(kept("deployed", "VBN", ["be"]), 4)
    assert not habitual(kept("deploy", "VB", []), 3)  # "continued to deploy" sends more


def test_a_quoted_question_before_the_asking_verb_is_a_question() -> None:
    # " can states say no ? " , he asked .   (the parse hangs the opening quote on "say", the "?" on "asked")
    s = build_sentence(['"', "can", "states", "say", "no", "?", '"', ",", "he", "asked", "."],
                       [3, 3, 3, 9, 3, 9, 9, 9, 9, 9, 9],
                       ["punct", "aux", "nsubj", "ccomp", "intj", "punct", "punct", "punct", "nsubj", "ROOT", "punct"],
                       pos=["PUNCT", "AUX", "NOUN", "VERB", "INTJ", "PUNCT", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT"],
                       lemmas=['"', "can", "state", "say", "no", "?", '"', ",", "he", "ask", "."])
    assert asks_a_question(s, 9)


def test_insisting_on_doing_something_oneself_is_no_demand() -> None:
    from dyadwatch.coder.wording import persists_in_own_doing

    # residents insisted on bursting crackers .   /   the union insisted on being consulted .
    own = build_sentence(["residents", "insisted", "on", "bursting", "crackers", "."], [1, 1, 1, 2, 3, 1],
                         ["nsubj", "ROOT", "prep", "pcomp", "dobj", "punct"],
                         pos=["NOUN", "VERB", "ADP", "VERB", "NOUN", "PUNCT"],
                         tags=["NNS", "VBD", "IN", "VBG", "NNS", "."],
                         lemmas=["resident", "insist", "on", "burst", "cracker", "."])
    asked = build_sentence(["the", "union", "insisted", "on", "being", "consulted", "."], [1, 2, 2, 2, 5, 3, 2],
                           ["det", "nsubj", "ROOT", "prep", "auxpass", "pcomp", "punct"],
                           pos=["DET", "NOUN", "VERB", "ADP", "AUX", "VERB", "PUNCT"],
                           tags=["DT", "NN", "VBD", "IN", "VBG", "VBN", "."],
                           lemmas=["the", "union", "insist", "on", "be", "consult", "."])
    assert persists_in_own_doing(own, 1) and tells_no_act(own, 1, None)
    assert not persists_in_own_doing(asked, 2)


def test_backing_told_as_a_standing_position_is_no_act() -> None:
    # the candidate is backed by the minister .   /   the candidate was backed by the minister .
    def backed(aux: str, tag: str) -> Sentence:
        return build_sentence(["the", "candidate", aux, "backed", "by", "the", "minister", "."],
                              [1, 3, 3, 3, 3, 6, 4, 3],
                              ["det", "nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj", "punct"],
                              pos=["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                              tags=["DT", "NN", tag, "VBN", "IN", "DT", "NN", "."],
                              lemmas=["the", "candidate", "be", "back", "by", "the", "minister", "."])

    assert habitual(backed("is", "VBZ"), 3)
    assert not habitual(backed("was", "VBD"), 3)


def test_asking_someone_if_is_a_question_when_the_parse_hangs_the_if_elsewhere() -> None:
    # they went on to ask Advani if he had measured up .   ("measured" hung on "went")
    s = build_sentence(["they", "went", "on", "to", "ask", "Advani", "if", "he", "had", "measured", "up", "."],
                       [1, 1, 1, 4, 1, 4, 9, 9, 9, 1, 9, 1],
                       ["nsubj", "ROOT", "prt", "aux", "advcl", "dobj", "mark", "nsubj", "aux", "advcl", "prt",
                        "punct"],
                       pos=["PRON", "VERB", "ADP", "PART", "VERB", "PROPN", "SCONJ", "PRON", "AUX", "VERB", "ADP",
                            "PUNCT"],
                       lemmas=["they", "go", "on", "to", "ask", "Advani", "if", "he", "have", "measure", "up", "."])
    assert asks_a_question(s, 4)


def test_an_act_to_be_done_if_need_be_is_no_plan() -> None:
    from dyadwatch.coder.attributes import modality_of

    # if need be the army would be rushed there .   (the small model hangs "if need" on the auxiliary)
    words = ["if", "need", "be", "the", "army", "would", "be", "rushed", "there", "."]
    s = build_sentence(words, [2, 2, 7, 4, 7, 7, 7, 7, 7, 7],
                       ["mark", "aux", "auxpass", "det", "nsubjpass", "aux", "auxpass", "ROOT", "advmod", "punct"],
                       pos=["SCONJ", "AUX", "AUX", "DET", "NOUN", "AUX", "AUX", "VERB", "ADV", "PUNCT"],
                       lemmas=["if", "need", "be", "the", "army", "would", "be", "rush", "there", "."])
    assert modality_of(s, 7, None, False).modality == "hypothetical"
    t = build_sentence(words[3:], [1, 4, 4, 4, 4, 4, 4],
                       ["det", "nsubjpass", "aux", "auxpass", "ROOT", "advmod", "punct"],
                       pos=["DET", "NOUN", "AUX", "AUX", "VERB", "ADV", "PUNCT"],
                       lemmas=["the", "army", "would", "be", "rush", "there", "."])
    assert modality_of(t, 4, None, False).modality == "planned"


def test_an_act_told_as_best_done_by_someone_is_a_view_not_an_act() -> None:
    from dyadwatch.coder.attributes import modality_of

    # the riots were best probed by the judiciary .   /   the riots were probed by the judiciary .
    def probed(words: list[str]) -> str:
        n = len(words)
        s = build_sentence(["the", "riots", "were", *words, "probed", "by", "the", "judiciary", "."],
                           [1, 3 + n, 3 + n, *[3 + n] * n, 3 + n, 3 + n, 7 + n, 4 + n, 3 + n],
                           ["det", "nsubjpass", "auxpass", *["advmod"] * n, "ROOT", "agent", "det", "pobj", "punct"],
                           pos=["DET", "NOUN", "AUX", *["ADV"] * n, "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                           tags=["DT", "NNS", "VBD", *["RB"] * n, "VBN", "IN", "DT", "NN", "."],
                           lemmas=["the", "riot", "be", *words, "probe", "by", "the", "judiciary", "."])
        return modality_of(s, 3 + n, None, False).modality

    assert probed(["best"]) == "hypothetical"
    assert probed([]) == "asserted"


def test_acts_said_to_be_common_are_a_pattern_not_an_act() -> None:
    from dyadwatch.coder.wording import habitual
    # Clashes are common along the frontier .
    s = build_sentence(["Clashes", "are", "common", "along", "the", "frontier", "."], [1, 1, 1, 1, 5, 3, 1],
                       ["nsubj", "ROOT", "acomp", "prep", "det", "pobj", "punct"],
                       pos=["NOUN", "AUX", "ADJ", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["clash", "be", "common", "along", "the", "frontier", "."],
                       tags=["NNS", "VBP", "JJ", "IN", "DT", "NN", "."])
    assert habitual(s, 0)
    # Clashes were fierce on Monday .   (one occasion)
    fierce = build_sentence(["Clashes", "were", "fierce", "on", "Monday", "."], [1, 1, 1, 1, 3, 1],
                            ["nsubj", "ROOT", "acomp", "prep", "pobj", "punct"],
                            pos=["NOUN", "AUX", "ADJ", "ADP", "PROPN", "PUNCT"],
                            lemmas=["clash", "be", "fierce", "on", "Monday", "."],
                            tags=["NNS", "VBD", "JJ", "IN", "NNP", "."])
    assert not habitual(fierce, 0)


def _held_talks(count: str, count_dep: str, count_pos: str) -> Sentence:
    # The envoy has held talks with Kyrgyz officials COUNT times .
    return build_sentence(["The", "envoy", "has", "held", "talks", "with", "Kyrgyz", "officials", count, "times", "."],
                          [1, 3, 3, 3, 3, 4, 7, 5, 9, 3, 3],
                          ["det", "nsubj", "aux", "ROOT", "dobj", "prep", "compound", "pobj", count_dep, "npadvmod",
                           "punct"],
                          pos=["DET", "NOUN", "AUX", "VERB", "NOUN", "ADP", "PROPN", "NOUN", count_pos, "NOUN",
                               "PUNCT"],
                          tags=["DT", "NN", "VBZ", "VBN", "NNS", "IN", "NNP", "NNS", "JJ", "NNS", "."],
                          lemmas=["the", "envoy", "have", "hold", "talk", "with", "Kyrgyz", "official", count, "time",
                                  "."])


def test_an_act_done_several_times_is_a_run_of_acts_not_one() -> None:
    assert habitual(_held_talks("several", "amod", "ADJ"), 4)  # the act's noun, the object of "held"
    assert habitual(_held_talks("many", "amod", "ADJ"), 3)
    assert not habitual(_held_talks("three", "nummod", "NUM"), 4)  # counted: acts of an occasion


def _critic(time_words: list[str]) -> Sentence:
    # a blogger who has criticised his government [this week] can be extradited .
    n = len(time_words)
    words = ["a", "blogger", "who", "has", "criticised", "his", "government", *time_words, "can", "be", "extradited",
             "."]
    heads = [1, 9 + n, 4, 4, 1, 6, 4] + ([8, 4] if n else []) + [9 + n, 9 + n, 9 + n, 9 + n]
    deps = ["det", "nsubjpass", "nsubj", "aux", "relcl", "poss", "dobj"] + (
        ["det", "npadvmod"] if n else []) + ["aux", "auxpass", "ROOT", "punct"]
    pos = ["DET", "NOUN", "PRON", "AUX", "VERB", "PRON", "NOUN"] + (["DET", "NOUN"] if n else []) + [
        "AUX", "AUX", "VERB", "PUNCT"]
    tags = ["DT", "NN", "WP", "VBZ", "VBN", "PRP$", "NN"] + (["DT", "NN"] if n else []) + ["MD", "VB", "VBN", "."]
    lemmas = ["a", "blogger", "who", "have", "criticise", "his", "government"] + [w.lower() for w in time_words] + [
        "can", "be", "extradite", "."]
    return build_sentence(words, heads, deps, pos=pos, tags=tags, lemmas=lemmas,
                          ents=[(7, 9, "DATE")] if n else [])


def test_criticism_a_who_clause_tells_in_the_perfect_describes_the_person() -> None:
    assert habitual(_critic([]), 4)
    assert not habitual(_critic(["this", "week"]), 4)  # criticism with a time of its own: an act of the story
