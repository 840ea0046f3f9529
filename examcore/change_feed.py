"""The downward change feed as it travels: pages of changes signed by the server that sent them.

Stations and lower servers read the feed with a cursor (the last ``seq`` they applied). A page names the
device it was made for and the cursor it follows, so a page cannot be replayed to another device or out of
order; the signature means a man in the middle of the LAN cannot slip in a learner's password verifier.

A page also names its *feed*: an id the server keeps for its numbering of changes. A server restored from
a backup numbers its changes from an earlier point again, so a cursor kept below it would skip every change
made after the restore: it takes a new feed id (at `restore`, or when a device asks from beyond its last
change), and a reader that sees another feed id than the one it kept reads the feed again from the start
(issue 20, found by an outside tester). Applying a change twice changes nothing.
"""
from __future__ import annotations

from dataclasses import dataclass

from examcore import canonical
from examcore.crypto.keys import SigningKey, verify_signature
from examcore.errors import FormatError

KINDS = ("unit", "learner", "issuer", "package", "policy", "revocation", "study", "attempt", "sitting", "tls")

# policy keys a server may set, with their allowed ranges; stations ignore keys they do not know
POLICY_LIMITS: dict[str, tuple[int, int]] = {
    "late_login_minutes": (0, 240),       # login to a sitting closes this long after it starts
    "sync_interval_seconds": (10, 3600),  # how often a station looks for its server
    "min_password_length": (8, 64),
    "resume_grace_minutes": (0, 120),     # a station back within this after a crash resumes by itself
    "charge_suspend": (0, 1),             # 1: time a PC slept during an exam counts against the learner
}


class FeedError(FormatError):
    """codes: bad_signature, wrong_device, out_of_order, malformed"""


@dataclass(frozen=True)
class Change:
    seq: int
    kind: str
    key: str
    body: dict

    def to_dict(self) -> dict:
        return {"seq": self.seq, "kind": self.kind, "key": self.key, "body": self.body}


@dataclass(frozen=True)
class Page:
    changes: list[Change]
    cursor: int      # apply the changes, then remember this
    more: bool       # ask again at once
    feed: str = ""   # the server's feed id ("": a server from before feed ids)


def feed_changed(kept: str, page: Page) -> bool:
    """The page is of another feed than the one whose cursor the reader kept: read again from 0."""
    return bool(kept) and bool(page.feed) and page.feed != kept


def sign_page(changes: list[Change], cursor: int, more: bool, device_id: str, after: int,
              server_id: str, key: SigningKey, feed: str = "") -> dict:
    body = {"changes": [c.to_dict() for c in changes], "cursor": cursor, "more": more, "device_id": device_id,
            "after": after, "server_id": server_id, **({"feed": feed} if feed else {})}
    return {**body, "signature": canonical.b64e(key.sign(canonical.canonical_json(body)))}


def verify_page(page: dict, server_key: bytes, device_id: str, after: int) -> Page:
    try:
        body = {k: page[k] for k in ("changes", "cursor", "more", "device_id", "after", "server_id")}
        if "feed" in page:   # signed with the rest
            body["feed"] = str(page["feed"])
        signature = canonical.b64d(page["signature"])
    except (KeyError, TypeError, ValueError) as exc:
        raise FeedError("malformed", f"not a change page: {exc}") from exc
    if not verify_signature(server_key, signature, canonical.canonical_json(body)):
        raise FeedError("bad_signature", "the change page was not signed by the enrolled server")
    if body["device_id"] != device_id:
        raise FeedError("wrong_device", "the change page was made for another device")
    if body["after"] != after or not isinstance(body["cursor"], int) or body["cursor"] < after:
        raise FeedError("out_of_order", "the change page does not follow this device's cursor")
    try:
        changes = [Change(int(c["seq"]), str(c["kind"]), str(c["key"]), dict(c["body"])) for c in body["changes"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise FeedError("malformed", f"a change is malformed: {exc}") from exc
    return Page(changes, body["cursor"], bool(body["more"]), body.get("feed", ""))
