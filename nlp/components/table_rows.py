"""Rows of a table of instruments: the header names the columns, each row's parties cell its sides.

"| Date | Instrument | Parties | Status |" over "| 20 Oct | Critical minerals framework | United States, Australia |
signed; first projects chosen |": ingestion keeps each row on a line of its own (a text page's '|' lines; an HTML
table's rows joined the same way by ``ingest.html_page``), and the parser reads a row as a broken sentence whose
states hang anywhere. A header row with a parties column (``agreement.table_party_headers``) makes the rows under
it records: the states of the parties cell (two or more) are the set, the status column's words give the status
(``status.lapsed``, ``status.negotiating``, ``status.signed``, ``status.announced``, ``status.planned``, in that
order; none of them: existing; a negated cell, 'not signed', only a lapse, talks or plans, else no set) and the
instrument column's head noun the type. A table with no parties column (an export-control table, a price table)
is left to the other rules; a row whose parties cell names fewer than two states (companies, one state) gives no
set, and no other rule reads the row either.

A partner column (``agreement.table_partner_headers``: "Partner | Instrument | Year | Status" in a ministry's fact
sheet) lists each instrument by its counterparts alone (one, or a plurilateral's several): the table's owner is a
side of every row, the one state its
caption (the line above the header) names ("U.S. critical minerals instruments with partners"), else the page's
own state (its publisher; :func:`story_owner.page_state`). A page that owns no state and a caption naming two give
none. Fact sheets also write their tables without the outer bars ("Partner | Instrument | Date | Status"): a line
of three or more cells split by bars is a row as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from cmkg.core.resources import load_json
from cmkg.nlp.components.candidate import AgreementFact
from cmkg.nlp.components.doc_text import doc_text
from cmkg.nlp.components.parties import lemma
from cmkg.nlp.components.party_phrases import agreement_words
from cmkg.nlp.components.story_context import Context
from cmkg.nlp.components.story_owner import page_state
from cmkg.nlp.components.syntax_states import country_of_token
from cmkg.nlp.components.table_cells import RULE_CELL, Cell, before_rule, cell_tokens, split_cells
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import PROSPECTIVE, STATUS

__all__ = ["TableRow", "row_facts", "table_rows"]

_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$")
_BARE_ROW = re.compile(load_json("boilerplate.json")["table_line"])  # 'A | B | C': 3+ cells, no outer bars
_STATUS_ORDER = (STATUS.lapsed, STATUS.negotiating, STATUS.signed, STATUS.announced, STATUS.planned)


@dataclass(frozen=True)
class TableRow:
    """One body row under a header with a parties column: character spans of the row and of its cells."""

    start: int
    end: int
    parties: tuple[int, int]
    instrument: tuple[int, int] | None
    status: tuple[int, int] | None
    caption: tuple[int, int] | None = None  # a partner column's table: the line above its header


MIN_PAIR_CELLS = 3  # sides, instrument, status
MIN_PARTNER_CELLS = 2  # partner, date


def _cells(line: str, offset: int) -> list[Cell] | None:
    """The cells of a '|' row with their character spans, or None for a line that is no row."""
    m = _ROW.match(line) or _BARE_ROW.match(line)
    if m is None:
        return None
    body = m.group(1) if m.re is _ROW else line
    out = split_cells(body, offset + (m.start(1) if m.re is _ROW else 0))
    head = before_rule(out)
    return head[:-1] if len(head) < len(out) and head and not head[-1][0] else head


def _cell(cells: list[tuple[str, int, int]], k: int | None) -> tuple[int, int] | None:
    return None if k is None else cells[k][1:]


def _column(header: list[tuple[str, int, int]], lexicon: str) -> int | None:
    """The first header cell whose first or last word is in the lexicon ('Partner', 'Present status')."""
    for k, (text, _, _) in enumerate(header):
        words = text.lower().split()
        if words and {words[0], words[-1]} & _w(lexicon):
            return k
    return None


def table_rows(doc: Doc) -> list[TableRow]:
    """The body rows of every table in the text whose header has a parties column (cached on the Doc)."""
    if "cmkg_table_rows" in doc.user_data:
        return doc.user_data["cmkg_table_rows"]
    rows: list[TableRow] = []
    cols: tuple[int, int | None, int | None, int] | None = None  # parties, instrument, status, width
    caption: tuple[int, int] | None = None  # the last line of prose, then (a partner column's) the table's caption
    offset = 0
    for line in doc_text(doc).split("\n"):
        cells = _cells(line, offset)
        if cells is None:
            cols = None if line.strip() else cols  # a blank line between rows keeps the table open
            caption = (offset, offset + len(line)) if line.strip() else caption
        elif all(RULE_CELL.match(text) for text, _, _ in cells):
            pass  # the header's rule line
        elif cols is None and (pair := _pair_row(doc, cells)) is not None:
            rows.append(TableRow(offset, offset + len(line), cells[0][1:], *pair))  # 'A – B | memorandum | signed'
        elif cols is None and caption is not None and _listed_partner(doc, cells, caption):
            rows.append(TableRow(offset, offset + len(line), cells[0][1:], None, None, caption))  # '| Rwanda | 2024 |'
        elif cols is not None and len(cells) == cols[3]:
            spans = (cells[cols[0]][1:], _cell(cells, cols[1]), _cell(cells, cols[2]))
            rows.append(TableRow(offset, offset + len(line), *spans, caption))
        elif (party := _column(cells, "agreement.table_party_headers")) is not None:
            partner = _column(cells, "agreement.table_partner_headers") == party
            instrument = _column(cells, "agreement.table_instrument_headers")
            # "Mineral | Country | Stage | Share": a partner column lists instruments only beside an instrument column
            cols = (party, instrument, _column(cells, "agreement.table_status_headers"), len(cells))
            cols = None if partner and instrument is None else cols
            caption = caption if partner else None
        else:
            cols = None
        offset += len(line) + 1
    doc.user_data["cmkg_table_rows"] = rows
    return rows


def _pair_row(doc: Doc, cells: list[Cell]) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """(instrument, status) spans of a row with no header that names its sides in its first cell ('Indonesia –
    United States | critical minerals agreement | under negotiation since November 2023'): two or more states
    there and an agreement noun in a later cell; the last cell after it is the status.  A header's cells name no
    state ('Parties | Instrument | Status'), so such a row is never read as one."""
    if len(cells) < MIN_PAIR_CELLS:
        return None
    first = cell_tokens(doc, cells[0][1:])
    states = {c for c in (country_of_token(x) for x in first) if c}
    if len(states) < 2 or any(
        x.is_alpha and x.ent_type_ not in ("GPE", "NORP") and x.lower_ not in _w("agreement.label_joiners")
        for x in first
    ):
        return None  # 'Nordlys Minerals (Rwanda) – Kestrel Mining (Kazakhstan)': firms, not the two sides
    nouns = agreement_words()
    found = next(
        (k for k in range(1, len(cells)) if any(lemma(x) in nouns for x in cell_tokens(doc, cells[k][1:]))), None
    )
    if found is None or _contested(cell_tokens(doc, cells[found][1:])):
        return None
    last = len(cells) - 1
    return cells[found][1:], (cells[last][1:] if last > found else None)


def _listed_partner(doc: Doc, cells: list[Cell], caption: tuple[int, int]) -> bool:
    """'Table 1. EU strategic partnerships on raw materials signed in 2024' over '| Rwanda | February 2024 |': a
    caption naming one owner's instruments (a plural agreement noun) over rows whose first cell is one state and
    nothing else: each row is a partner of the owner."""
    first = cell_tokens(doc, cells[0][1:])
    states = {c for c in (country_of_token(x) for x in first) if c}
    if len(cells) < MIN_PARTNER_CELLS or len(states) != 1 or any(x.is_alpha and not x.ent_type_ for x in first):
        return False
    words = cell_tokens(doc, caption)
    owners = {c for c in (country_of_token(x) for x in words) if c}
    # the instruments head the caption: not 'EU imports of cobalt under its trade agreements'
    plural = any(x.tag_ == "NNS" and lemma(x) in agreement_words() and x.dep_ != "pobj" for x in words)
    return plural and len(owners) == 1 and not owners & states and not _contested(words)


def _contested(tokens: list) -> bool:
    """'Countries that declined EU partnerships', 'States without ... agreements', 'dispute over the X agreement',
    'no agreement on tariffs': a cell or caption that denies or contests the instruments lists none."""
    words = {x.lower_ for x in tokens} | {lemma(x) for x in tokens}
    return bool(words & _w("export_control.negation_words", "status.refusal_verbs", "agreement.contested_words"))


def _status(doc: Doc, span: tuple[int, int] | None) -> str | None:
    """The first status whose words the cell holds; a negated cell ('not signed', 'no text yet') only a lapse
    ('Expired in 2024, not renewed') or a status of talks or plans, else none; a cell with none of the words:
    existing."""
    tokens = cell_tokens(doc, span)
    lemmas = {lemma(x) for x in tokens} | {x.lower_ for x in tokens}
    negated = any(x.dep_ == "neg" or x.lower_ in _w("export_control.negation_words") for x in tokens)
    for status in _STATUS_ORDER if not negated else (STATUS.lapsed, *PROSPECTIVE):  # 'Expired, not renewed'
        if lemmas & _w(f"status.{status}"):
            return status
    return None if negated else STATUS.existing


def _owner(doc: Doc, row: TableRow, ctx: Context) -> str | None:
    """The other side of a partner column's row: the one state the caption names, else the page's own state."""
    named = list(dict.fromkeys(c for c in (country_of_token(x) for x in cell_tokens(doc, row.caption)) if c))
    return named[0] if len(named) == 1 else None if named else page_state(doc, ctx)


def row_facts(sent: Span, ctx: Context) -> list[AgreementFact] | None:
    """The sets of the table rows whose parties cells start in ``sent`` (the parser may join rows in one sentence);
    [] for another piece of such a row (its other rules stay silent); None for a sentence outside every such table."""
    rows = [r for r in table_rows(sent.doc) if r.start < sent.end_char and sent.start_char < r.end]
    if not rows:
        return None
    return [f for r in rows if sent.start_char <= r.parties[0] < sent.end_char for f in _row_fact(sent, r, ctx)]


def _row_fact(sent: Span, row: TableRow, ctx: Context) -> list[AgreementFact]:
    """One row's set: the states of its parties cell (with the owner for a partner column's row)."""
    doc = sent.doc
    parties = list(dict.fromkeys(c for c in (country_of_token(x) for x in cell_tokens(doc, row.parties)) if c))
    owner = _owner(doc, row, ctx) if row.caption is not None and parties else None  # a side of every row
    parties += [owner] if owner and owner not in parties else []
    if len(parties) < 2:
        return []
    nouns = agreement_words()
    heads = [lemma(x) for x in cell_tokens(doc, row.instrument) if lemma(x) in nouns]
    type_ = rules().table("agreement.type_by_noun").get(heads[-1] if heads else "", "agreement")
    trigger = next((x for x in cell_tokens(doc, row.parties)), sent[0])
    rule = rules().rule("agreement.table_row")
    status = _status(doc, row.status)
    if status is None:
        return []
    return [AgreementFact(trigger, parties, status, None, type_, [], [], None, rule=rule, confidence=0.7)]
