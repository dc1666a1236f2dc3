"""The held-out corpora (eval/heldout, eval/heldout2): every gold file is a valid gold sheet for its article.

This checks form only, never a score: a floor tuned on eval/heldout2 would stop it being held out."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cmkg.core.factsheet import GOLD_KEYS, FactSheetError, check_fact_sheet

EVAL = Path(__file__).resolve().parents[2] / "eval"
CORPUS_SIZES = {"heldout": 24, "heldout2": 30}  # a file lost or added shows up here
GOLD = [g for name in CORPUS_SIZES for g in sorted((EVAL / name / "gold").glob("*.json"))]
GOLD_IDS = [f"{g.parent.parent.name}/{g.stem}" for g in GOLD]


def _body(article: Path) -> str:
    """The content a gold file describes: the text after the header's first blank line, whitespace collapsed."""
    _, _, body = article.read_text(encoding="utf-8").partition("\n\n")
    return " ".join(body.split())


def _evidence(gold: dict) -> list[str]:
    facts = [*gold["agreements"], *gold["export_controls"], *gold["production_shares"]]
    return [f["evidence"] for f in facts]


@pytest.mark.parametrize("name", CORPUS_SIZES)
def test_every_article_has_one_gold_file_and_the_corpus_is_whole(name: str):
    gold = sorted((EVAL / name / "gold").glob("*.json"))
    articles = sorted((EVAL / name / "articles").glob("*.txt"))
    assert [g.stem for g in gold] == [a.stem for a in articles]
    assert len(gold) == CORPUS_SIZES[name]
    assert all(re.fullmatch(r"\d\d_[a-z0-9_]+", a.stem) for a in articles)


@pytest.mark.parametrize("path", GOLD, ids=GOLD_IDS)
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


@pytest.mark.parametrize("path", GOLD, ids=GOLD_IDS)
def test_gold_evidence_is_copied_from_the_article_body(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    body = _body(path.parent.parent / "articles" / gold["article"])
    missing = [e for e in _evidence(gold) if " ".join(e.split()) not in body]
    assert missing == []


HELDOUT2 = [g for g in GOLD if g.parent.parent.name == "heldout2"]


@pytest.mark.parametrize("path", HELDOUT2, ids=[g.stem for g in HELDOUT2])
def test_heldout2_names_and_minerals_occur_in_a_body_of_250_to_700_words(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    body = _body(path.parent.parent / "articles" / gold["article"])
    names = [p["name"] for p in gold["people"]] + gold["not_actors"]
    names += [m.removesuffix("s") for m in gold["minerals"]]  # "rare earths" as "rare earth elements"
    assert [n for n in names if n.casefold() not in body.casefold()] == []
    assert 250 <= len(body.split()) <= 700


def test_a_broken_gold_sheet_is_refused():
    gold = json.loads(GOLD[0].read_text(encoding="utf-8"))
    sheet = {key: gold[key] for key in GOLD_KEYS} | {"article_id": GOLD[0].stem}
    sheet["agreements"] = [{**sheet["agreements"][0], "status": "rumoured"}]
    with pytest.raises(FactSheetError):
        check_fact_sheet(sheet, GOLD[0])
