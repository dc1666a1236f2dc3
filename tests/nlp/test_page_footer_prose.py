"""The story's last paragraph is no page footer, even when it holds a copyright-like mark or a separator.

A parliamentary answer ends with '(c) and (d) The Government of the Republic of X has ...': '(c)' labels items
(c) and (d) of the question, it marks no copyright, and the state it names is the story's, not the page's.  A
timeline's last entry ('7 November 2025 - The ministry ...') has a dash that separates no masthead pieces.
Inventory (census: /work/notes/s15/voice24-census.md): masthead forms 'GOVERNMENT OF X' / 'MINISTRY OF ...',
'Republic of X | Ministry of ...'; last paragraphs opened by an item label ('(c) and (d)', '(c) & (d):', '(c)'),
a date and a dash, or a plain sentence with a separator; the state they name is another one.  Directional rows
keep a real footer (short, a copyright line or an address) deciding.  States and portfolios vary.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.ingest import read_text_as_article

_Q = (
    "(a) whether the Government has entered into agreements with foreign countries on critical minerals; and\n"
    "(b) the steps taken by the Government in this regard?"
)
_ANSWER = (
    "(a) and (b) Yes, Sir. The Ministry of {portfolio} has entered into bilateral arrangements with several "
    "mineral-rich countries, and the Minister will keep the House informed of them."
)

# the last paragraph of the story: long, a sentence, with a copyright-like mark or a separator
_LAST = [
    "(c) and (d) The Government of the {other} has, with effect from 4 April 2025, made the export of seven rare "
    "earth elements subject to licences, and this has resulted in delays for domestic manufacturers of magnets.",
    "(c) & (d): No, Sir. The Government of the {other} has informed the Ministry that the export of graphite "
    "will be subject to licences from next month, and consultations with industry are under way.",
    "(c) The {other} has announced that its export licences for gallium and germanium will be reviewed every year, "
    "and the Ministry is in regular consultation with the Ministry of External Affairs on the matter.",
    "7 November 2025 - The {other} suspends its licensing of rare earth magnets until next November, and the "
    "Ministry will review the effect of the suspension on domestic industry at its next meeting.",
]

# (masthead lines in capitals, page's state, another state the last paragraph names)
_MASTHEADS = [
    (["GOVERNMENT OF INDIA", "MINISTRY OF MINES", "RAJYA SABHA"], "IND", "People's Republic of China"),
    (["GOVERNMENT OF KENYA", "MINISTRY OF MINING"], "KEN", "Republic of Indonesia"),
    (["REPUBLIC OF GHANA", "MINISTRY OF LANDS AND NATURAL RESOURCES"], "GHA", "Kingdom of Morocco"),
    (
        ["GOVERNMENT OF THE REPUBLIC OF ZAMBIA", "MINISTRY OF MINES AND MINERALS DEVELOPMENT"],
        "ZMB",
        "Republic of Chile",
    ),
    (["REPUBLIC OF NAMIBIA", "MINISTRY OF MINES AND ENERGY"], "NAM", "Argentine Republic"),
]


def _page(masthead: list[str], last: str, portfolio: str = "Mines") -> str:
    head = [*masthead, "UNSTARRED QUESTION NO. 2207", "ANSWERED ON 14.03.2025", "SUPPLIES OF CRITICAL MINERALS"]
    return "\n".join([*head, "", _Q, "", _ANSWER.format(portfolio=portfolio), "", last, "", "*****"]) + "\n"


@pytest.mark.parametrize("last", _LAST)
@pytest.mark.parametrize(("masthead", "code", "other"), _MASTHEADS)
def test_last_paragraph_is_no_footer(masthead, code, other, last):
    assert read_text_as_article(_page(masthead, last.format(other=other)), "page").government == code


# (a short footer line below a news page's story, the state it names)
_FOOTERS = [
    ("\u00a9 2025 Ministry of Mines of the Republic of Zambia | Privacy", "ZMB"),
    ("Copyright 2025 Ministry of Foreign Affairs of Japan. All Rights Reserved.", "JPN"),
    ("Contact | www.esdm.go.id", "IDN"),
    ("\u00a9 2025 Ministerio de Minería - Gobierno de Chile", "CHL"),
]


@pytest.mark.parametrize(("footer", "code"), _FOOTERS)
def test_short_footer_still_decides(footer, code):
    """Directional: a real footer line (short) below the story still says whose page it is."""
    page = _page(["Skip to content", "Home | News"], _LAST[0].format(other="Republic of Peru")) + footer + "\n"
    assert read_text_as_article(page, "page").government == code
