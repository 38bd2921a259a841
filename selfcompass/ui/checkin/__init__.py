"""The weekly check-in screen and where its results are kept."""
