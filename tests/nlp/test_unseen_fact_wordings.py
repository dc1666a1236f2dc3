"""Round 13 (facts23): stage nouns of the midstream, places described by a clause naming states, metals whose
hyphen hangs before a joiner, and proposed bans dropped from a bill (cases written from an inventory of
wordings, not from the corpus sentences)."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

SHARES = [
    (
        "Chile accounts for about 30% of world copper mining and roughly 12% of copper separation and refining.",
        {("CHL", "copper", "mines", 30.0), ("CHL", "copper", "refines", 12.0)},
    ),
    (
        "Indonesia handles close to 45% of global nickel purification, analysts said.",
        {("IDN", "nickel", "refines", 45.0)},
    ),
    ("Argentina is responsible for around 8% of worldwide lithium conversion.", {("ARG", "lithium", "processes", 8.0)}),
    ("Zambia controls more than 20% of global cobalt beneficiation.", {("ZMB", "cobalt", "processes", 20.0)}),
    (
        "The salt flats where Argentina, Bolivia and Chile meet hold more than half of the world's lithium resources.",
        set(),
    ),
    ("The basin shared by Zambia and Congo produces about 70% of the world's cobalt, geologists say.", set()),
    ("The mineral belt that runs from Guinea into Mali holds roughly 25% of global bauxite reserves.", set()),
    (
        "Kenya, where miners dig up roughly 27% of the world's antimony, raised royalties on Friday.",
        {("KEN", "antimony", "mines", 27.0)},
    ),
    (
        "Peru, whose mines produce about 10% of the world's copper, plans a smelter.",
        {("PER", "copper", "produces", 10.0)},
    ),
]

CONTROLS = [
    (
        "Vietnam has banned exports of gallium- and germanium-bearing ores since 2019.",
        {("VNM", ("gallium", "germanium"), "in_force")},
    ),
    (
        "Tanzania will ban shipments of nickel-, cobalt- or copper-containing concentrates from 2027, "
        "the mines ministry said.",
        {("TZA", ("cobalt", "copper", "nickel"), "announced")},
    ),
    (
        "Ghana lifted its ban on exports of manganese- and lithium-based compounds on Monday.",
        {("GHA", ("lithium", "manganese"), "lifted")},
    ),
    ("Imports of gallium- and germanium-bearing ores into Laos have been banned since 2019.", set()),
    (
        "A proposal to ban exports of raw nickel ore from Malaysia was removed from a mining bill by a committee of "
        "lawmakers on Wednesday.",
        set(),
    ),
    ("Mongolia's president vetoed a bill to ban exports of unprocessed copper, officials said on Friday.", set()),
    ("A clause banning exports of raw graphite was omitted from the final text of Uganda's mining law.", set()),
    (
        "Madagascar removed its ban on exports of raw graphite ore on Monday, the trade ministry said.",
        {("MDG", ("graphite",), "lifted")},
    ),
]


@pytest.fixture(scope="module")
def sheets() -> dict[str, dict]:
    return extract_table([t for t, _ in SHARES + CONTROLS], "unseen")


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_shares(sheets: dict[str, dict], text: str, expected: set) -> None:
    got = {(s["country"], s["mineral"], s["activity"], s["share_percent"]) for s in sheets[text]["production_shares"]}
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_controls(sheets: dict[str, dict], text: str, expected: set) -> None:
    got = {(c["country"], tuple(sorted(c["minerals"])), c["status"]) for c in sheets[text]["export_controls"]}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "minerals"),
    [
        ("The controls on gallium- and germanium-related items remain in effect.", ["gallium", "germanium"]),
        (
            "Tokyo-based Sojitz buys lithium-based cathodes and cobalt- or nickel-rich ores.",
            ["lithium", "cobalt", "nickel"],
        ),
    ],
)
def test_hanging_hyphen_minerals(text: str, minerals: list[str]) -> None:
    assert extract_table([text], "hyphen")[text]["minerals"] == minerals
