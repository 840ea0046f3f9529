"""Receipts a server signs for each result it has stored, and receipt files carried back by USB.

A station clears a result from its outbox only on a receipt that verifies under a server key it trusts
and names the result's id and content hash.
"""
from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from examcore import canonical
from examcore.crypto.keys import SigningKey, verify_signature
from examcore.errors import FormatError

FORMAT = "xuefa-receipt"
FILE_FORMAT = "xuefa-receipt-file"
REFUSALS_FORMAT = "xuefa-refusals"


class ReceiptError(FormatError):
    """codes: malformed, bad_signature, untrusted_server, names_nothing_here (a station handed a file of an unknown
    signer naming none of its results); own_receipt (a server handed its own receipt file),
    untrusted_upstream (a server handed a receipt file its upstream key does not sign)"""


@dataclass(frozen=True)
class Receipt:
    result_id: str
    content_hash: str
    received_at: str
    server_id: str
    server_score: str
    outcome: str

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "result_id": self.result_id, "content_hash": self.content_hash,
                "received_at": self.received_at, "server_id": self.server_id,
                "server_score": self.server_score, "outcome": self.outcome}


def sign_receipt(receipt: Receipt, key: SigningKey) -> bytes:
    body = canonical.canonical_json(receipt.to_dict())
    return canonical.canonical_json({"body": canonical.b64e(body), "signature": canonical.b64e(key.sign(body)),
                                     "server_key": canonical.b64e(key.public_raw())})


def read_receipt(data: bytes | str, trusted_servers: Collection[bytes] | None) -> Receipt:
    try:
        outer = json.loads(data)
        body = canonical.b64d(outer["body"])
        signature, server_key = canonical.b64d(outer["signature"]), canonical.b64d(outer["server_key"])
        d = json.loads(body)
        receipt = Receipt(d["result_id"], d["content_hash"], d["received_at"], d["server_id"],
                          d["server_score"], d["outcome"])
    except (ValueError, KeyError, TypeError) as exc:
        raise ReceiptError("malformed", str(exc)) from exc
    if d.get("format") != FORMAT or not verify_signature(server_key, signature, body):
        raise ReceiptError("bad_signature", f"receipt for {receipt.result_id} does not verify")
    if trusted_servers is not None and server_key not in trusted_servers:
        raise ReceiptError("untrusted_server", "the receipt was signed by a server this station does not know")
    return receipt


def receipt_file_bytes(receipts: Sequence[bytes | str], study_receipt: str | None = None,
                       refusals: str | None = None) -> bytes:
    """``receipts``: the results' signed receipts (sign_receipt's bytes, or as text); ``study_receipt``: the
    server's signed receipt for the study records the bundle carried; ``refusals``: its signed list of the
    bundle's results it refused and why (``sign_refusals``)."""
    return canonical.canonical_json({"format": FILE_FORMAT, "receipts": [r if isinstance(r, str) else r.decode("utf-8")
                                                                         for r in receipts],
                                     **({"study_receipt": study_receipt} if study_receipt else {}),
                                     **({"refusals": refusals} if refusals else {})})


def sign_refusals(refused: Sequence[dict[str, str]], key: SigningKey, not_taken: Sequence[dict] = (),
                  accounts: Sequence[dict] = ()) -> str:
    """The results of a bundle a server refused, as it signs them for the receipt file: each
    {"result_id", "reason" (a stable code), "detail"}; ``not_taken``: the account records (a password change
    or reset) it kept but did not take, each {"record_id", "detail", "detail_words" (Words.to_dict, or None)};
    ``accounts``: the password it holds, after the bundle, of each learner whose account records the bundle
    carried ({"learner_no", "password_hash", "password_version", "must_change_password",
    "password_expires_at"}), which a sender with no network road takes as a pull would (round 95).
    The sender's server learns why on the USB road as on the network (issue 20, rounds 91 and 93: it read only
    "2 not confirmed", and a reset not taken as "confirmed"); this changes nothing there, it is told."""
    body = canonical.canonical_json({"format": REFUSALS_FORMAT, "refused": [
        {"result_id": str(r["result_id"]), "reason": str(r["reason"]), "detail": str(r.get("detail", ""))}
        for r in refused], "not_taken": [
        {"record_id": str(r["record_id"]), "detail": str(r.get("detail", "")), "detail_words": r.get("detail_words")}
        for r in not_taken], **({"accounts": list(accounts)} if accounts else {})})
    return canonical.canonical_json({"body": canonical.b64e(body), "signature": canonical.b64e(key.sign(body)),
                                     "server_key": canonical.b64e(key.public_raw())}).decode("utf-8")


def refusals_in_file(data: bytes, trusted_servers: Collection[bytes]) -> list[dict[str, str]]:
    """The refusals a receipt file carries ([] when none), each {"result_id", "reason", "detail"}.
    ReceiptError malformed when its refusals part is damaged, untrusted_server when no trusted key signed it
    (the file is then refused whole, like a damaged study part)."""
    inner = _signed_refusals(data, trusted_servers)
    try:
        return [{"result_id": str(r["result_id"]), "reason": str(r["reason"]), "detail": str(r["detail"])}
                for r in inner.get("refused", [])]
    except (KeyError, TypeError) as exc:
        raise ReceiptError("malformed", f"the file's refusals cannot be read ({exc})") from exc


def not_taken_in_file(data: bytes, trusted_servers: Collection[bytes]) -> list[dict]:
    """The account records a receipt file says were kept but not taken ([] when none), each {"record_id",
    "detail", "detail_words"}; ReceiptError as ``refusals_in_file``."""
    inner = _signed_refusals(data, trusted_servers)
    try:
        return [{"record_id": str(r["record_id"]), "detail": str(r["detail"]),
                 "detail_words": r.get("detail_words") if isinstance(r.get("detail_words"), dict) else None}
                for r in inner.get("not_taken", [])]
    except (KeyError, TypeError, AttributeError) as exc:
        raise ReceiptError("malformed", f"the file's refusals cannot be read ({exc})") from exc


def accounts_in_file(data: bytes, trusted_servers: Collection[bytes]) -> list[dict]:
    """The learners' passwords a receipt file says its signer holds (``sign_refusals``'s ``accounts``; [] when
    none); ReceiptError as ``refusals_in_file``, also for an entry that is not such a password."""
    inner = _signed_refusals(data, trusted_servers)
    out = []
    for r in inner.get("accounts", []):
        try:
            out.append({"learner_no": str(r["learner_no"]), "password_hash": str(r["password_hash"]),
                        "password_version": int(r["password_version"]),
                        "must_change_password": bool(r["must_change_password"]),
                        "password_expires_at": str(r["password_expires_at"]) if r["password_expires_at"] else None})
        except (KeyError, TypeError, ValueError) as exc:
            raise ReceiptError("malformed", f"the file's passwords cannot be read ({exc})") from exc
    return out


def _signed_refusals(data: bytes, trusted_servers: Collection[bytes]) -> dict:
    """The receipt file's signed refusals part, checked ({} when it has none)."""
    try:
        outer = json.loads(data)
    except ValueError:
        return {}
    if not isinstance(outer, dict) or "refusals" not in outer:
        return {}
    try:
        signed = json.loads(outer["refusals"])
        body = canonical.b64d(signed["body"])
        signature, server_key = canonical.b64d(signed["signature"]), canonical.b64d(signed["server_key"])
        inner = json.loads(body)
        if not isinstance(inner, dict) or not isinstance(inner.get("refused", []), list) or \
                not isinstance(inner.get("not_taken", []), list):
            raise TypeError("not a list of refusals")
    except (ValueError, KeyError, TypeError) as exc:
        raise ReceiptError("malformed", f"the file's refusals cannot be read ({exc})") from exc
    if inner.get("format") != REFUSALS_FORMAT or not verify_signature(server_key, signature, body):
        raise ReceiptError("bad_signature", "the file's refusals do not verify")
    if server_key not in trusted_servers:
        raise ReceiptError("untrusted_server", "the file's refusals were signed by a server not trusted here")
    return inner


def study_receipt_in_file(data: bytes) -> str | None:
    """The study receipt a receipt file carries (checked by whoever applies it), or None when it carries
    none. ReceiptError malformed when its study part is there but is no signed receipt's text (damaged or
    edited: the file is refused whole, not applied without it)."""
    try:
        outer = json.loads(data)
    except ValueError:
        return None
    if not isinstance(outer, dict) or "study_receipt" not in outer:
        return None
    value = outer["study_receipt"]
    if not isinstance(value, str) or not value:
        raise ReceiptError("malformed", f"the file's study receipt is a {type(value).__name__}, not a signed receipt")
    return value


def read_receipt_file(data: bytes, trusted_servers: Collection[bytes] | None) -> list[Receipt]:
    """The receipts of a receipt file, each checked (``trusted_servers`` None: signatures only)."""
    try:
        outer = json.loads(data)
        if outer.get("format") != FILE_FORMAT:
            raise ValueError(f"format {outer.get('format')!r}")
        raw = outer["receipts"]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ReceiptError("malformed", f"not a receipt file ({exc})") from exc
    return [read_receipt(r, trusted_servers) for r in raw]
