"""Runs of three kinds: a scenario, a Monte Carlo over elasticities, a sweep over a grid.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add ``runs.kind`` (``scenario`` for the runs already there)."""
    with op.batch_alter_table("runs") as batch:
        batch.add_column(
            sa.Column("kind", sa.String(16), nullable=False, server_default="scenario")
        )


def downgrade() -> None:
    """Drop ``runs.kind``."""
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("kind")
