"""Command-line output that never crashes on a character (issue 23), nor on a reader that went away.

A learner's or unit's name may hold a character outside GBK (𠮷, rare surname characters). On Chinese
Windows, output redirected to a file or a pipe is encoded in the ANSI code page (cp936, GBK), where such a
character raised UnicodeEncodeError and ended `units list`, reports and `status` mid-way.

`xuefa-server sync-upstream | head` closes the pipe after ten lines: the next line raised BrokenPipeError,
which stopped the relay half-way with a traceback (issue 17). The output is dropped from then on instead,
and the command finishes its work and exits as it would have.
"""
from __future__ import annotations

import codecs
import os
import sys

# GB18030 encodes every Unicode character and is byte-for-byte GBK for every GBK character: what a Chinese
# Windows program reading the file as 中文 (GBK) expects, without a character that cannot be written
GBK_FAMILY = {"gbk", "gb2312", "cp936", "ms936", "euc_cn", "hz"}
COMPLETE = {"utf-8", "utf-16", "utf-32", "gb18030"}


def _say(text: str) -> None:
    try:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):   # (stderr closed too: nowhere left to say it)
        pass


def _reader_gone(exc: OSError) -> bool:
    """The pipe's reader went away: EPIPE, or EINVAL as Windows says it of a pipe closed at the other end."""
    import errno
    return isinstance(exc, BrokenPipeError) or sys.platform == "win32" and exc.errno == errno.EINVAL


class _UntilThePipeCloses:
    """A text stream that writes to ``stream`` until its reader goes away (BrokenPipeError), then to nowhere:
    its file descriptor is pointed at the null device, so what is still buffered, and Python's own flush at
    exit, go there too, unsaid."""

    def __init__(self, stream):
        self._stream = stream

    def _to_nowhere(self) -> None:
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, self._stream.fileno())
            os.close(null)
        except (OSError, ValueError, AttributeError):
            pass

    def _gone(self) -> None:
        self._to_nowhere()
        # said once where it can still be read: what was printed after this (a new one-time password that
        # reset-password prints, say) reached nobody (an outside tester: the reset was done, exit 0, unsaid)
        from examcore.cli_text import cli_tr
        _say(cli_tr("the rest of this command's output was not shown: whatever was reading it stopped (the "
                    "command itself went on); run it again without | if you need all of it"))

    def _failed(self, exc: OSError) -> None:
        """stdout cannot be written (a full disk, a device error): said in one line, exit status 1."""
        from examcore.cli_text import cli_tr
        self._to_nowhere()
        _say(cli_tr("this command's output could not be written ({reason}): free some space or write it "
                    "elsewhere, and run it again").format(reason=exc.strerror or exc))
        raise SystemExit(1)

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as exc:
            if not _reader_gone(exc):
                self._failed(exc)
            self._gone()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            if not _reader_gone(exc):
                self._failed(exc)
            self._gone()

    def __getattr__(self, name: str):   # encoding, fileno, isatty, buffer …: the stream's own
        return getattr(self._stream, name)


def configure_output(streams=None) -> None:
    """Make ``streams`` (default: stdout and stderr) able to write any character.

    A GBK-family encoding becomes GB18030; another encoding that cannot hold every character (ASCII under
    a C locale, Latin-1) keeps its encoding and writes what it cannot as a backslash escape (\\U00020bb7)
    instead of raising. UTF-8 and UTF-16 streams (the Windows console, Linux terminals) are left alone, and
    so is a stream that cannot be reconfigured (a test's capture)."""
    for stream in streams if streams is not None else (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None)
        if not encoding or not hasattr(stream, "reconfigure"):
            continue
        name = codecs.lookup(encoding).name
        if name in COMPLETE:
            continue
        if name in GBK_FAMILY:
            stream.reconfigure(encoding="gb18030")
        else:
            stream.reconfigure(errors="backslashreplace")
    if streams is None and hasattr(sys.stdout, "fileno") and not isinstance(sys.stdout, _UntilThePipeCloses):
        try:
            sys.stdout.fileno()
        except (OSError, ValueError):   # a test's capture: no descriptor to point elsewhere
            return
        sys.stdout = _UntilThePipeCloses(sys.stdout)
