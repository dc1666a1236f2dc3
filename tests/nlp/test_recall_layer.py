"""The learned recall layer (cmkg_learned_agreements): it only adds sets the rules missed, never a denied one.

The mechanism is tested with hand-set models (what is added follows the weights, whatever the shipped model
learned); the shipped model is tested on directional cases it must never add (a denied signing, a venue, a
company's deal) over invented names of many origins.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.components.recall_layer import learned_facts
from cmkg.nlp.extract import extract
from cmkg.nlp.model import load_pipeline
from cmkg.nlp.recall_model import LinearModel


def _doc(text: str, publisher: str | None = None):
    """The Doc as cmkg_relations leaves it, before the learned layer."""
    nlp = load_pipeline()
    ours = [n for n in nlp.pipe_names if n.startswith("cmkg_")]
    with nlp.select_pipes(disable=ours):
        doc = nlp(text)
    doc._.cmkg_published, doc._.cmkg_title, doc._.cmkg_dateline = "2025-06-01", "t", None
    doc._.cmkg_publisher = publisher
    for name in ours:
        if name != "cmkg_learned_agreements":
            doc = nlp.get_pipe(name)(doc)
    return doc


# a model that trusts the page's own state with any state of an agreement sentence, and nothing else
OWN_STATE = LinearModel({"kind=own_pub": 6.0, "status=none": -20.0}, -3.0, 0.5)
LISTS = [
    ("NOR", "Its instruments now include a memorandum with {a} and a framework with {b}.", "Chile", "Ghana"),
    ("KEN", "Among the ministry's agreements are a roadmap with {a} and a memorandum with {b}.", "Peru", "Laos"),
    ("VNM", "The partnerships cover lithium with {a}, and cobalt and nickel with {b}.", "Mongolia", "Zambia"),
]


@pytest.mark.parametrize("own,template,a,b", LISTS)
def test_a_model_adds_the_pages_pairs_the_rules_missed(own, template, a, b):
    doc = _doc(template.format(a=a, b=b), publisher=own)
    made = {frozenset(f.data["parties"]) for f in doc._.cmkg_facts if f.kind == "agreement"}
    added = learned_facts(doc, doc._.cmkg_facts, OWN_STATE, OWN_STATE.threshold)
    sets = {frozenset(f.data["parties"]) for f in added}
    assert sets and not sets & made  # only sets the rules did not produce
    assert all(own in s and len(s) == 2 for s in sets)
    assert all(f.rule == "agreement.learned_pair" and 0.5 <= f.confidence <= 1 for f in added)
    assert all(f.data["status"] and f.sentence for f in added)


DENIED = [
    ("CHL", "The ministry did not sign any memorandum with {a} this year.", "Nigeria"),
    ("GHA", "No agreement was signed with {a}, officials said.", "Uzbekistan"),
    ("LAO", "The government has no minerals agreement with {a}.", "Paraguay"),
]


@pytest.mark.parametrize("own,template,a", DENIED)
def test_a_denied_agreement_is_never_added(own, template, a):
    doc = _doc(template.format(a=a), publisher=own)
    assert learned_facts(doc, doc._.cmkg_facts, OWN_STATE, OWN_STATE.threshold) == []


def test_a_set_the_rules_made_is_not_added_again():
    keen = LinearModel({"kind=pair": 9.0}, 0.0, 0.5)
    doc = _doc("Peru and Oman signed a copper memorandum on Tuesday.")
    made = {frozenset(f.data["parties"]) for f in doc._.cmkg_facts if f.kind == "agreement"}
    assert frozenset({"PER", "OMN"}) in made
    assert learned_facts(doc, doc._.cmkg_facts, keen, keen.threshold) == []


@pytest.fixture
def layer_on():
    """The shipped layer switched on (it ships off by default) for one test, then back."""
    pipe = load_pipeline().get_pipe("cmkg_learned_agreements")
    was, pipe.enabled = pipe.enabled, True
    yield
    pipe.enabled = was


EXAMPLE = (
    "Ghana will take over the chair of the Minerals Security Partnership from the United States in July. "
    "Ghana joined the partnership in 2023 at the invitation of the United States."
)


def test_the_layer_ships_off_and_adds_only_when_switched_on():
    assert load_pipeline().get_pipe("cmkg_learned_agreements").enabled is False
    assert _parties(EXAMPLE) == set()


CHAIR = (
    "{a} will take over the chair of the Minerals Security Partnership from {b} in July. {a} joined the "
    "partnership in 2023 at the invitation of {b}."
)


@pytest.mark.parametrize(
    "a,b,pair",
    [
        ("Ghana", "the United States", "GHA+USA"),
        ("Peru", "Japan", "JPN+PER"),
        ("Kazakhstan", "Norway", "KAZ+NOR"),
        ("Vietnam", "Chile", "CHL+VNM"),
        ("Zambia", "South Korea", "KOR+ZMB"),
        ("Mongolia", "Canada", "CAN+MNG"),
    ],
)
def test_switched_on_the_shipped_model_adds_a_pair_the_rules_miss(a, b, pair, layer_on):
    """A chair handed over within a partnership: no rule reads the pair; the model does, whatever the names."""
    assert _parties(CHAIR.format(a=a, b=b)) == {pair}


def _parties(text: str) -> set[str]:
    sheet = extract(make_article(text.split("\n\n"), title="t", source="case.txt", published="2025-06-01"))
    learned = [a for a in sheet["agreements"] if a["provenance"]["rule"] == "agreement.learned_pair"]
    return {"+".join(sorted(a["parties"])) for a in learned}


@pytest.mark.parametrize(
    "text",
    [
        "Mongolia did not sign the lithium memorandum with Chile, Minister Batbayar said.",
        "Talks between Nigeria and Peru on a cobalt agreement have not led to any agreement.",
        "The Kenyan and Omani delegations met in Paris, where a memorandum on cobalt was discussed.",
        "Ghana Lithium Corp signed a supply agreement with a Japanese trading house in Tokyo.",
        "The agreement, signed in Hanoi, gives Vietnamese firms access to Zambian copper.",
        "Uruguay has no minerals agreement with Laos, and none is planned.",
    ],
)
def test_shipped_model_adds_no_denied_venue_or_company_set(text, layer_on):
    assert _parties(text) == set()
