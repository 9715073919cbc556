"""first value is replaced"""
revision = 'aaa'
down_revision = 'x'
revision = 'bbb'
branch_labels = ('old',)
branch_labels = None
down_revision = None
