"""Export controls in an instrument's own voice and licence frames (round 14, controls24).

A rule modal over an export verb whose subject names no one ('No person shall export X except with the
Minister's approval') is a ban, however the parser reads the mineral after the verb; exports made subject to
licences in a small clause ('has, with effect from <date>, made the export of X subject to licences') are a
licence regime, with the making verb's tense for the status; goods that join or enter a control list are
controlled, and the list's state owns the control. Facts without a modal, imports, mining, duties, audits and
lists of top exports or critical minerals are no control. Invented pairings of states and minerals.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

CONTROLS = [
    # instrument voice
    (
        "1. No person shall export from Gabon, except with the written approval of the Minister, unprocessed ores "
        "or concentrates of manganese or cobalt.",
        {("GAB", "manganese", "in_force"), ("GAB", "cobalt", "in_force")},
    ),
    ("No exporter may ship tungsten concentrate out of Bolivia without a permit.", {("BOL", "tungsten", "in_force")}),
    (
        "No company shall export nickel concentrate from Vietnam unless it holds a licence.",
        {("VNM", "nickel", "in_force")},
    ),
    (
        "Nobody may export raw graphite from Malawi without the consent of the mines ministry.",
        {("MWI", "graphite", "in_force")},
    ),
    ("No one shall export antimony ore from Oman after 1 March 2023.", {("OMN", "antimony", "in_force")}),
    ("No company has exported cobalt from Zambia since 2019, the ministry said.", set()),
    ("No person shall import lithium into Chile without a permit.", set()),
    ("No person shall mine tin in Rwanda without a licence.", set()),
    (
        "The Minister hereby prohibits, with effect from 1 March 2024, the export from Gabon of manganese ore, "
        "except under a permit.",
        {("GAB", "manganese", "in_force")},
    ),
    # goods that leave only with a permission
    ("Gabon said that manganese now leaves only with a certificate of origin.", {("GAB", "manganese", "in_force")}),
    ("In Peru, raw cobalt may exit the country only under a licence.", {("PER", "cobalt", "in_force")}),
    ("Manganese leaves Gabon by rail.", set()),
    # licence regimes in a small clause
    (
        "The Government of Kenya has, with effect from 4 April 2025, made the export of seven heavy minerals, "
        "including graphite, niobium and tantalum, and of products containing them subject to licences.",
        {("KEN", "graphite", "in_force"), ("KEN", "niobium", "in_force"), ("KEN", "tantalum", "in_force")},
    ),
    ("Peru made the export of tin subject to licensing on Monday.", {("PER", "tin", "in_force")}),
    ("Ghana made shipments of raw bauxite subject to export licences.", {("GHA", "bauxite", "in_force")}),
    (
        "Norway will make exports of copper and zinc subject to licences from August 2026, the customs agency said.",
        {("NOR", "copper", "announced"), ("NOR", "zinc", "announced")},
    ),
    ("Firms that export cobalt from Peru are subject to tax audits.", set()),
    ("Laos made tin exports subject to a ten percent duty.", set()),
    # goods joining a control list
    (
        "Tungsten and bismuth products join Mongolia's export control list on Friday.",
        {("MNG", "tungsten", "in_force"), ("MNG", "bismuth", "in_force")},
    ),
    (
        "Antimony items entered the export control list of Cambodia in 2019, the Commerce Ministry said.",
        {("KHM", "antimony", "in_force")},
    ),
    ("Tin joined the list of Bolivia's top exports in 2021.", set()),
    ("Lithium joins Chile's list of critical minerals, the ministry said.", set()),
]


@pytest.fixture(scope="module")
def sheets() -> dict[str, dict]:
    return extract_table([t for t, _ in CONTROLS], "instruments")


@pytest.mark.parametrize("text,expected", CONTROLS)
def test_control_instruments(sheets, text, expected):
    got = {(c["country"], m, c["status"]) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected
