ÿ_labels = ('ü',)
revision = other = 'uni'
down_revision = None
branch_labels = ÿ_labels
