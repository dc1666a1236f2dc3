"""Party sets of gapped clauses, trackers of rivals and likened mutual plurals (branch fix27a, round 15).

A run of instruments whose later clauses have their verb gapped but their own subject ('Peru has a partnership
with A, Chile a memorandum with B, and Bolivia a framework with C') gives each clause its own owner; a tracker
whose title compares others with its state ('Japan's rivals are racing ...') adds that state to no item, and an
item that names its own signers ('- A and B: Lima and Accra signed ...') or talks on a singular instrument keeps
the label's pair; talks on plural memorandums under a state's own tracker are one pair each with that state; a
plural likened to the instrument told with a mutual 'between A and B' keeps its two sides. Names are invented or
varied over many origins.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article

TRACKER = "Tracker: {title}\nSource: https://www.metalsledger-example.com/trackers/deals\nPublished: 2025-03-02\n\n"
PLAIN = "Case\nSource: checklist:case\nPublished: 2025-06-01\n\n"


def _sets(*pairs: str, status: str = "existing") -> set:
    return {(frozenset(p.split()), status) for p in pairs}


CASES = [
    # gapped clauses: each later instrument is its own subject's
    (
        PLAIN + "Peru has a lithium partnership with Oman, Chile a copper memorandum with Qatar, and Bolivia a "
        "framework on battery materials with India, according to a regional survey released on Thursday.",
        _sets("PER OMN", "CHL QAT", "BOL IND"),
    ),
    (
        PLAIN + "Italy has a cobalt partnership with Zimbabwe, Spain a copper memorandum with Uzbekistan, and Germany "
        "a framework on battery materials with India.",
        _sets("ITA ZWE", "ESP UZB", "DEU IND"),
    ),
    (
        PLAIN + "Last year Egypt signed an investment agreement with Finland, Malaysia a tungsten framework with "
        "Zimbabwe and Estonia a strategic partnership with Mozambique, the report said.",
        _sets("EGY FIN", "MYS ZWE", "EST MOZ"),
    ),
    # directional: without gapped subjects the run is the first subject's
    (
        PLAIN + "Kenya has a cobalt agreement with Japan, a lithium memorandum with Brazil and a partnership with "
        "Norway.",
        _sets("KEN JPN", "KEN BRA", "KEN NOR"),
    ),
    # a title comparing others with its state owns no item; items name their own pairs
    (
        TRACKER.format(title="Japan's rivals are racing to lock in critical minerals deals")
        + "Signed and in place\n\n- India and Zambia: New Delhi and Lusaka signed a framework on cobalt in November.\n"
        "- Peru and Ghana: The two governments signed a memorandum on lithium in 2023.\n\nUnder negotiation\n\n"
        "- Germany and Mongolia: Talks on a raw materials partnership covering tungsten were under way in January.",
        _sets("IND ZMB", "PER GHA") | _sets("DEU MNG", status="negotiating"),
    ),
    # a state's own tracker: talks on plural memorandums with two labelled states are one pair each
    (
        TRACKER.format(title="Where does Namibia have critical minerals deals?")
        + "Signed and in place\n\n- South Korea: A framework on manganese was signed in 2019.\n\nUnder negotiation"
        "\n\n- Morocco and Serbia: Talks on memorandums covering lithium were continuing in 2024.",
        _sets("NAM KOR") | _sets("NAM MAR", "NAM SRB", status="negotiating"),
    ),
    # a likened plural with a mutual phrase keeps its two sides
    (
        PLAIN + "Zambia and Japan signed a memorandum on copper on Tuesday. Similar memoranda between Kazakhstan and "
        "Chile are under negotiation, the Minister said.",
        _sets("ZMB JPN", status="signed") | _sets("KAZ CHL", status="negotiating"),
    ),
]


@pytest.fixture(scope="module")
def sheets() -> dict[str, dict]:
    arts = [read_text_as_article(text, f"gapped{i}.txt") for i, (text, _) in enumerate(CASES)]
    return dict(zip([t for t, _ in CASES], extract_many(arts), strict=True))


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_gapped_and_rival_sets(sheets: dict[str, dict], text: str, expected: set) -> None:
    got = {(frozenset(a["parties"]), a["status"]) for a in sheets[text]["agreements"]}
    assert got == expected


PREDECESSOR_CASES = [
    # a ranked signer's predecessors in a clause of their own, however the parser hangs 'to sign'
    (
        "Ghana on Monday became the fourth African country to sign a strategic partnership on raw materials with the "
        "European Union, after Zambia, Namibia and Rwanda signed theirs with Brussels in 2023 and 2024.",
        {"EU GHA", "EU ZMB", "EU NAM", "EU RWA"},
    ),
    (
        "Malaysia on Thursday became the fourth country to sign a strategic partnership on germanium with Norway, "
        "after Vietnam, China and Estonia signed theirs with Norway in 2020.",
        {"MYS NOR", "VNM NOR", "CHN NOR", "EST NOR"},
    ),
    # directional: a clause after 'after' that signs nothing, or signs with another partner, names no predecessor
    (
        "Kenya became the fifth country to sign a memorandum on cobalt with Peru after Chile and Ghana had rejected "
        "the terms.",
        {"KEN PER"},
    ),
    (
        "Kenya became the third country to sign a lithium memorandum with Peru, after Chile and Ghana signed theirs "
        "with Japan.",
        {"KEN PER"},
    ),
    # a ranked signer after a copula: its subject signs, whatever came before
    (
        "Kenya on Monday became the third country to sign a cobalt partnership with Peru, after Chile and Ghana "
        "signed theirs with Lima in 2021. Separately, Kenya is the second state to sign a lithium memorandum with "
        "Japan, after Fiji and Laos had rejected the terms offered by Tokyo.",
        {"KEN PER", "CHL PER", "GHA PER", "KEN JPN"},
    ),
    # 'guild' is an instrument noun where the tagger reads it as a noun
    ("Kenya and Peru announced a new guild for lithium supply chains on Monday.", {"KEN PER"}),
]


@pytest.mark.parametrize(("text", "expected"), PREDECESSOR_CASES)
def test_predecessor_clauses(text: str, expected: set) -> None:
    (sheet,) = extract_many([read_text_as_article(PLAIN + text, "predecessors.txt")])
    assert {frozenset(a["parties"]) for a in sheet["agreements"]} == {frozenset(p.split()) for p in expected}
