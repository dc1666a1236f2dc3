"""When a verb's event happened: its date phrase, and whether a time phrase on it lies before the article's
date ('concluded negotiations in 2019', 'signed last October'), which makes the event background.

Split from status.py along its seam: status.py decides what stage an agreement is at; this module reads
the dates it weighs (status.py re-exports earlier_year and date_of). Word lists: ``dates.*``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.syntax import own_clause
from cmkg.nlp.dates import parse_iso_date, resolve_when
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["date_of", "earlier_year", "year_ago", "year_before"]

_YEAR = re.compile(r"(19|20)\d\d")


def year_before(v: Token, ctx: Context) -> bool:
    """A year on the verb before the article's: 'concluded negotiations in 2019' is background."""
    return ctx.year is not None and any(_YEAR.fullmatch(x.text) and int(x.text) < ctx.year for x in v.subtree)


def _inside_other_agreement(tok: Token, v: Token, own: Token | None) -> bool:
    """'signed X on Monday, following a similar deal between Y and Z last year': that year dates the other deal;
    'joined the alliance formed by Y and Z in 2019': a clause on the agreement itself dates its making, not this
    verb's event (a date the parser merely hung inside the noun's phrase, 'a partnership on tantalum last July',
    still dates the verb)."""
    cur, clause = tok, False
    while cur.head.i != cur.i and cur.head.i != v.i:
        clause = clause or cur.dep_ in ("acl", "relcl")
        cur = cur.head
        if cur.pos_ in ("NOUN", "PROPN") and lemma(cur) in _w("agreement.nouns"):
            return clause or own is None or cur.i != own.i
    return False


def earlier_year(v: Token, ctx: Context, own: Token | None = None) -> bool:
    """A time phrase on the verb that lies before the article's month or year: background.

    Time phrases inside another agreement noun's phrase (not ``own``, the agreement being dated) are skipped.
    """
    if ctx.year is None:
        return False
    months = rules().value("dates.months")
    for c in _time_phrases(v):
        # "on 30 October 2025" (a full date, as official texts recall acts) but not a bare "on 15 January"
        full = c.lower_ in _w("dates.dated_prepositions") and any(_YEAR.fullmatch(x.text) for x in c.subtree)
        if c.lower_ in _w("dates.time_prepositions") or full:
            for o in c.children:
                if (
                    o.lower_ in months
                    and ctx.month
                    and months.index(o.lower_) + 1 != ctx.month
                    and v.tag_ in ("VBD", "VBN")
                ):
                    return True
    for tok in own_clause(v):
        if own is not None and _inside_other_agreement(tok, v, own):
            continue
        if _YEAR.fullmatch(tok.text) and int(tok.text) < ctx.year:
            return True
        if tok.lower_ in _w("dates.past_modifiers") and tok.head.lower_ in _w("dates.year_nouns"):
            return True
        if tok.lower_ in _w("dates.past_modifiers") and tok.head.lower_ in months and v.tag_ in ("VBD", "VBN"):
            return True  # "signed last October": a named month gone by
    return False


def _time_phrases(v: Token) -> list[Token]:
    """The verb's own 'in [month]' phrases, and those the parser hung on its venue ('signed ... in Dushanbe in
    July'): a place named right under one of the verb's phrases."""
    own = [c for c in v.children if c.dep_ == "prep"]
    venues = [o for p in own for o in p.children if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC")]
    return own + [c for o in venues for c in o.children if c.dep_ == "prep"]


def date_of(v: Token | None, sent: Span) -> str | None:
    if v is None:
        return None
    for ent in sent.ents:
        if ent.label_ == "DATE" and ent.root.head.i in {v.i, *[c.i for c in v.children]}:
            return ent.text
    return None


def year_ago(v: Token, sent: Span) -> bool:
    """'agreed last year': a date phrase on the verb that falls in an earlier year than the article's (a month
    earlier, 'last month', is this year's news)."""
    said = date_of(v, sent)
    published = parse_iso_date(sent.doc._.cmkg_published)
    if said is None or published is None:
        return False
    if said.isdigit():  # a bare year ('set up in 2022'), which resolve_when reads as no date
        return int(said) < published.year
    when = resolve_when(said, published)
    return when.basis != "published" and parse_iso_date(when.date).year < published.year
