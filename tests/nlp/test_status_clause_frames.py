"""Status from the clause's frame (status.clause_frames), in three page frames: a government release page, a wire
page under a dateline, and bare text; the status must not depend on the page.

- a scheduling adjective on a copula whose infinitive hangs as an adverbial clause ('was due in Oslo to sign'):
  planned, like 'is due to sign';
- talks on an instrument whose own relative clause signs it ahead ('which could be signed next year'): planned;
  talks without such a clause stay negotiating;
- a signing told in a participle or relative clause on what a verb carries out ('continues to implement the
  partnerships concluded with A and B'): existing; a carrying out still ahead ('will implement', 'to implement')
  leaves it signed.  Found in the round-17 census on official14, news14, official10 and official13 (talks with a
  signing ahead), official14, news14, official11 and official5 (instruments carried out or acted under)."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import agreements, page_agreements

_GOV = "https://www.minerals.gov.pe/press/x"
_WIRE = "LIMA, Nov 3 (Meridian Wire) - {}"


def _frames(text: str) -> list[set[tuple[str, str]]]:
    """The same sentence bare, under a wire dateline, and as the body of a ministry's release page."""
    gov = {("+".join(p), s) for p, s in page_agreements(_GOV, text)}
    return [agreements(text), agreements(_WIRE.format(text)), gov]


CASES = [
    # scheduling copula, a place or time between the adjective and the infinitive
    ("The President of Peru was due in Accra to sign a partnership agreement with Ghana.", "GHA+PER", "planned"),
    ("Ghana's president is set on Friday to sign a minerals memorandum with Norway.", "GHA+NOR", "planned"),
    ("Vietnam's trade minister is scheduled in Hanoi to conclude a framework with Kenya.", "KEN+VNM", "planned"),
    ("The president of Peru signed a partnership agreement with Ghana in Accra on Monday.", "GHA+PER", "signed"),
    # talks on an instrument whose own clause signs it ahead
    (
        "Uruguay and Mongolia have begun discussions on a memorandum on critical minerals, which could be signed "
        "during the first half of next year.",
        "MNG+URY",
        "planned",
    ),
    (
        "Uruguay and Mongolia have begun talks on a framework on lithium that is expected to be signed in the "
        "coming months.",
        "MNG+URY",
        "planned",
    ),
    (
        "Fiji and Chile are negotiating a memorandum on copper, which officials said could be signed next year.",
        "CHL+FJI",
        "planned",
    ),
    ("Fiji and Chile are negotiating a framework on tin, which is due to be signed in May.", "CHL+FJI", "planned"),
    ("Fiji and Chile are negotiating a memorandum on copper.", "CHL+FJI", "negotiating"),
    # talks a body mandates someone to open are still to begin
    (
        "Peru's cabinet authorised the trade minister to open negotiations with Ghana on a memorandum on tin.",
        "GHA+PER",
        "planned",
    ),
    ("Peru instructed its negotiators to start talks with Ghana on a memorandum on lithium.", "GHA+PER", "planned"),
    ("Peru and Ghana opened negotiations on a framework on copper.", "GHA+PER", "negotiating"),
    (
        "Fiji and Chile are negotiating a memorandum on copper, which officials described as ambitious.",
        "CHL+FJI",
        "negotiating",
    ),
    # a signing told on what is being carried out
    (
        "The European Commission continues to implement the strategic partnerships concluded with Argentina, "
        "Namibia and Serbia.",
        "ARG+EU",
        "existing",
    ),
    ("Peru continues to implement the memorandum that it concluded with Ghana.", "GHA+PER", "existing"),
    ("Norway is honouring the memorandum signed with Kenya.", "KEN+NOR", "existing"),
    ("Peru will implement the memorandum that it signed with Ghana on Friday.", "GHA+PER", "signed"),
    # a side's own aim in talks still running is the talks' goal (negotiating); a purpose is ahead (signed)
    (
        "Fiji and Chile are still negotiating a memorandum on copper, which Suva hopes to conclude this year.",
        "CHL+FJI",
        "negotiating",
    ),
    (
        "Estonia named a joint committee to implement the memorandum on copper that it signed with Mexico on Friday.",
        "EST+MEX",
        "signed",
    ),
]


@pytest.mark.parametrize("text,parties,status", CASES)
def test_status_clause_frames(text, parties, status):
    for got in _frames(text):
        assert (parties, status) in got, got


@pytest.mark.parametrize(
    "text,changed",
    [
        # directional: the same clause with the modal taken away is talks, not a planned deal
        (
            "Uruguay and Mongolia have begun discussions on a memorandum on critical minerals, which could be "
            "signed next year.",
            "Uruguay and Mongolia have begun discussions on a memorandum on critical minerals, which covers tin.",
        ),
    ],
)
def test_modal_in_relative_clause_is_directional(text, changed):
    assert ("MNG+URY", "planned") in agreements(text)
    assert ("MNG+URY", "negotiating") in agreements(changed)
