"""Passphrase protection screens: set-up, the one-time recovery code, unlock, change passphrase, auto-lock."""
