"""The file form of courses and study plans: issuer key, signature, then compressed canonical JSON.

    magic (8) | issuer Ed25519 public key (32) | signature (64) | zlib(canonical JSON)

The signature covers everything before and after it, so a file is checked before it is decompressed,
and decompression is bounded (a small file cannot expand into a huge one).
"""
from __future__ import annotations

import json
import zlib
from collections.abc import Collection
from typing import Any

from examcore import canonical
from examcore.crypto.keys import SigningKey, fingerprint, verify_signature
from examcore.errors import PackageError

MAGIC = b"XFSTUDY\x01"
KEY_LEN, SIG_LEN = 32, 64
MAX_PLAIN = 256 << 20   # a course with its pictures stays well below this


def write_signed(document: dict[str, Any], issuer: SigningKey) -> bytes:
    payload = zlib.compress(canonical.canonical_json(document), 6)
    key = issuer.public_raw()
    return MAGIC + key + issuer.sign(MAGIC + key + payload) + payload


def read_signed(data: bytes, trusted_issuers: Collection[bytes] | None,
                expect_format: str | Collection[str]) -> tuple[dict[str, Any], bytes]:
    """The document and its issuer's key. ``trusted_issuers`` None skips the trust check (tools);
    ``expect_format``: the format, or the formats, the caller takes."""
    head = len(MAGIC) + KEY_LEN + SIG_LEN
    if not data.startswith(MAGIC):
        raise PackageError("not_a_package", "this is not a Xuefa course or study plan file")
    if len(data) <= head:
        raise PackageError("truncated", "the file ends before its content")
    key, signature, payload = data[len(MAGIC):len(MAGIC) + KEY_LEN], data[len(MAGIC) + KEY_LEN:head], data[head:]
    if not verify_signature(key, signature, MAGIC + key + payload):
        raise PackageError("bad_signature", "the issuer's signature does not verify")
    if trusted_issuers is not None and key not in trusted_issuers:
        raise PackageError("untrusted_issuer", f"issuer {fingerprint(key)} is not trusted here")
    inflater = zlib.decompressobj()
    try:
        plain = inflater.decompress(payload, MAX_PLAIN)
        if inflater.unconsumed_tail:
            raise PackageError("invalid_content", "the content is larger than any course may be")
        document = json.loads(plain)
    except (zlib.error, ValueError) as exc:
        raise PackageError("invalid_content", str(exc)) from exc
    formats = {expect_format} if isinstance(expect_format, str) else set(expect_format)
    if not isinstance(document, dict) or document.get("format") not in formats:
        raise PackageError("not_a_package", f"expected a {' or '.join(sorted(formats))} file")
    return document, key
