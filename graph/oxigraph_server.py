"""Start and stop the Oxigraph SPARQL server (the ``oxigraph`` CLI wheel).

cmkg does not implement the SPARQL 1.1 Protocol itself: Oxigraph's server
does, and is maintained.  This module only finds the binary, starts it bound
to a local address, and waits until it answers.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from cmkg.core.errors import CmkgError, E

__all__ = ["oxigraph_binary", "free_port", "start_oxigraph", "wait_until_up"]


def oxigraph_binary() -> str:
    """The ``oxigraph`` executable next to this Python, else on PATH."""
    here = Path(sys.executable).parent / "oxigraph"
    found = str(here) if here.exists() else shutil.which("oxigraph")
    if not found:
        raise CmkgError(E.STORE, "the 'oxigraph' server binary is missing; pip install oxigraph==0.5.13")
    return found


def _die_with_parent() -> None:
    """Linux: the server gets SIGTERM when cmkg exits, even on SIGKILL, so no orphan keeps the port."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc: subprocess.Popen | None = None, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            err = proc.stderr.read().decode("utf-8", "replace").strip() if proc.stderr else ""
            raise CmkgError(
                E.STORE,
                f"oxigraph server exited with {proc.returncode}: {err.splitlines()[-1] if err else 'no message'}",
            )
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except urllib.error.HTTPError as exc:  # not ready yet; its reply holds a socket until closed
            exc.close()
            time.sleep(0.1)
        except OSError:
            time.sleep(0.1)
    raise CmkgError(E.STORE, f"oxigraph server did not answer at {url} within {timeout:g} s")


def start_oxigraph(
    location: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int | None = None,
    read_only: bool = True,
    timeout_s: float | None = None,
    union_default_graph: bool = True,
) -> tuple[subprocess.Popen, str]:
    """Start ``oxigraph serve[-read-only]`` on ``host:port``; return the process and its base URL."""
    port = port or free_port(host)
    cmd = [
        oxigraph_binary(),
        "serve-read-only" if read_only else "serve",
        "--location",
        str(location),
        "--bind",
        f"{host}:{port}",
    ]
    if union_default_graph:
        cmd.append("--union-default-graph")
    if timeout_s:
        cmd += ["--timeout-s", str(int(max(1, timeout_s)))]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=_die_with_parent)
    base = f"http://{host}:{port}"
    try:
        wait_until_up(base + "/query?query=ASK%7B%7D", proc)
    except BaseException:
        proc.kill()
        raise
    return proc, base
