"""Officials in real-text constructions: one row per mechanism of title-anchored person detection.

Every name is invented; the rows pin the role and the country, since a name
found with the wrong office or state is no better for an analyst than a miss.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract_many

OFFICIALS = [
    # a federal title that opens with 'Union' is a public office, not a trade union's
    ("Union Minister of Steel Harinder Vaswal met the Chilean delegation on Monday.",
     "Harinder Vaswal", "Union Minister of Steel", None),
    # open-ended portfolios: an unknown word before a known one stays in the title
    ("Nigeria's Minister of Solid Minerals Development Oyelaran Adeyemi said exports would be reviewed.",
     "Oyelaran Adeyemi", "Minister of Solid Minerals Development", "NGA"),
    ("Moroccan Minister of Energy Transition Leila Benhaddou said phosphate exports would grow.",
     "Leila Benhaddou", "Minister of Energy Transition", "MAR"),
    # two offices joined by 'and' are one title, and its demonym gives the country
    ("Kazakh Minister of Industry Wang Jianguo met Estonian Deputy Prime Minister and Minister of Foreign Affairs "
     "Rajesh Kumar Sharma on Friday.", "Rajesh Kumar Sharma", "Deputy Prime Minister and Minister of Foreign Affairs",
     "EST"),
    # a post abroad: 'ambassador in <capital>' is the title, not the name
    ("Argentina's ambassador in Washington, Alec Oxbridge, signed the memorandum.",
     "Alec Oxbridge", "Ambassador in Washington", "ARG"),
    # apposition opened by an indefinite article and a modifier
    ("Sun Xiaoqing, a deputy director at China's Ministry of Commerce, said licences would be granted.",
     "Sun Xiaoqing", "Deputy Director", "CHN"),
    # honorifics with a possessive, initials, apostrophes, names the model calls dates
    ("Her Excellency Ms Amina J. Mohammadu, Nigeria's Minister of Mines, spoke at the forum.",
     "Amina J. Mohammadu", "Minister of Mines", "NGA"),
    ("Kazakh Minister of Energy Transition R. K. Menon met the Peruvian minister on Thursday.",
     "R. K. Menon", "Minister of Energy Transition", "KAZ"),
    ("Turkish Minister of Environment and Natural Resources Siobhan O'Connell said copper exports would be reviewed.",
     "Siobhan O'Connell", "Minister of Environment and Natural Resources", "TUR"),
    ("Zambia's ambassador in Rome, Pieter-Jan van den Broek, said cooperation would deepen.",
     "Pieter-Jan van den Broek", "Ambassador in Rome", "ZMB"),
    # a name the parser splits from its title, or in two
    ("Vietnamese Deputy Minister of Industry and Trade Nguyen Sinh Nhat Tan signed a memorandum with Japan.",
     "Nguyen Sinh Nhat Tan", "Deputy Minister of Industry and Trade", "VNM"),
    # a long title with its own articles and commas, apposed before the name
    ("Executive Vice-President for the European Green Deal, Interinstitutional Relations and Foresight of the "
     "European Commission, Maros Sefcovan, signed the MoU with the Government of Greenland.",
     "Maros Sefcovan", "Executive Vice-President for the European Green Deal", "EU"),
    # the country after the name; a plural title tagged as a proper noun
    ("Vice Minister for Industrial Policy Annelie van der Berg of Poland said the review would continue.",
     "Annelie van der Berg", "Vice Minister for Industrial Policy", "POL"),
    ("The resolution was backed by the Chairman of the Senate Select Committee on Intelligence, "
     "Senators Mark Wernick and Marco Rubino.", "Marco Rubino", "Senator", None),
    # a lone surname after a title word, even a title word itself
    ("Minister King and I discussed the dialogue.", "King", "Minister", None),
    ("The Australian prime minister, Mr Albanetti, said the deal was welcome.", "Albanetti", "Prime Minister", "AUS"),
    # 'Under' opens a title before 'Secretary' (a preposition elsewhere): a different office from 'Secretary'
    ("Canadian Under Secretary for Natural Resources Odile Marchetti said the review would continue.",
     "Odile Marchetti", "Under Secretary for Natural Resources", "CAN"),
    ("Kenyan Deputy Minister Wanjiru Otieno met Under Secretary of Commerce Piotr Halvorsen on Monday.",
     "Piotr Halvorsen", "Under Secretary of Commerce", None),
    # 'of the <country>' after the name ends it: the article before the country is no title's next word
    ("Secretary of State Dana Whitfield and Minister of Foreign Affairs Therese Mbala Kanyinda of the Democratic "
     "Republic of the Congo today signed the memorandum.", "Therese Mbala Kanyinda", "Minister of Foreign Affairs",
     "COD"),
    ("Trade Secretary Lars Okafor and Minister of Mines Rosalind Achterberg of the Netherlands met in June.",
     "Rosalind Achterberg", "Minister of Mines", "NLD"),
    ("The memorandum was signed by Minister for Industry Ngozi Adaeze Balogun of the United Arab Emirates.",
     "Ngozi Adaeze Balogun", "Minister for Industry", "ARE"),
]  # fmt: skip

# a later 'Title <particles> Surname' is the person named in full earlier, not a second official
PARTICLE_SURNAMES = [
    ("President of the European Commission Ilse van der Berg opened the summit. President van der Berg also "
     "announced a package.", "Ilse van der Berg"),
    ("Mexico's Minister of Economy Ana Lucia de la Cruz met the delegation. Minister de la Cruz said talks would go "
     "on.", "Ana Lucia de la Cruz"),
    ("Austrian Foreign Minister Ludwig von Hallberg signed the declaration. Minister von Hallberg called it a "
     "milestone.", "Ludwig von Hallberg"),
]  # fmt: skip

NOT_OFFICIALS = [
    "Pilbara Minerals managing director Dale Hendry said the company would cut output.",
    "The Australian Strategic Policy Institute (ASPI) and its Executive Director Justin Basso hosted the dialogue.",
    "Pierre Gratin, president of the Mining Association of Canada, said the plan was welcome.",
    "Lithium Americas said on Monday that its Thacker Pass project would receive a loan.",
    # officers of a trade union hold no public office
    "Tomas Greveli, deputy chair of the Peruvian Smelter Workers' Union, called for a strike.",
    "Chanda Mwewa, president of the Zambian Miners Union, opposed the plan on Friday.",
]


@pytest.fixture(scope="module")
def sheets():
    texts = [row[0] for row in OFFICIALS + PARTICLE_SURNAMES] + NOT_OFFICIALS
    arts = [make_article([t], title="t", source=f"p{i}.txt", published="2025-06-01") for i, t in enumerate(texts)]
    return dict(zip(texts, extract_many(arts), strict=True))


@pytest.mark.parametrize("text,name,role,country", OFFICIALS, ids=range(len(OFFICIALS)))
def test_official_with_role_and_country(sheets, text, name, role, country):
    assert_official(sheets[text], name, role, country)


def assert_official(sheet: dict, name: str, role: str, country: str | None) -> None:
    """The sheet names this person, with a role holding ``role``, in ``country`` (None: not checked)."""
    people = {p["name"]: p for p in sheet["people"]}
    assert name in people, (name, list(people))
    assert role.lower() in (people[name]["role"] or "").lower()
    if country is not None:
        assert people[name]["country"] == country


@pytest.mark.parametrize("text", NOT_OFFICIALS, ids=range(len(NOT_OFFICIALS)))
def test_people_without_public_office_are_no_officials(sheets, text):
    assert sheets[text]["people"] == []


@pytest.mark.parametrize("text,name", PARTICLE_SURNAMES, ids=range(len(PARTICLE_SURNAMES)))
def test_particle_surname_is_the_full_name_before(sheets, text, name):
    assert [p["name"] for p in sheets[text]["people"]] == [name]
