"""A parse repair that would leave a word its own ancestor is undone for that sentence (tree_repairs.py): the
article's other readings go on, and spaCy can still find every sentence's root."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from cmkg.nlp.components import tree_repairs
from cmkg.nlp.model import load_pipeline

TEXT = "Peru and Chile signed a memorandum on copper with Japan. Kenya banned exports of raw cobalt."


def _loop_verb_and_object(sent: Span) -> None:
    """A faulty repair: the verb hangs on its own object."""
    verb = sent.root
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None:
        verb.head = obj


def _relabel_object(sent: Span) -> None:
    """A harmless repair: relabels the object, no loop."""
    for c in sent.root.children:
        if c.dep_ == "dobj":
            c.dep_ = "obj_checked"


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize(
    ("repairs", "relabelled"),
    [
        ((_loop_verb_and_object,), 0),
        ((_loop_verb_and_object, _relabel_object), 2),
        ((_relabel_object,), 2),
        # the loop is undone back to the state the repair before it left, not to the parse
        ((_relabel_object, _loop_verb_and_object), 2),
    ],
)
def test_looping_repair_is_undone(nlp, monkeypatch, repairs: tuple, relabelled: int) -> None:
    doc = nlp.make_doc(TEXT)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    before = [(t.head.i, t.dep_) for t in doc]
    monkeypatch.setattr(tree_repairs, "REPAIRS", repairs)
    tree_repairs.repair_misparses(doc)
    assert [s.root.dep_ for s in doc.sents] == ["ROOT", "ROOT"]  # E039 if a loop were left
    assert [t.head.i for t in doc] == [h for h, _ in before]
    assert sum(t.dep_ == "obj_checked" for t in doc) == relabelled
