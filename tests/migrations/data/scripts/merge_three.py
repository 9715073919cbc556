"""merge three heads"""
revision = 'c0ffee'
down_revision = ('a1', 'b2', 'c3')
branch_labels = None
depends_on = None
