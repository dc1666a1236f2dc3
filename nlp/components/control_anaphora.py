"""Control anaphora: a measure the story has already named, referred back to.

"said it would lift the ban", "reimposed them", "imposed one", "similar curbs", "these requirements
were suspended": a control word with no goods of its own may stand for the last measure
(``Context.last_control_minerals`` / ``last_control_country``) or for another measure of the same kind
with an owner of its own.  ``controls`` finds the triggers; this module says which kind of reference
a trigger is, so the tests of reference sit together apart from the trigger loop.
Word lists: ``export_control.*``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.control_open_goods import after_goodsless
from cmkg.nlp.components.control_triggers import minerals_in, other_activity
from cmkg.nlp.components.parties import Context
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import countries_in, subject_tokens
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["anaphoric", "another_instance", "referred_owner", "same_as_before"]


def anaphoric(t: Token, lem: str, ctx: Context) -> bool:
    """'said it would lift the ban', 'extended the ban to bauxite': a measure the story has named."""
    if not ctx.last_control_minerals or after_goodsless(t, ctx):
        return False
    pro_form = _pro_form(t)
    if t.pos_ == "PRON" or pro_form:  # "lifted restrictions last year but reimposed them in May"
        statused = any(_lemma(t.head) in ws for ws in rules().table("export_control.status_by_lemma").values())
        if pro_form:
            return statused  # "lifted its ban, a week after Estonia imposed one": another state's like measure
        # "reinstated its ban, a year after suspending it": the earlier step is history, not the news
        background = t.head.dep_ == "pcomp" and t.head.head.lower_ in _w("export_control.background_prepositions")
        if _nearer_instrument(t):
            return False  # "The framework ... was never signed, and Washington has since replaced it": the framework
        return t.lower_ in _w("export_control.anaphoric_pronouns") and t.dep_ == "dobj" and statused and not background
    return (
        t.pos_ == "NOUN"
        and lem in _w("export_control.anaphoric_nouns")
        and t.left_edge.lower_ in _w("export_control.anaphoric_determiners")  # "the expanded rare earth controls"
        and not _other_measure(t)
        and not other_activity(t)  # "qualify under their tax credit rules": another kind of rule
        and not _demand(t)
        and not _called_other(t)
    )


def _nearer_instrument(t: Token) -> bool:
    """A singular agreement noun that is the subject or object of a main clause earlier in the pronoun's own
    sentence, with no measure word after it: what a singular 'it' there takes up.  Not one in a phrase ('Under the
    truce with B, A lifted it') or in an adverbial clause ('After the deal was signed, A suspended it')."""
    before = list(t.doc[t.sent.start : t.i])
    instruments = _w("agreement.nouns")
    nouns = [k for k, x in enumerate(before) if x.tag_ == "NN" and _lemma(x) in instruments and _clause_argument(x)]
    if not nouns or "Sing" not in t.morph.get("Number"):
        return False
    return not any(_lemma(x) in _w("export_control.trigger_nouns") for x in before[nouns[-1] :])


def _clause_argument(x: Token) -> bool:
    return x.dep_ in ("nsubj", "nsubjpass", "dobj") and x.head.dep_ in ("ROOT", "conj", "ccomp")


def _called_other(t: Token) -> bool:
    """'The measure is a proposed export levy on X, not a ban': the measure referred to is named as another kind
    of thing (``export_control.other_activities``), so it is no export control."""
    head = t.head
    return (
        t.dep_ == "nsubj"
        and _lemma(head) in _w("export_control.naming_copulas")
        and any(c.dep_ == "attr" and _lemma(c) in _w("export_control.other_activities") for c in head.children)
    )


def _demand(t: Token) -> bool:
    """'its requirement of lithium and cobalt': a need for goods, not the requirement the story named."""
    return _lemma(t) in _w("export_control.demand_nouns") and any(
        c.dep_ == "prep" and c.lower_ in _w("export_control.demand_prepositions") and minerals_in(c.subtree)
        for c in t.children
    )


def another_instance(t: Token) -> bool:
    """'imposed one', 'will follow with its own ban': a pro-form or an 'own' measure is another measure of the
    kind just named, with the same goods and an owner of its own."""
    if any(c.dep_ == "amod" and c.lower_ in _w("export_control.instance_modifiers") for c in t.children):
        # "Chile will follow with its own ban", but not "their own controls on chipmaking tools" (a scope of its own)
        holders = [t, t.head] if t.dep_ == "dobj" else [t]  # the parser often hangs the scope on the verb
        preps = _w("export_control.measure_prepositions")
        return not any(c.dep_ == "prep" and c.lower_ in preps for h in holders for c in h.children)
    return _pro_form(t)


def _pro_form(t: Token) -> bool:
    """'imposed one', 'tightened its own': an object standing for another measure of the kind just named."""
    if t.dep_ != "dobj":
        return False
    if t.lower_ in _w("export_control.instance_pronouns"):
        return t.pos_ in ("PRON", "NUM") and not _partitive_of_other(t)
    return t.lower_ in _w("export_control.instance_modifiers") and any(c.dep_ == "poss" for c in t.children)


def _partitive_of_other(t: Token) -> bool:
    """'holds one of the largest copper resources': 'one of' a noun that is no measure names that noun's kind,
    not another measure like the last one ('imposed one of its own' still is)."""
    return any(
        o.pos_ in ("NOUN", "PROPN") and _lemma(o) not in _w("export_control.trigger_nouns")
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in _w("export_control.holder_prepositions")
        for o in c.children
        if o.dep_ == "pobj"
    )


def _other_measure(t: Token) -> bool:
    """'the rules of origin in its trade pact': a phrase of the noun's own names another measure than the one
    the story gave; a date ('the measures of 9 October') or a mineral still points back to it."""
    holders = _w("export_control.holder_prepositions")  # not 'ease those restrictions for American buyers'
    objects = [
        o for c in t.children if c.dep_ == "prep" and c.lower_ in holders for o in c.children if o.dep_ == "pobj"
    ]
    return any(o.ent_type_ not in ("DATE", "MINERAL") and not minerals_in(o.subtree) for o in objects)


def same_as_before(t: Token) -> bool:
    """'will apply the same licence rule to its own exports', 'imposed similar curbs': the goods of the measure
    named before."""
    holders = [t, t.head] if t.dep_ == "compound" else [t]
    return any(c.lower_ in _w("export_control.sameness_words") for h in holders for c in h.children if c.dep_ == "amod")


def referred_owner(t: Token, v: Token | None, anaphor: bool, minerals: list[str], ctx: Context) -> str | None:
    """'These requirements were suspended on Wednesday, the Ministry of Commerce said': a measure referred back
    with the goods of the one named before is that measure, and its owner is that measure's owner, not the
    reporter's; 'its ban' names an owner of its own, and so does a state acting on it ('China suspended the
    rare-earth rules it had announced')."""
    if not anaphor or minerals != ctx.last_control_minerals or any(c.dep_ == "poss" for c in t.children):
        return None
    if v is not None and v.pos_ == "VERB" and countries_in(subject_tokens(v)):
        return None
    if another_instance(t):
        return None  # "a week after Estonia imposed one": its own owner
    return ctx.last_control_country
