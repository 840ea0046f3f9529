"""Alerts whose words were not kept, said in the reader's language all the same.

Since migration 0020 an alert keeps its detail as Words (template and parameters) and is shown in the
reader's language. Alerts stored before it kept only the English, and two kinds were written as plain
English until 2026-12-02 (a password change from outside a station's units, an administrator's decision on
a flagged result). Their English is matched against the templates alerts are made from; a match is said
through the catalogue, anything else as it was stored (issue 20)."""
from __future__ import annotations

import re
from functools import cache

from examcore.cli_text import Words

# the templates alerts are made from (sync_server/results/ingest.py and review.py,
# upstream/bundles.py, directory/service.py and password_resets.py), and the
# English two kinds had before they were made as Words; each given empty parameters only to be named here
_FORMS = (
    Words("attempt {attempt} already delivered result {other}", attempt="", other=""),
    Words("station said {station}, re-graded {server}", station="", server=""),
    Words("stored content {stored}…, offered {offered}…", stored="", offered=""),
    Words("study record {record_id} arrived again with different content", record_id=""),
    Words("{count} answer(s) after the time limit ignored (events {events})", count="", events=""),
    Words("station {device_id} sent a new password for learner {learner_no}, who is not in the units it serves; "
          "not taken", device_id="", learner_no=""),
    Words("{who}: {was} -> {now} ({flags}): {reason}", who="", was="", now="", flags="", reason=""),
)


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for form in _FORMS:
        parts = re.split(r"\{(\w+)\}", form.template)   # text, name, text, name, …
        regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.*?)" for i, p in enumerate(parts))
        out.append((form.template, re.compile(regex, re.S)))
    return out


def words_of_stored(detail: str) -> Words | None:
    """An alert's stored English as the Words it was made from, or None when it matches none of them."""
    for template, pattern in _patterns():
        found = pattern.fullmatch(detail)
        if found:
            return Words(template, **found.groupdict())
    return None
