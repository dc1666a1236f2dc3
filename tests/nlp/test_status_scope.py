"""Status from the instrument's own clause, not from a clause beside it (branch scope15).

A participle naming what an instrument sets up, a frame that adds to an instrument in place, a step still
to come after a perfect series, a measure described after it was announced and a measure a text leaves
untouched: each row gives the text and the facts (with statuses) expected; the guard rows keep the reading
the neighbouring clause must not change.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

AGREEMENTS = [
    # a participle on the instrument says what it sets up: the instrument's verb decides
    ("Ghana and Peru have signed a memorandum of understanding establishing a partnership on cobalt.",
     {(frozenset({"GHA", "PER"}), "signed")}),
    ("Laos signed an agreement with Nepal on Monday creating a joint fund for lithium projects.",
     {(frozenset({"LAO", "NPL"}), "signed")}),
    ("Chad and Togo plan to sign a memorandum establishing a partnership on nickel.",
     {(frozenset({"TCD", "TGO"}), "planned")}),
    ("Oman and Fiji signed a memorandum in 2019 establishing a partnership on lithium.",
     {(frozenset({"OMN", "FJI"}), "existing")}),
    # work on an instrument only begun: planned
    ("Chad and Togo agreed to begin work on a bilateral arrangement on cobalt.",
     {(frozenset({"TCD", "TGO"}), "planned")}),
    ("Oman and Fiji will start work on a memorandum on lithium.", {(frozenset({"OMN", "FJI"}), "planned")}),
    # talks a plan or an intention has yet to open: planned; talks agreed to be opened are under negotiation
    ("The Cabinet approved the proposal to commence negotiations on a memorandum on graphite between Chad and Togo.",
     {(frozenset({"TCD", "TGO"}), "planned")}),
    ("Oman and Fiji announced that they intend to begin negotiations on a bilateral lithium agreement.",
     {(frozenset({"OMN", "FJI"}), "planned")}),
    ("Ghana and Peru agreed this month to open talks on a lithium partnership.",
     {(frozenset({"GHA", "PER"}), "negotiating")}),
    # an instrument in a phrase of a lapsing verb does not lapse: what lapses is the verb's subject or object
    ("Ghana's export curbs on bauxite are suspended until May under the arrangement it reached with Peru.",
     {(frozenset({"GHA", "PER"}), "announced")}),
    ("The memorandum that Laos and Nepal signed in 2018 expired on Monday.", {(frozenset({"LAO", "NPL"}), "lapsed")}),
    # the instrument something is added to is the one in place; 'added X to' announces
    ("The memorandum adds to Norway's critical minerals partnerships with Chile, Peru and Jordan.",
     {(frozenset({"NOR", "CHL"}), "existing"), (frozenset({"NOR", "PER"}), "existing"),
      (frozenset({"NOR", "JOR"}), "existing")}),
    ("Ghana added lithium to its partnership with Peru on Monday.", {(frozenset({"GHA", "PER"}), "announced")}),
    # a step still to come keeps a perfect series the day's news
    ("Bolivia has agreed frameworks with Chile and Peru, with final texts to be negotiated.",
     {(frozenset({"BOL", "CHL"}), "announced"), (frozenset({"BOL", "PER"}), "announced")}),
    ("Ghana has reached deals with Peru and Chile, with details still to be worked out.",
     {(frozenset({"GHA", "PER"}), "announced"), (frozenset({"GHA", "CHL"}), "announced")}),
    ("Germany has concluded partnerships with Peru, Chile and Ghana, with more to come.",
     {(frozenset({"DEU", "PER"}), "existing"), (frozenset({"DEU", "CHL"}), "existing"),
      (frozenset({"DEU", "GHA"}), "existing")}),
    # a later joiner of a listed named agreement, by its head noun: the union (scope15, with the live-blog split)
    ("Canada, Peru and Ghana have adopted a Lithium Action Plan. Chile and Oman also endorsed the plan.",
     {(frozenset({"CAN", "PER", "GHA", "CHL", "OMN"}), "announced")}),
    ("Canada and Peru launched a Lithium Action Plan on Monday. Chile may also endorse the plan.",
     {(frozenset({"CAN", "PER"}), "announced")}),
    ("Canada and Peru launched a Lithium Action Plan on Monday. Chile announced its intention to join the Plan.",
     {(frozenset({"CAN", "PER"}), "announced")}),
    ("Canada and Peru launched a Lithium Action Plan on Monday. Chile did not endorse the plan.",
     {(frozenset({"CAN", "PER"}), "announced")}),
]  # fmt: skip

CONTROLS = [
    ("Namibia will ban exports of unprocessed lithium. The ban covers cobalt, manganese and graphite.",
     {("NAM", "lithium", "announced"), ("NAM", "cobalt", "announced"), ("NAM", "manganese", "announced"),
      ("NAM", "graphite", "announced")}),
    ("Peru said it would restrict exports of lithium. The restrictions apply to cobalt and graphite.",
     {("PER", "lithium", "announced"), ("PER", "cobalt", "announced"), ("PER", "graphite", "announced")}),
    # a measure in force stays in force when described
    ("Peru banned exports of lithium in May. The ban covers cobalt and graphite.",
     {("PER", "lithium", "in_force"), ("PER", "cobalt", "in_force"), ("PER", "graphite", "in_force")}),
    ("Nothing in this Memorandum will affect the prohibition, under the laws of Chad, on the export of "
     "unprocessed graphite and lithium ores.", {("TCD", "graphite", "in_force"), ("TCD", "lithium", "in_force")}),
    ("The agreement does not alter Ghana's ban on exports of raw bauxite.", {("GHA", "bauxite", "in_force")}),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in AGREEMENTS + CONTROLS], "scope")


@pytest.mark.parametrize("text,expected", AGREEMENTS, ids=range(len(AGREEMENTS)))
def test_agreement_status_from_its_own_clause(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)


@pytest.mark.parametrize("text,expected", CONTROLS, ids=range(len(CONTROLS)))
def test_control_status_from_its_own_clause(sheets, text, expected):
    got = {(c["country"], m, c["status"]) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected
