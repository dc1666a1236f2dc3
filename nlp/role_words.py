"""The words of ``data/lexicon_roles.tsv`` by kind: one reader for every layer that needs them.

Title heads ('minister', 'ambassador'), private titles ('founder', 'analyst') and modifiers ('deputy',
'senior') decide who holds public office, where a signature block's office line ends, whose state a quoted
speaker's title names and which lines of a page dump are titles. Each of those readers had its own filter over
the same file; they now share this one, so a word added to the table reaches all of them.
"""

from __future__ import annotations

from functools import cache

from cmkg.core.resources import load_tsv

__all__ = ["role_words"]


@cache
def role_words(*kinds: str) -> frozenset[str]:
    """Entries of ``lexicon_roles.tsv`` whose kind is one of ``kinds`` ('head', 'private', 'modifier')."""
    return frozenset(row["word"] for row in load_tsv("lexicon_roles.tsv") if row["kind"] in kinds)
