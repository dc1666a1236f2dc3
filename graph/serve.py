"""``cmkg serve``: the explorer, a query page and a read-only SPARQL endpoint.

Security behaviour lives here and in two helpers:

* the server binds to 127.0.0.1 unless the user names another host;
* each SPARQL query is checked by ``cmkg.graph.sparql_guard`` and evaluated
  by ``cmkg.graph.sparql_protocol`` in a forked child without network that is
  killed at ``--timeout`` (so a runaway query stops, and a crash costs one
  answer); at most ``EVALUATIONS`` children run at once;
* ``cmkg.graph.serve_pool`` serves connections from a fixed pool of threads
  with socket timeouts, so slow clients cannot grow the thread count;
* updates (``update=`` or ``application/sparql-update``) are refused with 403;
  a malformed request gets 400.
"""

from __future__ import annotations

import os
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

from cmkg.graph import pages
from cmkg.graph.serve_pool import SOCKET_TIMEOUT, BoundedThreadsMixIn
from cmkg.graph.sparql_protocol import EvaluationSlots, answer

__all__ = ["SparqlFrontServer", "make_server", "MAX_BODY", "EVALUATIONS"]

MAX_BODY = 1_000_000
EVALUATIONS = max(2, os.cpu_count() or 2)


class SparqlFrontServer(BoundedThreadsMixIn, HTTPServer):
    request_queue_size = 128

    def __init__(
        self, address: tuple[str, int], store: Any, explorer_html: bytes, queries: dict[str, str], timeout: float
    ) -> None:
        super().__init__(address, _Handler)
        self.start_workers()
        self.store = store
        self.slots = EvaluationSlots(EVALUATIONS)
        self.explorer_html = explorer_html
        self.queries = queries
        self.query_timeout = timeout
        self.query_page = pages.render_query_page(queries).encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    server: SparqlFrontServer
    protocol_version = "HTTP/1.1"
    server_version = "cmkg"
    timeout = SOCKET_TIMEOUT

    def log_message(self, fmt: str, *args) -> None:  # quiet unless asked
        if getattr(self.server, "verbose", False):
            sys.stderr.write("cmkg serve: " + fmt % args + "\n")

    def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    # -- pages
    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/explorer"):
            self._send(200, self.server.explorer_html, "text/html; charset=utf-8")
        elif url.path == "/queries":
            self._send(200, self.server.query_page, "text/html; charset=utf-8")
        elif url.path.startswith(("/queries/", "/static/")):
            self._send(*pages.respond(url.path, url.query, self.server.queries))
        elif url.path == "/sparql":
            params = urllib.parse.parse_qs(url.query)
            if "update" in params:
                return self._error(403, "updates are refused: this endpoint is read-only")
            if "query" not in params:
                return self._error(400, "missing 'query' parameter")
            self._query(params["query"][0])
        else:
            self._error(404, "not found")

    do_HEAD = do_GET

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            return self._error(404, "not found")
        length = _content_length(self.headers.get("Content-Length"))
        if length is None:
            self.close_connection = True
            return self._error(400, "[E301] Content-Length must be a non-negative whole number")
        if length > MAX_BODY:
            self.close_connection = True
            return self._error(413, f"query body larger than {MAX_BODY} bytes")
        try:
            body = self.rfile.read(length).decode("utf-8", "replace")
        except TimeoutError:
            self.close_connection = True
            return self._error(408, "[E301] the request body did not arrive in time")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            return self._error(403, "updates are refused: this endpoint is read-only")
        if ctype == "application/sparql-query":
            return self._query(body)
        if ctype == "application/x-www-form-urlencoded":
            params = urllib.parse.parse_qs(body)
            if "update" in params:
                return self._error(403, "updates are refused: this endpoint is read-only")
            if "query" in params:
                return self._query(params["query"][0])
            return self._error(400, "missing 'query' parameter")
        self._error(415, "send application/sparql-query or a form with 'query'")

    def do_PUT(self) -> None:
        self._error(405, "this endpoint is read-only")

    do_DELETE = do_PATCH = do_PUT

    # -- SPARQL
    def _query(self, text: str) -> None:
        srv = self.server
        status, ctype, body = answer(srv.slots, srv.store, text, self.headers.get("Accept"), srv.query_timeout)
        self._send(status, body, ctype)


def _content_length(value: str | None) -> int | None:
    """The body length a client declared, or None when it is not a plain non-negative number."""
    if value is None or not value.strip():
        return 0
    text = value.strip()
    return int(text) if text.isascii() and text.isdigit() else None


def make_server(
    host: str, port: int, store: Any, explorer_html: bytes, queries: dict[str, str], timeout: float
) -> SparqlFrontServer:
    return SparqlFrontServer((host, port), store, explorer_html, queries, timeout)
