"""batch failures

Revision ID: c2d3e4f5a6b7
Revises: b1c2d3e4f5a6
Create Date: 2026-11-25 00:40:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'c2d3e4f5a6b7'
down_revision: Union[str, None] = 'b1c2d3e4f5a6'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('accounts') as batch_op:
        batch_op.create_index('ix_accounts_created', ['created_at'])

    # A column placed where an ALTER cannot put it is a CommandError, before the block runs.
    with op.batch_alter_table('Ledger Entries', schema='books') as ledger:
        ledger.add_column(sa.Column('memo', sa.Text(), server_default='none', nullable=False), insert_after='amount')
        ledger.drop_index('ix_books_Ledger Entries_account_id')
        pass


def downgrade() -> None:
    with op.batch_alter_table('accounts') as batch_op:
        batch_op.drop_index('ix_accounts_created')
