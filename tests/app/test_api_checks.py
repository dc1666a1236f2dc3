"""The Python API checks stored-query names and bind names as the command line does."""

from __future__ import annotations

import json

import pytest

from cmkg.app import api
from cmkg.core.errors import CmkgError, E
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.store import open_store
from tests.graph.test_queries import MINI


@pytest.fixture(scope="module")
def mini():
    st = open_store(":memory:")
    st.ensure_ontology()
    st.add_dataset(sheet_to_graph(json.loads(MINI.read_text(encoding="utf-8"))))
    return st


@pytest.mark.parametrize(
    ("query", "bind", "code", "words"),
    [
        ("deals_wth", {}, E.UNKNOWN_QUERY, "did you mean 'deals_with'"),
        ("deal_partners", {"cuntry": "US"}, E.UNKNOWN_BIND, "did you mean 'country'"),
        ("deal_partners", {"country": "Narnia"}, E.UNKNOWN_COUNTRY, "'Narnia' is not a country"),
    ],
)
def test_api_refuses_what_the_command_line_refuses(mini, query, bind, code, words):
    with pytest.raises(CmkgError) as info:
        api.sparql(query, store=mini, bind=bind)
    assert info.value.code == code and words in str(info.value)
