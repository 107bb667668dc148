"""The issue's "done when": two app windows on one PostgreSQL register edit the demo plan
at once, and neither loses a change without being told."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit

from desktop.services.demo import DEMO_REFERENCE, load_demo
from desktop.services.register import Register
from helpers import child, clear, trigger, type_text


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    from desktop.ui import conflicts

    queue: list[Any] = []

    def ask(_parent: object, text: str) -> str:
        queue.append(text)
        return "reload"

    monkeypatch.setattr(conflicts, "ask", ask)
    return queue


def test_two_windows_edit_the_demo_plan(destroy_windows_after: None, open_window: Any, pg_url: str, answers: Any, asked: list[Any]) -> None:
    seed = Register.open(pg_url)
    load_demo(seed)
    plan = seed.agreement(DEMO_REFERENCE)
    seed.close()
    amina, badr = open_window(pg_url), open_window(pg_url)
    assert not amina.register.read_only and not badr.register.read_only  # a server has no file lock
    amina.register.set_user_name("Amina")
    for window in (amina, badr):
        window.show_page("agreements", force=True)
        window.pages["agreements"].open(plan.uuid)

    title = child(amina, "agreement_signing_place_en", QLineEdit)
    clear(title)
    type_text(title, "Geneva")
    trigger(amina, "action_save")
    assert asked == [] and amina.register.agreement(plan.uuid).signing_place_en == "Geneva"

    place = child(badr, "agreement_signing_place_en", QLineEdit)
    clear(place)
    type_text(place, "Jeddah")
    trigger(badr, "action_save")
    assert len(asked) == 1 and "Amina" in asked[0]  # told who changed it
    assert place.text() == "Geneva"  # reloaded: Amina's change is shown...
    assert "Jeddah" in badr.pages["agreements"].editor.problems_text()["signing_place_en"]  # ...beside Badr's
    assert badr.register.agreement(plan.uuid).signing_place_en == "Geneva"  # nothing lost silently
    assert answers.errors == []
