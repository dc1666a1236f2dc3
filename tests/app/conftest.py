"""A store built once from the bundled article, for the command-line tests."""

from __future__ import annotations

import subprocess
import sys

import pytest

CMKG = [sys.executable, "-m", "cmkg.app.cli"]


def run(*args: str, env: dict | None = None, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([*CMKG, *args], capture_output=True, text=True, env=env, cwd=cwd)


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory) -> str:
    store = tmp_path_factory.mktemp("app") / "store"
    out = run("build", "--store", str(store))
    assert out.returncode == 0, out.stderr
    return str(store)
