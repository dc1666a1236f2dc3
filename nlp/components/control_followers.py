"""Export controls told by ellipsis: a clause that only says someone or something 'followed' the measure before.

'Zimbabwe banned exports of unprocessed lithium in 2022. Namibia followed in 2023': a state that follows takes the
last measure's goods, status and kind as a measure of its own; 'Licences for gallium and germanium took effect in
August 2023. Graphite followed in December 2023': goods that follow join the last measure's owner.  The clause
says nothing else: no object but a word for the example set ('followed suit'), or the state followed; no 'with'
phrase ('followed with tariffs of its own' is another step, which the trigger loop reads if it is a measure); no
negation, modal or controlling verb ('Namibia may follow', 'is expected to follow': no measure yet).  The measure
followed is the one filed just before, in the same sentence or the sentence right before; with none there, or a
subject that names neither a state nor goods ('A second measure followed', 'Talks followed'), the verb gives
nothing.  Word lists: ``export_control.follower_verbs``, ``follower_objects``, ``follower_barred_prepositions``.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span, Token

from cmkg.nlp.components.control_bodies import owner_countries
from cmkg.nlp.components.control_denial import negated
from cmkg.nlp.components.control_triggers import minerals_in
from cmkg.nlp.components.parties import Context
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import countries_in
from cmkg.nlp.rules import words as _w

__all__ = ["Followed", "Follower", "followers"]


class Followed(NamedTuple):
    """The measure a follower clause points back to."""

    start: int  # the token index of its trigger (for a measure of an earlier sentence: that sentence's end)
    country: str
    minerals: list[str]
    status: str
    kind: str


class Follower(NamedTuple):
    """A measure told by ellipsis: its verb, owner and goods, with the followed measure's status and kind."""

    verb: Token
    country: str
    minerals: list[str]
    status: str
    kind: str


def followers(sent: Span, ctx: Context, earlier: list[Followed]) -> list[Follower]:
    """The measures the sentence's 'followed' clauses tell; ``earlier``: the measures filed in this sentence."""
    out: list[Follower] = []
    for v in (x for x in sent if x.pos_ == "VERB" and _lemma(x) in _w("export_control.follower_verbs")):
        before = [m for m in earlier if m.start < v.i]
        followed = before[-1] if before else _previous(sent, ctx)
        if followed is None or not _bare_clause(v, followed.country, sent):
            continue
        # the subject itself is the state, its body or the goods ('Talks with B followed' is neither)
        heads = [c for c in v.children if c.dep_ == "nsubj"]
        states = owner_countries(heads) or countries_in(h for h in heads if h.ent_type_ in ("GPE", "NORP"))
        goods = minerals_in(x for h in heads if h.ent_type_ == "MINERAL" for x in h.subtree)
        if len(states) == 1 and not goods and states[0] != followed.country:
            out.append(Follower(v, states[0], followed.minerals, followed.status, followed.kind))
        elif goods and not states and set(goods) != set(followed.minerals):
            out.append(Follower(v, followed.country, goods, followed.status, followed.kind))
    return out


def _previous(sent: Span, ctx: Context) -> Followed | None:
    """The measure the sentence right before filed, if it filed one with goods."""
    last = ctx.last_measure
    if last is None or not ctx.measure_before(sent.start):
        return None
    if not ctx.last_control_minerals:
        return None
    return Followed(last[3], last[0], list(ctx.last_control_minerals), last[1], last[2])


def _bare_clause(v: Token, followed_state: str, sent: Span) -> bool:
    """A finite, active clause of its own that says only that its subject followed: no object but an example word
    or the state followed, no barred phrase, no negation, modal or controlling verb."""
    if v.dep_ not in ("ROOT", "conj") or v.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    if v.tag_ == "VBN" and not any(c.dep_ == "aux" for c in v.children):
        return False  # "India joins the MSP, followed by Italy": a participle
    barred = _w("export_control.follower_barred_prepositions")
    modals = _w("status.modal_auxiliaries", "export_control.rule_modals") | {"will", "wo", "'ll"}
    for c in v.children:
        if c.dep_ in ("auxpass", "agent", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in barred):
            return False
        if c.dep_ == "aux" and c.lower_ in modals:
            return False
        if c.dep_ == "dobj" and not _example_object(c, followed_state):
            return False
    return not negated(v, sent)


def _example_object(obj: Token, followed_state: str) -> bool:
    """'followed suit', 'followed Zimbabwe's lead', 'followed Zimbabwe': an object naming only the example."""
    if _lemma(obj) in _w("export_control.follower_objects") or obj.lower_ in _w("export_control.follower_objects"):
        return True
    return countries_in(list(obj.subtree)) == [followed_state] and obj.ent_type_ in ("GPE", "NORP")
