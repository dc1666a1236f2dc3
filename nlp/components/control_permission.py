"""Exporting that needs permission: 'X shall not be exported without a licence', 'may only be shipped under
permit', 'X may no longer be exported'; and a transfer abroad as an export ('the sale of X abroad', 'banned the
supply of X to the United States', not a firm's deliveries: 'Korea Zinc halted the supply of X to Japan').

Split from ``control_triggers`` so each module reads in one sitting.  Word lists: ``export_control.*``
(permission and licence words, exception and sole-licence prepositions, rule modals, transfer and abroad
words, the export and exporter prefixes) and ``venue.destination_prepositions``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.control_instruments import departs_under_permit, nobody_may_export
from cmkg.nlp.components.parties import is_company
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import has_neg, quantified_by_no, subject_tokens
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = [
    "export_prefix",
    "exported_object",
    "freed_exports",
    "held_rule",
    "licensed_export",
    "no_longer",
    "permission_noun",
    "resumed_exports",
    "sent_abroad",
]


def export_prefix(name: str) -> str:
    (prefix,) = rules().value(name)
    return prefix


def exported_object(c: Token, verb: Token) -> bool:
    """Whether a restricting verb's object ``c`` names the exports: 'banned exports of X', 'prohibits the export
    of X', 'prohibits the sale of X abroad'; not a practice or a charge on them, which is what the verb forbids
    ('bars dual pricing of lithium exports', 'outlaws subsidies for X exports', 'bans duties on X exports')."""
    exp_words = _w("export_control.export_nouns")
    if c.lower_ in exp_words:
        return True
    if _lemma(c) in _w("export_control.practice_nouns", "export_control.other_activities"):
        return False
    return any(w.lower_ in exp_words for w in c.subtree) or sent_abroad(c, verb)


def sent_abroad(c: Token, verb: Token) -> bool:
    """'prohibits the sale of X abroad', 'overseas sales of X', 'before shipping X abroad': a transfer (``c``)
    out of the country is an export, whatever the noun or verb names it; 'abroad' may hang anywhere in the
    verb's clause."""
    transfers = _w("export_control.transfer_words")
    if _lemma(c) in _w("export_control.departure_verbs") and c.pos_ == "VERB":
        # "will no longer allow raw X to leave the country": goods leaving the state's territory are exported
        return any(o.dep_ == "dobj" and _lemma(o) in _w("export_control.territory_nouns") for o in c.children)
    if _lemma(c) not in transfers and c.lower_ not in transfers:
        return False
    words = [*c.subtree, *verb.children]
    if any(x.lower_ in _w("export_control.abroad_words") for x in words):
        return True
    # "Korea Zinc halted supplies of germanium to Japan": a firm's deliveries (a name ending in a capitalised
    # mineral is a firm's: 'China Northern Rare Earth', 'Russia Platinum'), no state's ban
    subjects = subject_tokens(verb)
    firm = any(
        x.ent_type_ == "ORG" or is_company(x) or x.ent_type_ == "MINERAL" and x.text[:1].isupper() for x in subjects
    )
    return _sent_to_state(words) and not firm


def _sent_to_state(words: list[Token]) -> bool:
    """'banned the supply of antimony, gallium and germanium to the United States': a transfer to a named state
    is an export, wherever the parser hung its 'to' phrase (in the transfer's words or on the verb)."""
    to = _w("venue.destination_prepositions")
    return any(
        x.lower_ in to and any(o.dep_ == "pobj" and o.ent_type_ == "GPE" and o.ent_kb_id_ for o in x.children)
        for x in words
    )


def licensed_export(t: Token, anywhere: bool = False) -> bool:
    """'X shall not be exported without a licence', 'may only be shipped under permit': exporting needs permission.

    The negation belongs to the measure, so the caller does not read it as a denial.
    """
    if nobody_may_export(t) or departs_under_permit(t) or _permitted_exports(t):
        return True  # "No person shall export X except with the Minister's approval", whatever the parse
    exporting = _lemma(t) in _w("export_control.export_verbs") or sent_abroad(t, t)  # also 'leave the country'
    if t.pos_ != "VERB" or (not exporting and not anywhere):
        return False
    permissions = _w("export_control.permission_nouns", "export_control.licence_words")

    near = list(t.subtree) if anywhere else list(t.children)  # "will allow exports of X only under licence"

    def by(preps: frozenset[str]) -> bool:
        return any(
            _lemma(o) in permissions
            for c in near
            if c.dep_ == "prep" and c.lower_ in preps
            for o in c.children
            if o.dep_ == "pobj"
        )

    only_words = _w("export_control.only_words")
    only = any(c.lower_ in only_words for c in near)
    # "may be exported only under a permit": the parser hangs 'only' on the preposition (a rule modal's clause;
    # 'could be exported only under a permit' until a past year is no rule today)
    sole = _w("export_control.sole_licence_prepositions")
    ruled = any(c.dep_ == "aux" and c.lower_ in _w("export_control.rule_modals") for c in t.children)
    only = (
        only
        or ruled
        and any(o.lower_ in only_words for c in near if c.lower_ in sole for o in c.children if o.dep_ == "advmod")
    )
    # "no nodules containing X may be exported without a licence": a 'no' on the goods denies as a 'not' does
    denied = has_neg(t) or any(quantified_by_no(s) for s in t.children if s.dep_ in ("nsubj", "nsubjpass"))
    return (
        (denied and by(_w("export_control.exception_prepositions")))
        or (only and by(_w("export_control.sole_licence_prepositions")))
        or _barred_by_rule(t)
        or _sole_exports(t)
    )


def _sole_exports(t: Token) -> bool:
    """'Only processed nickel may be exported', 'only licensed firms can export X', 'allows only refined tin to be
    shipped abroad': a rule that lets only some goods or exporters out bars the rest."""
    if _lemma(t) != export_prefix("export_control.export_prefix") and not sent_abroad(t, t):
        return False
    aux = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    ruled = any(c.lower_ in _w("export_control.rule_modals") for c in aux)
    # "allows only refined nickel to be exported": the permission verb above states the rule
    permitter = t.head.head if t.dep_ == "relcl" and t.head.dep_ == "dobj" else t.head  # the goods hold 'to be'
    allowed = t.dep_ in ("xcomp", "ccomp", "relcl") and _lemma(permitter) in _w("export_control.permission_verbs")
    holders = [t, *(c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]
    if allowed:
        holders += [c for c in permitter.children if c.dep_ == "dobj"]
    # 'only' on the verb, or on the goods or exporters ("Only processed nickel", with 'only' on 'processed')
    words = [*t.children, *(x for h in holders[1:] for x in h.subtree)]
    words += [x for c in t.children if c.dep_ == "amod" for x in c.children]  # 'processed' hung on the verb
    only = any(c.dep_ == "advmod" and c.lower_ in _w("export_control.only_words") for c in words)
    return (ruled or allowed) and (only or _sole_channel(t)) and not has_neg(t)


def _sole_channel(t: Token) -> bool:
    """'may be exported only after processing in Serbia', 'permitted only through the state miner', 'only to
    licensed traders': 'only' on a phrase of the verb names the one way out, which bars every other."""
    return any(
        o.dep_ == "advmod" and o.lower_ in _w("export_control.only_words")
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in _w("export_control.sole_channel_prepositions")
        for o in c.children
    )


def _permitted_exports(t: Token) -> bool:
    """'Exports of X will be permitted only to licensed traders', 'The export of X continues to be permitted only
    through the state miner': exports allowed by one way only are restricted; the subject may sit on the verb
    that the permission completes."""
    if _lemma(t) not in _w("export_control.permission_verbs") or t.pos_ != "VERB" or has_neg(t):
        return False
    holders = [c for c in t.children if c.dep_ in ("nsubjpass", "nsubj")]
    if not holders and t.dep_ == "xcomp":
        holders = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    exp_words = _w("export_control.export_nouns")
    exports = any(h.lower_ in exp_words or _lemma(h) in exp_words for h in holders)
    only = any(c.dep_ == "advmod" and c.lower_ in _w("export_control.only_words") for c in t.children)
    return exports and (only or _sole_channel(t))


def _barred_by_rule(t: Token) -> bool:
    """'X may no longer be exported', 'X cannot be shipped abroad', 'X shall not be exported from July': a
    modal of permission over a denied passive export states the rule; a plain 'was not exported' is a fact."""
    if _lemma(t) != export_prefix("export_control.export_prefix") and not sent_abroad(t, t):
        return False
    aux = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    passive = any(c.dep_ == "auxpass" for c in aux) or any(c.dep_ == "nsubjpass" for c in t.children)
    passive = passive or _lemma(t) in _w("export_control.departure_verbs")  # "X shall not leave the country"
    ruled = any(c.lower_ in _w("export_control.rule_modals") for c in aux)
    return passive and ruled and (has_neg(t) or no_longer(t))


def no_longer(t: Token) -> bool:
    """'X may no longer be exported', 'no longer allows exports': an ended permission, the measure's negation."""
    return any(
        c.dep_ == "advmod"
        and c.lower_ in _w("export_control.ended_markers")
        and any(n.lower_ in _w("export_control.negation_words") for n in c.children)
        for c in t.children
    )


def resumed_exports(t: Token) -> bool:
    """'allowed exports of X to resume', 'will let shipments resume', 'Exports of X resumed in May after a
    two-year ban': a permission to restart exports, or a restart after a halt, ends the halt (the status comes
    from the resuming verb)."""
    if _lemma(t) not in _w("export_control.resume_verbs") or t.pos_ != "VERB":
        return False
    exp_words = _w("export_control.export_nouns")
    holders = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    permitter = t.head if t.dep_ in ("xcomp", "ccomp") else None
    if permitter is not None and _lemma(permitter) in _w(
        "export_control.permission_verbs", "export_control.letting_verbs"
    ):
        holders += [c for c in permitter.children if c.dep_ in ("nsubj", "dobj")]
    elif not any(
        _lemma(o) in _w("export_control.trigger_nouns")
        for p in t.children
        if p.dep_ == "prep" and p.lower_ in _w("export_control.background_prepositions")
        for o in p.children
        if o.dep_ == "pobj"
    ):
        return False  # "exports resumed in May": no halt named, a market fact
    return any(x.lower_ in exp_words for c in holders for x in c.subtree)


def permission_noun(t: Token) -> bool:
    """'One company received a temporary permit ..., and that permit ends next month': a permit or licence referred
    back is an exemption from the measure, so its end is no lifting of the measure."""
    return _lemma(t) in _w("export_control.permission_nouns") and t.pos_ == "NOUN"


def freed_exports(t: Token) -> bool:
    """'From the date of entry into force of this Resolution, X may be exported without restriction', 'may again
    be shipped freely': a rule modal over an export free of restriction, from a start or again, lifts the halt
    before it (a standing 'may be exported without a licence' is part of another rule, and no change)."""
    if _lemma(t) not in _w("export_control.export_verbs") or t.pos_ != "VERB" or has_neg(t):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _w("export_control.rule_modals") for c in t.children):
        return False
    free = _w("export_control.unrestricted_words")
    without = [o for c in t.children if c.lower_ in _w("export_control.exception_prepositions") for o in c.children]
    unrestricted = any(o.lower_ in free for o in without) or any(
        c.dep_ == "advmod" and c.lower_ in free for c in t.children
    )
    # the start anywhere in the clause ('without limits from 1 July, the ministry said'); 'again' on the verb
    starts = _w("export_control.start_nouns")  # 'from 1 July', 'from the date of entry into force'; not 'from Lusaka'
    started = any(
        c.dep_ == "prep"
        and c.lower_ in _w("export_control.start_prepositions")
        and any(o.ent_type_ in ("DATE", "TIME") or o.like_num or o.lower_ in starts for o in c.subtree)  # not 'Lusaka'
        for c in t.subtree
    )
    again = any(c.dep_ == "advmod" and c.lower_ in _w("export_control.restart_adverbs") for c in t.children)
    only = any(c.lower_ in _w("export_control.only_words") for c in t.subtree)  # '... to SADC members only'
    return unrestricted and (started or again) and not only and not _unasserted(t)


def _unasserted(t: Token) -> bool:
    """The freed export is asked, wished or denied, not stated: a question, 'whether', a wish or hope above it
    ('miners hope that from 1 July X may again be exported'), a negated verb above it ('nobody expects that')."""
    if t.sent[-1].text in _w("export_control.question_ends"):
        return True
    above = list(t.ancestors)
    marks = [m for x in [t, *above] for m in x.children if m.dep_ == "mark"]
    wished = any(_lemma(x) in _w("export_control.wish_verbs", "status.planned") for x in above)
    denied = any(
        has_neg(x) or any(c.dep_ == "nsubj" and c.lower_ in _w("export_control.nobody_words") for c in x.children)
        for x in above
    )
    return wished or denied or any(m.lower_ in _w("export_control.question_marks") for m in marks)


def held_rule(x: Token) -> bool:
    """A rule a condition or a relative clause holds ('If parliament approves the bill, X may be exported only
    under a licence', 'rules under which X may be exported only ...'): stated as a possibility, not in force. The
    parser may hang the 'if' clause on the goods rather than the verb: any in the verb's own clause counts."""
    marks = _w("export_control.asked_marks")
    conditioned = any(c.dep_ == "advcl" and c.i < x.i and any(m.lower_ in marks for m in c.children) for c in x.subtree)
    return x.dep_ == "relcl" or conditioned
