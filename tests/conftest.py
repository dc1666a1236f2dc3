"""Shared fixtures: the dev corpus, the seed, and fact sheets extracted once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "us-minerals-trade-zone.txt"
DEV = Path(os.environ.get("CMKG_DEV_CORPUS", ROOT.parent / "shared" / "eval" / "dev"))


def pytest_collection_modifyitems(config, items):
    if not DEV.is_dir():
        skip = pytest.mark.skip(reason=f"dev corpus not found at {DEV} (set CMKG_DEV_CORPUS)")
        for item in items:
            if "dev_sheets" in getattr(item, "fixturenames", ()) or "dev_articles" in getattr(item, "fixturenames", ()):
                item.add_marker(skip)


@pytest.fixture(scope="session")
def dev_articles():
    from cmkg.nlp.ingest import iter_articles

    return {Path(a.source).stem: a for a in iter_articles([DEV / "articles"])}


@pytest.fixture(scope="session")
def dev_sheets(dev_articles):
    from cmkg.nlp.extract import extract_many

    return {Path(s["article"]).stem: s for s in extract_many(dev_articles.values())}


@pytest.fixture(scope="session")
def seed_article():
    from cmkg.nlp.ingest import read_article

    return read_article(SEED)


@pytest.fixture(scope="session")
def seed_sheet(seed_article):
    from cmkg.nlp.extract import extract

    return extract(seed_article)


@pytest.fixture(scope="session")
def nlp():
    from cmkg.nlp.model import load_pipeline

    return load_pipeline()
