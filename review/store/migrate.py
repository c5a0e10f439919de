"""Alembic, configured in code (no alembic.ini): the migrations live in ./migrations."""
from __future__ import annotations

from pathlib import Path

from alembic.config import Config
from sqlalchemy import URL

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: URL | str | None = None, connection=None) -> Config:
    """An Alembic Config for the store: by URL, or bound to an open connection."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("version_locations", str(MIGRATIONS / "versions"))
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("file_template",
                        "%%(year)d%%(month).2d%%(day).2d_%%(rev)s_%%(slug)s")
    if url is not None:
        rendered = url.render_as_string(hide_password=False) if isinstance(url, URL) else url
        cfg.set_main_option("sqlalchemy.url", rendered.replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory
    return ScriptDirectory.from_config(alembic_config()).get_current_head()
