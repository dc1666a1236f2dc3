"""A text that closes with its signing formula is a signed instrument (branch agree12a), one row per wording.

'Signed at X on D M, in duplicate' or 'Done at X ...' opening a line of a text with an agreement noun
(or a definition of its parties) makes the text a signed agreement of its signature block's states
('For A: name'), else of the pair it coordinates.  Negative rows: a formula-like phrase inside a
sentence, a text with no agreement, a formula with no date or place.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

RULE = "agreement.closing_formula"

CASES = [
    ("Memorandum of Understanding between the Government of Fiji and the Government of Peru on minerals\n\n"
     "The Government of Fiji and the Government of Peru will share data on copper deposits.\n\n"
     "Signed at Suva on 3 May, in duplicate, in the English and Spanish languages.",
     frozenset({"FJI", "PER"})),
    ("The Ministry of Mines of Oman and the Ministry of Industry of Chad (hereinafter \"the Sides\") have decided:\n\n"
     "1. The Sides will create a task force on manganese.\n\n"
     "Signed in duplicate at Muscat on 9 March.",
     frozenset({"OMN", "TCD"})),
    ("Article 9\nFinal provisions\n\nThis Agreement enters into force on signature.\n\n"
     "Done at Lima on 2 April in two originals.\n\nFor Peru: Ana Quispe, Minister of Mines\n"
     "For Jordan: Omar Haddad, Minister of Energy",
     frozenset({"PER", "JOR"})),
    ("Fiji and Peru discussed copper. Officials said the memorandum was signed at Suva on 3 May.", None),
    ("Fiji and Peru discussed copper prices on Monday.\n\nSigned at Suva on 3 May.", None),
    ("Memorandum of Understanding between Fiji and Peru\n\nFiji and Peru will cooperate.\n\nDone in good faith.", None),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "f")


@pytest.mark.parametrize("text,parties", CASES, ids=range(len(CASES)))
def test_closing_formula(sheets, text, parties):
    signed = [a for a in sheets[text]["agreements"] if a["provenance"]["rule"] == RULE]
    if parties is None:
        assert not signed
    else:
        assert [(frozenset(a["parties"]), a["status"]) for a in signed] == [(parties, "signed")]
