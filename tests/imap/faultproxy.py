"""A fault-injecting TCP proxy between the IMAP client and the real Dovecot, for the fault tests.

Listens on 127.0.0.1 only. It strips STARTTLS from the server's capabilities (so the client
stays in plaintext on loopback and the proxy can see the commands), passes everything through
until the client sends a body fetch (``BODY.PEEK[]``), then injects one fault into the server's
answer:

* ``drop``: forward ``drop_after`` bytes of the answer, then close both sockets;
* ``garbage``: send bytes that are not IMAP instead of the answer;
* ``huge-literal``: rewrite the first literal announcement to ``{2000000000}``;
* ``stall``: forward nothing more (the connection stays open).

``faulty_connections`` limits how many connections get the fault (later ones pass through).
Bounded: each connection lives at most ``lifetime`` seconds and relays at most ``max_bytes``.
"""

from __future__ import annotations

import re
import socket
import threading
import time

TRIGGER = b"BODY.PEEK[]"
GARBAGE = b"\x00\xff\xfe)))) this is not IMAP ((((\x07\r\n"
LITERAL = re.compile(rb"\{(\d+)\}\r\n")


class FaultProxy:
    """One listening proxy; use as a context manager. ``port`` is where clients connect."""

    def __init__(self, upstream_port: int, fault: str, faulty_connections: int = 1_000, drop_after: int = 600,
                 lifetime: float = 30.0, max_bytes: int = 64 * 2**20) -> None:
        assert fault in ("drop", "garbage", "huge-literal", "stall", "none")
        self.upstream_port = upstream_port
        self.fault = fault
        self.faulty_connections = faulty_connections
        self.drop_after = drop_after
        self.lifetime = lifetime
        self.max_bytes = max_bytes
        self.connections = 0
        self.faults_injected = 0
        self._faulty_left = faulty_connections
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> FaultProxy:
        self._spawn(self._accept_loop)
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def inject(self, fault: str, faulty_connections: int = 1_000, drop_after: int = 600) -> None:
        """From the next connection on, inject ``fault`` into ``faulty_connections`` connections."""
        with self._lock:
            self.fault, self.drop_after, self._faulty_left = fault, drop_after, faulty_connections
            self.faults_injected = 0

    def close(self) -> None:
        self._stop.set()
        with self._lock:
            for sock in [self._listener, *self._sockets]:
                _close(sock)
        for thread in self._threads:
            thread.join(timeout=2)

    def _spawn(self, target, *args) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port), timeout=5)
            with self._lock:
                self._sockets += [client, upstream]
                self.connections += 1
                faulty = self.fault != "none" and self._faulty_left > 0
                self._faulty_left -= faulty
            state = {"armed": False, "faulty": faulty, "deadline": time.monotonic() + self.lifetime, "bytes": 0}
            self._spawn(self._client_to_server, client, upstream, state)
            self._spawn(self._server_to_client, upstream, client, state)

    def _recv(self, sock: socket.socket, state: dict) -> bytes:
        while not self._stop.is_set() and time.monotonic() < state["deadline"]:
            try:
                sock.settimeout(0.2)
                data = sock.recv(65536)
            except TimeoutError:
                continue
            except OSError:  # closed by the other direction or by close()
                return b""
            state["bytes"] += len(data)
            return data if state["bytes"] <= self.max_bytes else b""
        return b""

    def _client_to_server(self, client: socket.socket, upstream: socket.socket, state: dict) -> None:
        tail = b""
        while data := self._recv(client, state):
            if TRIGGER in tail + data:
                state["armed"] = True
            tail = data[-len(TRIGGER):]
            try:
                upstream.sendall(data)
            except OSError:
                break
        _close(upstream)
        _close(client)

    def _server_to_client(self, upstream: socket.socket, client: socket.socket, state: dict) -> None:
        sent_after_arming = 0
        pending = b""
        while data := self._recv(upstream, state):
            if not state["armed"] or not state["faulty"]:
                data = data.replace(b" STARTTLS", b"")
            elif self.fault == "stall":
                if not state.get("stalled"):
                    state["stalled"] = True
                    self.faults_injected += 1
                continue  # swallow every answer from now on
            elif self.fault == "garbage":
                self._inject(state)
                _send(client, GARBAGE)
                continue
            elif self.fault == "drop":
                if sent_after_arming + len(data) >= self.drop_after:
                    _send(client, data[:self.drop_after - sent_after_arming])
                    self._inject(state)
                    break
                sent_after_arming += len(data)
            elif self.fault == "huge-literal":
                pending += data
                match = LITERAL.search(pending)
                if match is None:
                    continue
                data = pending[:match.start()] + b"{2000000000}\r\n" + pending[match.end():]
                pending = b""
                self._inject(state)
            if not _send(client, data):
                break
        _close(client)
        _close(upstream)

    def _inject(self, state: dict) -> None:
        """Count the fault; later data on this connection passes through unchanged."""
        self.faults_injected += 1
        state["faulty"] = False


def _send(sock: socket.socket, data: bytes) -> bool:
    try:
        sock.sendall(data)
        return True
    except OSError:
        return False


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
