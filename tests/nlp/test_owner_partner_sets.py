"""Party sets built from series and lists with one owner (branch sets26, round 15).

A state's own series of bilateral instruments with a list of partners ('with the Governments of A, B and C,
among others') is one set per partner with the owner (a page's 'the Government' / 'we' is its publisher); a run
of instruments, each with its own 'with' partner ('a partnership with A, a memorandum with B and a dialogue with
C'), is one set per instrument with the run's owner; a tracker's items labelled by one or two states take the
one state the title names as owner. Names are invented or varied.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.checklist.runner import HEADER_KEYS
from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article

MASTHEAD = "Ministry of Mines | Government of {owner}\nHome | News | Media releases\n\n"
TRACKER = (
    "Tracker: who has signed a critical minerals deal with {owner}?\n"
    "Source: https://www.metalsledger-example.com/trackers/minerals-deals\nPublished: 2025-03-02\n\n"
)


def _each(owner: str, partners: str, status: str = "existing") -> set:
    return {(frozenset({owner, p}), status) for p in partners.split()}


CASES = [
    # a state's own series with a list of partners: 'the Governments of' names them, 'among others' is open
    (
        MASTHEAD.format(owner="Namibia") + "(a) The Government has signed Memoranda of Understanding (MoUs) on "
        "cooperation in the field of geology with the Governments of Peru, Laos, Fiji and Oman, among others.",
        _each("NAM", "PER LAO FJI OMN"),
    ),
    (
        MASTHEAD.format(owner="Mongolia") + "Since 2019, the Government has signed bilateral frameworks on cobalt "
        "exploration with the governments of Ghana, Chile and Vietnam, among other partners.",
        _each("MNG", "GHA CHL VNM"),
    ),
    (
        "Estonia has signed Memoranda of Understanding on lithium with the Governments of Peru, Ghana and Fiji, "
        "among others, officials said.",
        _each("EST", "PER GHA FJI"),
    ),
    # a run of instruments, each with its own partner, one owner, however the parser hangs the members
    (
        MASTHEAD.format(owner="Namibia") + "We have an investment partnership with Peru, a critical minerals "
        "partnership with Ghana, and a supply chain dialogue with Fiji.",
        _each("NAM", "PER GHA FJI"),
    ),
    (
        MASTHEAD.format(owner="Mongolia") + "The Government already has a lithium agreement with Oman, a memorandum "
        "on cobalt processing with Laos and a framework on refining with Chile.",
        _each("MNG", "OMN LAO CHL"),
    ),
    (
        "Zimbabwe, a major producer of antimony, has an offtake framework with Estonia, a strategic partnership with "
        "Peru and a supply chain dialogue with Bolivia, officials said.",
        _each("ZWE", "EST PER BOL"),
    ),
    (
        "Over the past decade Norway has built a strategic partnership with Ghana, an investment framework with Laos "
        "and a critical minerals dialogue with Fiji.",
        _each("NOR", "GHA LAO FJI"),
    ),
    # a tracker: the title's one state owns every item; a label of two states gives each its own set
    (
        TRACKER.format(owner="Japan") + "Signed and in place\n\n- Peru and Ghana: Memorandums of understanding on "
        "cobalt were signed in 2023.\n- Fiji: A framework on nickel was signed in 2024.",
        _each("JPN", "PER GHA FJI"),
    ),
    (
        TRACKER.format(owner="Canada") + "Signed so far\n\n- Laos and Oman: Memorandums on lithium were signed in "
        "2022. In a separate trade agreement, Laos undertook not to restrict exports of tin to Canada.",
        _each("CAN", "LAO OMN"),
    ),
    # a plural likened to the instrument just told, with partners and no owner: the page's series
    (
        MASTHEAD.format(owner="Chile") + "Chile and Oman signed a memorandum on lithium on Tuesday. Similar memoranda "
        "with Kenya and Nepal are under negotiation, the Minister said.",
        {(frozenset({"CHL", "OMN"}), "signed")} | _each("CHL", "KEN NPL", "negotiating"),
    ),
    (
        MASTHEAD.format(owner="Namibia") + "Namibia and Peru announced a framework on cobalt on Monday. The framework "
        "was announced together with similar frameworks with Ghana, Laos and Fiji.",
        _each("NAM", "PER GHA LAO FJI", "announced"),
    ),
    # a joiner of an agreement whose founders a relative clause names joins them; an onlooker does not
    (
        "Kenya has become the newest member of the Cobalt Finance Partnership, which was launched in 2023 by Peru "
        "together with partners including Ghana, Laos and Fiji to bring their development banks together.",
        {(frozenset({"KEN", "PER", "GHA", "LAO", "FJI"}), "existing")},
    ),
    (
        "Kenya has become the third member of the Lithium Supply Alliance, which Peru and Ghana launched in 2022.",
        {(frozenset({"KEN", "PER", "GHA"}), "existing")},
    ),
    (
        "Kenya welcomed the Lithium Supply Alliance, which Peru and Ghana launched in 2022.",
        {(frozenset({"PER", "GHA"}), "existing")},
    ),
    # 'between other countries' is a mutual phrase, not a list's open tail
    (
        "Peru signed a memorandum on cobalt with Ghana on Monday. Regarding the specific arrangements between other "
        "countries, officials had no information to release.",
        {(frozenset({"PER", "GHA"}), "signed")},
    ),
    # a ranked signer's predecessors each have their own earlier instrument with the partner
    (
        "Kenya on Monday became the latest state to sign a lithium partnership with Peru, following Chile, Ghana "
        "and Laos.",
        {(frozenset({"KEN", "PER"}), "signed")} | {(frozenset({x, "PER"}), "existing") for x in ("CHL", "GHA", "LAO")},
    ),
    (
        "Kenya became the fifth country to sign a memorandum on cobalt with Peru after Chile and Ghana had rejected "
        "the terms.",
        {(frozenset({"KEN", "PER"}), "signed")},
    ),
    ("Kenya became the fourth country to visit Peru this year, after Chile, Ghana and Laos.", set()),
    # a standing membership beside the founders is no news of joining: the launch dates the set
    (
        "India is also part of the Quad Critical Minerals Initiative, launched by the foreign ministers of Australia, "
        "India, Japan and the United States in 2024, which has yet to announce any projects.",
        {(frozenset({"AUS", "IND", "JPN", "USA"}), "existing")},
    ),
    # directional: an item or clause that names its own signers keeps them
    (
        TRACKER.format(owner="Japan") + "Signed and in place\n\n- Peru and Ghana: The two countries signed a "
        "memorandum of understanding on cobalt with each other in 2019.",
        {(frozenset({"PER", "GHA"}), "existing")},
    ),
    (
        MASTHEAD.format(owner="Namibia") + "Peru has an investment partnership with Ghana, and we have a memorandum "
        "on cobalt with Fiji.",
        {(frozenset({"PER", "GHA"}), "existing"), (frozenset({"NAM", "FJI"}), "existing")},
    ),
    # negatives: instruments that repeat a partner are one story, not a run; no owner, no sets of partners
    (
        "Peru and Ghana have a lithium agreement, and Fiji has a memorandum on cobalt with Oman.",
        {(frozenset({"PER", "GHA"}), "existing"), (frozenset({"FJI", "OMN"}), "existing")},
    ),
]


def _page(text: str, i: int):
    """A case with its own Source and Published lines is read as it stands; others under a plain header."""
    lines = text.split("\n")
    own = len(lines) > 3 and all(line.startswith(key) for line, key in zip(lines[1:3], HEADER_KEYS, strict=True))
    head = "" if own else "Case\nSource: checklist:case\nPublished: 2025-06-01\n\n"
    return read_text_as_article(head + text, f"owner_sets{i}.txt")


@pytest.fixture(scope="module")
def sheets() -> dict[str, dict]:
    arts = [_page(text, i) for i, (text, _) in enumerate(CASES)]
    return dict(zip([t for t, _ in CASES], extract_many(arts), strict=True))


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_owner_partner_sets(sheets: dict[str, dict], text: str, expected: set) -> None:
    got = {(frozenset(a["parties"]), a["status"]) for a in sheets[text]["agreements"]}
    assert got == expected
