"""Roles in a sentence that decide who is a party: non-party roles and coordinated states.

"signed ... with US officials as witnesses", "with Qatar as mediator": an 'as' role phrase
marks the 'with' phrase it follows as no party's.  "Peru, represented by its Minister ...,
and Egypt, represented by ..., signed": states coordinated in a subject phrase, however the
parser attached the later ones.  Word lists: ``agreement.role_prepositions``,
``agreement.nonparty_roles``, ``agreement.party_prepositions``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.rules import words as _w

__all__ = ["coordinated_states", "in_nonparty_role", "takes_nonparty_role"]


def _is_role(x: Token) -> bool:
    """An 'as' phrase whose every role is no party's: not 'as host and co-signatory', 'as host and as a signatory'."""
    if x.lower_ not in _w("agreement.role_prepositions"):
        return False
    named = [y for p in (x, *x.conjuncts) for o in p.children if o.dep_ == "pobj" for y in (o, *o.conjuncts)]
    return bool(named) and all(y.lemma_.lower() in _w("agreement.nonparty_roles") for y in named)


def takes_nonparty_role(verb: Token) -> bool:
    """'will take part in the Working Group as an observer', 'joined the talks as a guest': the verb's own 'as'
    role phrase says its subject is no party."""
    return any(c.dep_ == "prep" and _is_role(c) for c in verb.children)


def _role_follows(prep: Token) -> bool:
    """An 'as' role phrase on this phrase's object or right after its last word: 'with X as witness'."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    if any(_is_role(c) for o in objs for x in (o, *o.conjuncts) for c in x.children if c.dep_ == "prep"):
        return True
    k = prep.right_edge.i + 1
    k += 1 if k < prep.sent.end and prep.doc[k].is_punct else 0
    return k < prep.sent.end and _is_role(prep.doc[k])


def in_nonparty_role(prep: Token) -> bool:
    """'signed ... with US officials as witnesses', 'with Qatar as mediator': a role that is not a party's.

    The role is that of the innermost 'with' phrase it follows ("a truce with Chad with Qatar as
    mediator": Qatar's, not Chad's), wherever the parser hung the 'as' phrase.
    """
    inner = [
        p for p in prep.subtree if p.i != prep.i and p.dep_ == "prep" and p.lower_ in _w("agreement.party_prepositions")
    ]
    return (_role_follows(prep) and not any(_role_follows(p) for p in inner)) or _looking_on(prep) or _private(prep)


def _private(prep: Token) -> bool:
    """'talks with Chile's lithium producers', 'an MoU with Peru's mining industry': a state's firms or trade, named
    by a common noun (``agreement.company_words``, ``officials.private_actor_nouns``), are no state partner."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    words = _w("agreement.company_words", "officials.private_actor_nouns")
    named = [(o, " ".join([*(c.lower_ for c in o.children if c.dep_ == "compound"), o.lemma_.lower()])) for o in objs]
    kinds = [o.lemma_.lower() in words or name in words for o, name in named]  # 'trading houses'
    return bool(objs) and all(kinds) and all(o.pos_ == "NOUN" and not o.conjuncts for o in objs)


def _looking_on(prep: Token) -> bool:
    """'signed ... with Secretary of State X looking on': a 'with' phrase whose object is the subject of an
    onlooker's participle (``agreement.onlooking_verbs``) names a witness, not a partner."""
    clauses = [c for c in prep.children if c.dep_ in ("pcomp", "advcl") and c.tag_ == "VBG"]
    clauses += [c for o in prep.children if o.dep_ == "pobj" for c in o.children if c.dep_ == "acl" and c.tag_ == "VBG"]
    return any(c.lemma_.lower() in _w("agreement.onlooking_verbs") and _intransitive(c) for c in clauses)


def _intransitive(v: Token) -> bool:
    """'looking on', 'watching': no object or complement ('looking to diversify supply' is an aim, no onlooker)."""
    objects = ("dobj", "xcomp", "ccomp", "pobj")
    return not any(
        c.dep_ in objects or (c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children)) for c in v.children
    )


def _through_party_phrase(x: Token, top: Token) -> bool:
    """``x`` sits in a 'with' / 'including' phrase under ``top``: a partner, not a coordinated subject."""
    cur = x
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.lower_ in _w("agreement.party_prepositions"):
            return True
        cur = cur.head
    return False


def coordinated_states(subj: list[Token]) -> list[str]:
    """States coordinated anywhere in the subject phrase, however the parser attached the later ones."""
    out: list[str] = []
    for s in subj:
        for x in s.subtree:
            code = x.ent_kb_id_ if x.ent_type_ == "GPE" and x.dep_ in ("nsubj", "nsubjpass", "conj") else None
            if code and code not in out and not _through_party_phrase(x, s) and not _behind_collective(x, s):
                out.append(code)
    return out


def _behind_collective(x: Token, top: Token) -> bool:
    """``x`` names whom a collective stands for ('[official] and the leaders of A, B and C'): the collective
    is the coordinated subject, so the official beside it still speaks for a state of their own."""
    collective = _w("syntax.government_heads", "agreement.collective_people")
    cur = x
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ == "prep" and cur.lower_ in _w("syntax.of_prepositions") and cur.head.lower_ in collective:
            return True
        cur = cur.head
    return False
