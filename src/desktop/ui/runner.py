"""Work off the GUI thread, like Anki's CollectionOp: run a service call in the thread pool,
report progress, show errors as dialogs, and announce what changed through one signal."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, int, int)


class _Task(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.task_id, self.fn, self.signals = task_id, fn, signals

    def run(self) -> None:  # in a worker thread: never touch widgets here
        try:
            result = self.fn(lambda done, total: self.signals.progress.emit(self.task_id, done, total))
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread
            self.signals.failed.emit(self.task_id, exc)
        else:
            self.signals.done.emit(self.task_id, result)


class Runner(QObject):
    """``changed`` carries the set of record kinds that changed ("agreements", ...)."""

    changed = Signal(object)
    busy_changed = Signal(bool)
    progress = Signal(int, int)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Callable[[Any], None] | None, frozenset[str], Callable[[BaseException], None] | None]] = {}
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._signals.progress.connect(self._on_progress)
        self.pool = QThreadPool.globalInstance()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        fn: Callable[[Progress], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        changes: Iterable[str] = (),
    ) -> int:
        task_id = next(self._ids)
        self._pending[task_id] = (on_done, frozenset(changes), on_error)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self.pool.start(_Task(task_id, fn, self._signals))
        return task_id

    def announce(self, changes: Iterable[str]) -> None:
        """Tell the views that records changed (also after synchronous saves)."""
        self.changed.emit(frozenset(changes))

    def _finish(self, task_id: int) -> tuple[Any, frozenset[str], Any]:
        entry = self._pending.pop(task_id, (None, frozenset(), None))
        if not self._pending:
            self.busy_changed.emit(False)
        return entry

    @Slot(int, object)
    def _on_done(self, task_id: int, result: object) -> None:
        on_done, changes, _ = self._finish(task_id)
        if changes:
            self.changed.emit(changes)
        if on_done is not None:
            on_done(result)

    @Slot(int, object)
    def _on_failed(self, task_id: int, exc: BaseException) -> None:
        _, changes, on_error = self._finish(task_id)
        if changes:
            self.changed.emit(changes)
        if on_error is not None:
            on_error(exc)
        else:
            self.failed.emit(exc)

    @Slot(int, int, int)
    def _on_progress(self, _task_id: int, done: int, total: int) -> None:
        self.progress.emit(done, total)
