"""A body's short form owns its measures (round 15, controls26).

A transcript, a notice or a briefing names its agency once ('the press conference of the Ministry of Commerce
of A') and then says 'the Ministry', 'the Department', 'the Bureau'.  The short form, a definite article and a
bare body noun, is the body last named in full with that head noun, so its measure is that body's state's,
however many other states the sentence names (leaders of A and B, a destination, a partner in talks).
Invented states, bodies and goods.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

CONTROLS = [
    (
        "Transcript of the regular press briefing of the Ministry of Commerce of Laos.\n\nSpokesperson: To "
        "implement the consensus reached by the leaders of Laos and Peru, the Ministry has decided to suspend its "
        "export controls on tin until 2027.",
        {("LAO", "tin", "suspended")},
    ),
    (
        "The Department of Mineral Resources of Oman published a notice on Monday.\n\nUnder the notice, which "
        "follows a request from Chile, the Department bans exports of unprocessed cobalt ore.",
        {("OMN", "cobalt", "in_force")},
    ),
    (
        "Officials of the Fijian Ministry of Trade met their counterparts from Japan on Monday.\n\nThe Ministry "
        "then restricted exports of nickel to Japan and Canada.",
        {("FJI", "nickel", "in_force")},
    ),
    (
        "The Bureau of Mines of Ghana answered questions from Mexican buyers on Friday.\n\nThe Bureau has banned "
        "exports of zinc concentrate to Mexico and Finland since 2022.",
        {("GHA", "zinc", "in_force")},
    ),
    (  # the body last named with that head noun
        "The Department of Mineral Resources of Oman published a notice on Monday, and the Department of Trade "
        "of Kenya replied.\n\nUnder the notice, which follows a request from Chile, the Department bans exports "
        "of unprocessed cobalt ore.",
        {("KEN", "cobalt", "in_force")},
    ),
]


@pytest.fixture(scope="module")
def sheets() -> dict[str, dict]:
    return extract_table([t for t, _ in CONTROLS], "short_bodies")


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_a_short_form_is_the_body_named_before(sheets, text, expected):
    got = {(c["country"], m, c["status"]) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected
