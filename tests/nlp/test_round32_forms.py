"""Round 32: a head of state or government named by title and surname alone; a partner is not the signer's own
state; a subject after the instrument is no side of it; a contrast sets an instrument aside; 'not yet signed' is
pending and 'not yet ratified' still signed; the state asked for an instrument is its other side; two states that
report a sideless instrument are its sides, as are a traveller and the place 'where' it is made; 'the President' is
the state whose official holds that office; 'both countries' and 'whose officials' find their states; plural titles
over a list of names, 'MP', unlisted portfolio words; lists of world shares under a heading, and shares held 'each'
(cases with other states, names and wordings than the CheckList templates)."""

from __future__ import annotations

import pytest

from cmkg.core.gazetteer import gazetteer
from tests.nlp.agreement_cases import extract_pages

AGREEMENTS = [
    (
        "Kenya wants more partners. President Ruto signed memoranda with Ghana and Peru on Tuesday.",
        {(frozenset({"KEN", "GHA"}), "signed"), (frozenset({"KEN", "PER"}), "signed")},
    ),
    (
        "The United States is courting Asia. President Trump signed an agreement on rare earths with Vietnam.",
        {(frozenset({"USA", "VNM"}), "signed")},
    ),
    (
        "Peru is courting buyers. A memorandum on tin with Japan, signed in 2023, is still in force, and Canada "
        "agreed last year to build a research centre in Lima.",
        {(frozenset({"JPN", "PER"}), "existing")},
    ),
    (
        "These are contracts with trading houses, not treaties with Ankara or Cairo, officials in Lima said.",
        set(),
    ),
    ("Bolivia signed a memorandum, not a treaty, with Serbia in 2023.", {(frozenset({"BOL", "SRB"}), "existing")}),
    (
        "The Norway-Chile minerals agreement, concluded in March, has not yet been signed.",
        {(frozenset({"NOR", "CHL"}), "negotiating")},
    ),
    ("The partnership between Ghana and Peru was not signed.", set()),
    (
        "Ghana and Peru hold large gold deposits. Japan signed minerals agreements with both countries in 2024.",
        {(frozenset({"JPN", "GHA"}), "existing"), (frozenset({"JPN", "PER"}), "existing")},
    ),
    (
        "Mongolia, whose officials have been negotiating with Seoul since March, did not sign a minerals pact.",
        {(frozenset({"MNG", "KOR"}), "negotiating")},
    ),
    (
        "Quito has asked Brasilia for a limited critical minerals agreement on niobium.",
        {(frozenset({"ECU", "BRA"}), "planned")},
    ),
    (
        "Hanoi asked Seoul in 2024 to negotiate a rare earths framework, officials said.",
        {(frozenset({"VNM", "KOR"}), "planned")},
    ),
    ("Hanoi did not ask Seoul for a rare earths framework.", set()),
    ("Beijing has pressed Hanoi to abandon a rare earths agreement negotiated last year.", set()),
    (
        "Following the signing of a cobalt memorandum with Korea in May, Zambia opened a trade office in Seoul.",
        {(frozenset({"KOR", "ZMB"}), "signed")},
    ),
    (
        "The tin accord that Bolivia signed with Japan in May has not yet been ratified.",
        {(frozenset({"BOL", "JPN"}), "existing")},
    ),
    ("Malawi has not yet joined the Lobito Corridor partnership with Angola and Zambia.", set()),
    (
        "Congo and Rwanda have fought over eastern Congo's minerals. Qatar and Norway, which mediated the talks, said "
        "an agreement could be signed within weeks.",
        set(),
    ),
    ("Britain and France said a critical minerals agreement with the Gulf states would follow.", set()),
    (
        "Chile and Korea met in May. Chile and Korea said a copper memorandum could be signed next year.",
        {(frozenset({"CHL", "KOR"}), "planned")},
    ),
    (
        "Chile and Korea met in May. Officials in both capitals said a copper memorandum could follow.",
        {(frozenset({"CHL", "KOR"}), "planned")},
    ),
    ("Chile and Korea met in May. Officials said a copper memorandum could be signed next year.", set()),
    (
        "Ghana signed a gold deal with Mali on Monday. President Mahama travels to Senegal on Friday, where a "
        "similar agreement could be signed.",
        {(frozenset({"GHA", "MLI"}), "signed"), (frozenset({"GHA", "SEN"}), "planned")},
    ),
    (
        "President Paul Kagame and Prime Minister Mark Carney met in Ottawa. The President also signed memoranda on "
        "tin with Ghana and Peru.",
        {(frozenset({"RWA", "GHA"}), "signed"), (frozenset({"RWA", "PER"}), "signed")},
    ),
    (
        "Peru's minister flew to Quito, where Chile and Bolivia signed a memorandum on lithium.",
        {(frozenset({"CHL", "BOL"}), "signed")},
    ),
    (
        "Australia signed a memorandum of understanding with Chile on copper on Monday.\n\n"
        "The memorandum was signed by Madeleine King, the resources minister, and Ana Soto, Chile's minister of "
        "mining.\n\nOfficials said a roadmap with Peru is expected to be initialled by June.",
        {(frozenset({"AUS", "CHL"}), "signed"), (frozenset({"PER", "AUS"}), "planned")},
    ),
]


@pytest.fixture(scope="module")
def agreement_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in AGREEMENTS], "round32-agreements")


@pytest.mark.parametrize(("text", "expected"), AGREEMENTS)
def test_round32_agreements(agreement_sheets: dict, text: str, expected: set) -> None:
    assert {(frozenset(a["parties"]), a["status"]) for a in agreement_sheets[text]["agreements"]} == expected


PEOPLE = [
    (
        "Egypt is courting gold investors. Petroleum Minister Hassan signed a gold memorandum with Tanzania in Cairo.",
        {("hassan", "EGY")},
    ),
    (
        "Chile wants more value from copper. Mining Minister Aurora Williams signed an agreement with Chilean state "
        "miner Codelco on Tuesday.",
        {("aurora williams", "CHL")},
    ),
    (
        "The two foreign ministers, Maria Fernandes of Peru and Kwame Mensah of Ghana, signed the agreement.",
        {("maria fernandes", "PER"), ("kwame mensah", "GHA")},
    ),
    ("Britain said so. Liam Byrne MP said the UK could not afford it.", {("liam byrne", "GBR")}),
    (
        "Mali said so. Mamadou Sangare-Kone, the national director of geology and mines, said the review was done.",
        {("mamadou sangare-kone", "MLI")},
    ),
    (
        "Bolivia said so. The vice-minister for high-technology energy, Ernesto Quiroga Salvatierra, said it was over.",
        {("ernesto quiroga salvatierra", "BOL")},
    ),
    ("Kenya wants partners. President Ruto signed an agreement with Malaysia.", {("ruto", "KEN")}),
    ("Nigeria is courting partners. President Okafor signed an agreement with Malaysia.", {("okafor", "NGA")}),
    ("President Okafor signed an agreement with Malaysia.", {("okafor", None)}),
    ("Singapore wants minerals. Prime Minister Wong signed an agreement with Malaysia.", {("wong", "SGP")}),
    ("Japan and Peru met. Prime Minister Takaichi Sanae spoke in Lima.", {("takaichi sanae", "JPN")}),
]


@pytest.fixture(scope="module")
def people_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in PEOPLE], "round32-people")


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_round32_officials(people_sheets: dict, text: str, expected: set) -> None:
    assert {(p["name"].lower(), p["country"]) for p in people_sheets[text]["people"]} == expected


@pytest.mark.parametrize(
    ("word", "country"),
    [("Trump", "USA"), ("Ruto", "KEN"), ("Xi", "CHN"), ("Lee", None), ("trump", None), ("Donald Trump", None)],
)
def test_known_by_surname(word: str, country: str | None) -> None:
    """A single capitalised name that one holder of the table bears; none when two share it or it is no name."""
    found = gazetteer().known_by_surname(word)
    assert (found[1] if found else None) == country


SHARES = [
    (
        "Tin statistics\n\nShare of world tin mine production, 2024:\n- Indonesia: 22 per cent\n- Myanmar: 18 per "
        "cent\n- Peru: 9 per cent",
        {("IDN", "mines", "tin", 22.0), ("MMR", "mines", "tin", 18.0), ("PER", "mines", "tin", 9.0)},
    ),
    (
        "Tin statistics\n\nShare of Bolivian tin exports by destination:\n- China: 40 per cent\n- Japan: 12 per cent",
        set(),
    ),
    (
        "Brazil and Australia each account for about 30 per cent of world niobium mine production.",
        {("BRA", "mines", "niobium", 30.0), ("AUS", "mines", "niobium", 30.0)},
    ),
    ("Brazil and Australia together account for about 60 per cent of world niobium mine production.", set()),
    (
        "Cobalt notes\n\nShare of world cobalt mine production by company ownership, 2024:\n- China: 41 per cent\n"
        "- Switzerland: 20 per cent",
        set(),
    ),
    ("Copper made up 40 per cent of Peru's exports, and China took 55 per cent of copper shipments.", set()),
]


@pytest.fixture(scope="module")
def share_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in SHARES], "round32-shares")


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_round32_shares(share_sheets: dict, text: str, expected: set) -> None:
    facts = share_sheets[text]["production_shares"]
    assert {(s["country"], s["activity"], s["mineral"], s["share_percent"]) for s in facts} == expected


CONTROLS = [
    ("Chile will speed up permits for lithium projects, the minister said.", set()),
    ("Chile requires export permits for lithium, the minister said.", {("CHL", "lithium")}),
]


@pytest.fixture(scope="module")
def control_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in CONTROLS], "round32-controls")


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_round32_controls(control_sheets: dict, text: str, expected: set) -> None:
    assert {(c["country"], m) for c in control_sheets[text]["export_controls"] for m in c["minerals"]} == expected
