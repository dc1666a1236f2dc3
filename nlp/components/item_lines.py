"""A list item that is a clause of its own ends the sentence before it.

"These include:\\n* the A-B Framework, signed in 2025, under which ...;\\n* a partnership with C, which ... signed
in May;" is one sentence to the parser (the items end with semicolons), and the parties of one item leak into
the agreements of the next.  An item line (a bullet glyph, a blanked glyph's indentation, '1)', '2.', '(a)', a
table row's '|': the ``list_item`` pattern of ``boilerplate.json``, the same one ingestion keeps on its own
line) that holds a clause (``_CLAUSE_WORDS`` words or more, closed by a semicolon, a full stop or a table bar,
perhaps with a word of ``agreement.list_closing_conjunctions`` after it: '...; and') starts a sentence.  A name in
a member list ('- Australia', '- the European Union, represented by the European Commission') has no closing mark
and stays one run with its opener.
A facts box's row whose value cell is a clause ('| Share of world bauxite mining, 2024 | Guinea mined about 28% of
the world's bauxite. |') starts a sentence at that cell: the label is no subject of the clause's verb; a clause
that opens on its verb ('| Zimbabwe | Has banned exports ... |'), or a row whose label is a state's name ('| Zimbabwe |
Raw lithium ore exports have been banned ... |'), keeps the label as the clause's own state and stays whole.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from cmkg.core.gazetteer import gazetteer
from cmkg.core.resources import load_json
from cmkg.nlp.components.table_cells import split_cells
from cmkg.nlp.rules import words as _w

__all__ = ["break_before_clause_cells", "break_before_items", "clause_item"]

_CLAUSE_WORDS = 6  # "an exchange of letters with B on data": an item that says something, not a name
_CLAUSE_ENDS = (
    ";",
    ".",
    "|",
)  # a clause ends like a sentence; a member's name ('- the Democratic Republic of the Congo') does not
_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
_SUBJECT_OPENING_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "DT", "JJ", "PRP$", "CD"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _item() -> re.Pattern[str]:
    return re.compile(load_json("boilerplate.json")["list_item"])


def clause_item(line: str) -> bool:
    """An item line (marker or a blanked marker's indentation) whose text is a clause, not a bare name."""
    m = _item().match(line)
    if m is None and not (line[:1] in (" ", "\t") and line.strip()):
        return False
    rest = (line[m.end() :] if m else line).rstrip()
    words = rest.rsplit(None, 1)
    if len(words) == 2 and words[1].lower() in _w("agreement.list_closing_conjunctions"):
        rest = words[0]  # '...; and' before the last item
    return rest[-1:] in _CLAUSE_ENDS and len(_WORD.findall(rest)) >= _CLAUSE_WORDS


def break_before_items(doc: Doc) -> Doc:
    """Before the parser: the line break before a clause-sized list item starts a sentence (marked on the
    break itself, as a paragraph break is: a start forced on the next word makes the parser cut it up)."""
    text = doc.text
    for t in doc[1:]:
        if not (t.is_space and "\n" in t.text):
            continue
        start = t.idx + t.text.rfind("\n") + 1
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)]
        if clause_item(line) or _headline_item(doc, line, start):
            t.is_sent_start = True
    return doc


def _headline_item(doc: Doc, line: str, start: int) -> bool:
    """A release's bulleted sub-headline ('- Korea to sign a similar memorandum with Uzbekistan on 14 June'): an
    item with no closing mark that opens with a capitalised subject and holds a finite verb or a headline's 'to'
    infinitive (the tagger has run), where a member's name ('- the European Union, represented by the European
    Commission') has neither."""
    m = _item().match(line)
    if m is None or len(_WORD.findall(line[m.end() :])) < _CLAUSE_WORDS:
        return False
    span = doc.char_span(start + m.end(), start + len(line.rstrip()), alignment_mode="expand")
    tags = [x.tag_ for x in span] if span is not None else []
    if not tags or not span.text[:1].isupper() or tags[0].startswith(("VB", "MD", "TO")):
        return False  # '- was signed by A and B', '- welcome the memorandum': the lead-in's clause goes on
    infinitive = any(a == "TO" and b == "VB" for a, b in zip(tags, tags[1:], strict=False))
    return infinitive or any(tag in _FINITE_TAGS for tag in tags)


def _is_clause(cell: str) -> bool:
    return cell[-1:] in _CLAUSE_ENDS[:2] and len(_WORD.findall(cell)) >= _CLAUSE_WORDS


def _own_subject(bar: Token) -> bool:
    """The clause after the bar opens with a noun phrase of its own ('Guinea mined ...'), not a verb that takes
    the label cell for its subject ('| Zimbabwe | Has banned exports ...'); the tagger has run, the parser not."""
    first = next((t for t in bar.doc[bar.i + 1 :] if not t.is_space), None)
    return first is not None and first.text[:1].isupper() and first.tag_ in _SUBJECT_OPENING_TAGS


def break_before_clause_cells(doc: Doc) -> Doc:
    """Before the parser: the bar before a key-value row's clause cell starts a sentence (a label cell and one
    clause; a row of names or figures stays whole for the table readers)."""
    text, pos = doc.text, 0
    for line in text.split("\n"):
        cells = [c for c in split_cells(line, pos) if c[0]] if line.count("|") >= 2 else []
        labelled = len(cells) == 2 and cells[0][0].removeprefix("the ") in gazetteer().country_forms
        if len(cells) == 2 and _is_clause(cells[1][0]) and not _is_clause(cells[0][0]) and not labelled:
            bar = doc.char_span(cells[1][1] - 1, cells[1][1], alignment_mode="expand")
            if bar is not None and bar[0].text == "|" and bar[0].i > 0 and _own_subject(bar[0]):
                bar[0].is_sent_start = True
        pos += len(line) + 1
    return doc
