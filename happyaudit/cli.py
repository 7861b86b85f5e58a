"""The ``happyaudit`` command: options → AuditConfig, run the pipeline, print, map errors to exit codes.

The only module that prints to the terminal or exits.
"""

from __future__ import annotations

import enum
import os
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from happyaudit import __version__
from happyaudit.audit import RULES, selected_rules
from happyaudit.config import AuditConfig, parse_duration, parse_moment
from happyaudit.atomicfile import atomic_output
from happyaudit.cli_options import (
    AllMailOpt, AllOpt, AsOfOpt, CacheDirOpt, CaFileOpt, CloseAfterOpt, ClosedFolderOpt, DebugOpt, FailOnOpt,
    FolderOpt, FollowUpOpt, FormatOpt, GroupByOpt, HandoffOpt, HistoryOpt, IgnoreOpt, ImapHostOpt, ImapTimeoutOpt, ImapUserOpt, InsecureOpt,
    LookbackOpt, MaxFlaggedRateOpt, NoCacheOpt, OAuth2Opt, OutputOpt, PasswordCommandOpt, PathsArg, ProgressOpt,
    ResponseTargetOpt, SelectOpt, SinceOpt, StrictOpt, SupportAddressOpt, SupportDomainOpt, UntilOpt, WeighOpt,
    WorkersOpt,
)
from happyaudit.businesshours import parse_business_hours
from happyaudit.configfile import CONFIG_FILE_NAME, FileSettings, find_config_file, load_file_settings
from happyaudit.errors import ConfigError, ExitCode, HappyAuditError
from happyaudit.model import AuditResult
from happyaudit.parallel import default_workers
from happyaudit.pipeline import audit_sources
from happyaudit.progress import audit_with_progress
from happyaudit.history import load_history, record_audit
from happyaudit.report import OutputFormat, format_for_path, write_report
from happyaudit.report.breakdowns import GroupBy, group_cases, render_groups_table
from happyaudit.report.trend import render_trend, weekly_trend
from happyaudit.report.records import build_records
from happyaudit.thresholds import thresholds_crossed
from happyaudit.report.table import render_case, render_table, safe
from happyaudit.sources import Source, discover
from happyaudit.sources.cache import clear_cache, default_cache_dir
from happyaudit.sources.imap import DEFAULT_CLOSED_FOLDERS, ImapSettings, is_imap_spec

EXIT_CODES_HELP = (
    "Exit codes: 0 audit done; 1 a threshold (--fail-on, --max-flagged-rate) was crossed; 2 usage or "
    "input error (bad option, missing path, not a mailbox); 3 a source could not be read (or, with "
    "--strict, a message was skipped)."
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


def _load_config(ctx: typer.Context, value: Path | None) -> Path | None:
    """Eager ``--config`` callback: the file's settings become the command's option defaults.

    Click then resolves each option as flag > environment variable > this default map >
    built-in default, which is exactly the documented precedence.
    """
    try:
        path = find_config_file(value, Path.cwd())
        settings = load_file_settings(path, set(RULES))
    except HappyAuditError as exc:
        _stderr.print(Text(f"happyaudit: error: {safe(str(exc))}"))
        raise typer.Exit(exc.exit_code) from None
    ctx.default_map = {**(ctx.default_map or {}), **settings.options}
    ctx.meta["file_settings"] = settings
    return path


ConfigOpt = Annotated[
    Optional[Path],
    typer.Option("--config", help=f"Configuration file (default: ./{CONFIG_FILE_NAME}, or [tool.happyaudit] in "
                 "./pyproject.toml).", envvar="HAPPYAUDIT_CONFIG", dir_okay=False, is_eager=True,
                 callback=_load_config, show_default=False),
]


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


@app.command()
def audit(
    ctx: typer.Context,
    paths: PathsArg,
    config_file: ConfigOpt = None,
    output_format: FormatOpt = None,
    output: OutputOpt = None,
    show_all: AllOpt = False,
    support_domain: SupportDomainOpt = None,
    support_address: SupportAddressOpt = None,
    as_of: AsOfOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    response_target: ResponseTargetOpt = "24h",
    follow_up_window: FollowUpOpt = "2d",
    close_after: CloseAfterOpt = "7d",
    handoff_limit: HandoffOpt = 2,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    fail_on: FailOnOpt = None,
    max_flagged_rate: MaxFlaggedRateOpt = None,
    group_by: GroupByOpt = None,
    history: HistoryOpt = None,
    strict: StrictOpt = False,
    weigh: WeighOpt = False,
    progress: ProgressOpt = sys.stderr.isatty(),
    workers: WorkersOpt = None,
    debug: DebugOpt = False,
    folder: FolderOpt = None, all_mail: AllMailOpt = False, closed_folder: ClosedFolderOpt = None,
    imap_host: ImapHostOpt = None, imap_user: ImapUserOpt = None, password_command: PasswordCommandOpt = None,
    oauth2_token_command: OAuth2Opt = None, insecure: InsecureOpt = False, ca_file: CaFileOpt = None,
    lookback: LookbackOpt = "30d", imap_timeout: ImapTimeoutOpt = "30s",
    cache_dir: CacheDirOpt = None, no_cache: NoCacheOpt = False,
) -> None:
    """Audit mailboxes and report the cases where customers were let down.

    Exit codes: 0 done; 1 a threshold (--fail-on, --max-flagged-rate) was crossed; 2 usage
    or input error; 3 a source could not be read (with --strict: or a message was skipped).
    """
    with _errors_handled(debug):
        moment = _as_of(as_of)
        config = _config(ctx, support_domain, support_address, moment, since, until,
                         response_target, follow_up_window, close_after, handoff_limit, select, ignore, weigh)
        failing_rules = _rule_list(fail_on, "--fail-on")
        imap = _imap_settings(paths, config, locals())
        sources = _sources(paths, imap)
        result = _run(sources, config, moment, progress, workers, keep_notes=False)
        _report_inference(result)
        records = build_records(result, [r.name for r in selected_rules(config)])
        points = None
        if history is not None:
            record_audit(history, records)
            points = load_history(history)
        groups = group_cases(records, group_by.value) if group_by is not None else None
        _write_report(result, records, output_format or format_for_path(output), output, show_all,
                      groups, group_by, points)
        if result.skipped and strict:
            _stderr.print(Text(f"happyaudit: error: {len(result.skipped)} message(s) skipped (--strict)"))
            raise typer.Exit(ExitCode.SOURCE)
        crossed = thresholds_crossed(records["summary"], failing_rules, max_flagged_rate)
        for reason in crossed:
            _stderr.print(Text(f"happyaudit: threshold crossed: {reason}"))
        if crossed:
            raise typer.Exit(ExitCode.THRESHOLD)


def _write_report(result: AuditResult, records: dict, output_format: OutputFormat, output: Path | None,
                  show_all: bool, groups: list | None, group_by: GroupBy | None, history: list | None) -> None:
    if output_format is OutputFormat.TABLE:
        def draw(console: Console) -> None:
            render_table(result, records["summary"], console, show_all=show_all)
            if groups is not None:
                render_groups_table(groups, console, by=group_by.value)

        if output is None:
            draw(_stdout_console())
        else:
            with atomic_output(output) as handle:
                draw(Console(file=handle, width=120, color_system=None))
        return
    options = {"show_all": show_all, "groups": groups, "group_by": group_by.value if group_by else None,
               "history": history}
    if output is None:
        write_report(sys.stdout, records, output_format, **options)
        return
    with atomic_output(output) as handle:
        write_report(handle, records, output_format, **options)


@app.command()
def show(
    ctx: typer.Context,
    case_id: Annotated[str, typer.Argument(help="The case id (or a unique prefix) from the audit report.")],
    paths: PathsArg,
    config_file: ConfigOpt = None,
    support_domain: SupportDomainOpt = None,
    support_address: SupportAddressOpt = None,
    as_of: AsOfOpt = None,
    response_target: ResponseTargetOpt = "24h",
    follow_up_window: FollowUpOpt = "2d",
    close_after: CloseAfterOpt = "7d",
    handoff_limit: HandoffOpt = 2,
    weigh: WeighOpt = False,
    progress: ProgressOpt = sys.stderr.isatty(),
    workers: WorkersOpt = None,
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
        config = _config(ctx, support_domain, support_address, moment, None, None,
                         response_target, follow_up_window, close_after, handoff_limit, weigh=weigh)
        imap = _imap_settings(paths, config, locals())
        result = _run(_sources(paths, imap), config, moment, progress, workers)
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


@app.command("config")
def show_config(ctx: typer.Context, config_file: ConfigOpt = None) -> None:
    """Print the effective configuration and where each value comes from (flags override per run)."""
    command = typer.main.get_command(app).commands["audit"]
    settings: FileSettings = ctx.meta.get("file_settings") or FileSettings(None)
    table = Table(show_header=True, header_style="bold")
    table.add_column("Option", no_wrap=True)
    table.add_column("Value")
    table.add_column("From")
    for param in command.params:
        if not param.name or param.name in _NOT_SETTINGS or not getattr(param, "opts", None):
            continue
        envvar = param.envvar if isinstance(param.envvar, str) else None
        if envvar and os.environ.get(envvar) is not None:
            value, origin = os.environ[envvar], f"environment {envvar}"
            if "PASSWORD" in envvar or "TOKEN" in envvar:
                value = "***"
        elif param.name in settings.options:
            value, origin = settings.options[param.name], settings.keys[param.name]
        elif param.default is None and isinstance(param.show_default, str):
            value, origin = param.show_default, "default"
        else:
            value, origin = param.default, "default"
        table.add_row(param.opts[0], Text(safe(_display(value))), Text(safe(origin)))
    for label, value in (("business hours", settings.business_hours), ("closing phrases", settings.closing_phrases),
                         ("closing tags", settings.closing_tags), ("severities", settings.severities)):
        table.add_row(label, Text(safe(_display(value) or "—")), Text(str(settings.path) if value else "default"))
    console = _stdout_console()
    console.print(Text(f"Configuration file: {settings.path or 'none (defaults)'}"))
    console.print(table)


_NOT_SETTINGS = {"paths", "config_file", "debug", "progress", "output", "as_of", "since", "until"}


def _display(value) -> str:
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items())
    return str(value)


@app.command("trend")
def show_trend(
    history: Annotated[Path, typer.Option("--history", help="The SQLite file audits were recorded in.",
                                          envvar="HAPPYAUDIT_HISTORY", dir_okay=False)],
    debug: DebugOpt = False,
) -> None:
    """Week-over-week figures from recorded audits, with direction and a sparkline."""
    with _errors_handled(debug):
        points = load_history(history)
        if not points:
            raise ConfigError(f"{history}: no audits recorded yet (run `happyaudit audit ... --history {history}`)")
        render_trend(weekly_trend(points), _stdout_console())


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


def _rule_list(text: str | None, option: str) -> frozenset[str] | None:
    """Comma-separated rule names, each checked against the registry."""
    if text is None:
        return None
    names = frozenset(name.strip() for name in text.split(",") if name.strip())
    unknown = sorted(names - set(RULES))
    if unknown:
        raise ConfigError(f"{option}: unknown rule {unknown[0]!r} (see `happyaudit rules`)")
    return names


def _config(ctx: typer.Context, support_domain, support_address, as_of, since, until, response_target,
            follow_up_window, close_after, handoff_limit, select=None, ignore=None, weigh=False) -> AuditConfig:
    file_settings: FileSettings = ctx.meta.get("file_settings") or FileSettings(None)
    return AuditConfig(
        business_hours=(parse_business_hours(file_settings.business_hours)
                        if file_settings.business_hours is not None else None),
        closing_phrases=file_settings.closing_phrases,
        closing_tags=file_settings.closing_tags,
        severities=dict(file_settings.severities),
        selected_rules=_rule_list(select, "--select"),
        ignored_rules=_rule_list(ignore, "--ignore") or frozenset(),
        support_addresses=frozenset(a.lower() for a in support_address or ()),
        support_domains=frozenset(d.lower().lstrip("@") for d in support_domain or ()),
        response_target=parse_duration(response_target, "--response-target"),
        follow_up_window=parse_duration(follow_up_window, "--follow-up-window"),
        close_after=parse_duration(close_after, "--close-after"),
        handoff_limit=handoff_limit,
        since=parse_moment(since, "--since", as_of) if since else None,
        until=parse_moment(until, "--until", as_of) if until else None,
        weigh_questions=weigh,
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


def _run(sources: list[Source], config: AuditConfig, as_of: datetime, show_progress: bool,
         workers: int | None, keep_notes: bool = True) -> AuditResult:
    processes = workers or default_workers()
    if show_progress:
        return audit_with_progress(sources, config, as_of, _stderr, workers=processes, keep_notes=keep_notes)
    return audit_sources(sources, config, as_of, workers=processes, keep_notes=keep_notes)


def _report_inference(result: AuditResult) -> None:
    if result.support_inferred:
        _stderr.print(Text(
            f"happyaudit: support side inferred: {safe(result.support_inferred)}; "
            "set --support-domain or --support-address to override"
        ))


def main() -> None:
    """Console-script entry point."""
    app()
