"""Tables of instruments by partner (branch official19ag, from official18 16 and official19 12).

A ministry's fact sheet lists its instruments by counterpart ("Partner | Instrument | Year | Status"), often without
the outer bars: a row naming one state has the table's owner as its other side, the one state the caption names,
else the page's own state (a government page's publisher). Every case is read in three page frames (a government
release, a wire page with a dateline, bare text); a case without a caption state gives the publisher's pair on the
government page only. Near misses give none: a country column of measures, a caption naming two states on a page
of no state, a menu line of bars. Names and states are varied. Round 26 (news22): numbered rows under 'S. No. |
Partner | ... | Present status', a lapse told with a negation, a plurilateral row with the owner.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_pages, extract_table

GOV = "Release on critical minerals\nSource: https://www.mining.gov.mw/news/release\nPublished: 2025-03-02\n\n"
WIRE = "Minerals wire\nSource: https://www.harbourledger.example.com/news/wire\nPublished: 2025-03-02\n\n"
DATELINE = "GENEVA, March 2 (Harbour Wire) - "
FRAMES = ("government", "wire", "bare")


def _each(owner: str, partners: str, status: str) -> set:
    return {(frozenset({owner, p}), status) for p in partners.split()}


CAPTIONED = (
    "Table 1. Peruvian critical minerals instruments with partners\n\n"
    "Partner | Instrument | Year | Status\n"
    "Kenya | Memorandum of Understanding on critical minerals | 2021 | In force\n"
    "Ghana | Framework on lithium cooperation | - | Under negotiation\n"
    "Oman | Memorandum on copper supply chains | 2025 | Signed"
)
PIPED = (
    "The table below lists Chile's main instruments.\n\n"
    "| Counterpart | Instrument | Year | Status |\n|---|---|---|---|\n"
    "| Norway | Critical minerals partnership | 2023 | In effect |\n"
    "| Fiji | Memorandum on cobalt | 2025 | signed |"
)
UNCAPTIONED = (
    "The Government has built a network of bilateral instruments. The table below lists the main ones.\n\n"
    "Partner | Instrument | Year | Status\n"
    "Laos | Memorandum of understanding on tin | 2022 | In effect\n"
    "Bolivia | Memorandum on lithium | - | Under negotiation"
)
MEASURES = (
    "Export measures are listed below.\n\nCountry | Measure | Status\n"
    "Kenya | licence for cobalt shipments | announced\nPeru | review of tin quotas | pending"
)
TWO_CAPTION = (
    "Instruments of Peru and Chile with partners\n\nPartner | Instrument | Year | Status\n"
    "Kenya | Memorandum on copper | 2021 | In force"
)
NUMBERED = (
    "Annexure: Peru's instruments with foreign countries\n\n"
    "S. No. | Partner | Instrument | Year signed | Present status\n"
    "1 | Kenya | MoU on cooperation in geology and mineral resources | 2019 | In operation\n"
    "2 | Bolivia | MoU on cooperation in mineral resources | 2019 | Expired in 2024, not renewed\n"
    "3 | Japan, Oman | Critical Minerals Initiative | 2025 | Launched in July 2025"
)
MENU = "Home | Partners | News | Contact\n\nThe ministry met investors on Monday to discuss copper projects."

CASES = [
    (
        CAPTIONED,
        dict.fromkeys(
            FRAMES, _each("PER", "KEN", "existing") | _each("PER", "GHA", "negotiating") | _each("PER", "OMN", "signed")
        ),
    ),
    (PIPED, dict.fromkeys(FRAMES, _each("CHL", "NOR", "existing") | _each("CHL", "FJI", "signed"))),
    (
        UNCAPTIONED,
        {
            "government": _each("MWI", "LAO", "existing") | _each("MWI", "BOL", "negotiating"),
            "wire": set(),
            "bare": set(),
        },
    ),
    (MEASURES, dict.fromkeys(FRAMES, set())),
    (TWO_CAPTION, {"government": set(), "wire": set(), "bare": set()}),
    (MENU, dict.fromkeys(FRAMES, set())),
    # round 26 (news22 11): numbered rows kept on their lines, a status header by its last word, a lapse told with
    # a negation, and the owner as a side of a plurilateral's row too
    (
        NUMBERED,
        dict.fromkeys(
            FRAMES,
            _each("PER", "KEN", "existing")
            | _each("PER", "BOL", "lapsed")
            | {(frozenset({"PER", "JPN", "OMN"}), "announced")},
        ),
    ),
]


@pytest.fixture(scope="module")
def sheets() -> dict[str, dict[str, dict]]:
    """Fact sheets by frame, then by text: a government release and a wire page (read as pages), bare text."""
    texts = [text for text, _ in CASES]
    return {
        "government": extract_pages(texts, "gov", head=GOV),
        "wire": extract_pages(texts, "wire", head=WIRE + DATELINE),
        "bare": extract_table(texts, "bare"),
    }


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_partner_table_rows(sheets, text, expected, frame):
    agreements = sheets[frame][text]["agreements"]
    assert {(frozenset(a["parties"]), a["status"]) for a in agreements} == expected[frame]
