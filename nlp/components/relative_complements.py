"""Undo a misparse of an instrument's object relative clause read as a complement of the main verb ('Exports
resumed under the truce that China and the United States agreed in November') or hung on an earlier noun ('are
suspended for a year under the truce that China and the United States agreed': on 'year').

en_core_web_sm hangs the clause on the main verb as its complement ('agreed' a ccomp of 'resumed') or on a noun
before the instrument, and keeps the relative 'that' as the clause verb's object, so the instrument has no
relative clause and its makers are lost.  A complement or relative clause whose verb makes instruments
(``status.signed``, ``status.announced``) and has as its object a relative pronoun (``agreement.relative_pronouns``)
right after an agreement noun nearer than its head is that noun's relative clause: a true complement ('said that
China agreed') has 'that' as its marker, not its object.  A contact relative clause hung on the instrument itself
as a complement ('the frameworks the United States signed with A') is its relative clause too.  Over syntax and
word lists.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.party_phrases import agreement_words, lemma, making_words
from cmkg.nlp.rules import words as _w

__all__ = [
    "hang_topic_contact_relatives",
    "hang_topic_object_relatives",
    "hang_complement_relatives",
    "hang_contact_complements",
    "hang_state_contact_relatives",
    "hang_object_contact_relatives",
    "raise_verbs_after_contact_relatives",
    "raise_verbs_after_fronted_objects",
]

STATES = frozenset({"GPE"})  # a state read as an apposition
PARTY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})  # a clause on one of these is about a party, not a topic
FINITE = frozenset({"VBZ", "VBD", "VBP"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def hang_complement_relatives(sent: Span) -> None:
    """Re-hang each complement clause that is an instrument's object relative clause (see the module docstring)."""
    relatives, making = _w("agreement.relative_pronouns"), making_words()
    for v in sent:
        if v.dep_ not in ("ccomp", "relcl") or lemma(v) not in making:
            continue
        rel = next((c for c in v.children if c.dep_ == "dobj" and c.lower_ in relatives and c.i < v.i), None)
        rel = rel or _marked_gap(v, relatives)
        if rel is None or rel.i == sent.start:
            continue
        noun = _instrument_before(sent.doc[rel.i - 1])
        if noun is None or (v.dep_ == "relcl" and noun.i <= v.head.i):
            continue  # a relative clause moves only to a nearer instrument than the noun it hangs on
        v.head, v.dep_ = noun, "relcl"
        rel.dep_ = "dobj"


def hang_contact_complements(sent: Span) -> None:
    """'the critical minerals frameworks the United States signed in October with Australia': a contact relative
    clause (no 'that') the parser hung on the instrument noun as a complement ('signed' a ccomp of 'frameworks').
    A noun takes no such complement; a making verb with a subject of its own and no object or marker, right after
    the instrument's phrase, is its relative clause."""
    making = making_words()
    for v in sent:
        noun = v.head
        if v.dep_ != "ccomp" or lemma(v) not in making or noun.i > v.i or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if _instrument_before(noun) is not noun:
            continue
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < v.i]
        if not subjects or any(c.dep_ in ("dobj", "mark") for c in v.children):
            continue
        v.dep_ = "relcl"


def hang_state_contact_relatives(sent: Span) -> None:
    """'The critical minerals deal Peru signed with Japan in 2023 remains in force': the parser reads the state as
    the instrument's apposition and the verb as the instrument's participle; a making participle right after a
    state apposed to the instrument is its relative clause, the state its subject."""
    making = making_words()
    for v in sent:
        if v.dep_ != "acl" or v.tag_ not in ("VBD", "VBN") or lemma(v) not in making:
            continue
        if v.head.ent_type_ in STATES and v.head.left_edge.i > sent.start:
            # 'The lithium deal Chile signed with Korea expired': the participle hung on the state itself
            state, noun = v.head, sent.doc[v.head.left_edge.i - 1]
        else:
            noun = v.head
            state = next((c for c in noun.children if c.dep_ == "appos" and c.right_edge.i == v.i - 1), None)
        if state is None or _instrument_before(noun) != noun or state.ent_type_ not in STATES:
            continue
        if state.left_edge.i != noun.i + 1 or noun.i > v.i or v in noun.ancestors:
            continue
        v.head, v.dep_ = noun, "relcl"
        state.head, state.dep_ = v, "nsubj"


def hang_object_contact_relatives(sent: Span) -> None:
    """'The Reserve complements the framework Australia and the United States signed on 20 October': the parser
    reads the instrument after the main verb as the subject of a clause whose states are its apposition; a making
    verb whose subject is that instrument, with the states right between them, is the instrument's contact
    relative, the states its subject and the instrument the main verb's object."""
    for v in sent:
        if v.tag_ != "VBD" or lemma(v) not in making_words() or v.dep_ not in ("ccomp", "conj"):
            continue
        noun = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if noun is None or _instrument_before(noun) != noun or not (v.head.i < noun.i < v.i):
            continue
        state = next((c for c in noun.children if c.dep_ == "appos" and c.right_edge.i == v.i - 1), None)
        if state is None or state.ent_type_ not in STATES or state.left_edge.i != noun.i + 1:
            continue
        main = v.head
        v.head, v.dep_ = noun, "relcl"
        state.head, state.dep_ = v, "nsubj"
        noun.head, noun.dep_ = main, "dobj"


def hang_topic_contact_relatives(sent: Span) -> None:
    """'the memorandum on mining cooperation Accra signed with Riyadh': the parser reads the topic's words as the
    state's compounds and the verb as a clause under 'on'.  A making verb under a preposition of an instrument,
    whose subject is a state carrying common-noun compounds, is the instrument's contact relative; the compounds
    are the preposition's object again.  The parser may instead make the state the preposition's object and the
    verb a participle right after it ('the memorandum on mining Accra signed with Riyadh'): the same reading."""
    for v in sent:
        if v.tag_ not in ("VBD", "VBN") or lemma(v) not in making_words() or v.dep_ not in ("pcomp", "acl"):
            continue
        if v.dep_ == "pcomp":
            prep, state = v.head, next((c for c in v.children if c.dep_ == "nsubj"), None)
        else:  # 'signed' right after the topic's state, hung on the instrument or on the state
            state = v.doc[v.i - 1]
            prep = state.head if state.dep_ == "pobj" and v.head.i in (state.i, state.head.head.i) else None
            if prep is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
                continue
        noun = prep.head
        if state is None or state.ent_type_ not in STATES or _instrument_before(noun) is not noun:
            continue
        topic = next((c for c in state.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < state.i), None)
        if topic is None or topic.i != prep.i + 1 + sum(1 for x in topic.subtree if x.i < topic.i):
            continue  # the topic's words fill the phrase from the preposition on
        topic.head, topic.dep_ = prep, "pobj"
        state.head, state.dep_ = v, "nsubj"
        v.head, v.dep_ = noun, "relcl"


def hang_topic_object_relatives(sent: Span) -> None:
    """'the memorandum of understanding on critical minerals that the Government is negotiating with the EU': the
    parser hangs the relative clause on the topic's last noun.  A clause whose relative word is the object of a
    verb that makes or negotiates instruments is the instrument's: minerals are not negotiated or signed."""
    verbs = making_words() | _w("status.negotiating")
    for rc in sent:
        if rc.dep_ != "relcl" or lemma(rc) not in verbs or rc.head.ent_type_ in PARTY_LABELS:
            continue
        if not any(x.dep_ == "dobj" and x.lower_ in _w("agreement.relative_pronouns") for x in rc.children):
            continue
        noun = _instrument_before(rc.head)
        # 'like the one that the US has signed with Japan': 'one' stands for an instrument of its own
        own = lemma(rc.head) in agreement_words() or rc.head.lower_ in _w("agreement.anaphors")
        if noun is not None and noun.i != rc.head.i and not own:
            rc.head = noun


def raise_verbs_after_contact_relatives(sent: Span) -> None:
    """'The cobalt deal Zambia signed with Japan expired last year': the parser makes the instrument the root and
    both verbs its relative clauses.  A relative clause with no subject of its own cannot follow a contact relative
    (one with a subject and no 'that') on the same noun; a finite verb there is the sentence's main verb and the
    instrument its subject."""
    noun = sent.root
    if noun.pos_ not in ("NOUN", "PROPN") or _instrument_before(noun) is not noun:
        return
    relatives = [c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i]
    contact = next((v for v in relatives if lemma(v) in making_words() and _own_subject_first(v)), None)
    if contact is None:
        return
    main = next((v for v in relatives if v.i > contact.right_edge.i and _subjectless_finite(v)), None)
    main = main or next((v for v in contact.children if _bare_clause_verb(v)), None)
    if main is None:
        return
    for c in list(noun.children):
        if c.dep_ == "punct" and c.i > main.i:
            c.head = main  # the closing stop
    main.head, main.dep_ = main, "ROOT"
    noun.head, noun.dep_ = main, "nsubj"


def raise_verbs_after_fronted_objects(sent: Span) -> None:
    """'The vanadium memorandum Zambia agreed with Mozambique in 2021 lapsed in March': the parser makes the contact
    relative's verb the root, the instrument its fronted object and the real verb its adverbial clause.  A making
    root whose object opens the sentence before its subject, with a bare past verb after it, is the instrument's
    relative clause; that verb is the sentence's."""
    v = sent.root
    if v.pos_ != "VERB" or lemma(v) not in making_words():
        return
    noun = next((c for c in v.children if c.dep_ == "dobj" and c.i < v.i), None)
    subject = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
    if noun is None or subject is None or noun.i > subject.i or _instrument_before(noun) is not noun:
        return
    main = next((c for c in v.children if _bare_clause_verb(c)), None)
    if main is None:
        return
    for c in list(v.children):
        if c.dep_ == "punct" and c.i > main.i:
            c.head = main
    main.head, main.dep_ = main, "ROOT"
    noun.head, noun.dep_ = main, "nsubj"
    v.head, v.dep_ = noun, "relcl"


def _own_subject_first(v: Token) -> bool:
    first = min((c for c in v.children), key=lambda c: c.i, default=None)
    relative = first is not None and first.lower_ in _w("agreement.relative_pronouns")  # 'which' is no contact
    return first is not None and first.i < v.i and first.dep_ == "nsubj" and not relative


def _bare_clause_verb(v: Token) -> bool:
    """'The memorandum Kenya agreed with India in 2021 lapsed in March', 'lapsed' hung on 'agreed' as an adverbial
    clause: a past verb with no subject, marker, auxiliary or comma before it can only be the main verb."""
    doc = v.doc
    bare = not any(c.dep_ in (*SUBJECTS, "mark", "aux", "auxpass") for c in v.children)
    clause = v.dep_ in ("advcl", "xcomp") and v.tag_ in ("VBD", "VBN") and v.i > v.head.i
    return clause and bare and doc[v.i - 1].dep_ != "punct"


def _subjectless_finite(v: Token) -> bool:
    return v.tag_ in FINITE and v.pos_ in ("VERB", "AUX") and not any(c.dep_ in SUBJECTS for c in v.children)


def _marked_gap(v: Token, relatives: frozenset[str]) -> Token | None:
    """'We recall the memoranda on manganese that A and B concluded with C': 'that' read as the marker of a
    complement whose making verb has no object of its own (the instrument before it is the object it lacks)."""
    mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ in relatives and c.i < v.i), None)
    own_object = any(c.dep_ in ("dobj", "attr") for c in v.children)
    return mark if mark is not None and not own_object and v.dep_ == "ccomp" else None


def _instrument_before(x: Token) -> Token | None:
    """The agreement noun right before the relative word, or the one whose phrase ends there ('the memoranda on
    manganese that ...': the noun a preposition's object hangs from)."""
    nouns = agreement_words() | _w("agreement.mou_forms", "agreement.plural_forms")  # 'memoranda' keeps its plural
    for y in (x, *x.ancestors):
        if y.pos_ in ("NOUN", "PROPN") and lemma(y) in nouns:
            return y
        before = y.doc[y.i - 1] if y.i > y.sent.start else y
        if y.dep_ == "prep" and before.head == y.head and before.dep_ == "dobj" and lemma(before) in nouns:
            return before  # the parser hung the instrument's own 'on' phrase on the verb beside its object
        # 'on tungsten' read as a gerund; 'of Critical Minerals and Rare Earths, which A signed': a topic's conjunct
        if y.dep_ not in ("pobj", "pcomp", "prep", "compound", "amod", "conj"):
            return None
    return None
