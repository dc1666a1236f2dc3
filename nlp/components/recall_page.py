"""Page-kind and list features for the learned agreement recall layer, and its multi-party candidate sets.

Where a sentence sits decides whom its states deal with: a chronology's entry belongs to the state its dated
heading names, a fact sheet's bullet to the publisher, a question in a transcript or a parliamentary question
states nothing, an answer may. The rule layers already read these page kinds; this module reuses their markers
(dated entry headings, question labels and page markers, bullet glyphs, item numbers) as closed-class features,
so the model learns the page kind, not the page. A coordinated run of three or more states in an agreement
sentence is one multilateral set, and with the page's own state a larger one: those are candidates too.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from cmkg.core.resources import load_json
from cmkg.nlp.components.control_entries import entry_states
from cmkg.nlp.components.control_frames import asked_premise
from cmkg.nlp.components.doc_text import doc_text, line_start
from cmkg.nlp.rules import words as _w

__all__ = ["PageKinds", "multi_sets", "page_kinds", "rules_here_features", "sentence_kinds"]

MIN_MULTI = 3  # a coordinated run of this many states is a multilateral set, not pairs
MIN_BULLETS = 3  # a page with this many bulleted or numbered lines is a list page (a fact sheet, a tracker)


class PageKinds:
    """What kind of page a Doc is, read once: its features and its chronology's entry headings."""

    def __init__(self, features: set[str], entries: list[tuple[int, str]]) -> None:
        self.features = features
        self.entries = entries

    def entry_state(self, start_char: int) -> str | None:
        """The state of the latest dated entry heading before a sentence, None outside a chronology."""
        found = None
        for end, state in self.entries:
            if end <= start_char:
                found = state
        return found


@cache
def _item() -> re.Pattern[str]:
    """The readers' list-item marker (boilerplate.json): a bullet glyph, '1.', '(a)', 'b)' opening a line."""
    return re.compile(load_json("boilerplate.json")["list_item"])


def _item_line(line: str) -> bool:
    """A bulleted or numbered line, or one whose marker ingestion blanked to indentation."""
    return bool(_item().match(line)) or (line[:1] in (" ", "\t") and bool(line.strip()))


def _bullet_line(sent: Span) -> bool:
    text = doc_text(sent.doc)
    start = line_start(sent.doc, sent.start_char)
    return _item_line(text[start : text.find("\n", start) if "\n" in text[start:] else len(text)])


def page_kinds(doc: Doc) -> PageKinds:
    """Chronology, question page, fact sheet, list page, transcript: each a page-level feature."""
    out: set[str] = set()
    entries = entry_states(doc)
    if entries:
        out.add("page=chronology")
    low = " ".join(doc_text(doc).lower().split())
    if any(m in low for m in _w("persons.question_page_markers")):
        out.add("page=question")
    title = (doc._.cmkg_title or "").lower()
    if any(m in title for m in _w("agreement.fact_sheet_titles")):
        out.add("page=factsheet")
    if sum(_item_line(line) for line in doc_text(doc).split("\n")) >= MIN_BULLETS:
        out.add("page=list")
    sents = list(doc.sents)
    labels = _w("export_control.question_labels")
    marks = _w("export_control.label_marks")
    if any(s[0].lower_ in labels and len(s) > 1 and s[1].text in marks for s in sents):
        out.add("page=transcript")
    return PageKinds(out, entries)


def sentence_kinds(sent: Span, page: PageKinds, key: frozenset) -> set[str]:
    """The sentence's place on the page: a bullet, a question (asked, not stated), a chronology entry, and
    whether the set holds the entry's state."""
    out = set(page.features)
    if _bullet_line(sent):
        out.add("line=bullet")
    if asked_premise(sent[0]):
        out.add("line=asked")
    owner = page.entry_state(sent.start_char)
    if owner is not None:
        out.add("entry_owner_in" if owner in key else "entry_owner_out")
    return out


def rules_here_features(key: frozenset, here: list[frozenset], doc_sets: list[frozenset]) -> set[str]:
    """Whether the rules made a set holding one of these states in this sentence or on the page: the rules saw
    the sentence's deal and chose other parties, or saw none."""
    out = set()
    touching = [s for s in here if s & key]
    if touching:
        out.add("r_state_sent")
    if len({c for s in touching for c in s & key}) == len(key) and key not in here:
        out.add("r_states_split_sent")
    if not any(s & key for s in doc_sets):
        out.add("r_states_none_doc")
    return out


def multi_sets(sent: Span, states: dict[str, list[Span]]) -> list[tuple[frozenset, Span]]:
    """Each coordinated run of MIN_MULTI or more linked states ('with A, B and C'), as a set with its first
    mention: the conjuncts of a state mention's root that are themselves state mentions."""
    where = {m.root.i: code for code, ms in states.items() for m in ms}
    first = {m.root.i: m for ms in states.values() for m in ms}
    out: dict[frozenset, Span] = {}
    for i, code in where.items():
        tok = sent.doc[i]
        run = {code} | {where[c.i] for c in tok.conjuncts if c.i in where}
        if len(run) >= MIN_MULTI:
            key = frozenset(run)
            start = min([tok, *tok.conjuncts], key=lambda t: t.i)
            out.setdefault(key, first.get(start.i, first[i]))
    return list(out.items())
