"""Mineral words that open a firm's or a body's name, not a mention of the mineral.

"Russia's Uranium One Group", "Lithium Americas", "shares of Thorium Power Ltd", "The Thorium Network": a mineral
word capitalised in a line of prose and followed by another capitalised word names a firm or a body, and the gold
lists no mineral for it (news63 14; nine earlier texts name 'Uranium One').  The span stays an entity, as an
organisation, so that the words around it are not read as a person's name ('Redhill Graphite Inc').  An
instrument's or a measure's name keeps its goods ('the Rare earth Processing Alliance', '(Suspension of Bauxite
Exports) Order'; ``agreement.nouns``, ``agreement.initiative_nouns``, ``export_control.export_nouns``), and a
title-case headline ('China Tightens Gallium Export Controls') its minerals: a line is prose when it has two or more
lowercase words besides ``officials.title_small_words``.
"""

from __future__ import annotations

from spacy.tokens import Span

from cmkg.nlp.rules import words as _w

__all__ = ["firm_word"]

_PROSE_WORDS = 2  # lowercase content words that make a line prose, not a title-case headline
_NAME_REACH = 4  # words of a name after its mineral word


def firm_word(s: Span, found: list[Span]) -> bool:
    """Whether the mineral span ``s`` opens a firm's name (``found``: the gazetteer's other spans)."""
    doc, end = s.doc, s.end
    if s.label_ != "MINERAL" or not s[0].text[:1].isupper() or end >= len(doc):
        return False
    after = doc[end]
    if not (after.is_alpha and after.text[:1].isupper()) or any(f.start == end for f in found):
        return False
    run = []
    for t in doc[end : end + _NAME_REACH]:  # the capitalised words of the name ('Security Partnership')
        if not t.text[:1].isupper():
            break
        run.append(t.lemma_.lower())
    if set(run) & _w("agreement.nouns", "agreement.initiative_nouns", "export_control.export_nouns"):
        return False  # '(Suspension of Bauxite Exports) Order': a measure's name names its goods too
    small = _w("officials.title_small_words")  # a headline lowercases only 'of', 'and', 'the' ...
    return sum(t.is_alpha and t.is_lower and t.lower_ not in small for t in s.sent) >= _PROSE_WORDS
