"""table comments, and alter_column where Alembic fails

Revision ID: 7a8b9c0d1e2f
Revises: 6f7a8b9c0d1e
Create Date: 2026-11-24 21:06:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision: str = '7a8b9c0d1e2f'
down_revision: Union[str, None] = '6f7a8b9c0d1e'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table_comment('users', "People's \\ accounts", existing_comment=None)
    op.create_table_comment('order', None, schema='shop')
    op.create_table_comment('posts', '', existing_comment='posts')
    op.alter_column('users', 'nickname', type_=sa.Unicode(40), existing_nullable=True)
    op.alter_column('users', 'id', existing_type=sa.INTEGER(), type_=sa.BigInteger(), existing_nullable=False,
                    autoincrement=True)
    op.alter_column('users', 'mood', server_default='happy')
    op.alter_column('users', 'name', nullable=False)
    op.alter_column('users', 'name', postgresql_using='name::text')
    op.drop_table_comment('posts', existing_comment='')


def downgrade() -> None:
    op.drop_table_comment('users', existing_comment="People's \\ accounts")
    op.drop_table_comment('order', schema='shop')
    op.alter_column('users', 'nickname', type_=sa.String(), existing_type=sa.Unicode(40))
    op.alter_column('users', 'mood', type_=postgresql.JSONB(), postgresql_using='to_jsonb(mood)')
