"""create tables

Revision ID: 8b9c0d1e2f3a
Revises: 7a8b9c0d1e2f
Create Date: 2026-11-24 23:40:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision: str = '8b9c0d1e2f3a'
down_revision: Union[str, None] = '7a8b9c0d1e2f'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # As autogenerate writes them.
    op.create_table('accounts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=255), nullable=False),
    sa.Column('is_active', sa.Boolean(), server_default=sa.text('true'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=True),
    sa.Column('bio', sa.Text(), nullable=True, comment="what they say about themselves"),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('email', name=op.f('uq_accounts_email')),
    comment="who may sign in",
    )
    op.create_table('sessions',
    sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('token', sa.String(length=64), nullable=False),
    sa.Column('expires_at', sa.TIMESTAMP(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name='fk_sessions_account', ondelete='CASCADE', onupdate='CASCADE'),
    sa.PrimaryKeyConstraint('id', name='pk_sessions'),
    sa.CheckConstraint("token <> ''", name='ck_sessions_token'),
    )
    # Written by hand: keys on the columns, a schema, enums, functions as defaults.
    op.create_table('Ledger Entries',
        sa.Column('entry', sa.SmallInteger, primary_key=True),
        sa.Column('account_id', sa.Integer, sa.ForeignKey('accounts.id', name='fk_ledger_account'), index=True),
        sa.Column('amount', sa.Numeric(12, 2), sa.CheckConstraint('amount <> 0'), nullable=False, server_default='0'),
        sa.Column('kind', sa.Enum('credit', 'debit', name='entry_kind')),
        sa.Column('booked_on', sa.Date, server_default=sa.func.current_date()),
        sa.Column('booked_at', sa.DateTime, server_default=sa.func.now(), comment="it's when"),
        sa.Column('reference', sa.String(36), unique=True, server_default=sa.func.gen_random_uuid()),
        sa.Column('settled', sa.Boolean(create_constraint=True, name='ck_settled'), server_default=sa.false()),
        schema='books',
    )
    op.create_table('counters',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('name', sa.String(40), nullable=False, unique=True, index=True),
        sqlite_autoincrement=True, mariadb_engine='Aria',
    )
    op.create_table('tags', sa.Column('code', sa.String(8), primary_key=True), sa.Column('label', sa.Unicode(80)))
    op.create_table('flags',
        sa.Column('on', sa.Boolean(create_constraint=True), sa.ForeignKey('tags.code'), unique=True),
        sa.Column('state', sa.Enum('a', 'b', name='flag_state', create_constraint=True), sa.ForeignKey('tags.code'), unique=True),
    )
    # Last: SQLite refuses an autoincrement column in a composite key, and stops here.
    op.create_table('pairs',
        sa.Column('left', sa.Integer, primary_key=True),
        sa.Column('right', sa.Integer, primary_key=True, autoincrement=True),
        sa.Column('kind', sa.Enum('credit', 'debit', name='entry_kind')),
        sa.Column('weight', sa.Float, default=1.0),
        sa.Index('ix_pairs_weight', 'weight', unique=True),
        mysql_engine='InnoDB',
    )


def downgrade() -> None:
    op.drop_table('flags')
    op.drop_table('tags')
    op.drop_table('counters')
    op.drop_table('pairs')
    op.drop_table('Ledger Entries', schema='books')
    op.drop_table('sessions')
    op.drop_table('accounts')
