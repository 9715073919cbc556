LABELS = tuple("ab")
revision = 'n1'
down_revision = None
branch_labels = LABELS
