"""Undo an instrument's reduced relative read as the sentence's verb: 'The Agreement on Cooperation in Geology
concluded with the Republic of Belarus in 2023 remains in force', 'The memorandum signed with Peru in 2019
expires in May'.

en_core_web_sm reads the participle after the instrument's name as the sentence's verb in the past tense, the
instrument its subject, and the sentence's own verb ('remains', 'expires') as a clause under it.  The instrument
then seems to be the maker, and its partner and its standing are lost.  When the root is a verb that makes
instruments (``status.signed``, ``status.announced``, ``status.negotiating``) with no auxiliary, an instrument
noun as its subject and a partner phrase ('with', 'between'), and a later clause verb with no subject of its own
and no subordinator, that clause is the sentence's verb, the instrument its subject, and the participle the
instrument's reduced relative (as the parser reads 'the memorandum signed with X' inside a sentence).  The
instrument must be dated by a year or a month between the two ('The Partnership announced with the European
Union in March provided for ...', where the tagger also calls the later past tense a participle).

The parser also hangs the participle's date on the sentence's verb ('The framework agreed with Chile in 2022
covers lithium': 'in 2022' under 'covers'), so the signing seems undated and reads as news.  A date phrase between
an instrument subject's participle and the verb of that subject is the participle's.

After a comparison ('talks on a memorandum similar to the one signed with Namibia'), the parser hangs the
participle on the instrument, not on the compared object ('the one'), so the other instrument's partner joins
this one.  A participle right after the object of a word of ``agreement.comparison_words`` on the same noun is
that object's.

A list item under a heading is a noun phrase ('The Memorandum adds to the partnerships already concluded, namely:\n
- the Lobito Corridor memorandum concluded with A, B and C; and'), but with no verb of its own the parser reads its
participle as the item's verb and the instrument as the maker.  An item whose root is a bare making verb with an
instrument subject, a partner phrase, no object and no later clause verb is the instrument's phrase.  Over syntax
and word lists.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from cmkg.nlp.components.apposed_relatives import subjectless_clause
from cmkg.nlp.components.dep_labels import AUX_DEPS
from cmkg.nlp.components.doc_text import item_start
from cmkg.nlp.components.misparses import committing_verb, instrument_head
from cmkg.nlp.rules import words as _w

__all__ = [
    "hang_compared_participles",
    "hang_item_participles",
    "hang_phrase_participles",
    "hang_participle_dates",
    "hang_recital_participles",
    "hang_root_participles",
    "hang_set_off_participles",
    "within_name",
]

_YEAR = re.compile(r"(19|20)\d\d")  # a year the model tags as a number


def hang_root_participles(sent: Span) -> None:
    """Re-hang a clause's participle of an instrument subject under that instrument (see the module docstring):
    the sentence's root, or a reported clause ('the ministry said the Agreement concluded with B remains ...')."""
    for v in [x for x in sent if x.dep_ in ("ROOT", "ccomp")]:
        _rehang(v)
    for v in [x for x in sent if x.dep_ == "csubj" and x.head.pos_ in ("VERB", "AUX")]:
        _rehang_clausal_subject(v)


def _rehang(v: Token) -> None:
    if v.tag_ not in ("VBD", "VBN") or not committing_verb(v) or not _bare_of_aux(v):
        return
    subjects = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
    if len(subjects) != 1 or not instrument_head(subjects[0]) or not _partner_phrase(v):
        return
    main = next((c for c in v.children if c.i > v.i and (_finite_main(c) or _clause_participle(c))), None)
    # only an instrument dated by a year or a month before its verb ('concluded with B in 2023 remains', 'announced
    # with B in March provided for'): with 'on Wednesday' the parser's reading (a signing told as news) is as likely
    if main is None or not any(_YEAR.fullmatch(x.text) or _month(x) for x in v.doc[v.i : main.i]):
        return
    noun = subjects[0]
    root = v.head.i == v.i
    main.head, main.dep_ = (main, "ROOT") if root else (v.head, v.dep_)
    noun.head, noun.dep_ = main, "nsubj"
    for c in [c for c in v.children if c.i > main.i]:  # the closing stop and what follows the new verb
        c.head = main
    v.head, v.dep_, v.tag_ = noun, "acl", "VBN"


def hang_item_participles(sent: Span) -> None:
    """Make a list item's instrument its root and the participle its reduced relative (module docstring)."""
    v = sent.root
    if v.tag_ not in ("VBD", "VBN") or not committing_verb(v) or not _bare_of_aux(v) or not _partner_phrase(v):
        return
    if item_start(sent[0]) is None or any(c.dep_ in ("dobj", "ccomp", "xcomp", "conj") for c in v.children):
        return
    subjects = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
    if len(subjects) != 1 or not instrument_head(subjects[0]):
        return
    noun = subjects[0]
    noun.head, noun.dep_ = noun, "ROOT"
    for c in [c for c in v.children if c.i < noun.left_edge.i or c.i > v.right_edge.i or c.is_punct]:
        c.head = noun  # the bullet mark and the closing stop belong to the item
    v.head, v.dep_, v.tag_ = noun, "acl", "VBN"


def _bare_of_aux(v: Token) -> bool:
    """No auxiliary of its own ('concluded', not 'was concluded' or 'has concluded')."""
    return not any(c.dep_ in AUX_DEPS for c in v.children)


def _rehang_clausal_subject(v: Token) -> None:
    """'the Agreement on X concluded with B in 2017 remains in force', read as a clause subject of 'remains'."""
    if v.tag_ not in ("VBD", "VBN") or not committing_verb(v) or not _bare_of_aux(v):
        return
    subjects = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
    if len(subjects) != 1 or not instrument_head(subjects[0]) or not _partner_phrase(v):
        return
    noun, main = subjects[0], v.head
    noun.head, noun.dep_ = main, "nsubj"
    v.head, v.dep_, v.tag_ = noun, "acl", "VBN"


def _clause_participle(c: Token) -> bool:
    """'... announced with B in March provided for joint work': a past form the tagger calls a participle, read
    as a clause (or, as 'provided', a preposition) with no auxiliary, subject or subordinator: the sentence's
    past-tense verb."""
    clause = c.dep_ == "ccomp" and subjectless_clause(c)
    return (clause or c.dep_ == "prep") and c.tag_ == "VBN" and c.pos_ == "VERB" and _bare(c)


def _month(x: Token) -> bool:
    return x.ent_type_ == "DATE" and x.lower_ in _w("dates.months")


def _partner_phrase(v: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in _w("agreement.party_prepositions") for c in v.children)


def _finite_main(c: Token) -> bool:
    """A later clause verb that could be the sentence's own: finite (not 'opening the way'), with no subject, no
    'to' and no subordinator ('after', 'as')."""
    tensed = any(x.dep_ == "aux" and x.tag_ in ("MD", "VBZ", "VBP") for x in c.children)
    finite = c.tag_ in ("VBZ", "VBP", "VBD") or tensed
    subordinate = any(x.dep_ == "mark" for x in c.children)
    return finite and c.pos_ in ("VERB", "AUX") and subjectless_clause(c) and not subordinate


def hang_recital_participles(sent: Span) -> None:
    """'Noting the memorandum on critical minerals concluded between A and B, and the understanding reached
    between A and C;': the parser makes the participle the root and the recital's gerund its adverbial clause.  A
    subjectless making participle right after the gerund's instrument object, with a partner phrase, is that
    instrument's reduced relative; a noun conjoined to it is a second object of the gerund."""
    v = sent.root
    if v.tag_ not in ("VBD", "VBN") or not committing_verb(v) or not _partner_phrase(v) or not _bare_of_aux(v):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return
    gerund = next((c for c in v.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < v.i), None)
    noun = next((c for c in gerund.children if c.dep_ == "dobj"), None) if gerund is not None else None
    if noun is None or noun.right_edge.i != v.i - 1 or not instrument_head(noun):
        return
    gerund.head, gerund.dep_ = gerund, "ROOT"
    conj = next((c for c in v.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None)
    for c in [c for c in v.children if c.i > v.i and c.dep_ in ("cc", "punct", "conj")]:
        joins = conj is not None and c.i <= conj.i
        c.head = noun if joins else gerund  # 'and the understanding' joins the object; the closing mark the clause
    v.head, v.dep_, v.tag_ = noun, "acl", "VBN"


def hang_phrase_participles(sent: Span) -> None:
    """'Frameworks with A and B followed in October, along with memorandums with C and D signed in Kuala Lumpur':
    the parser reads the participle as an adverbial clause of the sentence's verb and hangs the 'along with' phrase
    on it, so the states just before it seem to sign.  A subjectless making verb whose own phrase before it ends
    in an instrument noun's phrase is that instrument's reduced relative; the phrase goes back to the main verb."""
    for v in sent:
        if v.dep_ != "advcl" or v.tag_ not in ("VBD", "VBN") or not committing_verb(v) or v.head.i == v.i:
            continue
        if not _bare(v):
            continue
        phrase = next((c for c in v.children if c.dep_ == "prep" and c.i < v.i and c.right_edge.i == v.i - 1), None)
        nouns = [x for x in phrase.subtree if x.dep_ == "pobj" and instrument_head(x)] if phrase is not None else []
        if not nouns or nouns[0].right_edge.i != v.i - 1:
            continue
        phrase.head = v.head
        v.head, v.dep_, v.tag_ = nouns[0], "acl", "VBN"


def _bare(v: Token) -> bool:
    """No auxiliary, subject or subordinator of its own: a participle, not a clause."""
    return not any(c.dep_ in (*AUX_DEPS, "nsubj", "nsubjpass", "mark") for c in v.children)


def hang_set_off_participles(sent: Span) -> None:
    """'Australia is a founding partner of the MSP, launched in 2022 with the United States, Japan and Canada': the
    parser hangs the set-off participle on the main verb as an adverbial clause, or on the noun the instrument's
    phrase hangs from ('partner'), so its partners name no instrument.  A subjectless making participle right
    after a comma that closes an instrument's (or a named body's) phrase is that noun's reduced relative."""
    for v in sent:
        if v.dep_ not in ("advcl", "acl") or v.tag_ != "VBN" or not committing_verb(v) or v.i < sent.start + 2:
            continue
        if not _bare(v):
            continue
        comma, noun = v.doc[v.i - 1], v.doc[v.i - 2]
        if comma.text != "," or noun.dep_ not in ("pobj", "dobj", "attr") or noun == v.head:
            continue
        if noun not in v.head.subtree:
            continue
        if instrument_head(noun) or noun.ent_type_ == "ORG":
            v.head, v.dep_ = noun, "acl"


def hang_participle_dates(sent: Span) -> None:
    """Give a subject instrument's participle the date phrase the parser hung on the later verb (module docstring)."""
    for v in sent:
        noun = v.head
        if v.dep_ != "acl" or not committing_verb(v) or noun.dep_ != "nsubj" or not instrument_head(noun):
            continue
        verb = noun.head
        if verb.i <= v.i:
            continue
        # only the phrase right after the participle's words ('will, from 2026, cover' keeps its own)
        for c in [c for c in verb.children if c.i == v.right_edge.i + 1 < verb.i and c.dep_ in ("prep", "npadvmod")]:
            if any(_YEAR.fullmatch(x.text) for x in c.subtree):  # a year ('in 2022'), not 'on Wednesday': news
                c.head = v


def hang_compared_participles(sent: Span) -> None:
    """Give the compared object the participle or relative clause the parser hung on the instrument (see the
    module docstring)."""
    words = [c for c in sent if c.lower_ in _w("agreement.comparison_words") or _opens_comparison(c)]
    for v in sent:
        if v.dep_ not in ("acl", "relcl") or v.pos_ != "VERB":
            continue
        # the comparison on the same noun or a word of its name ('a declaration of intent similar to the one'), its
        # phrase ending right before the clause ('the one signed with B', 'the one that A has signed with B')
        start = v.i if v.dep_ == "acl" else v.left_edge.i
        for c in (c for c in words if c.i < v.i and c.right_edge.i == start - 1 and within_name(c.head, v.head)):
            compared = [x for x in c.subtree if x.dep_ == "pobj" and x.pos_ in ("NOUN", "PROPN", "PRON")]
            if compared and compared[-1].i != v.head.i and compared[-1] not in v.subtree:
                v.head = compared[-1]
            break


def _opens_comparison(c: Token) -> bool:
    """``c`` is the first word of a comparing phrase ('along' of 'along the lines of'), read word for word
    (``agreement.comparison_phrases``)."""
    for phrase in _w("agreement.comparison_phrases"):
        words = phrase.split()
        if [x.lower_ for x in c.doc[c.i : c.i + len(words)]] == words:
            return True
    return False


def within_name(x: Token, noun: Token) -> bool:
    """``x`` is ``noun`` or a word of its name's 'of' phrase ('declaration of intent', 'the Memorandum of
    Understanding signed by ...'): shared with ``onlookers.told_by_agents``."""
    while x.i != noun.i:
        if x.dep_ not in ("prep", "pobj") or x.head.i == x.i:
            return False
        x = x.head
    return True
