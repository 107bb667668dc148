"""The layering of docs/architecture.md, checked on every import statement."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "desktop"
CORE = ("domain", "services", "store", "text", "reports", "exchange")
# What each core layer may import from the package (besides itself, desktop.files and
# desktop.redaction, the one function that shows database addresses without passwords).
ALLOWED = {
    "domain": {"domain", "text"},
    "text": {"text", "domain"},
    "store": {"store", "domain", "text"},
    "services": {"services", "store", "domain", "text", "files", "reports", "exchange"},
    "reports": {"reports", "domain", "text", "services", "files", "store"},
    "exchange": {"exchange", "domain", "text", "files"},  # the bundle format only
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _modules(layer: str) -> list[Path]:
    root = PACKAGE / layer
    return sorted(root.rglob("*.py")) if root.is_dir() else []


@pytest.mark.parametrize("layer", CORE)
def test_core_never_imports_qt(layer: str) -> None:
    offenders = [
        f"{p.relative_to(PACKAGE)}: {name}"
        for p in _modules(layer)
        for name in _imports(p)
        if name.split(".")[0] in ("PySide6", "shiboken6")
    ]
    assert offenders == []


def test_ui_never_touches_the_database() -> None:
    offenders = [
        f"{p.relative_to(PACKAGE)}: {name}"
        for p in _modules("ui")
        for name in _imports(p)
        if name.split(".")[0] == "sqlalchemy" or name.startswith("desktop.store")
    ]
    assert offenders == []


@pytest.mark.parametrize("layer", [layer for layer in ALLOWED if layer != "services"])
def test_lower_layers_do_not_reach_up(layer: str) -> None:
    offenders = []
    for path in _modules(layer):
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "desktop" and len(parts) > 1 and parts[1] not in ALLOWED[layer] | {"files", "redaction"}:
                offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert offenders == []


def test_exchange_is_the_file_format_only() -> None:
    """No SQL in exchange/: what touches the register is services/fieldwork (and store/backups)."""
    offenders = [
        f"{p.relative_to(PACKAGE)}: {name}"
        for p in _modules("exchange")
        for name in _imports(p)
        if name.split(".")[0] == "sqlalchemy"
    ]
    assert offenders == []


def test_the_command_line_imports_qt_only_to_start_the_gui() -> None:
    offenders = [
        f"{p.relative_to(PACKAGE)}: {name}"
        for p in _modules("cli")
        if p.name != "gui.py"
        for name in _imports(p)
        if name.split(".")[0] in ("PySide6", "shiboken6")
    ]
    assert offenders == []
