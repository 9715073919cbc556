"""left to the convention

Revision ID: b2
Revises: a1
Create Date: 2026-11-25 00:01:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = 'b2'
down_revision = 'a1'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('posts',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('user_id', sa.Integer(), sa.ForeignKey('users.id'), nullable=False),
        sa.Column('title', sa.String(200), unique=True),
    )
    op.create_check_constraint('positive', 'posts', 'id > 0')


def downgrade():
    op.drop_table('posts')
