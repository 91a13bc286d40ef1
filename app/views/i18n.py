"""Install Qt translators for the interface language.

Source strings are English; ``assets/i18n/academy_zh_CN.ts`` and ``academy_zh_TW.ts`` hold the
translations (compiled to ``.qm`` by ``make i18n``); ``academy_en.ts`` only the English plural
forms. Qt's own strings (dialog buttons) come
from the ``qtbase`` catalogues shipped with PySide6.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.languages import interface_catalogue
from app.paths import assets_dir

_installed: list[QTranslator] = []


def install_language(lang: str) -> bool:
    """Switch the interface to ``lang`` (zh-CN, zh-TW, zh-HK, en). Returns False if a catalogue
    is missing, in which case the English source strings show. zh-HK uses the zh-TW catalogue
    (the course itself is converted for Hong Kong: see ``app.common.script``)."""
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale(lang.replace("-", "_")))
    qt_name = "en" if lang == "en" else interface_catalogue(lang).replace("-", "_")
    ok = True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang != "en":  # installed first, so asked last: only for what no catalogue has
        gaps = AcceleratorGaps(app, qt_dir, qt_name)
        app.installTranslator(gaps)
        _installed.append(gaps)
    ours = QTranslator(app)
    if ours.load(f"academy_{qt_name}", str(assets_dir() / "i18n")):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        ok = False
    if lang == "en":  # English: only our plural forms; Qt's own strings are English already
        return ok
    qt = QTranslator(app)
    if qt.load(f"qtbase_{qt_name}", qt_dir) or qt.load(f"qt_{qt_name}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok


class AcceleratorGaps(QTranslator):
    """Qt's own strings whose catalogue entry predates an accelerator: Qt 6 labels the file
    dialog "&Look in:" and "Files of &type:", while the qtbase catalogues PySide6 ships only
    translate "Look in:" and "Files of type:", so the Chinese dialog showed them in English.
    This answers with the catalogue's translation of the text without "&", plus the key in
    the Chinese way ("查找范围(&L)："). Only Qt's dialog classes are looked at."""

    CONTEXTS = frozenset({"QFileDialog", "QFileSystemModel", "QMessageBox", "QDialogButtonBox",
                          "QPlatformTheme", "QColorDialog", "QFontDialog", "QInputDialog",
                          "QPrintDialog", "QPageSetupWidget", "QErrorMessage"})  # fmt: skip

    def __init__(self, parent, qt_dir: str, qt_name: str) -> None:
        super().__init__(parent)
        self._qt = QTranslator(self)
        self._qt.load(f"qtbase_{qt_name}", qt_dir)

    def translate(self, context, source, disambiguation=None, n=-1):
        if context not in self.CONTEXTS or not source or "&" not in source:
            return None  # null: "not here", the next catalogue is asked ("" would end the search)
        at = source.find("&")
        key = source[at + 1 : at + 2]
        plain = source.replace("&", "", 1)
        text = self._qt.translate(context, plain, disambiguation, n)
        if not text or not key.strip():
            return None  # null: "not here", the next catalogue is asked ("" would end the search)
        colon = next((c for c in ("：", ":") if text.endswith(c)), "")
        body = text[: len(text) - len(colon)] if colon else text
        return f"{body}(&{key.upper()}){colon}"

    def isEmpty(self) -> bool:
        return False
