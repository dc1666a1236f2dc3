"""Attendance lists of transcripts and minutes: 'Members of Parliament present: Ms X (Chairperson), Mr Y, Ms Z.'

A committee's record opens with who attended, under a label that ends in an attendance word
(``persons.attendance_words``: 'present', 'attending') after a plural title ('Members of Parliament', 'Members').
Each name listed after the label's colon holds that title, singular, for the publishing government; a name with
its own office in brackets after it ('(Chairperson)') keeps that office, which the apposition rules read.  The
names carry no title of their own: the label is the evidence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from cmkg.nlp.components.doc_text import doc_text
from cmkg.nlp.components.honoured_members import honoured_members
from cmkg.nlp.components.persons import is_anchor, is_honorific
from cmkg.nlp.components.question_askers import question_askers
from cmkg.nlp.components.role_forms import singular_role
from cmkg.nlp.components.signatures import SignatureBlock
from cmkg.nlp.components.sitting_chairs import sitting_chairs
from cmkg.nlp.role_words import role_words
from cmkg.nlp.rules import words as _w

__all__ = ["attendance_lists", "parliament_layouts"]

RULE = "persons.attendance_list"


def attendance_lists(doc: Doc, heads: frozenset[str]) -> list[SignatureBlock]:
    """The names of each attendance line, with the label's title as their office."""
    out: list[SignatureBlock] = []
    offset = 0
    for line in doc_text(doc).split("\n"):
        label, colon, _ = line.partition(":")
        words = label.split()
        if colon and len(words) >= 2 and words[-1].lower() in _w("persons.attendance_words"):
            title = [t for t in _tokens(doc, offset, offset + len(label)) if not t.is_space][:-1]
            role = _office(title, heads)
            if role is not None and title:
                # the list runs to the end of the label's sentence ('..., Mr Z. Department of X: Dr W, ...')
                end = min(offset + len(line), title[0].sent.end_char)
                out += _listed(doc, offset + len(label) + 1, end, role)
        offset += len(line) + 1
    return out


def parliament_layouts(doc: Doc, heads: frozenset[str]) -> list[SignatureBlock]:
    """The names a parliament's page gives by layout alone: a question's askers, an attendance list's, the chair."""
    return (
        question_askers(doc, heads) + attendance_lists(doc, heads) + honoured_members(doc, heads) + sitting_chairs(doc)
    )


def _office(title: list[Token], heads: frozenset[str]) -> str | None:
    """The label's title in the singular ('Members of Parliament' -> 'Member of Parliament'), when it is an
    office: a title head, as a whole phrase or as a word of it; None otherwise ('Others present')."""
    words = [t.text for t in title]
    single = [words[0][:-1], *words[1:]] if words and words[0].lower().endswith("s") else words
    if " ".join(single).lower() in role_words("head"):  # the whole office ('member of parliament')
        return " ".join(single)
    return singular_role(" ".join(words), heads) if any(is_anchor(t, heads) for t in title) else None


def _listed(doc: Doc, start: int, end: int, role: str | None) -> list[SignatureBlock]:
    """One name per item of the list (items apart by commas, semicolons or 'and'); an item whose name is followed
    by its own bracketed office ('(Chairperson)') keeps that office."""
    tokens = [t for t in _tokens(doc, start, end) if not t.is_space]
    items: list[list[Token]] = [[]]
    for t in tokens:
        if t.text in (",", ";") or t.lower_ in _w("persons.list_joiners"):
            items.append([])
        else:
            items[-1].append(t)
    names = [name for item in items if (name := _item_name(doc, item)) is not None]
    return [SignatureBlock(n, [], doc._.cmkg_publisher, role=role, rule=RULE) for n in names]


def _item_name(doc: Doc, item: list[Token]) -> Span | None:
    """The name of one listed item: after its style ('Mr', 'Dr'), a run of capitalised words and name particles of
    at least two words, with nothing after it but the closing stop."""
    k = 0
    while k < len(item) and (is_honorific(item[k]) or item[k].text == "."):
        k += 1
    run = item[k:]
    while run and run[-1].is_punct:
        run = run[:-1]
    particles = _w("persons.name_particles")
    words = [t for t in run if t.text[:1].isupper() or t.lower_ in particles or t.text == "-"]
    if len(words) != len(run) or sum(t.text[:1].isupper() for t in run) < 2:
        return None  # 'Ms X (Chairperson)': its own office; 'officials of the Ministry': no name
    return Span(doc, run[0].i, run[-1].i + 1, label="PERSON")


def _tokens(doc: Doc, start: int, end: int) -> Span | list[Token]:
    """The tokens of a character range, looked up by offset rather than by walking the whole document."""
    return doc.char_span(start, end, alignment_mode="expand") or []
