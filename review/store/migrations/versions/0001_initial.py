"""initial schema

Runs, case files and their inputs, documents, facts, checks and verdicts, reviewer decisions,
case events, roster imports, draws. Append-only tables get triggers that refuse UPDATE and
DELETE.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Migrations never import the models (which change later); types are spelled out here.
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Stamp = sa.DateTime(timezone=True)
VERDICT_CHECK = "verdict IN ('pass', 'fail', 'na', 'needs_review')"
APPEND_ONLY = ("decisions", "case_events", "roster_imports", "roster_rows", "draws")



def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started", Stamp, nullable=False),
        sa.Column("finished", Stamp, nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("inputs", sa.JSON(), nullable=False),
        sa.Column("jobs", sa.Integer(), nullable=True),
        sa.Column("counts", sa.JSON(), nullable=True),
        sa.Column("pid", sa.Integer(), nullable=True),
        sa.Column("host", sa.String(length=255), nullable=True),
        sa.CheckConstraint("status IN ('running', 'finished', 'failed', 'killed')",
                           name=op.f("ck_runs_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_runs")),
    )
    op.create_table(
        "case_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("path", sa.String(), nullable=False),
        sa.Column("inputs_hash", sa.String(length=64), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=True),
        sa.Column("case_json", sa.JSON(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=True),
        sa.Column("errors", sa.JSON(), nullable=False),
        sa.Column("party", sa.String(), nullable=True),
        sa.Column("cause", sa.String(), nullable=True),
        sa.Column("decision_number", sa.String(), nullable=True),
        sa.Column("measure", sa.String(length=32), nullable=True),
        sa.Column("measure_date", sa.String(length=10), nullable=True),
        sa.Column("in_review_window", sa.Boolean(), nullable=True),
        sa.Column("first_run_id", sa.Integer(), nullable=True),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("created_at", Stamp, nullable=False),
        sa.Column("stored_at", Stamp, nullable=False),
        sa.Column("needs_rereview", sa.Boolean(), nullable=False),
        sa.Column("rereview", sa.JSON(), nullable=True),
        sa.Column("reviewed_state", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["first_run_id"], ["runs.id"],
                                name=op.f("fk_case_files_first_run_id_runs"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"],
                                name=op.f("fk_case_files_run_id_runs"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_files")),
        sa.UniqueConstraint("path", name=op.f("uq_case_files_path")),
    )
    op.create_table(
        "case_inputs",
        sa.Column("id", BigId, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("path", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_files.id"],
                                name=op.f("fk_case_inputs_case_id_case_files"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_inputs")),
        sa.UniqueConstraint("case_id", "path", name=op.f("uq_case_inputs_case_id_path")),
    )
    op.create_index(op.f("ix_case_inputs_sha256"), "case_inputs", ["sha256"])
    op.create_table(
        "documents",
        sa.Column("id", BigId, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("doc_index", sa.Integer(), nullable=False),
        sa.Column("doc_type", sa.String(length=64), nullable=True),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("first_page", sa.Integer(), nullable=True),
        sa.Column("last_page", sa.Integer(), nullable=True),
        sa.Column("number", sa.String(), nullable=True),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case_files.id"],
                                name=op.f("fk_documents_case_id_case_files"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("case_id", "doc_index", name=op.f("uq_documents_case_id_doc_index")),
    )
    op.create_table(
        "facts",
        sa.Column("id", BigId, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("document_id", BigId, nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("role", sa.String(length=64), nullable=True),
        sa.Column("doc_type", sa.String(length=64), nullable=True),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("box", sa.JSON(), nullable=True),
        sa.Column("doc_index", sa.Integer(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case_files.id"],
                                name=op.f("fk_facts_case_id_case_files"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_facts_document_id_documents"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facts")),
        sa.UniqueConstraint("case_id", "seq", name=op.f("uq_facts_case_id_seq")),
    )
    op.create_index(op.f("ix_facts_case_id_kind"), "facts", ["case_id", "kind"])
    op.create_index(op.f("ix_facts_document_id"), "facts", ["document_id"])
    op.create_table(
        "checks",
        sa.Column("id", BigId, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=64), nullable=True),
        sa.Column("checklist_name", sa.String(), nullable=True),
        sa.Column("checklist_version", sa.String(), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("score_min", sa.Float(), nullable=True),
        sa.Column("score_max", sa.Float(), nullable=True),
        sa.Column("veto", sa.JSON(), nullable=False),
        sa.Column("provisional", sa.Boolean(), nullable=True),
        sa.Column("created_at", Stamp, nullable=False),
        sa.Column("extra", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case_files.id"],
                                name=op.f("fk_checks_case_id_case_files"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"],
                                name=op.f("fk_checks_run_id_runs"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checks")),
        sa.UniqueConstraint("case_id", name=op.f("uq_checks_case_id")),
    )
    op.create_table(
        "verdicts",
        sa.Column("id", BigId, nullable=False),
        sa.Column("check_id", BigId, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("rule", sa.String(), nullable=True),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("points_lost", sa.Float(), nullable=True),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=True),
        sa.CheckConstraint(VERDICT_CHECK, name=op.f("ck_verdicts_verdict")),
        sa.ForeignKeyConstraint(["case_id"], ["case_files.id"],
                                name=op.f("fk_verdicts_case_id_case_files"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["check_id"], ["checks.id"],
                                name=op.f("fk_verdicts_check_id_checks"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verdicts")),
        sa.UniqueConstraint("check_id", "item_id", name=op.f("uq_verdicts_check_id_item_id")),
    )
    op.create_index(op.f("ix_verdicts_case_id"), "verdicts", ["case_id"])
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("points_lost", sa.Float(), nullable=True),
        sa.Column("reviewer", sa.String(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", Stamp, nullable=False),
        sa.Column("machine_verdict", sa.String(length=16), nullable=True),
        sa.Column("inputs_hash", sa.String(length=64), nullable=True),
        sa.CheckConstraint(VERDICT_CHECK, name=op.f("ck_decisions_verdict")),
        sa.ForeignKeyConstraint(["case_id"], ["case_files.id"],
                                name=op.f("fk_decisions_case_id_case_files"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
    )
    op.create_index(op.f("ix_decisions_case_id_item_id_id"), "decisions",
                    ["case_id", "item_id", "id"])
    op.create_table(
        "case_events",
        sa.Column("id", BigId, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("at", Stamp, nullable=False),
        sa.Column("event", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case_files.id"],
                                name=op.f("fk_case_events_case_id_case_files"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"],
                                name=op.f("fk_case_events_run_id_runs"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_events")),
    )
    op.create_index(op.f("ix_case_events_case_id"), "case_events", ["case_id"])
    op.create_index(op.f("ix_case_events_run_id"), "case_events", ["run_id"])
    op.create_table(
        "roster_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("imported_at", Stamp, nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("issues", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_imports")),
    )
    op.create_table(
        "roster_rows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("row_number", sa.Integer(), nullable=True),
        sa.Column("candidate", sa.String(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=True),
        sa.Column("cert_no", sa.String(), nullable=True),
        sa.Column("use", sa.String(length=32), nullable=True),
        sa.Column("case_name", sa.String(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("source_file", sa.String(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["import_id"], ["roster_imports.id"],
                                name=op.f("fk_roster_rows_import_id_roster_imports"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_rows")),
    )
    op.create_index(op.f("ix_roster_rows_import_id"), "roster_rows", ["import_id"])
    op.create_table(
        "draws",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate", sa.String(), nullable=False),
        sa.Column("seed", sa.JSON(), nullable=True),
        sa.Column("pool", sa.JSON(), nullable=False),
        sa.Column("drawn", sa.String(), nullable=True),
        sa.Column("forced", sa.Boolean(), nullable=False),
        sa.Column("created_at", Stamp, nullable=False),
        sa.Column("drawn_by", sa.String(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draws")),
    )
    _append_only_triggers()


def downgrade() -> None:
    _drop_append_only_triggers()
    for table in ("draws", "roster_rows", "roster_imports", "case_events", "decisions",
                  "verdicts", "checks", "facts", "documents", "case_inputs", "case_files",
                  "runs"):
        op.drop_table(table)  # indexes go with their tables


# --- append-only tables: the database itself refuses UPDATE and DELETE ---------------------

def _append_only_triggers() -> None:
    dialect = op.get_context().dialect.name
    if dialect == "sqlite":
        for table in APPEND_ONLY:
            for action in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
    elif dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION review_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME "
            "USING ERRCODE = 'integrity_constraint_violation'; END $$")
        for table in APPEND_ONLY:
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION review_append_only()")
            op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                       f"FOR EACH STATEMENT EXECUTE FUNCTION review_append_only()")


def _drop_append_only_triggers() -> None:
    dialect = op.get_context().dialect.name
    if dialect == "sqlite":
        for table in APPEND_ONLY:
            for action in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{action}")
    elif dialect == "postgresql":
        for table in APPEND_ONLY:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        op.execute("DROP FUNCTION IF EXISTS review_append_only()")
