"""identifiers are NFKC-normalised"""
ｒevision = 'fullwidth'
down_revision = None
