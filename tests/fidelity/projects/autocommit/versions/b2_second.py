"""second

Revision ID: b2
Revises: a1
Create Date: 2026-11-25 00:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = 'b2'
down_revision = 'a1'
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        pass
    op.execute("UPDATE mood_log SET note = 'x'")


def downgrade():
    pass
