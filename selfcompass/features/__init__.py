"""Features: each capability installed into the app by one ``install(context)``, called from ``selfcompass.app``.

A feature receives a small typed context (``features/context.py``), never the app, and hands back its public
face. Features may use ``ui``, ``storage``, ``scheduling``, ``speech`` and ``desktop``; they never import each
other's internals (import-linter checks both).
"""
