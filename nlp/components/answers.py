"""The answer to a direct question: whether the line after 'Q: ...?' grants or denies its premise.

FAQ pages, briefing transcripts and interviews print 'Q: Does the ban apply to uranium?' and then 'A: No.
Uranium exports continue under existing licences.'  The question states nothing of its own; its answer's
opening word says whether the premise holds.  That answer often opens with its speaker's label ('A:',
'Answer:', 'MINISTER:'), which is no part of it, and blank lines may stand between the two: the opening word
is the first one after the label.  A label is one to three capitalised words before a label mark at the start
of the answer, none of them itself an answer word ('No - not yet' opens with its answer).  A line holding only
the label ('A:' set apart by the sentence splitter) passes the answer to the next sentence.  An answer word
counts only standing alone ('No.', 'No, ...', 'Not yet.'; not 'No official has said', 'None of the rules'), and
only a yes/no question has one ('Why did A ban X?' takes the ban as given).
Word lists: ``status.negative_answers``, ``status.affirmative_answers``, ``status.answer_label_marks``,
``status.answer_labels``,
``status.answer_adverbs``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.role_words import role_words
from cmkg.nlp.rules import words as _w

__all__ = ["affirms", "answer_to", "denies", "is_direct_question", "is_yes_no_question", "opening_word"]

_MAX_LABEL_WORDS = 3
_ECHO_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})  # "It has, ...", "It did.", "They will."
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})  # which, what, who, whose, why, how, when, where


def is_direct_question(sent: Span) -> bool:
    """A sentence that ends in a question mark."""
    return sent.text.rstrip().endswith(tuple(_w("export_control.question_ends")))


def _label_end(sent: Span) -> int | None:
    """The index just past a speaker label opening the sentence, or None when it opens with no label: an answer
    label ('A:', 'Answer:'), a speaker's name or office in capitals ('MINISTER:') or a named person ('Minister
    Mwale:'); not 'Background:', 'Update:', 'Laos:' or a dateline."""
    answers = _w("status.negative_answers", "status.affirmative_answers")
    words: list = []
    for x in sent[: _MAX_LABEL_WORDS + 1]:
        if x.text in _w("status.answer_label_marks"):
            return x.i + 1 if words and _speaker(words) else None
        if not x.is_alpha or not (x.is_title or x.is_upper) or x.lower_ in answers:
            return None
        words.append(x)
    return None


def _speaker(words: list) -> bool:
    """The label's words name who answers: an answer label, capitals, a person, or an office."""
    if len(words) == 1 and words[0].lower_ in _w("status.answer_labels"):
        return True
    return (
        all(w.is_upper for w in words)
        or any(w.ent_type_ == "PERSON" for w in words)
        or any(w.lower_ in role_words("head") for w in words)
    )


def opening_word(answer: Span) -> Token | None:
    """The answer's first word after its speaker's label."""
    start = _label_end(answer) or answer.start
    return next((y for y in answer.doc[start : answer.end] if y.is_alpha), None)


def answer_to(question: Span) -> Span | None:
    """The sentence that answers ``question``: the next one, or the one after a label that stands alone."""
    doc = question.doc
    end = question.end
    while end < len(doc):
        answer = next(iter(doc[end:].sents))
        if any(y.is_alpha for y in answer) and _label_end(answer) != answer.end:
            return answer
        end = answer.end  # a blank line between the two, or a label standing alone
    return None


def _standalone(word: Token, extra: int = 0) -> bool:
    """The answer word stands alone: punctuation follows it, or follows the ``extra`` words after it ('No.',
    'No, ...', 'Not yet.'), not 'No official has explained', 'Not only does it apply', 'None of the rules'."""
    k = word.i + 1 + extra
    return k >= len(word.doc) or word.doc[k].is_punct


def is_yes_no_question(sent: Span) -> bool:
    """A direct question with no question word ('Does the ban apply to X?'): its answer grants or denies it; a
    'why' or 'which' question takes its premise as given."""
    return is_direct_question(sent) and not any(x.tag_ in _WH_TAGS for x in sent)


def denies(answer: Span | None) -> bool:
    """'A: No.', 'No, it was lifted', 'Not yet.', 'Never.': the answer opens with a no standing alone."""
    word = opening_word(answer) if answer is not None else None
    if word is None or word.lower_ not in _w("status.negative_answers"):
        return False
    nxt = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    adverb = nxt is not None and nxt.lower_ in _w("status.answer_adverbs")  # 'Not yet.', 'Not really,'
    return _standalone(word) or (adverb and _standalone(word, 1))


def affirms(answer: Span | None) -> bool:
    """'A: Yes.', 'Indeed.', 'It has, for six months', 'It did, briefly': the answer opens with a yes standing
    alone, or with a pronoun and an auxiliary that echo the question."""
    word = opening_word(answer) if answer is not None else None
    if word is None:
        return False
    if word.lower_ in _w("status.affirmative_answers"):
        return _standalone(word)
    nxt = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    echo = word.pos_ == "PRON" and nxt is not None and nxt.tag_ in _ECHO_TAGS and not _negated(nxt)
    return echo and _standalone(word, 1)


def _negated(aux: Token) -> bool:
    nxt = aux.doc[aux.i + 1] if aux.i + 1 < len(aux.doc) else None
    return nxt is not None and nxt.dep_ == "neg"
