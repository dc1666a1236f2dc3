"""Standing, replacing, begun and denied measures (round 16, controls28).

A continuing verb under a future auxiliary keeps a measure in force ('will continue to maintain the prohibition');
a measure that replaces another in its own relative clause is not undone ('quotas, which replaced a temporary
ban, remain in effect'); a future start that the sentence's own date puts before publication has begun; a
measure in the phrase of a noun that 'no' quantifies, or held by a plan not taken up, is no control; a raising
verb ('continue to require', 'would have to obtain') carries the subject of a licence requirement.
Invented wordings, states of several regions.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

CONTROLS = [
    # a continuing verb under 'will' / 'would'
    (
        "Fiji's mines ministry said on Monday that the government will continue to maintain the prohibition on the "
        "export of raw cobalt ore.",
        {("FJI", "cobalt", "in_force")},
    ),
    (
        "The government of Laos would continue to apply its quota on antimony exports, the minister told reporters.",
        {("LAO", "antimony", "in_force")},
    ),
    (
        "Malawi will begin to require licences for exports of graphite, the commerce ministry said on Friday.",
        {("MWI", "graphite", "announced")},
    ),
    # the measure as the replacer
    (
        "Bhutan's export quotas for tin, which replaced a temporary ban in March, remain in effect, the regulator "
        "said.",
        {("BTN", "tin", "in_force")},
    ),
    (
        "Fiji's export quotas for nickel, which were replaced by a ban in March, are no longer in effect.",
        {("FJI", "nickel", "lifted"), ("FJI", "nickel", "in_force")},  # the quotas ended, the ban that replaced them
    ),
    # a start the sentence's own date puts in the past (published June 2025 by extract_table)
    (
        "In July 2021, Laos said exports of gallium would need a licence from 1 December 2021.",
        {("LAO", "gallium", "in_force")},
    ),
    (
        "In July 2021, Laos said exports of gallium would need a licence from 1 December 2027.",
        {("LAO", "gallium", "announced")},
    ),
    (
        "In 2021, Laos planned to ban exports of tin from 2023, according to a draft decree.",
        {("LAO", "tin", "announced")},
    ),
    (
        "Bhutan has barred exports of tin ore since 2020, and its government says it will stop shipments of "
        "antimony from next June.",
        {("BTN", "tin", "in_force"), ("BTN", "antimony", "announced")},
    ),
    (
        "October 20, 2021 - Fiji's trade ministry says some cobalt products will need export permits from December 1.",
        {("FJI", "cobalt", "in_force")},
    ),
    # a permission made a duty for goods
    (
        "Laos tightened its export regime on Monday.\n\nLicences became mandatory for seven grades of antimony, "
        "including high-purity antimony oxide.",
        {("LAO", "antimony", "in_force")},
    ),
    ("Export permits remain obligatory for tin shipped from Bhutan, the ministry said.", {("BTN", "tin", "in_force")}),
    ("Import licences became mandatory for cobalt entering Fiji on Monday.", set()),
    ("Malawi said exports of graphite would require licences from May.", {("MWI", "graphite", "announced")}),
    # denied and unadopted
    ("Fiji said on Tuesday it would study Bhutan's ban on exports of raw tin.", {("BTN", "tin", "in_force")}),
    ("The government of Malawi is studying export restrictions on graphite flakes, the minister said.", set()),
    ("Laos, which banned tin exports in 2020, is studying the effects of the ban.", {("LAO", "tin", "in_force")}),
    ("Malawi has no plans for export restrictions on graphite, the minister said on Tuesday.", set()),
    ("Officials in Thimphu said there was no question of new curbs on tin exports from Bhutan this year.", set()),
    ("A proposal to ban exports of raw nickel ore from Fiji, tabled by two lawmakers, has not been adopted.", set()),
    ("Laos has yet to adopt a bill for a ban on exports of unprocessed antimony, the ministry said.", set()),
    ("The cabinet of Fiji did not withdraw its 2022 ban on exports of cobalt.", {("FJI", "cobalt", "in_force")}),
    # a continuing verb is not dated by another clause's effect phrase; a negated passive of change preserves
    (
        "The minister of Fiji reminded operators that the ban on the export of raw cobalt ore, introduced in 2022, "
        "remains in force, and announced that, with effect from 1 March 2027, the export of unprocessed tin ores "
        "will also be prohibited.",
        {("FJI", "cobalt", "in_force"), ("FJI", "tin", "announced")},
    ),
    (
        "Laos's export controls on gallium related items, in place since 1 August 2023, are not changed by this "
        "Announcement.",
        {("LAO", "gallium", "in_force")},
    ),
    # a raising verb carries the requirement's subject
    (
        "Exports of gallium and related items from Laos continue to require a licence, as before.",
        {("LAO", "gallium", "in_force")},
    ),
    (
        "Malawi said in May 2021 that exporters of graphite would have to obtain licences from 1 August 2021.",
        {("MWI", "graphite", "in_force")},
    ),
]


@pytest.fixture(scope="module")
def sheets() -> dict[str, dict]:
    return extract_table([t for t, _ in CONTROLS], "standing_and_denied")


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_standing_replacing_begun_and_denied(sheets, text, expected):
    got = {(c["country"], m, c["status"]) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected
