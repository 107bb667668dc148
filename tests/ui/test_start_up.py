"""The window as ``sijill`` starts it (desktop.app.open_main_window): the frame first, then the
database opens in it; list pages are built when first shown, the rest once the window is idle."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.ui.pages import PAGE_KINDS
from helpers import close_windows, child, trigger


@pytest.fixture
def started(qapp: Any, answers: Any, tmp_path: Path, demo_template: Path, qtbot: Any) -> Iterator[Callable[..., Any]]:
    from desktop.app import open_main_window

    windows: list[Any] = []

    def start(target: Path | None = None) -> Any:
        if target is None:
            target = tmp_path / f"office{len(windows)}.sqlite"
            shutil.copy(demo_template, target)
        window = open_main_window(qapp, str(target))
        windows.append(window)
        return window

    yield start
    close_windows(windows)


def test_frame_first_then_the_register(started, qtbot) -> None:
    window = started()
    assert window.isVisible() and window.register is None
    assert window.stack.currentWidget() is child(window, "opening_placeholder")
    assert child(window, "opening_placeholder").text()  # "Opening the database…", translated
    for name in ("action_new", "action_save", "action_delete", "action_import_activities", "action_export_pdf"):
        assert not window.action_map[name].isEnabled(), name
    toolbar = [a.objectName() for a in window.toolbar.actions()][:2]
    assert toolbar == ["action_show_dashboard", "action_show_timeline"]  # in the frame: no shift later
    assert not window.action_map["action_show_dashboard"].isEnabled()
    with qtbot.waitSignals([window.frame_shown, window.opened], order="strict", timeout=20000):
        pass
    assert [a.objectName() for a in window.toolbar.actions()][:2] == toolbar
    assert window.action_map["action_show_dashboard"].isEnabled() and window.action_map["action_show_dashboard"].isChecked()
    assert window.register is not None
    assert window.stack.currentWidget().objectName() == "page_dashboard"
    assert dict(window.pages) == {}  # no list page built to show the Dashboard


def test_pages_are_built_when_shown_and_then_when_idle(started, qtbot, monkeypatch) -> None:
    from desktop.ui.pages import Pages

    # The idle building is held until the lazy building has been seen (on a loaded machine
    # its 300 ms timer could fire inside any processEvents of this test).
    held: list[tuple[Pages, object]] = []
    build_later = Pages.build_rest_later
    monkeypatch.setattr(Pages, "build_rest_later", lambda pages, context, first_after_ms=300: held.append((pages, context)))
    window = started()
    with qtbot.waitSignal(window.opened, timeout=20000):
        pass
    assert set(window.pages) == set()  # the Dashboard is showing; no list page was needed
    trigger(window, "action_show_activities")
    assert set(window.pages) == {"activities"}
    qtbot.waitUntil(lambda: window.pages["activities"].model.rowCount() > 0, timeout=20000)
    [(pages, context)] = held
    build_later(pages, context)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: len(window.pages) == len(PAGE_KINDS), timeout=20000)
    assert window.stack.currentWidget() is window.pages["activities"]  # building others did not switch
    assert window.undo_group.activeStack() is window.pages["activities"].editor.undo_stack


def test_another_database_retires_the_old_pages(started, qtbot, answers, tmp_path) -> None:
    window = started()
    with qtbot.waitSignal(window.opened, timeout=20000):
        pass
    old = window.pages
    other = tmp_path / "other.sqlite"
    answers.files.append(str(other))
    trigger(window, "action_open_database")
    assert old.retired and window.pages is not old
    with pytest.raises(KeyError):
        old["people"]  # noqa: B018 - a retired set builds nothing over the closed register
    qtbot.waitUntil(lambda: len(window.pages) == len(PAGE_KINDS), timeout=20000)


def test_a_database_that_cannot_be_opened_is_reported_once(started, qtbot, answers, tmp_path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database" * 100)
    window = started(bad)
    with qtbot.waitSignal(window.opening_failed, timeout=20000) as failed:
        pass
    assert failed.args == [2]
    [(_title, text)] = answers.errors
    assert str(bad) in text
    assert window.register is None and dict(window.pages) == {}


def test_loading_the_example_shows_the_dashboard(started, qtbot, tmp_path) -> None:
    from PySide6.QtWidgets import QPushButton

    window = started(tmp_path / "empty.sqlite")
    with qtbot.waitSignal(window.opened, timeout=20000):
        pass
    assert window.stack.currentWidget() is window.welcome
    child(window, "welcome_load_example", QPushButton).click()
    qtbot.waitUntil(lambda: not window.runner.busy and window.stack.currentWidget() is not window.welcome, timeout=30000)
    assert window.stack.currentWidget().objectName() == "page_dashboard"
    assert "2022" in window.overview.dashboard.combo.currentText()
