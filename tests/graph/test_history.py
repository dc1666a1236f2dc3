"""Status steps merge into one history per agreement, whatever order the articles came in."""

from __future__ import annotations

from itertools import permutations

import pytest

from cmkg.core.factsheet import DATE_BASES, DATE_PRECISIONS
from cmkg.core.resources import load_json
from cmkg.core.vocabulary import vocabulary
from cmkg.graph.history import Step, merge_steps
from cmkg.graph.vocab import CMKG


def _step(status, day, n, published=None):
    return Step("a", status, day, "day" if day else None, published or (f"{day}T00:00:00Z" if day else None), f"ev{n}")


def _summary(changes):
    return [(c.status, c.previous, c.valid_from, c.valid_to, sorted(c.evidence)) for c in changes]


SCENARIOS = [
    (
        "announced, signed, suspended",
        [("announced", "2025-10-13"), ("signed", "2025-11-04"), ("lapsed", "2026-01-07")],
        [
            ("announced", None, "2025-10-13", "2025-11-04", ["ev0"]),
            ("signed", "announced", "2025-11-04", "2026-01-07", ["ev1"]),
            ("lapsed", "signed", "2026-01-07", None, ["ev2"]),
        ],
    ),
    (
        "a later mention at an earlier stage confirms the status",
        [("signed", "2025-11-04"), ("announced", "2025-12-01"), ("existing", "2026-02-01")],
        [("signed", None, "2025-11-04", None, ["ev0", "ev1", "ev2"])],
    ),
    (
        "the same status twice is one step with two sentences",
        [("announced", "2025-10-13"), ("announced", "2025-10-20")],
        [("announced", None, "2025-10-13", None, ["ev0", "ev1"])],
    ),
    (
        "a lapsed deal whose talks resume",
        [("signed", "2024-05-01"), ("lapsed", "2025-01-10"), ("negotiating", "2025-06-01")],
        [
            ("signed", None, "2024-05-01", "2025-01-10", ["ev0"]),
            ("lapsed", "signed", "2025-01-10", "2025-06-01", ["ev1"]),
            ("negotiating", "lapsed", "2025-06-01", None, ["ev2"]),
        ],
    ),
    (
        "announced and signed on the same day: in the order of an agreement's life",
        [("signed", "2025-11-04"), ("announced", "2025-11-04")],
        [
            ("announced", None, "2025-11-04", "2025-11-04", ["ev1"]),
            ("signed", "announced", "2025-11-04", None, ["ev0"]),
        ],
    ),
    (
        "an undated mention supports the current status",
        [("signed", "2025-11-04"), ("signed", None)],
        [("signed", None, "2025-11-04", None, ["ev0", "ev1"])],
    ),
    ("only undated mentions", [("planned", None)], [("planned", None, None, None, ["ev0"])]),
]


@pytest.mark.parametrize(("case", "steps", "expected"), SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_history_is_the_same_in_every_order(case, steps, expected):
    made = [_step(status, day, n) for n, (status, day) in enumerate(steps)]
    for order in permutations(made):
        assert _summary(merge_steps(list(order))) == expected


def test_a_change_is_generated_when_its_first_article_appeared():
    steps = [_step("signed", "2025-11-04", 0, "2025-11-20T00:00:00Z"), _step("signed", "2025-11-04", 1)]
    (change,) = merge_steps(steps)
    assert change.generated == "2025-11-04T00:00:00Z"


def test_every_agreement_status_has_a_stage_and_every_control_status_a_change_kind():
    rules = load_json("rules", "status_history.json")
    assert set(rules["stage"]) == set(vocabulary().status_rank)
    assert set(rules["reopens"]) <= set(rules["stage"])
    assert set(rules["control_change"]) == set(vocabulary().control_statuses)


@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        ("stepStatus", {f"https://w3id.org/cmkg/ontology#status-{s}" for s in vocabulary().status_rank}),
        ("dateBasis", set(DATE_BASES)),
        ("datePrecision", set(DATE_PRECISIONS)),
    ],
)
def test_shapes_allow_exactly_the_statuses_and_date_words(path, allowed):
    from rdflib import Graph
    from rdflib.collection import Collection
    from rdflib.namespace import SH

    from cmkg.core.resources import data_path

    shapes = Graph().parse(data_path("shapes.ttl"))
    lists = [
        {str(x) for x in Collection(shapes, shapes.value(prop, SH["in"]))}
        for prop in shapes.subjects(SH.path, CMKG[path])
        if shapes.value(prop, SH["in"]) is not None
    ]
    assert lists and all(found == allowed for found in lists)
