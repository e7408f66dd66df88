"""The candidate events of hand-built sentences: what the coder proposes before the screen
(``dyadwatch.coder.screen``) keeps an analyst's, shared by the coder's rule tests."""

from __future__ import annotations

from datetime import date

from dyadwatch.coder.actors import ArticleActors
from dyadwatch.coder.events import CoderResources, code_article
from dyadwatch.config import make_options
from dyadwatch.records import Actor, Article, Event, ParsedArticle, Sentence

CANDIDATES = make_options().with_(screen=False)


def candidate_events(resources: CoderResources, sentence: Sentence, trigger: str | None = None,
                     published: date = date(2025, 10, 30)) -> list[Event]:
    """The sentence's candidate events, as one article; only those on ``trigger`` when it is given."""
    parsed = ParsedArticle(Article("t", sentence.text, published=published), (sentence,))
    events = code_article(parsed, resources, CANDIDATES).events
    return [e for e in events if trigger is None or e.trigger == trigger]


def resolved_party(resources: CoderResources, day: date, story: str | None, sentences: list[Sentence],
                   head: int) -> Actor | None:
    """The party at ``head`` of the last of ``sentences``, once the ones before it were read and met in order, in an
    article of ``day`` about ``story`` (None: a story not yet placed)."""
    actors = ArticleActors(resources.actors, day)
    actors.story = story
    for before in sentences[:-1]:
        actors.read(before)
        actors.after(before)
    actors.read(sentences[-1])
    return actors.resolve_actor(sentences[-1], head)
