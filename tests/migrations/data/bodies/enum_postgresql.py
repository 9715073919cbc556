"""postgresql enums: create, use, extend, drop

Revision ID: e9e9e9e9e9e9
Revises: 0b5e3d2c1a99
Create Date: 2026-12-03 11:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.postgresql import ENUM, JSONB

revision: str = 'e9e9e9e9e9e9'
down_revision: Union[str, None] = '0b5e3d2c1a99'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

mood = postgresql.ENUM('happy', 'sad', 'neutral', name='mood', create_type=False)


def upgrade() -> None:
    mood.create(op.get_bind(), checkfirst=True)
    priority = ENUM('low', 'high', name='priority')
    priority.create(op.get_bind())
    sa.Enum('draft', 'published', name='post_state').create(op.get_bind(), checkfirst=True)
    op.add_column('users', sa.Column('mood', mood, nullable=True))
    op.add_column('users', sa.Column('priority', ENUM('low', 'high', name='priority', create_type=False), nullable=False, server_default='low'))
    op.add_column('users', sa.Column('profile', JSONB(), server_default=sa.text("'{}'::jsonb"), nullable=False))
    with op.get_context().autocommit_block():
        op.execute("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'excited'")
        op.execute(sa.text("ALTER TYPE priority ADD VALUE 'urgent' BEFORE 'high'"))


def downgrade() -> None:
    op.drop_column('users', 'profile')
    op.drop_column('users', 'priority')
    op.drop_column('users', 'mood')
    sa.Enum(name='post_state').drop(op.get_bind(), checkfirst=True)
    ENUM(name='priority').drop(op.get_bind())
    mood.drop(op.get_bind(), checkfirst=True)
