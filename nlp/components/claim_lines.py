"""Lines a fact-check labels as the claim it examines: they state nothing.

A fact-check quotes the claim it tests on a line of its own ('Claim 2: "Kazakhstan has banned all exports of
rare earths to China."') and gives the verdict and what is true below it.  The quoted claim is someone else's
assertion, usually a false one: none of the facts it words is the page's.  The label is one to three words
before a colon, a claim noun (``status.claim_labels``) with at most a number beside it ('Claim 2', 'Viral
claim #3'); only the sentence that opens the labelled line is the claim, so a verdict and the true facts after
it, on the same line or the next, are read as usual; a claim the verdict rates true ('Verdict: True.',
``status.true_verdicts``) stands.
Word lists: ``status.claim_labels``, ``status.true_verdicts``.
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
    head, mark, _ = text[start : end if end >= 0 else len(text)].partition(_LABEL_MARK)
    before = text[start : sent.start_char].strip()
    if before and before != f"{head}{mark}".strip():
        return False  # "Claim: X. Verdict: False. A requires licences ...": the later sentences are the page's
    words = head.split()
    if not mark or not words or len(words) > _MAX_LABEL_WORDS:
        return False
    label = " ".join(w for w in words if not w.lstrip("#").rstrip(".").isdigit())
    return label.lower() in _w("status.claim_labels") and not _confirmed(text, sent.end_char)


def _confirmed(text: str, end: int) -> bool:
    """The verdict after the claim, on its line or the next, rates it true ('Verdict: True.')."""
    after = text[end:].lstrip("\n").split("\n", 2)[:2]
    for line in after:
        _, mark, rest = line.partition(_LABEL_MARK)
        first = rest.split()[0].strip(".,;!").lower() if mark and rest.split() else ""
        if first:
            return first in _w("status.true_verdicts")
    return False
