"""A progress bar for long runs: rich, on stderr, only when stderr is a terminal.

It shows articles coded, articles per second and events found; when the size of the input is
known (files, not stdin) it also shows a bar over the bytes read and the time left. When stderr
is not a terminal (a pipe, a log file, a test) nothing is drawn; notes go to stderr as lines.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import IO, Any

from .readers import ReadStats


class RunProgress:
    """Use as a context manager; call :meth:`advance` per coded article and :meth:`note` for lines."""

    def __init__(self, total_bytes: int | None, stats: ReadStats, enabled: bool | None = None,
                 stream: IO[str] | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = total_bytes if total_bytes else None
        self.stats = stats
        self.articles = 0
        self.events = 0
        self._started = time.monotonic()
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> RunProgress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                Progress,
                SpinnerColumn,
                TaskProgressColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            columns: list[Any] = [SpinnerColumn(), TextColumn("coding")]
            if self.total:
                columns += [BarColumn(), TaskProgressColumn()]
            columns += [TextColumn("{task.fields[articles]} articles, {task.fields[rate]} articles/s, "
                                   "{task.fields[events]} events"), TimeElapsedColumn()]
            if self.total:
                columns += [TextColumn("ETA"), TimeRemainingColumn()]
            console = Console(file=self.stream)
            self._progress = Progress(*columns, console=console, redirect_stdout=False, redirect_stderr=False,
                                      transient=False)
            self._progress.start()
            self._task = self._progress.add_task("coding", total=self.total, articles=0, rate="0.0", events=0)
        self._started = time.monotonic()
        return self

    def advance(self, events: int = 0) -> None:
        """One more article coded, with ``events`` events."""
        self.articles += 1
        self.events += events
        if self._progress is None:
            return
        elapsed = max(time.monotonic() - self._started, 1e-6)
        completed = self.stats.bytes_done if self.total else self.articles
        self._progress.update(self._task, completed=completed, articles=self.articles,
                              rate=f"{self.articles / elapsed:.1f}", events=self.events)

    def note(self, line: str) -> None:
        """A line on stderr (above the bar while it is drawn)."""
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            self.stream.write(line + "\n")
            self.stream.flush()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._progress is not None:
            if kind is None and self.total:
                self._progress.update(self._task, completed=self.total)
            self._progress.stop()
            self._progress = None
