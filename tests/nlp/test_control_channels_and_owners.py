"""Round 23, the opened official19/news19: exports let out one way only, light-verb endings, owners a passage
gives (an official speaking for a state, a new paragraph's state, a firm's nationality) and denials by the
subject or by a refuted report.

Invented sentences; each construction has a near miss.
"""

from __future__ import annotations

import pytest

from tests.nlp.control_cases import control_pairs

SOLE_CHANNEL = [
    (
        "Kenya said that lithium concentrate may be exported only after processing at home.",
        {("KEN", "lithium", "in_force")},
    ),
    (
        "Tanzania said exports of manganese ore will henceforth be permitted only to licensed traders.",
        {("TZA", "manganese", "announced")},
    ),
    (
        "The export of monazite from India continues to be permitted only through the state miner.",
        {("IND", "rare earths", "in_force")},
    ),
    ("Exports of lithium are permitted only after processing, Chile said.", {("CHL", "lithium", "in_force")}),
    # near misses: a fact about destinations, no 'only', a permission with no 'only'
    ("Ghana exported gold only to Switzerland last year.", set()),
    ("Peru said copper concentrate may be exported to Japan after processing.", set()),
    ("Tanzania said exports of manganese ore will be permitted to all traders.", set()),
]

ENDINGS = [
    ("Gabon will put an end to the export of raw manganese ore from 2029.", {("GAB", "manganese", "announced")}),
    ("Gabon put a stop to exports of manganese ore.", {("GAB", "manganese", "in_force")}),
    ("China called a halt to lithium exports in September.", {("CHN", "lithium", "in_force")}),
    ("Gabon put an end to its ban on manganese exports.", {("GAB", "manganese", "lifted")}),
    ("Gabon brought an end to the export ban on manganese.", {("GAB", "manganese", "lifted")}),
    # near misses: the end of something else, a negated ending
    ("Gabon put an end to the dispute over manganese exports.", set()),
    ("Gabon did not put an end to manganese exports.", set()),
]

OWNERS = [
    (
        "Papua New Guinea and South Korea signed a memorandum on Monday. It was signed by PNG's Minister for Mining, "
        "Hon. Kila Moresi-Aupae, and by Korea's Vice Minister of Trade, Mr. Yoon Seo-jin. Moresi-Aupae told reporters "
        "that from January 2027 exporters would need a government permit for every shipment of nickel concentrate.",
        {("PNG", "nickel", "announced")},
    ),
    (
        "China keeps its licences on silver exports, in force since 2024.\n\nIndonesia's mines ministry approved lower "
        "nickel mining quotas, the minister said. The ban on exporting nickel ore has been in force since 2020.",
        {("CHN", "silver", "in_force"), ("IDN", "nickel", "in_force")},
    ),
    # the same passage with no paragraph break: the last measure's owner stays the reference
    (
        "China keeps its licences on silver exports, in force since 2024. Its ban on exporting gallium has been in "
        "force since 2023.",
        {("CHN", "silver", "in_force"), ("CHN", "gallium", "in_force")},
    ),
]

# whose measure it is, whatever status a later mention gives it ('a measure distinct from the export ban')
FIRM_NATIONALITY = [
    (
        "Gabon banned exports of raw manganese ore in May. The minister said the royalty on manganese will rise, a "
        "measure distinct from the export ban, and that the State keeps its stake in the main producer, controlled "
        "by a French group.",
        {("GAB", "manganese")},
    ),
    (
        "Zambia banned exports of raw cobalt ore in May. The ban, the minister said, does not apply to the Chinese "
        "company that runs the smelter.",
        {("ZMB", "cobalt")},
    ),
]

DENIALS = [
    ("Neither Chile nor Peru has banned exports of copper.", set()),
    ("Neither Vietnam nor Argentina restricts exports of tungsten.", set()),
    ("The ministers noted that neither country restricts exports of gallium to the other.", set()),
    ("None of them restricts exports of lithium.", set()),
    ("Chile and Peru both restrict exports of copper.", {("CHL", "copper", "in_force"), ("PER", "copper", "in_force")}),
    (
        "Lima raised no objection to a plan to ship copper concentrate to Japan, contrary to reports of an export "
        "licence requirement.",
        set(),
    ),
    (
        "Peru, according to reports of the ministry, requires an export licence for copper.",
        {("PER", "copper", "in_force")},
    ),
    (
        "China suspended the export controls on rare earths. Mongolia accounts for about 11 percent of world fluorspar "
        "mining and holds one of the largest copper resources in Asia.",
        {("CHN", "rare earths", "suspended")},
    ),
    # a negation that denies bargaining over the measure leaves it standing
    (
        "Indonesian Foreign Minister Sugiono told reporters that the ban on nickel ore exports, in place since 2020, "
        'was "not on the table" at the G20.',
        {("IDN", "nickel", "in_force")},
    ),
    ("Indonesia said that the ban on nickel ore exports was not up for discussion.", {("IDN", "nickel", "in_force")}),
    ("Indonesia said that a ban on nickel ore exports was not on the agenda.", set()),
    ("Indonesia said the ban on nickel exports was not in force.", set()),
    (
        "Estonia lifted its ban on graphite exports, a week after Latvia imposed one.",
        {("EST", "graphite", "lifted"), ("LVA", "graphite", "in_force")},
    ),
]


@pytest.mark.parametrize("text,expected", SOLE_CHANNEL + ENDINGS + OWNERS + DENIALS)
def test_channels_endings_owners_and_denials(text, expected):
    assert control_pairs(text) == expected


@pytest.mark.parametrize("text,expected", FIRM_NATIONALITY)
def test_a_state_word_on_a_firm_is_no_owner(text, expected):
    assert control_pairs(text, with_status=False) == expected
