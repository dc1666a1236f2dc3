"""Round 51 (news64): standing groups, talks under way, relative partners, initials, shared plural titles.

One row per construction, with near misses beside each: an instrument that only stands ('Joint Working Groups are
functioning with A and B') or talks that only go on ('Talks are under way with A') take their verb's 'with' phrase,
one instrument per partner with the reporter; a verb of action says nothing of partners; 'with which' after an
apposition on a state is that state; a pronoun that 'also' restricts is the last measure's owner; a state in a
relative clause on a share's holder holds nothing; initials open a name; a plural title after a list is every name's;
a spokesperson of a firm is no official; a byline over the lead is no story text.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article
from tests.nlp.agreement_cases import extract_table

AGREEMENTS = [
    ("India's minister of mines said that similar Joint Working Groups are already functioning with Australia and "
     "Argentina.", {(("AUS", "IND"), "existing"), (("ARG", "IND"), "existing")}),
    ("India's minister of mines said that memoranda of understanding are already in force with Chile and Peru.",
     {(("CHL", "IND"), "existing"), (("IND", "PER"), "existing")}),
    # round 52: the verb's 'with companies' is no side; the memorandum with Chile the Indian minister tells is India's
    ("India's minister of mines said that the memorandum with Chile works with companies from Peru.",
     {(("CHL", "IND"), "existing")}),
    ("India's minister of mines said that no Joint Working Groups are functioning with Chile or Peru.", set()),
    ("Talks are under way with Chile on cooperation in the mining sector, Zambia's ministry of mines said.",
     {(("CHL", "ZMB"), "negotiating")}),
    ("Discussions are under way with Chile on cooperation in the mining sector, and an MoU with Peru is proposed to "
     "be signed, Zambia's ministry of mines said.", {(("CHL", "ZMB"), "negotiating"), (("PER", "ZMB"), "planned")}),
    ("There are no talks under way with Chile on cooperation in the mining sector, Zambia's ministry said.", set()),
    ("Sri Lanka began talks with the United States on tariffs in April.", {(("LKA", "USA"), "negotiating")}),
    ("Estonia has explored sourcing from Kazakhstan, another of the EU's raw materials partners, with which the bloc "
     "signed a memorandum in 2022.", {(("EU", "KAZ"), "existing")}),
    ("Bangladesh is examining whether to restrict exports of raw mineral sands. Japanese and Chinese companies have "
     "visited the sites this year.\n\nThe discussions with Japan come as the two countries negotiate an economic "
     "partnership agreement.", {(("BGD", "JPN"), "negotiating")}),
]  # fmt: skip

CONTROLS = [
    ("India said that China notified licensing requirements on the export of gallium in 2023. In December 2024, it "
     "also prohibited the export of germanium to the United States.",
     {("CHN", "gallium", "in_force"), ("CHN", "germanium", "in_force")}),
    ("India said that China notified licensing requirements on the export of gallium in 2023. India said it would "
     "also ban exports of germanium.", {("CHN", "gallium", "in_force"), ("IND", "germanium", "announced")}),
    ("Neighbouring India prohibits the export of monazite, and officials said Bangladesh might allow processed "
     "ilmenite and zircon to be exported.", {("IND", "rare earths", "in_force")}),
    ("Japan no longer allows exports of processed tungsten.", {("JPN", "tungsten", "in_force")}),
]  # fmt: skip

SHARES = [
    ("China, which remains Pakistan's largest investor, refines about 65pc of the world's lithium.",
     {("CHN", "lithium", "refines", 65.0)}),
    ("Congo, which produces 70% of the world's cobalt, signed the charter.", {("COD", "cobalt", "produces", 70.0)}),
]  # fmt: skip

PEOPLE = [
    ("Union Minister of Heavy Industries H.D. Kumaraswamy told reporters on Tuesday that a scheme was ready.",
     {("H.D. Kumaraswamy", "Union Minister of Heavy Industries", "IND")}),
    ("In reply to a question raised by Smt. K. Radhika Menon and Shri Devendra Singh Rawat, Hon'ble Members of "
     "Parliament of India, the Ministry stated as follows.",
     {("K. Radhika Menon", "Member of Parliament of India", "IND"),
      ("Devendra Singh Rawat", "Member of Parliament of India", "IND")}),
    ("Bangladesh's Chief Adviser Professor Muhammad Yunus visited Beijing in March.",
     {("Muhammad Yunus", "Chief Adviser", "BGD")}),
    ("Speaking after the signing, the Director-General of Japan's Agency for Natural Resources and Energy, Mr. "
     "TAKAHASHI Kenji, said supply was at risk.",
     {("TAKAHASHI Kenji", "Director-General of the Agency for Natural Resources and Energy", "JPN")}),
    ("The Cabinet took note of the memoranda exchanged during the State Visit of Indian Prime Minister Narendra Modi "
     "to Sri Lanka.", {("Narendra Modi", "Prime Minister", "IND")}),
    ("The memorandum was signed on the Kazakh side by Vice Minister of Industry and Construction Daniyar Seitkali.",
     {("Daniyar Seitkali", "Vice Minister of Industry and Construction", "KAZ")}),
    ("A company spokeswoman, Ines Cardoso, said the project would go ahead, and Aida Fernandes, a spokeswoman for the "
     "residents' association, said the group would keep up its complaints.", set()),
]  # fmt: skip

BYLINED = (
    "Magnet squeeze: importers await licences\nSource: https://www.thefinancialledger.in/economy/a\n"
    "Published: 2025-06-11\n\nBy Nikhil Ranganathan\n\nNew Delhi: Two months after Beijing made exports of seven "
    "medium and heavy rare earths, and of magnets containing them, subject to licences, not one application filed "
    "by an Indian importer has been cleared, according to industry executives, and the shortage is now reaching "
    "assembly lines."
)


@pytest.fixture(scope="module")
def sheets():
    texts = [t for t, _ in AGREEMENTS + CONTROLS + SHARES + PEOPLE]
    return extract_table(texts, "standing")


@pytest.mark.parametrize("text,expected", AGREEMENTS, ids=range(len(AGREEMENTS)))
def test_agreement_sets(sheets, text, expected):
    assert {(tuple(sorted(a["parties"])), a["status"]) for a in sheets[text]["agreements"]} == expected


@pytest.mark.parametrize("text,expected", CONTROLS, ids=range(len(CONTROLS)))
def test_additive_pronouns_and_joined_clauses(sheets, text, expected):
    got = {(c["country"], m, c["status"]) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected


@pytest.mark.parametrize("text,expected", SHARES, ids=range(len(SHARES)))
def test_relative_clauses_on_share_holders(sheets, text, expected):
    got = {(s["country"], s["mineral"], s["activity"], s["share_percent"]) for s in sheets[text]["production_shares"]}
    assert got == expected


@pytest.mark.parametrize("text,expected", PEOPLE, ids=range(len(PEOPLE)))
def test_initials_shared_titles_and_private_spokespeople(sheets, text, expected):
    assert {(p["name"], p["role"], p["country"]) for p in sheets[text]["people"]} == expected


def test_a_byline_over_the_lead_is_no_story_text():
    article = read_text_as_article(BYLINED, "bylined.txt")
    assert article.authors == ("Nikhil Ranganathan",) and not article.body.startswith("By ")
    sheet = next(extract_many([article]))
    assert {(c["country"], tuple(c["minerals"])) for c in sheet["export_controls"]} == {("CHN", ("rare earths",))}
