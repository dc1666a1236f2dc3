"""Denials by a determiner or a pronoun (round 22, precision22; modality.denied_by_quantity, modality.denied_doer).

A 'no' on the agreement noun or on the noun premodifier the parser hangs it from ('announced no minerals deals',
'have no minerals agreement'), or a doer that is a negative pronoun or quantified by one ('neither side agreed
to sign', 'none of the partners signed', 'neither A nor B signed') leaves no agreement; talks whose doer is such a
pronoun ('and none is under discussion') keep no denied deal under way. The affirmed sentences keep their deal.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import agreements


@pytest.mark.parametrize(
    "plain,denied,expected",
    [
        (
            "Turkmenistan and Kyrgyzstan announced two minerals deals.",
            "Turkmenistan and Kyrgyzstan announced no minerals deals.",
            ("KGZ+TKM", "announced"),
        ),
        (
            "Kenya and Peru have a minerals agreement.",
            "Kenya and Peru have no minerals agreement.",
            ("KEN+PER", "existing"),
        ),
        (
            "There is a minerals agreement between Kenya and Peru, and another is under discussion.",
            "There is no minerals agreement between Kenya and Peru, and none is under discussion.",
            ("KEN+PER", "existing"),
        ),
        (
            "Kenya and Peru met, and both signed an agreement on lithium.",
            "Kenya and Peru met, but neither signed an agreement on lithium.",
            ("KEN+PER", "signed"),
        ),
        (
            "Kenya and Peru signed the lithium agreement.",
            "Neither Kenya nor Peru signed the lithium agreement.",
            ("KEN+PER", "signed"),
        ),
        (
            "Kenya and Peru met, and both sides agreed to sign a lithium agreement.",
            "Kenya and Peru met, but neither side agreed to sign a lithium agreement.",
            ("KEN+PER", "planned"),
        ),
        (
            "All of the partners signed the memorandum with Kenya.",
            "None of the partners signed the memorandum with Kenya.",
            None,
        ),
    ],
)
def test_denied_by_quantity(plain, denied, expected):
    if expected is not None:
        assert expected in agreements(plain)
    assert agreements(denied) == set()


@pytest.mark.parametrize(
    "text,expected",
    [
        # affirmed talks beside a denied deal still say the talks are under way
        (
            "There is no minerals agreement between Kenya and Peru, but one is under discussion.",
            {("KEN+PER", "negotiating")},
        ),
        (
            "Laos did not sign an agreement with Chile, though talks on lithium were continuing.",
            {("CHL+LAO", "negotiating")},
        ),
    ],
)
def test_affirmed_talks_beside_denials(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a savings clause: a negative doer of a preservation verb keeps the instrument it names (official19 02)
        (
            "Nothing in this Notice affects the Memorandum of Understanding on artisanal mining between the "
            "Government of Ghana and the Government of the Republic of Côte d'Ivoire, which remains in force.",
            {("CIV+GHA", "existing")},
        ),
        ("Nothing in this notice affects the memorandum between Ghana and Peru.", {("GHA+PER", "existing")}),
        (
            "None of these measures will alter the framework agreement between Kenya and Chile.",
            {("CHL+KEN", "existing")},
        ),
        ("Nothing in this decree changes the partnership Norway signed with Japan in 2023.", {("JPN+NOR", "existing")}),
        # near misses: a negative doer of a making verb still denies
        ("Neither side signed the memorandum between Ghana and Peru.", set()),
        ("None of the partners affected by the rules signed a memorandum with Peru.", set()),
    ],
)
def test_savings_clause_keeps_instrument(text, expected):
    assert agreements(text) == expected
