"""A live mailbox over IMAP, read strictly read-only (EXAMINE + ``BODY.PEEK[]``) via imapclient.

Connects with verified TLS, picks the folders, fetches in batches, resumes after a dropped
connection, and keeps fetched bodies in the optional UID cache.
"""

from __future__ import annotations

import imaplib
import ipaddress
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import unquote, urlsplit

from imapclient import IMAPClient
from imapclient.exceptions import CapabilityError, IMAPClientError, LoginError
from imapclient.imapclient import ALL as ALL_MAIL_FLAG
from imapclient.imapclient import SENT as SENT_FLAG

from happyaudit.errors import ConfigError, SourceError
from happyaudit.model import RawMessage
from happyaudit.secrets import Credentials, resolve_credentials
from happyaudit.sources import Source
from happyaudit.sources.cache import CachedMessage, MessageCache

SCHEMES = {"imap": 143, "imaps": 993}
FETCH_ITEMS = ["BODY.PEEK[]", "FLAGS", "INTERNALDATE", "RFC822.SIZE"]
DEFAULT_CLOSED_FOLDERS = (
    "closed", "resolved", "done", "geschlossen", "erledigt", "gelöst", "fermé", "fermés", "résolu",
    "résolus", "cerrado", "cerrados", "resuelto", "resueltos", "gesloten", "opgelost",
)
CLOSED_FOLDER_LABEL = "closed"
FLAGS_BATCH = 1000
_NETWORK_ERRORS = (imaplib.IMAP4.abort, OSError)  # ssl.SSLError and socket.timeout are OSErrors


@dataclass(frozen=True)
class ImapSettings:
    """Everything the command line says about reading IMAP, except the spec itself."""

    host: str | None = None
    user: str | None = None
    folders: tuple[str, ...] = ()
    all_mail: bool = False
    closed_folders: tuple[str, ...] = DEFAULT_CLOSED_FOLDERS
    insecure: bool = False
    ca_file: Path | None = None
    timeout: float = 30.0
    search_since: datetime | None = None
    batch_size: int = 200
    retries: int = 3
    backoff: float = 1.0
    password_command: str | None = None
    oauth2_token_command: str | None = None
    prompt: Callable[[str], str] | None = None
    netrc_file: Path | None = None
    cache_dir: Path | None = None


@dataclass(frozen=True)
class ImapAccount:
    """Where to connect and as whom, parsed from ``imaps://user@host[:port][/Folder]`` and flags."""

    scheme: str
    host: str
    port: int
    user: str | None
    folders: tuple[str, ...]

    @property
    def server(self) -> str:
        """``host`` or ``host:port`` when the port is not the scheme's default."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == SCHEMES[self.scheme] else f"{host}:{self.port}"

    def where(self, folder: str | None = None, user: str | None = None) -> str:
        """The account (and folder) as a URL without any secret, for origins and errors."""
        who = f"{user or self.user}@" if (user or self.user) else ""
        return f"{self.scheme}://{who}{self.server}" + (f"/{folder}" if folder else "")


def is_imap_spec(spec: str) -> bool:
    """Whether a command-line PATH is an ``imap://`` or ``imaps://`` URL."""
    return spec.lower().startswith(("imap://", "imaps://"))


def parse_imap_spec(spec: str, settings: ImapSettings) -> ImapAccount:
    """The account a URL names; host, user and folders missing from it come from the settings.

    A password in the URL is refused (without repeating it): it would sit in shell history.
    """
    parts = urlsplit(spec)
    scheme = parts.scheme.lower()
    try:
        password, port, host = parts.password, parts.port, parts.hostname
    except ValueError:
        raise ConfigError(f"{scheme}://…: invalid host or port in the IMAP URL") from None
    if password is not None:
        raise ConfigError(f"{scheme}://{parts.hostname or ''}: a password in the URL is not accepted; use "
                          "HAPPYAUDIT_IMAP_PASSWORD, --password-command, ~/.netrc or the prompt")
    host = host or settings.host
    if not host:
        raise ConfigError(f"{spec}: no IMAP host (give it in the URL or with --imap-host / HAPPYAUDIT_IMAP_HOST)")
    user = unquote(parts.username) if parts.username else settings.user
    url_folder = unquote(parts.path.lstrip("/"))
    folders = tuple(dict.fromkeys(([url_folder] if url_folder else []) + list(settings.folders)))
    return ImapAccount(scheme, host, port or SCHEMES[scheme], user, folders)


def is_loopback(host: str) -> bool:
    """Whether ``host`` is this machine, where plaintext IMAP cannot be overheard."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def tls_context(settings: ImapSettings) -> ssl.SSLContext:
    """A verifying TLS context (system CAs or ``--ca-file``); unverified only with ``--insecure``."""
    try:
        context = ssl.create_default_context(cafile=str(settings.ca_file) if settings.ca_file else None)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(f"--ca-file {settings.ca_file}: cannot load the CA file "
                          f"({getattr(exc, 'strerror', None) or exc})") from None
    if settings.insecure:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def describe_failure(exc: BaseException, timeout: float) -> str:
    """A short, secret-free reason for a connection or protocol failure."""
    if isinstance(exc, LoginError):
        return f"login refused ({_server_text(exc)})"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"TLS certificate rejected ({exc.verify_message}); use --ca-file for a private CA"
    if isinstance(exc, ssl.SSLError):
        return f"TLS failed ({exc.reason or exc})"
    if isinstance(exc, ConnectionRefusedError):
        return "cannot connect (connection refused)"
    if isinstance(exc, TimeoutError):
        return f"no answer within {timeout:g} s (timed out)"
    if isinstance(exc, imaplib.IMAP4.abort):
        return f"connection dropped ({_server_text(exc)})"
    if isinstance(exc, OSError):
        return f"cannot connect ({exc.strerror or type(exc).__name__})"
    text = _server_text(exc)
    if "doesn't exist" in text or "NONEXISTENT" in text:
        return f"no such folder ({text})"
    return f"server error ({text})"


def _server_text(exc: BaseException) -> str:
    text = str(exc.args[0] if exc.args else exc)
    if text.startswith(("b'", 'b"')):
        text = text[2:-1]
    return text[:200]


class _ConnectError(SourceError):
    """Connecting or logging in failed; ``retryable`` when the network, not the server, said no."""

    def __init__(self, message: str, reason: str, retryable: bool) -> None:
        super().__init__(message)
        self.reason = reason
        self.retryable = retryable


class ImapSource(Source):
    """The chosen folders of one IMAP account, as one source of raw messages.

    ``client_factory`` builds the ``IMAPClient`` (tests inject clients that fail on purpose);
    ``credentials``, when given, skip the lookup in env, commands, netrc and prompt.
    ``stats`` counts bodies fetched from the server and served from the cache.
    """

    def __init__(self, account: ImapAccount, settings: ImapSettings,
                 client_factory: Callable[..., IMAPClient] = IMAPClient,
                 credentials: Credentials | None = None) -> None:
        self.account = account
        self.settings = settings
        self.client_factory = client_factory
        self.name = account.where(",".join(account.folders) if account.folders else None)
        self.stats = {"bodies_fetched": 0, "cache_hits": 0, "reconnects": 0}
        self._credentials = credentials
        self._client: IMAPClient | None = None
        self._selected: str | None = None
        self._uidvalidity: dict[str, int] = {}

    def credentials(self) -> Credentials:
        """The login, resolved once (a prompt asks only once per run)."""
        if self._credentials is None:
            s = self.settings
            self._credentials = resolve_credentials(
                self.account.host, self.account.user, password_command=s.password_command,
                oauth2_token_command=s.oauth2_token_command, prompt=s.prompt, netrc_file=s.netrc_file,
            )
        return self._credentials

    def iter_raw(self) -> Iterator[RawMessage]:
        """Every message of every chosen folder, newest UIDs last, nothing on the server changed."""
        credentials = self.credentials()
        self.name = self.account.where(None, credentials.user)
        cache = MessageCache(self.settings.cache_dir) if self.settings.cache_dir else None
        try:
            self._connect(None)  # the first connection is not retried: a refusal is final
            folders = self._call(None, self._choose_folders)
            self.name = self.account.where(",".join(folders), credentials.user)
            for folder in folders:
                yield from self._read_folder(folder, cache)
        finally:
            self._disconnect()
            if cache is not None:
                cache.close()

    def _choose_folders(self, client: IMAPClient) -> list[str]:
        folders = list(self.account.folders)
        if not folders:
            folders = ["INBOX"]
            sent = client.find_special_folder(SENT_FLAG)
            if sent and sent not in folders:
                folders.append(sent)
        if self.settings.all_mail:
            all_mail = client.find_special_folder(ALL_MAIL_FLAG)
            if all_mail is None:
                raise SourceError(f"{self.account.where()}: --all-mail: the server marks no \\All folder")
            folders.append(all_mail)
        return list(dict.fromkeys(folders))

    def _read_folder(self, folder: str, cache: MessageCache | None) -> Iterator[RawMessage]:
        uids = sorted(self._call(folder, self._search))
        cached: set[int] = set()
        folder_id = None
        if cache is not None:
            folder_id = cache.folder(self.account.server, self.credentials().user, folder, self._uidvalidity[folder])
            cached = cache.uids(folder_id) & set(uids)
        if cached:
            fresh_flags = self._fetch_flags(folder, sorted(cached))
            cache.update_flags(folder_id, fresh_flags)
            for message in cache.messages(folder_id, cached):
                if message.uid in fresh_flags:
                    self.stats["cache_hits"] += 1
                    yield self._raw(folder, message)
        missing = [uid for uid in uids if uid not in cached]
        for start in range(0, len(missing), self.settings.batch_size):
            batch = missing[start:start + self.settings.batch_size]
            response = self._call(folder, lambda client: client.fetch(batch, FETCH_ITEMS))
            fetched = [self._cached_form(uid, response[uid]) for uid in batch if uid in response]
            self.stats["bodies_fetched"] += len(fetched)
            if cache is not None:
                cache.store(folder_id, fetched)
            for message in fetched:
                yield self._raw(folder, message)

    def _search(self, client: IMAPClient) -> list[int]:
        since = self.settings.search_since
        if since is None:
            return list(client.search(["ALL"]))
        # SEARCH SINCE compares INTERNALDATE by day in the server's zone: widen by a day.
        return list(client.search(["SINCE", (since - timedelta(days=1)).date()]))

    def _fetch_flags(self, folder: str, uids: list[int]) -> dict[int, tuple[str, ...]]:
        flags: dict[int, tuple[str, ...]] = {}
        for start in range(0, len(uids), FLAGS_BATCH):
            batch = uids[start:start + FLAGS_BATCH]
            response = self._call(folder, lambda client: client.fetch(batch, ["FLAGS"]))
            flags.update({uid: _flag_names(data.get(b"FLAGS", ())) for uid, data in response.items() if uid in batch})
        return flags

    @staticmethod
    def _cached_form(uid: int, data: dict) -> CachedMessage:
        internaldate = data.get(b"INTERNALDATE")
        if isinstance(internaldate, datetime):
            internaldate = internaldate.astimezone(timezone.utc) if internaldate.tzinfo else None
        else:
            internaldate = None
        return CachedMessage(uid=uid, data=bytes(data.get(b"BODY[]") or b""), internaldate=internaldate,
                             flags=_flag_names(data.get(b"FLAGS", ())))

    def _raw(self, folder: str, message: CachedMessage) -> RawMessage:
        flags = message.flags
        if self._is_closed_folder(folder):
            flags = (*flags, CLOSED_FOLDER_LABEL)
        origin = f"{self.account.where(folder, self.credentials().user)}#{message.uid}"
        return RawMessage(data=message.data, origin=origin, envelope_date=message.internaldate, flags=flags)

    def _is_closed_folder(self, folder: str) -> bool:
        names = {name.casefold() for name in self.settings.closed_folders}
        last_segment = folder.replace(".", "/").rsplit("/", 1)[-1]
        return folder.casefold() in names or last_segment.casefold() in names

    def _call(self, folder: str | None, operation: Callable[[IMAPClient], object]):
        """Run one IMAP operation; after a dropped connection reconnect (with back-off) and retry."""
        attempt = 0
        while True:
            failure = None
            try:
                client = self._connected(folder)
                return operation(client)
            except _ConnectError as exc:
                if not exc.retryable:
                    raise
                failure = exc.reason
            except SourceError:
                raise
            except _NETWORK_ERRORS as exc:
                failure = describe_failure(exc, self.settings.timeout)
            except IMAPClientError as exc:
                failure = describe_failure(exc, self.settings.timeout)
                attempt = self.settings.retries  # a protocol refusal will not go away by retrying
            self._disconnect()
            attempt += 1
            if attempt > self.settings.retries:
                suffix = f" (gave up after {self.settings.retries} reconnects)" if "dropped" in failure else ""
                raise SourceError(self._error(folder, failure + suffix)) from None
            self.stats["reconnects"] += 1
            time.sleep(self.settings.backoff * 2 ** (attempt - 1))

    def _connected(self, folder: str | None) -> IMAPClient:
        if self._client is None:
            self._connect(folder)
        if folder is not None and self._selected != folder:
            info = self._client.select_folder(folder, readonly=True)
            self._selected = folder
            validity = int(info[b"UIDVALIDITY"])
            if self._uidvalidity.setdefault(folder, validity) != validity:
                raise SourceError(self._error(folder, "UIDVALIDITY changed while reading; run the audit again"))
        return self._client

    def _connect(self, folder: str | None) -> None:
        """Open, secure and log in; a refusal here is final (no retries)."""
        credentials = self.credentials()
        settings = self.settings
        failure, retryable = None, False
        try:
            self._client = self._open_secured(tls_context(settings))
            if credentials.oauth2_token is not None:
                self._client.oauth2_login(credentials.user, credentials.oauth2_token.reveal())
            else:
                self._client.login(credentials.user, credentials.password.reveal())
            self._client.normalise_times = False
            self._selected = None
            return
        except (SourceError, ConfigError):
            self._disconnect()
            raise
        except (*_NETWORK_ERRORS, IMAPClientError) as exc:
            failure = credentials.scrub(describe_failure(exc, settings.timeout))
            retryable = isinstance(exc, _NETWORK_ERRORS) and not isinstance(exc, ssl.SSLError)
        self._disconnect()
        raise _ConnectError(self._error(folder, failure), failure, retryable) from None

    def _open_secured(self, context: ssl.SSLContext) -> IMAPClient:
        account, settings = self.account, self.settings
        implicit_tls = account.scheme == "imaps"
        client = self.client_factory(account.host, port=account.port, ssl=implicit_tls,
                                     ssl_context=context if implicit_tls else None, timeout=settings.timeout)
        if implicit_tls:
            return client
        self._client = client
        if client.has_capability("STARTTLS"):
            client.starttls(context)
        elif not (settings.insecure or is_loopback(account.host)):
            raise SourceError(self._error(None, "the server offers no STARTTLS; use imaps:// or --insecure"))
        return client

    def _disconnect(self) -> None:
        client, self._client, self._selected = self._client, None, None
        if client is None:
            return
        try:
            client.logout()
        except (*_NETWORK_ERRORS, IMAPClientError, CapabilityError):
            try:
                client.shutdown()
            except (*_NETWORK_ERRORS, IMAPClientError):
                pass  # already gone: nothing left to close

    def _error(self, folder: str | None, reason: str) -> str:
        user = self._credentials.user if self._credentials else None
        return f"{self.account.where(folder, user)}: {reason}"


def _flag_names(flags) -> tuple[str, ...]:
    names = []
    for flag in flags:
        name = (flag.decode("utf-8", "replace") if isinstance(flag, bytes) else str(flag)).lower()
        if name != "\\recent":
            names.append(name)
    return tuple(names)


def open_imap_source(spec: str, settings: ImapSettings) -> ImapSource:
    """The ImapSource for a command-line ``imap://`` / ``imaps://`` spec."""
    return ImapSource(parse_imap_spec(spec, settings), settings)
