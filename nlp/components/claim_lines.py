"""Lines a fact-check labels as the claim it examines: they state nothing.

A fact-check quotes the claim it tests on a line of its own ('Claim 2: "Kazakhstan has banned all exports of
rare earths to China."') and gives the verdict and what is true below it.  The quoted claim is someone else's
assertion, usually a false one: none of the facts it words is the page's.  The label is one to three words
before a colon, a claim noun (``status.claim_labels``) with at most a number beside it ('Claim 2', 'Viral
claim #3'); only the sentence that opens the labelled line is the claim, so a verdict and the true facts after
it, on the same line or the next, are read as usual; a claim the verdict rates true ('Verdict: True.',
``status.true_verdicts``) stands.  A rated list gives the claim in quotation marks with its rating after it on
the same line ('1. “China has banned all rare earth exports to India.” FALSE'): a rating that says the claim does
not hold (``status.false_ratings``) leaves the quoted sentence nothing; one that rates it true, partly true or in
need of context lets it stand, as the text below restates or corrects it.
Word lists: ``status.claim_labels``, ``status.true_verdicts``, ``status.false_ratings``.
"""

from __future__ import annotations

from spacy.tokens import Span

from cmkg.nlp.components.doc_text import doc_text, line_start
from cmkg.nlp.rules import words as _w

__all__ = ["claimed_line"]

_MAX_LABEL_WORDS = 3
_LABEL_MARK = ":"


def claimed_line(sent: Span) -> bool:
    """Whether ``sent`` stands in a line a claim label opens."""
    text = doc_text(sent.doc)
    start = line_start(sent.doc, sent.start_char)
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    rated = _rated_quote(line)
    if rated is not None:  # '1. “A has banned X exports.” FALSE': the quoted sentence is the claim
        return sent.start_char < start + rated[0] and rated[1] in _w("status.false_ratings")
    head, mark, _ = line.partition(_LABEL_MARK)
    before = text[start : sent.start_char].strip()
    if before and before != f"{head}{mark}".strip():
        return False  # "Claim: X. Verdict: False. A requires licences ...": the later sentences are the page's
    words = head.split()
    if not mark or not words or len(words) > _MAX_LABEL_WORDS:
        return False
    label = " ".join(w for w in words if not w.lstrip("#").rstrip(".").isdigit())
    return label.lower() in _w("status.claim_labels") and not _confirmed(text, sent.end_char)


def _rated_quote(line: str) -> tuple[int, str] | None:
    """(where the closing quotation mark stands, the rating in lower case) of a line that opens, after an item's
    number, with a quoted sentence and ends with a rating; None for any other line."""
    body = line.lstrip()
    number = body.split(None, 1)[0] if body.split() else ""
    if number.rstrip(".)").isdigit() and number[-1:] in ".)":
        body = body[len(number) :].lstrip()
    if body[:1] not in _OPENING_QUOTES:
        return None
    close = max(body.rfind(q) for q in _CLOSING_QUOTES)
    rating = body[close + 1 :].strip().strip(".:;-–— ").lower() if close > 0 else ""
    if not rating or len(rating.split()) > _MAX_LABEL_WORDS or not body[close + 1 :].strip()[:1].isupper():
        return None  # a rating is a word or three in capitals or title case after the quote
    return len(line) - len(body) + close, rating


_OPENING_QUOTES = ("\u201c", '"')
_CLOSING_QUOTES = ("\u201d", '"')


def _confirmed(text: str, end: int) -> bool:
    """The verdict after the claim, on its line or the next, rates it true ('Verdict: True.')."""
    after = text[end:].lstrip("\n").split("\n", 2)[:2]
    for line in after:
        _, mark, rest = line.partition(_LABEL_MARK)
        first = rest.split()[0].strip(".,;!").lower() if mark and rest.split() else ""
        if first:
            return first in _w("status.true_verdicts")
    return False
