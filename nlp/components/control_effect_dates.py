"""When an export control starts after the text was published: then it is announced, not in force.

"This Announcement shall take effect on 1 April 2026" (published in February), "voted to ban exports of X
from July next year", "... concentrate starting in 2026" (a start word before a later date, read off the
words when the parser breaks the clause), a notice's closing article for the measures it states with no
date or past of their own.  Word lists: ``export_control.effect_phrases``, ``start_prepositions``,
``continuing_verbs``, ``document_nouns``, ``status.*_auxiliaries``.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from cmkg.nlp.components.parties import Context
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import AUX_DEPS, SUBJECT_DEPS, subject_tokens, verb_chain
from cmkg.nlp.dates import When, parse_iso_date, resolve_when
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["came_into_effect", "started_before", "takes_effect_later"]

_YEAR = re.compile(r"\b(19|20)\d\d\b")


def _effect_date_later(tokens: list[Token], published: date | None) -> bool:
    """Whether an effect phrase ('shall take effect on', 'effective from', 'comes into force on') among the
    tokens is followed by a date after the publication date."""
    if published is None:
        return False
    phrases = _w("export_control.effect_phrases")
    for k, x in enumerate(tokens):
        pair = f"{_lemma(x)} {tokens[k + 1].lower_}" if k + 1 < len(tokens) else ""
        if _lemma(x) in phrases or pair in phrases:
            if x.tag_ in ("VBD", "VBN") and x.pos_ in ("VERB", "AUX") and not _has_future_aux(x):
                return False  # "took effect on August 1", "has come into force": a year-less date in the past
            rest = tokens[k].doc[tokens[k].i : tokens[-1].i + 1].text
            when = resolve_when(rest, published)
            return when.basis != "published" and _ahead(when, published, x) > published
    return False


def _ahead(when: When, published: date, x: Token) -> date:
    """A date an effect verb still to come names ('is scheduled to take effect on 1 December', 'takes effect on 1
    December', published in October): a day and month with no year of their own are the next such day, not the
    last one (``resolve_when`` reads a year-less date as past, as news dates mostly are).  'effective from 1
    January' and a perfect verb keep the past reading."""
    day = parse_iso_date(when.date)
    if when.precision != "day" or _YEAR.search(when.text) or day > published:
        return day
    if (
        x.pos_ != "VERB"
        or x.tag_ not in ("VB", "VBZ", "VBP")
        or any(c.dep_ == "aux" for c in x.children if c.tag_ in ("VBZ", "VBP"))
    ):
        return day
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day


def _has_future_aux(x: Token) -> bool:
    """'will have taken effect by then': a participle under a future or conditional auxiliary."""
    future = _w("status.conditional_auxiliaries", "status.modal_auxiliaries")
    return any(c.dep_ in AUX_DEPS and c.lower_ in future for c in x.children)


def _starts_later(v: Token, published: date | None) -> bool:
    """'voted to ban exports of X from July next year': a start phrase on the measure's verb dated after
    publication."""
    if published is None:
        return False
    for phrase in _start_phrases(v):
        when = resolve_when(phrase.text, published)
        if when.basis != "published" and parse_iso_date(when.date) > published:
            return True
    return False


def _start_phrases(v: Token) -> list[Span]:
    """The start phrases of the measure's verb or its object ('from 1 August', 'starting in 2026')."""
    holders = [v, *(c for c in v.children if c.dep_ == "dobj")]  # "ban exports of X from October 2027"
    starts = _w("export_control.start_prepositions")
    phrases = [
        v.doc[prep.i : prep.right_edge.i + 1]
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in starts)
    ]
    return phrases + _dated_starts_after(v, starts)


def started_before(t: Token, v: Token) -> bool:
    """'July 3, 2023 - the ministry announces that exports will need a licence from August 1', read in 2025:
    the start the words give, a day of a month dated from the stated date of the measure's own clause when it
    has one, has passed by the time the text was published, so the measure applies now."""
    published = parse_iso_date(t.doc._.cmkg_published)
    if published is None:
        return False
    anchor = _clause_date(v)
    for phrase in _start_phrases(v):
        when = resolve_when(phrase.text, published)
        if when.basis != "stated":  # a day or month without its year: "from August 1", "from May"
            # only the bare date after the preposition ("from next June" is the publication's), and only with the
            # clause's own year ("said on Monday that exports would need a licence from November 1": a future)
            bare = when.text is not None and phrase[1:].text == when.text
            if not bare or anchor is None:
                continue
            when = resolve_when(phrase.text, anchor)
        if when.basis != "published" and when.date is not None and parse_iso_date(when.date) < published:
            return True
    return False


def _clause_date(v: Token) -> date | None:
    """The stated date (with its year) of the clause chain above the measure's verb, up to a conjunct with a
    subject of its own: 'In July 2023, A said ...', 'July 3, 2023 - A announces ...'; not 'A has barred
    exports since 2020, and says it will stop ...'."""
    chain = []
    for x in verb_chain(v):
        chain.append(x)
        if x.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in x.children):
            break
    # a year, tagged a date or not ("October 20, 2023 - ..." is often left untagged at a line's start)
    for x in (x for x in v.sent if len(x.text) == 4 and x.text.isdigit() and 1900 < int(x.text) < 2100):
        verb = x
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb in chain:
            entity = next((e for e in v.doc.ents if e.start <= x.i < e.end), None)
            words = entity.text if entity is not None else v.doc[min(x.head.left_edge.i, x.i) : x.i + 1].text
            when = resolve_when(f"in {words}", None)  # "July 2021", "3 July 2023", "October 20, 2023", "2021"
            return parse_iso_date(when.date) if when.basis == "stated" else None
    return None


def _onset_later(t: Token, published: date | None) -> bool:
    """'replaced it with a quota system that starts next month': the measure's own clause says it begins after
    publication."""
    if published is None:
        return False
    holder = t.head if t.dep_ == "compound" else t
    for c in (c for c in holder.children if c.dep_ in ("relcl", "acl")):
        if _lemma(c) in _w("export_control.onset_verbs") and c.tag_ not in ("VBD", "VBN"):  # not "started in March"
            when = resolve_when(t.doc[c.i : c.right_edge.i + 1].text, published)
            if when.basis != "published" and parse_iso_date(when.date) > published:
                return True
    return False


def _dated_starts_after(v: Token, starts: frozenset[str]) -> list[Span]:
    """'voted to ban exports of X concentrate starting in 2026', parsed with 'starting' on a misread verb: a
    start word right before a date, read off the words of the measure's clause (up to the next verb with a
    subject of its own)."""
    out = []
    for x in v.doc[v.i + 1 : v.sent.end]:
        dated = [y for y in v.doc[x.i + 1 : min(x.i + 3, v.sent.end)] if y.ent_type_ == "DATE"]
        if x.lower_ in starts and dated:
            end = dated[0]
            while end.i + 1 < v.sent.end and end.nbor(1).ent_type_ == "DATE":
                end = end.nbor(1)
            out.append(v.doc[x.i : end.i + 1])
        elif x.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children):
            break
    return out


def takes_effect_later(t: Token, v: Token) -> bool:
    """A measure that starts after the text was published: its own sentence says so, or a notice's closing
    article ('This Announcement shall take effect on ...') does, for measures with no date or past of their own."""
    doc = t.doc
    published = parse_iso_date(doc._.cmkg_published)
    if _lemma(v) in _w("export_control.continuing_verbs"):
        return False  # "the ban ... remains in force, and announced that, with effect from ...": not its date
    if _effect_date_later(list(t.sent), published) or _starts_later(v, published) or _onset_later(t, published):
        return True
    chain = verb_chain(v)
    if any(x.tag_ == "VBD" or _lemma(x) in _w("export_control.continuing_verbs") for x in chain):
        return False  # "banned exports in 2020", "remain subject to licensing": not the notice's new measure
    own_date = resolve_when(t.sent.text, None)  # a sentence with a date of its own is not the notice's
    if own_date.basis != "undated":
        return False
    key = "cmkg_controls_effective_later"
    if key not in doc.user_data:
        doc.user_data[key] = any(
            _effect_date_later(list(s), published)
            for s in doc.sents
            if any(_lemma(x) in _w("export_control.document_nouns") for x in subject_tokens(s.root))
        )
    return doc.user_data[key]


def came_into_effect(t: Token, v: Token | None, ctx: Context) -> bool:
    """'The quota took effect on Tuesday', 'the ban came into force': an announced measure named before that has
    now begun to apply is news of its own, not a repetition (it was announced, now it is in force)."""
    announced = ctx.last_measure is not None and ctx.last_measure[1] == STATUS.announced
    if (
        not announced
        or v is None
        or v.tag_ != "VBD"
        or not any(c.dep_ in SUBJECT_DEPS and c.i == t.i for c in v.children)
    ):
        return False
    phrases = {f"{_lemma(v)} {c.lower_}" for c in v.children if c.dep_ in ("dobj", "prep")}
    return bool(phrases & _w("export_control.effect_phrases"))
