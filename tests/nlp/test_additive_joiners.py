"""Newcomers that join the instrument just listed by a pronoun (branch groups28; accession.object_pronoun).

'D and E, whose leaders attended as guests, endorsed it as well', 'E also signed up to it', 'D also signed on to
it': an additive word (``agreement.additive_adverbs``, or an adverbial phrase of ``agreement.additive_phrases``)
with a committing or joining verb whose object, direct or after a particle verb's preposition, is 'it' joins
the newcomers to the members listed before.  A non-committal verb ('criticised it as well'), a modal ('may
endorse it too') or a negation adds nobody and makes no set of its own.  Instrument names are invented.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

AN, SG = "announced", "signed"
PLAN = "The Orsk Critical Minerals Action Plan was adopted on Monday by Fiji, Oman and Chad. "
CASES = [
    (PLAN + "Peru and Laos, whose leaders attended the summit as guests, endorsed it as well, officials said.",
     {(frozenset({"FJI", "OMN", "TCD", "PER", "LAO"}), AN)}),
    (PLAN + "Peru, a guest of the presidency, approved it too.", {(frozenset({"FJI", "OMN", "TCD", "PER"}), AN)}),
    (PLAN + "In addition, Peru likewise endorsed it.", {(frozenset({"FJI", "OMN", "TCD", "PER"}), AN)}),
    ("The Tessa Declaration on nickel was endorsed by Mali, Togo, Nepal and Chile on Monday. Ghana also signed up "
     "to it, the host government said.", {(frozenset({"MLI", "TGO", "NPL", "CHL", "GHA"}), SG)}),
    ("Sweden, Zambia and India launched the Kelso Compact on gallium on Wednesday. Bhutan and Belize also signed on "
     "to it later that day.", {(frozenset({"SWE", "ZMB", "IND", "BTN", "BLZ"}), SG)}),
    # no committing verb, a modal, a negation: the founders alone
    (PLAN + "Peru and Laos criticised it as well, officials said.", {(frozenset({"FJI", "OMN", "TCD"}), AN)}),
    (PLAN + "Peru and Laos, whose leaders attended as guests, may endorse it too.",
     {(frozenset({"FJI", "OMN", "TCD"}), AN)}),
    (PLAN + "Peru did not endorse it as well.", {(frozenset({"FJI", "OMN", "TCD"}), AN)}),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "aj")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_additive_joiner(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
