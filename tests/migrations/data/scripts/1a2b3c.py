"""legacy file: the revision comes from the file name"""
down_revision = None
