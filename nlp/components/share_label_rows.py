"""Rows that name their mineral in a label and their producers in cells: 'Cobalt: DR Congo 76% | Indonesia 10%'.

Fact sheets put a few minerals' leading producers on one line each under a caption that names the world share
('Table 2. Mined cobalt and rare earths, 2024 (share of global supply)'): the label before the colon is the
mineral, each bar-separated cell a state and its figure, and the caption's stage is the activity.  A caption is
read by the share-heading test of ``share_tables`` (passed in, so the two readers keep one test); the labelled
lines under it are rows until a line that is none.  A fact box words each share in full on a labelled line of
its own, with no caption ('Cobalt: DRC share of world mine output, 70%'): the label is the mineral, the words
before 'share' the state, the share phrase's stage the activity (round 40).  A line may split its mineral by stage
('Lithium. Mining: Australia 37%. Refining: China 65%.' under 'Share of the largest producing country by stage'):
each 'Stage: State N%' segment is a row whose stage is its own label (round 42).  A digest may label each line
with the state instead ('Philippines: nickel, mined, 9%' under 'SHARES OF WORLD OUTPUT'): the cells after the
label are the mineral, the stage and the figure (round 45).  A think tank's table may be such lines with one cell
each under a legend that names the columns ('Table 1. Share of world output, 2024' over 'Mineral and stage: country
and share' over 'Rare earths, refining: China 91%'): a legend made only of column words keeps the caption open, and
a line's label may carry the stage after its mineral (round 46).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.table_cells import ShareRow, split_cells
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["activity_words", "labelled_rows"]

_LABEL = re.compile(r"\s*([A-Za-z][A-Za-z ,'-]{1,40}):\s*")  # "Cobalt: ", "Rare earths: "
_CELL = re.compile(r"^(?P<state>.*?[A-Za-z].*?)\s+(?P<share>[~\u2248]?\d+(?:\.\d+)?\s*%)\s*$")  # "DR Congo 76%"
_SHARE_LINE = re.compile(  # "DRC share of world mine output, 70%" after the label
    r"(?P<state>[^\W\d_][\w .'-]*?)(?:'s)?\s+(?P<phrase>share of (?:the )?(?:world|global)\b[^,%\d]*?),?\s+"
    r"(?P<share>\d+(?:\.\d+)?\s*%)$"
)
_STAGED_LABEL = re.compile(r"\s*([A-Za-z][A-Za-z ,'-]{1,40})[.:]\s+")  # "Lithium. ", "Rare earths: "
_SEGMENT = re.compile(  # "Mining: Australia 37%." / "Processing into battery-grade material: China 95%;"
    r"(?P<stage>[A-Za-z][A-Za-z ,'-]{1,60}?):\s*(?P<state>[A-Z][\w .'-]*?)\s+(?P<share>[~\u2248]?\d+(?:\.\d+)?\s*%)"
    r"\s*[.;]?\s*"
)
_STATE_ROW = re.compile(  # "Philippines: nickel, mined, 9%"
    r"\s*(?P<state>[A-Z][\w .'-]{1,40}):\s*(?P<mineral>[a-z][a-z -]{1,30}),\s*(?P<stage>[a-z]+),\s*"
    r"(?P<share>[~\u2248]?\d+(?:\.\d+)?\s*%)\s*$"
)
MIN_CELLS = 2


def labelled_rows(text: str, heading: Callable[[str, bool], str | None]) -> list[ShareRow]:
    """The rows of every block of labelled lines under a world-share caption (``heading`` gives a caption's
    activity, None for a line that is no caption)."""
    rows: list[ShareRow] = []
    activity: str | None = None
    offset = 0
    for line in text.split("\n"):
        found = (_row(line, offset, activity) or _staged_row(line, offset, activity)) if activity is not None else []
        found = found or (_state_row(line, offset, activity) if activity is not None else [])
        found = found or _share_line(line, offset, heading)
        if found:
            rows += found
        elif activity is not None and (_legend(line) or _row_shaped(line)):
            pass  # the columns' names ('Mineral and stage: country and share'), a row of no supply ('X, consumption')
        elif line.strip():  # a blank line between the caption and its rows keeps the caption
            caption = line.strip() and "|" not in line and not _changes(line)
            activity = heading(line, True) if caption else None
        offset += len(line) + 1
    return rows


def _row(line: str, offset: int, activity: str) -> list[ShareRow]:
    """The cells of one labelled line, each a row with the label's mineral; none unless every cell is a state and
    a figure and there are at least two, or the label carries its stage ('Rare earths, refining: China 91%')."""
    label = _LABEL.match(line)
    if label is None:
        return []
    staged = "," in label.group(1)  # 'Rare earths, refining: China 91%': one cell, the stage in the label
    if staged and not _stage_words(label.group(1).rsplit(",", 1)[1]):
        return []  # 'Rare earths, consumption: China 70%': a row of something other than supply
    if line.count("|") < MIN_CELLS - 1 and not staged:
        return []
    mineral = (offset + label.start(1), offset + label.end(1))
    out = []
    for text, start, end in split_cells(line[label.end() :], offset + label.end()):
        cell = _CELL.match(text)
        if cell is None or not _state_words(cell.group("state")):
            return []  # "Indonesia down 12%", "Glencore (Switzerland) 20%": no state's figure
        raw = line[start - offset : end - offset]
        lead = start + len(raw) - len(raw.lstrip())  # where the cell's text starts after its spaces
        state = (lead + cell.start("state"), lead + cell.end("state"))
        share = (lead + cell.start("share"), lead + cell.end("share"))
        out.append(ShareRow(offset if staged else lead, end, mineral, state, share, None, activity))
    return out


def _staged_row(line: str, offset: int, activity: str) -> list[ShareRow]:
    """'Lithium. Mining: Australia 37%. Refining: China 65%. Nickel. Mining: ...': one row per stage segment, each
    with the mineral label before it; none unless the whole line is such labels and segments (the page reader
    may join a table's lines into one paragraph)."""
    out: list[ShareRow] = []
    mineral: tuple[int, int] | None = None
    pos, rest = 0, line.rstrip()
    while pos < len(rest):
        seg = _SEGMENT.match(rest, pos)
        if seg is not None and mineral is not None and _state_words(seg.group("state")):
            span = lambda name, m=seg: (offset + m.start(name), offset + m.end(name))  # noqa: E731
            out.append(ShareRow(*span(0), mineral, span("state"), span("share"), span("stage"), activity))
            pos = seg.end()
            continue
        label = _STAGED_LABEL.match(rest, pos)
        if label is None:
            return []  # "Lithium. Output rose 20%.": prose after a label, no stage rows
        mineral, pos = (offset + label.start(1), offset + label.end(1)), label.end()
    return out


def _state_row(line: str, offset: int, activity: str) -> list[ShareRow]:
    """'Philippines: nickel, mined, 9%': a line labelled with its state, then its mineral, stage and figure."""
    found = _STATE_ROW.match(line.rstrip())
    if found is None or found.group("state").strip() not in gazetteer().country_forms:
        return []  # 'Western Australia: lithium, mined, 40%': a region, no state
    span = lambda name: (offset + found.start(name), offset + found.end(name))  # noqa: E731
    return [
        ShareRow(offset, offset + len(line), span("mineral"), span("state"), span("share"), span("stage"), activity)
    ]


def _share_line(line: str, offset: int, heading: Callable[[str, bool], str | None]) -> list[ShareRow]:
    """'Cobalt: DRC share of world mine output, 70%': a labelled line that words its own world share, the label
    its mineral, the state before 'share', the stage the share phrase's (a fact box's lines, no caption above)."""
    label = _LABEL.match(line)
    found = _SHARE_LINE.match(line[label.end() :].rstrip()) if label is not None else None
    if found is None or not _state_words(found.group("state")):
        return []
    activity = heading(found.group("phrase"), True)
    if activity is None:
        return []
    base = offset + label.end()
    span = lambda name: (base + found.start(name), base + found.end(name))  # noqa: E731
    mineral = (offset + label.start(1), offset + label.end(1))
    return [ShareRow(offset, offset + len(line), mineral, span("state"), span("share"), None, activity)]


def _state_words(text: str) -> bool:
    """A state's name only: capitalised words and the small words of names ('DR Congo', 'Republic of Korea')."""
    links = _w("persons.title_links")
    return all(w[:1].isupper() or w in links for w in text.split()) and not set("()[]") & set(text)


def activity_words() -> dict[str, str]:
    """Each activity word with its activity ('Mining': mines), from ``production_share.activity_forms``; the one
    reader of that table for the share table and row readers."""
    return {w: a for a, ws in rules().table("production_share.activity_forms").items() for w in ws}


def _stage_words(text: str) -> bool:
    """Every word a stage's ('mining', 'primary production', 'refined output'): supply, nothing else."""
    words = re.findall(r"[a-z]+", text.lower())
    stages = _w("production_share.stage_nouns", "production_share.stage_modifiers") | set(activity_words())
    return bool(words) and all(w in stages for w in words)


def _row_shaped(line: str) -> bool:
    """'Rare earths, consumption: China 70%': a labelled line of one state's figure, whatever its label."""
    label = _LABEL.match(line)
    return label is not None and _CELL.match(line[label.end() :].strip()) is not None


def _legend(line: str) -> bool:
    """A line that only names table columns ('Mineral and stage: country and share')."""
    words = re.findall(r"[a-z%]+", line.lower())
    columns = ("mineral", "country", "stage", "share")
    names = _w(*(f"production_share.table_{c}_headers" for c in columns), "agreement.set_list_fillers")
    return bool(words) and ":" in line and all(w in names for w in words)


def _changes(line: str) -> bool:
    """A caption of changes or projections ('Change in world mine production (%)'), whose figures are no shares."""
    return bool(set(re.findall(r"[a-z]+", line.lower())) & _w("production_share.caption_change_words"))
