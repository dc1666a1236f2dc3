"""Entity layer: table-driven cases per pattern family."""

from __future__ import annotations

import pytest


def _doc(nlp, text):
    return nlp(text)


def _people(nlp, text):
    doc = nlp(text)
    return {p.name: (p.role, p.country, p.private) for p in doc._.cmkg_people}


@pytest.mark.parametrize(
    "text,name,role,country",
    [
        ("US Secretary of State Marco Rubio spoke on Tuesday.", "Marco Rubio", "Secretary of State", "USA"),
        (
            "Interior Secretary Doug Burgum said the United States would act.",
            "Doug Burgum",
            "Interior Secretary",
            "USA",
        ),
        ("The talks were led by senior Japanese official Iwao Horii in Tokyo.", "Iwao Horii", "Official", "JPN"),
        ("Australian Prime Minister Anthony Albanese visited Washington.", "Anthony Albanese", "Prime Minister", "AUS"),
        (
            "Kevin Rudd, Australia's ambassador to the United States, attended.",
            "Kevin Rudd",
            "Ambassador to the United States",
            "AUS",
        ),
        (
            "The meeting was hosted by Marco Rubio, the secretary of state, who spoke first about China.",
            "Marco Rubio",
            "Secretary of State",
            None,
        ),
        # a demonym tagged as a verb by the tagger still belongs to the title
        (
            "Many people died. Thai Prime Minister Anutin Charnvirakul signed it.",
            "Anutin Charnvirakul",
            "Prime Minister",
            "THA",
        ),
        # apposition before the name
        (
            "He will meet Kenya's new trade minister, Lee Kinyanjui, on Monday.",
            "Lee Kinyanjui",
            "Trade Minister",
            "KEN",
        ),
        # a counterpart takes the demonym before 'counterpart'
        (
            "Brazil's foreign minister met his Chilean counterpart, Alberto van Klaveren.",
            "Alberto van Klaveren",
            None,
            "CHL",
        ),
        # no country in the title: the speaker speaks for the country they talk about
        (
            "Trade minister Kenji Tanaka said Tokyo would respond to the measures.",
            "Kenji Tanaka",
            "Trade Minister",
            "JPN",
        ),
        # no country in the title: the party the official represents
        (
            "The European Union, represented by trade commissioner Anna Lindqvist, joined the talks.",
            "Anna Lindqvist",
            "Trade Commissioner",
            "EU",
        ),
        # no country in the title: a well-known office holder from data/gazetteer/officials.tsv,
        # not the story's main country
        (
            "Australia and Japan met in Perth, where President Donald Trump spoke about Australia.",
            "Donald Trump",
            "President",
            "USA",
        ),
    ],
)
def test_titles_and_appositions(nlp, text, name, role, country):
    people = _people(nlp, text)
    assert name in people
    got_role, got_country, private = people[name]
    if role:
        assert got_role.lower() == role.lower()
    if country:
        assert got_country == country
    assert not private


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Ayesha Raman, a battery metals analyst at London-based Greyfield Commodities, said prices rose.",
            "Ayesha Raman",
        ),
        (
            "Paul Ferreira, a senior fellow at the Washington-based Atlantic Resources Institute, said so.",
            "Paul Ferreira",
        ),
    ],
)
def test_non_actors_are_private(nlp, text, name):
    people = _people(nlp, text)
    assert people[name][2] is True


@pytest.mark.parametrize(
    "text,codes",
    [
        ("Japanese officials met their Australian counterparts.", {"JPN", "AUS"}),  # demonyms
        ("Beijing and Canberra traded barbs while Brussels watched.", {"CHN", "AUS", "EU"}),  # metonyms
        ("The U.S. and the DRC agreed; Congo said Britain would join.", {"USA", "COD", "GBR"}),  # aliases
    ],
)
def test_country_linking(nlp, text, codes):
    doc = nlp(text)
    assert {e.kb_id_ for e in doc.ents if e.label_ in ("GPE", "NORP")} >= codes


@pytest.mark.parametrize(
    "text,minerals",
    [
        ("Cobalt hydroxide prices doubled while rare-earth magnets stayed scarce.", {"cobalt", "rare earths"}),
        ("Exports of gallium arsenide and aluminum fell.", {"gallium", "aluminium"}),
    ],
)
def test_minerals_map_compounds_to_elements(nlp, text, minerals):
    doc = nlp(text)
    assert {e.kb_id_ for e in doc.ents if e.label_ == "MINERAL"} == minerals


def test_administration_is_not_a_person(nlp):
    doc = nlp("United States President Donald Trump's Administration called for a trade zone.")
    names = {p.name for p in doc._.cmkg_people}
    assert names == {"Donald Trump"}
    assert [p.role for p in doc._.cmkg_people] == ["President"]


def test_surname_resolves_to_full_name(nlp):
    doc = nlp("Vice-President JD Vance spoke. Later, Vance said the US would lead.")
    assert [p.name for p in doc._.cmkg_people] == ["JD Vance"]


def test_seed_entities(seed_sheet):
    assert set(seed_sheet["countries"]) >= {"USA", "CHN", "JPN", "MEX", "AUS", "SAU", "KOR", "THA", "DNK", "GRL", "EU"}
    people = {p["name"]: p for p in seed_sheet["people"]}
    assert set(people) == {"Donald Trump", "Marco Rubio", "JD Vance", "Doug Burgum", "Iwao Horii", "Joe Biden"}
    assert people["Iwao Horii"]["country"] == "JPN" and people["Marco Rubio"]["country"] == "USA"
    assert set(seed_sheet["minerals"]) == {"rare earths", "cobalt", "nickel", "manganese", "graphite", "lithium"}


def test_given_name_resolves_to_the_full_name(nlp):
    people = _people(nlp, "Prime Minister Anwar Ibrahim hosted the summit. Anwar said the region would not pick sides.")
    assert "Anwar" not in people and people["Anwar Ibrahim"][1] == "MYS"


def test_known_officials_carry_wikidata_ids(nlp):
    doc = nlp("Donald Trump met Xi Jinping.")
    assert {(e.text, e.kb_id_) for e in doc.ents if e.label_ == "PERSON"} == {
        ("Donald Trump", "Q22686"),
        ("Xi Jinping", "Q15031"),
    }


@pytest.mark.parametrize(
    "written,country",
    [
        ("Félix Tshisekedi", "COD"),  # the table has 'Felix Tshisekedi'
        ("Felix Tshisekedi", "COD"),
        ("Pedro Sánchez", "ESP"),  # the table has both forms
        ("Pedro Sanchez", "ESP"),
        ("Félix Unknownname", None),
    ],
)
def test_known_officials_with_or_without_accents(written, country):
    from cmkg.core.gazetteer import gazetteer

    known = gazetteer().known_official(written)
    assert (known[1] if known else None) == country


@pytest.mark.parametrize(
    "text,absent",
    [
        ("The regulator, known by its French acronym ARECOMS, set quotas for Congo.", "FRA"),  # a language
        ("Saudi Arabia took a stake in the nickel unit of Brazil's Vale.", "BRA"),  # a company's nationality
        ("The leaders of China and the US met in Busan, South Korea, on Thursday.", "KOR"),  # a venue
        ("A London-based analyst said Chile would gain.", "GBR"),  # X-based
    ],
)
def test_non_actor_country_mentions(text, absent):
    from cmkg.nlp.article import make_article
    from cmkg.nlp.extract import extract

    countries = extract(make_article([text], title="t", source="case.txt"))["countries"]
    assert absent not in countries and countries


@pytest.mark.parametrize(
    "text,expected",
    [
        # the word of a state's official style, when exactly one state the text names has it
        ("The Sultanate of Oman and India signed a deal. The Sultanate's ports will grow.", {"Sultanate": "OMN"}),
        ("Morocco and Chile signed a deal. The Kingdom also signed one with Peru.", {"Kingdom": "MAR"}),
        ("Saudi Arabia and Chile met. Officials said the kingdom was in talks.", {"kingdom": "SAU"}),
        # two named states share the word, or none has it: no link
        ("Morocco and the United Kingdom signed a deal. The Kingdom also signed one with Peru.", {}),
        ("Chile and Peru signed a deal. The Sultanate was not mentioned.", {}),
        # a full style is the gazetteer's own name
        ("The Kingdom of Bahrain signed a deal with Chile.", {}),
    ],
)
def test_state_epithets(nlp, text, expected):
    doc = nlp(text)
    linked = {e.text: e.kb_id_ for e in doc.ents if e.text in ("Sultanate", "Kingdom", "kingdom") and e.kb_id_}
    assert linked == expected
