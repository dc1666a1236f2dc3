"""How production shares are written as numbers: '60%', '60 per cent', '70pc', 'Seventy percent',
'three-quarters', ranges ('60-70%', 'between 80 and 90 per cent').  Word lists: ``production_share.*``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["may_state_a_share", "percent_at", "range_start"]

_PCT = re.compile(r"^\d+(\.\d+)?$")


def _glued_percent() -> re.Pattern[str]:
    signs = sorted(_w("production_share.glued_percent_signs"), key=len, reverse=True)
    return _glued_pattern(tuple(signs))


@lru_cache(maxsize=4)
def _glued_pattern(signs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(\d+(?:\.\d+)?)(?:" + "|".join(re.escape(x) for x in signs) + ")", re.I)


@lru_cache(maxsize=4)
def _fraction_starts(phrases: tuple[str, ...]) -> frozenset[str]:
    """First tokens of word fractions ("half", "three" of "three-quarters"): a cheap gate per token."""
    return frozenset(p.split()[0].split("-")[0] for p in phrases)


def percent_at(sent: Span, i: int) -> tuple[float, int] | None:
    """(value, last token index) if a share expression starts at token i."""
    doc = sent.doc
    t = doc[i]
    fr = rules().table("production_share.fractions")
    if _PCT.match(t.text) and i + 1 < sent.end and doc[i + 1].text in _w("production_share.percent_signs"):
        end = i + 2 if doc[i + 1].text in _w("production_share.per_word") else i + 1
        return float(t.text), end
    m = _glued_percent().fullmatch(t.text)  # "70%", "70pc"
    if m:
        return float(m.group(1)), i
    ratio = _ratio(sent, i)
    if ratio is not None:
        return ratio
    spelled = _spelled_number(sent, i)
    if spelled is not None:
        value, k = spelled
        if k + 1 < sent.end and doc[k + 1].text in _w("production_share.percent_signs"):
            return value, k + 2 if doc[k + 1].text in _w("production_share.per_word") else k + 1
    if t.lower_ not in _fraction_starts(tuple(fr)):
        return None
    for phrase, value in fr.items():
        words = phrase.split()
        joined = " ".join(x.lower_ for x in doc[i : i + len(words)])
        if joined == phrase or "".join(x.text for x in doc[i : i + 3]).lower() == phrase.replace(" ", ""):
            n = len(words) if joined == phrase else 3
            follower = doc[i + n].lower_ if i + n < sent.end else ""
            # "half of the world's nickel", and "half the world's nickel" with the determiner alone
            if follower in _w("production_share.of_word") or follower in _w("production_share.definite_determiners"):
                return float(value), i + n - 1
            if follower in _ELIDED_ENDS and _activity_object(doc[i + n - 1]):
                return float(value), i + n - 1  # 'Australia mines about a quarter, China 24 per cent': elided
    return None


_ELIDED_ENDS = frozenset({",", ".", ";", ""})


def _activity_object(t: Token) -> bool:
    """The fraction is the object of an activity verb ('mines', 'refines'): its mineral was named before."""
    forms = {f for v in rules().table("production_share.activity_forms").values() for f in v}
    # the tagger often reads the verb as a plural noun ('Namibia mines about a quarter', 'quarter' its apposition)
    return t.dep_ in ("dobj", "npadvmod", "appos") and t.head.lower_ in forms


def _count(t: Token) -> float | None:
    """A small count in figures or words: '4', 'four'."""
    if _PCT.match(t.text):
        return float(t.text)
    value = rules().table("production_share.number_words").get(t.lower_)
    return float(value) if value is not None else None


def _ratio(sent: Span, i: int) -> tuple[float, int] | None:
    """'four out of every five tonnes', '3 in every 10': a ratio of counts is a share (80, 30)."""
    doc = sent.doc
    part = _count(doc[i])
    if part is None:
        return None
    for link in sorted(_w("production_share.ratio_links"), key=len, reverse=True):
        n = len(link.split())
        k = i + 1 + n
        if k < sent.end and " ".join(x.lower_ for x in doc[i + 1 : k]) == link:
            whole = _count(doc[k])
            if whole and part < whole:
                return float(round(100 * part / whole)), k
    return None


def _spelled_number(sent: Span, i: int) -> tuple[float, int] | None:
    """'Seventy percent', 'Seventy-five per cent' (AP style spells a number that opens a sentence)."""
    words = rules().table("production_share.number_words")
    doc = sent.doc
    tens = words.get(doc[i].lower_)
    if tens is None:
        return None
    if i + 2 < sent.end and doc[i + 1].text == "-" and doc[i + 2].lower_ in words and words[doc[i + 2].lower_] < 10:
        return float(tens + words[doc[i + 2].lower_]), i + 2
    return float(tens), i


def may_state_a_share(sent: Span) -> bool:
    text = sent.text.lower()
    return (
        any(p in text for p in _w("production_share.percent_words"))
        or any(f in text for f in rules().table("production_share.fractions"))
        or any(f" {link} " in text for link in _w("production_share.ratio_links"))
    )


def range_start(sent: Span, i: int) -> float | None:
    """'60-70%', '60 to 70 percent', 'between 60% and 70%': the lower end of a range ending at token i.

    Both ends are kept (two facts, one triple): a reader quoting either end is matched.  The lower end
    of 'between 60% and 70%' is a share expression of its own and is found on its own.
    """
    doc = sent.doc
    if i - 2 < sent.start:
        return None
    # "between 80 and 90 per cent": 'and' joins a range only after 'between'
    between = i - 3 >= sent.start and doc[i - 3].lower_ in _w("production_share.range_openers")
    if doc[i - 1].lower_ not in _w("production_share.range_joiners") and not (
        between and doc[i - 1].lower_ in _w("production_share.clause_conjunctions")
    ):
        return None
    low = doc[i - 2]
    if i - 3 >= sent.start and doc[i - 3].lower_ in _w("production_share.range_starts"):
        return None  # "rose from 40 to 60 percent": a change, not a range
    return float(low.text) if _PCT.match(low.text) else None
