"""Engines: how the pure stages are mapped over a stream of articles.

One pipeline serves every engine; they differ only in where :class:`~dyadwatch.pipeline.Pipeline`
runs:

- ``local``: one pipeline in this process.
- ``process``: a :class:`concurrent.futures.ProcessPoolExecutor`; each worker process builds one
  pipeline in its initializer and codes chunks of articles.
- ``dask``: a :class:`dask.distributed.Client` (a local cluster of ``workers`` processes, or the
  scheduler at ``scheduler``); each Dask worker builds one pipeline on its first chunk and keeps it.

Every engine yields coded articles in input order and keeps at most ``2 * workers`` chunks in
flight, so the input is streamed and memory stays flat. Events are identical across engines:
their ids hash content and coder version, never where they were coded. An article whose coding
fails unexpectedly comes back in its place as a D107 :class:`~dyadwatch.readers.Problem`.

Workers never outlive the run: they ignore Ctrl-C (the parent stops them, so no worker prints a
traceback), a process-pool worker gets SIGTERM when its parent dies (``PR_SET_PDEATHSIG``), and
every worker, Dask's too, runs a watchdog thread that ends it once its parent process is gone.
"""

from __future__ import annotations

import importlib.util
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any

from .config import Options
from .errors import BadOptionError, DyadwatchError, SchedulerError
from .pipeline import Pipeline
from .readers.core import Problem
from .records import Article, CodedArticle

ENGINES = ("local", "process", "dask")
DASK_MISSING = "--engine dask needs dask.distributed; install it with pip install 'dyadwatch[dask]'"
DASK_PIPELINES = "_dyadwatch_pipelines"  # attribute of a dask Worker: {Options: Pipeline}


@dataclass(frozen=True, slots=True)
class RemoteFailure:
    """A dyadwatch error raised in a worker, sent back as data so it is re-raised unchanged."""

    error_type: type[DyadwatchError]
    message: str

    def reraise(self) -> None:
        raise self.error_type(self.message)


Coded = CodedArticle | Problem
ChunkResult = list[Coded] | RemoteFailure
WATCHDOG_SECONDS = 1.0
SCHEDULER_TIMEOUT = "10s"


def check_engine(engine: str, workers: int, chunk_size: int = 32) -> None:
    """Raise :class:`BadOptionError` for an unknown engine or a non-positive count."""
    if engine not in ENGINES:
        raise BadOptionError(f"--engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if workers < 1:
        raise BadOptionError(f"--workers must be at least 1, not {workers}")
    if chunk_size < 1:
        raise BadOptionError(f"chunk_size must be at least 1, not {chunk_size}")


def code_stream(
    articles: Iterable[Article],
    options: Options,
    engine: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
    chunk_size: int = 32,
) -> Iterator[Coded]:
    """Code ``articles`` with the chosen engine, yielding coded articles (or, for an article that
    failed, its D107 problem) in input order."""
    check_engine(engine, workers, chunk_size)
    if scheduler is not None and engine != "dask":
        raise BadOptionError("--scheduler only applies to --engine dask")
    if engine == "local":
        return Pipeline(options).code_safely(articles)
    chunks = chunked(articles, chunk_size)
    if engine == "process":
        return _process_stream(chunks, options, workers)
    if importlib.util.find_spec("distributed") is None:
        raise BadOptionError(DASK_MISSING)
    return _dask_stream(chunks, options, workers, scheduler)


def chunked(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while chunk := list(islice(it, size)):
        yield chunk


def _code_chunk(pipeline: Pipeline, chunk: list[Article]) -> ChunkResult:
    try:
        return list(pipeline.code_safely(chunk))
    except DyadwatchError as exc:
        return RemoteFailure(type(exc), exc.message)


def _unwrap(result: ChunkResult) -> list[Coded]:
    if isinstance(result, RemoteFailure):
        result.reraise()
        raise AssertionError("unreachable")  # pragma: no cover
    return result


# --- process engine -------------------------------------------------------------------------
# The one pipeline of a worker process. It is set only by _init_process_worker, which the
# executor runs once in each worker process it starts (never in the parent), and read only by
# _code_chunk_in_process in that same process: a per-process holder, not a shared cache.
_PROCESS_WORKER: dict[str, Pipeline | RemoteFailure] = {}


def guard_worker(parent: int | None = None, main_thread: bool = True) -> None:
    """Make this worker process end with its parent: SIGTERM on the parent's death (Linux; only
    from the process's main thread), a watchdog thread that exits once the parent is gone, and no
    Ctrl-C of its own (the parent stops the workers; none prints a traceback)."""
    parent = parent or os.getppid()
    if main_thread:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if sys.platform.startswith("linux"):
            try:
                import ctypes

                ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
            except (OSError, AttributeError):
                pass
    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="dyadwatch-watchdog").start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCHDOG_SECONDS)
    os._exit(1)


def _init_process_worker(options: Options, parent: int | None = None) -> None:
    guard_worker(parent)
    try:
        _PROCESS_WORKER["pipeline"] = Pipeline(options)
    except DyadwatchError as exc:  # reported with the first chunk instead of breaking the pool
        _PROCESS_WORKER["pipeline"] = RemoteFailure(type(exc), exc.message)


def _code_chunk_in_process(chunk: list[Article]) -> ChunkResult:
    pipeline = _PROCESS_WORKER["pipeline"]
    if isinstance(pipeline, RemoteFailure):
        return pipeline
    return _code_chunk(pipeline, chunk)


def _process_stream(chunks: Iterator[list[Article]], options: Options, workers: int) -> Iterator[CodedArticle]:
    limit = 2 * workers
    context = multiprocessing.get_context("spawn")  # no fork of a threaded parent
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                   initializer=_init_process_worker, initargs=(options, os.getpid()))
    in_flight: deque[Future[ChunkResult]] = deque()
    finished = False
    try:
        for chunk in chunks:
            in_flight.append(executor.submit(_code_chunk_in_process, chunk))
            if len(in_flight) >= limit:
                yield from _unwrap(in_flight.popleft().result())
        while in_flight:
            yield from _unwrap(in_flight.popleft().result())
        finished = True
    finally:
        if finished:
            executor.shutdown(wait=True)
        else:  # stopped (Ctrl-C, SIGTERM, an error, the consumer gave up): end the workers now
            stop_pool(executor)


def stop_pool(executor: ProcessPoolExecutor) -> None:
    """End a process pool's workers without waiting for their chunks."""
    processes = list((getattr(executor, "_processes", None) or {}).values())
    manager = getattr(executor, "_executor_manager_thread", None)  # shutdown() forgets it
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
    if manager is not None:  # let it end now, and keep the interpreter's exit hook off its closed pipe
        manager.join(timeout=5)
        from concurrent.futures import process as futures_process

        getattr(futures_process, "_threads_wakeups", {}).pop(manager, None)


# --- dask engine ----------------------------------------------------------------------------


def _code_chunk_on_dask_worker(chunk: list[Article], options: Options) -> ChunkResult:
    """Run on a Dask worker: build its pipeline on the first chunk, keep it on the worker."""
    from distributed import get_worker

    worker = get_worker()
    if not getattr(worker, "_dyadwatch_guarded", False):
        guard_worker(main_thread=False)  # tasks run in a worker thread: the watchdog only
        worker._dyadwatch_guarded = True  # type: ignore[attr-defined]
    pipelines: dict[Options, Pipeline] | None = getattr(worker, DASK_PIPELINES, None)
    if pipelines is None:
        pipelines = {}
        setattr(worker, DASK_PIPELINES, pipelines)
    pipeline = pipelines.get(options)
    if pipeline is None:
        try:
            pipeline = pipelines[options] = Pipeline(options)
        except DyadwatchError as exc:
            return RemoteFailure(type(exc), exc.message)
    return _code_chunk(pipeline, chunk)


def dask_setup(worker: Any) -> None:
    """Dask's preload hook, run in each local worker process's main thread at start: the worker
    ignores Ctrl-C and ends with its parent (the dyadwatch process that started the cluster)."""
    guard_worker()
    worker._dyadwatch_guarded = True


def _dask_client(workers: int, scheduler: str | None) -> tuple[Any, Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise BadOptionError(DASK_MISSING) from None
    if scheduler:
        try:
            return Client(scheduler, timeout=SCHEDULER_TIMEOUT), None
        except (OSError, TimeoutError) as exc:
            raise SchedulerError(f"cannot reach the Dask scheduler at {scheduler} ({type(exc).__name__}: "
                                 f"{str(exc).splitlines()[0] if str(exc) else 'no answer'})") from None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                           preload=["dyadwatch.engines"],  # runs dask_setup in each worker process
                           silence_logs=logging.CRITICAL)  # a stopped run prints one line, not Dask's warnings
    return Client(cluster), cluster


def _dask_stream(chunks: Iterator[list[Article]], options: Options, workers: int,
                 scheduler: str | None) -> Iterator[Coded]:
    client, cluster = _dask_client(workers, scheduler)
    from distributed import as_completed

    limit = 2 * workers
    pending: dict[Any, int] = {}  # future -> chunk number
    ready: dict[int, list[Coded]] = {}  # reorder buffer
    completed = as_completed()
    submitted = 0
    yielded = 0
    try:
        exhausted = False
        while True:
            while not exhausted and submitted - yielded < limit:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                future = client.submit(_code_chunk_on_dask_worker, chunk, options, pure=False)
                pending[future] = submitted
                completed.add(future)
                submitted += 1
            if yielded == submitted:
                break
            future = next(completed)
            ready[pending.pop(future)] = _unwrap(future.result())
            future.release()
            while yielded in ready:
                yield from ready.pop(yielded)
                yielded += 1
    finally:
        for future in pending:
            future.cancel()
        client.close()
        if cluster is not None:
            cluster.close()
