"""An instrument that something else is done under is one already in place.

'The fund that Ukraine and the United States set up under their April minerals agreement held its first
meeting', 'have opened a cooperation centre according to a memorandum signed by the two ministries',
'projects financed pursuant to the accord': the clause tells of another thing (a fund, a centre, projects) made
or done under the instrument, so the instrument is background (existing), whatever the verb of that clause
would say of an agreement it governed itself ('set up', 'launched', 'signed').  Word lists:
``status.framework_prepositions`` (the phrase's opener: 'under', or the word before 'to' in 'according to',
'pursuant to'), ``status.framework_nouns`` (the noun of 'under the terms of', 'in the framework of'),
``status.modal_auxiliaries`` and ``status.future_auxiliaries`` (a doing still ahead says
nothing of the instrument).
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.event_dates import date_of
from cmkg.nlp.components.parties import lemma
from cmkg.nlp.components.syntax import AUX_DEPS, has_neg
from cmkg.nlp.rules import words as _w

__all__ = ["acted_under"]

_OWN_CLAUSES = ("acl", "relcl")


def _opener(t: Token) -> Token | None:
    """The framework word that opens the phrase holding ``t`` ('under X', 'according to X', 'pursuant to X')."""
    if t.dep_ != "pobj":
        return None
    prep = t.head
    if prep.lower_ in _w("status.framework_prepositions"):
        return prep
    frame = prep.head  # "under the terms of X", "in the framework of X", "under the auspices of X"
    if lemma(frame) in _w("status.framework_nouns") and frame.dep_ == "pobj" and frame.head.dep_ == "prep":
        return frame.head
    if prep.head.lower_ in _w("status.framework_prepositions") and prep.head.i != prep.i:
        return prep.head
    # "established pursuant to X" with 'to' hung on the verb (and 'pursuant' misread as its object): the word
    # before 'to' opens the phrase, and the phrase is the verb's
    before = t.doc[prep.i - 1] if prep.i > t.sent.start else None
    return prep if before is not None and before.lower_ in _w("status.framework_prepositions") else None


def acted_under(t: Token) -> bool:
    """Whether the agreement noun ``t`` is the instrument another clause's doing is done under (see module)."""
    while t.dep_ == "compound":
        t = t.head
    opener = _opener(t)
    if opener is None or opener.head.i == opener.i:
        return False
    doer = opener.head
    if doer.pos_ == "NOUN" and doer.dep_ == "dobj":  # "opened a pilot plant pursuant to X": the plant's verb
        doer = doer.head
    if doer.pos_ != "VERB":
        return False
    # another thing made or done: the doing has an object of its own, or is a clause on another noun
    other = any(c.dep_ == "dobj" and c.i != t.i for c in doer.children) or doer.dep_ in _OWN_CLAUSES
    ahead = _w("status.modal_auxiliaries", "status.future_auxiliaries")
    if not other or has_neg(doer) or any(c.dep_ in AUX_DEPS and c.lower_ in ahead for c in doer.children):
        return False
    if doer.dep_ == "xcomp":  # "have agreed to fund projects under X": the agreement to do it is the news
        return False
    # "under a framework signed on Monday": the instrument's own dated clause makes it the news of the day (the
    # parser may hang that clause on a noun of a phrase after it: 'under an MOU on cobalt signed on Friday')
    after = [x for x in doer.subtree if x.i > t.i and x.head.i >= t.i]
    return not any(x.dep_ in _OWN_CLAUSES and date_of(x, t.sent) for x in after)
