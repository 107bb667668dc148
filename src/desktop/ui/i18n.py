"""Languages: Qt translators, layout direction, translated core messages and labels."""

from __future__ import annotations

import enum
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.domain.kinds import LABELS_EN
from desktop.domain.messages import Message
from desktop.resources import translations_dir

log = logging.getLogger(__name__)

LANGUAGES = ("ar", "en")
_state: dict[str, object] = {"lang": "ar", "translators": []}


def current() -> str:
    return str(_state["lang"])


def is_rtl() -> bool:
    return current() == "ar"


def qm_file(lang: str) -> Path | None:
    """The compiled translation, compiled from the .ts on the fly when it is missing."""
    folder = translations_dir()
    qm = folder / f"sijill_{lang}.qm"
    ts = folder / f"sijill_{lang}.ts"
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        compile_ts(ts, qm)
    return qm if qm.exists() else None


def lrelease_command() -> list[str] | None:
    local = Path(sys.executable).with_name("pyside6-lrelease")
    if local.exists():
        return [str(local)]
    import shutil

    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compile_ts(ts: Path, qm: Path) -> bool:
    import subprocess  # only when a .ts changed (a source checkout)

    command = lrelease_command()
    if command is None:
        return False
    partial = qm.with_name(f".{qm.name}.{os.getpid()}.part")
    try:
        subprocess.run([*command, "-silent", str(ts), "-qm", str(partial)], check=True, capture_output=True, timeout=60)
        os.replace(partial, qm)  # atomic: a running app keeps reading the old file
        return True
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not compile %s: %s", ts, exc)
        partial.unlink(missing_ok=True)
        return False


def install(lang: str) -> None:
    """Install the translators of ``lang`` and set the layout direction (no restart)."""
    app = QCoreApplication.instance()
    lang = lang if lang in LANGUAGES else "ar"
    for old in list(_state["translators"]):  # type: ignore[call-overload]
        QCoreApplication.removeTranslator(old)
    translators: list[QTranslator] = []
    qm = qm_file(lang)
    if qm is not None:
        mine = QTranslator(app)
        # Loaded from memory, not mapped: a .qm rebuilt while the app runs must not crash it.
        data = qm.read_bytes()
        if mine.load(data):
            mine.sijill_data = data  # type: ignore[attr-defined]  # Qt keeps a pointer into them
            translators.append(mine)
    qt_base = QTranslator(app)
    if qt_base.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt_base)
    for t in translators:
        QCoreApplication.installTranslator(t)
    _state["translators"] = translators
    _state["lang"] = lang
    QLocale.setDefault(QLocale(QLocale.Language.Arabic if lang == "ar" else QLocale.Language.English))
    if isinstance(app, QApplication):
        direction = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        app.setLayoutDirection(direction)


def uninstall() -> None:
    """Remove Sijill's translators (English source texts, left to right): for tests."""
    for old in list(_state["translators"]):  # type: ignore[call-overload]
        QCoreApplication.removeTranslator(old)
    _state["translators"] = []
    _state["lang"] = "en"
    app = QCoreApplication.instance()
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def tr_message(message: Message) -> str:
    return message.render(lambda s: QCoreApplication.translate(Message.CONTEXT, s))


def label(value: enum.Enum) -> str:
    """A kind or status in the current language."""
    return QCoreApplication.translate("kinds", LABELS_EN.get(value, str(value)))
