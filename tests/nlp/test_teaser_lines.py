"""A teaser line inside a story points to another story ('Read also: <its headline>'): its headline's states
and deals are that story's, so the line is removed from clean texts as well as page dumps (recall17 census)."""

from __future__ import annotations

import pytest

from cmkg.nlp.ingest.text_page import parse_clean_text

HEADER = "Minerals pact signed\nSource: https://news.example.com/pact\nPublished: 2026-02-18\n\n"
LEAD = "Ghana and Peru signed a memorandum on lithium on Monday."


@pytest.mark.parametrize(
    "line,kept",
    [
        ("Read also: Chile's parliament ratifies minerals deal with Oman", False),
        ("Read more: How Laos is using trade deals to secure metals", False),
        ("Also read - Kenya and Fiji sign cobalt pact", False),
        ("See also: Mali and Chad sign copper pact", False),
        ("Related: Bolivia reviews lithium contracts", False),
        ("\u2022 Read more: Namibia bans raw lithium exports", False),
        ("Related talks with Oman are due next month.", True),
        ("Officials said they would read more of the draft before signing.", True),
    ],
)
def test_teaser_lines(line, kept):
    paras = [
        p.text
        for p in parse_clean_text(
            HEADER + LEAD + "\n\n" + line + "\n\nThe two sides will set up a working group.\n", "t.txt"
        ).paragraphs
    ]
    assert (line in paras) is kept
    assert LEAD in paras
