"""Signed bundles: a detached CMS (PKCS#7) signature of ``manifest.json``, made and checked
by pyHanko's CMS helpers with the office identity (:mod:`desktop.services.office_identity`).

The manifest lists every member's SHA-256 and size, and reading a bundle checks every member
against it (:mod:`desktop.exchange.bundle`), so signing the manifest's exact bytes signs the
whole bundle. The signature is the member ``signature.p7s``; it is not listed in the manifest
(it cannot sign itself). On import:

* no signature: the bundle is "unsigned" (accepted unless the register's policy asks more);
* a signature that does not verify against the manifest's bytes: always refused;
* a valid signature: the signer's name and certificate are reported, and whether the signer
  is on this user's trust list. The history records the verified signer, never the
  manifest's own ``source.name``.

The register's policy (``sijill bundle policy signed|trusted|any``, a setting) refuses
unsigned bundles (``signed``) or bundles not signed by a trusted certificate (``trusted``).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.exchange.bundle import BundleError, RawBundle
from desktop.services import office_identity
from desktop.services.tracking import get_setting, set_setting

POLICY_KEY = "bundle_policy"
POLICIES = ("any", "signed", "trusted")


@dataclass(frozen=True)
class BundleSignature:
    signed: bool
    signer: str = ""
    organisation: str = ""
    certificate_sha256: str = ""
    trusted: bool = False

    @property
    def state(self) -> str:
        """"unsigned", "trusted" or "untrusted"."""
        if not self.signed:
            return "unsigned"
        return "trusted" if self.trusted else "untrusted"

    def label(self) -> str:
        """How the history and the preview name the sender."""
        if not self.signed:
            return Message(N_("unsigned")).render()
        who = f"{self.signer} ({self.organisation})" if self.organisation else self.signer
        if self.trusted:
            return Message(N_("signed by {who}, trusted"), {"who": who}).render()
        return Message(N_("signed by {who}, not trusted"), {"who": who}).render()

    def as_dict(self) -> dict[str, Any]:
        return {"signed": self.signed, "state": self.state, "signer": self.signer or None,
                "organisation": self.organisation or None, "certificate_sha256": self.certificate_sha256 or None,
                "trusted": self.trusted}


UNSIGNED = BundleSignature(False)
_STATES = {"unsigned": N_("unsigned"), "untrusted": N_("signed by a certificate that is not trusted"),
           "trusted": N_("signed by a trusted certificate")}


def history_source(file: str, signature: BundleSignature) -> str:
    """How the history names an imported bundle (stored in English, worded when shown)."""
    if not signature.signed:
        return Message(N_("bundle {file}, unsigned"), {"file": file}).render()
    who = f"{signature.signer} ({signature.organisation})" if signature.organisation else signature.signer
    if signature.trusted:
        return Message(N_("bundle {file}, signed by {signer}"), {"file": file, "signer": who}).render()
    return Message(N_("bundle {file}, signed by {signer} (not trusted)"), {"file": file, "signer": who}).render()


def sign_manifest(manifest: bytes, identity: office_identity.Identity) -> bytes:
    """The detached CMS signature (DER) of ``manifest`` by ``identity``."""
    signer = office_identity.pyhanko_signer(identity)
    content_info = asyncio.run(signer.async_sign_general_data(manifest, "sha256", detached=True))
    der: bytes = content_info.dump()
    return der


def signer_for(identity: office_identity.Identity) -> Any:
    """``write_bundle(..., sign=...)``: signs the manifest's bytes with ``identity``."""
    return lambda manifest: sign_manifest(manifest, identity)


def _refused() -> BundleError:
    return BundleError(Message(N_("The bundle's signature does not verify: it was altered after signing, or forged; it was refused.")))


def verify(raw: RawBundle) -> BundleSignature:
    """Who signed the bundle, and whether they are trusted; raises BundleError when the
    signature does not verify."""
    if raw.signature is None:
        return UNSIGNED
    from asn1crypto import cms
    from pyhanko.sign.validation.generic_cms import async_validate_detached_cms

    try:
        info = cms.ContentInfo.load(raw.signature)
        if info["content_type"].native != "signed_data":
            raise _refused()
        with office_identity.quiet_validation():
            status = asyncio.run(async_validate_detached_cms(
                raw.manifest_bytes, info["content"], signer_validation_context=office_identity.validation_context()))
    except BundleError:
        raise
    except Exception as exc:  # noqa: BLE001 - a forged signature may break the parser in any way
        raise _refused() from exc
    if not (status.intact and status.valid):
        raise _refused()
    subject = status.signing_cert.subject.native
    return BundleSignature(True, str(subject.get("common_name", "")), str(subject.get("organization_name", "")),
                           status.signing_cert.sha256.hex(), bool(status.trusted))


def policy(session: Session) -> str:
    value = get_setting(session, POLICY_KEY) or "any"
    return value if value in POLICIES else "any"


def set_policy(session: Session, value: str) -> None:
    if value not in POLICIES:
        raise SijillError(Message(N_("Unknown bundle policy {policy}: use signed, trusted or any."), {"policy": value}))
    set_setting(session, POLICY_KEY, value)


def enforce(session: Session, signature: BundleSignature) -> None:
    """Refuse, with one clear line, what the register's policy does not accept."""
    wanted = policy(session)
    if wanted == "signed" and not signature.signed:
        raise BundleError(Message(N_("This register accepts only signed bundles (policy: signed); this bundle is unsigned.")))
    if wanted == "trusted" and not signature.trusted:
        raise BundleError(Message(
            N_("This register accepts only bundles signed by a trusted certificate (policy: trusted); this bundle is {state}."),
            {"state": Message(_STATES[signature.state]).render()}))
