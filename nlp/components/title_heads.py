"""Two-word title heads: 'trade chief', 'Opposition Leader' head a title only after a portfolio or an office
modifier; 'Rio Tinto chief' and 'industry leader' are none (``persons.portfolio_heads``, ``persons.modifier_heads``).
A title private elsewhere ('Chairman') anchors a name when its 'of' phrase names a state's body.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.employers import public_body_title
from cmkg.nlp.rules import words as _w

__all__ = ["head_after", "portfolio_head", "public_chair"]

MAX_BODY_WORDS = 10


def portfolio_head(t: Token) -> bool:
    """'trade chief', 'Opposition Leader': a word that heads a title only after a portfolio or an office
    modifier ('Rio Tinto chief', 'industry leader' are none)."""
    return t.i > 0 and head_after(t.doc[t.i - 1].lower_, t.lower_)


def head_after(before: str, word: str) -> bool:
    """'trade chief' (a portfolio), 'opposition leader' (an office modifier): two words that make a title head."""
    modifier = before in _w("persons.office_modifiers")
    portfolio = before in _w("persons.portfolio_words", "persons.office_modifiers")
    return (word in _w("persons.portfolio_heads") and portfolio) or (word in _w("persons.modifier_heads") and modifier)


def public_chair(t: Token) -> bool:
    """'Chairman of the Committee of Geology X', 'Chair of the Minerals Commission X': a capitalised title that is
    private elsewhere anchors a name where the body its 'of' phrase names is a state's."""
    doc = t.doc
    if not t.text[:1].isupper() or t.lower_ not in _w("officials.chair_titles") or t.i + 2 >= len(doc):
        return False
    if doc[t.i + 1].lower_ not in _w("persons.title_links"):
        return False
    run = [t]
    for x in doc[t.i + 1 : min(len(doc), t.i + 1 + MAX_BODY_WORDS)]:
        if not (x.text[:1].isupper() or x.lower_ in _w("persons.title_links")) or x.ent_type_ == "PERSON":
            break
        run.append(x)
    # the name follows the title straight away: "Chairman of the X Committee, Senators A and B" is read by the others
    after = doc[run[-1].i + 1] if run[-1].i + 1 < len(doc) else None
    closed = after is not None and not after.is_punct and len(run) <= MAX_BODY_WORDS
    return len(run) > 2 and closed and public_body_title(run)
