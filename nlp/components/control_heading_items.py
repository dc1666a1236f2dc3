"""Goods listed as items under a heading that states the measure.

A trade ministry's notice sorts its goods under lettered headings and lists them as numbered items with no verb:
"A. Products whose export remains prohibited / 1. Nickel ore of all grades. / 2. Bauxite, the ore of aluminium."
The heading names the measure but no goods; each item names goods but no measure.  A heading line (no finite verb
with a named subject, no closing stop: ``control_headings.heading_line``) whose measure found no goods is kept as
the heading's measure.  The first sentence of each item line under it is a fact of that measure, with the
heading's owner, status and kind, when it heads no clause of its own (its finite verbs only inside a relative
clause: 'Copper concentrate, for companies whose smelters have reached 90% ...'; a goods word the tagger read as
the verb of its mineral aside: 'Tantalum concentrate, whether washed', ``export_control.leaving_goods``) and names
minerals and no state.  The run ends at the next line that is neither an item nor the prose of one ('C. Other
matters'): a heading of another section.
"""

from __future__ import annotations

from spacy.tokens import Span

from cmkg.nlp.components.control_headings import FINITE_TAGS
from cmkg.nlp.components.control_triggers import minerals_in
from cmkg.nlp.components.doc_text import doc_text, is_item_line, item_start
from cmkg.nlp.components.parties import Context
from cmkg.nlp.components.syntax import countries_in
from cmkg.nlp.rules import words as _w

__all__ = ["headed_item_goods"]

_CLAUSE_DEPS = frozenset({"relcl", "acl"})  # a clause on a noun of the item: no verb of the item itself
_MARKER_CHARS = 6  # '12. ' or '- ': at most this many characters of the line before the item's first sentence


def headed_item_goods(sent: Span, ctx: Context) -> tuple[str, list[str], str, str] | None:
    """(country, minerals, status, kind) of a verbless goods item under the heading's measure, or None."""
    if ctx.heading_measure is None:
        return None
    country, status, kind, end = ctx.heading_measure
    start = item_start(sent[0])
    if start is None or sent.start_char - start > _MARKER_CHARS or not _under_heading(doc_text(sent.doc), end, start):
        return None
    own = [t for t in sent if not any(a.dep_ in _CLAUSE_DEPS for a in [t, *t.ancestors])]
    # 'Tantalum concentrate, whether washed': a goods word the tagger made the verb of its mineral is no verb
    goods = _w("export_control.leaving_goods")
    verbs = [t for t in own if t.tag_ in FINITE_TAGS and t.lower_ not in goods]
    if verbs or countries_in(list(sent)) or not _goods_phrase(sent, goods):
        return None
    minerals = minerals_in(list(sent))
    return (country, minerals, status, kind) if minerals else None


def _under_heading(text: str, end: int, start: int) -> bool:
    """Every line between the heading and the item is another item: a line of prose or a sub-heading ('The
    following products may still be exported freely:') ends the heading's list."""
    lines = [ln.strip() for ln in text[end:start].split("\n")[1:]]
    return all(not ln or is_item_line(ln) for ln in lines)


def _goods_phrase(sent: Span, goods: frozenset[str]) -> bool:
    """The item heads a phrase of goods: a mineral ('Bauxite, the ore of aluminium') or a goods word
    ('Nickel ore of all grades', 'Copper concentrate, for companies ...'); not a firm, a date or an office ('PT
    Sinar Nickel Mandiri', 'March 2025: review of the nickel programme', 'The Bauxite Desk of the Customs ...')."""
    root = sent.root
    while root.is_punct or root.like_num:  # '1.' or a lone number the parser made the root
        heads = [c for c in root.children if not c.is_punct]
        if not heads:
            return False
        root = heads[0]
    return root.ent_type_ == "MINERAL" or (root.lower_ in goods and root.ent_type_ in ("", "MINERAL"))
