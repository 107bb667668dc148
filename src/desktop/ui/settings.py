"""Every user setting declared once (name, default, translatable title), Picard-style.

Read and write through :func:`get` and :func:`put`; nothing else spells a QSettings key.
``SIJILL_CONFIG_DIR`` points the settings at another folder (tests, portable use)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings, QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    title: str


REGISTRY: dict[str, Setting] = {}


def declare(key: str, default: Any, title: str) -> Setting:
    setting = Setting(key, default, title)
    REGISTRY[key] = setting
    return setting


LANGUAGE = declare("ui/language", "ar", QT_TRANSLATE_NOOP("settings", "Language of the interface"))
SHOW_HIJRI = declare("ui/show_hijri", False, QT_TRANSLATE_NOOP("settings", "Show Hijri dates"))
ARABIC_DIGITS = declare("ui/arabic_digits", False, QT_TRANSLATE_NOOP("settings", "Arabic-Indic digits"))
RECENT_DATABASES = declare("files/recent", [], QT_TRANSLATE_NOOP("settings", "Recent databases"))
LAST_DATABASE = declare("files/last", "", QT_TRANSLATE_NOOP("settings", "Last database"))
WINDOW_GEOMETRY = declare("window/geometry", b"", QT_TRANSLATE_NOOP("settings", "Window geometry"))
LAST_FOLDER = declare("files/last_folder", "", QT_TRANSLATE_NOOP("settings", "Last folder"))
USER_NAME = declare("history/user_name", "", QT_TRANSLATE_NOOP("settings", "Your name in the history"))
SIGN_BUNDLE = declare("exchange/sign", False, QT_TRANSLATE_NOOP("settings", "Sign exported bundles"))
SIGN_PDF = declare("pdf/sign", False, QT_TRANSLATE_NOOP("settings", "Sign exported summaries"))
HISTORY_OPEN = declare("ui/history_open", False, QT_TRANSLATE_NOOP("settings", "Show a record's history in its editor"))

MAX_RECENT = 8


def store() -> QSettings:
    folder = os.environ.get("SIJILL_CONFIG_DIR")
    if folder:
        return QSettings(os.path.join(folder, "sijill.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "sijill", "sijill")


def get(setting: Setting) -> Any:
    value = store().value(setting.key, setting.default)
    default = setting.default
    if isinstance(default, bool):
        return value in (True, "true", "1", 1)
    if isinstance(default, list):
        if value is None or value == "":
            return []
        return [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]
    return value if value is not None else default


def put(setting: Setting, value: Any) -> None:
    s = store()
    s.setValue(setting.key, value)
    s.sync()


def remember_database(name: str) -> list[str]:
    recent = [name] + [r for r in get(RECENT_DATABASES) if r != name]
    put(RECENT_DATABASES, recent[:MAX_RECENT])
    put(LAST_DATABASE, name)
    return recent[:MAX_RECENT]


def column_state(page: str) -> Setting:
    """The list's columns on ``page`` (order, widths, hidden), as the user left them."""
    key = f"columns/{page}"
    return REGISTRY.get(key) or declare(key, b"", QT_TRANSLATE_NOOP("settings", "Columns of a list"))
