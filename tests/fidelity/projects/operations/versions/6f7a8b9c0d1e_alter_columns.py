"""alter columns

Revision ID: 6f7a8b9c0d1e
Revises: 5e6f7a8b9c0d
Create Date: 2026-11-24 21:05:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision: str = '6f7a8b9c0d1e'
down_revision: Union[str, None] = '5e6f7a8b9c0d'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

STATUS = sa.String(20)
WHEN = sa.DateTime


def upgrade() -> None:
    op.alter_column('users', 'email', existing_type=sa.String(length=120), nullable=False)
    op.alter_column('users', 'status', existing_type=STATUS, server_default="it's \\ new", existing_nullable=False)
    op.alter_column('users', 'balance', server_default=None, schema='shop.archive')
    op.alter_column('users', 'created_at', existing_type=sa.DateTime(timezone=True),
                    server_default=sa.text('CURRENT_TIMESTAMP'), existing_nullable=True)
    op.alter_column('users', 'seen_at', existing_type=sa.TIMESTAMP(), existing_server_default=sa.text('now()'),
                    existing_comment='last seen')
    op.alter_column('users', 'updated_at', existing_type=WHEN, nullable=True)
    op.alter_column('users', 'touched_at', existing_type=WHEN)
    op.alter_column('order', 'Total', type_=sa.Numeric(12, 2), existing_type=sa.Integer(),
                    postgresql_using='"Total"::numeric(12, 2)', schema='shop')
    op.alter_column('users', 'age', type_=sa.BigInteger().with_variant(sa.Integer(), 'sqlite'),
                    existing_type=sa.Integer, nullable=False, server_default='0', new_column_name='years')
    op.alter_column('users', 'mood', type_=postgresql.ENUM('sad', 'happy', name='mood'), existing_type=sa.String(8),
                    postgresql_using='mood::mood', existing_nullable=False, existing_server_default='happy')
    op.alter_column('users', 'kept', existing_type=sa.Integer(), server_default=False, nullable=None,
                    existing_comment=None)
    op.alter_column('users', 'order', existing_type=sa.Text(), new_column_name='Rank', existing_nullable=False,
                    comment=False, existing_comment="it's ranked")
    # Alembic's own ALTERs split a schema at its dots; SQLAlchemy's (indexes, constraints) do not.
    op.add_column('users', sa.Column('note', sa.Text()), schema='shop.Archive')
    op.drop_column('users', 'note', schema='shop.Archive')
    op.rename_table('users', 'people', schema='shop.Archive')
    op.create_index('ix_people_note', 'people', ['note'], schema='shop.Archive')
    op.alter_column('users', 'group', existing_type=sa.String(10), comment="group's \\ name", existing_comment='old')


def downgrade() -> None:
    op.alter_column('users', 'years', new_column_name='age', existing_type=sa.BigInteger(), existing_nullable=False,
                    existing_server_default='0')
    op.alter_column('order', 'Total', type_=sa.Integer(), existing_type=sa.Numeric(12, 2), schema='shop')
    op.alter_column('users', 'created_at', existing_type=sa.DateTime(timezone=True), server_default=None)
    op.alter_column('users', 'status', existing_type=STATUS, server_default=sa.text("'new'"), nullable=True,
                    comment='')
    op.alter_column('users', 'group', existing_type=sa.String(10), comment=None, existing_comment="group's")
