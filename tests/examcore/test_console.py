"""Output that never crashes on a character: a name outside GBK written to a GBK stream (Chinese Windows,
redirected) or an ASCII one (a C locale) (issue 23)."""
from __future__ import annotations

import io

import pytest

from examcore.console import configure_output

NAME = "赵𠮷 (単位 €)"   # 𠮷 is outside GBK


@pytest.mark.parametrize("encoding, read_back", [
    ("gbk", lambda raw: raw.decode("gb18030")),     # GB18030: GBK's bytes for GBK's characters
    ("cp936", lambda raw: raw.decode("gb18030")),
    ("gb2312", lambda raw: raw.decode("gb18030")),
    ("utf-8", lambda raw: raw.decode("utf-8")),
])
def test_every_character_is_written_and_reads_back(encoding, read_back):
    assert read_back(written(encoding, NAME + "\n")) == NAME + "\n"


def written(encoding: str, text: str) -> bytes:
    """The bytes a stream of ``encoding`` holds after configure_output and writing ``text``."""
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding=encoding)
    configure_output([stream])
    stream.write(text)
    stream.flush()
    return raw.getvalue()


def test_gbk_characters_keep_their_gbk_bytes():
    assert written("gbk", "李四 市司法局") == "李四 市司法局".encode("gbk")


def test_a_stream_that_cannot_hold_a_character_escapes_it_instead_of_raising():
    assert written("ascii", "A𠮷") == b"A\\U00020bb7"


def test_a_stream_without_reconfigure_is_left_alone():
    class Capture(io.StringIO):
        encoding = "gbk"
    configure_output([Capture()])   # no error: a test's capture, an IDE's console
