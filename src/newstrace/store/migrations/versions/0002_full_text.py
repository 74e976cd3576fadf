"""Full-text search: FTS5 tables kept in sync by triggers on SQLite, GIN indexes on PostgreSQL.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SEARCHED = {"articles": ("title", "text"), "quotes": ("text", "speaker_name")}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table, columns in SEARCHED.items():
        if dialect == "sqlite":
            # An external-content FTS5 table as sqlite-utils builds it: Datasette's _search works.
            listed = ", ".join(columns)
            new = ", ".join(f"new.{c}" for c in columns)
            old = ", ".join(f"old.{c}" for c in columns)
            op.execute(
                f"CREATE VIRTUAL TABLE {table}_fts USING fts5({listed}, "
                f"content='{table}', content_rowid='rowid')"
            )
            op.execute(
                f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN "
                f"INSERT INTO {table}_fts(rowid, {listed}) VALUES (new.rowid, {new}); END"
            )
            op.execute(
                f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN "
                f"INSERT INTO {table}_fts({table}_fts, rowid, {listed}) "
                f"VALUES ('delete', old.rowid, {old}); END"
            )
        elif dialect == "postgresql":
            document = " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)
            op.execute(
                f"CREATE INDEX ix_{table}_search ON {table} "
                f"USING GIN (to_tsvector('simple', {document}))"
            )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in SEARCHED:
        if dialect == "sqlite":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_ai")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_ad")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
        else:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")
