"""HTTP transport for the remote store, apart from what the requests mean.

One ``HttpConnector`` per server: it adds credentials (basic or digest),
applies the timeout, and turns transport failures into cmkg errors naming the
server.  A refusal with a status code comes back as ``ServerRefused`` so the
store can decide what it means (a bad query, a missing permission).
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass

from cmkg.core.errors import CmkgError, E

__all__ = ["HttpConnector", "HttpReply", "ServerRefused", "HTTP_TIMEOUT"]

HTTP_TIMEOUT = 60.0


@dataclass
class HttpReply:
    status: int
    content_type: str
    body: bytes


class ServerRefused(Exception):
    """The server answered with an HTTP error status; ``detail`` is its message, flattened."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"{status}: {detail}")
        self.status = status
        self.detail = detail


class HttpConnector:
    """Requests to one server, with its credentials and timeout."""

    def __init__(
        self, base: str, *, auth: str = "", user: str = "", password: str = "", timeout: float = HTTP_TIMEOUT
    ) -> None:
        self.base = base
        self.timeout = timeout
        handlers: list[urllib.request.BaseHandler] = []
        if auth and user:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            passwords.add_password(None, base, user, password)
            handler = urllib.request.HTTPDigestAuthHandler if auth == "digest" else urllib.request.HTTPBasicAuthHandler
            handlers.append(handler(passwords))
        self.has_credentials = bool(auth and user)
        self._opener = urllib.request.build_opener(*handlers)

    def request(
        self, url: str, *, method: str = "GET", data: bytes | None = None, headers: dict[str, str] | None = None
    ) -> HttpReply:
        req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
        try:
            with self._opener.open(req, timeout=self.timeout) as resp:
                return HttpReply(resp.status, resp.headers.get("Content-Type", ""), resp.read())
        except urllib.error.HTTPError as exc:
            try:  # an error reply holds the connection open until it is closed, not until it is collected
                detail = " ".join(exc.read().decode("utf-8", "replace").split())[:300]
            finally:
                exc.close()
            raise ServerRefused(exc.code, detail) from None
        except (urllib.error.URLError, OSError) as exc:
            raise CmkgError(
                E.STORE, f"{self.base}: cannot reach SPARQL server ({getattr(exc, 'reason', exc)})"
            ) from None
