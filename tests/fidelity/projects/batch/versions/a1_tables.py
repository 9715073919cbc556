"""tables

Revision ID: a1
Revises:
Create Date: 2026-11-25 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = 'a1'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('users',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('email', sa.String(length=120), nullable=False),
        sa.Column('name', sa.String(length=50), server_default='anonymous'),
        sa.Column('age', sa.Integer(), nullable=True),
        sa.Column('active', sa.Boolean(create_constraint=True, name='ck_users_active'), server_default=sa.text('1')),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('email', name='uq_users_email'),
        sa.CheckConstraint('age >= 0', name='ck_users_age'),
    )
    op.create_index('ix_users_name', 'users', ['name'])
    op.create_table('posts',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('user_id', sa.Integer(), sa.ForeignKey('users.id', name='fk_posts_user', ondelete='CASCADE'), nullable=False),
        sa.Column('title', sa.String(200), nullable=False, unique=True),
        sa.Column('body', sa.Text()),
    )


def downgrade():
    op.drop_table('posts')
    op.drop_index('ix_users_name', table_name='users')
    op.drop_table('users')
