"""Signing acts the verb lemma alone does not show.

A signature is often told without the verb 'sign': officials 'put their signatures
to' a text, 'exchange letters of intent' or 'the signed copies of' a memorandum, a
minister 'witnessed the signing of' a plan between two states.  The status rules
read a verb chain; these helpers let that chain see such phrases as a signing, and
let a same-day time phrase ('earlier in the day', 'earlier today') keep a signing
news instead of background.  Word lists: ``status.signing_phrases`` (verb lemma ->
object lemmas that make it a signing), ``status.signing_event_nouns`` ('the
signing of'), ``status.same_day_nouns`` and ``status.same_day_determiners``. ``intention_noun`` finds the
noun ('plans to sign', 'interest in exploring') under which a signing verb is only intended
(``status.intention_nouns``).
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.parties import lemma
from cmkg.nlp.components.syntax import clause_head, verb_chain
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = [
    "committed_within",
    "intention_noun",
    "issued_itself",
    "lapsing",
    "named_completion",
    "same_day",
    "signing_event",
    "signing_phrase",
]


def signing_phrase(verb: Token, own: Token | None = None) -> bool:
    """'put their signatures to', 'exchanged letters of intent', 'exchanged the signed copies of'.

    The verb's object (or the agreement noun itself, when it is that object) is one of the words the
    verb's table entry lists; a 'signed' participle on the object counts as well ('the signed copies')."""
    if _prepositional_signing(verb, own):
        return True
    objects = rules().table("status.signing_phrases").get(lemma(verb))
    if not objects:
        return False
    direct = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if own is not None and own.head.i == verb.i:
        direct.append(own)
    for o in direct:
        if lemma(o) in objects:
            return True
        if any(a.dep_ in ("amod", "compound") and lemma(a) in _w("status.signed") for a in o.children):
            return True
    return False


def _prepositional_signing(verb: Token, own: Token | None) -> bool:
    """'entered into a memorandum with B', 'an accord was entered into by A and B': a verb that signs only with
    its own preposition (``status.signing_prepositions``: verb lemma -> prepositions).  The instrument is that
    preposition's object or, with the preposition stranded, the passive subject; the sentence's own instrument
    counts where the parser hangs it elsewhere ('entered into with B and C agreements')."""
    marks = rules().table("status.signing_prepositions").get(lemma(verb))
    if not marks or own is None:
        return False
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in marks]
    if any(own.head.i == p.i for p in preps):
        return True
    stranded = [p for p in preps if not any(o.dep_ == "pobj" for o in p.children)]
    return bool(stranded) and (own.head.i == verb.i or any(own.i > p.i for p in stranded))


def signing_event(t: Token) -> bool:
    """'witnessed the signing of a plan between X and Y': the agreement is the object of a signing noun."""
    of = t.head if t.dep_ == "pobj" else None
    return (
        of is not None
        and of.lower_ in _w("syntax.of_prepositions")
        and lemma(of.head) in _w("status.signing_event_nouns")
    )


def same_day(verb: Token) -> bool:
    """'earlier in the day', 'earlier today', 'earlier this morning': the article's own day, not background."""
    for c in verb.children:
        if c.dep_ in ("npadvmod", "advmod", "pobj") and c.lower_ in _w("status.same_day_nouns"):
            return True
        if c.dep_ == "npadvmod" and lemma(c) in _w("status.same_day_nouns"):
            return any(d.lower_ in _w("status.same_day_determiners") for d in c.children)
        if c.dep_ == "prep":
            for o in c.children:
                if o.dep_ == "pobj" and lemma(o) in _w("status.same_day_nouns"):
                    return True
    return False


def lapsing(verb: Token) -> bool:
    """'expired', 'terminated', 'withdrew from': a verb of the chain ends the agreement (``status.lapsed``)."""
    return any(lemma(x) in _w("status.lapsed") for x in verb_chain(verb))


def lapses_under(verb: Token, own: Token | None) -> bool:
    """'suspended the rules for a year under its trade truce with B': a lapsing verb that has its own object ends
    that object; the agreement in one of its adjunct phrases is the instrument it acts under, still in force.
    'withdrew from the agreement' (no object of its own) and 'suspended the agreement' still end it."""
    x = own
    for _ in range(3):  # "for a year under its truce": the phrase may hang on another adjunct's noun
        if x is None or x.dep_ != "pobj" or x.head.dep_ != "prep":
            return False
        x = x.head.head
        if x.i == verb.i:
            return any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
    return False


def intention_noun(x: Token) -> Token | None:
    """The intention noun an infinitive ``x`` completes: 'the intention of X to negotiate', 'plans to sign'.

    The parser hangs the infinitive on the noun (acl, xcomp) or, beside it, on the verb whose object
    the noun is (advcl).  A bare participle is no infinitive: 'the joint action plan signed in 2022' names a signed
    instrument, not a plan to sign ('plans signed off by cabinet to conclude a pact' still carries its infinitive).
    """
    infinitive = any(c.tag_ == "TO" or any(g.tag_ == "TO" for g in c.children) for c in x.children)
    if x.tag_ in ("VBN", "VBD") and not infinitive:
        return None
    noun = x.head.head if x.dep_ == "pcomp" and x.head.dep_ == "prep" else x.head  # "with a view to concluding"
    if x.dep_ == "advcl":
        noun = next((o for o in x.head.children if o.dep_ == "dobj" and o.i < x.i), noun)
    if (
        x.dep_ in ("acl", "xcomp", "advcl", "pcomp")
        and noun.lower_ in _w("status.intention_nouns")
        and noun.pos_ in ("NOUN", "PROPN")
    ):
        return noun
    return None


def named_completion(talks: Token) -> Token | None:
    """'announced the conclusion of negotiations on X', 'welcomed the completion of talks on X': the end of the
    talks named as the object of an acknowledging verb (``status.acknowledging_verbs``) is the completion
    itself; the noun (``status.completion_nouns``) is returned, None when the talks are no such noun's object."""
    if talks.dep_ != "pobj" or talks.head.lower_ not in _w("syntax.of_prepositions"):
        return None
    end = talks.head.head
    if lemma(end) not in _w("status.completion_nouns") or end.dep_ != "dobj":
        return None
    return end if lemma(end.head) in _w("status.acknowledging_verbs") else None


def issued_itself(t: Token) -> bool:
    """'the joint statement issued with B, in which ...': an instrument that is itself what is issued
    (``agreement.issuing_verbs``) is announced; 'issued guidelines for its partnership with C' puts out something
    else.  Whether a statement is an instrument at all is ``committed_within``'s question."""
    issuing = _w("agreement.issuing_verbs")
    if t.dep_ in ("dobj", "nsubjpass") and lemma(t.head) in issuing:
        return True
    return any(x.dep_ == "acl" and lemma(x) in issuing for x in t.children)


def committed_within(t: Token) -> bool:
    """'the joint statement ..., in which the two Governments reaffirmed their support and agreed to share
    experience': a clause the text frames ('in which', 'under which') whose verb commits its makers
    (``status.announced``, ``status.signed``) makes the text an instrument, as a committing verb on it would."""
    committing = _w("status.announced", "status.signed")
    # '... issued with B on 6 May, in which ...': the parser may hang the clause on the date after the instrument
    own = clause_head(t).i
    dated = [x for x in t.sent if x.dep_ == "relcl" and x.head.ent_type_ == "DATE" and x.head.i > t.i]
    dated = [x for x in dated if clause_head(x.head).i == own]  # a date of the instrument's own clause
    for rc in [x for x in t.children if x.dep_ == "relcl"] + dated:
        framed = any(
            p.dep_ == "prep" and any(o.lower_ in _w("agreement.relative_pronouns") for o in p.children)
            for p in rc.children
        )
        if framed and any(lemma(v) in committing for v in (rc, *rc.conjuncts)):
            return True
    return False
