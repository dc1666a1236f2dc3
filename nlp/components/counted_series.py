"""Counted series: the partners an 'including' or 'such as' phrase names after a counted plural.

"partnerships with 14 countries, including A and B", "with a dozen countries, among them A, B and C":
a counted noun announces a series and an opener right after its phrase lists some of it.  Finding
where such an opener belongs (the counted phrase, not another noun or verb) and the run of states it
opens is one concern, asked by the agreement filters (``agreements``), apart from the list rules of
``lists``.  Word lists: ``agreement.inclusion_verbs``, ``agreement.series_openers``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import lemma
from cmkg.nlp.components.party_phrases import counted_noun
from cmkg.nlp.components.syntax import countries_in, country_of_token
from cmkg.nlp.rules import words as _w

__all__ = ["included_partners", "opened_series"]


def included_partners(c: Candidate, sent: Span) -> list[str]:
    """The countries an 'including' phrase after a counted plural names, wherever the parser hung it."""
    counted = counted_noun(c.t) or (counted_noun(c.v) if c.v is not None else None)
    if counted is None:
        return []
    out: list[str] = []
    for x in sent:  # right after the counted phrase, like an opener ('angering rivals including A' is not)
        if x.i > counted.i and x.tag_ == "VBG" and lemma(x) in _w("agreement.inclusion_verbs"):
            if not _nothing_between(sent.doc[counted.i + 1 : x.i]):
                continue
            objs = [o for o in x.children if o.dep_ in ("pobj", "dobj")]
            out += [code for code in countries_in(objs) if code not in out and code not in c.subj]
    return out + [code for code in opened_series(counted, sent) if code not in out and code not in c.subj]


def opened_series(counted: Token, sent: Span) -> list[str]:
    """'with a dozen countries, among them A, B and C' ('such as', 'notably', ...): the series an opener
    announces right after the counted noun's phrase. The parser hangs the list anywhere (an apposition of the
    agreement noun, the object of 'among'), so the list is read from the opener on: a state right after it
    and the states coordinated with that one. An opener that follows another noun ('angering rivals such as
    A') or a verb ('notably excluding A') or whose state comes later ('among them buyers in A') announces
    another series.
    """
    doc = sent.doc
    # another clause with its own subject ends the series' reach ('..., and exporters such as A said')
    # (an absolute phrase's subject does not: 'the latest being A and B')
    subjects = (x for x in doc[counted.i + 1 : sent.end] if x.dep_ in ("nsubj", "nsubjpass") and x.head.tag_ != "VBG")
    end = next((x.i for x in subjects), sent.end)
    for opener in (o.split() for o in _w("agreement.series_openers")):
        for i in range(counted.i + 1, end - len(opener)):
            if [x.lower_ for x in doc[i : i + len(opener)]] != opener or not _nothing_between(doc[counted.i + 1 : i]):
                continue
            first = _first_after(doc[i + len(opener) : end])
            if first is not None:
                found = countries_in([first, *first.conjuncts])
                return found + [x for x in _state_run(first, end) if x not in found]
    return []


def _nothing_between(between: Span) -> bool:
    """Between the counted noun and an opener, only its own phrase's adverbials: punctuation, function words, a
    date or a mineral ('with 14 countries since 2021, among them'); another noun or a verb heads another phrase
    the opener may belong to ('angering rivals such as', 'to the dismay of its competitors, namely')."""
    return all(
        x.pos_ not in ("NOUN", "PROPN", "VERB", "AUX", "PRON") or x.ent_type_ in ("DATE", "TIME", "MINERAL")
        for x in between
    )


def _first_after(after: Span) -> Token | None:
    """The state an opener announces: the word right after it, or after one determiner ('such as the UAE')."""
    for x in after[:2]:
        if country_of_token(x):
            return x
        if x.dep_ != "det":
            return None
    return None


def _state_run(first: Token, end: int) -> list[str]:
    """The states named one after another from ``first`` ('A, B and the C'), however the parser joined them:
    commas, conjunctions and determiners go on, anything else (a demonym, a verb) ends the run."""
    out: list[str] = []
    for x in first.doc[first.i : end]:
        if x.ent_type_ == "GPE" and x.ent_kb_id_:
            out += [] if x.ent_kb_id_ in out else [x.ent_kb_id_]
        elif not (x.text == "," or x.dep_ in ("cc", "det")):
            break
    return out
