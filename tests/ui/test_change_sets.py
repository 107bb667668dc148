"""Change sets (issue 17): a save announces one ChangeSet; each view refreshes only what it
shows of it (the view that saved not a second time); lists are read off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtWidgets import QLineEdit

from desktop.domain.changeset import ChangeSet, RecordKind
from helpers import child, settle, trigger, type_text


@contextmanager
def statements(window: Any) -> Iterator[list[str]]:
    """The SQL statements the window's register runs meanwhile (an SQLAlchemy event)."""
    from sqlalchemy import event

    seen: list[str] = []
    engine = window.register.database.engine

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


def _edit_first_activity(window: Any) -> Any:
    trigger(window, "action_show_activities")
    page = window.pages["activities"]
    page.open(page.model.record(0).uuid)
    type_text(child(window, "activity_title_en", QLineEdit), " (revised)")
    return page


def test_a_save_announces_one_change_set_started_by_the_page(demo_window: Any) -> None:
    window = demo_window
    page = _edit_first_activity(window)
    announced: list[ChangeSet] = []
    window.runner.changed.connect(announced.append)
    refreshed: list[int] = []
    original = page.refresh
    page.refresh = lambda: (refreshed.append(1), original())  # type: ignore[method-assign]
    trigger(window, "action_save")
    assert len(announced) == 1
    changes = announced[0]
    assert changes.kinds >= {RecordKind.ACTIVITY, RecordKind.CHANGE_LOG}
    assert page.editor.record.uuid in changes.ids and changes.initiator is page
    assert refreshed == []  # the saving page's own list was refreshed once, by its save


def test_saving_unchanged_announces_nothing(demo_window: Any) -> None:
    window = demo_window
    trigger(window, "action_show_activities")
    page = window.pages["activities"]
    page.open(page.model.record(0).uuid)
    announced: list[ChangeSet] = []
    window.runner.changed.connect(announced.append)
    assert page.editor.save()
    assert announced == []


def test_a_view_not_showing_a_kind_does_not_query(demo_window: Any) -> None:
    window = demo_window
    window.pages.build_all()
    trigger(window, "action_show_organizations")  # on screen: organisations only
    uuid = window.pages["activities"].model.record(0).uuid
    with statements(window) as seen:
        window.on_changed(ChangeSet.of(RecordKind.ACTIVITY, uuid) | ChangeSet.of(RecordKind.CHANGE_LOG))
    assert seen == []
    with statements(window) as seen:  # the organisations page shows organisations: it reads
        window.on_changed(ChangeSet.of(RecordKind.ORGANIZATION))
    assert seen


def test_pages_off_screen_catch_up_when_shown(demo_window: Any) -> None:
    window = demo_window
    window.pages.build_all()
    people = window.pages["people"]
    trigger(window, "action_show_history")  # the milestones: no person shown
    with statements(window) as seen:
        window.on_changed(ChangeSet.of(RecordKind.PERSON))
    assert seen == [] and people._stale  # noqa: SLF001 - off screen: read when shown
    with statements(window) as seen:
        trigger(window, "action_show_people")
    assert seen and not people._stale  # noqa: SLF001


def test_search_is_read_off_the_gui_thread(demo_window: Any, monkeypatch: Any) -> None:
    window = demo_window
    trigger(window, "action_show_activities")
    register = window.register
    threads: list[threading.Thread] = []
    read = register.activities

    def activities(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return read(*args, **kwargs)

    monkeypatch.setattr(register, "activities", activities)
    box = child(window, "search_box", QLineEdit)
    type_text(box, "ورشة")
    settle(box)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert window.pages["activities"].model.total > 0


def test_typing_searches_once_after_the_pause_and_drops_stale_answers(demo_window: Any, monkeypatch: Any) -> None:
    window = demo_window
    trigger(window, "action_show_agreements")
    page = window.pages["agreements"]
    searched: list[str] = []
    loader = page.model.loader
    monkeypatch.setattr(page.model, "loader", lambda text: (searched.append(text), loader(text))[1])
    type_text(child(window, "search_box", QLineEdit), "خطة")
    assert [text for text in searched if text] == ["خطة"]  # one read for three keys, none for "خ", "خط"


def test_runner_query_keeps_only_the_latest_answer(qtbot: Any) -> None:
    from desktop.ui.runner import Runner

    runner = Runner()
    shown: list[int] = []
    gate = threading.Event()
    runner.query("k", lambda: (gate.wait(5), 1)[1], shown.append)
    runner.query("k", lambda: 2, shown.append)
    qtbot.waitUntil(lambda: not runner.querying("k"), timeout=5000)
    gate.set()
    runner.pool.waitForDone(5000)
    qtbot.wait(50)
    assert shown == [2]


def test_runner_jobs_are_one_per_kind_and_cancellable(qtbot: Any) -> None:
    from desktop.ui.runner import Runner

    runner = Runner()
    started = threading.Event()
    ended: list[str] = []

    def work(_progress: Any, cancel: Any) -> str:
        started.set()
        while True:
            cancel.check()
            threading.Event().wait(0.01)

    cancel = runner.job("print", work, on_done=ended.append)
    assert cancel is not None and runner.job("print", work) is None  # one per kind
    started.wait(5)
    runner.cancel("print")
    qtbot.waitUntil(lambda: not runner.job_running("print"), timeout=5000)
    assert ended == [] and runner.job("print", lambda _p, _c: "again", on_done=ended.append) is not None
    qtbot.waitUntil(lambda: ended == ["again"], timeout=5000)
