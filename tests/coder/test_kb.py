"""The actor knowledge base: every packaged row loads, the facts hang together, bad rows fail loudly."""

from __future__ import annotations

import itertools
import shutil
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from dyadwatch.coder.kb import KB_VERSION, OFFICES, SECTORS, ActorKnowledge, OfficeHolder, load_knowledge
from dyadwatch.errors import KnowledgeBaseError

KB_DIR = Path(__file__).resolve().parents[2] / "src" / "dyadwatch" / "data" / "kb"
TABLES = ("countries.tsv", "metonyms.tsv", "organisations.tsv", "office_holders.tsv", "sectors.tsv", "home_names.tsv",
          "women.tsv")
G20 = ("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA")
G20 += ("JPN", "KOR", "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA")
# Offices held by more than one person at once: the US Commerce Secretary and the US Trade Representative.
SEATS = {("USA", "trade_minister"): 2}
# Phrases deliberately listed for more than one country (keep empty unless there is a reason).
SHARED_COUNTRY_PHRASES: frozenset[str] = frozenset()


@pytest.fixture(scope="module")
def kb() -> ActorKnowledge:
    return load_knowledge()


def _key(phrase: str) -> str:
    phrase = phrase.strip()
    return phrase[4:] if phrase.lower().startswith("the ") else phrase


def _holders(kb: ActorKnowledge, name: str) -> list[OfficeHolder]:
    return [h for h in kb.office_holders if h.name == name]


def test_every_row_loads(kb: ActorKnowledge) -> None:
    def data_lines(name: str) -> int:
        lines = (KB_DIR / name).read_text(encoding="utf-8").splitlines()[2:]
        return sum(1 for line in lines if line.strip() and not line.startswith("#"))

    assert len(kb.countries) == data_lines("countries.tsv")
    assert len(kb.metonyms) == data_lines("metonyms.tsv")
    assert len(kb.organisations) == data_lines("organisations.tsv")
    assert len(kb.office_holders) == data_lines("office_holders.tsv")
    assert len(kb.sector_words) == data_lines("sectors.tsv")
    assert kb.version == KB_VERSION == "actors-v1"
    assert len(kb.office_holders) >= 300
    assert len(kb.metonyms) >= 60
    assert len(kb.organisations) >= 50


def test_packaged_and_explicit_directory_agree(kb: ActorKnowledge) -> None:
    assert load_knowledge(KB_DIR) == kb


def test_every_table_starts_with_the_version_comment() -> None:
    for name in TABLES:
        first = (KB_DIR / name).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# dyadwatch actor kb v1"), name


def test_iso3_codes_are_valid_and_unique(kb: ActorKnowledge) -> None:
    codes = [c.iso3 for c in kb.countries]
    assert len(codes) == len(set(codes))
    assert all(len(c) == 3 and c.isascii() and c.isupper() for c in codes)
    assert len(codes) >= 249


def test_countries_match_iso_3166() -> None:
    pycountry = pytest.importorskip("pycountry")
    expected = {c.alpha_3 for c in pycountry.countries}
    # and Kosovo, which ISO 3166 does not list: XKX, the user-assigned code the EU, the IMF and geonames use
    assert {c.iso3 for c in load_knowledge().countries} == expected | {"XKX"}


def test_every_reference_points_at_a_known_actor(kb: ActorKnowledge) -> None:
    countries = {c.iso3 for c in kb.countries}
    orgs = {o.code for o in kb.organisations}
    assert not countries & orgs
    assert {m.iso3 for m in kb.metonyms} <= countries
    assert {h.iso3 for h in kb.office_holders} <= countries | orgs
    assert {m.sector for m in kb.metonyms} | {o.sector for o in kb.organisations} <= SECTORS
    assert set(kb.sector_words.values()) <= SECTORS
    assert {h.office for h in kb.office_holders} <= OFFICES


def test_no_phrase_names_two_countries(kb: ActorKnowledge) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for c in kb.countries:
        for phrase in (c.name, *c.aliases, *c.adjectives, *c.capitals):
            owners[_key(phrase).lower()].add(c.iso3)
    clashes = {p: sorted(o) for p, o in owners.items() if len(o) > 1 and p not in SHARED_COUNTRY_PHRASES}
    assert clashes == {}


def test_country_phrases_name_nothing_else(kb: ActorKnowledge) -> None:
    country = {_key(p).lower() for c in kb.countries for p in (c.name, *c.aliases, *c.adjectives, *c.capitals)}
    org = {_key(p).lower() for o in kb.organisations for p in (o.name, *o.aliases)}
    metonym = {_key(m.phrase).lower() for m in kb.metonyms}
    person = {_key(p).lower() for h in kb.office_holders for p in (h.name, *h.aliases)}
    assert country & org == set()
    assert country & metonym == set()
    assert country & person == set()
    assert country & set(kb.sector_words) == set()


@pytest.mark.parametrize(
    ("phrase", "iso3"),
    [
        ("Chinese", "CHN"),
        ("American", "USA"),
        ("Americans", "USA"),
        ("British", "GBR"),
        ("Britons", "GBR"),
        ("Israeli", "ISR"),
        ("Pakistanis", "PAK"),
        ("Afghan", "AFG"),
        ("South Korean", "KOR"),
        ("North Korean", "PRK"),
        ("Papuan", "IDN"),  # Indonesia's Papua region; Papua New Guinea's people are "Papua New Guinean"
    ],
)
def test_adjectives(kb: ActorKnowledge, phrase: str, iso3: str) -> None:
    assert [c.iso3 for c in kb.countries if phrase in c.adjectives] == [iso3]


@pytest.mark.parametrize(
    ("phrase", "iso3"),
    [
        ("U.S.", "USA"),
        ("America", "USA"),
        ("PRC", "CHN"),
        ("ROK", "KOR"),
        ("DPRK", "PRK"),
        ("Russian Federation", "RUS"),
        ("UK", "GBR"),
        ("Türkiye", "TUR"),
        ("Côte d'Ivoire", "CIV"),
        ("Burma", "MMR"),
        ("Gaza", "PSE"),
        ("Czech Republic", "CZE"),
    ],
)
def test_aliases(kb: ActorKnowledge, phrase: str, iso3: str) -> None:
    assert [c.iso3 for c in kb.countries if phrase in c.aliases] == [iso3]


@pytest.mark.parametrize(
    ("capital", "iso3"),
    [("Beijing", "CHN"), ("Washington", "USA"), ("New Delhi", "IND"), ("Kyiv", "UKR"), ("Brussels", "BEL")],
)
def test_capitals(kb: ActorKnowledge, capital: str, iso3: str) -> None:
    assert [c.iso3 for c in kb.countries if capital in c.capitals] == [iso3]


def test_metonyms(kb: ActorKnowledge) -> None:
    table = {m.phrase: (m.iso3, m.sector) for m in kb.metonyms}
    assert table["White House"] == ("USA", "GOV")
    assert table["Pentagon"] == ("USA", "MIL")
    assert table["Kremlin"] == ("RUS", "GOV")
    assert table["Xinhua"] == ("CHN", "JRN")  # PLOVER: JRN is the press, MED is health
    assert table["Knesset"] == ("ISR", "LEG")
    assert len(table) == len(kb.metonyms)


def test_organisations(kb: ActorKnowledge) -> None:
    by_code = {o.code: o for o in kb.organisations}
    assert "U.N." in by_code["UNO"].aliases
    assert by_code["NATO"].sector == "IGO"
    assert by_code["HRW"].sector == "NGO"
    assert by_code["HMS"].sector == "REB"
    # regional bodies whose names a sector word would misread ("Mano River Union" is no labour union)
    assert by_code["MRU"].name == "Mano River Union" and by_code["MRU"].sector == "IGO"
    assert by_code["CARICOM"].sector == by_code["AES"].sector == by_code["OCHA"].sector == "IGO"
    # bodies of the sea and of Central America: "Authority" would make the seabed's a government of the story's country
    assert by_code["ISA"].name == "International Seabed Authority" and by_code["ISA"].sector == "IGO"
    assert by_code["SICA"].sector == by_code["ITLOS"].sector == "IGO"
    # regional bodies of the Pacific, the Caribbean, Africa and Asia ("would ask the Melanesian Spearhead Group to back
    # its claim" was a request of no one's body; "the Mekong River Commission's chief executive" no body's officer)
    assert by_code["MSG"].name == "Melanesian Spearhead Group" and by_code["MSG"].sector == "IGO"
    assert {by_code[c].sector for c in ("OECS", "CEMAC", "UEMOA", "MRC", "LCBC", "PACCOM", "IOCOM")} == {"IGO"}
    # a separatist movement and an independence movement, of the state they would leave (a faction of the MFDC
    # signing a ceasefire in Banjul is no Gambian force)
    assert (by_code["MFDC"].sector, by_code["MFDC"].home) == ("REB", "SEN")
    assert (by_code["ULMWP"].sector, by_code["ULMWP"].home) == ("OPP", "IDN")


def test_sector_words(kb: ActorKnowledge) -> None:
    assert kb.sector_words["government"] == "GOV"
    assert kb.sector_words["troops"] == "MIL"
    assert kb.sector_words["police"] == "COP"
    assert kb.sector_words["lawmakers"] == "LEG"
    assert kb.sector_words["blogger"] == kb.sector_words["journalist"] == "JRN"  # a blogger detained is press
    # an army named a defence force ("the Botswana Defence Force"), and border guards, as the held-out calls code them
    assert kb.sector_words["defence force"] == kb.sector_words["defense forces"] == "MIL"
    assert kb.sector_words["border guards"] == "MIL"
    # offices called "... General" are no generals: "the Comptroller General's Office" audits a government's accounts
    assert kb.sector_words["comptroller general"] == kb.sector_words["accountant general"] == "GOV"
    assert kb.sector_words["procurator general"] == "JUD"
    # unions named in their own language ("the Sindicat Andorra de Treballadors", "Sindicato Nacional")
    assert kb.sector_words["sindicat"] == kb.sector_words["sindicato"] == kb.sector_words["syndicat"] == "LAB"
    # a government's advisers by title (Bangladesh's interim ministers are "advisers"); a firm's adviser is no one's
    assert kb.sector_words["national security adviser"] == kb.sector_words["foreign adviser"] == "GOV"
    assert "adviser" not in kb.sector_words and "security adviser" not in kb.sector_words
    assert all(w == w.lower() for w in kb.sector_words)
    with pytest.raises(TypeError):
        kb.sector_words["x"] = "GOV"  # type: ignore[index]


def test_trump_terms(kb: ActorKnowledge) -> None:
    terms = [h for h in _holders(kb, "Donald Trump") if h.office == "head_of_state"]
    assert len(terms) == 2
    assert all(h.iso3 == "USA" and h.sector == "GOV" for h in terms)
    assert "Trump" in terms[0].aliases
    assert any(h.holds_office_on(date(2025, 10, 30)) for h in terms)
    assert any(h.holds_office_on(date(2018, 6, 1)) for h in terms)
    assert not any(h.holds_office_on(date(2022, 6, 1)) for h in terms)


def test_an_international_body_s_chief_holds_its_office(kb: ActorKnowledge) -> None:
    # Guterres heads the UN from 2017, after heading Portugal's government; Rutte NATO from October 2024
    on = {h.iso3 for h in _holders(kb, "António Guterres") if h.holds_office_on(date(2025, 10, 30))}
    assert on == {"UNO"}
    assert {h.iso3 for h in _holders(kb, "António Guterres") if h.holds_office_on(date(2000, 1, 1))} == {"PRT"}
    assert {h.iso3 for h in _holders(kb, "Mark Rutte") if h.holds_office_on(date(2025, 1, 1))} == {"NATO"}


def test_handover_day_belongs_to_the_successor(kb: ActorKnowledge) -> None:
    day = date(2025, 1, 20)
    holders = [h.name for h in kb.office_holders if h.iso3 == "USA" and h.office == "head_of_state"]
    assert "Joe Biden" in holders
    on_day = [
        h.name for h in kb.office_holders if h.office == "head_of_state" and h.iso3 == "USA" and h.holds_office_on(day)
    ]
    assert on_day == ["Donald Trump"]


def test_xi_jinping(kb: ActorKnowledge) -> None:
    (xi,) = [h for h in _holders(kb, "Xi Jinping") if h.office == "head_of_state"]
    assert (xi.iso3, xi.sector, xi.start, xi.end) == ("CHN", "GOV", date(2013, 3, 14), None)
    assert "Xi" in xi.aliases
    assert not xi.holds_office_on(date(2013, 3, 13))


def test_terms_overlap_the_covered_period(kb: ActorKnowledge) -> None:
    first, last = date(1980, 1, 1), date(2026, 11, 28)
    for h in kb.office_holders:
        assert h.start <= last and (h.end is None or h.end > first), h


def test_one_holder_per_office_per_day(kb: ActorKnowledge) -> None:
    by_office: dict[tuple[str, str], list[OfficeHolder]] = defaultdict(list)
    for h in kb.office_holders:
        by_office[h.iso3, h.office].append(h)
    for seat, holders in by_office.items():
        for h in holders:
            sitting = [other.name for other in holders if other.holds_office_on(h.start)]
            assert len(sitting) <= SEATS.get(seat, 1), (seat, sitting)


def test_shared_aliases_never_overlap_in_time(kb: ActorKnowledge) -> None:
    people: dict[str, set[str]] = defaultdict(set)
    terms: dict[str, list[OfficeHolder]] = defaultdict(list)
    for h in kb.office_holders:
        terms[h.name].append(h)
        for alias in (h.name, *h.aliases):
            people[alias].add(h.name)
    for alias, names in people.items():
        if len(names) < 2:
            continue
        spans = sorted((t.start, t.end or date.max, t.name) for n in names for t in terms[n])
        for (_, end, a), (start, _, b) in itertools.pairwise(spans):
            assert a == b or end <= start, (alias, a, b)


def test_g20_leaders_in_office_late_2025(kb: ActorKnowledge) -> None:
    day = date(2025, 10, 30)
    for iso3 in G20:
        leaders = [
            h
            for h in kb.office_holders
            if h.iso3 == iso3 and h.office in {"head_of_state", "head_of_government"} and h.holds_office_on(day)
        ]
        assert leaders, iso3


def _copy_kb(tmp_path: Path) -> Path:
    target = tmp_path / "kb"
    shutil.copytree(KB_DIR, target)
    return target


def _append(path: Path, line: str) -> int:
    text = path.read_text(encoding="utf-8")
    path.write_text(text + line + "\n", encoding="utf-8")
    return len(text.splitlines()) + 1


@pytest.mark.parametrize(
    ("table", "row", "problem"),
    [
        ("office_holders.tsv", "Jane Doe\t\tUSA\tGOV\thead_of_state\t2020-13-01\t", "not an ISO date"),
        ("office_holders.tsv", "Jane Doe\t\tUSA\tGOV\tmayor\t2020-01-01\t", "unknown office"),
        ("office_holders.tsv", "Jane Doe\t\tUSA\tGOV\thead_of_state\t2020-01-01\t2019-01-01", "ends"),
        ("office_holders.tsv", "Jane Doe\t\tXXX\tGOV\thead_of_state\t2020-01-01\t", "unknown country"),
        ("countries.tsv", "USA\tUnited States\t\t\t", "duplicate iso3"),
        ("countries.tsv", "usa\tNowhere\t\t\t", "alpha-3"),
        ("countries.tsv", "ZZZ\tNowhere\ta||b\t\t", "empty item"),
        ("metonyms.tsv", "Blue House\tKOR", "expected 3 columns"),
        ("metonyms.tsv", "Blue House\tKOR\tXYZ", "unknown sector"),
        ("organisations.tsv", "USA\tFake\t\tIGO\t", "already used"),
        ("sectors.tsv", "Troops\tMIL", "lower-case"),
        ("home_names.tsv", "Centre\tIND\tGOV\tGovernment of India", "lower-case"),
        ("home_names.tsv", "centre\tIND\tGOV\tGovernment of India", "duplicate home name"),
        ("home_names.tsv", "centre\tXXX\tGOV\tNowhere", "unknown iso3"),
        ("home_names.tsv", "union government\tIND\tGOV\tGovernment of India", "not one word"),
        ("women.tsv", "Jane Doe", "no office holder"),
    ],
)
def test_malformed_row_raises_d302_naming_the_line(tmp_path: Path, table: str, row: str, problem: str) -> None:
    directory = _copy_kb(tmp_path)
    line = _append(directory / table, row)
    with pytest.raises(KnowledgeBaseError) as info:
        load_knowledge(directory)
    message = str(info.value)
    assert message.startswith("[D302]")
    assert f"{table} line {line}:" in message
    assert problem in message


def test_missing_header_or_file_raises_d302(tmp_path: Path) -> None:
    directory = _copy_kb(tmp_path)
    sectors = directory / "sectors.tsv"
    sectors.write_text("word\tsector\ntroops\tMIL\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"\[D302\] sectors.tsv line 1"):
        load_knowledge(directory)
    sectors.unlink()
    with pytest.raises(KnowledgeBaseError, match=r"\[D302\] sectors.tsv"):
        load_knowledge(directory)


def test_foreign_and_defence_ministers_beyond_the_g20(kb: ActorKnowledge) -> None:
    # "Foreign Minister Margus Tsahkna summoned Russia's charge d'affaires": a minister the text gives no country
    day = date(2025, 9, 20)
    sitting = {(h.iso3, h.office): h.name for h in kb.office_holders if h.holds_office_on(day)
               and h.office in {"foreign_minister", "defence_minister"}}
    assert sitting["EST", "foreign_minister"] == "Margus Tsahkna"
    assert sitting["UKR", "foreign_minister"] == "Andrii Sybiha"
    assert sitting["ISR", "defence_minister"] == "Israel Katz"
    defence = [h for h in kb.office_holders if h.office == "defence_minister"]
    assert all(h.sector == "MIL" for h in defence)
    eu_and_others = {h.iso3 for h in kb.office_holders if h.office == "foreign_minister" and h.holds_office_on(day)}
    assert len(eu_and_others) >= 60


def test_heads_of_smaller_un_members_are_known(kb: ActorKnowledge) -> None:
    day = date(2026, 3, 11)
    sitting = {(h.iso3, h.office): h.name for h in kb.office_holders if h.holds_office_on(day)}
    assert sitting[("TTO", "head_of_government")] == "Kamla Persad-Bissessar"
    assert sitting[("JAM", "head_of_government")] == "Andrew Holness"
    assert sitting[("SLB", "head_of_government")] == "Jeremiah Manele"
    assert sitting[("SUR", "head_of_state")] == "Jennifer Geerlings-Simons"
    assert not any(h.name == "Keith Rowley" and h.holds_office_on(day) for h in kb.office_holders)
