"""A state that asks its own state-owned firm to stop exporting gives an order (session 22, news16).

'India has asked state-run IREL (India) Ltd to stop exporting neodymium to Japan' is India's control; asking
another state, or a firm the phrase does not tie to the asking state, is still a call. Invented names.
"""

from __future__ import annotations

import pytest

from tests.nlp.control_cases import control_pairs


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Peru has asked state-run Minera (Peru) Ltd to stop exporting zinc to Japan.", {("PER", "zinc")}),
        ("Chile asked Chile's state-owned Cobremax to stop exporting copper to Korea.", {("CHL", "copper")}),
        # a call on another state, or on a firm of no named state, is no control
        ("Japan urged Peru to stop exporting zinc to China.", set()),
        ("Chile asked state-owned Cobremax to stop exporting copper to Korea.", set()),
        ("Chile asked Peru's state-owned Minera to stop exporting zinc to Korea.", set()),
        ("Peru has asked Minera (Peru) Ltd to stop exporting zinc to Japan.", set()),
    ],
)
def test_orders_to_own_firms(text, expected):
    assert control_pairs(text, with_status=False) == expected
