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
    ours = QTranslator(app)
    if ours.load(f"academy_{qt_name}", str(assets_dir() / "i18n")):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        ok = False
    if lang == "en":  # English: only our plural forms; Qt's own strings are English already
        return ok
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{qt_name}", qt_dir) or qt.load(f"qt_{qt_name}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok
