"""Normalisation of typed answers: full/half width, case, spaces and punctuation do not matter."""
from __future__ import annotations

import unicodedata


def normalize_text_answer(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] not in "PZC")
