"""List items: the states a list written after an opener holds, however ingestion laid it out.

"the following members:" is followed by one state a bulleted line, by bullets ingestion joined into
one line ("- Australia - Canada"), or by a bare row of states ("A | B | C").  Reading such a run of
tokens is one concern, separate from the rules (``lists``) that decide which opener announces whose
members or partners; the readers work on the document's tokens, since sentence splitting cuts lists
anywhere.  Word lists: ``agreement.bullets``, ``agreement.list_item_separators``.
"""

from __future__ import annotations

from spacy.tokens import Span

from cmkg.nlp.components.item_markers import item_markers
from cmkg.nlp.rules import words as _w

__all__ = ["inline_items", "item_countries", "pure_items"]


def item_countries(tokens: Span) -> list[str]:
    """The country that opens each bulleted line; the first line without a bullet ends the list."""
    bullets = _w("agreement.bullets")
    out: list[str] = []
    line_start, bulleted = False, False
    for x in tokens:
        if x.is_space:
            indented = "\n" in x.text and (x.text.endswith(" ") or bool(x.whitespace_))
            if indented:  # a blanked bullet glyph leaves the item indented
                line_start, bulleted = False, True
            else:
                line_start = line_start or "\n" in x.text
            continue
        if line_start:
            if x.text not in bullets:
                break
            line_start, bulleted = False, True
            continue
        if bulleted and x.text not in bullets:
            if x.pos_ == "DET" and x.ent_type_ != "GPE":
                continue  # "- the Republic of Korea": the article before the item's country
            code = x.ent_kb_id_ if x.ent_type_ == "GPE" else None
            if code and code not in out:
                out.append(code)
            bulleted = False
        line_start = line_start or "\n" in x.whitespace_
    return out


def inline_items(tokens: Span) -> list[str]:
    """'partners: - Australia - Canada - Japan': a bulleted list whose line breaks ingestion joined.

    Each bullet glyph opens an item whose first country is a member; the list ends at a paragraph
    break or at a full stop.
    """
    bullets = _w("agreement.bullets")
    out: list[str] = []
    opened = False
    for x in tokens:
        if x.is_space and not out and not opened:
            continue  # the break between the opener and the first item
        if (x.is_space and "\n\n" in x.text) or x.text == "." or (not out and not opened and x.text not in bullets):
            break
        if x.text in bullets:
            opened = True
        elif opened and x.ent_type_ == "GPE" and x.ent_kb_id_:
            if x.ent_kb_id_ not in out:
                out.append(x.ent_kb_id_)
            opened = False
    return out


def pure_items(tokens: Span) -> list[str]:
    """'partners are: A | B | C' (a table row), 'countries: A B C' (one state a line, lines joined by
    ingestion): the states of a list that holds nothing but states and separators up to a full stop or a
    paragraph break; any other word means the text is prose, not a list."""
    out: list[str] = []
    markers = item_markers(tokens)  # '1) A 2) B', '1. A' a line: numbers are an item's bullets
    for x in (x for x in tokens if x.i not in markers):
        if (x.is_space and "\n\n" in x.text and out) or x.text == ".":
            break  # (the break between the opener and the first item does not end the list)
        if x.ent_type_ == "GPE" and x.ent_kb_id_:
            out += [] if x.ent_kb_id_ in out else [x.ent_kb_id_]
        elif not (
            x.is_space or x.dep_ == "det" or x.lower_ in _w("agreement.list_item_separators", "agreement.bullets")
        ):
            return []
    return out
