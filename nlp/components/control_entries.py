"""Whose a chronology's entry is: the state its dated heading names ('1 August 2023 - China').

A tracker page lists measures one entry at a time under a heading line that gives the date and the state
('3 December 2024 - China', 'Democratic Republic of the Congo | 22 February 2025'); the entry's sentences then
name no owner ('Export licences become mandatory for gallium') or name another state only as a destination
('Ban on exports of gallium to the United States').  Ingestion keeps the heading as its own paragraph
(``nlp/ingest/entries.py``); here, once the sentences after a heading begin, the heading's state is the story's
current controller and subject, and the measure of the entry before is closed (a sequel's 'These cover ...'
belongs to its own entry).  A state a sentence names as a measure's subject or possessor still comes first:
only the fallback to the story's controller reads the heading.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from cmkg.nlp.components.doc_text import paragraphs
from cmkg.nlp.components.parties import Context
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import countries_in
from cmkg.nlp.ingest.entries import chronology, entry_heading
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["entry_states", "open_entries", "restate_entry"]


def entry_states(doc: Doc) -> list[tuple[int, str]]:
    """(end character, state) of each dated entry heading naming one state, in order; none unless the text holds
    at least two headings (one dated line is a header or a sign-off)."""
    found = [(m.start(), m.end(), m.group().strip()) for m in paragraphs(doc)]
    if not chronology([p for _, _, p in found]):
        return []
    out = []
    for start, end, text in found:
        if not entry_heading(text):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        states = list(dict.fromkeys(countries_in(span))) if span is not None else []
        if len(states) == 1:
            out.append((end, states[0]))
    return out


def open_entries(ctx: Context, entries: list[tuple[int, str]], start_char: int) -> bool:
    """Open the entry whose heading ends before ``start_char`` (the sentence about to be read): its state
    becomes the story's controller and current subject; ``entries`` loses the headings passed.  Whether one
    was opened."""
    opened = False
    while entries and entries[0][0] <= start_char:
        _, state = entries.pop(0)
        ctx.last_control_country, ctx.last_control_minerals = state, []
        ctx.last_measure = None
        ctx.last_subjects = [state]
        opened = True
    return opened


def restate_entry(facts: list[Any], sent: Span) -> None:
    """'Status: suspended until 10 November 2026' under an entry: the tracker's own assessment of the entry's
    measures, which outranks the status the entry's sentence gives them ('Controls announced on X')."""
    status = _status_line(sent)
    for fact in facts if status is not None else []:
        if fact.kind == "export_control":
            fact.data["status"] = status


def _status_line(sent: Span) -> str | None:
    """The status a label line gives ('Status: lifted on 16 October 2025 and replaced by quotas': lifted),
    read off the first word after the label and its colon."""
    words = [x for x in sent if not x.is_space]
    if len(words) < 3 or words[1].text != ":" or words[0].lower_ not in _w("export_control.status_labels"):
        return None
    first = words[2]
    for table in ("export_control.status_by_modifier", "export_control.status_by_lemma"):
        for status, forms in rules().table(table).items():
            if first.lower_ in forms or _lemma(first) in forms:
                return status
    return None
