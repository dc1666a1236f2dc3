"""The presiding officer a parliament's record names in its chair line.

"MR SPEAKER (Rt Hon. Alban Bagbin) in the Chair.", "[MADAM SPEAKER, Ms Nelly Mutti, in the Chair]", "THE DEPUTY
SPEAKER (Mr X) in the Chair": a record of a sitting says who presides in a fixed line, the office in capitals
before the name (in brackets or between commas) and the chair phrase after it (``persons.chair_markers``).
'Speaker' is no title word elsewhere ('a speaker at the conference'); this layout is the evidence.  The office is
the line's own words (``persons.chair_offices``), title-cased; the country the publishing government's.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from cmkg.nlp.components.doc_text import doc_text
from cmkg.nlp.components.persons import is_honorific
from cmkg.nlp.components.signatures import SignatureBlock
from cmkg.nlp.rules import words as _w

__all__ = ["sitting_chairs"]

RULE = "persons.sitting_chair"


@cache
def _chair_line() -> re.Pattern[str]:
    def alternation(words: frozenset[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)).replace(r"\ ", r"\s+")

    offices, markers = _w("persons.chair_offices"), _w("persons.chair_markers")
    return re.compile(
        rf"(?:^|(?<=[\[\s.]))(?:\w+\.?\s+)?(?P<office>{alternation(offices)})\s*[,(]\s*(?P<name>[^,()\[\]\n]+?)\s*[,)]\s*"
        rf"(?:{alternation(markers)})\b",
        re.IGNORECASE,
    )


def _name(doc: Doc, start: int, end: int) -> Span | None:
    """The name inside the chair line's bracket, its honorifics and titles left out ('Rt Hon.', 'Senator the
    Hon.'); hyphens and lower-case particles stay inside it ('Adjei-Mensah', 'Rahul de Souza')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    titles, particles = _w("officials.public_heads"), _w("persons.name_particles")
    k = span.end
    while k > span.start:  # the name is the run at the bracket's end, after its styles and titles
        x = doc[k - 1]
        styled = is_honorific(x) or x.text == "." or x.tag_ == "DT" or x.lower_ in titles
        if styled or not (x.text[:1].isupper() or x.text == "-" or x.lower_ in particles):
            break
        k -= 1
    inner = doc[k : span.end]
    if len([t for t in inner if t.text[:1].isupper()]) < 2:
        return None
    return Span(doc, inner.start, inner.end, label="PERSON")


def sitting_chairs(doc: Doc) -> list[SignatureBlock]:
    """Each chair line's presiding officer, with the line's office and the publisher's country."""
    out: list[SignatureBlock] = []
    offset = 0
    for line in doc_text(doc).split("\n"):
        m = _chair_line().search(line)  # a clean text may join the chair line to the lines before it
        name = _name(doc, offset + m.start("name"), offset + m.end("name")) if m else None
        if m and name is not None:
            office = " ".join(w.capitalize() for w in m.group("office").split())
            out.append(SignatureBlock(name, [], doc._.cmkg_publisher, role=office, rule=RULE))
        offset += len(line) + 1
    return out
