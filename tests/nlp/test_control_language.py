"""Export controls in the language of the round-10 word lists (session 11, controls16).

Each row is one mechanism of the generated capability ``control_language``: a restricting verb the parser
read as an adjective after a state's body ('The Philippine government capped exports'), a rule that lets only
processed goods out ('Only processed X may be exported'), a plan the owner drops ('dropped a plan to ban'),
goods that may not 'leave the country', a permission for exports 'to resume', processing at home 'before
export', goods that 'have needed licences' with the owner in the next clause, a verb that leaves the measure
as it is ('Nothing ... will affect the prohibition'), and the non-controls beside them (duties, levies, floor
prices, stockpiles, mining and import licences). Invented pairings of states and minerals; none is read from
a corpus (the 'Nothing ... will affect' and 'needed licences' rows restate census13 rows #15 and #41 as
mechanisms).
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import control_triples


@pytest.mark.parametrize(
    "text,expected",
    [
        # a restricting verb read as an adjective of the exports, after the state's body
        ("The Philippine government capped exports of cobalt at 20,000 tonnes.", {("PHL", "cobalt", "in_force")}),
        ("The Lao government limited exports of tin to 5,000 tonnes a year.", {("LAO", "tin", "in_force")}),
        ("Argentina's mines ministry curbed exports of zinc on Friday.", {("ARG", "zinc", "in_force")}),
        (
            "Zimbabwe's mines ministry limited exports of cobalt to 5,000 tonnes a year.",
            {("ZWE", "cobalt", "in_force")},
        ),
        (
            "Kazakhstan's Ministry of Trade capped exports of raw tungsten at 20,000 tonnes.",
            {("KAZ", "tungsten", "in_force")},
        ),
        ("Buyers in Japan criticised capped exports of cobalt.", set()),
        # only some goods may leave: the rest are barred
        ("Only processed nickel may be exported, Indonesia said on Monday.", {("IDN", "nickel", "in_force")}),
        ("Only processed graphite may be exported, the government of Malawi said.", {("MWI", "graphite", "in_force")}),
        (
            "Only processed manganese and related compounds may be exported, Gabonese authorities said.",
            {("GAB", "manganese", "in_force")},
        ),
        ("Mongolia allows only refined copper to be exported.", {("MNG", "copper", "in_force")}),
        ("Peru allows only smelted tin and related compounds to be exported.", {("PER", "tin", "in_force")}),
        ("Processed nickel may be exported, Indonesia said on Monday.", set()),
        ("Indonesia exported only processed nickel last year.", set()),
        # a plan the owner drops never applied
        ("Tanzania dropped a plan to ban exports of raw graphite on Monday.", set()),
        ("Harare shelved a proposal to restrict exports of lithium.", set()),
        ("Guinea abandoned plans for a ban on exports of bauxite.", set()),
        ("Hanoi backed away from a plan to curb exports of tungsten.", set()),
        ("Hanoi unveiled a plan to ban exports of tungsten.", {("VNM", "tungsten", "announced")}),
        ("Manila scrapped its ban on exports of nickel ore.", {("PHL", "nickel", "lifted")}),
        # goods leaving the country, a permission to resume, processing at home before export
        (
            '"We will no longer allow raw chromium to leave the country," the president of Zambia said.',
            {("ZMB", "chromium", "announced")},
        ),
        ("Raw lithium shall not leave the country, the president of Zimbabwe said.", {("ZWE", "lithium", "in_force")}),
        ("The president of Zambia left the country on Monday.", set()),
        ("Chile reversed course on Monday and allowed exports of graphite to resume.", {("CHL", "graphite", "lifted")}),
        ("Chile allowed talks to resume on Monday.", set()),
        (
            "Under Malawi's new mining code, zinc must be refined locally before it can be exported.",
            {("MWI", "zinc", "in_force")},
        ),
        ("Zinc is refined locally before it is exported from Malawi.", set()),
        # goods that need a licence, the owner in the next clause; a verb that leaves the measure as it is
        (
            "Gallium and germanium have needed licences since August 2023, and in December Beijing went further.",
            {("CHN", "gallium", "in_force"), ("CHN", "germanium", "in_force")},
        ),
        ("Lithium needs a mining licence in Chile.", set()),
        ("Cobalt requires an import permit in Japan.", set()),
        (
            "Nothing in this Memorandum will affect the prohibition on exports of raw graphite by Tanzania.",
            {("TZA", "graphite", "in_force")},
        ),
        ("The agreement will not affect Tanzania's ban on exports of graphite.", {("TZA", "graphite", "in_force")}),
        ("Tanzania did not ban exports of graphite.", set()),
        # a control noun opening a bullet (tagged a proper noun); a metal named only with its goods noun
        (
            "Beijing banned gallium exports on Monday.\n\n- Licences for graphite exports remain in place.",
            {("CHN", "gallium", "in_force"), ("CHN", "graphite", "in_force")},
        ),
        (
            "Peru banned exports of lead and zinc ores on Monday.",
            {("PER", "lead", "in_force"), ("PER", "zinc", "in_force")},
        ),
        ("Peru will lead and coordinate the ban on exports of zinc concentrate.", {("PER", "zinc", "announced")}),
        # a status a neighbouring clause sets
        ("Mongolia reinstated a ban on nickel exports that it had lifted in 2022.", {("MNG", "nickel", "in_force")}),
        ("Exports of copper from Argentina resumed in May after a two-year ban.", {("ARG", "copper", "lifted")}),
        ("Exports of copper from Argentina resumed in May after a strike.", set()),
        ("Laos will allow exports of tin to resume from June.", {("LAO", "tin", "lifted")}),
        (
            "Zambia lifted its ban on bauxite exports on Monday, while Malawi tightened its own.",
            {("ZMB", "bauxite", "lifted"), ("MWI", "bauxite", "in_force")},
        ),
        (
            "The government of Mozambique plans to ban exports of germanium next year.",
            {("MOZ", "germanium", "announced")},
        ),
        # not controls: price and fiscal measures, stockpiles
        ("Kinshasa imposed a levy on exports of cobalt on Monday.", set()),
        ("Bolivia set a floor price for lithium on Monday.", set()),
        ("Namibia began building a strategic stockpile of uranium this year.", set()),
    ],
)
def test_control_language(text, expected):
    assert control_triples(text) == expected
