"""Goods a gazette names in an annex further down (session 22).

'The items listed in the Annex to this Announcement shall not be exported without a licence' names its goods
in the numbered items under a later line 'Annex: List of controlled items'; the splitter may cut a number off
its item ('4.' alone, then 'Europium oxide and europium-containing compounds'). A measure whose sentence also
holds a colon that announced it ('as follows:\\n\\nI. The items listed in the Annex ...') still reads the annex.
Invented names and numbers.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.extract import extract
from cmkg.nlp.ingest import read_text_as_article

_PAGE = """Notice on export control of certain items
Source: https://www.trade.gov.example/notice/12
Published: 2025-10-09

It is decided to implement export control on certain items. The relevant matters are announced as follows:

I. The items listed in the {ref} to this Announcement shall not be exported without a licence.

II. This Announcement shall come into effect on 1 December 2025.

{heading}

1. Indium metal and indium oxide

2. Bismuth metal, bismuth alloys and bismuth-containing compounds

Ministry of Trade of Peru
"""


def controls(text: str) -> set[tuple]:
    sheet = extract(read_text_as_article(text, "notice.txt"))
    return {m for c in sheet["export_controls"] for m in c["minerals"]}


@pytest.mark.parametrize(
    "ref,heading,expected",
    [
        ("Annex", "Annex: List of controlled items", {"indium", "bismuth"}),
        ("Appendix", "Appendix - Controlled items", {"indium", "bismuth"}),
        # the list sits under a heading of another name: not the annex the measure refers to
        ("Annex", "Related notices", set()),
    ],
)
def test_goods_listed_in_an_annex(ref, heading, expected):
    assert controls(_PAGE.format(ref=ref, heading=heading)) == expected
