"""Undo a misparse of a reported clause's subject as a second subject of the reporting verb.

"Lerato Dlamini, an analyst, said China's licensing of graphite exports, in force since 1 December, had pushed
buyers elsewhere": when an inserted phrase separates the reported clause's subject from its verb, the small parser
hangs that subject on 'said' (which then has two) and leaves the clause's verb with none, so the measure has no
verb and its country's owner is read from the reporter.  A subject that comes after its verb, beside another
subject of the same verb before it, followed by a clause complement of that verb with no subject of its own, is
that complement's subject.  When the parser made the reported clause the root and 'said' its parataxis, 'said' is
the root again and the clause its complement.

And "Argentina and Japan, whose bilateral investment treaty has been in force since 2019, are negotiating a
memorandum": the parser makes the 'whose' clause's verb the root, with both subjects, and the real verb its
conjunct.  A subject opened by a possessive relative pronoun, after a comma that follows another subject of the
same verb, is a relative clause on that earlier subject; the verb's conjunct after it is the sentence's verb.
Over syntax only.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.dep_labels import ANY_SUBJECT_DEPS
from cmkg.nlp.components.misparses import has_subject

__all__ = ["hang_objects_read_as_appositions", "hang_set_off_subjects", "hang_stranded_subjects"]

REPORTED = frozenset({"ccomp"})
DESCRIBED = frozenset({"nsubj", "npadvmod", "dep"})  # how the parser hangs the subject a 'whose' clause describes
SET_OFF_SUBJECT_DEPS = frozenset({"npadvmod", "nmod", "dep"})  # how it hangs a name set off before its verb
NAMES = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def hang_stranded_subjects(sent: Span) -> None:
    """Re-hang each second subject that stands after its verb on the subjectless clause after it."""
    for v in sent:
        subjects = [c for c in v.children if c.dep_ in ANY_SUBJECT_DEPS]
        if _possessive_relative(v, subjects):
            continue
        if len(subjects) < 2 or not any(s.i < v.i for s in subjects):
            continue
        for s in [s for s in subjects if s.i > v.i]:
            clause = _subjectless_clause(v, s.right_edge.i)
            if clause is not None:
                s.head = clause


def _possessive_relative(v: Token, subjects: list[Token]) -> bool:
    """Re-hang a 'whose' clause read as the root beside the subject it describes (module docstring)."""
    second = next((x for x in subjects if any(c.dep_ == "poss" and c.tag_ == "WP$" for c in x.children)), None)
    if v.dep_ != "ROOT" or second is None:
        return False
    # the described subject: another subject of the verb, or a noun the parser hung on it as an adverbial
    first = next((c for c in v.children if c.dep_ in DESCRIBED and c.i < second.i and c.pos_ == "PROPN"), None)
    comma = v.doc[second.left_edge.i - 1] if second.left_edge.i > 0 else None
    main = next((c for c in v.children if c.dep_ == "conj" and c.i > v.i and c.pos_ in ("VERB", "AUX")), None)
    if first is None or comma is None or comma.text != "," or main is None or first.right_edge.i > comma.i:
        return False
    main.head, main.dep_ = main, "ROOT"
    for c in [c for c in v.children if c.i > main.i or c.is_punct and c.i == v.sent.end - 1]:
        c.head = main  # the full stop and the words after the real verb
    first.head, first.dep_ = main, "nsubj"
    v.head, v.dep_ = first, "relcl"
    return True


def _subjectless_clause(v: Token, after: int) -> Token | None:
    """The clause complement of ``v`` after the index with no subject of its own; or the root ``v`` was hung on
    as a parataxis, which becomes ``v``'s complement."""
    bare = [c for c in v.children if c.dep_ in REPORTED and c.i > after and not has_subject(c)]
    if bare:
        return bare[0]
    head = v.head
    if v.dep_ != "parataxis" or head.i <= after or head.dep_ != "ROOT" or has_subject(head):
        return None
    v.head, v.dep_ = v, "ROOT"
    for c in [c for c in head.children if c.i < v.i or c.is_punct and c.i == head.sent.end - 1]:
        c.head = v  # the words before the reporter and the full stop go with the new root
    head.head, head.dep_ = v, "ccomp"
    return head


def hang_set_off_subjects(sent: Span) -> None:
    """'Azerbaijan, for its part, signed with the United States a memorandum': when a comma-set phrase separates a
    name at the sentence's start from its verb, the parser may hang the name on the verb as an adverbial noun and
    leave the verb with no subject, or make the name the root and the verb a relative clause on it.  The name,
    followed by a comma, before a phrase that closes with a comma right before that subjectless verb, is its
    subject."""
    root = sent.root
    first = next((t for t in sent if not t.is_space), sent[0])  # a paragraph break may open the sentence
    verb = next((c for c in root.children if c.dep_ == "relcl" and c.pos_ == "VERB"), None)
    verb = verb if verb is not None and sent.doc[verb.i - 1].text == "," and not has_subject(verb) else None
    if root.ent_type_ in NAMES and verb is not None and first in (root, *root.lefts):
        verb.head, verb.dep_ = verb, "ROOT"  # "Mexico, for its part, signed ...": 'signed' read as a clause on it
        root.head, root.dep_ = verb, "npadvmod"
        root = verb
    if root.pos_ != "VERB" or has_subject(root) or root.i < first.i + 3 or sent.doc[root.i - 1].text != ",":
        return
    name = first if first.head == root else first.head
    if name.head != root or name.dep_ not in SET_OFF_SUBJECT_DEPS or name.ent_type_ not in NAMES:
        return
    last = max(x.i for x in name.subtree if not x.is_punct)  # the name's own comma may hang on it
    if last + 1 < root.i - 1 and sent.doc[last + 1].text == ",":
        name.dep_ = "nsubj"


def hang_objects_read_as_appositions(sent: Span) -> None:
    """'Saudi Arabia, for its part, signed with South Africa a memorandum': after a fronted partner phrase the parser
    may hang the object on the subject as its apposition, past the verb; a noun after the verb cannot describe the
    subject before it, so it is the verb's object when the verb has none."""
    for x in sent:
        subject = x.head
        verb = subject.head
        if x.dep_ != "appos" or subject.dep_ not in ("nsubj", "csubj") or not subject.i < verb.i < x.i:
            continue  # a passive verb takes no object ('The memorandum was signed by X, Mr. Y')
        between = sent.doc[verb.i + 1 : x.left_edge.i]  # "account for a share: the DRC for 74%, ...": a list
        if (
            verb.pos_ == "VERB"
            and not any(c.dep_ == "dobj" for c in verb.children)
            and not any(t.is_punct for t in between)
        ):
            x.head, x.dep_ = verb, "dobj"
