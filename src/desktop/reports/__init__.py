"""PDF summaries of signed plans.

For the GUI (run it off the GUI thread; it never touches Qt)::

    from desktop.reports import export_summary
    path = export_summary(register, "UNHCR-OIC/JAP/2022-2025", "plan.pdf",
                          lang="ar", paper="a4", hijri=False,
                          progress=lambda done, total: ...)

``export_summary(register, key, path, *, lang='ar', paper='a4', hijri=False, progress=None,
generated=None) -> Path``

* ``key``: the agreement's reference or UUID; ``lang``: "ar" (right to left) or "en";
  ``paper``: "a4" or "letter"; ``hijri``: print Umm al-Qura dates beside Gregorian ones
  (only for dates known to the day).
* ``progress(done, total)`` is called from the calling thread as activities are laid out
  (total = number of activities) and a last time with ``(total, total)`` when the file is
  written. Keep it cheap; in Qt emit a signal from it.
* The file is written atomically (a temporary file in the same folder, then renamed);
  on any error the target is left untouched. Raises :class:`desktop.domain.errors.SijillError`
  for user-facing problems (unknown agreement). A character the font cannot draw is printed
  as a visible stand-in (``[U+1F600]``, ``fi`` for ``ﬁ``; see :mod:`desktop.reports.glyphs`).
* The PDF carries the content fingerprint (footer, QR code, metadata) and the per-record
  digests (an embedded file) that ``sijill verify`` compares with the register.

Also: :func:`desktop.reports.verify.verify_pdf` and :mod:`desktop.reports.fingerprint`.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.files import atomic_path
from desktop.reports.build import PAPERS, build_pdf
from desktop.reports.data import gather
from desktop.reports.fingerprint import of_plan
from desktop.services.register import Register

if TYPE_CHECKING:
    from desktop.services.office_identity import Identity

def _usual_permissions(path: Path) -> None:
    """The temporary file was private; a summary is meant to be shared like any new file."""
    mask = os.umask(0o022)
    os.umask(mask)
    try:
        os.chmod(path, 0o666 & ~mask)
    except OSError:
        pass


def _synced(path: Path) -> None:
    """On disk before it is renamed over the target (a crash leaves the old file or the new)."""
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


__all__ = ["export_summary", "LANGUAGES", "PAPERS"]

LANGUAGES = ("ar", "en")


def export_summary(
    register: Register,
    key: str,
    path: str | os.PathLike[str],
    *,
    lang: str = "ar",
    paper: str = "a4",
    hijri: bool = False,
    progress: Callable[[int, int], None] | None = None,
    generated: _dt.datetime | None = None,
    identity: Identity | None = None,
) -> Path:
    """Write the signed-plan summary of agreement ``key`` to ``path``; returns the path.
    With ``identity``, the finished file is signed (:mod:`desktop.reports.sign`)."""
    if lang not in LANGUAGES:
        raise SijillError(Message(N_("Unknown language {lang}: use ar or en."), {"lang": lang}))
    if paper not in PAPERS:
        raise SijillError(Message(N_("Unknown paper size {paper}: use a4 or letter."), {"paper": paper}))
    target = Path(path)
    data = gather(register, key, read_activities=True)  # read once for both, unless too many to hold
    fingerprint = of_plan(register, data, data.activities)
    try:
        with atomic_path(target) as temporary:
            build_pdf(register, data, fingerprint, temporary, lang=lang, paper=paper, hijri=hijri,
                      generated=generated, progress=progress, activities=data.activities)
            if identity is not None:
                from desktop.reports.sign import sign_file

                sign_file(temporary, identity, lang=lang)
            _synced(temporary)
    except OSError as exc:
        raise SijillError(
            Message(N_("Cannot write {path}: {error}"), {"path": str(target), "error": exc.strerror or str(exc)})
        ) from exc
    _usual_permissions(target)
    if progress:
        progress(data.activity_count, data.activity_count)
    return target
