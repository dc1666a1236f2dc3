"""The recall layer's trainer (scripts/train_agreement_recall.py): its corpora, its precision-first threshold and
its ablation of a signal group, on hand-made cross-validation rows."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_agreement_recall.py"


@pytest.fixture(scope="module")
def trainer():
    spec = importlib.util.spec_from_file_location("train_agreement_recall", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_training_corpora_are_in_the_repository_and_never_blind(trainer):
    names = trainer.corpora()
    assert {"review25", "review27", "official13", "news13"} <= set(names)
    assert not trainer.BLIND & set(names)
    for name in ("review25", "review27", "official13"):
        gold, articles, _fold = names[name]
        assert gold.is_dir() and articles.is_dir() and trainer.ROOT in gold.parents


def _row(corpus: str, rules: tuple[float, float], by_t: dict[float, tuple[float, float]]) -> dict:
    """A cross-validation row: (agreements F1, deals F1) of the rules and at each threshold."""

    def prf(pair):
        return {"agreements": (0, 0, pair[0]), "deals_with_usa": (0, 0, pair[1])}

    return {"corpus": corpus, "rules": prf(rules)} | {t: prf(v) for t, v in by_t.items()}


@pytest.mark.parametrize(
    "rows,expected",
    [
        # the best mean F1 (0.5) costs corpus b 0.05: the next safe threshold wins
        (
            [
                ("a", (0.80, 0.9), {0.5: (0.90, 0.9), 0.7: (0.84, 0.9)}),
                ("b", (0.80, 0.9), {0.5: (0.75, 0.9), 0.7: (0.80, 0.9)}),
            ],
            0.7,
        ),
        # a loss on deals counts as much as one on agreements
        (
            [
                ("a", (0.80, 0.9), {0.5: (0.90, 0.7), 0.7: (0.82, 0.9)}),
                ("b", (0.80, 0.9), {0.5: (0.80, 0.9), 0.7: (0.80, 0.9)}),
            ],
            0.7,
        ),
        # a loss within the bound is allowed
        (
            [
                ("a", (0.80, 0.9), {0.5: (0.90, 0.9), 0.7: (0.81, 0.9)}),
                ("b", (0.80, 0.9), {0.5: (0.795, 0.9), 0.7: (0.80, 0.9)}),
            ],
            0.5,
        ),
        # no safe threshold: off
        (
            [("a", (0.80, 0.9), {0.5: (0.70, 0.9), 0.7: (0.75, 0.9)})],
            "off",
        ),
    ],
)
def test_the_threshold_is_the_best_mean_that_loses_no_corpus_more_than_the_bound(trainer, rows, expected, monkeypatch):
    monkeypatch.setattr(trainer, "THRESHOLDS", [0.5, 0.7])
    chosen = trainer.choose_threshold([_row(*r) for r in rows])
    assert chosen == (trainer.OFF if expected == "off" else expected)


def test_a_signal_group_can_be_struck_out(trainer):
    cand = {
        "parties": ("GHA", "PER"),
        "features": {"kind=pair", "page=list", "r_state_sent"},
        "sents": [({"page=list", "line=bullet", "trig=memorandum"}, None, "s")],
    }
    multi = {"parties": ("GHA", "OMN", "PER"), "features": {"kind=multi"}, "sents": []}
    data = {"x": [{"cands": [cand, multi]}]}
    out = trainer.without(data, ["pages", "multi"])["x"][0]["cands"]
    assert len(out) == 1
    assert out[0]["features"] == {"kind=pair", "r_state_sent"}
    assert out[0]["sents"][0][0] == {"trig=memorandum"}
    assert cand["features"] == {"kind=pair", "page=list", "r_state_sent"}  # the input is not changed
