"""The parse stage: text to sentences of tokens, behind a small interface.

:class:`Parser` is the interface; :class:`SpacyParser` wraps a spaCy pipeline. Tests use
:func:`build_sentence` to make a parse by hand, so no later stage needs a model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol

from .attribute_rules import speed_up
from .errors import ModelNotFoundError
from .records import Article, Entity, ParsedArticle, Sentence, Token
from .truecase import NameCaser

_BLOCK = re.compile(r"[^\n]+")
# A block (paragraph) longer than this is parsed in pieces cut at sentence ends (else at a space):
# spaCy's memory grows with the length of one text, so no input can push a batch past the bound.
PIECE_CHARS = 5000
# spaCy holds a whole pipe batch at once: a batch is at most this many characters (about 64 news
# paragraphs), so 64 pieces of a long article never go in together (measured: 900 MiB, not 390)
PIPE_CHARS = 20_000
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+")
# "BUSAN, South Korea (MNTV) - " or "GENEVA (Reuters) -": a dateline, parsed apart from its sentence
# capital letters of the Latin alphabets a dateline's city is written in ("REYKJAVÍK", "SÃO PAULO", "ŁÓDŹ")
CAPITALS = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
DATELINE = re.compile(
    rf"^((?P<city>[{CAPITALS}][{CAPITALS} .'’-]{{2,}})(?:,\s*(?P<country>[{CAPITALS}][\w .'’-]+?))?\s*"
    r"(?:\([^)]{1,40}\))?\s*[–—-]+"
    r"|(?P<lowcity>[a-z][a-z .'’-]{2,30}):)\s+"
)  # "BUSAN, South Korea (MNTV) – ", "GENEVA (Reuters) - ", "REYKJAVÍK, Iceland (HW) - ", and lower-cased "new delhi: "


class Parser(Protocol):
    """Anything that turns articles into parsed articles."""

    def parse(self, articles: Sequence[Article]) -> list[ParsedArticle]: ...


def text_blocks(text: str) -> Iterator[tuple[int, str]]:
    """Lines of text (paragraphs, headings) with their offsets; blank lines are dropped.

    News text puts one paragraph or heading on a line; parsing each apart keeps a heading
    from being glued to the next sentence.
    """
    for match in _BLOCK.finditer(text):
        block = match.group(0)
        stripped = block.strip()
        if not stripped:
            continue
        start = match.start() + block.index(stripped[0])
        dateline = DATELINE.match(stripped)
        if dateline and dateline.end() < len(stripped):
            yield start, dateline.group(1)
            yield start + dateline.end(), stripped[dateline.end():]
        else:
            yield start, stripped


def text_pieces(text: str, limit: int = PIECE_CHARS) -> Iterator[tuple[int, str]]:
    """:func:`text_blocks`, with a block longer than ``limit`` cut at its last sentence end before
    the limit (else at a space, else at the limit): offsets still point into ``text``."""
    for start, block in text_blocks(text):
        while len(block) > limit:
            window = block[:limit]
            cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
            if cut < limit // 4:
                cut = window.rfind(" ") + 1
            if cut < limit // 4:
                cut = limit
            piece = block[:cut].rstrip()
            if piece:
                yield start, piece
            rest = block[cut:]
            skipped = len(rest) - len(rest.lstrip())
            start, block = start + cut + skipped, rest.lstrip()
        if block:
            yield start, block


class SpacyParser:
    """A :class:`Parser` over a spaCy pipeline (loaded once, by package name or path)."""

    def __init__(self, model: str, batch_size: int = 64, caser: NameCaser | None = None) -> None:
        self.model_name = model
        self.batch_size = batch_size
        self.caser = caser  # cases lower-cased text for the parser (dyadwatch.truecase); None: parse as it is
        self._nlp = _load_spacy(model)
        speed_up(self._nlp)  # the attribute ruler's matches by table lookup: the same matches, an eighth faster

    def parse(self, articles: Sequence[Article]) -> list[ParsedArticle]:
        jobs: list[tuple[int, int, str]] = []
        for a_index, article in enumerate(articles):
            for offset, block in text_pieces(article.text):
                jobs.append((a_index, offset, block))
        per_article: list[list[Sentence]] = [[] for _ in articles]
        caser = self.caser
        docs = self._pipe([caser.case(block) if caser is not None else block for _, _, block in jobs])
        for (a_index, offset, block), doc in zip(jobs, docs, strict=True):
            sentences = per_article[a_index]
            for sent in doc.sents:
                sentences.append(sentence_from_span(sent, len(sentences), offset, block))
        return [ParsedArticle(article, tuple(sents)) for article, sents in zip(articles, per_article, strict=True)]


    def _pipe(self, blocks: list[str]) -> Iterator[Any]:
        """spaCy docs of ``blocks``, in batches of at most ``batch_size`` blocks and PIPE_CHARS characters."""
        group: list[str] = []
        held = 0
        for block in blocks:
            if group and (len(group) >= self.batch_size or held + len(block) > PIPE_CHARS):
                yield from self._nlp.pipe(group, batch_size=len(group))
                group, held = [], 0
            group.append(block)
            held += len(block)
        if group:
            yield from self._nlp.pipe(group, batch_size=len(group))


def _load_spacy(model: str) -> Any:
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise ModelNotFoundError("spaCy is not installed; run `make demo` or `pip install -e .`") from exc
    try:
        return spacy.load(model, exclude=["senter"])
    except OSError:
        raise ModelNotFoundError(
            f"spaCy model {model!r} is not installed; install it or set DYADWATCH_MODEL "
            "to an installed pipeline such as en_core_web_sm"
        ) from None


# verb forms the small English model cuts to another word's stem ("staged" to "stag", "fined" to "fin", "raped" to
# "rap") or leaves whole ("sentencing"), with the lemma they have, found by lemmatising every form of the
# lexicon's verbs: a protest "staged" has its stager as doer only when its verb is "stage"
MISCUT_LEMMAS = {("staged", "stag"): "stage", ("staging", "stag"): "stage", ("stages", "stag"): "stage",
                 ("fined", "fin"): "fine", ("fining", "fin"): "fine", ("fines", "fin"): "fine",
                 ("waged", "wag"): "wage", ("waging", "wag"): "wage", ("wages", "wag"): "wage",
                 ("raged", "rag"): "rage", ("raging", "rag"): "rage", ("raped", "rap"): "rape",
                 ("raping", "rap"): "rape", ("rapes", "rap"): "rape", ("sentencing", "sentencing"): "sentence",
                 ("gheraoed", "gheraoe"): "gherao", ("gheraoing", "gheraoe"): "gherao",
                 ("deselected", "deselecte"): "deselect", ("deselecting", "deselecte"): "deselect"}


def lemma_of(text: str, lemma: str) -> str:
    """The parser's lemma, or the right one where the model is known to cut the word to another's stem."""
    return MISCUT_LEMMAS.get((text.lower(), lemma.lower()), lemma)


def name_in_capitals(text: str, tag: str) -> bool:
    """A short name in capitals that the model read as a plural noun ("ECOWAS" as the plural of "ECOWA"): a name,
    whatever its last letter."""
    return tag in ("NNS", "NNPS") and len(text) >= 3 and text.isalpha() and text.isupper()


def sentence_from_span(span: Any, index: int, offset: int, source: str | None = None) -> Sentence:
    """Turn a spaCy sentence span into a :class:`Sentence` (whitespace tokens dropped). ``source``: the
    block as written, when the parser read a cased copy of it: the sentence's text is the source's, its
    tokens are as parsed ("Vajpayee" of "vajpayee"), at the same offsets."""
    kept = [tok for tok in span if not tok.is_space]
    position = {tok.i: n for n, tok in enumerate(kept)}
    tokens = []
    for n, tok in enumerate(kept):
        head = position.get(tok.head.i, n)
        named = name_in_capitals(tok.text, tok.tag_)
        tokens.append(
            Token(
                i=n, text=tok.text, lemma=tok.text if named else lemma_of(tok.text, tok.lemma_),
                pos="PROPN" if named else tok.pos_, tag="NNP" if named else tok.tag_, dep=tok.dep_,
                head=head, start=offset + tok.idx, ent_type=tok.ent_type_, ent_iob=tok.ent_iob_ or "O",
            )
        )
    entities = []
    for ent in span.ents:
        ids = [position[t.i] for t in ent if t.i in position]
        if ids:
            entities.append(Entity(ids[0], ids[-1] + 1, ent.label_, ent.text))
    start = offset + span.start_char
    end = offset + span.end_char
    text = span.text if source is None else source[span.start_char:span.end_char]
    return Sentence(index, start, end, text, tuple(tokens), tuple(entities))


def build_sentence(
    words: Iterable[str],
    heads: Sequence[int],
    deps: Sequence[str],
    pos: Sequence[str] | None = None,
    lemmas: Sequence[str] | None = None,
    ents: Sequence[tuple[int, int, str]] = (),
    index: int = 0,
    offset: int = 0,
    tags: Sequence[str] | None = None,
) -> Sentence:
    """A hand-built parse for tests: ``heads`` are token indices (the root points to itself); ``tags``
    (fine-grained, "NNS") default to ``pos``."""
    word_list = list(words)
    n = len(word_list)
    if not (len(heads) == len(deps) == n):
        raise ValueError("words, heads and deps must have the same length")
    pos_list = list(pos) if pos is not None else ["X"] * n
    lemma_list = list(lemmas) if lemmas is not None else [w.lower() for w in word_list]
    tag_list = list(tags) if tags is not None else pos_list
    iob = ["O"] * n
    ent_type = [""] * n
    entities = []
    for start, end, label in ents:
        for k in range(start, end):
            iob[k] = "B" if k == start else "I"
            ent_type[k] = label
        entities.append(Entity(start, end, label, " ".join(word_list[start:end])))
    tokens = []
    cursor = offset
    for k, word in enumerate(word_list):
        tokens.append(Token(k, word, lemma_list[k], pos_list[k], tag_list[k], deps[k], heads[k], cursor,
                            ent_type[k], iob[k]))
        cursor += len(word) + 1
    text = " ".join(word_list)
    return Sentence(index, offset, offset + len(text), text, tuple(tokens), tuple(entities))
