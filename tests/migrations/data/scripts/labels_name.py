"""labels through a module-level name"""
LABELS = ('api', 'web')
DEPS = ()
revision = 'f00d'
down_revision = None
branch_labels = LABELS
depends_on = DEPS
