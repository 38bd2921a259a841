"""The weekly check-in screen (a widget: the insights feature keeps the results)."""
