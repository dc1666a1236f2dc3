"""``cmkg serve`` under attack: nested braces, a runaway query, 600 slow clients, malformed HTTP.

The deadlines below are generous test timeouts that express the requirement
(a normal query answers promptly after an attack; the work of a timed-out query
stops); measured figures are in the branch report, not asserted here.
"""

from __future__ import annotations

import gc
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from cmkg.graph.serve_pool import WORKERS
from cmkg.graph.store import open_store

TIMEOUT = 2  # the server's --timeout, seconds
ASK = "ASK { ?s ?p ?o }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    loc = tmp_path_factory.mktemp("attacks") / "store"
    st = open_store(loc)
    st.ensure_ontology()  # a few hundred triples: enough for a cross join that never ends
    st.flush()
    del st
    gc.collect()
    proc = subprocess.Popen(
        [sys.executable, "-m", "cmkg.app.cli", "serve", "--store", str(loc), "--port", "0", "--timeout", str(TIMEOUT)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    url = proc.stdout.readline().strip().rstrip("/")
    assert url, "cmkg serve did not start"
    yield proc, url
    proc.terminate()
    proc.wait(timeout=15)


def _get(url: str, query: str, timeout: float = 30) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"{url}/sparql?{urllib.parse.urlencode({'query': query})}", timeout=timeout) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def _post(url: str, query: str) -> tuple[int, str]:
    req = urllib.request.Request(
        url + "/sparql", data=query.encode(), headers={"Content-Type": "application/sparql-query"}
    )
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def _children(pid: int) -> list[int]:
    kids = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        kids += [int(k) for k in (task / "children").read_text().split()]
    return kids


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100  # utime + stime, clock ticks of 1/100 s


def _threads(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Threads:"):
            return int(line.split()[1])
    raise AssertionError("no thread count")


@pytest.mark.parametrize(
    "attack",
    [
        "SELECT * WHERE " + "{" * 10_000 + "}" * 10_000,
        "SELECT * WHERE { FILTER(" + "(" * 3000 + "1" + ")" * 3000 + ") }",
        "SELECT * WHERE { ?s ?p ?o " + "FILTER(?o != 1) " * 20_000 + "}",
    ],
    ids=["20k-braces", "3000-parens", "20000-filters"],
)
def test_nesting_attacks_are_refused_and_the_server_keeps_answering(served, attack):
    proc, url = served
    status, body = _post(url, attack)
    assert status == 400 and ("[E208]" in body or "[E207]" in body), body
    assert _get(url, ASK, timeout=5) == (200, '{"head":{},"boolean":true}')
    assert proc.poll() is None


def test_a_runaway_query_is_stopped_not_just_abandoned(served):
    proc, url = served
    status, body = _get(url, RUNAWAY)
    assert status == 504 and "[E204]" in body
    deadline = time.monotonic() + TIMEOUT + 2 + 3  # the requirement is timeout + 2 s; 3 s of slack for a busy CI
    while _children(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _children(proc.pid) == [], "the query child outlived its deadline"
    before = _cpu_seconds(proc.pid)
    time.sleep(1.0)
    assert _cpu_seconds(proc.pid) - before < 0.5, "the server keeps burning CPU after the timeout"
    assert _get(url, ASK, timeout=5)[0] == 200


def test_sixteen_runaway_queries_at_once_leave_nothing_running(served):
    from concurrent.futures import ThreadPoolExecutor

    proc, url = served
    with ThreadPoolExecutor(16) as pool:
        statuses = [s for s, _ in pool.map(lambda _: _get(url, RUNAWAY, timeout=120), range(16))]
    assert set(statuses) <= {503, 504} and 504 in statuses
    deadline = time.monotonic() + TIMEOUT + 5
    while _children(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _children(proc.pid) == []
    assert _get(url, ASK, timeout=5)[0] == 200


def test_600_slow_clients_do_not_grow_the_thread_count(served):
    proc, url = served
    host, port = urllib.parse.urlsplit(url).hostname, urllib.parse.urlsplit(url).port
    idle = _threads(proc.pid)  # the workers, the accept loop and the store's own threads
    assert idle <= WORKERS + 8
    cap = idle
    clients = []
    try:
        for _ in range(600):
            s = socket.create_connection((host, port), timeout=10)
            s.sendall(b"GET /sparql?query=ASK HTTP/1.1\r\nHost: x\r\n")  # never finishes its headers
            clients.append(s)
        time.sleep(0.5)
        assert _threads(proc.pid) <= cap
    finally:
        for s in clients:
            s.close()
    deadline = time.monotonic() + 15  # the queue of hung-up clients drains; 503 meanwhile says "Retry-After: 1"
    while (status := _get(url, ASK, timeout=15)[0]) == 503 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert status == 200
    assert _threads(proc.pid) <= cap


@pytest.mark.parametrize(
    "raw",
    [
        b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
        b"Content-Length: abc\r\n\r\nASK{}",
        b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: -5\r\n\r\n",
        b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 1e3\r\n\r\n",
        b"GARBAGE\r\n\r\n",
        b"GET /sparql?query=ASK HTTP/9.9\r\n\r\n",
    ],
    ids=["length-abc", "length-negative", "length-float", "garbage-line", "bad-version"],
)
def test_malformed_http_gets_a_4xx_and_the_server_lives(served, raw):
    proc, url = served
    u = urllib.parse.urlsplit(url)
    with socket.create_connection((u.hostname, u.port), timeout=10) as s:
        s.sendall(raw)
        answer = s.recv(4096).decode("latin-1")
    # http.server answers requests it cannot read as HTTP/1.x in HTTP/0.9 style: the page without a status line
    code = answer.split()[1] if answer.startswith("HTTP/1.") else answer.split("Error code: ")[1][:3]
    assert code in ("400", "505"), answer
    assert _get(url, ASK, timeout=5)[0] == 200
