"""IMAP credentials: where a password or OAuth2 token comes from, kept out of every printout.

Never from a URL or a plain flag; from the environment, a command, ``~/.netrc`` or a prompt.
"""

from __future__ import annotations

import netrc
import os
import shlex
import subprocess
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from happyaudit.errors import ConfigError

PASSWORD_ENV = "HAPPYAUDIT_IMAP_PASSWORD"
SECRET_COMMAND_TIMEOUT = 60


class Secret:
    """A password or token that prints, logs and pickles into tracebacks as ``***``."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The secret itself, for the one call that must send it to the server."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    def __str__(self) -> str:
        return "***"

    def __reduce__(self):
        raise TypeError("a Secret is not serialisable")


@dataclass(frozen=True)
class Credentials:
    """Who logs in and with what: a password or an OAuth2 access token (XOAUTH2)."""

    user: str
    password: Secret | None = None
    oauth2_token: Secret | None = None

    def scrub(self, text: str) -> str:
        """``text`` with any occurrence of the secret replaced by ``***``."""
        for secret in (self.password, self.oauth2_token):
            if secret is not None and secret.reveal():
                text = text.replace(secret.reveal(), "***")
        return text


def run_secret_command(command: str, option: str) -> Secret:
    """The first line a command such as ``pass show support`` prints, as a Secret.

    The command's output is never echoed, not even in an error message.
    """
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise ConfigError(f"{option}: cannot parse the command ({exc})") from None
    if not argv:
        raise ConfigError(f"{option}: the command is empty")
    failure: str | None = None
    try:
        finished = subprocess.run(argv, capture_output=True, text=True, timeout=SECRET_COMMAND_TIMEOUT, check=False)
    except FileNotFoundError:
        failure = f"{option}: command not found: {argv[0]}"
    except subprocess.TimeoutExpired:
        failure = f"{option}: {argv[0]} did not finish within {SECRET_COMMAND_TIMEOUT} s"
    except OSError as exc:
        failure = f"{option}: cannot run {argv[0]} ({exc.strerror})"
    else:
        if finished.returncode != 0:
            failure = f"{option}: {argv[0]} exited with status {finished.returncode}"
        else:
            value = finished.stdout.split("\n", 1)[0].rstrip("\r")
            if value:
                return Secret(value)
            failure = f"{option}: {argv[0]} printed nothing"
    raise ConfigError(failure) from None


def resolve_credentials(
    host: str,
    user: str | None,
    *,
    password_command: str | None = None,
    oauth2_token_command: str | None = None,
    prompt: Callable[[str], str] | None = None,
    netrc_file: Path | None = None,
    environ: Mapping[str, str] = os.environ,
) -> Credentials:
    """Find the login for ``user@host``; the first source that has one wins.

    Order: ``--oauth2-token-command``, ``--password-command`` (a flag beats its
    environment), ``HAPPYAUDIT_IMAP_PASSWORD``, ``~/.netrc`` (which may also name the
    user), then a hidden prompt when ``prompt`` is given (a terminal).
    """
    netrc_login, netrc_password = _netrc_entry(host, netrc_file)
    user = user or netrc_login
    if not user:
        raise ConfigError(f"{host}: no IMAP user (put it in the URL as imaps://USER@{host}, "
                          "or use --imap-user / HAPPYAUDIT_IMAP_USER)")
    if oauth2_token_command:
        return Credentials(user, oauth2_token=run_secret_command(oauth2_token_command, "--oauth2-token-command"))
    if password_command:
        return Credentials(user, password=run_secret_command(password_command, "--password-command"))
    if environ.get(PASSWORD_ENV):
        return Credentials(user, password=Secret(environ[PASSWORD_ENV]))
    if netrc_password and (netrc_login in (None, "", user)):
        return Credentials(user, password=Secret(netrc_password))
    if prompt is not None:
        return Credentials(user, password=Secret(prompt(f"IMAP password for {user}@{host}")))
    raise ConfigError(
        f"no IMAP password for {user}@{host}: set {PASSWORD_ENV}, use --password-command "
        "or --oauth2-token-command, add it to ~/.netrc, or run on a terminal to be asked"
    )


def _netrc_entry(host: str, netrc_file: Path | None) -> tuple[str | None, str | None]:
    path = netrc_file or Path(os.environ.get("NETRC") or Path.home() / ".netrc")
    if not path.is_file():
        return None, None
    try:
        entry = netrc.netrc(str(path)).authenticators(host)
    except (netrc.NetrcParseError, OSError):
        raise ConfigError(f"{path}: cannot read the netrc file (check its syntax and permissions)") from None
    if entry is None:
        return None, None
    login, _, password = entry
    return login or None, password or None
