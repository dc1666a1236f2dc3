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
from cmkg.nlp.components.party_phrases import agreement_words
from cmkg.nlp.components.status import agreement_status
from cmkg.nlp.components.syntax import countries_in, has_neg, list_members, subject_tokens
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import NEWLY_AGREED, STATUS

__all__ = ["open_series", "series_steps", "names_other_state", "headless"]

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
        subject = subject or _reduced_relative_subject(v)
        if len(subject) != 1:
            continue
        s = subject[0]
        partners = _headless_step(s, v) if headless(s) else _state_step(s, v)
        partners = [x for x in partners if x not in owner]
        if not partners:
            continue
        status = _step_status(v, agreement_status(s, v, ctx, sent), ctx.pending_list[2])
        if status:
            out.append((v, partners, status))
    return out


def _step_status(v: Token, status: str | None, series_status: str) -> str | None:
    """The step's status, read against its own sentence and its series: 'A joined, then withdrew in 2024' and
    'were signed with A and B, but both lapsed' end the step (lapsed); an undated step of a series told as
    past ('has signed partnerships with 14 countries since 2021. The first two were signed with A and B')
    recounts it (existing), where a step dated to the article's days stays news."""
    if status is None:
        return None
    later = [c for c in v.children if c.dep_ in ("conj", "dep") and c.pos_ in ("VERB", "AUX") and c.i > v.i]
    if any(_ends_step(c) for c in later):  # "joined, then withdrew" (the parser may hang it as dep)
        return STATUS.lapsed
    if status in NEWLY_AGREED and series_status == STATUS.existing and not _dated(v):
        return STATUS.existing
    return status


def _ends_step(c: Token) -> bool:
    """A later conjunct verb that ends what the step made, with no subject of its own or one pointing back
    ('then withdrew', 'but both lapsed'; not 'but talks collapsed', 'but Peru withdrew')."""
    if lemma(c) not in _w("status.lapsed") or has_neg(c):
        return False
    return all(x.pos_ in ("PRON", "DET") for x in subject_tokens(c))


def _dated(v: Token) -> bool:
    """Whether the step's own clause carries a date (its conjuncts and subject aside)."""
    skip = {y.i for c in v.children if c.dep_ in ("conj", "nsubj", "nsubjpass") for y in c.subtree}
    return any(_is_time(x) for x in v.subtree if x.i not in skip and x.i != v.i)


def headless(s: Token) -> bool:
    """'the first two', 'the most recent', 'others', 'the remaining three': a subject with no noun of its own,
    which can only mean members of the series before it."""
    heads = _w("agreement.series_step_heads")  # 'ones' is listed as written: its lemma 'one' is a numeral's
    if s.ent_type_ in ("GPE", "NORP") or not (s.like_num or lemma(s) in heads or s.lower_ in heads):
        return False
    # "the first two producers" heads a noun; "the first two of them" does not
    return not any(x.pos_ in ("NOUN", "PROPN") and x.i != s.i for x in s.subtree if x.i < s.i)


def _reduced_relative_subject(v: Token) -> list[Token]:
    """'Those concluded earlier this year were with A and B': the parser makes 'concluded' the main verb and
    the copula its complement; the copula's subject is the headless 'Those' of the participle it follows."""
    if v.dep_ != "ccomp" or lemma(v) not in _w("agreement.list_continuation_verbs") or v.i < v.head.i:
        return []
    return [x for x in subject_tokens(v.head) if x.i < v.head.i and headless(x)]


def _headless_step(s: Token, v: Token) -> list[str]:
    """'The most recent were A and B' (a copula list), 'Those concluded this year were with A and B' (a copula's
    'with' list), 'The first two were signed with A and B' (a 'with' phrase of a committing or sequel verb)."""
    if lemma(v) in _w("agreement.list_continuation_verbs"):
        listed = [o for o in v.children if o.dep_ in LIST_DEPS | {"nsubj"} and o.i > v.i]
        preps = [p for p in v.children if p.dep_ == "prep" and p.lower_ in _w("agreement.series_step_prepositions")]
        return countries_in(listed + [o for p in preps if p.i > v.i for o in p.children if o.dep_ == "pobj"])
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
    if not _bare_sequel(v) or not all(_is_state(m) for m in list_members(s)):
        return []  # "came under pressure", "followed suit by raising", "Ukraine's president came": another sense
    return countries_in([s])


def _is_state(t: Token) -> bool:
    return t.ent_type_ in ("GPE", "NORP") and bool(t.ent_kb_id_)


def _bare_sequel(v: Token) -> bool:
    """Whether the step verb says only that and when it happened ('followed in 2022', 'joined last year', 'came
    later'): a particle, a preposition that is no time phrase, a manner or rank adverb, or a clause with its own
    object gives the verb another sense ('came out against', 'came under pressure', 'came close to', 'came
    third', 'followed in 2023, launching its own club', 'joined in criticising'). 'come' needs a sequence adverb."""
    sequence = _w("agreement.series_step_sequence_adverbs")
    if lemma(v) in _w("agreement.series_step_sequence_verbs") and not any(
        c.dep_ == "advmod" and c.lower_ in sequence for c in v.children
    ):
        return False
    for c in v.children:
        if c.dep_ in ("prt", "acomp", "oprd", "agent", "dative") or (c.dep_ == "dep" and c.pos_ != "VERB"):
            return False
        if c.dep_ == "prep" and not any(_is_time(o) for o in c.children if o.dep_ in ("pobj", "pcomp")):
            return False
        if c.dep_ == "advmod" and not (c.lower_ in sequence or _is_time(c)):
            return False
        if c.dep_ in ("advcl", "xcomp") and any(o.dep_ in ("dobj", "prep") for o in c.children):
            return False
    return True


def _is_time(t: Token) -> bool:
    """A date or a year ('in 2022', 'in November', 'last year'): the when of the step, not another sense."""
    return t.ent_type_ in ("DATE", "TIME") or (t.like_num and t.pos_ == "NUM")


def _step_verbs() -> frozenset[str]:
    return _w("agreement.series_step_verbs", "status.signed")


def _own_instrument(v: Token) -> bool:
    """An instrument noun in the clause ('A followed with a memorandum'): the ordinary rules read it."""
    nouns = agreement_words()
    args = [*v.children, *(o for p in v.children if p.dep_ == "prep" for o in p.children)]
    return any(lemma(x) in nouns for x in args if x.dep_ not in ("nsubj", "nsubjpass"))
