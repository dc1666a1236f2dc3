"""Whose 'we' answers in a question-and-answer interview with an official.

An interview page gives the questions and answers as paragraphs opened by marks ('Q:', 'A:'), after a
standfirst that introduces whom the outlet spoke to: the first person it gives a role.  When that person is a
public official, the answers are the official's words, and 'we', 'our' in them are the official's state, as
they are the government's on its own page ('The memorandum we signed with the United States in 2023 ...').  The
state is the one state the sentence introducing the official names, else the one the headline names ('Q&A:
Mongolia's vice-minister on ...'), else the official's own.  An
analyst's or a trader's 'we' is their firm's, so an interview with anyone else speaks for no state.  A transcript
whose turns open with speakers' names ('NADIA RAHMAN:', 'RATNA:', 'Lalonde-Harcourt:') has its guest's turns as answers:
the first official whose name labels turns.  Word lists:
``agreement.question_marks``, ``agreement.answer_marks``.

Many outlets mark a question only by type (bold on the web, lost in the text): the page then says it is an
interview before its first question ('X, Uzbekistan's minister of mining, spoke to ...'; ``agreement.interview_words``)
and asks two or more one-line paragraphs that end with a question mark.  Everything from the end of a question to
the next question is an answer; a short turn the interviewer words as a statement ('India has also shown interest.')
then stays inside the answer before it, where a 'we' it holds would be the official's anyway.

A page an official writes in the first person says so in its title: "Thread by NAME, Minister of Industry and
Mineral Resources of Mongolia, on ...", "Op-ed by NAME, Foreign Minister of X".  The office after the author's
name (``persons.byline_words``, an office word of ``officials.public_heads``) names one state: every 'we', 'our'
and 'I' of the page is that state's, as an answer's is the interviewee's.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.doc_text import doc_text, line_start, paragraphs
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
        if not _mark_unmarked_answers(doc, headline_states):
            _mark_labelled_guest(doc, lines)
        return
    _mark_official(doc, headline_states, first_question)


def _mark_official(doc: Doc, headline_states: list[str], first_question: int, since: int = 0) -> bool:
    """Keep the state of the first official the text introduces before the first question (after ``since``: the
    standfirst of an unmarked interview); False when the first person given a role is no official (an analyst's
    'we' is their firm's)."""
    people = doc._.cmkg_people or []
    introduced = sorted(
        (p for p in people if p.role and since <= doc[p.start].idx < first_question), key=lambda p: p.start
    )
    if not introduced or introduced[0].private:
        return False  # the first person the standfirst gives a role is whom the outlet spoke to (a byline gives none)
    official = introduced[0]
    # the one state the sentence introducing the official gives as theirs ("X, Vietnam's Minister of Mines,
    # spoke to ...", 'the Vietnamese minister'; not 'the ambassador to Canada'), else the headline's one state
    # ('Q&A: Ghana's deputy minister on ...'), else the official's own
    named = {t.ent_kb_id_ for t in doc[official.start].sent if _owning_state(t)}
    headline = headline_states[0] if len(headline_states) == 1 else official.country
    state = next(iter(named)) if len(named) == 1 else headline
    if state:
        doc.user_data[_KEY] = state
    return bool(state)


def _owning_state(t: Token) -> bool:
    """A state written as an owner: a possessive ('Vietnam's') or a people's adjective ('Vietnamese')."""
    if not t.ent_kb_id_ or t.ent_type_ not in ("GPE", "NORP"):
        return False
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.ent_type_ == "NORP" or (nxt is not None and nxt.tag_ == "POS")


_QUESTION_WORDS = 40  # a question paragraph is one sentence or two, not an article's rhetorical paragraph
_ANSWERS = ("cmkg", "answer_spans")


def _mark_unmarked_answers(doc: Doc, headline_states: list[str]) -> bool:
    """An interview whose questions carry no mark (see the module docstring): keep the official's state and the
    answer spans on the Doc; False for any other page."""
    text, found_paragraphs = doc_text(doc), paragraphs(doc)
    asked = [
        p
        for p in found_paragraphs
        if p.group().rstrip().endswith("?")
        and "\n" not in p.group().strip()
        and len(p.group().split()) <= _QUESTION_WORDS
    ]
    if len(asked) < 2:
        return False
    # the standfirst right above the first question says the outlet spoke to the official ('X, ..., spoke to the
    # Monitor'); an interview mentioned earlier ('In an interview last week, X said') makes no page an interview
    before = [p for p in found_paragraphs if p.end() <= asked[0].start() and p.group().strip()]
    standfirst = before[-1] if before else None
    said = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _w("agreement.interview_words")) + r")\b")
    found = said.search(standfirst.group().lower()) if standfirst is not None else None
    you = _w("agreement.addressee_words")  # a real interview asks its guest ('your country', 'are you worried')
    if found is None or not any(set(re.findall(r"[a-z]+", q.group().lower())) & you for q in asked):
        return False
    # whom the outlet 'spoke to' when a role follows the phrase ('... the Monitor spoke to X, head of research'),
    # else the first person the standfirst gives a role ('X, Uzbekistan's minister, spoke to the Monitor')
    since = standfirst.start() + found.end()
    people = [p for p in doc._.cmkg_people or [] if p.role and since <= doc[p.start].idx < asked[0].start()]
    if not _mark_official(doc, headline_states, asked[0].start(), since if people else standfirst.start()):
        return False
    ends = [q.start() for q in asked[1:]] + [len(text)]
    doc.user_data[_ANSWERS] = tuple((q.end(), end) for q, end in zip(asked, ends, strict=True))
    return True


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
    spans = s.doc.user_data.get(_ANSWERS)
    if spans is not None:  # an interview with unmarked questions: the text between a question and the next
        return state if any(start <= s.idx < end for start, end in spans) else None
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
