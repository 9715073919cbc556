revision = 'g1'
down_revision = None


def bump():
    global down_revision
    down_revision = 'changed'


bump()
