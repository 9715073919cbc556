"""batch posts

Revision ID: c3
Revises: b2
Create Date: 2026-11-25 00:02:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = 'c3'
down_revision = 'b2'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('posts') as batch_op:
        batch_op.drop_column('body')
        batch_op.add_column(sa.Column('summary', sa.Text(), server_default=sa.text("''"), nullable=False))
        batch_op.create_foreign_key('fk_posts_editor', 'users', ['editor_id'], ['id'])
        batch_op.add_column(sa.Column('editor_id', sa.Integer(), nullable=True), insert_before='title')
        batch_op.create_check_constraint('ck_posts_title', "title <> ''")


def downgrade():
    with op.batch_alter_table('posts') as batch_op:
        batch_op.drop_constraint('ck_posts_title', type_='check')
        batch_op.drop_constraint('fk_posts_editor', type_='foreignkey')
        batch_op.drop_column('editor_id')
        batch_op.drop_column('summary')
        batch_op.add_column(sa.Column('body', sa.Text(), nullable=True))
