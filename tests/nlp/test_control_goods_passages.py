"""Goods and owners a control's passage gives apart from its own clause (round 22, the opened news18/official18).

A state's description between it and the control verb ('Congo, which mines about 70% of the world's cobalt,
banned ...'); 'its' in a conjoined clause whose own subject is a state, after another state's measure; a counted
subject whose goods a phrase of its own names ('The seven added in April, among them X and Y, have needed a
licence'); a licence imposed on goods by a passive; a headline that names exports for the bare licences below it.
Invented sentences; each construction has a near miss.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract
from tests.nlp.control_cases import control_pairs


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Gabon, which mines about 20% of the world's manganese, banned manganese exports in May.",
            {("GAB", "manganese", "in_force")},
        ),
        (
            "The Republic of Guinea, which holds a third of the world's bauxite, banned bauxite exports in May.",
            {("GIN", "bauxite", "in_force")},
        ),
        ("Gabon, which mines about 20% of the world's manganese, welcomed manganese exports in May.", set()),
        (
            "Indonesia's ban on nickel ore exports remains in force, and Congo lifted its cobalt export ban.",
            {("IDN", "nickel", "in_force"), ("COD", "cobalt", "lifted")},
        ),
        # no state of its own in the second clause: 'its' is the earlier measure's owner
        (
            "China's ban on gallium exports and its curbs on graphite remain.",
            {("CHN", "gallium", "in_force"), ("CHN", "graphite", "in_force")},
        ),
        (
            "Vietnam announced export licence requirements for five metals.\n\nThe seven added in April, among them "
            "tungsten and bismuth, have needed a licence since then, ministry spokesperson Tran Thi Mai said.",
            {("VNM", "tungsten", "in_force"), ("VNM", "bismuth", "in_force")},
        ),
        (
            "Vietnam announced export licence requirements for five metals.\n\nThe seven added in April, among them "
            "two trading houses, have needed a licence since then.",
            set(),
        ),
        (
            "Kazakhstan tightened its rules in March. Licences are now imposed on tungsten and molybdenum.",
            {("KAZ", "tungsten", "in_force"), ("KAZ", "molybdenum", "in_force")},
        ),
        ("Mining licences were issued on lithium tenements in Zimbabwe.", set()),
        ("Tariffs are imposed on Chinese graphite by the United States.", set()),
    ],
)
def test_goods_and_owners_from_the_passage(text, expected):
    assert control_pairs(text) == expected


@pytest.mark.parametrize(
    "title,expected",
    [
        ("Timeline: how Hanoi built its mineral export controls", {("VNM", "tungsten"), ("VNM", "bismuth")}),
        ("Timeline: how Hanoi built its mining code", set()),  # no exports in view: a bare licence may be a mining one
    ],
)
def test_a_headline_on_exports_puts_the_bare_licences_below_it_in_view(title, expected):
    body = [
        "Vietnam has reshaped its minerals policy over three years.",
        "The first step came in 2023 with a new royalty schedule and a land survey.",
        "A geology institute opened in Da Nang the next year.",
        "Officials also reorganised the mines inspectorate.",
        "In April, tungsten and bismuth were put under licence.",
    ]
    sheet = extract(make_article(body, title=title, source="case.txt", published="2025-06-01"))
    assert {(c["country"], m) for c in sheet["export_controls"] for m in c["minerals"]} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a measure named only as a possibility, or as what something else is not, is no measure
        ("Ghana's ministry has received enquiries about a possible ban on gold exports.", set()),
        ("The Commission is examining a potential restriction on exports of aluminium scrap.", set()),
        (
            "Zimbabwe keeps a 5% royalty on lithium concentrate exports; it is a tax, not a restriction on volumes.",
            set(),
        ),
        ("Zimbabwe's royalty on lithium exports is a tax rather than an export restriction.", set()),
        ("Zimbabwe chose a royalty rather than a ban on lithium exports.", set()),
        # ... while the measure itself stands, beside a possibility or a contrast of something else
        ("Ghana banned gold exports, a possible step before further curbs.", {("GHA", "gold")}),
        ("Zimbabwe banned lithium exports, not a decision taken lightly.", {("ZWE", "lithium")}),
        ("Zimbabwe imposed a ban, not a tax, on lithium exports.", {("ZWE", "lithium")}),
        # 'whose': the state just before it owns the measure, however the parser hung the clause
        (
            "Indian automakers have struggled since April to obtain magnets from China, whose licences on seven rare "
            "earths remain in force.",
            {("CHN", "rare earths")},
        ),
        # goods a measure leaves unnamed, from the owner's share of the world's one mineral the sentence before
        ("Congo is the world's top cobalt producer. It banned exports in February.", {("COD", "cobalt")}),
        ("Congo mines about 70% of the world's cobalt. Kinshasa banned exports in February.", {("COD", "cobalt")}),
        ("Chile mines 24% of the world's copper. Peru banned exports in February.", set()),
        ("Congo mines cobalt and copper. It banned exports in February.", set()),
        # 'the country' of the share sentence is the state named just before it, not the measure's owner here
        (
            "For Congo the stakes are large. The country mines about 70% of the world's cobalt. Angola banned "
            "exports in February.",
            set(),
        ),
    ],
)
def test_measures_not_taken_and_goods_from_the_owner(text, expected):
    assert control_pairs(text, with_status=False) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # 'X controls' read as a clause by the parser: the measure noun again, the mineral its modifier
        (
            "The graphite controls China announced in October are suspended for one year.",
            {("CHN", "graphite", "suspended")},
        ),
        (
            "The rare earth controls China announced in October 2025 remain in force.",
            {("CHN", "rare earths", "in_force")},
        ),
        ("The cobalt curbs Congo announced in February 2025 are suspended.", {("COD", "cobalt", "suspended")}),
        # a verb with an object of its own stays a verb
        ("Graphite controls the market in Asia, analysts said.", set()),
        ("China controls most of the graphite market.", set()),
    ],
)
def test_a_measure_noun_read_as_a_verb(text, expected):
    assert control_pairs(text) == expected
