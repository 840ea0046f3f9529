"""The exam package: one file, its header signed by the issuer, its body sealed until the start.

Layout::

    magic (8) | header length (u32, big-endian) | header (canonical JSON) | signature (64) | body

The signature covers magic and header. The header names the body's SHA-256 and length, so a changed
body is refused before anything is decrypted. The body is ``nonce | AES-256-GCM(zlib(JSON))`` under a
random content key, with the header's hash as associated data. The content key travels wrapped under an
argon2id key derived from the start code (offline start); the centre server may release it instead.

The start code is read out to a whole room, so it opens nothing a learner must not have. The proctor's
secrets hang on a second, random **proctor key**: it makes the offline proctor codes (extra time, pause,
resume, start with the clock behind) and proves the proctor password at the exam window's exit. It travels
wrapped under an argon2id key from the proctor password (which only the proctor holds) and sealed to each
recipient server, never inside the body the start code opens.
"""
from __future__ import annotations

import hashlib
import json
import os
import struct
import uuid
import zlib
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from examcore import canonical
from examcore.blueprint import Blueprint
from examcore.cli_text import Joined, Words
from examcore.crypto import aead
from examcore.crypto.kdf import KdfParams
from examcore.crypto.hybrid import OpenFailed, open_with, seal_to
from examcore.crypto.keys import ResultKey, SigningKey, fingerprint, verify_signature
from examcore.errors import PackageError
from examcore.exam import Counting, Eligibility, ExamDefinition
from examcore.paper import BlueprintError, Paper, draw_paper, section_candidates
from examcore.regrade import Regrader
from examcore.questions import Question
from examcore.startcode import normalize_start_code

MAGIC = b"XFPKG\x00\x01\n"
FORMAT = "xuefa-exam-package"
VERSION = 1
SIGNATURE_LEN = 64
MAX_HEADER = 1 << 20
# An attempt that claims to have begun more than this before its package was made was begun on a clock set back
# (issue 14, case 4 on a fresh install). Wide: the issuer's PC is under no server's clock check (a time zone set
# wrong), and the issuer's and the station's clocks may each be off; a clock set back days is still caught.
MADE_MARGIN = timedelta(hours=12)
MAX_PACKAGE_BYTES = 64 << 20   # what a station takes (its pictures count: a bank's figures travel in the body)
MIN_PROCTOR_PASSWORD = 10   # characters; generated ones have 12 of 32 kinds (60 bits) behind argon2id


def _key_info(package_id: str) -> bytes:
    return b"xuefa package content key v1\x00" + package_id.encode()


def _proctor_info(package_id: str) -> bytes:
    return b"xuefa package proctor key v1\x00" + package_id.encode()


def proctor_secret(password: str) -> bytes:
    """What the proctor password's KDF is fed: a generated password (start-code shaped) in its canonical
    form, so dashes, spaces and case do not matter; any other password as typed, without outer spaces."""
    return (normalize_start_code(password) or password.strip()).encode("utf-8")


@dataclass(frozen=True)
class Recipient:
    """A server that may open the results of this exam (the centre, the province)."""

    name: str
    public_key: bytes  # X25519 raw

    @property
    def key_id(self) -> str:
        return fingerprint(self.public_key)

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "key_id": self.key_id, "public_key": canonical.b64e(self.public_key)}


@dataclass(frozen=True)
class PackageHeader:
    """What a station may read before the start: enough to list the exam and check where it came from."""

    raw: dict[str, Any]

    @property
    def package_id(self) -> str:
        return str(self.raw["package_id"])

    @property
    def exam_id(self) -> str:
        return str(self.raw["exam"]["exam_id"])

    @property
    def title(self) -> str:
        return str(self.raw["exam"]["title"])

    @property
    def made_at(self) -> datetime | None:
        """When the issuer made the package (the signed ``created_at``), aware; None if missing or unreadable."""
        try:
            made = datetime.fromisoformat(str(self.raw.get("created_at") or "").replace("Z", "+00:00"))
        except ValueError:
            return None
        return made if made.tzinfo is not None else made.replace(tzinfo=timezone.utc)

    @property
    def window_start(self) -> datetime:
        return datetime.fromisoformat(self.raw["exam"]["window_start"])

    @property
    def window_end(self) -> datetime:
        return datetime.fromisoformat(self.raw["exam"]["window_end"])

    @property
    def duration_minutes(self) -> int:
        return int(self.raw["exam"]["duration_minutes"])

    @property
    def max_attempts(self) -> int:
        return int(self.raw["exam"]["max_attempts"])

    @property
    def counting(self) -> Counting:
        return Counting(self.raw["exam"]["counting"])

    @property
    def eligibility(self) -> Eligibility:
        return Eligibility.from_dict(self.raw["exam"].get("eligibility", {}))

    @property
    def pass_mark(self) -> int:
        return int(self.raw["exam"]["pass_mark"])

    @property
    def blueprints(self) -> dict[str, Blueprint]:
        """Each variant's sections (empty for packages made before the header carried them)."""
        return {v: Blueprint.from_dict(bp) for v, bp in self.raw["exam"].get("blueprints", {}).items()}

    @property
    def issuer_key(self) -> bytes:
        return canonical.b64d(self.raw["issuer"]["public_key"])

    @property
    def has_proctor_key(self) -> bool:
        """False for packages made before the proctor key: they have no offline proctor codes (the old
        ones hung on the content key, which the start code opens)."""
        return "proctor_key_wrap" in self.raw

    def unwrap_proctor_key(self, password: str) -> bytes:
        """The proctor key, from the proctor password; PackageError ``wrong_proctor_password``. Slow on
        purpose (argon2id): run it off the GUI thread."""
        wrap = self.raw.get("proctor_key_wrap")
        if wrap is None:
            raise PackageError("no_proctor_key", "this package predates the proctor key")
        params = KdfParams.from_dict(wrap["kdf"])
        if not params.strong_enough():
            raise PackageError("weak_kdf", f"KDF settings below the minimum: {params.to_dict()}")
        try:
            return aead.decrypt(params.derive(proctor_secret(password)), canonical.b64d(wrap["wrapped_key"]),
                                _proctor_info(self.package_id))
        except aead.AeadFailure as exc:
            raise PackageError("wrong_proctor_password") from exc

    @property
    def issuer_name(self) -> str:
        return str(self.raw["issuer"]["name"])

    @property
    def recipients(self) -> list[Recipient]:
        return [Recipient(r["name"], canonical.b64d(r["public_key"])) for r in self.raw["recipients"]]

    @property
    def body_aad(self) -> bytes:
        """The body was encrypted against the header as it stood before the body's own entry was added."""
        unsigned = {k: v for k, v in self.raw.items() if k != "body"}
        return hashlib.sha256(canonical.canonical_json(unsigned)).digest()


@dataclass(frozen=True)
class ExamContent:
    """The unlocked body: the exam and the item pool with its answer key (and, in packages made before the
    proctor key, the proctor password's argon2 hash)."""

    exam: ExamDefinition
    questions: dict[str, Question]
    proctor_password_hash: str = ""

    def draw(self, variant: str, seed: bytes) -> Paper:
        blueprint = self.exam.blueprints[variant]
        cache = self.__dict__.setdefault("_candidates", {})  # derived once per variant, then reused
        if variant not in cache:
            cache[variant] = section_candidates(list(self.questions.values()), blueprint)
        return draw_paper((), blueprint, seed, cache[variant])

    def regrader(self, variant: str) -> Regrader:
        """The server's re-draw and re-grade of ``variant`` (``examcore.regrade``), built once; KeyError
        for a variant the exam does not have, as ``draw``."""
        cache = self.__dict__.setdefault("_regraders", {})
        if variant not in cache:
            cache[variant] = Regrader(self.questions, self.exam.blueprints[variant])
        return cache[variant]


@dataclass(frozen=True)
class ParsedPackage:
    header: PackageHeader
    body: bytes

    def unwrap_with_start_code(self, typed_code: str) -> bytes:
        """The content key, from the code the proctor read out. Slow on purpose (argon2id)."""
        code = normalize_start_code(typed_code)
        if code is None:
            raise PackageError("wrong_start_code", "not a start code")
        wrap = self.header.raw["start_code_wrap"]
        params = KdfParams.from_dict(wrap["kdf"])
        if not params.strong_enough():
            raise PackageError("weak_kdf", f"KDF settings below the minimum: {params.to_dict()}")
        kek = params.derive(code.encode("ascii"))
        try:
            return aead.decrypt(kek, canonical.b64d(wrap["wrapped_key"]), self.header.package_id.encode())
        except aead.AeadFailure as exc:
            raise PackageError("wrong_start_code") from exc

    def unwrap_for_recipient(self, key: ResultKey) -> bytes:
        """The content key, for a server the package names as a results recipient."""
        return self._sealed_to(key, "content_key_for", _key_info(self.header.package_id), "content key")

    def _sealed_to(self, key: ResultKey, field: str, info: bytes, what: str) -> bytes:
        """The secret the header's ``field`` seals to ``key``; PackageError not_a_recipient, body_tampered."""
        key_id = fingerprint(key.public_raw())
        entry = next((e for e in self.header.raw.get(field, []) if e["key_id"] == key_id), None)
        if entry is None:
            raise PackageError("not_a_recipient", f"key {key_id} is not a recipient of this package")
        try:
            return open_with(key, canonical.b64d(entry["enc"]), info)
        except OpenFailed as exc:
            raise PackageError("body_tampered", f"the {what} sealed to this server does not open") from exc

    def proctor_key_for_recipient(self, key: ResultKey) -> bytes:
        """The proctor key, for a server the package names as a results recipient. PackageError
        ``no_proctor_key`` for a package made before the proctor key (no code of it is granted)."""
        if not self.header.has_proctor_key:
            raise PackageError("no_proctor_key", "this package predates the proctor key: it has no proctor codes")
        return self._sealed_to(key, "proctor_key_for", _proctor_info(self.header.package_id), "proctor key")

    def open_body(self, content_key: bytes) -> ExamContent:
        try:
            plain = aead.decrypt(content_key, self.body, self.header.body_aad)
        except aead.AeadFailure as exc:
            raise PackageError("body_tampered", "body does not authenticate") from exc
        try:
            data = json.loads(zlib.decompress(plain))
            exam = ExamDefinition.from_dict(data["exam"])
            read = [Question.from_dict(q) for q in data["questions"]]
            # by the id a question has as read (always text): a body's id 5 was a key the paper's "5" never found,
            # and of two questions with one id the paper would name either
            questions = {q.id: q for q in read}
            if len(questions) != len(read):
                raise ValueError("two questions have the same id")
            content = ExamContent(exam, questions, str(data.get("proctor_password_hash", "")))
        except (KeyError, ValueError, TypeError, zlib.error) as exc:
            raise PackageError("invalid_content", str(exc)) from exc
        if exam.exam_id != self.header.exam_id:
            raise PackageError("invalid_content", "header and body name different exams")
        return content


def build_package(exam: ExamDefinition, questions: Iterable[Question], *, issuer: SigningKey,
                  issuer_name: str, recipients: Collection[Recipient], start_code: str,
                  proctor_password: str, kdf: KdfParams | None = None,
                  created_at: datetime | None = None, package_id: str | None = None) -> bytes:
    """Build the package file's bytes. Validates the exam and that every variant's paper can be drawn.
    ``package_id``: given when the eligibility list is bound to it (a make-up); new otherwise.
    ``proctor_password``: the proctor's secret (exit, codes); never put where the start code reaches."""
    questions = list(questions)
    problems = exam.problems() + [Words("question {id}: {problem}", id=q.id, problem=p)
                                  for q in questions for p in q.problems()]
    for variant, bp in exam.blueprints.items():
        try:
            draw_paper(questions, bp, b"validation")
        except BlueprintError as exc:
            problems.append(Words("the {paper} paper: {problem}", paper=variant, problem=exc.args[0] if exc.args else str(exc)))
    if problems:
        raise ValueError(Joined(problems))
    code = normalize_start_code(start_code)
    if code is None:
        raise ValueError(Words("{code} is not a start code (12 letters and digits, like K7QM-2XHD-9RTF)",
                               code=start_code))
    if not recipients:
        raise ValueError(Words("at least one results recipient is needed"))
    secret = proctor_secret(proctor_password)
    if len(secret) < MIN_PROCTOR_PASSWORD:
        raise ValueError(Words("the proctor password needs at least {most} characters (it makes every proctor code "
                               "of the exam; a generated one is best)", most=MIN_PROCTOR_PASSWORD))
    if secret == code.encode("ascii"):
        raise ValueError(Words("the proctor password must not be the start code (the start code is read out to the "
                               "room)"))
    kdf = kdf or KdfParams.fresh()
    proctor_kdf = KdfParams(os.urandom(16), kdf.time_cost, kdf.memory_kib, kdf.parallelism)
    content_key, proctor_key = aead.new_key(), aead.new_key()
    package_id = package_id or str(uuid.uuid4())
    body_plain = zlib.compress(canonical.canonical_json({
        "exam": exam.to_dict(), "questions": [q.to_dict() for q in questions],
    }), 6)
    wrapped = aead.encrypt(kdf.derive(code.encode("ascii")), content_key, package_id.encode())
    summary = {k: exam.to_dict()[k] for k in ("exam_id", "title", "window_start", "window_end",
                                              "duration_minutes", "is_makeup", "max_attempts", "pass_mark", "counting")}
    if not exam.eligibility.is_default():  # stations list the exam only to those who may sit it
        summary["eligibility"] = exam.eligibility.to_dict()
    # the paper's shape is no secret (notices publish it): stations offer a mock exam of the same shape
    summary["blueprints"] = {variant: bp.to_dict() for variant, bp in exam.blueprints.items()}
    # The body's AAD is the header without its "body" entry (which can only be written afterwards).
    header: dict[str, Any] = {
        "format": FORMAT, "version": VERSION, "package_id": package_id,
        "created_at": (created_at or datetime.now(timezone.utc)).isoformat(),
        "issuer": {"name": issuer_name, "public_key": canonical.b64e(issuer.public_raw())},
        "exam": summary, "question_count": len(questions),
        "recipients": [r.to_dict() for r in recipients],
        "start_code_wrap": {"kdf": kdf.to_dict(), "wrapped_key": canonical.b64e(wrapped)},
        # the same content key sealed to each recipient server: it re-grades results, and a centre can
        # release the key to its stations over the LAN instead of a start code being read out
        "content_key_for": [{"key_id": r.key_id, "enc": canonical.b64e(seal_to(r.public_key, content_key,
                                                                               _key_info(package_id)))}
                            for r in recipients],
        # the proctor's key: not in the body (the start code opens that), only under the proctor password
        # and sealed to the servers (they check codes in results and hand the key to their stations)
        "proctor_key_wrap": {"kdf": proctor_kdf.to_dict(), "wrapped_key": canonical.b64e(
            aead.encrypt(proctor_kdf.derive(proctor_secret(proctor_password)), proctor_key,
                         _proctor_info(package_id)))},
        "proctor_key_for": [{"key_id": r.key_id, "enc": canonical.b64e(seal_to(r.public_key, proctor_key,
                                                                               _proctor_info(package_id)))}
                            for r in recipients],
    }
    aad = hashlib.sha256(canonical.canonical_json(header)).digest()
    body = aead.encrypt(content_key, body_plain, aad)
    header["body"] = {"cipher": "AES-256-GCM", "sha256": hashlib.sha256(body).hexdigest(), "length": len(body)}
    header_bytes = canonical.canonical_json(header)
    size = len(MAGIC) + 4 + len(header_bytes) + 64 + len(body)
    if size > MAX_PACKAGE_BYTES:   # refused here, not at every station on exam day
        raise ValueError(Words("the package would be {size} MB; a station takes at most {most} MB: use fewer or "
                               "smaller pictures in the questions it draws from", size=f"{size / 2**20:.1f}",
                               most=MAX_PACKAGE_BYTES >> 20))
    signature = issuer.sign(MAGIC + header_bytes)
    return MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes + signature + body


def parse_package(data: bytes, trusted_issuers: Collection[bytes] | None) -> ParsedPackage:
    """Check a package file without the start code: shape, signature, issuer, body hash.

    ``trusted_issuers`` holds the raw Ed25519 keys this station accepts; None skips that check (tools).
    """
    if not data.startswith(MAGIC):
        raise PackageError("not_a_package", "magic bytes missing")
    if len(data) < len(MAGIC) + 4:
        raise PackageError("truncated", "file ends inside the header length")
    (hlen,) = struct.unpack(">I", data[len(MAGIC):len(MAGIC) + 4])
    if hlen > MAX_HEADER:
        raise PackageError("not_a_package", f"header length {hlen} is implausible")
    start = len(MAGIC) + 4
    header_bytes = data[start:start + hlen]
    signature = data[start + hlen:start + hlen + SIGNATURE_LEN]
    body = data[start + hlen + SIGNATURE_LEN:]
    if len(header_bytes) < hlen or len(signature) < SIGNATURE_LEN:
        raise PackageError("truncated", "file ends inside the header or signature")
    try:
        raw = json.loads(header_bytes)
        issuer_key = canonical.b64d(raw["issuer"]["public_key"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise PackageError("bad_signature", f"header unreadable: {exc}") from exc
    if not verify_signature(issuer_key, signature, MAGIC + header_bytes):
        raise PackageError("bad_signature", "issuer signature does not verify")
    if raw.get("format") != FORMAT:
        raise PackageError("not_a_package", f"format {raw.get('format')!r}")
    if raw.get("version") != VERSION:
        raise PackageError("unsupported_version", f"version {raw.get('version')!r}")
    if trusted_issuers is not None and issuer_key not in trusted_issuers:
        raise PackageError("untrusted_issuer", f"issuer {fingerprint(issuer_key)} is not trusted here")
    if len(body) != raw["body"]["length"]:
        raise PackageError("truncated", f"body has {len(body)} bytes, header says {raw['body']['length']}")
    if hashlib.sha256(body).hexdigest() != raw["body"]["sha256"]:
        raise PackageError("body_tampered", "body hash does not match the signed header")
    return ParsedPackage(PackageHeader(raw), body)
