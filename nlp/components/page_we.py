"""'We' on a government's page is that government when the page speaks alone.

A minister's speech or press conference on the ministry's site ("And with the Republic of Korea we expect to sign a
statement of intent", "With the European Union we already have the Japan-EU Competitiveness Alliance") says 'we'
for the publisher (``doc._.cmkg_publisher``: its site, else its masthead and footer).  The story's last subject,
which a bare pronoun otherwise refers to, is often the partner of a sentence before ("India ...").  A joint text's
'we' is at least its publisher; the joint-voice rule widens it to the text's pair (``Context.doc_pair``) when the
publisher is one of the pair.  Not the publisher's: a 'we' apposed to a group ("We, the partners of the MSP"), and
a 'we' in a sentence whose speaker is another state's (a reporting verb whose subject names a state: "'We will
sign with X,' the Minister of Trade of Peru said"; "as the Minister said" is the page's own).  Words:
``agreement.joint_voice``, ``agreement.speaker_pronouns`` ('I', the speaking official), ``status.reporting_verbs``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.interview_voice import author_voice, own_voice
from cmkg.nlp.components.quoted_speaker import in_quotation
from cmkg.nlp.components.syntax import countries_in
from cmkg.nlp.rules import words as _w

__all__ = ["page_we"]


def page_we(s: Token) -> list[str] | None:
    """The publishing government for a first-person subject on its page; None when the rule does not apply."""
    publisher = own_voice(s)  # an interviewed official's answer speaks for the state too
    voice = _w("agreement.joint_voice", "agreement.speaker_pronouns")  # "I signed" on a minister's own page
    if not publisher or s.lower_ not in voice:
        return None
    if s.lower_ in _w("agreement.speaker_pronouns") and (not author_voice(s) or in_quotation(s)):
        return None  # an 'I' is the page's state only where the page's author writes it, outside others' quotes
    if any(c.dep_ == "appos" for c in s.children):
        return None  # "We, the partners of the MSP, met today": the group speaks
    for x in s.sent:
        if x.pos_ == "VERB" and x.lemma_.lower() in _w("status.reporting_verbs"):
            speakers = [c for c in x.children if c.dep_ in ("nsubj", "nsubjpass")]
            if countries_in([y for c in speakers for y in c.subtree]):
                return None  # another state's speaker reports this 'we' ('the Minister' alone is the page's)
    return [publisher]
