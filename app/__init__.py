"""客诉学堂 · Complaint Handling Academy.

The package splits into a Qt-free core (content, progress, services) and Qt views
(``app.views``, ``app.main``). Nothing here imports heavy modules at import time:
start-up cost is measured by ``make bench``.
"""

__version__ = "0.1.0"
APP_NAME = "ComplaintAcademy"
APP_TITLE = "客诉学堂"
