"""``sijill verify FILE.pdf`` in words: the signature, the document, the register, in that order."""

from __future__ import annotations

from typing import Any

PAGE_PROBLEMS = {
    "missing": "removed", "added": "added after the summary was made", "content": "its content was changed",
    "box": "its size or cropping was changed", "images": "images or forms were added or removed",
    "annotations": "annotations were added or removed", "font": "an embedded font was changed",
    "unknown font": "a font that was not in the summary was added",
    "resources": "drawing resources it did not have were added",
}
CHANGES = {"none": "nothing the signature protects", "lta_updates": "metadata or validation data only",
           "form_filling": "form fields filled in", "annotations": "annotations added",
           "other": "the document itself was changed"}
CHECKS = {
    "fingerprint_matches_digests": "the fingerprint is not the one its record digests make",
    "metadata": "the document information does not carry the fingerprint",
    "footer": "the footer does not print the fingerprint",
    "qr_code": "the QR code does not encode the fingerprint",
    "page_record": "the record of the pages made at build time is missing or is for another fingerprint",
    "printed_values": "the printed values kept in the file do not match their digests",
    "readable": "the document's pages could not be read",
}


def signature_lines(signature: Any) -> list[str]:
    if not signature.signed:
        return ["signature: none (the summary is not signed)"]
    if signature.problem:
        return [f"signature: INVALID: {signature.problem}"]
    lines = []
    for s in signature.signatures:
        who = f"{s.signer} ({s.organisation})" if s.organisation else s.signer
        state = "valid" if s.intact and s.valid else "INVALID (the signed bytes or the signature do not verify)"
        trust = "trusted" if s.trusted else "NOT trusted (add the signer with sijill identity trust CERT)"
        if s.covers_whole_file and s.byte_range_covers_file:
            cover = "covers the whole file"
        else:
            cover = (f"does NOT cover the whole file: {s.updates_after} update(s) written after signing "
                     f"({CHANGES.get(s.changes_after, s.changes_after)})")
        lines.append(f"signature: {state}, signed by {who}, {trust}, {cover}")
    return lines


def document_lines(document: Any) -> list[str]:
    if document.holds:
        return [f"document: as built ({document.page_count} page(s) as recorded; fingerprint, digests, footer, "
                "QR code and metadata agree)"]
    lines = ["document: ALTERED since it was made"]
    lines += [f"  {CHECKS.get(name, name)}" for name in document.failed()]
    for problem in document.pages:
        detail = f" ({problem.detail})" if problem.detail else ""
        lines.append(f"  page {problem.page}: {PAGE_PROBLEMS.get(problem.what, problem.what)}{detail}")
    return lines


def _record(note: Any) -> str:
    kind = note.key.partition(":")[0]
    row = f"row {note.row} " if note.row else ""
    return f"{row}{kind} «{note.title}»" if note.title else f"{row}{note.key}"


def register_lines(result: Any) -> list[str]:
    reg = result.register
    if reg.matches:
        lines = [f"register: matches: the register holds exactly what was printed for {result.reference}"]
    else:
        lines = [f"register: changed: the register no longer holds what was printed for {result.reference}"]
    lines += [f"  changed: {_record(c)}: {c.field}: {c.old} -> {c.new}" for c in reg.changed]
    lines += [f"  changed: {_record(n)}" for n in reg.unexplained]
    lines += [f"  added: {_record(n)}" for n in reg.added]
    lines += [f"  removed: {_record(n)}" for n in reg.removed]
    lines += [f"  not on the summary: {_record(c)}: {c.field}: {c.old} -> {c.new}" for c in reg.not_on_summary]
    return lines


def describe(result: Any) -> str:
    return "\n".join([*signature_lines(result.signature), *document_lines(result.document), *register_lines(result)])
