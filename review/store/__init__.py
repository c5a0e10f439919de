"""The workbench's database (SQLAlchemy 2 + Alembic): SQLite by default, PostgreSQL by URL.

    from review.store import open_store
    store = open_store(args.db)          # --db, else $REVIEW_DB_URL, else ./review.sqlite
    run_id = store.begin_run(paths, jobs=4)
    if store.needs_processing(path, hashes):
        store.save_case(run_id, case_json, hashes, documents, facts, errors, pages, check=result)
    store.finish_run(run_id, "finished", counts)

See `Store` for the whole API, `models` for the tables, `migrations/` for the schema history.
"""
from .db import DEFAULT_PATH, ENV_URL, StoreError, resolve_url
from .migrate import alembic_config, head_revision
from .store import Store, UnknownCase, diff_files, inputs_hash, open_store

__all__ = ["DEFAULT_PATH", "ENV_URL", "Store", "StoreError", "UnknownCase", "alembic_config",
           "diff_files", "head_revision", "inputs_hash", "open_store", "resolve_url"]
