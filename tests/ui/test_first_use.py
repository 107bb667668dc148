"""First use asks the user's name before the first change is recorded, once."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt

from desktop.ui import first_use, settings


def test_first_use_asks_the_name_and_the_history_uses_it(demo_window: Any) -> None:
    window = demo_window
    dialog = first_use.ask_name(window)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # nothing is changed before it is answered
    dialog.edit.setText("Mariam Haddad")
    dialog.accept()
    assert settings.get(settings.USER_NAME) == "Mariam Haddad"
    assert first_use.ask_name(window) is None  # asked once
    register = window.register
    org = register.organizations()[0]
    register.save_organization(dataclasses.replace(org, country="Jordan"))
    assert register.history(org.uuid)[-1].who == "Mariam Haddad"


def test_cancelled_it_is_not_asked_again(demo_window: Any) -> None:
    dialog = first_use.ask_name(demo_window)
    dialog.reject()
    assert first_use.ask_name(demo_window) is None


def test_not_asked_when_a_name_is_set(demo_window: Any) -> None:
    settings.put(settings.USER_NAME, "Omar")
    assert first_use.ask_name(demo_window) is None


def test_the_gui_start_asks_after_opening() -> None:
    import inspect

    from desktop import app

    assert "first_use.ask_name" in inspect.getsource(app.run_gui)
