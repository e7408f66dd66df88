"""Build dyadwatch's pinned CAMEO/PLOVER code table from the reference files.

Usage (from the repository root)::

    python scripts/build_code_tables.py [REFERENCE_DIR] [--out PATH]

REFERENCE_DIR defaults to ``../shared/reference`` and must hold ``cameo-codes.tsv`` (CAMEO codes,
names, Goldstein values) and ``cameo2plover-2021.txt`` (CAMEO -> PLOVER type, mode, context). The
reference files stay outside the repository; the generated table
(``src/dyadwatch/data/cameo_plover_v3.tsv``) is committed, and this script documents how it was
made. The decisions below are also summarised in the table's header comment.

Keys: every code of ``cameo-codes.tsv`` (root codes too) is a row, with its name and Goldstein
value from that file. ``cameo-codes.tsv`` follows GDELT's numbering, which differs from the CAMEO
1.1b3 numbering used by the 2021 PLOVER map in 035x, 10x, 12x and 16x (e.g. 166 is "Impose
embargo" in the TSV and "Expel or withdraw" in the map), so PLOVER type/mode/context are taken
from the map row with the same *meaning* (``SAME_MEANING``), not blindly by number. Map-only
codes (0313, 1011, 1661, ...) have no Goldstein value and are left out.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

PLOVER_QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip

# Name slips in the community copy, fixed from the CAMEO 1.1b3 codebook.
NAME_FIXES = {
    "0872": "Ease military blockade",
    "1451": "Engage in violent protest for leadership change",
    "1452": "Engage in violent protest for policy change",
    "1453": "Engage in violent protest for rights",
    "1454": "Engage in violent protest for change in institutions, regime",
    "2041": "Use chemical, biological, or radiological weapons",
    "0214": "Appeal for intelligence",
}

# TSV code -> map code describing the same event (numbering differs, see module docstring).
SAME_MEANING = {
    "0354": "0353", "0355": "0354", "0356": "0355", "0357": "0356",
    "105": "108", "106": "1056", "107": "1056", "108": "106",
    "1211": "1246", "1212": "1224", "1213": "127",
    "124": "125", "125": "126", "126": "128", "128": "129",
    "163": "164", "164": "166", "1641": "1661", "1642": "1662", "1643": "1663",
    "166": "163",
}  # fmt: skip

# 02x APPEAL: PLOVER folds appeals into REQUEST; mode/context of the matching demand (map code).
APPEAL_AS_DEMAND = {
    "020": "100", "021": "101", "0211": "102", "0212": "101", "0213": "1013", "0214": "1014",
    "022": "102", "023": "103", "0231": "1031", "0232": "1032", "0233": "1033", "0234": "1034",
    "024": "104", "0241": "1041", "0242": "1042", "0243": "1043", "0244": "1044",
    "025": "105", "026": "106", "027": "107", "028": "108",
}  # fmt: skip

# TSV codes whose event has no row in the map: (type, mode, contexts), by analogy.
NO_MAP_ROW = {
    "0353": ("AGREE", "", ("political_institutions",)),  # intent to accede to political demands
    "101": ("REQUEST", "", ()),  # demand information, investigation
    "121": ("REJECT", "", ()),  # reject proposal, not specified below
    "127": ("REJECT", "", ()),  # reject accusation, deny responsibility
}

# Where the PLOVER manual (../shared/reference/plover-manual.pdf) and the 2021 map disagree, the manual decides
# (cameo-plover-v2): "International (political or economic) sanctions are coded as 'discontinue'" under SANCTION
# (section 3.13.3), where the map has COERCE 'restrict' for its 163 (the TSV's 166); and (cameo-plover-v3)
# "RETREAT also covers resignations of government officials" (section 3.7, mode 'resign'), where the map has
# CONCEDE for 0831, the code CAMEO gives a resignation ("Georgian President Eduard Shevardnadze resigned Sunday").
MANUAL_FIXES = {
    "166": ("SANCTION", "discontinue", ("diplomatic",)),
    "0831": ("RETREAT", "resign", ("political_institutions",)),
}

# The project's CONSULT modes (overrides the map's visit/visit/third-party for 042-044).
CONSULT_MODES = {
    "040": "", "041": "phone", "042": "visit", "043": "host",
    "044": "meet", "045": "mediate", "046": "negotiate",
}  # fmt: skip

HEADER = (
    "# dyadwatch code table v3 (cameo-plover-v3), derived from cameo-codes.tsv (GDELT CAMEO "
    "codes, names, Goldstein) and cameo2plover-2021.txt (OEDA, CC BY-SA 4.0) by "
    "scripts/build_code_tables.py; fixes: names of 0872, 1451-1454 (were 144x), 0214, 2041 "
    "from the CAMEO 1.1b3 codebook; 01x MAKE PUBLIC STATEMENT kept but not codable (event_type, "
    "quad_class empty); 02x APPEAL -> REQUEST with the mode/context of the matching demand "
    "(021->101 assist, 0211->102 assist+diplomatic, 025->105, 026->106 meet, 027->107, 028->108); "
    "type/mode/context matched by meaning where GDELT and CAMEO 1.1b3 numbering differ "
    "(035x, 105-108, 121x, 124-128, 163-166); 0353, 101, 121, 127 have no map row (typed by "
    "analogy); CONSULT modes 040 '' 041 phone 042 visit 043 host 044 meet 045 mediate "
    "046 negotiate; 175 listed twice (deduplicated, 'pro_autocracy' moved from mode to context); "
    "085 mode 'ease' dropped (the map retires it); root = first two digits (191, 192 COERCE and "
    "201 ASSAULT sit under other headings in the map); two-digit root codes take their x0 code's "
    "type/mode/context; quad_class from PLOVER type (PLOVER manual: SANCTION is material "
    "conflict); map-only codes without a Goldstein value are not included; v2: 166 impose embargo, boycott "
    "or sanctions is SANCTION 'discontinue' as the PLOVER manual (3.13.3) codes international sanctions, not "
    "the map's COERCE 'restrict'; v3: 0831 accede to demands for change in leadership, CAMEO's code for a "
    "resignation, is RETREAT 'resign' as the PLOVER manual (3.7) codes resignations of officials, not the map's "
    "CONCEDE"
)
COLUMNS = ("cameo", "name", "goldstein", "event_type", "mode", "context", "quad_class", "root")

MapRow = tuple[str, str, tuple[str, ...]]


def read_cameo(path: Path) -> list[tuple[str, str, str]]:
    """Return (code, name, goldstein) rows of cameo-codes.tsv, names fixed and tidied."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip():
            continue
        code, name, goldstein, code2 = line.split("\t")
        if code != code2 or not re.fullmatch(r"\d{2,4}", code):
            raise ValueError(f"bad row in {path.name}: {line!r}")
        name = NAME_FIXES.get(code, " ".join(name.split()))
        rows.append((code, name, str(float(goldstein))))
    if len({r[0] for r in rows}) != len(rows):
        raise ValueError(f"duplicate codes in {path.name}")
    return rows


def read_map(path: Path) -> dict[str, MapRow]:
    """Return code -> (type, mode, contexts) of cameo2plover-2021.txt."""
    out: dict[str, MapRow] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):([^#]*)", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        event_type, mode, context = [*parts, "", ""][:3]
        contexts = tuple(c.strip() for c in context.split(";") if c.strip())
        if event_type not in PLOVER_QUAD:
            raise ValueError(f"unknown PLOVER type in {path.name}: {line!r}")
        if m.group(1) == "175" and mode == "pro_autocracy":  # a context in the mode column
            mode, contexts = "", ("pro_autocracy", *contexts)
        if m.group(1) == "085" and mode == "ease":  # 'ease' is no longer a mode (map note)
            mode = ""
        row = (event_type, mode, contexts)
        if out.get(m.group(1), row) != row:
            raise ValueError(f"conflicting rows for {m.group(1)} in {path.name}")
        out[m.group(1)] = row
    return out


def plover_for(code: str, plover: dict[str, MapRow]) -> MapRow:
    """PLOVER (type, mode, contexts) of a three- or four-digit TSV code."""
    if code.startswith("01"):
        return ("", "", ())
    if code in APPEAL_AS_DEMAND:
        _, mode, contexts = plover[APPEAL_AS_DEMAND[code]]
        return ("REQUEST", mode, contexts)
    if code in NO_MAP_ROW:
        return NO_MAP_ROW[code]
    if code in MANUAL_FIXES:
        return MANUAL_FIXES[code]
    event_type, mode, contexts = plover[SAME_MEANING.get(code, code)]
    return (event_type, CONSULT_MODES.get(code, mode), contexts)


def build(reference: Path) -> list[tuple[str, ...]]:
    """The table's rows (without header), in code order of cameo-codes.tsv."""
    plover = read_map(reference / "cameo2plover-2021.txt")
    rows = []
    for code, name, goldstein in read_cameo(reference / "cameo-codes.tsv"):
        key = code + "0" if len(code) == 2 else code
        event_type, mode, contexts = plover_for(key, plover)
        quad = str(PLOVER_QUAD[event_type]) if event_type else ""
        rows.append((code, name, goldstein, event_type, mode, ";".join(contexts), quad, code[:2]))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference", nargs="?", default="../shared/reference", type=Path)
    parser.add_argument("--out", type=Path, default=Path("src/dyadwatch/data/cameo_plover_v3.tsv"))
    args = parser.parse_args(argv)
    rows = build(args.reference)
    lines = [HEADER, "\t".join(COLUMNS), *("\t".join(r) for r in rows)]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sys.stderr.write(f"wrote {len(rows)} codes to {args.out}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
