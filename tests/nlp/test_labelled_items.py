"""List items labelled by their partner state: one deal with the list's owner, never with the item before.

Inventory (census: /work/notes/s15/lists24-census.md): the owner as the page's letterhead, the heading's subject
or an open series; label separators ':', '\u2013', '\u2014'; bullets '-', '\u2022', '*', numbers '1.'; instruments
with a year, a relative clause, a topic or the partner repeated.  A lettered parliamentary answer ('(c) and (d)
The Government of X has ...') is story, not a copyright footer: the letterhead's state stays the publisher.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article
from cmkg.nlp.publisher import page_furniture, page_government


def _sets(text: str) -> set[tuple[str, ...]]:
    sheet = next(extract_many([read_text_as_article(text, "page")]))
    return {tuple(sorted(a["parties"])) for a in sheet["agreements"]}


_LETTERHEAD = "GOVERNMENT OF GHANA\nMINISTRY OF LANDS AND NATURAL RESOURCES\nPARLIAMENT QUESTION NO. 17\n\n"
_TITLE = "COOPERATION ON CRITICAL MINERALS\n\n"

# (heading, items, sets that must be found, sets that must not)
CASES = [
    (
        _LETTERHEAD + _TITLE + "The Ministry has entered into arrangements with several countries. Those in force are:",
        "- Peru: Memorandum of Understanding on lithium (2021), under which a working group meets yearly;\n"
        "- Norway: Memorandum of Understanding with the Ministry of Trade of Norway;\n"
        "- Vietnam: Framework Agreement on geology.",
        {("GHA", "PER"), ("GHA", "NOR"), ("GHA", "VNM")},
        {("NOR", "PER"), ("PER", "VNM"), ("PER",)},
    ),
    (
        "Malaysia widens mineral ties\nSource: www.example-news.com\nPublished: 2025-06-01\n\n"
        "Malaysia is party to memoranda with three countries. In force are:",
        "1. Chile: Memorandum of Cooperation on copper;\n\u2022 Kenya \u2013 Joint Action Plan on geology;\n"
        "- Oman \u2014 Letter of Intent on refining.",
        {("CHL", "MYS"), ("KEN", "MYS"), ("MYS", "OMN")},
        {("CHL", "KEN"), ("CHL", "OMN")},
    ),
    (
        # an item naming its own signers keeps them
        _LETTERHEAD + _TITLE + "The arrangements now in operation are as follows:",
        "- Peru: Memorandum of Understanding on lithium (2021);\n- Chile: Chile and Bolivia signed a Memorandum of "
        "Understanding on lithium in 2019.",
        {("GHA", "PER"), ("BOL", "CHL")},
        {("BOL", "CHL", "GHA"), ("CHL", "PER")},
    ),
]


@pytest.mark.parametrize(("heading", "items", "found", "absent"), CASES)
def test_labelled_items_pair_with_the_owner(heading, items, found, absent):
    got = _sets(heading + "\n" + items + "\n")
    assert found <= got
    assert not absent & got


@pytest.mark.parametrize(
    ("tail", "code"),
    [
        # a lettered answer's item (c) is story, not a copyright footer
        (
            [
                "(c) and (d) The Government of the Republic of Peru has, with effect from 4 April, made exports "
                "subject to licences. This has delayed deliveries."
            ],
            "GHA",
        ),
        (["(c) The Government of Chile has approved a national mission and is preparing a scheme for magnets."], "GHA"),
        # a copyright footer stays one
        (["(c) 2025 Ministry of Lands and Natural Resources"], "GHA"),
    ],
)
def test_lettered_item_is_no_footer(tail, code):
    head = ["GOVERNMENT OF GHANA", "MINISTRY OF LANDS AND NATURAL RESOURCES"]
    assert page_government(page_furniture(head, tail, "COOPERATION ON CRITICAL MINERALS")) == code


# a page without a dated headline whose story opens with a list: the list's heading is no headline (its items keep
# their heading) and the masthead above the story's first sentence still names the page's government
HEADLESS_PAGES = [
    ("GOVERNMENT OF GHANA\nMINISTRY OF LANDS AND NATURAL RESOURCES\n\n", "GHA", "Those in force are as follows:"),
    ("REPUBLIC OF KENYA\nSTATE DEPARTMENT FOR MINING\nANSWER 4\n\n", "KEN", "The arrangements in operation are:"),
    ("GOVERNMENT OF INDIA\nMINISTRY OF MINES\n\n", "IND", "The Ministry has signed the following instruments so far:"),
]


@pytest.mark.parametrize(("masthead", "state", "heading"), HEADLESS_PAGES)
def test_list_heading_is_no_guessed_title(masthead, state, heading):
    items = "- Peru: Memorandum of Understanding on lithium (2021);\n- Norway: Framework Agreement on geology.\n"
    article = read_text_as_article(masthead + heading + "\n" + items, "page")
    assert article.title != heading
    assert heading in article.body
    assert article.government == state
    pairs = _sets(masthead + heading + "\n" + items)
    assert {tuple(sorted((state, "PER"))), tuple(sorted((state, "NOR")))} <= pairs
