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
from cmkg.nlp.components.name_particles import name_piece_or_particle
from cmkg.nlp.rules import words as _w

__all__ = ["free_fronted_subjects", "fronted_comma"]

PLACES = frozenset({"GPE", "LOC", "FAC"})
SUBJECTS = ANY_SUBJECT_DEPS
VERB_WORDS = frozenset({"aux", "auxpass", "neg", "advmod"})  # what may stand between a subject and its verb
SERIES = SERIES_DEPS  # how the parser hangs the first name after the venue's comma
TITLE_PIECES = frozenset({"nmod", "prep", "npadvmod"})  # how the parser hangs a subject's title on the verb


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
    free_fronted_objects(sent)
    rejoin_split_titles(sent)
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
            for sib in _series_tail(moved, verb):
                sib.head = moved  # 'A's Minister of Y, Z,': the name goes with the title that moves
            for c in [c for c in moved.head.children if c.i > moved.i and c.i < verb.i and c.dep_ in ("cc", "punct")]:
                c.head = moved  # "..., A and B signed": the coordinator goes with the series it closes
            moved.head, moved.dep_ = verb, "nsubj"
            return


def free_fronted_objects(sent: Span) -> None:
    """'In a meeting with Prime Minister Friedrich von der Heide, A's Deputy Prime Minister Y and B's Minister Z
    signed': the parser makes the fronted preposition's name the verb's subject, with the officials after the comma
    its conjuncts, and leaves the preposition with no object.  A subject that opens right after an objectless
    preposition before the verb, with a comma and then a conjunct of its own, is that preposition's object; the
    conjunct after the comma is the subject."""
    verb = sent.root
    if verb.pos_ not in ("VERB", "AUX"):
        return
    for subject in [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]:
        prep = sent.doc[subject.left_edge.i - 1] if subject.left_edge.i > sent.start else None
        if prep is None or prep.dep_ != "prep" or any(c.dep_ == "pobj" for c in prep.children):
            continue
        comma = next((c for c in subject.children if c.text == "," and c.i > subject.i), None)
        moved = next((c for c in subject.children if c.dep_ == "conj" and comma is not None and c.i > comma.i), None)
        if moved is None or not _named_after_comma(moved):
            continue
        subject.head, subject.dep_ = prep, "pobj"
        moved.head, moved.dep_ = verb, "nsubj"
        return


def rejoin_split_titles(sent: Span) -> None:
    """A title and its name the parser split between a fronted phrase and the subject.  'In a meeting with X, A's
    Deputy Prime Minister Y and B's Minister of Economy, Trade and Industry Z signed': the second title hangs on
    the fronted phrase as a conjunct, with no name, and the verb has the bare name as its subject.  'During talks
    with President X, Thai Foreign Minister Y and Norwegian Finance Minister Z concluded': the second title is the
    subject's conjunct and its name an apposition in the fronted phrase.  The name takes the title's place in
    the series and the title is the name's; the fronted phrase's repair then finds the series."""
    verb = sent.root
    if verb.pos_ not in ("VERB", "AUX"):
        return
    fronted = {x.i for p in verb.children if p.dep_ in ("prep", "npadvmod") and p.i < verb.i for x in p.subtree}
    for title in [t for t in sent if t.dep_ in SERIES and t.head.i < t.i < verb.i and t.pos_ == "PROPN"]:
        name = _name_after(title, verb)
        if name is None or name.dep_ not in SUBJECTS | SERIES:
            continue
        # only where a fronted phrase took one of the two, or the verb has a second subject: the bare name
        earlier = any(c.dep_ in SUBJECTS and c.i < title.i for c in verb.children)
        if not ({title.i, name.i} & fronted or name.dep_ in SUBJECTS and name.head == verb and earlier):
            continue
        state = _detached_state(title)
        if state is not None:  # "and [Belgium 's] Minister of ... Z": the state is the title's, the item's place too
            title.dep_ = state.dep_
            state.head, state.dep_ = title, "poss"
        if not _bare_title(title):
            continue
        name.head, name.dep_ = title.head, title.dep_
        title.head, title.dep_ = name, "nmod"
        return


def _detached_state(title: Token) -> Token | None:
    """The state of 'B's' right before the title, which the parser hung on the series instead of the title."""
    doc, start = title.doc, title.left_edge.i
    if start < 2 or doc[start - 1].dep_ != "case" or doc[start - 2].ent_type_ not in ("GPE", "NORP"):
        return None
    state = doc[start - 2]
    return state if state.head == title.head and state.dep_ in SERIES else None


def _bare_title(title: Token) -> bool:
    """A state's title with no name in it ('B's Minister of Economy, Trade and Industry', 'Norwegian Finance
    Minister')."""
    words = list(title.subtree)
    return all(y.ent_type_ != "PERSON" for y in words) and any(
        y.ent_type_ in ("GPE", "NORP") for y in words if y.i < title.i
    )


def _name_after(title: Token, verb: Token) -> Token | None:
    """The head of the run of name words right after the title, before the verb, when it hangs outside the title
    and is no linked state (the model may tag a name as a place: the entity rules run later)."""
    doc, i = title.doc, title.right_edge.i + 1
    run = []
    while i < verb.i and (name_piece_or_particle(doc[i]) or (run and doc[i].text == "-")):
        run.append(doc[i])
        i += 1
    tops = [x for x in run if x.head not in run]
    if len(tops) != 1 or tops[0] in title.subtree or title in tops[0].subtree or tops[0].ent_kb_id_:
        return None
    return tops[0]


def _join_split_subject(verb: Token) -> None:
    """'In a meeting with Prime Minister X, A's Trade Minister Y and B's Foreign Minister Z signed': the parser
    gives the verb the last conjunct as its subject and hangs the first, with the coordinator, on the fronted
    phrase; the first is the subject and the last its conjunct."""
    subject = next(c for c in verb.children if c.dep_ in SUBJECTS)
    pieces = _title_pieces(verb, subject)
    start = pieces[-1].left_edge.i if pieces else subject.left_edge.i
    cc = verb.doc[start - 1] if start > 0 else None
    if cc is None or cc.dep_ != "cc":
        return
    fronted = [x for p in verb.children if p.dep_ == "prep" and p.i < start for x in p.subtree]
    first = next((x for x in fronted if x.dep_ in SERIES and x.right_edge.i == cc.i and _named_after_comma(x)), None)
    if first is None:
        return
    title = next((x for x in pieces if x.dep_ != "prep"), None)
    for x in pieces:  # "B's Secretary of Economy Z": the title and its portfolio the parser hung on the verb
        x.head, x.dep_ = (title, x.dep_) if x.dep_ == "prep" and title is not None else (subject, "nmod")
    cc.head = first
    first.head, first.dep_ = verb, subject.dep_
    subject.head, subject.dep_ = first, "conj"


def _title_pieces(verb: Token, subject: Token) -> list[Token]:
    """The verb's own modifiers that end, one after another, right before the subject's name ('Qatar's Secretary',
    'of Economy' in "... and Qatar's Secretary of Economy Lucas dos Santos Pereira signed"), nearest first."""
    pieces, start = [], subject.left_edge.i
    while start > 0 and verb.doc[start - 1].dep_ != "cc":
        piece = next((c for c in verb.children if c.dep_ in TITLE_PIECES and c.right_edge.i == start - 1), None)
        if piece is None:
            return []
        pieces.append(piece)
        start = piece.left_edge.i
    return pieces


def _named_after_comma(x: Token) -> bool:
    """``x`` opens after a comma that closes a phrase it does not belong to (no coordinator before the comma, its
    head before it) and names a state or a state's official ('A's Trade Minister, Y,', 'Ghanaian Minister of
    Mines Y'; the model's tags: this runs before the entity rules retag names)."""
    doc, start = x.doc, x.left_edge.i
    if start < 2 or doc[start - 1].text != "," or doc[start - 2].tag_ == "CC" or x.head.i >= start - 1:
        return False
    states = ("GPE", "NORP")
    # "..., the Head of State and the President of the Republic of Rwanda, Paul Kagame, signed": a series of
    # offices names its state in its later item
    conjoined = [y for c in x.conjuncts for y in c.subtree] if x.ent_type_ != "PERSON" else []  # a title's series
    return x.ent_type_ == "GPE" or any(
        y.ent_type_ in states for y in [*x.subtree, *conjoined] if y.i < x.i or y in conjoined
    )


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
    """Where the words of ``x`` end: past its own subtree, and past the later items of its series up to the verb
    (``_series_tail``)."""
    tail = _series_tail(x, verb)
    return tail[-1].right_edge.i + 1 if tail else _own_end(x)


def _own_end(x: Token) -> int:
    end = x.right_edge.i + 1
    return end - 1 if x.doc[end - 1].text == "," else end  # the comma the parser hung on the title: 'Minister of Y,'


def _series_tail(x: Token, verb: Token) -> list[Token]:
    """The appositions after ``x`` that the parser hung on a word before it, each opening where the last ended,
    up to the verb: a name split off the second official ('B's Foreign Minister Siti Aminah Rahim'), or hung on
    the fronted phrase's own name ('by President X, A's Minister of Y, Z, has signed')."""
    end, tail = _own_end(x), []
    later = (c for c in x.sent if c.dep_ in SERIES and c.i > x.i and c.head.i < x.i and c not in x.subtree)
    for sib in sorted(later, key=lambda c: c.i):
        opens = sib.left_edge.i - (1 if x.doc[sib.left_edge.i - 1].text == "," else 0)  # 'Minister for Y, Name'
        if opens != end or sib.i >= verb.i:
            break
        end = sib.right_edge.i + 1
        tail.append(sib)
    return tail


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
