"""Perturbations that must not change the facts of a text.

Each returns the perturbed text and the material it added, so a test can
check that a pair differs only by that material.  The wording (datelines,
quotes, headings, unrelated paragraphs) lives in ``data/checklist/lexicon.json``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from cmkg.nlp.checklist.fill import draw_fill, lexicon, render, slots_in

__all__ = ["PAGE_FRAMES", "PERTURBATIONS", "perturb", "split_page_header"]

SEP = "\n\n"


def _filled(template: str, rng: random.Random, avoid: frozenset[str]) -> str:
    return render(template, draw_fill(slots_in(template), rng, avoid))


def _dateline(text: str, rng: random.Random, avoid: frozenset[str]) -> tuple[str, tuple[str, ...]]:
    """'CITY, Month D (Agency) - ' before the lead; the city is never one of the text's countries."""
    lead = _filled(rng.choice(lexicon()["datelines"]), rng, avoid)
    return lead + text, (lead,)


def _quote(text: str, rng: random.Random, avoid: frozenset[str]) -> tuple[str, tuple[str, ...]]:
    quote = _filled(rng.choice(lexicon()["quotes"]), rng, avoid)
    return text + SEP + quote, (quote,)


def _bullet(text: str, rng: random.Random, avoid: frozenset[str]) -> tuple[str, tuple[str, ...]]:
    mark = rng.choice(lexicon()["bullets"])
    return SEP.join(mark + p for p in text.split(SEP)), (mark,)


def _heading(text: str, rng: random.Random, avoid: frozenset[str]) -> tuple[str, tuple[str, ...]]:
    heading = rng.choice(lexicon()["headings"])
    return heading + SEP + text, (heading,)


def _unrelated(text: str, rng: random.Random, avoid: frozenset[str]) -> tuple[str, tuple[str, ...]]:
    """A paragraph about another country before the story: none of its words may leak into the facts."""
    para = _filled(rng.choice(lexicon()["unrelated"]), rng, avoid)
    return para + SEP + text, (para,)


def _connective(text: str, rng: random.Random, avoid: frozenset[str]) -> tuple[str, tuple[str, ...]]:
    """'Separately, ' before the lead: connective material that states nothing."""
    lead = rng.choice(lexicon()["connectives"])
    first, _, rest = text.partition(" ")
    if first in lexicon()["lowercase_after_connective"]:
        text = first.lower() + " " + rest
    return lead + text, (lead,)


def _roundup(text: str, rng: random.Random, avoid: frozenset[str]) -> tuple[str, tuple[str, ...]]:
    """A dated story about another country first, then the text as a second story under its own dateline."""
    first = _filled(rng.choice(lexicon()["datelines"]), rng, avoid) + _filled(
        rng.choice(lexicon()["unrelated"]), rng, avoid
    )
    second = _filled(rng.choice(lexicon()["later_datelines"]), rng, avoid)
    return first + SEP + second + text, (first, second)


def _live_heading(text: str, rng: random.Random, avoid: frozenset[str]) -> tuple[str, tuple[str, ...]]:
    """A live blog's timestamped post heading on the line right above the text, with no end mark: it must not
    merge into the text's first sentence."""
    heading = rng.choice(lexicon()["live_headings"]) + "\n"
    return heading + text, (heading,)


_SENTENCE_END = re.compile(r"\.(?=\s|$)")


def _attribution_tail(text: str, rng: random.Random, avoid: frozenset[str]) -> tuple[str, tuple[str, ...]]:
    """', officials said on Tuesday.' at the end of the first sentence: the agreement verb becomes the
    complement of a reporting verb, and the status and parties stay."""
    tail = ", " + _filled(rng.choice(lexicon()["attribution_tails"]), rng, avoid)
    end = _SENTENCE_END.search(text)
    if end is None:
        return text + tail, (tail,)
    return text[: end.start()] + tail + text[end.start() :], (tail,)


def _attribution_frame(text: str, rng: random.Random, avoid: frozenset[str]) -> tuple[str, tuple[str, ...]]:
    """'Officials told reporters that ...', 'According to officials, ...' before the lead."""
    lead = _filled(rng.choice(lexicon()["attribution_frames"]), rng, avoid)
    first, _, rest = text.partition(" ")
    if first in lexicon()["lowercase_after_connective"]:
        text = first.lower() + " " + rest
    return lead + text, (lead,)


def _page(entry: dict[str, str], rng: random.Random) -> str:
    source = entry["source"].replace("{N}", str(rng.randint(1000, 99999)))
    return f"{entry['title']}\nSource: {source}\nPublished: {lexicon()['published']}\n\n"


def _news_page(text: str, rng: random.Random, avoid: frozenset[str]) -> tuple[str, tuple[str, ...]]:
    """The text as the body of a news site's page (title, Source URL of a news site, Published): a news site
    names no government, and a sentence that states its facts states them on any page."""
    header = _page(rng.choice(lexicon()["news_pages"]), rng)
    return header + text, (header,)


def _foreign_page(text: str, rng: random.Random, avoid: frozenset[str]) -> tuple[str, tuple[str, ...]]:
    """The text on the page of a ministry of a state it does not name: for a sentence that names all its own
    parties and owners, the publisher is a bystander and joins nothing."""
    pages = [p for p in lexicon()["foreign_pages"] if p["code"] not in avoid]
    header = _page(rng.choice(pages), rng)
    return header + text, (header,)


# the page perturbations write the page's own header: a case that already has one keeps it unchanged
PAGE_FRAMES = frozenset({"news_page", "foreign_page"})

PERTURBATIONS: dict[str, Callable[[str, random.Random, frozenset[str]], tuple[str, tuple[str, ...]]]] = {
    "dateline": _dateline,
    "quote": _quote,
    "bullet": _bullet,
    "heading": _heading,
    "unrelated": _unrelated,
    "connective": _connective,
    "roundup": _roundup,
    "attribution_tail": _attribution_tail,
    "attribution_frame": _attribution_frame,
    "live_heading": _live_heading,
    "news_page": _news_page,
    "foreign_page": _foreign_page,
}


_HEADER_KEYS = ("Source:", "Published:")


def split_page_header(text: str) -> tuple[str, str]:
    """(header, body) of a case written as a whole page ('title / Source: / Published: / blank line'), else
    ('', text): a paragraph put before the title would hide the Source line that says whose page it is."""
    lines = text.split("\n", 4)
    keyed = all(line.startswith(key) for line, key in zip(lines[1:3], _HEADER_KEYS, strict=False))
    if len(lines) == 5 and keyed and not lines[3].strip():
        return "\n".join(lines[:4]) + "\n", lines[4]
    return "", text


def perturb(
    name: str, text: str, rng: random.Random, avoid: frozenset[str] = frozenset()
) -> tuple[str, tuple[str, ...]]:
    """The perturbed text and what was added; a page's own header stays first, the body is perturbed."""
    header, body = split_page_header(text)
    if name in PAGE_FRAMES and header:
        return text, ()
    out, added = PERTURBATIONS[name](body, rng, avoid)
    return header + out, added
