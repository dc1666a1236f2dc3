"""A fixed pool of request threads for ``cmkg serve``, with socket timeouts.

``ThreadingHTTPServer`` starts a thread per connection, so 600 half-sent
requests held 604 threads.  Here a fixed number of workers take accepted
connections from a bounded queue; when the queue is full a connection is
answered 503 at once and closed, and every socket times out, so slow or
silent clients cost a bounded number of threads for a bounded time.
"""

from __future__ import annotations

import contextlib
import queue
import socket
import threading
from http.server import HTTPServer
from typing import Any

__all__ = ["BoundedThreadsMixIn", "WORKERS", "BACKLOG", "SOCKET_TIMEOUT"]

WORKERS = 16
BACKLOG = 64
SOCKET_TIMEOUT = 10.0
_BUSY_BODY = b"[E302] the server is busy; try again in a moment\n"
_BUSY = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
    b"Content-Length: %d\r\nRetry-After: 1\r\nConnection: close\r\n\r\n%s" % (len(_BUSY_BODY), _BUSY_BODY)
)


class BoundedThreadsMixIn:
    """Mix in before ``HTTPServer``: ``WORKERS`` threads serve a queue of ``BACKLOG`` connections."""

    workers = WORKERS
    backlog = BACKLOG
    daemon_threads = True

    def start_workers(self) -> None:
        self._pending: queue.Queue[Any] = queue.Queue(maxsize=self.backlog)
        for n in range(self.workers):
            threading.Thread(target=self._work, name=f"cmkg-serve-{n}", daemon=True).start()

    def _work(self) -> None:
        server: HTTPServer = self  # type: ignore[assignment]
        while True:
            request, address = self._pending.get()
            try:
                server.finish_request(request, address)
            except Exception:  # a broken connection must not end the worker
                server.handle_error(request, address)
            finally:
                server.shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients that time out or hang up are routine; anything else is printed as usual."""
        import sys

        if not isinstance(sys.exc_info()[1], (TimeoutError, ConnectionError)):
            HTTPServer.handle_error(self, request, client_address)  # type: ignore[arg-type]

    def process_request(self, request: socket.socket, client_address: Any) -> None:
        request.settimeout(SOCKET_TIMEOUT)
        try:
            self._pending.put_nowait((request, client_address))
        except queue.Full:
            with contextlib.suppress(OSError):
                request.sendall(_BUSY)
            self.shutdown_request(request)  # type: ignore[attr-defined]
