"""Name forms and apposed titles the title anchor missed: one row per mechanism (round 14, facts24).

Every name is invented.  Rows pin the name, the role and the country; the rows of
``ABSENT`` pin words that must not become a person.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract_many
from tests.nlp.test_people import assert_official

OFFICIALS = [
    # a Mongolian initial glued to the name: two letters (cut by the tokenizer at the stop) or one (kept whole)
    (
        "Minister of Industry and Mineral Resources of Mongolia Mr. Ts.Dorjsuren received the delegation.",
        "Ts.Dorjsuren",
        "Minister of Industry and Mineral Resources",
        "MNG",
    ),
    (
        "Mongolian Minister of Mining Kh.Ganbold said on Monday that copper exports would rise.",
        "Kh.Ganbold",
        "Minister of Mining",
        "MNG",
    ),
    (
        "B.Altantsetseg, Mongolia's Minister of Finance, told reporters that coal sales were secure.",
        "B.Altantsetseg",
        "Minister of Finance",
        "MNG",
    ),
    (
        "Kazakhstan's Deputy Minister of Energy, Sh.Bat-Ochir, said the talks would continue.",
        "Sh.Bat-Ochir",
        "Deputy Minister of Energy",
        "KAZ",
    ),
    # a capitalised preposition or a date opening the sentence is no name before an apposed title
    (
        "In Lusaka, Coordinating Minister for Economic Affairs Rahmat Widjaja and Chilean Minister of Mining "
        "Valentina Soto Araya announced the conclusion of negotiations.",
        "Rahmat Widjaja",
        "Coordinating Minister for Economic Affairs",
        None,
    ),
    # a courtesy honorific, a particle name and a compound title the model tags as a person
    (
        "During the official visit of His Royal Highness Faisal bin Hamad Al-Qasimi, Crown Prince and Prime Minister "
        "of the Kingdom of Bahrain, the two sides signed a memorandum.",
        "Faisal bin Hamad Al-Qasimi",
        "Crown Prince and Prime Minister",
        "BHR",
    ),
    # ... and the next name keeps its own title, not the one apposed to the name before it
    (
        "During the visit of His Highness Nasser bin Saud Al-Harbi, Crown Prince and Prime Minister of Qatar, "
        "President Elena Marquez secured a series of agreements.",
        "Elena Marquez",
        "President",
        None,
    ),
    # a second signatory's own apposed title after 'and the', not the first one's
    (
        "The memorandum was signed by the Minister of Mining of Peru, Rosa Quispe Mamani, and the Minister of Trade, "
        "Industry and Energy of Korea, Yoon Ji-hye, on Friday.",
        "Yoon Ji-hye",
        "Minister of Trade, Industry and Energy",
        "KOR",
    ),
    # a name line in brackets under the office line, as a parliamentary answer sets it
    (
        "ANSWER\n\nTHE MINISTER OF STATE FOR MINES\n(SMT. ANJALI DEVI RAO)\n\n(a) Yes, Sir. The Ministry has signed "
        "two memoranda.",
        "Anjali Devi Rao",  # a name set in capitals comes out in the case a reader expects
        "Minister of State for Mines",
        None,
    ),
    # ... or in brackets on the office's own line, as the page reader joins the two lines
    (
        "The Minister of Coal and Mines (Shri R. K. Menon) told the House that talks with Peru continue.",
        "R. K. Menon",
        "Minister of Coal and Mines",
        None,
    ),
    # a speaker label with the family name before the full family-name-first name is one person
    (
        "Minister Ishibe: Good morning.\n\nOn Monday I, Foreign Minister Ishibe Kentaro, will visit Lima.\n\n"
        "Minister Ishibe: No new document is planned.",
        "Ishibe Kentaro",
        "Foreign Minister",
        None,
    ),
    # names listed after a plural title that names one state per name take the states in order
    (
        "The presidents of Ghana and Peru, Kofi Mensah Boateng and Rosa Quispe Mamani, met on Monday.",
        "Rosa Quispe Mamani",
        "President",
        "PER",
    ),
    (
        "The presidents of Ghana and Peru, Kofi Mensah Boateng and Rosa Quispe Mamani, met on Monday.",
        "Kofi Mensah Boateng",
        "President",
        "GHA",
    ),
    # a reporter's bracketed outlet before a colon gives the reporter no title from the question
    (
        "Reporter (Mirela Kostova, Balkan Wire): On Tuesday Prime Minister Morikawa Sayuri signed a framework on "
        "copper.",
        "Morikawa Sayuri",
        "Prime Minister",
        None,
    ),
]

# a closed-class or date word that opens the name, not the sentence's preposition or date (mend25)
OFFICIALS += [
    (
        "An Jae-won, South Korea's Minister of Industry, signed a memorandum on lithium.",
        "An Jae-won",
        "Minister of Industry",
        "KOR",
    ),
    (
        "Do Quang Vinh, Vietnam's Minister of Industry and Trade, said rare earth licences would be tightened.",
        "Do Quang Vinh",
        "Minister of Industry and Trade",
        "VNM",
    ),
    (
        "June Arakawa, Japan's Minister of Economy, Trade and Industry, visited Canberra on Tuesday.",
        "June Arakawa",
        "Minister of Economy, Trade and Industry",
        "JPN",
    ),
    (
        "May Khin Hla, Myanmar's Minister of Mines, said tin exports would resume.",
        "May Khin Hla",
        "Minister of Mines",
        "MMR",
    ),
    (
        "Monday Adeyemi, Nigeria's Minister of Solid Minerals Development, said lithium exports were banned.",
        "Monday Adeyemi",
        "Minister of Solid Minerals Development",
        "NGA",
    ),
]

# two people sharing a name: a one-word mention with a title the full name does not hold is another person
SHARED = [
    (
        "Industry Minister Park said on Monday that graphite supplies were secure. Later, Prime Minister Park Ji-hoon "
        "met the Chilean delegation to discuss lithium.",
        ["Park", "Park Ji-hoon"],
    ),
    (
        "Senator Alvarez said the tariff was unwise. Chilean President Alvarez Rojas said the lithium deal would be "
        "signed.",
        ["Alvarez", "Alvarez Rojas"],
    ),
    (
        "Minister Okonjo told reporters that exports were banned. Nigeria's Minister of Mines, Bayo Salami, said the "
        "ban would last a year, while Okonjo Eze, the ministry's spokesman, declined to comment.",
        ["Okonjo", "Okonjo Eze", "Bayo Salami"],
    ),
]

ABSENT = [
    (
        "In Lusaka, Coordinating Minister for Economic Affairs Rahmat Widjaja and Chilean Minister of Mining "
        "Valentina Soto Araya announced the conclusion of negotiations.",
        "In Lusaka",
    ),
    ("On Tuesday, Secretary of Economy of Zambia Mr. Kh.Ganbold received the Thai ambassador.", "On Tuesday"),
    ("Last Tuesday, Minister of Mines Kojo Antwi said the lease would be ratified.", "Last Tuesday"),
    ("In March, Minister of Mines Kojo Antwi said the lease would be ratified.", "In March"),
    ("Minister Ts.Dorjsuren has noted that Mongolia gives high importance to cooperation.", "Ts"),
    (
        "During the visit of Mr. Omar Haddadin, Crown Prince and Prime Minister of Jordan, the sides met.",
        "Crown Prince",
    ),
    (
        "Minister Ishibe: Good morning.\n\nOn Monday I, Foreign Minister Ishibe Kentaro, will visit Lima.\n\n"
        "Minister Ishibe: No new document is planned.",
        "Ishibe",
    ),
    (
        "Reporter (Mirela Kostova, Balkan Wire): On Tuesday Prime Minister Morikawa Sayuri signed a framework on "
        "copper.",
        "Mirela Kostova",
    ),
    ("The agreement was signed by the Ministry of Mines (KABIL) and Peru's Minister of Energy Luis Quispe.", "KABIL"),
    # a director or head of a company named by its kind holds no public office
    (
        '"Nobody returned my calls," said Amani Kisanga, commercial director of a graphite developer in Tanzania.',
        "Amani Kisanga",
    ),
    ("Ines Albarracin, the head of a rare earth developer in Chile, said permits were slow.", "Ines Albarracin"),
]


@pytest.fixture(scope="module")
def sheets():
    texts = list(dict.fromkeys([row[0] for row in OFFICIALS + SHARED + ABSENT]))
    arts = [
        make_article(t.split("\n\n"), title="t", source=f"nf{i}.txt", published="2025-06-01")
        for i, t in enumerate(texts)
    ]
    return dict(zip(texts, extract_many(arts), strict=True))


@pytest.mark.parametrize("text,name,role,country", OFFICIALS, ids=range(len(OFFICIALS)))
def test_official_name_form(sheets, text, name, role, country):
    assert_official(sheets[text], name, role, country)


@pytest.mark.parametrize("text,word", ABSENT, ids=range(len(ABSENT)))
def test_no_person_from_title_or_sentence_opening(sheets, text, word):
    assert word not in [p["name"] for p in sheets[text]["people"]]


@pytest.mark.parametrize("text,names", SHARED, ids=range(len(SHARED)))
def test_people_sharing_a_name_stay_apart(sheets, text, names):
    got = [p["name"] for p in sheets[text]["people"]]
    assert all(name in got for name in names)
