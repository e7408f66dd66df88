"""Every view of one store gives the same numbers: the query layer, the Python API, the CLI and the
exports (property test over random stores; no model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import dyadwatch
from dyadwatch.analysis import query as dq
from dyadwatch.analysis.export import export
from dyadwatch.analysis.gdelt import gdelt_columns
from dyadwatch.cli import app

from ..eventfactory import build_store, coded, event_strategy

COL = {name: i for i, name in enumerate(gdelt_columns())}
PAIR = {"CHN", "USA"}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(groups=st.lists(st.lists(event_strategy, min_size=1, max_size=6), min_size=1, max_size=4),
       count=st.sampled_from(["events", "mentions"]))
def test_counts_agree_across_views(tmp_path_factory: pytest.TempPathFactory, groups: list, count: str) -> None:
    tmp = tmp_path_factory.mktemp("v")
    path = build_store(tmp / "s.duckdb", [coded(f"a{n}", evs) for n, evs in enumerate(groups)])
    with dyadwatch.open(path) as db:
        merged = [m for m in dq.merged_events(db) if {m["actor_code"], m["recipient_code"]} == PAIR]
        mentions = [e for e in dq.iter_events(db, dq.EventFilters(modality=dq.HAPPENED))
                    if {e["actor_code"], e["recipient_code"]} == PAIR]
        api = {(r.a, r.b): (r.events, r.mentions) for r in db.dyads(limit=None, count=count).itertuples()}
        yearly = db.dyad("USA", "CHN", by="year", count=count)
        export(db, "gdelt", tmp / "g.tsv")
    expected = (len(merged), len(mentions))
    assert api.get(("CHN", "USA"), (0, 0)) == expected
    unit = merged if count == "events" else mentions
    dated = sum(1 for u in unit if u["event_date"])
    assert int(yearly[yearly.direction == "both"]["events"].sum()) == dated
    rows = [line.split("\t") for line in (tmp / "g.tsv").read_text().splitlines()]
    in_pair = [r for r in rows if {r[COL["Actor1CountryCode"]], r[COL["Actor2CountryCode"]]} == PAIR]
    assert len(in_pair) == sum(1 for m in merged if m["event_date"] or m["first_seen"])
    assert sum(int(r[COL["NumMentions"]]) for r in in_pair) == sum(m["num_mentions"] for m in merged
                                                                    if m["event_date"] or m["first_seen"])
    out = CliRunner().invoke(app, ["dyads", "--db", str(path), "--format", "json", "--count", count])
    cli = {(r["a"], r["b"]): (r["events"], r["mentions"]) for r in json.loads(out.stdout)}
    assert cli.get(("CHN", "USA"), (0, 0)) == expected


def test_reexport_gives_the_same_file(tmp_path: Path) -> None:
    from ..eventfactory import event

    path = build_store(tmp_path / "s.duckdb", [coded("a", [event(), event(actor="USA", recipient="CHN",
                                                                           cameo="111")])])
    with dyadwatch.open(path) as db:
        export(db, "plover", tmp_path / "one.jsonl")
        export(db, "plover", tmp_path / "two.jsonl")
        export(db, "plover", tmp_path / "two.jsonl")
    assert (tmp_path / "one.jsonl").read_text() == (tmp_path / "two.jsonl").read_text()
