"""``cmkg serve``: the explorer, a query page and a read-only SPARQL endpoint.

Security behaviour lives here:

* the server binds to 127.0.0.1 unless the user names another host;
* SPARQL 1.1 Protocol requests are answered by ``oxigraph serve-read-only``
  (a maintained implementation of the protocol, content negotiation and
  result formats), which listens on a private 127.0.0.1 port; cmkg's front
  server only lets a request through after ``cmkg.graph.sparql.check_query``
  accepted it, because Oxigraph itself would follow SERVICE to any URL;
* updates (``update=`` or ``application/sparql-update``) are refused with 403
  before they reach Oxigraph, which is read-only anyway;
* the query timeout is enforced by Oxigraph (``--timeout-s``).
"""

from __future__ import annotations

import sys
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from cmkg.core.errors import CmkgError, E
from cmkg.graph import pages
from cmkg.graph.sparql import check_query, relocate_syntax_error

__all__ = ["SparqlFrontServer", "make_server", "MAX_BODY"]

MAX_BODY = 1_000_000
_FORWARD_HEADERS = ("Content-Type", "Content-Length")


class SparqlFrontServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(
        self, address: tuple[str, int], backend: str, explorer_html: bytes, queries: dict[str, str], timeout: float
    ) -> None:
        super().__init__(address, _Handler)
        self.backend = backend
        self.explorer_html = explorer_html
        self.queries = queries
        self.query_timeout = timeout
        self.query_page = pages.render_query_page(queries).encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    server: SparqlFrontServer
    protocol_version = "HTTP/1.1"
    server_version = "cmkg"

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
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._error(413, f"query body larger than {MAX_BODY} bytes")
        body = self.rfile.read(length).decode("utf-8", "replace")
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
        try:
            full = check_query(text)
        except CmkgError as err:
            return self._error(403 if err.code == E.FORBIDDEN_QUERY else 400, str(err))
        accept = self.headers.get("Accept") or "application/sparql-results+json"
        req = urllib.request.Request(
            self.server.backend + "/query",
            data=urllib.parse.urlencode({"query": full}).encode(),
            method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
        )
        try:
            with urllib.request.urlopen(req, timeout=self.server.query_timeout + 5) as resp:
                self._send(resp.status, resp.read(), resp.headers.get("Content-Type", "application/octet-stream"))
        except urllib.error.HTTPError as exc:
            body = exc.read()
            if exc.code == 400:
                offset = full.count("\n") - text.count("\n")
                body = relocate_syntax_error(body.decode("utf-8", "replace"), offset).encode("utf-8")
            self._send(exc.code, body, exc.headers.get("Content-Type", "text/plain"))
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            self._error(504 if isinstance(exc, TimeoutError) else 502, f"query backend failed: {exc}")


def make_server(
    host: str, port: int, backend: str, explorer_html: bytes, queries: dict[str, str], timeout: float
) -> SparqlFrontServer:
    return SparqlFrontServer((host, port), backend, explorer_html, queries, timeout)
