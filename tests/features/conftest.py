"""Fixtures the feature tests share."""

from __future__ import annotations

import pytest

from selfcompass.storage import crypto

#: A key derivation cheap enough for tests (the app's own takes about a second on purpose).
FAST_KDF = crypto.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)


@pytest.fixture
def journal(make_app):
    """``journal(**settings)`` -> (app, the journal feature): the app shown, the journal built with FAST_KDF."""
    def build(**values):
        app = make_app(**values)
        feature = app.journal.configure(quit_app=lambda: None, kdf=FAST_KDF).feature
        app.window.show()
        return app, feature

    return build
