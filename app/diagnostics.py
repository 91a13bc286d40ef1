"""Logs and crash reports in the data dir, so a trainer can send them to us.

The crash handler writes the Python traceback; ``faulthandler`` covers hard crashes
(segfaults in Qt) that never reach Python. The GUI shows where the file is.
"""

from __future__ import annotations

import faulthandler
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from app import __version__

_fault_file = None


def _quiet_formatter_class():
    import logging

    class QuietFormatter(logging.Formatter):
        """One line per record: the person at the terminal gets the message, not a traceback."""

        def formatException(self, ei) -> str:
            return ""

        def formatStack(self, stack_info: str) -> str:
            return ""

    return QuietFormatter


def setup_logging(log_dir: Path, verbose: bool = False) -> Path:
    import logging
    import logging.handlers  # ~10 ms: the GUI calls this right after its first paint

    path = log_dir / "academy.log"
    handler: logging.Handler
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:  # a read-only or full data folder must not stop the app: log to stderr,
        handler = logging.StreamHandler(sys.stderr)  # quietly (warnings, no tracebacks)
        handler.setLevel(logging.WARNING)
        handler.setFormatter(_quiet_formatter_class()("%(levelname)s %(name)s: %(message)s"))
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [h for h in root.handlers if not isinstance(h, logging.FileHandler)]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path


def enable_faulthandler(log_dir: Path) -> Path:
    global _fault_file
    path = log_dir / "faulthandler.log"
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        _fault_file = path.open("a", encoding="utf-8")  # must stay open for the process's life
    except OSError:  # a read-only data folder: hard crashes go to stderr instead
        faulthandler.enable(all_threads=True)
        return path
    faulthandler.enable(file=_fault_file, all_threads=True)
    return path


def write_crash_log(
    log_dir: Path, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> Path:
    import platform
    import traceback
    from datetime import datetime

    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / f"crash-{datetime.now():%Y%m%d-%H%M%S}.log"
    with path.open("w", encoding="utf-8") as f:
        f.write(
            f"客诉学堂 {__version__} · Python {platform.python_version()} · "
            f"{platform.platform()}\n{datetime.now().isoformat()}\n\n"
        )
        traceback.print_exception(exc_type, exc, tb, file=f)
        f.write("\n--- all threads (faulthandler) ---\n")
        f.flush()
        faulthandler.dump_traceback(file=f, all_threads=True)
    return path


def install_excepthook(log_dir: Path, notify: Callable[[Path, BaseException], None]) -> None:
    """Route uncaught exceptions to a crash log and ``notify`` (the GUI's dialog)."""

    def hook(exc_type, exc, tb):
        import logging

        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        logging.getLogger("crash").error("uncaught exception", exc_info=(exc_type, exc, tb))
        try:
            path = write_crash_log(log_dir, exc_type, exc, tb)
        except OSError:
            path = log_dir
        try:
            notify(path, exc)
        except Exception:
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook
