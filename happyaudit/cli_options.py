"""The command line's options, declared once and shared by the commands that take them."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from happyaudit.parallel import default_workers
from happyaudit.report import OutputFormat
from happyaudit.report.breakdowns import GroupBy

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
WorkersOpt = Annotated[
    Optional[int],
    typer.Option("--workers", "-j", min=1, envvar="HAPPYAUDIT_WORKERS", show_default=f"{default_workers()} (the usable CPUs)",
                 help="Processes that parse and audit in parallel. The report is the same for any number."),
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

FormatOpt = Annotated[
    Optional[OutputFormat],
    typer.Option("--format", "-f", help="Report format (default: from the --output file's extension, else table).",
                 envvar="HAPPYAUDIT_FORMAT", case_sensitive=False, show_default=False),
]
OutputOpt = Annotated[
    Optional[Path],
    typer.Option("--output", "-o", help="Write the report to this file instead of standard output.",
                 dir_okay=False, show_default=False),
]
AllOpt = Annotated[bool, typer.Option("--all", help="List every case, not only flagged ones.")]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Exit 3 if any message had to be skipped.")]
WeighOpt = Annotated[bool, typer.Option(
    "--weigh", help="Weigh each question's verdict with the rest of its case (learned weights): fewer false "
                    "unanswered-question flags, a few more misses.")]
FailOnOpt = Annotated[
    Optional[str],
    typer.Option("--fail-on", help="Exit 1 if any finding of these rules (comma-separated) is found.",
                 envvar="HAPPYAUDIT_FAIL_ON", show_default=False, metavar="RULE[,RULE]"),
]
MaxFlaggedRateOpt = Annotated[
    Optional[float],
    typer.Option("--max-flagged-rate", min=0.0, max=1.0, help="Exit 1 if more than this share of cases is flagged "
                 "(0.10 = 10%).", envvar="HAPPYAUDIT_MAX_FLAGGED_RATE", show_default=False),
]
SelectOpt = Annotated[
    Optional[str],
    typer.Option("--select", help="Run only these rules (comma-separated).", envvar="HAPPYAUDIT_SELECT",
                 show_default=False, metavar="RULE[,RULE]"),
]
IgnoreOpt = Annotated[
    Optional[str],
    typer.Option("--ignore", help="Do not run these rules (comma-separated).", envvar="HAPPYAUDIT_IGNORE",
                 show_default=False, metavar="RULE[,RULE]"),
]
GroupByOpt = Annotated[
    Optional[GroupBy],
    typer.Option("--group-by", help="Also break the cases down per agent, week or customer domain.",
                 envvar="HAPPYAUDIT_GROUP_BY", case_sensitive=False, show_default=False),
]
HistoryOpt = Annotated[
    Optional[Path],
    typer.Option("--history", help="Record this audit's summary in this SQLite file (for `happyaudit trend` and "
                 "the HTML report's trend chart).", envvar="HAPPYAUDIT_HISTORY", dir_okay=False, show_default=False),
]
