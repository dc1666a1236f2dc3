"""Two-word title heads: 'trade chief', 'Opposition Leader' head a title only after a portfolio or an office
modifier; 'Rio Tinto chief' and 'industry leader' are none (``persons.portfolio_heads``, ``persons.modifier_heads``).
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.rules import words as _w

__all__ = ["head_after", "portfolio_head"]


def portfolio_head(t: Token) -> bool:
    """'trade chief', 'Opposition Leader': a word that heads a title only after a portfolio or an office
    modifier ('Rio Tinto chief', 'industry leader' are none)."""
    return t.i > 0 and head_after(t.doc[t.i - 1].lower_, t.lower_)


def head_after(before: str, word: str) -> bool:
    """'trade chief' (a portfolio), 'opposition leader' (an office modifier): two words that make a title head."""
    modifier = before in _w("persons.office_modifiers")
    portfolio = before in _w("persons.portfolio_words", "persons.office_modifiers")
    return (word in _w("persons.portfolio_heads") and portfolio) or (word in _w("persons.modifier_heads") and modifier)
