"""When a fact happened: the date a sentence states, resolved against the publication date.

News dates events relative to the day it appears ("on Monday", "last month",
"earlier this year") or leaves out the year ("on 28 October").  The words
live in ``data/rules/dates.json`` (month names in calendar order are the rule
lexicon ``dates.months``; only their abbreviations are here); this module finds the first date
expression in a sentence and turns it into a calendar date with a precision
(day, week, month or year; the date is the first day of that period).  A
sentence with no date expression is dated by its article's publication, and
a fact with neither is "undated", so every fact knows when.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from cmkg.core.resources import load_json

__all__ = ["When", "resolve_when", "parse_iso_date", "find_date_expression", "month_numbers"]


@dataclass(frozen=True)
class When:
    """A fact's date: ISO ``date`` (first day of the period), ``precision``, how it was found, the words."""

    date: str | None
    precision: str | None
    basis: str
    text: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"date": self.date, "precision": self.precision, "basis": self.basis, "text": self.text}


def parse_iso_date(text: str | None) -> date | None:
    """The date of an ISO date or date-time string; None for anything else."""
    if not text:
        return None
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Words:
    months: dict[str, int]
    weekdays: dict[str, int]
    modifiers: dict[str, str]
    relative: dict[str, tuple[str, int]]
    ago_units: dict[str, str]
    numbers: dict[str, int]
    future: tuple[str, ...]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]


@cache
def month_numbers() -> dict[str, int]:
    """Every month word, full or abbreviated, to its number (January is 1)."""
    from cmkg.nlp.rules import rules

    full = {name: k for k, name in enumerate(rules().value("dates.months"), start=1)}
    return full | load_json("rules", "dates.json")["month_abbreviations"]


@cache
def _words() -> _Words:
    raw = load_json("rules", "dates.json")
    m, wd, mods = _alternation(month_numbers()), _alternation(raw["weekdays"]), _alternation(raw["weekday_modifiers"])
    mprep, yprep = _alternation(raw["month_prepositions"]), _alternation(raw["year_prepositions"])
    rel = {r["phrase"]: (r["unit"], int(r["offset"])) for r in raw["relative"]}
    num = _alternation(raw["number_words"])
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:1[89]|20|21)\d\d)"
    patterns = (
        ("day_month", rf"\b{day}\s+(?:of\s+)?(?P<month>{m})\.?(?:,?\s+{year})?\b"),
        ("month_day", rf"\b(?P<month>{m})\.?\s+{day}\b(?:,?\s+{year})?\b"),
        ("month_year", rf"\b(?P<month>{m})\.?,?\s+{year}\b"),
        ("month", rf"\b(?P<prep>{mprep})\s*(?P<month>{m})\b"),
        ("relative", rf"\b(?P<phrase>{_alternation(rel)})\b"),
        ("ago", rf"\b(?P<n>\d+|{num})\s+(?P<unit>{_alternation(raw['ago_units'])})\s+ago\b"),
        ("weekday", rf"\b(?:(?P<mod>{mods})\s+)?(?P<weekday>{wd})\b"),
        ("year", rf"\b(?P<prep>{yprep})\s*{year}\b"),
    )
    return _Words(
        months=month_numbers(),
        weekdays=raw["weekdays"],
        modifiers=raw["weekday_modifiers"],
        relative=rel,
        ago_units=raw["ago_units"],
        numbers=raw["number_words"],
        future=tuple(raw["future_markers"]),
        patterns=tuple((kind, re.compile(p, re.I)) for kind, p in patterns),
    )


def find_date_expression(sentence: str) -> tuple[str, re.Match[str]] | None:
    """The first date expression of ``sentence`` and its kind.

    Expressions are ordered by where their date words start (a leading
    preposition does not count), then by specificity: "on Dec. 3" is a day,
    not the month "on Dec"."""
    best: tuple[int, int, str, re.Match[str]] | None = None
    for rank, (kind, pattern) in enumerate(_words().patterns):
        match = pattern.search(sentence)
        if match is None:
            continue
        anchor = match.start(kind) if kind in ("month", "year") else match.start()
        if best is None or (anchor, rank) < best[:2]:
            best = (anchor, rank, kind, match)
    return (best[2], best[3]) if best else None


def _month_start(year: int, month: int, offset: int = 0) -> date:
    index = year * 12 + (month - 1) + offset
    return date(index // 12, index % 12 + 1, 1)


def _shift(pub: date, unit: str, offset: int) -> tuple[date, str]:
    if unit == "day":
        return pub + timedelta(days=offset), "day"
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday())
        return monday + timedelta(weeks=offset), "week"
    if unit == "month":
        return _month_start(pub.year, pub.month, offset), "month"
    return date(pub.year + offset, 1, 1), "year"


def _direction(modifier: str | None, sentence_before: str) -> str:
    """Where a weekday lies: the modifier's word ('last', 'next'), else on or before publication,
    or on or after it when a future marker ('will') comes earlier in the sentence."""
    w = _words()
    if modifier and modifier.lower() in w.modifiers:
        return w.modifiers[modifier.lower()]
    low = f" {sentence_before.lower()} "
    return "on_or_after" if any(f" {marker} " in low for marker in w.future) else "on_or_before"


def _weekday(pub: date, weekday: int, direction: str) -> date:
    back = (pub.weekday() - weekday) % 7
    ahead = (weekday - pub.weekday()) % 7
    if direction == "before":
        return pub - timedelta(days=back or 7)
    if direction == "after":
        return pub + timedelta(days=ahead or 7)
    if direction == "on_or_after" or (direction == "nearest" and ahead < back):
        return pub + timedelta(days=ahead)
    return pub - timedelta(days=back)


def _nearest_year(pub: date, make, direction: str = "nearest") -> date:
    """The candidate in the publication's year or either neighbour closest to ``pub`` (past on a tie)."""
    candidates = [make(pub.year + k) for k in (-1, 0, 1)]
    candidates = [c for c in candidates if c is not None]
    if direction == "before":
        candidates = [c for c in candidates if c < pub] or candidates
    elif direction == "after":
        candidates = [c for c in candidates if c > pub] or candidates
    return min(candidates, key=lambda c: (abs((c - pub).days), c > pub))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve(kind: str, m: re.Match[str], pub: date | None, before: str) -> tuple[date, str] | None:
    w = _words()
    g = m.groupdict()
    year = int(g["year"]) if g.get("year") else None
    if kind in ("day_month", "month_day"):
        month, day = w.months[g["month"].lower()], int(g["day"])
        if year:
            d = _safe_date(year, month, day)
            return (d, "day") if d else None
        if pub is None or not 1 <= day <= 31:
            return None
        return _nearest_year(pub, lambda y: _safe_date(y, month, day)), "day"
    if kind == "month_year":
        return date(year, w.months[g["month"].lower()], 1), "month"
    if kind == "year":
        return date(year, 1, 1), "year"
    if pub is None:
        return None
    if kind == "month":
        month = w.months[g["month"].lower()]
        direction = w.modifiers.get(g["prep"].lower(), "nearest")
        this_month = date(pub.year, pub.month, 1)
        picked = _nearest_year(this_month, lambda y: date(y, month, 1), direction)
        return picked, "month"
    if kind == "relative":
        return _shift(pub, *w.relative[g["phrase"].lower()])
    if kind == "ago":
        n = int(g["n"]) if g["n"].isdigit() else w.numbers[g["n"].lower()]
        return _shift(pub, w.ago_units[g["unit"].lower()], -n)
    direction = _direction(g.get("mod"), before)
    return _weekday(pub, w.weekdays[g["weekday"].lower()], direction), "day"


def _year_after(text: str) -> int | None:
    """The year offset of 'next year' / 'last year' / 'this year' right after a month name."""
    start = " ".join(text.split()[:3]).lower()
    return next(
        (off for phrase, (unit, off) in _words().relative.items() if unit == "year" and start.startswith(phrase)),
        None,
    )


def resolve_when(sentence: str, published: str | date | None) -> When:
    """The date ``sentence`` states, else the publication date, else undated."""
    pub = published if isinstance(published, date) else parse_iso_date(published)
    found = find_date_expression(sentence or "")
    if found:
        kind, match = found
        resolved = _resolve(kind, match, pub, sentence[: match.start()])
        shift = _year_after(sentence[match.end() :]) if kind == "month" and resolved and pub else None
        if shift is not None:  # "from July next year", "in March last year": the year the words give
            resolved = (date(pub.year + shift, resolved[0].month, 1), "month")
        if resolved:
            basis = "stated" if kind in ("day_month", "month_day", "month_year", "year") else "relative"
            if basis == "stated" and kind in ("day_month", "month_day") and not match.group("year"):
                basis = "relative"  # the year came from the publication date
            return When(resolved[0].isoformat(), resolved[1], basis, match.group(0))
    if pub:
        return When(pub.isoformat(), "day", "published")
    return When(None, None, "undated", match.group(0) if found else None)
