"""Passphrase protection's dialogs: set-up, the one-time recovery code, unlock and confirming a deletion (what they
do lives in selfcompass/features/journal/protection.py)."""
