"""Settings as data: defaults in review/data/settings.yaml, overridable by a user's file."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml

DEFAULT_SETTINGS = Path(__file__).parent / "data" / "settings.yaml"


@dataclass(frozen=True)
class Settings:
    window_start: dt.date
    rules: dict = field(default_factory=dict)
    findings: tuple[str, ...] = ()

    def rule(self, name: str):
        return self.rules[name]


class SettingsError(ValueError):
    pass


def load_settings(path: str | Path | None = None) -> Settings:
    path = Path(path) if path else DEFAULT_SETTINGS
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        start = data["review_window"]["start"]
        if isinstance(start, str):
            start = dt.date.fromisoformat(start)
        if not isinstance(start, dt.date):
            raise TypeError("review_window.start is not a date")
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise SettingsError(f"{path}: 配置文件无效（{exc}）") from exc
    rules = dict(_defaults().rules) if path != DEFAULT_SETTINGS else {}
    rules.update(data.get("rules") or {})
    findings = data.get("findings")
    if findings is None and path != DEFAULT_SETTINGS:
        findings = _defaults().findings
    return Settings(window_start=start, rules=rules, findings=tuple(findings or ()))


def _defaults() -> Settings:
    return load_settings(DEFAULT_SETTINGS)
