"""Export controls referred back to by their date: 'the October rules', 'its April licences', 'the December 2024 ban'.

A story that tells several measures of one state ('Licences for gallium took effect in August 2023 ... In December
2024 China banned exports of antimony to the US ... the October rules added holmium ...') later points back to one
of them by the month (and year) it came: 'Beijing agreed to pause its October measures', 'The October rare-earth
rules are suspended until November 10, 2026'.  The reference keeps that measure's state and goods and takes the new
status, where the last measure named (``Context.last_control_minerals``) may be another one.  Every filed measure is
remembered with the months and years its own date phrase, its clause, its sentence or, for a sentence that dates
nothing ('The rules would have required ...' after 'published two notices on October 9'), the sentence before
gives; a reference is a control noun with a month as its own modifier ('October rules', 'the rules of October'),
and it takes the latest remembered measure of that month (and of that year, where both name one), of the state
its phrase names if it names one.  A month no measure carries gives nothing of its own.
Word lists: ``dates.months``.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span, Token

from cmkg.nlp.components.parties import Context
from cmkg.nlp.components.syntax import countries_in, subject_tokens
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STANDING, STATUS

__all__ = [
    "DatedMeasure",
    "dated_goods",
    "dated_measure",
    "dated_reference",
    "goods_owner",
    "pronoun_subject",
    "remember_dated",
    "restated_only",
]

_MODIFIER_DEPS = ("compound", "nmod", "amod", "npadvmod", "nummod")


class DatedMeasure(NamedTuple):
    """A measure the story filed, with the months and years that date it."""

    country: str
    minerals: list[str]
    keys: frozenset[str]


def _keys(tokens) -> frozenset[str]:
    """The month names and four-digit years among the date words of ``tokens``."""
    months = _w("dates.months")
    out = set()
    for x in tokens:
        # the model does not always tag a bare month ('In April Nigeria imposed ...'): a capitalised month name
        month = x.lower_ in months and (x.ent_type_ == "DATE" or (x.pos_ == "PROPN" and x.is_title))
        year = x.is_digit and len(x.text) == 4 and x.text.startswith(("19", "20"))
        if month:
            out.add(x.lower_)
        elif year and (x.ent_type_ == "DATE" or x.head.lower_ in months or x.dep_ == "pobj"):
            out.add(x.text)
    return frozenset(out)


def _own_date(t: Token) -> frozenset[str]:
    """'the October rules', 'the December 2024 ban', 'the rules of 9 October': the date the noun itself carries."""
    holders = [t, t.head] if t.dep_ == "compound" else [t]
    words = [x for h in holders for c in h.children if c.dep_ in _MODIFIER_DEPS and c.i < h.i for x in c.subtree]
    of_dates = [
        x
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in _w("export_control.holder_prepositions")
        for o in c.children
        if o.dep_ == "pobj" and o.ent_type_ == "DATE"
        for x in o.subtree
    ]
    keys = _keys(words + of_dates)
    return keys if keys & _w("dates.months") else frozenset()


def _clause_date(v: Token | None) -> frozenset[str]:
    """'banned exports in December 2024', 'took effect on August 1, 2023': the date phrase of the measure's own verb."""
    if v is None:
        return frozenset()
    dates = [x for c in v.children if c.dep_ in ("prep", "npadvmod") for x in c.subtree if x.ent_type_ == "DATE"]
    return _keys(dates)


def _sole_date(sent: Span) -> frozenset[str]:
    """The sentence's date when it names one month only ('published two notices on October 9')."""
    keys = _keys(sent)
    return keys if len(keys & _w("dates.months")) == 1 else frozenset()


def remember_dated(
    ctx: Context, t: Token, v: Token | None, sent: Span, country: str | None, minerals: list[str]
) -> None:
    """File a measure under the date its own phrase, its clause, its sentence or the sentence before gives."""
    if country is None:
        return
    keys = _own_date(t) or _clause_date(v) or _sole_date(sent)
    if not keys and sent.start > 0 and not _keys(sent):
        keys = _sole_date(sent.doc[sent.start - 1].sent)
    if minerals:  # an undated measure is filed too: it still owns its goods (``goods_owner``)
        ctx.dated_measures.append(DatedMeasure(country, list(minerals), keys))


def dated_measure(t: Token, ctx: Context, own: list[str] | None = None) -> DatedMeasure | None:
    """The measure a dated control noun points back to: the latest filed in its month (and year), of the state its
    phrase names, if any, and sharing a good with the goods ``own`` the noun names itself, if any ('paused
    Beijing's October rare earth controls' is not an October ban on gallium)."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return None
    keys = _own_date(t)
    if not keys:
        return None
    holders = [t, t.head] if t.dep_ == "compound" else [t]
    named = countries_in(c for h in holders for c in h.children if c.dep_ in ("poss", "amod", "compound", "nmod"))
    months, years = keys & _w("dates.months"), keys - _w("dates.months")
    matches = [
        m
        for m in ctx.dated_measures
        if (not named or m.country in named)
        and months <= m.keys
        and (not years or not (m.keys - _w("dates.months")) or years <= m.keys)
    ]
    if not matches:
        return None
    # one measure may have been filed as several facts ('the rules required licences for rare earths, and they
    # added holmium ...'): all the goods the latest matching state filed in that month
    country = matches[-1].country
    goods = list(dict.fromkeys(g for m in matches if m.country == country for g in m.minerals))
    if own and not set(own) & set(goods):
        return None
    return DatedMeasure(country, goods, keys)


def goods_owner(minerals: list[str], last: str | None, ctx: Context) -> str | None:
    """'Dec 2024: gallium, germanium, antimony ban on shipments to the US' after a paragraph on another state's
    measure: an unowned measure whose goods the story filed before under one state only is that state's, not the
    last controller's."""
    owners = {m.country for m in ctx.dated_measures if set(minerals) <= set(m.minerals)}
    return next(iter(owners)) if len(owners) == 1 and last not in owners else None


def pronoun_subject(v: Token | None) -> bool:
    """The verb's subject points back to the state just named ('It eased', 'Its ministry eased'): the measure
    is that state's, whoever the story filed its goods under before."""
    subject = subject_tokens(v) if v is not None else []
    owned = [c for s in subject for c in s.children if c.dep_ == "poss"]
    possessives = _w("export_control.possessive_pronouns")
    return any(x.tag_ == "PRP" for x in subject) or any(x.lower_ in possessives for x in owned)


def dated_reference(t: Token, lem: str, ctx: Context) -> bool:
    """ "Chile's April rules were suspended": a measure noun whose own month names a measure the story filed is a
    reference to it, whatever its determiner (a possessive, none)."""
    return lem in _w("export_control.anaphoric_nouns") and dated_measure(t, ctx) is not None


def dated_goods(
    t: Token, is_verb: bool, own: list[str], ctx: Context
) -> tuple[DatedMeasure | None, list[str], list[str]]:
    """The measure a dated noun points back to, the goods the noun names itself, and both goods together."""
    dated = None if is_verb else dated_measure(t, ctx, own)
    return dated, own, own + [m for m in dated.minerals if m not in own] if dated else own


def restated_only(dated: DatedMeasure | None, status: str, own: list[str]) -> bool:
    """'The April 4 measures were published two days after ...', 'The October rules were a bigger step': a dated
    reference that tells the measure's making again, or says it stands with no goods of its own, is history."""
    return dated is not None and (status == STATUS.announced or (status in STANDING and not own))
