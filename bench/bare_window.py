"""The baseline: a bare PySide6 main window, shown and painted, then closed.

It prints the same markers as the app (``@painted``), so both are timed identically.
"""

import os
import sys
import time

T0 = time.perf_counter()
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402


def rss_kib() -> int:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    except OSError:
        return 0


class Window(QMainWindow):
    painted = False

    def paintEvent(self, e):
        super().paintEvent(e)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.report)

    def report(self):
        print(f"@painted {time.perf_counter() - T0:.4f} rss={rss_kib()}", flush=True)
        QTimer.singleShot(0, QApplication.quit)


app = QApplication(sys.argv[:1])
w = Window()
w.setCentralWidget(QLabel("bare window"))
w.resize(1280, 800)
w.show()
app.exec()
print(f"@exit {time.perf_counter() - T0:.4f} rss={rss_kib()}", flush=True)
