"""Rows of a tracker's table of export measures: the header names the columns, each row is one measure.

"Country | Measure | Minerals | Status | Effective" over "DR Congo | Annual export quotas (ARECOMS) | cobalt |
In force | 16 Oct 2025": data vendors and policy trackers list measures by state, one per row, and the parser reads
the rows as broken sentences whose words hang anywhere (a row's status may even land on the next row's state).  A
header with a country, a measure, a minerals and a status column (``production_share.table_country_headers``,
``export_control.table_measure_headers``, ``production_share.table_mineral_headers``,
``export_control.status_labels``) makes the rows under it records: the measure cell must name an export control
(``export_control.trigger_nouns``; 'Export duty of 4.5%' names none, 'Import ban' is no export measure), the status
cell's opening words give the status (``export_control.table_status_phrases``, after an adverb such as 'Currently';
'Denied', 'Dropped (not a measure)', 'Ownership rule' give none, and the row no measure), and each state of the
country cell has the measure.  A line without bars ends the table ('NOT EXPORT
RESTRICTIONS (for reference)' over rows of another kind).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from cmkg.nlp.components.control_triggers import minerals_in
from cmkg.nlp.components.controls import ControlFact
from cmkg.nlp.components.doc_text import doc_text
from cmkg.nlp.components.parties import lemma
from cmkg.nlp.components.syntax_states import country_of_token
from cmkg.nlp.components.table_cells import RULE_CELL, Cell, before_rule, cell_tokens, header_words, split_cells
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["ControlRow", "control_row_facts", "control_rows"]

_COLUMNS = {
    "country": "production_share.table_country_headers",
    "measure": "export_control.table_measure_headers",
    "minerals": "production_share.table_mineral_headers",
    "status": "export_control.status_labels",
}


@dataclass(frozen=True)
class ControlRow:
    """One body row: its character span and the (start, end) spans of its four cells."""

    start: int
    end: int
    country: tuple[int, int]
    measure: tuple[int, int]
    minerals: tuple[int, int]
    status: tuple[int, int]


def _cells(line: str, offset: int) -> list[Cell]:
    cells = before_rule(split_cells(line, offset)) if line.count("|") >= 2 else []
    return [c for c in cells if c[0]] if cells and not all(RULE_CELL.match(c[0]) for c in cells if c[0]) else []


def _header(cells: list[Cell]) -> dict[str, int] | None:
    """Column of each class ({'country': 0, 'measure': 1, ...}), or None when the row is no tracker's header."""
    cols: dict[str, int] = {}
    for k, (text, _, _) in enumerate(cells):
        words = header_words(text)
        name = next((n for n, lexicon in _COLUMNS.items() if n not in cols and words & _w(lexicon)), None)
        if name is not None:
            cols[name] = k
    return cols if len(cols) == len(_COLUMNS) else None


def control_rows(doc: Doc) -> list[ControlRow]:
    """The body rows of every tracker table of measures in the text (cached on the Doc)."""
    if "cmkg_control_rows" in doc.user_data:
        return doc.user_data["cmkg_control_rows"]
    rows: list[ControlRow] = []
    cols: dict[str, int] | None = None
    width, offset = 0, 0
    for line in doc_text(doc).split("\n"):
        cells = _cells(line, offset)
        if not cells:
            cols = cols if not line.strip() or set(line.strip()) <= set("|-: ") else None
        elif cols is not None and len(cells) == width:
            spans = {name: cells[k][1:] for name, k in cols.items()}
            # a text page may join the next prose line to the last cell: the row ends with its last read cell
            rows.append(ControlRow(cells[0][1], max(end for _, end in spans.values()), **spans))
        else:
            cols = _header(cells)
            width = len(cells)
        offset += len(line) + 1
    doc.user_data["cmkg_control_rows"] = rows
    return rows


def control_row_facts(sent: Span) -> tuple[list[ControlFact], int] | None:
    """The measures of the rows whose country cell starts in ``sent``, and where the rows in it end (prose the parser
    joined to the last row, 'China banned X in 2024.' on the next line, is read as prose from there); None for a
    sentence outside every tracker table."""
    rows = [r for r in control_rows(sent.doc) if r.start < sent.end_char and sent.start_char < r.end]
    if not rows:
        return None
    facts = [f for r in rows if sent.start_char <= r.country[0] < sent.end_char for f in _row_fact(sent, r)]
    return facts, max(r.end for r in rows)


def _row_fact(sent: Span, row: ControlRow) -> list[ControlFact]:
    """One measure for each state of the country cell ('Zimbabwe / Namibia'); none for an import measure, a measure
    cell with no control word of its own ('Restriction-free trade pact') or a status cell of no measure."""
    doc = sent.doc
    codes = list(dict.fromkeys(c for c in (country_of_token(x) for x in cell_tokens(doc, row.country)) if c))
    minerals = minerals_in(cell_tokens(doc, row.minerals))
    measure = cell_tokens(doc, row.measure)
    trigger = next((x for x in measure if lemma(x) in _w("export_control.trigger_nouns") and not _hyphened(x)), None)
    status = _status(doc_text(doc)[row.status[0] : row.status[1]])
    imported = any(x.lower_ in _w("export_control.import_words") for x in measure)
    if not codes or not minerals or trigger is None or status is None or imported:
        return []
    kind = rules().table("export_control.kind_by_word").get(lemma(trigger), "controls")
    rule = rules().rule("export_control.table_row")
    return [ControlFact(trigger, code, minerals, status, kind, rule, 0.7) for code in codes]


def _hyphened(x: Token) -> bool:
    """'Restriction-free': the word is the first half of a compound that negates it."""
    return x.i + 1 < len(x.doc) and x.doc[x.i + 1].text == "-" and not x.whitespace_


def _status(cell: str) -> str | None:
    """The status the cell opens with ('In force', 'Suspended until 10 Nov 2026', 'Announced'), else None."""
    words = cell.lower().split()
    while words and words[0] in _w("export_control.table_status_adverbs"):
        words = words[1:]  # "Currently in force", "Temporarily suspended"
    text = " ".join(words)
    phrases = rules().table("export_control.table_status_phrases")
    return next((status for status, forms in phrases.items() if any(text.startswith(f) for f in forms)), None)
