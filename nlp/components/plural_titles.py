"""One plural title for several listed officials: 'The presidents of Congo and Rwanda, X and Y,'.

The names listed after (or before) a plural title share it; when the title names as many states as there
are names, each name takes the state in the same place ('respectively' is implied: 'the foreign ministers of
Peru and Chile, A and B').  With fewer or more states, or one, the shared reading stands.  A plural title apposed
after the list ('Smt. A and Shri B, Hon'ble Members of Parliament,') is every listed name's, not the last one's only.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from cmkg.nlp.components.persons import is_honorific
from cmkg.nlp.components.role_forms import plural_words
from cmkg.nlp.rules import words as _w

__all__ = ["list_size", "list_start", "plural_title", "respective_country", "shared_apposition"]


def plural_title(toks: list[Token], anchor) -> bool:
    """A title whose head word is plural ('presidents', 'Ministers'), as ``anchor`` tells title words; the tagger
    reads a capitalised plural after a capitalised word as a singular proper noun ('the Foreign Ministers of')."""
    plural = ("NNS", "NNPS")
    return any(anchor(t) and (t.tag_ in plural or (t.tag_ == "NNP" and t.lower_.endswith("s"))) for t in toks)


def list_start(ent: Span) -> tuple[int, int]:
    """(index where the list of names holding ``ent`` starts, the place of ``ent`` in it): back over names and
    list joiners ('X, Y and Z')."""
    doc, i, place = ent.doc, ent.start, 0
    while i > ent.sent.start:
        j = i - 1
        while j > ent.sent.start and doc[j].lower_ in _w("persons.list_joiners"):
            j -= 1
        if j == i - 1 or doc[j].ent_type_ != "PERSON":
            break
        while j > ent.sent.start and doc[j - 1].ent_type_ == "PERSON" and doc[j].ent_iob_ == "I":
            j -= 1
        i, place = j, place + 1
    return i, place


def list_size(doc, start: int, end: int) -> int:
    """How many names the list opening at ``start`` holds, up to ``end``: 'X and Y,' is two."""
    if start >= end or doc[start].ent_type_ != "PERSON":
        return 0
    count, i = 1, _name_end(doc, start, end)
    while (j := _next_name(doc, i, end)) is not None:
        count, i = count + 1, _name_end(doc, j, end)
    return count


def _name_end(doc, i: int, end: int) -> int:
    """Index after the name whose first word is at ``i``."""
    i += 1
    while i < end and doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "I":
        i += 1
    return i


def _next_name(doc, i: int, end: int, styled: bool = False) -> int | None:
    """Where the next name of the list starts, past the list joiners at ``i`` ('X, Y and Z'); with ``styled``, also
    past honorifics before it ('K. Radhika Menon and Shri Devendra Singh Rawat'); None when no name follows."""
    j = i
    while j < end and doc[j].lower_ in _w("persons.list_joiners"):
        j += 1
    while styled and i < j < end and (is_honorific(doc[j]) or doc[j].text == "."):
        j += 1
    return j if i < j < end and doc[j].ent_type_ == "PERSON" else None


def respective_country(title: list[Token], place: int, names: int) -> str | None:
    """The state named at ``place`` in a title that names exactly ``names`` states, in order."""
    codes: list[str] = []
    for t in title:
        if t.ent_type_ in ("GPE", "NORP") and t.ent_kb_id_ and t.ent_iob_ == "B" and t.ent_kb_id_ not in codes:
            codes.append(t.ent_kb_id_)
    return codes[place] if len(codes) == names > 1 and place < len(codes) else None


def shared_apposition(ent: Span, read: Callable[[Span], list[Token]], heads: frozenset[str]) -> list[Token]:
    """The apposition ``read`` finds after ``ent``, else the plural one after the last name of the list it opens."""
    own = read(ent)
    if own:
        return own
    doc, i, last = ent.doc, ent.end, None
    while (j := _next_name(doc, i, ent.sent.end, styled=True)) is not None:
        i = _name_end(doc, j, ent.sent.end)
        last = doc[j:i]
    shared = read(last) if last is not None else []
    return shared if plural_words(shared, heads) else []
