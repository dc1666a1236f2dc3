"""Undo a misparse of a fronted venue: "In Jakarta, Namibia's Trade Minister Zofia Wrona and Thailand's ... signed".

en_core_web_sm reads the first name after the comma as a conjunct of the place that opens the sentence, and
the clause's verb is left with no subject: the venue then joins the signatories (Jakarta, so Indonesia, a third
party) and the first signatory is lost to it. When a sentence opens with a venue preposition
(``venue.prepositions``) whose object is a place, a comma closes the phrase, a conjunct of the place follows the
comma with no coordinator before it, and the verb the phrase hangs on has no subject, that conjunct is the
verb's subject and the place a venue alone. Over syntax and entity classes only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from cmkg.nlp.components.dep_labels import ANY_SUBJECT_DEPS, SERIES_DEPS
from cmkg.nlp.rules import words as _w

__all__ = ["free_fronted_subjects", "fronted_comma"]

PLACES = frozenset({"GPE", "LOC", "FAC"})
SUBJECTS = ANY_SUBJECT_DEPS
VERB_WORDS = frozenset({"aux", "auxpass", "neg", "advmod"})  # what may stand between a subject and its verb
SERIES = SERIES_DEPS  # how the parser hangs the first name after the venue's comma


def _fronted_place(sent: Span) -> Token | None:
    """The place of the venue phrase that opens the sentence."""
    first = sent[0]
    if first.dep_ != "prep" or first.lower_ not in _w("venue.prepositions"):
        return None
    return next((c for c in first.children if c.dep_ == "pobj" and c.ent_type_ in PLACES), None)


def fronted_comma(doc: Doc, start: int, stop: int) -> int | None:
    """The index of the first comma in ``doc[start:stop]``: the comma that closes a phrase fronted on a verb,
    looked for from the phrase's first word (or from the end of its own words) up to the subject or the
    sentence end; None when there is none (shared with ``signatory_states``)."""
    return next((x.i for x in doc[start:stop] if x.text == ","), None)


def _comma_after(place: Token) -> int | None:
    """The index of the comma that closes the place's own words: the first comma after them, when it follows
    them straight away."""
    hung = {x.i for c in place.children if c.dep_ in SERIES | {"cc", "punct"} for x in c.subtree}
    nxt = max(x.i for x in place.subtree if x.i not in hung) + 1
    return nxt if fronted_comma(place.doc, nxt, place.sent.end) == nxt else None


def free_fronted_subjects(sent: Span) -> None:
    """A fronted venue's or other phrase's comma followed by the subject the parser hung on the phrase."""
    free_fronted_venue_subjects(sent)
    free_fronted_phrase_subjects(sent)
    free_swallowed_titles(sent)


def free_fronted_venue_subjects(sent: Span) -> None:
    place = _fronted_place(sent)
    if place is None:
        return
    comma = _comma_after(place)
    verb = place.head.head
    if comma is None or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECTS for c in verb.children):
        return
    moved = next((c for c in place.children if c.dep_ in SERIES and c.i > comma), None)
    if moved is None or place.doc[moved.left_edge.i - 1].tag_ == "CC" or moved.i > verb.i:
        return
    for c in [c for c in place.children if c.i > comma and c.dep_ in ("cc", "punct")]:
        c.head = moved  # "..., A and B signed": the coordinator goes with the series it closes
    moved.head, moved.dep_ = verb, "nsubj"


def free_fronted_phrase_subjects(sent: Span) -> None:
    """'This morning, in a meeting with Prime Minister X, A's Trade Minister, Y, finalised plans with B': after any
    phrase fronted before a subjectless verb, the parser hangs the name after the phrase's comma on the phrase's
    last noun as an apposition or conjunct; that name is the verb's subject."""
    verb = sent.root
    if verb.pos_ not in ("VERB", "AUX"):
        return
    if any(c.dep_ in SUBJECTS for c in verb.children):
        _join_split_subject(verb)
        return
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        moved = _hung_subject(prep, verb)
        if moved is not None:
            for c in [c for c in moved.head.children if c.i > moved.i and c.i < verb.i and c.dep_ in ("cc", "punct")]:
                c.head = moved  # "..., A and B signed": the coordinator goes with the series it closes
            moved.head, moved.dep_ = verb, "nsubj"
            return


def _join_split_subject(verb: Token) -> None:
    """'In a meeting with Prime Minister X, A's Trade Minister Y and B's Foreign Minister Z signed': the parser
    gives the verb the last conjunct as its subject and hangs the first, with the coordinator, on the fronted
    phrase; the first is the subject and the last its conjunct."""
    subject = next(c for c in verb.children if c.dep_ in SUBJECTS)
    start = subject.left_edge.i
    cc = verb.doc[start - 1] if start > 0 else None
    if cc is None or cc.dep_ != "cc":
        return
    fronted = [x for p in verb.children if p.dep_ == "prep" and p.i < start for x in p.subtree]
    first = next((x for x in fronted if x.dep_ in SERIES and x.right_edge.i == cc.i and _named_after_comma(x)), None)
    if first is None:
        return
    cc.head = first
    first.head, first.dep_ = verb, subject.dep_
    subject.head, subject.dep_ = first, "conj"


def _named_after_comma(x: Token) -> bool:
    """``x`` opens after a comma that closes a phrase it does not belong to (no coordinator before the comma, its
    head before it) and names a state or a state's official ('A's Trade Minister, Y,', 'Ghanaian Minister of
    Mines Y'; the model's tags: this runs before the entity rules retag names)."""
    doc, start = x.doc, x.left_edge.i
    if start < 2 or doc[start - 1].text != "," or doc[start - 2].tag_ == "CC" or x.head.i >= start - 1:
        return False
    states = ("GPE", "NORP")
    return x.ent_type_ == "GPE" or any(y.ent_type_ in states for y in x.subtree if y.i < x.i)


def _hung_subject(prep: Token, verb: Token) -> Token | None:
    """The first apposition or conjunct in the fronted phrase that opens after a comma and is no coordinated part
    of the phrase ('with A and B'), when it names a state or a state's official, reaches up to the verb and hangs
    on a word before its comma."""
    doc = prep.doc
    for x in sorted(prep.subtree, key=lambda y: y.i):
        if x.dep_ not in SERIES or x.head.i >= x.i or x.i > verb.i:
            continue
        start = x.left_edge.i
        if start == 0 or doc[start - 1].text != "," or doc[start - 2].tag_ == "CC":
            continue
        # up to the verb, past a comma and the verb's own auxiliaries and adverbs ('Y, has also signed')
        closes = _reaches_verb(doc, _series_end(x, verb), verb)
        # only the first name after the phrase's comma (a later one is part of a longer subject the parser split)
        return x if closes and _named_after_comma(x) else None
    return None


def _reaches_verb(doc: Doc, start: int, verb: Token) -> bool:
    """Only commas and the verb's own auxiliaries and adverbs between ``start`` and the verb ('Y, has also signed')."""
    return all(y.head == verb and y.dep_ in VERB_WORDS for y in doc[start : verb.i] if y.text != ",")


def _series_end(x: Token, verb: Token) -> int:
    """Where the words of ``x`` end: past its own subtree, and past later appositions of the same head up to the
    verb (a name the parser split off the second official: 'B's Foreign Minister Siti Aminah Rahim')."""
    end = x.right_edge.i + 1
    end -= 1 if x.doc[end - 1].text == "," else 0  # the comma the parser hung on the title: 'Minister of Y,'
    for sib in sorted((c for c in x.head.children if c.dep_ in SERIES and c.i > x.i), key=lambda c: c.i):
        opens = sib.left_edge.i - (1 if x.doc[sib.left_edge.i - 1].text == "," else 0)  # 'Minister for Y, Name'
        if opens != end or sib.i >= verb.i:
            break
        end = sib.right_edge.i + 1
    return end


def free_swallowed_titles(sent: Span) -> None:
    """'On the sidelines of a visit by President X, A's Minister of Economy, Trade and Industry, Y, has signed':
    the parser makes the title after the phrase's comma the phrase's object and hangs the name before the comma
    on it, with the state that opens the title as that name's apposition, so the verb has no subject.  The name
    before the comma is the phrase's object again and the title, with its state, the verb's subject."""
    verb = sent.root
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECTS for c in verb.children):
        return
    for prep in (p for p in sent if p.dep_ == "prep" and p.i < verb.i and verb in p.ancestors):
        title = next((o for o in prep.children if o.dep_ == "pobj" and o.i > prep.i), None)
        named = (
            next((n for n in title.children if n.dep_ in ("nmod", "compound") and n.i < title.i), None)
            if title
            else None
        )
        if named is None or named.ent_type_ != "PERSON":
            continue
        comma = fronted_comma(sent.doc, named.i + 1, title.i)
        state = next(
            (a for a in named.children if a.dep_ in SERIES and comma is not None and comma < a.i < title.i), None
        )
        if (
            state is None
            or state.ent_type_ not in ("GPE", "NORP")
            or not _reaches_verb(sent.doc, title.right_edge.i + 1, verb)
        ):
            continue
        named.head, named.dep_ = prep, "pobj"
        state.head, state.dep_ = title, "poss" if any(c.dep_ == "case" for c in state.children) else "amod"
        sent.doc[comma].head = named
        title.head, title.dep_ = verb, "nsubj"
        return
