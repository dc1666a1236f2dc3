"""Who speaks a quotation: the words of its attribution, when the parser gave the verb of speech no subject.

A quoted official's "we", "our Government" or "my country" is the speaker's state, and the speaker stands in the
attribution around the quotation: "'..., ' Serbian Minister of Mining X said", "'...,' X, Ghana's minister of lands,
told reporters", "'...,' said X, Peru's Minister of Energy".  en_core_web_sm often hangs a name apposed after the
closing quote mark on the quotation's last noun ("... on copper,' X, Ghana's minister, said": 'X' an apposition of
'copper') and leaves the verb of speech subjectless; then the speaker is the run of words between the closing quote
mark and the verb.  Verbs of speech: ``status.reporting_verbs`` and ``officials.speech_verbs`` ('say', 'tell',
'add', ...).  A person's own name is no country cue ('Ana Lima' is no Peruvian): only the people layer gives a
person a state, and a private speaker (a company's spokeswoman) has none.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from cmkg.nlp.components.doc_text import doc_text
from cmkg.nlp.components.sentence_runs import sentences_before
from cmkg.nlp.components.syntax import subject_tokens
from cmkg.nlp.role_words import role_words
from cmkg.nlp.rules import words as _w

__all__ = ["attribution_words", "in_quotation", "quoted_first_person", "said_before", "speech_verb", "title_owners"]

_MAX_ATTRIBUTION = 16  # "X, the Minister of Mines and Energy of the Republic of Y," : an apposed title, not a clause


def speech_verb(v: Token) -> bool:
    """A verb of speech ('said', 'told', 'added')."""
    return v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in _w("status.reporting_verbs", "officials.speech_verbs")


def attribution_words(verb: Token) -> list[Token]:
    """The speaker's words: the subject's phrase, else the words between the closing quote mark and the verb."""
    subj = subject_tokens(verb)
    if subj:
        return [x for s in subj for x in s.subtree]
    sent = verb.sent
    marks = [x for x in sent if x.i < verb.i and x.is_quote]
    if len(marks) < 2:
        return []  # no closed quotation before the verb
    words = list(verb.doc[marks[-1].i + 1 : verb.i])
    if not words or len(words) > _MAX_ATTRIBUTION or any(x.pos_ in ("VERB", "AUX") for x in words):
        return []  # a clause of its own, not an attribution
    if not any(x.ent_type_ == "PERSON" or x.pos_ in ("NOUN", "PROPN") for x in words):
        return []
    return words


@cache
def _title_heads() -> frozenset[str]:
    """The last word of every public title ('minister', 'commissioner', 'ambassador'): lexicon_roles.tsv."""
    return frozenset(word.split()[-1] for word in role_words("head"))


def title_owners(phrase: list[Token]) -> list[Token]:
    """The words that give a title in the attribution its state: "Ghana's minister", "the Kenyan ambassador"."""
    return [x for x in phrase if x.dep_ in ("poss", "amod", "compound") and x.head.lower_ in _title_heads()]


def in_quotation(t: Token) -> bool:
    """``t`` stands inside quotation marks opened earlier in its paragraph: a quoted speaker's words."""
    text = doc_text(t.doc)
    before = text[text.rfind("\n\n", 0, t.idx) + 1 : t.idx]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def quoted_first_person(t: Token, v: Token | None) -> bool:
    """'"We have signed partnerships before," said X': an instrument a quoted speaker's 'we' makes: that speaker's
    own side, which the story cannot complete."""
    first = v is not None and any(x.lower_ in _w("agreement.joint_voice") for x in subject_tokens(v))
    return first and in_quotation(t)


def said_before(sent: Span) -> bool:
    """'G. Kishan Reddy has said that ... In that effort, negotiations on an FTA with Peru have resumed': the sentence
    before is a report, which the next sentence may go on with in its speaker's voice."""
    return any(speech_verb(b.root) for b in sentences_before(sent, 1, breaks="skip"))
