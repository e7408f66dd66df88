"""Party codes for queries and exports: countries (ISO 3166 alpha-3) and intergovernmental bodies.

The coder stores a country as its ISO alpha-3 code and an international body (the UN, the EU,
NATO, ...) as its name with sector ``IGO`` and no country. Queries, series and exports give both a
*party code*: the country code, else the body's entity code from the knowledge base's
``organisations.tsv`` (``UNO`` United Nations, ``EUR`` European Union, ``NAT`` NATO, ``IMF``,
``WTO``, ...; where the table's own code is longer than CAMEO's three letters, :data:`CAMEO_ENTITY`
gives the CAMEO form, e.g. ``NATO`` -> ``NAT``). PLOVER's manual uses such entity codes in the
actor ``code`` field; GDELT writes an intergovernmental actor as ``IGO`` + its code (``IGOUNO``)
with the code as its known-group code.

:func:`resolve_party` turns what a user types (``USA``, ``usa``, ``China``, ``Chinese``, ``the UN``,
``NATO``) into that code, or raises :class:`~dyadwatch.errors.BadOptionError` (D201) for an
unknown one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..coder.kb import load_knowledge
from ..errors import BadOptionError

#: the knowledge base's organisation codes that CAMEO spells differently
CAMEO_ENTITY = {"NATO": "NAT"}


@dataclass(frozen=True)
class Parties:
    """What the knowledge base knows of countries and international bodies, indexed for look-ups."""

    countries: dict[str, str]  # code -> name
    bodies: dict[str, str]  # entity code -> name (IGOs and NGOs)
    by_name: dict[str, str]  # lower-cased name, alias, adjective, capital or code -> party code
    igo_names: tuple[tuple[str, str], ...]  # (lower-cased name or alias, entity code) of IGOs, names unique

    def name_of(self, code: str | None) -> str | None:
        if code is None:
            return None
        return self.countries.get(code) or self.bodies.get(code)


def _key(text: str) -> str:
    text = " ".join(text.replace("’", "'").split()).lower()
    return re.sub(r"^the\s+", "", text)


@cache
def parties() -> Parties:
    """The party index of the packaged knowledge base (built once; the knowledge base is immutable)."""
    kb = load_knowledge()
    countries = {c.iso3: c.name for c in kb.countries}
    bodies: dict[str, str] = {}
    by_name: dict[str, str] = {}
    igo: dict[str, str] = {}
    for c in kb.countries:  # names and aliases first, then adjectives and capitals (weaker)
        for phrase in (c.iso3, c.name, *c.aliases):
            by_name.setdefault(_key(phrase), c.iso3)
    for o in kb.organisations:
        if o.sector not in ("IGO", "NGO") or o.home:
            continue
        code = CAMEO_ENTITY.get(o.code, o.code)
        bodies[code] = o.name
        for phrase in (code, o.code, o.name, *o.aliases):
            by_name.setdefault(_key(phrase), code)
            if o.sector == "IGO":
                igo.setdefault(" ".join(phrase.split()).lower(), code)
    for c in kb.countries:
        for phrase in (*c.adjectives, *c.capitals):
            by_name.setdefault(_key(phrase), c.iso3)
    return Parties(countries, bodies, by_name, tuple(igo.items()))


def resolve_party(text: str) -> str:
    """A country or international body as a user names it -> its party code (``China`` -> ``CHN``)."""
    index = parties()
    raw = (text or "").strip()
    if raw.upper() in index.countries or raw.upper() in index.bodies:
        return raw.upper()
    found = index.by_name.get(_key(raw))
    if found is None:
        raise BadOptionError(f"unknown country {text!r}: give an ISO 3166 alpha-3 code (USA, CHN), a country "
                             "name (China) or an international body's code or name (UNO, the EU, NATO)")
    return found


def party_code(country: str | None, sector: str | None, name: str | None) -> str | None:
    """The party code of a stored actor: its country, else an IGO's entity code, else None."""
    if country:
        return country
    if sector != "IGO" or not name:
        return None
    return dict(parties().igo_names).get(" ".join(name.split()).lower())


def gdelt_actor_code(country: str | None, sector: str | None, name: str | None) -> tuple[str, str, str]:
    """GDELT's (ActorCode, ActorCountryCode, ActorKnownGroupCode) of a stored actor:
    ``CHNGOV``/``CHN``/"" for a state, ``IGOUNO``/""/``UNO`` for the United Nations."""
    if country:
        return country + (sector or ""), country, ""
    code = party_code(country, sector, name)
    if code is not None:
        return "IGO" + code, "", code
    return sector or "", "", ""
