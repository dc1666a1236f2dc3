"""Synthetic fact sheets and corpora for the benchmarks.

Fact sheets are random but shaped like real ones (a handful of agreements,
people, controls and shares per article, with evidence), so the graph has the
same kinds of nodes and fan-out as a graph built from news.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from cmkg.core.gazetteer import gazetteer

__all__ = ["synthetic_sheets"]

STATUSES = ["signed", "announced", "planned", "negotiating", "existing"]
TYPES = ["deal", "agreement", "partnership", "framework", "mou"]


def synthetic_sheets(n: int, seed: int = 7) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    gz = gazetteer()
    countries = sorted(gz.countries)
    minerals = sorted(gz.minerals)
    weights = [30 if c in ("USA", "CHN", "EU", "JPN", "AUS") else 1 for c in countries]
    for i in range(n):

        def sent(k: int) -> dict[str, Any]:
            return {"start": k * 100, "end": k * 100 + 90, "rule": "synthetic", "confidence": 0.8}

        agreements = []
        for k in range(5):
            parties = sorted(set(rng.choices(countries, weights, k=rng.choice([2, 2, 2, 3, 5]))))
            if len(parties) < 2:
                continue
            agreements.append(
                {
                    "parties": parties,
                    "status": rng.choice(STATUSES),
                    "name": None,
                    "type": rng.choice(TYPES),
                    "minerals": rng.sample(minerals, 1),
                    "announced_by": [],
                    "date": None,
                    "evidence": f"Synthetic sentence {k} of article {i} about {' and '.join(parties)}.",
                    "provenance": sent(k),
                }
            )
        people = [
            {
                "name": f"Official {rng.randrange(5000)}",
                "role": "Minister",
                "country": rng.choice(countries),
                "evidence": f"Minister sentence of article {i}.",
            }
            for _ in range(2)
        ]
        controls = [
            {
                "country": rng.choice(countries),
                "minerals": rng.sample(minerals, 2),
                "status": "in_force",
                "measure": "ban",
                "evidence": f"Control sentence of article {i}.",
                "provenance": sent(6),
            }
        ]
        shares = [
            {
                "country": rng.choice(countries),
                "activity": "mines",
                "mineral": rng.choice(minerals),
                "share_percent": rng.randrange(1, 99),
                "evidence": f"Share sentence of article {i}.",
                "provenance": sent(7),
            }
        ]
        used = sorted({c for a in agreements for c in a["parties"]} | {p["country"] for p in people})
        yield {
            "article": f"synthetic-{i}.txt",
            "article_id": f"{i:016x}",
            "key": f"synthetic/{i}",
            "title": f"Synthetic article {i}",
            "url": f"https://example.org/news/{i}",
            "published": (date(2024, 1, 1) + timedelta(days=i % 730)).isoformat(),  # two years of news
            "authors": [],
            "agency": None,
            "countries": used,
            "organizations": [],
            "people": people,
            "not_actors": [],
            "agreements": agreements,
            "deals_with_usa": [],
            "deals_with_usa_acceptable": [],
            "export_controls": controls,
            "production_shares": shares,
            "minerals": [],
            "relations": [],
        }
