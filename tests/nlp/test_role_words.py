"""The one reader of data/lexicon_roles.tsv (nlp/role_words.py): kinds, word parts, and a row of an unknown kind
refused with a coded error rather than skipped by some readers."""

from __future__ import annotations

import pytest

from cmkg.core.errors import CmkgError
from cmkg.nlp import role_words as rw


@pytest.mark.parametrize(("kind", "word"), [("head", "minister"), ("modifier", "senior"), ("private", "analyst")])
def test_shipped_table_has_each_kind(kind: str, word: str) -> None:
    assert word in rw.role_words(kind)
    assert not rw.role_words(kind) & rw.role_words(*(k for k in rw.KINDS if k != kind))


def test_word_parts_split_multiword_entries() -> None:
    multi = [w for w in rw.role_words("head") if " " in w]
    assert multi, "the table has multi-word heads ('prime minister')"
    assert set(multi[0].split()) <= rw.role_word_parts("head")


def test_unknown_kind_is_a_coded_error(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [{"word": "minister", "kind": "head"}, {"word": "sheriff", "kind": "heads"}]
    monkeypatch.setattr(rw, "load_tsv", lambda name: rows)
    for cached in (rw._rows, rw.role_words, rw.role_word_parts):
        cached.cache_clear()
    try:
        with pytest.raises(CmkgError, match="'sheriff' has kind 'heads'"):
            rw.role_words("head")
    finally:
        monkeypatch.undo()
        for cached in (rw._rows, rw.role_words, rw.role_word_parts):
            cached.cache_clear()
