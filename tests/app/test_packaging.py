"""A quiet install and a quiet test run."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import warnings
import zipfile

import pytest

from tests.conftest import ROOT


def test_warnings_from_cmkg_modules_are_errors():
    with pytest.raises(DeprecationWarning):
        warnings.warn_explicit("old", DeprecationWarning, "graph/x.py", 1, module="cmkg.graph.x")
    with warnings.catch_warnings(record=True):  # the same warning from elsewhere is only reported
        warnings.warn_explicit("old", DeprecationWarning, "x.py", 1, module="thirdparty.x")


def test_every_filtered_third_party_warning_says_why():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    filters = tomllib.loads(text)["tool"]["pytest"]["ini_options"]["filterwarnings"]
    assert filters[0] == "error:::cmkg"
    lines = text.splitlines()
    for entry in filters[1:]:
        assert entry.startswith("ignore:")
        at = next(i for i, line in enumerate(lines) if f'"{entry}"' in line)
        while lines[at - 1].strip().startswith('"ignore:'):  # a group of filters under one comment
            at -= 1
        assert lines[at - 1].strip().startswith("#"), f"{entry} has no comment saying why"


def _warnings(text: str) -> list[str]:
    """pip's and setuptools' warning lines, without the machine's unused index locations."""
    return [
        line
        for line in text.splitlines()
        if "warning" in line.lower() and "ignored: it is neither a file nor a directory" not in line
    ]


@pytest.mark.slow
def test_editable_install_prints_no_setuptools_warning(tmp_path):
    """``pip install -e .`` as the README's users run it, into a throwaway prefix (the venv is untouched).

    setuptools warns ("Editable installation ...") when it must install an import hook for folders
    mapped under other names; the cmkg/nlp, cmkg/graph and cmkg/data links avoid that."""
    done = subprocess.run(
        # --ignore-installed: without it pip first uninstalls the cmkg of the environment running the tests
        [sys.executable, "-m", "pip", "install", "--no-deps", "--ignore-installed", "--quiet"]
        + ["-e", str(ROOT), "--prefix", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert _warnings(done.stdout + done.stderr) == []
    (pth,) = tmp_path.glob("lib/python*/site-packages/__editable__.cmkg-*.pth")
    assert pth.read_text(encoding="utf-8").strip() == str(ROOT)


@pytest.mark.parametrize("folder", ["nlp", "graph", "data"])
def test_the_namespace_links_point_at_the_top_level_folders(folder):
    link = ROOT / "cmkg" / folder
    assert link.is_symlink() and link.resolve() == (ROOT / folder).resolve()


@pytest.mark.slow
def test_building_the_package_prints_no_setuptools_warning(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert _warnings(done.stdout + done.stderr) == []
    (wheel,) = tmp_path.glob("cmkg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "cmkg/app/cli/queries.py",
        "cmkg/data/queries/deals_with.rq",
        "cmkg/data/gazetteer/countries.tsv",
        "cmkg/data/rules/rules.json",
        "cmkg/data/rules/lexicons.json",
        "cmkg/graph/static/explorer.js",
        "cmkg/data/ontology.ttl",
        "cmkg/graph/templates/explorer.html",
    ):
        assert needed in names
