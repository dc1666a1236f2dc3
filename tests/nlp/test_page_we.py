"""'We' on a government's page, a partner fronted before the clause, and a bare 'the leaders' on an instrument.

- nlp/components/page_we.py: a minister's 'we' on the ministry's page is the publisher, not the story's last
  subject; a group's 'We, the partners of ...' and a 'we' another speaker reports are not.
- nlp/components/fronted_partner.py: 'And with B we expect to sign ...', 'With B, we are negotiating ...': the
  partner hangs on the clause's main verb, above the instrument's own verb.
- state_reference.bare_collective: 'the A-B Alliance, which the leaders launched': the instrument's own sides.
Pages are Zambia's (.gov.zm); partners and leads vary.  Inventory: /work/notes/s15/voice24-census.md.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import page_party_sets

_HEADER = "Speech\nSource: {url}\nPublished: 2025-03-02\n\n"
GOV = "https://www.mines.gov.zm/speeches/x"
NEWS = "https://www.lakesidecourier.example.com/news/x"
_LEADS = [
    "",
    "Peru holds about 6 percent of the world's reserves of lithium. ",
    "In June we endorsed the action plan alongside Kenya and Peru, the other invited partners. ",
]
_PARTNERS = [("the Republic of Korea", "KOR"), ("Chile", "CHL"), ("the European Union", "EU")]

FRONTED = [
    "And with {B} we expect to sign a statement of intent on processing investment early next year.",
    "With {B}, we are negotiating a framework on cobalt and copper supply chains.",
    "Together with {B}, we signed a memorandum of understanding on lithium processing on Tuesday.",
    "With {B} we already have a critical minerals partnership, which the leaders launched in 2023.",
]


def _agreements(url: str, text: str) -> set[tuple[str, ...]]:
    return page_party_sets(_HEADER.format(url=url), text)


@pytest.mark.parametrize("lead", _LEADS)
@pytest.mark.parametrize(("name", "code"), _PARTNERS)
@pytest.mark.parametrize("sentence", FRONTED)
def test_page_we_with_fronted_partner(sentence, name, code, lead):
    found = _agreements(GOV, lead + sentence.format(B=name))
    assert tuple(sorted(("ZMB", code))) in found
    assert not any(("PER" in p or "KEN" in p) and code in p for p in found)  # not the last subject's, not a 'pair'


@pytest.mark.parametrize(
    ("url", "text", "pair"),
    [
        # a news page: 'we' is nobody the rules can name
        (NEWS, "And with Chile we expect to sign a statement of intent on processing early next year.", ("CHL", "ZMB")),
        # a group speaks: 'We, the partners of ...'
        (
            GOV,
            "We, the partners of the Minerals Security Partnership, met today with Chile in New York.",
            ("CHL", "ZMB"),
        ),
        # another speaker's 'we'
        (
            GOV,
            '"With Chile we will sign a framework next year," the Minister of Trade of Peru told reporters.',
            ("CHL", "ZMB"),
        ),
    ],
)
def test_not_the_pages_we(url, text, pair):
    assert pair not in _agreements(url, text)


@pytest.mark.parametrize(
    ("text", "want", "stray"),
    [
        (
            "Peru restricted exports in June. With the European Union we already have the Zambia-EU Competitiveness "
            "Alliance, which the leaders launched at the summit in July.",
            ("EU", "ZMB"),
            "PER",
        ),
        (
            "Kenya raised its royalties last year. The Zambia-Chile partnership, which the ministers signed in 2023, "
            "covers copper and cobalt.",
            ("CHL", "ZMB"),
            "KEN",
        ),
    ],
)
def test_bare_collective_signers_are_the_instruments_sides(text, want, stray):
    found = _agreements(GOV, text)
    assert want in found
    assert not any(stray in p for p in found)
