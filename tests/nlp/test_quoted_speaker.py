"""A quoted official's own side is the speaker's state (nlp/components/quoted_speaker.py, counterpart, parties).

On a news page "'Our Government and B signed X,' X, Ghana's minister, told reporters" is Ghana and B: the
attribution names the official and a country cue, before or after the quotation, with 'said' or 'told'; the parser
often hangs a name apposed after the closing quote mark on the quotation's last noun and leaves the verb of speech
without a subject, so the speaker is read from the words between the quote mark and the verb.  Not a state: a
company spokeswoman's or an analyst's 'we'.  Names are invented, of many origins.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import page_party_sets

_HEAD = "Minerals update\nSource: https://www.lakesidecourier.example.com/news/x\nPublished: 2025-03-02\n\n"

_SPEAKERS = [
    ("Serbian Minister of Mining Dragana Vukovic said", "SRB"),
    ("the Australian High Commissioner, Tom Harlow, said", "AUS"),
    ("Kwame Asante, Ghana's minister of lands, told reporters", "GHA"),
    ("said Rosa Quispe, Peru's Minister of Energy and Mines", "PER"),
    ("Chilean Mining Minister Ignacio Rojas told the conference", "CHL"),
    ("Wanjiru Kamau, the Kenyan ambassador to Germany, said", "KEN"),
]
_VOICES = [
    "Our Government and {B} signed a memorandum of understanding on raw materials in July",
    "In 2022 our Government concluded a memorandum of understanding with {B} on critical minerals",
    "We signed a memorandum of understanding with {B} on lithium last year",
    "Our country and {B} are negotiating an agreement on copper",
    "My government signed a strategic partnership with {B} on cobalt in March",
    "Our Department of Mines signed a memorandum of understanding with {B} last year",
]
_PARTNERS = [("the European Union", "EU"), ("India", "IND"), ("Japan", "JPN")]


@pytest.mark.parametrize(("partner", "other"), _PARTNERS)
@pytest.mark.parametrize("voice", _VOICES)
@pytest.mark.parametrize(("attribution", "code"), _SPEAKERS)
def test_quoted_voice_is_the_speakers_state(attribution, code, voice, partner, other):
    text = f'"{voice.format(B=partner)}," {attribution}.'
    assert page_party_sets(_HEAD, text) == {tuple(sorted((code, other)))}


@pytest.mark.parametrize(
    "text",
    [
        '"We signed a memorandum of understanding with Japan on lithium last year," said Ana Ferreira, a spokeswoman'
        " for Borealis Lithium.",
        '"We signed a memorandum of understanding with Japan on lithium last year," Ana Ferreira, a spokeswoman for'
        " Borealis Lithium, told reporters.",
        '"We signed a memorandum of understanding with Japan on lithium last year," Kofi Mensah, a mining analyst at'
        " Corvid Research, said.",
        '"Our company and the Government of Chile signed a memorandum on lithium," Hana Okafor, the chief executive'
        " of Sahel Cobalt Ltd, said.",
    ],
)
def test_private_speaker_names_no_state(text):
    assert page_party_sets(_HEAD, text) == set()
