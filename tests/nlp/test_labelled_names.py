"""'Spokesperson: Lin Qiaosheng': a transcript or programme heads its page with the office, a colon and the name
(nlp/components/signatures.py, _labelled_name). A label that is no office, or a sentence after the colon, names
no one. Every name is invented."""

from __future__ import annotations

import pytest

from cmkg.nlp.extract import extract
from cmkg.nlp.ingest import read_text_as_article

HEADER = "A transcript\nSource: https://www.example.gov.gh/briefing\nPublished: 2025-06-01\n\n"
TAIL = "\n\nGood morning. Lithium exports will stay open, and no ban is planned."


def people(head: str) -> set[tuple]:
    sheet = extract(read_text_as_article(HEADER + head + TAIL, "t.txt"))
    return {(p["name"], p["role"]) for p in sheet["people"]}


@pytest.mark.parametrize(
    "head,expected",
    [
        ("Time: 10:00\nSpokesperson: Kofi Asamoah-Boateng", {("Kofi Asamoah-Boateng", "Spokesperson")}),
        ("Venue: Press Room\nSpokesperson: Lin Weiqiang", {("Lin Weiqiang", "Spokesperson")}),
        (
            "Deputy Minister of Mines: Nomvula Dlamini-Khumalo",
            {("Nomvula Dlamini-Khumalo", "Deputy Minister of Mines")},
        ),
        ("Ambassador: Ingrid Solheim-Vargas", {("Ingrid Solheim-Vargas", "Ambassador")}),
        ("Governor: Bat-Erdene Ganzorig", {("Bat-Erdene Ganzorig", "Governor")}),
        # no office before the colon, or a sentence after it
        ("Moderator: Jun Abrenica", set()),
        ("Media contact: Dana Whitlow", set()),
        ("Minister: The ban stays in force.", set()),
    ],
)
def test_labelled_name(head, expected):
    assert people(head) == expected
