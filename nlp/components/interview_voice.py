"""Whose 'we' answers in a question-and-answer interview with an official.

An interview page gives the questions and answers as paragraphs opened by marks ('Q:', 'A:'), after a
standfirst that introduces whom the outlet spoke to: the first person it gives a role.  When that person is a
public official, the answers are the official's words, and 'we', 'our' in them are the official's state, as
they are the government's on its own page ('The memorandum we signed with the United States in 2023 ...').  The
state is the one state the headline names ('Q&A: Mongolia's vice-minister on ...'), else the official's own.  An
analyst's or a trader's 'we' is their firm's, so an interview with anyone else speaks for no state.  A transcript
whose turns open with speakers' names ('NADIA RAHMAN:', 'RATNA:', 'Lalonde-Harcourt:') has its guest's turns as answers:
the first official whose name labels turns.  Word lists:
``agreement.question_marks``, ``agreement.answer_marks``.

A page an official writes in the first person says so in its title: "Thread by NAME, Minister of Industry and
Mineral Resources of Mongolia, on ...", "Op-ed by NAME, Foreign Minister of X".  The office after the author's
name (``persons.byline_words``, an office word of ``officials.public_heads``) names one state: every 'we', 'our'
and 'I' of the page is that state's, as an answer's is the interviewee's.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.doc_text import doc_text, line_start
from cmkg.nlp.rules import words as _w

__all__ = [
    "answer_voice",
    "author_office",
    "author_voice",
    "mark_author",
    "mark_interviewee",
    "own_voice",
    "turn_voice",
]

_KEY = ("cmkg", "interviewee_state")
_AUTHOR = ("cmkg", "author_state")
_OFFICE_WORDS = 4  # the office word opens the phrase after the name ("Minister of ...", "Deputy Prime Minister")


def _opens_with(line: str, marks: frozenset[str]) -> bool:
    return any(line.lstrip().startswith(m) for m in marks)


def mark_interviewee(doc: Doc, headline_states: list[str]) -> None:
    """Keep the interviewed official's state on the Doc (see the module docstring); nothing for other pages."""
    lines, starts, offset = doc_text(doc).split("\n"), [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    asked = (k for k, line in zip(starts, lines, strict=True) if _opens_with(line, _w("agreement.question_marks")))
    first_question = next(asked, None)
    if first_question is None or not any(_opens_with(line, _w("agreement.answer_marks")) for line in lines):
        _mark_labelled_guest(doc, lines)
        return
    people = doc._.cmkg_people or []
    introduced = sorted((p for p in people if p.role and doc[p.start].idx < first_question), key=lambda p: p.start)
    if not introduced or introduced[0].private:
        return  # the first person the standfirst gives a role is whom the outlet spoke to (a byline gives none)
    official = introduced[0]
    state = headline_states[0] if len(headline_states) == 1 else official.country
    if state:
        doc.user_data[_KEY] = state


_LABEL = re.compile(r"\s*([A-Z][\w'\-]*(?: [A-Z][\w'\-]*){0,3}):")  # "RATNA WULANDARI:", "RATNA:", "Lalonde-Harcourt:"
_GUEST = ("cmkg", "guest_labels")


def _mark_labelled_guest(doc: Doc, lines: list[str]) -> None:
    """A transcript whose turns open with the speaker's name in capitals ('NADIA RAHMAN: ...', 'RATNA: ...'): the
    first official the page names whose name's words label some turns is the guest, and those turns are answers in
    the official's state's voice, when the sentence that introduces the guest names that state ('My guest is X,
    Indonesia's ambassador'); a host's or an analyst's turns speak for none."""
    labels = {m.group(1) for line in lines if (m := _LABEL.match(line))}
    if len(labels) < 2:
        return
    speaking = []
    for person in sorted(doc._.cmkg_people or [], key=lambda p: p.start):
        words = set(person.name.upper().split())
        own = {label for label in labels if set(label.upper().split()) <= words}
        if own and person.role and not person.private:
            speaking.append((person, own))
    if len(speaking) != 1:
        return  # no official speaks, or two do (a senator questioning an ambassador): no one guest's voice
    person, own = speaking[0]
    named = {t.ent_kb_id_ for t in doc[person.start].sent if t.ent_type_ in ("GPE", "NORP")}
    if person.country in named:  # "My guest is X, Indonesia's ambassador"
        doc.user_data[_KEY] = person.country
        doc.user_data[_GUEST] = tuple(sorted(own))


def author_office(title: str) -> str | None:
    """'Thread by NAME, Minister of X of Mongolia, on ...': the office phrase after the author's name (to its next
    comma), when the name is a person's (two words or more, no state's) and the office opens with an office word and
    ends 'of STATE' with nothing after the state ('Ambassador to Kenya', 'Secretary General of the Congo Mining
    Chamber', '..., Minister of Trade of Australia says' are no author's office); None for any other title."""
    for word in _w("persons.byline_words"):
        _, by, rest = title.partition(f" {word} ")
        name, comma, office = rest.partition(",")
        office = office.split(",")[0].strip()
        owner = office.rsplit(" of ", 1)[-1] if " of " in office else ""
        person = len(name.split()) >= 2 and all(w[:1].isupper() for w in name.split())
        opens = any(w.lower() in _w("officials.public_heads") for w in office.split()[:_OFFICE_WORDS])
        state = gazetteer().country_forms.get(owner.removeprefix("the "), (None, ""))[0]
        if by and comma and person and opens and state:
            return office
    return None


def mark_author(doc: Doc, office_states: list[str]) -> None:
    """Keep the writing official's state on the Doc when the title's office names exactly one."""
    if len(office_states) == 1:
        doc.user_data[_AUTHOR] = office_states[0]


def author_voice(s: Token) -> str | None:
    """The writing official's state, on a page whose title names its author's office; None on other pages."""
    return s.doc.user_data.get(_AUTHOR)


def answer_voice(s: Token) -> str | None:
    """The interviewed official's state for a word in an answer paragraph, or the writing official's anywhere on
    their page; None elsewhere."""
    if (author := author_voice(s)) is not None:
        return author
    state = s.doc.user_data.get(_KEY)
    if state is None:
        return None
    text = doc_text(s.doc)
    line = text[line_start(s.doc, s.idx) : s.idx]
    guest = s.doc.user_data.get(_GUEST)
    if guest is not None:  # a labelled transcript: the guest's own turns
        return state if (m := _LABEL.match(line)) is not None and m.group(1) in guest else None
    return state if _opens_with(line, _w("agreement.answer_marks")) else None


def own_voice(s: Token) -> str | None:
    """The state a page speaks for at ``s`` in its own voice: the publishing government's, else, in an answer, the
    interviewed official's."""
    return s.doc._.cmkg_publisher or answer_voice(s)


def turn_voice(t: Token) -> str | None:
    """The interviewed official's state for a measure in their answer that names no state before it in the turn
    ('RATNA: ... The ban on nickel ore exports stays'); 'China restricted graphite exports. The ban on gallium
    exports also hurts us' leaves the ban with China."""
    voice = answer_voice(t)
    if voice is None:
        return None
    turn = line_start(t.doc, t.idx)
    k = t.i - 1
    while k >= 0 and t.doc[k].idx >= turn:
        if t.doc[k].ent_type_ in ("GPE", "NORP") and t.doc[k].ent_kb_id_:
            return None
        k -= 1
    return voice
