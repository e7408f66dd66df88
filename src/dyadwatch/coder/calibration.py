"""A confidence that means "right": the probability that an event an analyst would keep.

The coder's raw confidence says how sure the typer and the lexicon are of the *type*. On running news
most wrong events have a plausible type and wrong parties, or no political act at all behind them.
:class:`Calibration` maps an event's evidence (the raw confidence, the quad class, what kind of party
the source and target are, where their countries come from) to the probability that the
event is right, type and both countries, as judged against the real-news development set
(``data/devset``) and the project's own sample corpus. It is a logistic model, fitted by
``scripts/fit_calibration.py`` on the development set's *tune* split (real news) and on the sample
corpus's hand labels (wire stories between countries, which the real-news set has few of); figures
are reported on the *test* split, which is never fitted on. The fitted weights and the default threshold
ship in ``data/calibration.json``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from ..errors import DataError
from ..records import Actor, Event
from .codes import DEFAULT_CODE_BY_TYPE
from .eventtyper import NONE, Typing, same_type

STATE = frozenset({"GOV", "MIL", "JUD", "LEG", "COP", "SPY"})
POLITICAL = frozenset({"PTY", "REB", "OPP", "IGO", "NGO", "HRI", "ELI"})
SOCIETY = frozenset({"CVL", "LAB", "REF", "AGR", "ENV", "EDU", "CRM"})
CONTENTIOUS = frozenset({"PROTEST", "ASSAULT", "MOBILIZE", "REQUEST"})


def party_class(actor: Actor | None) -> str:
    """state, political, society, institution, named (a party of unknown kind) or none."""
    if actor is None:
        return "none"
    if actor.sector in STATE:
        return "state"
    if actor.sector in POLITICAL or actor.kind == "organisation":
        return "political"
    if actor.sector in SOCIETY:
        return "society"
    if actor.sector is not None:
        return "institution"
    return "country" if actor.kind == "country" else "named"


def generic_code(event: Event) -> bool:
    """The event carries its type's generic code: the typer's reading of the sentence, or a word the lexicon
    codes only by its root."""
    return event.cameo == DEFAULT_CODE_BY_TYPE.get(event.event_type)


def features(event: Event, typing: Typing | None = None) -> dict[str, float]:
    """The evidence the calibration weighs, as named features (absent ones are 0): the raw confidence, the
    type and its quad class, whether the code is the type's generic one, the kinds of parties and where their
    countries come from. ``typing``: the typer's verdict on the event's sentence, when there is one: how
    likely it finds no event there at all, and whether the event is the one it typed or another act of the
    sentence."""
    target = event.recipient
    source = party_class(event.actor)
    out = {
        "bias": 1.0,
        "confidence": event.confidence,
        f"source={source}": 1.0,
        f"target={party_class(target)}": 1.0,
        f"quad={event.quad_class}": 1.0,
        f"type={event.event_type}": 1.0,  # on running news some types are told loosely ("promised" as SUPPORT)
    }
    if generic_code(event):
        out["generic_code"] = 1.0
    if source == "society" and event.event_type in CONTENTIOUS:
        out["society_contends"] = 1.0  # protesters protesting, a mob attacking: what such groups do
    if event.actor.kind == "person":
        out["source_kind=person"] = 1.0
    if target is not None and target.kind == "person":
        out["target_kind=person"] = 1.0
    if target is not None and target.country and event.actor.country and target.country != event.actor.country:
        out["between_countries"] = 1.0
    if event.actor.country_source == "story":
        out["source_country=story"] = 1.0
    if target is not None and target.country_source == "story":
        out["target_country=story"] = 1.0
    if target is not None and target.country is None:
        out["target_country=none"] = 1.0
    if event.actor.country is None:
        out["source_country=none"] = 1.0
    if typing is not None:
        out["typer_none"] = typing.prob(NONE)
        out["typer_type"] = typing.prob(event.event_type)
        if not same_type(event.event_type, typing.label):
            out["typer_other_type"] = 1.0  # a second act of the sentence, or one the typer reads otherwise
    return out


@dataclass(frozen=True)
class Calibration:
    """Weights of a logistic model over :func:`features`, and the threshold the default output keeps."""

    version: str
    weights: Mapping[str, float] = field(default_factory=dict)
    threshold: float = 0.0
    note: str = ""

    def probability(self, event: Event, typing: Typing | None = None) -> float:
        return self.probability_of(features(event, typing))

    def probability_of(self, feats: Mapping[str, float]) -> float:
        z = sum(self.weights.get(name, 0.0) * value for name, value in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def load(cls, path: Path | None = None) -> Calibration:
        text = (path.read_text(encoding="utf-8") if path is not None else
                resources.files("dyadwatch").joinpath("data/calibration.json").read_text(encoding="utf-8"))
        try:
            raw = json.loads(text)
            return cls(str(raw["version"]), MappingProxyType({str(k): float(v) for k, v in raw["weights"].items()}),
                       float(raw["threshold"]), str(raw.get("note", "")))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise DataError(f"calibration table {path or 'data/calibration.json'} is malformed ({exc})") from None

    def to_json(self) -> str:
        return json.dumps({"version": self.version, "threshold": self.threshold, "note": self.note,
                           "weights": dict(sorted(self.weights.items()))}, indent=1) + "\n"


def fit(rows: list[tuple[dict[str, float], bool]], l2: float = 1.0, steps: int = 4000, rate: float = 0.1
        ) -> dict[str, float]:
    """L2-regularised logistic regression by gradient descent (no bias penalty); deterministic."""
    names = sorted({name for feats, _ in rows for name in feats})
    weights = dict.fromkeys(names, 0.0)
    n = max(1, len(rows))
    for _ in range(steps):
        grad = dict.fromkeys(names, 0.0)
        for feats, right in rows:
            z = sum(weights[k] * v for k, v in feats.items())
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            for k, v in feats.items():
                grad[k] += (p - float(right)) * v
        for k in names:
            penalty = 0.0 if k == "bias" else l2 * weights[k]
            weights[k] -= rate * (grad[k] / n + penalty / n)
    return {k: round(v, 4) for k, v in weights.items() if abs(v) >= 1e-4}
