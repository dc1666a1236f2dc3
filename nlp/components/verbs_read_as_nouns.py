"""Undo a member-list verb the parser reads as a plural noun after an instrument noun.

"The Lobito Corridor partnership links Angola, Zambia and the DRC with the United States": en_core_web_sm
reads "partnership links" as one noun phrase (a compound and its plural head), makes it the sentence's root and
hangs the listed states on it as an apposition, so no clause says whom the partnership joins.  When the root
of a sentence with no verb is a plural-form word whose singular is a member-list verb
(``agreement.member_list_verbs``: links, groups, unites, connects), its compound right before it is an
instrument noun (``agreement.nouns``, ``agreement.initiative_nouns``, ``agreement.format_nouns``), and a state
hangs on it after it, the word is the verb again: the instrument its subject, the first state its object.  The
phrase needs its determiner and no colon after the word ('Corridor partnership links: A, B' is a heading).
A sentence with a verb of its own ("The rail links with Angola were cut") keeps its reading.

Round 44: "..., while Madagascar and Mozambique account for roughly 5% each": after a subordinating word the parser
reads a share verb (a form of ``production_share.activity_forms``: account, produce, mine) as a noun heading the
clause, with the states before it as its modifiers.  A noun cannot take a subordinator ('while', 'whereas'): a
clause-heading noun with one, no determiner, and a state modifying it right before it is the verb, the state its
subject.

Round 45: "Italy and Peru sign memorandum on rare earths cooperation": in a headline with no article the parser
may tag the signing verb a noun, though it heads the clause with the states as its subject and the instrument as
its object, or hang the states on it as a modifier.  A root tagged a singular noun or a plural present whose word
is a committing verb (``status.signed``, ``status.announced``), with a state before it as its subject or modifier
and an object of its own, is that verb, the state its subject.  'Korea signs supply chain partnership with X': the
parser reads the first noun of a fixed compound (``syntax.noun_compounds``) as the verb and the signing verb as its
auxiliary or subject; the signing verb heads the clause again, the noun is the compound's (restore_signing_verbs).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["restore_headline_verbs", "restore_member_verbs", "restore_signing_verbs", "restore_subordinate_share_verbs"]

_LISTED = frozenset({"appos", "npadvmod", "dobj", "dep"})  # where the parser hangs the first listed state
_STATE_TYPES = frozenset({"GPE"})


def _instrument_heads() -> frozenset[str]:
    return _w("agreement.nouns", "agreement.initiative_nouns", "agreement.format_nouns")


def _misread_member_verb(t: Token) -> tuple[Token, Token] | None:
    """(instrument, first state) when ``t`` is a member-list verb read as the plural head of its subject."""
    if t.dep_ != "ROOT" or t.tag_ != "NNS" or t.lemma_.lower() not in _w("agreement.member_list_verbs"):
        return None
    if any(x.pos_ in ("VERB", "AUX") for x in t.sent):
        return None
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if nxt is None or nxt.is_punct or not any(c.dep_ == "det" for c in t.children):
        return None  # 'Corridor partnership links: A, B': a heading over a list, not a clause
    before = t.doc[t.i - 1] if t.i > t.sent.start else None
    if before is None or before.head != t or before.dep_ != "compound":
        return None
    if before.lemma_.lower() not in _instrument_heads():
        return None
    listed = next((c for c in t.rights if c.dep_ in _LISTED and c.ent_type_ in _STATE_TYPES and c.ent_kb_id_), None)
    return (before, listed) if listed is not None else None


def restore_member_verbs(sent: Span) -> None:
    for t in sent:
        found = _misread_member_verb(t)
        if found is None:
            continue
        instrument, state = found
        t.pos_, t.tag_ = "VERB", "VBZ"
        instrument.dep_ = "nsubj"
        state.dep_ = "dobj"


_HEADLINE_SUBJECTS = frozenset({"nsubj", "nmod", "compound"})
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "conj"})  # where a clause's head hangs under the main clause
_STATE_MODIFIERS = frozenset({"amod", "compound", "nmod", "nsubj"})  # a subject: no noun has one


def restore_subordinate_share_verbs(sent: Span) -> None:
    forms = {f for v in rules().table("production_share.activity_forms").values() for f in v}
    for t in sent:
        # 'mine' may be read as the pronoun: "A and B each mine about a quarter of ..."
        if t.tag_ not in ("NN", "NNS", "PRP") or t.dep_ not in _CLAUSE_DEPS | {"ROOT"} or t.lower_ not in forms:
            continue
        if _parsed_clause(t):  # 'said the country mines about 43% of ...': a subject and a counted object
            t.pos_, t.tag_ = "VERB", "VBZ" if t.tag_ == "NNS" else "VBP"
            continue
        if (
            t.dep_ == "ROOT"
            or not any(c.dep_ == "mark" for c in t.children)
            or any(c.dep_ == "det" for c in t.children)
        ):
            continue
        states = [c for c in t.children if c.dep_ in _STATE_MODIFIERS and c.i < t.i and c.ent_type_ in _STATE_TYPES]
        if not states or t.i - states[-1].right_edge.i != 1:
            continue
        t.pos_, t.tag_ = "VERB", "VBP" if t.tag_ == "NN" else "VBZ"
        states[0].dep_ = "nsubj"  # 'Madagascar and Mozambique account': the first conjunct heads the subject


def _parsed_clause(t: Token) -> bool:
    """The parser gave the noun a clause's subject and an object with a number: it is the clause's verb.  So it
    is with a distributive word the parser took for its determiner ('Guinea and Australia each mine about a
    quarter of ...'; ``production_share.distributive_determiners``), the share a fraction word."""
    subject = any(c.dep_ == "nsubj" and c.i < t.i for c in t.children)
    dets = [c for c in t.children if c.dep_ == "det"]
    spread = bool(dets) and all(c.lower_ in _w("production_share.distributive_determiners") for c in dets)
    fractions = {k.split()[-1].split("-")[-1] for k in rules().table("production_share.fractions")}  # 'quarter'
    amount = lambda x: x.like_num or (spread and x.lower_ in fractions)  # noqa: E731
    slots = ("dobj", "npadvmod") if spread else ("dobj",)
    counted = any(c.dep_ in slots and c.i > t.i and any(map(amount, c.subtree)) for c in t.children)
    return subject and counted and (spread or not dets)


def restore_headline_verbs(sent: Span) -> None:
    root = sent.root
    verb = root
    if root.lower_ not in _w("status.signed", "status.announced"):
        # 'Serbia and Sweden sign memorandum on X': the verb read as a modifier of the instrument, the root
        verb = next((c for c in root.children if c.i == root.i - 1 and c.dep_ in ("compound", "nsubj")), root)
        if verb.i == root.i or verb.lower_ not in _w("status.signed", "status.announced"):
            return
    states = [c for c in verb.children if c.dep_ in _HEADLINE_SUBJECTS and c.i < verb.i and c.ent_type_ in _STATE_TYPES]
    if verb.tag_ not in ("NN", "VBP") or not states:
        return
    if verb.i != root.i:
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "dobj"
        root.pos_, root.tag_ = ("NOUN", "NN") if root.pos_ == "VERB" else (root.pos_, root.tag_)
    if any(c.dep_ == "dobj" for c in verb.children):
        verb.pos_, verb.tag_ = "VERB", "VBP"
        states[0].dep_ = "nsubj"  # 'Chile and Finland sign ...': the parser's modifier is the subject


def restore_signing_verbs(sent: Span) -> None:
    compounds = rules().table("syntax.noun_compounds")
    for x in sent:
        nxt = x.doc[x.i + 1] if x.i + 1 < sent.end else None
        if nxt is None or x.pos_ != "VERB" or nxt.lower_ not in compounds.get(x.lower_, ()) or x.i == sent.start:
            continue
        verb = x.doc[x.i - 1]
        objects = [o for o in x.children if o.dep_ == "dobj"]
        committing = _w("status.signed", "status.announced")
        signing = verb.lemma_.lower() in committing or verb.lower_.removesuffix("s") in committing  # 'signs' as aux
        if not signing or verb.head.i != x.i or not objects:
            continue
        for c in [c for c in x.children if c.i < verb.i]:
            c.head = verb  # the subject the parser gave the noun
        verb.head, verb.dep_, verb.pos_, verb.tag_ = x.head if x.head.i != x.i else verb, x.dep_, "VERB", "VBZ"
        verb.lemma_ = verb.lemma_ if verb.lemma_.lower() in committing else verb.lower_.removesuffix("s")
        objects[0].head, objects[0].dep_ = verb, "dobj"
        x.head, x.dep_, x.pos_, x.tag_ = objects[0], "compound", "NOUN", "NN"
        if verb.dep_ == "ROOT":
            verb.head = verb
