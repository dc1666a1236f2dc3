"""The rule registry: records validated at load time, examples that fire, rules on hand-built Docs."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from cmkg.core.errors import CmkgError, E
from cmkg.core.resources import data_path
from cmkg.nlp.components.agreements import Context, find_agreements
from cmkg.nlp.rules import fired, load_rules, rules, use_rules, words
from tests.nlp.handmade import make_doc

ROOT = Path(__file__).resolve().parents[2]
RULE_MODULES = sorted((ROOT / "nlp" / "components").glob("*.py")) + [ROOT / "nlp" / "factsheet.py"]


def _write(tmp_path: Path, rules_doc: dict, lexicons: dict) -> tuple[str, str]:
    r, lx = tmp_path / "rules.json", tmp_path / "lexicons.json"
    r.write_text(json.dumps(rules_doc), encoding="utf-8")
    lx.write_text(json.dumps(lexicons), encoding="utf-8")
    return str(r), str(lx)


GOOD = {"id": "x.one", "component": "cmkg_relations", "description": "d", "lexicons": ["a.words"], "example": "e"}


@pytest.mark.parametrize(
    "record,lexicons,code,fragment",
    [
        ({**GOOD, "exmaple": "typo"}, {"a": {"words": ["w"]}}, E.RULE_KEY, "unknown key(s) exmaple"),
        ({k: v for k, v in GOOD.items() if k != "example"}, {"a": {"words": ["w"]}}, E.RULE_KEY, "missing key"),
        (GOOD, {"a": {"words": ["w"], "spare": ["z"]}}, E.RULE_UNUSED, "a.spare"),
        ({**GOOD, "lexicons": ["a.nope"]}, {"a": {"words": ["w"]}}, E.RULE_LEXICON, "a.nope"),
        ({**GOOD, "component": "cmkg_other"}, {"a": {"words": ["w"]}}, E.RULE_TYPE, "unknown component"),
        ({**GOOD, "lexicons": "a.words"}, {"a": {"words": ["w"]}}, E.RULE_TYPE, "list of lexicon names"),
        ({**GOOD, "mechanisms": "one"}, {"a": {"words": ["w"]}}, E.RULE_TYPE, "mechanisms must be a list"),
        ({**GOOD, "mechanisms": ["one", " "]}, {"a": {"words": ["w"]}}, E.RULE_TYPE, "mechanisms must be a list"),
    ],
)
def test_bad_rule_files_fail_at_load_with_a_code(tmp_path, record, lexicons, code, fragment):
    paths = _write(tmp_path, {"rules": [record]}, lexicons)
    with pytest.raises(CmkgError) as err:
        load_rules(*paths)
    assert err.value.code == code and fragment in str(err.value) and str(tmp_path) in str(err.value)


def test_mechanisms_are_kept_apart_from_the_description(tmp_path):
    paths = _write(
        tmp_path, {"rules": [{**GOOD, "mechanisms": ["a passive agent", "a relative clause"]}]}, {"a": {"words": ["w"]}}
    )
    record = load_rules(*paths).records["x.one"]
    assert record.description == "d" and record.mechanisms == ("a passive agent", "a relative clause")
    plain = tmp_path / "plain"
    plain.mkdir()
    assert load_rules(*_write(plain, {"rules": [GOOD]}, {"a": {"words": ["w"]}})).records["x.one"].mechanisms == ()


def test_duplicate_ids_and_broken_json_fail(tmp_path):
    paths = _write(tmp_path, {"rules": [GOOD, GOOD]}, {"a": {"words": ["w"]}})
    with pytest.raises(CmkgError) as err:
        load_rules(*paths)
    assert err.value.code == E.RULE_DUPLICATE
    Path(paths[0]).write_text("{", encoding="utf-8")
    with pytest.raises(CmkgError) as err:
        load_rules(*paths)
    assert err.value.code == E.RULE_FILE


@pytest.mark.parametrize("which", [0, 1])
def test_a_key_given_twice_in_one_object_fails_at_load(tmp_path, which):
    """Two helpers once added the same word list under one section; JSON silently kept the second."""
    paths = _write(tmp_path, {"rules": [GOOD]}, {"a": {"words": ["w"]}})
    text = Path(paths[which]).read_text(encoding="utf-8")
    twice = text.replace('"words": ["w"]', '"words": ["w"], "words": ["v"]').replace(
        '"id": "x.one"', '"id": "x.one", "id": "x.two"'
    )
    Path(paths[which]).write_text(twice, encoding="utf-8")
    with pytest.raises(CmkgError) as err:
        load_rules(*paths)
    assert err.value.code == E.RULE_KEY and "given twice" in str(err.value) and paths[which] in str(err.value)


TWO = {**GOOD, "lexicons": ["a.words", "a.more"]}


@pytest.mark.parametrize(
    "lexicons,expected",
    [
        ({"a": {"words": ["w"], "more": ["v", "@a.words"]}}, {"a.words": {"w"}, "a.more": {"v", "w"}}),
        ({"a": {"words": ["@a.more", "u"], "more": ["v"]}}, {"a.words": {"u", "v"}, "a.more": {"v"}}),
        ({"a": {"words": ["w"], "more": ["w", "@a.words"]}}, {"a.words": {"w"}, "a.more": {"w"}}),
    ],
)
def test_a_word_list_takes_in_another_by_name(tmp_path, lexicons, expected):
    """'@name' items: a list that extends another holds only its own words (one source for the shared ones)."""
    rs = load_rules(*_write(tmp_path, {"rules": [TWO]}, lexicons))
    assert {n: set(rs.words(n)) for n in expected} == expected


@pytest.mark.parametrize(
    "lexicons,fragment",
    [
        ({"a": {"words": ["@a.more"], "more": ["@a.words"]}}, "takes itself in"),
        ({"a": {"words": ["@a.nope"], "more": ["v"]}}, "no word list"),
    ],
)
def test_a_bad_inclusion_fails_at_load(tmp_path, lexicons, fragment):
    with pytest.raises(CmkgError) as err:
        load_rules(*_write(tmp_path, {"rules": [TWO]}, lexicons))
    assert err.value.code == E.RULE_LEXICON and fragment in str(err.value)


def test_a_union_of_word_lists_follows_the_active_rule_set(tmp_path):
    """The union is cached per active set: swapping the set must not leave the old union behind."""
    two = {**GOOD, "lexicons": ["a.words", "a.more"]}
    first = load_rules(*_write(tmp_path, {"rules": [two]}, {"a": {"words": ["w"], "more": ["m"]}}))
    other = tmp_path / "other"
    other.mkdir()
    second = load_rules(*_write(other, {"rules": [two]}, {"a": {"words": ["v"], "more": ["n", "w"]}}))
    packaged = rules()
    try:
        use_rules(first)
        assert words("a.words", "a.more") == {"w", "m"} and words("a.more") == {"m"}
        use_rules(second)
        assert words("a.words", "a.more") == {"v", "n", "w"} and words("a.words") == {"v"}
    finally:
        use_rules(packaged)


def test_emitting_an_undeclared_id_is_an_error():
    assert rules().rule("agreement.noun") == "agreement.noun"
    with pytest.raises(CmkgError) as err:
        rules().rule("agreement.made_up")
    assert err.value.code == E.RULE_UNKNOWN_ID


def test_packaged_rules_load_and_every_lexicon_is_used():
    rs = load_rules()
    used = {x for r in rs.records.values() for x in r.lexicons}
    assert used == set(rs.lexicons) and len(rs.records) >= 10
    assert not data_path("rules", "relations.json").exists()


def _word_comparisons(path: Path) -> list[str]:
    """Comparisons of a token's text/lemma against string literals that contain letters."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Compare):
            continue
        left = ast.unparse(node.left)
        if not any(k in left for k in ("lower_", ".text", "lemma", "lem")):
            continue
        for c in node.comparators:
            elts = c.elts if isinstance(c, (ast.Tuple, ast.Set, ast.List)) else [c]
            words = [e.value for e in elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if any(any(ch.isalpha() for ch in w) for w in words):
                found.append(f"{path.name}:{node.lineno}: {left} vs {words}")
    return found


@pytest.mark.parametrize("path", RULE_MODULES, ids=lambda p: p.name)
def test_rule_code_compares_tokens_with_lexicons_not_word_literals(path):
    assert _word_comparisons(path) == []


@pytest.mark.slow
@pytest.mark.parametrize("rule_id", sorted(load_rules().records))
def test_every_rule_fires_on_its_example(rule_id):
    from cmkg.nlp.article import make_article
    from cmkg.nlp.extract import extract
    from cmkg.nlp.model import load_pipeline

    record = load_rules().records[rule_id]
    # a component shipped off by default (the learned recall layer) is switched on to show its example
    pipe = load_pipeline().get_pipe(record.component) if record.component in load_pipeline().pipe_names else None
    was = getattr(pipe, "enabled", None)
    if was is not None:
        pipe.enabled = True
    try:
        sheet = extract(make_article([record.example], title="t", source="example.txt", published="2025-06-01"))
    finally:
        if was is not None:
            pipe.enabled = was
    assert fired([sheet])[rule_id] >= 1, (rule_id, record.example)


# -- rules on hand-built Docs (no model) ------------------------------------------------

JAPAN_AUSTRALIA_SIGNED = [
    ("Japan", "Japan", "NNP", "nsubj", 3),
    ("and", "and", "CC", "cc", 0),
    ("Australia", "Australia", "NNP", "conj", 0),
    ("signed", "sign", "VBD", "ROOT", 3),
    ("an", "an", "DT", "det", 5),
    ("agreement", "agreement", "NN", "dobj", 3),
    (".", ".", ".", "punct", 3),
]
JA_ENTS = [(0, 1, "GPE", "JPN"), (2, 3, "GPE", "AUS")]


def _set(rows, k, **change):
    word, lemma, tag, dep, head = rows[k]
    fields = {"word": word, "lemma": lemma, "tag": tag, "dep": dep, "head": head, **change}
    return [*rows[:k], tuple(fields.values()), *rows[k + 1 :]]


@pytest.mark.parametrize(
    "rows,ents,expected",
    [
        (JAPAN_AUSTRALIA_SIGNED, JA_ENTS, [({"JPN", "AUS"}, "signed", "agreement.noun")]),
        # the verb decides the status
        (_set(JAPAN_AUSTRALIA_SIGNED, 3, word="announced", lemma="announce"), JA_ENTS,
         [({"JPN", "AUS"}, "announced", "agreement.noun")]),
        (_set(JAPAN_AUSTRALIA_SIGNED, 3, word="negotiated", lemma="negotiate"), JA_ENTS,
         [({"JPN", "AUS"}, "negotiating", "agreement.noun")]),
        # one party and no name: nothing
        (JAPAN_AUSTRALIA_SIGNED, JA_ENTS[:1], []),
    ],
)  # fmt: skip
def test_agreement_rule_on_hand_built_docs(rows, ents, expected):
    doc = make_doc(rows, ents)
    got = [(set(f.parties), f.status, f.rule) for f in find_agreements(doc[:], Context())]
    assert got == expected


def test_negation_on_a_hand_built_doc_removes_the_agreement():
    rows = [
        ("Japan", "Japan", "NNP", "nsubj", 5),
        ("and", "and", "CC", "cc", 0),
        ("Australia", "Australia", "NNP", "conj", 0),
        ("did", "do", "VBD", "aux", 5),
        ("not", "not", "RB", "neg", 5),
        ("sign", "sign", "VB", "ROOT", 5),
        ("an", "an", "DT", "det", 7),
        ("agreement", "agreement", "NN", "dobj", 5),
    ]
    doc = make_doc(rows, JA_ENTS)
    assert find_agreements(doc[:], Context()) == []


# -- the command line -----------------------------------------------------------------


def test_cmkg_rules_lists_every_rule_and_counts_firings(tmp_path):
    from typer.testing import CliRunner

    from cmkg.app.cli import app

    listed = CliRunner().invoke(app, ["rules"])
    assert listed.exit_code == 0
    assert {line.split()[0] for line in listed.output.splitlines()} == set(load_rules().records)
    (tmp_path / "a.txt").write_text(
        "Deal\nSource: https://example.org/a\nPublished: 2025-06-01\n\n"
        "Japan and Australia signed a critical minerals agreement on Tuesday.\n",
        encoding="utf-8",
    )
    counted = CliRunner().invoke(app, ["rules", str(tmp_path), "--json"])
    assert counted.exit_code == 0, counted.output
    fired_counts = {r["id"]: r["fired"] for r in json.loads(counted.output)}
    assert fired_counts["agreement.noun"] == 1 and fired_counts["export_control.noun"] == 0


def _two_item_corpus(root):
    gold, arts = root / "gold", root / "articles"
    gold.mkdir()
    arts.mkdir()
    for stem in ("01_a", "03_b"):
        (arts / f"{stem}.txt").write_text(
            "T\nSource: https://example.org/x\n\nJapan and Chile signed a lithium agreement.\n", encoding="utf-8"
        )
        empty = {k: [] for k in ("countries", "organizations", "people", "agreements", "minerals")}
        (gold / f"{stem}.json").write_text(json.dumps({"article": stem, **empty}), encoding="utf-8")
    return gold, arts


def test_cmkg_eval_folds_score_apart_and_hide_the_held_out_errors(tmp_path):
    from typer.testing import CliRunner

    from cmkg.app.cli import app
    from cmkg.nlp.evaluate import in_fold

    assert [in_fold(s, "validation") for s in ("03_x", "04_x", "30_y", "dev")] == [True, False, True, False]
    gold, arts = _two_item_corpus(tmp_path)
    both = CliRunner().invoke(app, ["eval", str(gold), str(arts)])
    assert "01_a agreements" in both.output and "03_b" not in both.output and "1 held-out item" in both.output
    held = CliRunner().invoke(app, ["eval", str(gold), str(arts), "--fold", "validation", "--json"])
    assert list(json.loads(held.output)["articles"]) == ["03_b"]
    bad = CliRunner().invoke(app, ["eval", str(gold), str(arts), "--fold", "tunning"])
    assert bad.exit_code != 0 and "E102" in bad.output


@pytest.mark.parametrize(
    ("declared", "flags", "listed"),
    [
        (None, [], {"01_a"}),
        ({"errors": "all"}, [], {"01_a", "03_b"}),
        ({"errors": "none"}, [], set()),
        ({"errors": "tuning"}, [], {"01_a"}),
        ({"errors": "none"}, ["--errors", "all"], {"01_a", "03_b"}),
        ({"errors": "none"}, ["--all-errors"], {"01_a", "03_b"}),
        ({"errors": "all"}, ["--errors", "none"], set()),
    ],
)
def test_cmkg_eval_lists_the_errors_the_corpus_allows(tmp_path, declared, flags, listed):
    """A blind corpus prints aggregates only; a tuning corpus every item; an explicit flag wins."""
    from typer.testing import CliRunner

    from cmkg.app.cli import app

    gold, arts = _two_item_corpus(tmp_path)
    if declared is not None:
        (tmp_path / "corpus.json").write_text(json.dumps(declared), encoding="utf-8")
    out = CliRunner().invoke(app, ["eval", str(gold), str(arts), *flags]).output
    assert "agreements " in out and "macro F1" in out
    assert {stem for stem in ("01_a", "03_b") if f"{stem} agreements" in out} == listed


@pytest.mark.parametrize(
    ("declared", "flags"),
    [('{"errors": "some"}', []), ('{"errors": "all", "colour": 1}', []), ("{not json", []), (None, ["--errors", "x"])],
)
def test_cmkg_eval_rejects_a_bad_error_view_with_a_coded_line(tmp_path, declared, flags):
    from typer.testing import CliRunner

    from cmkg.app.cli import app

    gold, arts = _two_item_corpus(tmp_path)
    if declared is not None:
        (tmp_path / "corpus.json").write_text(declared, encoding="utf-8")
    res = CliRunner().invoke(app, ["eval", str(gold), str(arts), *flags])
    assert res.exit_code != 0 and "E102" in res.output and "macro F1" not in res.output
