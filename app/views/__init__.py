"""Qt widgets. They call ``app.services.Academy`` and render what it returns; no rules here."""
