"""The recall layer's linear model: the shipped file is whole, training is deterministic and learns."""

from __future__ import annotations

import pytest

from cmkg.core.resources import data_path
from cmkg.nlp.components.recall_layer import MODEL_FILE
from cmkg.nlp.recall_model import LinearModel, load_model, train_logistic


def test_shipped_model_is_consistent():
    import json

    raw = json.loads(data_path(MODEL_FILE).read_text(encoding="utf-8"))
    assert len(raw["features"]) == len(raw["weights"]) > 0
    assert raw["features"] == sorted(set(raw["features"]))
    model = load_model(data_path(MODEL_FILE))
    assert 0.0 < model.threshold <= 1.01  # 1.01: no threshold kept every held-out corpus (the trainer's OFF)
    prov = model.provenance
    assert prov["positives"] > 0 and prov["candidates"] > prov["positives"]
    blind = {"official14", "news14", "official18", "news18", "official19", "news19", "heldout2", "heldout3"}
    blind |= {"official20", "news20", "probes9", "probes10"}
    assert not blind & set(prov["corpora"])  # trained on tuning corpora only
    assert {row["corpus"] for row in prov["cv"]} == set(prov["corpora"])


TOY = [
    ({"with", "signed"}, 1),
    ({"with", "memorandum"}, 1),
    ({"in", "visited"}, 0),
    ({"in", "memorandum"}, 0),
    ({"with", "framework"}, 1),
    ({"in", "framework"}, 0),
]


@pytest.mark.parametrize("features,label", TOY)
def test_training_separates_a_separable_toy_set(features, label):
    model = train_logistic([f for f, _y in TOY], [y for _f, y in TOY], l2=0.01, epochs=2000, min_count=1)
    assert (model.probability(features) >= 0.5) == bool(label)


def test_training_is_deterministic_and_round_trips(tmp_path):
    xs, ys = [f for f, _y in TOY], [y for _f, y in TOY]
    a, b = train_logistic(xs, ys, min_count=1), train_logistic(xs, ys, min_count=1)
    assert a.weights == b.weights and a.bias == b.bias
    a.threshold = 0.6
    a.save(tmp_path / "m.json")
    back = load_model(tmp_path / "m.json")
    assert back.threshold == 0.6
    assert back.probability({"with", "signed"}) == pytest.approx(a.probability({"with", "signed"}), abs=1e-4)


def test_mismatched_file_is_refused(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"features": ["a", "b"], "weights": [1.0], "bias": 0, "threshold": 0.5}', encoding="utf-8")
    with pytest.raises(ValueError):
        load_model(path)


def test_unknown_features_weigh_nothing():
    model = LinearModel({"x": 2.0}, 0.0)
    assert model.probability({"never-seen"}) == pytest.approx(0.5)
    assert model.probability({"x"}) > 0.8
