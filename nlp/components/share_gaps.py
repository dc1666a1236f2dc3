"""Production shares whose verb and mineral a coordinated clause leaves out (gapping).

'Australia mines close to half of the world's lithium, Chile about a quarter, and China refines 65%':
after a share, a clause of only a state and a number ('Chile about a quarter', 'and Peru roughly 20%',
'with Brazil at about 10%') states that state's share of the same mineral at the same stage.  Read on the
token line, not on the parse: the model hangs a verbless conjunct anywhere ('Chile' as an adverbial of the
first verb, 'a quarter' as a date).  The gap is closed: an opener (comma, 'and', 'while', 'with') right
before the state, only hedges between the state and the number, and a clause break or the sentence's end
right after it; the first verb's preposition may be repeated before the number ('China accounts for 48%,
Tajikistan for about a quarter').  Word lists: ``production_share.gap_openers``, ``gap_words``, ``hedge_words``,
``fractions``, ``clause_breaks``, ``clause_conjunctions``, ``gap_holder_prepositions`` ('about 37% for
Australia', the number before its state, opened only by ``gap_number_openers``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.share_numbers import percent_at
from cmkg.nlp.components.share_scope import COUNTRY_LABELS
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["gapped_share"]


def gapped_share(sent: Span, i: int) -> tuple[str, float, int] | None:
    """(state, value, last token) when a verbless 'State [hedges] number' clause starts its number at
    token i; the caller gives it the verb's stage and the mineral of the share before it."""
    number = percent_at(sent, i) or _bare_fraction(sent, i)
    if number is None:
        return None
    value, last = number
    if value > _WHOLE or _excluded_before(sent, i):
        return None  # "tariffs of 125% for the United States", "imports by China with 40%": no world share
    if not _gap_ends(sent, last):
        return _state_after(sent, i, value, last)
    state = _state_before(sent, i)
    return (state, value, last) if state else None


_WHOLE = 100.0
_LOOKBACK = 5  # the words before a gapped number that may say what it is a number of


def _excluded_before(sent: Span, i: int) -> bool:
    """A word of ``production_share.exclude_words`` among the few words before the gap ('with tariffs of 10% for
    China', 'imports by China with 40%'): the number is a rate, a tariff or a trade flow."""
    window = sent.doc[max(sent.start, i - _LOOKBACK) : i]
    return any(x.lower_ in _w("production_share.exclude_words") for x in window)


def _state_after(sent: Span, i: int, value: float, last: int) -> tuple[str, float, int] | None:
    """'..., against about 37% for Australia and about 20% for Chile': the number first, its state after a
    holder preposition (``production_share.gap_holder_prepositions``), the clause closed after the state's
    name, and a gap opener before the number's hedges."""
    doc = sent.doc
    if last + 2 >= sent.end or doc[last + 1].lower_ not in _w("production_share.gap_holder_prepositions"):
        return None
    end = last + 2
    while end + 1 < sent.end and doc[end + 1].ent_kb_id_ == doc[last + 2].ent_kb_id_ and doc[end + 1].ent_iob_ == "I":
        end += 1
    name = _state_name_ending(doc[end], sent)
    if name is None or name[0] != last + 2 or not _gap_ends(sent, end):
        return None
    hedges = _w("production_share.hedge_words", "production_share.gap_words")
    k = i - 1
    while k > sent.start and doc[k].lower_ in hedges:
        k -= 1
    opened = k > sent.start and _opens_gap(doc[k], "production_share.gap_number_openers")
    return (name[1], value, end) if opened else None


def _bare_fraction(sent: Span, i: int) -> tuple[float, int] | None:
    """'a quarter', 'two-thirds' with nothing after them: a fraction standing for a share (a gap's number)."""
    doc = sent.doc
    for phrase, value in rules().table("production_share.fractions").items():
        n = len(phrase.split())
        if " ".join(x.lower_ for x in doc[i : min(i + n, sent.end)]) == phrase:
            return float(value), i + n - 1
        if "".join(x.text for x in doc[i : min(i + 3, sent.end)]).lower() == phrase.replace(" ", ""):
            return float(value), i + 2
    return None


def _gap_ends(sent: Span, last: int) -> bool:
    """The number closes its clause: a clause break, a conjunction or the sentence's end follows it."""
    if last + 1 >= sent.end:
        return True
    nxt = sent.doc[last + 1]
    return (
        nxt.is_punct
        or nxt.text in _w("production_share.clause_breaks")
        or nxt.lower_ in _w("production_share.clause_conjunctions")
    )


def _state_before(sent: Span, i: int) -> str | None:
    """The state named right before the number's hedges, itself right after a gap opener."""
    doc = sent.doc
    hedges = _w("production_share.hedge_words", "production_share.gap_words")
    k = i - 1
    while k > sent.start and doc[k].lower_ in hedges:
        k -= 1
    if k - 1 > sent.start and doc[k].lower_ in _w("production_share.gap_holder_prepositions"):
        k -= 1  # '..., Tajikistan for about a quarter and ...': the verb's own preposition repeated
    name = _state_name_ending(doc[k], sent)
    if name is None:
        return None
    first, code = name
    before = first - 1
    if before > sent.start and doc[before].lower_ in _w("production_share.definite_determiners"):
        before -= 1
    if before <= sent.start:
        return None
    return code if _opens_gap(doc[before]) else None


def _state_name_ending(x: Token, sent: Span) -> tuple[int, str] | None:
    """(first token, state id) of a state name whose last token is ``x``."""
    if x.ent_type_ not in COUNTRY_LABELS or not x.ent_kb_id_ or x.ent_type_ == "NORP":
        return None
    first = x.i
    while first - 1 > sent.start and x.doc[first - 1].ent_kb_id_ == x.ent_kb_id_ and x.doc[first - 1].ent_iob_ != "O":
        first -= 1
        if x.doc[first].ent_iob_ == "B":
            break
    return first, x.ent_kb_id_


def _opens_gap(x: Token, openers: str = "production_share.gap_openers") -> bool:
    return x.text in _w(openers) or x.lower_ in _w(openers)
