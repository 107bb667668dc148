"""No password in any message, log or title, whatever form the address takes."""

from __future__ import annotations

import logging

import pytest

from desktop.redaction import RedactingFilter, escape_password, redact, shown_url
from desktop.store.database import make_engine, resolve_url

SECRET = "Hunter2xyz"
FORMS = [
    f"postgresql://amina:{SECRET}@db.example:5432/office",
    f"postgresql+psycopg://amina:{SECRET}@db.example/office?sslmode=require",
    f"postgresql://db.example/office?user=amina&password={SECRET}",
    f"postgresql://amina@db.example/office?password={SECRET}&sslmode=disable",
    f"postgresql://amina:{SECRET[:4]}@{SECRET[4:]}@db.example/office",  # an @ left unescaped
    f"postgresql://amina:{SECRET[:4]}/{SECRET[4:]}@db.example/office",  # a / left unescaped
    f"postgresql://amina:{SECRET[:4]}%40{SECRET[4:]}@db.example/office",
    f"postgresql://amina:{SECRET}@db.example:notaport/office",
    f"nosuchdriver://amina:{SECRET}@db.example/office",
]


def _pieces() -> list[str]:
    return [SECRET, SECRET[:4], SECRET[4:]]


@pytest.mark.parametrize("url", FORMS)
def test_shown_addresses_hold_no_password(url: str) -> None:
    shown = shown_url(url)
    assert "db.example" in shown
    for piece in _pieces():
        assert piece not in shown, shown
    assert all(piece not in redact(f"could not connect to {url} (details)", url) for piece in _pieces())


@pytest.mark.parametrize("url", FORMS)
def test_opening_a_server_address_never_shows_the_password(url: str) -> None:
    from desktop.domain.errors import StorageError
    from desktop.store.database import open_database

    with pytest.raises(StorageError) as caught:
        open_database(url.replace("db.example", "127.0.0.1:1").replace(":5432", "").replace(":notaport", ":x"))
    text = caught.value.message.render()
    for piece in _pieces():
        assert piece not in text, text


def test_a_password_with_an_unescaped_at_is_the_password_meant() -> None:
    url = resolve_url(f"postgresql://amina:p@ss@db.example/office")
    assert url == "postgresql://amina:p%40ss@db.example/office"
    assert escape_password("postgresql://amina:plain@h/db") == "postgresql://amina:plain@h/db"
    engine = make_engine(url)
    assert engine.url.password == "p@ss" and engine.url.host == "db.example"


def test_the_log_hides_passwords_in_messages_and_tracebacks(caplog: pytest.LogCaptureFixture) -> None:
    make_engine(f"postgresql+psycopg://amina:{SECRET}@db.example/office")  # now in use
    record = logging.LogRecord("t", logging.ERROR, __file__, 1, "failed: %s", (f"password={SECRET}",), None)
    try:
        raise ValueError(f"could not parse {SECRET} in postgresql://a:{SECRET}@h/db")
    except ValueError:
        import sys

        record.exc_info = sys.exc_info()
    RedactingFilter().filter(record)
    text = logging.Formatter().format(record)
    assert SECRET not in text and "***" in text


def test_libpq_style_settings_are_hidden() -> None:
    text = redact(f"invalid connection option: host=h password='{SECRET}' user=u")
    assert SECRET not in text


def _server() -> str:
    import os

    url = os.environ.get("SIJILL_TEST_POSTGRES_URL", "")
    if not url or os.environ.get("SIJILL_TEST_POSTGRES") == "0":
        pytest.skip("no PostgreSQL test server")
    return url


@pytest.mark.parametrize("form", ["userinfo", "at-sign", "query"])
def test_a_refused_password_is_never_shown_by_a_real_server(form: str) -> None:
    from sqlalchemy.engine import make_url

    from desktop.domain.errors import StorageError
    from desktop.services import connection
    from desktop.store.database import open_database

    real = make_url(_server())
    wrong = "Wr0ng@Secret/x"
    base = f"postgresql+psycopg://{real.username}"
    where = f"{real.host}:{real.port}/{real.database}"
    url = {
        "userinfo": f"{base}:Wr0ngSecret@{where}",
        "at-sign": f"{base}:{wrong}@{where}",
        "query": f"{base}@{where}?password=Wr0ngSecret",
    }[form]
    with pytest.raises(StorageError) as caught:
        open_database(url)
    ok, message = connection.check(url)
    for text in (caught.value.message.render(), message.render()):
        assert "Wr0ng" not in text and "Secret" not in text, text
    assert not ok
