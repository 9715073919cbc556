"""refresh tokens

Revision ID: 1975ea83b712
Revises: ae1027a6acf
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

revision: str = '1975ea83b712'
down_revision: Union[str, None] = 'ae1027a6acf'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('users', sa.Column('x', sa.Integer()))
    revision = 'not_this'


def downgrade() -> None:
    op.drop_column('users', 'x')
