"""Synthetic fact sheets and corpora for the benchmarks.

Fact sheets are random but shaped like real ones (a handful of agreements,
people, controls and shares per article, with evidence), so the graph has the
same kinds of nodes and fan-out as a graph built from news.

Articles (``synthetic_articles``) are JSON Lines records of news-like text:
about 400 words in 8 paragraphs, with the constructions the rules look for
(two governments signing a deal on a mineral, an official's title, export
controls, a share of world output) among plain reporting sentences, so the
extraction does its real work on them.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from cmkg.core.gazetteer import gazetteer

__all__ = ["synthetic_sheets", "synthetic_articles", "fill_store"]

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


ARTICLE_SENTENCES = {
    "deal": [
        "{a} and {b} signed an agreement on {m} supply chains on {day}, officials said.",
        "{a} and {b} agreed to a critical minerals partnership covering {m} and {m2}.",
        "Officials from {a} said talks with {b} on a {m} framework were continuing.",
    ],
    "official": [
        "{title} {person} of {a} said the deal would help secure supplies of {m}.",
        "{a}'s {title} {person} told reporters that the country wanted more refining capacity.",
    ],
    "control": [
        "{c} will require licences for exports of {m} and {m2} from next month, the commerce ministry said.",
        "{c} banned exports of {m} ore last year, according to the trade ministry.",
    ],
    "share": ["{c} produces about {p}% of the world's {m}, according to industry estimates."],
    "filler": [
        "Prices of {m} rose about {p}% in {day} trading as buyers rushed to secure metal.",
        "Analysts said new mines would take years to build and would need government support.",
        "The ministry did not say how many companies had applied for the programme.",
        "Refiners outside the main producing countries closed years ago because they could not compete on price.",
        "Investors have poured money into exploration projects across the region since the start of the year.",
        "A spokesperson for the industry association declined to comment on the figures.",
        "The announcement came days after a summit at which leaders discussed trade, energy and security.",
        "Demand for batteries, wind turbines and electric vehicles is expected to grow through the decade.",
    ],
}
TITLES = ["Trade Minister", "Prime Minister", "Foreign Minister", "Energy Secretary", "Resources Minister"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def synthetic_articles(n: int, seed: int = 11) -> Iterator[dict[str, Any]]:
    """``n`` JSON Lines records (id, title, url, published, text) of news-like articles."""
    rng = random.Random(seed)
    gz = gazetteer()
    names = [gz.label(code) for code in sorted(gz.countries) if len(gz.label(code)) > 3]
    minerals = sorted(m for m in gz.minerals if " " not in m)
    people = [f"{first} {last}" for first in ("Anna", "James", "Mei", "Ravi", "Lena", "Omar", "Sofia", "Kenji")
              for last in ("Holm", "Carter", "Tanaka", "Mehta", "Okafor", "Novak", "Silva", "Berg")]  # fmt: skip
    for i in range(n):

        def fill(kind: str) -> str:
            a, b, c = rng.sample(names, 3)
            m, m2 = rng.sample(minerals, 2)
            return rng.choice(ARTICLE_SENTENCES[kind]).format(
                a=a, b=b, c=c, m=m, m2=m2, p=rng.randrange(5, 95), day=rng.choice(DAYS),
                title=rng.choice(TITLES), person=rng.choice(people),
            )  # fmt: skip

        paragraphs = []
        for k in range(8):
            kinds = [rng.choice(["deal", "official", "control", "share"]) if k % 2 == 0 else "filler"]
            kinds += ["filler"] * rng.randint(2, 3)
            paragraphs.append(" ".join(fill(kind) for kind in kinds))
        yield {
            "id": f"s{i}",
            "title": f"Synthetic minerals report {i}",
            "url": f"https://example.org/synthetic/{i}",
            "published": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "text": "\n\n".join(paragraphs),
        }


def fill_store(store: Any, target: int) -> int:
    """Add synthetic article graphs to a store (summaries deferred) until it holds about ``target`` quads.

    The query benchmarks share this so that they time the same kind of graph.
    """
    from cmkg.graph.rdf_build import sheet_to_graph

    n = 0
    for sheet in synthetic_sheets(10**7):
        ds = sheet_to_graph(sheet)
        store.add_dataset(ds, defer=True)
        n += sum(1 for _ in ds.quads((None, None, None, None)))
        if n >= target:
            break
    return n
