"""Rejoin a series of states that a parenthetical after one of its items cut in two.

Real pages annotate an item of a partner list in brackets: 'arrangements with Japan (the Critical Minerals
Partnership of October 2022), the Republic of Korea, India and the United Kingdom', 'with Kenya (in 2021),
Ghana and Norway', 'with A (a framework on cobalt), B (an MOU on lithium) and C'.  The small parser closes
the series at the bracket and hangs the rest on the verb (an object, an adverbial), so every rule that walks
the first item's conjuncts loses it.  This repair runs after the entity linker with the other insertion
repairs: when a state is followed by a bracketed stretch, then a comma and/or a coordinator, then another
state that continues a series (a comma, a coordinator, another bracket or the sentence's end after it, or a
coordinator before it), the second state becomes a conjunct of the first.  Over entity classes and
punctuation only; a state after the bracket that a verb follows ('Japan (2022), the United States said') is
no item, and the bracketed material keeps the parse it had.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

__all__ = ["in_series_note", "rejoin_parenthetical_series"]

STATES = frozenset({"GPE", "ORG"})
OPEN, CLOSE = frozenset({"(", "["}), frozenset({")", "]"})
MAX_INSIDE = 20  # tokens in the brackets; a longer stretch is a sentence of its own
COORDINATORS = frozenset({"and", "or"})
DETERMINERS = frozenset({"the"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _state(t: Token) -> bool:
    """A linked state or the EU (the entity linker gives every state it knows a code)."""
    return t.ent_type_ in STATES and bool(t.ent_kb_id_)


def _entity(t: Token) -> Span | None:
    return next((e for e in t.doc.ents if e.start <= t.i < e.end), None)


def _closing(sent: Span, i: int) -> int | None:
    """The bracket that closes the one opened at ``i``, within the sentence and with no bracket between."""
    for k in range(i + 1, min(sent.end, i + MAX_INSIDE + 2)):
        if sent.doc[k].text in OPEN:
            return None
        if sent.doc[k].text in CLOSE:
            return k if k > i + 1 else None
    return None


def _next_item(doc: Doc, k: int, end: int) -> tuple[Token | None, Token | None]:
    """After the bracket: ', B', ', and B', 'and B' (a determiner allowed); the item's first token and the
    coordinator, if any."""
    cc = None
    if k < end and doc[k].text == ",":
        k += 1
    if k < end and doc[k].lower_ in COORDINATORS:
        cc, k = doc[k], k + 1
    if k < end and doc[k].lower_ in DETERMINERS:
        k += 1
    return (doc[k], cc) if k < end and k > 0 and doc[k - 1].text not in CLOSE else (None, cc)


def _continues(item: Span, cc: Token | None, sent: Span) -> bool:
    """The state is an item of a series: a coordinator before it, or a comma, coordinator, bracket or the end
    after it."""
    if cc is not None:
        return True
    after = item.end
    return after >= sent.end or sent.doc[after].text in {",", ".", ";"} | OPEN or sent.doc[after].lower_ in COORDINATORS


def _own_clause(moved: Token, item: Span) -> Token | None:
    """The verb the item is the subject of, when it is a verb of its own ('..., and C has signed one with D',
    '..., E said'); the item itself when the verb is in the bracket after it, which the parser made a clause
    ('Rwanda (renewed last year) and ...'); None when the item is no subject."""
    if moved.dep_ not in SUBJECTS:
        return None
    after = item.end
    bracketed = after < len(item.doc) and item.doc[after].text in OPEN
    close = _closing(item.sent, after) if bracketed else None
    return moved.head if close is None or not after < moved.head.i < close else moved


def _before(doc: Doc, anchor: Span, sent: Span) -> Span | None:
    """The state before the anchor in its series ('with A, B (note) and C': A before B), if the parser left the
    anchor out of it."""
    k = anchor.start - 1
    if k > sent.start and doc[k].text == "," or (k > sent.start and doc[k].lower_ in COORDINATORS):
        k -= 1
    prev = _entity(doc[k]) if k >= sent.start and doc[k].text != "," and _state(doc[k]) else None
    if prev is None or prev.end != k + 1 or k + 1 == anchor.start:
        return None
    return prev


def _join(target: Token, moved: Token, cc: Token | None) -> bool:
    if moved in target.conjuncts or target in moved.subtree or moved == target:
        return False
    moved.head, moved.dep_ = target, "conj"
    if cc is not None:
        cc.head, cc.dep_ = target, "cc"
    return True


def rejoin_parenthetical_series(doc: Doc) -> Doc:
    for sent in doc.sents:
        for t in sent:
            if t.text not in OPEN or t.i == sent.start or not _state(doc[t.i - 1]):
                continue
            close = _closing(sent, t.i)
            anchor = _entity(doc[t.i - 1])
            nxt, cc = _next_item(doc, close + 1, sent.end) if close is not None else (None, None)
            item = _entity(nxt) if nxt is not None and _state(nxt) else None
            if anchor is None or item is None or not _continues(item, cc, sent):
                continue
            prev = _before(doc, anchor, sent)
            if prev is not None and anchor.root.dep_ not in SUBJECTS:  # 'with A, B (note) and C': B joins A
                _join(prev.root, anchor.root, None)
            own = _own_clause(item.root, item)
            if own is not None and own.i != item.root.i:  # 'B (2021), and C has signed one with D': C's clause
                continue
            verb = item.root.head if own is not None else None
            if _join(anchor.root, item.root, cc) and verb is not None:
                verb.head, verb.dep_ = item.root, "acl"  # the bracketed participle describes the item
    return doc


def _opening(t: Token) -> Token | None:
    """The bracket ``t`` sits in, when its closing bracket follows ``t`` in the same sentence."""
    sent = t.sent
    for k in range(t.i - 1, max(sent.start, t.i - MAX_INSIDE - 1) - 1, -1):
        if t.doc[k].text in CLOSE:
            return None
        if t.doc[k].text in OPEN:
            close = _closing(sent, k)
            return t.doc[k] if close is not None and close > t.i else None
    return None


def in_series_note(t: Token) -> bool:
    """The word is in a verbless bracketed note on one item of a series of states ('with Japan (the Critical
    Minerals Partnership of October 2022), Korea and India'): the note names that item's instrument, whose set
    the series gives; read alone it is half a set (the owner, or the item) or a set of the wrong states."""
    bracket = _opening(t)
    if bracket is None or bracket.i == bracket.sent.start or not _state(t.doc[bracket.i - 1]):
        return False
    anchor = _entity(t.doc[bracket.i - 1])
    close = _closing(bracket.sent, bracket.i)
    inside = t.doc[bracket.i + 1 : close] if close is not None else []
    return anchor is not None and len(anchor.root.conjuncts) > 0 and not any(x.pos_ in ("VERB", "AUX") for x in inside)
