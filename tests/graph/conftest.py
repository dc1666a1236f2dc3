"""Fixtures shared by the graph tests."""

from __future__ import annotations

import http.server
import threading

import pytest


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Answers anything with 200 and remembers the path, so a test can prove nothing was fetched."""

    def do_GET(self):
        self.server.hits.append(self.path)
        self.send_response(200)
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *args):
        pass


def _serve_recorder(poll_interval: float = 0.5) -> http.server.ThreadingHTTPServer:
    """A recording HTTP server on 127.0.0.1, serving in a daemon thread; ``server.hits`` lists the paths asked."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.hits = []
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": poll_interval}, daemon=True).start()
    return server


@pytest.fixture()
def trap():
    """A local HTTP server on 127.0.0.1: yields (port, hits)."""
    server = _serve_recorder()
    try:
        yield server.server_port, server.hits
    finally:
        server.shutdown()


@pytest.fixture(scope="module")
def recorder():
    """One recorder for a module (a fresh one per test spends 0.5 s shutting down)."""
    server = _serve_recorder(poll_interval=0.05)
    yield server
    server.shutdown()
