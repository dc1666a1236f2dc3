"""Hand-written fact sheets for the explorer tests: every expected answer is known in advance.

Two articles a year apart; the US has a signed pact and an announced framework
with Japan, a planned deal with Australia and talks with the EU; China has
three distinct export controls on gallium; an agreement whose label contains
"Japan" ranks below the country in search.
"""

from __future__ import annotations

from typing import Any

ID = "https://w3id.org/cmkg/id/"
USA, JPN, AUS, EU, CHN = (f"{ID}country/{c}" for c in ("USA", "JPN", "AUS", "EU", "CHN"))
GALLIUM = f"{ID}mineral/gallium"
PACT_SENTENCE = "The United States and Japan signed the Lithium Pact on Monday."
URL_A = "https://example.org/news/a"


def _agreement(name, parties, status, evidence, minerals=(), kind="agreement", date=None) -> dict[str, Any]:
    return {
        "name": name,
        "parties": list(parties),
        "status": status,
        "type": kind,
        "minerals": list(minerals),
        "announced_by": [],
        "date": date,
        "evidence": evidence,
    }


def _control(measure, status, evidence) -> dict[str, Any]:
    return {"country": "CHN", "minerals": ["gallium"], "measure": measure, "status": status, "evidence": evidence}


_EMPTY = {
    "countries": [],
    "organizations": [],
    "people": [],
    "not_actors": [],
    "agreements": [],
    "deals_with_usa": [],
    "deals_with_usa_acceptable": [],
    "export_controls": [],
    "production_shares": [],
    "minerals": [],
}


def explorer_sheets() -> list[dict[str, Any]]:
    a = {
        "article": "a.txt",
        "article_id": "a000000000000001",
        "key": URL_A,
        "title": "Allies sign minerals pacts",
        "url": URL_A,
        "published": "2025-03-03",
        "countries": ["USA", "JPN", "AUS", "CHN"],
        "organizations": ["EU"],
        "minerals": ["lithium", "cobalt", "gallium"],
        "people": [{"name": "Marco Rubio", "role": "Secretary of State", "country": "USA", "evidence": "Rubio spoke."}],
        "agreements": [
            _agreement("Lithium Pact", ["USA", "JPN"], "signed", PACT_SENTENCE, ["lithium"], date="March 2025"),
            _agreement(None, ["USA", "AUS"], "planned", "The US and Australia plan a cobalt deal.", ["cobalt"]),
            _agreement(None, ["USA", "EU"], "negotiating", "The US and the EU are negotiating a minerals accord."),
            _agreement(None, ["AUS", "JPN"], "signed", "Australia and Japan signed a partnership.", (), "partnership"),
        ],
        "export_controls": [
            _control("ban", "in_force", "China banned gallium exports to the US."),
            _control("licence", "in_force", "China requires licences for gallium exports."),
            _control("quota", "announced", "China announced a gallium export quota."),
        ],
    }
    b = {
        "article": "b.txt",
        "article_id": "b000000000000002",
        "key": "https://example.org/news/b",
        "title": "Japan and US frame graphite supply",
        "url": "https://example.org/news/b",
        "published": "2026-01-15",
        "countries": ["USA", "JPN"],
        "minerals": ["graphite"],
        "agreements": [
            _agreement(
                "Graphite Framework", ["USA", "JPN"], "announced", "Japan and the US announced a graphite framework."
            ),
        ],
    }
    b["agreements"][0]["minerals"] = ["graphite"]
    return [{**_EMPTY, **a}, {**_EMPTY, **b}]
