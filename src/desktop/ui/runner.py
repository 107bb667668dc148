"""Work off the GUI thread, like Anki's CollectionOp/QueryOp: run a service call in the thread
pool, report progress, show errors as dialogs, and announce what changed (a
:class:`~desktop.domain.changeset.ChangeSet`) through one signal.

Reads that the user may ask again before the answer comes (search, sort, counts, charts) go
through :meth:`Runner.query`: the latest request of a key wins and older answers are dropped.
Long jobs (PDF, print, import, bundle import, restore) go through :meth:`Runner.job`: one per
kind at a time, each with a :class:`Cancel` flag the work checks between steps."""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.domain.changeset import ChangeSet

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


class Cancelled(Exception):
    """Raised by :meth:`Cancel.check` inside a job the user cancelled."""


class Cancel:
    """A long job's abort flag: the GUI sets it, the worker checks it between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    @property
    def is_set(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled


class Runner(QObject):
    """``changed`` carries a :class:`ChangeSet`: the kinds and ids of the records changed and
    the view that started the change (which has already refreshed itself)."""

    changed = Signal(object)
    busy_changed = Signal(bool)
    progress = Signal(int, int)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Callable[[Any], None] | None, ChangeSet, Callable[[BaseException], None] | None]] = {}
        self._latest: dict[str, int] = {}  # query key -> the id of its latest request
        self._jobs: dict[str, Cancel] = {}  # job kind -> the running job's flag
        self._busy_ids: set[int] = set()
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._signals.progress.connect(self._on_progress)
        self.pool = QThreadPool.globalInstance()

    @property
    def busy(self) -> bool:
        """Work the user waits for is running (queries in the background do not count)."""
        return bool(self._busy_ids)

    def run(
        self,
        fn: Callable[[Progress], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        changes: ChangeSet | Iterable[str] = (),
        busy: bool = True,
    ) -> int:
        """Run ``fn(progress)`` in the pool; ``changes`` (or a ChangeSet ``fn`` returns, or
        the ``changes`` of what it returns) is announced when it ends."""
        task_id = next(self._ids)
        self._pending[task_id] = (on_done, ChangeSet.coerce(changes), on_error)
        if busy:
            self._busy_ids.add(task_id)
            if len(self._busy_ids) == 1:
                self.busy_changed.emit(True)
        self.pool.start(_Task(task_id, fn, self._signals))
        return task_id

    def query(self, key: str, fn: Callable[[], Any], on_done: Callable[[Any], None],
              on_error: Callable[[BaseException], None] | None = None) -> int:
        """A read in the pool whose answer is wanted only if no newer request of ``key`` was
        made meanwhile (typing, sorting): stale answers are dropped, never shown."""
        holder: list[int] = []

        def done(result: Any) -> None:
            if self._latest.get(key) == holder[0]:
                del self._latest[key]
                on_done(result)

        def failed(exc: BaseException) -> None:
            if self._latest.get(key) == holder[0]:
                del self._latest[key]
                (on_error or self.failed.emit)(exc)

        task_id = self.run(lambda _p: fn(), on_done=done, on_error=failed, busy=False)
        holder.append(task_id)
        self._latest[key] = task_id
        return task_id

    def drop(self, key: str) -> None:
        """Forget the answer of the request of ``key`` still running (it is stale now)."""
        self._latest.pop(key, None)

    def querying(self, key: str | None = None) -> bool:
        """A query (of ``key``) is waiting for its answer."""
        return bool(self._latest) if key is None else key in self._latest

    def job(self, kind: str, fn: Callable[[Progress, Cancel], Any], *, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            changes: ChangeSet | Iterable[str] = ()) -> Cancel | None:
        """A long job (``kind``: "pdf", "print", "import", "bundle_import", "restore"), one of
        each kind at a time: None when one is already running. The returned flag cancels it
        (``fn`` calls ``cancel.check()`` between steps; a cancelled job ends quietly)."""
        if kind in self._jobs:
            return None
        cancel = self._jobs[kind] = Cancel()

        def ended(result: Any) -> None:
            self._jobs.pop(kind, None)
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._jobs.pop(kind, None)
            if isinstance(exc, Cancelled):
                return
            (on_error or self.failed.emit)(exc)

        self.run(lambda progress: fn(progress, cancel), on_done=ended, on_error=failed, changes=changes)
        return cancel

    def job_running(self, kind: str) -> bool:
        return kind in self._jobs

    def cancel(self, kind: str) -> None:
        job = self._jobs.get(kind)
        if job is not None:
            job.set()

    def announce(self, changes: ChangeSet | Iterable[str], initiator: object | None = None) -> None:
        """Tell the views that records changed (also after synchronous saves)."""
        change_set = ChangeSet.coerce(changes, initiator)
        if change_set:
            self.changed.emit(change_set)

    def _finish(self, task_id: int) -> tuple[Any, ChangeSet, Any]:
        entry = self._pending.pop(task_id, (None, ChangeSet(), None))
        if task_id in self._busy_ids:
            self._busy_ids.discard(task_id)
            if not self._busy_ids:
                self.busy_changed.emit(False)
        return entry

    @Slot(int, object)
    def _on_done(self, task_id: int, result: object) -> None:
        on_done, changes, _ = self._finish(task_id)
        reported = result if isinstance(result, ChangeSet) else getattr(result, "changes", None)
        if isinstance(reported, ChangeSet):
            changes = changes | reported
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
