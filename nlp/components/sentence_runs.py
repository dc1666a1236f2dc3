"""Sentence boundaries the small parser puts inside names and titles, and how rules read past them.

The parser cuts unfamiliar names and long titles into two sentences ("...
Deputy Prime Minister | Zhang Weiming on Tuesday"); every rule that reads one
sentence would then lose the name or its title.  These helpers say where a
title or a name may really start and end.
"""

from __future__ import annotations

import re
from typing import Literal

from spacy.tokens import Doc, Span, Token

from cmkg.nlp.rules import rules

__all__ = [
    "capital_honorific",
    "capitalised",
    "fragment_before",
    "keep_name_runs_whole",
    "opens_line",
    "run_limit",
    "run_start",
    "sentences_before",
    "styled_start",
]


_ELIDED_PARTICLE = re.compile(r"[a-z]{1,4}['\u2019][A-Z]")  # "d'Abreu", "dell'Orto": a particle elided onto a name


def capitalised(t: Token) -> bool:
    """A word that starts with a capital, or a name with an elided particle before its capital ('d'Abreu')."""
    return (t.text[:1].isupper() or bool(_ELIDED_PARTICLE.match(t.text))) and any(ch.isalpha() for ch in t.text)


def opens_line(t: Token) -> bool:
    """The token opens the text or a line: the layout, not the sentence splitter, says where a list item or a
    form's field begins."""
    if t.i == 0:
        return True
    before = t.doc[t.i - 1]
    return "\n" in before.text or "\n" in before.whitespace_


def sentences_before(
    sent: Span, n: int | None = None, *, breaks: Literal["count", "stop", "skip"] = "count"
) -> list[Span]:
    """Up to ``n`` sentences before ``sent`` (every one when ``n`` is None), nearest first.

    The parser makes a paragraph break a sentence of white space alone. Rules that read a few sentences back
    ``count`` it as one; a rule about ``sent``'s own paragraph stops at it (``"stop"``: the paragraph so far);
    a rule after the last sentence with words in it steps over it (``"skip"``: across a paragraph break).
    """
    out: list[Span] = []
    while (n is None or len(out) < n) and sent.start > 0:
        sent = sent.doc[sent.start - 1].sent
        if breaks != "count" and all(x.is_space for x in sent):
            if breaks == "stop":
                break
            continue
        out.append(sent)
    return out


def run_limit(doc: Doc, sent: Span) -> int:
    """Where a name after a title may end: the sentence end, unless the parser split the name itself.

    The small parser sometimes starts a sentence inside an unfamiliar name
    ("Nguyen Sinh | Nhat Tan signed"); a boundary with no punctuation before it
    and a capitalised word after it is no boundary for the name.
    """
    end = sent.end
    while end < len(doc) and not doc[end - 1].is_punct and capitalised(doc[end]) and doc[end - 1].whitespace_:
        end = doc[end].sent.end
    return end


def run_start(doc: Doc, sent: Span) -> int:
    """Where the title before a name may start: the sentence start, unless the parser split a title from its name."""
    start = sent.start
    while start > 0 and not doc[start - 1].is_punct and capitalised(doc[start]) and doc[start - 1].whitespace_:
        start = doc[start - 1].sent.start
    return start


def _continues_list(doc: Doc, i: int) -> bool:
    """The blank line at ``i`` follows a list opener (':') or sits between two bulleted items: the list stays
    one run with the sentence that announced it, so the rules reading a list see all its items."""
    if doc[i - 1].text in rules().words("agreement.list_openers"):
        return True
    bullets = rules().words("agreement.bullets")
    if i + 1 >= len(doc) or doc[i + 1].text not in bullets:
        return False
    j = i - 1
    while j > 0 and not (doc[j - 1].is_space and "\n" in doc[j - 1].text):
        j -= 1
    return doc[j].text in bullets


def keep_name_runs_whole(doc: Doc) -> Doc:
    """Before the parser: no sentence starts between two capitalised words with nothing but a space between.

    The small parser cuts unfamiliar names and long titles into two sentences
    ("... Deputy Prime Minister | Zhang Weiming on Tuesday"), and every rule that
    reads a sentence then loses the signatory.  A capitalised word straight after
    another one, with no punctuation or line break between, never opens a sentence; the first word
    after a blank line always does (headlines and standfirsts end without a full stop).
    """
    for i in range(1, len(doc)):
        prev, t = doc[i - 1], doc[i]
        if t.is_space and "\n\n" in t.text and not _continues_list(doc, i):
            # a paragraph break ends a headline or a standfirst that has no full stop (marked on the break
            # itself: a start forced on the next word makes the parser cut that sentence up); a colon
            # before it announces a list, which stays with its opener
            t.is_sent_start = True
        elif capitalised(prev) and capitalised(t) and not prev.is_punct and prev.whitespace_ == " ":
            t.is_sent_start = False
        elif capitalised(t) and _abbreviated_title(doc, i - 1):
            t.is_sent_start = False  # "Hon. Aminata Diallo": the stop ends an abbreviation, not a sentence
        elif capitalised(t) and _bracketed_acronym_before(doc, i) and prev.whitespace_ == " ":
            t.is_sent_start = False  # "the National Geological Survey (NGS) Azman X": a body's acronym ends nothing
        elif t.is_alpha and t.is_lower and not (prev.is_punct or prev.is_space) and prev.whitespace_ == " ":
            t.is_sent_start = False  # "suspended until 27 November 2026 the ban": a sentence never opens in lower case
    return doc


def _bracketed_acronym_before(doc: Doc, i: int) -> bool:
    """'(NGS)' right before ``i``, after a capitalised word: a body's acronym inside a run of names."""
    return (
        i >= 4 and doc[i - 1].text == ")" and doc[i - 2].is_upper and doc[i - 3].text == "(" and capitalised(doc[i - 4])
    )


def _abbreviated_title(doc: Doc, i: int) -> bool:
    """'Hon.', 'Prof.', 'Sen.': a stop glued to an honorific or a title abbreviation (``persons.honorifics``)."""
    word = doc[i - 1] if i > 0 else None
    return (
        doc[i].text == "."
        and word is not None
        and not word.whitespace_
        and (
            word.lower_ in rules().words("persons.honorifics")
            or word.text + "." in rules().table("persons.title_abbreviations")
        )
    )


def capital_honorific(t: Token) -> bool:
    """'HE Bandar Alkhorayef', 'HE Eng. Khalid', 'HE Abdulla bin Adel': His or Her Excellency in capitals
    (``persons.capital_honorifics``) before two capitalised words not themselves in capitals (the second may be a
    name particle), in a line that is no headline (it has a lower-case word): not 'HE SAID', not Vice Premier HE
    Lifeng's family name, not 'MINISTER: HE Expects Deal By June'."""
    if t.text not in rules().words("persons.capital_honorifics"):
        return False
    after = t.doc[t.i + 1 : t.i + 3]
    # 'HE Abdulla bin Adel Fakhro': a name particle may stand second
    named = lambda x: (x.text[:1].isupper() and not x.is_upper) or x.lower_ in rules().words("persons.name_particles")  # noqa: E731
    styled = len(after) == 2 and after[0].text[:1].isupper() and not after[0].is_upper and all(map(named, after))
    text = t.doc.text
    start, end = text.rfind("\n", 0, t.idx) + 1, text.find("\n", t.idx)
    line = text[start : end if end >= 0 else len(text)].split()  # read off the text: the parse may not have run
    return styled and any(w[:1].islower() for w in line)


def styled_start(doc: Doc, start: int, end: int) -> int:
    """Where a name the model read with its styles begins: past 'His Excellency', 'HE', 'H.E.', 'Dr.' and their
    stops ('His Excellency Louis Watum Kabamba' -> 'Louis Watum Kabamba'), two words of the name kept at least."""
    styles, owners = rules().words("persons.honorifics"), rules().words("persons.honorific_possessives")
    k = start
    while end - k > 2:
        t, after = doc[k], doc[k + 1]
        styled = t.lower_.rstrip(".") in styles or capital_honorific(t) or t.text == "."
        if not (styled or (t.lower_ in owners and after.lower_.rstrip(".") in styles)):
            break
        k += 1
    return k


_FRAGMENT_WORDS = 4  # 'And what about China?'


def fragment_before(sent: Span) -> bool:
    """The sentence before is a verbless question or fragment naming a state ('And China?'), so 'its' can be
    nothing but that state (after 'The fund invested in Korea.', 'its' is the fund's)."""
    prev = sentences_before(sent, 1, breaks="skip")
    words = [x for x in prev[0] if not x.is_punct and not x.is_space] if prev else []
    return bool(words) and len(words) <= _FRAGMENT_WORDS and not any(x.pos_ in ("VERB", "AUX") for x in words)
