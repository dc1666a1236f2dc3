"""A subject the parser hung on the auxiliary instead of its verb.

"Exports of gallium to the United States are in principle not permitted", "Shipments of tin are in practice banned":
with a phrase between the auxiliary and the participle, the small parser makes the auxiliary the subject's head and
the phrase its modifier, and leaves the participle with no subject; every rule that reads a verb's subject (the
exports a ban is on, the state that signs) then misses it. The subject, and the phrases between it and the
participle, move to the participle; a passive auxiliary makes the subject passive. A subject the parser gave the
participle from a line label before a colon ('Announcement of 7 August: exports of X are in principle not
permitted') is no subject. The parser may also make 'are' the clause's root and the participle its adverbial clause:
the participle then takes the root's place and 'are' becomes its passive auxiliary. Only a subjectless participle
after its own 'be' is mended, with nothing but adverbs and phrases between them: the tree keeps every other shape it
had.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.dep_labels import ANY_SUBJECT_DEPS
from cmkg.nlp.components.syntax import live_children
from cmkg.nlp.rules import words as _w

__all__ = ["hang_auxiliary_subjects", "raise_root_participles"]

AUXILIARIES = frozenset({"aux", "auxpass"})
LABEL_MARK = ":"  # the colon after a line label
VERB_POS = frozenset({"VERB"})
LOOSE_PARTICIPLE_DEPS = frozenset({"advcl", "acomp", "xcomp", "dep"})  # where the parser hangs the participle
PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})  # 'are, since April, banned': the participle tagged a past tense
BETWEEN_DEPS = frozenset({"advmod", "prep", "neg", "punct", "npadvmod"})  # 'in principle', 'not', 'for now'


def hang_auxiliary_subjects(sent: Span) -> None:
    """Move each subject hung on an auxiliary, and what lies between the auxiliary and its verb, to the verb."""
    for aux in sent:
        verb = aux.head
        if aux.dep_ not in AUXILIARIES or verb.pos_ not in VERB_POS or verb.i <= aux.i:
            continue
        subjects = [c for c in live_children(aux) if c.dep_ in ANY_SUBJECT_DEPS and c.i < aux.i]
        if not subjects:
            continue
        own = [c for c in live_children(verb) if c.dep_ in ANY_SUBJECT_DEPS]
        if own and not _labels(own, subjects[0]):
            continue
        for c in own:  # 'Announcement of 7 August: exports of X are in principle not permitted': a label
            c.dep_ = "dep"
        for c in subjects:
            c.head = verb
            c.dep_ = "nsubjpass" if aux.dep_ == "auxpass" and c.dep_ == "nsubj" else c.dep_
        for c in live_children(aux):
            if aux.i < c.i < verb.i:
                c.head = verb  # "in principle": the verb's adverbial, not the auxiliary's


def _labels(own: list[Token], subject: Token) -> bool:
    """The verb's own subjects all stand before a colon that opens the auxiliary's subject: a line's label."""
    doc = subject.doc
    colons = [x.i for x in doc[min(c.i for c in own) : subject.left_edge.i] if x.text == LABEL_MARK]
    return bool(colons) and all(max(y.i for y in c.subtree) <= colons[-1] for c in own)


def raise_root_participles(sent: Span) -> None:
    """'Exports of X are in principle not permitted' parsed with 'are' as the root: 'permitted' heads the clause."""
    for be in sent:
        if be.lemma_ not in _w("syntax.copulas") or be.pos_ != "AUX":
            continue
        subjects = [c for c in live_children(be) if c.dep_ in ANY_SUBJECT_DEPS and c.i < be.i]
        part = next((c for c in live_children(be) if c.i > be.i and c.dep_ in LOOSE_PARTICIPLE_DEPS), None)
        if (
            not subjects
            or part is None
            or part.tag_ not in PARTICIPLE_TAGS
            or any(c.dep_ in ANY_SUBJECT_DEPS for c in live_children(part))
        ):
            continue
        between = [c for c in live_children(be) if be.i < c.i < part.i]
        if any(c.dep_ not in BETWEEN_DEPS for c in between):
            continue  # 'are the rules adopted in May': a complement, not an inserted phrase
        part.head, part.dep_ = (part, "ROOT") if be.head == be else (be.head, be.dep_)
        for c in live_children(be):
            if c != part:
                c.head = part
        for c in subjects:
            c.dep_ = "nsubjpass" if c.dep_ == "nsubj" else c.dep_
        be.head, be.dep_ = part, "auxpass"
