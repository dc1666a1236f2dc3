"""The full name an earlier bracket of the document gives an all-capitals word.

"The Ministry of Mines and Energy (MME) and ... signed ... In 2024 the MME signed a memorandum ...": the second
sentence names the ministry only by its initials, which the small model tags as an unknown organisation, and an
unknown organisation is read as a company.  The bracket that defined the initials says what they stand for: a name
whose capitalised words give the initials, with an office name's small words between them
(``officials.title_small_words``: 'of', 'and').  A name headed by a government word (``syntax.government_heads``)
is a state's body, as its full name would be.  Round 48: Spanish-speaking governments shorten a ministry's name
to syllables in title case ('the Ministry of Energy and Mines (Minem)'): such a word in a bracket right after a
government body's name is that body too.  Round 52: legal prose defines a term in quotes ('the Advanced Framework
Agreement (the "AFA")'), which defines the initials as a bare bracket does.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from cmkg.nlp.components.doc_text import doc_text
from cmkg.nlp.rules import words as _w

__all__ = ["defined_government", "defined_name", "defined_state", "definition_at", "name_key"]

NAME_WORDS = 8  # words before the bracket a defined name may span
# "(MSP)", and a defined term's bracket in legal prose: '(the "AFA")', '("MOFCOM")'
_DEFINING = r"\((?:the\s+)?[\"\u201c']?{}[\"\u201d']?\)"
SYLLABIC_LETTERS = 4  # 'Minem': a title-case acronym made of syllables is at least this long


def name_key(name: str | None) -> str | None:
    """'MSP' for 'Minerals Security Partnership' and for 'MSP': one key per agreement however abbreviated."""
    caps = [w for w in (name or "").split() if w[:1].isupper()]
    if not caps:
        return None
    return caps[0] if len(caps) == 1 and caps[0].isupper() else "".join(w[0] for w in caps)


def defined_name(t: Token) -> str | None:
    """The full name an earlier '<Name> (T)' of the document gives ``t``'s initials, if any."""
    found = _definition(t)
    return found[0] if found else None


def definition_at(t: Token) -> int | None:
    """The character offset of the bracket that defines ``t``'s initials, if any."""
    found = _definition(t)
    return found[1] if found else None


def _definition(t: Token) -> tuple[str, int] | None:
    """The defined name and the character offset of the bracket that defines it."""
    syllabic = t.text.istitle() and t.text.isalpha() and len(t.text) >= SYLLABIC_LETTERS  # 'Minem', 'Mincetur'
    if not (t.text.isupper() and t.text.isalpha() and len(t.text) > 1) and not syllabic:
        return None
    text = doc_text(t.doc)[: t.idx]
    small = _w("officials.title_small_words")
    for m in re.finditer(_DEFINING.format(re.escape(t.text)), text):
        words = text[: m.start()].split()[-NAME_WORDS:]
        span: list[str] = []
        for w in reversed(words):
            if not (w[:1].isupper() or w in small):
                break
            span.insert(0, w)
        starts = [k for k in range(len(span)) if span[k][:1].isupper()]
        if syllabic:  # letters of its words' syllables, not its initials: only a government body's name defines it
            matched = (k for k in starts if span[k].lower() in _w("syntax.government_heads"))
        else:
            matched = (k for k in starts if name_key(" ".join(span[k:])) == t.text)
        if (k := next(matched, None)) is not None:
            return " ".join(span[k:]), m.start()
    return None


def defined_government(t: Token) -> bool:
    """``t`` is the initials of a government body's name ('MME' for 'Ministry of Mines and Energy')."""
    name = defined_name(t)
    return name is not None and name.split()[0].lower() in _w("syntax.government_heads")


def defined_state(t: Token) -> str | None:
    """The state the defining phrase of a government body's initials names: its owner ("Namibia's Ministry of
    Mines and Energy (MME)") or its 'of' state ('the Ministry of Mines of Peru (MINEM)'), else None (then the
    page's or the story's state stands behind the body, as for its full name)."""
    found = _definition(t) if defined_government(t) else None
    if found is None:
        return None
    name, bracket = found
    start = bracket - len(name) - OWNER_CHARS
    near = [x for x in t.doc if start <= x.idx < bracket and x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_]
    return near[-1].ent_kb_id_ if near else None


OWNER_CHARS = 16  # "Namibia's ": the owner right before the defined name
