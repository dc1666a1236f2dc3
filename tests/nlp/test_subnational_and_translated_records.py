"""Round 56 (news69): sub-national governments' releases and European pages translated into English.

One row per construction, with near misses beside each: a state, province or territory signs for itself, so the
foreign state whose ministry or agency signs is the one national party (a premier on the place's own site, a title
or a government the place owns, a named place, a unit noun), while a prime minister signs for the country and a
firm or another unit is no foreign state; a pair of the country and the foreign state that a sentence on the
place's site never names for the country is the foreign state's; a province's share is no country's, and 'A,
whose refineries process N%' is A's; a compared 'one' with a relative clause of its own is another instrument; a
'by which' clause the parser hung on the topic names the sides; cooperation between two states under a named
agreement is theirs; a named fund a bare government noun owns is the page government's; 'submitted the export of X
to a licensing regime' is a licence requirement.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_pages, extract_table

AGREEMENTS = [
    ("The Premier of Queensland, Mr. Aldo Brandt, signed a memorandum on vanadium with the Ministry of Economy, "
     "Trade and Industry of Japan.", {(("JPN",), "signed")}),
    ("The Prime Minister of Australia, Mr. Aldo Brandt, signed a memorandum on vanadium with the Ministry of "
     "Economy, Trade and Industry of Japan.", {(("AUS", "JPN"), "signed")}),
    ("The Free State of Saxony and the Ministry of Industry and Trade of the Czech Republic today signed a letter of "
     "intent on lithium exploration.", {(("CZE",), "signed")}),
    ("The Government of Ontario and the Ministry of Mines of Ghana today signed a memorandum on lithium.",
     {(("GHA",), "signed")}),
    ("Western Australia has signed a memorandum on lithium with Sojitz, a Japanese trading house.", set()),
    ("Western Australia and the Japanese prefecture of Aichi signed a sister-state memorandum on battery industries "
     "in 2024.", set()),
    ("India is auctioning lithium blocks, and a separate deal with Argentina's Catamarca province was being "
     "negotiated by state-owned KABIL.", set()),
    ("Indonesia also proposed to the US a separate critical minerals agreement, like the one that the US has signed "
     "with Japan in 2023.", {(("IDN", "USA"), "negotiating"), (("JPN", "USA"), "existing")}),
    ("Ontario signed a memorandum on nickel with the German carmaker Volkswagen.", set()),
    ("Victoria Chen, Australia's Minister for Resources, signed a memorandum on lithium with Japan's Ministry of "
     "Economy, Trade and Industry.", {(("AUS", "JPN"), "signed")}),
    ("Western Australia and the Commonwealth signed a memorandum on lithium with the Government of Japan.",
     {(("AUS", "JPN"), "signed")}),
    ("Queensland, the Australian Government and the Government of Japan signed a trilateral memorandum on "
     "hydrogen.", {(("AUS", "JPN"), "signed")}),
    ("The fund complements the raw materials partnerships which Germany concluded with Mongolia in 2011, with "
     "Kazakhstan in 2012 and with Peru in 2014.",
     {(("DEU", "MNG"), "existing"), (("DEU", "KAZ"), "existing"), (("DEU", "PER"), "existing")}),
    ("Germany signed a memorandum with Mongolia in 2011, with Kazakhstan in 2012 and with Peru in 2014.",
     {(("DEU", "MNG"), "existing"), (("DEU", "KAZ"), "existing"), (("DEU", "PER"), "existing")}),
    ("Argentina signed an agreement on lithium with the United States, like the one that Chile has signed with "
     "Japan.", {(("ARG", "USA"), "signed"), (("CHL", "JPN"), "signed")}),
    ("Spain and Brazil agreed to begin work on a memorandum on critical minerals along the lines of the one signed "
     "with Chile.", {(("BRA", "ESP"), "planned")}),
    ("At the end of the meeting, the three ministers signed a joint declaration on critical raw materials, by which "
     "France, Germany and Italy commit to coordinate their funds.", {(("DEU", "FRA", "ITA"), "signed")}),
    ("The two heads of state welcomed the cooperation between Mongolia and the European Union under the "
     "Partnership and Cooperation Agreement in force since 2017.", {(("EU", "MNG"), "existing")}),
    ("The Commission welcomed the cooperation between EU universities and Chile under the Horizon programme.",
     set()),
]  # fmt: skip

NEVADA = "Governor's news\nSource: https://gov.nv.gov/Newsroom/PRs/2025/\nPublished: 2025-10-29\n\n"
SASKATCHEWAN = "News release\nSource: https://www.saskatchewan.ca/government/news\nPublished: 2024-12-04\n\n"
QUEBEC = "Communiqué\nSource: https://www.quebec.ca/en/news/actualites/2024/04\nPublished: 2024-04-12\n\n"
GERMANY = "Press release\nSource: https://www.bmwk.de/Redaktion/EN/2025/01\nPublished: 2025-01-21\n\n"
SAXONY = "Medieninformation\nSource: https://www.medienservice.sachsen.de/medien/news/1\nPublished: 2025-10-21\n\n"

PAGES = [
    (NEVADA, "Governor Dana Holt today signed a Memorandum of Understanding on critical minerals with the Ministry of "
     "Industry and Mineral Resources of the Kingdom of Saudi Arabia.", {(("SAU",), "signed")}),
    (NEVADA, "President Dana Holt today signed a Memorandum of Understanding on critical minerals with the Ministry "
     "of Industry and Mineral Resources of the Kingdom of Saudi Arabia.", {(("SAU", "USA"), "signed")}),
    (SASKATCHEWAN, "Premier Ross Keller today signed a Memorandum of Understanding with Germany's Federal Institute "
     "for Geosciences and Natural Resources (BGR) in Berlin.", {(("DEU",), "signed")}),
    (SASKATCHEWAN, "Premier Ross Keller signed a memorandum on potash with the German firm Kalibau.", set()),
    (SASKATCHEWAN, "Prime Minister Liam Castell met Japan's Prime Minister Hiro Tanabe in Tokyo. The two governments "
     "signed a memorandum on critical minerals.", {(("CAN", "JPN"), "signed")}),
    (GERMANY, "The Federal Government's Raw Materials Fund, which is managed by KfW, has started its operations "
     "today.", {(("DEU",), "existing")}),
    (SAXONY, "The Government's Lithium Fund, which is managed by the state bank, has started its operations today.",
     set()),
    (SASKATCHEWAN, "The federal governments of Canada and Germany are also in talks on a critical minerals "
     "arrangement.", {(("CAN", "DEU"), "negotiating")}),
    (QUEBEC, "The Premier of Québec and the Prime Minister of the French Republic signed a joint declaration on "
     "critical minerals between the Gouvernement du Québec and the Government of the French Republic.\n\nBy this "
     "declaration, the two governments undertake to favour investments in lithium.", {(("FRA",), "signed")}),
]  # fmt: skip

CONTROLS = [
    ("China has submitted the export of gallium and germanium to a licensing regime since 1 August 2023.",
     {("CHN", "gallium", "in_force"), ("CHN", "germanium", "in_force")}),
    ("The committee submitted its report on gallium exports to the ministry in August.", set()),
]  # fmt: skip

SHARES = [
    ("Western Australia produces about half of the world's lithium.", set()),
    ("Australia produces about half of the world's lithium.", {("AUS", "lithium", "produces", 50.0)}),
    ("Most concentrate is shipped offshore, largely to China, whose refineries process about 65 per cent of the "
     "world's lithium.", {("CHN", "lithium", "processes", 65.0)}),
    ("Peru and Chile, whose mines produce about 35% of the world's copper, met in Lima.", set()),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([t for t, _ in AGREEMENTS + CONTROLS + SHARES], "subnational")


@pytest.fixture(scope="module")
def pages():
    out = {}
    for head in dict.fromkeys(h for h, _, _ in PAGES):
        out |= {(head, t): s for t, s in extract_pages([t for h, t, _ in PAGES if h == head], "regional", head).items()}
    return out


def _sets(sheet: dict) -> set:
    return {(tuple(sorted(a["parties"])), a["status"]) for a in sheet["agreements"]}


@pytest.mark.parametrize("text,expected", AGREEMENTS, ids=range(len(AGREEMENTS)))
def test_subnational_sides_compared_ones_and_framed_cooperation(sheets, text, expected):
    assert _sets(sheets[text]) == {(tuple(sorted(p)), s) for p, s in expected}


@pytest.mark.parametrize("head,text,expected", PAGES, ids=range(len(PAGES)))
def test_a_place_s_own_site_signs_for_the_place(pages, head, text, expected):
    sheet = pages[(head, text)]
    assert _sets(sheet) == {(tuple(sorted(p)), s) for p, s in expected}
    us_deal = any("USA" in parties for parties, _ in expected)
    assert us_deal == bool(sheet["deals_with_usa"])  # a state's memorandum with a foreign ministry is no US deal


def test_we_on_a_provincial_site_hold_no_country_share():
    text = "We produce about 10% of the world's uranium, the Premier said."
    assert extract_pages([text], "uranium", SASKATCHEWAN)[text]["production_shares"] == []


def test_a_provincial_site_names_its_country_for_its_officials():
    text = "The Premier of Québec, Mr. Jean Tremblay, met the French minister in Paris on critical minerals."
    sheet = extract_pages([text], "quebec", QUEBEC)[text]
    assert {(p["name"], p["country"]) for p in sheet["people"]} >= {("Jean Tremblay", "CAN")}


@pytest.mark.parametrize("text,expected", CONTROLS, ids=range(len(CONTROLS)))
def test_submitted_to_a_licensing_regime(sheets, text, expected):
    got = {(c["country"], m, c["status"]) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected


@pytest.mark.parametrize("text,expected", SHARES, ids=range(len(SHARES)))
def test_province_shares_and_whose_relatives(sheets, text, expected):
    got = {(s["country"], s["mineral"], s["activity"], s["share_percent"]) for s in sheets[text]["production_shares"]}
    assert got == expected
