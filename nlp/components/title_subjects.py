"""An official named by title alone as a subject: 'its Trade Minister signed', 'the minister signed'.

"Thailand wants to diversify ...  On Thursday, its Trade Minister signed a deal with Estonia", "France's
minister X travelled to Serbia.  There, the minister signed ...": a public office with only a possessive
pronoun or a definite article stands for the state the text has just made its subject ('its'), or whose
official the last sentence named ('the'), else the one state whose official the story gave that office ('the
President' after 'President Trump and Prime Minister Takaichi').  Word lists: ``officials.public_heads``,
``agreement.title_anaphor_determiners``, ``syntax.of_prepositions``, ``officials.acting_prepositions``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from spacy.tokens import Token

from cmkg.nlp.components.state_reference import previous_state
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["bare_titled_states", "title_holder", "titled_subject_state"]


def titled_subject_state(
    s: Token, last_subjects: Sequence[str], last_people: Sequence[str], people: Mapping[str, Any] | None = None
) -> list[str]:
    """'its Trade Minister signed', 'the minister signed': the state just made subject, or just named.

    Takes the story's last subjects and last officials' states, not the parties Context, so that this
    module and ``parties`` do not import each other."""
    if not (s.lower_ in _w("officials.public_heads") or _headship(s)) or s.ent_type_ in ("GPE", "NORP"):
        return []
    marks = [c for c in s.children if c.dep_ in ("det", "poss")]
    if not marks or not all(m.lower_ in _w("agreement.title_anaphor_determiners") for m in marks):
        return []
    if any(m.dep_ == "poss" for m in marks):  # "its minister": the state the text has just made its subject
        return (previous_state(s) or list(last_subjects))[:1]
    officials = list(dict.fromkeys(last_people))  # "the minister": the one state whose official was just named
    if len(officials) == 1:
        return officials
    return title_holder(s, people) or previous_state(s)[:1]


def title_holder(s: Token, people: Mapping[str, Any] | None) -> list[str]:
    """'Trump and Prime Minister Takaichi signed ... the President also signed': the one state whose official the
    story gave that title (its role's head word), or none."""
    known = [p for p in (people or {}).values() if p.country and not p.private and _head_word(p.role) == s.lower_]
    for same in (
        _same_title(s, known),
        known,
    ):  # 'the Prime Minister' after 'Minister of Trade X' and 'Prime Minister Y'
        before = {p.country for p in same if p.start < s.i}  # named before it, else anywhere (a caption set aside)
        holders = before or {p.country for p in same}
        if len(holders) == 1:
            return list(holders)
    return []


def _headship(s: Token) -> bool:
    """'the Head of State', 'the Head of Government' (``officials.headship_titles``): one title, its head word first."""
    offices = rules().table("officials.headship_titles").get(s.lower_, ())
    return any(o.lower_ in offices for p in s.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")


def _same_title(s: Token, known: list[Any]) -> list[Any]:
    """Officials whose whole role is the subject's title words ('Prime Minister'), not only its head word."""
    words = [c.lower_ for c in s.lefts if c.dep_ in ("compound", "amod")] + [s.lower_]
    if _headship(s):  # 'the Head of State': the office phrase is part of the title
        words += [x.lower_ for p in s.rights if p.dep_ == "prep" for x in p.subtree]
    return [p for p in known if (p.role or "").lower().split() == words]


def _head_word(role: str | None) -> str:
    """The office word that heads a role: 'minister' of 'Prime Minister' and 'Minister of Mines'."""
    words = (role or "").lower().split()
    ends = [k for k, w in enumerate(words) if w in _w("syntax.of_prepositions", "officials.acting_prepositions")]
    return words[: ends[0] if ends else len(words)][-1:][0] if words else ""


def bare_titled_states(tokens: Sequence[Token], people: Mapping[str, Any] | None) -> list[str]:
    """'the Head of State and the President of the Republic of Rwanda signed', 'the Minister informed the Council
    that discussions with B are continuing': a title with an article and no state of its own (a later conjunct's
    words are not its own) is the official the story gave that title; the one reader of it for signers
    (``parties``) and reporters (``counterpart_speakers``)."""
    later = lambda s: {y.i for c in s.conjuncts if c.i > s.i for y in c.subtree}  # noqa: E731
    marked = lambda s: any(c.lower_ in _w("agreement.title_anaphor_determiners") for c in s.children)  # noqa: E731
    stated = lambda s: any(y.ent_type_ in ("GPE", "NORP") and y.i not in later(s) for y in s.subtree)  # noqa: E731
    return [x for s in tokens if marked(s) and not stated(s) for x in title_holder(s, people)]
