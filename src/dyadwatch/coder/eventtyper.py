"""The learned event typer: which PLOVER type (or none) a sentence's main event has.

A small encoder (MiniLM, fine-tuned, int8 ONNX) reads the sentence; a linear head reads its
mean-pooled embedding together with cheap signals of the lexicon and the parse
(:func:`sentence_features`: the types the lexicon's predicates code, negation, passive voice, a
modal). The output is a calibrated distribution over the sixteen PLOVER types and ``NONE``.

The coder keeps the lexicon and the parse for what they are good at (which predicate, whose
action, the CAMEO code) and lets the typer decide the type (:func:`revise`):

- an event of the typed type (CONCEDE and RETREAT count as one, as YIELD) takes the typer's
  confidence; the sentence's other events fall below it, by how much the typer doubts their type
  (to half their own confidence at most);
- a typed event the lexicon missed is built on the sentence's main verb (:func:`main_predicates`)
  with the type's default CAMEO code, its source and target from the parse; material conflict
  needs more confidence (and more still next to the lexicon's cooperation);
- ``NONE`` with high confidence drops the lexicon's low-confidence events.

Inference needs ``onnxruntime``, ``tokenizers`` and ``numpy``, never torch. The model folder
(``models/eventtyper`` in the package, or ``DYADWATCH_TYPER``) holds ``encoder.onnx``,
``embeddings.npz`` (the int8 word-piece table), ``tokenizer.json``, ``head.npz``, ``typer.json``
and ``MODEL_CARD.md``; ``dyadwatch train`` writes it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelNotFoundError
from ..records import Actor, Event, Rejected, Sentence, Token
from .actnouns import LOOK_THROUGH_NOUNS
from .codes import CodeTable
from .lexicon import PredicateLexicon

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
NONE = "NONE"
LABELS = (*TYPES, NONE)
YIELD_TYPES = frozenset({"CONCEDE", "RETREAT"})
FEATURES = (*(f"lex:{t}" for t in TYPES), "negation", "passive", "modal", "no_predicate")
TYPER_ENV = "DYADWATCH_TYPER"
REPORT_VERBS = frozenset({"say", "tell", "add", "state", "announce", "report", "note", "claim", "write",
                          "insist", "explain", "confirm", "believe", "think", "according"})

# decision thresholds (see ``revise``), chosen on the CV folds of the training run
NEW_EVENT_MIN = 0.2       # least confidence to add an event the lexicon missed
NEW_CONFLICT_MIN = 0.5    # ... when it is material conflict (the most consequential for a dyad's series)
RETYPE_CONFLICT_MIN = 0.8  # ... when it would add material conflict next to lexicon cooperation
NONE_DROP_MIN = 0.8       # least NONE confidence to drop the lexicon's weak events
WEAK_EVENT = 0.6          # a lexicon event below this confidence is weak


@dataclass(frozen=True, slots=True)
class Typing:
    """The typer's verdict on one sentence: the distribution over LABELS (calibrated), and the sentence's
    mean-pooled embedding, which the event calibration reads too (None when the verdict was built by hand)."""

    probs: tuple[float, ...]
    version: str = "typer"
    embedding: np.ndarray | None = field(default=None, compare=False, repr=False)

    @property
    def label(self) -> str:
        return LABELS[int(np.argmax(self.probs))]

    @property
    def confidence(self) -> float:
        return float(max(self.probs))

    def prob(self, event_type: str) -> float:
        """Probability of a type; CONCEDE and RETREAT share YIELD's mass (they are one class in the gold)."""
        if event_type in YIELD_TYPES:
            return sum(self.probs[LABELS.index(t)] for t in YIELD_TYPES)
        return self.probs[LABELS.index(event_type)] if event_type in LABELS else 0.0


def same_type(a: str, b: str) -> bool:
    return a == b or (a in YIELD_TYPES and b in YIELD_TYPES)


def confirms(event: Event, label: str, promised: Collection[str] = ()) -> bool:
    """The typer's type is the event's: the same type, or AGREE for a meeting agreed or promised (``promised``: the
    ids of such events), since PLV codes an intent to meet (CAMEO 036) as AGREE where the annotation guide codes
    the meeting, CONSULT, as planned."""
    return same_type(event.event_type, label) or (label == "AGREE" and event.id in promised)


# --- features: model-free, from the parse and the lexicon ---------------------------------------

def lexicon_types(sentence: Sentence, lexicon: PredicateLexicon, codes: CodeTable) -> set[str]:
    found: set[str] = set()
    for token in sentence.tokens:
        match = lexicon.match(sentence, token)
        if match is not None and match.entry.cameo in codes:
            event_type = codes.get(match.entry.cameo).event_type
            if event_type:
                found.add(event_type)
    return found


def sentence_features(sentence: Sentence, lexicon: PredicateLexicon, codes: CodeTable) -> np.ndarray:
    """The cheap signals, as a vector in the order of FEATURES."""
    types = lexicon_types(sentence, lexicon, codes)
    vec = np.zeros(len(FEATURES), dtype=np.float32)
    for t in types:
        vec[TYPES.index(t)] = 1.0
    base = len(TYPES)
    vec[base] = float(any(t.dep == "neg" for t in sentence.tokens))
    vec[base + 1] = float(any(t.dep in ("nsubjpass", "auxpass") for t in sentence.tokens))
    vec[base + 2] = float(any(t.tag == "MD" for t in sentence.tokens))
    vec[base + 3] = float(not types)
    return vec


def main_predicate(sentence: Sentence) -> int | None:
    """The token that heads the sentence's main clause, past a reporting verb ("..., officials said")."""
    found = main_predicates(sentence)
    return found[0] if found else None


def main_predicates(sentence: Sentence) -> list[int]:
    """Candidate heads of the main event, best first: the main clause's verb (past a reporting verb),
    then the root itself (a copula: "X is willing to ..."), then the first verb."""
    roots = [t for t in sentence.tokens if t.head == t.i]
    if not roots:
        return []
    out: list[int] = []
    root = roots[0]
    for _ in range(3):
        if root.lemma.lower() not in REPORT_VERBS:
            break
        inner = [c for c in sentence.children(root.i) if c.dep in ("ccomp", "parataxis") and c.pos in ("VERB", "AUX")]
        if not inner:
            break
        root = inner[0]
    if root.pos in ("VERB", "NOUN", "PROPN", "AUX"):
        out.append(root.i)
    if roots[0].i not in out and roots[0].pos in ("VERB", "AUX"):
        out.append(roots[0].i)
    verbs = [t.i for t in sentence.tokens if t.pos == "VERB" and t.i not in out]
    return out + verbs[:1]


PHRASE_POS = frozenset({"NOUN", "PROPN"})
NAMED_PARTY_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE"})
PHRASE_SKIP_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "prep"})


class PhraseActors:
    """The article's actors, and for a noun the knowledge base cannot resolve, the noun phrase as written.

    Used for the events the typer adds: "the American Civil Liberties Union sued ..." keeps its party
    (no country, no sector) where the lexicon coder would drop the event.
    """

    def __init__(self, actors: Any) -> None:
        self.actors = actors

    @property
    def index(self) -> Any:
        return self.actors.index

    @property
    def mentions(self) -> Any:
        return self.actors.mentions

    @property
    def acts(self) -> Any:
        return self.actors.acts

    @property
    def story(self) -> str | None:
        return self.actors.story  # type: ignore[no-any-return]

    def resolve(self, sentence: Sentence, head: int) -> tuple[Actor, tuple[Actor, ...]] | None:
        got = self.actors.resolve(sentence, head)
        if got is not None:
            return got  # type: ignore[no-any-return]
        token = sentence.tokens[head]
        if token.pos not in PHRASE_POS or token.ent_type in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"):
            return None
        if token.lemma.lower() in LOOK_THROUGH_NOUNS and any(c.dep == "prep" for c in sentence.children(head)):
            return None  # "launched an investigation into X": the act, not a party; X comes next
        keep = {head}
        grew = True
        while grew:  # the head's subtree without clauses, appositions and prepositions
            grew = False
            for tok in sentence.tokens:
                if tok.i not in keep and tok.head in keep and tok.dep not in PHRASE_SKIP_DEPS:
                    keep.add(tok.i)
                    grew = True
        toks = [t for t in sentence.tokens if t.i in keep]
        if not doer(sentence, token) and not named(toks):
            return None  # an object that names no one ("lifted the sanctions", "shared evidence with X")
        while toks and toks[0].pos == "DET":
            toks = toks[1:]
        if not toks:
            return None
        text = sentence.text[toks[0].start - sentence.start: toks[-1].end - sentence.start]
        # a party the parser names ("the ACLU", "Peshmerga") is a group or a person; any other phrase is kept
        # as written with kind "phrase", which the screen does not take for a political party
        entities = {t.ent_type for t in toks}
        kind = "person" if "PERSON" in entities else "group" if entities & NAMED_PARTY_ENTITIES else "phrase"
        return Actor(text, text, None, None, kind), ()


def doer(sentence: Sentence, token: Token) -> bool:
    """A subject, a possessor or a passive agent: where a party, named or not, stands."""
    if token.dep in ("nsubj", "csubj", "poss"):
        return True
    return token.dep == "pobj" and sentence.tokens[token.head].dep == "agent"


def named(phrase: Sequence[Token]) -> bool:
    """The phrase holds a proper noun or a named person, group, organisation or place."""
    return any(t.pos == "PROPN" or t.ent_type in ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC") for t in phrase)


# --- the decision -------------------------------------------------------------------------------

def revise(events: Sequence[Event], typing: Typing, build: Callable[[str], list[Event]],
           conflict_types: frozenset[str] = frozenset({"PROTEST", "MOBILIZE", "COERCE", "ASSAULT"}),
           promised: Collection[str] = ()) -> list[Event]:
    """One sentence's lexicon events, revised by the typer's verdict.

    ``build(event_type)`` makes events of a type on the sentence's main predicate (it may return
    none, when the parse gives no actor); ``promised``: the ids of meetings agreed or promised, which the typer
    confirms by AGREE (:func:`confirms`). Pure: the same inputs give the same events.
    """
    label, confidence = typing.label, typing.confidence
    if label == NONE:
        if confidence >= NONE_DROP_MIN:
            return [e for e in events if e.confidence >= WEAK_EVENT]
        return list(events)
    out: list[Event] = []
    agreed = False
    for event in events:
        if confirms(event, label, promised):
            agreed = True
            # of two events the typer confirms, the one whose target was found is the better record
            incomplete = 0.01 if event.recipient is None else 0.0
            out.append(replace(event, confidence=round(max(event.confidence, confidence) - incomplete, 2)))
        else:
            # the typer judges the main event: another event of the sentence falls below it, and by how
            # much the typer doubts its type, to half its lexicon confidence at most
            capped = min(event.confidence, max(typing.prob(event.event_type), event.confidence / 2),
                         max(0.05, confidence - 0.01))
            out.append(replace(event, confidence=round(max(0.01, capped), 2)))
    if agreed:
        return out
    floor = NEW_EVENT_MIN
    if label in conflict_types:
        floor = RETYPE_CONFLICT_MIN if any(e.quad_class in (1, 2) for e in events) else NEW_CONFLICT_MIN
    if confidence < floor:
        return list(events)
    added = [replace(e, confidence=round(confidence, 2)) for e in build(label)]
    return added + out


def doubted_events(before: Sequence[Event], after: Sequence[Event], typing: Typing) -> list[Rejected]:
    """The lexicon's events of a sentence that :func:`revise` left out (weak readings where the typer reads no
    event), each with why, for ``--explain``: nothing the coder read is dropped without a word."""
    kept = {event.id for event in after}
    return [Rejected(event, f"the typer reads no event in the sentence ({typing.label} at {typing.confidence:.2f}) "
                            f"and the lexicon's reading is weak ({event.confidence:.2f})")
            for event in before if event.id not in kept]


# --- the model ----------------------------------------------------------------------------------

def default_model_dir() -> Path:
    return Path(str(resources.files("dyadwatch").joinpath("models").joinpath("eventtyper")))


def softmax(logits: np.ndarray) -> np.ndarray:
    z = logits - logits.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


class EventTyper:
    """The shipped typer: an int8 ONNX encoder, a tokenizer and a linear head with a temperature."""

    def __init__(self, folder: Path, threads: int = 1) -> None:
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:  # pragma: no cover - both are dependencies
            raise ModelNotFoundError(f"the event typer needs onnxruntime and tokenizers ({exc})") from None
        try:
            meta = json.loads((folder / "typer.json").read_text(encoding="utf-8"))
            head = np.load(folder / "head.npz")
            table = np.load(folder / "embeddings.npz")
            self.rows, self.scale = table["rows"], table["scale"].astype(np.float32)
            self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
            options = ort.SessionOptions()
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
            self.session = ort.InferenceSession(str(folder / "encoder.onnx"), options,
                                                providers=["CPUExecutionProvider"])
        except (OSError, ValueError, KeyError) as exc:
            raise ModelNotFoundError(f"event typer model at {folder} is missing or broken ({exc})") from None
        if tuple(meta["labels"]) != LABELS or tuple(meta["features"]) != FEATURES:
            raise ModelNotFoundError(f"event typer model at {folder} has other labels or features than this dyadwatch")
        self.folder = folder
        self.version = str(meta["version"])
        self.max_length = int(meta["max_length"])
        self.temperature = float(meta["temperature"])
        self.weight = head["weight"].astype(np.float32)
        self.bias = head["bias"].astype(np.float32)
        self.hidden = int(self.rows.shape[1])
        self.tokenizer.no_padding()  # batches are padded here, to their longest sentence
        self.tokenizer.enable_truncation(self.max_length)

    @staticmethod
    def version_of(folder: str | Path | None = None) -> str | None:
        """The version of the typer ``load`` would give (read from ``typer.json``), without loading it."""
        chosen = folder if folder is not None else os.environ.get(TYPER_ENV)
        if chosen is not None and str(chosen).lower() in ("off", "none", "0", ""):
            return None
        meta = (Path(chosen) if chosen is not None else default_model_dir()) / "typer.json"
        if not meta.is_file() or not (meta.parent / "encoder.onnx").is_file():
            return None
        return str(json.loads(meta.read_text(encoding="utf-8"))["version"])

    @classmethod
    def load(cls, folder: str | Path | None = None) -> EventTyper | None:
        """The typer from ``folder``, ``$DYADWATCH_TYPER`` or the package; None when there is none.

        ``DYADWATCH_TYPER=off`` turns it off. A folder that is named but broken raises D202.
        """
        chosen = folder if folder is not None else os.environ.get(TYPER_ENV)
        if chosen is not None and str(chosen).lower() in ("off", "none", "0", ""):
            return None
        path = Path(chosen) if chosen is not None else default_model_dir()
        if not (path / "encoder.onnx").is_file():
            if chosen is not None:
                raise ModelNotFoundError(f"no event typer model at {path} (expected encoder.onnx there)")
            return None
        return cls(path)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Mean-pooled sentence embeddings, one sentence a call.

        One at a time, because the int8 graph quantises its activations per call: a sentence typed
        alone or in any batch then gets the same numbers, and every engine the same events.
        """
        out = np.zeros((len(texts), self.hidden), dtype=np.float32)
        for k, encoding in enumerate(self.tokenizer.encode_batch(list(texts))):
            ids = np.asarray(encoding.ids, dtype=np.int64)
            vectors = self.rows[ids].astype(np.float32) * self.scale[ids][:, None]
            feeds = {"inputs_embeds": vectors[None, :, :], "attention_mask": np.ones((1, len(ids)), dtype=np.int64)}
            out[k] = self.session.run(None, feeds)[0][0]
        return out

    def predict(self, texts: Sequence[str], features: np.ndarray, embedded: np.ndarray | None = None) -> np.ndarray:
        """Calibrated probabilities over LABELS, one row per text (``embedded``: the texts' embeddings, when
        they are at hand)."""
        if not texts:
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        vectors = self.embed(texts) if embedded is None else embedded
        x = np.concatenate([vectors, features.astype(np.float32)], axis=1)
        return softmax((x @ self.weight.T + self.bias) / self.temperature)

    def type_sentences(self, sentences: Sequence[Sentence], lexicon: PredicateLexicon,
                       codes: CodeTable) -> list[Typing]:
        if not sentences:
            return []
        feats = np.stack([sentence_features(s, lexicon, codes) for s in sentences])
        texts = [s.text for s in sentences]
        embedded = self.embed(texts)
        probs = self.predict(texts, feats, embedded)
        return [Typing(tuple(round(float(p), 4) for p in row), self.version, vector)
                for row, vector in zip(probs, embedded, strict=True)]
