"""Fixtures for the Qt tests: private settings, compiled translations, a window on a
temporary register, and prompts that never block (a test says what the user answers)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations() -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build-translations.py")], check=True, capture_output=True)


@pytest.fixture(autouse=True)
def _private_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("SIJILL_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _no_language_left_behind(qapp: Any) -> Iterator[None]:
    """A test that installs the Arabic translator takes it away again."""
    yield
    from desktop.ui import i18n

    i18n.uninstall()


class Answers:
    """What the 'user' answers to each prompt; unexpected prompts fail the test."""

    def __init__(self) -> None:
        self.unsaved: list[str] = []
        self.confirm: list[bool] = []
        self.locked: list[bool] = []
        self.files: list[str] = []
        self.errors: list[tuple[str, str]] = []
        self.asked: list[str] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    from desktop.ui import prompts

    a = Answers()

    def pop(queue: list[Any], what: str) -> Any:
        a.asked.append(what)
        if not queue:
            raise AssertionError(f"unexpected prompt: {what}")
        return queue.pop(0)

    monkeypatch.setattr(prompts, "unsaved_changes", lambda parent: pop(a.unsaved, "unsaved"))
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, detail="": pop(a.confirm, "confirm: " + text + "\n" + detail))
    monkeypatch.setattr(prompts, "database_locked", lambda parent, name: pop(a.locked, "locked"))
    monkeypatch.setattr(prompts, "open_file", lambda *args: pop(a.files, "open_file"))
    monkeypatch.setattr(prompts, "save_file", lambda *args: pop(a.files, "save_file"))
    monkeypatch.setattr(prompts, "error", lambda parent, title, text, detail="": a.errors.append((title, text)))
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: a.asked.append("info"))
    return a


@pytest.fixture
def open_window(qtbot: Any, answers: Answers) -> Iterator[Callable[..., Any]]:
    """open_window(path) -> a shown MainWindow on that register (closed at the end)."""
    from desktop.app import create_main_window

    windows: list[Any] = []

    def make(path: Path | str) -> Any:
        window = create_main_window(str(path))
        window.show()
        windows.append(window)
        return window

    yield make
    from helpers import close_windows

    close_windows(windows)


@pytest.fixture
def destroy_windows_after() -> Iterator[None]:
    """Request before ``open_window``: after it has closed the windows, delete them for real,
    so no late event (a language change) makes a dead window query a dropped database."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QCoreApplication.processEvents()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A register with the example plan, loaded once per session (copied by each test)."""
    from desktop.services.demo import load_demo
    from desktop.services.register import Register

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    register = Register.open(str(path))
    load_demo(register)
    register.close()
    return path


@pytest.fixture
def demo_window(open_window: Callable[..., Any], tmp_path: Path, demo_template: Path) -> Any:
    """A window on a copy of the example register, showing the agreements."""
    import shutil

    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    window = open_window(path)
    assert window.pages["agreements"].model.rowCount() > 0
    window.show_page("agreements")  # it opens on the dashboard
    return window
