"""The key helper process: run by the system (root, a systemd service) on each exam PC.

Each station's keys are one file `<device_id>.key` in the helper's key folder (mode 0600 in a 0700 folder
that belongs to the helper's account, by default /var/lib/xuefa/keys). The station asks over a Unix socket
(by default /run/xuefa/keyhelper.sock) that any local account may open; who may use the keys is decided per
connection from the kernel's word about the peer (SO_PEERCRED): its program must be one of the allowed
station programs (the installed `xuefa` by default), owned by the helper's account or root and writable by
no one else, not traced by a debugger and not started with a preloaded library. So the learner's account
cannot read the keys, and a script of theirs cannot have them used; what the installed station program
does with them stays what it always does. Linux only (SO_PEERCRED and /proc).
"""
from __future__ import annotations

import base64
import json
import logging
import os
import re
import secrets
import socket
import socketserver
import stat
import struct
import sys
import threading
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop.keyhelper.protocol import VERSION, ProtocolError, recv_message_with_senders, send_message
from desktop.store.held_secrets import HeldInMemory
from examcore.crypto import aead
from examcore.crypto.keys import SigningKey

assert sys.platform == "linux", "the key helper runs on Linux (app.py says so before importing it)"

log = logging.getLogger(__name__)

DEFAULT_SOCKET = Path("/run/xuefa/keyhelper.sock")
DEFAULT_KEY_DIR = Path("/var/lib/xuefa/keys")
DEVICE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")   # also a file name: no path in it
INJECTING_VARIABLES = ("LD_PRELOAD", "LD_AUDIT")   # ways to run foreign code inside a program


class Refused(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code, self.message = code, message


@dataclass(frozen=True)
class Peer:
    pid: int
    uid: int
    program: str


@dataclass(frozen=True)
class HeldKeys:
    device_key: SigningKey = field(repr=False)
    storage_key: bytes = field(repr=False)   # never in a log line


MAX_ALIVE = 200   # attempts whose last running time the service keeps per station


class KeyVault:
    """The key files of the stations of this PC, and the operations on them. Pure of sockets, for tests."""

    def __init__(self, key_dir: Path):
        self.key_dir = Path(key_dir)
        self._held: dict[str, HeldKeys] = {}
        self._memory: dict[str, HeldInMemory] = {}   # per station: content keys, never written to disk
        self._lock = threading.Lock()
        prepare_private_folder(self.key_dir)

    def create(self) -> str:
        device_id = f"station-{uuid.uuid4().hex[:12]}"
        self._write(device_id, HeldKeys(SigningKey.generate(), aead.new_key()))
        return device_id

    def import_keys(self, device_id: str, device_key: bytes, storage_key: bytes) -> None:
        """Take over a station's keys from the plain file older releases kept in the data folder."""
        _check_id(device_id)
        if (self.key_dir / f"{device_id}.key").exists():
            raise Refused("exists", f"the keys of {device_id} are already held here")
        if len(storage_key) != 32:
            raise Refused("bad_request", "a storage key has 32 bytes")
        try:
            keys = HeldKeys(SigningKey.from_raw(device_key), storage_key)
        except ValueError as exc:
            raise Refused("bad_request", "not an Ed25519 private key") from exc
        self._write(device_id, keys)

    def keys(self, device_id: str) -> HeldKeys:
        _check_id(device_id)
        with self._lock:
            held = self._held.get(device_id)
            if held is None:
                path = self.key_dir / f"{device_id}.key"
                try:
                    d = json.loads(path.read_text(encoding="utf-8"))
                except FileNotFoundError:
                    raise Refused("unknown_station", f"no keys of {device_id} on this PC") from None
                held = HeldKeys(SigningKey.from_raw(base64.b64decode(d["device_key"])),
                                base64.b64decode(d["storage_key"]))
                self._held[device_id] = held
            return held

    def time_mark(self, device_id: str, seen: object, reset: bool) -> str | None:
        """The latest time this station has told the service (ISO 8601), raised to ``seen`` when later; kept
        in the service's folder, where the learner's account can neither lower nor remove it. ``reset``:
        set to ``seen`` whatever it was (IT only)."""
        self.keys(device_id)   # a station this service holds keys for
        candidate = _aware_time(seen, "seen")
        path = self.key_dir / f"{device_id}.time"
        with self._lock:
            try:
                stored: datetime | None = datetime.fromisoformat(path.read_text(encoding="utf-8").strip())
            except (FileNotFoundError, ValueError):
                stored = None
            if candidate is not None and (reset or stored is None or candidate > stored):
                tmp = path.with_suffix(".time-tmp")
                tmp.write_text(candidate.isoformat(), encoding="utf-8")
                os.chmod(tmp, 0o600)
                os.replace(tmp, path)
                stored = candidate
        return stored.isoformat() if stored is not None else None

    def attempt_alive(self, device_id: str, attempt_id: str, at: object, elapsed_ms: object = None,
                      events: object = None) -> dict:
        """What this service knows of the attempt's progress, each only ever raised: ``at``, when it was last
        seen running (ISO 8601; the resume rule's grace period is measured from it), ``elapsed_ms``, the exam
        time it had used then, and ``events``, how many events its record had: the station's own record of
        them is the learner's to write (outside round 80 rolled the time used back, and cut the record short
        after a proctor's close). The latest MAX_ALIVE attempts are kept."""
        self.keys(device_id)
        if len(attempt_id) > 64:
            raise Refused("bad_request", "an attempt id has at most 64 characters")
        seen = _aware_time(at, "at")
        counts = {name: _count(value, name) for name, value in (("elapsed_ms", elapsed_ms), ("events", events))}
        path = self.key_dir / f"{device_id}.alive"
        with self._lock:
            try:
                known = {a: _progress(v) for a, v in json.loads(path.read_text(encoding="utf-8")).items()}
            except (FileNotFoundError, ValueError, TypeError, AttributeError):
                known = {}
            note = dict(known.get(attempt_id) or {})
            changed = False
            if seen is not None and (note.get("at") is None or seen > datetime.fromisoformat(note["at"])):
                note["at"], changed = seen.isoformat(), True
            for name, value in counts.items():
                if value is not None and value > int(note.get(name) or 0):
                    note[name], changed = value, True
            if changed and note.get("at"):
                known[attempt_id] = note
                latest = sorted(known.items(), key=lambda kv: str(kv[1].get("at")))[-MAX_ALIVE:]
                tmp = path.with_suffix(".alive-tmp")
                tmp.write_text(json.dumps(dict(latest)), encoding="utf-8")
                os.chmod(tmp, 0o600)
                os.replace(tmp, path)
        return note

    def memory(self, device_id: str) -> HeldInMemory:
        """The secrets this service keeps for the station in memory only (an exam's content key while its
        attempt may resume): a restart of the station program finds them, a reboot does not."""
        self.keys(device_id)
        with self._lock:
            return self._memory.setdefault(device_id, HeldInMemory())

    def _write(self, device_id: str, keys: HeldKeys) -> None:
        body = json.dumps({"device_id": device_id, "device_key": base64.b64encode(keys.device_key.raw()).decode(),
                           "storage_key": base64.b64encode(keys.storage_key).decode()}).encode()
        path = self.key_dir / f"{device_id}.key"
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, body)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        dir_fd = os.open(self.key_dir, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
        with self._lock:
            self._held[device_id] = keys

    def handle(self, request: dict, peer: Peer | None = None) -> dict:
        """One request of the protocol (desktop/keyhelper/protocol.py) to its answer. ``peer``: who asks
        (None: a caller of this process itself)."""
        op = request.get("op")
        if op == "hello":
            return {"version": VERSION, "uid": os.getuid()}
        if op == "create":
            device_id = self.create()
            return {"device_id": device_id, "public_key": _b64(self.keys(device_id).device_key.public_raw())}
        if op == "import":
            # keys from a file in the learner's data folder, which the learner may have placed there (and so
            # knows): only the system account takes them over, as an IT step (xuefa import-keys)
            if peer is not None and peer.uid not in (0, os.getuid()):
                raise Refused("import_needs_root", "only the system administrator moves a plain key file into "
                                                   "the key service (sudo xuefa import-keys)")
            self.import_keys(_text(request, "device_id"), _bytes(request, "device_key"), _bytes(request, "storage_key"))
            return {}
        if op == "time_mark":
            return {"mark": self.time_mark(_text(request, "device_id"), request.get("seen"), reset=False)}
        if op == "attempt_alive":
            note = self.attempt_alive(_text(request, "device_id"), _text(request, "attempt_id"), request.get("at"),
                                      request.get("elapsed_ms"), request.get("events"))
            return {"at": note.get("at"), "elapsed_ms": note.get("elapsed_ms"), "events": note.get("events")}
        if op == "time_mark_reset":   # IT's `xuefa reset-time-mark`: the only way the mark goes back
            if peer is not None and peer.uid not in (0, os.getuid()):
                raise Refused("reset_needs_root", "only the system administrator resets the station's time mark")
            return {"mark": self.time_mark(_text(request, "device_id"), request.get("seen"), reset=True)}
        device_id = _text(request, "device_id")
        held = self.keys(device_id)
        if op == "public":
            return {"public_key": _b64(held.device_key.public_raw())}
        if op == "sign":
            return {"signature": _b64(held.device_key.sign(_bytes(request, "data")))}
        if op == "wrap":
            return {"blob": _b64(aead.encrypt(held.storage_key, _bytes(request, "secret"),
                                             _text(request, "label").encode()))}
        if op == "hold":
            label = _text(request, "label")
            if len(label) > 200:
                raise Refused("bad_request", "a label has at most 200 characters")
            secret = _bytes(request, "secret")
            if len(secret) > 64:
                raise Refused("bad_request", "a held secret has at most 64 bytes")
            self.memory(device_id).hold(label, secret)
            return {}
        if op == "forget":
            self.memory(device_id).forget(_text(request, "label"))
            return {}
        if op == "held":
            kept = self.memory(device_id).held(_text(request, "label"))
            return {"secret": _b64(kept) if kept is not None else None}
        if op == "unwrap":
            try:
                secret = aead.decrypt(held.storage_key, _bytes(request, "blob"), _text(request, "label").encode())
            except Exception as exc:   # noqa: BLE001 - a wrong tag or a damaged blob is one refusal
                raise Refused("unwrap_failed", "the blob does not open with this station's key") from exc
            return {"secret": _b64(secret)}
        raise Refused("bad_request", f"unknown operation {op!r}")


class PeerPolicy:
    """Who may use the keys: programs in ``allowed`` (real paths), safe from changes by their users."""

    def __init__(self, allowed: list[Path] | None):
        self.allowed = None if allowed is None else {os.path.realpath(p) for p in allowed}

    def check(self, peer: Peer) -> None:
        if self.allowed is None:       # --allow-any: development only, said at start-up
            return
        if peer.program not in self.allowed:
            raise Refused("program_not_allowed", f"{peer.program} is not the station program")
        info = os.stat(peer.program)
        if info.st_uid not in (0, os.getuid()) or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            raise Refused("program_not_allowed", f"{peer.program} may be changed by others than the system")
        status = _read_proc(peer.pid, "status").decode("utf-8", "replace")
        tracer = re.search(r"^TracerPid:\s*(\d+)", status, re.M)
        if tracer and tracer.group(1) != "0":
            raise Refused("program_not_allowed", "the station program is being traced by a debugger")
        variables = dict(v.decode("utf-8", "replace").split("=", 1) for v in
                         _read_proc(peer.pid, "environ").split(b"\0") if b"=" in v)
        if any(name in variables for name in INJECTING_VARIABLES):
            raise Refused("program_not_allowed", "the station program was started with a preloaded library")
        home = os.path.dirname(peer.program)   # a bundle may point the loader at its own folder, nowhere else
        for folder in filter(None, variables.get("LD_LIBRARY_PATH", "").split(":")):
            if os.path.commonpath([home, os.path.realpath(folder)]) != home:
                raise Refused("program_not_allowed", "the station program was started with a foreign library path")


def _peer_pid(sock: socket.socket) -> int:
    return struct.unpack("3i", sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))[0]


class ProcessMemory:
    """A hold on a process's memory as it is now (/proc/PID/environ kept open: the kernel ties the open file
    to that memory, and an exec gives the process new memory). ``unchanged()``: the process still runs with
    it, so still runs the program it ran when this was made. Refused when the process cannot be read."""

    def __init__(self, pid: int):
        try:
            self._fd = os.open(f"/proc/{pid}/environ", os.O_RDONLY | os.O_CLOEXEC)
        except OSError as exc:
            raise Refused("program_not_allowed", f"process {pid} cannot be inspected") from exc

    def unchanged(self) -> bool:
        """False once the process exec'd or ended (the held memory then reads as nothing; a process started
        with no environment at all reads as nothing too, and is refused the same way)."""
        try:
            return os.pread(self._fd, 1, 0) != b""
        except OSError:
            return False

    def close(self) -> None:
        os.close(self._fd)


def peer_of(sock: socket.socket) -> Peer:
    pid, uid, _gid = struct.unpack("3i", sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED,
                                                         struct.calcsize("3i")))
    try:
        program = os.path.realpath(os.readlink(f"/proc/{pid}/exe"))
    except OSError as exc:
        raise Refused("program_not_allowed", f"the program of process {pid} cannot be told") from exc
    return Peer(pid, uid, program)


class _Connection(socketserver.BaseRequestHandler):
    server: "KeyHelperServer"

    def handle(self) -> None:
        sock: socket.socket = self.request
        memory = None
        try:
            # the process's memory is held before its program is checked: a request it writes later is
            # taken only while that same memory lives (an exec replaces it), so a program cannot write a
            # request and then exec the station program to pass the checks (issue 15, an outside tester)
            memory = ProcessMemory(_peer_pid(sock))
            peer = peer_of(sock)
            self.server.policy.check(peer)
        except Refused as exc:   # answered at once: a refused program holds no slot and no thread for long
            log.warning("refused a connection: %s", exc.message)
            if memory is not None:
                memory.close()
            self._refuse(sock, exc)
            return
        if not self.server.slots.acquire(blocking=False):   # the station's program itself, gone astray
            memory.close()
            self._refuse(sock, Refused("busy", f"more than {MAX_CONNECTIONS} connections at once"))
            return
        try:
            challenge = secrets.token_urlsafe(18)   # every request repeats it: none was written before this
            if _answer(sock, {"ok": True, "version": VERSION, "challenge": challenge}):
                self._serve(sock, peer, memory, challenge)
        finally:
            memory.close()
            self.server.slots.release()

    def _serve(self, sock: socket.socket, peer: Peer, memory: "ProcessMemory", challenge: str) -> None:
        """Each request is checked again by who really wrote it (the kernel's word, SO_PASSCRED), and taken
        only from the process that connected, after this connection was checked (it repeats the challenge)
        and with the memory it had then (no exec since): a program that connected and then handed its
        socket to another process, or wrote a request and then exec'd the station program, gets nothing."""
        while True:
            try:
                request, senders = recv_message_with_senders(sock)
            except (ProtocolError, OSError):
                return
            try:
                sender = self._checked_sender(senders)
                if sender.pid != peer.pid:
                    raise Refused("program_not_allowed", "a request written by another process than the one "
                                                         "that connected")
                if not isinstance(request.get("challenge"), str) or \
                        not secrets.compare_digest(request["challenge"], challenge):
                    raise Refused("program_not_allowed", "a request written before the connection was checked")
                if not memory.unchanged():
                    raise Refused("program_not_allowed", "the process changed its program after it connected")
            except Refused as exc:
                log.warning("refused a request: %s", exc.message)
                _answer(sock, {"ok": False, "error": exc.code, "message": exc.message})
                return
            try:
                answer = {"ok": True, **self.server.vault.handle(request, sender)}
            except Refused as exc:
                answer = {"ok": False, "error": exc.code, "message": exc.message}
            except Exception:   # noqa: BLE001 - the helper keeps serving the other stations
                log.exception("key helper request failed")
                answer = {"ok": False, "error": "helper_failed", "message": "the key helper failed; see its log"}
            if not _answer(sock, answer):
                return

    def _checked_sender(self, senders: set[tuple[int, int]]) -> Peer:
        """The one process that wrote the request, if the policy allows it; else Refused."""
        if len(senders) != 1:
            raise Refused("program_not_allowed", "a request written by more than one process")
        ((pid, uid),) = senders
        if pid <= 0:
            raise Refused("program_not_allowed", "the kernel did not say who wrote the request")
        try:
            program = os.path.realpath(os.readlink(f"/proc/{pid}/exe"))
        except OSError as exc:
            raise Refused("program_not_allowed", f"the program of process {pid} cannot be told") from exc
        sender = Peer(pid, uid, program)
        self.server.policy.check(sender)
        return sender

    @staticmethod
    def _refuse(sock: socket.socket, refusal: Refused) -> None:
        """Answer at once, without waiting for a request (a refused program may send none and hold a
        thread); the reply waits in the socket for the client's first read. The client's request is then
        drained for at most REFUSAL_DRAIN_S, so its write does not meet a closed socket."""
        if _answer(sock, {"ok": False, "error": refusal.code, "message": refusal.message}):
            try:
                sock.shutdown(socket.SHUT_WR)
                sock.settimeout(REFUSAL_DRAIN_S)
                while sock.recv(65536):
                    pass
            except OSError:
                pass


MAX_CONNECTIONS = 64     # live connections at once (each station program keeps one)
REFUSAL_DRAIN_S = 0.5


class KeyHelperServer(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True
    request_queue_size = 128   # connections waiting to be accepted (socketserver's default is 5)

    def __init__(self, socket_path: Path, vault: KeyVault, policy: PeerPolicy):
        self.vault, self.policy = vault, policy
        self.slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        socket_path = Path(socket_path)
        if not socket_path.parent.exists():
            socket_path.parent.mkdir(parents=True)
            os.chmod(socket_path.parent, 0o755)   # every account reaches the socket; PeerPolicy decides
        if socket_path.exists() or socket_path.is_symlink():
            socket_path.unlink()   # a stale socket of an earlier run
        super().__init__(str(socket_path), _Connection)
        # every message carries its sender's credentials (accepted sockets inherit this; messages written
        # before the accept get them too): each request is checked by who wrote it
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
        os.chmod(socket_path, 0o666)   # any account may ask; PeerPolicy decides per connection


def prepare_private_folder(folder: Path) -> None:
    """The key folder: created 0700; refused if it belongs to another account or others may enter it."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = folder.stat()
    if info.st_uid != os.getuid():
        raise SystemExit(f"{folder} belongs to another account than the key helper's")
    if info.st_mode & 0o077:
        os.chmod(folder, 0o700)


def serve(socket_path: Path = DEFAULT_SOCKET, key_dir: Path = DEFAULT_KEY_DIR,
          allowed: list[Path] | None = None) -> KeyHelperServer:
    """A running helper (serve_forever in the caller's thread or a thread of its own)."""
    if allowed is None:
        log.warning("key helper started with --allow-any: every program of this PC may use the keys")
    return KeyHelperServer(socket_path, KeyVault(key_dir), PeerPolicy(allowed))


def _answer(sock: socket.socket, message: dict) -> bool:
    try:
        send_message(sock, message)
        return True
    except OSError:
        return False


def _read_proc(pid: int, name: str) -> bytes:
    try:
        return Path(f"/proc/{pid}/{name}").read_bytes()
    except OSError as exc:
        raise Refused("program_not_allowed", f"process {pid} cannot be inspected") from exc


def _aware_time(value: object, name: str) -> datetime | None:
    """A request's ISO 8601 time with its zone (None when not given); Refused bad_request otherwise."""
    if value is None:
        return None
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise Refused("bad_request", f"{name} is not an ISO 8601 time") from exc
    if when.tzinfo is None:
        raise Refused("bad_request", f"{name} needs its time zone")
    return when


def _progress(value: object) -> dict:
    """An attempt's note as kept: {"at", "elapsed_ms", "events"}; a service before this kept the time alone."""
    return {"at": value} if isinstance(value, str) else dict(value)  # type: ignore[call-overload]


def _count(value: object, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 1 << 40:
        raise Refused("bad_request", f"{name} is a whole number of at least 0")
    return value


def _check_id(device_id: str) -> None:
    if not DEVICE_ID.match(device_id):
        raise Refused("bad_request", "not a station id")


def _text(request: dict, name: str) -> str:
    value = request.get(name)
    if not isinstance(value, str):
        raise Refused("bad_request", f"{name} must be text")
    return value


def _bytes(request: dict, name: str) -> bytes:
    try:
        return base64.b64decode(_text(request, name), validate=True)
    except ValueError as exc:
        raise Refused("bad_request", f"{name} must be base64") from exc


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
