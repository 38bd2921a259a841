"""The private journal screen's widgets: a lazy list, the editor, search and filters (the controller lives in
selfcompass/features/journal/)."""
