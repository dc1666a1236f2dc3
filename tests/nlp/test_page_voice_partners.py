"""An instrument or talks 'with' one partner that no one in the sentence makes, reports or acts on is the page's own.

On a government's page 'A 2019 memorandum with Chile lapsed', 'Negotiations on an agreement with Chile, which will
include a chapter on lithium, are in progress', '- Chile: Memorandum of Understanding with the Ministry of Mining
of Chile' have the publisher as their other side (nlp/components/counterpart.py, ``_unvoiced``), before the state
the story last made its subject (a list item's 'Australia:' or 'Peru holds 6 percent of ...'); a relative 'which'
on the instrument names no party (relative_clauses.py, ``relative_clauses``).  Directional rows: a news page, an envoy
who reports the talks, a question's 'whether he plans to conclude ...' make nothing the page's.  The page is
Zambia's (.gov.zm); partners vary.  Inventory: /work/notes/s15/voice24-census.md.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import page_party_sets

_HEADER = "Release\nSource: {url}\nPublished: 2025-03-02\n\n"
GOV = "https://www.mines.gov.zm/news/x"
NEWS = "https://www.lakesidecourier.example.com/news/x"
_LEADS = [
    "",
    "Peru holds about 6 percent of the world's reserves of lithium, the Ministry noted. ",
    "Kenya remains the largest producer of graphite, and its output rose again in 2024. ",
]
_PARTNERS = [("Chile", "CHL"), ("Viet Nam", "VNM"), ("Ghana", "GHA")]

VOICED = [
    "A 2019 memorandum of understanding with {B} on lithium lapsed in 2024.",
    "Negotiations on a Comprehensive Economic Partnership Agreement with {B}, which will include a chapter on "
    "critical minerals, are in progress.",
    "Talks with {B} on a framework, which would cover cobalt and copper, are under way.",
    "A 2021 partnership with {B}, under which joint exploration of copper deposits has been undertaken, remains in "
    "force.",
    "The MOU with {B} on cobalt, in force since 2022, covers joint exploration and processing.",
]


def _agreements(url: str, text: str) -> set[tuple[str, ...]]:
    return page_party_sets(_HEADER.format(url=url), text)


@pytest.mark.parametrize("lead", _LEADS)
@pytest.mark.parametrize(("name", "code"), _PARTNERS)
@pytest.mark.parametrize("sentence", VOICED)
def test_page_voice_is_the_other_side(sentence, name, code, lead):
    found = _agreements(GOV, lead + sentence.format(B=name))
    assert tuple(sorted(("ZMB", code))) in found
    assert not any({"PER", code} <= set(p) or {"KEN", code} <= set(p) for p in found)  # not the last subject's


def test_list_item_after_another_states_item():
    """'- Australia: ...' before '- Chile: memorandum with the Ministry of Mining of Chile': the page's, not AUS."""
    text = (
        "The Ministry has entered into bilateral arrangements with several countries, as follows:\n"
        "- Australia: Critical Minerals Investment Partnership (2022), under which joint due diligence of lithium "
        "projects has been undertaken;\n"
        "- Chile: Memorandum of Understanding with the Ministry of Mining of Chile.\n"
    )
    found = _agreements(GOV, text)
    assert ("CHL", "ZMB") in found
    assert ("AUS", "CHL") not in found


# (url, text, pair that must not be found)
NOT_VOICED = [
    (
        NEWS,
        "Negotiations on a partnership agreement with Chile, which will include a chapter on lithium, are in progress.",
        ("CHL", "ZMB"),
    ),
    (
        GOV,
        "The Minister met the ambassador of Peru. The ambassador said that talks with Chile on a framework, "
        "which will include a chapter on lithium, are under way.",
        ("CHL", "ZMB"),
    ),
    (
        GOV,
        "To ask the Minister what agreements the Ministry has concluded, and whether he plans to conclude an "
        "agreement with Chile.",
        ("CHL", "ZMB"),
    ),
    # the instrument's own relative clause names its maker, or refuses it: not the page's
    (GOV, "The memorandum with Chile, which Namibia signed last year, covers copper exploration.", ("CHL", "ZMB")),
    (GOV, "The agreement with Chile, which was rejected last year, covered copper exploration.", ("CHL", "ZMB")),
]


@pytest.mark.parametrize(("url", "text", "pair"), NOT_VOICED)
def test_someone_elses_or_no_voice(url, text, pair):
    assert pair not in _agreements(url, text)
