"""A stance on an act told before is aimed at whoever did it (``dyadwatch.coder.actowners``), a participle of
saying after an act that names its object gives reasons, not a target, and "the TITLE" repeated is the one told by
that title before (hand-built parses, no model)."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.actowners import owner_of_told_act, same_side
from dyadwatch.coder.arguments import nearest_first
from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.parse import build_sentence
from dyadwatch.records import Actor, Article, ParsedArticle, Sentence
from tests.coder.candidates import CANDIDATES

MACRON = Actor("Macron", "Emmanuel Macron", "FRA", "GOV", "person")
HEZBOLLAH = Actor("Hezbollah", "Hezbollah", "LBN", "REB", "organisation")
URGED = frozenset({"macron", "urge", "hezbollah", "to", "disarm", "."})


def rejected(det: str | None = "the", noun: str = "call", owner: str | None = None,
             about: str | None = None, index: int = 3, offset: int = 0) -> Sentence:
    """"Hezbollah rejected [DET|OWNER 's] NOUN [for ABOUT] ." as sentence ``index``, from character ``offset``."""
    rows: list[tuple[str, int | str, str, str, str]] = [("Hezbollah", 1, "nsubj", "PROPN", "NNP"),
                                                        ("rejected", 1, "ROOT", "VERB", "VBD")]
    if det is not None:
        rows.append((det, "noun", "det", "DET", "DT"))
    if owner:
        rows += [(owner, "noun", "poss", "PROPN", "NNP"), ("'s", len(rows), "case", "PART", "POS")]
    noun_at = len(rows)
    rows.append((noun, 1, "dobj", "NOUN", "NN"))
    if about:
        rows += [("for", noun_at, "prep", "ADP", "IN"), (about, noun_at + 1, "pobj", "NOUN", "NN")]
    rows.append((".", 1, "punct", "PUNCT", "."))
    words = [w for w, _, _, _, _ in rows]
    heads = [noun_at if h == "noun" else int(h) for _, h, _, _, _ in rows]
    lemmas = [w.lower() if w != "rejected" else "reject" for w in words]
    return build_sentence(words, heads, [d for _, _, d, _, _ in rows], pos=[p for _, _, _, p, _ in rows],
                          lemmas=lemmas, ents=[(0, 1, "ORG")], index=index, offset=offset,
                          tags=[t for _, _, _, _, t in rows])


def test_a_stance_on_a_call_told_before_is_aimed_at_the_caller() -> None:
    got = owner_of_told_act(rejected(), 1, "REJECT", [HEZBOLLAH], [(1, "REQUEST", MACRON, URGED)])
    assert got is not None
    assert (got.text, got.country, got.sector, got.country_source) == ("call", "FRA", "GOV", "act")


def test_the_latest_act_of_the_kind_named_is_the_one() -> None:
    other = Actor("Israel", "Israel", "ISR", "GOV", "country")
    acts = [(0, "REQUEST", other, URGED), (1, "REQUEST", MACRON, URGED), (2, "ASSAULT", other, URGED)]
    got = owner_of_told_act(rejected(), 1, "REJECT", [HEZBOLLAH], acts)
    assert got is not None and got.country == "FRA"
    got = owner_of_told_act(rejected(noun="attack"), 1, "REJECT", [HEZBOLLAH], acts)
    assert got is not None and got.country == "ISR"
    got = owner_of_told_act(rejected(noun="incident"), 1, "REJECT", [HEZBOLLAH], acts)  # a clash told before
    assert got is not None and got.country == "ISR"
    assert owner_of_told_act(rejected(noun="incident"), 1, "REJECT", [HEZBOLLAH], acts[:2]) is None


def test_a_raid_is_an_attack_or_a_police_raid() -> None:
    police = Actor("Police", None, "UGA", "COP", "group")
    raided = [(0, "COERCE", police, frozenset({"police", "raid", "the", "office", "."}))]
    got = owner_of_told_act(rejected(noun="raid"), 1, "ACCUSE", [HEZBOLLAH], raided)
    assert got is not None and (got.country, got.sector) == ("UGA", "COP")
    # a ban is no raid
    assert owner_of_told_act(rejected(noun="ban"), 1, "ACCUSE", [HEZBOLLAH], [(0, "ASSAULT", police, URGED)]) is None


def test_a_challenge_is_a_dare_or_a_case_brought() -> None:
    # "Jara challenged Kast to a debate. ... Kast turned the challenge down"; "... rejected the challenge" to a law
    jara = Actor("Jara", "Jeannette Jara", "CHL", "PTY", "person")
    dared = [(0, "REQUEST", jara, frozenset({"jara", "challenge", "kast", "to", "a", "debate", "."}))]
    got = owner_of_told_act(rejected(noun="challenge"), 1, "REJECT", [HEZBOLLAH], dared)
    assert got is not None and got.country == "CHL"
    sued = [(0, "ACCUSE", jara, frozenset({"jara", "challenge", "the", "law", "in", "court", "."}))]
    assert owner_of_told_act(rejected(noun="challenge"), 1, "REJECT", [HEZBOLLAH], sued) is not None
    fought = [(0, "ASSAULT", jara, URGED)]
    assert owner_of_told_act(rejected(noun="challenge"), 1, "REJECT", [HEZBOLLAH], fought) is None


def test_no_owner_is_found_where_the_act_is_not_told_before_or_is_ones_own() -> None:
    told = [(1, "REQUEST", MACRON, URGED)]
    assert owner_of_told_act(rejected(det="a"), 1, "REJECT", [HEZBOLLAH], told) is None  # "a call": a new one
    assert owner_of_told_act(rejected(owner="France"), 1, "REJECT", [HEZBOLLAH], told) is None  # owned by its words
    assert owner_of_told_act(rejected(), 1, "REJECT", [HEZBOLLAH], [(3, "REQUEST", MACRON, URGED)]) is None
    assert owner_of_told_act(rejected(), 1, "REJECT", [HEZBOLLAH], [(1, "ACCUSE", MACRON, URGED)]) is None
    assert owner_of_told_act(rejected(), 1, "REJECT", [MACRON], told) is None  # one's own call
    assert owner_of_told_act(rejected(index=20), 1, "REJECT", [HEZBOLLAH], told) is None  # too far back
    assert owner_of_told_act(rejected(), 1, "REQUEST", [HEZBOLLAH], told) is None  # not a stance


def test_a_call_told_with_what_it_was_for_must_be_that_call() -> None:
    told = [(1, "REQUEST", MACRON, URGED)]
    assert owner_of_told_act(rejected(about="talks"), 1, "REJECT", [HEZBOLLAH], told) is None
    got = owner_of_told_act(rejected(about="talks"), 1, "REJECT", [HEZBOLLAH],
                            [(1, "REQUEST", MACRON, URGED | {"talks"})])
    assert got is not None and got.country == "FRA"


def test_the_coder_aims_a_rejection_at_the_call_of_an_earlier_sentence(resources: CoderResources) -> None:
    # Macron urged Hezbollah to disarm .  /  Hezbollah rejected the call .
    first = build_sentence(["Macron", "urged", "Hezbollah", "to", "disarm", "."], [1, 1, 1, 4, 1, 1],
                           ["nsubj", "ROOT", "dobj", "aux", "xcomp", "punct"],
                           pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "PUNCT"],
                           lemmas=["Macron", "urge", "Hezbollah", "to", "disarm", "."],
                           ents=[(0, 1, "PERSON"), (2, 3, "ORG")], tags=["NNP", "VBD", "NNP", "TO", "VB", "."])
    second = rejected(index=1, offset=first.end + 1)
    text = f"{first.text} {second.text}"
    parsed = ParsedArticle(Article("t", text, published=date(2026, 6, 11)), (first, second))
    events = [e for e in code_article(parsed, resources, CANDIDATES).events if e.trigger == "rejected"]
    assert [(e.event_type, e.actor.country, e.recipient.country if e.recipient else None) for e in events] == [
        ("REJECT", "LBN", "FRA")]


def test_a_participle_of_saying_after_a_named_object_is_not_searched() -> None:
    # The minister rejected the request , telling reporters that Glas was a criminal .
    s = build_sentence(["The", "minister", "rejected", "the", "request", ",", "telling", "reporters", "that", "Glas",
                        "was", "a", "criminal", "."], [1, 2, 2, 4, 2, 2, 2, 6, 10, 10, 6, 12, 10, 2],
                       ["det", "nsubj", "ROOT", "det", "dobj", "punct", "advcl", "dobj", "mark", "nsubj", "ccomp",
                        "det", "attr", "punct"],
                       pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "NOUN", "SCONJ", "PROPN", "AUX",
                            "DET", "NOUN", "PUNCT"],
                       lemmas=["the", "minister", "reject", "the", "request", ",", "tell", "reporter", "that", "Glas",
                               "be", "a", "criminal", "."],
                       tags=["DT", "NN", "VBD", "DT", "NN", ",", "VBG", "NNS", "IN", "NNP", "VBD", "DT", "NN", "."])
    assert not {"reporters", "Glas"} & {t.text for t in nearest_first(s, [2], {0, 1}, frozenset())}
    # Japan protested , saying China broke the rules .   (no object: whom the saying names is aimed at)
    s = build_sentence(["Japan", "protested", ",", "saying", "China", "broke", "the", "rules", "."],
                       [1, 1, 1, 1, 5, 3, 7, 5, 1],
                       ["nsubj", "ROOT", "punct", "advcl", "nsubj", "ccomp", "det", "dobj", "punct"],
                       pos=["PROPN", "VERB", "PUNCT", "VERB", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                       lemmas=["Japan", "protest", ",", "say", "China", "break", "the", "rule", "."],
                       tags=["NNP", "VBD", ",", "VBG", "NNP", "VBD", "DT", "NNS", "."])
    assert "China" in {t.text for t in nearest_first(s, [1], {0}, frozenset())}


def test_the_title_repeated_names_the_one_told_by_it_before(resources: CoderResources) -> None:
    # A Chinese foreign ministry spokesperson accused Manila .  /  The spokesperson warned Manila .
    first = build_sentence(["A", "Chinese", "foreign", "ministry", "spokesperson", "accused", "Manila", "."],
                           [4, 4, 3, 4, 5, 5, 5, 5],
                           ["det", "amod", "amod", "compound", "nsubj", "ROOT", "dobj", "punct"],
                           pos=["DET", "ADJ", "ADJ", "NOUN", "NOUN", "VERB", "PROPN", "PUNCT"],
                           lemmas=["a", "chinese", "foreign", "ministry", "spokesperson", "accuse", "Manila", "."],
                           ents=[(1, 2, "NORP"), (6, 7, "GPE")],
                           tags=["DT", "JJ", "JJ", "NN", "NN", "VBD", "NNP", "."])
    second = build_sentence(["The", "spokesperson", "warned", "Manila", "."], [1, 2, 2, 2, 2],
                            ["det", "nsubj", "ROOT", "dobj", "punct"], pos=["DET", "NOUN", "VERB", "PROPN", "PUNCT"],
                            lemmas=["the", "spokesperson", "warn", "Manila", "."], ents=[(3, 4, "GPE")], index=1,
                            offset=first.end + 1, tags=["DT", "NN", "VBD", "NNP", "."])
    parsed = ParsedArticle(Article("t", f"{first.text} {second.text}", published=date(2026, 9, 15)), (first, second))
    events = code_article(parsed, resources, CANDIDATES).events
    assert [e.actor.country for e in events if e.trigger == "accused"] == ["CHN"]
    assert [(e.actor.country, e.recipient.country if e.recipient else None)
            for e in events if e.trigger == "warned"] == [("CHN", "PHL")]


def test_where_a_call_was_rejected_does_not_say_which_call() -> None:
    # Hezbollah rejected the call in a speech .   (the parse hangs "in" on "call")
    s = build_sentence(["Hezbollah", "rejected", "the", "call", "in", "a", "speech", "."], [1, 1, 3, 1, 3, 6, 4, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                       lemmas=["Hezbollah", "reject", "the", "call", "in", "a", "speech", "."], index=3)
    got = owner_of_told_act(s, 1, "REJECT", [HEZBOLLAH], [(1, "REQUEST", MACRON, URGED)])
    assert got is not None and got.country == "FRA"


def test_an_international_body_s_officer_owns_the_call_they_made() -> None:
    # Kallas (the EU's foreign policy chief: an IGO officer, no country) called on Georgia ... rejected the call
    kallas = Actor("Kaja Kallas", "Kaja Kallas", None, "IGO", "person")
    got = owner_of_told_act(rejected(), 1, "REJECT", [HEZBOLLAH], [(1, "REQUEST", kallas, URGED)])
    assert got is not None and (got.name, got.sector, got.country_source) == ("Kaja Kallas", "IGO", "act")
    nobody = Actor("protesters", None, None, "CVL", "group")  # an unplaced crowd still owns nothing here
    assert owner_of_told_act(rejected(), 1, "REJECT", [HEZBOLLAH], [(1, "REQUEST", nobody, URGED)]) is None


def test_an_invitation_is_a_meeting_or_a_request_told_before() -> None:
    invited = [(1, "REQUEST", MACRON, frozenset({"macron", "invite", "hezbollah", "to", "talk", "."}))]
    got = owner_of_told_act(rejected(noun="invitation"), 1, "REJECT", [HEZBOLLAH], invited)
    assert got is not None and (got.text, got.country) == ("invitation", "FRA")
    assert owner_of_told_act(rejected(noun="invitation"), 1, "REJECT", [HEZBOLLAH],
                             [(1, "ASSAULT", MACRON, URGED)]) is None


def test_accepting_an_invitation_told_before_is_an_agreement_with_the_inviter() -> None:
    # "Hezbollah rejected the invitation", read as the AGREE of "accepted the invitation": the same words aim it
    got = owner_of_told_act(rejected(noun="invitation"), 1, "AGREE", [HEZBOLLAH],
                            [(1, "CONSULT", MACRON, frozenset({"macron", "invite", "hezbollah", "to", "talk"}))])
    assert got is not None and (got.text, got.country) == ("invitation", "FRA")


def test_a_stance_on_a_seizure_or_a_shutdown_told_before_is_aimed_at_who_made_it() -> None:
    houthis = Actor("its fighters", "Houthis", "YEM", "REB", "group")
    acts = [(1, "COERCE", houthis, frozenset({"board", "seize", "ship"}))]
    for noun in ("seizure", "seizures", "detentions", "deportations", "shutdown"):
        got = owner_of_told_act(rejected(noun=noun), 1, "ACCUSE", [MACRON], acts)
        assert got is not None and got.country == "YEM", noun


def test_an_incursion_is_a_crossing_or_an_attack_and_a_shooting_an_attack() -> None:
    # "Two Russian military helicopters flew into Norwegian airspace ... Store called the incursion unacceptable"
    helicopters = Actor("Two Russian military helicopters", None, "RUS", "MIL", "group")
    flew = [(0, "MOBILIZE", helicopters, frozenset({"helicopter", "fly", "into", "airspace", "."}))]
    got = owner_of_told_act(rejected(noun="incursion"), 1, "ACCUSE", [HEZBOLLAH], flew)
    assert got is not None and (got.country, got.sector) == ("RUS", "MIL")
    soldiers = Actor("Venezuelan soldiers", None, "VEN", "MIL", "group")
    fired = [(0, "ASSAULT", soldiers, frozenset({"soldier", "fire", "on", "patrol", "."}))]
    got = owner_of_told_act(rejected(noun="shooting"), 1, "ACCUSE", [HEZBOLLAH], fired)
    assert got is not None and got.country == "VEN"
    # a shooting is no crossing
    assert owner_of_told_act(rejected(noun="shooting"), 1, "ACCUSE", [HEZBOLLAH], flew) is None


def test_two_parties_of_one_country_are_rivals_not_one_side() -> None:
    """"Mr Powell (Reform) has challenged Mr Whittle to a debate ... Plaid rejected the challenge": a stance of one
    party on another's act has an owner; a ministry's on its own government's act has none."""
    reform = Actor("Reform", "Reform UK", "GBR", "PTY", "organisation")
    plaid = Actor("Plaid", "Plaid Cymru", "GBR", "PTY", "organisation")
    assert not same_side(plaid, reform)
    assert same_side(plaid, Actor("Plaid Cymru", "Plaid Cymru", "GBR", "PTY", "organisation"))
    assert same_side(Actor("the ministry", None, "GBR", "GOV", "group"), Actor("the government", None, "GBR", "GOV",
                                                                               "country"))
