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
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.list_heading import heading_span
from cmkg.nlp.components.parties import Context
from cmkg.nlp.rules import words as _w

__all__ = ["item_label", "labelled_item"]


def item_label(t: Token) -> str | None:
    """The state that labels the list item ``t`` stands in ('- Australia: ...', '2. Chile - ...'), if any."""
    span = heading_span(t)
    if span is None:
        return None
    doc = t.doc
    start = next((x.i for x in doc if x.idx >= span[0]), None)
    if start is None:
        return None
    markers = _w("agreement.bullets", "agreement.item_number_points")
    i = start
    while i < t.i and (doc[i].text in markers or doc[i].like_num or doc[i].is_space):
        i += 1
    x = doc[i]
    if x.ent_type_ != "GPE" or not x.ent_kb_id_ or x.ent_iob_ != "B":
        return None
    end = i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    sep = doc[end + 1] if end + 1 < t.i else None
    if sep is None or sep.text not in _w("agreement.item_label_separators"):
        return None
    return x.ent_kb_id_


def _line_states(t: Token) -> set[str]:
    """The states named on the item's own line."""
    text = t.doc.text
    start, end = text.rfind("\n", 0, t.idx) + 1, text.find("\n", t.idx)
    end = len(text) if end < 0 else end
    return {x.ent_kb_id_ for x in t.doc if start <= x.idx < end and x.ent_type_ == "GPE" and x.ent_kb_id_}


def _heading_owner(t: Token, span: tuple[int, int, int]) -> list[str]:
    """'Canada has signed memoranda with these countries:': the state the heading's clauses make subjects."""
    heading = [x for x in t.doc if span[1] <= x.idx < span[2]]
    sents = list(dict.fromkeys(x.sent for x in heading))
    subjects = [x for s in sents for x in s if x.dep_ in ("nsubj", "nsubjpass")]
    states = [x.ent_kb_id_ for s in subjects for x in s.subtree if x.ent_type_ == "GPE" and x.ent_kb_id_]
    return list(dict.fromkeys(states))


def _owner(t: Token, ctx: Context, label: str) -> str | None:
    span = heading_span(t)
    series = ctx.pending_list[0] if ctx.pending_list else []
    heading = _heading_owner(t, span) if span else []
    heading = heading if len(heading) == 1 else []
    sides = [*series, *heading, t.doc._.cmkg_publisher, ctx.home]
    return next((x for x in sides if x and x != label), None)


def labelled_item(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'- Australia: Critical Minerals Investment Partnership (2022)': the label's state with the list's owner."""
    label = item_label(c.t)
    owner = _owner(c.t, ctx, label) if label is not None else None
    if label is None or owner is None:
        return True
    if any(x not in (label, owner) for x in c.subj):
        return True  # "- Peru: Lima and Quito signed a memorandum": the item names its own sides
    # the parser may run items together: a state of another item is no side of this one
    own = _line_states(c.t)
    c.subj = [owner]
    c.with_ = [label] + [x for x in c.with_ if x not in (label, owner) and x in own]
    c.mods = [x for x in c.mods if x not in (label, owner) and x in own]
    c.rule = c.rule or "agreement.labelled_item"
    return True
