"""sqlmodel autogenerate, literals of every kind

Revision ID: 5a5a5a5a5a5a
Revises: e9e9e9e9e9e9
Create Date: 2026-12-04 12:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
import sqlmodel
import sqlmodel.sql.sqltypes


# revision identifiers, used by Alembic.
revision = '5a5a5a5a5a5a'
down_revision = 'e9e9e9e9e9e9'
branch_labels = None
depends_on = None


def upgrade():  # type: () -> None
    """Docstrings are not statements the operations layer sees."""
    op.create_table('hero',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('secret_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('age', sa.Integer(), nullable=True),
    sa.Column('power', sa.Float(), server_default=sa.text('1.5'), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_hero_name'), 'hero', ['name'], unique=False)
    op.execute("""
        INSERT INTO hero (name, secret_name, age, power)
        VALUES ('Deadpond', 'Dive Wilson', NULL, 0.5)
    """)
    op.execute(r"UPDATE hero SET name = regexp_replace(name, '\s+', ' ')")
    op.execute(f"UPDATE hero SET age = 0 WHERE age < 0")
    op.execute(
        'UPDATE hero '  # comments inside the call
        "SET power = 2.5e0 "
        '''WHERE name = 'Ünïcödé \u00e9' '''
    )
    op.bulk_insert(sa.table('hero', sa.column('name'), sa.column('secret_name'), sa.column('power')),
                   [{'name': 'A', 'secret_name': 'a', 'power': 0.1}, {'name': 'B', 'secret_name': 'b', 'power': -3.25e-3},
                    {'name': 'C', 'secret_name': 'c', 'power': 1_000.000_1}])
    op.create_index('ix_hero_power', 'hero', *['power'], **{'unique': False})
    op.alter_column('hero', 'age', existing_type=sa.INTEGER(), server_default=sa.text('0'), existing_nullable=True); op.f('x')
    pass


def downgrade():  # type: () -> None
    op.drop_index('ix_hero_power', table_name='hero')
    op.drop_index(op.f('ix_hero_name'), table_name='hero')
    op.drop_table('hero')
    return
