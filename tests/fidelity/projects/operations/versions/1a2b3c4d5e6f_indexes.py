"""indexes

Revision ID: 1a2b3c4d5e6f
Revises:
Create Date: 2026-11-24 21:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '1a2b3c4d5e6f'
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index(op.f('ix_users_email'), 'users', ['email'], unique=True)
    op.create_index('ix_order_user', 'order', ['user', 'Total'], unique=False, schema='shop')
    op.create_index('IX_Mixed', 'Users', ['id'])
    op.execute("UPDATE users SET name = 'it''s' WHERE id = 1")


def downgrade() -> None:
    op.drop_index('IX_Mixed', table_name='Users')
    op.drop_index('ix_order_user', table_name='order', schema='shop')
    op.drop_index(op.f('ix_users_email'), table_name='users')
