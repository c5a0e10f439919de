"""Settings as data: defaults in review/data/settings.yaml, overridable by a user's file."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml

DEFAULT_SETTINGS = Path(__file__).parent / "data" / "settings.yaml"


@dataclass(frozen=True)
class Settings:
    window_start: dt.date


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
    return Settings(window_start=start)
