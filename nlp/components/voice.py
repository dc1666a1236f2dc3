"""Whose voice a text speaks in: the state(s) a first-person word or a collective of the page stands for.

Several rules ask the same question ("we signed with Peru", "both governments signed", "the two countries
issued") and each used to answer it with its own precondition.  This module is the one place the answer and
its evidence live, so that a rule asks it instead of re-deriving it:

* :func:`first_person` - 'we', 'us', 'our' on a government's page: the publisher (``page_we``: its site, else
  its masthead and footer), unless the 'we' is apposed to a group or another state's speaker reports it.
* :func:`page_pair` - the pair the page is about: the pair the document coordinates most (``Context.doc_pair``),
  else the pair its title names (``Context.title_pair``).  Frame-independent: a government release, a wire
  story and bare text all have a document pair once the body coordinates two states.
* :func:`position_pair` - 'the two countries' by position (the last two states named) holds only when one
  earlier sentence named both: two states the story merely mentioned one after the other ('... frameworks the
  United States signed with Australia and Japan.  China processes 90% ...  Both governments signed') are no
  pair; then the page's pair is ('the pair the page is about at that point', never states merely mentioned).

Each answer is a :class:`Voice`: the states and the evidence that gave them (for rule records and debugging).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from cmkg.nlp.components.page_we import page_we
from cmkg.nlp.components.story_context import Context
from cmkg.nlp.components.syntax import countries_in
from cmkg.nlp.rules import words as _w

__all__ = ["Voice", "first_person", "our_collective", "page_pair", "position_pair", "recent_pair", "settled_pair"]

SENTENCES_BACK = 3  # how far back a sentence that named both states of a positional pair may stand


@dataclass(frozen=True)
class Voice:
    """The states a voice word stands for, and why ('publisher', 'document pair', 'title pair', 'position')."""

    states: tuple[str, ...]
    evidence: str


def first_person(s: Token) -> Voice | None:
    """'we' / 'us' on a government's page when the page speaks alone: the publisher; None otherwise."""
    states = page_we(s)
    return None if states is None else Voice(tuple(states), "publisher")


def our_collective(s: Token, ctx: Context) -> Voice | None:
    """'our two governments', 'both our countries' on a government's page: the publisher and the one other state
    its sentence names ('... with my Australian counterpart, including the partnership that our two governments
    concluded'); without such a state, the document's pair ('which our three countries launched', a joint
    text's voice); None when neither."""
    publisher = s.doc._.cmkg_publisher
    if publisher and any(c.lower_ in _w("agreement.pair_words") for c in s.children):
        others = list(dict.fromkeys(c for c in countries_in(list(s.sent)) if c != publisher))
        if len(others) == 1:
            return Voice((publisher, others[0]), "publisher and the sentence's other state")
    return Voice(tuple(ctx.doc_pair), "document pair") if len(ctx.doc_pair) >= 2 else None


def page_pair(ctx: Context) -> Voice | None:
    """The pair the page is about: the document's pair, else the title's; None when it has neither."""
    if ctx.doc_pair:
        return Voice(tuple(ctx.doc_pair), "document pair")
    if ctx.title_pair:
        return Voice(tuple(ctx.title_pair), "title pair")
    return None


def settled_pair(ctx: Context, publisher: str | None) -> Voice | None:
    """The page's pair when the page has made it its own: exactly two states, of which the publisher is one, or
    which the title names, or which an earlier fact of the text paired; a pair the body merely coordinated once
    ('A and B are large producers') is not settled."""
    page = page_pair(ctx)
    if page is None or len(set(page.states)) != 2:
        return None
    a, b = page.states
    if publisher in page.states or set(ctx.title_pair) == {a, b} or b in ctx.partners.get(a, ()):
        return page
    return None


def _sentences_before(sent: Span, n: int) -> list[Span]:
    """Up to ``n`` sentences before ``sent``, nearest first."""
    out: list[Span] = []
    while len(out) < n and sent.start > 0:
        sent = sent.doc[sent.start - 1].sent
        out.append(sent)
    return out


def _coordinated(sent: Span) -> tuple[str, ...] | None:
    """The last pair of states the sentence coordinates as its subject ('C and D signed'; not 'with C and D')."""
    pair = None
    for t in sent:
        if t.dep_ in ("nsubj", "nsubjpass") and len(t.conjuncts) == 1 and len(codes := countries_in([t])) == 2:
            pair = tuple(codes)
    return pair


def recent_pair(s: Token, ctx: Context) -> Voice | None:
    """The pair the text is about at this point when the states named just before are more than two: the pair a
    sentence shortly before coordinates ('C and D signed ...'), else the page's settled pair, else None."""
    for before in _sentences_before(s.sent, SENTENCES_BACK):
        if pair := _coordinated(before):
            return Voice(pair, "coordinated before")
    return settled_pair(ctx, s.doc._.cmkg_publisher)


def position_pair(s: Token, ctx: Context) -> Voice | None:
    """The last two states named, when a sentence shortly before named both (they were a pair there), else the
    pair the text is about there (:func:`recent_pair`); with no state named yet, the page's pair; None when
    nothing."""
    pair = ctx.last_countries[-2:]
    if not pair:
        return page_pair(ctx)
    before = _sentences_before(s.sent, SENTENCES_BACK)
    if len(set(pair)) < 2 or any(set(pair) <= set(countries_in(list(b))) for b in before):
        return Voice(tuple(pair), "position")
    recent = recent_pair(s, ctx)
    if recent is not None and set(recent.states) != set(pair):
        return recent  # two states merely mentioned one after the other: the pair the text is about
    return Voice(tuple(pair), "position")
