"""The private journal screen: a lazy list, an editor with autosaved drafts, search, export and import."""
