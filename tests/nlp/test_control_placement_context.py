"""Goods placed under a bare licence in a passage about exports (session 22).

A story names exports once and then says 'placed X under licence' a sentence or two later, or names a control
beside the licence in the same sentence. The placement counts as an export control then; with no export or
control word in view it stays a placement of something else (a mining regime, a review). Invented names.
"""

from __future__ import annotations

import pytest

from tests.nlp.control_cases import control_pairs


@pytest.mark.parametrize(
    "text,expected",
    [
        # exports named in the sentence before
        (
            "Vietnam banned exports of tin ore in 2024. Then came May. In retaliation, Hanoi put tungsten and "
            "bismuth under licence.",
            {("VNM", "tin"), ("VNM", "tungsten"), ("VNM", "bismuth")},
        ),
        # a control named beside the licence in the sentence itself
        (
            "The move builds on controls introduced in April, when Kazakhstan placed gallium and indium under "
            "licence in retaliation for tariffs.",
            {("KAZ", "gallium"), ("KAZ", "indium")},
        ),
        # exports in the sentence, as before
        (
            "Peru placed zinc under export licensing in February.",
            {("PER", "zinc")},
        ),
        # nothing about exports or controls in view: no control
        (
            "Kenya opened new mining areas this year. Officials placed the graphite deposits under licence.",
            set(),
        ),
        # exports mentioned too far back (four sentences before) do not carry the topic
        (
            "Chile banned exports of raw lithium in 2023. The decision was popular. Prices rose. Mines expanded. "
            "Officials placed the new copper pits under licence.",
            {("CHL", "lithium")},
        ),
    ],
)
def test_placed_under_licence(text, expected):
    assert control_pairs(text, with_status=False) == expected
