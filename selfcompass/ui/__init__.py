"""Everything that imports QtWidgets: one module or folder per screen."""
