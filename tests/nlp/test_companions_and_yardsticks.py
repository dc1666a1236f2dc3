"""An official in a companion phrase ('together with', 'along with', 'alongside') of another's verb is on that
official's side (nlp/components/companions.py); a state named as a yardstick ('the largest deposits outside
China') owns no export control and leaves the dateline's state the owner (nlp/components/control_places.sole_state,
states_named). Names are invented."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import sheet


@pytest.mark.parametrize(
    "text,name,country",
    [
        (
            "Pakistan's Prime Minister Imran Qadri, who met the US president at the White House in September "
            "together with the army chief, Field Marshal Tariq Mehmood, has said minerals could be worth trillions.",
            "Tariq Mehmood",
            "PAK",
        ),
        (
            "The Kenyan president visited Beijing on Monday along with the trade minister, Grace Wanjiru.",
            "Grace Wanjiru",
            "KEN",
        ),
        (
            "Peru's Prime Minister Ana Lopes travelled to Washington alongside the finance minister, Rui Costa.",
            "Rui Costa",
            "PER",
        ),
        (
            "Peru's Prime Minister Ana Lopes met the Chilean president together with the mines minister, Rui Costa.",
            "Rui Costa",
            "PER",
        ),
    ],
)
def test_companion_takes_the_side_of_the_verbs_subject(text, name, country):
    people = {p["name"]: p["country"] for p in sheet(text)["people"]}
    assert people.get(name) == country


def test_companion_of_the_other_side_stays_there():
    text = (
        "Peru's Prime Minister Ana Lopes met the Chilean president, who came together with the mines minister, "
        "Rui Costa."
    )
    assert {p["name"]: p["country"] for p in sheet(text)["people"]}.get("Rui Costa") == "CHL"


@pytest.mark.parametrize("prep", ["outside", "except", "after"])
def test_a_yardstick_state_owns_no_control(prep):
    text = (
        "HANOI - The National Assembly on Wednesday passed a law that prohibits the export of unprocessed "
        f"rare-earth ore from July, to make sure that the deposits, which are among the largest {prep} China, are "
        "refined at home."
    )
    owners = {c["country"] for c in sheet(text)["export_controls"]}
    assert owners == {"VNM"}  # the dateline's state owns the ban; the yardstick neither owns it nor hides it


@pytest.mark.parametrize(
    "text,country",
    [
        (
            "Prime Minister Shehbaz Qadri and army chief Field Marshal Syed Tariq Mehmood attended it in Islamabad.",
            "PAK",
        ),
        ("Peru's Prime Minister Ana Lopes and mines minister Rui Costa visited the Antamina mine on Monday.", "PER"),
    ],
)
def test_coordinated_official_in_a_one_state_sentence(text, country):
    people = {p["name"]: p["country"] for p in sheet(text)["people"]}
    assert people.get("Syed Tariq Mehmood", people.get("Rui Costa")) == country
