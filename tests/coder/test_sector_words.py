"""Bodies a rights or religious or labour sector word names ("the Ombudsman's office", "the Episcopal Conference",
"the largest labour federation") are parties of that sector, which the screen lets act (hand-built parses, no
model)."""

from __future__ import annotations

from dyadwatch.coder.actorwords import named_by_kind
from dyadwatch.coder.events import CoderResources
from dyadwatch.coder.screen import source_problem
from dyadwatch.parse import build_sentence

from .candidates import candidate_events


def test_an_ombudsman_s_office_is_a_rights_body(resources: CoderResources) -> None:
    # The Ombudsman 's office accused the police of torture .
    s = build_sentence(["The", "Ombudsman", "'s", "office", "accused", "the", "police", "of", "torture", "."],
                       [1, 3, 1, 4, 4, 6, 4, 6, 7, 4],
                       ["det", "poss", "case", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                       pos=["DET", "PROPN", "PART", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
                       lemmas=["the", "Ombudsman", "'s", "office", "accuse", "the", "police", "of", "torture", "."],
                       tags=["DT", "NNP", "POS", "NN", "VBD", "DT", "NNS", "IN", "NN", "."],
                       ents=[(1, 2, "PERSON")])
    events = candidate_events(resources, s, "accused")
    assert [e.actor.sector for e in events] == ["HRI"]
    assert source_problem(events[0]) is None


def test_an_episcopal_conference_is_a_religious_body(resources: CoderResources) -> None:
    # The Episcopal Conference urged the government to resume talks .
    s = build_sentence(["The", "Episcopal", "Conference", "urged", "the", "government", "to", "resume", "talks", "."],
                       [2, 2, 3, 3, 5, 3, 7, 3, 7, 3],
                       ["det", "compound", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "dobj", "punct"],
                       pos=["DET", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PART", "VERB", "NOUN", "PUNCT"],
                       lemmas=["the", "Episcopal", "Conference", "urge", "the", "government", "to", "resume", "talk",
                               "."],
                       tags=["DT", "NNP", "NNP", "VBD", "DT", "NN", "TO", "VB", "NNS", "."],
                       ents=[(0, 3, "ORG")])
    events = [e for e in candidate_events(resources, s, "urged") if e.event_type == "REQUEST"]
    assert events and all(e.actor.sector == "REL" for e in events)
    # a religious body that presses the government acts politically
    assert all(source_problem(e) is None for e in events)


def test_an_inspector_general_of_police_heads_the_police(resources: CoderResources) -> None:
    # Inspector General of Police Wambura warned activists .
    s = build_sentence(["Inspector", "General", "of", "Police", "Wambura", "warned", "activists", "."],
                       [1, 4, 1, 2, 5, 5, 5, 5],
                       ["compound", "compound", "prep", "pobj", "nsubj", "ROOT", "dobj", "punct"],
                       pos=["PROPN", "PROPN", "ADP", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"],
                       lemmas=["Inspector", "General", "of", "Police", "Wambura", "warn", "activist", "."],
                       tags=["NNP", "NNP", "IN", "NNP", "NNP", "VBD", "NNS", "."],
                       ents=[(4, 5, "PERSON")])
    events = candidate_events(resources, s, "warned")
    assert events and {e.actor.sector for e in events} == {"COP"}  # an inspector general alone is GOV


def test_truckers_carabineros_and_an_anti_corruption_bureau_have_their_sectors(resources: CoderResources) -> None:
    # Truckers accused the government .   Carabineros detained the drivers .
    # The Anti - Corruption Bureau arrested the minister .
    truckers = build_sentence(["Truckers", "accused", "the", "government", "."], [1, 1, 3, 1, 1],
                              ["nsubj", "ROOT", "det", "dobj", "punct"], pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                              lemmas=["trucker", "accuse", "the", "government", "."],
                              tags=["NNS", "VBD", "DT", "NN", "."])
    carabineros = build_sentence(["Carabineros", "detained", "the", "drivers", "."], [1, 1, 3, 1, 1],
                                 ["nsubj", "ROOT", "det", "dobj", "punct"],
                                 pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                                 lemmas=["Carabineros", "detain", "the", "driver", "."],
                                 tags=["NNPS", "VBD", "DT", "NNS", "."])
    bureau = build_sentence(["The", "Anti", "-", "Corruption", "Bureau", "arrested", "the", "minister", "."],
                            [4, 3, 3, 4, 5, 5, 7, 5, 5],
                            ["det", "amod", "punct", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                            pos=["DET", "ADJ", "PUNCT", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                            lemmas=["the", "anti", "-", "Corruption", "Bureau", "arrest", "the", "minister", "."],
                            tags=["DT", "JJ", "HYPH", "NNP", "NNP", "VBD", "DT", "NN", "."], ents=[(1, 5, "ORG")])
    assert [e.actor.sector for e in candidate_events(resources, truckers, "accused")] == ["LAB"]
    assert [e.actor.sector for e in candidate_events(resources, carabineros, "detained")] == ["COP"]
    assert [e.actor.sector for e in candidate_events(resources, bureau, "arrested")] == ["COP"]


def test_undersecretaries_and_state_secretaries_are_of_government(resources: CoderResources) -> None:
    for words in (["undersecretary"], ["under", "secretary"], ["state", "secretary"], ["permanent", "secretary"]):
        assert resources.actors.sector_of(words) == "GOV", words
    assert resources.actors.sector_of(["secretary"]) is None  # a firm's or a club's secretary is of no government


def test_a_crowd_of_relatives_or_supporters_protests_as_civilians(resources: CoderResources) -> None:
    def rallied(noun: str) -> list[tuple[str | None, str]]:
        # Hundreds of <noun> rallied against the government .
        s = build_sentence(["Hundreds", "of", noun, "rallied", "against", "the", "government", "."],
                           [3, 0, 1, 3, 3, 6, 4, 3],
                           ["nsubj", "prep", "pobj", "ROOT", "prep", "det", "pobj", "punct"],
                           pos=["NOUN", "ADP", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                           lemmas=["hundred", "of", noun.removesuffix("s"), "rally", "against", "the", "government",
                                   "."],
                           tags=["NNS", "IN", "NNS", "VBD", "IN", "DT", "NN", "."])
        return [(e.actor.sector, e.event_type) for e in candidate_events(resources, s, "rallied")]

    assert rallied("relatives") == [("CVL", "PROTEST")]
    assert rallied("supporters") == [("CVL", "PROTEST")]
    assert rallied("drivers") == [("LAB", "PROTEST")]


def test_a_body_named_after_the_noun_of_its_kind_is_a_party_of_that_sector(resources: CoderResources) -> None:
    # Rights group Suaram urged the government .   The judges ' association Iustitia urged the president .
    suaram = build_sentence(["Rights", "group", "Suaram", "urged", "the", "government", "."], [1, 2, 3, 3, 5, 3, 3],
                            ["compound", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                            pos=["NOUN", "NOUN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                            lemmas=["right", "group", "Suaram", "urge", "the", "government", "."],
                            tags=["NNS", "NN", "NNP", "VBD", "DT", "NN", "."])
    events = candidate_events(resources, suaram, "urged")
    assert [e.actor.sector for e in events] == ["HRI"] and source_problem(events[0]) is None
    iustitia = build_sentence(["The", "judges", "'", "association", "Iustitia", "urged", "the", "president", "."],
                              [1, 3, 1, 4, 5, 5, 7, 5, 5],
                              ["det", "poss", "case", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                              pos=["DET", "NOUN", "PART", "NOUN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                              lemmas=["the", "judge", "'", "association", "Iustitia", "urge", "the", "president", "."],
                              tags=["DT", "NNS", "POS", "NN", "NNP", "VBD", "DT", "NN", "."])
    events = candidate_events(resources, iustitia, "urged")
    assert [e.actor.sector for e in events] == ["JUD"] and source_problem(events[0]) is None


def test_a_name_after_a_title_is_not_a_body_named_by_its_kind() -> None:
    # Bloc leader Kumar   ("leader" is a title, not a kind of body)
    s = build_sentence(["Bloc", "leader", "Kumar"], [2, 2, 2], ["compound", "compound", "ROOT"],
                       pos=["PROPN", "NOUN", "PROPN"], lemmas=["Bloc", "leader", "Kumar"])
    assert not named_by_kind(list(s.tokens), 2)


def test_a_body_named_by_its_kind_that_the_parser_calls_a_person_is_a_group(resources: CoderResources) -> None:
    # Civil society group Repubblika accused the minister .   ("Repubblika" tagged PERSON)
    s = build_sentence(["Civil", "society", "group", "Repubblika", "accused", "the", "minister", "."],
                       [1, 2, 3, 4, 4, 6, 4, 4],
                       ["amod", "compound", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                       pos=["ADJ", "NOUN", "NOUN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["civil", "society", "group", "Repubblika", "accuse", "the", "minister", "."],
                       tags=["JJ", "NN", "NN", "NNP", "VBD", "DT", "NN", "."], ents=[(3, 4, "PERSON")])
    events = candidate_events(resources, s, "accused")
    assert [(e.actor.kind, e.actor.sector, e.actor.name) for e in events] == [("group", "NGO", "Repubblika")]


def test_organisers_and_county_assembly_members_are_parties(resources: CoderResources) -> None:
    for word, lemma, tag, sector in (("MCAs", "MCAs", "NNPS", "LEG"), ("organisers", "organiser", "NNS", "CVL")):
        # The governor accused the WORD of incitement .
        s = build_sentence(["The", "governor", "accused", "the", word, "of", "incitement", "."],
                           [1, 2, 2, 4, 2, 2, 5, 2],
                           ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                           pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
                           lemmas=["the", "governor", "accuse", "the", lemma, "of", "incitement", "."],
                           tags=["DT", "NN", "VBD", "DT", tag, "IN", "NN", "."])
        events = candidate_events(resources, s, "accused")
        assert [e.recipient.sector if e.recipient else None for e in events] == [sector], word


def test_a_minister_is_of_a_government_whatever_portfolio_the_words_before_name(resources: CoderResources) -> None:
    for words in (["union", "health", "minister"], ["union", "parliamentary", "affairs", "minister"],
                  ["legislature", "affairs", "minister"], ["union", "labour", "ministry"]):
        assert resources.actors.sector_of(words) == "GOV", words
    assert resources.actors.sector_of(["union", "leader"]) == "LAB"  # a trade union's, as before
    assert resources.actors.sector_of(["defence", "minister"]) == "MIL"  # a portfolio with a sector of its own
    assert resources.actors.sector_of(["rebel", "minister"]) == "REB"  # out of the government


def test_a_district_magistrate_governs_a_district_and_a_magistrate_judges(resources: CoderResources) -> None:
    for words in (["district", "magistrate"], ["faizabad", "district", "magistrate"], ["executive", "magistrate"]):
        assert resources.actors.sector_of(words) == "GOV", words
    assert resources.actors.sector_of(["magistrate"]) == "JUD"


def test_a_province_is_a_body_of_government(resources: CoderResources) -> None:
    # "demanded that the province guarantee ...", "urged the province to work with the trustees": a province acted on
    # is its government (in a story about one country, that country's), as a municipality is
    assert resources.actors.sector_of(["province"]) == resources.actors.sector_of(["provinces"]) == "GOV"
    assert resources.actors.sector_of(["municipality"]) == "GOV"


def test_landowners_and_clan_leaders_are_civilians(resources: CoderResources) -> None:
    # Landowners accused the government . / The clan leaders accused the government .
    owners = build_sentence(["Landowners", "accused", "the", "government", "."], [1, 1, 3, 1, 1],
                            ["nsubj", "ROOT", "det", "dobj", "punct"], pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                            lemmas=["landowner", "accuse", "the", "government", "."],
                            tags=["NNS", "VBD", "DT", "NN", "."])
    assert [e.actor.sector for e in candidate_events(resources, owners, "accused")] == ["CVL"]
    clan = build_sentence(["The", "clan", "leaders", "accused", "the", "government", "."], [2, 2, 3, 3, 5, 3, 3],
                          ["det", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                          pos=["DET", "NOUN", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                          lemmas=["the", "clan", "leader", "accuse", "the", "government", "."],
                          tags=["DT", "NN", "NNS", "VBD", "DT", "NN", "."])
    assert [e.actor.sector for e in candidate_events(resources, clan, "accused")] == ["CVL"]  # not a government's
