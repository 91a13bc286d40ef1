"""The one QApplication, named for settings and the window manager."""

from __future__ import annotations

import sys

from app import APP_NAME, APP_TITLE


def create_qapp():
    # High-DPI: Qt 6 scales by default with the PassThrough rounding policy (fractional
    # factors such as 125 % stay exact), which is what we want; nothing to set.
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName(APP_NAME)
        app.setApplicationDisplayName(APP_TITLE)
        app.setOrganizationName(APP_NAME)
    return app
