"""The keyboard model: Tab moves between the search box, the list (one tab stop; arrows move
inside it) and the editor; F6 / Shift+F6 cycle those panes; Delete in a list sends the
record to the trash; the editor's undo and redo own Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (and
the platform's keys) everywhere in it, text fields included; every control has an
accessible name.

``install(window)`` sets up the window once; ``prepare_page(page)`` each list page as it
is built (called by the page itself)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QTabBar, QTabWidget,
    QTextEdit, QWidget,
)

if TYPE_CHECKING:
    from desktop.ui.editors.base import Editor
    from desktop.ui.page import Page

UNDO_KEYS = ("Ctrl+Z",)
REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")
AUTO_NAME = "sijill_auto_accessible_name"
# Controls whose label or text would not say what they are, by objectName.
NAMES = {
    "parties_table": QT_TRANSLATE_NOOP("keyboard", "Parties"),
    "parties_choice": QT_TRANSLATE_NOOP("keyboard", "Organisation to add as a party"),
    "signatories_table": QT_TRANSLATE_NOOP("keyboard", "Signatories in signing order"),
    "signatories_choice": QT_TRANSLATE_NOOP("keyboard", "Person to add as a signatory"),
    "signatories_party": QT_TRANSLATE_NOOP("keyboard", "The party the selected signatory signs for"),
    "objectives_table": QT_TRANSLATE_NOOP("keyboard", "Objectives"),
    "statements_table": QT_TRANSLATE_NOOP("keyboard", "Statements"),
    "statement_person": QT_TRANSLATE_NOOP("keyboard", "The person who made the selected statement"),
}


def _sequences(standard: QKeySequence.StandardKey, extra: tuple[str, ...]) -> list[QKeySequence]:
    found: list[QKeySequence] = []
    for key in [*QKeySequence.keyBindings(standard), *(QKeySequence(k) for k in extra)]:
        if key.toString() and all(key.toString() != k.toString() for k in found):
            found.append(key)
    return found


def undo_sequences() -> list[QKeySequence]:
    return _sequences(QKeySequence.StandardKey.Undo, UNDO_KEYS)


def redo_sequences() -> list[QKeySequence]:
    return _sequences(QKeySequence.StandardKey.Redo, REDO_KEYS)


def _matches(event: QKeyEvent, sequences: list[QKeySequence]) -> bool:
    pressed = QKeySequence(event.keyCombination())
    return any(pressed.matches(s) == QKeySequence.SequenceMatch.ExactMatch for s in sequences)


# -- the window ------------------------------------------------------------------------------
def install(window: Any, actions: Any = None) -> None:
    """Undo/Redo keys on the window's actions (``actions``: its name -> QAction mapping,
    ``window.action_map`` by default), F6 / Shift+F6 between the panes."""
    actions = window.action_map if actions is None else actions
    actions["action_undo"].setShortcuts(undo_sequences())
    actions["action_redo"].setShortcuts(redo_sequences())
    for key, step in ((Qt.Key.Key_F6, 1), (QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F6), -1)):
        shortcut = QShortcut(QKeySequence(key), window)
        shortcut.setObjectName("shortcut_next_pane" if step > 0 else "shortcut_previous_pane")
        shortcut.activated.connect(lambda s=step: cycle_panes(window, s))


def panes(page: Page) -> list[QWidget]:
    return [page.search_box, page.table, page.editor]


def current_pane(page: Page, widget: QWidget | None) -> int:
    if widget is None:
        return -1
    if widget is page.search_box or (page.filter_bar is not None and page.filter_bar.isAncestorOf(widget)):
        return 0
    if widget is page.table:
        return 1
    if page.editor.isAncestorOf(widget) or widget is page.editor:
        return 2
    return -1


def focus_pane(page: Page, index: int) -> None:
    if index == 2:
        page.editor.focus_first()
    else:
        panes(page)[index].setFocus(Qt.FocusReason.ShortcutFocusReason)


def cycle_panes(window: Any, step: int = 1) -> None:
    page = window.shown_page()
    if page is None:
        return
    from PySide6.QtWidgets import QApplication

    now = current_pane(page, QApplication.focusWidget())
    focus_pane(page, (now + step) % 3 if now >= 0 else 0)


# -- a page --------------------------------------------------------------------------------
def prepare_page(page: Page) -> None:
    """One tab stop for the list, Tab order search → filters → list → editor, Delete in
    the list, the editor's undo keys in its text fields."""
    table = page.table
    for view in page.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)  # Tab leaves a list; the arrows move inside it
    chain: list[QWidget] = [page.search_box]
    if page.filter_bar is not None:
        chain += [w for w in page.filter_bar.findChildren(QComboBox)]
    chain.append(table)
    first = first_in_chain(page.editor)
    if first is not None:
        chain.append(first)
    for a, b in zip(chain, chain[1:]):
        QWidget.setTabOrder(a, b)
    delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), table)
    delete.setContext(Qt.ShortcutContext.WidgetShortcut)
    delete.setObjectName("shortcut_delete_in_list")
    delete.activated.connect(page.delete_from_keyboard)
    install_undo_keys(page.editor)


def first_in_chain(root: QWidget) -> QWidget | None:
    """The first widget under ``root`` that Tab reaches (in its focus chain)."""
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root:
        if root.isAncestorOf(widget) and focusable(widget):
            return widget
        if not root.isAncestorOf(widget):
            break
        widget = widget.nextInFocusChain()
    return None


class EditorUndoKeys(QObject):
    """In the editor's text fields, the undo/redo keys go to the editor's undo stack (one
    step per field edit), never to the field's own undo."""

    def __init__(self, editor: Editor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.undo, self.redo = undo_sequences(), redo_sequences()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        undo, redo = _matches(event, self.undo), _matches(event, self.redo)
        if not (undo or redo):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key press comes here, not to a window shortcut
            return True
        stack = self.editor.undo_stack
        if undo:
            stack.undo()
        else:
            stack.redo()
        return True


def install_undo_keys(editor: Editor) -> None:
    keys = EditorUndoKeys(editor)
    editor.undo_keys = keys  # type: ignore[attr-defined]
    for widget in editor.findChildren(QWidget):
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            widget.installEventFilter(keys)


# -- accessible names ----------------------------------------------------------------------
def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":：").strip()


def focusable(widget: QWidget) -> bool:
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not isinstance(widget, QLabel)


def name_controls(root: QWidget) -> list[QWidget]:
    """Give every focusable control under ``root`` without an accessible name one from its
    label (buddy), its own text, its placeholder or its tool tip; names given here follow
    the language (run again after retranslating). Returns the controls still unnamed."""
    labelled: dict[int, str] = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            labelled[id(buddy)] = _plain(label.text())
    unnamed: list[QWidget] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not focusable(widget):
            continue
        if widget.accessibleName() and not widget.property(AUTO_NAME):
            continue
        explicit = NAMES.get(widget.objectName())
        name = QCoreApplication.translate("keyboard", str(explicit)) if explicit else labelled.get(id(widget)) or _own_text(widget)
        if name:
            widget.setAccessibleName(name)
            widget.setProperty(AUTO_NAME, True)
        else:
            unnamed.append(widget)
    return unnamed


def _own_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton) and widget.text():
        return _plain(widget.text())
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        return widget.placeholderText().rstrip("…").strip()
    if isinstance(widget, QTabBar):
        return QCoreApplication.translate("keyboard", "Sections")
    if widget.toolTip():
        return widget.toolTip()
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox):
        return parent.accessibleName()
    if isinstance(widget, (QAbstractItemView, QComboBox)):
        return _tab_title(widget)
    return ""


def _tab_title(widget: QWidget) -> str:
    """The title of the tab holding ``widget`` (a list on the agreement's Parties tab)."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            return _plain(tabs.tabText(tabs.indexOf(child)))
        child, parent = parent, parent.parentWidget()
    return ""


def list_name(kind: str) -> str:
    texts = {
        "agreements": QCoreApplication.translate("keyboard", "List of agreements"),
        "activities": QCoreApplication.translate("keyboard", "List of activities"),
        "organizations": QCoreApplication.translate("keyboard", "List of organisations"),
        "people": QCoreApplication.translate("keyboard", "List of people"),
        "history": QCoreApplication.translate("keyboard", "List of milestones"),
    }
    return texts.get(kind, QCoreApplication.translate("keyboard", "List"))
