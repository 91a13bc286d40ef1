"""The interface speaks 简体中文, 繁體中文 and English; no string is left untranslated."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import i18n as i18n_tool  # noqa: E402

from app.views.i18n import install_language  # noqa: E402


@pytest.mark.parametrize("lang", i18n_tool.LANGUAGES)
def test_every_tr_string_has_a_translation(tmp_path: Path, lang: str):
    """Re-extract the strings from the code into a copy: a new untranslated string fails."""
    ts = tmp_path / f"academy_{lang}.ts"
    shutil.copy(i18n_tool.ts_path(lang), ts)
    subprocess.run(
        [str(i18n_tool.BIN / "pyside6-lupdate"), "-silent", "-no-obsolete",
         *i18n_tool.lupdate_flags(lang),
         *map(str, i18n_tool.sources()), "-ts", str(ts)],
        check=True, cwd=ROOT,
    )  # fmt: skip
    total, missing = i18n_tool.unfinished(ts)
    assert total > (0 if lang == "en" else 100) and missing == 0


@pytest.mark.parametrize(
    ("lang", "home", "minutes"),
    [("zh-CN", "首页", "5 分钟"), ("zh-TW", "首頁", "5 分鐘"), ("en", "Home", "5 min")],
)
def test_translations_load_in_the_contexts_the_code_uses(qapp, lang, home, minutes):
    assert install_language(lang)
    t = QCoreApplication.translate
    assert t("MainWindow", "Home") == home
    assert t("HomePage", "%1 min").replace("%1", "5") == minutes
    if lang != "en":
        assert t("ProfileChooser", "A PIN is exactly 4 digits.") != "A PIN is exactly 4 digits."
        assert t("LessonReader", "Section %1") == "第 %1 章"


def test_no_tr_call_hides_inside_an_f_string():
    """lupdate does not look inside f-strings, so a tr() there is never translated."""
    import ast

    hidden = []
    for path in i18n_tool.sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                for sub in ast.walk(node):
                    if isinstance(sub, ast.Call) and getattr(sub.func, "attr", "") in (
                        "tr",
                        "translate",
                    ):
                        hidden.append(f"{path.name}:{sub.lineno}")
    assert hidden == []


@pytest.mark.parametrize(
    "lang, one, many",
    [("en", "1 damaged record in", "3 damaged records in"), ("zh-CN", "有 1 条", "有 3 条")],
)
def test_counts_use_plural_forms_not_record_s(qapp, lang, one, many):
    assert install_language(lang)
    text = "%n damaged record(s) in the file could not be read and were left out."
    t = QCoreApplication.translate
    assert one in t("FileActions", text, "", 1) and many in t("FileActions", text, "", 3)
    assert "(s)" not in t("FileActions", text, "", 3)
    install_language("en")


@pytest.mark.parametrize("lang, look_in", [("zh-CN", "查找范围(&L)："), ("zh-TW", "尋找於(&L)：")])
def test_qts_own_file_dialog_speaks_the_interface_language(qapp, lang, look_in):
    from PySide6.QtWidgets import QFileDialog, QLabel

    assert install_language(lang)
    dialog = QFileDialog(None)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert look_in in labels
    assert not any(c.isascii() and c.isalpha() for t in labels for c in t.replace("&", "")[:-3])
    # a string no catalogue has still reads as written (the gap filler does not swallow it)
    assert QCoreApplication.translate("QuizPage", "Not a real string") == "Not a real string"
    dialog.deleteLater()
    install_language("en")
