"""A damaged, locked or full store gives one line with the path and what to do."""

from __future__ import annotations

import gc
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from cmkg.graph.store import open_store

CMKG = [sys.executable, "-m", "cmkg.app.cli"]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    loc = tmp_path_factory.mktemp("pristine") / "store"
    st = open_store(loc)
    st.ensure_ontology()
    st.flush()
    st.ox.optimize()
    del st
    gc.collect()
    return loc


def _flip(p: Path) -> None:
    b = bytearray(p.read_bytes())
    for i in range(len(b) // 3, min(len(b), len(b) // 3 + 64)):
        b[i] ^= 0xFF
    p.write_bytes(bytes(b))


DAMAGE = {
    "current": lambda d: (d / "CURRENT").write_text("garbage\n"),
    "manifest": lambda d: [_flip(p) for p in d.glob("MANIFEST-*")],
    "sst-bytes": lambda d: [_flip(p) for p in d.glob("*.sst")],
    "sst-truncated": lambda d: [p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]) for p in d.glob("*.sst")],
    "sst-missing": lambda d: [p.unlink() for p in d.glob("*.sst")],
    "zeroed": lambda d: [p.write_bytes(b"\0" * p.stat().st_size) for p in d.iterdir() if p.is_file()],
}


@pytest.mark.parametrize("kind", list(DAMAGE))
@pytest.mark.parametrize("command", [["deals"], ["sparql", "ASK { ?s ?p ?o }"], ["export", "--format", "nquads"]])
def test_a_damaged_store_is_one_line_with_the_path(tmp_path, pristine, kind, command):
    loc = tmp_path / "store"
    shutil.copytree(pristine, loc)
    assert list(loc.glob("*.sst")), "the fixture store has no table files to damage"
    DAMAGE[kind](loc)
    args = [*command, "--store", str(loc)] + (["--out", str(tmp_path / "o.nq")] if command[0] == "export" else [])
    out = subprocess.run([*CMKG, *args], capture_output=True, text=True)
    assert out.returncode != 0 and "Traceback" not in out.stderr, out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "[E213]" in lines[0] and str(loc) in lines[0] and "rebuild" in lines[0], out.stderr


def test_a_locked_store_says_who_holds_it(tmp_path):
    loc = tmp_path / "store"
    held = open_store(loc)
    nq = tmp_path / "a.nq"
    nq.write_text("<urn:a> <urn:b> <urn:c> <urn:g> .\n")
    out = subprocess.run([*CMKG, "import", str(nq), "--store", str(loc)], capture_output=True, text=True)
    assert out.returncode == 2 and "[E215]" in out.stderr and str(loc) in out.stderr
    assert out.stderr.count("\n") == 1
    del held


def test_a_full_disk_is_one_line(tmp_path):
    mnt = tmp_path / "small"
    mnt.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=700k", "tmpfs", str(mnt)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        quads = [
            ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal("x" * 300), ox.NamedNode("urn:g"))
            for i in range(20_000)
        ]
        big = tmp_path / "big.nq"
        big.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
        out = subprocess.run([*CMKG, "import", str(big), "--store", str(mnt / "s")], capture_output=True, text=True)
        assert out.returncode == 2 and "Traceback" not in out.stderr, out.stderr
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and "[E214]" in lines[0] and str(mnt / "s") in lines[0], out.stderr
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)
