"""An instrument the text says does not exist: 'an India-United States treaty ...: no such instrument exists'.

Fact-checks, trackers and corrections name an instrument a reader, a post or a rumour put forward and then deny
it: 'We removed a row for an A-B treaty that a reader submitted: no such instrument exists', 'Posts mention an
A-B treaty, but no such treaty exists.', '... No such agreement was ever signed.'  A noun of an instrument
(``agreement.nouns``) with 'no' and 'such' before it, the subject of a verb of existence or signing ('exists',
'was signed'; not 'Bolivia has no such agreement', 'no such deal can fix it'), in the rest of the mention's
sentence or in the next sentence of its paragraph, denies the mention: it states no agreement.  'No such' denies
only the nearest instrument named before it ('Reports that A had signed an agreement with B were false: no such
agreement existed' spares an earlier one); one with a side of its own after it ('No such treaty has been signed
with China') denies another.
Word lists: ``agreement.nouns``, ``agreement.such_words``, ``agreement.existence_verbs``, ``status.signed``,
``status.modal_auxiliaries``, ``export_control.negation_words``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.rules import words as _w

__all__ = ["denied_to_exist"]


def _no_such(x: Token) -> bool:
    """'no such treaty': an instrument noun with 'no' and 'such' among its modifiers."""
    if lemma(x) not in _w("agreement.nouns") or x.pos_ not in ("NOUN", "PROPN"):
        return False
    mods = {c.lower_ for c in x.children if c.i < x.i}
    if not (mods & _w("export_control.negation_words") and mods & _w("agreement.such_words")):
        return False
    # the subject of a verb of existence or signing ('no such instrument exists', 'No such agreement was signed'),
    # not a comparison ('Bolivia has no such agreement') or a judgement ('no such deal can fix it')
    verb = x.head
    if x.dep_ not in ("nsubj", "nsubjpass") or lemma(verb) not in _w("agreement.existence_verbs", "status.signed"):
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in _w("status.modal_auxiliaries") for c in verb.children)
    # "No such treaty has been signed with China": a denial with a side of its own is about another instrument
    return not modal and not any(y.ent_type_ == "GPE" and y.i > x.i for y in verb.subtree)


def denied_to_exist(c: Candidate, ctx: Context, sent: Span) -> bool:
    """An agreement filter: keep the mention unless 'no such <instrument>' follows it, in its sentence or the next."""
    after = [x for x in sent if x.i > c.t.i] + list(_next_sentence(sent))
    for x in after:
        if _no_such(x):
            return False
        if lemma(x) in _w("agreement.nouns") and x.pos_ in ("NOUN", "PROPN"):
            return True  # "Reports that A had signed an agreement with B were false: no such agreement existed"
    return True


def _next_sentence(sent: Span) -> list[Token]:
    """The words of the next sentence in the paragraph (a paragraph break, which the parser makes a sentence of
    its own, ends the instrument's passage)."""
    doc = sent.doc
    nxt = next(iter(doc[sent.end :].sents), None) if sent.end < len(doc) else None
    return [] if nxt is None or not any(x.is_alpha for x in nxt) else list(nxt)
