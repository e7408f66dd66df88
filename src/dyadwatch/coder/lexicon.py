"""The predicate lexicon: which words (verbs and nominals) code which CAMEO events.

The lexicon is data (``data/predicates.tsv``); this module loads it and matches a token of a
parsed sentence against it, checking a particle ("call on") and object words ("cut tariffs",
not "cut the ribbon") where the row asks for them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from ..errors import KnowledgeBaseError
from ..records import Sentence, Token
from .attributes import DATE_LABELS
from .phrases import medium_prepositions
from .subjects import with_conjuncts

LEXICON_VERSION = "predicates-v1"
# the code of a row that says a word tells no act ("denied the report", "refused to comment"): it silences
# the word, so neither the lexicon nor the typer codes an event on it
NO_ACT = "-"
VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "obj", "attr", "oprd"})
NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "prep"})
# verbs whose particle takes the place of an object ("called on Iran", "called for talks"): after the verb's own
# object the preposition is not that particle ("called a strike for Friday", "called a bandh on Wednesday")
OBJECTLESS_PHRASAL_VERBS = frozenset({"call"})


@dataclass(frozen=True, slots=True)
class PredicateEntry:
    lemma: str
    particle: str | None
    pos: str
    cameo: str
    objects: frozenset[str]


@dataclass(frozen=True, slots=True)
class PredicateMatch:
    token: int
    entry: PredicateEntry
    object_matched: bool


def worded_match(token: Token, cameo: str) -> PredicateMatch:
    """A match the coder makes from the wording around a verb, not from a row of the lexicon (a demand told as
    speech, a court's order, a threat on a condition): the verb's own lemma, coded ``cameo``, no object matched."""
    return PredicateMatch(token.i, PredicateEntry(token.lemma.lower(), None, "VERB", cameo, frozenset()), False)


class PredicateLexicon:
    """Rows of the lexicon indexed by (lemma, part of speech)."""

    def __init__(self, entries: list[PredicateEntry], version: str = LEXICON_VERSION) -> None:
        index: dict[tuple[str, str], list[PredicateEntry]] = {}
        for entry in entries:
            index.setdefault((entry.lemma, entry.pos), []).append(entry)
        # rows that ask for object words are tried first
        self._index: Mapping[tuple[str, str], tuple[PredicateEntry, ...]] = MappingProxyType(
            {k: tuple(sorted(v, key=lambda e: (not e.objects, e.particle is None)))
             for k, v in index.items()}
        )
        self.version = version
        self.entries = tuple(entries)

    @classmethod
    def load(cls, path: Path | None = None) -> PredicateLexicon:
        if path is None:
            text = resources.files("dyadwatch").joinpath("data/predicates.tsv").read_text("utf-8")
            name = "predicates.tsv"
        else:
            text = path.read_text("utf-8")
            name = str(path)
        return cls(parse_lexicon(text, name))

    def holds(self, entry: PredicateEntry) -> bool:
        """The entry is one of the lexicon's rows (not one made for a type the typer found)."""
        return entry in self._index.get((entry.lemma, entry.pos), ())

    def match(self, sentence: Sentence, token: Token) -> PredicateMatch | None:
        pos = "VERB" if token.pos in VERB_POS else "NOUN" if token.pos in NOUN_POS else None
        if pos is None or (pos == "NOUN" and token.ent_type in DATE_LABELS and token.text[:1].isupper()):
            return None  # "in March", "on Independence Day": a capitalised noun of a time names no act
        rows = self._index.get((token.lemma.lower(), pos)) or (
            self._index.get((joined, pos)) if (joined := hyphen_joined(sentence, token)) else None)
        if not rows:
            return None
        words: set[str] | None = None
        particles = {c.lower for c in sentence.children(token.i) if c.dep in ("prt", "prep", "advmod")
                     and not after_own_object(sentence, token, c)}
        particles |= clause_marks(sentence, token)
        particles |= {p.lower for p in medium_prepositions(sentence, token.i)}  # "spoke by telephone with"
        for entry in rows:
            if entry.particle is not None and entry.particle not in particles:
                continue
            if entry.objects:
                if words is None:
                    words = object_words(sentence, token)
                if (words | preposition_objects(sentence, token, entry.particle)) & entry.objects:
                    return PredicateMatch(token.i, entry, True)
                continue
            return PredicateMatch(token.i, entry, False)
        return None


# verbs of people coming together, which the purpose they came for makes a demonstration (not
# ``subjects.GATHERING_VERBS``, the verbs whose participle tells who gathered)
COMING_TOGETHER_VERBS = frozenset({"gather", "assemble", "converge", "congregate", "mass", "throng"})


def hyphen_joined(sentence: Sentence, token: Token) -> str | None:
    """The word the token ends when the tokenizer split it at a hyphen ("sick-out", "stay-away": "out" after "sick"
    and "-", written with no space), lower-cased; None when it ends none."""
    if token.i < 2:
        return None
    first, hyphen = sentence.tokens[token.i - 2], sentence.tokens[token.i - 1]
    if hyphen.text != "-" or hyphen.start != first.start + len(first.text) or token.start != hyphen.start + 1:
        return None
    return f"{first.lower}-{token.lower}"


def after_own_object(sentence: Sentence, verb: Token, word: Token) -> bool:
    """A preposition that follows the direct object of a verb whose particle stands for an object
    (:data:`OBJECTLESS_PHRASAL_VERBS`): "called a strike [for] Friday" is no "call for"."""
    return (word.dep == "prep" and verb.lemma.lower() in OBJECTLESS_PHRASAL_VERBS
            and any(c.dep in ("dobj", "obj") and c.i < word.i for c in sentence.children(verb.i)))


def preposition_objects(sentence: Sentence, token: Token, preposition: str | None) -> set[str]:
    """Lemmas of the object of the row's preposition and its modifiers: "respond [in kind]", "respond [with
    reciprocal steps]" (a particle's row reads the verb's own object)."""
    if preposition is None:
        return set()
    return {w for c in sentence.children(token.i) if c.dep == "prep" and c.lower == preposition
            for g in sentence.children(c.i) if g.dep == "pobj" for t in sentence.subtree(g.i) for w in word_forms(t)}


def word_forms(token: Token) -> tuple[str, ...]:
    """The lemma an object word is matched by, and for a plural proper noun, whose lemma the model leaves in
    the plural ("Ottawa's Clean Electricity Regulations"), its singular too."""
    lemma = token.lemma.lower()
    if token.tag != "NNPS" or not lemma.endswith("s"):
        return (lemma,)
    return (lemma, lemma[:-3] + "y" if lemma.endswith("ies") else lemma[:-1])


def clause_marks(sentence: Sentence, token: Token) -> set[str]:
    """"for" that opens a clause hung from the verb: "called for Iran to leave the treaty" is "call for" (the
    parser makes "for" the mark of "to leave", not a particle of "called")."""
    return {"for"} if any(c.dep in ("advcl", "ccomp", "xcomp") and opened_by_for(sentence, c)
                          for c in sentence.children(token.i)) else set()


def opened_by_for(sentence: Sentence, clause: Token) -> bool:
    """The clause opens with "for" as its mark: "(called) for Iran to leave the treaty"."""
    return any(g.dep == "mark" and g.lower == "for" and g.i < clause.i for g in sentence.children(clause.i))


# verbs whose object is what is said or told, in an open complement: "refused to make a statement"
SAYING_LIGHT_VERBS = frozenset({"make", "give", "issue", "offer"})


def object_words(sentence: Sentence, token: Token) -> set[str]:
    """Lemmas of what the predicate acts on: its object and the object's modifiers.

    For a verb, the direct object (or passive subject) and its compounds, a small clause the parser hangs
    as a clause ("held the government responsible"), and the verb of its open complement ("refused to
    comment": comment); for a noun, its own modifiers ("worker strike",
    "strike by workers").
    """
    heads: list[Token] = []
    words: set[str] = set()
    for child in sentence.children(token.i):
        verb_object = token.pos in VERB_POS and child.dep in OBJECT_DEPS
        noun_modifier = token.pos in NOUN_POS and child.dep in NOUN_MODIFIER_DEPS
        if verb_object or noun_modifier:
            heads.append(child)
        elif token.pos in VERB_POS and child.dep == "ccomp" and child.pos == "ADJ":
            heads.append(child)  # a small clause the parser hangs as a clause: "held [the government responsible]"
        elif token.pos in VERB_POS and child.dep == "ccomp" and small_clause(sentence, child):
            heads.append(child)  # "ordered [Vujovic held in custody]": the clause is what the order does
        elif token.pos in VERB_POS and child.dep == "xcomp":
            complement = child.lemma.lower()
            objects = {c.lemma.lower() for c in sentence.children(child.i) if c.dep in ("dobj", "obj")}
            words.add(complement)
            # the complement with its object, a row's object words of two ("ordered her to [leave the country]")
            words |= {f"{complement} {o}" for o in objects}
            if complement in SAYING_LIGHT_VERBS:
                # "refused to make an official statement", "declined to give details": what the light verb makes
                words |= objects
        elif token.pos in VERB_POS and child.dep == "advcl" and token.lemma.lower() in COMING_TOGETHER_VERBS:
            # what a crowd gathered for: "gathered outside the ministry to demand ...", "gathered, chanting and
            # demanding ..."
            words |= {sentence.tokens[i].lemma.lower() for i in with_conjuncts(sentence, [child.i])}
    if token.pos in VERB_POS and token.dep in ("relcl", "acl"):
        heads.append(sentence.tokens[token.head])
    if token.pos in NOUN_POS and (doers := doers_of_noun_act(sentence, token)):
        heads.extend(doers)  # "teachers went on strike", "the unions began a strike": whose strike it is
    # a verb in a clause on a noun acts on the noun, not on its own words ("the men who challenged the president in
    # the election": no election challenged)
    modified = token.head if token.pos in VERB_POS and token.dep == "relcl" else None
    own_clause = {t.i for t in sentence.subtree(token.i)} if modified is not None else set()
    for head in heads:
        for tok in sentence.subtree(head.i):
            if (tok.dep in ("relcl", "acl") and tok.i != head.i) or (head.i == modified and tok.i in own_clause):
                continue
            words.update(word_forms(tok))
    return words


def doers_of_noun_act(sentence: Sentence, noun: Token) -> list[Token]:
    """The subjects of the verb an act's noun is the object of ("the unions began a strike", "doctors went on
    strike", "called the strike"): who does the act, which tells a workers' strike from an air strike as the noun's
    own words do ("a teachers' strike")."""
    verb = sentence.tokens[noun.head]
    if noun.dep == "pobj" and verb.dep == "prep" and verb.head != verb.i:
        verb = sentence.tokens[verb.head]  # "went on strike"
    elif noun.dep not in ("dobj", "obj"):
        return []
    if verb.pos not in VERB_POS or verb.i == noun.i:
        return []
    return [c for c in sentence.children(verb.i) if c.dep in ("nsubj", "nsubjpass")]


def small_clause(sentence: Sentence, clause: Token) -> bool:
    """A verbless clause of a participle and its subject ("ordered [him held in detention]"): a past participle
    with a subject and no auxiliary or mark of its own."""
    children = sentence.children(clause.i)
    return (clause.pos == "VERB" and clause.tag == "VBN" and any(c.dep in ("nsubj", "nsubjpass") for c in children)
            and not any(c.dep in ("aux", "auxpass", "mark") for c in children))


def parse_lexicon(text: str, name: str) -> list[PredicateEntry]:
    entries: list[PredicateEntry] = []
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        cells = line.split("\t")
        if len(cells) < 3:
            raise KnowledgeBaseError(f"{name} line {number}: expected lemma, pos, cameo[, objects]")
        lemma_cell, pos, cameo = cells[0].strip().lower(), cells[1].strip(), cells[2].strip()
        objects = cells[3].strip() if len(cells) > 3 else ""
        if pos not in ("VERB", "NOUN") or not (cameo.isdigit() or cameo == NO_ACT):
            raise KnowledgeBaseError(f"{name} line {number}: bad pos {pos!r} or code {cameo!r}")
        lemma, _, particle = lemma_cell.partition(" ")
        entries.append(
            PredicateEntry(lemma, particle or None, pos, cameo,
                           frozenset(w.strip().lower() for w in objects.split("|") if w.strip()))
        )
    return entries
