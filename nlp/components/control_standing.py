"""Export controls stated as a standing condition of the exports: 'the export of X remains prohibited', 'exports
of X continue to be banned', 'X exports stay restricted'.

Official texts and background paragraphs name a measure already in force by what the exports still are, not
by who imposed it: the restricting participle hangs on a continuing verb ('remain', 'stay', 'continue to be')
whose subject is the exports, or, when the parser read 'remains' as a noun, the participle takes the exports as
its own subject; or the participle describes the exports themselves ('the export of X, banned since 2023,
...'). Participles that also say exports merely stopped ('shipments remained halted after the flood') are left
out.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.rules import words as _w

__all__ = ["standing_participle"]


def standing_participle(t: Token, exp_words: frozenset[str]) -> bool:
    """Whether ``t`` is a restricting participle that says the exports stay restricted."""
    if not _restricting_participle(t) or t.lower_ in _w("export_control.intransitive_control_verbs"):
        return False
    if _lemma(t) in _w("export_control.intransitive_control_verbs"):
        return False
    continuing = _w("export_control.continuing_verbs")
    if t.dep_ in ("acomp", "xcomp", "oprd") and _lemma(t.head) in continuing:
        # "remain banned", "continue to be prohibited"; 'keep exports banned' names the exports as its object
        holders, deps = [t.head], ("nsubj", "nsubjpass", "dobj")
    elif t.dep_ == "acl" and t.tag_ == "VBN" and t.head.lower_ in exp_words:
        # "the export of raw X, banned since June 2023, ...", "exports of X restricted under the 2020 law"
        return all(c.dep_ != "dobj" for c in t.children)
    elif t.tag_ == "VBN" and all(c.dep_ != "dobj" for c in t.children):
        # "the export of X remains prohibited" with 'remains' read as the participle's auxiliary, or as a noun
        # ('X remains'); a real auxiliary ('have halted', 'were prohibited') is another construction
        auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
        # a misread auxiliary keeps its inflected form as lemma ('remains'): read it without its ending
        if not all(_lemma(a) in continuing or a.lower_.removesuffix("s") in continuing for a in auxes):
            return False
        holders, deps = [t, *auxes], ("nsubj",)  # the subject may hang on the misread auxiliary
    else:
        return False
    subjects = [c for h in holders for c in h.children if c.dep_ in deps]
    return any(x.lower_ in exp_words for c in subjects for x in c.subtree)


def _restricting_participle(t: Token) -> bool:
    """'prohibited', 'banned', also tagged an adjective ('exports remain [restricted]')."""
    if t.tag_ == "VBN":
        return _lemma(t) in _w("export_control.verbs_implying_control")
    return t.pos_ == "ADJ" and t.dep_ == "acomp" and t.lower_ in _w("export_control.restricting_past_forms")
