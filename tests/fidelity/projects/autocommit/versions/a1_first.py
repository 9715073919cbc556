"""first

Revision ID: a1
Revises:
Create Date: 2026-11-25 00:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = 'a1'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('mood_log', sa.Column('id', sa.Integer, primary_key=True))
    with op.get_context().autocommit_block():
        op.execute("CREATE INDEX ix_mood_id ON mood_log (id)")
        op.execute("CREATE INDEX ix_mood_id2 ON mood_log (id)")
    op.add_column('mood_log', sa.Column('note', sa.String(20)))


def downgrade():
    with op.get_context().autocommit_block():
        op.execute("DROP INDEX ix_mood_id2")
    op.drop_index('ix_mood_id', table_name='mood_log')
    op.drop_table('mood_log')
