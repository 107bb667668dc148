"""Typing and finding widgets like a user (Arabic typed per character: keyClicks aborts on
non-Latin-1 text)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type at the end of what the field holds (as after clicking behind the text)."""
    widget.setFocus()
    if hasattr(widget, "end"):
        widget.end(False)
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
    QApplication.processEvents()
    settle(widget)


def settle(widget: QWidget | None = None, timeout_ms: int = 10000) -> None:
    """Wait for a search box's list (every page's, without ``widget``): a search starts once
    typing pauses, and lists are read in the background (ui/page.py)."""

    def searching() -> bool:
        boxes = [widget] if widget is not None else QApplication.allWidgets()
        return any(box.property("searching") for box in boxes)

    waited = 0
    while searching():
        assert waited < timeout_ms, "the search never ended"
        QTest.qWait(10)
        waited += 10


def clear(widget: QWidget) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)


def child(window: QWidget, name: str, kind: type = QWidget) -> Any:
    found = window.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def trigger(window: QWidget, name: str) -> None:
    from PySide6.QtGui import QAction

    action = child(window, name, QAction)
    assert action.isEnabled(), f"{name} is disabled"
    action.trigger()
    QApplication.processEvents()


def choose(combo: Any, text_part: str) -> None:
    """Pick the combo item whose label contains ``text_part`` (as a user would)."""
    for i in range(combo.count()):
        if text_part in combo.itemText(i):
            combo.setCurrentIndex(i)
            settle()  # a filter's list is read in the background
            return
    raise AssertionError(f"no item containing {text_part!r} in {combo.objectName()}")


def close_windows(windows: list[Any]) -> None:
    """Close test windows without the unsaved-changes question, after their background work."""
    for window in windows:
        window.runner.pool.waitForDone(10000)
        for page in window.pages.values():
            page.editor.undo_stack.setClean()
        window.close()
        window.deleteLater()
