"""A relative clause with no 'that' ('the MOU it had signed with Nigeria', 'the deal Japan signed with Bolivia'),
which the parser hangs on the main verb, describes the instrument; a clause with a signer of its own names
the parties (prose._contact_clauses, relative_clauses.relative_clauses)."""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract


def agreements(text: str) -> set[tuple]:
    sheet = extract(make_article([text], title="t", source="case.txt", published="2025-06-01"))
    return {(frozenset(a["parties"]), a["status"]) for a in sheet["agreements"]}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Senegal terminated the MOU it had signed with Tunisia in 2020, the foreign ministry said on Monday.",
            {(frozenset({"SEN", "TUN"}), "lapsed")},
        ),
        (
            "Ecuador cancelled the deal Portugal signed with Uruguay in 2019.",
            {(frozenset({"PRT", "URY"}), "lapsed")},
        ),
        (
            "Ecuador cancelled the deal that Portugal signed with Uruguay in 2019.",
            {(frozenset({"PRT", "URY"}), "lapsed")},
        ),
        # a passive participle with an agent and a venue: the venue is no signer
        (
            "Ireland and Chile will cooperate on lithium under a compact announced by Prime Minister Aoife Byrne and "
            "President Tomas Vidal in Osaka on Saturday.",
            {(frozenset({"IRL", "CHL"}), "announced")},
        ),
    ],
)
def test_contact_clauses(text, expected):
    assert agreements(text) == expected
