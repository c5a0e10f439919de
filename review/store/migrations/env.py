"""Alembic environment for the store. There is no alembic.ini: `review.store.migrate` builds the
configuration in code and passes an open connection in `config.attributes["connection"]`
(`Store.migrate()` does this), or a URL in the main option `sqlalchemy.url`
(`python -m review.store --db URL upgrade`)."""
from __future__ import annotations

from alembic import context

from review.store.db import make_engine, resolve_url
from review.store.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(**kw) -> None:
    context.configure(target_metadata=target_metadata, compare_type=True,
                      # SQLite cannot ALTER most things: later migrations use batch mode.
                      render_as_batch=True, **kw)


def run_offline() -> None:
    _configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True,
               dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = make_engine(resolve_url(config.get_main_option("sqlalchemy.url")))
    try:
        with engine.connect() as connection:
            if connection.dialect.name == "sqlite":
                connection.execution_options(sqlite_begin="IMMEDIATE")
            _configure(connection=connection)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
