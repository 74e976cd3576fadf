"""The initial schema: articles, their records, errors, and the corpus-level tables.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(32)


def _article_fk() -> sa.Column:
    return sa.Column(
        "article_id",
        ID,
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


def _span() -> list[sa.Column]:
    return [
        sa.Column("id", ID, primary_key=True),
        _article_fk(),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", ID, primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.String(200), index=True),
        sa.Column("published", sa.Date, index=True),
        sa.Column("language", sa.String(8), index=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("text_hash", sa.String(64), index=True),
        sa.Column("source_path", sa.Text),
        sa.Column("ingested_at", sa.String(32)),
    )
    op.create_table(
        "entities",
        *_span(),
        sa.Column("label", sa.String(32), index=True),
        sa.Column("canonical", sa.String(300), index=True),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_table(
        "quotes",
        *_span(),
        sa.Column("kind", sa.String(16), index=True),
        sa.Column("cue_lemma", sa.String(64), index=True),
        sa.Column("speaker_name", sa.String(300), index=True),
        sa.Column("speaker_role", sa.String(300)),
        sa.Column("speaker_anonymous", sa.Boolean, index=True),
        sa.Column("outlet_name", sa.String(200), index=True),
        sa.Column("confidence", sa.Float),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_table(
        "quantities",
        *_span(),
        sa.Column("low", sa.Float),
        sa.Column("high", sa.Float),
        sa.Column("approximate", sa.Boolean),
        sa.Column("unit", sa.String(64), index=True),
        sa.Column("counted", sa.String(300), index=True),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_table(
        "times",
        *_span(),
        sa.Column("type", sa.String(16), index=True),
        sa.Column("value", sa.String(64), index=True),
        sa.Column("anchor", sa.String(16)),
        sa.Column("granularity", sa.String(16)),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", ID, primary_key=True),
        _article_fk(),
        sa.Column("type", sa.String(64), index=True),
        sa.Column("modality", sa.String(16), index=True),
        sa.Column("trigger", sa.Text),
        sa.Column("trigger_start", sa.Integer, nullable=False),
        sa.Column("time_value", sa.String(64), index=True),
        sa.Column("count_low", sa.Float),
        sa.Column("count_high", sa.Float),
        sa.Column("place", sa.String(300), index=True),
        sa.Column("source_quote_id", ID, index=True),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_table(
        "errors",
        sa.Column("id", ID, primary_key=True),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("code", sa.String(8), index=True),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("occurred_at", sa.String(32)),
    )
    op.create_table(
        "duplicates",
        sa.Column(
            "article_id", ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column(
            "duplicate_of", ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("kind", sa.String(8), nullable=False, index=True),
        sa.Column("similarity", sa.Float, nullable=False),
    )
    op.create_table(
        "entity_clusters",
        sa.Column("id", ID, primary_key=True),
        sa.Column("canonical", sa.String(300), nullable=False, index=True),
        sa.Column("label", sa.String(32), index=True),
        sa.Column("mentions", sa.Integer, nullable=False),
    )
    op.create_table(
        "entity_cluster_members",
        sa.Column(
            "cluster_id",
            ID,
            sa.ForeignKey("entity_clusters.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "entity_id", ID, sa.ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True
        ),
    )
    op.create_table(
        "event_clusters",
        sa.Column("id", ID, primary_key=True),
        sa.Column("type", sa.String(64), nullable=False, index=True),
        sa.Column("time_value", sa.String(64), index=True),
        sa.Column("corroboration", sa.Integer, nullable=False, index=True),
        sa.Column("outlets", sa.Text, nullable=False),
    )
    op.create_table(
        "event_cluster_members",
        sa.Column(
            "cluster_id",
            ID,
            sa.ForeignKey("event_clusters.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("event_id", ID, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_table(
        "contradictions",
        sa.Column("id", ID, primary_key=True),
        sa.Column(
            "cluster_id", ID, sa.ForeignKey("event_clusters.id", ondelete="CASCADE"), index=True
        ),
        sa.Column("field", sa.String(16), nullable=False, index=True),
        sa.Column(
            "first_event", ID, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "second_event", ID, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("detail", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "contradictions",
        "event_cluster_members",
        "event_clusters",
        "entity_cluster_members",
        "entity_clusters",
        "duplicates",
        "errors",
        "events",
        "times",
        "quantities",
        "quotes",
        "entities",
        "articles",
    ):
        op.drop_table(table)
