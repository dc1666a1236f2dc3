"""Lists of officials that alternate title and name: whose is the title between two names.

'X, Minister of Mines, Y' is ambiguous: the title may be apposed after X or stand before Y.  Alone it is X's
('X, Crown Prince and Prime Minister of B, President Z').  In a list that alternates title and name
('A's Minister of Mining, X, B's Minister of Energy, Y, and C's Minister of ..., Z'; 'met the <title of A>,
X, the <title of B>, Y and ...') X already has the title apposed before it, so the one after belongs to the
next name; reading it as X's shifts every role and state one place along.  Split from ``officials``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from cmkg.nlp.components.persons import is_honorific
from cmkg.nlp.components.title_tokens import portfolio_comma
from cmkg.nlp.rules import words as _w

__all__ = ["own_title", "titled_before", "next_names_title", "headed_bodies"]

MAX_APPOSED_TITLE = 16


def titled_before(doc: Doc, start: int, anchor: Callable[[Token], bool]) -> bool:
    """'Chile's Minister of Mining, X': the name at ``start`` follows a comma that closes a title (a title word
    among capitalised words, links, articles and possessives, back to a verb, a lowercase word or a comma)."""
    sent_start = doc[start].sent.start
    while start > sent_start and (anchor(doc[start - 1]) or doc[start - 1].text == "."):
        start -= 1  # "..., Her Excellency X", "..., Dr. X": the style before the name
    if start - 1 <= sent_start or doc[start - 1].text != ",":
        return False
    links = _w("persons.title_links", "officials.definite_article", "officials.possessive_marks")
    found = False
    for j in range(start - 2, max(sent_start, start - 2 - MAX_APPOSED_TITLE) - 1, -1):
        t = doc[j]
        if t.ent_type_ == "PERSON":
            return False  # "X, Y Z, Minister of ...": a name, not a title, before the comma
        if not (t.text[:1].isupper() or t.lower_ in links or portfolio_comma(doc, j)):
            break  # "Minister of Economy, Trade and Industry, X": a comma inside the portfolio list goes on
        found = found or anchor(t)
    return found


def next_names_title(doc: Doc, last: Token, anchor: Callable[[Token], bool]) -> bool:
    """'..., X, B's Minister of Energy, Y': the apposition ending at ``last`` is followed by a comma and a
    name, so in an alternating list it is that name's title."""
    j = last.i + 1
    if j + 1 >= len(doc) or doc[j].text != ",":
        return False
    j += 1
    while j < len(doc) and (
        anchor(doc[j]) or doc[j].text == "." or doc[j].lower_ in _w("persons.honorific_possessives")
    ):
        j += 1  # ", Dr. Y", ", Her Excellency Y"
    return j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B"


def own_title(toks: list[Token], anchor: Callable[[Token], bool]) -> list[Token]:
    """No title when the one before the comma is apposed to an earlier name ('X, Crown Prince and Prime Minister
    of Y, President Z'): it is X's, not Z's, unless X has its own title, apposed before it (an alternating list)
    or right before it.
    The title read back over its capitalised words and links."""
    if not toks:
        return toks
    doc, i = toks[0].doc, toks[0].i - 1
    while i > 0 and (doc[i].text[:1].isupper() or doc[i].lower_ in _w("persons.title_links")):
        i -= 1
    apposed = doc[i].text == "," and doc[i + 1].text[:1].isupper()  # not "X, and the Minister of Y, Z"
    if not (i >= 1 and apposed and doc[i - 1].ent_type_ == "PERSON"):
        return toks
    k = i - 1
    while k > 0 and doc[k - 1].ent_type_ == "PERSON" and doc[k].ent_iob_ == "I":
        k -= 1  # the earlier name's first word
    # "President X, Zambia's Minister of Mines, Y": X's own title before it leaves the apposition to Y
    titled_directly = k > 0 and anchor(doc[k - 1]) and not is_honorific(doc[k - 1])
    return toks if titled_before(doc, k, anchor) or titled_directly else []


def headed_bodies(title: list[Token], anchor: Callable[[Token], bool]) -> bool:
    """'met the presidents of Alcora and Vantis': a plural title linked by 'of' to the names after it heads the
    bodies they name (the first right after the link, the rest listed before the name); they are organisations,
    not its holders."""
    links = _w("persons.title_links") - _w("persons.list_joiners")
    for n, t in enumerate(title[:-1]):
        if t.tag_ in ("NNS", "NNPS") and anchor(t) and title[n + 1].lower_ in links:
            rest = title[n + 2 :]
            return all(x.text[:1].isupper() or x.lower_ in _w("persons.list_joiners") for x in rest)
    return False
