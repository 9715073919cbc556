"""add constraints

Revision ID: 5e6f7a8b9c0d
Revises: 4d5e6f7a8b9c
Create Date: 2026-11-24 21:04:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '5e6f7a8b9c0d'
down_revision: Union[str, None] = '4d5e6f7a8b9c'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_unique_constraint('uq_users_email', 'users', ['email'])
    op.create_unique_constraint(None, 'order', ['user', 'Total'], schema='shop')
    op.create_primary_key('pk_posts', 'posts', ['id'])
    op.create_foreign_key(op.f('fk_posts_user_id_users'), 'posts', 'users', ['user_id'], ['id'], ondelete='CASCADE')
    op.create_foreign_key(None, 'order', 'user', ['user'], ['id'], onupdate='set null', ondelete='RESTRICT',
                          source_schema='shop', referent_schema='auth')
    op.create_check_constraint('ck_users_age', 'users', 'age >= 0')
    op.create_check_constraint('ck_users_name', 'users', sa.text("name <> ''"))


def downgrade() -> None:
    op.drop_constraint('ck_users_name', 'users', type_='check')
    op.create_foreign_key('fk_bad', 'posts', 'users', ['user_id'], ['id'], ondelete='EXPLODE')
