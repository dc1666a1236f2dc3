"""Undo two misparses of a committing verb's partners that cut its object or its partners off the verb.

1. Partners before the object: "A signed with B and C memoranda of understanding on lithium", "concluded with
   the Government of B a deal".  With no comma to close the party phrase (``misparses.return_fronted_objects``
   takes the one set off by commas), en_core_web_sm reads the instrument as the last partner's conjunct or as
   the head its name is a compound of ('Saudi Arabia partnerships'), so the verb has no object and the last
   partner is lost.  The instrument phrase (an agreement noun with its own determiners and modifiers, none in
   a name or a possessive) becomes the verb's object again, and the partner it swallowed takes its place.
3. Partners after an instrument in an 'of' phrase: "reaffirmed the importance of their respective Mutual Defense
   Treaties with the United States".  The parser hangs the 'with' phrase on the noun that governs the 'of' phrase
   ('importance', 'completion'); right after the instrument's phrase it is the instrument's own partner phrase.
4. Partners read as the main verb's subject: "The framework agreement we signed in Kabul with Pakistan and
   Afghanistan covers the study".  After a relative clause on the sentence's subject, the parser leaves the
   clause's 'with' empty and makes the state after it a second subject of the main verb; a state right after an
   empty party preposition of a committing clause, on a verb that already has the instrument as its subject, is
   that preposition's object.
2. Partners after a passive agent: "Accords were agreed by A with B and C".  The parser hangs the 'with'
   phrase on the agent state, so the partners are read as A's company, not as the instrument's other sides;
   on a state (a GPE entity, or a collective of ``agreement.collective_states``: 'the memorandum signed by the two
   countries with C') in the agent of a committing passive or participle the phrase belongs to the verb.

Both are over syntax, entity classes and word lists only (``agreement.party_prepositions``,
``agreement.nouns``, ``agreement.compound_heads``, ``agreement.of_heads``, ``agreement.mou_forms``,
``agreement.government_nouns``, ``status.signed``, ``status.announced``), and move tokens only when the verb has
no object of its own and a state stands between the preposition and the instrument.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.party_phrases import making_words
from cmkg.nlp.components.syntax import live_children
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = [
    "objects_after_partners",
    "partners_after_agent",
    "partners_after_of_instrument",
    "repair_partner_objects",
    "stranded_partners",
]

MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "nmod", "advmod"})
STATES = frozenset({"GPE", "NORP"})


def _committing(v: Token) -> bool:
    """A signing or agreeing verb, or one that signs with its own preposition ('entered into')."""
    lem = v.lemma_.lower()
    signing = lem in making_words() or lem in rules().table("status.signing_prepositions")
    return v.pos_ in ("VERB", "AUX") and signing


def _instrument(x: Token, misread: bool = False) -> bool:
    """An agreement noun ('accords', 'memoranda', 'an MoU'), one with its compound ('action plans') or its 'of'
    phrase ('letters of intent'); with ``misread``, also a plural the tagger took for a verb ('frameworks')."""
    noun = x.pos_ in ("NOUN", "PROPN") or misread and x.tag_ == "VBZ"
    if not noun or x.ent_type_ in STATES:
        return False
    lem = x.lemma_.lower()
    forms = _w("agreement.nouns", "agreement.mou_forms", "agreement.plural_forms")
    if lem in _w("agreement.nouns") or x.lower_ in forms:
        return True
    if x.lower_.removesuffix("s") in _w("agreement.nouns") or x.lower_.removesuffix("ies") + "y" in _w(
        "agreement.nouns"
    ):
        return True  # 'Treaties', which the small model leaves unlemmatised as a name's head
    compounds = rules().table("agreement.compound_heads").get(lem, ())
    if any(c.dep_ in ("compound", "amod") and c.lower_ in compounds for c in live_children(x)):
        return True
    tails = rules().table("agreement.of_heads").get(lem, ())
    of = _w("syntax.of_prepositions")
    return any(p.lower_ in of and any(o.lower_ in tails for o in live_children(p)) for p in live_children(x))


def _phrase_start(x: Token, floor: int) -> int:
    """Where the instrument phrase ending in ``x`` begins: its own determiners and modifiers, not a name, a
    possessive or a government noun ('with Kenya's government a deal'), and not past ``floor``."""
    doc, i = x.doc, x.i
    while i - 1 > floor:
        t = doc[i - 1]
        if t.ent_type_ or t.tag_ == "POS" or t.is_punct or t.dep_ not in MODIFIERS:
            break
        if t.lemma_.lower() in _w("agreement.government_nouns") or t.pos_ == "PROPN":
            break
        i -= 1
    return i


def _verb_of(prep: Token) -> Token | None:
    """The committing verb a party phrase hangs on, right after it ('signed with', 'signed together with',
    'entered into with')."""
    v = prep.head
    if not _committing(v) or prep.i <= v.i:
        return None
    between = v.doc[v.i + 1 : prep.i]
    own = rules().table("status.signing_prepositions").get(v.lemma_.lower(), ())
    # "entered into with B a deal": the verb's own preposition, stranded before the partners, may come between
    stranded = [t for t in between if t.lower_ in own and not any(o.dep_ == "pobj" for o in live_children(t))]
    if any(t.dep_ not in ("advmod", "prt") and t not in stranded for t in between):
        return None
    return v


def _under(x: Token, v: Token) -> bool:
    """``x`` hangs below ``v`` with no other verb between (a misread plural noun may be the one 'verb')."""
    for a in x.ancestors:
        if a.i == v.i:
            return True
        if a.pos_ in ("VERB", "AUX"):
            return False
    return False


def _swallowed(prep: Token, v: Token) -> Token | None:
    """The instrument the parser hung inside the party phrase or beside it (as a clause of the verb, 'reached
    with A and with B memoranda'), with a state named before it: the first agreement noun after the partners."""
    last = _right_partner(prep)
    for x in v.doc[prep.i + 1 : v.sent.end]:
        if x.is_punct and x.text != "," or x.pos_ in ("VERB", "AUX") and not _instrument(x, misread=True):
            return None  # the clause goes on past the party phrase
        if x.i <= last or not _instrument(x, misread=True) or not _under(x, v) or _inside_name(x):
            continue
        if x.dep_ == "pobj" and x.head.lower_ in _w("syntax.of_prepositions") and x.head.head.i > last:
            return None  # the 'of' phrase of a noun after the partners ('memoranda of understanding')
        named = any(t.ent_type_ in STATES | {"ORG"} for t in v.doc[prep.i + 1 : x.i])
        return x if named and _adjoins(last, x, prep.i) else None
    return None


def _inside_name(x: Token) -> bool:
    """A word of a longer name that goes on past it ('the Minerals Security Partnership Finance Network', one
    entity): the name's head is its last word, not this agreement noun."""
    nxt = x.doc[x.i + 1] if x.i + 1 < len(x.doc) else None
    return bool(x.ent_type_) and nxt is not None and nxt.ent_iob_ == "I" and x.ent_type_ not in STATES


def _adjoins(last: int, x: Token, floor: int) -> bool:
    """The instrument phrase starts right after the partners: only a possessive and a government noun ('with
    B's government a deal') may come between the last name and it, never a phrase of the partner's own ('with
    the Kingdom and B in May 2025 during the visit ..., as well as the Kingdom's partnerships')."""
    between = x.doc[last + 1 : _phrase_start(x, floor)]
    gov = _w("agreement.government_nouns")
    return all(t.tag_ == "POS" or t.lemma_.lower() in gov for t in between)


def _right_partner(prep: Token) -> int:
    """The last token of a state's name after the preposition, up to the first agreement noun."""
    last = prep.i
    for t in prep.doc[prep.i + 1 : prep.sent.end]:
        if _instrument(t, misread=True) or t.is_punct and t.text != ",":
            break
        if t.ent_type_ in STATES | {"ORG"}:
            last = t.i
    return last


def objects_after_partners(sent: Span) -> None:
    """'signed with B and C memoranda on X': the instrument after the partners is the verb's object again."""
    for prep in [t for t in sent if t.dep_ == "prep" and t.lower_ in _w("agreement.party_prepositions")]:
        v = _verb_of(prep)
        if v is None or any(c.dep_ in ("dobj", "nsubjpass") for c in live_children(v)):
            continue
        x = _swallowed(prep, v)
        if x is None:
            continue
        start = _phrase_start(x, prep.i)
        old_head, old_dep = x.head, x.dep_
        inside = range(start, x.i + 1)
        cut = [t for t in sent if prep.i < t.i < start and t.head.i in inside]
        x.head, x.dep_ = v, "dobj"
        if x.pos_ == "VERB":  # 'frameworks' read as a verb: a plural noun
            x.pos_, x.tag_ = "NOUN", "NNS"
        for t in x.doc[start : x.i]:
            if t.head.i not in inside:
                t.head = x
        if cut:
            last = cut[-1]
            last.head, last.dep_ = (v, "prep") if last.tag_ == "IN" else (old_head, old_dep)
            if last.tag_ != "IN" and not any(o.dep_ == "pobj" for o in live_children(prep)):
                last.head, last.dep_ = prep, "pobj"  # 'with [A and B] frameworks': the phrase lost its object
            for t in cut[:-1]:
                t.head = last


def partners_after_agent(sent: Span) -> None:
    """'Accords were agreed by A with B and C', 'the memorandum signed by the two countries with C': a party phrase
    on the agent (a state, or a collective of states) belongs to the passive verb or participle."""
    collective = _w("agreement.collective_states")
    for prep in [t for t in sent if t.dep_ == "prep" and t.lower_ in _w("agreement.party_prepositions")]:
        state = prep.head
        by = state.head
        states = state.ent_type_ in STATES or state.lower_ in collective
        if state.dep_ != "pobj" or not states or by.dep_ != "agent":
            continue
        v = by.head
        participle = v.dep_ == "acl" and v.tag_ == "VBN"  # 'the memorandum negotiated by the two countries with C'
        negotiated = participle and v.lemma_.lower() in _w("status.negotiating")
        if (_committing(v) or negotiated) and (participle or any(c.dep_ == "auxpass" for c in live_children(v))):
            prep.head = v


def partners_after_of_instrument(sent: Span) -> None:
    """'the importance of their respective treaties with the United States': a party phrase the parser hung on
    the noun governing an 'of' phrase belongs to the instrument that phrase ends with, right before it."""
    of = _w("syntax.of_prepositions")
    for prep in [t for t in sent if t.dep_ == "prep" and t.lower_ in _w("agreement.party_prepositions")]:
        noun = prep.head
        if noun.pos_ not in ("NOUN", "PROPN") or _instrument(noun) or prep.i == 0:
            continue
        before = sent.doc[prep.i - 1]
        ofs = [o for p in live_children(noun) if p.lower_ in of and p.i < prep.i for o in live_children(p)]
        own = next((o for o in ofs if o.dep_ == "pobj" and o.right_edge.i == before.i and _instrument(o)), None)
        states = [o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ in STATES]  # not 'with his counterpart'
        if own is not None and states:
            prep.head = own


def stranded_partners(sent: Span) -> None:
    """'The agreement we signed with Pakistan and Afghanistan covers ...': the state after an empty 'with' of a
    committing clause on the subject is that 'with' phrase's object, not a second subject of the main verb."""
    for prep in [t for t in sent if t.dep_ == "prep" and t.lower_ in _w("agreement.party_prepositions")]:
        clause = prep.head
        if list(prep.children) or prep.i + 1 >= sent.end or not _committing(clause) or clause.dep_ not in _CLAUSES:
            continue
        state, verb = sent.doc[prep.i + 1], clause.head.head
        while state.dep_ in ("compound", "det") and state.head.i > state.i:
            state = state.head  # 'with South Korea', 'with the United States': the name's head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if state.ent_type_ in STATES and state.dep_ == "nsubj" and state.head == verb and clause.head in subjects:
            state.head, state.dep_ = prep, "pobj"


_CLAUSES = frozenset({"relcl", "acl"})  # a clause on the instrument noun


def repair_partner_objects(sent: Span) -> None:
    stranded_partners(sent)
    partners_after_agent(sent)
    objects_after_partners(sent)
    partners_after_of_instrument(sent)
