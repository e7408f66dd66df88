"""Whom the next "he" means: the person a sentence hands over to the next one. A person named as a subject, one told
by a title as the subject, a person the knowledge base lacks; people met in a sentence whom no event resolved, so a
later bare surname is that person with that role.

:class:`PersonMemory` is a part of :class:`~dyadwatch.coder.actors.ArticleActors`, as
:class:`~dyadwatch.coder.titles.TitleReading` is; the article's state (mentions, people, the last person, warnings)
is ``ArticleActors``'s.
"""

from __future__ import annotations

from collections.abc import Callable

from ..records import Actor, Mention, Sentence, Warning
from .actorwords import titles_one_person
from .phrases import names_someone, phrase_head, surname


class PersonMemory:
    """Who a sentence hands over to the next; the state it reads is :class:`~dyadwatch.coder.actors.ArticleActors`'s."""

    mentions: dict[int, list[Mention]]
    people: dict[str, Actor]
    last_person: Actor | None
    warnings: list[Warning]
    resolve: Callable[[Sentence, int], tuple[Actor, tuple[Actor, ...]] | None]
    resolve_actor: Callable[[Sentence, int], Actor | None]

    def titled_subject(self, sentence: Sentence) -> Actor | None:
        """The one person a title names as the subject of the sentence's root ("the government's spokesman"), with
        a country, or None."""
        root = next((t for t in sentence.tokens if t.head == t.i), None)
        subject = next((c for c in sentence.children(root.i) if c.dep == "nsubj"), None) if root else None
        if subject is None or not titles_one_person(subject):
            return None
        actor = self.resolve_actor(sentence, subject.i)
        return actor if actor is not None and actor.country else None

    def unlisted_subject(self, sentence: Sentence) -> Actor | None:
        """The first person the sentence names as a subject who is none of its mentions (the knowledge base lacks
        them): as met before, else by the name alone."""
        taken = {i for m in self.mentions.get(sentence.index, []) for i in range(m.start, m.end)}
        for ent in sentence.entities:
            head = phrase_head(sentence, list(sentence.tokens[ent.start:ent.end]))
            if (ent.label == "PERSON" and names_someone(sentence, ent) and not taken & set(range(ent.start, ent.end))
                    and sentence.tokens[head].dep in ("nsubj", "nsubjpass")):
                return self.people.get(surname(ent.text)) or Actor(ent.text, ent.text, None, None, "person")
        return None

    def named_again(self, titled: Actor) -> bool:
        """"Jagannath Mishra said ... the former chief minister also accused ... He alleged": a person told by
        a title alone, while a named person is in play, is most often that person again; the named person stays
        the one "he" means. A title is followed only when no named person is in play ("the swamiji ... He"), or
        when its own words tell another country than the named person's ("Foreign Minister Saidov hosted ... His
        Kazakh counterpart turned the demand down. He accused ...")."""
        last = self.last_person
        other_country = (titled.country is not None and titled.country_source is None and last is not None
                         and titled.country != last.country)  # a named person of no known country is no match
        return titled.kind != "person" and last is not None and last.kind == "person" and not other_country

    def meet_people(self, sentence: Sentence) -> None:
        """Resolve each person the sentence names whom no event has resolved yet ("Liberal Democrat
        Treasury spokesman Vince Cable spoke ..."), so that a later bare surname ("Mr Cable attacked ...")
        or "he" is that person with that role. A person is a PERSON entity, or a proper noun that is a
        subject (the small model calls some people ORG). What is learnt here raises no warning."""
        heads = {phrase_head(sentence, list(sentence.tokens[ent.start:ent.end]))
                 for ent in sentence.entities if names_someone(sentence, ent)}
        heads |= {t.i for t in sentence.tokens if t.dep in ("nsubj", "nsubjpass") and t.pos == "PROPN"}
        for head in sorted(heads):
            token = sentence.tokens[head]
            if token.dep == "compound" or token.lower in self.people:
                continue  # "the Vince Cable plan": a name that modifies a thing
            warned = len(self.warnings)
            got = self.resolve(sentence, head)
            del self.warnings[warned:]
            if got is not None and got[0].kind == "person" and got[0].name and got[0].sector is not None:
                self.people.setdefault(surname(got[0].name), got[0])
