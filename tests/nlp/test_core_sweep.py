"""The core agreement construction swept over its slots (round 18, grammar18), and the mechanisms the sweep
showed missing: an office the subject acts along with ('together with the T of B, P,'), an instrument acronym
glued to its stop ('an MoU.'), a copula that destines the signing ('is to sign'), a signing only talked over
('discussed signing').  Each case is read in the three page frames of :mod:`core_sweep`."""

from __future__ import annotations

import pytest
from agreement_sets import page_sheet
from core_sweep import FRAMES, NEAR_MISSES, framed, sweep

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract

# the sweep's rate in the three frames: main d8fe52e 0.736, branch grammar18 0.784, branch grammar19 0.880 (entered
# into, partners before the object, passive agents with partners, destined passives, verbs read as modifiers),
# main 41ea035 0.904, round 23 0.941 (a fronted phrase's comma before the subject; encounters' 'with' phrases),
# round 24 0.955 (a gerund in a party phrase's chain: long coordinated objects), round 25 0.965 (a subject split by a
# fronted meeting, a subject naming both sides takes no met counterpart; 0.969 with plural instruments capitalised
# by their place); rounded down, only raise it
SWEEP_FLOOR = 0.96


def _pairs(frame: str, text: str) -> frozenset:
    page = framed(frame, text)
    if frame == "gov_page":
        sheet = page_sheet(page)
    else:
        sheet = extract(make_article(page.split("\n\n"), title="t", source="case.txt", published="2025-11-03"))
    return frozenset((tuple(sorted(a["parties"])), a["status"]) for a in sheet["agreements"])


CASES = [
    # an office the subject acts along with stands for its state
    (
        "Kenya's Minister of Mines, Jane Wanjiru, together with the Foreign Minister of Peru, Rafael Quispe, "
        "signed a memorandum of understanding on lithium.",
        {(("KEN", "PER"), "signed")},
    ),
    (
        "The Trade Minister of Ghana, along with the Minister of Mines of Morocco, concluded an agreement on cobalt.",
        {(("GHA", "MAR"), "signed")},
    ),
    ("Norway's Foreign Minister, Ingrid Solberg, met with the Trade Minister of Chile, Rafael Quispe.", set()),
    # an instrument acronym that ends its sentence
    ("Kenya and Peru signed an MoU.", {(("KEN", "PER"), "signed")}),
    (
        "Poland's Trade Minister, Zofia Wrona, and Namibia's Minister of Mines, Kwame Asante, signed an MoU.",
        {(("NAM", "POL"), "signed")},
    ),
    ("Kenya and Peru did not sign an MoU.", set()),
    # a copula with 'to' destines the signing
    ("Japan is to sign an agreement on critical minerals with Kenya.", {(("JPN", "KEN"), "planned")}),
    ("Malaysia and Thailand are to sign a memorandum of understanding on rare earths.", {(("MYS", "THA"), "planned")}),
    ("Japan is due to sign an agreement on critical minerals with Kenya.", {(("JPN", "KEN"), "planned")}),
    ("Japan signed an agreement on critical minerals with Kenya.", {(("JPN", "KEN"), "signed")}),
    # a signing talked over is talks, never a signature
    (
        "Poland and Namibia discussed signing a memorandum of understanding on lithium.",
        {(("NAM", "POL"), "negotiating")},
    ),
    ("Poland and Namibia considered signing a memorandum of understanding on lithium.", {(("NAM", "POL"), "planned")}),
    # a subject naming both sides takes no counterpart from whom they met (the page's own Prime Minister)
    (
        "This morning, in a meeting with Prime Minister Amara Okonkwo, Poland's Trade Minister Youssef Benali and "
        "Kazakhstan's Foreign Minister Kwame Asante signed partnerships.",
        {(("KAZ", "POL"), "signed")},
    ),
    ("In a meeting with Chile's Prime Minister Amara Okonkwo, Kenya signed an MoU.", {(("CHL", "KEN"), "signed")}),
]


@pytest.mark.parametrize("frame", list(FRAMES))
@pytest.mark.parametrize(("text", "expect"), CASES)
def test_mechanisms_in_three_frames(frame, text, expect):
    assert _pairs(frame, text) == frozenset(expect)


@pytest.mark.parametrize("frame", list(FRAMES))
@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_give_nothing(frame, text):
    assert _pairs(frame, text) == frozenset()


def test_sweep_is_deterministic_and_spans_every_slot_value():
    one, two = sweep(), sweep()
    assert [c.text for c in one] == [c.text for c in two]
    seen = {(k, v) for c in one for k, v in c.slots.items()}
    assert {("verb", "are to sign"), ("partner", "alongside_A"), ("subject", "together_with")} <= seen
    assert len(one) > 300


def test_sweep_holds_its_rate():
    """The whole sweep in the three frames: the rate may only rise (the slot values still failing are listed in
    the round's report: fronted places and meetings, partners before the object, 'entered into')."""
    cases = sweep()
    passed = sum(c.passes(_pairs(f, c.text)) for c in cases for f in FRAMES)
    assert passed / (len(cases) * len(FRAMES)) >= SWEEP_FLOOR
