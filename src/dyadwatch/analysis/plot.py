"""Charts of a dyad series: counts per quad class over time for each direction, and the cooperation index.

``plot_series(rows, path, title, by)`` writes a PNG (matplotlib, Agg backend, no display needed) or,
for a path ending in ``.html``, a self-contained HTML page with inline SVG (no JavaScript, no
network). The x axis is time (each bar at its period's start, as wide as the period); the two
direction panels share one y scale, ``A->B`` on top, then ``B->A``; the cooperation index is
broken where a period has no events. A series longer than :data:`MAX_BARS` periods is drawn by
the next coarser period (day -> week -> month -> year), and the title says so; the figure is
never wider than :data:`MAX_WIDTH` inches.
"""

from __future__ import annotations

import html
import io
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..errors import BadOptionError, ExportError
from .series import QUAD_COLUMNS, period_of, period_start

QUADS = (("verbal_coop", "verbal cooperation", "#4c9be8"), ("material_coop", "material cooperation", "#1f5fa8"),
         ("verbal_conflict", "verbal conflict", "#f2a33a"), ("material_conflict", "material conflict", "#c0392b"))
MAX_BARS = 160
MAX_WIDTH = 14.0
COARSER = {"day": "week", "week": "month", "month": "year"}
SUFFIXES = (".png", ".html", ".htm")


def check_plot_path(path: str | Path) -> Path:
    """The chart's path, refused (D201) before any work when it is not ``.png`` or ``.html``."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise BadOptionError(f"--plot must end in .png or .html, not {path.name!r}")
    if path.parent != Path("") and not path.parent.is_dir():
        raise ExportError(f"cannot write {path}: no folder {path.parent}")
    return path


def coarsen(rows: list[dict[str, Any]], by: str) -> tuple[list[dict[str, Any]], str]:
    """Sum a series into coarser periods until it has at most :data:`MAX_BARS` of them."""
    while by in COARSER and len({r["period"] for r in rows}) > MAX_BARS:
        by = COARSER[by]
        cells: dict[tuple[str, str], dict[str, Any]] = {}
        for r in rows:
            label = period_of(period_start(r["period"], _grain(r["period"])).isoformat(), by)
            assert label is not None
            cell = cells.setdefault((label, r["direction"]), {"period": label, "direction": r["direction"],
                                                               "events": 0, **dict.fromkeys(QUAD_COLUMNS, 0)})
            cell["events"] += r["events"]
            for column in QUAD_COLUMNS:
                cell[column] += r[column]
        rows = list(cells.values())
        for cell in rows:
            coop = cell["verbal_coop"] + cell["material_coop"]
            conf = cell["verbal_conflict"] + cell["material_conflict"]
            cell["coop_index"] = round((coop - conf) / (coop + conf), 3) if coop + conf else None
    return rows, by


def _grain(label: str) -> str:
    return {10: "day", 7: "month", 4: "year"}[len(label)]


def _span(start: date, by: str) -> float:
    """The width of a period in days."""
    return {"day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}[by]


def _figure(rows: list[dict[str, Any]], title: str, by: str) -> Any:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    directions = [d for d in dict.fromkeys(r["direction"] for r in rows) if d != "both"] or ["both"]
    periods = sorted({r["period"] for r in rows})
    starts = [period_start(p, by if by != "week" else "day") for p in periods]
    width = min(MAX_WIDTH, max(7.0, 4.0 + 0.08 * len(periods)))
    fig = Figure(figsize=(width, 2.4 * (len(directions) + 1)))
    axes = fig.subplots(len(directions) + 1, 1, sharex=True, squeeze=False)[:, 0]
    bar = 0.8 * _span(starts[0], by) if starts else 1.0
    top = max([r["events"] for r in rows if r["direction"] != "both"] or [0]) or 1
    for ax, direction in zip(axes, directions, strict=False):
        by_period = {r["period"]: r for r in rows if r["direction"] == direction}
        bottom = [0] * len(periods)
        for column, label, colour in QUADS:
            values = [by_period.get(p, {}).get(column, 0) or 0 for p in periods]
            ax.bar(starts, values, width=bar, bottom=bottom, label=label, color=colour, align="edge")
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        ax.set_ylim(0, top * 1.1)  # one scale for both directions
        ax.set_ylabel(f"{direction}\nevents")
    axes[0].legend(fontsize=7, ncols=2, loc="upper left")
    both = {r["period"]: r for r in rows if r["direction"] == "both"}
    index = [both.get(p, {}).get("coop_index") for p in periods]
    middle = [s + timedelta(days=_span(s, by) / 2) for s in starts]
    ax = axes[-1]
    ax.plot(middle, [float("nan") if v is None else v for v in index], marker="o", markersize=3, color="#333333")
    ax.axhline(0, color="#999999", linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel("cooperation index\n(both ways)")
    fig.autofmt_xdate()
    fig.suptitle(title)
    fig.tight_layout()
    return fig


def plot_series(rows: list[dict[str, Any]], path: str | Path, title: str, by: str = "month") -> Path:
    """Write the chart of a dyad series (rows as :func:`dyadwatch.analysis.series.dyad_series`
    gives them, periods ``by``) to ``path`` (``.png`` or ``.html``)."""
    path = check_plot_path(path)
    if not rows:
        raise BadOptionError("nothing to plot: the series is empty")
    shown, grain = coarsen(rows, by)
    if grain != by:
        title = f"{title} (drawn by {grain}: {len({r['period'] for r in rows})} {by}s are too many bars)"
    fig = _figure(shown, title, grain)
    try:
        if path.suffix.lower() == ".png":
            fig.savefig(path, dpi=100)
        else:
            buffer = io.StringIO()
            fig.savefig(buffer, format="svg")
            svg = buffer.getvalue()
            svg = svg[svg.index("<svg"):]
            path.write_text(f"<!doctype html>\n<html><head><meta charset='utf-8'><title>{html.escape(title)}"
                            f"</title></head><body>\n{svg}\n</body></html>\n", encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path
