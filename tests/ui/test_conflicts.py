"""Two people edit the same record: the second save is refused naming who changed it, and
the user chooses to reload (their typed values stay visible) or to overwrite. A server that
drops mid-session: the error is shown, the form is kept, saving works once it is back."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit

from desktop.domain.records import Organization
from desktop.services.register import Register
from helpers import child, clear, trigger, type_text


@pytest.fixture
def answers_conflict(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Queue of answers to the reload/overwrite question; each question's text is appended."""
    from desktop.ui import conflicts

    queue: list[Any] = []

    def ask(_parent: object, text: str) -> str:
        answer = queue.pop(0)
        queue.append(("asked", text))
        return answer  # type: ignore[no-any-return]

    monkeypatch.setattr(conflicts, "ask", ask)
    return queue


def _window_on_org(open_window: Any, target: str | Path) -> tuple[Any, Organization]:
    seed = Register.open(target)
    org = seed.save_organization(Organization(name_ar="المفوضية", name_en="UNHCR", acronym="UNHCR")).record
    seed.close()
    window = open_window(target)
    window.show_page("organizations", force=True)
    window.pages["organizations"].open(org.uuid)
    return window, org


def _other_person_changes(target: str | Path, org: Organization, **changes: Any) -> None:
    other = Register.open(target)
    other.set_user_name("Badr")
    other.save_organization(dataclasses.replace(other.organization(org.uuid), **changes))
    other.close()


def _save_over_their_change(window: Any, path: Path, org: Organization, answers_conflict: list[Any], answer: str) -> QLineEdit:
    """Another person changes the English name and the country; this window types another
    English name and saves, answering the conflict question with ``answer``."""
    _other_person_changes(path, org, name_en="UN Refugee Agency", country="Jordan")
    box = child(window, "organization_name_en", QLineEdit)
    clear(box)
    type_text(box, "UNHCR Geneva")
    answers_conflict.append(answer)
    trigger(window, "action_save")
    return box


def test_reload_shows_the_stored_record_and_what_was_typed(open_window: Any, tmp_path: Path, answers: Any, answers_conflict: list[Any]) -> None:
    path = tmp_path / "office.sqlite"
    window, org = _window_on_org(open_window, path)
    box = _save_over_their_change(window, path, org, answers_conflict, "reload")
    asked = [a for a in answers_conflict if isinstance(a, tuple)]
    assert asked and "Badr" in asked[0][1]  # who changed it (the UI is in Arabic)
    assert box.text() == "UN Refugee Agency"  # the stored record is shown
    assert child(window, "organization_country", QLineEdit).text() == "Jordan"
    notes = window.pages["organizations"].editor.problems_text()
    assert list(notes) == ["name_en"] and "UNHCR Geneva" in notes["name_en"]  # what was typed stays visible
    assert window.register.organization(org.uuid).name_en == "UN Refugee Agency"
    assert answers.errors == []


def test_overwrite_keeps_the_other_persons_other_fields(open_window: Any, tmp_path: Path, answers: Any, answers_conflict: list[Any]) -> None:
    path = tmp_path / "office.sqlite"
    window, org = _window_on_org(open_window, path)
    _save_over_their_change(window, path, org, answers_conflict, "overwrite")
    stored = window.register.organization(org.uuid)
    assert stored.name_en == "UNHCR Geneva" and stored.country == "Jordan"
    assert stored.version == org.version + 2
    assert not window.pages["organizations"].editor.is_dirty()
    assert answers.errors == []


def test_cancel_keeps_the_form(open_window: Any, tmp_path: Path, answers: Any, answers_conflict: list[Any]) -> None:
    path = tmp_path / "office.sqlite"
    window, org = _window_on_org(open_window, path)
    _other_person_changes(path, org, country="Jordan")
    box = child(window, "organization_name_en", QLineEdit)
    clear(box)
    type_text(box, "UNHCR Geneva")
    answers_conflict.append("cancel")
    trigger(window, "action_save")
    assert box.text() == "UNHCR Geneva" and window.pages["organizations"].editor.is_dirty()
    assert window.register.organization(org.uuid).name_en == "UNHCR"


def test_server_drop_keeps_the_form_and_saving_works_later(destroy_windows_after: None, open_window: Any, pg_server: Any, pg_url: str, answers: Any) -> None:
    from sqlalchemy.engine import make_url

    from tcp_proxy import TcpProxy

    url = make_url(pg_url)
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    proxy.start()
    target = url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    try:
        window, org = _window_on_org(open_window, target)
        box = child(window, "organization_name_en", QLineEdit)
        clear(box)
        type_text(box, "UNHCR Geneva")
        proxy.stop()
        trigger(window, "action_save")
        assert len(answers.errors) == 1 and "تعذّر الوصول إلى خادم قاعدة البيانات" in answers.errors[0][1]
        assert box.text() == "UNHCR Geneva" and window.pages["organizations"].editor.is_dirty()
        proxy.start()
        trigger(window, "action_save")
        assert len(answers.errors) == 1
        assert window.register.organization(org.uuid).name_en == "UNHCR Geneva"
        assert not window.pages["organizations"].editor.is_dirty()
    finally:
        proxy.stop()
