revision = 'add_' "run" r'_time\stamps' \
    R"""s"""
down_revision = ('parent')
branch_labels = ('solo',)
depends_on = 'dep'
