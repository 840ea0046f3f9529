"""Free text of a review decision (a reason, who decided) as it may be stored and shown: no control
characters that move a terminal's cursor or start a new line of a listing, no bidirectional overrides that
turn the rest of a table cell around, and no longer than its place allows (issue 14, an outside tester:
a reason with CR, BEL and U+202E reached `flagged`, `status` and the admin window as typed)."""
from __future__ import annotations

import re

CONSOLE_MARK = " (server console)"   # kept in reviewed_by after a decision taken on the server's command line
MAX_REASON = 2000   # characters of a decision's reason (told upstream whole: examcore.api_messages.RelayReviewItem)

_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
_BIDI = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str, limit: int) -> str:
    """``text`` on one line (each run of control characters one space), without bidi controls, stripped, and
    at most ``limit`` characters (an ellipsis says it was cut)."""
    one_line = _CONTROLS.sub(" ", _BIDI.sub("", text)).strip()
    return one_line if len(one_line) <= limit else one_line[:limit - 1] + "…"
