"""Status and denial of an export control, read off the verb chain above its trigger.

'suspended its ban' (suspended), 'said it would impose' (announced), 'the suspension of its ban' (a
status noun), 'relaxed licensing rules' (a status modifier); 'promised not to restrict', 'had no
intention of restricting' and 'ruled out restrictions' deny the measure.  Word lists:
``export_control.status_by_*``, ``status.*``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import AUX_DEPS, has_neg, verb_chain
from cmkg.nlp.rules import rules

__all__ = ["measure_status", "negated"]


def _w(name: str) -> frozenset[str]:
    return rules().words(name)


def measure_status(t: Token, v: Token | None, trigger_is_verb: bool) -> str:
    """The status of the measure ``t`` governed by ``v``: a status noun or modifier first, then the chain."""
    return _noun_status(t) or ("in_force" if _effect_of_measure(t, v) else _control_status(v, trigger_is_verb))


def _own_chain(v: Token) -> list[Token]:
    """The verb chain up to a subordinate clause's edge: 'After China restricted exports, Japan sought
    suppliers' dates the restriction by its own verb, not by 'sought'."""
    chain = verb_chain(v)
    for k, verb in enumerate(chain):
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
            return chain[: k + 1]
    return chain


def _effect_of_measure(t: Token, v: Token | None) -> bool:
    """'China's ban on gallium exports would hurt supply chains': a named measure as the subject of what
    it does; the modal is about the effect, the measure is in place ('will take effect' dates it)."""
    if v is None or not any(c.dep_ == "nsubj" and c.i == t.i for c in v.children):
        return False
    owned = any(c.dep_ == "poss" for c in t.children)
    dated = _lemma(v) in _w("export_control.effect_verbs")
    statused = any(_lemma(v) in lemmas for lemmas in rules().table("export_control.status_by_lemma").values())
    return owned and not dated and not statused


def _control_status(v: Token | None, trigger_is_verb: bool) -> str:
    """Status from the verb chain; the restricting verb itself ('ban' in 'plans to ban') yields to the verbs above."""
    chain = _own_chain(v) if v is not None else []
    if any(_lemma(x) in _w("export_control.demand_verbs") for x in chain[1:]):
        return "in_force"  # "urged China to lift its controls": the controls are still there
    for k, verb in enumerate(chain):
        lem = _lemma(verb)
        # "would keep its ban and tighten licences": the auxiliary of the first conjunct governs both
        auxed = [verb, verb.head] if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") else [verb]
        aux = {c.lower_ for x in auxed for c in x.children if c.dep_ in AUX_DEPS}
        status = next(
            (s for s, lemmas in rules().table("export_control.status_by_lemma").items() if lem in lemmas), None
        )
        if status == "in_force" and k == 0 and trigger_is_verb and len(chain) > 1:
            status = None
        if status is not None:
            kept = lem in _w("export_control.continuing_verbs")  # "said it would keep its ban": in force now
            if status == "in_force" and aux & _w("status.conditional_auxiliaries") and not kept:
                return "announced"
            return status
        if aux & _w("status.conditional_auxiliaries"):
            return "announced"
    return "in_force"


def _noun_status(t: Token) -> str | None:
    """'a pause on its export controls', 'the lifting of the ban': a status noun governing the measure.

    'relaxed licensing rules', which the parser reads as an adjective: a status modifier of the measure.
    """
    holders = [t, t.head] if t.dep_ == "compound" else [t]
    for m in (c for h in holders for c in h.children if c.dep_ == "amod"):
        found = next(
            (s for s, ws in rules().table("export_control.status_by_modifier").items() if m.lower_ in ws), None
        )
        if found:
            return found
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ not in _w("export_control.status_noun_prepositions"):
        return None
    holder = _lemma(prep.head)
    return next((s for s, nouns in rules().table("export_control.status_by_noun").items() if holder in nouns), None)


def negated(v: Token, sent: Span) -> bool:
    """'promised not to restrict', 'did not ban', 'has no plans to restrict': no control."""
    chain = verb_chain(v)
    neg = _w("export_control.negation_words")
    particles = rules().table("status.refusal_particles")
    return (
        any(_lemma(x) in _w("status.refusal_verbs") for x in chain)  # "denied that it would ban exports"
        or any(c.dep_ == "prt" and c.lower_ == particles.get(_lemma(x)) for x in chain for c in x.children)
        or _denied_intention(chain[-1])  # "had no intention of restricting exports"
        or any(_lemma(x) in _w("export_control.avoid_verbs") for x in chain)  # "urged partners to avoid bans"
        or has_neg(v)
        or any(c.dep_ == "neg" for x in chain for c in x.children)
        or any(x.lower_ in neg and (x.head in chain or x.head in {c.head for c in chain}) for x in sent)
    )


def _denied_intention(v: Token) -> bool:
    """'has no intention of restricting', 'sees no need to ban': a denied intention noun above the verb."""
    noun = v.head.head if v.dep_ == "pcomp" else v.head
    if v.dep_ not in ("pcomp", "acl", "xcomp") or noun.pos_ != "NOUN":
        return False
    return any(c.dep_ == "det" and c.lower_ in _w("export_control.negation_words") for c in noun.children)
