"""The window's actions and menus (objectNames are a stable interface: docs/ui-objects.md)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

# name -> (source text, shortcut)
ACTIONS: dict[str, tuple[str, QKeySequence | str | None]] = {
    "action_new_database": (QT_TRANSLATE_NOOP("actions", "New database…"), "Ctrl+Shift+N"),
    "action_open_database": (QT_TRANSLATE_NOOP("actions", "Open database…"), QKeySequence.StandardKey.Open),
    "action_database_settings": (QT_TRANSLATE_NOOP("actions", "Database settings…"), None),
    "action_letterhead": (QT_TRANSLATE_NOOP("actions", "Letterhead…"), None),
    "action_import_activities": (QT_TRANSLATE_NOOP("actions", "Import activities…"), "Ctrl+I"),
    "action_export_csv": (QT_TRANSLATE_NOOP("actions", "Export list as CSV…"), None),
    "action_export_xlsx": (QT_TRANSLATE_NOOP("actions", "Export list as Excel…"), None),
    "action_export_pdf": (QT_TRANSLATE_NOOP("actions", "Export agreement summary as PDF…"), "Ctrl+E"),
    "action_preview_pdf": (QT_TRANSLATE_NOOP("actions", "Preview agreement summary"), "Ctrl+Shift+P"),
    "action_print": (QT_TRANSLATE_NOOP("actions", "Print agreement summary…"), QKeySequence.StandardKey.Print),
    "action_sign_pdf": (QT_TRANSLATE_NOOP("actions", "Sign exported summaries"), None),
    "action_verify_summary": (QT_TRANSLATE_NOOP("actions", "Verify a summary…"), None),
    "action_quit": (QT_TRANSLATE_NOOP("actions", "Quit"), QKeySequence.StandardKey.Quit),
    "action_new": (QT_TRANSLATE_NOOP("actions", "New"), QKeySequence.StandardKey.New),
    "action_save": (QT_TRANSLATE_NOOP("actions", "Save"), QKeySequence.StandardKey.Save),
    "action_revert": (QT_TRANSLATE_NOOP("actions", "Revert"), "Ctrl+R"),
    "action_delete": (QT_TRANSLATE_NOOP("actions", "Delete…"), "Ctrl+Del"),
    "action_find": (QT_TRANSLATE_NOOP("actions", "Find"), QKeySequence.StandardKey.Find),
    "action_show_agreements": (QT_TRANSLATE_NOOP("actions", "Agreements"), "Ctrl+1"),
    "action_show_activities": (QT_TRANSLATE_NOOP("actions", "Activities"), "Ctrl+2"),
    "action_show_organizations": (QT_TRANSLATE_NOOP("actions", "Organisations"), "Ctrl+3"),
    "action_show_people": (QT_TRANSLATE_NOOP("actions", "People"), "Ctrl+4"),
    "action_show_history": (QT_TRANSLATE_NOOP("actions", "History"), "Ctrl+5"),
    "action_language_ar": (QT_TRANSLATE_NOOP("actions", "العربية"), None),
    "action_language_en": (QT_TRANSLATE_NOOP("actions", "English"), None),
    "action_show_hijri": (QT_TRANSLATE_NOOP("actions", "Show Hijri dates"), None),
    "action_arabic_digits": (QT_TRANSLATE_NOOP("actions", "Arabic-Indic digits (١٢٣)"), None),
    "action_about": (QT_TRANSLATE_NOOP("actions", "About Sijill"), None),
}

MENUS = {
    "menu_file": (QT_TRANSLATE_NOOP("actions", "&File"), [
        "action_new_database", "action_open_database", "menu_recent", "action_database_settings", "action_letterhead", None, "action_import_activities",
        "action_export_csv", "action_export_xlsx", None, "action_export_pdf", "action_preview_pdf",
        "action_print", "action_sign_pdf", "action_verify_summary", None, "action_quit",
    ]),
    "menu_edit": (QT_TRANSLATE_NOOP("actions", "&Edit"), [
        "action_new", "action_save", "action_revert", "action_delete", None, "action_undo", "action_redo",
        None, "action_find",
    ]),
    "menu_view": (QT_TRANSLATE_NOOP("actions", "&View"), [
        "action_show_agreements", "action_show_activities", "action_show_organizations",
        "action_show_people", "action_show_history", None, "action_language_ar", "action_language_en",
        None, "action_show_hijri", "action_arabic_digits",
    ]),
    "menu_help": (QT_TRANSLATE_NOOP("actions", "&Help"), ["action_about"]),
}

RECENT_TITLE = QT_TRANSLATE_NOOP("actions", "Recent databases")
PAGE_ACTIONS = ("action_show_agreements", "action_show_activities", "action_show_organizations",
                "action_show_people", "action_show_history")


def create_actions(window: QMainWindow) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for name, (_text, shortcut) in ACTIONS.items():
        action = QAction(window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        actions[name] = action
    pages = QActionGroup(window)
    for name in PAGE_ACTIONS:
        actions[name].setCheckable(True)
        pages.addAction(actions[name])
    languages = QActionGroup(window)
    for name in ("action_language_ar", "action_language_en"):
        actions[name].setCheckable(True)
        languages.addAction(actions[name])
    actions["action_show_hijri"].setCheckable(True)
    actions["action_arabic_digits"].setCheckable(True)
    actions["action_sign_pdf"].setCheckable(True)
    return actions


def create_menus(window: QMainWindow, actions: dict[str, QAction]) -> dict[str, QMenu]:
    menus: dict[str, QMenu] = {}
    recent = QMenu(window)
    recent.setObjectName("menu_recent")
    menus["menu_recent"] = recent
    for name, (_title, items) in MENUS.items():
        menu = window.menuBar().addMenu("")
        menu.setObjectName(name)
        menus[name] = menu
        for item in items:
            if item is None:
                menu.addSeparator()
            elif item == "menu_recent":
                menu.addMenu(recent)
            else:
                menu.addAction(actions[item])
    return menus


def retranslate(actions: dict[str, QAction], menus: dict[str, QMenu]) -> None:
    for name, (text, _shortcut) in ACTIONS.items():
        actions[name].setText(QCoreApplication.translate("actions", text))
    actions["action_undo"].setText(QCoreApplication.translate("actions", "Undo"))
    actions["action_redo"].setText(QCoreApplication.translate("actions", "Redo"))
    for name, (title, _items) in MENUS.items():
        menus[name].setTitle(QCoreApplication.translate("actions", title))
    menus["menu_recent"].setTitle(QCoreApplication.translate("actions", RECENT_TITLE))
