"""Items of a list labelled by their partner state: the other side is the list's owner, never the item before.

"The Ministry of Mines has entered into bilateral arrangements with several countries. Those in operation are
as follows:\\n- Australia: Critical Minerals Investment Partnership (2022), under which ...;\\n- Chile:
Memorandum of Understanding with the Ministry of Mining of Chile." Each item opens with a state and a label
separator (``agreement.item_label_separators``) and names the instrument after it: the state is the partner,
and the other side is the owner of the list, the same for every item: the owner of an open series
(``Context.pending_list``), else the state the heading makes its subject ('Canada has signed memoranda with
these countries:'), else the page's own government (``doc._.cmkg_publisher``), else the dateline's state.
Without an owner the item is left to the other rules; an item whose own clause names another acting state
('- Peru: Lima and Quito signed a memorandum') is not a labelled partner.

A label may coordinate states ('- Malaysia and Thailand: Memorandums ... were signed'): each is a partner of the
owner (a plural instrument, one set each), never one set of the label's states. Under a section heading that
opens no list ('Signed and in place'), a tracker's items take the owner of an open series or the one state the
title names ('Who has signed a deal with the United States?'), else the page's own government.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.control_headings import heading_line
from cmkg.nlp.components.counterpart import is_plural
from cmkg.nlp.components.doc_text import doc_text, item_start, line_start
from cmkg.nlp.components.list_heading import heading_span
from cmkg.nlp.components.names import shouted
from cmkg.nlp.components.parties import Context
from cmkg.nlp.components.syntax import subject_tokens
from cmkg.nlp.rules import words as _w

__all__ = ["item_labels", "labelled_item", "not_list_heading"]


def item_labels(t: Token) -> list[str]:
    """The states that label the list item ``t`` stands in ('- Australia: ...', '2. Chile - ...', '- A and B:'), or
    the paragraph it opens with a label sentence ('Malaysia and Thailand (October 26). Memoranda signed ...')."""
    start_char = item_start(t)
    if start_char is None:
        return paragraph_labels(t)
    doc = t.doc
    start = t.i
    while start > 0 and doc[start - 1].idx >= start_char:
        start -= 1  # back to the line's first word, not through the whole article
    markers = _w("agreement.bullets", "agreement.item_number_points")
    i = start
    while i < t.i and (doc[i].text in markers or doc[i].like_num or doc[i].is_space):
        i += 1
    labels: list[str] = []
    while i < t.i:
        x = doc[i]
        if x.ent_type_ != "GPE" or not x.ent_kb_id_ or x.ent_iob_ != "B":
            return []
        labels.append(x.ent_kb_id_)
        while i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
            i += 1
        sep = doc[i + 1] if i + 1 < t.i else None
        if sep is None:
            return []
        if sep.text in _w("agreement.item_label_separators"):
            return list(dict.fromkeys(labels))
        if sep.lower_ not in _w("agreement.label_joiners"):
            return []
        i += 2
    return []


def paragraph_labels(t: Token) -> list[str]:
    """'Saudi Arabia (November 18). A minerals framework signed during ...': a paragraph whose first sentence is
    only states, their joiners and a bracketed date, closed by a stop, is an entry labelled by those states, like a
    list item; ``t`` must stand in the sentence right after the label (a colon after a state opens prose too
    often to label a paragraph: 'Japan: the minister said ...')."""
    doc = t.doc
    start_char = line_start(doc, t.idx)
    first = next((x.sent for x in doc if x.idx >= start_char), None)
    if first is None or t.i < first.end or doc_text(doc).find("\n", start_char, first.start_char) >= 0:
        return []
    if next((x for x in doc[first.end :] if not x.is_space), t).sent.start != t.sent.start:
        return []  # the entry's own sentence, right after its label: later ones may turn to other matters
    words = [x for x in first if not x.is_space]
    if len(words) < 2 or words[-1].text != "." or not _dated_label(words[:-1]):
        return []
    return list(dict.fromkeys(x.ent_kb_id_ for x in words if x.ent_type_ == "GPE" and x.ent_kb_id_))


def _dated_label(words: list[Token]) -> bool:
    """States joined by label joiners, then one bracketed date ('Argentina, Ecuador and Guatemala (November 13)')."""
    opens = [k for k, x in enumerate(words) if x.text == "("]
    if len(opens) != 1 or words[-1].text != ")" or opens[0] == 0:
        return False
    states, dated = words[: opens[0]], words[opens[0] + 1 : -1]
    joiners = _w("agreement.label_joiners")
    named = all((x.ent_type_ == "GPE" and x.ent_kb_id_) or x.lower_ in joiners for x in states)
    return named and bool(dated) and all(x.ent_type_ in ("DATE", "CARDINAL") or x.like_num for x in dated)


def _line_states(t: Token) -> set[str]:
    """The states named on the item's own line."""
    text = doc_text(t.doc)
    start, end = line_start(t.doc, t.idx), text.find("\n", t.idx)
    end = len(text) if end < 0 else end
    doc, first, last = t.doc, t.i, t.i
    while first > 0 and doc[first - 1].idx >= start:
        first -= 1
    while last + 1 < len(doc) and doc[last + 1].idx < end:
        last += 1
    return {x.ent_kb_id_ for x in doc[first : last + 1] if x.ent_type_ == "GPE" and x.ent_kb_id_}


def _heading_owner(t: Token, span: tuple[int, int, int]) -> list[str]:
    """'Canada has signed memoranda with these countries:': the state the heading's clauses make subjects."""
    heading = [x for x in t.doc if span[1] <= x.idx < span[2]]
    sents = list(dict.fromkeys(x.sent for x in heading))
    subjects = [x for s in sents for x in s if x.dep_ in ("nsubj", "nsubjpass")]
    states = [x.ent_kb_id_ for s in subjects for x in s.subtree if x.ent_type_ == "GPE" and x.ent_kb_id_]
    return list(dict.fromkeys(states))


def _owner(t: Token, ctx: Context, labels: list[str]) -> str | None:
    span = heading_span(t)
    series = ctx.pending_list[0] if ctx.pending_list else []
    if span is None:  # a section heading ('Signed and in place'): the series, the title's one state, the page
        title = ctx.title_states if len(ctx.title_states) == 1 and not _rivals_title(t) else []
        sides = [*series, *title, t.doc._.cmkg_publisher]
    else:
        heading = _heading_owner(t, span)
        sides = [*series, *(heading if len(heading) == 1 else []), t.doc._.cmkg_publisher, ctx.home]
    return next((x for x in sides if x and x not in labels), None)


def _rivals_title(t: Token) -> bool:
    """'Japan's rivals are racing to lock in deals', 'Beyond China: what competitors signed': the title's state is
    the one the page compares others with (``agreement.rival_nouns``), not the side of every item."""
    words = re.findall(r"[A-Za-z]+", t.doc._.cmkg_title or "")
    return any(w.lower() in _w("agreement.rival_nouns") for w in words)


def _own_subject(c: Candidate) -> bool:
    """The item's clause has a subject of its own after the label ('The two countries signed'), not the label the
    parser made its subject nor the instrument itself; or the parser hung the clause's own signers on the label
    as an apposition ('- India and Zambia: New Delhi and Lusaka signed'), two states after the separator."""
    line = item_start(c.t) or 0
    seps = _w("agreement.item_label_separators")
    label_end = next((x.i for x in c.t.doc if x.idx >= line and x.text in seps), c.t.i)
    subj = subject_tokens(c.v) if c.v is not None else []
    talks = _w("status.talks_nouns")  # '- A and B: Talks on memorandums were continuing': the talks are no signer
    if any(label_end < x.i and x.i != c.t.i and x.dep_ == "nsubj" and x.lower_ not in talks for x in subj):
        return True
    end = c.v.i if c.v is not None else c.t.i
    told = {x.ent_kb_id_ for s in subj for x in s.subtree if label_end < x.i < end and x.ent_type_ == "GPE"}
    return len(told - {""}) > 1


def labelled_item(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'- Australia: Critical Minerals Investment Partnership (2022)': the label's state with the list's owner."""
    labels = item_labels(c.t) if c.lem not in _w("status.talks_nouns") else []  # 'open to talks' is no instrument
    if item_start(c.t) is None and set(c.parties) - set(labels):
        return True  # 'Malaysia (October 26). A treaty between Thailand and Chile ...': the sentence's own sides
    named = [x for x in labels if x in c.parties]
    if named and (item_start(c.t) or 0) < sent.start_char:  # a later sentence of the item names its own labelled state
        labels = named  # '- A and B: memorandums signed. In a separate agreement, A undertook ...'
    owner = _owner(c.t, ctx, labels) if labels else None
    if len(labels) > 1 and owner is None and not (c.subj or c.with_ or c.mods) and not is_plural(c.t):
        c.with_, c.rule = labels, c.rule or "agreement.labelled_item"  # '- A and B: Talks on a partnership': theirs
        return True
    if not labels or owner is None:
        return True
    if any(x not in (*labels, owner) for x in c.subj) or (len(c.subj) > 1 and _own_subject(c)):
        return True  # "- Peru: Lima and Quito signed a memorandum", "- A and B: The two countries signed": own sides
    # the parser may run items together: a state of another item is no side of this one
    own = _line_states(c.t)
    c.subj = [owner]
    c.with_ = labels + [x for x in c.with_ if x not in (*labels, owner) and x in own]
    c.mods = [x for x in c.mods if x not in (*labels, owner) and x in own]
    c.rule = c.rule or "agreement.labelled_item"
    return True


def not_list_heading(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'NEW AGREEMENTS WITH THE UNITED STATES:', 'Deals signed at the summit:': a heading line that opens a list
    states no instrument of its own; its items do."""
    words = [x for x in sent if not x.is_space]
    return not (words and words[-1].text == ":" and (heading_line(sent) or shouted(sent)))
