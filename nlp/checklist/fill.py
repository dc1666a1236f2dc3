"""Fill values for template slots: countries, people, titles, minerals, nouns.

Country names, capitals and demonyms come from the gazetteer, so the suite
exercises exactly the surface forms the extractor is meant to know; the
lexicon (``data/checklist/lexicon.json``) only chooses which countries take
part and holds the lists that are not knowledge elsewhere (invented names,
titles, agreement nouns, datelines).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import cache
from string import Formatter
from typing import Any

from cmkg.core.errors import CmkgError, E
from cmkg.core.gazetteer import gazetteer
from cmkg.core.resources import data_path, load_json

__all__ = [
    "CountryFill",
    "NounFill",
    "MineralFill",
    "GoodsFill",
    "GroupingFill",
    "PlaceFill",
    "Fill",
    "lexicon",
    "slots_in",
    "draw_fill",
    "render",
    "resolve",
]

SLOT_RE = re.compile(r"\{([A-Z][A-Z0-9]*)(?:\.[A-Za-z_]+)?\}")


class _PrintedFill:
    """A fill that templates' ``str.format`` prints as its ``__str__``, whatever the format spec."""

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


@dataclass(frozen=True)
class CountryFill(_PrintedFill):
    code: str
    name: str
    capital: str
    demonym: str

    @property
    def poss(self) -> str:
        return f"{self.name}'s"

    @property
    def dateline(self) -> str:
        """The capital as a wire dateline prints it ('LIBREVILLE')."""
        return self.capital.upper()

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class NounFill(_PrintedFill):
    text: str
    a: str
    plural: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class MineralFill(_PrintedFill):
    name: str
    mod: str

    @property
    def cap(self) -> str:
        return self.mod[:1].upper() + self.mod[1:]

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class GoodsFill(_PrintedFill):
    """A traded form of a mineral ('copper concentrate', 'raw bauxite'): printed as traded, expected as the mineral."""

    text: str
    mineral: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class GroupingFill(_PrintedFill):
    """A grouping as a story names it ('the Gulf Cooperation Council'), expected as the gazetteer's id (GCC), the
    short name fact sheets and the eval gold list."""

    text: str
    id: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class PlaceFill(_PrintedFill):
    """A capital in another spelling or of two words ('Ha Noi', 'Kuala Lumpur') standing for its state: printed as
    written, expected as the state's code, which the gazetteer gives (the lexicon only picks the forms)."""

    text: str
    code: str

    def __str__(self) -> str:
        return self.text


Fill = dict[str, Any]


def _first_form(code: str, kind: str) -> str | None:
    forms = [f for f, (c, k) in gazetteer().country_forms.items() if c == code and k == kind]
    return forms[0] if forms else None


@cache
def _countries(kind: str = "countries") -> tuple[CountryFill, ...]:
    """The countries of one pool: 'countries' for most templates, 'more_countries' (states whose demonyms and
    capitals the model never saw in the tuning texts) for the official-country templates."""
    g = gazetteer()
    out = []
    for code in lexicon()[kind]:
        capital, demonym = _first_form(code, "capital"), _first_form(code, "demonym")
        if code not in g.countries or not capital or not demonym:
            raise CmkgError(
                E.BAD_CONFIG,
                f"{data_path('checklist', 'lexicon.json')}: country {code} needs a name, capital and demonym "
                "in data/gazetteer",
            )
        out.append(CountryFill(code, g.label(code), capital, demonym))
    return tuple(out)


def _grouping(text: str) -> GroupingFill:
    org_id = gazetteer().org_forms.get(text) or gazetteer().org_forms.get(text.removeprefix("the "))
    if org_id is None:
        raise CmkgError(
            E.BAD_CONFIG, f"{data_path('checklist', 'lexicon.json')}: grouping {text!r} is no form in data/gazetteer"
        )
    return GroupingFill(text, org_id)


def _place(text: str) -> PlaceFill:
    code = gazetteer().country_forms.get(text, (None, None))[0]
    if code is None:
        where = data_path("checklist", "lexicon.json")
        raise CmkgError(E.BAD_CONFIG, f"{where}: place {text!r} is no form in data/gazetteer")
    return PlaceFill(text, code)


def lexicon() -> dict[str, Any]:
    return load_json("checklist", "lexicon.json")


@cache
def _pool(kind: str) -> tuple[Any, ...]:
    lex = lexicon()
    if kind in ("countries", "more_countries"):
        return _countries(kind)
    if kind == "agreement_nouns":
        return tuple(NounFill(n["text"], n["a"], n["plural"]) for n in lex[kind])
    if kind == "minerals":
        mods = lex["mineral_modifiers"]
        return tuple(MineralFill(m, mods.get(m, m)) for m in lex[kind])
    if kind in ("export_goods", "mineral_products"):  # goods or products named by their mineral
        return tuple(GoodsFill(g["text"], g["mineral"]) for g in lex[kind])
    if kind == "groupings":
        return tuple(_grouping(text) for text in lex[kind])
    if kind in ("capital_forms", "seat_forms", "hyphen_states"):  # a state's form printed as written ('Timor-Leste')
        return tuple(_place(text) for text in lex[kind])
    if kind in ("people", "world_people"):  # invented names with their origin noted
        return tuple(p["name"] for p in lex[kind])
    return tuple(lex[kind])


def slots_in(*texts: str) -> list[str]:
    """Slot names used by the texts, in order of first use."""
    seen: dict[str, None] = {}
    for text in texts:
        for name in SLOT_RE.findall(text):
            seen.setdefault(name, None)
    return list(seen)


def draw_fill(slots: list[str], rng: random.Random, avoid: frozenset[str] = frozenset()) -> Fill:
    """Values for the slots; slots of one kind get distinct values (two parties are two countries)."""
    kinds = lexicon()["slots"]
    by_kind: dict[str, list[str]] = {}
    for s in slots:
        if s not in kinds:
            raise CmkgError(E.BAD_CONFIG, f"{data_path('checklist', 'lexicon.json')}: unknown template slot {{{s}}}")
        by_kind.setdefault(kinds[s], []).append(s)
    fill: Fill = {}
    for kind, names in by_kind.items():
        taken = avoid | {getattr(v, "code", None) for v in fill.values()} - {None}  # a capital is not its own partner
        pool = [v for v in _pool(kind) if getattr(v, "code", None) not in taken]
        for name, value in zip(names, rng.sample(pool, len(names)), strict=True):
            fill[name] = value
    return fill


def render(text: str, fill: Fill) -> str:
    """The template with its slots filled, starting with a capital letter ('an MOU' opens as 'An MOU')."""
    out = Formatter().vformat(text, (), fill)
    return out[:1].upper() + out[1:]


def resolve(value: Any, fill: Fill) -> Any:
    """An expectation with its slots resolved: a bare slot name is its canonical value (a country's code)."""
    if isinstance(value, list):
        return [resolve(v, fill) for v in value]
    if isinstance(value, dict):
        return {k: resolve(v, fill) for k, v in value.items()}
    if isinstance(value, str) and value in fill:
        v = fill[value]
        if isinstance(v, CountryFill | PlaceFill):
            return v.code
        if isinstance(v, MineralFill):
            return v.name
        if isinstance(v, GoodsFill):
            return v.mineral
        if isinstance(v, GroupingFill):
            return v.id
        return v if isinstance(v, int) else str(v)
    if isinstance(value, str) and "{" in value:
        return Formatter().vformat(value, (), fill)
    return value
