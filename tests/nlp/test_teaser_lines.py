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
        ("READ: Chile and Peru sign lithium pact", False),
        ("MORE: Japan and India sign rare earth agreement", False),
        ("WATCH: Japan and India sign rare earth agreement", False),
        ("You may also like: Japan and India sign rare earth agreement", False),
        # prose that opens with a label: a lower-case or sentence-closed tail is the story's own
        ("Related: the two countries, Japan and India, signed a rare earth agreement on Monday in Tokyo.", True),
        ("More: the talks will resume in March, officials said.", True),
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


@pytest.mark.parametrize(
    "teaser",
    ["Read also: Japan and India sign rare earth agreement", "WATCH: Chile and Peru sign lithium pact"],
)
def test_teaser_cut_keeps_the_next_line(teaser):
    """A teaser with prose right under it (no blank line): only the teaser line goes, the prose stays."""
    body = "Argentina raised royalties on lithium on Monday.\n\n" + teaser + "\nThe decision was criticised by miners."
    paras = [p.text for p in parse_clean_text(HEADER + body + "\n", "t.txt").paragraphs]
    assert paras == ["Argentina raised royalties on lithium on Monday.", "The decision was criticised by miners."]
