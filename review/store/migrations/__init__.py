"""Alembic migrations of the store (configured in code: see review.store.migrate)."""
