"""Export controls and shares in the wordings of the round-8 inventory (issue 12).

The rows come from an inventory of how news and government prose states a control on a mineral
(measure words, owners, goods, statuses) and what is not one, not from the tuning texts: each row
is one construction, with states and minerals the tuning texts do not pair.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import control_triples, sheet


def shares(text: str) -> set[tuple]:
    return {(s["country"], s["mineral"], s["activity"], s["share_percent"]) for s in sheet(text)["production_shares"]}


@pytest.mark.parametrize(
    "text,expected",
    [
        # measure words: a freeze, a particle verb, an approval tied to exports, a verb read as an adjective
        ("Bolivia imposed a freeze on tantalum exports on Monday.", {("BOL", "tantalum", "in_force")}),
        ("Zambia clamped down on germanium exports on Friday.", {("ZMB", "germanium", "in_force")}),
        ("Serbia shut off exports of niobium on Tuesday.", {("SRB", "niobium", "in_force")}),
        ("Sweden froze exports of antimony on Monday.", {("SWE", "antimony", "in_force")}),
        (
            "Exports of graphite and antimony will be subject to approval in Ghana from May 2027.",
            {("GHA", "graphite", "announced"), ("GHA", "antimony", "announced")},
        ),
        # owners: the measure's own place before the reporter, a fronted place, the same rule as another state
        (
            "The export of copper is prohibited in Vietnam, the Ministry of Commerce said.",
            {("VNM", "copper", "in_force")},
        ),
        (
            "In Kyrgyzstan, the government has suspended export licences for antimony concentrate.",
            {("KGZ", "antimony", "in_force")},
        ),
        (
            "The following items will require an export licence in India from January: tantalum, vanadium and"
            " related compounds.",
            {("IND", "tantalum", "announced"), ("IND", "vanadium", "announced")},
        ),
        # goods: a pronoun or the goods as the next sentence's subject, a copula, bracketed items, ore names
        (
            "Nigeria announced new export controls on Monday. They cover gallium and graphite.",
            {("NGA", "gallium", "announced"), ("NGA", "graphite", "announced")},
        ),
        (
            "Estonia tightened export rules on Tuesday. Affected items include manganese.",
            {("EST", "manganese", "in_force")},
        ),
        (
            "Since 2019, Morocco has required exporters to obtain licences for several metals. These are tungsten"
            " and tantalum.",
            {("MAR", "tungsten", "in_force"), ("MAR", "tantalum", "in_force")},
        ),
        (
            "Lima, 3 April 2025 - The Ministry of Mines announced that the following items shall not be exported"
            " without permission:\n\n(1) Cobalt-related items: cobalt metal;\n\n(2) Nickel-related items: nickel"
            " powder in any form, including flakes.",
            {("PER", "cobalt", "announced"), ("PER", "nickel", "announced")},
        ),
        ("Kenya abolished its export quota for ilmenite concentrate on Monday.", {("KEN", "titanium", "lifted")}),
        # statuses
        ("Zambia put its ban on antimony exports on hold until 2026.", {("ZMB", "antimony", "suspended")}),
        ("Argentina raised its copper export quota on Friday.", {("ARG", "copper", "eased")}),
        ("Brazil's cabinet drafted rules to restrict exports of manganese.", {("BRA", "manganese", "announced")}),
        ("Egypt has pushed back its planned ban on lithium exports to 2029.", {("EGY", "lithium", "announced")}),
        # not controls: calls on another state, reactions, firms, generic bans, dropped proposals, technology
        ("Industry groups urged Thailand to ban vanadium exports.", set()),
        ("Peru urged Namibia on Monday to tighten control over exports of graphite.", set()),
        ("India condemned export restrictions on rare earths on Monday.", set()),
        ("Nordvik Minerals halted graphite exports from its mine in Estonia after a fire.", set()),
        ("Vietnam warned on Monday that export bans on gallium would hurt supply chains.", set()),
        ("Mozambique committed to refrain from banning graphite exports.", set()),
        ("Ghanaian lawmakers dropped a proposed ban on raw manganese exports from a mining bill.", set()),
        ("Canada added germanium extraction and separation technologies to its export control list.", set()),
        ("Chile and Peru agreed to coordinate on export restrictions imposed by third countries on lithium.", set()),
    ],
)
def test_control_wordings(text, expected):
    assert control_triples(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # round 9: a body's 'of [State]' names its state, before the gazetteer agency its first words match
        (
            "The Ministry of Commerce of Bolivia banned exports of tantalum on Monday.",
            {("BOL", "tantalum", "in_force")},
        ),
        ("The Ministry of Commerce banned exports of tantalum on Monday.", {("CHN", "tantalum", "in_force")}),
        # a firm's halt, whatever demonym or name, is no state measure; a state heading the subject is
        ("A German company halted nickel shipments on Monday after a fire.", set()),
        ("Peruvian firm Andes Metals Ltd suspended niobium shipments on Tuesday after a strike.", set()),
        ("A Brazilian smelter halted graphite exports on Thursday because of a power outage.", set()),
        ("Indonesia, the top producer, banned nickel exports in 2020.", {("IDN", "nickel", "in_force")}),
        # a measure referred back with no export word changes the status of the goods the story gave it
        (
            "Finland restricted exports of germanium in 2021. These requirements were suspended on Wednesday, the"
            " Commerce Ministry said.",
            {("FIN", "germanium", "in_force"), ("FIN", "germanium", "suspended")},
        ),
        (
            "On 9 October, China imposed export controls on holmium. On 7 November, China suspended the"
            " implementation of the measures of 9 October.",
            {("CHN", "holmium", "in_force"), ("CHN", "holmium", "suspended")},
        ),
        (
            "Peru banned exports of tin in 2023. The rules of origin in its trade pact were eased.",
            {("PER", "tin", "in_force")},
        ),
        ("Kenya said on Monday that the measures remain in place.", set()),
        # cue words
        (
            "Under a regime that took effect on Friday, Peru vets every outbound cargo of nickel.",
            {("PER", "nickel", "in_force")},
        ),
        ("Cambodia has put a ceiling on how much nickel its miners may export.", {("KHM", "nickel", "in_force")}),
        ("Since 2019, Namibia has kept a tight lid on exports of antimony.", {("NAM", "antimony", "in_force")}),
        (
            "Exporters of copper in Chile face a freeze on new permits, the ministry said.",
            {("CHL", "copper", "in_force")},
        ),
        ("Poland capped how much gallium its producers may ship abroad.", {("POL", "gallium", "in_force")}),
        # a review is no measure; a measure its own clause establishes still is
        ("The Ministry of Mines of Mozambique said export licences for copper would be reviewed case by case.", set()),
        ("Japan said on Wednesday it would review its export licences for antimony.", set()),
        ("Export permits for lithium in Namibia are under review, the cabinet said on Friday.", set()),
        (
            "The export quota on cobalt, which Peru introduced in 2020, will be reviewed next year.",
            {("PER", "cobalt", "in_force")},
        ),
    ],
)
def test_control_families(text, expected):
    """The families of the round-9 fresh probes, one row per construction."""
    assert control_triples(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Kazakhstan mines about 40% of the world's uranium. It also produces an estimated 30% of refined vanadium.",
            {("KAZ", "uranium", "mines", 40.0), ("KAZ", "vanadium", "refines", 30.0)},
        ),
        (
            "Peru accounts for more than 10% of global copper mine output, according to the US Geological Survey,"
            " and refines about 20% of the world's zinc.",
            {("PER", "copper", "mines", 10.0), ("PER", "zinc", "refines", 20.0)},
        ),
        ("Japanese battery makers buy more than 80% of their lithium hydroxide from suppliers in Chile.", set()),
        (
            "With Bolivia and Chile, Argentina forms the so-called lithium triangle, which holds more than half of"
            " the world's lithium resources.",
            set(),
        ),
    ],
)
def test_share_wordings(text, expected):
    assert shares(text) == expected
