"""The project's own labelled corpus of news-style sentences, generated from templates.

``python -m dyadwatch.training.corpus`` (or ``dyadwatch train``) writes
``data/training/generated.tsv``: one sentence a line with its PLOVER type (or ``NONE``), the
source span text and the target span text. Every template, actor and phrase below was written
for this project; the generator is seeded, so the file is the same on every run.

Labelling follows the CAMEO-to-PLOVER map the project pins: a stated intention or plan ("will
visit", "pledged to send aid") is AGREE, signing or reaching an agreement is SUPPORT, imposing
sanctions or arresting is COERCE, cutting aid or expelling diplomats is SANCTION, easing
sanctions, releasing or withdrawing is RETREAT, accepting demands, apologising or pardoning is
CONCEDE. Background statements, statistics, events that did not happen and plain statements
are NONE.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

SEED = 2026
PER_TEMPLATE = 8

COUNTRIES = [
    ("China", "Chinese"), ("the United States", "US"), ("Russia", "Russian"), ("Ukraine", "Ukrainian"),
    ("Iran", "Iranian"), ("Israel", "Israeli"), ("India", "Indian"), ("Pakistan", "Pakistani"),
    ("Japan", "Japanese"), ("South Korea", "South Korean"), ("North Korea", "North Korean"),
    ("Turkey", "Turkish"), ("Germany", "German"), ("France", "French"), ("Britain", "British"),
    ("Brazil", "Brazilian"), ("Mexico", "Mexican"), ("Nigeria", "Nigerian"), ("Kenya", "Kenyan"),
    ("Ethiopia", "Ethiopian"), ("Egypt", "Egyptian"), ("Saudi Arabia", "Saudi"), ("Venezuela", "Venezuelan"),
    ("Colombia", "Colombian"), ("Syria", "Syrian"), ("Iraq", "Iraqi"), ("Afghanistan", "Afghan"),
    ("Sudan", "Sudanese"), ("Myanmar", "Myanmar"), ("the Philippines", "Philippine"),
    ("Indonesia", "Indonesian"), ("Australia", "Australian"), ("Canada", "Canadian"), ("Poland", "Polish"),
    ("Serbia", "Serbian"), ("Armenia", "Armenian"), ("Azerbaijan", "Azerbaijani"), ("Qatar", "Qatari"),
    ("South Africa", "South African"), ("Vietnam", "Vietnamese"), ("Lebanon", "Lebanese"),
    ("Somalia", "Somali"), ("Mali", "Malian"), ("Peru", "Peruvian"), ("Greece", "Greek"),
]
FIRST = ["Amara", "Viktor", "Lena", "Tomas", "Hiroshi", "Farid", "Grace", "Mateo", "Nadia", "Olusegun",
         "Priya", "Sergei", "Ines", "Kwame", "Mei", "Rashid", "Elena", "Jonas", "Aylin", "Pedro"]
LAST = ["Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Petrov", "Mensah", "Castillo", "Novak",
        "Rahimi", "Kowalski", "Adeyemi", "Sato", "Barros", "Kaya", "Wu", "Ibrahim", "Fischer", "Mwangi", "Duarte"]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Interior Minister",
          "Finance Minister", "Trade Minister", "opposition leader", "Health Minister"]
ORGS = ["the United Nations", "NATO", "the European Union", "the African Union", "the World Bank",
        "the International Monetary Fund", "Amnesty International", "Human Rights Watch", "the Red Cross",
        "the World Health Organization", "the UN Security Council", "ASEAN", "the Arab League",
        "Doctors Without Borders", "the International Criminal Court", "the OPEC cartel"]
DOMESTIC = ["police", "security forces", "the army", "rebels", "militants", "protesters", "students",
            "farmers", "trade unions", "striking workers", "residents", "activists", "opposition supporters",
            "the ruling party", "the opposition party", "the Supreme Court", "a federal judge", "prosecutors",
            "the central bank", "the electoral commission", "the parliament", "lawmakers", "the state oil company",
            "a mining company", "border guards", "the coast guard", "insurgents", "armed gunmen", "the ministry",
            "the city council", "doctors", "teachers", "the governor", "the mayor"]
CITIES = ["GENEVA", "NAIROBI", "BEIRUT", "MANILA", "ISTANBUL", "CARACAS", "KYIV", "LAGOS", "DHAKA",
          "BOGOTA", "CAIRO", "SEOUL", "BRUSSELS", "HANOI", "ADDIS ABABA", "LIMA", "ATHENS", "DOHA"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
        "last week", "this week", "earlier this month", "yesterday", "late on Tuesday", "on March 3"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TRAILERS = ["", "", "", ", officials said", ", state media reported", ", a spokesman said",
            ", according to a statement", " after weeks of tension", ", the ministry said in a statement",
            ", witnesses said", ", local media reported"]
TOPICS = ["trade", "border security", "climate change", "energy supplies", "the refugee crisis", "nuclear talks",
          "fishing rights", "the ceasefire", "water sharing", "counterterrorism", "debt relief", "grain exports",
          "the disputed islands", "migration", "a new pipeline", "vaccine supplies"]


def person(rng: random.Random) -> str:
    _, adj = rng.choice(COUNTRIES)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    form = rng.randrange(4)
    if form == 0:
        return f"{adj} {rng.choice(TITLES)} {name}"
    if form == 1:
        return f"{rng.choice(TITLES)} {name}"
    if form == 2:
        return f"the {adj} {rng.choice(['president', 'prime minister', 'foreign minister', 'defence minister'])}"
    return name


def state(rng: random.Random) -> str:
    country, adj = rng.choice(COUNTRIES)
    form = rng.randrange(5)
    if form <= 1:
        return country
    if form == 2:
        return f"the {adj} government"
    if form == 3:
        return f"{adj} officials"
    return f"{adj} authorities"


def military(rng: random.Random) -> str:
    _, adj = rng.choice(COUNTRIES)
    return rng.choice([f"{adj} troops", f"{adj} forces", f"the {adj} army", f"{adj} warplanes",
                       f"{adj} soldiers", f"the {adj} navy", f"{adj} police"])


def actor(rng: random.Random, kinds: str = "psod") -> str:
    kind = rng.choice(kinds)
    if kind == "p":
        return person(rng)
    if kind == "s":
        return state(rng)
    if kind == "o":
        return rng.choice(ORGS)
    if kind == "m":
        return military(rng)
    return rng.choice(DOMESTIC)


def place(rng: random.Random) -> str:
    return rng.choice(COUNTRIES)[0]


# A template: (type, text with {S} source and {T} target, source kinds, target kinds).
# Other slots: {D} a day phrase, {P} a place, {X} a topic, {N} a number.
TEMPLATES: list[tuple[str, str, str, str]] = [
    # --- CONSULT
    ("CONSULT", "{S} met {T} {D} to discuss {X}", "ps", "ps"),
    ("CONSULT", "{S} held talks with {T} in {P} {D}", "ps", "pso"),
    ("CONSULT", "{S} and {T} discussed {X} during a meeting {D}", "ps", "ps"),
    ("CONSULT", "{S} visited {T} {D}, the first such trip in a decade", "p", "s"),
    ("CONSULT", "{S} hosted {T} for two days of consultations on {X}", "ps", "p"),
    ("CONSULT", "{S} spoke by phone with {T} about {X}", "p", "p"),
    ("CONSULT", "{S} received {T} at the presidential palace {D}", "p", "p"),
    ("CONSULT", "Envoys of {S} and {T} negotiated through the night over {X}", "s", "s"),
    ("CONSULT", "{T} was visited by {S} {D}", "p", "s"),
    ("CONSULT", "A delegation from {S} arrived in {T} for talks on {X}", "s", "s"),
    ("CONSULT", "{S} mediated between the government and {T}", "so", "d"),
    ("CONSULT", "{S} telephoned {T} {D} to discuss {X}", "p", "p"),
    # --- AGREE (intent, plans, offers)
    ("AGREE", "{S} agreed to resume talks with {T} on {X}", "ps", "ps"),
    ("AGREE", "{S} pledged to send humanitarian aid to {T}", "pso", "s"),
    ("AGREE", "{S} promised {T} that it would cooperate on {X}", "s", "s"),
    ("AGREE", "{S} will visit {T} next month, officials said", "p", "s"),
    ("AGREE", "{S} is expected to meet {T} next week", "p", "p"),
    ("AGREE", "{S} offered to mediate between {T} and the rebels", "pso", "s"),
    ("AGREE", "{S} said it was ready to provide loans to {T}", "so", "s"),
    ("AGREE", "{S} vowed to work with {T} to end the conflict", "ps", "ps"),
    ("AGREE", "{S} announced it would release prisoners held by {T}", "s", "d"),
    ("AGREE", "{S} agreed to buy grain from {T} under a new arrangement", "s", "s"),
    ("AGREE", "{S} committed to providing {N} million dollars to {T} over five years", "so", "s"),
    ("AGREE", "{S} plans to open an embassy in {T} next year", "s", "s"),
    ("AGREE", "{S} accepted an invitation from {T} to attend the summit", "p", "p"),
    # --- SUPPORT (praise, endorse, defend, recognise, sign agreements, apologise)
    ("SUPPORT", "{S} praised {T} for its handling of {X}", "pso", "pso"),
    ("SUPPORT", "{S} welcomed the decision by {T} to hold early elections", "pso", "ps"),
    ("SUPPORT", "{S} expressed support for {T} in its dispute over {X}", "ps", "ps"),
    ("SUPPORT", "{S} endorsed {T} in the presidential race", "pd", "p"),
    ("SUPPORT", "{S} and {T} signed an agreement on {X} {D}", "s", "s"),
    ("SUPPORT", "{S} reached a deal with {T} on {X}", "s", "so"),
    ("SUPPORT", "{S} congratulated {T} on winning the election", "p", "p"),
    ("SUPPORT", "{S} defended {T} against criticism from rights groups", "ps", "ps"),
    ("SUPPORT", "{S} established diplomatic relations with {T}", "s", "s"),
    ("SUPPORT", "{S} thanked {T} for its help during the floods", "ps", "so"),
    ("SUPPORT", "{S} apologised to {T} for the remarks", "ps", "ps"),
    ("SUPPORT", "{S} hailed the peace deal brokered by {T}", "ps", "so"),
    ("SUPPORT", "{T} won the backing of {S} for its bid to join the bloc", "ps", "s"),
    # --- COOPERATE (material cooperation)
    ("COOPERATE", "{S} and {T} held joint military exercises near the border", "s", "s"),
    ("COOPERATE", "{S} shared intelligence with {T} on suspected militants", "so", "s"),
    ("COOPERATE", "{S} extradited a suspect wanted by {T}", "s", "s"),
    ("COOPERATE", "{S} trained soldiers from {T} under a defence pact", "sm", "s"),
    ("COOPERATE", "{S} and {T} launched a joint investigation into {X}", "so", "so"),
    ("COOPERATE", "{S} began supplying gas to {T} through the new pipeline", "s", "s"),
    ("COOPERATE", "{S} and {T} opened a joint patrol of the river", "m", "m"),
    # --- AID
    ("AID", "{S} sent tonnes of food and medicine to {T}", "so", "s"),
    ("AID", "{S} donated {N} million dollars to flood victims in {T}", "so", "s"),
    ("AID", "{S} delivered tents and blankets to refugees in {T}", "o", "s"),
    ("AID", "{S} approved a loan of {N} million dollars for {T}", "o", "s"),
    ("AID", "{S} granted asylum to a dissident from {T}", "s", "s"),
    ("AID", "{S} deployed peacekeepers to {T} to protect civilians", "so", "s"),
    ("AID", "{S} supplied air defence systems to {T}", "s", "s"),
    ("AID", "Emergency aid from {S} reached {T} {D}", "so", "s"),
    ("AID", "{S} provided vaccines to {T} to fight the outbreak", "so", "s"),
    # --- CONCEDE
    ("CONCEDE", "{S} accepted the demands of {T} for higher wages", "s", "d"),
    ("CONCEDE", "{S} pardoned {T} after months of protests", "p", "p"),
    ("CONCEDE", "{S} lifted the ban on {T}", "s", "d"),
    ("CONCEDE", "{S} resigned after pressure from {T}", "p", "d"),
    ("CONCEDE", "{S} admitted responsibility for the strike that killed {N} members of {T}", "sm", "d"),
    ("CONCEDE", "{S} allowed {T} to hold rallies again", "s", "d"),
    ("CONCEDE", "{S} bowed to pressure from {T} and reversed the fuel price increase", "s", "d"),
    ("CONCEDE", "{S} agreed to the demands of {T} and scrapped the new law", "s", "d"),
    ("CONCEDE", "{S} eased restrictions on the media following criticism from {T}", "s", "o"),
    # --- RETREAT
    ("RETREAT", "{S} released {N} prisoners held since the uprising, in a gesture to {T}", "s", "s"),
    ("RETREAT", "{S} freed a journalist from {T} after two years in detention", "s", "s"),
    ("RETREAT", "{S} withdrew its troops from {T}", "s", "s"),
    ("RETREAT", "{S} lifted sanctions on {T}", "so", "s"),
    ("RETREAT", "{S} cut tariffs on goods from {T}", "s", "s"),
    ("RETREAT", "{S} suspended export controls on chips sold to {T}", "s", "s"),
    ("RETREAT", "{S} and {T} declared a ceasefire", "sm", "sd"),
    ("RETREAT", "{S} allowed UN inspectors into {T}", "s", "s"),
    ("RETREAT", "{S} returned the seized vessel to {T}", "s", "s"),
    ("RETREAT", "{S} pulled its forces back from the border with {T}", "m", "s"),
    ("RETREAT", "{S} eased the blockade of {T} to let aid convoys through", "s", "s"),
    ("RETREAT", "{S} handed back the remains of soldiers to {T}", "s", "s"),
    # --- REQUEST
    ("REQUEST", "{S} urged {T} to return to the negotiating table", "pso", "pso"),
    ("REQUEST", "{S} called on {T} to release the detained activists", "pso", "s"),
    ("REQUEST", "{S} asked {T} for military assistance", "ps", "so"),
    ("REQUEST", "{S} demanded that {T} withdraw its forces", "ps", "s"),
    ("REQUEST", "{S} appealed to {T} for emergency food aid", "so", "so"),
    ("REQUEST", "{S} pressed {T} to hold free and fair elections", "pso", "s"),
    ("REQUEST", "{S} requested an investigation by {T} into the killings", "pd", "o"),
    ("REQUEST", "{S} demanded an apology from {T}", "ps", "ps"),
    ("REQUEST", "{S} sought help from {T} to track down the suspects", "d", "so"),
    ("REQUEST", "{S} wants {T} to lower its tariffs", "ps", "s"),
    # --- ACCUSE (criticise, accuse, investigate, sue, convict)
    ("ACCUSE", "{S} accused {T} of violating the ceasefire", "ps", "ps"),
    ("ACCUSE", "{S} condemned {T} over the crackdown on {X} protests", "pso", "s"),
    ("ACCUSE", "{S} criticised {T} for its handling of {X}", "pso", "pso"),
    ("ACCUSE", "{S} filed a lawsuit against {T} over the contract", "d", "sd"),
    ("ACCUSE", "{S} launched an investigation into {T} over corruption allegations", "d", "pd"),
    ("ACCUSE", "{S} convicted {T} of fraud", "d", "p"),
    ("ACCUSE", "{S} denounced the election in {T} as a sham", "pso", "s"),
    ("ACCUSE", "{S} blamed {T} for the deadly attack", "ps", "psd"),
    ("ACCUSE", "{T} was accused by {S} of spying", "ps", "p"),
    ("ACCUSE", "{S} lodged a formal complaint with {T}", "s", "so"),
    ("ACCUSE", "{S} charged that {T} had rigged the vote", "pd", "d"),
    # --- REJECT
    ("REJECT", "{S} rejected a proposal by {T} to share {X}", "ps", "pso"),
    ("REJECT", "{S} refused to meet {T}", "p", "p"),
    ("REJECT", "{S} vetoed a resolution drafted by {T}", "s", "s"),
    ("REJECT", "{S} denied accusations by {T} that it had supplied weapons", "s", "so"),
    ("REJECT", "{S} dismissed calls from {T} for a ceasefire", "psm", "so"),
    ("REJECT", "{S} turned down a request from {T} for more aid", "so", "s"),
    ("REJECT", "{S} defied a court order obtained by {T}", "d", "d"),
    ("REJECT", "{S} refused to recognise the new government in {T}", "s", "s"),
    ("REJECT", "{S} said it would not accept the demands of {T}", "ps", "d"),
    ("REJECT", "{S} boycotted the talks hosted by {T}", "ps", "ps"),
    # --- THREATEN
    ("THREATEN", "{S} threatened to impose sanctions on {T}", "pso", "s"),
    ("THREATEN", "{S} warned {T} of serious consequences if it crossed the line", "ps", "s"),
    ("THREATEN", "{S} threatened military action against {T}", "ps", "s"),
    ("THREATEN", "{S} warned that it would cut off gas supplies to {T}", "s", "s"),
    ("THREATEN", "{S} gave {T} an ultimatum to leave the city within 48 hours", "md", "d"),
    ("THREATEN", "{S} threatened to expel diplomats of {T}", "s", "s"),
    ("THREATEN", "{S} vowed retaliation against {T} for the attack", "psd", "psd"),
    # --- PROTEST
    ("PROTEST", "Thousands of {S} marched through the capital to protest against {T}", "d", "sd"),
    ("PROTEST", "{S} staged a demonstration outside the embassy of {T}", "d", "s"),
    ("PROTEST", "{S} went on strike to demand higher pay from {T}", "d", "d"),
    ("PROTEST", "{S} began a hunger strike to protest their detention by {T}", "d", "sd"),
    ("PROTEST", "{S} blocked roads to protest against {T}", "d", "d"),
    ("PROTEST", "{S} rallied in front of parliament against {T}", "d", "d"),
    ("PROTEST", "{S} boycotted products from {T} in protest", "d", "s"),
    # --- SANCTION (reduce relations, cut aid, expel, halt talks)
    ("SANCTION", "{S} expelled {N} diplomats from {T}", "s", "s"),
    ("SANCTION", "{S} broke off diplomatic relations with {T}", "s", "s"),
    ("SANCTION", "{S} suspended aid to {T}", "so", "s"),
    ("SANCTION", "{S} recalled its ambassador from {T}", "s", "s"),
    ("SANCTION", "{S} withdrew from the peace talks with {T}", "s", "sd"),
    ("SANCTION", "{S} halted mediation between {T} and the rebels", "so", "s"),
    ("SANCTION", "{S} cut military assistance to {T}", "s", "s"),
    ("SANCTION", "{S} pulled its peacekeepers out of {T}", "o", "s"),
    ("SANCTION", "{S} downgraded ties with {T}", "s", "s"),
    # --- MOBILIZE
    ("MOBILIZE", "{S} put its troops on high alert along the border with {T}", "s", "s"),
    ("MOBILIZE", "{S} deployed thousands of soldiers to the border with {T}", "s", "s"),
    ("MOBILIZE", "{S} mobilised reservists amid tensions with {T}", "s", "s"),
    ("MOBILIZE", "{S} massed tanks near the frontier with {T}", "sm", "s"),
    ("MOBILIZE", "{S} sent riot police into {T}", "s", "d"),
    ("MOBILIZE", "{S} moved warships into waters claimed by {T}", "s", "s"),
    # --- COERCE
    ("COERCE", "{S} arrested {T} on charges of inciting violence", "sd", "pd"),
    ("COERCE", "{S} detained {N} members of {T}", "sd", "d"),
    ("COERCE", "{S} imposed sanctions on {T}", "so", "s"),
    ("COERCE", "{S} imposed a curfew on {T}", "s", "s"),
    ("COERCE", "{S} banned {T} from holding public office", "sd", "p"),
    ("COERCE", "{S} deported {N} citizens of {T}", "s", "s"),
    ("COERCE", "{S} seized a tanker belonging to {T}", "sm", "s"),
    ("COERCE", "{S} declared a state of emergency in {T}", "s", "s"),
    ("COERCE", "{T} was arrested by {S}", "sd", "p"),
    ("COERCE", "{S} blockaded the ports of {T}", "sm", "s"),
    ("COERCE", "{S} shut down newspapers critical of {T}", "s", "s"),
    ("COERCE", "{S} raised tariffs on imports from {T}", "s", "s"),
    # --- ASSAULT
    ("ASSAULT", "{S} killed {N} people in an attack on {T}", "m", "ds"),
    ("ASSAULT", "{S} carried out air strikes on {T}", "m", "sd"),
    ("ASSAULT", "{S} shelled positions held by {T}", "m", "dm"),
    ("ASSAULT", "{S} fired rockets at {T}", "md", "s"),
    ("ASSAULT", "{S} opened fire on {T}, wounding {N}", "md", "d"),
    ("ASSAULT", "A suicide bomber linked to {S} attacked {T}", "d", "md"),
    ("ASSAULT", "{S} clashed with {T} near the border", "m", "m"),
    ("ASSAULT", "{T} were ambushed by {S}", "md", "m"),
    ("ASSAULT", "{S} bombed a market in {T}", "m", "s"),
    ("ASSAULT", "{S} abducted {N} aid workers in {T}", "d", "s"),
    ("ASSAULT", "{S} assassinated a senior commander of {T}", "md", "d"),
    ("ASSAULT", "{S} beat and tortured detainees from {T}", "m", "d"),
]

# No codable event: background, statistics, plain statements, events that did not happen.
NONE_TEMPLATES: list[str] = [
    "{S} has a population of about {N} million people",
    "Inflation in {P} rose to {N} percent in March, the statistics office said",
    "{S} and {T} have disputed the islands since the 1970s",
    "The economy of {P} grew by {N} percent last year",
    "{S} said the weather would improve by the weekend",
    "{S} is due to publish its annual report in June",
    "The talks between {S} and {T} were first proposed in 2011",
    "{S} did not attack {T}, a spokesman said",
    "There was no sign that {S} had met {T}",
    "{S} has been in office since 2019",
    "{S} is the largest trading partner of {T}",
    "Shares in {S} fell {N} percent on Tuesday",
    "{S} said the report would be released later this year",
    "The border between {S} and {T} is about {N} kilometres long",
    "{S} won the football match against {T} by two goals",
    "The summit is the third since the two sides resumed contact",
    "It was not immediately clear whether {S} would attend",
    "{S} spoke to reporters at the airport",
    "Unemployment in {P} fell to {N} percent, the lowest level in a decade",
    "{S} studied law in {P} before entering politics",
    "Oil prices rose sharply on fears of supply disruptions",
    "The festival attracted {N} thousand visitors from {P}",
    "Analysts said the decision could affect relations between {S} and {T}",
    "Temperatures in {P} reached {N} degrees on Sunday",
    "{S} told a news conference that the talks had been useful",
    "The report by {S} runs to {N} pages",
    "{S} said earlier that it had no plans to change its policy",
    "The meeting was held in a hotel outside the capital",
    "{S} has long been seen as a close ally of {T}",
    "Elections in {P} are scheduled for next year",
]

LEADS = ["", "", "", "{C} - ", "{C} (AP) - ", "On {Dn}, ", "Earlier, ", "In a statement, "]


def fill(text: str, rng: random.Random, source: str, target: str) -> str:
    out = (text.replace("{S}", source).replace("{T}", target).replace("{P}", place(rng))
           .replace("{X}", rng.choice(TOPICS)).replace("{N}", str(rng.choice([2, 3, 5, 12, 17, 40, 150, 300])))
           .replace("{D}", rng.choice(DAYS)))
    return out


def sentence(rng: random.Random, body: str, source: str, target: str) -> str:
    lead = rng.choice(LEADS).replace("{C}", rng.choice(CITIES)).replace("{Dn}", rng.choice(WEEKDAYS))
    text = fill(body, rng, source, target) + rng.choice(TRAILERS) + "."
    if lead:
        text = lead + text
    return text[0].upper() + text[1:]


def generate(seed: int = SEED, per_template: int = PER_TEMPLATE) -> list[tuple[str, str, str, str]]:
    """Rows (text, type, source, target), deterministic for a seed."""
    rng = random.Random(seed)
    rows: list[tuple[str, str, str, str]] = []
    for event_type, body, skinds, tkinds in TEMPLATES:
        for _ in range(per_template):
            source = actor(rng, skinds)
            target = actor(rng, tkinds)
            while target == source:
                target = actor(rng, tkinds)
            rows.append((sentence(rng, body, source, target), event_type, source, target))
    for body in NONE_TEMPLATES:
        for _ in range(per_template):
            source, target = actor(rng, "ps"), actor(rng, "ps")
            rows.append((sentence(rng, body, source, target), "NONE", "", ""))
    return rows


def read_tsv(path: Path) -> list[tuple[str, str, str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        rows = [tuple([*r, "", ""])[:4] for r in reader if r]
    return [r for r in rows[1:] if r[0]]  # type: ignore[misc]


def write_tsv(path: Path, rows: list[tuple[str, str, str, str]], note: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(f"# {note}\n")
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(["text", "type", "source", "target"])
        writer.writerows(rows)


def main() -> None:
    root = Path(__file__).resolve().parents[3]
    rows = generate()
    write_tsv(root / "data" / "training" / "generated.tsv", rows,
              f"generated by dyadwatch.training.corpus (seed {SEED}); original templates written for dyadwatch")


if __name__ == "__main__":
    main()
