"""A live mailbox over IMAP, read strictly read-only (EXAMINE + ``BODY.PEEK[]``) via imapclient.

Connects with verified TLS, picks the folders, plans each folder (search, cache, sizes) before
fetching so the total is known, fetches in batches, resumes after a dropped connection, keeps
fetched bodies in the optional UID cache and re-reads cached flags with CONDSTORE when offered.
"""

from __future__ import annotations

import imaplib
import ipaddress
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import unquote, urlsplit

from imapclient import IMAPClient
from imapclient.exceptions import CapabilityError, IMAPClientError
from imapclient.imapclient import ALL as ALL_MAIL_FLAG
from imapclient.imapclient import SENT as SENT_FLAG

from happyaudit.errors import ConfigError, SourceError
from happyaudit.model import RawMessage
from happyaudit.secrets import Credentials, resolve_credentials
from happyaudit.sources import Source
from happyaudit.sources.cache import CachedMessage, MessageCache
from happyaudit.sources.imap_fetch import (
    FLAGS_BATCH, MAX_MESSAGE_SIZE, FolderPlan, LiteralTooLarge, describe_failure, fetch_bodies, fetch_flags,
    fetch_sizes, guard_literals, is_protocol_garbage,
)

__all__ = ["ImapSettings", "ImapSource", "describe_failure", "is_imap_spec", "is_loopback", "open_imap_source",
           "parse_imap_spec"]

SCHEMES = {"imap": 143, "imaps": 993}
DEFAULT_CLOSED_FOLDERS = (
    "closed", "resolved", "done", "geschlossen", "erledigt", "gelöst", "fermé", "fermés", "résolu",
    "résolus", "cerrado", "cerrados", "resuelto", "resueltos", "gesloten", "opgelost",
)
CLOSED_FOLDER_LABEL = "closed"
_NETWORK_ERRORS = (imaplib.IMAP4.abort, OSError)  # ssl.SSLError and socket.timeout are OSErrors
_sleep = time.sleep  # the back-off between reconnects (tests replace it)


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
    max_message_size: int = MAX_MESSAGE_SIZE


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
    ``stats`` counts bodies fetched from the server and served from the cache, reconnects,
    flag queries (FETCH FLAGS commands for cached messages) and flags received by them, and
    messages above the size limit (read header-only). ``condstore`` tells whether the server
    offered CONDSTORE.
    """

    def __init__(self, account: ImapAccount, settings: ImapSettings,
                 client_factory: Callable[..., IMAPClient] = IMAPClient,
                 credentials: Credentials | None = None) -> None:
        self.account = account
        self.settings = settings
        self.client_factory = client_factory
        self.name = account.where(",".join(account.folders) if account.folders else None)
        self.stats = {"bodies_fetched": 0, "cache_hits": 0, "reconnects": 0, "flag_queries": 0,
                      "flags_received": 0, "too_large": 0}
        self.condstore = False
        self._credentials = credentials
        self._client: IMAPClient | None = None
        self._selected: str | None = None
        self._uidvalidity: dict[str, int] = {}
        self._modseq: dict[str, int | None] = {}
        self._cache: MessageCache | None = None
        self._plans: list[FolderPlan] | None = None

    def credentials(self) -> Credentials:
        """The login, resolved once (a prompt asks only once per run)."""
        if self._credentials is None:
            s = self.settings
            self._credentials = resolve_credentials(
                self.account.host, self.account.user, password_command=s.password_command,
                oauth2_token_command=s.oauth2_token_command, prompt=s.prompt, netrc_file=s.netrc_file,
            )
        return self._credentials

    def size_hint(self) -> int | None:
        """Bytes the run will read: RFC822.SIZE of the UIDs to fetch plus the cached sizes.

        Connects, searches and plans every folder now; ``iter_raw`` then uses that plan and
        the open connection.
        """
        try:
            return sum(plan.total_bytes(self.settings.max_message_size) for plan in self._planned())
        except BaseException:
            self._close()
            raise

    def iter_raw(self) -> Iterator[RawMessage]:
        """Every message of every chosen folder, newest UIDs last, nothing on the server changed."""
        try:
            for plan in self._planned():
                yield from self._read_folder(plan)
        finally:
            self._close()

    def _planned(self) -> list[FolderPlan]:
        if self._plans is None:
            credentials = self.credentials()
            self.name = self.account.where(None, credentials.user)
            if self.settings.cache_dir and self._cache is None:
                self._cache = MessageCache(self.settings.cache_dir)
            if self._client is None:
                self._connect(None)  # the first connection is not retried: a refusal is final
            folders = self._call(None, self._choose_folders)
            self.name = self.account.where(",".join(folders), credentials.user)
            self._plans = [self._plan(folder) for folder in folders]
        return self._plans

    def _close(self) -> None:
        self._plans = None
        self._disconnect()
        if self._cache is not None:
            self._cache.close()
            self._cache = None

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

    def _plan(self, folder: str) -> FolderPlan:
        uids = sorted(self._call(folder, self._search))
        cache = self._cache
        plan = FolderPlan(folder, uids, cached=set(), all_cached=[], modseq=self._modseq.get(folder))
        if cache is not None:
            plan.folder_id = cache.folder(self.account.server, self.credentials().user, folder,
                                          self._uidvalidity[folder])
            plan.stored_modseq = cache.modseq(plan.folder_id)
            sizes = cache.sizes(plan.folder_id)
            plan.all_cached = sorted(sizes)
            plan.cached = set(sizes) & set(uids)
            plan.cached_bytes = sum(sizes[uid] for uid in plan.cached)
        missing = plan.missing
        for start in range(0, len(missing), FLAGS_BATCH):
            batch = missing[start:start + FLAGS_BATCH]
            plan.sizes.update(self._call(folder, lambda client: fetch_sizes(client, batch)))
        return plan

    def _read_folder(self, plan: FolderPlan) -> Iterator[RawMessage]:
        folder, cache, limit = plan.folder, self._cache, self.settings.max_message_size
        if cache is not None and plan.all_cached:
            cache.update_flags(plan.folder_id, self._refreshed_flags(plan))
            for message in cache.messages(plan.folder_id, plan.cached):
                self.stats["cache_hits"] += 1
                yield self._raw(folder, message)
        missing = plan.missing
        for start in range(0, len(missing), self.settings.batch_size):
            batch = missing[start:start + self.settings.batch_size]
            large = [uid for uid in batch if plan.sizes.get(uid, 0) > limit]
            normal = [uid for uid in batch if uid not in large]
            fetched = self._call(folder, lambda client: fetch_bodies(client, normal, False, limit)) if normal else []
            self.stats["bodies_fetched"] += len(fetched)
            if cache is not None:
                cache.store(plan.folder_id, fetched)
            if large:  # header only, never cached: the limit may be raised later
                heads = self._call(folder, lambda client: fetch_bodies(client, large, True, limit))
                self.stats["too_large"] += len(heads)
                fetched = sorted([*fetched, *heads], key=lambda message: message.uid)
            for message in fetched:
                yield self._raw(folder, message)
        if cache is not None and self.condstore and plan.modseq is not None:
            cache.set_modseq(plan.folder_id, plan.modseq)

    def _refreshed_flags(self, plan: FolderPlan) -> dict[int, tuple[str, ...]]:
        """Current flags of cached messages: with CONDSTORE only those changed since the last run.

        With CONDSTORE the flags of every cached UID are brought up to date (so the stored
        HIGHESTMODSEQ holds for all of them); without it only the cached UIDs searched now.
        """
        changed_since = None
        if self.condstore and plan.modseq is not None and plan.stored_modseq is not None:
            if plan.modseq <= plan.stored_modseq:
                return {}  # HIGHESTMODSEQ unchanged: no flag changed anywhere in the folder
            changed_since = plan.stored_modseq
        uids = plan.all_cached if self.condstore and plan.modseq is not None else sorted(plan.cached)
        flags: dict[int, tuple[str, ...]] = {}
        for start in range(0, len(uids), FLAGS_BATCH):
            batch = uids[start:start + FLAGS_BATCH]
            flags.update(self._call(plan.folder, lambda client: fetch_flags(client, batch, changed_since)))
            self.stats["flag_queries"] += 1
        self.stats["flags_received"] += len(flags)
        return flags

    def _search(self, client: IMAPClient) -> list[int]:
        since = self.settings.search_since
        if since is None:
            return list(client.search(["ALL"]))
        # SEARCH SINCE compares INTERNALDATE by day in the server's zone: widen by a day.
        return list(client.search(["SINCE", (since - timedelta(days=1)).date()]))

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
        """Run one IMAP operation; after a dropped connection reconnect (with back-off) and retry.

        Only a dropped connection is retried. A timeout, a response that is not IMAP, a
        literal above the size limit or a refusal by the server ends the run with one line.
        """
        attempt = 0
        while True:
            failure, graceful = None, False
            try:
                client = self._connected(folder)
                return operation(client)
            except _ConnectError as exc:
                if not exc.retryable:
                    raise
                failure = exc.reason
            except SourceError:
                raise
            except (TimeoutError, LiteralTooLarge) as exc:
                failure, attempt = describe_failure(exc, self.settings.timeout), self.settings.retries
            except _NETWORK_ERRORS as exc:
                failure = describe_failure(exc, self.settings.timeout)
                if is_protocol_garbage(exc):
                    attempt = self.settings.retries  # not IMAP: retrying would read the same
            except IMAPClientError as exc:
                failure = describe_failure(exc, self.settings.timeout)
                attempt, graceful = self.settings.retries, not is_protocol_garbage(exc)
            self._disconnect(graceful)
            attempt += 1
            if attempt > self.settings.retries:
                suffix = f" (gave up after {self.settings.retries} reconnects)" if "dropped" in failure else ""
                raise SourceError(self._error(folder, failure + suffix)) from None
            self.stats["reconnects"] += 1
            _sleep(self.settings.backoff * 2 ** (attempt - 1))

    def _connected(self, folder: str | None) -> IMAPClient:
        if self._client is None:
            self._connect(folder)
        if folder is not None and self._selected != folder:
            info = self._client.select_folder(folder, readonly=True)
            self._selected = folder
            validity = int(info[b"UIDVALIDITY"])
            if self._uidvalidity.setdefault(folder, validity) != validity:
                raise SourceError(self._error(folder, "UIDVALIDITY changed while reading; run the audit again"))
            modseq = info.get(b"HIGHESTMODSEQ") if self.condstore else None
            self._modseq.setdefault(folder, int(modseq) if modseq is not None else None)
        return self._client

    def _connect(self, folder: str | None) -> None:
        """Open, secure, log in and enable CONDSTORE when offered; a refusal here is final."""
        credentials = self.credentials()
        settings = self.settings
        failure, retryable = None, False
        try:
            self._client = self._open_secured(tls_context(settings))
            guard_literals(self._client, settings.max_message_size)
            if credentials.oauth2_token is not None:
                self._client.oauth2_login(credentials.user, credentials.oauth2_token.reveal())
            else:
                self._client.login(credentials.user, credentials.password.reveal())
            self._client.normalise_times = False
            self._selected = None
            # ENABLE is only legal before a folder is selected.
            self.condstore = self._client.has_capability("CONDSTORE")
            if self.condstore:
                self._client.enable("CONDSTORE")
            return
        except (SourceError, ConfigError):
            self._disconnect()
            raise
        except (*_NETWORK_ERRORS, IMAPClientError, LiteralTooLarge) as exc:
            failure = credentials.scrub(describe_failure(exc, settings.timeout))
            retryable = (isinstance(exc, _NETWORK_ERRORS) and not isinstance(exc, (ssl.SSLError, TimeoutError))
                         and not is_protocol_garbage(exc))
        self._disconnect(graceful=False)
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

    def _disconnect(self, graceful: bool = True) -> None:
        """Log out; after a broken stream (timeout, garbage) just close the socket."""
        client, self._client, self._selected = self._client, None, None
        if client is None:
            return
        try:
            if not graceful:
                raise CapabilityError("no logout on a broken connection")
            client.logout()
        except (*_NETWORK_ERRORS, IMAPClientError, CapabilityError, LiteralTooLarge):
            try:
                client.shutdown()
            except (*_NETWORK_ERRORS, IMAPClientError, AttributeError):
                pass  # already gone: nothing left to close

    def _error(self, folder: str | None, reason: str) -> str:
        user = self._credentials.user if self._credentials else None
        return f"{self.account.where(folder, user)}: {reason}"

def open_imap_source(spec: str, settings: ImapSettings) -> ImapSource:
    """The ImapSource for a command-line ``imap://`` / ``imaps://`` spec."""
    return ImapSource(parse_imap_spec(spec, settings), settings)
