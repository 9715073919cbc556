"""add users table

Revision ID: ae1027a6acf
Revises:
Create Date: 2024-01-02 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ae1027a6acf'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('users', sa.Column('x', sa.Integer()))
    revision = 'not_this'


def downgrade() -> None:
    op.drop_column('users', 'x')
