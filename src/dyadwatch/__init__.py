"""dyadwatch: open political-event data from news text (who did what to whom, when, where)."""

from __future__ import annotations

from .analysis.eventdb import EventDB, open
from .config import Options, make_options
from .errors import DyadwatchError
from .pipeline import Pipeline, code_text
from .records import Actor, Article, CodedArticle, Event, Quote
from .store.eventstore import EventStore

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "CodedArticle",
    "DyadwatchError",
    "Event",
    "EventDB",
    "EventStore",
    "Options",
    "Pipeline",
    "Quote",
    "__version__",
    "code_text",
    "make_options",
    "open",
]
