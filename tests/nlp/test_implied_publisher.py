"""The page's own government when no Source line says it: mastheads, footers and site names in page furniture.

Built from an inventory (census: /work/notes/s13/publisher22-census.md): a body noun in the state's own language
(Ministerio, Ministério, Ministère, Bundesministerium, Kementerian, Bakanlığı, Wizara, Ministerstvo), a state in
its formal style in that language (República de, République du, Republik, Jamhuri ya, Respubliki), the
separators that join masthead pieces ('|', '·', ' - ', ' / '), capitals, and a government's site named in the
furniture ('www.esdm.go.id', '.gob.ar', '.gouv.fr', '.admin.ch', '.bund.de').  Directional rows keep news pages,
quoted ministries and headlines out.  Portfolios and people are invented.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.ingest import read_text_as_article
from cmkg.nlp.publisher import page_government, publisher_of

# (body in the state's language, state in its own formal style, code)
_LETTERHEADS = [
    ("Kementerian Energi dan Sumber Daya Mineral", "Republik Indonesia", "IDN"),
    ("Ministerio de Minería", "Gobierno de Chile", "CHL"),
    ("Ministerio de Energía y Minas", "Gobierno del Perú", "PER"),
    ("Secretaría de Economía", "Gobierno de México", "MEX"),
    ("Ministério dos Recursos Minerais, Petróleo e Gás", "República de Angola", "AGO"),
    ("Ministère des Mines et de la Géologie", "République du Sénégal", "SEN"),
    ("Ministère des Mines", "République du Mali", "MLI"),
    ("Wizara ya Madini", "Jamhuri ya Muungano wa Tanzania", "TZA"),
    ("Ministry of Mines", "Republic of Zambia", "ZMB"),
    ("Ministry of Mines and Energy", "Republic of Namibia", "NAM"),
    ("Ministry of Foreign Affairs", "Republic of Korea", "KOR"),
    ("Ministerstvo Energetiki", "Respubliki Kazakhstan", "KAZ"),
    ("Ministry of Energy", "Republic of Uzbekistan", "UZB"),
    ("Department of Mineral Resources", "Republic of South Africa", "ZAF"),
]
_SEPARATORS = [" | ", " \u00b7 ", " - ", " \u2013 ", " / "]


@pytest.mark.parametrize("sep", _SEPARATORS)
@pytest.mark.parametrize(("body", "state", "code"), _LETTERHEADS)
def test_body_and_style_on_one_line(body, state, code, sep):
    assert page_government([body + sep + state, "Home | News | Contact"]) == code


@pytest.mark.parametrize(("body", "state", "code"), _LETTERHEADS)
def test_masthead_in_capitals(body, state, code):
    """Invariance: a masthead set in capitals says what it says in mixed case."""
    assert page_government([f"{state.upper()}", body.upper(), "HOME | NEWS"]) == code
    assert page_government([f"{body} {state}".upper()]) in (code, None)  # one run of words: owned or not read


# (furniture lines, code): owners in every position, footers, sites
FURNITURE = [
    (["KEMENTERIAN ENERGI DAN SUMBER DAYA MINERAL REPUBLIK INDONESIA", "Beranda | Profil | Berita"], "IDN"),
    (["Kementerian Luar Negeri Malaysia", "Utama | Media"], "MYS"),
    (["Ministry of International Trade and Industry Malaysia"], "MYS"),
    (["Türkiye Cumhuriyeti Ticaret Bakanlığı", "Ana Sayfa | Duyurular"], "TUR"),
    (["MINISTERIO DE RELACIONES EXTERIORES DE CHILE"], "CHL"),
    (["Gobierno de Chile / Inicio / Ministerio / Noticias"], "CHL"),
    (["Ministerio de Minería \u00b7 Teatinos 120, Santiago \u00b7 Gobierno de Chile"], "CHL"),
    (["\u00a9 2025 Ministry of Foreign Affairs of Japan"], "JPN"),
    (["Government of the Republic of Serbia", "Home | Press"], "SRB"),
    (["Australian Government \u00b7 Copyright \u00b7 Privacy"], "AUS"),
    (["U.S. Department of State \u00b7 Privacy Policy"], "USA"),
    (["Gobierno del Perú | Terms of use | Privacy"], "PER"),
    (["Home  About  Directorates  Media Releases", "REPUBLIC OF NAMIBIA", "Ministry of Mines and Energy"], "NAM"),
    # a government's site in the furniture
    (["www.esdm.go.id", "Beranda | Berita"], "IDN"),
    (["Ministry of Mines", "www.mines.gov.zm"], "ZMB"),
    (["Kontak: humas@esdm.go.id"], "IDN"),
    (["https://www.mofa.go.jp/press/release/"], "JPN"),
    (["www.dmre.gov.za | Contact"], "ZAF"),
    (["argentina.gob.ar/economia"], "ARG"),
    (["www.economie.gouv.fr"], "FRA"),
    (["www.gov.kz"], "KAZ"),
    (["www.mbie.govt.nz"], "NZL"),
    (["www.nrcan.gc.ca"], "CAN"),
    (["www.seco.admin.ch"], "CHE"),
    (["Bundesministerium für Wirtschaft und Klimaschutz", "www.bmwk.bund.de"], "DEU"),
    (["ec.europa.eu/commission/presscorner"], "EU"),
    (["Korea.net | Korean Culture and Information Service"], "KOR"),
    # the state's own name for itself
    (["Bundesministerium für Wirtschaft und Klimaschutz", "Bundesrepublik Deutschland"], "DEU"),
    (["Ministerio de Industria, Comercio y Turismo | Gobierno de España"], "ESP"),
    (["MINIST\u00c8RE DE L'\u00c9CONOMIE \u00b7 R\u00c9PUBLIQUE FRAN\u00c7AISE"], "FRA"),
    (["\u00a9 2026 Autorité des Mines - République Démocratique du Congo", "Ministère des Mines"], "COD"),
    (["Vlada Republike Srbije", "Po\u010detna | Vesti"], "SRB"),
    (["Ministry of Mines", "R\u00e9publique du Congo"], "COG"),
    (["Ministère de l'Économie | Royaume du Maroc"], "MAR"),
    (["Ministério de Minas e Energia | Brasil | Notícias"], None),
    # a national body the gazetteer knows by a name that is its state's alone, as masthead or copyright holder
    (["ARECOMS", "Accueil / Home"], "COD"),
    (["Mentions légales | \u00a9 2026 ARECOMS"], "COD"),
    (["\u00a9 Ministry of Economy, Trade and Industry. All Rights Reserved."], "JPN"),
    (["Copyright \u00a9 2025 JOGMEC"], "JPN"),
    (["\u00a9 Ministry of Commerce | Privacy"], None),
    (["Kenya Times | METI watch | Markets"], None),
    (["Latest from JOGMEC"], None),
    # no single government: news sites, quoted ministries, two states, bodies with no state
    (["www.andesledger.com | Home | Markets"], None),
    (["reuters.com | World | Business"], None),
    (["Bundesministerium für Wirtschaft und Klimaschutz"], None),
    (["Ministère des Mines", "Accueil / Actualités / Communiqués"], None),
    (["Mining Ministry Watch - independent news from Peru"], None),
    (["Ministry of Mines", "www.mines.gov.zm", "www.mofa.go.jp"], None),
    (["Gobierno de Chile | Gobierno del Perú"], None),
    (["Kenya Times \u00b7 Home \u00b7 Government \u00b7 Sport"], None),
    (["Peru Mining Review / Ministerio watch / Markets"], None),
]


@pytest.mark.parametrize(("lines", "code"), FURNITURE)
def test_page_government(lines, code):
    assert page_government(lines) == code


_BODY = (
    "The Minister of {portfolio}, Tavita Okonkwo-Reyes, said on Tuesday that the Government will keep the "
    "ban on the export of unprocessed lithium ore in place and that the Ministry will review it next year.\n"
    "The Ministry said that the measure applies to all holders of mining licences, according to a statement.\n"
)


def _dump(top: list[str], foot: list[str], headline: str = "Government keeps ban on raw lithium ore exports") -> str:
    return "\n".join([*top, headline, "12 March 2025", _BODY.format(portfolio="Mines"), "Related", *foot]) + "\n"


_DUMPS = [
    (["KEMENTERIAN ENERGI DAN SUMBER DAYA MINERAL REPUBLIK INDONESIA", "Beranda | Profil | Berita"], [], "IDN"),
    (["Ministerio de Minería - Gobierno de Chile", "Inicio | Noticias"], [], "CHL"),
    (["Ministère des Mines - République du Mali", "Accueil | Actualités"], [], "MLI"),
    (["REPUBLIC OF ZAMBIA \u00b7 MINISTRY OF MINES", "Home | News"], [], "ZMB"),
    (["Skip to content", "Home | News"], ["\u00a9 2025 Ministry of Mines and Energy of Namibia"], "NAM"),
    (["Skip to content", "Home | News"], ["Contact | www.mines.gov.zm"], "ZMB"),
    (["Skip to content", "Home | News"], ["www.esdm.go.id"], "IDN"),
    # news pages: their own furniture, a ministry only in the story or in a teaser
    (["The Andes Ledger", "Home | Markets | Mining"], ["\u00a9 2025 The Andes Ledger | Privacy"], None),
    (["Skip to content", "Home | News"], ["reuters.com | Contact"], None),
    (["Skip to content", "Home | News"], [], None),
]


@pytest.mark.parametrize(("top", "foot", "code"), _DUMPS)
def test_page_dump_government(top, foot, code):
    assert read_text_as_article(_dump(top, foot), "page").government == code


@pytest.mark.parametrize(
    "headline",
    [
        "CHINA'S MINISTRY OF COMMERCE TIGHTENS GALLIUM EXPORT CONTROLS",
        "Ministry of Commerce of China tightens gallium export controls",
        "PERU'S MINES MINISTRY WATCHES LITHIUM TALKS IN SANTIAGO",
    ],
)
def test_headline_naming_a_ministry_is_no_masthead(headline):
    """Directional: a news page whose first line is its headline naming another state's ministry stays a news page."""
    assert read_text_as_article(_dump([], [], headline), "page").government is None


def test_ministry_site_quoted_in_story_is_no_furniture():
    body = _BODY.format(portfolio="Mines") + "The notice is published at www.mofcom.gov.cn, the statement said.\n"
    page = "The Andes Ledger\nHome | Markets\nGovernment keeps ban on raw lithium ore exports\n12 March 2025\n" + body
    assert read_text_as_article(page, "page").government is None


_HTML = (
    '<html><head><title>Roadmap agreed</title></head><body><header><nav><a href="/">Home</a></nav></header>'
    "<article><h1>Roadmap agreed</h1><p>The Ministry and its partners agreed a roadmap on critical minerals "
    "cooperation on Tuesday, the Minister said.</p></article><footer><p>{footer}</p></footer></body></html>"
)


@pytest.mark.parametrize(
    ("footer", "code"),
    [
        ("Australian Government &middot; Copyright &middot; Privacy", "AUS"),
        ("Ministerio de Relaciones Exteriores de Chile &middot; Teatinos 180, Santiago", "CHL"),
        ("U.S. Department of State &middot; Privacy Policy", "USA"),
        ("Minist&egrave;re de l'&Eacute;conomie &middot; www.economie.gouv.fr", "FRA"),
        ("&copy; 2025 Andes Ledger &middot; Privacy &middot; reuters.com", None),
    ],
)
def test_html_footer_government(footer, code):
    assert read_text_as_article(_HTML.format(footer=footer), "page", ".html").government == code


def _clean(source: str, top: list[str], foot: list[str]) -> str:
    lines = ["Government keeps ban on raw lithium ore exports", f"Source: {source}", "Published: 2025-03-12", ""]
    return "\n".join([*lines, *top, "", _BODY.format(portfolio="Mines"), *foot]) + "\n"


@pytest.mark.parametrize(
    ("source", "top", "foot", "code"),
    [
        # a Source that names no site: the Source itself, the masthead above the story, the footer below it
        ("Ministry of Foreign Affairs of Japan", [], [], "JPN"),
        ("www.esdm.go.id", [], [], "IDN"),
        ("Kementerian ESDM", ["KEMENTERIAN ENERGI DAN SUMBER DAYA MINERAL REPUBLIK INDONESIA"], [], "IDN"),
        ("press office", ["Gobierno de Chile | Ministerio de Minería"], [], "CHL"),
        ("press office", ["Ministry of Mines and Energy", "Republic of Namibia"], [], "NAM"),
        ("press office", [], ["\u00a9 2025 Ministry of Mines of the Republic of Zambia"], "ZMB"),
        # a news site's URL decides: the ministry it quotes is not its publisher
        ("https://www.andesledger.example/mining/1", ["Ministry of Mines and Energy", "Republic of Namibia"], [], None),
        ("Reuters", [], [], None),
        # an official document a site reprints: a letterhead in capitals opening the body (round 25)
        ("https://www.parliamentdigest.example/answers/2147", ["GOVERNMENT OF INDIA", "MINISTRY OF MINES"], [], "IND"),
        ("https://www.andesledger.example/docs/7", ["REPUBLIC OF NAMIBIA", "MINISTRY OF MINES AND ENERGY"], [], "NAM"),
        ("https://www.andesledger.example/mining/1", ["NAMIBIA BANS LITHIUM ORE EXPORTS"], [], None),
        ("https://www.mines.gov.zm/news/1", ["REPUBLIC OF NAMIBIA", "MINISTRY OF MINES AND ENERGY"], [], "ZMB"),
        # a treaty's title above the text is no masthead
        ("press office", ["MEMORANDUM OF UNDERSTANDING BETWEEN THE GOVERNMENT OF THE REPUBLIC OF ZAMBIA"], [], None),
    ],
)
def test_clean_text_without_a_site(source, top, foot, code):
    article = read_text_as_article(_clean(source, top, foot), "page")
    assert publisher_of(article.url, article.government) == code
