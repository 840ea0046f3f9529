"""How far the sheets of an Excel 97-2003 workbook (.xls) reach, read from its records before calamine lays
a sheet out as a dense grid: one cell written at row 65,000, column 250 of a 6 KB file makes calamine hold
16 million cells (1 GB measured). The compound file is opened with olefile (a well-kept reader of the
format; this module only walks the BIFF8 records of its Workbook stream).

Source: [MS-XLS] 2.4 (BoundSheet8, Dimensions, the cell records and MulRk/MulBlank)."""
from __future__ import annotations

import io
import struct

import olefile

BOUNDSHEET, EOF, DIMENSIONS = 0x0085, 0x000A, 0x0200
CELLS = {0x0006, 0x00FD, 0x0203, 0x027E, 0x0201, 0x0205, 0x0204, 0x00D6}   # row, column first
SPANS = {0x00BD, 0x00BE}   # MulRk, MulBlank: row, first column … last column in the last two bytes
MAX_STREAM_BYTES = 256 * 1024 * 1024


class NotAnXls(ValueError):
    """The bytes are not a compound file with a workbook stream."""


def sheet_extents(data: bytes) -> list[tuple[int, int]]:
    """(rows, columns) each sheet's cells and declared dimensions reach, in the workbook's sheet order.

    Raises NotAnXls when there is no workbook stream to read."""
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            name = next((n for n in ("Workbook", "Book") if ole.exists(n)), None)
            if name is None or ole.get_size(name) > MAX_STREAM_BYTES:
                raise NotAnXls("no workbook stream" if name is None else "the workbook stream is too large")
            stream = ole.openstream(name).read()
    except (OSError, struct.error) as exc:   # olefile's own errors are OSError
        raise NotAnXls(str(exc)) from exc
    starts = [struct.unpack_from("<I", body)[0] for kind, body in _records(stream, 0)
              if kind == BOUNDSHEET and len(body) >= 4]
    extents = []
    for start in starts:
        rows = columns = 0
        for kind, body in _records(stream, start):
            if kind in CELLS and len(body) >= 4:
                row, column = struct.unpack_from("<HH", body)
            elif kind in SPANS and len(body) >= 6:
                row, = struct.unpack_from("<H", body)
                column, = struct.unpack_from("<H", body, len(body) - 2)
            elif kind == DIMENSIONS and len(body) >= 12:
                last_row, = struct.unpack_from("<I", body, 4)    # one past the last row
                last_column, = struct.unpack_from("<H", body, 10)
                rows, columns = max(rows, last_row), max(columns, last_column)
                continue
            else:
                continue
            rows, columns = max(rows, row + 1), max(columns, column + 1)
        extents.append((rows, columns))
    return extents


def _records(stream: bytes, start: int):
    """(record type, body) from ``start`` to the substream's EOF record (or the stream's end)."""
    at = start
    while at + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, at)
        yield kind, stream[at + 4:at + 4 + length]
        at += 4 + length
        if kind == EOF:
            return
