"""The page's own government coordinated with a named side (nlp/components/joint_host.py).

"our Government and the European Union signed a Memorandum" on a government's page is the publisher and the EU,
not a one-party EU record; the voice word may come first or second, be 'we', 'the Government', 'the Ministry',
'our country', 'the Cabinet', or the publisher's own style ('the Republic' on a page of the Republic of Zambia).
Not the page's: a named or owned conjunct ("Peru's Government", "the regional government"), a company, another
speaker's 'we', a news page, a style noun the text gave another state first.  Pages are Zambia's (.gov.zm) and
Saudi Arabia's (.gov.sa); partners vary.  Inventory: /work/notes/s17/owners28-census.md.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import page_party_sets

_HEADER = "Statement\nSource: {url}\nPublished: 2025-03-02\n\n"
ZMB = "https://www.mines.gov.zm/speeches/x"
SAU = "https://www.mim.gov.sa/en/news/x"
NEWS = "https://www.lakesidecourier.example.com/news/x"
_PARTNERS = [("the European Union", "EU"), ("the Republic of Korea", "KOR"), ("Chile", "CHL"), ("Ghana", "GHA")]

JOINT = [
    "In July last year, in Lusaka, our Government and {B} signed a Memorandum of Understanding on raw materials.",
    "{B} and our Government launched a strategic partnership on copper last year.",
    "We and {B} initialled a roadmap on copper and cobalt in March.",
    "Our country and {B} are negotiating an agreement on critical minerals.",
    "The Government and {B} will sign a memorandum of understanding on cobalt next month.",
    "In 2023 the Cabinet and {B} agreed a roadmap on manganese processing.",
    "Our Government, represented by the Minister of Mines, and {B} signed a memorandum of understanding on copper.",
    "The Republic and {B} concluded a framework on cobalt supply chains in 2023.",
]


def _sets(url: str, text: str) -> set[tuple[str, ...]]:
    return page_party_sets(_HEADER.format(url=url), text)


@pytest.mark.parametrize(("name", "code"), _PARTNERS)
@pytest.mark.parametrize("sentence", JOINT)
def test_voice_coordinated_with_partner(sentence, name, code):
    found = _sets(ZMB, sentence.format(B=name))
    assert tuple(sorted(("ZMB", code))) in found
    assert (code,) not in found  # no one-party record of the partner


@pytest.mark.parametrize(
    ("url", "text", "absent"),
    [
        (NEWS, "In July, our Government and the European Union signed a memorandum on raw materials.", ("EU", "ZMB")),
        (ZMB, "Peru's Government and Chile signed a memorandum of understanding on lithium.", ("CHL", "ZMB")),
        (ZMB, "The regional government and Chile signed a memorandum of understanding on lithium.", ("CHL", "ZMB")),
        (ZMB, "The company and Chile signed a memorandum of understanding on lithium on Tuesday.", ("CHL", "ZMB")),
        (ZMB, "Our partners and Chile signed a memorandum of understanding on lithium on Tuesday.", ("CHL", "ZMB")),
        (ZMB, '"We and Peru signed a roadmap on copper," the Minister of Trade of Chile said.', ("PER", "ZMB")),
        # the style noun another state was given first, and a style that is not the publisher's
        (
            ZMB,
            "The Republic of Korea buys cobalt. The Republic and Chile signed a memorandum on lithium.",
            ("CHL", "ZMB"),
        ),
        (ZMB, "The Kingdom and Chile signed a memorandum of understanding on lithium.", ("CHL", "ZMB")),
        # an onlooking voice: the clause does not act on the instrument
        (ZMB, "We and Chile welcomed the memorandum of understanding between Peru and Bolivia.", ("CHL", "ZMB")),
    ],
)
def test_not_the_page_voice(url, text, absent):
    assert absent not in _sets(url, text)


def test_publisher_style_noun():
    """'the Kingdom' on the Kingdom's own page is its government."""
    found = _sets(SAU, "The Kingdom and the United States concluded a memorandum of understanding on mining in May.")
    assert ("SAU", "USA") in found
