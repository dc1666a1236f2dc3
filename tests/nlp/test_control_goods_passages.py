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
