"""A window on a server register never shows the password: not in its title, not in the
recent-databases menu, not in the log."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.engine import make_url

from desktop.ui import fileops


def test_title_and_recent_menu_hide_the_password(destroy_windows_after: None, open_window: Any, pg_url: str) -> None:
    password = make_url(pg_url).password
    assert password
    window = open_window(pg_url)
    fileops.update_recent_menu(window)
    texts = [window.windowTitle()] + [a.text() for a in window.menus["menu_recent"].actions()]
    assert any("***" in t or make_url(pg_url).host in t for t in texts)
    for text in texts:
        assert password not in text, text


def test_the_log_hides_passwords(tmp_path: Any, monkeypatch: Any, pg_url: str) -> None:
    from desktop.ui import errors

    monkeypatch.setattr(errors, "log_dir", lambda: tmp_path)
    root = logging.getLogger()
    before = list(root.handlers)
    path = errors.setup_logging()
    try:
        logging.getLogger("test").error("could not use %s", pg_url)
    finally:
        for handler in set(root.handlers) - set(before):
            root.removeHandler(handler)
            handler.close()
    text = path.read_text(encoding="utf-8")
    assert "could not use" in text and (make_url(pg_url).password or "?") not in text
