"""one-line bodies"""
def f(): revision = 'no'
class C: down_revision = 'no'
revision = 'old'
revision: str
down_revision: None = None
del revision
revision = 'one'
