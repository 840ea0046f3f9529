"""The upper end of the one road travelling records take (issue 18, Deliver 3).

Sealed results and signed study records reach a server by the same three roads: a station delivering its
own over the LAN, a lower server relaying its stations' (each item vouched for by a certificate chain), and
a file carried by USB (either of the two, with source "bundle"). ``Delivery`` says which. Each kind is
taken in the same four steps, by its own ``Intake``:

1. **verify** each item's signature and format; a bad item is refused by itself (never the batch), named
   by the id it gives so the sender can tell which it was;
2. **identity**: the item's id and content hash, and whether its sender may deliver it (a station only its
   own, enrolled here; a lower server only what a chain vouches for: sync_server/device_trust.py);
3. **store** it once: the same content again is a duplicate, other content under the same id a conflict
   (kept out, with an alert); a refused item stores nothing;
4. **receipt**: signed by this server, naming the content it holds, so the sender clears its outbox only by
   what arrived. Results: one receipt per result, inside its outcome; study records: one per batch over
   every record held (the wire format stations of every version read).

Results: ``sync_server.results.ingest.Ingest``. Study records: ``sync_server.study.service.StudyIntake``.
The relay's upper side answers about both the same way (sync_server/upstream/relay.py ``lacking``,
``held_from``)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Protocol, TypeVar


class Status(StrEnum):
    """What became of one delivered item (as sent, its ``value``)."""
    STORED = "stored"
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"
    REFUSED = "refused"


HOLDS = (Status.STORED, Status.DUPLICATE)   # the server holds the item: a receipt names it


@dataclass(frozen=True)
class Delivery:
    """Who hands the items in, and by which road.

    ``source``: http | relay | bundle, kept with what is stored. ``sender``: the delivering device id, a
    station (its own items) or a lower server (``relayed``). ``key``: a station's own delivery on a file:
    the key the file says it signs with (checked against its enrolment here); None when a signed request
    already proved it. ``chains`` (relayed results): per item, the certificate chain that vouches for its
    station; a relayed study record carries its chain inside the item ("certificate", "via").
    ``held_below`` (relayed results): per item, the acceptance rules the lower server holds it for."""
    source: str
    sender: str
    relayed: bool = False
    key: bytes | None = None
    chains: Sequence[list[dict]] | None = None
    held_below: Sequence[list[str]] | None = None

    def part(self, at: slice) -> Delivery:
        """The same delivery for the items in ``at`` (its per-item lists cut alike)."""
        return replace(self, chains=self.chains[at] if self.chains else self.chains,
                       held_below=self.held_below[at] if self.held_below else self.held_below)


class Outcome(Protocol):
    """One item's outcome; ``to_dict`` as sent back to its sender."""
    @property
    def status(self) -> Status: ...
    @property
    def reason(self) -> str: ...
    @property
    def item_id(self) -> str: ...
    def to_dict(self) -> dict: ...


Item = TypeVar("Item", contravariant=True)
Taken = TypeVar("Taken", bound=Outcome)


class Intake(Protocol[Item, Taken]):
    """One kind of travelling record taken in (the four steps above). ``kind``: "result" or "study", as the
    relay's /relay/missing and /relay/summary name them."""
    kind: str

    def take(self, items: Sequence[Item], delivery: Delivery) -> list[Taken]:
        """One outcome per item, in their order; the new ones stored (in one transaction per call)."""
        ...

    def receipts(self, outcomes: Sequence[Taken]) -> list[str]:
        """The signed receipts for what this server holds among ``outcomes``, as a receipt file carries
        them (examcore/receipt.py)."""
        ...
