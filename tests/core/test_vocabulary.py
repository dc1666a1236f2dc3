"""data/vocabulary is the one source: the ontology and the SHACL shapes say the same, and bad files fail to load."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from rdflib import Graph, Namespace
from rdflib.collection import Collection
from rdflib.namespace import RDF, SKOS

from cmkg.core.errors import CmkgError
from cmkg.core.resources import data_path
from cmkg.core.vocabulary import STATUS, StatusNames, is_core_deal, is_multilateral, load_vocabulary, vocabulary

CMKG = Namespace("https://w3id.org/cmkg/ontology#")
SH = Namespace("http://www.w3.org/ns/shacl#")


def _ttl(name: str) -> Graph:
    return Graph().parse(data_path(name), format="turtle")


def _local(iri) -> str:
    return str(iri).rsplit("#", 1)[-1]


@pytest.mark.parametrize("stem", ["statuses", "agreement_types", "measures", "activities"])
def test_ontology_states_the_same_concepts_as_the_vocabulary(stem):
    onto = _ttl("ontology.ttl")
    concepts = vocabulary().concepts[stem]
    scheme = CMKG[concepts[0].scheme]
    in_ontology = {
        _local(c): (
            str(onto.value(c, SKOS.prefLabel)),
            onto.value(c, SKOS.definition) and str(onto.value(c, SKOS.definition)),
            onto.value(c, SKOS.broader) and _local(onto.value(c, SKOS.broader)),
        )
        for c in onto.subjects(SKOS.inScheme, scheme)
    }
    in_data = {c.local_name: (c.label, c.definition, c.broader and c.iri_prefix + c.broader) for c in concepts}
    assert in_ontology == in_data
    assert all((CMKG[name], RDF.type, SKOS.Concept) in onto for name in in_data)


def _sh_in(shapes: Graph, path) -> list[str]:
    prop = next(shapes.subjects(SH.path, path))
    return [_local(x) for x in Collection(shapes, shapes.value(prop, SH["in"]))]


@pytest.mark.parametrize(
    ("path", "ids", "prefix"),
    [
        (CMKG.status, lambda v: v.status_rank, "status-"),
        (CMKG.controlStatus, lambda v: v.control_statuses, "status-"),
        (CMKG.agreementType, lambda v: v.agreement_types, "type-"),
        (CMKG.measure, lambda v: v.measures, "measure-"),
        (CMKG.activity, lambda v: v.activities, "activity-"),
    ],
)
def test_shapes_allow_exactly_the_vocabulary(path, ids, prefix):
    assert sorted(_sh_in(_ttl("shapes.ttl"), path)) == sorted(prefix + i for i in ids(vocabulary()))


def test_rank_core_and_cameo_come_from_the_data():
    v = vocabulary()
    assert v.status_rank == ("signed", "announced", "existing", "planned", "negotiating", "lapsed")
    assert v.core_statuses == {"signed", "announced", "existing"}
    assert [v.cameo(s) for s in ("signed", "planned", "negotiating")] == ["057", "0311", "036"]
    assert v.control_cameo == "163"
    assert v.activity_stage["processes"] == v.activity_stage["refines"] == "midstream"
    # the core statuses are the furthest along: the deal summary's "best status" of a core pair is a core status
    assert set(v.status_rank[: len(v.core_statuses)]) == v.core_statuses


@pytest.mark.parametrize(
    ("status", "type_", "n", "said_multilateral", "core"),
    [
        ("signed", "deal", 2, False, True),
        ("announced", None, 3, False, True),  # no type given: a plain agreement
        ("existing", "mou", 2, False, True),
        ("planned", "deal", 2, False, False),
        ("negotiating", "deal", 2, False, False),
        ("lapsed", "deal", 2, False, False),
        ("signed", "truce", 2, False, False),
        ("signed", "deal", 4, False, False),  # more than three parties: a membership
        ("signed", "deal", 2, True, False),
        ("in_force", "deal", 2, False, False),  # a control status is no deal status
    ],
)
def test_core_deal_rule(status, type_, n, said_multilateral, core):
    assert is_core_deal(status, type_, n, said_multilateral) is core


def test_multilateral_threshold_is_data():
    n = vocabulary().max_core_parties
    assert not is_multilateral(n) and is_multilateral(n + 1) and is_multilateral(2, True)


def _copy(tmp_path):
    folder = tmp_path / "vocabulary"
    shutil.copytree(data_path("vocabulary"), folder)
    return folder


def _edit(folder, stem, change):
    path = folder / f"{stem}.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    change(raw)
    path.write_text(json.dumps(raw), encoding="utf-8")


@pytest.mark.parametrize(
    ("stem", "change", "message"),
    [
        ("statuses", lambda r: r["concepts"][0].update(rnak=1), "unknown key(s) rnak"),
        ("statuses", lambda r: r["concepts"][0]["agreement"].update(core_deal=True), "unknown key(s) core_deal"),
        ("statuses", lambda r: r["concepts"][1]["agreement"].update(rank=0), "ranks must be 0, 1, 2"),
        ("statuses", lambda r: r["concepts"][0]["agreement"].pop("cameo"), "needs cameo"),
        ("measures", lambda r: r.update(sheme="x"), "unknown key(s) sheme"),
        ("activities", lambda r: r["concepts"].append(r["concepts"][0]), "unique"),
        ("agreement_types", lambda r: r.pop("core_deal"), "core_deal.max_parties must be an integer"),
        ("measures", lambda r: r.pop("concepts"), "missing key(s) concepts"),
        ("activities", lambda r: r["concepts"][0].pop("stage"), "every activity needs a stage"),
        ("statuses", lambda r: r["concepts"][-1].pop("color"), "'maintained': color must be"),
        ("statuses", lambda r: r["concepts"][0].update(color="green"), "'signed': color must be"),
        ("statuses", lambda r: r["concepts"][0].update(color="#1a985"), "got '#1a985'"),
        ("statuses", lambda r: r["concepts"][0].update(color="#1a98500"), "got '#1a98500'"),
        ("statuses", lambda r: r["concepts"][0].update(color=None), "got None"),
        ("statuses", lambda r: r["concepts"][1].update(color="#1A9850"), "statuses announced, signed share a color"),
    ],
)
def test_a_malformed_vocabulary_file_fails_to_load_with_a_coded_message(tmp_path, stem, change, message):
    folder = _copy(tmp_path)
    load_vocabulary(folder)  # the copy itself loads
    _edit(folder, stem, change)
    with pytest.raises(CmkgError) as info:
        load_vocabulary(folder)
    assert info.value.code == "E103"
    assert message in str(info.value)
    assert f"{stem}.json" in str(info.value)


def test_a_vocabulary_file_that_is_not_json_is_named(tmp_path):
    folder = _copy(tmp_path)
    (folder / "measures.json").write_text("{oops", encoding="utf-8")
    with pytest.raises(CmkgError, match=r"E103.*measures\.json"):
        load_vocabulary(folder)


def test_every_status_has_its_own_colour_in_the_file_order():
    v = vocabulary()
    assert list(v.status_colors) == list(STATUS.ids())
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in v.status_colors.values())
    assert len(set(v.status_colors.values())) == len(v.status_colors)


def test_the_status_colours_are_read_from_the_file(tmp_path):
    folder = _copy(tmp_path)
    _edit(folder, "statuses", lambda r: r["concepts"].append({"id": "paused", "label": "paused", "color": "#123abc"}))
    assert load_vocabulary(folder).status_colors["paused"] == "#123abc"


def test_the_status_names_are_exactly_the_ids_of_statuses_json():
    ids = [c.id for c in vocabulary().concepts["statuses"]]
    assert list(STATUS.ids()) == ids
    assert sorted(dir(STATUS)) == sorted([*ids, "ids"])
    for i in ids:  # plain strings equal to the ids: fact sheets and RDF do not change
        assert getattr(STATUS, i) == i and type(getattr(STATUS, i)) is str


@pytest.mark.parametrize(
    ("change", "present", "absent"),
    [
        (
            lambda r: r["concepts"].append({"id": "paused", "label": "paused", "control": True, "color": "#123abc"}),
            "paused",
            None,
        ),
        (lambda r: r["concepts"].pop(), "eased", "maintained"),  # the last concept, maintained, removed
        (lambda r: r["concepts"][-1].update(id="kept"), "kept", "maintained"),
    ],
)
def test_the_status_names_come_from_the_file(tmp_path, change, present, absent):
    folder = _copy(tmp_path)
    _edit(folder, "statuses", change)
    names = StatusNames(lambda: load_vocabulary(folder), folder / "statuses.json")
    assert getattr(names, present) == present
    assert set(names.ids()) == {c.id for c in load_vocabulary(folder).concepts["statuses"]}
    if absent is not None:
        with pytest.raises(CmkgError) as info:
            getattr(names, absent)
        assert info.value.code == "E385" and str(folder / "statuses.json") in str(info.value)


@pytest.mark.parametrize("name", ["in_frce", "IN_FORCE", "inforce", "extended", "signed_", "Signed"])
def test_an_unknown_status_name_fails_with_a_coded_error_naming_the_file(name):
    with pytest.raises(CmkgError) as info:
        getattr(STATUS, name)
    assert info.value.code == "E385"
    assert "statuses.json" in str(info.value) and repr(name) in str(info.value)


def test_the_prospective_statuses_are_agreement_statuses_that_are_no_core_deal():
    v = vocabulary()
    assert v.prospective_statuses and v.prospective_statuses <= set(v.status_rank) - v.core_statuses
