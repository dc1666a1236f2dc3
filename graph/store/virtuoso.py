"""Virtuoso's bulk loader for large corpora: ``ld_dir`` and ``rdf_loader_run`` through isql.

Loading through HTTP costs a request per graph; Virtuoso's own loader reads
files in parallel inside the server and is the documented way to load
millions of quads.  It reads files *on the server's machine*, from a
directory listed in ``DirsAllowed`` of its ``virtuoso.ini``:

* a path is loaded where it is (it must be in such a directory);
* bytes or a stream are written first to the profile's ``bulk_dir``
  (``CMKG_STORE_BULK_DIR``), which must be such a directory.

isql connects to the SQL port (profile ``isql``, ``CMKG_STORE_ISQL``, default
127.0.0.1:1111) as ``CMKG_STORE_USER``; isql takes the password as an
argument, so it is visible to other local users in the process list: use it
on machines you control.  Triples without a graph go to ``BULK_DEFAULT_GRAPH``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

import pyoxigraph as ox

from cmkg.core.errors import CmkgError, E
from cmkg.graph.store.profiles import ServerProfile

__all__ = ["isql_bulk_load", "loader_script", "BULK_DEFAULT_GRAPH"]

BULK_DEFAULT_GRAPH = "https://w3id.org/cmkg/id/graph/bulk-default"
_SUFFIX = {
    ox.RdfFormat.N_QUADS: ".nq",
    ox.RdfFormat.N_TRIPLES: ".nt",
    ox.RdfFormat.TURTLE: ".ttl",
    ox.RdfFormat.TRIG: ".trig",
    ox.RdfFormat.RDF_XML: ".rdf",
}
_MARK = "cmkg-load-error:"
_DONE = "cmkg-loaded-files:"


def _sql_text(value: str) -> str:
    if any(ord(c) < 0x20 for c in value):
        raise CmkgError(E.BULK_LOAD, f"{value!r}: control characters in a bulk-load path")
    return "'" + value.replace("'", "''") + "'"


def loader_script(path: str) -> str:
    """The isql script that (re)loads one file: forget it in load_list, register, run, checkpoint, report."""
    directory, name = os.path.split(os.path.abspath(path))
    f = _sql_text(os.path.abspath(path))
    return (
        f"DELETE FROM DB.DBA.load_list WHERE ll_file = {f};\n"
        f"ld_dir({_sql_text(directory)}, {_sql_text(name)}, {_sql_text(BULK_DEFAULT_GRAPH)});\n"
        "rdf_loader_run();\n"
        "checkpoint;\n"
        f"SELECT '{_MARK}' || ll_error FROM DB.DBA.load_list WHERE ll_file = {f} AND ll_error IS NOT NULL;\n"
        f"SELECT '{_DONE}' || cast(count(*) AS varchar) FROM DB.DBA.load_list "
        f"WHERE ll_file = {f} AND ll_state = 2 AND ll_error IS NULL;\n"
    )


def _isql() -> str:
    found = shutil.which("isql-vt") or shutil.which("isql")
    if not found:
        raise CmkgError(E.BULK_LOAD, "Virtuoso's isql is missing (Debian: apt-get install virtuoso-opensource)")
    return found


def _staged(profile: ServerProfile, data: bytes, fmt: ox.RdfFormat) -> str:
    bulk_dir = profile.bulk_dir
    if not bulk_dir:
        raise CmkgError(E.BULK_LOAD, "set CMKG_STORE_BULK_DIR to a directory in the server's DirsAllowed")
    fd, path = tempfile.mkstemp(dir=bulk_dir, prefix="cmkg-bulk-", suffix=_SUFFIX.get(fmt, ".nq"))
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.chmod(path, 0o644)
    return path


def isql_bulk_load(
    profile: ServerProfile, user: str, password: str, path: str | None, data: bytes | None, fmt: ox.RdfFormat
) -> None:
    """Load one file (or buffer) with Virtuoso's bulk loader; raise a one-line error naming the file."""
    if path is not None and _SUFFIX.get(fmt) and not path.endswith((_SUFFIX[fmt], _SUFFIX[fmt] + ".gz")):
        raise CmkgError(
            E.BULK_LOAD, f"{path}: Virtuoso's loader picks the format by extension; name it *{_SUFFIX[fmt]}"
        )
    staged = _staged(profile, data or b"", fmt) if path is None else None
    target = staged or path or ""
    cmd = [_isql(), profile.isql, user or "dba", password]
    try:
        out = subprocess.run(cmd, input=loader_script(target), capture_output=True, text=True, timeout=3600)
    finally:
        if staged:
            os.unlink(staged)
    text = out.stdout + out.stderr
    errors = [line.split(_MARK, 1)[1].strip() for line in text.splitlines() if _MARK in line and "||" not in line]
    loaded = f"{_DONE}1" in text.split()
    if out.returncode != 0 or "*** Error" in text or errors or not loaded:
        detail = errors[0] if errors else " ".join(text.split())[-300:]
        if not errors and "*** Error" not in text:
            detail = "the server did not find the file; is its directory in DirsAllowed of virtuoso.ini?"
        raise CmkgError(E.BULK_LOAD, f"{target}: Virtuoso bulk load failed ({detail})")
