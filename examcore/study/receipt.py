"""The server's signed word that it holds a batch of study records: the station clears them on it."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Collection

from examcore import canonical
from examcore.crypto.keys import SigningKey, verify_signature
from examcore.receipt import ReceiptError

FORMAT = "xuefa-study-receipt"


def record_hash(record_json: str) -> str:
    return hashlib.sha256(record_json.encode("utf-8")).hexdigest()


def sign_study_receipt(held: list[tuple[str, str]], server_id: str, key: SigningKey) -> str:
    """``held``: (record id, sha256 of its JSON) the server now stores."""
    body = canonical.canonical_json({"format": FORMAT, "server_id": server_id, "records": [list(h) for h in held]})
    return canonical.canonical_json({"body": canonical.b64e(body), "signature": canonical.b64e(key.sign(body)),
                                     "server_key": canonical.b64e(key.public_raw())}).decode("utf-8")


def read_study_receipt(data: str, trusted_servers: Collection[bytes]) -> dict[str, str]:
    """Record id → hash the receipt confirms. ReceiptError when it does not verify or is not trusted."""
    try:
        outer = json.loads(data)
        body = canonical.b64d(outer["body"])
        signature, server_key = canonical.b64d(outer["signature"]), canonical.b64d(outer["server_key"])
        d = json.loads(body)
        held = {str(rid): str(h) for rid, h in d["records"]}
    except (ValueError, KeyError, TypeError) as exc:
        raise ReceiptError("malformed", str(exc)) from exc
    if d.get("format") != FORMAT or not verify_signature(server_key, signature, body):
        raise ReceiptError("bad_signature", "the study receipt does not verify")
    if server_key not in trusted_servers:
        raise ReceiptError("untrusted_server", "the study receipt was signed by a server this station does not know")
    return held
