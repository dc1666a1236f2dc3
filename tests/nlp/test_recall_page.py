"""Page kinds, rules-here features and multi-party candidates of the learned recall layer (recall_page.py).

Invented names of many origins; each case is a construction, never a corpus sentence.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.components.recall_features import candidates, sentence_states
from cmkg.nlp.components.recall_layer import rule_sets
from cmkg.nlp.components.recall_page import multi_sets, page_kinds, rules_here_features, sentence_kinds
from cmkg.nlp.model import load_pipeline


def _doc(text: str, title: str = "t", publisher: str | None = None):
    """The Doc as cmkg_relations leaves it, before the learned layer."""
    nlp = load_pipeline()
    ours = [n for n in nlp.pipe_names if n.startswith("cmkg_")]
    with nlp.select_pipes(disable=ours):
        doc = nlp(text)
    doc._.cmkg_published, doc._.cmkg_title, doc._.cmkg_dateline = "2025-06-01", title, None
    doc._.cmkg_publisher = publisher
    for name in ours:
        if name != "cmkg_learned_agreements":
            doc = nlp.get_pipe(name)(doc)
    return doc


RUNS = [
    ("Officials signed a framework with Chile, Ghana and Vietnam on Monday.", {"CHL", "GHA", "VNM"}),
    ("The memorandum with Peru, Kenya, Mongolia and Oman covers cobalt.", {"PER", "KEN", "MNG", "OMN"}),
    ("Zambia, Namibia and Botswana concluded a copper partnership in May.", {"ZMB", "NAM", "BWA"}),
    ("A lithium roadmap was agreed with Argentina, Bolivia and Uzbekistan.", {"ARG", "BOL", "UZB"}),
]


@pytest.mark.parametrize("text,run", RUNS)
def test_a_coordinated_run_of_three_or_more_states_is_one_set(text, run):
    doc = _doc(text)
    sent = next(iter(doc.sents))
    assert {frozenset(run)} <= {k for k, _m in multi_sets(sent, sentence_states(sent))}


@pytest.mark.parametrize(
    "text",
    [
        "Officials signed a framework with Chile and Ghana on Monday.",  # two states: pairs, no run
        "Peru signed a memorandum with Kenya, and Oman one with Laos.",  # two pairs, not one run
    ],
)
def test_fewer_than_three_coordinated_states_make_no_run(text):
    doc = _doc(text)
    sent = next(iter(doc.sents))
    assert all(len(k) < 3 or not k <= {"CHL", "GHA"} for k, _m in multi_sets(sent, sentence_states(sent)))
    assert not any({"PER", "KEN", "OMN"} <= k for k, _m in multi_sets(sent, sentence_states(sent)))


@pytest.mark.parametrize(
    "own,text,run",
    [
        ("NOR", "The ministry signed memoranda with Chile, Ghana and Vietnam.", {"CHL", "GHA", "VNM"}),
        ("KEN", "Frameworks with Peru, Mongolia and Oman were signed this year.", {"PER", "MNG", "OMN"}),
    ],
)
def test_the_pages_own_state_joins_a_run_as_a_larger_candidate(own, text, run):
    doc = _doc(text, publisher=own)
    cands = candidates(doc, rule_sets(list(doc._.cmkg_facts or [])))
    assert frozenset(run) in cands and frozenset(run | {own}) in cands
    assert any(f.startswith("kind=multi_own") for f in cands[frozenset(run | {own})].features())


@pytest.mark.parametrize(
    "key,here,doc_sets,expected",
    [
        ({"PER", "GHA"}, [], [], {"r_states_none_doc"}),
        ({"PER", "GHA"}, [{"PER", "OMN"}], [{"PER", "OMN"}], {"r_state_sent"}),
        (
            {"PER", "GHA"},
            [{"PER", "OMN"}, {"GHA", "LAO"}],
            [{"PER", "OMN"}, {"GHA", "LAO"}],
            {"r_state_sent", "r_states_split_sent"},
        ),
        ({"PER", "GHA"}, [], [{"GHA", "KEN"}], set()),
        ({"PER", "GHA"}, [{"PER", "GHA"}], [{"PER", "GHA"}], {"r_state_sent"}),
    ],
)
def test_what_the_rules_made_with_these_states_here_is_a_feature(key, here, doc_sets, expected):
    got = rules_here_features(frozenset(key), [frozenset(s) for s in here], [frozenset(s) for s in doc_sets])
    assert got == expected


CHRONOLOGY = (
    "Timeline of minerals partnerships\n\n"
    "12 March 2025 - Chile\n\n"
    "Chile signed a lithium memorandum with Norway.\n\n"
    "4 June 2025 - Ghana\n\n"
    "Ghana concluded a framework on manganese with Japan."
)


def test_a_chronology_entry_is_owned_by_its_headings_state():
    doc = _doc(CHRONOLOGY)
    page = page_kinds(doc)
    assert "page=chronology" in page.features
    sent = next(s for s in doc.sents if "manganese" in s.text)
    assert "entry_owner_in" in sentence_kinds(sent, page, frozenset({"GHA", "JPN"}))
    assert "entry_owner_out" in sentence_kinds(sent, page, frozenset({"CHL", "JPN"}))


@pytest.mark.parametrize(
    "title,text,feature",
    [
        ("Fact sheet: minerals week", "The ministry signed a memorandum with Peru.", "page=factsheet"),
        ("Minerals: at a glance", "A framework with Oman was concluded.", "page=factsheet"),
        ("Answer", "Written question tabled on 3 May. The ministry has no agreement with Laos.", "page=question"),
        ("Briefing", "QUESTION: Will Kenya sign a deal with Peru?\nANSWER: Talks continue.", "page=transcript"),
        (
            "Partners",
            "Agreements:\n- a memorandum with Chile\n- a framework with Ghana\n- a roadmap with Mongolia",
            "page=list",
        ),
    ],
)
def test_page_kinds_come_from_the_rule_layers_markers(title, text, feature):
    assert feature in page_kinds(_doc(text, title=title)).features


@pytest.mark.parametrize(
    "text",
    [
        "The ministry signed a memorandum with Peru on Monday.",
        "Kenya and Oman agreed a cobalt framework in Nairobi.",
    ],
)
def test_plain_prose_has_no_page_kind(text):
    assert page_kinds(_doc(text, title="Ministry news")).features == set()
