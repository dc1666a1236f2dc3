"""An instrument introduced without parties, whose endorsers a passive lists next (branch groups27, news12 09):
'Leaders adopted a Critical Minerals Action Plan. The plan was endorsed by A, B and C' is one agreement of the
three, and 'D and E also signed on to the document' joins them.  The introducing verb commits (adopt, launch,
unveil, issue), its subject names no state, the named object's head is no agreement noun by itself (plan,
blueprint, principles, agenda); the passive's verb commits too.  States vary in origin; names are invented.
"""

from __future__ import annotations

import itertools

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

INTROS = [
    ("Leaders of the group adopted a Critical Minerals Action Plan on Monday.", "plan"),
    ("Ministers meeting in the capital launched the Tarsa Battery Blueprint on Friday.", "blueprint"),
    ("Heads of government unveiled the Orsk Principles for Cobalt Supply on Tuesday.", "principles"),
    ("The summit adopted the Kelso Minerals Agenda on Wednesday, officials said.", "agenda"),
]
ENDORSERS = [
    ("Peru, Norway and Kenya", {"PER", "NOR", "KEN"}),
    ("Japan and Morocco, as well as Chile", {"JPN", "MAR", "CHL"}),
    ("Mongolia, Senegal and Uruguay", {"MNG", "SEN", "URY"}),
]
# (frame, status): the status is the passive's verb's
FRAMES = [
    ("The {N} was endorsed by {X}.", "announced"),
    ("According to a statement, the {N} was signed by {X}.", "signed"),
    ("The {N}, a ten-page text, was approved by {X}, officials said.", "announced"),
]  # fmt: skip


def _passive(noun: str, frame: str, names: str) -> str:
    verb = "were" if noun.endswith("s") else "was"
    return frame.format(N=noun, X=names).replace(" was ", f" {verb} ")


POSITIVE = [
    (f"{intro} {_passive(noun, frame, names)}", {(frozenset(codes), status)})
    for (intro, noun), (frame, status), (names, codes) in zip(
        INTROS * 3, itertools.chain.from_iterable([f] * 4 for f in FRAMES), itertools.cycle(ENDORSERS), strict=False
    )
]
JOINED = [
    ("Leaders adopted a Critical Minerals Action Plan on Monday. The plan was endorsed by Peru, Norway and Kenya. "
     "Laos and Ghana, whose leaders attended as guests, also signed on to the document, officials said.",
     {(frozenset({"PER", "NOR", "KEN", "LAO", "GHA"}), "signed")}),
]  # fmt: skip
NEGATIVE = [
    ("Leaders adopted a Critical Minerals Action Plan on Monday. The plan was criticised by Peru, Norway and Kenya.",
     set()),
    ("Leaders discussed a Critical Minerals Action Plan on Monday. The plan was endorsed by Peru, Norway and Kenya.",
     set()),
    ("Leaders adopted a Critical Minerals Action Plan on Monday. The plan was not endorsed by Peru and Norway.", set()),
    # "also" endorsed: the first endorsers are untold, the newcomers alone are half a set
    ("Leaders adopted a Critical Minerals Action Plan on Monday. The plan was also endorsed by Laos, Ghana and Peru.",
     set()),
    ("Leaders adopted a Critical Minerals Action Plan on Monday. The text was also signed by Laos and Ghana.", set()),
    ("The summit rejected the Kelso Minerals Agenda on Monday. The agenda was endorsed by Peru, Norway and Kenya.",
     set()),
]  # fmt: skip

CASES = POSITIVE + JOINED + NEGATIVE


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "ie")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_introduced_endorsers(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
