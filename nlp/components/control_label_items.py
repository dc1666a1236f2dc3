"""Goods named as an item's label, with the measure after the colon.

A wire's factbox lists what still applies goods by goods: "Gallium and germanium: licences have been required
since August 2023", "Tungsten, tellurium, bismuth, molybdenum and indium: licences since February 2025".  The
label names the goods and nothing else; after the colon a control noun (``export_control.trigger_nouns``) with no
export word of its own is the measure the list is about, when the list has just stated export measures (the
last one ends at most ``_LABEL_REACH`` tokens before): that measure's owner is the item's.  The item's own words
give the status: a status phrase of a tracker's table (``export_control.table_status_phrases``: 'also
suspended', 'lifted in May'), or a measure standing since a date (``export_control.label_standing_prepositions``).
An item that names a state, a control noun with a modifier other than an export word ('mining licences',
'environmental permits'), or a negation ('not suspended', 'no longer required') is none of this.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.control_triggers import minerals_in, other_activity
from cmkg.nlp.components.parties import Context
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import countries_in
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["label_goods", "labelled_goods"]

_LABEL_REACH = 200  # tokens from the end of the last export measure to a label item that continues its list


def labelled_goods(sent: Span, ctx: Context) -> tuple[Token, tuple[str, list[str], str, str]] | None:
    """(the measure's noun, (country, minerals, status, kind)) of a goods-label item, or None."""
    if ctx.last_measure is None or sent.start - ctx.last_measure[3] > _LABEL_REACH:
        return None
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or countries_in(list(sent)):
        return None
    label = [t for t in sent[: colon.i - sent.start] if t.is_alpha and t.pos_ != "CCONJ"]
    if not label or any(t.ent_type_ != "MINERAL" for t in label):
        return None
    rest = sent[colon.i + 1 - sent.start :]
    noun = next((t for t in rest if t.pos_ in ("NOUN", "PROPN") and not t.ent_type_), None)
    if noun is None or _lemma(noun) not in _w("export_control.trigger_nouns") or other_activity(noun):
        return None
    before = [t for t in rest if t.i < noun.i and t.pos_ != "DET"]  # the words between the colon and the noun
    if any(t.lower_ not in _w("export_control.export_nouns") for t in before):
        return None  # 'prospecting licences', 'environmental permits': a measure of something else
    status = _item_status(rest)
    if status is None:
        return None
    kind = rules().table("export_control.kind_by_word").get(_lemma(noun), "controls")
    return noun, (ctx.last_measure[0], minerals_in(label), status, kind)


def _item_status(rest: Span) -> str | None:
    """The status the item's own words give: a status phrase, else a measure standing since a date."""
    if any(t.lower_ in _w("export_control.negation_words") for t in rest):
        return None  # 'licences (not suspended)', 'no longer required since November': no status read here
    text = " " + " ".join(t.lower_ for t in rest) + " "
    for status, phrases in rules().table("export_control.table_status_phrases").items():
        if any(f" {p} " in text for p in phrases):
            return status
    standing = _w("export_control.label_standing_prepositions")
    return STATUS.in_force if any(t.lower_ in standing and t.dep_ == "prep" for t in rest) else None


def label_goods(sent: Span) -> list[str]:
    """'* Graphite: Egypt has required export licences since November 2020', split by the parser after the
    colon: the goods of the label that opens the measure's line, when the label names minerals and nothing else."""
    if sent.start == 0:
        return []
    label = sent.doc[sent.start - 1].sent
    words = [t for t in label if t.is_alpha and t.pos_ != "CCONJ"]
    closed = any(t.text == ":" for t in label) and "\n" not in sent.doc[label.end - 1 : sent.start + 1].text
    return minerals_in(words) if closed and words and all(t.ent_type_ == "MINERAL" for t in words) else []
