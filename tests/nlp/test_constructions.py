"""General constructions of the second rule round, one table row per sentence, names of many origins.

Each row: the text (paragraphs split on blank lines), the agreements expected as (party set, status),
and the rule id that must have produced them.  Negative rows keep each construction from over-firing.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import blank_bullets, extract_many
from tests.nlp.agreement_cases import assert_agreements, extract_table

CASES = [
    # countries joined by a dash before the agreement noun: the parser attaches them any which way
    ("A new Poland\u2013India agreement on graphite was announced on Thursday.",
     {(frozenset({"POL", "IND"}), "announced")}, "agreement.dash_compound"),
    ("The Egypt\u2013China joint action plan on gallium was signed on Monday.",
     {(frozenset({"EGY", "CHN"}), "signed")}, "agreement.dash_compound"),
    ("A new South Korea\u2013Mozambique memorandum of understanding on antimony was announced on Friday.",
     {(frozenset({"KOR", "MOZ"}), "announced")}, "agreement.dash_compound"),
    ("The US\u2014Japan framework on lithium was signed in Tokyo.",
     {(frozenset({"USA", "JPN"}), "signed")}, None),
    ("Officials hailed the new Peru-Bolivia MOU on copper, which was signed on Thursday.",
     {(frozenset({"PER", "BOL"}), "signed")}, None),
    # subject conjuncts the parser hung inside the first conjunct's phrase: since round 30 the tree repair
    # (body_series) rejoins a series of state bodies, so any rule may read it
    ("The Ministry of Mines of Mozambique and the Ministry of Industry of Malaysia signed a deal on cobalt.",
     {(frozenset({"MOZ", "MYS"}), "signed")}, None),
    # the subject's states are split by 'represented by' appositions: the stranded-subject rule joins them
    ("Zimbabwe, represented by its Trade Minister, Annelie van der Berg, and Sweden, represented by its "
     "Foreign Minister, Faisal al-Harthy, signed an MOU on copper on Monday.",
     {(frozenset({"ZWE", "SWE"}), "signed")}, "agreement.stranded_subject"),
    ("Spain, whose minister met officials from Kenya and Peru, signed an agreement on nickel with Chile.",
     {(frozenset({"ESP", "CHL"}), "signed")}, None),
    # 'one' standing for the agreement noun of its sentence
    ("Bolivia did not sign an agreement with Chile on Monday but signed one with South Africa.",
     {(frozenset({"BOL", "ZAF"}), "signed")}, "agreement.one_anaphor"),
    ("Vietnam did not sign an MOU with Egypt but signed one with Nigeria on Friday.",
     {(frozenset({"VNM", "NGA"}), "signed")}, "agreement.one_anaphor"),
    ("Only one country signed an MOU with Peru.", set(), None),
    # a bullet glyph opening a line is blanked before parsing: the sentence after it reads as usual
    ("Background.\n\n\u2022 Uzbekistan and Estonia plan to sign a declaration of intent on copper next year.",
     {(frozenset({"UZB", "EST"}), "planned")}, None),
    # a bulleted member list after 'has the following members:'
    ("The Northern Minerals Partnership has the following members:\n\n- Nigeria\n\n- Kazakhstan\n\n- Tanzania",
     {(frozenset({"NGA", "KAZ", "TZA"}), "existing")}, "agreement.bulleted_members"),
    ("The Andes Lithium Alliance has the following members:\n\n\u2022 Chile\n\n\u2022 South Africa\n\n\u2022 Indonesia"
     "\n\nPeru and Canada said they would watch closely.",
     {(frozenset({"CHL", "ZAF", "IDN"}), "existing")}, "agreement.bulleted_members"),
    ("The report has the following sections:\n\n- Chile\n\n- Peru", set(), None),
    # intention to conclude: planned, not yet agreed
    ("Kazakhstan and Qatar announced their intention to conclude a memorandum of understanding on copper.",
     {(frozenset({"KAZ", "QAT"}), "planned")}, None),
    ("Peru and Ghana announced their intention to establish a Critical Minerals Partnership.",
     {(frozenset({"PER", "GHA"}), "announced")}, None),
    # a public office with a possessive or demonym stands for its state, in 'with' phrases too
    ("Estonia's Ambassador to Egypt, Chen Yuxiao, signed an MOU on germanium with Egypt's Minister of Industry "
     "and Construction, Miroslaw Wisniewski, on Wednesday.", {(frozenset({"EST", "EGY"}), "signed")}, None),
    ("Finnish Minister of Economy, Trade and Industry Annelie van der Berg signed a deal on germanium with "
     "France's Vice Minister for Industrial Policy, Nguyen Thi Lan, on Thursday.",
     {(frozenset({"FIN", "FRA"}), "signed")}, None),
    ("A deal on nickel was signed by Kazakh Trade Minister Morikawa Sayuri and Japanese Minister of Industry "
     "and Construction Arvind Raghunathan on Thursday.", {(frozenset({"KAZ", "JPN"}), "signed")}, None),
    ("Dragan Petrovic, the Trade Minister of Rwanda, and Faisal al-Harthy, the Minister of Economy, Trade and "
     "Industry of South Korea, signed a joint action plan on antimony.", {(frozenset({"RWA", "KOR"}), "signed")}, None),
    # an agent run of titled names; countries right before a coordinated verb, not the first clause's subject
    ("A framework on lithium was signed by Estonian Deputy Prime Minister Sunil Deshpande and Zimbabwean "
     "Minister for Resources Park Seo-yeon on Monday.", {(frozenset({"EST", "ZWE"}), "signed")}, None),
    ("Officials from Namibia attended as Ghana and Canada signed a declaration of intent on germanium.",
     {(frozenset({"GHA", "CAN"}), "signed")}, None),
    # a counted plural followed by an 'including' list: one bilateral agreement per listed country
    ("Chile signed frameworks with several countries on Friday, including Namibia, Finland and Canada.",
     {(frozenset({"CHL", "NAM"}), "signed"), (frozenset({"CHL", "FIN"}), "signed"),
      (frozenset({"CHL", "CAN"}), "signed")}, "agreement.noun.distributed"),
    # a joiner between capitalised words stays inside a name and its dash compound
    ("Noting the United States-Brazil Science and Technology Agreement, which came into force in 1986.",
     {(frozenset({"USA", "BRA"}), "existing")}, "agreement.dash_compound"),
    ("The Poland\u2013India Trade and Investment Framework was signed on Monday.",
     {(frozenset({"POL", "IND"}), "signed")}, None),
    ("An MOU was signed by Japan's Minister of Trade Ken Sato in the presence of Chile's President Ana Soto.",
     set(), None),
    # one-party government programmes: a name before a lower-case programme noun, a named reserve
    ("The minister pledged new loans for cobalt projects under Ghana's Blue Horizon programme.",
     {(frozenset({"GHA"}), "existing")}, "agreement.named"),
    ("The Government of Chile announced new details of its Lithium Strategic Reserve on Monday.",
     {(frozenset({"CHL"}), "announced")}, "agreement.named"),
    ("Funding came from Sojitz's Rare Earth Supply programme.", set(), None),
    # a joiner alone is no party set
    ("Estonia joined the Northern Minerals Partnership on Monday.", set(), None),
]  # fmt: skip

PEOPLE = [
    ("A deal was signed by Kazakh Trade Minister Morikawa Sayuri and Japanese Minister of Industry and "
     "Construction Arvind Raghunathan on Thursday.", "Arvind Raghunathan", "JPN"),
    ("The talks would continue, said Peruvian Minister for Resources Chukwuemeka Okonkwo on Friday.",
     "Chukwuemeka Okonkwo", "PER"),
    ("Dragan Petrovic, the Trade Minister of Rwanda, and Faisal al-Harthy, the Minister of Economy, Trade and "
     "Industry of South Korea, met in Seoul.", "Faisal al-Harthy", "KOR"),
    ("Estonia's Ambassador to South Africa, Erlan Nurpeisov, said cooperation would deepen.", "Erlan Nurpeisov", "EST"),
    ("The Honourable Priya Venkataraman, Ghana's Minister of Mines, said supplies were secure.",
     "Priya Venkataraman", "GHA"),
]  # fmt: skip


@pytest.mark.parametrize("text,name,country", PEOPLE, ids=range(len(PEOPLE)))
def test_titled_person(text, name, country):
    (sheet,) = extract_many([make_article([text], title="t", source="p.txt", published="2025-06-01")])
    people = {p["name"]: p for p in sheet["people"]}
    assert name in people and people[name]["country"] == country and people[name]["role"]


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "c")


@pytest.mark.parametrize("text,expected,rule", CASES, ids=range(len(CASES)))
def test_construction(sheets, text, expected, rule):
    assert_agreements(sheets[text], expected, rule)


NAMES = [
    ("Noting the United States-Brazil Science and Technology Agreement, which came into force in 1986.",
     "United States-Brazil Science and Technology Agreement"),
    ("The Poland\u2013India Trade and Investment Framework was signed on Monday.",
     "Poland\u2013India Trade and Investment Framework"),
    ("Japan and Chile signed the Science and Technology Agreement.", "Science and Technology Agreement"),
]  # fmt: skip


@pytest.mark.parametrize("text,name", NAMES, ids=range(len(NAMES)))
def test_agreement_names_keep_inner_joiners(text, name):
    (sheet,) = extract_many([make_article([text], title="t", source="n.txt", published="2025-06-01")])
    assert [a["name"] for a in sheet["agreements"]] == [name]


@pytest.mark.parametrize(
    "body,expected",
    [
        ("\u2022 Chile signed.\n\u25aa Peru too.", "  Chile signed.\n  Peru too."),
        ("  \u2022 Chile", "    Chile"),
        ("- Chile\n- Peru", "- Chile\n- Peru"),  # dashes stay: the member-list rule reads them
        ("Rates rose \u2022 again", "Rates rose \u2022 again"),  # only at the start of a line
    ],
)
def test_blank_bullets_keeps_offsets(body, expected):
    out = blank_bullets(body)
    assert out == expected and len(out) == len(body)
