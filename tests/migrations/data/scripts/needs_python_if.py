revision = 'i1'
down_revision = None
if True:
    depends_on = 'x'
