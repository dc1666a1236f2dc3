"""The gazetteer's lookups, and that it is built once per process.

Every rule layer asks for the table at every sentence; when the cache was lost (round 32's benchmark showed
extraction at 0.14 of bare spaCy), each call re-read every TSV file.
"""

from __future__ import annotations

import pytest

from cmkg.core.gazetteer import fold_accents, gazetteer


def test_the_table_is_built_once_per_process() -> None:
    assert gazetteer() is gazetteer()


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Trump", "USA"),  # the family name last
        ("Tshisekedi", "COD"),
        ("Tshisékédi", "COD"),  # with accents the table does not write
    ],
)
def test_a_single_name_finds_its_one_holder(word: str, country: str) -> None:
    found = gazetteer().known_by_surname(word)
    assert found is not None and found[1] == country


@pytest.mark.parametrize(
    "word",
    [
        "Lee",  # two holders share it (Lee Jae-myung, Lee Hsien Loong)
        "trump",  # a lower-case word is no name
        "Donald Trump",  # two words are a full name, not a surname
        "Zzyzxava",  # no holder at all
    ],
)
def test_a_single_name_without_one_holder_finds_none(word: str) -> None:
    assert gazetteer().known_by_surname(word) is None


def test_the_surname_index_is_not_consumed_by_a_lookup() -> None:
    """The index is shared by the whole process: a lookup must leave it as it found it."""
    assert gazetteer().known_by_surname("Trump") == gazetteer().known_by_surname("Trump")


def test_accents_fold_to_their_base_letters() -> None:
    assert fold_accents("Félix Tshisékédi") == "Felix Tshisekedi"
