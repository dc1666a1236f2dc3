"""A question states no fact: its agreements and export controls are asked about, not reported.

"Will the memorandum be signed?", "QUESTION (Korean broadcaster): Will Vietnam join an agreement with
China?", "(c) whether the Government has imposed any restriction on exports" (a parliamentary question):
a yes/no question (an inverted auxiliary or modal, ``questions.inverted_openers``, with a question mark
closing the sentence) asks about its agreements and controls; an open 'whether' clause
(``questions.whether_openers``) asks about its controls only (its agreements are mostly background).
The opener is the first word past a speaker label ('Q:', 'QUESTION (...):') and a list marker; an answer
that confirms it ('A: Yes, ...', ``questions.affirmatives``) makes the question's fact the answer's.
A wh-question ('When will A sign?') and a statement that only reports a rumour are left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.rules import words as _w

__all__ = ["asked_kinds"]

_LABEL_TOKENS = 10  # "QUESTION (Korean broadcaster):": a speaker label is short
_CONTROLS = frozenset({"export_control"})
_BOTH = frozenset({"agreement", "export_control"})


def _first_word(tokens: list[Token]) -> Token | None:
    """The first word past a speaker label ending in a colon ('Q:', 'QUESTION (Korean broadcaster):') and any
    list marker ('(c)', 'b)', '-')."""
    words = [t for t in tokens if not t.is_space]
    colon = next((k for k, t in enumerate(words[:_LABEL_TOKENS]) if t.text.endswith(":")), None)
    rest = words[colon + 1 :] if colon is not None else words
    for k, t in enumerate(rest):
        marker = len(t.text) == 1 and k + 1 < len(rest) and rest[k + 1].text.startswith(")")
        if t.is_alpha and not marker:
            return t
    return None


def _opener(sent: Span) -> Token | None:
    return _first_word(list(sent))


def asked_kinds(sent: Span) -> frozenset[str]:
    """The fact kinds the sentence only asks about: a yes/no question asks about its agreements and export
    controls; an open 'whether' clause about its controls only, since its agreements are mostly the
    background the clause hangs on ('Whether the partnership with B, signed in 2023, attracts investment')."""
    first = _opener(sent)
    if first is None:
        return frozenset()
    if first.lower_ in _w("questions.whether_openers"):
        return _CONTROLS
    last = next((t for t in reversed(sent) if not t.is_space), None)
    asked = first.lower_ in _w("questions.inverted_openers") and last is not None and last.text == "?"
    return _BOTH if asked and not _affirmed(sent) else frozenset()


def _affirmed(sent: Span) -> bool:
    """'Q: Did A sign it? A: Yes, on Monday.': an answer that confirms the question makes it a fact."""
    doc = sent.doc
    first = _first_word(list(doc[sent.end : sent.end + _LABEL_TOKENS + 2]))
    return first is not None and first.lower_ in _w("questions.affirmatives")
