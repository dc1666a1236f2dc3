"""Party phrases set off by commas that the parser hangs on the wrong word.

1. A party phrase set off after 'and,' that opens the second of two coordinated clauses.

"India joined the Minerals Security Partnership in June 2023 and, together with Australia, Japan and the United
States, launched the Quad Critical Minerals Initiative": the small parser hangs the set-off 'with' phrase on the
first verb ('joined'), so the partners of the second clause's instrument join the first clause's too. The phrase
sits between the 'and,' that opens the second clause and that clause's verb, with only its closing comma before
the verb: it belongs to the second verb.

2. "Canada is a founding member, with the United States, of the Minerals Security Partnership": the parser hangs
the membership phrase after the closing comma on the companion ('States'); it is the member noun's
(``agreement.membership_nouns``, ``agreement.membership_prepositions``), so the companion is a fellow member.

3. "complement the frameworks A signed with B and the memoranda concluded with C": the parser makes the second
instrument ('memoranda', which it tags singular) the subject of its participle, a conjunct of the main verb;
:func:`coordinated_object` finds the first instrument it is coordinated with (``misparses`` rehangs it there).

4. "made the export of samarium and yttrium, and of magnets containing them, subject to a licence": the parser
makes the repeated preposition after ', and' a conjunct of the verb; it is the conjunct of the same preposition
on the verb's object before it, so the goods of both phrases are the one measure's.

5. "signed an Agreement on Reciprocal Trade and a memorandum on critical minerals with the US": the parser hangs a
'with' phrase that closes coordinated instruments on the last of them; :func:`shared_partners` gives it to each
earlier instrument that has no partner phrase of its own ('a framework with A and a memorandum with B' keep theirs).

6. "noted the Memorandum signed by A, B and C, and the strategic partnerships concluded by D with E": the parser
makes the second instrument the last conjunct of the first one's list of signatories; :func:`join_listed_instruments`
coordinates it with the first instrument again.

Over syntax and word lists only (``agreement.party_prepositions``, ``agreement.accompaniment_words``,
``agreement.nouns``, ``agreement.mou_forms``, ``agreement.plural_forms``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from cmkg.nlp.components.syntax import live_children
from cmkg.nlp.rules import words as _w

__all__ = [
    "coordinated_object",
    "hang_membership_after_companions",
    "hang_second_clause_phrases",
    "join_listed_instruments",
    "join_coordinated_participle",
    "join_repeated_prepositions",
    "repair_set_off_phrases",
    "shared_partners",
]


def _phrase_top(prep: Token) -> Token:
    """The set-off phrase's top word: a companion word the parser made its head ('along' over 'with'), else the
    preposition."""
    head = prep.head
    companion = head.i == prep.i - 1 and head.lower_ in _w("agreement.accompaniment_words")
    return head if companion else prep


def _second_verb(top: Token) -> Token | None:
    """The verb right after the phrase's closing comma, when the phrase opens after 'and,' and that verb is a
    conjunct of a verb before the phrase (the parser may hang the phrase and the 'and' on the first verb's object)."""
    doc = top.doc
    start, end = top.left_edge.i, top.right_edge.i
    if start < 2 or doc[start - 1].text != "," or doc[start - 2].dep_ != "cc":
        return None
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    verb = doc[end + 2]
    # the parser may read the second clause as the first verb's complement ('ccomp')
    joined = verb.dep_ in ("conj", "ccomp") and verb.head.i < start and verb.head.pos_ in ("VERB", "AUX")
    return verb if joined and verb.pos_ in ("VERB", "AUX") and top.head.i < start else None


def _second_clause(verb: Token, cc: Token) -> None:
    """The verb after 'and,' is the first verb's conjunct; an object of the first verb the parser made its subject
    ('concluded [a framework] with B and, along with C, signed') goes back to the first verb."""
    first = verb.head
    for s in [c for c in live_children(verb) if c.dep_ == "nsubj" and c.i < cc.i and first.i < c.i]:
        s.head, s.dep_ = first, "dobj"
    verb.dep_ = "conj"


def hang_second_clause_phrases(sent: Span) -> None:
    """'A joined X and, together with B, launched Y': the 'with B' phrase is the second verb's."""
    for prep in [t for t in sent if t.dep_ == "prep" and t.lower_ in _w("agreement.party_prepositions")]:
        top = _phrase_top(prep)
        verb = _second_verb(top)
        if verb is not None and not any(c.dep_ == "prep" and c.lower_ == prep.lower_ for c in live_children(verb)):
            _second_clause(verb, top.doc[top.left_edge.i - 2])
            top.head = verb


def hang_membership_after_companions(sent: Span) -> None:
    """'a founding member, with B, of the Z': the 'of the Z' phrase after the closing comma is the member noun's."""
    doc = sent.doc
    for prep in [t for t in sent if t.dep_ == "prep" and t.lower_ in _w("agreement.party_prepositions")]:
        top = _phrase_top(prep)
        member, start = top.head, top.left_edge.i
        if member.lower_ not in _w("agreement.membership_nouns") or member.i != start - 2 or doc[start - 1].text != ",":
            continue
        # the closing comma inside the phrase's subtree, the membership phrase the parser hung under it right after
        close = next((k for k in range(start + 1, top.right_edge.i) if doc[k].text == ","), None)
        of = doc[close + 1] if close is not None else None
        membership = of is not None and of.dep_ == "prep" and of.lower_ in _w("agreement.membership_prepositions")
        if membership and start <= of.head.i < close:
            of.head = member


def _instrument(x: Token) -> bool:
    """An agreement noun, also in a form the tagger reads as a singular of its own ('memoranda', 'MoUs')."""
    nouns = _w("agreement.nouns", "agreement.mou_forms", "agreement.plural_forms")
    return x.pos_ in ("NOUN", "PROPN") and (x.lemma_.lower() in nouns or x.lower_ in nouns)


def _earlier_instrument(head: Token, cc: Token) -> Token | None:
    """The verb's instrument before the 'and': its object, or the object of its phrase ('builds on [the X]')."""
    objects = [o for o in live_children(head) if o.dep_ == "dobj"]
    objects += [o for p in live_children(head) if p.dep_ == "prep" for o in live_children(p) if o.dep_ == "pobj"]
    return next((o for o in objects if o.i < cc.i and _instrument(o)), None)


def coordinated_object(v: Token, subjects: list[Token]) -> tuple[Token, Token] | None:
    """'complement the frameworks A signed with B and the memoranda concluded with C and D': the parser makes the
    second instrument the subject of its participle, a conjunct of the main verb; it is the conjunct of the
    verb's instrument before the 'and' (hung on the verb or on that instrument). That instrument and the 'and'."""
    if v.dep_ != "conj" or len(subjects) != 1 or not _instrument(subjects[0]):
        return None
    s, head = subjects[0], v.head
    cc = s.doc[s.left_edge.i - 1] if s.left_edge.i > 0 else None
    if cc is None or cc.dep_ != "cc" or max(x.i for x in s.subtree) != v.i - 1:
        return None
    obj = _earlier_instrument(head, cc)
    return (obj, cc) if obj is not None and cc.head in (head, obj) else None


def join_coordinated_participle(v: Token, subjects: list[Token], hand_over: Callable[[Token, Token], None]) -> bool:
    """Rehang 'the memoranda concluded with C' under the first instrument (its conjunct, the participle its
    relative; ``hand_over`` moves the verbs coordinated after the participle to the main verb); False when the
    construction is not there."""
    coordinated = coordinated_object(v, subjects)
    if coordinated is None:
        return False
    obj, cc = coordinated
    hand_over(v, v.head)
    subjects[0].head, subjects[0].dep_, cc.head = obj, "conj", obj
    v.head, v.dep_, v.tag_ = subjects[0], "acl", "VBN"
    return True


def join_repeated_prepositions(sent: Span) -> None:
    """', and of Y,' hung on the verb: the conjunct of the earlier 'of X' on the verb's object (4 above)."""
    for p in [t for t in sent if t.dep_ == "conj" and t.pos_ == "ADP" and t.head.pos_ in ("VERB", "AUX")]:
        cc = p.doc[p.i - 1]
        if cc.dep_ != "cc" or cc.head != p.head:
            continue
        earlier = [q for q in p.head.subtree if q.i < cc.i and q.dep_ == "prep" and q.lower_ == p.lower_]
        first = next((q for q in earlier if q.head.pos_ in ("NOUN", "PROPN") and q.head.head == p.head), None)
        if first is not None:
            p.head, cc.head = first, first


def repair_set_off_phrases(sent: Span) -> None:
    """The set-off phrase repairs (1, 2, 4 and 6 of the module docstring)."""
    hang_second_clause_phrases(sent)
    hang_membership_after_companions(sent)
    join_repeated_prepositions(sent)
    join_listed_instruments(sent)


def _instrument_word(x: Token) -> bool:
    nouns = _w("agreement.nouns", "agreement.mou_forms")
    word = x.lower_
    return x.pos_ in ("NOUN", "PROPN") and (
        x.lemma_.lower() in nouns or word.removesuffix("s") in nouns or word in _w("agreement.plural_forms")
    )


def join_listed_instruments(sent: Span) -> None:
    """'noted the Memorandum signed by A, B and C, and the strategic partnerships concluded by D with E': an
    instrument with its own determiner and clause that the parser made the last conjunct of a list of states is
    coordinated with the instrument before that list."""
    for x in sent:
        if x.dep_ != "conj" or x.head.ent_type_ not in ("GPE", "NORP") or not _instrument_word(x):
            continue
        if not any(c.dep_ == "det" for c in x.children) or not any(c.dep_ in ("acl", "relcl") for c in x.children):
            continue
        top = x.head
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        earlier = [y for y in sent if y.i < top.i and _instrument_word(y)]
        if earlier:
            x.head = earlier[-1]


def shared_partners(
    t: Token, words: frozenset[str], partners: Callable[[Token], list[str]], sided: Callable[[Token], bool]
) -> list[str]:
    """The 'with' partners of the last instrument coordinated after ``t`` (lemmas in ``words``), read by
    ``partners``, when no instrument of the run before it names sides of its own: a partner phrase, a clause
    ('signed by A and B'), or what ``sided`` finds ('the Indonesia-Korea agreement')."""
    later = [u for u in t.conjuncts if u.i > t.i and u.lemma_.lower() in words]
    named = any(c.dep_ in ("compound", "amod") and c.text[:1].isupper() for c in t.children)
    if not later or named or t.lemma_.lower() not in words:
        return []  # 'the Paris Agreement and a memorandum with C': a named instrument has sides of its own
    last = later[-1]
    if not any(p.dep_ == "prep" and p.lower_ in _w("agreement.with_prepositions") for p in last.subtree):
        return []  # 'and the memorandum between C and D': that pair's own instrument
    run = [u for u in (t, *t.conjuncts) if u.i < last.i]
    own_clause = any(x.dep_ in ("acl", "relcl") for u in run for x in u.children)
    if own_clause or any(partners(u) or sided(u) for u in run):
        return []  # 'a framework with A and a memorandum with B': each has its own
    return partners(last)
