"""The rules name statuses as ``STATUS.<id>``, never as string literals, and every name is in statuses.json.

Read from the source with ``ast``, so a misspelt ``STATUS.x`` on a branch no
article reaches still fails here, and a status written back as a literal is
found even in a comparison no test exercises.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from cmkg.core.vocabulary import vocabulary

ROOT = Path(__file__).resolve().parents[2]
IDS = frozenset(c.id for c in vocabulary().concepts["statuses"])
RULE_FILES = sorted((ROOT / "nlp").rglob("*.py"))


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _docstrings_and_exports(tree: ast.Module) -> set[int]:
    """ids of the string nodes that are docstrings or ``__all__`` entries: prose and function names."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            skip.add(id(body[0].value))
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets):
            skip.update(id(x) for x in ast.walk(node.value))
    return skip


def _imports_status(tree: ast.Module) -> bool:
    """The module's ``STATUS`` is the vocabulary's (graph/sparql_protocol.py has a STATUS of its own)."""
    return any(
        isinstance(n, ast.ImportFrom)
        and n.module in ("cmkg.core.vocabulary", "cmkg.nlp.statuses")
        and any(a.name == "STATUS" for a in n.names)
        for n in ast.walk(tree)
    )


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_status_literal_in_a_rule(path):
    tree = _tree(path)
    skip = _docstrings_and_exports(tree)
    literals = [
        f"{path.name}:{n.lineno} {n.value!r}"
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and n.value in IDS and id(n) not in skip
    ]
    assert not literals, "name the status as STATUS.<id> (cmkg.nlp.statuses): " + ", ".join(literals)


def test_every_status_name_is_in_statuses_json():
    files = [p for folder in ("nlp", "graph", "cmkg/core", "cmkg/app") for p in sorted((ROOT / folder).rglob("*.py"))]
    names = [
        f"{path.relative_to(ROOT)}:{n.lineno} STATUS.{n.attr}"
        for path in files
        if _imports_status(tree := _tree(path))
        for n in ast.walk(tree)
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "STATUS"
    ]
    assert names, "the scan found no STATUS.<id> at all"
    assert [x for x in names if x.rsplit(".", 1)[1] not in IDS] == []


def test_the_scan_sees_the_rules():
    """The two scans above read the files that name statuses (a moved folder would make them vacuous)."""
    status_rule = ROOT / "nlp" / "components" / "status.py"
    assert status_rule in RULE_FILES
    assert any(isinstance(n, ast.Attribute) and n.attr == "planned" for n in ast.walk(_tree(status_rule)))
