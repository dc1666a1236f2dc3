"""A peer's name wherever it stands, and Malay chains of styles (nlp/components/person_spans.py,
question_askers.py, persons.is_honorific; word lists persons.peerage_styles, persons.chain_honorifics,
persons.honorific_phrases, persons.peer_member_roles).

'Baroness Jones of Whitchurch' is a name the model tags in pieces or not at all; its style, title name and
designation make it one wherever it stands, so an apposed title after it is its role. 'Lord Mayor' and 'Lord
Chancellor' are offices. 'Tengku', 'Tunku', 'Tun' and 'Toh' are styles only before another style: 'Tengku Datuk
Seri Utama X' keeps X, 'Tengku Zafrul Aziz' keeps its first word. Every name is invented.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article
from tests.nlp.framed_controls import CONTROL_FRAMES

CASES = [
    # an apposed title after a peer's name, in a sentence and on an answer line
    (
        "Answered on 14 July 2025 by Baroness Ferreira of Hexham, Parliamentary Under-Secretary of State, on behalf "
        "of the Department for Business and Trade: the Government is working with partners.",
        {("Baroness Ferreira of Hexham", "Parliamentary Under-Secretary of State")},
    ),
    (
        "Baroness Adewale-Brandt, the Minister for Industry, said the cobalt partnership would be renewed.",
        {("Baroness Adewale-Brandt", "Minister for Industry")},
    ),
    (
        "Lord Nakamura of Stoke, Minister of State for Trade, told peers that lithium supplies were secure.",
        {("Lord Nakamura of Stoke", "Minister of State for Trade")},
    ),
    # near misses: an office after the style, a given name (the common reading), no title at all
    (
        "The Lord Mayor of Bristol, Hana Kowalski, opened the lithium plant.",
        {("Hana Kowalski", "Lord Mayor of Bristol")},
    ),
    ("The Lord Chancellor said the courts would rule on the nickel case.", set()),
    # Malay chains of styles: the styles are no part of the name
    (
        "Minister of Investment, Trade and Industry Tengku Datuk Seri Utama Rizal Tengku Hamzah said the ban would "
        "stay.",
        {("Rizal Tengku Hamzah", "Minister of Investment, Trade and Industry")},
    ),
    (
        "Former Prime Minister Tun Dr Hashim Osman said the rare earth ban would stay.",
        {("Hashim Osman", "Former Prime Minister")},
    ),
    # near misses: the same words as the first word of a name, with no style after them
    ("Malaysian trade minister Tengku Faris Aziz said the ban would stay.", {("Tengku Faris Aziz", "Trade Minister")}),
    (
        "Minister of Natural Resources Tunku Aiman Tunku Idris said the ban would stay.",
        {("Tunku Aiman Tunku Idris", "Minister of Natural Resources")},
    ),
]

FRAMES = ["government", "wire", "bare"]


@pytest.fixture(scope="module")
def sheets() -> dict[tuple[str, str], dict]:
    keys = [(f, text) for text, _ in CASES for f in FRAMES]
    arts = [read_text_as_article(CONTROL_FRAMES[f] + t, f"peers/{i}.txt") for i, (f, t) in enumerate(keys)]
    return dict(zip(keys, extract_many(arts), strict=True))


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_peer_names_and_style_chains(sheets, frame, text, expected):
    assert {(p["name"], p["role"]) for p in sheets[(frame, text)]["people"]} == expected
