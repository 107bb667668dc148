"""A ``.sijill`` bundle handed over by the system (double-click) opens in the import preview:
from ``$SIJILL_OPEN_BUNDLE`` / ``sijill FILE.sijill`` after the window is shown, and from a
macOS QFileOpenEvent sent to the application."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent

from desktop.services.register import Register
from desktop.ui import exchange_dialogs, open_bundle
from helpers import close_windows, child


@pytest.fixture
def bundle(demo_template: Path, tmp_path: Path) -> Path:
    """A bundle exported from a copy of the demo register."""
    shutil.copy(demo_template, tmp_path / "laptop.sqlite")
    laptop = Register.open(tmp_path / "laptop.sqlite")
    try:
        return Path(laptop.export_bundle(tmp_path / "from-field.sijill").path)
    finally:
        laptop.close()


@pytest.fixture(autouse=True)
def file_open_events(monkeypatch: pytest.MonkeyPatch) -> None:
    """Handle macOS's QFileOpenEvent here too (the tests send it themselves)."""
    monkeypatch.setattr(open_bundle, "FILE_OPEN_EVENTS", True)


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Preview dialogs opened (never modal here: open/exec only record them)."""
    opened: list[Any] = []
    monkeypatch.setattr(exchange_dialogs.BundlePreview, "open", lambda self: opened.append(self))
    monkeypatch.setattr(exchange_dialogs.BundlePreview, "exec", lambda self: opened.append(self) or 0)
    return opened


@pytest.fixture
def start_gui(qapp: Any, answers: Any, tmp_path: Path, demo_template: Path) -> Iterator[Callable[..., Any]]:
    """The window as run_gui makes it (desktop.app.open_main_window), closed at the end."""
    from desktop.app import open_main_window

    windows: list[Any] = []

    def start(bundle: str | None = None) -> Any:
        path = tmp_path / f"office{len(windows)}.sqlite"
        shutil.copy(demo_template, path)
        window = open_main_window(qapp, str(path), bundle)
        windows.append(window)
        return window

    yield start
    close_windows(windows)


def _summary(dialog: Any) -> str:
    return str(child(dialog, "bundle_summary").text())


def test_bundle_from_the_environment_opens_in_the_preview(start_gui, bundle, previews, answers, qtbot, monkeypatch):
    monkeypatch.setenv(open_bundle.ENV, str(bundle))
    window = start_gui()
    qtbot.waitUntil(lambda: bool(previews), timeout=10000)
    assert previews[0] is window.bundle_preview
    assert previews[0].parent() is window
    assert "from-field.sijill" in _summary(previews[0])
    assert open_bundle.ENV not in os.environ  # opened once, not again for the next window
    assert not answers.errors


def test_sijill_with_a_bundle_argument_starts_the_gui_with_it(monkeypatch, tmp_path):
    from desktop import cli
    from desktop.cli import gui

    seen: dict[str, Any] = {}

    def launch(args: Any, parser: Any) -> int:
        seen["db"], seen["bundle"] = args.db, os.environ.get(open_bundle.ENV)
        return 0

    monkeypatch.setattr(gui, "launch", launch)
    monkeypatch.delenv(open_bundle.ENV, raising=False)
    assert cli.main([str(tmp_path / "x.sijill")]) == 0
    assert seen == {"db": None, "bundle": str(tmp_path / "x.sijill")}
    monkeypatch.delenv(open_bundle.ENV)
    assert cli.main(["--db", "office.sqlite", "x.SIJILL"]) == 0
    assert seen == {"db": "office.sqlite", "bundle": os.path.abspath("x.SIJILL")}
    monkeypatch.delenv(open_bundle.ENV)
    assert gui.take_bundle_argument(["bundle", "import", "x.sijill"]) == ["bundle", "import", "x.sijill"]
    assert gui.take_bundle_argument(["--db", "x.sijill"]) == ["--db", "x.sijill"]
    assert open_bundle.ENV not in os.environ


def test_missing_or_damaged_bundle_gets_the_import_message(start_gui, tmp_path, previews, answers, qtbot, monkeypatch):
    monkeypatch.setenv(open_bundle.ENV, str(tmp_path / "missing.sijill"))
    window = start_gui()
    qtbot.waitUntil(lambda: bool(answers.errors), timeout=10000)
    assert "missing.sijill" in answers.errors[0][1]
    damaged = tmp_path / "damaged.sijill"
    damaged.write_text("not a zip")
    QCoreApplication.sendEvent(QCoreApplication.instance(), QFileOpenEvent(str(damaged)))
    qtbot.waitUntil(lambda: len(answers.errors) == 2, timeout=10000)
    assert "damaged.sijill" in answers.errors[1][1]
    assert not previews
    assert window.isVisible()


def test_file_open_event_opens_the_preview(start_gui, bundle, previews, answers, qtbot, monkeypatch):
    monkeypatch.delenv(open_bundle.ENV, raising=False)
    window = start_gui()
    qtbot.wait(50)
    assert not previews
    app = QCoreApplication.instance()
    assert app.findChild(open_bundle.BundleOpener, "bundle_opener") is not None
    QCoreApplication.sendEvent(app, QFileOpenEvent(str(bundle)))
    qtbot.waitUntil(lambda: bool(previews), timeout=10000)
    assert previews[0] is window.bundle_preview
    assert "from-field.sijill" in _summary(previews[0])
    assert not answers.errors


def test_file_open_event_before_the_window_waits_for_it(qapp, start_gui, bundle, previews, qtbot, monkeypatch):
    monkeypatch.delenv(open_bundle.ENV, raising=False)
    opener = open_bundle.install(qapp)
    opener.window = None  # as during start-up, before the database is open
    QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(bundle)))
    assert opener.pending == [str(bundle)]
    window = start_gui()
    qtbot.waitUntil(lambda: bool(previews), timeout=10000)
    assert previews[0] is window.bundle_preview
    assert opener.pending == []


def test_no_application_wide_filter_where_no_file_open_events_come(qapp, monkeypatch):
    """Off macOS the opener is not an event filter on the application (such a filter runs
    Python for every event of every widget: start-up measured about 25 ms slower)."""
    monkeypatch.setattr(open_bundle, "FILE_OPEN_EVENTS", False)
    monkeypatch.setattr(open_bundle, "_OPENERS", {})
    opener = open_bundle.install(qapp)
    assert not opener.filtering
    assert open_bundle.install(qapp) is opener
