"""Partners given as a series or a membership rather than as the object of one committing verb (branch series19).

A counted plural of partners followed by a series opener ('with about a dozen countries, among them A, B and C',
'such as', 'notably', 'in particular') distributes the agreement over the listed states, wherever the parser hung
the list; a quantity noun over the count ('with a number of states') counts too, and so does the antecedent of a
relative clause ('partners with which the bloc has concluded such instruments. The previous ones were A, B and C').
Names are invented or varied.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table


def _each(owner: str, partners: str, status: str) -> set:
    return {(frozenset({owner, p}), status) for p in partners.split()}


CASES = [
    ("Norway has concluded strategic partnerships with about a dozen countries since 2021, among them Peru, Ghana, "
     "Vietnam and Chile, officials said.", _each("NOR", "PER GHA VNM CHL", "existing")),
    ("Norway has signed memoranda on lithium with several partners, such as Peru, Ghana and Vietnam.",
     _each("NOR", "PER GHA VNM", "existing")),
    ("Japan has concluded agreements on cobalt with a number of states over the past three years, notably Peru, "
     "Ghana and Chile.", _each("JPN", "PER GHA CHL", "existing")),
    ("The Commission has concluded similar partnerships with some 14 countries, among them Mongolia, Oman, Namibia "
     "and Laos, the Commission said.", _each("EU", "MNG OMN NAM LAO", "existing")),
    ("Kenya has agreements on rare earths with many governments, in particular Peru, Ghana and Chile.",
     _each("KEN", "PER GHA CHL", "existing")),
    ("Canada has struck deals on nickel with a host of partners since 2020, for example Mongolia, Fiji and "
     "Bolivia, a spokesman said.", _each("CAN", "MNG FJI BOL", "existing")),
    # a relative clause on a count noun announces the list the next sentence gives ('the previous ones were')
    ("The EU and Greenland signed a memorandum on raw materials on Monday.\n\nGreenland becomes the latest in a "
     "series of partners with which the bloc has concluded such instruments since 2021. The previous ones were "
     "Mongolia, Oman and Namibia.", _each("EU", "MNG OMN NAM", "existing") | {(frozenset({"EU", "GRL"}), "signed")}),
    ("Fiji and Peru signed a memorandum on cobalt on Monday.\n\nPeru joins the states with which Fiji has "
     "concluded such agreements since 2019. The earlier ones were Ghana, Chile and Laos.",
     _each("FJI", "GHA CHL LAO", "existing") | {(frozenset({"FJI", "PER"}), "signed")}),
    ("Japan has signed memoranda on cobalt with several countries, the latest being Peru, Ghana and Chile.",
     _each("JPN", "PER GHA CHL", "existing")),
    # a counted noun in a partitive phrase of a copula: its relative clause's subject is the copula's states
    ("Among the countries that have signed such partnerships with the EU are Canada, Chile and Namibia.",
     _each("EU", "CAN CHL NAM", "signed")),
    ("Among the states that have concluded memoranda on cobalt with Japan are Peru and Ghana, officials said.",
     _each("JPN", "PER GHA", "signed")),
    ("The governments of the countries that have signed partnerships with the EU met in Brussels.", set()),
    # no series after the opener: nothing is distributed
    ("Norway has signed agreements on lithium with several countries, such as large producers.", set()),
    ("Norway has signed agreements on lithium with several countries, and producers such as Peru and Chile have "
     "welcomed them.", set()),
    ("Norway signed a memorandum on lithium with Peru on Monday, among other things.",
     {(frozenset({"NOR", "PER"}), "signed")}),
    # an opener after another noun or a verb, a state not right after it, 'being' after any noun: another series
    ("Japan has signed critical minerals deals with several countries, angering rivals such as China and Russia.",
     set()),
    ("The United States has signed cobalt agreements with several countries, notably excluding China and Russia.",
     set()),
    ("India has reached lithium agreements with a number of countries, unlike producers such as Chile and Peru.",
     set()),
    ("Australia has signed lithium agreements with several countries, the exception being Chile and Peru.", set()),
    ("Brazil has signed niobium deals with a dozen countries, among them buyers in Japan and Korea rather than "
     "governments.", set()),
    ("The EU has concluded raw materials partnerships with a number of countries, especially worrying Russia and "
     "China.", set()),
    ("Korea has reached cobalt agreements with several states, to the dismay of its competitors, namely Japan and "
     "China.", set()),
    ("Vietnam has signed rare earth agreements with several countries, the largest buyer being China and the "
     "second Japan.", set()),
    ("Fiji has struck nickel deals with many partners, irritating neighbours such as Tonga and Samoa.", set()),
    ("Oman has concluded lithium memoranda with several states, in particular excluding Chile and Peru.", set()),
    ("Nepal has signed cobalt agreements with a host of partners, the main holdout being Laos and Bhutan.", set()),
    ("Oman has signed nickel deals with many partners, angering rivals including Chile and Peru.", set()),
    # the opener right after the counted phrase (a date or a mineral between), a determiner before the state
    ("Oman has concluded lithium memoranda with several states on cobalt, notably the Philippines and Peru.",
     _each("OMN", "PHL PER", "existing")),
    ("Nepal has signed cobalt agreements with a host of partners since 2020, the most recent being Laos and Bhutan.",
     _each("NPL", "LAO BTN", "existing")),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "ps")


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_partner_series(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)


# A relative clause on the agreement that makes states its members: the clause's subject and its 'with' states.
MEMBERSHIP = [
    ("The Pacific Cobalt Partnership, to which Peru is a party along with Ghana, Chile and Laos, entered into force "
     "in 2019.", {(frozenset({"PER", "GHA", "CHL", "LAO"}), "existing")}),
    ("The ministry notes that the Andes Lithium Compact, to which Malaysia is a party together with Oman, Japan, the "
     "Republic of Korea and New Zealand, remains a foundation of its trade policy.",
     {(frozenset({"MYS", "OMN", "JPN", "KOR", "NZL"}), "existing")}),
    ("The cobalt accord, of which Kenya is a member alongside Peru and Fiji, has helped exporters, the ministry said.",
     {(frozenset({"KEN", "PER", "FJI"}), "existing")}),
    ("The framework, in which Oman participates together with Nepal and Chile, covers lithium and nickel.",
     {(frozenset({"OMN", "NPL", "CHL"}), "existing")}),
    # denied, or a member named alone: no set
    ("The Pacific Cobalt Partnership, to which Peru is not a party, entered into force in 2019.", set()),
    ("The Pacific Cobalt Partnership, to which Peru is a party, entered into force in 2019.", set()),
    # a possible membership, or one that ended: no set of members
    ("The cobalt compact, to which Peru could become a party together with Ghana, was signed in 2019.", set()),
    ("The lithium framework, to which Oman might become a party along with Chile, entered into force in 2020.",
     set()),
    ("The nickel accord, of which Fiji was a member alongside Samoa until 2018, covers refining.", set()),
    ("The Pacific Cobalt Partnership, of which Peru was a member along with Ghana until both withdrew in 2021, was "
     "relaunched.", "no set"),
    ("The cobalt compact, to which Peru will become a party together with Ghana, was signed in 2019.", set()),
    ("The lithium pact on cobalt, to which Italy could become a party together with Estonia, was signed in 2021.",
     set()),
]  # fmt: skip


@pytest.fixture(scope="module")
def membership_sheets():
    return extract_table([c[0] for c in MEMBERSHIP], "pm")


@pytest.mark.parametrize(("text", "expected"), MEMBERSHIP)
def test_relative_membership(membership_sheets, text, expected):
    if expected == "no set":  # whatever a name alone gives, the clause makes no set of members
        assert all(len(a["parties"]) < 2 for a in membership_sheets[text]["agreements"])
        return
    assert_agreements(membership_sheets[text], expected, None)


# A joiner of an agreement whose founders a participle names ('joined the charter issued by A, B and C'): one set.
JOINED = [
    ("Fiji joined the charter on cobalt launched by Peru, Ghana and Chile in 2022.",
     {(frozenset({"FJI", "PER", "GHA", "CHL"}), "announced")}),
    ("Pakistan joined the declaration on responsible mineral supply chains issued by the Kingdom of Saudi Arabia, "
     "the United Arab Emirates and Morocco at a forum in Riyadh in January, becoming the fourth signatory.",
     {(frozenset({"PAK", "SAU", "ARE", "MAR"}), "announced")}),
    ("Oman has acceded to the framework on lithium adopted by Peru, Ghana and Chile last year.",
     {(frozenset({"OMN", "PER", "GHA", "CHL"}), "existing")}),
    # a joiner denied, or an onlooker: the founders' own agreement at most
    ("Fiji did not join the charter on cobalt launched by Peru, Ghana and Chile in 2022.", set()),
    ("Fiji welcomed the charter on cobalt launched by Peru, Ghana and Chile in 2022.",
     {(frozenset({"PER", "GHA", "CHL"}), "existing")}),
    # what is joined is another noun whose phrase holds the agreement: the joiner is no party
    ("Peru joined protests against the cobalt charter signed by Ghana and Chile.", "no PER"),
    ("Fiji joined criticism of the lithium declaration adopted by Peru and Oman.", "no FJI"),
    ("Nepal joined talks on the nickel framework launched by Laos and Bhutan.", "no NPL"),
    ("Fiji joined protests against the charter on cobalt launched by Peru, Ghana and Chile.", "no FJI"),
    # a fellow state as the object: the agreement of its preposition is joined
    ("Fiji joined Peru in the charter on cobalt launched by Ghana and Chile.",
     {(frozenset({"FJI", "PER", "GHA", "CHL"}), "announced")}),
]  # fmt: skip


@pytest.fixture(scope="module")
def joined_sheets():
    return extract_table([c[0] for c in JOINED], "pj")


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_joined_founders(joined_sheets, text, expected):
    if isinstance(expected, str):  # "no XYZ": whatever the founders' own agreement gives, XYZ is no party
        outsider = expected.split()[1]
        assert all(outsider not in a["parties"] for a in joined_sheets[text]["agreements"])
        return
    assert_agreements(joined_sheets[text], expected, None)
