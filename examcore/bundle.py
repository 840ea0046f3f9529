"""Result bundles: sealed results carried on a USB stick when no network reaches the server.

The file is canonical JSON: a manifest signed by the sender's device key (bundle id, sender, and the id
and content hash of every envelope) and the envelopes themselves. Writing is atomic: a temp name in the
same folder, fsync, rename, fsync of the folder, then the file is read back and verified.
"""
from __future__ import annotations

import json
import os
import uuid
import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from examcore import canonical
from examcore.crypto.keys import Signer, verify_signature
from examcore.errors import BundleError, SealError
from examcore.sealed import Envelope

FORMAT = "xuefa-result-bundle"
VERSION = 1


@dataclass(frozen=True)
class Bundle:
    bundle_id: str
    sender_key: bytes
    sender_id: str
    envelopes: list[Envelope]
    # from a server: per result the certificate it gave the station, or (results it relays from lower
    # servers) the chain from the station's certificate up to its own certificate of the lower server
    certificates: list[dict | list[dict]] | None = None
    # signed study records ({"record", "signature"}; from a server also "certificate" and "via")
    study: list[dict] = field(default_factory=list)
    # from a server: per result the acceptance rules it holds (or rejected) the result for there; the
    # upper server holds it for them too (it cannot check a sitting it does not hold)
    held: list[list[str]] = field(default_factory=list)
    # from a server: its administrators' decisions on results it held back ({"result_id", "review",
    # "reviewed_by", "reviewed_at", "reason", "flags"}; sync_server/upstream/review_relay.py)
    reviews: list[dict] = field(default_factory=list)


REVIEW_FIELDS = {"result_id": str, "review": str, "reviewed_by": str, "reviewed_at": str, "reason": str, "flags": list}


def _study_entry(item: dict) -> dict[str, Any]:
    entry = {"sha256": hashlib.sha256(str(item["record"]).encode("utf-8")).hexdigest()}
    entry.update({k: item[k] for k in ("certificate", "via") if k in item})
    return entry


def bundle_bytes(envelopes: list[Envelope], sender: Signer, sender_id: str,
                 certificates: list[dict | list[dict]] | None = None, study: list[dict] | None = None,
                 held: list[list[str]] | None = None, reviews: list[dict] | None = None) -> bytes:
    """A station bundles its own results; a server bundles its stations' results with their certificates,
    the rules it holds each for (``held``) and its decisions on held results (``reviews``), which the
    signed manifest covers. Study records ride along, each named in the manifest by its hash."""
    entries: list[dict[str, Any]] = [{"result_id": e.result_id, "content_hash": e.content_hash} for e in envelopes]
    if certificates is not None:
        for entry, cert in zip(entries, certificates, strict=True):
            entry["certificate"] = cert
    for entry, rules in zip(entries, held or [], strict=False):
        if rules:
            entry["held"] = sorted(rules)
    manifest_fields: dict[str, Any] = {
        "format": FORMAT, "version": VERSION, "bundle_id": str(uuid.uuid4()),
        "created_at": datetime.now(timezone.utc).isoformat(),
        "sender": {"id": sender_id, "public_key": canonical.b64e(sender.public_raw())},
        "entries": entries,
    }
    if study:
        manifest_fields["study"] = [_study_entry(item) for item in study]
    if reviews:
        manifest_fields["reviews"] = [{k: item[k] for k in REVIEW_FIELDS} for item in reviews]
    manifest = canonical.canonical_json(manifest_fields)
    outer: dict[str, Any] = {
        "manifest": canonical.b64e(manifest), "signature": canonical.b64e(sender.sign(manifest)),
        "envelopes": [e.to_bytes().decode("utf-8") for e in envelopes],
    }
    if study:
        outer["study"] = [{"record": item["record"], "signature": item["signature"]} for item in study]
    return canonical.canonical_json(outer)


def read_bundle(data: bytes) -> Bundle:
    try:
        outer = json.loads(data)
        manifest_bytes = canonical.b64d(outer["manifest"])
        signature = canonical.b64d(outer["signature"])
        manifest = json.loads(manifest_bytes)
        sender_key = canonical.b64d(manifest["sender"]["public_key"])
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError, RecursionError) as exc:
        raise BundleError("not_a_bundle", str(exc)) from exc
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise BundleError("not_a_bundle", f"format {manifest.get('format')!r}")
    if not verify_signature(sender_key, signature, manifest_bytes):
        raise BundleError("bad_signature", "the sender's signature on the manifest does not verify")
    _check_shape(manifest, outer)
    raw_envelopes = outer.get("envelopes")
    entries = manifest["entries"]
    if not isinstance(raw_envelopes, list) or len(raw_envelopes) != len(entries):
        raise BundleError("incomplete", f"manifest lists {len(entries)} results, file holds "
                                        f"{len(raw_envelopes) if isinstance(raw_envelopes, list) else 0}")
    envelopes = []
    for index, (raw, entry) in enumerate(zip(raw_envelopes, entries)):
        try:
            env = Envelope.from_bytes(raw.encode("utf-8"))
        except (SealError, AttributeError) as exc:
            raise BundleError("entry_mismatch", f"result {index + 1} is unreadable: {exc}") from exc
        if env.result_id != entry["result_id"] or env.content_hash != entry["content_hash"]:
            raise BundleError("entry_mismatch", f"result {index + 1} differs from the signed manifest")
        envelopes.append(env)
    certificates = [e.get("certificate") for e in entries] if entries and "certificate" in entries[0] else None
    if certificates is not None and any(c is None for c in certificates):   # (a later one without: a KeyError
        raise BundleError("entry_mismatch", "some results lack their station certificate")   # had escaped)
    study_entries, raw_study = manifest.get("study", []), outer.get("study", [])
    if not isinstance(raw_study, list) or len(raw_study) != len(study_entries):
        raise BundleError("incomplete", f"manifest lists {len(study_entries)} study records, the file holds "
                                        f"{len(raw_study) if isinstance(raw_study, list) else 0}")
    study = []
    for index, (item, entry) in enumerate(zip(raw_study, study_entries)):
        if not isinstance(item, dict) or _study_entry({**item, **{k: entry[k] for k in ("certificate", "via")
                                                                  if k in entry}}) != entry:
            raise BundleError("entry_mismatch", f"study record {index + 1} differs from the signed manifest")
        study.append({"record": item["record"], "signature": item.get("signature", ""),
                      **{k: entry[k] for k in ("certificate", "via") if k in entry}})
    held = [e.get("held", []) for e in entries]
    if not all(isinstance(h, list) and all(isinstance(r, str) for r in h) for h in held):
        raise BundleError("entry_mismatch", "a result's held rules are not a list of rule codes")
    return Bundle(manifest["bundle_id"], sender_key, manifest["sender"]["id"], envelopes, certificates, study,
                  held, manifest.get("reviews", []))


def _check_shape(manifest: dict, outer: dict) -> None:
    """Anyone can sign a manifest with a key of their own: its fields are checked for the types the
    reader relies on before they are used, so a malformed file is refused as such, never a crash."""
    def need(ok: bool, what: str) -> None:
        if not ok:
            raise BundleError("not_a_bundle", f"the manifest's {what}")
    sender = manifest.get("sender")
    need(isinstance(manifest.get("bundle_id"), str), "bundle_id is not text")
    need(isinstance(sender, dict) and isinstance(sender.get("id"), str) and 0 < len(sender["id"]) <= 200,
         "sender id is not text")
    entries = manifest.get("entries")
    need(isinstance(entries, list) and all(
        isinstance(e, dict) and isinstance(e.get("result_id"), str) and isinstance(e.get("content_hash"), str)
        and isinstance(e.get("certificate", {}), (dict, list)) for e in entries),
        "entries are not a list of {result_id, content_hash}")
    need(isinstance(manifest.get("study", []), list)
         and all(isinstance(e, dict) and isinstance(e.get("sha256"), str) for e in manifest.get("study", [])),
         "study entries are not a list of {sha256}")
    need(isinstance(manifest.get("reviews", []), list) and all(_is_review(e) for e in manifest.get("reviews", [])),
         "reviews are not a list of decisions")
    need(isinstance(outer.get("envelopes", []), list) and all(isinstance(e, str) for e in outer.get("envelopes", [])),
         "envelopes are not a list of texts")
    need(isinstance(outer.get("study", []), list) and all(
        isinstance(e, dict) and isinstance(e.get("record"), str) and isinstance(e.get("signature", ""), str)
        for e in outer.get("study", [])), "study records are not a list of {record, signature}")


def _is_review(item: object) -> bool:
    if not (isinstance(item, dict) and all(isinstance(item.get(k), kind) for k, kind in REVIEW_FIELDS.items())):
        return False
    try:
        datetime.fromisoformat(item["reviewed_at"])
    except ValueError:
        return False
    return item["review"] in ("accepted", "rejected") and all(isinstance(f, str) for f in item["flags"])


def write_atomically(path: Path, data: bytes) -> None:
    """Write, fsync, rename, fsync the folder: the file is either whole under its name or absent."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def export_bundle(path: Path, envelopes: list[Envelope], sender: Signer, sender_id: str,
                  certificates: list[dict | list[dict]] | None = None, study: list[dict] | None = None,
                  held: list[list[str]] | None = None, reviews: list[dict] | None = None) -> Bundle:
    """Write a bundle file atomically and read it back; raises if what is on the stick does not verify."""
    write_atomically(path, bundle_bytes(envelopes, sender, sender_id, certificates, study, held, reviews))
    back = read_bundle(Path(path).read_bytes())
    if ([e.content_hash for e in back.envelopes] != [e.content_hash for e in envelopes]
            or [r["record"] for r in back.study] != [r["record"] for r in study or []]):
        raise BundleError("entry_mismatch", "the file read back differs from what was written")
    return back
