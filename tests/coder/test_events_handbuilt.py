"""The coder on hand-built parses: no model is loaded."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.config import make_options
from dyadwatch.parse import build_sentence
from dyadwatch.records import Article, ParsedArticle, Sentence

# these tests look at the candidate events, before the screen (dyadwatch.coder.screen) keeps an analyst's
CANDIDATES = make_options().with_(screen=False)

PUB = date(2025, 10, 30)


def coded(resources: CoderResources, *sentences: Sentence):  # type: ignore[no-untyped-def]
    text = "\n".join(s.text for s in sentences)
    parsed = ParsedArticle(Article("t", text, published=PUB), tuple(sentences))
    return code_article(parsed, resources, CANDIDATES)


def test_praise_goes_from_subject_to_object(resources: CoderResources) -> None:
    # Xi praised Trump .
    s = build_sentence(["Xi", "praised", "Trump", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "PUNCT"], lemmas=["Xi", "praise", "Trump", "."])
    events = coded(resources, s).events
    assert len(events) == 1
    e = events[0]
    assert (e.event_type, e.cameo) == ("SUPPORT", "051")
    assert (e.actor.name, e.actor.country) == ("Xi Jinping", "CHN")
    assert e.recipient is not None and (e.recipient.name, e.recipient.country) == ("Donald Trump", "USA")
    assert e.date == "2025-10-30" and e.modality == "asserted"


def test_passive_voice_swaps_nothing(resources: CoderResources) -> None:
    # Trump was praised by Xi .  -> still Xi to Trump
    s = build_sentence(["Trump", "was", "praised", "by", "Xi", "."], [2, 2, 2, 2, 3, 2],
                       ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
                       pos=["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
                       lemmas=["Trump", "be", "praise", "by", "Xi", "."])
    e = coded(resources, s).events[0]
    assert e.actor.country == "CHN" and e.recipient is not None and e.recipient.country == "USA"


def test_capital_stands_for_government_and_appeal_is_request(resources: CoderResources) -> None:
    # Beijing urged Washington to talk .
    s = build_sentence(["Beijing", "urged", "Washington", "to", "talk", "."], [1, 1, 1, 4, 1, 1],
                       ["nsubj", "ROOT", "dobj", "aux", "xcomp", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "PUNCT"],
                       lemmas=["Beijing", "urge", "Washington", "to", "talk", "."])
    events = coded(resources, s).events
    assert [e.event_type for e in events] == ["REQUEST"]  # the requested talk is not coded as done
    e = events[0]
    assert (e.actor.country, e.actor.sector) == ("CHN", "GOV")
    assert e.recipient is not None and e.recipient.country == "USA"


def test_negation_gives_denied(resources: CoderResources) -> None:
    # Russia did not attack Ukraine .
    s = build_sentence(["Russia", "did", "not", "attack", "Ukraine", "."], [3, 3, 3, 3, 3, 3],
                       ["nsubj", "aux", "neg", "ROOT", "dobj", "punct"],
                       pos=["PROPN", "AUX", "PART", "VERB", "PROPN", "PUNCT"],
                       lemmas=["Russia", "do", "not", "attack", "Ukraine", "."])
    e = coded(resources, s).events[0]
    assert e.event_type == "ASSAULT" and e.modality == "denied" and e.negated


def test_future_auxiliary_gives_planned_without_date(resources: CoderResources) -> None:
    # India will visit Japan .
    s = build_sentence(["India", "will", "visit", "Japan", "."], [2, 2, 2, 2, 2],
                       ["nsubj", "aux", "ROOT", "dobj", "punct"],
                       pos=["PROPN", "AUX", "VERB", "PROPN", "PUNCT"], lemmas=["India", "will", "visit", "Japan", "."])
    e = coded(resources, s).events[0]
    assert e.event_type == "CONSULT" and e.modality == "planned" and e.date is None


def test_object_words_decide_the_code(resources: CoderResources) -> None:
    # France cut tariffs on Germany .  (RETREAT)   vs   France cut the ribbon .  (nothing)
    s1 = build_sentence(["France", "cut", "tariffs", "on", "Germany", "."], [1, 1, 1, 2, 3, 1],
                        ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                        pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                        lemmas=["France", "cut", "tariff", "on", "Germany", "."])
    s2 = build_sentence(["France", "cut", "the", "ribbon", "."], [1, 1, 3, 1, 1],
                        ["nsubj", "ROOT", "det", "dobj", "punct"], pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                        lemmas=["France", "cut", "the", "ribbon", "."], index=1, offset=40)
    events = coded(resources, s1, s2).events
    assert [(e.event_type, e.cameo, e.sentence_index) for e in events] == [("RETREAT", "085", 0)]
    assert events[0].recipient is not None and events[0].recipient.country == "DEU"


def test_no_actor_no_event(resources: CoderResources) -> None:
    s = build_sentence(["Prices", "attacked", "records", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                       pos=["NOUN", "VERB", "NOUN", "PUNCT"], lemmas=["price", "attack", "record", "."])
    assert coded(resources, s).events == ()


def test_pronoun_follows_the_last_person_subject(resources: CoderResources) -> None:
    s1 = build_sentence(["Xi", "met", "Trump", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                        pos=["PROPN", "VERB", "PROPN", "PUNCT"], lemmas=["Xi", "meet", "Trump", "."])
    s2 = build_sentence(["He", "praised", "Trump", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                        pos=["PRON", "VERB", "PROPN", "PUNCT"], lemmas=["he", "praise", "Trump", "."],
                        index=1, offset=20)
    events = coded(resources, s1, s2).events
    praise = next(e for e in events if e.event_type == "SUPPORT")
    assert praise.actor.name == "Xi Jinping" and praise.actor.text == "He"


def test_an_object_pronoun_is_not_its_own_clauses_subject(resources: CoderResources) -> None:
    # Xi said Trump praised him .   "him" is Xi, not Trump
    s = build_sentence(["Xi", "said", "Trump", "praised", "him", "."], [1, 1, 3, 1, 3, 1],
                       ["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "VERB", "PRON", "PUNCT"],
                       lemmas=["Xi", "say", "Trump", "praise", "he", "."])
    actors = ArticleActors(resources.actors, PUB)
    actors.read(s)
    him = actors.resolve(s, 4)
    assert him is not None and him[0].name == "Xi Jinping"
    praise = next(e for e in coded(resources, s).events if e.event_type == "SUPPORT")
    assert praise.actor.name == "Donald Trump"
    assert praise.recipient is not None and praise.recipient.name == "Xi Jinping"


def test_ids_are_stable_and_depend_on_content(resources: CoderResources) -> None:
    s = build_sentence(["Xi", "praised", "Trump", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "PUNCT"], lemmas=["Xi", "praise", "Trump", "."])
    first = coded(resources, s).events[0].id
    assert coded(resources, s).events[0].id == first
    other = build_sentence(["Xi", "praised", "Putin", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                           pos=["PROPN", "VERB", "PROPN", "PUNCT"], lemmas=["Xi", "praise", "Putin", "."])
    assert coded(resources, other).events[0].id != first


def test_titled_person_outside_their_term_is_warned(resources: CoderResources) -> None:
    # President Trump praised Xi .   (published 2022: between his terms)
    s = build_sentence(["President", "Trump", "praised", "Xi", "."], [1, 2, 2, 2, 2],
                       ["compound", "nsubj", "ROOT", "dobj", "punct"], pos=["PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
                       lemmas=["President", "Trump", "praise", "Xi", "."])
    parsed = ParsedArticle(Article("t", s.text, published=date(2022, 6, 1)), (s,))
    warnings = code_article(parsed, resources, CANDIDATES).warnings
    assert [w.code for w in warnings] == ["W202"]
    assert coded(resources, s).warnings == ()  # in office on 2025-10-30


def test_no_publication_date_is_warned(resources: CoderResources) -> None:
    s = build_sentence(["Xi", "praised", "Trump", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "PUNCT"], lemmas=["Xi", "praise", "Trump", "."])
    result = code_article(ParsedArticle(Article("t", s.text), (s,)), resources, CANDIDATES)
    assert [w.code for w in result.warnings] == ["W203"]
    assert result.events[0].date is None


def test_purpose_clause_takes_its_target_from_the_governing_verb(resources: CoderResources) -> None:
    # Pakistan summoned the Indian envoy to complain .
    s = build_sentence(["Pakistan", "summoned", "the", "Indian", "envoy", "to", "complain", "."],
                       [1, 1, 4, 4, 1, 6, 1, 1], ["nsubj", "ROOT", "det", "amod", "dobj", "aux", "advcl", "punct"],
                       pos=["PROPN", "VERB", "DET", "ADJ", "NOUN", "PART", "VERB", "PUNCT"],
                       lemmas=["Pakistan", "summon", "the", "indian", "envoy", "to", "complain", "."])
    e = next(e for e in coded(resources, s).events if e.event_type == "ACCUSE")
    assert e.actor.country == "PAK"
    assert e.recipient is not None and e.recipient.country == "IND" and e.recipient.text == "Indian envoy"


def test_a_target_that_is_no_actor_is_kept_without_codes(resources: CoderResources) -> None:
    # Egypt condemned the attacks .
    s = build_sentence(["Egypt", "condemned", "the", "attacks", "."], [1, 1, 3, 1, 1],
                       ["nsubj", "ROOT", "det", "dobj", "punct"], pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["Egypt", "condemn", "the", "attack", "."])
    e = coded(resources, s).events[0]
    assert e.event_type == "ACCUSE" and e.recipient is not None
    assert (e.recipient.text, e.recipient.country, e.recipient.kind) == ("attacks", None, "other")


def test_actor_text_and_span_are_the_words_of_the_sentence(resources: CoderResources) -> None:
    s = build_sentence(["Chinese", "President", "Xi", "Jinping", "praised", "Trump", "."], [3, 3, 3, 4, 4, 4, 4],
                       ["amod", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
                       pos=["ADJ", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
                       lemmas=["chinese", "President", "Xi", "Jinping", "praise", "Trump", "."])
    e = coded(resources, s).events[0]
    assert e.actor.text == "Chinese President Xi Jinping" and e.actor.span == (0, 28)
    assert s.text[slice(*e.actor.span)] == e.actor.text


def test_the_act_noun_gives_way_to_the_party_it_names(resources: CoderResources) -> None:
    # Egypt condemned the attack on Israel .   -> the attack names the target: Israel
    s = build_sentence(["Egypt", "condemned", "the", "attack", "on", "Israel", "."], [1, 1, 3, 1, 3, 4, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["Egypt", "condemn", "the", "attack", "on", "Israel", "."])
    e = coded(resources, s).events[0]
    assert e.recipient is not None and (e.recipient.country, e.recipient.text) == ("ISR", "Israel")


def test_a_complement_names_the_target(resources: CoderResources) -> None:
    # Japan offered to send aid to Kenya .
    s = build_sentence(["Japan", "offered", "to", "send", "aid", "to", "Kenya", "."], [1, 1, 3, 1, 3, 3, 5, 1],
                       ["nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "PART", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["Japan", "offer", "to", "send", "aid", "to", "Kenya", "."])
    e = coded(resources, s).events[0]
    assert e.event_type == "AGREE" and e.recipient is not None and e.recipient.country == "KEN"


def test_the_subject_of_a_small_clause_is_the_target(resources: CoderResources) -> None:
    # Ukraine condemned Russia guilty .   (a small clause, as in "the court found X guilty")
    s = build_sentence(["Ukraine", "condemned", "Russia", "guilty", "."], [1, 1, 3, 1, 1],
                       ["nsubj", "ROOT", "nsubj", "ccomp", "punct"],
                       pos=["PROPN", "VERB", "PROPN", "ADJ", "PUNCT"],
                       lemmas=["Ukraine", "condemn", "Russia", "guilty", "."])
    e = coded(resources, s).events[0]
    assert e.recipient is not None and e.recipient.country == "RUS"


def test_mobilizing_is_not_aimed_at_ones_own_troops(resources: CoderResources) -> None:
    # India deployed troops in Pakistan .   -> not "troops"; the place is the last resort
    s = build_sentence(["India", "deployed", "troops", "in", "Pakistan", "."], [1, 1, 1, 1, 3, 1],
                       ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                       pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                       lemmas=["India", "deploy", "troop", "in", "Pakistan", "."])
    e = coded(resources, s).events[0]
    assert e.event_type == "MOBILIZE"
    assert e.recipient is not None and e.recipient.country == "PAK"


def test_a_listed_force_that_is_sent_is_the_means_not_the_target(resources: CoderResources) -> None:
    # India deployed the Border Security Force .   -> the force is what India sends, not whom it is aimed at
    s = build_sentence(["India", "deployed", "the", "Border", "Security", "Force", "."], [1, 1, 5, 5, 5, 1, 1],
                       ["nsubj", "ROOT", "det", "compound", "compound", "dobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "PROPN", "PROPN", "PROPN", "PUNCT"],
                       lemmas=["India", "deploy", "the", "Border", "Security", "Force", "."],
                       ents=[(0, 1, "GPE"), (3, 6, "ORG")])
    e = coded(resources, s).events[0]
    assert e.event_type == "MOBILIZE"
    assert e.recipient is None or "Force" not in (e.recipient.text or "")


def test_a_country_the_sentence_names_stands_for_the_implied_target(resources: CoderResources) -> None:
    # China and Japan ... ; China pledged support , Japan said .   The pledge has no syntactic target,
    # but the article's other main country is named in the sentence: its words become the target.
    first = build_sentence(["China", "met", "Japan", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                           pos=["PROPN", "VERB", "PROPN", "PUNCT"], lemmas=["China", "meet", "Japan", "."])
    second = build_sentence(["China", "pledged", "support", ",", "Japan", "said", "."], [1, 5, 1, 5, 5, 5, 5],
                            ["nsubj", "ccomp", "dobj", "punct", "nsubj", "ROOT", "punct"],
                            pos=["PROPN", "VERB", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT"],
                            lemmas=["China", "pledge", "support", ",", "Japan", "say", "."], index=1, offset=20)
    pledge = next(e for e in coded(resources, first, second).events if e.event_type == "AGREE")
    assert pledge.recipient is not None and pledge.recipient.country == "JPN"
    assert pledge.recipient.text == "Japan" and pledge.recipient.span == (second.tokens[4].start, second.tokens[4].end)


def test_they_stands_for_the_plural_party_that_says_it(resources: CoderResources) -> None:
    # MPs said they rejected the plan .  -> the MPs rejected it
    s = build_sentence(["MPs", "said", "they", "rejected", "the", "plan", "."], [1, 1, 3, 1, 5, 3, 1],
                       ["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj", "punct"],
                       pos=["NOUN", "VERB", "PRON", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["mp", "say", "they", "reject", "the", "plan", "."],
                       tags=["NNS", "VBD", "PRP", "VBD", "DT", "NN", "."])
    rejects = [e for e in coded(resources, s).events if e.trigger == "rejected"]
    assert rejects and rejects[0].actor.text == "they" and rejects[0].actor.sector == "LEG"


def test_they_stands_for_a_country_s_forces_that_say_it(resources: CoderResources) -> None:
    # Kenya 's armed forces said they rejected the plan .  -> Kenya's military rejected it
    s = build_sentence(["Kenya", "'s", "armed", "forces", "said", "they", "rejected", "the", "plan", "."],
                       [3, 0, 3, 4, 4, 6, 4, 8, 6, 4],
                       ["poss", "case", "amod", "nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj", "punct"],
                       pos=["PROPN", "PART", "VERB", "NOUN", "VERB", "PRON", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["Kenya", "'s", "arm", "force", "say", "they", "reject", "the", "plan", "."],
                       tags=["NNP", "POS", "VBN", "NNS", "VBD", "PRP", "VBD", "DT", "NN", "."], ents=[(0, 1, "GPE")])
    rejects = [e for e in coded(resources, s).events if e.trigger == "rejected"]
    assert rejects and rejects[0].actor.text == "they"
    assert (rejects[0].actor.country, rejects[0].actor.sector) == ("KEN", "MIL")


def test_they_follows_the_previous_sentence_plural_subject_and_no_further(resources: CoderResources) -> None:
    def rejected(subject: str, lemma: str, tag: str) -> Sentence:
        return build_sentence([subject, "rejected", "the", "plan", "."], [1, 1, 3, 1, 1],
                              ["nsubj", "ROOT", "det", "dobj", "punct"],
                              pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                              lemmas=[lemma, "reject", "the", "plan", "."],
                              tags=[tag, "VBD", "DT", "NN", "."])

    they = rejected("They", "they", "PRP")
    weather = build_sentence(["It", "rained", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"],
                             pos=["PRON", "VERB", "PUNCT"], lemmas=["it", "rain", "."], tags=["PRP", "VBD", "."])
    actors = ArticleActors(resources.actors, PUB)
    first = rejected("Protesters", "protester", "NNS")
    for sentence in (first, they):
        actors.read(sentence)
    actors.after(first)
    got = actors.resolve(they, 0)
    assert got is not None and got[0].text == "They" and got[0].sector == first_sector(actors, first)
    actors.after(weather)  # a sentence whose subject is no party ends the chain
    assert actors.resolve(they, 0) is None


def first_sector(actors: ArticleActors, sentence: Sentence) -> str | None:
    got = actors.resolve(sentence, 0)
    return got[0].sector if got else None


def test_a_title_of_several_words_says_more_than_its_last_word(resources: CoderResources) -> None:
    def subject(words: list[str], tags: list[str]) -> str | None:
        # The attorney general spoke .  /  The security forces fired .
        n = len(words)
        s = build_sentence(["The", *words, "spoke", "."], [n, *([n] * (n - 1)), n + 1, n + 1, n + 1],
                           ["det", *(["compound"] * (len(words) - 1)), "nsubj", "ROOT", "punct"],
                           pos=["DET", *(["NOUN"] * len(words)), "VERB", "PUNCT"],
                           lemmas=["the", *words, "speak", "."], tags=["DT", *tags, "VBD", "."])
        actors = ArticleActors(resources.actors, PUB)
        actors.read(s)
        got = actors.resolve(s, n)
        return got[0].sector if got else None

    assert subject(["attorney", "general"], ["NN", "NN"]) == "JUD"  # no general of an army
    assert subject(["general"], ["NN"]) == "MIL"
    assert subject(["security", "forces"], ["NN", "NNS"]) == subject(["forces"], ["NNS"])  # a group keeps its head


def test_an_act_called_off_did_not_happen(resources: CoderResources) -> None:
    # Xi deferred his visit to Japan .  /  The talks between India and Japan were called off .
    deferred = build_sentence(["Xi", "deferred", "his", "visit", "to", "Japan", "."], [1, 1, 3, 1, 3, 4, 1],
                              ["nsubj", "ROOT", "poss", "dobj", "prep", "pobj", "punct"],
                              pos=["PROPN", "VERB", "PRON", "NOUN", "ADP", "PROPN", "PUNCT"],
                              lemmas=["Xi", "defer", "his", "visit", "to", "Japan", "."])
    made = build_sentence(["Xi", "made", "his", "visit", "to", "Japan", "."], [1, 1, 3, 1, 3, 4, 1],
                          ["nsubj", "ROOT", "poss", "dobj", "prep", "pobj", "punct"],
                          pos=["PROPN", "VERB", "PRON", "NOUN", "ADP", "PROPN", "PUNCT"],
                          lemmas=["Xi", "make", "his", "visit", "to", "Japan", "."])
    visits = [e for e in coded(resources, deferred).events if e.trigger == "visit"]
    assert visits and all(e.modality == "denied" for e in visits)
    made_visits = [e for e in coded(resources, made).events if e.trigger == "visit"]
    assert made_visits and all(e.modality == "asserted" for e in made_visits)
    called = build_sentence(["The", "talks", "between", "India", "and", "Japan", "were", "called", "off", "."],
                            [1, 7, 1, 2, 3, 3, 7, 7, 7, 7],
                            ["det", "nsubjpass", "prep", "pobj", "cc", "conj", "auxpass", "ROOT", "prt", "punct"],
                            pos=["DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "AUX", "VERB", "ADP", "PUNCT"],
                            lemmas=["the", "talk", "between", "India", "and", "Japan", "be", "call", "off", "."])
    talks = [e for e in coded(resources, called).events if e.trigger == "talks"]
    assert talks and all(e.modality == "denied" for e in talks)


def test_an_act_avoided_declined_or_refused_is_not_done(resources: CoderResources) -> None:
    def governed(verb: str, lemma: str, mark: str, act: str, act_lemma: str) -> Sentence:
        # Germany <verb> to <act> Spain .   ("declined to criticise")
        return build_sentence(["Germany", verb, mark, act, "Spain", "."], [1, 1, 3, 1, 3, 1],
                              ["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"],
                              pos=["PROPN", "VERB", "PART", "VERB", "PROPN", "PUNCT"],
                              tags=["NNP", "VBD", "TO", "VB", "NNP", "."],
                              lemmas=["Germany", lemma, mark, act_lemma, "Spain", "."],
                              ents=[(0, 1, "GPE"), (4, 5, "GPE")])

    for sentence in (governed("declined", "decline", "to", "criticise", "criticise"),
                     governed("refused", "refuse", "to", "criticise", "criticise"),
                     governed("failed", "fail", "to", "criticise", "criticise"),
                     # Germany avoided criticising Spain .
                     build_sentence(["Germany", "avoided", "criticising", "Spain", "."], [1, 1, 1, 2, 1],
                                    ["nsubj", "ROOT", "xcomp", "dobj", "punct"],
                                    pos=["PROPN", "VERB", "VERB", "PROPN", "PUNCT"],
                                    tags=["NNP", "VBD", "VBG", "NNP", "."],
                                    lemmas=["Germany", "avoid", "criticise", "Spain", "."],
                                    ents=[(0, 1, "GPE"), (3, 4, "GPE")])):
        accusations = [e for e in coded(resources, sentence).events if e.event_type == "ACCUSE"]
        assert accusations and all(e.modality == "denied" for e in accusations), sentence.text
    # one who chose to criticise did criticise
    chose = governed("chose", "choose", "to", "criticise", "criticise")
    accusations = [e for e in coded(resources, chose).events if e.event_type == "ACCUSE"]
    assert accusations and all(e.modality == "asserted" for e in accusations)


def test_a_state_that_protests_complains_officially(resources: CoderResources) -> None:
    def protested(subject: list[str], pos: list[str], lemmas: list[str]) -> Sentence:
        # <subject> protested to Japan .
        n = len(subject)
        return build_sentence([*subject, "protested", "to", "Japan", "."], [n] * (n - 1) + [n, n, n, n + 1, n],
                              ["compound"] * (n - 1) + ["nsubj", "ROOT", "prep", "pobj", "punct"],
                              pos=[*pos, "VERB", "ADP", "PROPN", "PUNCT"],
                              lemmas=[*lemmas, "protest", "to", "Japan", "."],
                              ents=[(n + 2, n + 3, "GPE")] + ([(0, 1, "GPE")] if subject == ["China"] else []))

    state = coded(resources, protested(["China"], ["PROPN"], ["China"])).events
    assert [(e.event_type, e.cameo, e.actor.country) for e in state] == [("ACCUSE", "114", "CHN")]
    # students demonstrate, whoever they protest to
    students = coded(resources, protested(["students"], ["NOUN"], ["student"])).events
    assert students and all(e.event_type == "PROTEST" for e in students)


def test_an_act_aimed_at_both_parties_is_aimed_at_each(resources: CoderResources) -> None:
    # China met India .  /  Japan urged both governments .
    met = build_sentence(["China", "met", "India", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                         pos=["PROPN", "VERB", "PROPN", "PUNCT"], ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    urged = build_sentence(["Japan", "urged", "both", "governments", "."], [1, 1, 3, 1, 1],
                           ["nsubj", "ROOT", "det", "dobj", "punct"], pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                           lemmas=["Japan", "urge", "both", "government", "."], ents=[(0, 1, "GPE")], index=1,
                           offset=len(met.text) + 1)
    requests = [e for e in coded(resources, met, urged).events if e.event_type == "REQUEST"]
    assert sorted((e.actor.country, e.recipient.country if e.recipient else None) for e in requests) == [
        ("JPN", "CHN"), ("JPN", "IND")]
    assert all(e.recipient is not None and e.recipient.text == "governments" for e in requests)  # the words told


def test_a_meeting_with_ones_own_people_is_within_one_body(resources: CoderResources) -> None:
    # Xi met his cabinet colleagues .  /  Xi met his Japanese colleague .
    own = build_sentence(["Xi", "met", "his", "cabinet", "colleagues", "."], [1, 1, 4, 4, 1, 1],
                         ["nsubj", "ROOT", "poss", "compound", "dobj", "punct"],
                         pos=["PROPN", "VERB", "PRON", "NOUN", "NOUN", "PUNCT"],
                         lemmas=["Xi", "meet", "his", "cabinet", "colleague", "."])
    foreign = build_sentence(["Xi", "met", "his", "Japanese", "colleague", "."], [1, 1, 4, 4, 1, 1],
                             ["nsubj", "ROOT", "poss", "amod", "dobj", "punct"],
                             pos=["PROPN", "VERB", "PRON", "ADJ", "NOUN", "PUNCT"],
                             lemmas=["Xi", "meet", "his", "Japanese", "colleague", "."])
    meetings = [e for e in coded(resources, own).events if e.event_type == "CONSULT"]
    assert meetings and all(e.recipient is None for e in meetings)
    abroad = [e for e in coded(resources, foreign).events if e.event_type == "CONSULT"]
    assert any(e.recipient is not None and e.recipient.country == "JPN" for e in abroad)


def test_he_follows_a_person_with_a_role_the_knowledge_base_does_not_list(resources: CoderResources) -> None:
    # Minister Ram Naik praised Japan .  He criticised Pakistan .
    first = build_sentence(["Minister", "Ram", "Naik", "praised", "Japan", "."], [2, 2, 3, 3, 3, 3],
                           ["compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
                           pos=["PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
                           lemmas=["Minister", "Ram", "Naik", "praise", "Japan", "."], ents=[(1, 3, "PERSON")])
    second = build_sentence(["He", "criticised", "Pakistan", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                            pos=["PRON", "VERB", "PROPN", "PUNCT"], lemmas=["he", "criticise", "Pakistan", "."],
                            index=1, offset=40)
    events = coded(resources, first, second).events
    said = [e for e in events if e.trigger == "criticised"]
    assert said and said[0].actor.name == "Ram Naik" and said[0].actor.sector == "GOV"


def test_a_longer_title_outranks_the_word_it_ends_with(resources: CoderResources) -> None:
    # The vice chancellor praised Japan .  (a university's head, not a finance minister)
    s = build_sentence(["The", "vice", "chancellor", "praised", "Japan", "."], [2, 2, 3, 3, 3, 3],
                       ["det", "compound", "nsubj", "ROOT", "dobj", "punct"],
                       pos=["DET", "NOUN", "NOUN", "VERB", "PROPN", "PUNCT"],
                       lemmas=["the", "vice", "chancellor", "praise", "Japan", "."])
    praise = [e for e in coded(resources, s).events if e.trigger == "praised"]
    assert praise and praise[0].actor.sector == "EDU"


def test_a_surname_is_the_person_named_with_a_title_in_a_sentence_that_held_no_event(
        resources: CoderResources) -> None:
    # Liberal Democrat spokesman Vince Cable spoke .  Mr Cable criticised Labour .
    # (the small model labels "Vince Cable" ORG; "spoke" is no event, so no event resolved him)
    first = build_sentence(["Liberal", "Democrat", "spokesman", "Vince", "Cable", "spoke", "."],
                           [4, 4, 4, 4, 5, 5, 5], ["compound", "compound", "compound", "compound", "nsubj", "ROOT",
                                                   "punct"],
                           pos=["PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
                           lemmas=["Liberal", "Democrat", "spokesman", "Vince", "Cable", "speak", "."],
                           ents=[(0, 2, "NORP"), (3, 5, "ORG")])
    second = build_sentence(["Mr", "Cable", "criticised", "Labour", "."], [1, 2, 2, 2, 2],
                            ["compound", "nsubj", "ROOT", "dobj", "punct"],
                            pos=["PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
                            lemmas=["Mr", "Cable", "criticise", "Labour", "."], index=1, offset=60,
                            ents=[(1, 2, "PERSON"), (3, 4, "ORG")])
    events = coded(resources, first, second).events
    said = [e for e in events if e.trigger == "criticised"]
    assert said and said[0].actor.name == "Vince Cable"
    assert (said[0].actor.country, said[0].actor.sector, said[0].actor.kind) == ("GBR", "PTY", "person")


def test_indian_titles_of_faith_and_office(resources: CoderResources) -> None:
    # The swamiji urged the CM to act .  (a Hindu teacher, REL; "CM" is a chief minister, GOV)
    s = build_sentence(["The", "swamiji", "urged", "the", "CM", "to", "act", "."], [1, 2, 2, 4, 2, 6, 2, 2],
                       ["det", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "PROPN", "PART", "VERB", "PUNCT"],
                       lemmas=["the", "swamiji", "urge", "the", "CM", "to", "act", "."])
    urged = [e for e in coded(resources, s).events if e.trigger == "urged"]
    assert urged and urged[0].actor.sector == "REL"
    assert urged[0].recipient is not None and urged[0].recipient.sector == "GOV"


def _xi_praised() -> Sentence:
    return build_sentence(["Xi", "praised", "Trump", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                          pos=["PROPN", "VERB", "PROPN", "PUNCT"], lemmas=["Xi", "praise", "Trump", "."])


def _urged(index: int, offset: int, pronoun: str = "He") -> Sentence:
    """PRONOUN urged the BJP to talk ."""
    return build_sentence([pronoun, "urged", "the", "BJP", "to", "talk", "."], [1, 1, 3, 1, 5, 1, 1],
                          ["nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "punct"],
                          pos=["PRON", "VERB", "DET", "PROPN", "PART", "VERB", "PUNCT"],
                          lemmas=[pronoun.lower(), "urge", "the", "BJP", "to", "talk", "."], ents=[(3, 4, "ORG")],
                          index=index, offset=offset)


def test_a_candidate_whose_doer_names_no_one_is_shown_with_the_reason(resources: CoderResources) -> None:
    # He urged the BJP to talk .   (no one before "he"): no event, but --explain says why
    screened = make_options().with_(calibrate=False)
    alone = code_article(ParsedArticle(Article("t", "He urged the BJP to talk.", published=PUB), (_urged(0, 0),)),
                         resources, screened)
    assert alone.events == ()
    reasons = [r.reason for r in alone.rejected if r.event.trigger == "urged"]
    assert reasons and reasons[0].startswith("no doer: 'He'")
    # with Xi named before, "he" is Xi: an event, and no such reason
    xi = _xi_praised()
    text = "Xi praised Trump.\nHe urged the BJP to talk."
    second = _urged(1, len(xi.text) + 1)
    both = code_article(ParsedArticle(Article("t", text, published=PUB), (xi, second)), resources, screened)
    assert any(e.trigger == "urged" and e.actor.name == "Xi Jinping" for e in both.events)
    assert not any(r.reason.startswith("no doer") for r in both.rejected)


def test_he_is_a_person_told_by_a_title_when_no_named_person_is_in_play(resources: CoderResources) -> None:
    # The seer appealed to the VHP .  He urged the BJP to talk .   -> "he" is the seer (REL)
    first = build_sentence(["The", "seer", "appealed", "to", "the", "VHP", "."], [1, 2, 2, 2, 5, 3, 2],
                           ["det", "nsubj", "ROOT", "prep", "det", "pobj", "punct"],
                           pos=["DET", "NOUN", "VERB", "ADP", "DET", "PROPN", "PUNCT"], tags=["DT", "NN", "VBD", "IN",
                                                                                           "DT", "NNP", "."],
                           lemmas=["the", "seer", "appeal", "to", "the", "VHP", "."], ents=[(5, 6, "ORG")])
    events = coded(resources, first, _urged(1, len(first.text) + 1)).events
    urged = [e for e in events if e.trigger == "urged"]
    assert urged and urged[0].actor.sector == "REL"
    # with a named person in play, a title ("the former chief minister") is that person again, and "he" stays
    # the named one; the title's "former" makes it an ELI
    xi = _xi_praised()
    words = ["The", "former", "chief", "minister", "accused", "the", "VHP", "."]
    titled = build_sentence(words, [3, 3, 3, 4, 4, 6, 4, 4],
                            ["det", "amod", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                            pos=["DET", "ADJ", "NOUN", "NOUN", "VERB", "DET", "PROPN", "PUNCT"],
                            tags=["DT", "JJ", "NN", "NN", "VBD", "DT", "NNP", "."],
                            lemmas=["the", "former", "chief", "minister", "accuse", "the", "VHP", "."],
                            ents=[(6, 7, "ORG")], index=1, offset=len(xi.text) + 1)
    third = _urged(2, len(xi.text) + len(titled.text) + 2)
    events = coded(resources, xi, titled, third).events
    accused = [e for e in events if e.trigger == "accused"]
    assert accused and accused[0].actor.sector == "ELI"
    assert [e.actor.name for e in events if e.trigger == "urged"] == ["Xi Jinping"]


def test_i_is_the_speaker_of_the_quote_it_runs_on_in(resources: CoderResources) -> None:
    # Xi said : we praised Trump .  I urged the BJP to talk .   (quotation marks stripped, as archives do)
    said = build_sentence(["Xi", "said", ":", "we", "praised", "Trump", "."], [1, 1, 1, 4, 1, 4, 1],
                          ["nsubj", "ROOT", "punct", "nsubj", "ccomp", "dobj", "punct"],
                          pos=["PROPN", "VERB", "PUNCT", "PRON", "VERB", "PROPN", "PUNCT"],
                          lemmas=["Xi", "say", ":", "we", "praise", "Trump", "."])
    text = "Xi said: we praised Trump.\nI urged the BJP to talk."
    screened = make_options().with_(calibrate=False)
    coded = code_article(ParsedArticle(Article("t", text, published=PUB), (said, _urged(1, 27, "I"))), resources,
                         screened)
    doers = {e.trigger: (e.actor.name, e.actor.text) for e in coded.events}
    assert doers["praised"] == ("Xi Jinping", "we")
    assert doers["urged"] == ("Xi Jinping", "I")
    # with no one speaking in it or just before it, "I" stands for no one
    xi = _xi_praised()
    alone = code_article(ParsedArticle(Article("t", "Xi praised Trump.\nI urged the BJP to talk.", published=PUB),
                                       (xi, _urged(1, len(xi.text) + 1, "I"))), resources, screened)
    assert not any(e.trigger == "urged" for e in alone.events)
    assert any(r.reason.startswith("no doer: 'I'") for r in alone.rejected)


def test_a_party_meeting_its_own_party_leaders_is_within_one_body(resources: CoderResources) -> None:
    # the BJP met party leaders .   /   the BJP met Congress party leaders .
    def met(words: list[str]) -> list[str | None]:
        n = len(words)
        s = build_sentence(["the", "BJP", "met", *words, "leaders", "."], [1, 2, 2, *[3 + n] * n, 2, 2],
                           ["det", "nsubj", "ROOT", *["compound"] * n, "dobj", "punct"],
                           pos=["DET", "PROPN", "VERB", *["PROPN" if w[0].isupper() else "NOUN" for w in words],
                                "NOUN", "PUNCT"],
                           lemmas=["the", "BJP", "meet", *[w.lower() for w in words], "leader", "."])
        return [e.recipient.text if e.recipient else None
                for e in coded(resources, s).events if e.event_type == "CONSULT"]

    assert all(target is None for target in met(["party"]))
    assert "Congress party leaders" in met(["Congress", "party"])
