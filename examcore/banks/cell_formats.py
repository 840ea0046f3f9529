"""What an Excel cell shows: a number cell is stored as its value (0.13) and shown through its number
format (13%); a bank or roster keeps the text the person saw in Excel, never the raw value.

The formats a bank or roster plausibly uses are rendered: General, fixed decimals, thousands separators,
percentages, leading zeros ("000000" for 工号), literal text around them (0"元", ¥#,##0.00), and dates and
times with Chinese or ISO patterns. Anything else (fractions, scientific notation, conditions, elapsed
times, month and weekday names, Chinese numerals [DBNum1] …) raises ``NotShown``: Xuefa does not guess
what Excel would show, and the reader asks for the cell to be typed as text.

Source of the rules: ECMA-376 Part 1, §18.8.30 (built-in formats) and §18.8.31 (format codes). The
built-in formats 14 and 22 follow the locale; they are rendered as Simplified Chinese Excel and WPS show
them (2018/3/11), and 27–58 are the zh-CN built-ins."""
from __future__ import annotations

import datetime
import functools
import re
import zipfile
from examcore.cli_text import Words
from decimal import ROUND_HALF_UP, Decimal

GENERAL = "General"

# ECMA-376 §18.8.30; 14 and 22 as zh-CN shows them; 27-58: the zh-CN built-ins
BUILTIN = {
    0: GENERAL, 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
    12: "# ?/?", 13: "# ??/??", 14: "yyyy/m/d", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy",
    18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "yyyy/m/d h:mm",
    27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: "m-d-yy", 31: 'yyyy"年"m"月"d"日"',
    32: 'h"时"mm"分"', 33: 'h"时"mm"分"ss"秒"', 34: '上午/下午h"时"mm"分"', 35: '上午/下午h"时"mm"分"ss"秒"',
    36: 'yyyy"年"m"月"', 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)",
    40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
    50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"', 54: 'm"月"d"日"',
    55: '上午/下午h"时"mm"分"', 56: '上午/下午h"时"mm"分"ss"秒"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
}
MOST_DIGITS = 15   # Excel keeps 15 significant digits; more were lost when the number was typed
NEGATIVE_DATE = "[negative date]"   # a negative number under a date or time format: Excel shows ####
FIRST_TRUE_DATE = datetime.date(1900, 3, 1)   # before it Excel counts 1900 as a leap year (29 Feb 1900)


class NotShown(ValueError):
    """Xuefa cannot be sure what Excel shows for this cell; str() says why, for the person who keeps the
    sheet."""


def styles_of(z: zipfile.ZipFile, styles: str | None = None) -> tuple[list[str], bool]:
    """(format code of each cell style index, the workbook counts dates from 1904) read from
    xl/styles.xml (``styles``, its text, when the caller has read it) and xl/workbook.xml; ([], False)
    when the workbook has no styles part."""
    if styles is None:
        try:
            styles = z.read("xl/styles.xml").decode("utf-8")
        except KeyError:
            return [], False
    custom = {int(i): _unescape(code) for i, code in
              re.findall(r"<(?:\w+:)?numFmt\b[^>]*?numFmtId=\"(\d+)\"[^>]*?formatCode=\"([^\"]*)\"", styles)}
    custom |= {int(i): _unescape(code) for code, i in
               re.findall(r"<(?:\w+:)?numFmt\b[^>]*?formatCode=\"([^\"]*)\"[^>]*?numFmtId=\"(\d+)\"", styles)}
    xfs = re.search(r"<(?:\w+:)?cellXfs\b.*?</(?:\w+:)?cellXfs>", styles, re.S)
    codes = []
    for xf in re.findall(r"<(?:\w+:)?xf\b([^>]*)", xfs.group(0) if xfs else ""):
        found = re.search(r"\bnumFmtId=\"(\d+)\"", xf)
        number = int(found.group(1)) if found else 0
        codes.append(custom.get(number) or BUILTIN.get(number) or f"[built-in {number}]")
    try:
        workbook = z.read("xl/workbook.xml").decode("utf-8")
    except KeyError:
        workbook = ""
    return codes, bool(re.search(r"\bdate1904=\"(?:1|true)\"", workbook))


def _unescape(code: str) -> str:
    return (code.replace("&quot;", '"').replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
            .replace("&amp;", "&"))


def is_general(code: str) -> bool:
    return code in (GENERAL, "@", "") or code.casefold() == "general"


def shown(value: object, code: str, date1904: bool = False) -> str:
    """The text Excel shows for a number, date or time ``value`` under format ``code``.

    Raises NotShown for a format or value whose display Xuefa cannot be sure of."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime.timedelta):
        raise NotShown(Words("the cell holds a duration"))
    if code == NEGATIVE_DATE:
        raise NotShown(Words("Excel shows #### for a negative date or time"))
    if code.startswith("[built-in"):
        raise NotShown(Words("the cell uses Excel's built-in number format {number}", number=code[10:-1]))
    if is_general(code):
        return general(value)
    sections = _split(code)
    if isinstance(value, (datetime.date, datetime.time)):
        return _date(value, sections[0], code)
    if not isinstance(value, (int, float)):
        return str(value)
    if any(_condition(s) for s in sections):
        raise NotShown(Words("the number format {code} shows numbers by condition", code=code))
    v = float(value)
    if v < 0 and len(sections) >= 2:
        section, v, sign = sections[1], -v, ""
    elif v == 0 and len(sections) >= 3:
        section, sign = sections[2], ""
    else:
        section, sign = sections[0], "-" if v < 0 else ""
        v = abs(v)
    tokens = _tokens(section, code)
    if any(kind == "date" for kind, _ in tokens):
        return _date(_from_serial(value, date1904, code), section, code)
    if not any(kind == "digit" for kind, _ in tokens):   # General"元", @, or text alone ("-" for zero)
        number = sign + general(v)
        return "".join(t if kind == "literal" else number if kind in ("general", "text") else ""
                       for kind, t in tokens).strip()
    return sign + _number(v, tokens, code)


@functools.cache
def is_date(code: str) -> bool:
    """The format shows a date or a time."""
    if is_general(code) or code.startswith("[built-in"):
        return False
    try:
        return any(kind == "date" for kind, _ in _tokens(_split(code)[0], code))
    except NotShown:
        return False


@functools.cache
def writes_around_text(code: str) -> bool:
    """The format's text section writes something besides the text itself ("第"@"条")."""
    section = _text_section(code)
    return section is not None and section.strip() != "@"


@functools.cache
def hides_text(code: str) -> bool:
    """The format does not show a text cell's own text: its text section has no @ (;;;"略" writes 略 in its
    place), or writes it white ([White]@, [Color2]@ in the default palette)."""
    section = _text_section(code)
    if section is None:
        return False
    return "@" not in re.sub(r'"[^"]*"', "", section) or bool(re.search(r"(?i)\[(?:white|color\s*2)\]", section))


def _text_section(code: str) -> str | None:
    sections = _split(code)
    if len(sections) >= 4:
        return sections[3]

    def shows_text(section: str) -> bool:
        try:
            return any(kind == "text" for kind, _ in _tokens(section, code))
        except NotShown:
            return False
    return next((s for s in sections if shows_text(s)), None)


def shown_text(text: str, code: str) -> str:
    """A text cell as its format shows it: the text section's literals around the text ("第"@"条" on 5 is
    第5条); the text itself when the format has no text section."""
    section = _text_section(code)
    if section is None:
        return text
    try:
        tokens = _tokens(section, code)
    except NotShown:
        return text
    return "".join(text if kind == "text" else t if kind == "literal" else "" for kind, t in tokens)


def general(value: object) -> str:
    """Excel's General format for a number; raises NotShown for one of more than 15 digits, whose last
    digits Excel already lost (an ID card number typed as a number), or one Excel shows as 1E-07."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if not isinstance(value, (int, float)):
        return str(value)
    if abs(value) >= 10 ** MOST_DIGITS:
        raise NotShown(Words("the number has more than {MOST_DIGITS} digits, and Excel keeps only {MOST_DIGITS}: its "
                             "last digits are already lost", MOST_DIGITS=MOST_DIGITS))
    if float(value).is_integer():
        return str(int(value))
    text = format(value, f".{MOST_DIGITS}g")
    if "e" in text:
        raise NotShown(Words("Excel shows the number {text} in scientific notation", text=text))
    return text


def _split(code: str) -> list[str]:
    """The format's sections (positive; negative; zero; text), split at ; outside quotes."""
    sections, current, quoted, escaped = [], [], False, False
    for ch in code:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            current.append(ch)
            escaped = True
        elif ch == '"':
            quoted = not quoted
            current.append(ch)
        elif ch == ";" and not quoted:
            sections.append("".join(current))
            current = []
        else:
            current.append(ch)
    sections.append("".join(current))
    return sections


def _condition(section: str) -> bool:
    return bool(re.search(r"\[[<>=]", section))


_DATE_TOKEN = re.compile(r"(?i)上午/下午|AM/PM|A/P|y+|m+|d+|h+|s+|aaaa|aaa|e+|g+|b+")
_DIGIT = re.compile(r"[0#?]")


def _tokens(section: str, code: str) -> list[tuple[str, str]]:
    """A section as (kind, text): literal, digit (0 # ?), point, comma, percent, text (@), date (y m d h s
    AM/PM 上午/下午 aaa)."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(section):
        ch = section[i]
        if ch == '"':
            end = section.find('"', i + 1)
            if end < 0:
                raise NotShown(Words("the number format {code} is not closed", code=code))
            out.append(("literal", section[i + 1:end]))
            i = end + 1
        elif ch in "\\!" and i + 1 < len(section):   # \x and !x: the character itself
            out.append(("literal", section[i + 1]))
            i += 2
        elif ch == "_" and i + 1 < len(section):
            out.append(("literal", " "))   # a space the width of the next character
            i += 2
        elif ch == "*":
            raise NotShown(Words("the number format {code} fills the cell's width", code=code))
        elif ch == "[":
            end = section.find("]", i)
            inner = section[i + 1:end] if end > 0 else ""
            if inner.startswith("$"):   # [$¥-804]: a currency sign and a locale; [$-804]: a locale alone
                out.append(("literal", inner[1:].split("-", 1)[0]))
            elif not re.fullmatch(r"(?i)red|black|blue|green|white|yellow|cyan|magenta|color\d{1,2}", inner):
                raise NotShown(Words("the number format {code} uses [{inner}]", code=code, inner=inner))
            i = end + 1
        elif _DIGIT.match(ch):
            out.append(("digit", ch))
            i += 1
        elif ch in ".,%@":
            out.append(({".": "point", ",": "comma", "%": "percent", "@": "text"}[ch], ch))
            i += 1
        elif ch in "Ee" and section[i + 1:i + 2] in ("+", "-"):
            raise NotShown(Words("the number format {code} shows scientific notation", code=code))
        elif ch == "/" and out and out[-1][0] == "digit":
            raise NotShown(Words("the number format {code} shows fractions", code=code))
        elif section[i:i + 7].casefold() == "general":
            out.append(("general", section[i:i + 7]))
            i += 7
        else:
            m = _DATE_TOKEN.match(section, i)
            if m:
                out.append(("date", m.group(0)))
                i = m.end()
            elif ch.isascii() and ch.isalpha():
                raise NotShown(Words("the number format {code} uses {ch!r}", code=code, ch=ch))
            else:
                out.append(("literal", ch))   # $ - + ( ) : / space and written text such as 元
                i += 1
    return out


def _number(v: float, tokens: list[tuple[str, str]], code: str) -> str:
    kinds = [k for k, _ in tokens]
    first = kinds.index("digit")
    last = len(kinds) - 1 - kinds[::-1].index("digit")
    inside = tokens[first:last + 1]
    if any(k in ("literal", "text", "date", "general") for k, _ in inside):
        raise NotShown(Words("the number format {code} puts text between digits", code=code))
    if kinds.count("point") > 1:
        raise NotShown(Words("the number format {code} has two decimal points", code=code))
    if any(k == "comma" for k, _ in tokens[last + 1:]) or \
            any(k == "comma" and j + 1 < len(inside) and inside[j + 1][0] == "point" for j, (k, _) in enumerate(inside)):
        raise NotShown(Words("the number format {code} scales the number by thousands", code=code))
    v *= 100 ** kinds.count("percent")
    point = next((j for j, (k, _) in enumerate(inside) if k == "point"), len(inside))
    whole = [t for k, t in inside[:point] if k == "digit"]
    decimals = [t for k, t in inside[point:] if k == "digit"]
    grouped = any(k == "comma" for k, _ in inside[:point])
    if v >= 10 ** MOST_DIGITS:
        raise NotShown(Words("the number has more than {MOST_DIGITS} digits, and Excel keeps only {MOST_DIGITS}",
                             MOST_DIGITS=MOST_DIGITS))
    rounded = Decimal(format(v, f".{MOST_DIGITS}g")).quantize(Decimal(1).scaleb(-len(decimals)), ROUND_HALF_UP)
    int_text, _, dec_text = f"{rounded:f}".partition(".")
    int_text = int_text.lstrip("0")
    joined = "".join(whole)
    least = len(joined) - joined.find("0") if "0" in joined else 0   # digits shown, from the first 0 on
    padding = joined[:len(joined) - least]
    if len(int_text) < least:
        int_text = "0" * (least - len(int_text)) + int_text
    if grouped:
        int_text = f"{int(int_text or 0):,}" if int_text else ""
    if not int_text and padding.endswith("?"):
        int_text = " "
    dec_text = dec_text.ljust(len(decimals), "0")
    kept = list(dec_text)
    for j in range(len(decimals) - 1, -1, -1):   # '#' drops a trailing zero, '?' shows a space for it
        if kept[j] != "0" or decimals[j] == "0":
            break
        kept[j] = "" if decimals[j] == "#" else " "
    dec_text = "".join(kept).rstrip()
    body = int_text + ("." + dec_text if any(k == "point" for k, _ in inside) else "")
    before = "".join(t if k != "percent" else "%" for k, t in tokens[:first] if k in ("literal", "percent"))
    after = "".join(t if k != "percent" else "%" for k, t in tokens[last + 1:] if k in ("literal", "percent", "point"))
    return (before + body + after).strip()


_WEEKDAYS = "一二三四五六日"


def _from_serial(value: object, date1904: bool, code: str) -> datetime.datetime:
    if isinstance(value, (datetime.date, datetime.time)):
        return value   # type: ignore[return-value]
    serial = float(value)  # type: ignore[arg-type]
    if serial < 0 or (not date1904 and serial < 61):   # 1900's leap-year mistake makes days before 1 March odd
        raise NotShown(Words("the date format {code} on the number {value}", code=code, value=general(value)))
    base = datetime.datetime(1904, 1, 1) if date1904 else datetime.datetime(1899, 12, 30)
    try:
        return base + datetime.timedelta(seconds=round(serial * 86400))
    except OverflowError as exc:   # past the year 9999: Excel shows ####
        raise NotShown(Words("the date format {code} on the number {value}", code=code, value=general(value))) from exc


def _date(value: object, section: str, code: str) -> str:
    tokens = _tokens(section, code)
    if any(k in ("digit", "comma", "percent", "text", "general") for k, _ in tokens):
        raise NotShown(Words("the number format {code} mixes a date with a number", code=code))
    if isinstance(value, datetime.datetime):
        moment = value
    elif isinstance(value, datetime.date):
        moment = datetime.datetime(value.year, value.month, value.day)
    elif isinstance(value, datetime.time):
        if any(k == "date" and (t[0].lower() in "ydegb" or t.lower() in ("aaa", "aaaa")) for k, t in tokens):
            raise NotShown(Words("the date format {code} on a time of day alone", code=code))
        moment = datetime.datetime(2000, 1, 1, value.hour, value.minute, value.second, value.microsecond)
    else:
        raise NotShown(Words("the date format {code} on {value!r}", code=code, value=value))
    if moment.date() < FIRST_TRUE_DATE and not isinstance(value, datetime.time):
        raise NotShown(Words("a date before 1 March 1900, which Excel counts with a 29 February 1900"))
    if moment.microsecond:
        moment = (moment + datetime.timedelta(microseconds=500_000)).replace(microsecond=0)
    twelve = any(k == "date" and t.upper() in ("AM/PM", "A/P", "上午/下午") for k, t in tokens)
    dates = [j for j, (k, _) in enumerate(tokens) if k == "date"]
    out = []
    for j, (kind, t) in enumerate(tokens):
        if kind != "date":
            out.append(t if kind == "literal" else "." if kind == "point" else "")
            continue
        low = t.lower()
        where = dates.index(j)
        before = tokens[dates[where - 1]][1].lower() if where else ""
        after = tokens[dates[where + 1]][1].lower() if where + 1 < len(dates) else ""
        if low[0] == "y":
            out.append(str(moment.year) if len(low) > 2 else f"{moment.year % 100:02d}")
        elif low[0] == "m" and len(low) <= 2 and (before.startswith("h") or after.startswith("s")):
            out.append(f"{moment.minute:0{len(low)}d}")
        elif low[0] == "m" and len(low) <= 2:
            out.append(f"{moment.month:0{len(low)}d}")
        elif low[0] == "d" and len(low) <= 2:
            out.append(f"{moment.day:0{len(low)}d}")
        elif low[0] == "h":
            hour = (moment.hour % 12 or 12) if twelve else moment.hour
            out.append(f"{hour:0{min(len(low), 2)}d}")
        elif low[0] == "s":
            out.append(f"{moment.second:0{min(len(low), 2)}d}")
        elif low in ("aaa", "aaaa"):
            out.append(("星期" if low == "aaaa" else "") + _WEEKDAYS[moment.weekday()])
        elif low == "上午/下午":
            out.append("上午" if moment.hour < 12 else "下午")
        elif low == "am/pm":
            out.append("AM" if moment.hour < 12 else "PM")
        elif low == "a/p":
            out.append("A" if moment.hour < 12 else "P")
        else:   # mmm (month names), ddd (weekday names), e/g/b (eras): language-dependent
            raise NotShown(Words("the date format {code} writes {t}, which depends on Excel's language",
                                 code=code, t=t))
    return "".join(out).strip()
