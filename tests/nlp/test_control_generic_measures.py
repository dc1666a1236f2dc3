"""Export controls told as generic measures (branch measures27).

A generic measure noun ('measures', 'steps', 'a package') whose own participle or relative clause names
minerals is an export measure only where the sentence states an export control beside it; a question's
premise names the measure the answer's 'the measures' is. Each row: the text and the (owner, mineral,
status) triples expected; the guard rows keep measures of no export context out.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

CASES = [
    # an export control beside the generic measure makes it one more export measure
    ("Zambia has required export permits for copper since 2019, and in March it unveiled further steps "
     "covering cobalt and manganese.",
     {("ZMB", "copper", "in_force"), ("ZMB", "cobalt", "announced"), ("ZMB", "manganese", "announced")}),
    ("Peru, which already limits shipments of lithium abroad, introduced new measures targeting tin and "
     "tungsten on Monday.",
     {("PER", "lithium", "in_force"), ("PER", "tin", "in_force"), ("PER", "tungsten", "in_force")}),
    ("Mongolia has required export licences for fluorspar since 2020, and on 4 May it announced additional "
     "measures covering antimony and its compounds.",
     {("MNG", "fluorspar", "in_force"), ("MNG", "antimony", "announced")}),
    # a question's premise names the measure the answer suspends
    ("Q: Uruguay announced on 9 March new licensing requirements covering vanadium and cobalt. Are those "
     "measures still in place?\n\nA: Our understanding is that Uruguay will suspend the measures for one year.",
     {("URY", "vanadium", "suspended"), ("URY", "cobalt", "suspended")}),
    # the sentence before states an export control of the same state, and this one names no other
    ("Bhutan imposed export curbs on graphite in 2022. In June it announced additional measures covering "
     "manganese and cobalt.",
     {("BTN", "graphite", "in_force"), ("BTN", "manganese", "announced"), ("BTN", "cobalt", "announced")}),
    ("Peru imposed export curbs on tin in April.\n\nIn June, Lima unveiled further steps targeting tungsten.",
     {("PER", "tin", "in_force"), ("PER", "tungsten", "announced")}),
    ("Bhutan imposed export curbs on graphite in 2022. In June, Nepal announced additional measures covering "
     "manganese.", {("BTN", "graphite", "in_force")}),
    ("Bhutan imposed export curbs on graphite in 2022. In June it announced safety measures covering "
     "manganese mines.", {("BTN", "graphite", "in_force")}),
    ("Bhutan's graphite exports rose in 2022. In June it announced additional measures covering manganese.",
     set()),
    # no export control beside the measure: no fact
    ("Ghana announced safety measures covering bauxite mines on Tuesday.", set()),
    ("Ghana announced measures to support cobalt miners on Tuesday.", set()),
    ("Kenya's cobalt exports rose in 2023, and on Monday the government announced further measures covering "
     "nickel.", set()),
    ("Chile has banned exports of copper scrap since 2021, and it announced measures covering lithium mining "
     "investment on Friday.", {("CHL", "copper", "in_force")}),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "generic")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_generic_measures_in_export_context(sheets, text, expected):
    got = {(c["country"], m, c["status"]) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected
