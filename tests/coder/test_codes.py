"""Tests for dyadwatch.coder.codes: the pinned CAMEO/PLOVER code table."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from dyadwatch.coder.codes import (
    CODE_TABLE_VERSION,
    DEFAULT_CODE_BY_TYPE,
    PLOVER_TYPES,
    QUAD_CLASS_BY_TYPE,
    CameoCode,
    CodeTable,
)
from dyadwatch.errors import DataError, DyadwatchError, UnknownCodeError

REPO = Path(__file__).resolve().parents[2]
REFERENCE = REPO.parent / "shared" / "reference"
needs_reference = pytest.mark.skipif(
    not (REFERENCE / "cameo-codes.tsv").exists(), reason="../shared/reference is absent"
)


@pytest.fixture(scope="module")
def table() -> CodeTable:
    return CodeTable.load()


def reference_rows() -> dict[str, tuple[str, float]]:
    rows = {}
    lines = (REFERENCE / "cameo-codes.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if line.strip():
            code, name, goldstein, _ = line.split("\t")
            rows[code] = (name.strip(), float(goldstein))
    return rows


def test_packaged_table_loads(table: CodeTable) -> None:
    assert table.version == CODE_TABLE_VERSION
    assert len(table) == 280
    assert all(isinstance(code, CameoCode) for code in table)
    assert "044" in table
    assert "999" not in table
    assert 44 not in table


def test_load_from_path_matches_packaged(table: CodeTable) -> None:
    path = REPO / "src" / "dyadwatch" / "data" / "cameo_plover_v3.tsv"
    assert [c.cameo for c in CodeTable.load(path)] == [c.cameo for c in table]


@needs_reference
def test_every_reference_code_with_its_goldstein(table: CodeTable) -> None:
    reference = reference_rows()
    assert {c.cameo for c in table} == set(reference)
    for code, (_, goldstein) in reference.items():
        assert table.get(code).goldstein == goldstein, code
    assert table.get("044").goldstein == 2.5


@needs_reference
def test_build_script_reproduces_committed_table(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "build_code_tables", REPO / "scripts" / "build_code_tables.py"
    )
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "table.tsv"
    assert module.main([str(REFERENCE), "--out", str(out)]) == 0
    committed = REPO / "src" / "dyadwatch" / "data" / "cameo_plover_v3.tsv"
    assert out.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8")


def test_name_slips_are_fixed(table: CodeTable) -> None:
    assert table.get("0872").name == "Ease military blockade"
    violent = [table.get(c).name for c in ("1451", "1452", "1453", "1454")]
    assert all(name.startswith("Engage in violent protest for") for name in violent)
    assert violent[0].endswith("leadership change")
    assert violent[3].endswith("change in institutions, regime")
    assert {c.mode for c in map(table.get, ("1451", "1452", "1453", "1454"))} == {"riot"}
    assert "[" not in "".join(c.name for c in table)


def test_root_codes_present_and_typed(table: CodeTable) -> None:
    for n in range(1, 21):
        root = table.get(f"{n:02d}")
        assert root.is_root
        assert root.root == root.cameo
        if n >= 2:
            assert root.event_type in PLOVER_TYPES
            assert root.event_type == table.get(f"{n:02d}0").event_type
    assert table.get("08").event_type == "CONCEDE"
    assert table.get("19").event_type == "ASSAULT"


def test_public_statements_are_not_codable(table: CodeTable) -> None:
    statements = [c for c in table if c.root == "01"]
    assert len(statements) == 11
    for code in statements:
        assert not code.codable
        assert code.event_type is None
        assert code.quad_class is None
        assert code.mode is None


def test_appeals_are_requests_with_demand_modes(table: CodeTable) -> None:
    appeals = [c for c in table if c.root == "02"]
    assert appeals
    assert all(c.event_type == "REQUEST" and c.quad_class == 3 for c in appeals)
    assert table.get("021").mode == "assist"
    assert (table.get("0211").mode, table.get("0211").context) == ("assist", ("diplomatic",))
    assert table.get("0243").mode == "change"
    assert (table.get("026").mode, table.get("026").context) == ("meet", ("diplomatic",))


def test_consult_modes_are_pinned(table: CodeTable) -> None:
    modes = {c: table.get(c).mode for c in ("040", "041", "042", "043", "044", "045", "046")}
    assert modes == {
        "040": None, "041": "phone", "042": "visit", "043": "host",
        "044": "meet", "045": "mediate", "046": "negotiate",
    }  # fmt: skip
    meet = table.get("044")
    assert (meet.event_type, meet.quad_class, meet.context) == ("CONSULT", 1, ())


def test_every_type_has_codes_and_quad_classes_agree(table: CodeTable) -> None:
    assert len(PLOVER_TYPES) == 16
    assert set(PLOVER_TYPES) == set(QUAD_CLASS_BY_TYPE)
    for event_type in PLOVER_TYPES:
        codes = table.codes_for_type(event_type)
        assert codes, event_type
        assert {c.quad_class for c in codes} == {QUAD_CLASS_BY_TYPE[event_type]}
    assert [t for t in PLOVER_TYPES if QUAD_CLASS_BY_TYPE[t] == 1] == [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE",
    ]  # fmt: skip
    assert [t for t in PLOVER_TYPES if QUAD_CLASS_BY_TYPE[t] == 2] == [
        "COOPERATE",
        "AID",
        "RETREAT",
    ]
    assert {t for t in PLOVER_TYPES if QUAD_CLASS_BY_TYPE[t] == 3} == {
        "REQUEST", "ACCUSE", "REJECT", "THREATEN",
    }  # fmt: skip


def test_quad_class_mapping_is_read_only() -> None:
    with pytest.raises(TypeError):
        QUAD_CLASS_BY_TYPE["AGREE"] = 4  # type: ignore[index]


def test_codes_out_of_their_heading_and_duplicates(table: CodeTable) -> None:
    assert (table.get("191").root, table.get("191").event_type) == ("19", "COERCE")
    assert (table.get("192").root, table.get("192").event_type) == ("19", "COERCE")
    assert (table.get("201").root, table.get("201").event_type) == ("20", "ASSAULT")
    repression = table.get("175")
    assert repression.mode is None
    assert repression.context == ("pro_autocracy", "military")


def test_codes_follow_their_meaning_not_the_map_numbering(table: CodeTable) -> None:
    # cameo-codes.tsv numbers 10x/12x/16x like GDELT; the 2021 map like CAMEO 1.1b3.
    assert table.get("108").name.startswith("Demand meeting")
    assert table.get("108").mode == "meet"
    assert table.get("107").name == "Demand ceasefire"
    assert table.get("107").mode == "yield"
    assert table.get("164").mode == "expel"
    assert table.get("163").mode == "withdraw"
    assert table.get("0357").context == ("military",)


def test_unknown_code_raises_d301(table: CodeTable) -> None:
    with pytest.raises(UnknownCodeError, match=r"^\[D301\] unknown CAMEO code '999'") as info:
        table.get("999")
    assert isinstance(info.value, DyadwatchError)
    assert info.value.code == "D301"
    with pytest.raises(UnknownCodeError):
        table.codes_for_type("HUG")


def test_default_codes(table: CodeTable) -> None:
    assert set(DEFAULT_CODE_BY_TYPE) == set(PLOVER_TYPES)
    for event_type in PLOVER_TYPES:
        code = table.default_code(event_type)
        assert code.event_type == event_type
        assert not code.is_root
        assert code.cameo == DEFAULT_CODE_BY_TYPE[event_type]
    assert table.default_code("REQUEST").cameo == "020"
    assert table.default_code("RETREAT").cameo == "084"


HEADER = "cameo\tname\tgoldstein\tevent_type\tmode\tcontext\tquad_class\troot"


def test_custom_table_and_fallback_default(tmp_path: Path) -> None:
    path = tmp_path / "t.tsv"
    rows = ["# my table (custom-1)", HEADER, "0412\tCall\t1.0\tCONSULT\tphone\t\t1\t04"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    custom = CodeTable.load(path)
    assert custom.version == "custom-1"
    assert len(custom) == 1
    assert custom.default_code("CONSULT").cameo == "0412"
    with pytest.raises(UnknownCodeError):
        custom.default_code("ASSAULT")


@pytest.mark.parametrize(
    "row",
    [
        "044\tMeet\t2.5\tCONSULT\tmeet\t\t3\t04",  # quad class disagrees with type
        "044\tMeet\t2.5\tHUG\t\t\t1\t04",  # not a PLOVER type
        "044\tMeet\tx\tCONSULT\t\t\t1\t04",  # bad Goldstein
        "044\tMeet\t2.5\tCONSULT\t\t\t1\t05",  # wrong root
        "044\tMeet\t2.5\tCONSULT",  # too few columns
    ],
)
def test_malformed_tables_raise(row: str) -> None:
    with pytest.raises(DataError):
        CodeTable.from_text(f"{HEADER}\n{row}\n")


def test_duplicate_codes_raise() -> None:
    row = "044\tMeet\t2.5\tCONSULT\tmeet\t\t1\t04"
    with pytest.raises(DataError, match="duplicate"):
        CodeTable.from_text(f"{HEADER}\n{row}\n{row}\n")


def test_international_sanctions_are_sanction_as_the_plover_manual_codes_them(table: CodeTable) -> None:
    # the manual (3.13.3): "International (political or economic) sanctions are coded as 'discontinue'"; the 2021
    # map's COERCE 'restrict' is overruled (cameo-plover-v2)
    embargo = table.get("166")
    assert (embargo.event_type, embargo.mode) == ("SANCTION", "discontinue")
    assert table.get("172").event_type == "COERCE"  # administrative sanctions at home stay coercion


def test_a_resignation_is_retreat_as_the_plover_manual_codes_it(table: CodeTable) -> None:
    # the manual (3.7): "RETREAT also covers resignations of government officials"; the 2021 map's CONCEDE for
    # 0831, CAMEO's code for a resignation, is overruled (cameo-plover-v3); refusing to resign stays a rejection
    resigned = table.get("0831")
    assert (resigned.event_type, resigned.mode, resigned.quad_class) == ("RETREAT", "resign", 2)
    assert table.get("1231").event_type == "REJECT"
