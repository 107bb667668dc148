"""Languages: Qt translators, layout direction, translated core messages and labels."""

from __future__ import annotations

import enum
import logging
import shutil
import subprocess
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
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compile_ts(ts: Path, qm: Path) -> bool:
    command = lrelease_command()
    if command is None:
        return False
    try:
        subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=60)
        return True
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not compile %s: %s", ts, exc)
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
        if mine.load(str(qm)):
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


def tr_message(message: Message) -> str:
    return message.render(lambda s: QCoreApplication.translate(Message.CONTEXT, s))


def label(value: enum.Enum) -> str:
    """A kind or status in the current language."""
    return QCoreApplication.translate("kinds", LABELS_EN.get(value, str(value)))
