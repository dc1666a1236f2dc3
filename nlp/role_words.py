"""The words of ``data/lexicon_roles.tsv`` by kind: one reader for every layer that needs them.

Title heads ('minister', 'ambassador'), private titles ('founder', 'analyst') and modifiers ('vice',
'senior') decide who holds public office, where a signature block's office line ends, whose state a quoted
speaker's title names and which lines of a page dump are titles. Each of those readers had its own filter over
the same file; they now share this one, so a word added to the table reaches all of them, and a row of an
unknown kind is refused here once rather than skipped by some readers and fatal to others.
"""

from __future__ import annotations

import re
from functools import cache

from cmkg.core.errors import CmkgError, E
from cmkg.core.resources import load_tsv

__all__ = ["KINDS", "role_word_parts", "role_words"]

KINDS = ("head", "modifier", "private")


@cache
def _rows() -> tuple[tuple[str, str], ...]:
    rows = tuple((row["kind"], row["word"]) for row in load_tsv("lexicon_roles.tsv"))
    for kind, word in rows:
        if kind not in KINDS:
            raise CmkgError(
                E.RULE_TYPE, f"lexicon_roles.tsv: {word!r} has kind {kind!r}, not one of {', '.join(KINDS)}"
            )
    return rows


@cache
def role_words(*kinds: str) -> frozenset[str]:
    """Entries of ``lexicon_roles.tsv`` whose kind is one of ``kinds`` ('head', 'private', 'modifier')."""
    return frozenset(word for kind, word in _rows() if kind in kinds)


@cache
def role_word_parts(*kinds: str) -> frozenset[str]:
    """Every single word of those entries ('prime' and 'minister' of 'prime minister')."""
    return frozenset(part for word in role_words(*kinds) for part in word.split())


@cache
def head_pattern(heads: frozenset[str]) -> re.Pattern[str]:
    """One pattern for any of ``heads`` as a whole word of a title's text; a two-word head ('ranking member') never
    right after a hyphen ('high-ranking member'). Compiled once per head set: titles are read on every mention."""
    starts = {h: r"(?<![\w-])" if " " in h else r"\b" for h in heads}
    return re.compile("|".join(starts[h] + re.escape(h) + r"\b" for h in sorted(heads)))
