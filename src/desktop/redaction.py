"""The one place where database addresses are made fit to show (used by the store, the
services, the CLI and the UI's log and title): no password ever reaches a
message, a log or a window title, whatever form the address takes (``user:secret@host``,
an ``@`` left unescaped in the password, ``?password=``, libpq's ``password=...``)."""

from __future__ import annotations

import logging
import re
from urllib.parse import unquote

HIDDEN = "***"
_KNOWN: set[str] = set()  # passwords of the addresses opened in this process (for logs)
_SCHEME = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]*://)(?P<rest>.*)$", re.S)
_URL_IN_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://[^\s'\"<>]+")
# key=value pairs whose value is secret, in query strings and libpq connection strings
_SECRET_PARAM = re.compile(r"(?i)\b((?:ssl)?pass(?:word|wd)?|secret|token)(\s*=\s*)('(?:[^'\\]|\\.)*'|[^&\s;,)]+)")


def shown_url(url: str) -> str:
    """A database address as it may be shown: ``scheme://user:***@host:port/db?...``."""
    match = _SCHEME.match(url)
    if match is None:
        return _hide_params(url)
    rest = match["rest"]
    query_at = rest.find("?")
    head, query = (rest, "") if query_at < 0 else (rest[:query_at], rest[query_at:])
    user_end = head.rfind("@")  # the last @: one left unescaped in the password stays hidden
    if user_end >= 0:
        user = head[:user_end].split(":", 1)
        head = (user[0] + ":" + HIDDEN if len(user) > 1 else user[0]) + head[user_end:]
    return match["scheme"] + head + _hide_params(query)


def escape_password(url: str) -> str:
    """The address with an ``@`` or ``/`` left unescaped in its password percent-encoded:
    the last ``@`` before the host ends the user part (so ``user:p@ss@host`` means the
    password ``p@ss``, as the user meant, and no part of it is taken for the host)."""
    match = _SCHEME.match(url)
    if match is None:
        return url
    rest = match["rest"]
    query_at = rest.find("?")
    head, query = (rest, "") if query_at < 0 else (rest[:query_at], rest[query_at:])
    user_end = head.rfind("@")
    if user_end < 0 or ":" not in head[:user_end]:
        return url
    user, password = head[:user_end].split(":", 1)
    if "@" not in password and "/" not in password:
        return url
    password = password.replace("%", "%25").replace("@", "%40").replace("/", "%2F")
    return match["scheme"] + user + ":" + password + head[user_end:] + query


def _hide_params(text: str) -> str:
    return _SECRET_PARAM.sub(lambda m: m[1] + m[2] + HIDDEN, text)


def secrets_of(url: str) -> list[str]:
    """The passwords an address holds (as written and unescaped), longest first."""
    found: set[str] = set()
    match = _SCHEME.match(url)
    if match is not None:
        rest = match["rest"]
        head = rest.split("?", 1)[0]
        user_end = head.rfind("@")
        if user_end >= 0 and ":" in head[:user_end]:
            found.add(head[:user_end].split(":", 1)[1])
    for param in _SECRET_PARAM.finditer(url):
        found.add(param[3].strip("'"))
    found |= {unquote(s) for s in found}
    return sorted((s for s in found if s and s != HIDDEN), key=len, reverse=True)


def remember(url: str) -> None:
    """Note the passwords of an address in use, so that :func:`redact` hides them anywhere."""
    _KNOWN.update(secrets_of(url))


def redact(text: str, *urls: str) -> str:
    """``text`` with every address in it shown by :func:`shown_url`, secret parameters
    hidden, and the passwords of ``urls`` and of the addresses in use hidden wherever they
    appear."""
    secrets = set(_KNOWN)
    for url in urls:
        secrets.update(secrets_of(url))
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, HIDDEN)
    return _hide_params(_URL_IN_TEXT.sub(lambda m: shown_url(m[0]), text))


class RedactingFilter(logging.Filter):
    """A logging filter that redacts each record's message and traceback text."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True
