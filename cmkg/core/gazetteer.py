"""Lookup tables built from ``data/gazetteer``: names to standard ids.

One object per process (``gazetteer()``) so every component and the fact
sheet agree on what "the US" or "Congo" means.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from cmkg.core.resources import load_tsv

__all__ = ["AGENCY_KIND", "CAPITAL_KIND", "Country", "Org", "Mineral", "Gazetteer", "fold_accents", "gazetteer"]


@dataclass(frozen=True)
class Country:
    code: str
    iso2: str
    qid: str
    label: str


@dataclass(frozen=True)
class Org:
    id: str
    label: str
    qid: str
    kind: str
    country: str


@dataclass(frozen=True)
class Mineral:
    name: str
    symbol: str
    qid: str
    group: str


CAPITAL_KIND = "capital"  # the kind of a capital's form in data/gazetteer/country_aliases.tsv
AGENCY_KIND = "agency"  # the kind of a national government body in data/gazetteer/organizations.tsv
MIDDLE_NAMED = 3  # given name, middle name, family name


@dataclass
class Gazetteer:
    countries: dict[str, Country] = field(default_factory=dict)
    country_forms: dict[str, tuple[str, str]] = field(default_factory=dict)  # form -> (code, kind)
    orgs: dict[str, Org] = field(default_factory=dict)
    org_forms: dict[str, str] = field(default_factory=dict)
    minerals: dict[str, Mineral] = field(default_factory=dict)
    mineral_forms: dict[str, str] = field(default_factory=dict)  # lower form -> name
    members: dict[str, tuple[str, ...]] = field(default_factory=dict)  # grouping id -> member codes
    region_forms: dict[str, str] = field(default_factory=dict)  # 'Central Asian' -> regional grouping id
    officials: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # any form -> (name, country, qid)
    # first or last word of any official's form, folded -> the holders it can mean
    official_end_words: dict[str, set[tuple[str, str, str]]] = field(default_factory=dict)

    def aliases(self, code: str) -> list[str]:
        """Other names of a country (not demonyms or capitals), for skos:altLabel."""
        label = self.label(code)
        return sorted(
            {
                f
                for f, (c, kind) in self.country_forms.items()
                if c == code and kind == "name" and f != label and not f.startswith(("the ", "The "))
            }
        )

    def capital_of(self, form: str) -> str | None:
        """The state whose capital or seat of government ``form`` is, else None: a capital can be a venue or a
        given name where a country's name cannot."""
        code, kind = self.country_forms.get(form, ("", ""))
        return code if kind == CAPITAL_KIND else None

    def known_official(self, name: str) -> tuple[str, str, str] | None:
        """(canonical name, country, QID) of a well-known office holder, by full name or alias, with or without its
        accents ('Félix Tshisekedi' is the 'Felix Tshisekedi' of the table), and in either order of a two-word name."""
        name = " ".join(name.split())
        found = self.officials.get(name) or self.officials.get(fold_accents(name))
        words = name.split()
        if found is None and len(words) == 2 and words[0].isupper() and not words[1].isupper():
            # 'XI Jinping' as the table writes it ('Xi Jinping'), else 'ISHIBA Shigeru' turned round
            as_written = f"{words[0].title()} {words[1]}"
            return self.officials.get(as_written) or self.known_official(f"{words[1]} {words[0].title()}")
        if found is None and len(words) == 2:  # 'Takaichi Sanae', family name first in the Japanese order
            turned = f"{words[1]} {words[0]}"
            return self.officials.get(turned) or self.officials.get(fold_accents(turned))
        if found is None and len(words) == MIDDLE_NAMED and words[1][:1].isupper():
            # 'Emmerson Dambudzo Mnangagwa': the table's given and family name with a middle name between
            return self.known_official(f"{words[0]} {words[2]}")
        return found

    def known_by_surname(self, word: str) -> tuple[str, str, str] | None:
        """The one well-known office holder a single name can mean ('President Trump', 'Mr Xi': the family name
        first or last in the table's forms); None when two holders share it ('President Lee')."""
        if " " in word.strip() or not word[:1].isupper():
            return None
        hits = self.official_end_words.get(fold_accents(word.strip()).casefold(), set())
        return next(iter(hits)) if len(hits) == 1 else None

    def resolve_country(self, text: str) -> str | None:
        """ISO alpha-3 (or ``EU``) for a name, alias, code, demonym or capital."""
        t = " ".join(text.strip().split())
        for cand in (t, t.removeprefix("the ").removeprefix("The ")):
            if cand in self.country_forms:
                return self.country_forms[cand][0]
            if cand.upper() in self.countries:
                return cand.upper()
        low = t.lower().removeprefix("the ")
        for form, (code, _kind) in self.country_forms.items():
            if form.lower().removeprefix("the ") == low:
                return code
        return None

    def label(self, code: str) -> str:
        if code in self.countries:
            return self.countries[code].label
        if code in self.orgs:
            return self.orgs[code].label
        return code


_SHORT = {
    "USA": "United States",
    "GBR": "United Kingdom",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "COD": "DR Congo",
    "RUS": "Russia",
    "IRN": "Iran",
    "VNM": "Vietnam",
    "TWN": "Taiwan",
    "BOL": "Bolivia",
    "VEN": "Venezuela",
    "TZA": "Tanzania",
    "SYR": "Syria",
    "LAO": "Laos",
    "MDA": "Moldova",
    "CZE": "Czechia",
    "EU": "European Union",
}


@lru_cache(maxsize=65536)
def fold_accents(text: str) -> str:
    """The text without combining accents: names are written with and without them ('Félix', 'Felix')."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _index_end_words(g: Gazetteer) -> None:
    """The word each holder goes by alone: the last of the table's form, the first too where data/gazetteer/
    name_order.tsv says holders go by it or the second word is a patronymic particle."""
    order = load_tsv("gazetteer", "name_order.tsv")
    first_states = {r["value"] for r in order if r["kind"] == "first_word"}
    particles = {r["value"] for r in order if r["kind"] == "particle"}
    for form, entry in g.officials.items():
        words = form.split()
        ends = {words[-1]}
        if entry[1] in first_states or (len(words) > 2 and words[1].lower() in particles):
            ends.add(words[0])
        for end in ends:
            g.official_end_words.setdefault(fold_accents(end).casefold(), set()).add(entry)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The one table per process: built once, since every component asks for it at every sentence."""
    g = Gazetteer()
    for row in load_tsv("gazetteer", "countries.tsv"):
        label = _SHORT.get(row["iso3"]) or row["common_name"] or row["name"]
        g.countries[row["iso3"]] = Country(row["iso3"], row["iso2"], row["qid"], label)
        for form in (row["name"], row["common_name"], row["official_name"], label):
            if form and "," not in form:
                g.country_forms.setdefault(form, (row["iso3"], "name"))
    for row in load_tsv("gazetteer", "country_aliases.tsv"):
        g.country_forms[row["form"]] = (row["iso3"], row["kind"])
    for row in load_tsv("gazetteer", "organizations.tsv"):
        org = Org(row["id"], row["label"], row["qid"], row["kind"], row["country"])
        g.orgs[org.id] = org
        for form in row["forms"].split("|"):
            g.org_forms[form] = org.id
    for row in load_tsv("gazetteer", "officials.tsv"):
        entry = (row["name"], row["country"], row["qid"])
        for form in [row["name"], *filter(None, row["aliases"].split("|"))]:
            g.officials[form] = entry
            g.officials.setdefault(fold_accents(form), entry)
    _index_end_words(g)
    for row in load_tsv("gazetteer", "memberships.tsv"):
        g.members[row["org"]] = tuple(row["members"].split("|"))
        for form in filter(None, row["forms"].split("|")):
            g.region_forms[form] = row["org"]
    for row in load_tsv("gazetteer", "minerals.tsv"):
        m = Mineral(row["name"], row["symbol"], row["qid"], row["group"])
        g.minerals[m.name] = m
        for form in row["forms"].split("|"):
            g.mineral_forms[form.lower()] = m.name
    return g
