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

__all__ = ["attendance_lists", "delegation_lists", "parliament_layouts"]

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
    """The names a parliament's page gives by layout alone: a question's askers, an attendance list's, the chair;
    and a communique's delegations."""
    askers = question_askers(doc, heads) + attendance_lists(doc, heads)
    return askers + honoured_members(doc, heads) + sitting_chairs(doc) + delegation_lists(doc, heads)


_MIN_DELEGATIONS = 2  # one 'State, H.E. Name' is an apposition; a list repeats the shape


def delegation_lists(doc: Doc, heads: frozenset[str]) -> list[SignatureBlock]:
    """'...: Angola, H.E. X; Kenya, H.E. Y': each item's state and its honoured name, after a colon (the parser may
    start a sentence there), items apart by semicolons; the label before the colon gives the office when it is one
    ('Heads of State and Government'); a list with no office in its label, or one of postings ('ambassadors to the
    following countries'), gives none."""
    out: list[SignatureBlock] = []
    for colon in (t for t in doc[:-1] if t.text == ":"):
        items: list[list[Token]] = [[]]
        for t in doc[colon.i + 1 : doc[colon.i + 1].sent.end]:
            items.append([]) if t.text == ";" else items[-1].append(t)
        found = [d for item in items if (d := _delegation(doc, item)) is not None]
        role = _label_office(colon.sent, colon, heads) if len(found) >= _MIN_DELEGATIONS else None
        if role is not None:
            out += [SignatureBlock(name, [], state, role=role, rule=RULE) for name, state in found]
    return out


def _label_office(sent: Span, colon: Token, heads: frozenset[str]) -> str | None:
    """The office a list's label names: the capitalised run from its first title word ('the following Heads of
    State and Government or their representatives' -> 'Head of State and Government')."""
    label = list(sent[: colon.i - sent.start])
    start = next((k for k, t in enumerate(label) if is_anchor(t, heads) and not is_honorific(t)), None)
    if start is None:
        return None
    run = []
    for t in label[start:]:
        if not (t.text[:1].isupper() or t.lower_ in _w("persons.title_links")):
            break
        run.append(t)
    if any(t.tag_ == "IN" and t.lower_ in _w("persons.posting_prepositions") for t in label):
        return None  # 'ambassadors to the following countries': the items' states are their postings
    while run and not run[-1].text[:1].isupper():
        run.pop()
    return _office(run, heads)


def _delegation(doc: Doc, item: list[Token]) -> tuple[Span, str] | None:
    """(name, state) of one 'State, H.E. Name' item: a state, a comma, an honorific and a name."""
    comma = next((k for k, t in enumerate(item) if t.text == ","), None)
    if comma is None or comma + 1 >= len(item) or not is_honorific(item[comma + 1]):
        return None
    states = {t.ent_kb_id_ for t in item[:comma] if t.ent_type_ in ("GPE", "NORP") and t.ent_kb_id_}
    name = _item_name(doc, item[comma + 1 :]) if len(states) == 1 else None
    return (name, states.pop()) if name is not None else None


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
    glued = {t.i for t in run if t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_}  # 'Seo-yeon'
    words = [t for t in run if t.text[:1].isupper() or t.lower_ in particles or t.text == "-" or t.i in glued]
    if len(words) != len(run) or sum(t.text[:1].isupper() for t in run) < 2:
        return None  # 'Ms X (Chairperson)': its own office; 'officials of the Ministry': no name
    return Span(doc, run[0].i, run[-1].i + 1, label="PERSON")


def _tokens(doc: Doc, start: int, end: int) -> Span | list[Token]:
    """The tokens of a character range, looked up by offset rather than by walking the whole document."""
    return doc.char_span(start, end, alignment_mode="expand") or []
