"""Signed summaries and the three-part verify, attacked as the issue describes (issue 20)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

from desktop.reports import export_summary
from desktop.reports.pagecheck import PAGES_ATTACHMENT
from desktop.reports.tounicode import ATTACHMENT
from desktop.reports.verify import EXIT_ALTERED, EXIT_MATCHES, EXIT_REGISTER_CHANGED, verify_pdf
from desktop.reports.verify_signature import byte_ranges, check_signatures, covers_file
from desktop.services import office_identity

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def identity(monkeypatch: pytest.MonkeyPatch) -> office_identity.Identity:
    monkeypatch.setenv(office_identity.PASSPHRASE_ENV, PASSPHRASE)
    office_identity.create("خالد خليفة", "UNHCR")
    return office_identity.load()


def stranger(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> office_identity.Identity:
    """Someone else's identity, made in another data folder (so not on our trust list)."""
    with monkeypatch.context() as m:
        m.setenv("XDG_DATA_HOME", str(tmp_path / "stranger"))
        m.setenv(office_identity.PASSPHRASE_ENV, "theirs")
        office_identity.create("Mallory")
        return office_identity.load()


# -- tampering helpers (pypdf) ----------------------------------------------------------------

def rewrite(path: Path, change: Callable[[PdfWriter], None]) -> Path:
    writer = PdfWriter(clone_from=str(path))
    change(writer)
    target = path.with_name(f"tampered-{path.name}")
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def set_contents(writer: PdfWriter, index: int, data: bytes) -> None:
    stream = DecodedStreamObject()
    stream.set_data(data)
    writer.pages[index][NameObject("/Contents")] = writer._add_object(stream)


def remove_text(writer: PdfWriter) -> None:
    data = writer.pages[0].get_contents().get_data()  # type: ignore[union-attr]
    start = data.index(b"BT")
    end = data.index(b"ET", start) + 2
    set_contents(writer, 0, data[:start] + data[end:])


def flip_font_byte(writer: PdfWriter) -> None:
    fonts = writer.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        descriptor = ref.get_object().get("/FontDescriptor")
        if descriptor is None:
            continue
        stream = descriptor.get_object()["/FontFile2"].get_object()
        data = bytearray(stream.get_data())
        data[len(data) // 2] ^= 0x01
        stream.set_data(bytes(data))
        return
    raise AssertionError("no embedded font")


def attachment(writer: PdfWriter, name: str) -> Any:
    names = writer.root_object["/Names"]["/EmbeddedFiles"]["/Names"]
    index = [str(n) for n in names[0::2]].index(name)
    return names[2 * index + 1].get_object()["/EF"]["/F"].get_object()


def edit_json(name: str, change: Callable[[dict[str, Any]], None]) -> Callable[[PdfWriter], None]:
    def edit(writer: PdfWriter) -> None:
        stream = attachment(writer, name)
        data = json.loads(stream.get_data())
        change(data)
        stream.set_data(json.dumps(data, ensure_ascii=False).encode("utf-8"))
    return edit


def edit_digest(data: dict[str, Any]) -> None:
    key = next(k for k in data["records"] if k.startswith("activity:"))
    data["records"][key] = "0" * 64


def forge_fingerprint(data: dict[str, Any]) -> None:
    data["fingerprint"] = "f" * 64


TAMPERINGS: dict[str, Callable[[PdfWriter], None]] = {
    "page removed": lambda w: w.remove_page(1),
    "page blanked": lambda w: set_contents(w, 1, b""),
    "text removed": remove_text,
    "font byte flipped": flip_font_byte,
    "digest edited": edit_json(ATTACHMENT, edit_digest),
    "fingerprint forged": edit_json(ATTACHMENT, forge_fingerprint),
    "page record rewritten": edit_json(PAGES_ATTACHMENT, lambda d: d["pages"].pop()),
}


# -- the tests ------------------------------------------------------------------------------------

def test_untouched_unsigned_summary_holds(register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = verify_pdf(register, export_summary(register, plan, tmp_path / "plan.pdf"))
    assert result.exit_code == EXIT_MATCHES and result.matches
    assert not result.signature.signed and result.signature.holds
    assert result.document.holds and result.document.page_count == result.document.pages_recorded > 1
    assert result.register.matches


@pytest.mark.parametrize("how", sorted(TAMPERINGS))
def test_tampering_is_caught_unsigned(how: str, register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = export_summary(register, plan, tmp_path / "plan.pdf")
    tampered = rewrite(path, TAMPERINGS[how])
    result = verify_pdf(register, tampered)
    assert result.exit_code == EXIT_ALTERED, result.as_json()["document"]
    assert not result.document.holds and not result.matches
    payload = result.as_json()
    assert payload["matches"] is False and payload["document"]["holds"] is False  # type: ignore[index]


def test_a_rewritten_copy_that_changes_nothing_still_holds(register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The check is not a byte comparison: a PDF tool saving the file again is no tampering."""
    path = export_summary(register, plan, tmp_path / "plan.pdf")
    assert verify_pdf(register, rewrite(path, lambda w: None)).exit_code == EXIT_MATCHES


def test_signed_summary_prints_the_same_and_verifies(identity, register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plain = export_summary(register, plan, tmp_path / "plain.pdf")
    signed = export_summary(register, plan, tmp_path / "signed.pdf", identity=identity)
    a, b = PdfReader(str(plain)), PdfReader(str(signed))
    assert len(a.pages) == len(b.pages)
    # what is printed is the same: the pages' content streams and the embedded digests
    assert [p.get_contents().get_data() for p in a.pages] != []
    assert a.attachments[ATTACHMENT] == b.attachments[ATTACHMENT]
    result = verify_pdf(register, signed)
    assert result.exit_code == EXIT_MATCHES, result.as_json()["signature"]
    only = result.signature.signatures[0]
    assert only.signer == "خالد خليفة" and only.trusted and only.covers_whole_file and only.byte_range_covers_file
    assert result.signature.as_json()["covers_whole_file"] is True


def test_pyhanko_and_pypdf_agree_on_coverage(identity, register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.generic import pdf_string

    signed = export_summary(register, plan, tmp_path / "signed.pdf", identity=identity)
    data = signed.read_bytes()
    ranges = byte_ranges(data)
    assert len(ranges) == 1 and covers_file(ranges[0], data)
    assert check_signatures(data).signatures[0].covers_whole_file
    # an incremental update after signing: both see it
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    writer.set_info(writer.trailer["/Info"].get_object())
    writer.trailer["/Info"].get_object()["/Title"] = pdf_string("Changed after signing")
    writer.update_container(writer.trailer["/Info"])
    out = io.BytesIO()
    writer.write(out)
    updated = tmp_path / "updated.pdf"
    updated.write_bytes(out.getvalue())
    report = check_signatures(updated.read_bytes())
    sig = report.signatures[0]
    assert not sig.covers_whole_file and not sig.byte_range_covers_file and sig.updates_after == 1
    assert sig.changes_after != "none"  # pyHanko's difference analysis names what the update did
    assert not covers_file(byte_ranges(updated.read_bytes())[0], updated.read_bytes())
    result = verify_pdf(register, updated)
    assert result.exit_code == EXIT_ALTERED and not result.signature.holds


def test_tampering_a_signed_summary_breaks_both(identity, register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    signed = export_summary(register, plan, tmp_path / "signed.pdf", identity=identity)
    tampered = rewrite(signed, remove_text)  # pypdf writes a new file: the signature no longer verifies
    result = verify_pdf(register, tampered)
    assert result.exit_code == EXIT_ALTERED and not result.document.holds


def test_resigned_by_an_untrusted_key(identity, register, plan: str, tmp_path: Path,  # type: ignore[no-untyped-def]
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.reports.sign import sign_file

    mallory = stranger(monkeypatch, tmp_path)
    path = export_summary(register, plan, tmp_path / "plan.pdf")
    sign_file(path, mallory)
    result = verify_pdf(register, path)
    assert result.exit_code == EXIT_ALTERED
    sig = result.signature.signatures[0]
    assert sig.signer == "Mallory" and sig.valid and not sig.trusted
    # once Mallory's certificate is trusted, the same file holds
    pem = tmp_path / "mallory.pem"
    from cryptography.hazmat.primitives import serialization

    pem.write_bytes(mallory.certificate.public_bytes(serialization.Encoding.PEM))
    office_identity.trust(pem)
    assert verify_pdf(register, path).exit_code == EXIT_MATCHES


def test_register_changes_are_named_by_row_title_and_field(register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = export_summary(register, plan, tmp_path / "plan.pdf")
    activities = [a for a in register.activities() if a.agreement_uuid == register.agreement(plan).uuid]
    rows = {json.loads(PdfReader(str(path)).attachments[PAGES_ATTACHMENT][0])["printed"][f"activity:{a.uuid}"]["row"]: a
            for a in activities}
    third = rows[3]
    old_place = third.place
    third.place = "عمّان / Amman"
    third.notes = "ملاحظة داخلية"
    register.save_activity(third)
    result = verify_pdf(register, path)
    assert result.exit_code == EXIT_REGISTER_CHANGED and result.document.holds
    changed = [c.as_json() for c in result.register.changed]
    assert changed == [{"record": f"activity:{third.uuid}", "kind": "activity", "row": 3, "title": third.title_ar,
                        "field": "place", "old": old_place, "new": "عمّان / Amman"}]
    assert [(c.field, c.new) for c in result.register.not_on_summary] == [("notes", "ملاحظة داخلية")]
    payload = result.as_json()
    assert payload["matches"] is False and payload["register"]["matches"] is False  # type: ignore[index]


def test_fields_not_printed_do_not_change_the_verdict(register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = export_summary(register, plan, tmp_path / "plan.pdf")  # Arabic: the English title is not printed
    activity = register.activities()[0]
    activity.participants = 99
    activity.title_en = "Renamed in English"
    register.save_activity(activity)
    result = verify_pdf(register, path)
    assert result.exit_code == EXIT_MATCHES and result.register.matches and not result.register.changed
    assert {c.field for c in result.register.not_on_summary} == {"participants", "title_en"}
    payload = result.as_json()
    assert payload["register"]["changed"] == [] and payload["matches"] is True  # type: ignore[index]


def test_cli_sign_and_verify_exit_codes(run_cli, register, plan: str, db_path: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(office_identity.PASSPHRASE_ENV, PASSPHRASE)
    code, out, err = run_cli("identity", "create", "--name", "Amina", "--organisation", "OIC")
    assert code == 0, err
    out_file = tmp_path / "signed.pdf"
    code, out, err = run_cli("--db", str(db_path), "export-pdf", plan, "-o", str(out_file), "--sign", "--lang", "en")
    assert code == 0 and "(signed)" in out, err
    code, out, _ = run_cli("--db", str(db_path), "verify", str(out_file))
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("signature: valid, signed by Amina (OIC), trusted, covers the whole file")
    assert lines[1].startswith("document: as built") and lines[2].startswith("register: matches")
    code, out, _ = run_cli("--db", str(db_path), "verify", str(out_file), "--json")
    payload = json.loads(out)
    assert code == 0 and set(payload) >= {"signature", "document", "register"} and payload["matches"] is True
    activity = register.activities()[0]
    activity.place = "Amman"
    register.save_activity(activity)
    code, out, _ = run_cli("--db", str(db_path), "verify", str(out_file))
    assert code == 1 and "register: changed" in out and "place:" in out and "-> Amman" in out
    tampered = rewrite(out_file, lambda w: w.remove_page(0))
    code, out, _ = run_cli("--db", str(db_path), "verify", str(tampered), "--json")
    assert code == 5 and json.loads(out)["document"]["holds"] is False
    monkeypatch.setenv(office_identity.PASSPHRASE_ENV, "wrong")
    code, _, err = run_cli("--db", str(db_path), "export-pdf", plan, "-o", str(tmp_path / "x.pdf"), "--sign")
    assert code == 1 and err.startswith("sijill: error: Wrong passphrase")


# -- more attacks -------------------------------------------------------------------------------

def swap_font_for_helvetica(writer: PdfWriter) -> None:
    from pypdf.generic import DictionaryObject

    fonts = writer.pages[0]["/Resources"]["/Font"]
    for name, ref in list(fonts.items()):
        if ref.get_object().get("/FontDescriptor") is not None:
            fonts[NameObject(name)] = writer._add_object(DictionaryObject({
                NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica")}))
            return


def stamp_annotation(writer: PdfWriter) -> None:
    from pypdf.annotations import FreeText

    writer.add_annotation(0, FreeText(text="CANCELLED", rect=(50, 500, 300, 550)))


def crop(writer: PdfWriter) -> None:
    from pypdf.generic import RectangleObject

    writer.pages[0].cropbox = RectangleObject((0, 400, 595, 842))


MORE: dict[str, Callable[[PdfWriter], None]] = {
    "font swapped for a standard one": swap_font_for_helvetica,
    "annotation stamped on": stamp_annotation,
    "page cropped": crop,
}


@pytest.mark.parametrize("how", sorted(MORE))
def test_more_tampering_is_caught(how: str, register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = export_summary(register, plan, tmp_path / "plan.pdf")
    assert verify_pdf(register, rewrite(path, MORE[how])).exit_code == EXIT_ALTERED


def test_an_incremental_update_on_an_unsigned_summary_is_caught(register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pyhanko.pdf_utils.generic import StreamObject as HankoStream
    from pyhanko.pdf_utils.generic import ArrayObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    path = export_summary(register, plan, tmp_path / "plan.pdf")
    writer = IncrementalPdfFileWriter(io.BytesIO(path.read_bytes()))
    page_ref = writer.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    overlay = writer.add_object(HankoStream(stream_data=b"1 1 1 rg 50 500 400 200 re f"))  # a white box over text
    page["/Contents"] = ArrayObject([page.raw_get("/Contents"), overlay])
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    updated = tmp_path / "overlaid.pdf"
    updated.write_bytes(out.getvalue())
    result = verify_pdf(register, updated)
    assert result.exit_code == EXIT_ALTERED and [p.what for p in result.document.pages] == ["content"]


@pytest.mark.parametrize("seed", range(12))
def test_any_flipped_byte_in_a_signed_summary_is_caught(seed: int, identity, register, plan: str,  # type: ignore[no-untyped-def]
                                                        tmp_path: Path) -> None:
    import random

    from desktop.domain.errors import SijillError

    signed = export_summary(register, plan, tmp_path / "signed.pdf", identity=identity)
    data = bytearray(signed.read_bytes())
    where = random.Random(seed).randrange(len(data))
    first, second = byte_ranges(bytes(data))[0][1:3]
    if first < where < second - 1 and chr(data[where]) in "ABCDEFabcdef":
        where = first + 1  # (a hex digit's case is the same byte: flip the signature's first digit instead)
    data[where] ^= 0x20
    flipped = tmp_path / "flipped.pdf"
    flipped.write_bytes(bytes(data))
    try:
        result = verify_pdf(register, flipped)
    except SijillError:
        return  # unreadable: refused with one line
    assert result.exit_code == EXIT_ALTERED, (where, result.as_json()["signature"])


def test_an_empty_signature_field_stamped_on_an_unsigned_summary_is_caught(register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A signature field with no signature is an annotation like any other: it can draw anything."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields

    path = export_summary(register, plan, tmp_path / "plan.pdf")
    writer = IncrementalPdfFileWriter(io.BytesIO(path.read_bytes()))
    fields.append_signature_field(writer, fields.SigFieldSpec("Stamp", on_page=0, box=(50, 500, 300, 550)))
    out = io.BytesIO()
    writer.write(out)
    stamped = tmp_path / "stamped.pdf"
    stamped.write_bytes(out.getvalue())
    result = verify_pdf(register, stamped)
    assert not result.signature.signed and result.exit_code == EXIT_ALTERED
    assert [p.what for p in result.document.pages] == ["annotations"]


def test_a_configured_time_stamping_authority_timestamps_the_signature(identity, register, plan: str,  # type: ignore[no-untyped-def]
                                                                       tmp_path: Path) -> None:
    import datetime as _dt

    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    from desktop.reports.sign import sign_file

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # pyHanko's test TSA signs with RSA
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Office TSA")])
    now = _dt.datetime.now(_dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - _dt.timedelta(days=1))
            .not_valid_after(now + _dt.timedelta(days=30))
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
            .sign(key, hashes.SHA256()))
    tsa = DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        tsa_key=asn1_keys.PrivateKeyInfo.load(key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())))
    path = export_summary(register, plan, tmp_path / "plan.pdf")
    sign_file(path, identity, timestamper=tsa)
    sig = verify_pdf(register, path).signature.signatures[0]
    assert sig.timestamped and sig.valid and sig.covers_whole_file


def test_writing_into_the_signature_padding_is_caught(identity, register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The padding after the CMS signature is outside what the signature signs: pypdf's check
    reads it and wants zeros there."""
    signed = export_summary(register, plan, tmp_path / "signed.pdf", identity=identity)
    data = bytearray(signed.read_bytes())
    second = byte_ranges(bytes(data))[0][2]
    data[second - 10] = ord("1")
    padded = tmp_path / "padded.pdf"
    padded.write_bytes(bytes(data))
    sig = verify_pdf(register, padded).signature.signatures[0]
    assert sig.valid and sig.covers_whole_file  # pyHanko: the signature itself is untouched
    assert not sig.byte_range_covers_file and verify_pdf(register, padded).exit_code == EXIT_ALTERED


def test_a_graphics_state_added_to_a_page_is_caught(register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf.generic import DictionaryObject, FloatObject

    def add_state(writer: PdfWriter) -> None:
        resources = writer.pages[0]["/Resources"]
        resources[NameObject("/ExtGState")] = DictionaryObject({
            NameObject("/GS9"): DictionaryObject({NameObject("/ca"): FloatObject(0)})})

    path = export_summary(register, plan, tmp_path / "plan.pdf")
    result = verify_pdf(register, rewrite(path, add_state))
    assert result.exit_code == EXIT_ALTERED and [p.what for p in result.document.pages] == ["resources"]


@pytest.mark.parametrize("size", [60.0, 78.0, 120.5])
def test_the_qr_code_is_recognised_at_any_size(size: float) -> None:
    from reportlab.pdfgen import canvas

    from desktop.reports.qr import QrCode
    from desktop.reports.verify_document import qr_drawn

    text = "SIJILL REF=X/1 SHA256=" + "ab" * 32
    canv = canvas.Canvas(io.BytesIO())
    code = QrCode(text, size)
    code.canv = canv
    canv.translate(300, 700)
    code.draw()
    content = "\n".join(canv._code).encode("latin-1")
    assert qr_drawn(content, text)
    assert not qr_drawn(content, text.replace("ab", "cd", 1))
