"""Keep PySide6 from holding the source of every module the app imports.

PySide6 installs an import hook that asks of each newly imported module whether it uses
PySide6 (for its optional ``__feature__`` switches, PYSIDE-2029). It answers with
``inspect.getsource``, which loads the whole file into ``linecache`` and leaves it there:
after start-up that was 495 files, 19.5 MiB — a seventh of the app's steady memory — kept
for tracebacks that never come. The same question is answered here by reading the file's
bytes once and letting them go. Where the check is not found (another PySide6 version, a
frozen build without sources), PySide6's own is left alone.
"""

from __future__ import annotations

import sys


def stop_caching_module_sources() -> bool:
    """Swap in the byte-reading check; True if it is now in place."""
    import shiboken6  # noqa: F401 - sets up the import hook adjusted here

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return False
    if getattr(original, "reads_bytes", False):
        return True

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as f:
                    return b"PySide6" in f.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside
    return True
