"""Members a parliament's record of a sitting names by their style alone: 'Hon. X seconded.'

A summary of proceedings tells the debate in turns that open with the member's parliamentary style and name and
go straight on to what the member did ('Hon. Fatuma Wanjiru Abdi seconded.', 'Honourable Peter Ouma supported
the Report').  The name carries no title: the style on the parliament's own record is the evidence that its
bearer is a member.  Only on a record of a sitting (a page whose title or text carries a debate marker,
``persons.debate_page_markers``: 'Hansard', 'summary of proceedings') and only for a turn whose name is followed
by its verb: a name followed by a comma and a title ('Hon. X, Chairperson of the Committee, moved'), or holding a
title word ('Hon. Justice X', 'Hon. Cabinet Secretary X'), is read with that title elsewhere.  The office is the
parliament's (``persons.parliament_member_roles``), the country the publishing government's.
Word lists: ``persons.member_honorifics``, ``persons.honorifics``, ``persons.name_particles``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from cmkg.nlp.components.doc_text import doc_text
from cmkg.nlp.components.persons import is_anchor, is_honorific
from cmkg.nlp.components.signatures import SignatureBlock
from cmkg.nlp.role_words import role_words
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["honoured_members"]

RULE = "persons.honoured_member"
MAX_NAME_WORDS = 5
MIN_NAME_WORDS = 2
_DEFAULT_ROLE = "default"  # the key of persons.parliament_member_roles for any parliament but those it names
_JOINERS = frozenset({"-", "'"})  # inside a name, with no space after them
_STYLE_MARKS = frozenset({".", "(", ")"})  # 'Hon. (Eng.) X': the marks between a style and the name


def _sitting_record(doc: Doc) -> bool:
    text = f"{doc._.cmkg_title or ''}\n{doc_text(doc)}".lower()
    return any(marker in text for marker in _w("persons.debate_page_markers"))


def _turn_name(sent: Span, heads: frozenset[str]) -> Span | None:
    """The name of a turn that opens with a member's style and goes on to its verb, else None."""
    doc = sent.doc
    k = next((x.i for x in sent if not x.is_space), sent.end)
    if k >= sent.end or doc[k].lower_.rstrip(".") not in _w("persons.member_honorifics"):
        return None
    start = k + 1
    while start < sent.end and (doc[start].text in _STYLE_MARKS or is_honorific(doc[start])):
        start += 1  # 'Hon. (Eng.) X', 'Hon. Dr. X'
    end = start
    particles = _w("persons.name_particles")
    words = 0
    while end < sent.end and words <= MAX_NAME_WORDS:
        x = doc[end]
        joiner = x.text in _JOINERS and not x.whitespace_  # 'Al-Mansoori', "Ichung'wah"
        joined = end > start and doc[end - 1].text in _JOINERS and not doc[end - 1].whitespace_  # 'Dong-hwan'
        if not (x.text[:1].isupper() or x.lower_ in particles or joiner or (joined and x.is_alpha)):
            break
        words += 0 if joiner else 1
        end += 1
    if not MIN_NAME_WORDS <= words <= MAX_NAME_WORDS or end >= sent.end or doc[end].pos_ not in ("VERB", "AUX"):
        return None
    offices = role_words("private") | _w("persons.chair_offices")
    if any(is_anchor(x, heads) or x.lower_ in offices for x in doc[start:end]):
        return None  # "Hon. Justice X", "Hon. Cabinet Secretary X": an office the title rules read
    return Span(doc, start, end, label="PERSON")


def honoured_members(doc: Doc, heads: frozenset[str]) -> list[SignatureBlock]:
    """Each styled member whose turn a record of a sitting tells, with the parliament's office."""
    if not _sitting_record(doc):
        return []
    country = doc._.cmkg_publisher
    roles = rules().table("persons.parliament_member_roles")
    role = roles.get(country or "", roles[_DEFAULT_ROLE])
    names = (_turn_name(sent, heads) for sent in doc.sents)
    return [SignatureBlock(name, [], country, role=role, rule=RULE) for name in names if name is not None]
