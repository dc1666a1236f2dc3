"""Roundups whose items carry their own datelines ('3. LIBREVILLE - Ore deadline stands').

Each such item is a story of its own: its place, not the state the whole page names most, is where an office
or a measure the item leaves unowned belongs.  The datelines are found at ingestion (``cmkg.nlp.dateline``) and
handed over as ``doc._.cmkg_item_datelines`` (the start of each item and its place).
"""

from __future__ import annotations

from spacy.tokens import Doc

from cmkg.core.gazetteer import gazetteer

__all__ = ["item_homes", "item_home"]


def item_homes(doc: Doc) -> list[tuple[int, str | None]]:
    """(start char, state of the dateline's place) of each datelined item, in page order."""
    return [(start, gazetteer().resolve_country(place)) for start, place in doc._.cmkg_item_datelines or ()]


def item_home(doc: Doc, token: int) -> str | None:
    """The state of the datelined item that holds token ``token``, if the page has such items."""
    char = doc[token].idx
    opened = [code for start, code in item_homes(doc) if start <= char]
    return opened[-1] if opened else None
