"""The office's signing identity: a private key and its X.509 certificate, kept in the
user's data folder (``identity/``), and the certificates this user trusts (``trusted/``).

The private key is stored as PKCS#8 PEM encrypted with a passphrase (``cryptography``'s best
available encryption), readable by the owner only (0600, folder 0700). The passphrase comes
from ``$SIJILL_IDENTITY_PASSPHRASE`` or from a ``ask`` callable the caller gives (a terminal
prompt without echo, a dialog). Nothing here is cryptography written by hand.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.files import atomic_write

PASSPHRASE_ENV = "SIJILL_IDENTITY_PASSPHRASE"
KEY_FILE = "key.pem"
CERT_FILE = "certificate.pem"
CHAIN_FILE = "chain.pem"
VALID_YEARS = 5
Ask = Callable[[str], str]  # (prompt) -> passphrase


def identity_dir() -> Path:
    from desktop.store.database import default_data_dir

    return default_data_dir() / "identity"


def trusted_dir() -> Path:
    return identity_dir() / "trusted"


@dataclass(frozen=True)
class Identity:
    """The signing identity as loaded: certificate, key, and the issuing chain (if any)."""

    certificate: x509.Certificate
    key: PrivateKeyTypes
    chain: tuple[x509.Certificate, ...] = ()


@dataclass(frozen=True)
class CertificateInfo:
    name: str
    organisation: str
    sha256: str
    not_before: str
    not_after: str
    self_signed: bool

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "organisation": self.organisation, "sha256": self.sha256,
                "not_before": self.not_before, "not_after": self.not_after, "self_signed": self.self_signed}


def _error(text: str, **params: object) -> SijillError:
    return SijillError(Message(text, params))


def _attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()


def describe(cert: x509.Certificate) -> CertificateInfo:
    return CertificateInfo(
        name=_attribute(cert.subject, NameOID.COMMON_NAME),
        organisation=_attribute(cert.subject, NameOID.ORGANIZATION_NAME),
        sha256=fingerprint(cert),
        not_before=cert.not_valid_before_utc.isoformat(),
        not_after=cert.not_valid_after_utc.isoformat(),
        self_signed=cert.issuer == cert.subject,
    )


def passphrase(ask: Ask | None, prompt: str, *, confirm: bool = False) -> bytes:
    """The passphrase from the environment, else asked for; an empty one is refused."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value is None and ask is not None:
        value = ask(prompt)
        if confirm and value and ask(prompt) != value:
            raise _error(N_("The two passphrases differ."))
    if not value:
        raise _error(N_("A passphrase is needed: set {env} or type it when asked."), env=PASSPHRASE_ENV)
    return value.encode("utf-8")


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    with atomic_write(path) as handle:
        handle.write(data)
    os.chmod(path, 0o600)


def has_identity() -> bool:
    return (identity_dir() / KEY_FILE).is_file() and (identity_dir() / CERT_FILE).is_file()


def _refuse_overwrite(replace: bool) -> None:
    if has_identity() and not replace:
        raise _error(N_("An identity already exists in {path}; remove it first to make another."),
                     path=str(identity_dir()))


def _save(key: PrivateKeyTypes, cert: x509.Certificate, chain: list[x509.Certificate], secret: bytes) -> None:
    folder = identity_dir()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.BestAvailableEncryption(secret))
    _write_private(folder / KEY_FILE, pem)
    _write_private(folder / CERT_FILE, cert.public_bytes(serialization.Encoding.PEM))
    chain_path = folder / CHAIN_FILE
    if chain:
        _write_private(chain_path, b"".join(c.public_bytes(serialization.Encoding.PEM) for c in chain))
    else:
        chain_path.unlink(missing_ok=True)


def create(name: str, organisation: str = "", *, ask: Ask | None = None, replace: bool = False,
           now: _dt.datetime | None = None) -> CertificateInfo:
    """A new key (EC P-256) and a self-signed certificate for ``name``."""
    name = " ".join(name.split())
    if not name:
        raise _error(N_("Give the name to sign with (--name)."))
    _refuse_overwrite(replace)
    secret = passphrase(ask, "passphrase for the new signing key: ", confirm=True)
    key = ec.generate_private_key(ec.SECP256R1())
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if organisation.strip():
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, " ".join(organisation.split())))
    subject = x509.Name(attributes)
    start = (now or _dt.datetime.now(_dt.UTC)) - _dt.timedelta(minutes=5)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject).issuer_name(subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(start + _dt.timedelta(days=365 * VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    _save(key, cert, [], secret)
    return describe(cert)


def import_pkcs12(path: str | os.PathLike[str], *, ask: Ask | None = None, replace: bool = False) -> CertificateInfo:
    """Take the key and certificate (and chain) of a PKCS#12 file the organisation issued;
    it is stored encrypted with the same passphrase it was opened with."""
    _refuse_overwrite(replace)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise _error(N_("Cannot read {path}: {error}"), path=str(path), error=exc.strerror or str(exc)) from exc
    secret = passphrase(ask, f"passphrase of {Path(path).name}: ")
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(data, secret)
    except ValueError as exc:
        raise _error(N_("Cannot open {path}: wrong passphrase, or not a PKCS#12 file."), path=str(path)) from exc
    if key is None or cert is None:
        raise _error(N_("{path} holds no private key with its certificate."), path=str(path))
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise _error(N_("{path} holds a kind of key Sijill cannot sign with."), path=str(path))
    _save(key, cert, list(chain), secret)
    return describe(cert)


def certificate() -> x509.Certificate:
    """The identity's certificate (no passphrase needed)."""
    path = identity_dir() / CERT_FILE
    if not path.is_file():
        raise _error(N_("No signing identity yet: make one with sijill identity create --name NAME."))
    return x509.load_pem_x509_certificate(path.read_bytes())


def load(ask: Ask | None = None) -> Identity:
    """The identity with its private key, unlocked with the passphrase."""
    cert = certificate()
    secret = passphrase(ask, "passphrase of the signing key: ")
    try:
        key = serialization.load_pem_private_key((identity_dir() / KEY_FILE).read_bytes(), secret)
    except (ValueError, TypeError) as exc:
        raise _error(N_("Wrong passphrase for the signing key.")) from exc
    chain_path = identity_dir() / CHAIN_FILE
    chain = tuple(x509.load_pem_x509_certificates(chain_path.read_bytes())) if chain_path.is_file() else ()
    return Identity(cert, key, chain)


def export_certificate(target: str | os.PathLike[str]) -> Path:
    """Write the certificate only (PEM), to hand to colleagues who will trust it."""
    path = Path(target)
    with atomic_write(path) as handle:
        handle.write(certificate().public_bytes(serialization.Encoding.PEM))
    return path


def read_certificate(path: str | os.PathLike[str]) -> x509.Certificate:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise _error(N_("Cannot read {path}: {error}"), path=str(path), error=exc.strerror or str(exc)) from exc
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError as exc:
        raise _error(N_("{path} is not a certificate (PEM or DER)."), path=str(path)) from exc


def trust(path: str | os.PathLike[str]) -> CertificateInfo:
    """Add a certificate to the trust list (verify and bundle import check signers against it)."""
    cert = read_certificate(path)
    info = describe(cert)
    _write_private(trusted_dir() / f"{info.sha256}.pem", cert.public_bytes(serialization.Encoding.PEM))
    return info


def trusted() -> list[x509.Certificate]:
    """The certificates this user trusts: the trust list and the user's own certificate."""
    found: dict[str, x509.Certificate] = {}
    folder = trusted_dir()
    if folder.is_dir():
        for path in sorted(folder.glob("*.pem")):
            try:
                cert = x509.load_pem_x509_certificate(path.read_bytes())
            except ValueError:
                continue  # a damaged file trusts nobody
            found[fingerprint(cert)] = cert
    if (identity_dir() / CERT_FILE).is_file():
        own = certificate()
        found.setdefault(fingerprint(own), own)
    return list(found.values())


# -- the same identity and trust list as pyHanko wants them ---------------------------------------

def pyhanko_signer(identity: Identity) -> Any:
    """A pyHanko ``SimpleSigner`` for ``identity`` (PDF and CMS signatures)."""
    from asn1crypto import keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der_key = identity.key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                         serialization.NoEncryption())
    cert = asn1_x509.Certificate.load(identity.certificate.public_bytes(serialization.Encoding.DER))
    chain = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in identity.chain]
    store = SimpleCertificateStore.from_certs([cert, *chain])  # type: ignore[no-untyped-call]
    return signers.SimpleSigner(signing_cert=cert, signing_key=keys.PrivateKeyInfo.load(der_key), cert_registry=store)


@contextlib.contextmanager
def quiet_validation() -> Iterator[None]:
    """pyHanko logs every untrusted or self-signed certificate with a traceback; the
    verdict is reported to the user instead."""
    loggers = [logging.getLogger(name) for name in ("pyhanko", "pyhanko_certvalidator")]
    levels = [log.level for log in loggers]
    for log in loggers:
        log.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for log, level in zip(loggers, levels):
            log.setLevel(level)


def validation_context() -> Any:
    """A pyHanko ``ValidationContext`` whose trust roots are this user's trust list (offline)."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko_certvalidator import ValidationContext

    roots = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in trusted()]
    return ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
