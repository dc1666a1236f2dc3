"""Review 21 fixes on people's titles and countries and on 'the country' (names invented, of many origins).

- a word that completes an office ('General' in 'Secretary-General', 'Director General', 'Governor General',
  'Consul General') is no rank worn as an honorific (nlp/components/title_tokens.completes_office);
- an official coordinated with another takes that other's state only when the sentence names it
  (nlp/components/companions._coordinated_side);
- the state whose officials a person meets is the other side, never the person's own by default
  (nlp/components/companions.met_sides);
- 'The country, which mines N%' after a sentence that names two or more states refers to neither
  (nlp/components/state_reference.referred_antecedent);
- (the yardstick case, review S6, is asserted in test_companions_and_yardsticks.py.)
"""

from __future__ import annotations

import pytest

from cmkg.nlp.rules import rules
from tests.nlp.agreement_cases import sheet


def people(text: str) -> dict[str, tuple]:
    return {p["name"]: (p["role"], p["country"]) for p in sheet(text)["people"]}


@pytest.mark.parametrize(
    "text,name,role",
    [
        ("Director General Ifeoma Chukwu spoke in Geneva on Monday.", "Ifeoma Chukwu", "Director General"),
        (
            "Surgeon General Tomas Lindqvist and Governor General Mere Tawhiri attended the ceremony in Ottawa.",
            "Mere Tawhiri",
            "Governor General",
        ),
        ("Consul General Lin Haoran opened the office in Ottawa on Monday.", "Lin Haoran", "Consul General"),
        # a rank worn as an honorific still is one
        (
            "The Malian army chief, General Oumar Traore, said gold exports would resume.",
            "Oumar Traore",
            "Army Chief",
        ),
        ("Pakistan's Army Chief General Tariq Mehmood met officials on Monday.", "Tariq Mehmood", "Army Chief"),
    ],
)
def test_a_word_that_completes_an_office_is_no_rank(text, name, role):
    assert people(text)[name][0] == role


@pytest.mark.parametrize(
    "text,name",
    [
        ("UN Secretary-General Amara Kouyate spoke in Geneva on Monday.", "Amara Kouyate"),
        ("WTO Director-General Ifeoma Chukwu spoke in Geneva on Monday.", "Ifeoma Chukwu"),
    ],
)
def test_an_intergovernmental_officer_is_named_but_serves_no_state(text, name):
    """Round 42: the gold's people serve a state or the EU; the head of the WTO or the UN is a named not-actor."""
    got = sheet(text)
    assert name not in {p["name"] for p in got["people"]}
    assert name in got["not_actors"]


def test_a_coordinated_official_takes_no_state_the_sentence_does_not_name():
    text = "UN Secretary-General Amara Kouyate and Director General Ifeoma Chukwu spoke in Geneva on Monday."
    assert people(text)["Ifeoma Chukwu"][1] is None


@pytest.mark.parametrize(
    "text,name,country",
    [
        # the met side is no guess for the person
        (
            "Prime Minister Rashid Qureshi and army chief Tariq Mehmood met US officials in Washington.",
            "Tariq Mehmood",
            None,
        ),
        ("Navy chief Naveed Ashraf met American officials in Washington on Monday.", "Naveed Ashraf", None),
        ("Trade Minister Kwame Asante held talks with Japanese counterparts in Tokyo.", "Kwame Asante", None),
        ("Mines minister Lucia Quispe met with Chinese officials in Beijing on Tuesday.", "Lucia Quispe", None),
        ("Energy minister Dilnoza Karimova conferred with Korean officials in Seoul.", "Dilnoza Karimova", None),
        # another state the story names still is
        (
            "Ghana and Japan discussed cobalt on Monday. Trade Minister Kwame Asante met Japanese officials in Tokyo.",
            "Kwame Asante",
            "GHA",
        ),
        # meeting no state's officials: the place still guesses
        ("Trade Minister Kwame Asante met investors in Tokyo on Monday.", "Kwame Asante", "JPN"),
    ],
)
def test_the_side_a_person_meets_is_not_their_own(text, name, country):
    assert people(text)[name][1] == country


def shares(text: str) -> set[tuple]:
    return {(s["country"], s["mineral"], s["share_percent"]) for s in sheet(text)["production_shares"]}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Officials in Canberra and Jakarta met on Monday.\n\nThe country, which mines 23% of the world's nickel, "
            "wants a processing deal.",
            set(),
        ),
        (
            "Officials in Lima and Santiago met on Monday.\n\nThe country, which produces 28% of the world's copper, "
            "wants a smelter deal.",
            set(),
        ),
        (
            "Ghana met Togo on Monday. The country, which mines about 9% of the world's manganese, wants a smelter.",
            set(),
        ),
        (
            "Kazakh and Uzbek envoys met in Astana.\n\nThe nation, which mines 12% of the world's uranium, wants a "
            "fuel plant.",
            set(),
        ),
        # one state named before, across a paragraph break: still that state
        (
            "Officials in Lusaka met investors on Monday.\n\nThe country, which produces about 4% of the world's "
            "copper, wants more smelting at home.",
            {("ZMB", "copper", 4.0)},
        ),
    ],
)
def test_the_country_after_a_sentence_of_several_states(text, expected):
    assert shares(text) == expected


def test_accompaniment_words_are_the_companion_words():
    """One source: the agreement reader's accompaniment words are the officials' companion adverbs and prepositions."""
    w = rules().words
    assert w("agreement.accompaniment_words") == w("officials.companion_adverbs") | w(
        "officials.companion_prepositions"
    )
