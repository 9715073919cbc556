"""columns with their constraints

Revision ID: d3e4f5a6b7c8
Revises: c2d3e4f5a6b7
Create Date: 2026-11-25 01:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'd3e4f5a6b7c8'
down_revision: Union[str, None] = 'c2d3e4f5a6b7'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('accounts', sa.Column('rank', sa.Integer(), index=True))
    op.add_column('accounts', sa.Column('code', sa.String(8), index=True, unique=True), schema='s')
    op.add_column('accounts', sa.Column('score', sa.Integer(), sa.CheckConstraint('score >= 0', name='ck_score'),
                                        comment="the account's score"))
    op.add_column('accounts', sa.Column('state', sa.Enum('on', 'off', name='account_state')))
    # Last: SQLite has no ALTER for constraints.
    op.add_column('accounts', sa.Column('handle', sa.String(20), unique=True))
    op.add_column('accounts', sa.Column('verified', sa.Boolean(create_constraint=True, name='ck_verified')))
    op.add_column('accounts', sa.Column('team_id', sa.Integer(), sa.ForeignKey('teams.id', ondelete='SET NULL')))


def downgrade() -> None:
    op.drop_column('accounts', 'team_id')
    op.drop_column('accounts', 'verified')
    op.drop_column('accounts', 'handle')
    op.drop_column('accounts', 'state')
    op.drop_column('accounts', 'score')
    op.drop_column('accounts', 'code', schema='s')
    op.drop_index('ix_accounts_rank', table_name='accounts')
    op.drop_column('accounts', 'rank')
