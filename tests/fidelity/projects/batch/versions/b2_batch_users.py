"""batch users

Revision ID: b2
Revises: a1
Create Date: 2026-11-25 00:01:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = 'b2'
down_revision = 'a1'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.alter_column('name', new_column_name='full_name', existing_type=sa.String(length=50),
                              type_=sa.String(length=100), nullable=False)
        batch_op.alter_column('age', type_=sa.String(length=10), existing_type=sa.Integer())
        batch_op.add_column(sa.Column('nickname', sa.String(length=30), nullable=True), insert_after='email')
        batch_op.drop_index('ix_users_name')
        batch_op.create_index('ix_users_nickname', ['nickname'], unique=False)
        batch_op.create_unique_constraint('uq_users_nickname', ['nickname'])
        batch_op.drop_constraint('ck_users_age', type_='check')


def downgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_check_constraint('ck_users_age', 'age >= 0')
        batch_op.drop_constraint('uq_users_nickname', type_='unique')
        batch_op.drop_index('ix_users_nickname')
        # Columns are found by the name they had when the block began.
        batch_op.create_index('ix_users_name', ['full_name'], unique=False)
        batch_op.drop_column('nickname')
        batch_op.alter_column('age', type_=sa.Integer(), existing_type=sa.String(length=10))
        batch_op.alter_column('full_name', new_column_name='name', existing_type=sa.String(length=100),
                              type_=sa.String(length=50), nullable=True)
