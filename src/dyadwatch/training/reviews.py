"""Reviews as training rows: ``dyadwatch train --reviews FILE`` folds the latest review of each
event (``dyadwatch export --format reviews``) into the typer's training.

A review teaches the typer the sentence's label: the corrected type, the original type when the
event was marked right, or NONE when it was marked wrong (no such event in the sentence). The rows
join the human-labelled rows of the final model; the cross-validation figures stay those of
``plv_train`` alone, so the model card keeps measuring the same thing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..store.reviews import read_review_file


def review_rows(path: Path) -> list[Any]:
    """The training rows (:class:`~dyadwatch.training.train.Row`) of a reviews export, one per
    reviewed event (its latest review)."""
    from .train import Row

    return [Row(text=r["text"], label=r["label"], source=r.get("source") or "", target=r.get("target") or "",
                origin=f"reviews:{r['event_id']}") for r in read_review_file(path)]
