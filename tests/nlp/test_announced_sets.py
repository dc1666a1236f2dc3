"""Party sets a set noun announces and a list names (branch agree12a), one table row per wording.

A plural set noun (members, signatories, countries, states) and a list after a colon or a dash name
one agreement's parties; 'It brings together A, B and C' lists the members of the previous sentence's
agreement.  Each row: the text, the agreements expected as (party set, status), and the rule that
must have produced them (None: any).  Negative rows keep the construction from over-firing: a series of
bilateral deals, a bloc, a list that is not a pure list, an agreement of another sentence.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

SET, PRONOUN = "agreement.announced_set", "agreement.pronoun_members"

CASES = [
    ("The cobalt compact agreed on Tuesday has three signatories: Gabon, Laos and Fiji.",
     {(frozenset({"GAB", "LAO", "FJI"}), "announced")}, SET),
    ("The graphite alliance counts four members — Tunisia, Ecuador, Nepal and Jordan — and dates from 2019.",
     {(frozenset({"TUN", "ECU", "NPL", "JOR"}), "existing")}, SET),
    ("Founders of the Lithium Triangle Accord, signed on Sunday: Angola, Oman and Panama.",
     {(frozenset({"AGO", "OMN", "PAN"}), "signed")}, SET),
    ("Four states signed the nickel declaration in Suva on Friday: Fiji, Samoa, Tonga and Vanuatu.",
     {(frozenset({"FJI", "WSM", "TON", "VUT"}), "signed")}, SET),
    ("Three nations — Latvia, Slovenia and Croatia — signed a memorandum on gallium on Monday.",
     {(frozenset({"LVA", "SVN", "HRV"}), "signed")}, None),
    ("Members of the manganese platform unveiled on Thursday:\n\n- Gabon\n- Ghana\n- Ecuador",
     {(frozenset({"GAB", "GHA", "ECU"}), "announced")}, SET),
    ("The bauxite initiative started in 2016. It brings together Guinea, Jamaica and the European Union.",
     {(frozenset({"GIN", "JAM", "EU"}), "existing")}, PRONOUN),
    # a series of bilateral deals (one each), a bloc, a list that is not a list, another sentence's agreement
    ("Portugal signed deals with three countries on Monday: Angola, Mozambique and Ghana.",
     {(frozenset({"PRT", "AGO"}), "signed"), (frozenset({"PRT", "MOZ"}), "signed"),
      (frozenset({"PRT", "GHA"}), "signed")}, "agreement.announced_series"),
    ("The founding members of the bloc: Gabon, Congo and Chad. The agreement covers manganese.",
     set(), None),
    ("The three countries: Gabon said on Monday it would sign the pact with Chad.", None, None),
    ("The bauxite initiative started in 2016.\n\nIt brings together Guinea, Jamaica and Ghana.", set(), None),
    # a heralded list in a one-sided party phrase names the owner's partners, never a set of its own (fix24a)
    ("Gabon signed an accord on cobalt with the following countries: Laos, Fiji and Oman.",
     {(frozenset({"GAB", "LAO", "FJI", "OMN"}), "signed")}, None),
    ("Peru concluded a memorandum on Monday with the governments of the following states, officials said: "
     "Nepal, Jordan and Tonga.", {(frozenset({"PER", "NPL", "JOR", "TON"}), "signed")}, None),
    ("Chad signed a compact on lithium with the authorities of the following nations: Ghana | Samoa | Panama",
     {(frozenset({"TCD", "GHA", "WSM", "PAN"}), "signed")}, None),
    ("An accord on bauxite was signed on Friday with the following countries: Fiji, Laos and Angola.", None, None),
    ("An accord on bauxite was signed on Friday by the following countries: Fiji, Laos and Angola.",
     {(frozenset({"FJI", "LAO", "AGO"}), "signed")}, None),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "s")


@pytest.mark.parametrize("text,expected,rule", CASES, ids=range(len(CASES)))
def test_announced_set(sheets, text, expected, rule):
    if expected is None:  # only: no set of all the listed states
        assert all(a["provenance"]["rule"] != SET for a in sheets[text]["agreements"])
        return
    assert_agreements(sheets[text], expected, rule)
