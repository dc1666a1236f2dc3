"""A restated instrument is the instrument the clause told, no new agreement (usdeals22, restated).

"the EU signed a memorandum ... with Argentina in June, a deal that officials said ...": the parser hangs "a deal"
on the signing verb, and as a trigger of its own it took the US of the clause before as a new side (EU+USA).
Near misses: a list of instruments each with its partner, a new clause with an instrument of its own.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table


def _set(*codes: str) -> frozenset[str]:
    return frozenset(codes)


CASES = [
    ("Chile already has a free trade agreement with the United States, in force since 2004, and the EU signed a "
     "memorandum on raw materials with Argentina in June, a deal that officials said had not yet produced projects.",
     {(_set("CHL", "USA"), "existing"), (_set("EU", "ARG"), "signed")}, ["CHL"]),
    ("Kenya has a trade agreement with the United States, and Japan signed an MOU on cobalt with Zambia on Monday, "
     "an accord that officials said would open new mines.",
     {(_set("KEN", "USA"), "existing"), (_set("JPN", "ZMB"), "signed")}, ["KEN"]),
    ("Kenya signed a framework on cobalt with the United States on Monday, a deal that officials said would open "
     "new mines.", {(_set("KEN", "USA"), "signed")}, ["KEN"]),
    # near misses: a list of instruments, a new clause with its own instrument
    ("Peru signed an MOU on copper with Japan, an agreement on lithium with Chile and a framework on zinc with Canada.",
     {(_set("PER", "JPN"), "signed"), (_set("PER", "CHL"), "signed"), (_set("PER", "CAN"), "signed")}, []),
    ("Peru signed an MOU on copper with Japan on Monday, and Chile signed a deal with Canada.",
     {(_set("PER", "JPN"), "signed"), (_set("CHL", "CAN"), "signed")}, []),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "rs")


@pytest.mark.parametrize("text,expected,deals", CASES, ids=range(len(CASES)))
def test_restated_instrument(sheets, text, expected, deals):
    got = {(frozenset(a["parties"]), a["status"]) for a in sheets[text]["agreements"]}
    assert got == expected
    assert sorted(sheets[text]["deals_with_usa"]) == sorted(deals)
