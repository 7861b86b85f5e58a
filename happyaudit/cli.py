"""The ``happyaudit`` command: options → AuditConfig, run the pipeline, print, map errors to exit codes.

The only module that prints to the terminal or exits.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from happyaudit import __version__
from happyaudit.audit import RULES, selected_rules
from happyaudit.config import AuditConfig, parse_duration, parse_moment
from happyaudit.errors import ConfigError, ExitCode, HappyAuditError, ReportError
from happyaudit.model import AuditResult
from happyaudit.pipeline import audit_sources
from happyaudit.report import FILE_WRITERS, OutputFormat
from happyaudit.report.table import render_case, render_table, safe
from happyaudit.sources import Source, discover
from happyaudit.sources.cache import clear_cache, default_cache_dir
from happyaudit.sources.imap import DEFAULT_CLOSED_FOLDERS, ImapSettings, is_imap_spec

EXIT_CODES_HELP = (
    "Exit codes: 0 audit done; 2 usage or input error (bad option, missing path, "
    "not a mailbox); 3 a source could not be read (or, with --strict, a message was skipped)."
)

app = typer.Typer(
    name="happyaudit",
    help="Audit a support mailbox for customers left unhappy: unanswered questions, missed "
    "follow-ups, customers who had to chase, open cases overdue for a reply, slow first "
    "responses, reopenings and too many hand-offs.\n\n" + EXIT_CODES_HELP,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"happyaudit {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", callback=_version_callback, is_eager=True)
    ] = False,
) -> None:
    """Audit a support mailbox for customers left unhappy."""


PathsArg = Annotated[
    list[str],
    typer.Argument(
        help="Mailboxes to audit: mbox files, Maildir folders, folders of .eml files, or folders holding those.",
        show_default=False,
    ),
]
SupportDomainOpt = Annotated[
    Optional[list[str]],
    typer.Option("--support-domain", help="A domain whose senders are support staff (repeatable).",
                 envvar="HAPPYAUDIT_SUPPORT_DOMAIN", show_default=False),
]
SupportAddressOpt = Annotated[
    Optional[list[str]],
    typer.Option("--support-address", help="An address that is support staff (repeatable).",
                 envvar="HAPPYAUDIT_SUPPORT_ADDRESS", show_default=False),
]
AsOfOpt = Annotated[
    Optional[str],
    typer.Option("--as-of", help="Audit time (ISO 8601; default: now). Fix it for reproducible reports.",
                 envvar="HAPPYAUDIT_AS_OF", show_default=False),
]
SinceOpt = Annotated[
    Optional[str],
    typer.Option("--since", help="Audit cases with activity since this date or age (2026-11-01, 7d, 2w).",
                 envvar="HAPPYAUDIT_SINCE", show_default=False),
]
UntilOpt = Annotated[
    Optional[str],
    typer.Option("--until", help="Audit cases with activity until this date or age.", show_default=False),
]
ResponseTargetOpt = Annotated[
    str, typer.Option("--response-target", help="Response target for first replies and waiting customers.",
                      envvar="HAPPYAUDIT_RESPONSE_TARGET")
]
FollowUpOpt = Annotated[
    str, typer.Option("--follow-up-window", help="How long a promise without a deadline may take.",
                      envvar="HAPPYAUDIT_FOLLOW_UP_WINDOW")
]
CloseAfterOpt = Annotated[
    str, typer.Option("--close-after", help="Quiet time after support's last message that closes a case.",
                      envvar="HAPPYAUDIT_CLOSE_AFTER")
]
HandoffOpt = Annotated[
    int, typer.Option("--handoff-limit", min=1, help="Most distinct agents a case may pass through.",
                      envvar="HAPPYAUDIT_HANDOFF_LIMIT")
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show the traceback of an unexpected error.")]
ProgressOpt = Annotated[
    bool, typer.Option("--progress/--no-progress", help="Progress bar on stderr (default: when it is a terminal).")
]
IMAP_PANEL = "IMAP (imap://, imaps:// paths)"


def _imap_option(flag: str, help_text: str, envvar: str | None = None, **kwargs):
    """A Typer option grouped under the IMAP help panel."""
    return typer.Option(flag, help=help_text, envvar=envvar, show_default=kwargs.pop("show_default", False),
                        rich_help_panel=IMAP_PANEL, **kwargs)


FolderOpt = Annotated[Optional[list[str]], _imap_option(
    "--folder", "IMAP folder to read (repeatable; default INBOX and the folder marked Sent).",
    "HAPPYAUDIT_IMAP_FOLDER")]
AllMailOpt = Annotated[bool, _imap_option("--all-mail", "Also read the folder marked All (Gmail's All Mail).")]
ClosedFolderOpt = Annotated[Optional[list[str]], _imap_option(
    "--closed-folder", "A folder whose messages count as closed (repeatable; default Closed, Resolved and "
    "their translations).", "HAPPYAUDIT_IMAP_CLOSED_FOLDER")]
ImapHostOpt = Annotated[Optional[str], _imap_option("--imap-host", "IMAP host when the URL has none.",
                                                    "HAPPYAUDIT_IMAP_HOST")]
ImapUserOpt = Annotated[Optional[str], _imap_option("--imap-user", "IMAP user when the URL has none.",
                                                    "HAPPYAUDIT_IMAP_USER")]
PasswordCommandOpt = Annotated[Optional[str], _imap_option(
    "--password-command", "Command printing the IMAP password (pass show support).",
    "HAPPYAUDIT_IMAP_PASSWORD_COMMAND")]
OAuth2Opt = Annotated[Optional[str], _imap_option(
    "--oauth2-token-command", "Command printing an OAuth2 access token (XOAUTH2).",
    "HAPPYAUDIT_IMAP_OAUTH2_TOKEN_COMMAND")]
InsecureOpt = Annotated[bool, _imap_option(
    "--insecure", "Do not verify TLS certificates; allow IMAP without STARTTLS.")]
CaFileOpt = Annotated[Optional[Path], _imap_option(
    "--ca-file", "CA certificate(s) to trust for a private CA.", "HAPPYAUDIT_IMAP_CA_FILE", dir_okay=False)]
LookbackOpt = Annotated[str, _imap_option(
    "--lookback", "With --since, also fetch this much earlier mail for thread context.", "HAPPYAUDIT_IMAP_LOOKBACK",
    show_default=True)]
ImapTimeoutOpt = Annotated[str, _imap_option("--imap-timeout", "Network timeout for IMAP.", "HAPPYAUDIT_IMAP_TIMEOUT",
                                             show_default=True)]
CacheDirOpt = Annotated[Optional[Path], _imap_option(
    "--cache-dir", "IMAP cache folder (default $XDG_CACHE_HOME/happyaudit).", "HAPPYAUDIT_CACHE_DIR",
    file_okay=False)]
NoCacheOpt = Annotated[bool, _imap_option("--no-cache", "Neither read nor write the IMAP cache.",
                                          "HAPPYAUDIT_NO_CACHE")]


@app.command()
def audit(
    paths: PathsArg,
    output_format: Annotated[
        OutputFormat,
        typer.Option("--format", "-f", help="Report format.", envvar="HAPPYAUDIT_FORMAT", case_sensitive=False),
    ] = OutputFormat.TABLE,
    output: Annotated[
        Optional[Path],
        typer.Option("--output", "-o", help="Write the report to this file instead of standard output.",
                     dir_okay=False, show_default=False),
    ] = None,
    show_all: Annotated[bool, typer.Option("--all", help="List every case, not only flagged ones.")] = False,
    support_domain: SupportDomainOpt = None,
    support_address: SupportAddressOpt = None,
    as_of: AsOfOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    response_target: ResponseTargetOpt = "24h",
    follow_up_window: FollowUpOpt = "2d",
    close_after: CloseAfterOpt = "7d",
    handoff_limit: HandoffOpt = 2,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 3 if any message had to be skipped.")] = False,
    progress: ProgressOpt = sys.stderr.isatty(),
    debug: DebugOpt = False,
    folder: FolderOpt = None, all_mail: AllMailOpt = False, closed_folder: ClosedFolderOpt = None,
    imap_host: ImapHostOpt = None, imap_user: ImapUserOpt = None, password_command: PasswordCommandOpt = None,
    oauth2_token_command: OAuth2Opt = None, insecure: InsecureOpt = False, ca_file: CaFileOpt = None,
    lookback: LookbackOpt = "30d", imap_timeout: ImapTimeoutOpt = "30s",
    cache_dir: CacheDirOpt = None, no_cache: NoCacheOpt = False,
) -> None:
    """Audit mailboxes and report the cases where customers were let down.

    Exit codes: 0 done; 2 usage or input error; 3 a source could not be read (with
    --strict: or a message was skipped).
    """
    with _errors_handled(debug):
        moment = _as_of(as_of)
        config = _config(support_domain, support_address, moment, since, until,
                         response_target, follow_up_window, close_after, handoff_limit)
        imap = _imap_settings(paths, config, locals())
        sources = _sources(paths, imap)
        result = _run(sources, config, moment, progress)
        _report_inference(result)
        rule_names = [r.name for r in selected_rules(config)]
        if output_format is OutputFormat.TABLE:
            if output is not None:
                with _atomic_output(output) as handle:
                    render_table(result, Console(file=handle, width=120, color_system=None), show_all=show_all)
            else:
                render_table(result, _stdout_console(), show_all=show_all)
        else:
            text = FILE_WRITERS[output_format](result, rule_names)
            if output is not None:
                with _atomic_output(output) as handle:
                    handle.write(text)
            else:
                sys.stdout.write(text)
        if result.skipped and strict:
            _stderr.print(Text(f"happyaudit: error: {len(result.skipped)} message(s) skipped (--strict)"))
            raise typer.Exit(ExitCode.SOURCE)


@app.command()
def show(
    case_id: Annotated[str, typer.Argument(help="The case id (or a unique prefix) from the audit report.")],
    paths: PathsArg,
    support_domain: SupportDomainOpt = None,
    support_address: SupportAddressOpt = None,
    as_of: AsOfOpt = None,
    response_target: ResponseTargetOpt = "24h",
    follow_up_window: FollowUpOpt = "2d",
    close_after: CloseAfterOpt = "7d",
    handoff_limit: HandoffOpt = 2,
    progress: ProgressOpt = sys.stderr.isatty(),
    debug: DebugOpt = False,
    folder: FolderOpt = None, all_mail: AllMailOpt = False, closed_folder: ClosedFolderOpt = None,
    imap_host: ImapHostOpt = None, imap_user: ImapUserOpt = None, password_command: PasswordCommandOpt = None,
    oauth2_token_command: OAuth2Opt = None, insecure: InsecureOpt = False, ca_file: CaFileOpt = None,
    lookback: LookbackOpt = "30d", imap_timeout: ImapTimeoutOpt = "30s",
    cache_dir: CacheDirOpt = None, no_cache: NoCacheOpt = False,
) -> None:
    """Show one case's conversation: who wrote what, quoted history folded, each finding at its message."""
    with _errors_handled(debug):
        moment = _as_of(as_of)
        config = _config(support_domain, support_address, moment, None, None,
                         response_target, follow_up_window, close_after, handoff_limit)
        imap = _imap_settings(paths, config, locals())
        result = _run(_sources(paths, imap), config, moment, progress)
        matches = [c for c in result.cases if c.case.case_id.startswith(case_id.strip().lower())]
        if not matches:
            raise ConfigError(f"no case {case_id!r} in {', '.join(paths)} (run `happyaudit audit --all` to list cases)")
        if len(matches) > 1:
            ids = ", ".join(sorted(c.case.case_id for c in matches))
            raise ConfigError(f"case id {case_id!r} is ambiguous: {ids}")
        render_case(matches[0], _stdout_console())


cache_app = typer.Typer(help="The IMAP message cache.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("clear")
def clear_imap_cache(cache_dir: CacheDirOpt = None) -> None:
    """Delete the IMAP message cache (it is rebuilt on the next IMAP audit)."""
    with _errors_handled(False):
        directory = cache_dir or default_cache_dir()
        removed = clear_cache(directory)
        _stderr.print(Text(f"happyaudit: cache cleared ({directory}, {removed} file(s) removed)"))


@app.command("rules")
def list_rules() -> None:
    """List the audit rules with their default severity and what each one flags."""
    table = Table(show_header=True, header_style="bold")
    table.add_column("Rule", no_wrap=True)
    table.add_column("Severity")
    table.add_column("Fires when")
    for audit_rule in RULES.values():
        table.add_row(audit_rule.name, audit_rule.severity.value, audit_rule.description)
    _stdout_console().print(table)


class _errors_handled:
    """Turn every failure into one line on stderr and a documented exit code."""

    def __init__(self, debug: bool) -> None:
        self.debug = debug

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc is None or isinstance(exc, (typer.Exit, typer.Abort, SystemExit)):
            return False
        if isinstance(exc, KeyboardInterrupt):
            _stderr.print("happyaudit: interrupted")
            raise typer.Exit(130) from None
        if self.debug:
            return False
        if isinstance(exc, HappyAuditError):
            _stderr.print(Text(f"happyaudit: error: {safe(str(exc))}"))
            raise typer.Exit(exc.exit_code) from None
        _stderr.print(Text(
            f"happyaudit: internal error: {type(exc).__name__}: {safe(str(exc), 300)} "
            "(run again with --debug for the traceback, and please report it)"
        ))
        raise typer.Exit(ExitCode.USAGE) from None


def _stdout_console() -> Console:
    """A console for the report: the terminal's width, or 120 columns into a pipe or CI log."""
    if sys.stdout.isatty() or os.environ.get("COLUMNS"):
        return Console(highlight=False)
    return Console(highlight=False, width=120)


def _as_of(text: str | None) -> datetime:
    now = datetime.now(timezone.utc)
    return parse_moment(text, "--as-of", now) if text else now


def _config(support_domain, support_address, as_of, since, until,
            response_target, follow_up_window, close_after, handoff_limit) -> AuditConfig:
    return AuditConfig(
        support_addresses=frozenset(a.lower() for a in support_address or ()),
        support_domains=frozenset(d.lower().lstrip("@") for d in support_domain or ()),
        response_target=parse_duration(response_target, "--response-target"),
        follow_up_window=parse_duration(follow_up_window, "--follow-up-window"),
        close_after=parse_duration(close_after, "--close-after"),
        handoff_limit=handoff_limit,
        since=parse_moment(since, "--since", as_of) if since else None,
        until=parse_moment(until, "--until", as_of) if until else None,
    )


def _sources(paths: list[str], imap: ImapSettings | None = None) -> list[Source]:
    sources: list[Source] = []
    for spec in paths:
        sources.extend(discover(spec, imap))
    return sources


def _imap_settings(paths: list[str], config: AuditConfig, options: dict) -> ImapSettings | None:
    """The IMAP options of a command (its ``locals()``) as ImapSettings, or None without an IMAP path."""
    if not any(is_imap_spec(spec) for spec in paths):
        return None
    if options["insecure"]:
        _stderr.print("happyaudit: warning: --insecure: TLS certificates are not verified and IMAP may run "
                      "without encryption")
    lookback_span = parse_duration(options["lookback"], "--lookback")
    stdin_is_terminal = sys.stdin is not None and sys.stdin.isatty()
    return ImapSettings(
        host=options["imap_host"], user=options["imap_user"], folders=tuple(options["folder"] or ()),
        all_mail=options["all_mail"], closed_folders=tuple(options["closed_folder"] or DEFAULT_CLOSED_FOLDERS),
        insecure=options["insecure"], ca_file=options["ca_file"],
        timeout=parse_duration(options["imap_timeout"], "--imap-timeout").total_seconds(),
        search_since=(config.since - lookback_span) if config.since else None,
        password_command=options["password_command"], oauth2_token_command=options["oauth2_token_command"],
        prompt=(lambda text: typer.prompt(text, hide_input=True, err=True)) if stdin_is_terminal else None,
        cache_dir=None if options["no_cache"] else (options["cache_dir"] or default_cache_dir()),
    )


def _run(sources: list[Source], config: AuditConfig, as_of: datetime, show_progress: bool) -> AuditResult:
    if not show_progress:
        return audit_sources(sources, config, as_of)
    total = sum(s.size_hint() or 0 for s in sources) or None
    columns = [
        TextColumn("reading mail"),
        BarColumn(),
        TextColumn("{task.fields[messages]} messages · {task.fields[mb]:.1f} MB"),
        TimeElapsedColumn(),
    ]
    with Progress(*columns, console=_stderr, transient=True) as bar:
        task = bar.add_task("read", total=total, messages=0, mb=0.0)

        def update(messages: int, size: int) -> None:
            bar.update(task, completed=size, messages=messages, mb=size / 1e6)

        return audit_sources(sources, config, as_of, progress=update)


def _report_inference(result: AuditResult) -> None:
    if result.support_inferred:
        _stderr.print(Text(
            f"happyaudit: support side inferred: {safe(result.support_inferred)}; "
            "set --support-domain or --support-address to override"
        ))


class _atomic_output:
    """Write a report file completely or not at all: a temp file renamed into place.

    While the temp file exists, SIGTERM exits with 143 through ``SystemExit`` instead of
    killing the process outright, so the temp file is removed on the way out.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.previous_sigterm = None

    def __enter__(self):
        directory = self.path.parent if str(self.path.parent) else Path(".")
        if (threading.current_thread() is threading.main_thread()
                and signal.getsignal(signal.SIGTERM) is signal.SIG_DFL):
            self.previous_sigterm = signal.signal(signal.SIGTERM, _exit_on_sigterm)
        try:
            fd, self.temp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=directory)
        except OSError as exc:
            self._restore_sigterm()
            raise ReportError(f"{self.path}: cannot write report ({exc.strerror})") from None
        self.handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
        return self.handle

    def __exit__(self, exc_type, exc, tb) -> bool:
        try:
            self.handle.close()
            if exc is None:
                try:
                    os.replace(self.temp, self.path)
                except OSError as err:
                    os.unlink(self.temp)
                    raise ReportError(f"{self.path}: cannot write report ({err.strerror})") from None
            else:
                os.unlink(self.temp)
        finally:
            self._restore_sigterm()
        return False

    def _restore_sigterm(self) -> None:
        if self.previous_sigterm is not None:
            signal.signal(signal.SIGTERM, self.previous_sigterm)
            self.previous_sigterm = None


def _exit_on_sigterm(signum, frame) -> None:
    """SIGTERM while a report file is being written: unwind (removing the temp file), exit 143."""
    raise SystemExit(128 + signal.SIGTERM)


def main() -> None:
    """Console-script entry point."""
    app()
