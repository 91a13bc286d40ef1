"""Content kinds import only app.common; app.common imports no kind; only app.course knows
every kind (docs/architecture.md, "Content kinds")."""

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
KINDS = ("lessons", "cases", "quiz", "scenario", "reference")


def _imports(package: str) -> set[str]:
    out: set[str] = set()
    for path in (APP / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                out.add(node.module)
            elif isinstance(node, ast.Import):
                out.update(a.name for a in node.names)
    return {m for m in out if m == "app" or m.startswith("app.")}


def _package(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_kinds_depend_only_on_common():
    for kind in KINDS:
        others = {_package(m) for m in _imports(kind)} - {kind, "common"}
        assert not others, f"app/{kind} imports {sorted(others)}"


def test_common_imports_no_kind_and_no_course():
    assert {_package(m) for m in _imports("common")} <= {"common"}


def test_the_old_content_package_is_gone():
    assert not (APP / "content").exists()
