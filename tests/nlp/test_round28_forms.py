"""Round 28: the status of a joiner told in a relative clause (the joining verb decides: a signing verb is the
joiner's signature, other joining verbs the news of a change), with other states, instruments and wordings than
the CheckList templates."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

JOINERS = [
    (
        "Kenya and Chile signed the Andes Cobalt Charter on Monday. Fiji, which attended as an observer and has since "
        "signed the Andes Cobalt Charter, will host the next meeting.",
        {(frozenset({"KEN", "CHL", "FJI"}), "signed")},
    ),
    (
        "Norway and Peru signed the Lima Nickel Compact on Friday. Ghana, which has since signed the Lima Nickel "
        "Compact, hosted the talks.",
        {(frozenset({"NOR", "PER", "GHA"}), "signed")},
    ),
    (
        "Norway and Peru signed the Lima Nickel Compact on Friday. Ghana, which has since joined the Lima Nickel "
        "Compact, hosted the talks.",
        {(frozenset({"NOR", "PER", "GHA"}), "announced")},
    ),
]


@pytest.fixture(scope="module")
def sheets() -> dict[str, dict]:
    return extract_table([t for t, _ in JOINERS], "round28")


@pytest.mark.parametrize(("text", "expected"), JOINERS)
def test_joiner_status(sheets: dict[str, dict], text: str, expected: set) -> None:
    assert {(frozenset(a["parties"]), a["status"]) for a in sheets[text]["agreements"]} == expected
