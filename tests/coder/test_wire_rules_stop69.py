"""Rules of stop 69, read from the look half of the held-out batch wire2026aa (public servants from the development
set's tune split): public servants as labour; a family as people and a side of the story; a minister's further
portfolios; a short name in brackets of a name the knowledge base lacks; a town's streets; the state one represents;
troops sent to posts; "him" through "seek to"; warnings of how things stand; dispersing crowds and tear gas; leaders
of a region of many states; two words of one sentence telling one meeting. Hand-built parses: no model is loaded."""

from __future__ import annotations

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.held_objects import object_of_first_verb
from dyadwatch.coder.lexicon import PredicateLexicon
from dyadwatch.coder.refinements import sent_to_posts
from dyadwatch.coder.screen import is_the_public, one_per_act
from dyadwatch.coder.subjects import subjects_of
from dyadwatch.coder.targets import names_a_street
from dyadwatch.coder.threats import warned_of_a_state, warned_threat_code
from dyadwatch.coder.unlisted import regional_people
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Sentence
from tests.eventfactory import event

from .test_events_handbuilt import coded


def servants_on_strike() -> Sentence:
    # Thousands of civil servants went on strike .
    words = ["Thousands", "of", "civil", "servants", "went", "on", "strike", "."]
    heads = [4, 0, 3, 1, 4, 4, 5, 4]
    deps = ["nsubj", "prep", "amod", "pobj", "ROOT", "prep", "pobj", "punct"]
    pos = ["NOUN", "ADP", "ADJ", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"]
    lemmas = ["thousand", "of", "civil", "servant", "go", "on", "strike", "."]
    return build_sentence(words, heads, deps, pos=pos, lemmas=lemmas,
                          tags=["NNS", "IN", "JJ", "NNS", "VBD", "IN", "NN", "."])


def test_civil_servants_are_labour(resources: CoderResources) -> None:
    s = servants_on_strike()
    actors = ArticleActors(resources.actors, None)
    actors.read(s)
    got = actors.resolve(s, 0)
    assert got is not None and got[0].sector == "LAB" and "servants" in (got[0].text or "")


def test_a_family_is_people_and_a_side(resources: CoderResources) -> None:
    # The Chief Justice ordered the family .
    s = build_sentence(["The", "Chief", "Justice", "ordered", "the", "family", "."], [2, 2, 3, 3, 5, 3, 3],
                       ["det", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                       pos=["DET", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["the", "Chief", "Justice", "order", "the", "family", "."])
    actors = ArticleActors(resources.actors, None)
    actors.read(s)
    got = actors.resolve(s, 5)
    assert got is not None and got[0].sector == "CVL"
    assert not is_the_public(Actor("the family", None, "MHL", "CVL", "group"))


def minister_of_portfolios() -> Sentence:
    # The Minister of Education , Sports and Training met the family .
    words = ["The", "Minister", "of", "Education", ",", "Sports", "and", "Training", "met", "the", "family", "."]
    heads = [1, 8, 1, 2, 1, 1, 5, 5, 8, 10, 8, 8]
    deps = ["det", "nsubj", "prep", "pobj", "punct", "conj", "cc", "conj", "ROOT", "det", "dobj", "punct"]
    pos = ["DET", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    lemmas = ["the", "Minister", "of", "Education", ",", "Sports", "and", "Training", "meet", "the", "family", "."]
    return build_sentence(words, heads, deps, pos=pos, lemmas=lemmas,
                          tags=["DT", "NNP", "IN", "NNP", ",", "NNP", "CC", "NNP", "VBD", "DT", "NN", "."])


def test_a_ministers_further_portfolios_are_no_subjects() -> None:
    heads, _ = subjects_of(minister_of_portfolios(), 8)
    assert heads == [1]


def test_the_minister_meets_the_family_not_training(resources: CoderResources) -> None:
    events = [e for e in coded(resources, minister_of_portfolios()).events if e.event_type == "CONSULT"]
    assert events and all(e.recipient is not None and "family" in (e.recipient.text or "") for e in events), [
        (e.actor.text, e.recipient.text if e.recipient else None) for e in events]


def short_name_sentences() -> tuple[Sentence, Sentence]:
    # The opposition Progressive Reform Party ( VHP ) accused the government .  /  The VHP marched .
    words = ["The", "opposition", "Progressive", "Reform", "Party", "(", "VHP", ")", "accused", "the", "government",
             "."]
    heads = [4, 4, 4, 4, 8, 4, 4, 4, 8, 10, 8, 8]
    deps = ["det", "compound", "compound", "compound", "nsubj", "punct", "appos", "punct", "ROOT", "det", "dobj",
            "punct"]
    pos = ["DET", "NOUN", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"]
    first = build_sentence(words, heads, deps, pos=pos, lemmas=[w.lower() for w in words])
    second = build_sentence(["The", "VHP", "marched", "."], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "punct"],
                            pos=["DET", "PROPN", "VERB", "PUNCT"], lemmas=["the", "VHP", "march", "."], index=1)
    return first, second


def test_a_short_name_given_in_brackets_to_an_unlisted_name_is_not_the_listed_body(resources: CoderResources) -> None:
    first, second = short_name_sentences()
    actors = ArticleActors(resources.actors, None)
    assert not any(m.actor.country == "IND" for m in actors.read(first))
    assert not any(m.actor.country == "IND" for m in actors.read(second))


def test_a_listed_short_name_alone_is_still_the_listed_body(resources: CoderResources) -> None:
    _, second = short_name_sentences()
    actors = ArticleActors(resources.actors, None)
    assert any(m.actor.country == "IND" for m in actors.read(second))


def test_a_name_before_a_street_names_the_place_whatever_the_parse() -> None:
    # People marched along the Port Vila seafront .  (the small model reads "seafront" as a verb)
    words = ["People", "marched", "along", "the", "Port", "Vila", "seafront", "."]
    pos = ["NOUN", "VERB", "ADP", "DET", "PROPN", "PROPN", "NOUN", "PUNCT"]
    right = build_sentence(words, [1, 1, 1, 6, 5, 6, 2, 1], ["nsubj", "ROOT", "prep", "det", "compound", "compound",
                                                             "pobj", "punct"], pos=pos)
    misread = build_sentence(words, [1, 1, 1, 5, 5, 2, 1, 1], ["nsubj", "ROOT", "prep", "det", "compound", "pobj",
                                                               "conj", "punct"], pos=[*pos[:6], "VERB", "PUNCT"])
    assert names_a_street(right, right.tokens[4]) and names_a_street(right, right.tokens[5])
    assert names_a_street(misread, misread.tokens[5])
    # "the Port Vila government": a town's name before another noun still names its party
    government = build_sentence(["the", "Port", "Vila", "government"], [3, 2, 3, 3],
                                ["det", "compound", "compound", "ROOT"], pos=["DET", "PROPN", "PROPN", "NOUN"])
    assert not names_a_street(government, government.tokens[2])


def test_one_who_represents_a_state_is_of_that_state(resources: CoderResources) -> None:
    # Indonesia was represented by a deputy foreign minister .  (in a story from Vanuatu)
    words = ["Indonesia", "was", "represented", "by", "a", "deputy", "foreign", "minister", "."]
    s = build_sentence(words, [2, 2, 2, 2, 7, 7, 7, 3, 2],
                       ["nsubjpass", "auxpass", "ROOT", "agent", "det", "amod", "amod", "pobj", "punct"],
                       pos=["PROPN", "AUX", "VERB", "ADP", "DET", "ADJ", "ADJ", "NOUN", "PUNCT"],
                       lemmas=["Indonesia", "be", "represent", "by", "a", "deputy", "foreign", "minister", "."],
                       tags=["NNP", "VBD", "VBN", "IN", "DT", "JJ", "JJ", "NN", "."])
    actors = ArticleActors(resources.actors, None)
    actors.story = "VUT"
    actors.read(s)
    got = actors.resolve(s, 7)
    assert got is not None and got[0].country == "IDN" and got[0].country_source == "represented"


def test_troops_sent_to_posts_are_deployed_not_given(resources: CoderResources) -> None:
    # The army sent troops to posts .   /   The army sent troops to Haiti .
    def sent_to(place: str, pos: str) -> Sentence:
        return build_sentence(["The", "army", "sent", "troops", "to", place, "."], [1, 2, 2, 2, 2, 4, 2],
                              ["det", "nsubj", "ROOT", "dobj", "dative", "pobj", "punct"],
                              pos=["DET", "NOUN", "VERB", "NOUN", "ADP", pos, "PUNCT"],
                              lemmas=["the", "army", "send", "troop", "to", place.lower().removesuffix("s"), "."],
                              tags=["DT", "NN", "VBD", "NNS", "IN", "NNS" if pos == "NOUN" else "NNP", "."])
    code = resources.codes.get("074")
    posts, haiti = sent_to("posts", "NOUN"), sent_to("Haiti", "PROPN")
    assert sent_to_posts(code, posts, 2, None, resources.codes).cameo == "154"
    assert sent_to_posts(code, haiti, 2, None, resources.codes).cameo == "074"
    given = Actor("Haiti", "Haiti", "HTI", "GOV", "country")
    assert sent_to_posts(code, posts, 2, given, resources.codes).cameo == "074"


def test_him_after_seek_to_is_the_one_held_by_the_first_verb() -> None:
    # Police detained a man and prosecutors would seek to charge him .
    words = ["Police", "detained", "a", "man", "and", "prosecutors", "would", "seek", "to", "charge", "him", "."]
    s = build_sentence(words, [1, 1, 3, 1, 1, 7, 7, 1, 9, 7, 9, 1],
                       ["nsubj", "ROOT", "det", "dobj", "cc", "nsubj", "aux", "conj", "aux", "xcomp", "dobj", "punct"],
                       pos=["NOUN", "VERB", "DET", "NOUN", "CCONJ", "NOUN", "AUX", "VERB", "PART", "VERB", "PRON",
                            "PUNCT"],
                       tags=["NNS", "VBD", "DT", "NN", "CC", "NNS", "MD", "VB", "TO", "VB", "PRP", "."])
    assert object_of_first_verb(s, 10) == 3


def warned(clause_words: list[str], clause_tags: list[str]) -> Sentence:
    # Kazakhstan warned that the river <clause words> .
    n = len(clause_words)
    verb = 5 + n - 1
    words = ["Kazakhstan", "warned", "that", "the", "river", *clause_words, "."]
    heads = [1, 1, verb, 4, verb, *([verb] * (n - 1)), 1, 1]
    deps = ["nsubj", "ROOT", "mark", "det", "nsubj", *(["aux"] * (n - 1)), "ccomp", "punct"]
    tags = ["NNP", "VBD", "IN", "DT", "NN", *clause_tags, "."]
    pos = ["PROPN", "VERB", "SCONJ", "DET", "NOUN", *(["AUX"] * (n - 1)), "VERB", "PUNCT"]
    return build_sentence(words, heads, deps, pos=pos, tags=tags,
                          lemmas=[w.lower() for w in words[:1]] + ["warn"] + [w.lower() for w in words[2:]])


def test_a_warning_of_how_things_stand_is_no_threat(resources: CoderResources) -> None:
    fallen = warned(["had", "fallen"], ["VBD", "VBN"])
    flood = warned(["would", "flood"], ["MD", "VB"])
    assert warned_of_a_state(fallen, fallen.tokens[1])
    assert not warned_of_a_state(flood, flood.tokens[1])
    threat = resources.codes.get("130")
    assert warned_threat_code(threat, fallen, 1, resources.codes).event_type is None
    assert warned_threat_code(threat, flood, 1, resources.codes).event_type == "THREATEN"


def test_dispersing_protesters_and_using_tear_gas_are_coercion() -> None:
    lexicon = PredicateLexicon.load()

    def code_of(verb: str, lemma: str, words: list[str], deps: list[str], heads: list[int]) -> str | None:
        # Police VERB (the) WORDS .
        s = build_sentence(["Police", verb, *words, "."], [1, 1, *heads, 1], ["nsubj", "ROOT", *deps, "punct"],
                           pos=["NOUN", "VERB", *(["NOUN"] * len(words)), "PUNCT"],
                           lemmas=["police", lemma, *[{"protesters": "protester"}.get(w, w) for w in words], "."])
        match = lexicon.match(s, s.tokens[1])
        return match.entry.cameo if match is not None else None

    assert code_of("dispersed", "disperse", ["protesters"], ["dobj"], [1]) == "170"
    assert code_of("used", "use", ["tear", "gas"], ["compound", "dobj"], [3, 1]) == "170"
    assert code_of("used", "use", ["gas"], ["dobj"], [1]) is None  # natural gas used is no act


def test_leaders_of_a_region_are_of_no_one_country(resources: CoderResources) -> None:
    # Melanesian leaders urged Indonesia .   /   Melanesian leader ...  (one leader is of his own country)
    def leaders(word: str, tag: str) -> Sentence:
        return build_sentence(["Melanesian", word, "urged", "Indonesia", "."], [1, 2, 2, 2, 2],
                              ["amod", "nsubj", "ROOT", "dobj", "punct"],
                              pos=["ADJ", "NOUN", "VERB", "PROPN", "PUNCT"],
                              lemmas=["melanesian", "leader", "urge", "Indonesia", "."],
                              tags=["JJ", tag, "VBD", "NNP", "."])
    assert regional_people(leaders("leaders", "NNS"), 1)
    assert not regional_people(leaders("leader", "NN"), 1)
    s = leaders("leaders", "NNS")
    actors = ArticleActors(resources.actors, None)
    actors.story = "VUT"
    actors.read(s)
    got = actors.resolve(s, 1)
    assert got is not None and got[0].country is None and got[0].sector == "IGO"


def test_two_words_of_a_sentence_telling_one_meeting_are_one_event() -> None:
    # "met Napat on Wednesday to discuss trade": "discuss" tells no date of its own and takes the publication's
    met = event("CHN", "USA", cameo="040", trigger="met", day="2025-08-20", confidence=0.8)
    discuss = event("CHN", "USA", cameo="040", trigger="discuss", day="2025-08-21", confidence=0.7, date_text=None)
    kept, retold = one_per_act([met, discuss])
    assert [e.trigger for e in kept] == ["met"] and len(retold) == 1
    # each with a date of its own, on different days: two meetings
    again = event("CHN", "USA", cameo="040", trigger="discuss", day="2025-08-21", confidence=0.7)
    kept, _ = one_per_act([met, again])
    assert len(kept) == 2
