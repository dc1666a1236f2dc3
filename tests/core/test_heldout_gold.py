"""The held-out corpus (eval/heldout): every gold file is a valid gold sheet for its article.

This checks form only, never a score: a floor tuned on this set would stop it being held out."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cmkg.core.factsheet import GOLD_KEYS, FactSheetError, check_fact_sheet

HELDOUT = Path(__file__).resolve().parents[2] / "eval" / "heldout"
GOLD = sorted((HELDOUT / "gold").glob("*.json"))
ARTICLES = sorted((HELDOUT / "articles").glob("*.txt"))


def _body(article: Path) -> str:
    """The content a gold file describes: the text after the header's first blank line, whitespace collapsed."""
    _, _, body = article.read_text(encoding="utf-8").partition("\n\n")
    return " ".join(body.split())


def _evidence(gold: dict) -> list[str]:
    facts = [*gold["agreements"], *gold["export_controls"], *gold["production_shares"]]
    return [f["evidence"] for f in facts]


def test_every_article_has_one_gold_file_and_the_corpus_is_whole():
    assert [g.stem for g in GOLD] == [a.stem for a in ARTICLES]
    assert len(GOLD) == 24
    assert all(re.fullmatch(r"\d\d_[a-z0-9_]+", a.stem) for a in ARTICLES)


@pytest.mark.parametrize("path", GOLD, ids=[g.stem for g in GOLD])
def test_gold_file_follows_the_fact_sheet_schema(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert set(gold) == {*GOLD_KEYS, "notes"}
    assert gold["article"] == path.stem + ".txt"
    sheet = {key: gold[key] for key in GOLD_KEYS} | {"article_id": path.stem}
    assert check_fact_sheet(sheet, path) is sheet
    codes = {*gold["deals_with_usa"], *gold["deals_with_usa_acceptable"]}
    codes |= {p for a in gold["agreements"] for p in a["parties"]}
    codes |= {f["country"] for f in [*gold["export_controls"], *gold["production_shares"]]}
    assert codes <= set(gold["countries"])
    assert not set(gold["deals_with_usa"]) & set(gold["deals_with_usa_acceptable"])
    assert "USA" not in {*gold["deals_with_usa"], *gold["deals_with_usa_acceptable"]}


@pytest.mark.parametrize("path", GOLD, ids=[g.stem for g in GOLD])
def test_gold_evidence_is_copied_from_the_article_body(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    body = _body(HELDOUT / "articles" / gold["article"])
    missing = [e for e in _evidence(gold) if " ".join(e.split()) not in body]
    assert missing == []


def test_a_broken_gold_sheet_is_refused():
    gold = json.loads(GOLD[0].read_text(encoding="utf-8"))
    sheet = {key: gold[key] for key in GOLD_KEYS} | {"article_id": GOLD[0].stem}
    sheet["agreements"] = [{**sheet["agreements"][0], "status": "rumoured"}]
    with pytest.raises(FactSheetError):
        check_fact_sheet(sheet, GOLD[0])
