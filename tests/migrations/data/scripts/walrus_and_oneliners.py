"""one-line blocks elsewhere"""
if (n := 3) > 2: other = 'x'
for i in range(2): pass
revision = 'wal'
down_revision = 'p'; branch_labels = 'lbl',
