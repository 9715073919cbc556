revision = \
    'cont'
down_revision = \
    None
branch_labels = (  # labels
    'x',  # first

    'y'
)
