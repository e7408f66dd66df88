"""The CLI's store commands (``events``, ``show``, ``dyad``, ``dyads``, ``commitments``, ``export``):
a thin layer over :mod:`dyadwatch.analysis.query` and :class:`~dyadwatch.analysis.eventdb.EventDB`.
``dyadwatch.cli`` registers :data:`STORE_COMMANDS` on its app; :class:`OneLineErrors` makes every
usage error (a bad option, a wrong choice, a missing argument) one ``Error: [D201] ...`` line and
exit status 1, like every library error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer._click import exceptions as usage  # typer 0.29 carries its own click: its exceptions are these
from typer.core import TyperGroup

from .errors import BadOptionError


class OneLineErrors(TyperGroup):
    """A Typer group whose usage errors are one line, ``Error: [D201] ...``, with exit status 1."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, windows_expand_args: bool = True,
             **extra: Any) -> Any:
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False,
                                  windows_expand_args=windows_expand_args, **extra)
        except usage.UsageError as exc:
            if not standalone_mode:
                raise
            if type(exc).__name__ == "NoArgsIsHelpError" or exc.message == "Missing command.":
                exc.show()  # "dyadwatch" alone prints the help
                sys.exit(exc.exit_code)
            where = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
            typer.echo(f"Error: [{BadOptionError.code}] {exc.format_message()}{where}", err=True)
            sys.exit(1)
        except usage.ClickException as exc:
            if not standalone_mode:
                raise
            typer.echo(f"Error: [{BadOptionError.code}] {exc.format_message()}", err=True)
            sys.exit(1)
        except usage.Abort:
            if not standalone_mode:
                raise
            typer.echo("Error: interrupted", err=True)
            sys.exit(1)
        if standalone_mode:
            sys.exit(result if isinstance(result, int) else 0)
        return result


class ListFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


class SeriesFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ShowFormat(StrEnum):
    text = "text"
    json = "json"


class ExportFormat(StrEnum):
    gdelt = "gdelt"
    gdelt_mentions = "gdelt-mentions"
    plover = "plover"
    parquet = "parquet"
    csv = "csv"
    reviews = "reviews"


class Count(StrEnum):
    events = "events"
    mentions = "mentions"


DbOpt = Annotated[Path, typer.Option("--db", help="DuckDB file of the event store.")]
ActorOpt = Annotated[str | None, typer.Option("--actor", help="Only events by this party: an ISO alpha-3 code, "
                                              "a country name or an international body (UNO, EU, NATO).")]
RecipientOpt = Annotated[str | None, typer.Option("--recipient", help="Only events aimed at this party.")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="Only this PLOVER type (AGREE, ACCUSE, ...).")]
CameoOpt = Annotated[str | None, typer.Option("--cameo", help="Only this CAMEO code or its first digits (03).")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="Only events dated on or after this "
                                              "(YYYY, YYYY-MM or YYYY-MM-DD).")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Only events dated on or before this.")]
ConfidenceOpt = Annotated[float, typer.Option("--min-confidence", help="Only events coded with at least this "
                                              "confidence (0 to 1).")]
SearchOpt = Annotated[str | None, typer.Option("--search", help="Only events whose sentence has these words.")]
HAPPENED_HELP = ("Which modalities count: happened (asserted and reported, the default), all, or a list "
                 "such as planned,denied.")
ModalityOpt = Annotated[str | None, typer.Option("--modality", help=HAPPENED_HELP)]
ListModalityOpt = Annotated[str | None, typer.Option("--modality", help="Only these modalities: happened, all "
                                                     "(the default) or a list such as planned,denied.")]
CountOpt = Annotated[Count, typer.Option("--count", help="events: merged events, reports of one event counting "
                                         "once (the default, as GDELT's events); mentions: every report.")]


def _safely(fn: Callable[[], None]) -> None:
    from .cli import run_safely

    run_safely(fn)


def _filters(actor: str | None = None, recipient: str | None = None, type: str | None = None,
             cameo: str | None = None, modality: str | None = None, since: str | None = None,
             until: str | None = None, min_confidence: float = 0.0, search: str | None = None,
             default: tuple[str, ...] | None = ("asserted", "reported")) -> Any:
    from .analysis import query

    return query.EventFilters(actor=actor, recipient=recipient, type=type, cameo=cameo,
                              modality=query.parse_modality(modality, default), since=since, until=until,
                              min_confidence=min_confidence, q=search)


def _counted(count: Count, modality: tuple[str, ...] | None) -> str:
    unit = "merged events (reports of one event count once)" if count is Count.events else "mentions (reports)"
    which = "every modality" if modality is None else ", ".join(modality)
    return f"counting {unit}; modality: {which}"


def events(
    db: DbOpt = Path("dyadwatch.duckdb"),
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="table, jsonl (one event per line, with its "
                                            "article), json (one list) or csv.")] = ListFormat.table,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many events.")] = None,
    actor: ActorOpt = None, recipient: RecipientOpt = None, type: TypeOpt = None, cameo: CameoOpt = None,
    modality: ListModalityOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    min_confidence: ConfidenceOpt = 0.0, search: SearchOpt = None,
) -> None:
    """List the stored events (mentions), by date, with their article."""

    def work() -> None:
        from .analysis import query
        from .analysis.eventdb import EventDB

        filters = _filters(actor, recipient, type, cameo, modality, since, until, min_confidence, search, None)
        with EventDB(db) as store:
            rows = query.iter_events(store, filters, limit=limit)
            columns = query.event_columns(store)
        if fmt is ListFormat.table:
            from .cli import print_table
            from .store.eventstore import stored_event_dict

            print_table([stored_event_dict(r) for r in rows], sys.stdout)
        elif fmt is ListFormat.csv:
            import csv

            writer = csv.writer(sys.stdout)
            writer.writerow(columns)
            writer.writerows([["" if r.get(c) is None else r[c] for c in columns] for r in rows])
        else:
            shaped = [_event_json(r) for r in rows]
            if fmt is ListFormat.json:
                sys.stdout.write(json.dumps(shaped, ensure_ascii=False, default=str) + "\n")
            else:
                sys.stdout.writelines(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in shaped)

    _safely(work)


def _event_json(row: dict[str, Any]) -> dict[str, Any]:
    from .store.eventstore import stored_event_dict

    return {**stored_event_dict(row), "date_precision": row["date_precision"], "merged_id": row["merged_id"],
            "actor_code": row["actor_code"], "recipient_code": row["recipient_code"],
            "article": {k: row[k] for k in ("title", "url", "published", "source")}}


def show(
    event_id: Annotated[str, typer.Argument(help="An event id (or its first 6+ characters), or a merged "
                                            "event's id.")],
    db: DbOpt = Path("dyadwatch.duckdb"),
    fmt: Annotated[ShowFormat, typer.Option("--format", "-f", help="text or json.")] = ShowFormat.text,
) -> None:
    """Show one event: its sentence and span, article, modality, confidence, coder and every mention."""

    def work() -> None:
        from .analysis.eventdb import EventDB

        with EventDB(db) as store:
            found = store.event(event_id)
        if fmt is ShowFormat.json:
            sys.stdout.write(json.dumps(found, ensure_ascii=False, default=str, indent=2) + "\n")
        else:
            sys.stdout.write(describe_event(found))

    _safely(work)


def describe_event(found: dict[str, Any]) -> str:
    """One event (as :func:`dyadwatch.analysis.query.get_event` gives it) as text for people."""
    e, art, merged = found["event"], found["article"] or {}, found["merged"] or {}

    def party(prefix: str) -> str:
        if e[f"{prefix}_text"] is None and e[f"{prefix}_name"] is None:
            return "-"
        code = e[f"{prefix}_code"] or "?"
        return f"{e[f'{prefix}_name'] or e[f'{prefix}_text']} ({code} {e[f'{prefix}_sector'] or ''})".replace(" )", ")")

    sentence = found["sentence"]["text"] or e["sentence"] or ""
    start, end = found["span"]
    base = found["sentence"]["start"] or 0
    marked = sentence
    if start is not None and end is not None and 0 <= start - base <= end - base <= len(sentence):
        marked = f"{sentence[:start - base]}[{sentence[start - base:end - base]}]{sentence[end - base:]}"
    lines = [
        f"event      {e['event_id']}  (merged {e['merged_id'] or '-'})",
        f"type       {e['event_type']} {e['mode'] or ''}  CAMEO {e['cameo']}  quad {e['quad_class']}  "
        f"Goldstein {e['goldstein']}",
        f"who        {party('actor')} -> {party('recipient')}",
        f"date       {e['event_date'] or '-'} ({e['date_precision']}; text: {e['date_text'] or '-'})",
        f"modality   {e['modality']}{'  negated' if e['negated'] else ''}",
        f"place      {e['location_name'] or '-'}",
        f"confidence {e['confidence']}  coder {e['coder']}",
        f"sentence   #{e['sentence_index']} span {start}-{end} (trigger {e['trigger']!r})",
        f"           {marked}",
        f"article    {art.get('title') or '-'}  ({art.get('source') or '-'}, {art.get('published') or 'undated'})",
        f"           {art.get('url') or art.get('article_id') or ''}",
        f"mentions   {merged.get('num_mentions', 0)} in {merged.get('num_articles', 0)} articles, "
        f"{merged.get('num_sources', 0)} sources",
    ]
    for m in found["mentions"]:
        best = "*" if m["is_best"] else " "
        lines.append(f"         {best} {m['event_id']}  {m['published'] or 'undated'}  {m['source'] or '-'}  "
                     f"{m['modality']}  {m['confidence']}  {(m['sentence'] or '')[:90]}")
    lines += [f"warning    {w['code']} {w['message']}" for w in found["warnings"]]
    return "\n".join(lines) + "\n"


def dyad(
    a: Annotated[str, typer.Argument(help="One party: an ISO alpha-3 code (USA), a country name (China) or an "
                                     "international body (UNO).")],
    b: Annotated[str, typer.Argument(help="The other party.")],
    db: DbOpt = Path("dyadwatch.duckdb"),
    by: Annotated[str, typer.Option("--by", help="day, week, month or year.")] = "month",
    fmt: Annotated[SeriesFormat, typer.Option("--format", "-f", help="table, json or csv.")] = SeriesFormat.table,
    plot: Annotated[Path | None, typer.Option("--plot", help="Also write a chart: .png or .html.")] = None,
    count: CountOpt = Count.events, modality: ModalityOpt = None, since: SinceOpt = None,
    until: UntilOpt = None, type: TypeOpt = None, cameo: CameoOpt = None, min_confidence: ConfidenceOpt = 0.0,
) -> None:
    """The event series of a pair, each direction and both, every period (zeros included)."""

    def work() -> None:
        from .analysis import query
        from .analysis.eventdb import EventDB, _frame

        if plot is not None:
            from .analysis.plot import check_plot_path

            check_plot_path(plot)  # before any output
        filters = _filters(None, None, type, cameo, modality, since, until, min_confidence)
        with EventDB(db) as store:
            rows = query.dyad_series(store, a, b, filters, by=by, count=count.value)
        first, second = query.resolve_party(a), query.resolve_party(b)
        title = f"{first}-{second} by {by}, {_counted(count, filters.modality)}"
        typer.echo(title, err=True)
        emit_frame(_frame(rows, list(query.SERIES_COLUMNS), "pandas"), fmt, title,
                   ["period", "direction", "events", "verbal_coop", "material_coop", "verbal_conflict",
                    "material_conflict", "goldstein_sum", "coop_index"])
        if plot is not None:
            from .analysis.plot import plot_series

            plot_series(rows, plot, f"{first}-{second} by {by} ({count.value})", by)
            typer.echo(f"wrote {plot}", err=True)

    _safely(work)


def emit_frame(frame: Any, fmt: SeriesFormat, title: str, columns: list[str] | None = None) -> None:
    """A DataFrame to stdout as a table (``columns`` only), JSON (a list of objects) or CSV."""
    if fmt is SeriesFormat.json:
        sys.stdout.write(frame.to_json(orient="records", date_format="iso") + "\n")
    elif fmt is SeriesFormat.csv:
        frame.to_csv(sys.stdout, index=False)
    else:
        import pandas
        from rich.console import Console
        from rich.table import Table

        cols = [c for c in (columns or list(frame.columns)) if c in frame.columns]
        table = Table(*cols, title=title)
        for row in frame[cols].itertuples(index=False):
            table.add_row(*("" if pandas.isna(v) else str(v) for v in row))
        Console(width=None if sys.stdout.isatty() else 200).print(table)


def dyads(
    db: DbOpt = Path("dyadwatch.duckdb"),
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many pairs.")] = 20,
    fmt: Annotated[SeriesFormat, typer.Option("--format", "-f", help="table, json or csv.")] = SeriesFormat.table,
    count: CountOpt = Count.events, modality: ModalityOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Only pairs with this party.")] = None,
    min_confidence: ConfidenceOpt = 0.0,
) -> None:
    """Pairs ranked by how many events happened between them (either direction)."""

    def work() -> None:
        from .analysis.eventdb import EventDB

        filters = _filters(actor, None, None, None, modality, since, until, min_confidence)
        with EventDB(db) as store:
            frame = store.dyads(limit=limit, count=count.value, modality=list(filters.modality or ["all"]),
                                since=since, until=until, actor=actor, min_confidence=min_confidence)
        title = f"pairs by {count.value}, {_counted(count, filters.modality)}"
        typer.echo(title, err=True)
        emit_frame(frame, fmt, title)

    _safely(work)


def commitments(
    a: Annotated[str, typer.Argument(help="One party, e.g. USA or China.")],
    b: Annotated[str, typer.Argument(help="The other, e.g. CHN.")],
    db: DbOpt = Path("dyadwatch.duckdb"),
    fmt: Annotated[SeriesFormat, typer.Option("--format", "-f", help="table, json or csv.")] = SeriesFormat.table,
) -> None:
    """Pledges and deals between two parties: who promised what to whom, when, its status and evidence."""

    def work() -> None:
        from .analysis import query
        from .analysis.eventdb import EventDB

        with EventDB(db) as store:
            frame = store.commitments(a, b)
        emit_frame(frame, fmt, f"commitments {query.resolve_party(a)}-{query.resolve_party(b)}",
                   ["event_date", "actor_code", "actor_name", "recipient_code", "cameo", "what", "status",
                    "status_reason"])

    _safely(work)


def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="gdelt (61 tab-separated columns, merged "
                                              "events), gdelt-mentions (GDELT's mentions table), plover (JSONL), "
                                              "parquet (a folder by month), csv, or reviews (the reviews, as "
                                              "training data: JSONL).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="The file (a folder for parquet) to write.")],
    db: DbOpt = Path("dyadwatch.duckdb"),
    actor: ActorOpt = None, recipient: RecipientOpt = None, type: TypeOpt = None, cameo: CameoOpt = None,
    modality: ModalityOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    min_confidence: ConfidenceOpt = 0.0,
) -> None:
    """Export the store (what happened, unless --modality says otherwise); a sidecar JSON names the code
    table, coder versions and filters used."""

    def work() -> None:
        from .analysis.eventdb import EventDB
        from .analysis.export import export as write

        if fmt is ExportFormat.reviews:  # the reviews of dyadwatch serve, as training data (JSONL)
            from .store.reviews import export_reviews

            with EventDB(db) as store:
                done = export_reviews(store.store.db, output)
            typer.echo(f"wrote {done['rows']} reviews of {done['events']} events to {done['path']}", err=True)
            return
        filters = _filters(actor, recipient, type, cameo, modality, since, until, min_confidence)
        with EventDB(db) as store:
            meta = write(store, fmt.value, output, filters)
        skipped = f", {meta['skipped']} left out (no date)" if meta["skipped"] else ""
        typer.echo(f"wrote {meta['rows']} rows to {meta['path']}{skipped} (modality {', '.join(meta['modality'])}; "
                   f"code table {meta['code_table']}; {meta['sidecar']})", err=True)

    _safely(work)


#: (name, function) of the store commands, registered by :mod:`dyadwatch.cli`
STORE_COMMANDS: tuple[tuple[str, Callable[..., None]], ...] = (
    ("events", events), ("show", show), ("dyad", dyad), ("dyads", dyads), ("commitments", commitments),
    ("export", export),
)
