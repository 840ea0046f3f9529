"""Errors of the wire formats: a stable code the UI translates, and a detail for the log."""
from __future__ import annotations


class FormatError(ValueError):
    """A file or message was refused. ``code`` is stable and mapped to a user message by the UI."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class PackageError(FormatError):
    """An exam package was refused (codes: not_a_package, truncated, bad_signature, untrusted_issuer,
    body_tampered, wrong_start_code, weak_kdf, unsupported_version, invalid_content)."""


class SealError(FormatError):
    """A sealed result failed verification (codes: malformed, bad_signature, not_a_recipient,
    payload_tampered, chain_broken)."""


class BundleError(FormatError):
    """A result bundle was refused (codes: not_a_bundle, bad_signature, incomplete, entry_mismatch; at a server:
    station_not_here, untrusted_sender, own_bundle; a station export refused over a file already there:
    other_station_file, not_a_results_file)."""
