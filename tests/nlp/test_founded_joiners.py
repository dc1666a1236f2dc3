"""A newcomer to a named initiative one state founded (nlp/components/accession.py, _named_founders).

'A joined X, the platform launched by B', 'A also takes part in X Forum, the initiative launched by B', 'A became
a member of X launched by B': the joiner and the founder.  One founder is enough as a founding participle's agent
('the partnership of A' stays A's own programme); the participle may hang on the noun, its apposition, the
membership noun, or (misparsed) on the verb right after the agreement's comma.  'takes part' is joining: its
'part' is no object of its own.  Not a party: a company founder, a denied joiner.  Inventory:
/work/notes/s17/owners28-census.md.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import agreements

_STATES = [("Kenya", "Japan", "JPN+KEN"), ("Peru", "Norway", "NOR+PER"), ("Ghana", "the Republic of Korea", "GHA+KOR")]

JOINED = [
    "{A} joined the Cobalt Processing Alliance, the platform launched by {B}, on Tuesday.",
    "{A} acceded to the Nickel Transparency Charter, the initiative founded by {B}, on Monday.",
    "{A} also takes part, since 2022, in the Lithium Security Partnership Forum, the initiative launched by {B} to "
    "connect producers and consumers.",
    "{A} participates in the Graphite Security Partnership, established by {B} in 2020.",
    "{A} became a member of the Copper Security Partnership launched by {B} in 2019.",
    "{A}, a major producer, joined the Gallium Processing Alliance, the grouping formed by {B}, on Friday.",
]


@pytest.mark.parametrize(("joiner", "founder", "pair"), _STATES)
@pytest.mark.parametrize("sentence", JOINED)
def test_joiner_with_single_founder(sentence, joiner, founder, pair):
    found = {p for p, _ in agreements(sentence.format(A=joiner, B=founder))}
    assert pair in found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not join the Cobalt Processing Alliance, the platform launched by Japan in 2021.",
        "Kenya joined the Cobalt Processing Alliance, the platform launched by Borealis Lithium, on Tuesday.",
    ],
)
def test_no_joint_set(text):
    assert not any(p == "JPN+KEN" for p, _ in agreements(text))
