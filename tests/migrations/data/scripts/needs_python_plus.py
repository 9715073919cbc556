revision = 'p1'
down_revision = 'a' + 'b'
