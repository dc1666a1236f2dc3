"""Export controls stated as a standing condition of the exports: 'the export of X remains prohibited', 'exports
of X continue to be banned', 'X exports stay restricted'.

Official texts and background paragraphs name a measure already in force by what the exports still are, not
by who imposed it: the restricting participle hangs on a continuing verb ('remain', 'stay', 'continue to be')
whose subject is the exports, or, when the parser read 'remains' as a noun, the participle takes the exports as
its own subject; or the participle describes the exports themselves ('the export of X, banned since 2023,
...'). Participles that also say exports merely stopped ('shipments remained halted after the flood') are left
out, and so is a restriction or list inclusion whose own clause closes it in the past ('restricted between 2010
and 2014', 'banned until 2019', 'a list that once included X', 'the list, which included X, was abolished').
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.dates import parse_iso_date
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["standing_participle"]


def standing_participle(t: Token, exp_words: frozenset[str]) -> bool:
    """Whether ``t`` is a restricting participle that says the exports stay restricted."""
    if not _restricting_participle(t) or t.lower_ in _w("export_control.intransitive_control_verbs"):
        return False
    if _lemma(t) in _w("export_control.intransitive_control_verbs") or closed_period(t):
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


def on_control_list(t: Token) -> bool:
    """'a list of controlled minerals that since August has included X', 'its export control list includes X':
    goods a control list already holds are controlled; the inclusion verb is the measure."""
    if t.pos_ not in ("VERB", "AUX") or _lemma(t) not in _w("agreement.inclusion_verbs"):
        return False
    if not any(x.ent_type_ == "MINERAL" for c in t.children if c.dep_ in ("dobj", "attr") for x in c.subtree):
        return False
    relative = _w("agreement.relative_pronouns")
    holders = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in relative]
    if t.dep_ == "relcl":
        holders.append(t.head)  # the antecedent of 'that', 'which'
    if closed_period(t) or any(_ended_list(h) for h in holders):
        return False  # "a list that once included tin", "the list, which included zinc, was abolished in 2015"
    return any(_controlled_list(h) for h in holders)


def closed_period(t: Token) -> bool:
    """'restricted by Gabon between 2010 and 2014', 'banned until 2019', 'that once included tin': the verb's own
    clause puts the restriction in a period that ended before the text was published, so it is not in force."""
    if any(c.dep_ == "advmod" and c.lower_ in _w("export_control.bygone_adverbs") for c in t.children):
        return True
    published = parse_iso_date(t.doc._.cmkg_published)
    if published is None:
        return False
    preps = [c for c in t.children if c.dep_ == "prep"]
    ends = _w("export_control.extension_prepositions")
    spans = [c for c in preps if c.lower_ in _w("export_control.closing_prepositions")]
    if any(c.lower_ in ends or any(x.lower_ in ends for x in c.subtree) for c in preps):
        spans += [c for c in preps if c.lower_ in _w("export_control.start_prepositions")]  # "from 2012 to 2016"
    for c in spans:
        years = [int(x.text) for x in c.subtree if x.like_num and len(x.text) == 4 and x.text.isdigit()]
        if years and all(1900 < y < published.year for y in years):
            return True
    return False


def _ended_list(h: Token) -> bool:
    """'the list ... was abolished', 'Malaysia scrapped its list, which included zinc': the list itself ended."""
    ending = rules().table("export_control.status_by_lemma")[STATUS.lifted]
    return h.dep_ in ("nsubj", "nsubjpass", "dobj") and _lemma(h.head) in ending


def _controlled_list(h: Token) -> bool:
    """'the export control list', 'a list of controlled minerals', 'its licensing list': a list a control word
    qualifies, on the list noun or on the goods it is 'of'."""
    lists = _w("export_control.list_nouns")
    holder = h.head.head if h.dep_ == "pobj" and h.head.lower_ in _w("export_control.holder_prepositions") else h
    if _lemma(holder) not in lists and _lemma(h) not in lists:
        return False
    mods = [c for x in (h, holder) for c in x.children if c.dep_ in ("compound", "amod", "nmod")]
    mods += [
        o for x in (h, holder) for p in x.children if p.dep_ == "prep" for o in p.children
    ]  # "list of controlled X"
    mods += [m for o in mods for m in o.children if m.dep_ in ("compound", "amod")]
    controls = _w("export_control.trigger_nouns", "export_control.control_participles")
    return any(_lemma(m) in controls or m.lower_ in controls for m in mods)
