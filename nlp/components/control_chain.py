"""Status of an export control read off the verb chain above its trigger.

'suspended its ban' (suspended), 'said it would impose' (announced), 'plans to ban' (the restricting verb
yields to the verb above it), 'rolled back its controls' (a verb with its particle).  The chain stops at a
clause of its own ('After China restricted exports, Japan sought suppliers').  Split from ``control_status``
so each module reads in one sitting.  Word lists: ``export_control.status_by_*``, ``status.*``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.control_denial import emulated
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import AUX_DEPS, SUBJECT_DEPS, verb_chain
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["chain_status", "conditional", "immediate"]


def chain_status(v: Token | None, trigger_is_verb: bool, rule_modal: bool = False) -> str:
    """Status from the verb chain; the restricting verb itself ('ban' in 'plans to ban') yields to the verbs above.

    ``rule_modal``: the modal states the rule ('may not be exported without a licence'), not a possibility.
    """
    possible = frozenset() if rule_modal else _w("status.modal_auxiliaries")
    chain = _own_chain(v) if v is not None else []
    chain += _document_chain(chain[-1]) if chain else []
    if any(_lemma(x) in _w("export_control.demand_verbs") for x in chain[1:]):
        return STATUS.in_force  # "urged China to lift its controls": the controls are still there
    for k, verb in enumerate(chain):
        lem = _lemma(verb)
        # "would keep its ban and tighten licences": the auxiliary of the first conjunct governs both
        auxed = [verb, verb.head] if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") else [verb]
        aux = {c.lower_ for x in auxed for c in x.children if c.dep_ in AUX_DEPS}
        status = _particle_status(verb) or next(
            (s for s, lemmas in rules().table("export_control.status_by_lemma").items() if lem in lemmas), None
        )
        if k == 0 and trigger_is_verb and lem in _w("export_control.obtain_verbs"):
            status = None  # "exporters must seek approval": the permission sought, not a plan to seek one
        ending = lem in _w("export_control.ending_verbs") or _phased_out(verb)  # 'exports will be phased out'
        halting = status == STATUS.suspended or (status == STATUS.lifted and ending)
        if halting and k == 0 and trigger_is_verb and _halts_exports(verb):
            # "suspended cobalt exports", "paused shipments", "ended exports of raw X": a halt of exports is a ban
            status = STATUS.in_force
        # "plans to impose a ban", "plans to ban": the restricting verb yields to a verb that controls it
        if status == STATUS.in_force and k == 0 and len(chain) > 1 and (trigger_is_verb or verb.dep_ == "xcomp"):
            status = None
        # "will/would impose" and "could/may impose": not in force yet
        future = aux & (_w("status.conditional_auxiliaries") | possible)
        if status is not None:
            kept = lem in _w("export_control.continuing_verbs")  # "said it would keep its ban": in force now
            if status == STATUS.in_force and future and not kept:
                return STATUS.announced
            return status
        if future:
            # "will continue to maintain the prohibition", "would continue to require licences": the measure
            # goes on, so it applies now; only a verb that starts or plans it makes the future a plan
            return STATUS.in_force if lem in _w("export_control.continuing_verbs") else STATUS.announced
    return STATUS.in_force


def _own_chain(v: Token) -> list[Token]:
    """The verb chain up to a subordinate clause's edge: 'After China restricted exports, Japan sought
    suppliers' dates the restriction by its own verb, not by 'sought'."""
    chain = verb_chain(v)
    for k, verb in enumerate(chain):
        if verb.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return chain[: k + 1]  # "deferred a royalty rise, and it banned exports": a clause of its own
        if emulated(verb):
            return chain[: k + 1]  # "would follow Namibia in banning exports": Namibia's ban is in place
        if _semicolon_apart(verb):
            return chain[: k + 1]  # "X has banned exports since 2017; Y will follow": two sentences in one
        # a subordinator: "after", "since" (mark) or "when", "where" (a wh-adverb)
        if verb.dep_ == "advcl" and any(
            c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in verb.children
        ):
            return chain[: k + 1]
    return chain


def _semicolon_apart(verb: Token) -> bool:
    """A clause with its own subject that a semicolon parts from the verb the parser hung it on: a clause of
    its own, whatever the other clause's modal."""
    head = verb.head
    if head.i == verb.i or not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    lo, hi = sorted((verb.i, head.i))
    return any(x.text == ";" and x.head.i in (verb.i, head.i) for x in verb.doc[lo:hi])


def _document_chain(last: Token) -> list[Token]:
    """'drafted rules to restrict exports', 'issued a decree banning exports': a measure stated by a document
    noun takes its status from what is done to the document."""
    noun = last.head
    if last.dep_ != "acl" or noun.pos_ != "NOUN" or _lemma(noun) not in _w("export_control.document_nouns"):
        return []
    return _own_chain(noun.head) if noun.head.pos_ == "VERB" and noun.dep_ in ("dobj", "nsubjpass") else []


def _halts_exports(verb: Token) -> bool:
    """'suspended cobalt exports', 'exports were paused', 'exports of raw X will end': the verb's object (or an
    ending verb's subject) is the exports, not a measure."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects and _lemma(verb) in _w("export_control.goods_ending_verbs"):
        objects = [c for c in verb.children if c.dep_ == "nsubj"]  # "exports of raw X will end": they stop
    if verb.dep_ == "amod":
        objects.append(verb.head)  # "Sweden paused exports", parsed with the verb as an adjective
    if any(_lemma(c) in _w("export_control.permission_nouns") for c in objects):
        return True  # "suspended export licences for antimony": no licence, no exports
    return any(c.lower_ in _w("export_control.export_nouns") for c in objects) or any(
        c.dep_ in ("xcomp", "pcomp") and _lemma(c) in _w("export_control.export_verbs") for c in verb.children
    )


def _phased_out(verb: Token) -> bool:
    """'will be phased out': a particle verb that ends the goods it has as subject (``goods_ending_particle_verbs``)."""
    phrases = {f"{_lemma(verb)} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
    return bool(phrases & _w("export_control.goods_ending_particle_verbs"))


def _particle_status(verb: Token) -> str | None:
    """'rolled back its controls' (eased), 'will phase out the quota' (lifted): a verb with its particle."""
    # "will phase in a quota": the particle may be read as a preposition
    phrases = {f"{_lemma(verb)} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
    # "put its ban on hold": the verb, a preposition and its object, wherever the parser hung them in the clause
    phrases |= {f"{_lemma(verb)} {o.head.lower_} {o.lower_}" for o in verb.subtree if o.dep_ == "pobj" and o.i > verb.i}
    table = rules().table("export_control.status_by_particle_verb")
    return next((s for s, ws in table.items() if phrases & set(ws)), None)


def conditional(v: Token) -> bool:
    """'will lift the ban and replace it': the auxiliary of the first conjunct governs the second."""
    verbs = [v, v.head] if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") else [v]
    aux = {c.lower_ for x in verbs for c in x.children if c.dep_ in AUX_DEPS}
    return bool(aux & _w("status.conditional_auxiliaries"))


def immediate(v: Token) -> bool:
    return any(x.lower_ in _w("export_control.immediate_words") for x in v.subtree)
