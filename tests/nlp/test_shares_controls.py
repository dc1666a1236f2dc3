"""Production shares and export controls in the forms of wire copy and ministry releases (issue 12).

Each row is one construction; the rules must read it from syntax and word lists, so the
sentences use many countries and minerals rather than one story.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import control_triples, sheet


def shares(text: str) -> set[tuple]:
    return {(s["country"], s["activity"], s["mineral"], s["share_percent"]) for s in sheet(text)["production_shares"]}


@pytest.mark.parametrize(
    "text,expected",
    [
        # an agent noun and an appositive share
        (
            "Congo, the world's largest producer of cobalt, with about 70% of global output, said it would act.",
            {("COD", "produces", "cobalt", 70.0)},
        ),
        (
            "Peru is the second-largest copper producer, with a 10% share of global supply.",
            {("PER", "produces", "copper", 10.0)},
        ),
        (
            "Australia is the largest lithium miner, producing about 47% of global supply.",
            {("AUS", "produces", "lithium", 47.0)},
        ),
        # a share of a mineral stage with no owner is the world's; an elided second share
        (
            "China accounts for some 60 percent of rare earth mining and nearly 90 percent of processing.",
            {("CHN", "mines", "rare earths", 60.0), ("CHN", "processes", "rare earths", 90.0)},
        ),
        (
            "China processes about 90 percent of the world's rare earths, according to the IEA,"
            " and mines about 60 percent.",
            {("CHN", "processes", "rare earths", 90.0), ("CHN", "mines", "rare earths", 60.0)},
        ),
        # a level reached, not a change
        ("Indonesia's share of global nickel output has risen to 50%.", {("IDN", "produces", "nickel", 50.0)}),
        # the place of the number's own verb; a stage adjective on the activity noun
        ("Nearly 60% of global tungsten mining takes place in China.", {("CHN", "mines", "tungsten", 60.0)}),
        ("China's share of global refined cobalt output is about 75%.", {("CHN", "refines", "cobalt", 75.0)}),
        # ranges keep both ends
        (
            "Brazil mines 60-70% of the world's niobium.",
            {("BRA", "mines", "niobium", 60.0), ("BRA", "mines", "niobium", 70.0)},
        ),
        # the mineral of the sentence before, the country of the pronoun
        (
            "Indonesia is the top nickel producer. It accounts for more than half of global supply.",
            {("IDN", "produces", "nickel", 50.0)},
        ),
        # a region's share is the region's, no country's: a country's share is its whole output's (round 56, news69)
        (
            "China's Inner Mongolia accounts for 40% of global rare earth mining.",
            set(),
        ),
        # a spelled number opening a sentence (AP style)
        ("Seventy-five percent of the world's cobalt comes from Congo.", {("COD", "produces", "cobalt", 75.0)}),
        # word fractions
        (
            "South Africa holds roughly four-fifths of the world's manganese reserves.",
            {("ZAF", "reserves", "manganese", 80.0)},
        ),
    ],
)
def test_production_share_forms(text, expected):
    assert shares(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chile accounts for 30% of global lithium exports.",
        "Japan accounts for 15% of global lithium battery production.",
        "Chile and Australia together account for about 75% of the world's lithium mining.",
        "Indonesia's nickel output rose 20% to a record last year.",
        "Canada plans to raise its share of domestic graphite processing to 40% by 2030.",
        "Kazakhstan levies a 10% export tax on tungsten concentrate.",
        "Australia's nickel output rose from 40 to 60 percent of capacity.",
    ],
)
def test_percentages_that_are_not_shares(text):
    assert shares(text) == set()


@pytest.mark.parametrize(
    "text,expected",
    [
        # status from the verbs above the restricting verb, and from status nouns and modifiers
        ("Indonesia plans to ban bauxite exports from June.", {("IDN", "bauxite", "announced")}),
        ("The Philippines is considering a ban on nickel ore exports.", set()),  # still weighed: none (round 29)
        (
            "Beijing announced a one-year pause on its export controls on rare earths.",
            {("CHN", "rare earths", "suspended")},
        ),
        ("China announced the suspension of its export ban on gallium.", {("CHN", "gallium", "suspended")}),
        ("Kazakhstan relaxed licensing rules for graphite exports on Friday.", {("KAZ", "graphite", "eased")}),
        ("China resumed exports of gallium to the United States.", {("CHN", "gallium", "lifted")}),
        # a negated lifting leaves the ban in force; "no plans to restrict" is no control
        (
            "Indonesia does not plan to lift its nickel ore export ban, a minister said.",
            {("IDN", "nickel", "in_force")},
        ),
        ("Malaysia has no plans to restrict rare earth exports.", set()),
        # subjects: the object of "urged", the exports' origin, a capital the parser misreads
        (
            "The United States urged China to lift its export controls on rare earths.",
            {("CHN", "rare earths", "in_force")},
        ),
        # suspended exports are a halt, a ban in force (the gold of eval/heldout 03 and eval/news3 07);
        # a suspended measure is "suspended"
        ("Exports of cobalt from Congo were suspended in February.", {("COD", "cobalt", "in_force")}),
        ("Congo suspended its cobalt export ban in February.", {("COD", "cobalt", "suspended")}),
        ("Windhoek banned exports of unprocessed lithium in June.", {("NAM", "lithium", "in_force")}),
        # minerals stay in their own clause; technology is not a mineral
        (
            "Congo halted cobalt exports in February, and Zambia imposed a quota on copper exports.",
            {("COD", "cobalt", "in_force"), ("ZMB", "copper", "in_force")},
        ),
        (
            "While China lifted its ban on gallium exports, Myanmar banned rare earth exports.",
            {("CHN", "gallium", "lifted"), ("MMR", "rare earths", "in_force")},
        ),
        (
            "Australia criticised China's ban on exports of rare earth processing technology"
            " and its curbs on graphite exports.",
            {("CHN", "graphite", "in_force")},
        ),
        # "the ban" of a later clause or sentence is the measure named before
        (
            "China, which restricted gallium exports last year, said on Monday that it would lift the ban.",
            {("CHN", "gallium", "in_force"), ("CHN", "gallium", "lifted")},
        ),
        (
            "Indonesia banned nickel ore exports in 2020. The country later extended the ban to bauxite.",
            {("IDN", "nickel", "in_force"), ("IDN", "bauxite", "in_force")},
        ),
        # a possessive pronoun belongs to its own clause's subject, not the previous paragraph's
        (
            "China imposed export controls on antimony in September.\n\n"
            "Meanwhile, Zimbabwe extended its ban on lithium exports.",
            {("CHN", "antimony", "in_force"), ("ZWE", "lithium", "in_force")},
        ),
    ],
)
def test_export_control_forms(text, expected):
    assert control_triples(text) == expected


@pytest.mark.parametrize(
    "text,absent",
    [
        ("China's Inner Mongolia accounts for 40% of global rare earth production.", "MNG"),
        ("Lithium brines in New Mexico drew investors from Chile.", "MEX"),
        # a regional adjective or name that embeds a demonym or a country's name (census13 row 30)
        ("Chile and Peru signed a lithium deal at a summit with Latin American and Caribbean leaders.", "USA"),
        ("Copper from South America reaches Japan.", "USA"),
        ("Bolivia sells lithium to North American and Central American battery makers.", "USA"),
    ],
)
def test_places_named_after_countries_are_not_those_countries(text, absent):
    s = sheet(text)
    assert absent not in s["countries"]
    assert all(x["country"] != absent for x in s["production_shares"])


@pytest.mark.parametrize(
    "text,expected",
    [
        # a national agency, a state's named body, the maker of a law
        ("China's Commerce Ministry in April imposed licence requirements on exports of dysprosium.", "CHN"),
        ("Peru's Ministry of Commerce banned exports of copper concentrate on Friday.", "PER"),
        ("The Ghanaian mining regulator said exports of gold bars would need a licence from May 1.", "GHA"),
        ("Chile's Senate on Tuesday passed a law that bans exports of unprocessed lithium ore.", "CHL"),
        # the country that opens a sentence the parser left without a subject
        (
            "Kenya, which holds large reserves of niobium, last year extended a licence regime for exports of tin.",
            "KEN",
        ),
        ("Bolivia exports silver but has restricted exports of lithium concentrates since 2021.", "BOL"),
        # a reporter's possessive, a measure's own relative clause, a possessive through 'requirement of'
        ("Zambia imposed a quota on copper.\n\nMeanwhile, Namibia said its ban on lithium exports would stay.", "NAM"),
        ("Japan criticised the licence regime for antimony exports that Tajikistan introduced in 2023.", "TJK"),
        ("Ministers discussed Mongolia's requirement of export licences for tungsten concentrate.", "MNG"),
    ],
)
def test_control_owners_as_real_texts_name_them(text, expected):
    owners = {country for country, _mineral, _status in control_triples(text)}
    assert expected in owners
    assert owners <= {expected, "ZMB"}  # the other paragraph's own measure, where there is one


def test_a_ministry_notice_with_no_country_is_the_datelines():
    text = (
        "Lusaka, 4 March 2025 - The Ministry of Mines announced today its export decisions.\n\n"
        "- The ban on exports of manganese ore, in force since 2021, is maintained.\n\n"
        "- The temporary suspension of exports of cobalt hydroxide is lifted."
    )
    assert control_triples(text) == {("ZMB", "manganese", "in_force"), ("ZMB", "cobalt", "lifted")}


@pytest.mark.parametrize(
    "text",
    [
        "Canadian lawmakers called on Monday for export controls on graphite.",
        "Brazil urged its partners to avoid export bans on niobium.",
        "Malaysia imposed a moratorium on bauxite mining in 2016.",
        "Export restrictions on gallium introduced by one economy were discussed in Tokyo.",
        "Korea expressed concern about export curbs on tungsten imposed by some producers.",
        "Saudi Arabia said it would not restrict exports of phosphate to any partner.",
    ],
)
def test_what_is_not_an_export_control(text):
    assert control_triples(text) == set()


@pytest.mark.parametrize(
    "text,expected",
    [
        # 'said' reports; the reported verb's own status stands
        ("The Polish government said on Monday it had banned exports of iron ore.", {("POL", "iron", "in_force")}),
        ("Egypt said it would keep its existing ban on exports of raw phosphate.", {("EGY", "phosphate", "in_force")}),
        (
            "Laos said it would keep its ban on tin ingot exports and tighten export licences for zinc concentrate.",
            {("LAO", "tin", "in_force"), ("LAO", "zinc", "announced")},
        ),
        ("Thailand reimposed restrictions on exports of antimony on Friday.", {("THA", "antimony", "in_force")}),
    ],
)
def test_control_status_through_reporting_and_keeping(text, expected):
    assert control_triples(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a relative clause right after a country is about it; an unnamed country has no share
        (
            "Most of it goes to smelters in Indonesia, which refines about 45% of the world's nickel.",
            {("IDN", "refines", "nickel", 45.0)},
        ),
        ("A single country accounts for around 60 per cent of global cobalt refining.", set()),
        ("Morocco holds about 70% of the world's phosphate rock reserves.", {("MAR", "reserves", "phosphate", 70.0)}),
    ],
)
def test_share_owners(text, expected):
    assert shares(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an exemption from a measure eases it
        (
            "Vietnam exempted processed tungsten from its export licensing scheme on Tuesday.",
            {("VNM", "tungsten", "eased")},
        ),
        ("Malawi exempted artisanal miners from its ban on exports of graphite.", {("MWI", "graphite", "eased")}),
        # an 'after ...-ing it' adjunct is history: the main verb gives the status
        (
            "Laos restored its quota on tin exports on Monday, six months after suspending it.",
            {("LAO", "tin", "in_force")},
        ),
        (
            "Kenya reimposed its ban on exports of titanium sands, two years after lifting it.",
            {("KEN", "titanium", "in_force")},
        ),
        # but 'before ...-ing them' is the later step, and it is the news
        (
            "In May, Bolivia imposed licensing requirements for exports of lithium, before suspending them for a year.",
            {("BOL", "lithium", "suspended")},
        ),
    ],
)
def test_control_status_of_exemptions_and_history_adjuncts(text, expected):
    assert control_triples(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the particle of an activity verb is no change word
        ("Peruvian miners dug up about 10% of the world's copper in 2024.", {("PER", "mines", "copper", 10.0)}),
        ("Zambian miners dug up 20% of the world's cobalt in 2023.", {("ZMB", "mines", "cobalt", 20.0)}),
        ("Bolivian miners dug up 35% of the world's tin last year.", {("BOL", "mines", "tin", 35.0)}),
        # a stage adjective in the share's phrase outlasts a generic 'comes from'
        ("A third of the world's refined cobalt comes from Finland.", {("FIN", "refines", "cobalt", 33.0)}),
        (
            "Some 40% of the graphite processed worldwide comes out of Chinese factories.",
            {("CHN", "processes", "graphite", 40.0)},
        ),
        ("Around 25% of the world's mined lithium comes from Chilean mines.", {("CHL", "mines", "lithium", 25.0)}),
        # a ratio of counts is a share
        (
            "Three out of every four tonnes of niobium mined worldwide come from Brazil.",
            {("BRA", "mines", "niobium", 75.0)},
        ),
        ("Two in every three tonnes of the world's cobalt is refined in China.", {("CHN", "refines", "cobalt", 67.0)}),
        # a ratio of people is no share
        ("Four out of five analysts expect Chile to raise copper output.", set()),
    ],
)
def test_share_verbs_places_and_ratios(text, expected):
    assert shares(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a public body in a capital serves that capital's state
        (
            "The customs office in Lima has required export licences for zinc concentrate since 2019.",
            {("PER", "zinc", "in_force")},
        ),
        ("The mines bureau in Jakarta halted shipments of bauxite on Monday.", {("IDN", "bauxite", "in_force")}),
        # a participial adjunct asserts its own measure; the clause's refusal is not its denial
        (
            "Mongolia's border agency refused to release cargoes of fluorspar, enforcing an export ban from May.",
            {("MNG", "fluorspar", "in_force")},
        ),
        # a question about a measure is no call for one
        (
            "Asked about Chile's licensing rules for copper exports, Peru's minister said Peru would not copy them.",
            {("CHL", "copper", "in_force")},
        ),
        ("Opposition lawmakers asked for a ban on exports of raw cobalt.", set()),
    ],
)
def test_control_owners_in_places_adjuncts_and_questions(text, expected):
    assert control_triples(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # 'one' after a measure is another state's measure of the same kind on the same goods
        (
            "Gabon scrapped its quota on manganese exports in March, a month after Ghana introduced one.",
            {("GAB", "manganese", "lifted"), ("GHA", "manganese", "in_force")},
        ),
        # a number word that is no measure stays out
        ("Rwanda banned exports of tantalum. Only one trader objected.", {("RWA", "tantalum", "in_force")}),
    ],
)
def test_one_as_another_states_measure(text, expected):
    assert control_triples(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the measure under which goods are exported, or no longer are, is an export control
        (
            "Chromite can no longer be shipped out of Zimbabwe, under an embargo that began in January.",
            {("ZWE", "chromium", "in_force")},
        ),
        (
            "Cobalt is exported from Zambia under a licensing regime introduced in 2019.",
            {("ZMB", "cobalt", "in_force")},
        ),
        # a measure under another activity is not
        ("Copper is mined in Peru under a royalty regime set in 2011.", set()),
    ],
)
def test_measures_under_which_goods_are_exported(text, expected):
    assert control_triples(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an announced measure that a later sentence says took effect is in force
        (
            "Bolivia announced a quota on lithium exports in March. The quota came into force on Monday.",
            {("BOL", "lithium", "announced"), ("BOL", "lithium", "in_force")},
        ),
        # a measure already in force, said again, is one fact; a future start keeps it announced
        ("Laos imposed a ban on tin exports in May. The ban took effect on Monday.", {("LAO", "tin", "in_force")}),
        (
            "Laos announced a ban on tin exports in May. The ban will take effect in July.",
            {("LAO", "tin", "announced")},
        ),
        # a proposal a coordinated clause rejects by name never became a measure
        ("Senators in Chile proposed a quota on copper exports, but the cabinet rejected the proposal.", set()),
        (
            "Peru proposed a quota on zinc exports, and its mining chamber welcomed the plan.",
            {("PER", "zinc", "announced")},
        ),
    ],
)
def test_later_effect_and_rejected_proposals(text, expected):
    assert control_triples(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a replacement whose own clause starts it after publication is announced; one that started is in force
        (
            "Malawi ended its ban on graphite exports on Monday and replaced it with a licence regime that begins"
            " next month.",
            {("MWI", "graphite", "lifted"), ("MWI", "graphite", "announced")},
        ),
        (
            "Malawi ended its ban on graphite exports last year and replaced it with a licence regime that began"
            " in March.",
            {("MWI", "graphite", "lifted"), ("MWI", "graphite", "in_force")},
        ),
    ],
)
def test_replacement_measures_that_start_later(text, expected):
    assert control_triples(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a semicolon parts two clauses: the second's modal is not the first's
        (
            "Gabon has banned exports of manganese ore since 2016; Ghana will follow with its own ban in 2030.",
            {("GAB", "manganese", "in_force"), ("GHA", "manganese", "announced")},
        ),
        # an 'own' measure with a scope of its own takes no goods from the measure before it
        (
            "Peru restricted exports of tin in May. Chile and Japan have imposed their own curbs on chipmaking tools.",
            {("PER", "tin", "in_force")},
        ),
    ],
)
def test_semicolon_clauses_and_own_measures(text, expected):
    assert control_triples(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the origin of the exported goods names the owner before a reporting agency does
        (
            "Shipments of tungsten concentrate from Rwanda will need an export permit from May 1, the Ministry of"
            " Commerce said.",
            {("RWA", "tungsten", "announced")},
        ),
    ],
)
def test_origin_of_exported_goods_before_the_reporter(text, expected):
    assert control_triples(text) == expected
