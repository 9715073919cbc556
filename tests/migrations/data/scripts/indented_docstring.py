"""Title line
    indented body
	Tabbed line
      deeper

    """
revision = 'ind'
down_revision = None
