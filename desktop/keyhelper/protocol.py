"""The key helper's wire format: a 4-byte big-endian length, then a JSON object, each way.

On connecting, the helper speaks first: {"ok": true, "version": N, "challenge": TEXT} once it accepted the
program, or a refusal. Requests: {"op": "hello" | "create" | "import" | "public" | "sign" | "wrap" |
"unwrap" | "hold" | "held" | "forget" | ..., "challenge": TEXT, ...}, each repeating the connection's
challenge; binary fields in base64.
Answers: {"ok": true, ...} or {"ok": false, "error": CODE, "message": TEXT}.
"""
from __future__ import annotations

import json
import socket
import struct
import sys

MAX_MESSAGE = 1 << 20          # 1 MiB: a request carries a result's signed bytes at most
VERSION = 2   # 2: the helper's greeting and its challenge in every request


class ProtocolError(Exception):
    """The other side sent something that is not a message of this protocol, or hung up."""


def send_message(sock: socket.socket, message: dict) -> None:
    body = json.dumps(message, separators=(",", ":")).encode("utf-8")
    sock.sendall(struct.pack(">I", len(body)) + body)


def recv_message(sock: socket.socket) -> dict:
    size = struct.unpack(">I", _recv_exactly(sock, 4))[0]
    if size > MAX_MESSAGE:
        raise ProtocolError(f"message of {size} bytes is over the limit of {MAX_MESSAGE}")
    try:
        message = json.loads(_recv_exactly(sock, size))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ProtocolError("not a JSON message") from exc
    if not isinstance(message, dict):
        raise ProtocolError("a message must be a JSON object")
    return message


def _recv_exactly(sock: socket.socket, n: int) -> bytes:
    parts, got = [], 0
    while got < n:
        chunk = sock.recv(n - got)
        if not chunk:
            raise ProtocolError("the other side closed the connection")
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


_UCRED = struct.Struct("3i")   # struct ucred: pid, uid, gid


def recv_message_with_senders(sock: socket.socket) -> tuple[dict, set[tuple[int, int]]]:
    """A message, and the (pid, uid) of every process that sent a part of it, as the kernel tells them on a
    socket with SO_PASSCRED (Linux never merges parts of different senders into one read). A part the
    kernel names no sender for is reported as (0, -1), which no check accepts."""
    senders: set[tuple[int, int]] = set()
    size = struct.unpack(">I", _recv_exactly_from(sock, 4, senders))[0]
    if size > MAX_MESSAGE:
        raise ProtocolError(f"message of {size} bytes is over the limit of {MAX_MESSAGE}")
    try:
        message = json.loads(_recv_exactly_from(sock, size, senders))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ProtocolError("not a JSON message") from exc
    if not isinstance(message, dict):
        raise ProtocolError("a message must be a JSON object")
    return message, senders


def _recv_exactly_from(sock: socket.socket, n: int, senders: set[tuple[int, int]]) -> bytes:
    if sys.platform == "win32":
        raise ProtocolError("the sender of a message can be told on Linux only (SO_PASSCRED)")
    parts, got = [], 0
    while got < n:
        chunk, ancillary, _flags, _addr = sock.recvmsg(n - got, socket.CMSG_SPACE(_UCRED.size))
        if not chunk:
            raise ProtocolError("the other side closed the connection")
        credentials = [data for level, kind, data in ancillary
                       if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS and len(data) >= _UCRED.size]
        if credentials:
            pid, uid, _gid = _UCRED.unpack(credentials[0][:_UCRED.size])
            senders.add((pid, uid))
        else:
            senders.add((0, -1))
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)
