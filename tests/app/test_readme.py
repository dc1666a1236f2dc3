"""The README's console examples, run in a fresh folder, print what the README shows.

Every ``$ cmkg ...`` line of a ```console block runs in README order in one
temporary folder (so ``cmkg build`` makes the ``cmkg-store`` the later
examples read), with ``COLUMNS=80``.  The lines under it are compared with
the command's standard output then standard error; a README line ending in
``...`` is compared up to the dots.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED

README = ROOT / "README.md"
# Examples that cannot run here, each tested elsewhere.
SKIP = {
    r"^cmkg serve": "runs until stopped; tests/graph/test_serve.py",
    r"^oxigraph serve|^isql|https?://127": "needs a SPARQL server; tests/graph/test_remote_store.py, test_virtuoso.py",
}

pytestmark = pytest.mark.slow


def examples(text: str) -> list[tuple[str, list[str]]]:
    """(command, expected output lines) for each ``$`` line of each console block."""
    out: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```console\n(.*?)```", text, re.S):
        for line in block.rstrip("\n").split("\n"):
            if line.startswith("$ "):
                out.append((line[2:], []))
            elif out:
                out[-1][1].append(line.rstrip())
    return out


def _matches(expected: str, actual: str) -> bool:
    if expected.endswith("..."):
        return actual.startswith(expected[:-3])
    return expected == actual


def test_every_console_example_is_found():
    found = examples(README.read_text(encoding="utf-8"))
    commands = [c for c, _ in found]
    assert "cmkg build" in commands and any(c.startswith("cmkg sparql") for c in commands)
    assert sum(1 for _, lines in found if lines) >= 8


def test_readme_console_examples_print_what_the_readme_shows(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    env = {**os.environ, "COLUMNS": "80", "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    ran = 0
    for command, expected in examples(README.read_text(encoding="utf-8")):
        if any(re.search(pattern, command) for pattern in SKIP):
            continue
        done = subprocess.run(["bash", "-c", command], cwd=tmp_path, env=env, capture_output=True, text=True)
        actual = [x.rstrip() for x in (done.stdout.splitlines() + done.stderr.splitlines())]
        ran += 1
        if not expected:
            assert done.returncode == 0, f"{command}: {done.stderr}"
            continue
        assert len(actual) == len(expected), f"$ {command}\n{done.stdout}{done.stderr}"
        for want, got in zip(expected, actual, strict=True):
            assert _matches(want, got), f"$ {command}\nREADME: {want}\nactual: {got}"
    assert ran >= 10
