"""A clean text's paragraphs: which line breaks are kept and which are a wrap of prose.

A blank line ends a paragraph.  Inside one, a signature or contact block keeps its lines (they say which name goes
with which title), a subhead on the line above its paragraph is a paragraph of its own, a list item or a table's
row keeps its line, and wrapped prose lines are joined by a space.
"""

from __future__ import annotations

import re

from cmkg.nlp.ingest.entries import chronology, entry_heading
from cmkg.nlp.ingest.furniture import furniture
from cmkg.nlp.ingest.signature_lines import form_note, signature_block_at

__all__ = ["paragraphs", "timestamped"]

_SIGNATURE_TAIL = 6  # place, date, name, office and the body's two lines close a report
_PLACE_DATE_WORDS = 3  # 'NEW DELHI;', '12 August, 2025'
_BLOCK_LINE_WORDS = 20  # a signature or contact block's line: a name, a title, "For the Government of X"


def _line_block(lines: list[str]) -> bool:
    """'Kanat Sharlapaev / Minister of Industry and Construction': short capitalised lines, none a sentence's end.

    Wrapped prose has a last line that ends a sentence; a signature, contact or
    letterhead block has none, and its line breaks are what says which name
    goes with which title, so they are kept.
    """
    bare = [furniture().bullet.sub("", ln) for ln in lines]  # "• For the Government of X": a bulleted block
    return len(bare) > 1 and all(
        (ln[:1].isupper() or form_note(ln))
        and len(ln.split()) <= _BLOCK_LINE_WORDS
        and not re.search(r"[.!?;]$" if k < len(bare) - 1 else r"[.!?;:]$", ln)  # "For the Government of X:"
        for k, ln in enumerate(bare)
    )


_HEADING_WORDS = 10  # "Paragraph 3. Working group", "Why it matters": a subhead, not a sentence's start
# "11:42 Critical minerals plan adopted", "9.05am Talks resume": a live blog's timestamped post heading
_TIMESTAMP = re.compile(r"^([A-Z][a-z]+,?\s+)?\d{1,2}[:.]\d{2}(\s?[ap]\.?m\.?)?\s+(?=\S)", re.IGNORECASE)


def timestamped(paragraph: str) -> tuple[int, int] | None:
    """(hours, minutes) of a live blog's post opened by its time stamp ('10:15 - Canada's Prime Minister ...',
    '9.05pm Talks resume'), on a 24-hour clock; None for other paragraphs."""
    m = _TIMESTAMP.match(paragraph)
    if m is None:
        return None
    clock = re.search(r"(\d{1,2})[:.](\d{2})\s?([ap])?", m.group(), re.IGNORECASE)
    hours, minutes = int(clock.group(1)), int(clock.group(2))
    afternoon = (clock.group(3) or "").lower() == "p" and hours < _NOON
    return hours + _NOON if afternoon else hours, minutes


_NOON = 12
_SECTION_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=[A-Z])")


def _leading_heading(lines: list[str]) -> bool:
    """A subhead on the line above its paragraph, with no blank line between.

    Joined, "Export controls China banned ..." reads as one sentence and the
    heading's words become the subject.  A heading is short, ends without
    punctuation, has no comma (a dateline "Brussels, 13 June" does), and the
    line after it starts a capitalised sentence; a wrapped prose line fills the
    width instead.  A live blog's time stamp before the heading is not part of it.
    """
    if len(lines) < 2:
        return False
    head, nxt = _TIMESTAMP.sub("", lines[0]), lines[1]
    head = _SECTION_NUMBER.sub("", head)  # "2. PAX SILICA: THE CLUB GROWS": a newsletter's numbered section
    return (
        head[:1].isupper()
        and len(head.split()) <= _HEADING_WORDS
        and not re.search(r"[.!?;:,\-\u2013\u2014]$", head)
        and "," not in head
        and nxt[:1].isupper()
        and len(head) < len(max(lines[1:], key=len)) // 2
    )


def _signature_start(lines: list[str]) -> int | None:
    """Where a closing signature block starts in a paragraph's last lines (a name line above an office line,
    ``signature_lines.signature_block_at``): the place and date lines above it go with it."""
    for k in range(max(0, len(lines) - _SIGNATURE_TAIL), len(lines) - 1):
        if signature_block_at(lines, k):
            start = k
            while start > 0 and len(lines[start - 1].split()) <= _PLACE_DATE_WORDS:
                start -= 1  # "NEW DELHI;", "12 August, 2025"
            # prose wrapped mid-sentence ('... signed for Kenya by Cabinet Secretary' / 'Hassan Ali Joho' / ...) is
            # no block: the block opens its paragraph or follows a sentence's end, and its lines stay short
            opened = start == 0 or re.search(r"[.!?:]$", lines[start - 1]) is not None
            if opened and all(len(ln.split()) <= _BLOCK_LINE_WORDS for ln in lines[start:]):
                return start
    return None


def paragraphs(block: str) -> list[str]:
    """The block's paragraphs: a signature or contact block keeps its lines, a subhead above its paragraph is a
    paragraph of its own, wrapped prose is joined and list items keep their lines."""
    paras = re.split(r"\n\s*\n", block.strip())
    entries = chronology([ln.strip() for ln in block.split("\n")])  # "1 August 2023 - China" above its entry
    out = []
    for p in (p for p in paras if p.strip()):
        lines = [" ".join(ln.split()) for ln in p.split("\n") if ln.strip()]
        if _line_block(lines):
            out.append("\n".join(lines))
            continue
        if (signed := _signature_start(lines)) is not None:  # "NEW DELHI;" / date / "NAME," / "Chairperson,"
            out += (
                ["\n".join(lines[signed:])] if signed == 0 else [_join_lines(lines[:signed]), "\n".join(lines[signed:])]
            )
            continue
        while _leading_heading(lines) or (entries and len(lines) > 1 and entry_heading(lines[0])):
            # "5:48 p.m. MT" above "Action plan endorsed": two heading lines
            out.append(lines.pop(0))
        out.append(_join_lines(lines))
    return out


def _join_lines(lines: list[str]) -> str:
    """Wrapped prose lines joined by a space; a list item ('* ...', '1) ...', '(a) ...', '| ...') keeps its line.

    Joined, '* the A-B Framework, signed in 2025; * a partnership with C, which ... signed' is one sentence and
    the items' parties smear into each other; on their own lines the sentence splitter can end each item.
    """
    item = furniture().item
    width = max(len(ln) for ln in lines)
    out = lines[:1]
    for k, (prev, ln) in enumerate(zip(lines, lines[1:], strict=False), start=1):
        # "- Qatar (joined January 2026)" then "India attended ...": a short last item ends the list; a capitalised
        # line after it is the prose resuming, not the item wrapped (a wrapped line fills the width)
        resumed = item.match(prev) is not None and ln[:1].isupper() and len(prev) < width // 2
        # "China" between two runs of items: the next run's heading; "Nickel. Mining: Russia 27%. Refining: ...":
        # a row of figures under its caption
        heads = k + 1 < len(lines) and item.match(lines[k + 1]) is not None and _bare_heading(ln)
        # "*Question No. 41" / "Ms. Nuzhat Parveen Jamali:" / "Will the Minister ...": a short label line ending in a
        # colon (a speaker, a form's field) keeps its line, as does the short line above it
        labelled = any(_label_line(x) and len(x) < width // 2 for x in (prev, ln)) and len(prev) < width // 2
        # "Graphite, refining: Indonesia 47%": a table's labelled figure row keeps its line, and so does what follows
        figure = _FIGURE_ROW.match(ln) or _LABELLED_FIGURE.match(ln) or _LABELLED_FIGURE.match(prev)
        out.append(("\n" if item.match(ln) or resumed or heads or labelled or figure else " ") + ln)
    return "".join(out)


_LABEL_WORDS = 6  # 'Ms. Nuzhat Parveen Jamali:', 'Minister for Energy (Petroleum Division):'


def _label_line(line: str) -> bool:
    return line.endswith(":") and len(line.split()) <= _LABEL_WORDS


_FIGURE_ROW = re.compile(r"^[A-Z][\w ,'-]{1,40}[.:]\s+[A-Z][\w ,'-]{1,60}:\s*[A-Z][^:]*?\d+(?:\.\d+)?\s*%")
_LABELLED_FIGURE = re.compile(r"^[A-Za-z][\w ,'-]{1,40}:\s*[A-Z][\w .'-]{1,40}?\s+\d+(?:\.\d+)?\s*%$")
_ROW_HEADING_WORDS = 5  # 'Democratic Republic of the Congo'


def _bare_heading(line: str) -> bool:
    """A short capitalised line with no sentence punctuation: a name heading the items under it."""
    return line[:1].isupper() and len(line.split()) <= _ROW_HEADING_WORDS and not re.search(r"[.!?;,]", line)
