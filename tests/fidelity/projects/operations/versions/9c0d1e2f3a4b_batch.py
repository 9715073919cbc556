"""batch blocks

Revision ID: 9c0d1e2f3a4b
Revises: 8b9c0d1e2f3a
Create Date: 2026-11-25 00:10:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '9c0d1e2f3a4b'
down_revision: Union[str, None] = '8b9c0d1e2f3a'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # As autogenerate writes them with render_as_batch=True: on SQLite these need no copy
    # of the table, so every dialect runs them as they are.
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('nickname', sa.String(length=40), nullable=True))
        batch_op.create_index(batch_op.f('ix_accounts_nickname'), ['nickname'], unique=False)
        batch_op.create_index('ix_accounts_email_nickname', ['email', 'nickname'], unique=True)

    with op.batch_alter_table('tags', recreate='never') as batch_op:
        batch_op.add_column(sa.Column('created', sa.DateTime(), server_default=sa.func.now()))


def downgrade() -> None:
    with op.batch_alter_table('tags', recreate='never') as batch_op:
        batch_op.drop_column('created')

    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.drop_index('ix_accounts_email_nickname')
        batch_op.drop_index(batch_op.f('ix_accounts_nickname'))
