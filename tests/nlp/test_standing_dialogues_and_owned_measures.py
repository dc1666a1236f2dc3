"""Round 49 (news62): standing dialogues, counted leaders, measure owners, dateline officials and meeting occasions.

One row per construction, with near misses beside each: a dialogue its states name is a running instrument where
the sentence keeps it going or works through it, one sitting is a meeting; a guess or a production quota is no
export control; a 'where' clause and a sibling clause name a measure's owner; a wire's dateline state owns the
officials its titles leave open; a grouping that only names an occasion does not act.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

C5 = ("KAZ", "KGZ", "TJK", "TKM", "UZB")

AGREEMENTS = [
    ("He noted that the Chile-Ghana export control dialogue mechanism had played a constructive role.",
     {(("CHL", "GHA"), "existing")}),
    ("Fiji and Oman have held the Fiji-Oman minerals dialogue since 2021, officials said.",
     {(("FJI", "OMN"), "existing")}),
    ("Officials of Peru said delays would be raised through the Kenya-Vietnam dialogue mechanism.",
     {(("KEN", "VNM"), "existing")}),
    ("Fiji and Oman held the Fiji-Oman minerals dialogue in Suva on Monday.", set()),
    ("President Ana Silva of Chile and the leaders of the five Central Asian countries signed a memorandum on Monday.",
     {(tuple(sorted(("CHL", *C5))), "signed")}),
    ("Egypt and Sudan agreed in 2023 to build a cross-border railway for phosphate.", {(("EGY", "SDN"), "existing")}),
    ("Zambia's mines minister, Ruth Banda, spoke on Monday. He said his government was open to a minerals "
     "partnership with Japan, although no talks had begun.", set()),
]  # fmt: skip

CONTROLS = [
    ("Some traders in Taipei had speculated that Beijing would next restrict exports of gallium to Taiwan.", set()),
    ("China's industry ministry published a notice on the total-amount control of rare earth mining for 2026.", set()),
    ("Brazil set a quota on niobium mining for 2026, the ministry said.", set()),
    ("Indonesia set a quota on nickel ore exports for 2026.", {("IDN", "nickel", "in_force")}),
    ("Korean firms are investing in nickel refining in Indonesia, where an export ban on nickel ore has been in force "
     "since 2020.", {("IDN", "nickel", "in_force")}),
    ("The minister criticised the measures announced by China on Monday, which ban exports of gallium to Japanese "
     "firms.", {("CHN", "gallium", "in_force")}),
    ("HONG KONG -- Mainland authorities have suspended the export controls on antimony announced in October, traders "
     "in Hong Kong said, as China and the US extended their truce.", {("CHN", "antimony", "suspended")}),
]  # fmt: skip

ORGANIZATIONS = [
    ("Japan and Peru will meet on the sidelines of the APEC summit in Lima.", set()),
    ("Xi will travel to Brazil for the G20 summit in Rio de Janeiro.", set()),
    ("China also filed a lawsuit with the World Trade Organization.", set()),
    ("At the G7 Summit in Kananaskis, leaders adopted a critical minerals action plan.", {"g7"}),
]  # fmt: skip

DATELINED = (
    "SEOUL, Oct. 10 (Hanbit) -- South Korea's industry ministry met on Friday, a day after China announced new "
    "controls on rare earths.\n\nChina said the measures take effect on Dec. 1, and China's commerce ministry will "
    "review every licence.\n\nMinister of Trade, Industry and Energy Kim Jung-kwan told the meeting that the "
    "government would help firms."
)
INITIALLED = (
    "The memorandum was signed in the presence of Prime Minister of Mongolia Oyun-Erdene Luvsannamsrai.\n\n"
    "Prime Minister L.Oyun-Erdene said that Korea was an important partner."
)


@pytest.fixture(scope="module")
def sheets():
    texts = [t for t, _ in AGREEMENTS + CONTROLS + ORGANIZATIONS] + [DATELINED, INITIALLED]
    return extract_table(texts, "standing")


@pytest.mark.parametrize("text,expected", AGREEMENTS, ids=range(len(AGREEMENTS)))
def test_agreement_sets(sheets, text, expected):
    assert {(tuple(sorted(a["parties"])), a["status"]) for a in sheets[text]["agreements"]} == expected


@pytest.mark.parametrize("text,expected", CONTROLS, ids=range(len(CONTROLS)))
def test_export_control_owners(sheets, text, expected):
    got = {(c["country"], m, c["status"]) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected


@pytest.mark.parametrize("text,expected", ORGANIZATIONS, ids=range(len(ORGANIZATIONS)))
def test_groupings_named_only_by_an_occasion(sheets, text, expected):
    assert {o.casefold() for o in sheets[text]["organizations"]} == expected


def test_dateline_state_owns_an_untitled_official(sheets):
    people = {p["name"]: p["country"] for p in sheets[DATELINED]["people"]}
    assert people["Kim Jung-kwan"] == "KOR"


def test_patronymic_initial_names_the_same_person(sheets):
    assert [p["name"] for p in sheets[INITIALLED]["people"]] == ["Oyun-Erdene Luvsannamsrai"]
