"""Import whatever files exam-centre IT brings on a stick, each by what it is: issuer keys first (so what
they signed is trusted), then rosters, exam packages, courses, plans and practice banks, statutes. One
file's refusal never stops the others; each gets a line saying what happened."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop.services.accounts import AccountService
from desktop.services.law_library import LawLibrary
from desktop.services.packages import PackageLibrary
from desktop.services.study import StudyService
from examcore.study.statute_sources import STATUTE_SUFFIXES

KEY, ROSTER, PACKAGE, STUDY, STATUTE, UNKNOWN = range(6)   # the order files are imported in


@dataclass(frozen=True)
class Imported:
    path: Path
    ok: bool
    what: str     # issuer | roster | package | package_again | course | plan | practice | statute | unknown | refused
    value: str    # the issuer, the count, the title; for a refusal its code and detail


def kind_of(path: Path) -> int:
    suffix = path.suffix.lower()
    if suffix == ".xfp":
        return PACKAGE
    if suffix in (".xfc", ".xfs"):
        return STUDY
    if suffix in STATUTE_SUFFIXES:
        return STATUTE
    try:
        with path.open("rb") as f:
            head = f.read(4096)
        fmt = json.loads(head) if len(head) < 4096 else None
    except (OSError, ValueError):
        fmt = None
    if isinstance(fmt, dict) and fmt.get("kind") == "xuefa-signing-public-key":
        return KEY
    if suffix == ".json" or (isinstance(fmt, dict) and "learners" in fmt):
        return ROSTER
    return UNKNOWN


class FileImport:
    """The files brought on a stick, each given to the service it belongs to."""

    def __init__(self, laws: LawLibrary, library: PackageLibrary, accounts: AccountService, study: StudyService):
        self._laws, self._library, self._accounts, self._study = laws, library, accounts, study

    def import_files(self, paths: list[Path]) -> list[Imported]:
        """Each file imported by what it is (issuer keys, rosters, packages, study files, statutes, in that
        order); one line per file, a refusal with its code and detail. Never raises for a file's content."""
        from examcore.crypto.keys import fingerprint
        from examcore.errors import FormatError   # packages, rosters, courses, plans, practice banks
        from examcore.keyfiles import KeyFileError, load_signing_public
        from examcore.study.statutes import StatuteError
        done = []
        ordered = sorted(paths, key=lambda p: (kind_of(p), p.name))
        statutes = [p for p in ordered if kind_of(p) == STATUTE]   # a folder of laws: stored in one transaction
        laws = dict(zip(statutes, self._laws.import_files(statutes))) if statutes else {}
        for path in ordered:
            kind = kind_of(path)
            try:
                if kind == KEY:
                    key, name = load_signing_public(path)
                    self._library.trust_issuer(key, name)
                    what, value = "issuer", f"{name} ({fingerprint(key)})"
                elif kind == ROSTER:
                    what, value = "roster", str(self._accounts.import_roster(path.read_bytes()))
                elif kind == PACKAGE:
                    header, new = self._library.import_file(path)
                    what, value = "package" if new else "package_again", header.title
                elif kind == STUDY:
                    imported = self._study.import_file(path)
                    what, value = imported.kind, imported.title
                elif kind == STATUTE:
                    stored = laws[path]
                    if isinstance(stored, StatuteError):
                        raise stored
                    statute, replaced = stored
                    what = "statute_replaced" if replaced else "statute"
                    value = f"《{statute.title}》 ({sum(1 for a in statute.articles if a.number)})"
                else:
                    done.append(Imported(path, False, "unknown", ""))
                    continue
            except (OSError, FormatError, KeyFileError, StatuteError) as exc:
                detail = getattr(exc, "detail", "") or getattr(exc, "strerror", "") or str(exc)
                done.append(Imported(path, False, "refused", f"{getattr(exc, 'code', type(exc).__name__)}: {detail}"))
                continue
            done.append(Imported(path, True, what, value))
        return done
