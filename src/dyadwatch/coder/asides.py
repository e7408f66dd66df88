"""Words beside an act that name no party to it: where a gathering is held ("the next session will be held in
Windhoek"), what a party is accused of ("accusing some of them of spying for Israel") and what a thing is likened
to ("a points system similar to Australia's"), and where the act of a clause of its own happened ("imposed curfew
after one of the victims succumbed in hospital"). The target choice
(``targets.aimed_at``) and the implied target of a story's pair (``pairs.with_implied_recipient``) leave them
aside."""

from __future__ import annotations

from ..records import Sentence, Token

# verbs of holding a gathering somewhere ("the talks will be held in Doha"): the place is its venue
VENUE_VERBS = frozenset({"hold", "host", "convene", "stage"})
# verbs whose "of" tells the charge ("accused X of spying for Y", "charged the captain with illegal fishing")
CHARGING_VERBS = frozenset({"accuse", "charge", "suspect", "convict", "indict", "acquit"})
CHARGE_PREPOSITIONS = frozenset({"of", "with"})


def venues(sentence: Sentence, top: int) -> set[int]:
    """Where gatherings are held, in the clause at ``top`` and below ("the next session will be held in
    Windhoek"): the objects of "in" and "at" of a verb of holding one (with the places joined to them), which are
    no party to what is done there."""
    return {i for v in sentence.subtree(top) if v.lemma.lower() in VENUE_VERBS and v.pos == "VERB"
            for p in sentence.children(v.i) if p.dep == "prep" and p.lower in ("in", "at")
            for g in sentence.children(p.i) if g.dep == "pobj"
            for i in (g.i, *(c.i for c in sentence.children(g.i) if c.dep == "conj"))}


# nouns whose "of" names whom they lead or belong to ("the head of the agency"), never a charge
HOLDER_NOUNS = frozenset({"head", "chief", "leader", "member", "official", "president", "director", "minister",
                          "secretary", "chairman", "governor", "boss"})


def charge_on_object(sentence: Sentence, head: int) -> set[int]:
    """The charge that the parser hung on the object of a verb of charging rather than on the verb ("accused the
    company [of negligence]"): the words of the noun object's last "of" phrase when the verb has none of its own
    and it names a deed (a gerund or a common noun), not whom the object leads or belongs to; else empty. A verb
    that tells its own charge ("of", "with") has none on its object."""
    token = sentence.tokens[head]
    verb = sentence.tokens[token.head]
    if (token.dep not in ("dobj", "obj") or token.pos not in ("NOUN", "PROPN") or verb.pos != "VERB"
            or verb.lemma.lower() not in CHARGING_VERBS or token.lemma.lower() in HOLDER_NOUNS
            or any(p.dep == "prep" and p.lower in ("of", "with") for p in sentence.children(verb.i))):
        return set()  # "accused some of the organisers of ...": "of the organisers" says who; "charged X with ..."
    last = [p for p in sentence.children(head) if p.dep == "prep" and p.lower == "of"][-1:]
    if last and any(g.dep == "pcomp" or (g.dep == "pobj" and g.pos == "NOUN" and not g.ent_type)
                    for g in sentence.children(last[0].i)):
        return {t.i for t in sentence.subtree(last[0].i)}
    return set()


def charge_words(sentence: Sentence, top: int) -> set[int]:
    """What a party is accused of, in the clause at ``top`` and below ("accusing some of them of spying for
    Israel"): the parties named inside the charge are no target of the accusation or of the acts it explains."""
    return {t.i for v in sentence.subtree(top) if v.lemma.lower() in CHARGING_VERBS and v.pos == "VERB"
            and any(c.dep in ("dobj", "obj") for c in sentence.children(v.i))
            for p in sentence.children(v.i) if p.dep == "prep" and p.lower in CHARGE_PREPOSITIONS
            for t in sentence.subtree(p.i)} | {
        t for v in sentence.subtree(top) for o in sentence.children(v.i) for t in charge_on_object(sentence, o.i)}


# words that liken a thing to another ("a system similar to Australia's", "a law like Hungary's")
LIKENING_WORDS = frozenset({"similar", "comparable", "akin", "identical", "equivalent", "analogous"})
LIKENING_PREPOSITIONS = frozenset({"like", "unlike"})


def likenings(sentence: Sentence, top: int) -> set[int]:
    """What a thing is likened to, in the clause at ``top`` and below ("proposing a points system similar to
    Australia's", "a foreign agents law like Russia's"): the party named there is no party to the act."""
    out: set[int] = set()
    for t in sentence.subtree(top):
        if t.dep == "prep" and t.lower in LIKENING_PREPOSITIONS:
            out |= {u.i for u in sentence.subtree(t.i)}
        elif t.lemma.lower() in LIKENING_WORDS:
            out |= {u.i for p in sentence.children(t.i) if p.dep == "prep" and p.lower in ("to", "with")
                    for u in sentence.subtree(p.i)}
    return out


def aside_words(sentence: Sentence, top: int) -> set[int]:
    """All the words beside the act at ``top`` that name no party to it: venues, charges, likenings."""
    return venues(sentence, top) | charge_words(sentence, top) | likenings(sentence, top)


# the tags of a verb told as done or doing (not an infinitive, a participle or a gerund)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def happened_in_another_act(sentence: Sentence, token: Token) -> bool:
    """Where a finite adverbial clause's own act happened ("after one of the victims succumbed in hospital"); not
    where a demanded act would ("appealed for the inspectors to be given more time in Iraq")."""
    prep = sentence.tokens[token.head]
    verb = sentence.tokens[prep.head]
    return token.dep == "pobj" and prep.lower in ("in", "at") and verb.dep == "advcl" and verb.tag in FINITE_TAGS
