"""Start a private Virtuoso Open Source 7 for tests: own virtuoso.ini in a temp dir, free ports, 127.0.0.1 only."""

from __future__ import annotations

import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from cmkg.graph.oxigraph_server import free_port

BINARY = shutil.which("virtuoso-t")
VAD = Path("/usr/share/virtuoso-opensource-7/vad")
INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""


def start_virtuoso(directory: Path, timeout: float = 180.0) -> tuple[subprocess.Popen, str, str]:
    """Start ``virtuoso-t`` on a fresh database in ``directory``; return (process, HTTP base URL, isql host:port).

    The database's administrator is dba/dba (a fresh database's default), reachable only on 127.0.0.1."""
    sql, http = free_port(), free_port()
    (directory / "virtuoso.ini").write_text(INI.format(d=directory, sql=sql, http=http), encoding="utf-8")
    proc = subprocess.Popen(
        [BINARY, "-c", str(directory / "virtuoso.ini"), "+foreground"],
        cwd=directory,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{http}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log = (directory / "virtuoso.log").read_text(errors="replace")[-500:]
            raise RuntimeError(f"virtuoso-t exited with {proc.returncode}: {log}")
        try:
            with urllib.request.urlopen(base + "/sparql?query=ASK%7B%7D", timeout=2):
                return proc, base, f"127.0.0.1:{sql}"
        except urllib.error.HTTPError as exc:  # not ready yet; its reply holds a socket until closed
            exc.close()
            time.sleep(0.2)
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"virtuoso-t did not answer at {base} within {timeout:g} s")
