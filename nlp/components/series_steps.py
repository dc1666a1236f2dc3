"""Series steps: later clauses that add partners, by reference, to a series one owner introduced.

"Brussels has spent three years building a web of partnerships on raw materials. ... The first two were
signed in 2021 with Canada and Ukraine. Kazakhstan and Namibia followed in November 2022, and Argentina and
Chile signed theirs in 2023. The most recent were Rwanda and Norway." Each step names partners without an
instrument noun: a headless series subject ('the first two', 'the most recent', 'others') with a copula list
or a 'with' phrase, or states as subject of a sequel verb ('followed', 'joined', 'signed theirs'). Each
partner is one agreement with the series' owner (``Context.pending_list``, opened by a counted plural or by
a plural instrument of one owner, see :func:`open_series`). Without an open series, a step names nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.status import agreement_status
from cmkg.nlp.components.syntax import countries_in, has_neg, subject_tokens
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["open_series", "series_steps", "names_other_state"]

STEP_DEPS = frozenset({"ROOT", "conj", "ccomp"})
LIST_DEPS = frozenset({"attr", "dobj", "oprd", "appos"})


def open_series(ctx: Context, owner: list[str], type_: str, status: str, counted: bool) -> None:
    """Remember a series of one owner's instruments whose partners later sentences may give.

    A counted plural ('with 14 countries') announces a list, so any copula list continues it; a plural
    instrument of one owner with no count ('building a web of partnerships') is continued only by a step
    that points back at the series (:func:`series_steps`)."""
    window = int(rules().value("agreement.list_continuation_window"))
    ctx.pending_list = (owner[:1], type_, status, window, counted)


def names_other_state(sent: Span, owner: list[str]) -> bool:
    """Whether the sentence names a state besides the series' owner: only such a sentence moves the story on
    (a heading or 'None of them is binding' between the series and its steps does not)."""
    return any(x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_ and x.ent_kb_id_ not in owner for x in sent)


def series_steps(sent: Span, ctx: Context) -> list[tuple[Token, list[str], str]]:
    """The steps of the open series in ``sent``: (verb, partners, status) per clause."""
    owner = ctx.pending_list[0] if ctx.pending_list else []
    out = []
    for v in (x for x in sent if x.pos_ in ("VERB", "AUX") and x.dep_ in STEP_DEPS):
        if has_neg(v) or _own_instrument(v):
            continue  # "A and B did not follow", "A followed with a memorandum of its own": its own rules
        # "The earliest, agreed in 2019, were A and B": a conjunct verb shares its head's subject; states after
        # a copula are its list, however the parser labelled them ("The most recent were A and B")
        subject = [x for x in subject_tokens(v) if x.i < v.i]
        subject = subject or ([x for x in subject_tokens(v.head) if x.i < v.i] if v.dep_ == "conj" else [])
        if len(subject) != 1:
            continue
        s = subject[0]
        partners = _headless_step(s, v) if _headless(s) else _state_step(s, v)
        partners = [x for x in partners if x not in owner]
        if not partners:
            continue
        status = agreement_status(s, v, ctx, sent)
        if status:
            out.append((v, partners, status))
    return out


def _headless(s: Token) -> bool:
    """'the first two', 'the most recent', 'others', 'the remaining three': a subject with no noun of its own,
    which can only mean members of the series before it."""
    if s.ent_type_ in ("GPE", "NORP") or not (s.like_num or lemma(s) in _w("agreement.series_step_heads")):
        return False
    # "the first two producers" heads a noun; "the first two of them" does not
    return not any(x.pos_ in ("NOUN", "PROPN") and x.i != s.i for x in s.subtree if x.i < s.i)


def _headless_step(s: Token, v: Token) -> list[str]:
    """'The most recent were A and B' (a copula list), 'The first two were signed with A and B' (a 'with'
    phrase of a committing or sequel verb)."""
    if lemma(v) in _w("agreement.list_continuation_verbs"):
        return countries_in([o for o in v.children if o.dep_ in LIST_DEPS | {"nsubj"} and o.i > v.i])
    if lemma(v) not in _step_verbs():
        return []
    preps = [p for p in v.children if p.dep_ == "prep" and p.lower_ in _w("agreement.series_step_prepositions")]
    return countries_in([o for p in preps for o in p.children if o.dep_ == "pobj"])


def _state_step(s: Token, v: Token) -> list[str]:
    """'A and B followed in 2022', 'C, D and E signed theirs in 2023', 'F joined last year': states as the
    subject of a sequel verb with no object of its own (or one that points back: 'theirs', 'suit')."""
    if lemma(v) not in _step_verbs():
        return []
    objects = [o for o in v.children if o.dep_ in ("dobj", "attr", "ccomp", "xcomp")]
    if any(o.lower_ not in _w("agreement.series_step_objects") for o in objects):
        return []  # "Chile followed the talks closely", "A signed a memorandum": not a step of the series
    committing = lemma(v) in _w("status.signed") | _w("status.announced") - _w("agreement.series_step_verbs")
    if committing and not objects:
        return []  # "A signed in 2023": the verb's own object is missing, not pointed back at
    if any(p.lower_ in _w("agreement.party_prepositions") for p in v.children if p.dep_ == "prep"):
        return []  # "A joined with B": a partner of its own
    return countries_in([s])


def _step_verbs() -> frozenset[str]:
    return _w("agreement.series_step_verbs") | _w("status.signed")


def _own_instrument(v: Token) -> bool:
    """An instrument noun in the clause ('A followed with a memorandum'): the ordinary rules read it."""
    nouns = _w("agreement.nouns") | _w("agreement.initiative_nouns")
    args = [*v.children, *(o for p in v.children if p.dep_ == "prep" for o in p.children)]
    return any(lemma(x) in nouns for x in args if x.dep_ not in ("nsubj", "nsubjpass"))
