"""Pure-Python heart of SelfCompass: no Qt, no SQL, no speech engine (import-linter enforces it)."""
