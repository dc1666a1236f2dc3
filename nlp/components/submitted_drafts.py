"""The state a draft or proposal is handed to is the instrument's other side: 'X submitted a framework proposal on
trade and investment to Washington', 'Ghana sent a draft memorandum to Peru', 'handed Lima a draft agreement'.

A government that submits, sends or presents the text of an instrument names the other side as the recipient,
in a 'to' phrase on the verb (``agreement.recipient_prepositions``) or as its indirect object, not in a 'with'
phrase; the party rules read the sender as the subject and found no partner, so the draft was dropped.  Here the
recipient joins the instrument's sides when the instrument (or the proposal or draft it names: 'a framework
proposal', 'a proposal for a memorandum') is the verb's direct object, and is no text someone owns ('Peru's draft',
'its policy framework') or one already signed or ratified; of two 'to' phrases the last names the recipient.  A
text handed over is one under negotiation, lapsed when the sentence says the talks failed or it was rejected
(``has_status`` reads the rule).  Words: ``agreement.submission_verbs``, ``status.proposal_nouns``,
``status.signed``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.syntax import clause_head, countries_in, has_neg
from cmkg.nlp.rules import words as _w

__all__ = ["RULE", "submitted_draft"]

RULE = "agreement.submitted_draft"


def _submitting_verb(t: Token) -> Token | None:
    """The verb that hands over the instrument ``t``, or the proposal that names it, as its direct object."""
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head  # 'a framework proposal', 'a draft memorandum'
    proposals = _w("status.proposal_nouns")
    if t.dep_ == "pobj" and lemma(t.head.head) in proposals:
        t = t.head.head  # 'a proposal for a memorandum'
    elif t.dep_ == "pobj" and any(o.dep_ == "dobj" and lemma(o) in proposals for o in t.head.head.children):
        t = next(o for o in t.head.head.children if o.dep_ == "dobj")  # '... for' hung on the verb
    verb = t.head
    if t.dep_ != "dobj" or verb.pos_ != "VERB" or lemma(verb) not in _w("agreement.submission_verbs"):
        return None
    return verb


def submitted_draft(c: Candidate, ctx: Context, sent: Span) -> bool:
    """Add the recipient state to a subject's instrument that names no partner of its own."""
    if c.with_ or not c.subj:
        return True
    verb = _submitting_verb(c.t)
    if verb is None or has_neg(verb) or _owned_or_made(c.t):
        return True
    to = _w("agreement.recipient_prepositions")
    # 'to Peru' wherever the parser hung it in the verb's own clause: on the verb (as a 'dative' too), on either
    # noun, or on the last word of a topic phrase ('a proposal on trade and investment to Washington'); of two, the
    # last ('a draft on ore shipments to China to its Senate': the Senate)
    phrases = [p for p in verb.subtree if p.lower_ in to and p.pos_ == "ADP" and clause_head(p) == verb]
    recipients = [o for p in phrases[-1:] for o in p.children if o.dep_ == "pobj"]
    recipients += [o for o in verb.children if o.dep_ == "dative" and o.pos_ != "ADP"]  # 'handed Lima a draft'
    given = [x for x in countries_in(recipients) if x not in c.subj]
    if given:
        c.with_ += list(dict.fromkeys(given))
        c.rule = RULE
    return True


def _owned_or_made(t: Token) -> bool:
    """'Peru's draft memorandum', 'its policy framework': a text someone owns is no draft between the two;
    'the ratified agreement', 'the signed agreement': one already made, only delivered."""
    made = _w("status.signed")
    return any(c.dep_ == "poss" or (c.dep_ == "amod" and lemma(c) in made) for c in t.children)
