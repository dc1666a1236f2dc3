"""Control words a frame keeps from being a measure, statuses set beside it, and share holders (round 13,
controls23).

A control noun naming a forum's topic, a restriction someone wishes of a state, a measure in a state the text
leaves unnamed are no state's measure; a 'which it suspended' clause hung on a date or the goods still undoes
the measure; a planned restriction continuing a policy is in force; a state halving its own exports is a
control. A state word in a survey's name is no share holder, nor is one of a counted or pooled set of states.
Invented pairings of states and minerals.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

CONTROLS = [
    ("Chile and Kenya agreed on Monday to launch an export control dialogue on lithium and cobalt.", set()),
    ("Officials from Nairobi and Hanoi will hold annual export-control consultations on graphite.", set()),
    ("Peru and Ghana set up a working group on export controls for copper and manganese.", set()),
    ("Some in the sector want Poland to restrict exports of copper scrap.", set()),
    ("Industry groups would like Ghana to ban exports of raw manganese, the newspaper reported.", set()),
    ("Lawmakers in Namibia want Fiji to impose a ban on exports of nickel.", set()),
    ("Poland will restrict exports of copper scrap from July, the minister said.", {("POL", "copper", "announced")}),
    # a wish to undo a measure the state has reports that measure
    ("Kenya wants Peru to lift its export restrictions on copper concentrate.", {("PER", "copper", "in_force")}),
    ("The bloc asked Laos to ease its licensing requirements on antimony exports.", {("LAO", "antimony", "in_force")}),
    (
        "Licensing requirements on dysprosium and terbium remain in force in a major producing country.",
        set(),
    ),
    ("Quotas on tungsten exports still apply in a single supplier country, according to analysts.", set()),
    ("Export bans on raw nickel ore remain in place in Gabon.", {("GAB", "nickel", "in_force")}),
    (
        "Thailand imposed a temporary ban on exports of tin ore in 2025, which it suspended in March.",
        {("THA", "tin", "suspended")},
    ),
    (
        "Laos introduced a quota on antimony exports in 2023, which it lifted last month.",
        {("LAO", "antimony", "lifted")},
    ),
    (
        "Bolivia adopted licensing requirements for lithium exports in January, which it eased in June.",
        {("BOL", "lithium", "eased")},
    ),
    (
        "Thailand imposed a temporary ban on exports of tin ore in 2025, which it extended in March.",
        {("THA", "tin", "in_force")},
    ),
    (
        "Gabon will ban exports of raw manganese ore, maintaining the policy adopted in 2021.",
        {("GAB", "manganese", "in_force")},
    ),
    ("Gabon will ban exports of raw manganese ore from 2029, the minister said.", {("GAB", "manganese", "announced")}),
    (
        "Tajikistan announced last month that it would halve its own exports of antimony concentrate from July.",
        {("TJK", "antimony", "announced")},
    ),
    ("Exports of antimony from Tajikistan halved in 2024 as demand fell.", set()),
    ("Myanmar's exports of rare earths halved in June after floods.", set()),
    ("Myanmar halved its exports of rare earths in June.", {("MMR", "rare earths", "in_force")}),
    ("Canada also said it would consider restricting exports of graphite, a proposal it has floated before.", set()),
    ("Ghana could contemplate curbs on manganese exports, the minister said on Monday.", set()),
    # a measure still weighed is none (round 29: no gold sheet records one)
    ("Peru is considering a ban on exports of copper concentrate, officials said.", set()),
    ("Mexico's 2022 law is sometimes described as an export ban on lithium.", set()),
    ("Mexico's 2022 law banned exports of raw lithium.", {("MEX", "lithium", "in_force")}),
    ("Q: Will Peru ban exports of copper concentrate next year?", set()),
    ("Q: Why did Indonesia ban nickel ore exports in 2020?", {("IDN", "nickel", "in_force")}),
    # the answer line after a question line (a clean text joins both into one paragraph) is the answer's
    (
        "Q: What is the status?\nA: Congo will introduce cobalt export quotas from October.",
        {("COD", "cobalt", "announced")},
    ),
    (
        "Question: What will happen to tin? Minister: Laos will ban exports of tin ore from next year.",
        {("LAO", "tin", "announced")},
    ),
    ("Q: Some say Peru will ban exports of copper ore. Is that so?\nA: I cannot comment.", set()),
]

SHARES = [
    (
        "Bolivia holds large lithium resources, which the US Geological Survey has estimated at around 20% of "
        "the world total.",
        {("BOL", "lithium", "reserves", 20.0)},
    ),
    (
        "According to the Australian Bureau of Statistics, Peru mines about 10% of the world's copper.",
        {("PER", "copper", "mines", 10.0)},
    ),
    (
        "Oman, Fiji and Chile signed a pact. The three countries together account for 5% of global graphite output.",
        set(),
    ),
    ("Both nations combined mine about 70% of the world's cobalt.", set()),
    ("Australia, Korea and Japan together account for 5% of global graphite output.", set()),
    ("Australia accounts for 5% of global graphite output.", {("AUS", "graphite", "produces", 5.0)}),
    (
        "Zimbabwe holds roughly 7% of the world's platinum reserves, according to the mines ministry, though "
        "analysts say the figure is closer to 5%.",
        {("ZWE", "platinum", "reserves", 7.0)},
    ),
]


@pytest.fixture(scope="module")
def sheets() -> dict[str, dict]:
    return extract_table([t for t, _ in CONTROLS + SHARES], "frames")


@pytest.mark.parametrize("text,expected", CONTROLS)
def test_control_frames(sheets, text, expected):
    got = {(c["country"], m, c["status"]) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected


@pytest.mark.parametrize("text,expected", SHARES)
def test_share_holders(sheets, text, expected):
    got = {(p["country"], p["mineral"], p["activity"], p["share_percent"]) for p in sheets[text]["production_shares"]}
    assert got == expected
