"""The configuration file: ``happyaudit.toml`` or ``[tool.happyaudit]`` in ``pyproject.toml``.

Reads and validates the file into command-option defaults (which flags and environment
variables then override) and the settings that have no flag (business hours, closing
phrases and tags, severities). Every unknown key or bad value is an error naming the key.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from happyaudit.config import parse_duration
from happyaudit.errors import ConfigError

CONFIG_FILE_NAME = "happyaudit.toml"


def _text(value: Any, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{key}: expected a non-empty string, got {value!r}")
    return value


def _texts(value: Any, key: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{key}: expected a list of strings, got {value!r}")
    return value


def _duration(value: Any, key: str) -> str:
    parse_duration(_text(value, key), key)
    return value


def _count(value: Any, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{key}: expected a whole number of at least 1, got {value!r}")
    return value


def _rate(value: Any, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ConfigError(f"{key}: expected a share between 0 and 1 (0.10 = 10%), got {value!r}")
    return float(value)


def _flag(value: Any, key: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{key}: expected true or false, got {value!r}")
    return value


def _comma_list(value: Any, key: str) -> str:
    return ",".join(_texts(value, key))


# file key -> (command option name, validator). The option names are the CLI parameters.
OPTION_KEYS: dict[str, tuple[str, Any]] = {
    "support_domains": ("support_domain", _texts),
    "support_addresses": ("support_address", _texts),
    "format": ("output_format", _text),
    "fail_on": ("fail_on", _comma_list),
    "max_flagged_rate": ("max_flagged_rate", _rate),
    "select": ("select", _comma_list),
    "ignore": ("ignore", _comma_list),
    "strict": ("strict", _flag),
    "weigh": ("weigh", _flag),
    "workers": ("workers", _count),
    "targets.response": ("response_target", _duration),
    "targets.follow_up_window": ("follow_up_window", _duration),
    "targets.close_after": ("close_after", _duration),
    "targets.handoff_limit": ("handoff_limit", _count),
    "imap.host": ("imap_host", _text),
    "imap.user": ("imap_user", _text),
    "imap.folders": ("folder", _texts),
    "imap.closed_folders": ("closed_folder", _texts),
    "imap.all_mail": ("all_mail", _flag),
    "imap.ca_file": ("ca_file", _text),
    "imap.lookback": ("lookback", _duration),
    "imap.timeout": ("imap_timeout", _duration),
    "imap.cache_dir": ("cache_dir", _text),
    "imap.password_command": ("password_command", _text),
    "imap.oauth2_token_command": ("oauth2_token_command", _text),
}
SECTION_KEYS = {"business_hours", "closing", "severities"}
CLOSING_KEYS = {"phrases", "tags"}
SEVERITIES = {"error", "warning", "info"}


@dataclass(frozen=True)
class FileSettings:
    """What a configuration file says, validated."""

    path: Path | None
    options: dict[str, Any] = field(default_factory=dict)
    """Command option name → value, used as the options' defaults."""
    keys: dict[str, str] = field(default_factory=dict)
    """Command option name → the file key that set it, for ``happyaudit config``."""
    business_hours: dict | None = None
    closing_phrases: tuple[str, ...] = ()
    closing_tags: tuple[str, ...] = ()
    severities: dict[str, str] = field(default_factory=dict)


def find_config_file(explicit: Path | None, cwd: Path) -> Path | None:
    """The file to read: ``--config``, else ``happyaudit.toml``, else a ``pyproject.toml`` with ``[tool.happyaudit]``."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: no such configuration file")
        return explicit
    candidate = cwd / CONFIG_FILE_NAME
    if candidate.is_file():
        return candidate
    pyproject = cwd / "pyproject.toml"
    if pyproject.is_file() and "happyaudit" in _read_toml(pyproject).get("tool", {}):
        return pyproject
    return None


def load_file_settings(path: Path | None, rule_names: set[str]) -> FileSettings:
    """Validate the file at ``path`` (``None``: no file) into option defaults and extra settings."""
    if path is None:
        return FileSettings(None)
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("happyaudit", {})
        prefix = "tool.happyaudit."
    else:
        prefix = ""
    options: dict[str, Any] = {}
    keys: dict[str, str] = {}
    for key, value in _flatten(data, path, prefix):
        if key in OPTION_KEYS:
            option, validate = OPTION_KEYS[key]
            options[option] = validate(value, f"{path.name}: {prefix}{key}")
            keys[option] = f"{path.name}: {prefix}{key}"
        else:
            raise ConfigError(f"{path.name}: {prefix}{key}: unknown setting (see the README's configuration section)")
    for names_key in ("select", "ignore", "fail_on"):
        for name in (options.get(names_key) or "").split(","):
            if name and name not in rule_names:
                raise ConfigError(f"{path.name}: {prefix}{names_key}: unknown rule {name!r} (see `happyaudit rules`)")
    business_hours = data.get("business_hours")
    if business_hours is not None:
        from happyaudit.businesshours import parse_business_hours

        if not isinstance(business_hours, dict):
            raise ConfigError(f"{path.name}: {prefix}business_hours: expected a table")
        parse_business_hours(business_hours, f"{path.name}: {prefix}business_hours")
    closing = data.get("closing", {})
    if not isinstance(closing, dict):
        raise ConfigError(f"{path.name}: {prefix}closing: expected a table with phrases and tags")
    for key in closing:
        if key not in CLOSING_KEYS:
            raise ConfigError(f"{path.name}: {prefix}closing.{key}: unknown setting (expected phrases, tags)")
    severities = data.get("severities", {})
    if not isinstance(severities, dict):
        raise ConfigError(f"{path.name}: {prefix}severities: expected a table of rule = severity")
    for rule, severity in severities.items():
        if rule not in rule_names:
            raise ConfigError(f"{path.name}: {prefix}severities.{rule}: unknown rule (see `happyaudit rules`)")
        if severity not in SEVERITIES:
            raise ConfigError(f"{path.name}: {prefix}severities.{rule}: {severity!r} is not error, warning or info")
    return FileSettings(
        path=path,
        options=options,
        keys=keys,
        business_hours=business_hours,
        closing_phrases=tuple(_texts(closing.get("phrases", []), f"{path.name}: {prefix}closing.phrases")),
        closing_tags=tuple(_texts(closing.get("tags", []), f"{path.name}: {prefix}closing.tags")),
        severities=dict(severities),
    )


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None


def _flatten(data: dict, path: Path, prefix: str):
    """(dotted key, value) for option settings; the sections without flags are checked apart."""
    for key, value in data.items():
        if key in SECTION_KEYS:
            continue
        if key in ("targets", "imap"):
            if not isinstance(value, dict):
                raise ConfigError(f"{path.name}: {prefix}{key}: expected a table")
            for sub, sub_value in value.items():
                yield f"{key}.{sub}", sub_value
        else:
            yield key, value
