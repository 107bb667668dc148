"""``sijill identity``: the office's signing key and certificate, and the trust list (issue 20)."""

from __future__ import annotations

import datetime as _dt
import json
import os
import stat
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from desktop.services import office_identity

ENV = office_identity.PASSPHRASE_ENV


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_create_show_export_and_trust(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(ENV, "s3cret passphrase")
    code, out, err = run_cli("identity", "create", "--name", "خالد خليفة", "--organisation", "UNHCR")
    assert code == 0 and out.startswith("identity created: خالد خليفة (UNHCR)"), err
    folder = office_identity.identity_dir()
    key = folder / office_identity.KEY_FILE
    assert _mode(folder) == 0o700 and _mode(key) == 0o600 and _mode(folder / office_identity.CERT_FILE) == 0o600
    assert b"BEGIN ENCRYPTED PRIVATE KEY" in key.read_bytes()  # never stored in the clear
    code, out, _ = run_cli("identity", "show", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["identity"]["name"] == "خالد خليفة" and shown["identity"]["self_signed"] is True
    pem = tmp_path / "me.pem"
    code, out, _ = run_cli("identity", "export", "-o", str(pem))
    assert code == 0 and b"BEGIN CERTIFICATE" in pem.read_bytes() and b"PRIVATE" not in pem.read_bytes()
    # a colleague's certificate joins the trust list
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "colleague"))
    run_cli("identity", "create", "--name", "Amina Haddad")
    theirs = tmp_path / "amina.pem"
    run_cli("identity", "export", "-o", str(theirs))
    monkeypatch.setenv("XDG_DATA_HOME", str(folder.parents[1]))
    code, out, _ = run_cli("identity", "trust", str(theirs))
    assert code == 0 and out.startswith("trusted: Amina Haddad")
    code, out, _ = run_cli("identity", "show", "--json")
    assert [t["name"] for t in json.loads(out)["trusted"]] == ["Amina Haddad"]


def test_mistakes_get_one_clear_line(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(ENV, raising=False)
    code, _, err = run_cli("identity", "show")
    assert code == 1 and err.startswith("sijill: error: No signing identity yet")
    code, _, err = run_cli("identity", "create", "--name", "X")  # no passphrase, no terminal to ask on
    assert code == 1 and err.startswith("sijill: error: A passphrase is needed") and err.count("\n") == 1
    monkeypatch.setenv(ENV, "one")
    assert run_cli("identity", "create", "--name", "X")[0] == 0
    code, _, err = run_cli("identity", "create", "--name", "Y")
    assert code == 1 and "already exists" in err
    not_a_cert = tmp_path / "x.pem"
    not_a_cert.write_text("hello")
    code, _, err = run_cli("identity", "trust", str(not_a_cert))
    assert code == 1 and "is not a certificate" in err
    monkeypatch.setenv(ENV, "two")
    with pytest.raises(Exception, match="Wrong passphrase"):
        office_identity.load()


def _p12(path: Path, password: bytes) -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Tariq Ali Bakheet"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "OIC")])
    now = _dt.datetime.now(_dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - _dt.timedelta(days=1))
            .not_valid_after(now + _dt.timedelta(days=30)).sign(key, hashes.SHA256()))
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"tariq", key, cert, None, serialization.BestAvailableEncryption(password)))
    return path


def test_import_a_pkcs12_file(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    p12 = _p12(tmp_path / "tariq.p12", b"issued")
    monkeypatch.setenv(ENV, "wrong")
    code, _, err = run_cli("identity", "import", str(p12))
    assert code == 1 and "wrong passphrase" in err
    monkeypatch.setenv(ENV, "issued")
    code, out, err = run_cli("identity", "import", str(p12))
    assert code == 0 and out.startswith("identity imported: Tariq Ali Bakheet (OIC)"), err
    assert isinstance(office_identity.load().key, rsa.RSAPrivateKey)


def test_the_prompt_does_not_echo(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.cli import identity

    asked: list[str] = []
    monkeypatch.setattr(identity.sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(identity.getpass, "getpass", lambda prompt: asked.append(prompt) or "typed")
    assert identity.ask_passphrase("passphrase: ") == "typed" and asked == ["passphrase: "]
