"""The event coder: predicates of the lexicon, their arguments, actors and attributes.

:func:`code_article` is a pure function from a parsed article (and the loaded resources) to a
coded article. Per sentence it finds lexicon predicates, takes their source and target from
the parse (``arguments``), resolves them to actors (``actors``), folds an intention verb with
its complement ("agreed to purchase" is one AGREE event), and attaches modality, date, place,
quantity and the speaker of a quote.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from .actors import ActorIndex, ArticleActors, noun_phrase
from .arguments import LOOK_THROUGH_NOUNS, Arguments, demand_frame, find_arguments, with_conjuncts
from .attributes import date_of, location_of, modality_of, quantity_of
from .codes import CameoCode, CodeTable
from .config import Options
from .eventtyper import PhraseActors, Typing, main_predicates, revise, same_type
from .gazetteer import Gazetteer
from .kb import load_knowledge
from .lexicon import PredicateEntry, PredicateLexicon, PredicateMatch
from .parse import DATELINE
from .quotes import inside, quote_spans, sentence_quotes
from .records import Actor, CodedArticle, Event, Location, Mention, ParsedArticle, Quote, Sentence, Token, Warning

INTENT_VERBS = frozenset({"agree", "pledge", "promise", "vow", "commit", "offer", "propose"})
REQUEST_ROOTS = frozenset({"02", "10"})
# types whose grammatical object is what they are aimed at even when it is no actor ("condemned
# the attacks"); for the others the object is a topic or a thing given ("discussed the issue")
OBJECT_TARGET_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "THREATEN", "SANCTION", "COERCE", "ASSAULT"})
JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
UNDIRECTED_TYPES = frozenset({"PROTEST", "MOBILIZE"})
# what an intention to do X is, in CAMEO: the 03 code for each root of X
INTENT_CODE_BY_ROOT = {"04": "036", "05": "030", "06": "0311", "07": "033", "08": "035", "03": "030"}
INTENT_CODE_BY_CODE = {"085": "0355", "0841": "0354", "084": "0354", "087": "0357", "0871": "0357",
                       "061": "0311", "062": "0312", "064": "031"}  # no 0314 in GDELT numbering


@dataclass(frozen=True)
class CoderResources:
    """What the coder reads: lexicon, code table, actor index, gazetteer. Load once per pipeline."""

    lexicon: PredicateLexicon
    codes: CodeTable
    actors: ActorIndex
    gazetteer: Gazetteer

    @classmethod
    def load(cls) -> CoderResources:
        kb = load_knowledge()
        gazetteer = Gazetteer.load(kb)
        return cls(PredicateLexicon.load(), CodeTable.load(), ActorIndex(kb, gazetteer), gazetteer)


def content_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def find_dateline(parsed: ParsedArticle, gazetteer: Gazetteer) -> Location | None:
    for sentence in parsed.sentences[:3]:
        match = DATELINE.match(sentence.text + " ")
        if match:
            city = (match.group("city") or match.group("lowcity") or "").strip()
            place = gazetteer.lookup(city.title())
            if place is not None:
                return Location(city, place.name, place.country, place.lat, place.lon)
    return None


def predicates_of(sentence: Sentence, lexicon: PredicateLexicon) -> list[PredicateMatch]:
    """Lexicon predicates, without nominals that are the object of another predicate."""
    found = {}
    for token in sentence.tokens:
        match = lexicon.match(sentence, token)
        if match is not None:
            found[token.i] = match
    kept = []
    for i, match in found.items():
        if match.entry.pos == "NOUN" and any(a.i in found for a in sentence.ancestors(i)[:2]):
            continue
        kept.append(match)
    return kept


def fold_intent(sentence: Sentence, match: PredicateMatch, found: dict[int, PredicateMatch]
                ) -> tuple[str, PredicateMatch | None]:
    """An intention verb with a coded complement gives one AGREE code; returns (code, complement)."""
    token = sentence.tokens[match.token]
    if token.lemma.lower() not in INTENT_VERBS:
        return match.entry.cameo, None
    for child in sentence.children(token.i):
        inner = found.get(child.i)
        if child.dep == "xcomp" and inner is not None:
            code = INTENT_CODE_BY_CODE.get(inner.entry.cameo) or INTENT_CODE_BY_ROOT.get(inner.entry.cameo[:2], "030")
            negated = any(c.dep == "neg" for c in sentence.children(child.i))
            if negated and inner.entry.cameo[:2] in ("16", "17", "18", "19", "20", "13"):
                code = "035"
            return code, inner
    return match.entry.cameo, None


def code_article(parsed: ParsedArticle, resources: CoderResources, options: Options,
                 typings: Sequence[Typing | None] | None = None) -> CodedArticle:
    """Code one parsed article; ``typings`` (one per sentence, from ``eventtyper``) revise the types."""
    article = parsed.article
    day = article.published or options.published
    actors = ArticleActors(resources.actors, day)
    dateline = find_dateline(parsed, resources.gazetteer)
    digest = content_hash(article.text)
    events: list[Event] = []
    quotes: list[Quote] = []
    warnings: list[Warning] = []
    seen: set[tuple[object, ...]] = set()
    previous_quote: Quote | None = None

    def resolve_one(sentence: Sentence, head: int) -> Actor | None:
        got = actors.resolve(sentence, head)
        return got[0] if got else None

    for sentence in parsed.sentences:
        actors.read(sentence)
    pair = actors.main_pair()
    for k, sentence in enumerate(parsed.sentences):
        sentence_quote_list, reporter = sentence_quotes(sentence, resolve_one, previous_quote)
        quotes.extend(sentence_quote_list)
        if sentence_quote_list:
            previous_quote = sentence_quote_list[-1]
        spans = quote_spans(sentence)
        found = {m.token: m for m in predicates_of(sentence, resources.lexicon)}
        folded: set[int] = set()
        for match in found.values():
            token = sentence.tokens[match.token]
            if token.dep == "xcomp" and found.get(token.head) is not None:
                head_match = found[token.head]
                governor = sentence.tokens[token.head].lemma.lower()
                if head_match.entry.cameo[:2] in REQUEST_ROOTS or governor in INTENT_VERBS:
                    folded.add(match.token)
        sentence_events: list[Event] = []

        def build_at(match: PredicateMatch, cameo: str, inner: PredicateMatch | None = None,
                     sentence: Sentence = sentence, spans: list[tuple[int, int]] = spans,
                     reporter: Actor | None = reporter, quote: Quote | None = previous_quote,
                     phrases: bool = False) -> list[Event]:
            in_quote = inside(sentence.tokens[match.token], spans)
            speaker = (quote.speaker if in_quote and quote else None)
            who = PhraseActors(actors) if phrases else actors  # typed events: unknown parties as written
            named_here = named_in(sentence, actors.mentions.get(sentence.index, []))
            return [with_implied_recipient(event, pair, named_here) for event in build_events(
                sentence, match, inner, cameo, who, resources, options, day, dateline, digest,  # type: ignore[arg-type]
                article.id, in_quote, speaker or (reporter if in_quote else None))]

        for match in found.values():
            if match.token not in folded:
                cameo, inner = fold_intent(sentence, match, found)
                sentence_events.extend(build_at(match, cameo, inner))
        typing = typings[k] if typings is not None and k < len(typings) else None
        if typing is not None:
            sentence_events = revise(sentence_events, typing, lambda event_type, s=sentence, f=found: typed_events(
                s, event_type, list(f.values()), resources, build_at))
        for event in sentence_events:
            key = (event.trigger.lower(), event.event_type, event.cameo, event.actor.name, event.actor.country,
                   event.recipient.country if event.recipient else None, event.modality, event.date)
            if key in seen:
                continue
            seen.add(key)
            events.append(event)
            warnings.extend(event_warnings(event, day))
        actors.after(sentence)
    warnings.extend(actors.warnings)
    if day is None and events:
        warnings.append(Warning("W203", "no publication date: relative dates (\"on Thursday\", \"last week\") "
                                "are left unresolved; give --published or a 'published' field", None))
    return CodedArticle(article, tuple(events), tuple(quotes), tuple(warnings), parsed.sentences)


# acts whose unnamed doer, in a passive, is the authority of the place they happen in ("Ingabire was arrested
# in Rwanda": Rwanda arrested her), as coders of CAMEO and PLOVER record them; the sector stays unknown
AGENTLESS_TYPES = frozenset({"COERCE", "SANCTION", "ASSAULT"})


def authority_of_place(sentence: Sentence, predicate: int, actors: ArticleActors) -> list[Resolved]:
    for prep in sentence.children(predicate):
        if prep.dep == "prep" and prep.lower in ("in", "from"):
            for obj in sentence.children(prep.i):
                got = actors.resolve(sentence, obj.i) if obj.dep == "pobj" else None
                if got is not None and got[0].kind == "country" and got[0].country:
                    return [(replace(got[0], sector=None), ())]
    return []


def typed_events(sentence: Sentence, event_type: str, matches: list[PredicateMatch], resources: CoderResources,
                 build_at: Callable[..., list[Event]]) -> list[Event]:
    """Events of a type the typer found and the lexicon's events lack: on a lexicon predicate of that type
    (its code), else on the main predicate or the root (the type's default code), the first that gives an
    event; parties the knowledge base does not know are kept as written."""
    for match in matches:
        code = resources.codes.get(match.entry.cameo) if match.entry.cameo in resources.codes else None
        if code is not None and code.event_type and same_type(code.event_type, event_type):
            built = build_at(match, code.cameo, phrases=True)
            if built:
                return built
    default = resources.codes.default_code(event_type).cameo
    for head in candidate_heads(sentence):
        token = sentence.tokens[head]
        entry = PredicateEntry(token.lemma.lower(), None, "NOUN" if token.pos in ("NOUN", "PROPN") else "VERB",
                               default, frozenset())
        built = build_at(PredicateMatch(head, entry, False), default, phrases=True)
        if built:
            return built
    return []


def candidate_heads(sentence: Sentence, extra: int = 4) -> list[int]:
    """Where a typed event may stand: the main predicates, then other clause verbs, shallowest first
    ("Russia is willing to withdraw ..., that is behind the Rhine": the parse's root is the afterthought)."""
    heads = main_predicates(sentence)
    others = [t for t in sentence.tokens if t.pos in ("VERB", "AUX") and t.i not in heads and t.dep != "aux"
              and t.dep != "auxpass"]
    others.sort(key=lambda t: (len(sentence.ancestors(t.i)), t.i))
    return heads + [t.i for t in others[:extra]]


def named_in(sentence: Sentence, mentions: list[Mention]) -> dict[str, Actor]:
    """The first mention of each country in the sentence, with its words and span."""
    out: dict[str, Actor] = {}
    for m in mentions:
        if m.actor.country and m.actor.country not in out:
            start, end = sentence.tokens[m.start].start, sentence.tokens[m.end - 1].end
            text = sentence.text[start - sentence.start:end - sentence.start]
            out[m.actor.country] = replace(m.actor, text=text, span=(start, end))
    return out


def with_implied_recipient(event: Event, pair: tuple[Actor, Actor] | None,
                           named_here: dict[str, Actor] | None = None) -> Event:
    """An event with no target, by one of the article's two main countries, is aimed at the other.

    When the sentence names that country, its words are the target; else the target is implied (its
    ``text`` is empty). Either way the confidence drops.
    """
    known = event.recipient is not None and event.recipient.kind != "other"
    if known or pair is None or event.event_type in UNDIRECTED_TYPES:
        return event
    countries = [p.country for p in pair]
    if event.actor.country not in countries:
        return event
    other = pair[1] if event.actor.country == countries[0] else pair[0]
    here = (named_here or {}).get(other.country or "")
    actor_span = event.actor.span or (-1, -1)
    apart = here is not None and here.span is not None and not (
        here.span[0] < actor_span[1] and actor_span[0] < here.span[1])
    if here is not None and apart:
        return replace(event, recipient=here, confidence=round(max(0.05, event.confidence - 0.1), 2))
    implied = Actor("", other.name if other.kind != "person" else None, other.country,
                    other.sector if other.kind != "person" else "GOV", "country")
    return replace(event, recipient=implied, confidence=round(max(0.05, event.confidence - 0.15), 2))


def event_warnings(event: Event, day: date | None) -> list[Warning]:
    out = []
    if event.modality == "planned" and event.date and day is not None and (
        event.date < day.isoformat()[: len(event.date)]
    ):
            out.append(Warning("W201", f"planned date {event.date} is before the publication date {day.isoformat()}",
                               event.sentence_index))
    return out


def build_events(sentence: Sentence, match: PredicateMatch, inner: PredicateMatch | None, cameo: str,
                 actors: ArticleActors, resources: CoderResources, options: Options, day: date | None,
                 dateline: Location | None, digest: str, article_id: str, in_quote: bool,
                 speaker: Actor | None) -> list[Event]:
    code = resources.codes.get(cameo) if cameo in resources.codes else None
    if code is None or code.event_type is None:
        return []
    args = find_arguments(sentence, match.token)
    # "Russia says Israel must end the attacks": Russia asks Israel; "critics say Putin has given him free
    # rein": the critics accuse Putin (unless the speaker speaks of itself: "X said it condemned ...")
    frame = (demand_frame(sentence, match.token) if code.event_type == "REQUEST" else
             demand_frame(sentence, match.token, modal=False) if code.event_type == "ACCUSE" else None)
    if frame is not None:
        speakers = resolved(sentence, frame.sources, actors)
        addressees = resolved(sentence, frame.targets, actors)
        if speakers and addressees and not any(same_party(a[0], s[0]) for a in addressees for s in speakers):
            args = frame
    sources = resolved(sentence, args.sources, actors)
    targets = resolved(sentence, args.targets, actors)
    if inner is not None and not targets:
        targets = resolved(sentence, find_arguments(sentence, inner.token).targets, actors)
    if not sources and args.passive and code.event_type in AGENTLESS_TYPES:
        sources = authority_of_place(sentence, match.token, actors)
    if not sources:
        return []
    pairs: list[tuple[Actor, Actor | None]] = []
    first_parties = sources[0][1]
    coordinated = len(args.sources) > 1 and sentence.tokens[args.sources[1]].dep == "conj" and len(sources) > 1
    together = first_parties[:2] if len(first_parties) > 1 else (
        (sources[0][0], sources[1][0]) if coordinated else ())
    # "X and Y agreed to ...", "X and Y met": a joint act between the two, whatever else it names
    joint = code.event_type in JOINT_TYPES and len(together) == 2 and (not targets or not any(
        partner_of(sentence, t[0]) for t in targets))
    target = None if joint else choose_target(sentence, match.token, args, code.event_type, sources, targets, actors)
    # "X and Y failed to reach a deal", "X and Y were guilty of ...": with no party named besides, each
    # is the other's
    if joint or (len(together) == 2 and (target is None or not is_coded(target) or at_place(sentence, target))):
        pairs = [(together[0], together[1]), (together[1], together[0])]
    else:
        for actor, parties in sources:
            for party in parties or (actor,):
                pairs.append((party, target))
    light = args.light_verb
    mod = modality_of(sentence, match.token, light, in_quote)
    when, when_text = date_of(sentence, match.token, light, day, mod.modality == "planned")
    place = location_of(sentence, match.token, light, resources.gazetteer)
    if place is None and mod.modality in ("asserted", "reported") and dateline is not None:
        place = dateline
    measure = object_lemma(sentence, match.token)
    quantity = quantity_of(sentence, match.token, measure)
    events = []
    for actor, recipient in pairs:
        if recipient is not None and same_party(actor, recipient):
            recipient = None
        final = refine_code(code, place, actor, recipient, resources.codes)
        span = event_span(sentence, match.token, args)
        confidence = score(match, args, actor, recipient, mod.modality)
        ident = hashlib.sha1("|".join([
            digest, str(sentence.index), str(span[0]), str(sentence.tokens[match.token].start), final.cameo,
            actor.country or "", actor.name or "", (recipient.country or "") if recipient else "",
            (recipient.name or recipient.text) if recipient else "", mod.modality, when or "",
            options.coder]).encode()).hexdigest()[:20]
        events.append(Event(
            id=ident, article_id=article_id, event_type=final.event_type or "", mode=final.mode,
            context=final.context, cameo=final.cameo, quad_class=final.quad_class, goldstein=final.goldstein,
            actor=actor, recipient=recipient, date=when, date_text=when_text, location=place,
            modality=mod.modality, negated=mod.negated, quantity=quantity,
            speaker=speaker if mod.modality == "reported" else None, sentence_index=sentence.index, span=span,
            sentence=sentence.text, trigger=sentence.tokens[match.token].text, confidence=confidence,
            coder=options.coder,
        ))
    return events


# types whose object may be the actor's own forces, sent or withdrawn ("withdrew its troops", "sent
# peacekeepers"): those are not the target
OWN_FORCES_TYPES = frozenset({"MOBILIZE", "AID", "RETREAT", "SANCTION", "AGREE", "SUPPORT", "COOPERATE", "CONCEDE"})


def choose_target(sentence: Sentence, predicate: int, args: Arguments, event_type: str, sources: list[Resolved],
                  targets: list[Resolved], actors: ArticleActors) -> Actor | None:
    """The target of a directed event, in this order: a coded party among the argument heads (the partner
    named with "with" first for joint acts); for types aimed at their object, the object itself ("condemned
    the legislation"); the coded party nearest in the predicate's objects and complements; a party kept as
    written; else the object as a thing. The actor's own people and forces are not its target."""
    own = {actor.country for actor, _ in sources if actor.country}
    # "Russia said Moscow ...", "the ministry ... the government": the actor's own body is not its target;
    # other parties of its country are ("workers called off the strike after a deal with the government")
    bodies = {(actor.country, actor.sector) for actor, _ in sources if actor.country}
    # "Ethiopia said it would ...": the speaker again is no target
    targets = [t for t in targets if not any(same_party(t[0], actor) for actor, _ in sources)]
    # "agreed to set up a company in Berlin": what is created is not aimed at
    made = created(sentence, predicate)
    targets = [t for t in targets if t[0].span is None or not any(
        sentence.tokens[i].start == t[0].span[0] for i in made)]
    if event_type in OWN_FORCES_TYPES:  # "mobilized troops", "withdrew its peacekeepers"
        targets = [t for t in targets if not own_forces(t[0], own, event_type == "MOBILIZE")]
    # "withdrew its troops from Syria": not the actor's own people, when another party is named
    others = [t for t in targets if not own_body(t[0], bodies)]
    # "filed a complaint with the council against X": the adversary; "discussed Libya with Trump",
    # "established ties with Bhutan": the partner
    others.sort(key=lambda t: (not partner_of(sentence, t[0], "against"), not partner_of(sentence, t[0])))
    aimed = event_type in OBJECT_TARGET_TYPES
    if event_type == "MOBILIZE" and (place := place_aimed_at(sentence, predicate, args, actors)) is not None:
        return place  # "remained on alert in Manila", "mobilised its men to the area"
    if sentence.tokens[predicate].lemma.lower() in GIVE_VERBS and (
            given := receiver(sentence, predicate, args, actors)) is not None:
        return mission_place(sentence, given, actors) or given
    # a place the act happens in is a last resort: "tortured an inmate in western Iran" is aimed at the inmate
    # (a sanction's object is its means, "suspended aid deliveries in Borno", so not for SANCTION)
    object_first = aimed and event_type != "SANCTION"
    chosen = coded_target([t for t in others if not (object_first and at_place(sentence, t[0]))])
    # "condemned the legislation": the object itself, before any party named further down
    thing = direct_object_target(sentence, predicate) if aimed and chosen is None else None
    if chosen is None and thing is None:
        chosen = coded_target(others)
    if chosen is None and thing is None:
        skip_forces = event_type in OWN_FORCES_TYPES
        chosen = (deep_target(sentence, predicate, args, actors, own, bodies, skip_forces, made)
                  or (others or targets or [None])[0])
    if chosen is not None:
        return mission_place(sentence, chosen[0], actors) or chosen[0]
    return thing or object_target(sentence, args, aimed) or named_below(sentence, predicate, args)


def named_below(sentence: Sentence, predicate: int, args: Arguments) -> Actor | None:
    """The last resort: the nearest name below the predicate, as written, else the nearest place it
    happens in ("imposed blockades in the worst-damaged areas")."""
    barred = {t.i for h in args.sources for t in sentence.subtree(h)}
    starts = [predicate] if args.light_verb is None else [predicate, args.light_verb]
    below = nearest_first(sentence, starts, barred, DEEP_SKIP_DEPS - {"advcl"})
    for token in below:
        if (token.pos == "PROPN" or token.ent_type in ("NORP", "ORG", "GPE", "LOC", "FAC", "PERSON")) and (
                token.ent_type not in NOT_PARTY_ENTITIES):
            while token.dep == "compound" and token.head != token.i:  # "Holocaust survivors"
                token = sentence.tokens[token.head]
            return object_target(sentence, Arguments((), (token.i,)), True)
    for token in below:
        if token.dep == "pobj" and sentence.tokens[token.head].lower in ("in", "at", "into") and (
                token.pos == "NOUN" and token.lemma.lower() not in TIME_NOUNS):
            return object_target(sentence, Arguments((), (token.i,)), True)
    return None


# verbs of handing something over: the recipient is named with "to", however far the parser put it
GIVE_VERBS = frozenset({"return", "hand", "give", "deliver", "transfer", "extradite", "repatriate", "send", "restore"})


def receiver(sentence: Sentence, predicate: int, args: Arguments, actors: ArticleActors) -> Actor | None:
    """The last object of "to" or "into" in the predicate's clause ("returned the skulls that date back to
    A.D. 640 to Peru"), else the last "to" inside a participle's phrase ("a pendant engraved with ... to
    Russian authorities"); as resolved, else as written: a recipient is a party."""
    barred = {t.i for h in args.sources for t in sentence.subtree(h)}
    # not inside a purpose or adverbial clause ("sent teams to investigate rebels opposed to Gaddafi")
    barred |= {t.i for c in sentence.children(predicate) if c.dep in ("xcomp", "advcl", "ccomp")
               for t in sentence.subtree(c.i)}
    participles = {t.i for c in sentence.subtree(predicate) if c.dep == "acl" and c.pos == "VERB"
                   for t in sentence.subtree(c.i)}

    def objects_of(preps: tuple[str, ...], skip: set[int]) -> list[Token]:
        return [t for t in sentence.subtree(predicate) if t.i not in skip and t.dep == "pobj"
                and sentence.tokens[t.head].lower in preps and t.pos in ("NOUN", "PROPN", "PRON")
                and sentence.tokens[sentence.tokens[t.head].head].lower != "according"
                and t.ent_type not in NOT_PARTY_ENTITIES and t.lemma.lower() not in TIME_NOUNS]

    found = objects_of(("to", "into"), barred | participles) or objects_of(("to",), barred)
    if not found:
        return None
    head = found[-1]
    got = actors.resolve(sentence, head.i)
    if got is not None:
        return got[0]
    thing = object_target(sentence, Arguments((), (head.i,)), False)
    return None if thing is None else replace(thing, name=thing.text, kind="group")


MISSION_NOUNS = frozenset({"force", "mission", "operation", "deployment", "contingent"})
PLACE_PREPS = frozenset({"in", "into", "to", "at", "near", "along", "across", "inside"})


def mission_place(sentence: Sentence, actor: Actor, actors: ArticleActors) -> Actor | None:
    """"contribute troops to the peacekeeping force in Somalia": the country a mission serves in."""
    if actor.span is None or actor.kind == "country":
        return None
    for token in sentence.tokens:
        if actor.span[0] <= token.start < actor.span[1] and token.lemma.lower() in MISSION_NOUNS:
            for prep in sentence.children(token.i):
                if prep.dep == "prep" and prep.lower == "in":
                    for obj in sentence.children(prep.i):
                        got = actors.resolve(sentence, obj.i) if obj.dep == "pobj" else None
                        if got is not None and got[0].kind == "country":
                            return got[0]
    return None


def place_aimed_at(sentence: Sentence, predicate: int, args: Arguments, actors: ArticleActors) -> Actor | None:
    """The nearest place a deployment or alert is in or aimed at, named or not ("to the area")."""
    barred = {t.i for h in args.sources for t in sentence.subtree(h)}
    starts = [predicate] if args.light_verb is None else [predicate, args.light_verb]
    for token in nearest_first(sentence, starts, barred, DEEP_SKIP_DEPS):
        holder = sentence.tokens[token.head]
        if token.dep != "pobj" or holder.lower not in PLACE_PREPS or token.ent_type in NOT_PARTY_ENTITIES:
            continue
        got = actors.resolve(sentence, token.i)
        if got is not None and got[0].kind == "country":
            return got[0]
        if got is None and token.pos in ("NOUN", "PROPN"):
            return object_target(sentence, Arguments((), (token.i,)), False)
    return None


def at_place(sentence: Sentence, actor: Actor) -> bool:
    """The actor's words are the object of "in" or "at" (a place the act happens in)."""
    if actor.span is None:
        return False
    start, end = actor.span
    return any(start <= t.start < end and t.dep == "pobj" and sentence.tokens[t.head].lower in ("in", "at")
               and sentence.tokens[t.head].start < start for t in sentence.tokens)


CREATE_VERBS = frozenset({"set", "establish", "build", "create", "form", "found", "construct"})


def created(sentence: Sentence, predicate: int) -> set[int]:
    """Tokens of what a verb of making below the predicate makes ("set up a new company")."""
    out: set[int] = set()
    for verb in sentence.subtree(predicate):
        if verb.pos == "VERB" and verb.lemma.lower() in CREATE_VERBS and (
                verb.lemma.lower() != "set" or any(c.lower == "up" for c in sentence.children(verb.i))):
            objects = [c.i for c in sentence.children(verb.i) if c.dep in ("dobj", "obj")]
            for obj in (sentence.tokens[i] for i in with_conjuncts(sentence, objects)):
                out.add(obj.i)  # the thing and its own words, not what its prepositions name
                out |= {t.i for t in sentence.children(obj.i) if t.dep in ("compound", "amod", "det", "nummod")}
    return out


def own_body(actor: Actor, bodies: set[tuple[str | None, str | None]]) -> bool:
    """The actor's country as a state, when the actor is that state or its government."""
    if actor.country is None or actor.kind != "country":
        return False
    return any(country == actor.country and sector in (None, "GOV") for country, sector in bodies)


def own_forces(actor: Actor, own: set[str], any_country: bool = False) -> bool:
    """Forces of the actor's country, or forces whose words name no one ("peacekeepers", "its troops": a
    country the context lends them is a guess); any forces, for a mobilization."""
    if actor.kind != "group" or actor.sector not in ("MIL", "COP"):
        return False
    unnamed = not any(word[:1].isupper() for word in actor.text.split())
    return any_country or unnamed or actor.country is None or actor.country in own


def partner_of(sentence: Sentence, actor: Actor, preposition: str = "with") -> bool:
    """The actor's words are the object of "with" (or another ``preposition``)."""
    if actor.span is None:
        return False
    before = sentence.text[:actor.span[0] - sentence.start].rstrip().lower()
    return before.endswith(f" {preposition}") or before.endswith(f" {preposition} the")


def same_party(a: Actor, b: Actor) -> bool:
    """The same actor twice ("Xi ... he"): one named alike in one country, or the same words."""
    if a.span is not None and a.span == b.span:
        return True
    if a.sector and b.sector and a.sector != b.sector:  # "Indian workers ... the Indian government"
        return False
    return a.name is not None and a.name == b.name and a.country == b.country


Resolved = tuple[Actor, tuple[Actor, ...]]


def is_coded(actor: Actor) -> bool:
    """A party the knowledge base or the context codes: a country, an organisation, a person, or a group
    with a country or a sector (not a phrase kept as written)."""
    return actor.kind != "group" or bool(actor.country or actor.sector)


def coded_target(targets: list[Resolved]) -> Resolved | None:
    """The first coded target: "shared evidence with India" is aimed at India, not at the evidence."""
    return next((t for t in targets if is_coded(t[0])), None)


# dependents that lead away from what the act is aimed at
DEEP_SKIP_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "agent", "punct", "cc", "aux", "auxpass",
                            "neg", "det", "mark", "advmod", "npadvmod", "parataxis", "appos", "relcl", "advcl"})
DEEP_LIMIT = 7


def deep_target(sentence: Sentence, predicate: int, args: Arguments, actors: ArticleActors,
                own: set[str], bodies: set[tuple[str | None, str | None]], skip_forces: bool = False,
                made: set[int] | None = None) -> Resolved | None:
    """The coded party nearest the predicate in its objects, prepositions and complements, when none of the
    argument heads is one: "is willing to provide ammunition alongside aid to Turkey" -> Turkey, "said it
    would recognize South Ossetia's independence" -> South Ossetia. Breadth first, so the nearest wins; the
    source's own words and its own state are left out, but a place at home is the target when nothing else
    is ("set up a company in Berlin"). Adverbial clauses are searched last ("will not end the strike until
    the government ...")."""
    sources = [got[0] for h in args.sources if (got := actors.resolve(sentence, h)) is not None]
    barred = {t.i for h in args.sources for t in sentence.subtree(h)}
    made = made or set()

    def fit(token: Token) -> tuple[Resolved | None, bool]:
        if (token.pos not in ("NOUN", "PROPN", "PRON") or token.ent_type in NOT_PARTY_ENTITIES
                or token.lemma.lower() in TIME_NOUNS or token.i in made):
            return None, False
        got = actors.resolve(sentence, token.i)
        if got is None or not is_coded(got[0]) or any(same_party(got[0], s) for s in sources) or (
                skip_forces and own_forces(got[0], own)):
            return None, False
        if not own_body(got[0], bodies):
            return got, True
        home = token.ent_type in ("GPE", "LOC", "FAC") and got[0].kind == "country"
        return (got if home else None), False

    home_place: Resolved | None = None
    starts = [predicate] if args.light_verb is None else [predicate, args.light_verb]
    for skip in (DEEP_SKIP_DEPS, DEEP_SKIP_DEPS - {"advcl"}):
        for token in nearest_first(sentence, starts, barred, skip):
            got, best = fit(token)
            if best:
                return got
            home_place = home_place or got
        if home_place is not None:
            return home_place
    return None


def nearest_first(sentence: Sentence, starts: list[int], barred: set[int], skip: frozenset[str]) -> list[Token]:
    """Tokens below the predicate (and its light verb: ``starts``), breadth first (by sentence order within
    a depth), not passing through ``skip`` dependents, the ``barred`` tokens or another verb's clause;
    subjects only below the first level (the predicate's own subject is its source)."""
    out: list[Token] = []
    frontier, seen = list(starts), {*starts, *barred}
    for depth in range(DEEP_LIMIT):
        deps = skip if depth == 0 else skip - {"nsubj", "nsubjpass"}
        below = [c for i in frontier for c in sentence.children(i) if c.i not in seen and c.dep not in deps
                 and not (c.dep == "conj" and c.pos in ("VERB", "AUX"))]  # another clause, another act
        seen.update(c.i for c in below)
        out.extend(sorted(below, key=lambda t: t.i))
        frontier = [c.i for c in below]
        if not frontier:
            break
    return out


TIME_NOUNS = frozenset({"time", "hour", "day", "week", "month", "year", "minute", "morning", "evening", "night"})
NOT_PARTY_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})


def direct_object_target(sentence: Sentence, predicate: int) -> Actor | None:
    """The predicate's direct object as a target of kind ``other``, unless it names the act itself."""
    objects = [c.i for c in sentence.children(predicate) if c.dep in ("dobj", "obj")
               and c.pos in ("NOUN", "PROPN") and c.ent_type not in NOT_PARTY_ENTITIES
               and c.lemma.lower() not in LOOK_THROUGH_NOUNS]
    return object_target(sentence, Arguments((), tuple(objects[:1])), False) if objects else None


def object_target(sentence: Sentence, args: Arguments, acts_too: bool = True) -> Actor | None:
    """What the act is aimed at when no actor is ("condemned the attacks", "returned the paintings to
    the gallery"): kind ``other``, no codes. Dates and amounts are never targets; an act noun
    ("condemned the attack") only counts for types aimed at their object (``acts_too``)."""
    nouns = [h for h in args.targets if sentence.tokens[h].pos in ("NOUN", "PROPN")
             and sentence.tokens[h].ent_type not in NOT_PARTY_ENTITIES]
    # "launched an investigation into X": the act names no target, X does; "condemned the attacks": it does
    beyond = [h for h in nouns if sentence.tokens[h].lemma.lower() not in LOOK_THROUGH_NOUNS]
    for head in (beyond or (nouns if acts_too else []))[:1]:
        token = sentence.tokens[head]
        words = [t for t in noun_phrase(sentence, head) if t.dep != "det"] or [token]
        start, end = min(t.start for t in words), max(t.end for t in words)
        text = sentence.text[start - sentence.start:end - sentence.start]
        return Actor(text, None, None, None, "other", (start, end))
    return None


def resolved(sentence: Sentence, heads: tuple[int, ...], actors: ArticleActors
             ) -> list[tuple[Actor, tuple[Actor, ...]]]:
    out = []
    for head in heads:
        got = actors.resolve(sentence, head)
        if got is not None:
            out.append(got)
    return out


def refine_code(code: CameoCode, place: Location | None, actor: Actor, recipient: Actor | None,
                table: CodeTable) -> CameoCode:
    """A meeting held in a country of neither party is CAMEO 044, meeting at a third location."""
    if (code.cameo == "040" and place is not None and place.country and recipient is not None
            and place.country not in (actor.country, recipient.country) and "044" in table):
        return table.get("044")
    return code


def object_lemma(sentence: Sentence, predicate: int) -> str | None:
    for child in sentence.children(predicate):
        if child.dep in ("dobj", "nsubjpass", "obj"):
            return child.lemma.lower()
    return None


def event_span(sentence: Sentence, predicate: int, args: Arguments) -> tuple[int, int]:
    ids = [predicate, *args.sources[:1], *args.targets[:1]]
    if args.light_verb is not None:
        ids.append(args.light_verb)
    toks = [t for i in ids for t in sentence.subtree(i)] if len(ids) < 4 else [sentence.tokens[i] for i in ids]
    start = min(t.start for t in toks)
    end = max(t.end for t in toks)
    return start, end


def score(match: PredicateMatch, args: Arguments, actor: Actor, recipient: Actor | None, modality: str) -> float:
    """A heuristic confidence in [0, 1] (not calibrated): evidence the coder had."""
    value = 0.55
    value += 0.15 if recipient is not None else 0.0
    value += 0.1 if match.object_matched else 0.0
    value += 0.1 if actor.kind in ("person", "country", "organisation") else 0.0
    value -= 0.15 if match.entry.pos == "NOUN" else 0.0
    value -= 0.1 if modality == "hypothetical" else 0.0
    return round(max(0.05, min(0.99, value)), 2)
