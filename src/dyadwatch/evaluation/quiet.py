"""Disaster and accident snippets: news that mostly holds no political act.

``data/quiet/*.jsonl`` holds short news openings about earthquakes, floods, fires, crashes, outbreaks and
weather, written for dyadwatch and labelled blind to the coder (``data/quiet/README.md``). Each line is
``{"id", "published", "kind", "text", "acts"}``, where ``acts`` lists the political acts an analyst would
code by the guide (``data/devset/GUIDE.md``): ``[]`` for most, an army's evacuation or a foreign rescue team
(AID), an arrest (COERCE) or a protest for the rest.

The figure that matters is the share of snippets with **no act** that the coder leaves with no event (a
false alarm on the rest is an event dataset's commonest error). The snippets with an act say whether the
coder still finds what is there. Odd ids are the look half, even ids the report half, as for the held-out
wire corpora (:func:`~dyadwatch.evaluation.wirecorpus.in_half`).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import BadRecordError
from ..records import Article, CodedArticle
from .wirecorpus import in_half

KINDS = frozenset({"earthquake", "flood", "storm", "fire", "heat", "drought", "landslide", "disease",
                   "transport", "industrial", "collapse", "other"})


@dataclass(frozen=True)
class Snippet:
    id: str
    published: date
    kind: str
    text: str
    acts: tuple[str, ...]  # the PLOVER types of the political acts an analyst would code; () for none

    def article(self) -> Article:
        return Article(id=self.id, text=self.text, published=self.published)


def read_snippets(path: Path) -> list[Snippet]:
    """The snippets of one file; a line that is no snippet raises [D103] naming the file and the line."""
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            acts = tuple(str(act["type"]) for act in raw["acts"])
            snippet = Snippet(str(raw["id"]), date.fromisoformat(raw["published"]), str(raw["kind"]),
                              str(raw["text"]), acts)
        except (ValueError, KeyError, TypeError) as exc:
            raise BadRecordError(f"{path}:{number}: not a snippet ({exc})") from None
        if snippet.kind not in KINDS:
            raise BadRecordError(f"{path}:{number}: unknown kind {snippet.kind!r}")
        out.append(snippet)
    return out


def load_snippets(folder: Path, half: str = "all") -> list[Snippet]:
    """Every snippet of the ``*.jsonl`` files of ``folder`` in one half (look, report or all)."""
    return [s for path in sorted(folder.glob("*.jsonl")) for s in read_snippets(path) if in_half(s.id, half)]


@dataclass
class QuietScore:
    quiet: int = 0               # snippets with no act
    quiet_silent: int = 0        # ... of them given no event
    acted: int = 0               # snippets with an act
    acted_found: int = 0         # ... of them given an event of a labelled type
    acted_any: int = 0           # ... of them given any event
    false_alarms: Counter[str] = field(default_factory=Counter)  # event types given on snippets with no act
    by_kind: Counter[tuple[str, bool]] = field(default_factory=Counter)  # (kind, given no event) on no-act ones

    @property
    def silent_share(self) -> float:
        """The share of snippets with no act that get no event."""
        return self.quiet_silent / max(1, self.quiet)

    @property
    def no_event_share(self) -> float:
        """The share of all snippets that get no event (acts or not)."""
        return (self.quiet_silent + self.acted - self.acted_any) / max(1, self.quiet + self.acted)

    @property
    def found_share(self) -> float:
        return self.acted_found / max(1, self.acted)


def score_snippets(snippets: Sequence[Snippet], coded: Iterable[CodedArticle]) -> QuietScore:
    """Score the coder's output (one coded article per snippet, in any order) against the snippets' acts."""
    by_id = {c.article.id: c for c in coded}
    score = QuietScore()
    for snippet in snippets:
        events = by_id[snippet.id].events
        types = {e.event_type for e in events}
        if snippet.acts:
            score.acted += 1
            score.acted_any += bool(events)
            score.acted_found += bool(types & set(snippet.acts))
        else:
            score.quiet += 1
            score.quiet_silent += not events
            score.by_kind[(snippet.kind, not events)] += 1
            score.false_alarms.update(e.event_type for e in events)
    return score
