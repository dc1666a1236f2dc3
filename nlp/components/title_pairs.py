"""The pair a page's title names, and the instrument a body sentence shares with that title.

"Namibia and Finland sign memorandum" over "The two countries on Tuesday signed ...": the body refers to its pair
and the title says who.  The title's states are read against the gazetteer's exact forms (a title-case 'And' is
no Andorra); the document's own most-named coordinated pair is the other fallback.  Words:
``agreement.definite_determiners``, ``agreement.mou_forms``, ``agreement.two_sided_documents``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.bystanders import in_venue, venue_prepositions
from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.counterpart import is_plural
from cmkg.nlp.components.parties import Context
from cmkg.nlp.components.syntax import countries_in, country_of_token
from cmkg.nlp.components.table_rows import table_rows
from cmkg.nlp.rules import words as _w

__all__ = ["document_pair", "title_pair", "title_states", "titled_instrument"]


def document_pair(doc) -> list[str]:
    """The coordinated pair of countries ('X and Y') the document names most often (for the title's pair, which
    only a body's 'the two countries' may fall back on, see :func:`title_pair`)."""
    counts: dict[tuple[str, str], int] = {}
    rows = [(r.start, r.end) for r in table_rows(doc)]  # a table's parties cells are records, not the story's pair
    for t in doc:
        if t.dep_ == "conj" or not t.conjuncts or any(a <= t.idx < b for a, b in rows):
            continue
        codes = countries_in([t])
        if len(codes) == 2 and len(t.conjuncts) == 1 and not _languages(t):
            key = (codes[0], codes[1])
            counts[key] = counts.get(key, 0) + 1
    return list(max(counts, key=counts.get)) if counts else []


def _languages(t: Token) -> bool:
    """'held in Kazakh and Russian', 'the Kyrgyz and Russian texts prevail': two demonyms that name languages."""
    if not all(x.ent_type_ in ("NORP", "LANGUAGE") for x in (t, *t.conjuncts)):
        return False
    if t.dep_ == "pobj" and t.head.lower_ in _w("syntax.language_prepositions"):
        return True
    end = max(x.i for x in (t, *t.conjuncts)) + 1
    return end < len(t.doc) and t.doc[end].lower_ in _w("syntax.language_nouns")


_TITLE_WORD = re.compile(r"[^\W_][\w'\u2019.]*")
_DASHES = "-\u2013"


def _title_state(title: str, words: list[re.Match], i: int) -> tuple[str | None, int]:
    """The state the longest run of title words from ``i`` names, and the run's length (1 when none)."""
    forms = gazetteer().country_forms
    for n in range(min(5, len(words) - i), 0, -1):
        start, end = words[i].start(), words[i + n - 1].end()
        text = title[start:end].removesuffix("'s").removesuffix("\u2019s")
        code, kind = forms.get(text, forms.get(text.removeprefix("the "), (None, "")))
        dashed = (start > 0 and title[start - 1] in _DASHES) or title[end : end + 1] in tuple(_DASHES)
        if code and (kind != "demonym" or dashed):
            return code, n
    return None, 1


def title_states(title: str) -> list[str]:
    """The states a title names as actors, in order: names and capitals ('Pretoria, Accra deepen ties'),
    demonyms only joined by a dash ('Uzbek-Japanese roadmap'), not a state after a venue preposition
    ('a summit in Z').  Matched against the gazetteer's exact forms: a title-case 'And' is no Andorra."""
    words = list(_TITLE_WORD.finditer(title))
    venue = venue_prepositions()
    out: list[str] = []
    i = 0
    while i < len(words):
        code, n = _title_state(title, words, i)
        if code and code not in out and not (i and words[i - 1].group().lower() in venue):
            out.append(code)
        i += n
    return out


def title_pair(title: str, publisher: str | None) -> list[str]:
    """ "Namibia and Finland sign memorandum" over "The two countries on Tuesday signed ...": a body that only
    refers to its pair takes it from the title (the gold cites the body sentence; the title says who).
    Only that last fallback reads it: a page's title can be a teaser of another story, so the joint voice,
    'this Memorandum' and the closing formula keep to the body's pair.

    The pair a title names ('X and Y sign ...', 'X, Y agree ...', 'X-Y pact', 'X signs MoU with Y'); on a
    government's page a title naming one other state pairs it with that government.  Three states, or one on a
    news page, give no pair."""
    states = title_states(title)
    if publisher and len(states) == 1 and states[0] != publisher:
        return [publisher, states[0]]
    return states if len(states) == 2 else []


def titled_instrument(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'The memorandum was signed on Monday in Bishkek' under the title 'Kyrgyzstan and Korea sign memorandum on
    lithium': a definite instrument noun the title names too ('memorandum', or one MOU form for another), in a
    sentence that names no state, is the title's instrument, between the title's pair."""
    if c.parties or c.name or not ctx.title_pair or is_plural(c.t):
        return True  # "The partnerships support ...": a set of instruments, not the title's one
    if not any(x.dep_ == "det" and x.lower_ in _w("agreement.definite_determiners") for x in c.t.children):
        return True
    if any(country_of_token(t) and not in_venue(t) for t in sent):
        return True  # the sentence names its own states ('in Bishkek' is only where)
    titled = {w.lower() for w in _TITLE_WORD.findall(sent.doc._.cmkg_title or "")}
    family = _w("agreement.mou_forms", "agreement.two_sided_documents")
    forms = {c.t.lower_, c.lem}
    if forms & titled or forms & family and titled & family:
        c.with_ = list(ctx.title_pair)  # provenance: agreement.noun (a rule's example has no title to fire on)
    return True
