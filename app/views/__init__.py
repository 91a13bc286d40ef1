"""Qt widgets. They call ``app.services.Academy`` and render what it returns; no rules here."""

from app.views.pyside_sources import stop_caching_module_sources

stop_caching_module_sources()  # before any view imports PySide6 (see the module)
