revision = 'I38991de2b4'
down_revision = ['a1', "b2"]
branch_labels = ['one', 'two']
depends_on = ['x9']
