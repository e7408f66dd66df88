"""The pipeline: read -> parse -> resolve actors / code events / attach attributes.

:class:`Pipeline` loads the parser and the coder's resources once and maps the pure stages
over batches of articles. ``dyadwatch.code_text`` is the one-call entry point.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from .coder.actors import ArticleActors
from .coder.events import CoderResources, code_article, predicates_of
from .coder.eventtyper import EventTyper, Typing
from .coder.kb import caser_for, load_knowledge
from .config import Options, make_options
from .errors import ConfigError, RecordFailedError
from .parse import Parser, SpacyParser
from .readers.core import Problem
from .records import Actor, Article, CodedArticle, Sentence

BATCH_CHARS = 400_000  # about 64 news stories; a batch of longer ones holds fewer


class Pipeline:
    """Parser plus coder. Pass ``parser`` to use another parser (or a fake one in tests).

    ``typer``: the learned event typer (``dyadwatch.coder.eventtyper``); by default the shipped model when
    its files are present (``DYADWATCH_TYPER`` names another folder, or ``off``); ``None`` codes
    with the lexicon alone.
    """

    def __init__(self, options: Options | None = None, parser: Parser | None = None,
                 resources: CoderResources | None = None, typer: EventTyper | str | None = "default") -> None:
        self.options = options or make_options()
        self.resources = resources or CoderResources.load()
        # the caser is built only when asked for: it reads the knowledge base and a word list (under a second)
        caser = caser_for(load_knowledge(), self.resources.gazetteer.large_cities) if self.options.truecase else None
        self.parser: Parser = parser or SpacyParser(self.options.model, self.options.batch_size, caser)
        self.typer: EventTyper | None = EventTyper.load() if isinstance(typer, str) else typer
        if self.typer is not None:
            # the coder's name says which typer decided: a new model re-codes what the store holds
            self.options = self.options.with_(coder=coder_name(self.options, self.typer.version))

    def code_articles(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        for batch in batches(articles, self.options.batch_size):
            yield from self._code_batch(batch)

    def code_safely(self, articles: Iterable[Article]) -> Iterator[CodedArticle | Problem]:
        """As :meth:`code_articles`, but an article whose parsing or coding raises anything becomes
        a D107 :class:`~dyadwatch.readers.Problem` (its origin, the exception) and the rest of its
        batch is coded again without it: a bug costs one record, never the batch or the run.
        dyadwatch's own configuration errors (a missing model) still stop the run."""
        for batch in batches(articles, self.options.batch_size):
            try:
                yield from self._code_batch(batch)
                continue
            except ConfigError:
                raise
            except Exception:  # find the record at fault: code the batch one article at a time
                pass
            for article in batch:
                try:
                    yield from self._code_batch([article])
                except ConfigError:
                    raise
                except Exception as exc:
                    yield failed(article, exc)

    def _code_batch(self, batch: list[Article]) -> list[CodedArticle]:
        parsed_batch = self.parser.parse(batch)
        out: list[CodedArticle] = []
        typings: list[list[Typing | None]] | None = None
        if self.typer is not None:
            # one encoder pass over the batch's sentences that may hold an event, then split back per article
            sentences = [s for p in parsed_batch for s in p.sentences]
            wanted = [k for k, s in enumerate(sentences) if self.may_hold_event(s)]
            flat: list[Typing | None] = [None] * len(sentences)
            for k, typing in zip(wanted, self.typer.type_sentences([sentences[k] for k in wanted],
                                                                    self.resources.lexicon, self.resources.codes),
                                 strict=True):
                flat[k] = typing
            typings, at = [], 0
            for parsed in parsed_batch:
                typings.append(flat[at:at + len(parsed.sentences)])
                at += len(parsed.sentences)
        for n, parsed in enumerate(parsed_batch):
            out.append(code_article(parsed, self.resources, self.options,
                                    typings[n] if typings is not None else None,
                                    self.typer.embed if self.typer is not None else None))
        return out

    def may_hold_event(self, sentence: Sentence) -> bool:
        """Whether the typer's verdict on ``sentence`` can change what is coded. With the screen on, the
        typer only revises the lexicon's events and adds events on lexicon predicates
        (:func:`~dyadwatch.coder.events.typed_events`): a sentence with no lexicon predicate gets no event
        whatever its typing, so it is not typed (most sentences of running news; the encoder is the coder's
        largest cost). With the screen off every sentence is typed."""
        return not self.options.screen or bool(predicates_of(sentence, self.resources.lexicon))

    def code_text(self, text: str, published: date | str | None = None, title: str | None = None,
                  article_id: str = "text") -> CodedArticle:
        """Code one text; ``published`` may be an ISO date string: one that is no date is refused with [D103]
        (:class:`~dyadwatch.errors.BadRecordError`), as for any article."""
        article = Article(id=article_id, text=text, title=title,
                          published=published or self.options.published)  # type: ignore[arg-type]  # str: see Article
        return next(self.code_articles([article]))


def batches(articles: Iterable[Article], size: int, chars: int = BATCH_CHARS) -> Iterator[list[Article]]:
    """Batches of at most ``size`` articles and, past the first article, ``chars`` characters: a
    batch of long articles is smaller, so the parses held at once stay bounded."""
    batch: list[Article] = []
    held = 0
    for article in articles:
        if batch and (len(batch) >= size or held + len(article.text) > chars):
            yield batch
            batch, held = [], 0
        batch.append(article)
        held += len(article.text)
    if batch:
        yield batch


def failed(article: Article, exc: BaseException) -> Problem:
    """The D107 problem of an article that raised ``exc`` while it was parsed or coded."""
    message = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
    return Problem(article.origin or article.id, RecordFailedError.code, f"article {article.id}: {message}")


def coder_name(options: Options, typer_version: str | None = None) -> str:
    """The coder's versioned name for events: the rule coder's, plus the typer's when one types."""
    if typer_version is None or options.coder.endswith(f"+{typer_version}"):
        return options.coder
    return f"{options.coder}+{typer_version}"


def resolve_actor(pipeline: Pipeline, text: str, day: date | None = None) -> Actor | None:
    """Resolve one actor description ("Chinese President Xi Jinping") as the coder would, on ``day``."""
    parsed = pipeline.parser.parse([Article(id="actor", text=text.strip(), published=day)])[0]
    if not parsed.sentences:
        return None
    sentence = parsed.sentences[0]
    actors = ArticleActors(pipeline.resources.actors, day)
    actors.read(sentence)
    root = next((t.i for t in sentence.tokens if t.head == t.i), 0)
    got = actors.resolve(sentence, root)
    return got[0] if got else None


def code_text(text: str, published: date | str | None = None, model: str | None = None) -> CodedArticle:
    """Code one text with a fresh pipeline (convenient, not fast: it loads the model each call)."""
    return Pipeline(make_options(model=model)).code_text(text, published)
