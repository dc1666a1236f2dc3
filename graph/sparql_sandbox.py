"""Run untrusted query work in a child process: killed at the deadline, cut off from the network.

The guard (``cmkg.graph.sparql_guard``) is the first defence; this is the
second.  Each query is checked and evaluated in a forked child, so

* a timeout *stops the work*: the parent kills the child at the deadline, and
  the CPU is free again at once (a thread could only stop waiting);
* a crash (Oxigraph's stack on a pathological query) costs one answer, not
  the caller's process or ``cmkg serve``;
* on Linux the child first moves into a new, empty network namespace
  (``unshare(CLONE_NEWNET)``, as root or through a user namespace), so even a
  query the guard wrongly let through cannot open a connection.

Where ``fork`` is missing (Windows) callers fall back to a thread; where the
kernel refuses namespaces the child runs with the network the parent has.
``CMKG_REQUIRE_NETWORK_ISOLATION=1`` turns that fallback into an error.
See SECURITY.md.
"""

from __future__ import annotations

import ctypes
import math
import os
import pickle
import select
import signal
import time
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from cmkg.core.errors import CmkgError, E

__all__ = ["can_fork", "isolated", "run_isolated", "network_isolation", "REQUIRE_ISOLATION_ENV"]

REQUIRE_ISOLATION_ENV = "CMKG_REQUIRE_NETWORK_ISOLATION"
_CLONE_NEWNET = 0x40000000
_CLONE_NEWUSER = 0x10000000
try:
    import resource  # imported here, not in the forked child
except ImportError:  # Windows: no fork either, so no child
    resource = None  # type: ignore[assignment]
try:
    _LIBC: Any = ctypes.CDLL(None, use_errno=True)
    _UNSHARE = _LIBC.unshare
except (OSError, AttributeError):
    _UNSHARE = None


def can_fork() -> bool:
    return hasattr(os, "fork")


def _cut_network() -> str | None:
    """Move this (single-threaded, freshly forked) process into an empty network namespace."""
    if _UNSHARE is None:
        return "this system has no unshare(2)"
    if _UNSHARE(_CLONE_NEWNET) == 0 or _UNSHARE(_CLONE_NEWUSER | _CLONE_NEWNET) == 0:
        return None
    return f"unshare(2) refused: {os.strerror(ctypes.get_errno())}"


_ISOLATED = False  # true in a query child that runs without network


def isolated() -> bool:
    """Whether this process is a query child cut off from the network (so a failed parse may be re-tried
    by Oxigraph itself for its more precise message: nothing it could fetch is reachable)."""
    return _ISOLATED


def _child(fn: Callable[..., Any], args: tuple, timeout: float, out: int) -> None:
    global _ISOLATED
    try:
        cpu = math.ceil(timeout) + 2  # belt and braces: the kernel stops a child the parent lost track of
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        why = _cut_network()
        _ISOLATED = why is None
        if why and os.environ.get(REQUIRE_ISOLATION_ENV) == "1":
            raise CmkgError(E.QUERY_CRASHED, f"network isolation is required ({REQUIRE_ISOLATION_ENV}=1) but {why}")
        payload: tuple = ("ok", fn(*args))
    except CmkgError as err:  # the error itself crosses (CmkgError pickles), so a syntax error keeps its excerpt
        payload = ("exc", err)
    except BaseException as exc:  # everything must reach the parent as one line
        payload = ("err", E.BAD_QUERY, f"query failed: {type(exc).__name__}: {exc}")
    try:
        data = pickle.dumps(payload)
        view = memoryview(data)
        while view:
            view = view[os.write(out, view) :]
    finally:
        os._exit(0)


def _read_until(fd: int, deadline: float) -> bytes | None:
    chunks = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            return None
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _crash(status: int) -> CmkgError:
    if os.WIFSIGNALED(status):
        sig = signal.Signals(os.WTERMSIG(status)).name
        return CmkgError(
            E.QUERY_CRASHED, f"query evaluation crashed ({sig}); the query is probably too large or nested"
        )
    return CmkgError(E.QUERY_CRASHED, f"query evaluation ended without an answer (exit {os.WEXITSTATUS(status)})")


def run_isolated(fn: Callable[..., Any], args: tuple, timeout: float) -> Any:
    """``fn(*args)`` in a forked child without network, killed after ``timeout`` seconds.

    ``fn`` returns something picklable or raises CmkgError; the parent re-raises
    that error, a timeout (E204) or a crash (E210).
    """
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _child(fn, args, timeout, write_fd)
    os.close(write_fd)
    data: bytes | None = None
    status = None
    try:
        data = _read_until(read_fd, time.monotonic() + timeout)
    finally:
        os.close(read_fd)
        if data is None:
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    if data is None:
        raise CmkgError(E.QUERY_TIMEOUT, f"query stopped after the {timeout:g} s timeout; narrow it or raise --timeout")
    if not data or os.WIFSIGNALED(status):
        raise _crash(status)
    payload = pickle.loads(data)
    if payload[0] == "exc":
        raise payload[1]
    if payload[0] == "err":
        raise CmkgError(payload[1], payload[2])
    return payload[1]


def _probe() -> str | None:
    return _cut_network()


@lru_cache(maxsize=1)
def network_isolation() -> str | None:
    """None when query children run without network here, else the reason they cannot."""
    if not can_fork():
        return "this system cannot fork; queries run in a thread of the calling process"
    try:
        return run_isolated(_probe, (), 10.0)
    except CmkgError as err:
        return err.message
