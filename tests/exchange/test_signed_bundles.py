"""Signed bundles (issue 20): signer shown on import, forged bundles refused or flagged, the
register's policy, and a history that names the verified signer, never the manifest's name."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from desktop.domain.errors import SijillError
from desktop.exchange import bundle as fmt
from desktop.services import office_identity
from desktop.services import serialize as ser
from desktop.services.register import Register
from exchange_helpers import PLAN, dump

PASSPHRASE = "field work"


@pytest.fixture
def me(monkeypatch: pytest.MonkeyPatch) -> office_identity.Identity:
    monkeypatch.setenv(office_identity.PASSPHRASE_ENV, PASSPHRASE)
    office_identity.create("Amina Haddad", "OIC")
    return office_identity.load()


def stranger(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> office_identity.Identity:
    with monkeypatch.context() as m:
        m.setenv("XDG_DATA_HOME", str(tmp_path / "stranger"))
        m.setenv(office_identity.PASSPHRASE_ENV, "x")
        office_identity.create("Director General")
        return office_identity.load()


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def write(path: Path, blobs: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in blobs.items():
            z.writestr(name, blob)
    return path


def forge(source: Path, target: Path, *, keep_signature: bool, source_name: str = "Director General") -> Path:
    """Edit an activity's title, recompute every checksum and the manifest, rename the source."""
    blobs = members(source)
    data = json.loads(blobs["records/activity.json"])
    entry = data["records"][0]
    entry["data"]["title_ar"] = "عنوان مزوّر"
    entry["digest"] = ser.digest(ser.from_data("activity", entry["data"]))  # as a careful forger would
    blobs["records/activity.json"] = json.dumps(data, ensure_ascii=False).encode()
    manifest = json.loads(blobs["manifest.json"])
    manifest["source"]["name"] = source_name
    manifest["files"] = {n: {"sha256": hashlib.sha256(b).hexdigest(), "size": len(b)}
                         for n, b in blobs.items() if n not in ("manifest.json", fmt.SIGNATURE)}
    blobs["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    if not keep_signature:
        blobs.pop(fmt.SIGNATURE, None)
    return write(target, blobs)


def sources(register: Register) -> set[str]:
    return {h.source for a in register.activities() for h in register.history(a.uuid) if h.source}


def test_signed_bundle_names_its_signer(me, office: Register, laptop: Register, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = laptop.export_bundle(tmp_path / "b.sijill", agreements=[PLAN], identity=me).path
    assert fmt.SIGNATURE in members(path)
    report = office.import_bundle(path, dry_run=True)
    assert report.signature == {"signed": True, "state": "trusted", "signer": "Amina Haddad", "organisation": "OIC",
                                "certificate_sha256": office_identity.fingerprint(me.certificate), "trusted": True}
    assert report.as_dict()["signature"]["signer"] == "Amina Haddad"
    assert report.source == "bundle b.sijill, signed by Amina Haddad (OIC)"


def test_forged_signed_bundle_is_refused(me, office: Register, laptop: Register, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = laptop.export_bundle(tmp_path / "b.sijill", agreements=[PLAN], identity=me).path
    forged = forge(path, tmp_path / "forged.sijill", keep_signature=True)
    before = dump(office)
    with pytest.raises(SijillError, match="signature does not verify"):
        office.import_bundle(forged)
    assert dump(office) == before


def test_garbage_signature_is_refused(office: Register, laptop: Register, tmp_path: Path) -> None:
    path = laptop.export_bundle(tmp_path / "b.sijill", agreements=[PLAN]).path
    blobs = members(path)
    blobs[fmt.SIGNATURE] = b"\x30\x03\x02\x01\x01"
    with pytest.raises(SijillError, match="signature does not verify"):
        office.import_bundle(write(tmp_path / "g.sijill", blobs))


def test_signature_of_another_manifest_is_refused(me, office: Register, laptop: Register, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    signed = members(laptop.export_bundle(tmp_path / "one.sijill", agreements=[PLAN], identity=me).path)
    other = members(laptop.export_bundle(tmp_path / "two.sijill", agreements=[PLAN]).path)
    other[fmt.SIGNATURE] = signed[fmt.SIGNATURE]  # a genuine signature, lifted onto another bundle
    with pytest.raises(SijillError, match="signature does not verify"):
        office.import_bundle(write(tmp_path / "lifted.sijill", other))


def test_forged_unsigned_bundle_is_flagged_and_history_never_takes_the_manifest_name(  # type: ignore[no-untyped-def]
        office: Register, laptop: Register, tmp_path: Path) -> None:
    path = laptop.export_bundle(tmp_path / "b.sijill", agreements=[PLAN]).path
    forged = forge(path, tmp_path / "forged.sijill", keep_signature=False)
    report = office.import_bundle(forged)
    assert report.signature["state"] == "unsigned" and report.updated >= 1
    assert report.source == "bundle forged.sijill, unsigned"
    assert "Director General" not in " ".join(sources(office))
    assert "bundle forged.sijill, unsigned" in sources(office)


def test_policy_refuses_unsigned_and_untrusted(me, office: Register, laptop: Register, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    unsigned = laptop.export_bundle(tmp_path / "u.sijill", agreements=[PLAN]).path
    theirs = laptop.export_bundle(tmp_path / "t.sijill", agreements=[PLAN], identity=stranger(monkeypatch, tmp_path)).path
    mine = laptop.export_bundle(tmp_path / "m.sijill", agreements=[PLAN], identity=me).path
    assert office.bundle_policy() == "any"
    assert office.import_bundle(theirs, dry_run=True).signature["state"] == "untrusted"
    assert office.bundle_policy("signed") == "signed"
    with pytest.raises(SijillError, match="only signed bundles"):
        office.import_bundle(unsigned, dry_run=True)
    assert office.import_bundle(theirs, dry_run=True).signature["signer"] == "Director General"
    office.bundle_policy("trusted")
    before = dump(office)
    for path in (unsigned, theirs):
        with pytest.raises(SijillError, match="trusted certificate"):
            office.import_bundle(path)
    assert dump(office) == before
    assert office.import_bundle(mine).signature["trusted"] is True
    with pytest.raises(SijillError, match="Unknown bundle policy"):
        office.bundle_policy("everyone")


def test_cli_signed_export_import_and_policy(me, run_cli, office: Register, laptop: Register, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    laptop_db, office_db = str(laptop.database.path), str(office.database.path)
    target = tmp_path / "cli.sijill"
    code, out, err = run_cli("--db", laptop_db, "bundle", "export", "--agreement", PLAN, "-o", str(target), "--sign")
    assert code == 0 and "(signed)" in out, err
    code, out, _ = run_cli("--db", office_db, "bundle", "import", str(target), "--dry-run")
    assert code == 0 and "signature: signed by Amina Haddad (OIC), trusted" in out
    code, out, _ = run_cli("--db", office_db, "bundle", "import", str(target), "--json")
    assert code == 0 and json.loads(out)["signature"]["trusted"] is True
    code, out, _ = run_cli("--db", office_db, "bundle", "policy", "signed")
    assert code == 0 and out.strip() == "bundle policy: signed"
    code, out, _ = run_cli("--db", office_db, "bundle", "policy")
    assert out.strip() == "bundle policy: signed"
    unsigned = laptop.export_bundle(tmp_path / "u.sijill", agreements=[PLAN]).path
    code, out, err = run_cli("--db", office_db, "bundle", "import", str(unsigned))
    assert code == 1 and err.count("\n") == 1 and "only signed bundles" in err


def test_already_imported_is_said_only_when_nothing_was_applied(office: Register, laptop: Register, tmp_path: Path) -> None:
    from desktop.cli.bundle import describe

    path = laptop.export_bundle(tmp_path / "b.sijill", agreements=[PLAN]).path
    report = office.import_bundle(path)
    assert "already been imported" not in describe(report)
    again = office.import_bundle(path)
    assert again.already_received and "already been imported" in describe(again)
    again.updated = 1  # a second import that did apply a change must not say it changed nothing
    assert "already been imported" not in describe(again)


def test_policy_is_kept_in_the_register(register) -> None:  # type: ignore[no-untyped-def]
    """On SQLite and PostgreSQL alike (a register setting)."""
    assert register.bundle_policy() == "any"
    assert register.bundle_policy("trusted") == "trusted"
    assert register.bundle_policy() == "trusted"
    with pytest.raises(SijillError):
        register.bundle_policy("nobody")
    assert register.bundle_policy() == "trusted"


def test_trusting_the_organisations_ca_trusts_the_certificates_it_issued(  # type: ignore[no-untyped-def]
        office: Register, laptop: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as _dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    now = _dt.datetime.now(_dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "OIC signing CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - _dt.timedelta(days=1))
          .not_valid_after(now + _dt.timedelta(days=365))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                       data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
                                       encipher_only=False, decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Field officer"),
                                     x509.NameAttribute(NameOID.ORGANIZATION_NAME, "OIC")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - _dt.timedelta(hours=1)).not_valid_after(now + _dt.timedelta(days=30))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(ca_key, hashes.SHA256()))
    p12 = tmp_path / "officer.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(b"officer", key, leaf, [ca],
                                                          serialization.BestAvailableEncryption(b"issued")))
    with monkeypatch.context() as m:  # the field officer's own data folder
        m.setenv("XDG_DATA_HOME", str(tmp_path / "officer"))
        m.setenv(office_identity.PASSPHRASE_ENV, "issued")
        office_identity.import_pkcs12(p12)
        officer = office_identity.load()
    path = laptop.export_bundle(tmp_path / "b.sijill", agreements=[PLAN], identity=officer).path
    assert office.import_bundle(path, dry_run=True).signature["state"] == "untrusted"
    ca_pem = tmp_path / "ca.pem"
    ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    office_identity.trust(ca_pem)  # the office trusts the organisation's CA, not each officer
    signature = office.import_bundle(path, dry_run=True).signature
    assert signature["state"] == "trusted" and signature["signer"] == "Field officer"
