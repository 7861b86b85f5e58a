"""A tiny OAuth2 token-introspection endpoint (RFC 7662) on 127.0.0.1 for Dovecot's oauth2 passdb.

Dovecot POSTs ``token=…``; the answer is ``{"active": true, "username": USER}`` for a token
issued by ``issue`` and ``{"active": false}`` for any other.
"""

from __future__ import annotations

import json
import secrets
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

MAX_BODY = 4096


class IntrospectionServer:
    """Runs in a daemon thread until ``close``; ``url`` goes into Dovecot's ``introspection_url``."""

    def __init__(self) -> None:
        self.tokens: dict[str, str] = {}
        self.requests = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = min(int(self.headers.get("Content-Length") or 0), MAX_BODY)
                token = parse_qs(self.rfile.read(length).decode("ascii", "replace")).get("token", [""])[0]
                server.requests += 1
                user = server.tokens.get(token)
                body = json.dumps({"active": True, "username": user} if user else {"active": False}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                return None  # keep the test output quiet

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.timeout = 5
        self.url = f"http://127.0.0.1:{self._httpd.server_port}/introspect"
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
        self._thread.start()

    def issue(self, user: str) -> str:
        """A fresh access token that introspects as ``user``."""
        token = f"ya29.{secrets.token_urlsafe(24)}"
        self.tokens[token] = user
        return token

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)
