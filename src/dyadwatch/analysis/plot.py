"""Charts of a dyad series: counts per quad class over time for each direction, and the cooperation index.

``plot_series(rows, path)`` writes a PNG (matplotlib, Agg backend, no display needed) or, for a
path ending in ``.html``, a self-contained HTML page with inline SVG (no JavaScript, no network).
"""

from __future__ import annotations

import html
import io
from pathlib import Path
from typing import Any

from ..errors import BadOptionError, ExportError

QUADS = (("verbal_coop", "verbal cooperation", "#4c9be8"), ("material_coop", "material cooperation", "#1f5fa8"),
         ("verbal_conflict", "verbal conflict", "#f2a33a"), ("material_conflict", "material conflict", "#c0392b"))


def _figure(rows: list[dict[str, Any]], title: str) -> Any:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    directions = [d for d in dict.fromkeys(r["direction"] for r in rows) if d != "both"] or ["both"]
    periods = sorted({r["period"] for r in rows})
    fig = Figure(figsize=(max(6.0, 0.6 * len(periods) + 3), 2.6 * (len(directions) + 1)))
    axes = fig.subplots(len(directions) + 1, 1, sharex=True, squeeze=False)[:, 0]
    x = range(len(periods))
    for ax, direction in zip(axes, directions, strict=False):
        by_period = {r["period"]: r for r in rows if r["direction"] == direction}
        bottom = [0] * len(periods)
        for column, label, colour in QUADS:
            values = [by_period.get(p, {}).get(column, 0) or 0 for p in periods]
            ax.bar(x, values, bottom=bottom, label=label, color=colour)
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        ax.set_ylabel(f"{direction}\nevents")
    axes[0].legend(fontsize=7, ncols=2, loc="upper left")
    both = {r["period"]: r for r in rows if r["direction"] == "both"}
    index = [both.get(p, {}).get("coop_index") for p in periods]
    ax = axes[-1]
    ax.plot([i for i, v in zip(x, index, strict=True) if v is not None], [v for v in index if v is not None],
            marker="o", color="#333333")
    ax.axhline(0, color="#999999", linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel("cooperation index\n(both ways)")
    ax.set_xticks(list(x), periods, rotation=45, ha="right", fontsize=8)
    fig.suptitle(title)
    fig.tight_layout()
    return fig


def plot_series(rows: list[dict[str, Any]], path: str | Path, title: str) -> Path:
    """Write the chart of a dyad series to ``path`` (``.png`` or ``.html``)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".png", ".html", ".htm"):
        raise BadOptionError(f"--plot must end in .png or .html, not {path.name!r}")
    if not rows:
        raise BadOptionError("nothing to plot: the series is empty")
    fig = _figure(rows, title)
    try:
        if suffix == ".png":
            fig.savefig(path, dpi=110)
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
