"""Whether a person pronoun can stand for a person: "she" is not Daniel Ortega, "he" is not Maria Zakharova.

A person's gender is read from the words the article tells them by (an honorific or a gendered title: "Sir Keir
Starmer", "spokeswoman Maria Zakharova", "Mrs Gandhi"), else from the knowledge base: the office holders it lists
are men unless ``women.tsv`` names them. A person of neither (one the knowledge base lacks, told by name alone) may
be either, and any pronoun may stand for them. A pronoun that agrees with no one in play stands for no one: a wrong
doer is worse than a missed event ("Foreign Ministry spokeswoman Maria Zakharova ... what she called" is not the
Kremlin spokesman named in the sentence before).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..records import Actor

FEMALE = "female"
MALE = "male"

# honorifics and titles that tell a woman
FEMALE_WORDS = frozenset({"mrs", "ms", "miss", "madam", "madame", "mme", "smt", "shrimati", "lady", "dame",
                          "baroness", "queen", "princess", "duchess", "empress", "spokeswoman", "chairwoman",
                          "congresswoman", "councilwoman", "stateswoman", "businesswoman", "begum", "sheikha"})
# honorifics and titles that tell a man ("chairman" is written of women too: "UPA chairman Sonia Gandhi")
MALE_WORDS = frozenset({"mr", "shri", "sir", "lord", "baron", "king", "prince", "duke", "emperor",
                        "spokesman", "congressman", "councilman", "statesman", "businessman"})
# what each person pronoun tells of the one it stands for
PRONOUN_GENDER = {"he": MALE, "him": MALE, "his": MALE, "himself": MALE,
                  "she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE}
WORD = re.compile(r"[a-z]+")


def gender_of(actor: Actor, listed: Collection[str], women: Collection[str]) -> str | None:
    """The gender the words telling ``actor`` show, else the knowledge base's (``listed``: the names of the people
    it lists; ``women``: those of them who are women); None when nothing tells. Only people have one."""
    if actor.kind not in ("person", "group"):
        return None
    words = set(WORD.findall(actor.text.lower()))
    female, male = bool(words & FEMALE_WORDS), bool(words & MALE_WORDS)
    if female != male:
        return FEMALE if female else MALE
    if actor.kind != "person" or not actor.name or actor.name not in listed:
        return None
    return FEMALE if actor.name in women else MALE


def agrees(pronoun: str, actor: Actor, listed: Collection[str], women: Collection[str]) -> bool:
    """Whether the person pronoun may stand for ``actor`` (any pronoun for one of no known gender)."""
    wanted = PRONOUN_GENDER.get(pronoun.lower())
    if wanted is None:
        return True
    known = gender_of(actor, listed, women)
    return known is None or known == wanted
