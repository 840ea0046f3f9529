"""Question-bank files: JSON, Excel, GIFT, Moodle XML and QTI, read into one ImportReport shape."""
from __future__ import annotations

import logging
import re
from pathlib import Path

from examcore.banks.common import (MAX_FILE_BYTES, BankImportError, FileRefused, ImportReport, RowProblem,
                                   reason_of)
from examcore.cli_text import Words
from examcore.collector import collection_paused
from examcore.questions import QuestionBank
from examcore.refusals import os_reason

__all__ = ["BankImportError", "ImportReport", "RowProblem", "load_bank", "read_bank"]

log = logging.getLogger(__name__)
READER_FAILED = Words("the importer failed on this file")   # a reader's own fault, never a finding about the file

FORMATS = Words(".json (Xuefa), .xlsx (template or common layouts), .gift (GIFT), .txt (GIFT or a numbered "
                "text bank), .docx (a Word bank), .xml (Moodle XML or a QTI item), .zip (QTI content "
                "package)")


def read_bank(path: Path, bank: str) -> ImportReport:
    """Any supported file as an ImportReport for the server's bank ``bank``: questions (ids scoped to the
    bank), problems (a problem without a row refuses the whole file), skipped items of kinds Xuefa lacks,
    and notes. Never raises for a bad file: every refusal is a problem naming where and what."""
    with collection_paused():   # a 50,000-question file builds a million objects and frees none
        return _read_bank(Path(path), bank)


def _read_bank(path: Path, bank: str) -> ImportReport:
    suffix = path.suffix.lower()
    report = ImportReport(path.name)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return report.refuse(Words("{size:,} bytes; a bank file may have at most {MAX_FILE_BYTES:,}",
                                       size=size, MAX_FILE_BYTES=MAX_FILE_BYTES))
        if suffix in (".xlsx", ".xlsm"):
            from examcore.banks.excel_bank import read_excel_bank
            from examcore.banks.office_forms import refuse_what_it_lacks
            report = read_excel_bank(path, bank)
            refuse_what_it_lacks(report)   # a cell holds no table: one a stem asks about was lost on the way
        elif suffix == ".docx":
            from examcore.banks.word_docx import read_docx_bank
            report = read_docx_bank(path, bank)
        else:
            data = path.read_bytes()
            report = _read_bytes(data, path.name, suffix, bank)
    except OSError as exc:
        return report.refuse(Words("cannot be read: {exc}", exc=os_reason(exc)))
    except FileRefused as exc:
        return ImportReport(path.name).refuse(reason_of(exc))
    except RecursionError:   # elements nested thousands deep (<b><b><b>…): no bank's text is
        log.info("reading %s: nested too deep", path.name)
        return ImportReport(path.name).refuse(Words(
            "its XML or HTML is nested thousands of levels deep, as no question's text is: export it again"))
    except Exception as exc:   # noqa: BLE001 - a reader's own fault: this file is refused, the others still read
        log.exception("reading %s failed", path.name)   # (tests/examcore/test_bank_fuzz.py looks for this line)
        return ImportReport(path.name).refuse(Words(
            "{READER_FAILED} ({value}); the server's log has the detail: save the file again, or "
            "report it",
            READER_FAILED=READER_FAILED, value=type(exc).__name__))
    _named_left_out(report)
    if not report.questions and not report.problems:
        what = Words("no question of a kind Xuefa has (see skipped)") if report.skipped else Words("no questions")
        report.refuse(Words("the file holds {what}", what=what))
    return report


def _named_left_out(report: ImportReport) -> None:
    """A question whose line or paragraph a problem names is not kept, whichever step found the problem: the
    import says "the questions they name were not imported" (rows of a sheet or a table are kept by their
    readers, which name a sheet or table beside the row)."""
    named = {p.row for p in report.problems
             if p.row is not None and p.sheet is None and p.unit in ("line", "paragraph")}
    if not named or report.unit not in ("line", "paragraph"):
        return
    # (a question of a table is named by its table's row: paragraph 2's problem is not table 1's row 2's)
    kept = [k for k in range(len(report.questions)) if report.sheet_of(k) is not None or report.row_of(k) not in named]
    if len(kept) < len(report.questions):
        report.questions[:] = [report.questions[k] for k in kept]
        report.rows[:] = [report.rows[k] for k in kept]
        report.sheets[:] = [report.sheets[k] for k in kept if k < len(report.sheets)]


def _read_bytes(data: bytes, file: str, suffix: str, bank: str) -> ImportReport:
    from examcore.banks.office_forms import refuse_what_it_lacks
    if suffix == ".json":
        from examcore.banks.json_bank import read_json_bank
        report = read_json_bank(data, file, bank)
        refuse_what_it_lacks(report)   # a JSON bank's stem is text: a table it asks about is not there
        return report
    if suffix in (".gift", ".txt"):
        from examcore.banks.gift import read_gift
        from examcore.banks.office_text import read_text_bank
        from examcore.banks.text_files import TextRefused, decode_bank_text
        try:
            decoded = decode_bank_text(data)
        except TextRefused as exc:
            return ImportReport(file).refuse(exc.detail, row=exc.line, unit="line")
        if suffix == ".gift":
            report = read_gift(decoded.text, file, bank)
        elif _looks_like_gift(decoded.text):   # or an office bank whose text has braces ({} in a stem):
            report = _better_reading(read_gift(decoded.text, file, bank), read_text_bank(decoded.text, file, bank),
                                     _OFFICE_LAYOUT.search(decoded.text) is not None)
        else:  # a plain-text bank as offices write them (numbered stems, 答案： lines)
            report = read_text_bank(decoded.text, file, bank)
        refuse_what_it_lacks(report)   # (read_text_bank did; a GIFT reading has not)
        if decoded.guessed:
            report.notes.insert(0, RowProblem(file, None, None, Words(
                "not UTF-8: read as {value}, which the whole file is valid in (a guess: check the text)",
                value=decoded.encoding.upper())))
        return report
    head = data[:4000]
    if suffix == ".zip" or (suffix == ".xml" and _is_qti(head)):
        from examcore.banks.qti import read_qti
        return read_qti(data, file, bank)
    if suffix == ".xml":
        from examcore.banks.moodle_xml import read_moodle_xml
        report = read_moodle_xml(data, file, bank)
        lowered = data.lower()   # what its HTML holds nowhere: a question asking about it lost it on the way
        refuse_what_it_lacks(report, tables=b"<table" not in lowered and b"&lt;table" not in lowered,
                             figures=b"<img" not in lowered and b"&lt;img" not in lowered)
        return report
    hint = Words(" (save it as .xlsx in Excel or WPS)") if suffix in (".xls", ".csv", ".et", ".ods") else \
        Words(" (save it as .docx in Word or WPS)") if suffix in (".doc", ".wps", ".rtf") else ""
    return ImportReport(file).refuse(Words("unknown bank file type {suffix!r}{hint}; expected {FORMATS}",
                                           suffix=suffix, hint=hint, FORMATS=FORMATS))


# what only the office layout has: a section heading (一、填空题) or an 答案： line
_OFFICE_LAYOUT = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]\s*\S{0,6}题|[【\[]?(?:参考|标准|正确)?答案[】\]]?\s*[:：])",
                            re.M)


_NUMBERED_OR_HEADED = re.compile(r"\s*(?:\d{1,5}\s*[.、．]|[一二三四五六七八九十]{1,3}\s*[、.．])")


def _better_reading(gift: ImportReport, office: ImportReport, office_layout: bool = False) -> ImportReport:
    """A .txt file read both ways: the reading that finds more questions (then fewer problems) is the
    file's; on a tie GIFT, unless the file has the office layout's headings or 答案： lines (一、填空题 with
    { } as its blanks read as GIFT gave essays whose stems held the headings). Said in a note either way,
    since the reader decides what each line means."""
    numbered = [bool(_NUMBERED_OR_HEADED.match(q.stem)) for q in gift.questions]
    if ((office_layout and any(numbered)) or (len(numbered) > 1 and all(numbered))) and (
            not office.questions or office.problems):
        # 三、判断题 / 1. 宪法是根本法。{T}: read as GIFT the heading and the number stay in the stem; read as a
        # numbered bank the {T} stays. Neither is what the file means: refused in words
        return ImportReport(gift.file).refuse(Words(
            "the file mixes GIFT answer blocks ({{T}}, {{=…}}) with a numbered bank's headings and numbers "
            "(一、判断题, 1.): write it in one of the two (答案： lines for a numbered bank)"))
    if (len(office.questions), -len(office.problems)) > (len(gift.questions), -len(gift.problems)) or any(numbered) or (
            office_layout and office.questions and
            (len(office.questions), -len(office.problems)) >= (len(gift.questions), -len(gift.problems))):
        office.notes.insert(0, RowProblem(office.file, None, None, Words(
            "read as a numbered text bank (答案 lines), not GIFT: that finds {count} question(s), GIFT "
            "{count2}",
            count=len(office.questions), count2=len(gift.questions))))
        return office
    if office_layout:
        gift.notes.insert(0, RowProblem(gift.file, None, None, Words(
            "read as GIFT (its {{…}} answer blocks), not as a numbered text bank: that finds {count} question(s), "
            "the numbered reading {count2}", count=len(gift.questions), count2=len(office.questions))))
    return gift


def _looks_like_gift(text: str) -> bool:
    """A .txt file is GIFT when it has GIFT's answer blocks ({=…}, {~…}, {T}, {}) or its $CATEGORY lines."""
    return bool(re.search(r"\{\s*(?:[=~#}]|T\s*}|F\s*}|TRUE|FALSE)|^\s*\$CATEGORY:", text, re.M))


def _is_qti(head: bytes) -> bool:
    """A QTI item, whatever the file's encoding (a UTF-16 file has NULs between the letters)."""
    folded = head.replace(b"\x00", b"")
    return b"assessmentItem" in folded or b"qti-assessment-item" in folded


def load_bank(path: Path) -> QuestionBank:
    """Load a bank file by its ending, ids as the file declares them (the pack tool, study files); raises
    BankImportError naming every bad row (nothing imported)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        from examcore.banks.json_bank import load_json_bank
        return load_json_bank(path)
    if suffix in (".xlsx", ".xlsm"):
        from examcore.banks.excel_bank import load_excel_bank
        return load_excel_bank(path)
    raise BankImportError([RowProblem(path.name, None, None, Words(
        "unknown bank file type {suffix!r}; expected .json or .xlsx",
        suffix=suffix))])
