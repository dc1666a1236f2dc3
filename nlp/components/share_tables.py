"""Rows of a table of world shares: the header names a mineral, a country, a stage and a share column.

"Mineral | Country | Stage | Share" over "Rare earths | China | Processing | 90%": fact sheets put the
concentration of supply in a table, with or without outer bars, in any column order ("Mineral | Stage |
Leading country | Share of world total"). The parser reads a row as a broken sentence with no verb, so the
prose rules find nothing there; the header is what says which cell is what. A header cell is classed by its
words (``production_share.table_*_headers``); a share column whose header names imports, prices or a change
(``production_share.exclude_words``) is no world share, and a table without a mineral, a country and a share
column is left to the other rules. The stage cell's word gives the activity (``production_share.activity_forms``:
'Mining' mines, 'Refining' refines); without a stage column, a stage word in the share header ('Share of world
mining'), else the generic 'produces'.
A heading that ends with a colon over a list of 'State: N per cent' items ('Share of world copper mine production,
2024:' over '- Chile: 23 per cent') is read the same way: the heading names the mineral, the world and the stage.
An item may give its figure with no separator ('- China 48%'); a heading that names no mineral takes the section
title right above it ('1. Antimony' over 'World mine production (2023, estimated share):'); and a heading that
names the owning state ("South Africa's share of world mine production was:" over '- platinum: about 70%') makes
each item's label the mineral.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from cmkg.nlp.components.controls import minerals_in
from cmkg.nlp.components.doc_text import doc_text
from cmkg.nlp.components.share_label_rows import activity_words, labelled_rows
from cmkg.nlp.components.share_leader_cells import leader_columns
from cmkg.nlp.components.share_numbers import percent_at
from cmkg.nlp.components.syntax_states import country_of_token
from cmkg.nlp.components.table_cells import RULE_CELL, Cell, ShareRow, before_rule, header_words, split_cells
from cmkg.nlp.ingest.furniture import furniture
from cmkg.nlp.rules import words as _w

__all__ = ["ShareRow", "row_share", "rows_in", "share_rows", "table_shares"]

_BAR = "|"
_GENERIC_ACTIVITY = "produces"
_COLUMNS = ("mineral", "country", "stage", "share")  # the order a cell's class is tried in


def _cells(line: str, offset: int) -> list[Cell] | None:
    """The cells of a bar-separated line (outer bars optional) with their character spans; None for a line with
    fewer than two cells, which is prose that happens to hold a bar."""
    if line.count(_BAR) < 2:
        return None
    out = split_cells(line, offset)
    if out and not out[0][0]:
        out = out[1:]  # the empty cell before an outer bar
    out = before_rule(out)
    while out and not out[-1][0]:
        out = out[:-1]
    return out if len(out) >= 2 else None


def _header(
    cells: list[tuple[str, int, int]], needed: tuple[str, ...] = ("mineral", "country", "share")
) -> dict[str, int] | None:
    """Column classes of a header row ({'mineral': 0, 'country': 1, ...}), or None when it is no share table's.
    A table of one state's minerals, whose state the caption names, needs no country column; a table of one
    mineral's producers, whose mineral the caption names, no mineral column."""
    cols: dict[str, int] = {}
    for k, (text, _, _) in enumerate(cells):
        words = header_words(text)
        for name in _COLUMNS:
            if name not in cols and words & _w(f"production_share.table_{name}_headers"):
                cols[name] = k
                break
    if not set(needed) <= cols.keys():
        return None
    share_words = set(re.findall(r"[a-z']+", cells[cols["share"]][0].lower()))
    return None if share_words & _w("production_share.exclude_words") else cols


def _header_activity(text: str) -> str:
    """The stage a share header names ('Share of world mining'), else the generic one."""
    acts = activity_words()
    stages = _w("production_share.stage_nouns")
    found = [acts[w] for w in re.findall(r"[a-z]+", text.lower()) if w in stages and w in acts]
    return found[0] if found else _GENERIC_ACTIVITY


def share_rows(doc: Doc) -> list[ShareRow]:
    """The body rows of every share table in the text (cached on the Doc)."""
    if "cmkg_share_rows" in doc.user_data:
        return doc.user_data["cmkg_share_rows"]
    rows: list[ShareRow] = []
    cols: dict[str, int] | None = None
    width, offset, shares = 0, 0, []
    caption: tuple[int, int, str] | None = None
    state: tuple[int, int] | None = None
    mineral: tuple[int, int] | None = None
    for line in doc_text(doc).split("\n"):
        cells = _cells(line, offset)
        if cells is None:
            cols = None if line.strip() else cols  # a blank line between rows keeps the table open
        elif all(RULE_CELL.match(text) for text, _, _ in cells):
            pass  # the header's rule line
        elif cols is not None and len(cells) == width:
            stage = cells[cols["stage"]][1:] if "stage" in cols else None
            country = cells[cols["country"]][1:] if "country" in cols else state
            named = cells[cols["mineral"]][1:] if "mineral" in cols else mineral
            first = offset + len(line) - len(line.lstrip(" \t" + _BAR))  # the row's first word
            own = "country" not in cols and state is None  # "Copper | Chile 23% | China 44%": the cell's own state
            rows += [
                ShareRow(first, offset + len(line), named, cells[k][1:] if own else country, cells[k][1:], stage, a)
                for k, a in shares
            ]
        elif (found := _header(cells)) is not None:
            cols, width, shares = found, len(cells), _share_columns(cells, found, None)
        elif leaders := leader_columns(cells):  # "Mineral | Largest miner (share of world mine output) | ..."
            (cols, found), width, state = leaders, len(cells), None
            shares = [(k, _header_activity(cells[k][0])) for k in found]
        elif (found := _header(cells, ("mineral", "share"))) is not None and (
            state := _table_state(doc, [cells[found["share"]]], caption)
        ):
            # "Table 1. Brazil's share of world mine production" over "Mineral | Output | Share of world output"
            cols, width, shares = found, len(cells), _share_columns(cells, found, caption)
        elif (found := _producers_header(cells)) is not None and (mineral := _table_mineral(doc, cells, caption)):
            # "Share of world tungsten mine output, 2024" over "Country | Share"
            cols, width, shares = found, len(cells), _share_columns(cells, found, caption)
        else:
            cols = None
        if cells is None and line.strip():
            caption = (offset, offset + len(line), line)  # the line a table's header may follow
        offset += len(line) + 1
    rows += _list_rows(doc_text(doc)) + labelled_rows(doc_text(doc), _share_heading)
    doc.user_data["cmkg_share_rows"] = rows
    return rows


def _table_state(doc: Doc, cells: list[Cell], caption: tuple[int, int, str] | None) -> tuple[int, int] | None:
    """The character span of the one state a table of minerals belongs to: the owner in the caption above it
    ("Table 1. Brazil's share of world mine production", 'Brazil: share of world output'), when the caption or the
    share header (``cells``) names the world and neither names imports, exports, prices or a change; None
    otherwise.  Another column may ('Share of Mongolia's export earnings'): it is no world share, and
    :func:`_share_columns` leaves it out."""
    if caption is None:
        return None
    if not _names_world_share([text for text, _, _ in cells] + [caption[2]]):
        return None  # "Imports from Chile, share of world imports", "production growth against world growth"
    piece = doc.char_span(caption[0], caption[1], alignment_mode="expand")
    owners = [x for x in piece or [] if country_of_token(x) and _owner_mark(x)]
    if len({country_of_token(x) for x in owners}) != 1:
        return None
    x = owners[0]
    return x.idx, x.idx + len(x.text)


def _share_columns(
    cells: list[Cell], cols: dict[str, int], caption: tuple[int, int, str] | None
) -> list[tuple[int, str]]:
    """(column, activity) of each share column: the classed one and any other whose header names a share and
    nothing excluded ('Share of world mine production | Share of world reserves'), each with its header's stage,
    else the caption's, else the generic one."""
    shares, excluded = _w("production_share.table_share_headers"), _w("production_share.exclude_words")
    others = [(k, header_words(text)) for k, (text, _, _) in enumerate(cells) if k not in cols.values()]
    found = [cols["share"]] + [k for k, words in others if words & shares and not words & excluded]
    out = []
    for k in found:
        activity = _header_activity(cells[k][0])
        out.append((k, _header_activity(caption[2]) if activity == _GENERIC_ACTIVITY and caption else activity))
    return out


def _producers_header(cells: list[Cell]) -> dict[str, int] | None:
    """The columns of a producers' table: a country and a share column, and nothing else but a stage or an amount
    ('Country | Output | Share of world'; 'Company | Country | Share' is a table of firms, each share a firm's)."""
    found = _header(cells, ("country", "share"))
    if found is None:
        return None
    amounts = _w("production_share.table_quantity_headers")
    extra = [k for k, (text, _, _) in enumerate(cells) if k not in found.values()]
    return found if all(header_words(cells[k][0]) & amounts for k in extra) else None


def _table_mineral(doc: Doc, cells: list[Cell], caption: tuple[int, int, str] | None) -> tuple[int, int] | None:
    """The character span of the one mineral a table of producers is about: named in the caption above it ('Share
    of world tungsten mine output, 2024'), when the caption or the header names the world and nothing excluded."""
    if caption is None or not _names_world_share([text for text, _, _ in cells] + [caption[2]]):
        return None
    words = header_words(caption[2])
    if not words & _w("production_share.table_share_headers", "production_share.stage_nouns"):
        return None  # 'Top buyers of the world's lithium': no share of production
    piece = doc.char_span(caption[0], caption[1], alignment_mode="expand")
    named = [e for e in (piece.ents if piece is not None else ()) if e.label_ == "MINERAL"]
    if len({e.kb_id_ for e in named}) != 1:
        return None
    return named[0].start_char, named[0].end_char


def _names_world_share(texts: list[str]) -> bool:
    """Some of the texts name the world and none names imports, exports, prices or a change (a caption and header
    cells, or a heading): the shares under them are world shares."""
    words = [header_words(t) for t in texts]
    world = any(w & _w("production_share.world_words") or _ranks_producers(w) for w in words)
    return world and not any(w & _w("production_share.exclude_words") for w in words)


def _ranks_producers(words: set[str]) -> bool:
    """'the largest producing country', 'top producer': a share of the leading producer is one of world supply."""
    firms = _w("agreement.company_words") - _w("production_share.table_country_headers")  # 'company's share'
    leading = words & _w("production_share.leading_producer_words")
    return bool(leading) and bool(words & _w("production_share.table_country_headers")) and not words & firms


def _owner_mark(x: Token) -> bool:
    """The state owns the caption's share: a possessive ("Brazil's share") or a label colon ('Brazil: ...')."""
    nxt = x.doc[x.i + 1] if x.i + 1 < len(x.doc) else None
    return nxt is not None and (nxt.tag_ == "POS" or nxt.text in _w("agreement.item_label_separators"))


def _share_heading(line: str, listed: bool = False) -> str | None:
    """The activity of a heading that announces a list of world shares ('Share of world copper mine production,
    2024 (preliminary):'): it ends with a colon and names a share and the world, and nothing excluded ('Share of
    world imports'); None for any other line."""
    text = _LAST_SENTENCE.split(line.strip())[-1]  # "(d): India holds 8% of reserves. The shares ... as follows:"
    words = header_words(text)
    # a heading without its colon counts over a list that follows at once (``listed``: 'World tin mine output by
    # country, 2024 (share of total)' over 'China       23%')
    if not (text.endswith(":") or listed) or _BAR in text or not words & _w("production_share.table_share_headers"):
        return None
    if not text.endswith(":") and _FIGURE.search(text):
        return None  # "Cobalt: DRC share of world mine output, 70%": a labelled figure of its own, no heading
    supply = set(_w("production_share.stage_nouns")) | set(activity_words())
    if not text.endswith(":") and not words & supply:
        return None  # a colon-less heading names its supply stage ('mine output'), not sentiment or budgets
    if not _names_world_share([text]):
        return None
    tokens = re.findall(r"[a-z']+", text.lower())
    breakdown = [
        b for a, b in zip(tokens, tokens[1:], strict=False) if a in _w("production_share.breakdown_prepositions")
    ]
    if any(
        b not in _w("production_share.table_country_headers", "production_share.stage_breakdowns") for b in breakdown
    ):
        return None  # 'by company ownership': a breakdown by something other than producing country
    return _header_activity(text)


def _item(line: str, offset: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The (label, figure) spans of a list item 'Chile: 23 per cent' (bullet optional), or None."""
    body = line.lstrip()
    start = offset + len(line) - len(body)
    bullet = next((b for b in _w("agreement.bullets") if body.startswith(b + " ")), None)
    marker = len(bullet) + 1 if bullet is not None else _marker_length(body)  # '- ', '(ii) ', 'b) ', '3. '
    if marker:
        start += marker
        body = body[marker:].lstrip()
    cut = min((k for k in (body.find(sep) for sep in _w("agreement.item_label_separators")) if k > 0), default=-1)
    gap = 1
    if cut < 0:
        cut, gap = _figure_start(body), 0  # '- China 48%': no separator, the figure ends the item
    if cut <= 0 or len(body[:cut].split()) > _LABEL_WORDS or not re.search(r"\d", body[cut:]):
        return None
    return (start, start + cut), (start + cut + gap, start + len(body.rstrip()))


def _figure_start(body: str) -> int:
    """Where the figure of an item with no separator starts ('China 48%', 'Russia 7 per cent'): a last word of a
    few after the first digit that is a percent sign or ends in one; -1 for anything else."""
    digit = re.search(r"\d", body)
    words = body.rstrip().split()
    if digit is None or not words or len(body[digit.start() :].split()) > _FIGURE_WORDS:
        return -1
    if len(re.findall(r"\d+(?:[.,]\d+)?", body)) > 1:
        return -1  # '- Australia (down from 47%) 37%': which figure is the share is not clear
    last = words[-1].lower()
    signs = _w("production_share.percent_signs") | _w("production_share.glued_percent_signs")
    per = len(words) > 1 and words[-2].lower() in _w("production_share.per_word")  # '7 per cent'
    return digit.start() if per or last in signs or any(last.endswith(x) for x in signs) else -1


def _marker_length(body: str) -> int:
    """The length of the mark opening a list item ('(ii) China: about 12%', 'b) ...', '3. ...'), else 0."""
    found = furniture().marker.match(body)
    return found.end() if found else 0


_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")  # where a heading line's last sentence starts
_FIGURE = re.compile(r"\d\s*%")  # a line's own percentage ('..., 70%'); a heading's '(%)' has no digit before it
_LABEL_WORDS = 6  # 'Democratic Republic of the Congo': a state's name; a longer label is a sentence
_TITLE_WORDS = 4  # '2. Rare earth elements'
_SENTENCE_ENDS = ".!?:;,"  # a line ending so is prose or a heading of its own, no title
_FIGURE_WORDS = 3  # '48%', '7 per cent': a figure and its sign, nothing more


def _list_rows(text: str) -> list[ShareRow]:
    """Rows of the lists under share headings: each item's state and figure, the heading's mineral and stage."""
    rows: list[ShareRow] = []
    heading: tuple[int, int] | None = None
    title: int | None = None  # where the last short title line starts ('1. Antimony'), while only blanks follow it
    activity, offset = _GENERIC_ACTIVITY, 0
    lines = text.split("\n")
    for k, line in enumerate(lines):
        item = _item(line, offset) if heading is not None else None
        if item is not None and heading is not None:
            rows.append(ShareRow(item[0][0], offset + len(line), heading, item[0], item[1], None, activity))
        elif heading is not None and not line.strip() and not any(r.mineral == heading for r in rows):
            pass  # a blank line between a heading and its first item (Markdown pages)
        elif found := _share_heading(line, _item(lines[k + 1], 0) is not None if k + 1 < len(lines) else False):
            # a heading that names no mineral takes the section title right above it ('1. Antimony' over 'World
            # mine production (2023, estimated share):'); one that names another makes two, and no row reads
            heading, activity = (offset if title is None else title, offset + len(line)), found
        else:
            heading = None
        if line.strip():
            title = offset if _title_line(line) else None
        offset += len(line) + 1
    return rows


def _title_line(line: str) -> bool:
    """A section title: a few words with no sentence end ('1. Antimony', 'Tungsten')."""
    text = line.strip()
    return len(text.split()) <= _TITLE_WORDS and text[-1] not in _SENTENCE_ENDS


def _piece(doc: Doc, span: tuple[int, int] | None) -> Span | None:
    return None if span is None else doc.char_span(span[0], span[1], alignment_mode="expand")


def _stage(doc: Doc, row: ShareRow) -> str | None:
    """The activity of the row's stage cell ('Mining', 'Refining'); the header's when there is no stage column;
    None for a stage cell naming no activity (a row of something else)."""
    piece = _piece(doc, row.stage)
    acts = activity_words()
    if row.stage is None:
        # "Mineral and stage" over "rare earths, refining", a list's "Gallium, refined production: 98 percent": a
        # stage word inside the row's own label cell (not a caption's or heading's)
        own = [c for c in (row.mineral, row.country) if c is not None and row.start <= c[0] < row.end]
        named = [acts[x.lower_] for c in own for x in (_piece(doc, c) or []) if x.lower_ in acts]
        return named[0] if named else row.activity
    found = [acts[x.lower_] for x in piece or [] if x.lower_ in acts]
    return found[0] if found else None


def _percent(piece: Span) -> float | None:
    for x in piece:
        hit = percent_at(piece, x.i)
        if hit is not None:
            return hit[0]
    return None


def row_share(doc: Doc, row: ShareRow) -> tuple[str, str, str, float] | None:
    """(country, activity, mineral, percent) of a row, or None when a cell does not read as one.  A list under a
    heading that names the owning state ("South Africa's share of world mine production was:" over '- platinum:
    about 70%') is read the other way round: the heading gives the state, each item's label the mineral."""
    found = _read_row(doc, row, row.mineral, row.country)
    if found is None and row.stage is None and row.mineral is not None and row.mineral[1] <= row.start:
        found = _read_row(doc, row, row.country, row.mineral)  # the heading before the item, not a table's cell
    return found


def _read_row(
    doc: Doc, row: ShareRow, mineral_span: tuple[int, int] | None, country_span: tuple[int, int] | None
) -> tuple[str, str, str, float] | None:
    mineral, country, share = (_piece(doc, s) for s in (mineral_span, country_span, row.share))
    if mineral is None or country is None or share is None:
        return None
    minerals = minerals_in(mineral)
    if len(minerals) > 1 and "\n" in mineral.text:  # a section title over a heading that names its own mineral
        minerals = minerals_in([x for x in mineral if x.idx > mineral.start_char + mineral.text.rindex("\n")])
    codes = list(dict.fromkeys(c for c in (country_of_token(x) for x in country) if c))
    value, activity = _percent(share), _stage(doc, row)
    if len(minerals) != 1 or len(codes) != 1 or value is None or activity is None:
        return None  # "Cobalt | Congo and Zambia | Mining | 80%": no one state's share
    return codes[0], activity, minerals[0], value


def rows_in(sent: Span) -> list[ShareRow] | None:
    """The share-table rows that start in ``sent``; [] for a sentence inside a table whose rows start elsewhere;
    None for a sentence outside every share table."""
    rows = [r for r in share_rows(sent.doc) if r.start < sent.end_char and sent.start_char < r.end]
    # a list item no heading reading makes a share of ('- Platinum: South Africa accounts for about 70 per cent of
    # world mine production.' under 'the following shares of world supply:') is prose to read as such
    text = doc_text(sent.doc)
    rows = [r for r in rows if _BAR in text[r.start : r.end] or row_share(sent.doc, r) is not None]
    if not rows:
        return None
    return [r for r in rows if sent.start_char <= r.start < sent.end_char]


def table_shares(sent: Span, rows: list[ShareRow]) -> list[tuple[Token, tuple[str, str, str, float]]]:
    """(the row's first token, its share) for each row that reads as one ('Rare earths | China | Processing | 90%')."""
    out = []
    for row in rows:
        found = row_share(sent.doc, row)
        if found is not None:
            piece = sent.doc.char_span(row.start, row.end, alignment_mode="expand")
            out.append((piece[0] if piece else sent[0], found))
    return out
