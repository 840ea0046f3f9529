"""An answer key (参考答案) of a Word or text bank as written: its entries (1.A 2.B, 1-5：ABCDA, 一、ABCDA,
3. 依法治国, 1. A 【解析】…), read into answers by section and number for office_text.read_office_lines, which
gives them to the questions waiting for them. Every line of a key that is no entry is said, and the
questions it names are refused with it (issue 16: nothing lost or changed unseen)."""
from __future__ import annotations

import bisect
import re
import unicodedata

from examcore.banks.answer_said import choice_answer, other_answer_said
from examcore.banks.common import BLANK_PATTERN, EXPLANATION_LABEL, ImportReport, RowProblem, place
from examcore.banks.office_drafts import Draft, is_short
from examcore.banks.office_forms import (EXPLAIN, NUMBERED, NUMERAL, KeyPart, answer_omitted, chinese_number,
                                         heading_type)
from examcore.cli_text import Words
from examcore.questions import QuestionType


# an entry followed by its explanation's label, where it starts: 1.A解析：… 2.A解析：… on one line
ENTRY_EXPLAINED = re.compile(r"(?:^|(?<=[\s。；;！？!?]))(\d{1,5}\s*[.、．:：]?\s*(?:[A-HＡ-Ｈ]{1,8}|[√×对错]))\s{0,3}"
                              rf"(?:{EXPLANATION_LABEL.pattern})")
# 1. A 【解析】宪法是… / 1. A 解析：…: a key's entry and then its question's explanation
ENTRY_AFTER = re.compile(r"(?:^|[\s。；;])\d{1,5}\s*[.、．:：]\s*(?:[A-HＡ-Ｈ]{1,8}|[√×对错])(?:\s|$)")   # …。 2.B 3.A


def entry_and_explanation(text: str) -> tuple[str, str] | None:
    """``1. A 【解析】宪法是…`` as ("1. A", "宪法是…"); ("", …) for the label alone; None without an explanation
    after its label. (Found by a plain search: a pattern taking the text before it lazily tried a long run of
    spaces from each of its places.)"""
    label = EXPLANATION_LABEL.search(text) if "解析" in text else None
    if label is None or not text[label.end():].strip():
        return None
    return text[:label.start()].strip(), text[label.end():].strip()


# 2、（1）… or 2、1．A 2．B … in a key: a section's label, its entries after it
# (with 、 only: 2．（1）合法行政（2）… is question 2's answer in points)
ARABIC_KEY_LABEL = re.compile(r"(\d{1,2})\s*、\s*(?=[（(]\s*[1１]\s*[)）])|(\d{1,2})\s*、\s*(?=[1１]\s*[.．]\s*\S)")
LEFT_MARKS = re.compile(r"[\s（()）【】\[\]，,、;；。.:：]*")   # what is left of a key line once its entries are taken
# 1.A 2.B, 5.AB, 5.A,B / 5.A、B / 5.A B (a multiple choice's letters apart), 3.√, 4.对
KEY_ENTRY = re.compile(r"(\d{1,5})\s*[.、．:：)）\-－—–]?\s*([A-HＡ-Ｈa-h](?:[,，、]?[A-HＡ-Ｈa-h]|"
                       r" [A-HＡ-Ｈa-h](?![\u4e00-\u9fff])){0,7}|√|×|✓|✔|✗|✘|✕|✖|╳|"   # (1.ABD C项…: ABD and a reason)
                        r"(?:对|错|正确|错误)(?![\u4e00-\u9fff]))")   # 对 alone, not 对行政处罚… (a written answer)


# a true/false section's answers in words after its label (三、对 错, 三、正确；错误): never a reference answer's point
MARKS_IN_WORDS = re.compile(r"\s*(?:(?:对|错|正确|错误|√|×|✓|✗)\s*[ \t,，、;；]*\s*)+[。.]?\s*")


def _below_a_chinese_point(answer: str, text: str) -> bool:
    """10. 答： / （一）合法行政 / 1、法律优先；: a point's own points, numbered from 1 under it (an outside round: read as
    the key's entry 1, question 10 stored with its first line only), never a key's letter or mark (1.√ 1.A)."""
    return re.match(r"\s*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*、)", answer.rsplit("\n", 1)[-1]) \
        is not None and re.match(r"\s*[（(]?\d{1,2}\s*[、.．)）]\s*[\u4e00-\u9fff]{2}", text) is not None


# an answer that announces its points without a colon: 主要包括 / 我国法律体系包括 / 有以下几点
_LEADS_IN = re.compile(r"(?:包括|包含|主要有|有以下[^。；;，,]{0,8}|如下|以下几[点个项条方面]*|分为|具体是|是指)\s*$")


def _points_open(answer: str, text: str) -> bool:
    """The first point (（一） 1、 （1） …) below an answer that announces points: nothing yet after 答：, an answer
    ending in a colon or in words that lead into a list (an outside round: 1. 答：主要包括 / 1、宪法； was read as
    question 1 answered twice, and （一）… as section 1's label, its mark dropped), or a point's own points."""
    last = answer.rstrip()
    return not last or last.endswith(("：", ":")) or (_LEADS_IN.search(last) is not None and re.match(
        r"\s*(?:[（(]?\d{1,2}\s*[、.．)）]|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*、)"
        r"\s*[\u4e00-\u9fff]{2}", text) is not None) or _below_a_chinese_point(answer, text)


def entries_only(text: str) -> bool:
    """4、B, （4）×, 4.√ 5.×: a line of key entries alone (a number and letters or a mark each), never a reference
    answer's point (round 141: 4、B and 4、× below points 1、 2、 3、 went into the short answer above, exit 0)."""
    rest = KEY_ENTRY.sub(" ", re.sub(r"[（(]\s*(?=\d)", "", text))
    return rest != text and LEFT_MARKS.fullmatch(rest) is not None


def numbered_on(answer: str, text: str) -> bool:
    """``text`` starts with the Chinese numeral that follows the answer's last point in the same marks (三、 after
    …二、…), whatever follows the mark."""
    written = re.match(r"\s*(?:[（(]([一二三四五六七八九十]{1,3})[)）]|([一二三四五六七八九十]{1,3})\s*、)", text)
    if written is None:
        return False
    marks = re.findall(r"[（(]([一二三四五六七八九十]{1,3})[)）]" if written.group(1) else
                       r"(?:^|[\s；;。，,：:])([一二三四五六七八九十]{1,3})\s*、", answer)
    return bool(marks) and chinese_number(marks[-1]) == chinese_number(written.group(1) or written.group(2)) - 1


def next_point(answer: str, text: str) -> bool:
    """``text`` starts with the next point of a reference answer whose points are numbered ("（1）合法行政；" given,
    "（2）合理行政；" below it; or 1、 2、 1） 2）, counted in the same marks), or with its first point below an answer
    that announces them (``答：``, ``…如下：``): the same answer, not the key entry of question 1 or 2. A line
    whose words start with 答： is an entry (2.答：), never a point."""
    written = re.match(r"\s*(?:[（(]([一二三四五六七八九十]{1,3})[)）]|([一二三四五六七八九十]{1,3})\s*、)", text)
    if written is not None:   # 1.答：包括： / （一）人民主权原则 / （二）…: points in Chinese numerals (an outside round:
        # （三） or 三、 read as section 3's label, the point dropped unsaid or the key ended there)
        if re.match(r"\s*(?:\d|[（(]\d{1,3}[)）]|(?:答|参考答案)\s*[:：])", text[written.end():]) or \
                MARKS_IN_WORDS.fullmatch(text[written.end():]) or \
                not re.search(r"[\u4e00-\u9fff]", text[written.end():]) or \
                re.fullmatch(r"\s*[（(][^（()）]*\d+(?:\.\d+)?\s*分[^（()）]*[)）]\s*", text[written.end():]):   # 三、（20分）
            return False   # 四、1. 答：… (round 109), 三、 alone or 三、√ × (round 110), 三、答：… (round 111) below
            # 二、…: the next section's label (and its entries), glued on as a point
        k = chinese_number(written.group(1) or written.group(2))
        if k <= 1:
            return k == 1 and _points_open(answer, text)
        marks = re.findall(r"[（(]([一二三四五六七八九十]{1,3})[)）]" if written.group(1) else
                           r"(?:^|[\s；;。，,：:])([一二三四五六七八九十]{1,3})\s*、", answer)
        return bool(marks) and chinese_number(marks[-1]) == k - 1   # (the last point's numeral: （二） again
        # below …（一）…（二）… is no next point)
    point = re.match(r"\s*[（(](\d{1,2})[)）]", text)
    if point is not None and int(point.group(1)) == 1:
        # 1. 答： / 1. …的规则如下： with （1）… on the line below: the points start there (an outside round:
        # refused as question 1 answered twice, though a paper's key is often so)
        return _points_open(answer, text)
    if point is not None:
        return int(point.group(1)) > 1 and re.search(rf"[（(]{int(point.group(1)) - 1}[)）]", answer) is not None
    # 1.答： / 1、科学立法； / 2、严格执法； / 2.答：: points numbered as entries are (round 98: read as the key's
    # entries, question 2 was stored with question 1's second point under --accept-valid)
    plain = re.match(r"\s*(\d{1,2})\s*([、.．)）])(?!\d)\s*(?!答\s*[:：])\S", text)
    if plain is None:
        return False
    n, mark = int(plain.group(1)), plain.group(2)
    if n == 1:
        return _points_open(answer, text)
    # (counted at a line's start, or after the colon or a point's end on the entry's own line: 1.答：包括：1、…；2、…；
    # then 3、…；4、… on the next line goes on with them; it had been read as entries 3 and 4, round 106)
    counted = re.findall(rf"(?:^|[\s；;。，,：:])(\d{{1,2}})\s*{re.escape(mark)}(?!\d)", answer)
    return bool(counted) and int(counted[-1]) == n - 1


def written_entries(first: int, rest: str) -> list[tuple[int, str]]:
    """Fill-in answers of a key, from the first one's number and the text after it: "宪法 2. 国务院" is two when
    the numbers inside go on one by one (2. after 1.); otherwise the whole text is the first one's."""
    rest = rest.strip()
    if (listed := _PLAIN_POINTS_FROM_ONE.search(rest)) is not None:
        # 1.答：包括：1、合法行政；2、合理行政；3、程序正当。: a reference answer's points on its entry's line, from 1
        # after its colon (read as entries 2 and 3, question 1 had been cut to 包括：1、合法行政 under --accept-valid);
        # the next entry on the line as 2.答：, or as the next number in other marks than the points' after a
        # sentence end or a space (…2、合理行政。3.职能科学: an outside round found it glued to question 2)
        marks = list(_NEXT_ANSWER.finditer(rest)) or _next_after_points(first, rest, listed)
        numbers = [int(m.group(1)) for m in marks]
        if not numbers or not all(b > a for a, b in zip([first, *numbers], numbers)):
            return [(first, rest)]
        return _cut_at(first, rest, marks, numbers)
    # 1.（1）人民主权原则；（2）基本人权原则: numbers in brackets that start again at （1） (or ①) are one answer's
    # points (or a fill-in's blanks), not the next questions' entries
    points = _POINTS_FROM_ONE.search(rest) is not None
    for pattern in ((_NEXT_ENTRY_PLAIN,) if points else (_NEXT_ENTRY, _NEXT_ENTRY_BRACKETED)):   # (（2） glued to
        # an answer only when nothing else fits:
        marks = list(pattern.finditer(rest))              # 2.全国人大常委会（2）全国人民代表大会 is one entry's)
        numbers = [int(m.group(1) or m.group(2) or m.group(3)) for m in marks]
        if numbers and all(b > a for a, b in zip([first, *numbers], numbers)):
            break   # (numbers going up, gaps allowed: 1.宪法  3.方略 when 2 has its own answer)
    else:
        return [(first, rest)]
    return _cut_at(first, rest, marks, numbers)


def _next_after_points(first: int, rest: str, listed: re.Match[str]) -> list[re.Match[str]]:
    """After points on an entry's line (``listed``: its 1、 after the colon), the next question's number in other
    marks than the points', after a sentence end or a space: the one place that line may go on to the next entry."""
    return [m for m in _NEXT_AFTER_POINTS.finditer(rest, listed.end())
            if int(m.group(1)) == first + 1 and
            unicodedata.normalize("NFKC", m.group(2)) != unicodedata.normalize("NFKC", listed.group(1))][:1]


def points_then_entry(first: int, rest: str) -> int | None:
    """The number of the entry written_entries cuts off after points on an entry's line in other marks than
    the points' (1.答：包括：1、…；2、…。2.警告…), not as 2.答：: question 2's entry, or point 3 of question 1 in
    other marks? It cannot be told (an outside round: either reading stored a cut or a glued answer); None where
    the line has no such cut."""
    rest = rest.strip()
    listed = _PLAIN_POINTS_FROM_ONE.search(rest)
    if listed is None or _NEXT_ANSWER.search(rest):
        return None
    after = _next_after_points(first, rest, listed)
    return int(after[0].group(1)) if after else None


def _cut_at(first: int, rest: str, marks: list[re.Match[str]], numbers: list[int]) -> list[tuple[int, str]]:
    """The entries of a key line's text: the first one's up to the first mark, each numbered one's after it."""
    starts = [0, *(m.end() for m in marks)]
    ends = [m.start() for m in marks] + [len(rest)]
    return [(n, rest[a:b].strip().rstrip("，,；;、。").strip()) for n, a, b in zip([first, *numbers], starts, ends)]


# the next entry's number inside a key line of written answers: 1.宪法 2.国务院, 1.宪法，2.国务院, （1）宪法 （2）国务院,
# 1、18；2、60, 1.宪法。2.国务院。, （1）18（2）60 (after 、 a digit is the answer; after . it may be a decimal: 2.5)
_NEXT_ENTRY = re.compile(r"(?:(?<!\s)\s+(\d{1,5})\s*[.、．]|[，,；;、。]\s*(\d{1,5})\s*(?:、|[.．](?!\d))|"
                         r"(?:(?<!\s)\s+|[，,；;、。]\s*)[（(](\d{1,5})[)）])\s*")   # ((?<!\s): a run of spaces tried
# from its first only, not from each of 20,000, which took seconds)
_NEXT_ENTRY_BRACKETED = re.compile(r"()()[（(](\d{1,5})[)）]\s*")   # （1）18（2）60: nothing between
_NEXT_ENTRY_PLAIN = re.compile(r"(?:(?<!\s)\s+(\d{1,5})\s*[.、．]|[，,；;、。]\s*(\d{1,5})\s*(?:、|[.．](?!\d)))()\s*")
_POINTS_FROM_ONE = re.compile(r"[（(]\s*1\s*[)）]|①")
_PLAIN_POINTS_FROM_ONE = re.compile(r"[:：]\s*1\s*(、|[.．](?!\d))\s*\S")   # …包括：1、合法行政；2、…
_NEXT_AFTER_POINTS = re.compile(r"(?:[。；;]\s*|\s+)(\d{1,5})\s*(、|[.．](?!\d))\s*")   # …合理行政。3.职能科学
# （每题2分）, （每小题2分，共4分）, （共20分）, （20分）: a section's points, as a key's label or a line of its own
# (never an answer's words: the whole part is the remark; （20分） after 三、 since round 111)
_POINTS_REMARK = re.compile(r"\s*[（(]\s*(?:每\S{0,3}?|共)?\s*\d{1,3}(?:[.．]\d)?\s*分[^（()）]*[)）]\s*")
_POINT_START = re.compile(r"\s*(?:(\d{1,2})\s*([、.．)）])(?!\d)|[（(]\s*(\d{1,2})\s*[)）])\s*\S")   # 3、… （3）…


def _from_one(points: list[int]) -> bool:
    """Points numbered from 1, one by one (not 第（2）项 inside an answer's words)."""
    return bool(points) and points == list(range(1, len(points) + 1))


ANSWER_ENTRY = re.compile(r"\s*\d{1,5}\s*[、.．]\s*(?:答|答案|参考答案)\s*[:：]")   # 5. 答：…: an entry, never a point
_NEXT_ANSWER = re.compile(r"(?:\s+|[，,；;、。]\s*)(\d{1,5})\s*[.、．]\s*(?=(?:答|参考答案)\s*[:：])")   # … 2.答：…


# 1-5：ABCDA, 6～10 √×√√×, 1-5：A B C D A, 1-10：ABCDA BCDAB, 1-3：AB、C、ABD: an answer per question of the range
RANGE_ANSWER = "[A-HＡ-Ｈa-h√×✓✔✗✘✕✖╳XxＸ对错]+"
# 一、ABCDA BCDAB: a section's answers in order, with no question numbers (each letter one answer; with
# separators, each group one: 二、AB、C、ABD)
BARE_RUN = re.compile(rf"\s*{RANGE_ANSWER}(?:[ \t,，、;；]+{RANGE_ANSWER})*\s*[。.]?\s*")
KEY_RANGE = re.compile(rf"(\d{{1,5}})\s*[-－—–~～至到]\s*(\d{{1,5}})\s*[.、．:：]?\s*"
                        rf"({RANGE_ANSWER}(?:[ \t,，、;；]+{RANGE_ANSWER})*)")


def key_ranges(text: str) -> tuple[str, list[str], set[int]]:
    """``text`` with each range written out (1-3：ABC -> 1.A 2.B 3.C), the ranges whose answers do not match
    their questions' count, as written, and the numbers given one letter each from letters written together
    (1-4：ABCD, 1-4：AB CD: in a multiple-choice section they may be fewer questions' letters). Answers spaced one per
    question (1-3：AB C D) may be a multiple choice's letters; letters in groups (1-10：ABCDA BCDAB) are one per
    question."""
    wrong: list[str] = []
    grouped: set[int] = set()

    def out(m: re.Match[str]) -> str:
        first, last = int(m.group(1)), int(m.group(2))
        written = re.split(r"[ \t,，、;；]+", m.group(3).strip())
        count = last - first + 1
        if len("".join(written)) == count:
            answers = list("".join(written))
            if len(written) != count:   # (A B C D, spaced one a question, is no doubt)
                grouped.update(range(first, last + 1))
        elif len(written) == count:
            answers = written
        else:
            answers = []
        if not answers or last < first:
            given = len("".join(written)) if len(written) == 1 else len(written)
            wrong.append(Words("{range} gives {given} answer(s) for the {count} questions of its range",
                               range=m.group(0).strip(), given=given, count=max(count, 0)))
            return " "   # read as nothing, never as an answer to its last number
        return " ".join(f"{first + n}.{a}" for n, a in enumerate(answers))
    return KEY_RANGE.sub(out, text), wrong, grouped


# below an answer key's table, a remark on the whole key and nothing else: each of its phrases one of these
# (注：以上答案仅供参考。评分时酌情给分。); a line saying anything more (注：复议期限正确答案是九十日，以上答案仅供参考。
# 罚款数额写二千元亦可) may correct an answer, whichever words it names it with (round 123)
_KEY_REMARK_PHRASE = re.compile(
    r"(?:以上|本卷|本试卷|本)?(?:所有)?(?:简答题|主观题|论述题|案例分析题|客观题)?的?(?:答案|参考答案)?(?:要点)?(?:仅供参考|供参考)|"
    r"(?:简答题|主观题|论述题|案例分析题|客观题)?(?:考生)?(?:评分时|阅卷时)?(?:可|应)?(?:酌情(?:给分|评分|扣分)|按要点给分|"
    r"(?:只要)?答出(?:要点|主要意思|大意)即可(?:给分|得分)?|言之成理即可(?:给分|得分)?|意思(?:相近|正确|对)即可(?:给分|得分)?)+|"
    r"答案不唯一|评分(?:说明|标准|细则|要求)|阅卷(?:说明|要求)|(?:评分时|阅卷时)?以(?:教材|法律规定|法条原文)为准|"
    # (whom to ask, and who wrote the key: named offices only; 请联系教研室改为九十日 is a correction, round 128)
    r"(?:以上答案)?(?:如有(?:疑问|异议))?(?:请(?:与|联系|咨询)?(?:本单位)?(?:教研室|教研组|教务处|命题组|出题人|组织部门|"
    r"培训科|法制科|办公室|普法办)(?:联系|咨询)?)?|"
    r"(?:本|以上)?(?:答案|试题|试卷)由(?:[^\d改应为正确认空填选错误更]){1,20}(?:提供|编写|命制|审定)|"
    r"(?:本大题)?共\d{1,3}(?:分|小?题)|"
    # (多选、少选、错选均不得分; 为简答题 after a range named: round 139)
    r"(?:多选|少选|错选|漏选|不选|未选)(?:的|者)?(?:均|都)?(?:不得分|不给分|不计分)?|为(?:单选|多选|判断|填空|简答|论述|案例分析)题|"
    # (a telephone number, the key's date, the law's version it follows: digits naming no question; round 132
    # found each refusing the table's last part)
    r"(?:联系|咨询)?(?:电话|手机|(?i:tel))\s*[:：]?\s*\d[\d\-－ ]{4,19}|"
    r"(?:\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?)(?:编|制|印|编印|修订|审定)?|"
    r"(?:本|以上)?(?:答案|参考答案)?(?:均)?(?:评分时|阅卷时)?以(?:\d{4}年(?:修订|修正|施行)的?)?《[^》]{1,30}》(?:的规定)?为准|"
    r"(?:本|以上)?(?:答案|参考答案)?(?:均)?(?:依据|根据)(?:\d{4}年(?:修订|修正|施行)的?)?《[^》]{1,30}》(?:的规定)?(?:编写|作答|命制)?|"
    # (who made it, alone beside its date or telephone: 命题组 2024年5月, 教务处 电话：…; round 133)
    r"(?:本单位)?(?:教研室|教研组|教务处|命题组|出题人|组织部门|培训科|法制科|办公室|普法办)|"
    # (an office's name holds no correcting word: 答案应改为行政服务中心 is a correction, never who made the key)
    r"(?![\u4e00-\u9fff]*?(?:应|改|更正|错|误|为|是|填|选|答))[\u4e00-\u9fff]{1,15}(?:局|厅|委员会|中心)"
    r"(?:[\u4e00-\u9fff]{1,8}(?:科|处|室|组|办))?")
# a remark on points (第1-10题每题2分, 本大题共10小题，每小题2分, 满分10分, 答出三点即可得满分): names questions, corrects
# none (round 128: 单选题每题2分, 每要点2分, 满分10分 had refused the table's last part)
_POINTS_REMARK_PHRASE = re.compile(
    r"(?:单选题|多选题|判断题|填空题|简答题|论述题)?(?:评分时|阅卷时)?(?:第?\d{1,3}[-～~至]\d{1,3}题|本题|本大题)?"
    r"(?:(?:每(?:小)?题|每空|每点|每个?要点)(?:各)?\d{1,2}(?:\.5)?分|满分\d{1,3}分|答出[\d一二三四五六七八九十]点即可(?:得满分|得分|给分)?)|"
    r"第\d{1,3}题满分\d{1,3}分")
_KEY_REMARK_LABEL = re.compile(r"^\s*[（(【\[]?\s*(?:注|说明|备注|附注|提示|评分(?:说明|标准|细则|要求)|阅卷(?:说明|要求))?\s*[:：]?\s*")
_PART_TITLE = re.compile(rf"\s*(?:[{NUMERAL}]+\s*[、.．]|第[{NUMERAL}]+部分)\s*[^\s，,。；;：:\d]{{1,10}}\s*[:：]?\s*")


# the questions a correction names (第3题, 第三至第五题, 第3、4题, 3～5题, 第3题至第5题, 倒数第二题, 最后一题): a run of
# numbers joined as a range (- ～ 至 到) or a list (、 ， 和 及 与), each perhaps with its own 第 and 题
_NUMBER = rf"[\d{NUMERAL}]{{1,4}}"
_JOIN = r"\s*(?:小?题\s*)?(?:[-－—–~～、，,]|至|到|和|及|与)\s*(?:第\s*)?"   # (never two \s* side by side: a hostile line of spaces)
_RUN = rf"{_NUMBER}(?:{_JOIN}{_NUMBER}){{0,60}}"   # (bounded: a hostile line of thousands of 1、 is read at once)
_NAMED_RUN = re.compile(
    rf"(?P<back>倒数)?第\s*(?P<run>{_RUN})\s*小?题|"
    rf"(?<![\d.．{NUMERAL}共计每上下前后这那同某另本此该])(?P<bare>{_RUN})\s*[小道]?题|"
    # 单选3, 填空二 (a type, then its number, no 题: round 128's （单选3应为B）); never 单选题10道 or 判断2分
    rf"(?<=单选|多选|判断|填空|简答|论述|选择)题?\s*(?P<typed>{_RUN})(?![\d.．%％万元日月年个道分])|"
    r"(?:最后|末)\s*(?P<last>[一二两三四五1-5]?)\s*[小道]?题|"
    r"(?i:\bq(?:uestion)?\s*|\bno\.\s*)(?P<english>\d{1,4})(?!\d)|"
    r"(?:^|(?<=[\s，,。；;：:（(]))题\s*(?P<after>\d{1,3})(?![\d.．分道个项%])")   # (题1应选D: round 137; never 每题2分)
_RANGE_JOIN = re.compile(r"[-－—–~～至到]")

# the words a correction may open with before the question it names (注：, 说明：, 另外, 经核对，, 以上, 其中，, 原, PS：;
# round 131: 以上第3题答案应为B, PS：…, 补：…, 又及：…, 注1：… were stored as the last short answer's lines, exit 0)
_LABELS = (r"(?:注\s*\d?|说明|备注|附注|另|又|又及|补|补充|补充说明|附|注意|请注意|提示|温馨提示|友情提示|特别提醒|考生须知|校对|"
           r"校对说明|修订说明|特别(?:说明|提示|注意)|(?i:ps|p\.s\.|nb|note))")   # (温馨提示：, 校对：, Note:: round 140)
# (a label, then 原 / 以上 perhaps: 注：原第3题答案B应为D, round 133)
_LEAD_WORDS = (rf"(?:{_LABELS}\s*[:：】\]]|"
               r"另外\s*[:：，,]?|经(?:核对|核实|复核|核查|研究)\s*[:：，,]?|以上|上述|上面|前面|前述|本卷|其中\s*[，,]?|原|"
               r"请将|另请注意|请注意|考生注意\s*[:：，,]?|"
               r"正确答案\s*[:：])?"
               r"(?:(?<=[:：，,])(?:原|以上|上述))?")
# a line opening as a correction does, a label perhaps before it (说明：, 另外, （…）), never with a point's number
# ((1)判断2个行为…应分别认定 is an answer's point: round 129 found such points cut out of the answer, unnamed)
_CORRECTION_LEAD = rf"^\s*[（(【\[]?\s*[★☆※●■◆▲△▶►→*]?\s*{_LEAD_WORDS}\s*"
# a line of the key correcting it, in a correction's own shape (更正：…, 注：单选题第3题答案应为D。, （第2题应是√）,
# 经核对，单选题第3-5题答案均应为A): never the next point of the short answer above it (round 124: stored as its last
# line, the corrected question kept as it was, exit 0; round 127: 更正如下：, 修正：, ★更正：, 经核对， the same; round 128:
# 【更正】, 更正 then a space, 另外, Correction:); an answer's own words are not (更正登记：…, 与第2题不同，本题的告知应为
# 书面形式, 第一小题：…机关应为被告: round 125)
_TYPES = r"(?:[单多]选题?|单项选择题|多项选择题|选择题|判断题?|填空题?|简答题?)"
_CORRECTION = re.compile(
    r"^\s*[（(【\[]?\s*[★☆※●■◆▲△▶►→*]?\s*(?:(?:答案|试题)?(?:更正|勘误|订正|修正|纠错|纠正|校正)(?:如下|表|说明)?\s*(?:[:：]|[】\]〕]|\s)|"
    r"(?i:correction|corrections|erratum|errata)\s*[:：]|"
    # (a part named before it, types listed: 注：第二部分第3题…, 注：判断题、单选题第3题均应为√、D; Q3 and 第3题： too,
    # round 133)
    rf"{_LEAD_WORDS}\s*(?:第[{NUMERAL}\d]{{1,3}}(?:部分|大题)\s*)?(?:{_TYPES}\s*[、和及与]\s*)?{_TYPES}?\s*"
    rf"(?:(?:(?:倒数)?第)?\s*{_RUN}\s*小?题|(?i:q|no\.)\s*\d{{1,4}}|题\s*\d{{1,3}}(?![\d.．分道个项%]))\s*(?:[:：]\s*(?=应选|改选|选\s*[A-HＡ-Ｈ]|"
    r"(?:应为|改为)\s*[A-HＡ-Ｈ√×]))?的?"
    r"[，,]?\s*(?:参考|正确|标准)?(?:答案|选项)?\s*(?:(?:均|都)?\s*(?:应为|应是|应该是|应当是|应改为|改为|更正为|有误|应选|应当选|改选|选\s*[A-HＡ-Ｈ]|"
    r"(?:也|亦)可(?:填|选|答)|"   # (第23题也可填“60”, 第9题的正确选项是D: round 140)
    r"改成|订正为|修改为|调整为|变更为|换成|确定为|由\s*[A-HＡ-Ｈ√×]{0,8}\s*改为|改\s*[A-HＡ-Ｈ√×]|"
    r"答\s*[A-HＡ-Ｈ√×]|以[^。；;，,]{0,40}?为准)|"   # (第3题答A亦可, 第3题以教材为准: round 132; 以…《…》为准: 133)
    r"(?:均|都)为|(?<=答案|选项)\s*(?:[:：]|是|为)?\s*[A-HＡ-Ｈ√×✓✗对错](?![\u4e00-\u9fff]{2})|"   # (1题答案是D: round 137)
    r"(?<=题)\s*[A-HＡ-Ｈ√×](?=\s*(?:$|[。；;，,）)]))|"   # (校对：第9题D: round 140)
    r"(?:的空|第\s*\d{1,2}\s*空)?\s*应?填(?!写|报|表|列)\s*\S))")   # (★第1题答案D, 第24题填30。: round 139)
# a number and its mark after a label, changed (注：3. 应为D): never without the label (3. 应为书面形式 is a point)
_NUMBER_CHANGED = re.compile(rf"^\s*[（(【\[]?\s*(?:{_LABELS}|更正|勘误|订正|修正)\s*[:：]\s*(\d{{1,4}})\s*[.．、]\s*"
                             r"(?:应为|应是|应选|改为|更正为|[A-HＡ-Ｈ√×](?=\s*(?:$|[。；;，,）)])))")   # (勘误：3.A: round 138)
# the answer of this question (or the one above, or below) said wrong or changed (本题答案有误, 此题答案更正为：…,
# （本题答案已更正）, 原答案有误，以此为准, 注：上题答案应为D): a correction, never a reference answer's words (round 133:
# each was stored as the short answer's last line, exit 0); 本题的告知应为书面形式 is an answer's (no 答案 in it)
_THIS_CHANGED = re.compile(
    rf"{_CORRECTION_LEAD}(?:(?:本|此|该|上一?|前一|下一?|后一)题\s*的?\s*原?(?:参考|正确|标准)?答案\s*(?:已|应)?\s*"
    r"(?:有误|错误|应改为|改为|更正为|更正|修正|以此为准|(?:应为|应是|应当是|[:：])\s*[A-HＡ-Ｈ√×](?=\s*(?:$|[。；;，,）)])))|"
    # (本题答案应为以下四项：, 本题答案：A、处罚法定原则… open a short answer: round 138; with a label they correct)
    rf"^\s*[（(【\[]?\s*{_LABELS}\s*[:：]\s*(?:本|此|该|上一?|前一|下一?|后一)题\s*的?\s*原?(?:参考|正确|标准)?答案\s*"
    r"(?:应为|应是|应当是|[:：])|"
    r"(?:(?:本|此|该)题)?原?(?:参考|正确|标准)?答案\s*(?:有误|错误|已更正|已修正|更正为|应改为|改为)|"
    r"原(?:参考|正确|标准)?答案\s*(?:应为|应是))")   # (注：原答案应为1982年; 答案应为… alone may be an answer's)
# a line opening as a correction does, a label perhaps before it (说明：, 另外, （…）), never with a point's number
# ((1)判断2个行为…应分别认定 is an answer's point: round 129 found such points cut out of the answer, unnamed)
# a question of a type named by its number, changed (说明：单选第3题正确答案为B, 备注：填空第二题应填九十, （单选3应为B）),
# or a question's answer said to be another (第1-10题中第3题答案应为B): no reference answer's words (round 128: each
# was stored as the last short answer's last line, exit 0); never a count (判断1次为准, 单选2项为错误选项)
_TYPED_QUESTION_CHANGED = re.compile(
    rf"{_CORRECTION_LEAD}(?:(?:单项选择|多项选择|单选|多选|选择|判断|填空|简答|论述)题?\s*(?:"
    rf"(?:倒数)?第\s*{_RUN}\s*[小道]?题?|{_RUN}\s*[小道]?题)"
    r"[^。；;]{0,8}?(?:应|改|为|是|选|有误|错|更正|[:：]\s*[A-HＡ-Ｈ√×])|"
    # (单选3应为B, 单选第3题A: a bare number's change says its letter or mark; 选择2家银行为…, 判断2人是否为… are an
    # answer's words: round 138)
    rf"(?:单项选择|多项选择|单选|多选|选择|判断|填空|简答|论述)题?\s*(?:第\s*)?{_RUN}"
    r"(?![\d.．%％万元日月年个道分项次处点种条款方者起家人名位户件类批])\s*[^。；;]{0,4}?"
    r"(?:应|改|为|是|选)?\s*[A-HＡ-Ｈ√×](?=\s*(?:$|[。；;，,）)])))")
# (Note: Q9 should be D.: round 140)
_ENGLISH_CHANGED = re.compile(r"(?i)^\s*(?:(?:note|ps|nb|n\.b\.)\s*[:：]\s*)?(?:q|question|no\.)\s*\d{1,4}\s*"
                              r"(?:should\s+be|answer\s+is|is|=|:)\s*[A-H√×](?=\s*(?:$|[.。;；,，)）]))")
# a question by its number, a colon, a letter or mark (第3题：A（原答案B有误）: round 138); 第1题：A公司… is an answer's
_NUMBERED_LETTER = re.compile(rf"{_CORRECTION_LEAD}(?:第\s*{_RUN}\s*[小道]?题|题\s*\d{{1,3}})\s*[:：]\s*[A-HＡ-Ｈ√×]"
                              r"(?=\s*(?:$|[。；;，,（(）)]))")
_ANSWER_CHANGED = re.compile(
    rf"{_CORRECTION_LEAD}(?:第\s*{_RUN}\s*题中\s*)?第\s*{_RUN}\s*道?题\s*[，,]?\s*的?(?:参考|正确|标准)?答案\s*"
    r"(?:[A-HＡ-Ｈ√×]\s*|中的?[^。；;]{0,16}?)?(?:均|都)?\s*"   # (原第3题答案A有误; 第27题答案中的“15日”应为…)
    r"(?:应为|应是|应当是|应该是|应改为|改为|更正为|为|是|有误|错|不对|系|订正为|修改为|调整为|变更为|换成|改成|确定为|"
    r"由\s*[A-HＡ-Ｈ√×]{0,8}\s*改为|改\s*[A-HＡ-Ｈ√×]|[:：]\s*[A-HＡ-Ｈ√×✓✗对错])")   # (round 138's wordings)


_RIGHT_ANSWER_NAMED = re.compile(rf"{_CORRECTION_LEAD}(?:正确|标准)答案\s*[:：]\s*(?:[单多]选题?|判断题?|填空题?|简答题?)?\s*第?\s*{_RUN}\s*题")


# a line opening as a remark on the whole key does (注：以上答案仅供参考，…, 每题2分，…, 评分说明：…, 如有疑问…): no reference
# answer's point; one naming a question or changing an answer there is a correction (round 132: 注：以上答案仅供参考，
# 第3题答案应为B。 was stored as the last short answer's line, question 3 kept, exit 0)
_REMARK_OPENING = re.compile(
    r"^\s*[（(【\[]?\s*(?:(?:评分|阅卷)(?:说明|标准|细则|要求)\s*[:：]|(?:(?:注\s*\d?|说明|备注)\s*[:：])?\s*"
    r"(?:单选题|多选题|判断题|填空题|简答题|论述题|主观题|客观题|案例分析题)?"   # (注：简答题答出要点即可，…)
    r"(?:(?:以上|本卷|本试卷|本)?(?:所有)?(?:答案|参考答案)?(?:仅供参考|供参考)|每(?:小)?题\s*\d|每空\s*\d|每个?(?:要)?点\s*\d|"
    r"如有(?:疑问|异议)|"
    r"以教材|酌情|评分时|阅卷时|满分\s*\d|答出要点|言之成理))")
_CHANGING = re.compile(r"应为|应是|应选|改为|更正|有误|[A-HＡ-Ｈ√×]\s*(?:亦可|也可|均可)|(?:亦|也|均)给分|以\s*[A-HＡ-Ｈ√×]+\s*为准")
# a line opening with a label (注：, 说明：…): naming a question and changing its answer it is a correction, whatever
# words stand between (注：第2题答案仅供参考，以D为准。: round 139, stored as the last short answer's line)
_LABEL_OPENING = re.compile(rf"^\s*[（(【\[]?\s*{_LABELS}\s*[:：]")
# (its answer changed in words about the answer: 注：第3题所述的前置情形除外，本题应为一般情形 is a point's, round 138)
_ANSWER_CHANGING = re.compile(r"改为|更正|有误|应选|(?:答案|选项)\s*(?:应为|应是|是|为)\s*[A-HＡ-Ｈ√×]|以\s*[A-HＡ-Ｈ√×]+\s*为准|"
                              r"(?:也|亦)可(?:填|选|答)|顺序(?:不限|可以?(?:调换|颠倒))|"
                              r"[A-HＡ-Ｈ√×]\s*(?:亦可|也可|均可)")


# a choice's letter said to be another (其中B应为C, 选A改为选B, A→B): of a choice question, whichever it is
_LETTER_CHANGED = re.compile(r"(?<![A-Za-z])[A-HＡ-Ｈ]\s*(?:应为|应是|改为|更正为|→|->)\s*选?\s*[A-HＡ-Ｈ](?![A-Za-z])")


def is_correction(text: str) -> bool:
    """A line of a text key (or a key cell's paragraph) in a correction's shape, or changing a question it names
    (``_CORRECTION``, ``_TYPED_QUESTION_CHANGED``, ``_ANSWER_CHANGED``, ``_RIGHT_ANSWER_NAMED``, ``_THIS_CHANGED``,
    ``_NUMBER_CHANGED``, a remark's opening naming a question or changing words): never a line of the short answer
    above it, nor a question after the key."""
    text = " ".join(text.split())   # (a run of spaces one: the patterns' optional parts each allow spaces, and a
    # hostile line of thousands between two words made them cubic)
    return bool(_CORRECTION.match(text) or _TYPED_QUESTION_CHANGED.match(text) or _ANSWER_CHANGED.match(text) or
                _RIGHT_ANSWER_NAMED.match(text) or _THIS_CHANGED.match(text) or _NUMBER_CHANGED.match(text) or
                _NUMBERED_LETTER.match(text) or _ENGLISH_CHANGED.match(text) or
                _LABEL_OPENING.match(text) is not None and _ANSWER_CHANGING.search(text) is not None and
                bool(questions_named(text)) or
                _REMARK_OPENING.match(text) is not None and (bool(questions_named(text)) or _CHANGING.search(text) is not None))


# where a correction may stand inside an entry's words: at its start, or after a sentence's end or a bracket, a
# label then (…复议。（注：第3题应选D。）, 主要有以下几点：注：第3题应选D。: round 133, stored in the answer)
_INSIDE_LABEL = re.compile(rf"(?:(?<=[。；;！!？?）)\s:：])[（(【\[]?|[（(【\[])\s?"
                           rf"(?=注|附注|说明|备注|更正|勘误|另|(?i:ps)|本题|此题|原答案|前面|上面|第\s*[\d{NUMERAL}]{{1,3}}\s*题)|"
                           rf"(?<=[，,])\s?(?=第\s*[\d{NUMERAL}]{{1,3}}\s*题)")   # (每点2分，第2题改为D。: round 139)
# (（2）公正公开。第1题应选D。, …；（第1题答案应为D）, 1982（注：原答案应为1982年）: round 135)


def correction_in(text: str) -> str | None:
    """The correction ``text`` (an entry's answer or explanation, a key cell's paragraph) opens with or holds
    after a sentence's end (``is_correction`` from there), or None."""
    starts = [0, *(m.start() for _, m in zip(range(20), _INSIDE_LABEL.finditer(text)))]   # (bounded: a hostile
    # line of thousands of 。注 is read at once)
    return next((text[at:].strip() for at in starts if is_correction(text[at:at + 400])), None)


# a choice's letters or a mark, then words (B 注：…, ×。本题应为√。): the words the answer's reason, perhaps a correction
_LETTERS_THEN_WORDS = re.compile(r"\s*([A-HＡ-Ｈ]{1,8}|[√×✓✗对错]|正确|错误)(?:\s*[。.，,；;]\s*|\s+)(\S[\s\S]*)")
# 上题 / 前一题, 下一题 / 后一题 in a correction inside an entry: the entry above it or below it
_NEAR_QUESTION = re.compile(r"(上一?题|前一题)|(?:下一?题|后一题)")
# a fill-in's key entry saying its blank's answer is another (六十　此空应填九十。, 六十（应为九十）, 六十　答案改为九十。):
# a blank's answer is a term, never such words (round 136: stored as the blank's answer, exit 0)
_FILL_CHANGED = re.compile(r"(?:此|本|该)空|应填|应为|应是|改为|改成|更正为|亦可|也可|均可|顺序不限|不分先后|顺序可颠倒")
# a fill-in's explanation changing one of its blanks (第3空应为“没收违法所得”: round 137, stored as the explanation)
_BLANK_CHANGED = re.compile(rf"(?:第\s*[\d{NUMERAL}]{{1,2}}\s*空|此空|本空|该空)\s*(?:的?答案)?\s*(?:应为|应填|应是|改为|更正为)")


# the section a correction names by its type (单选题第3题, 判断题第2题): its numbers count there (round 124: the
# last table's part had been searched, refusing short answer 3 for 单选题第3题)
_SECTION_NAMED = re.compile(r"(单项选择|多项选择|单选|多选|判断|填空|简答|论述)题?")


def questions_named(text: str) -> list[tuple[str, int]]:
    """The questions a line of the key names (a correction, a remark): (the type it names them under, "" for
    none; the number, or minus its place from the end: -2 for 倒数第二题, -1 for 最后一题). A run takes the type
    named last before it on the line (更正：单选题第3题应为B，多选题第2题应为ACD: 单选 3, 多选 2; round 127: only the
    first type counted, 多选 2 stored uncorrected); ranges and lists are every number in them (round 127: 第3-5题,
    第3、4题, 8、9、10题 had named only their ends, the middle stored uncorrected under --accept-valid)."""
    numbered = _NUMBER_CHANGED.match(text)   # (注：3. 应为D: question 3, round 133)
    named: list[tuple[str, int]] = [("", int(numbered.group(1)))] if numbered is not None else []
    for run in _NAMED_RUN.finditer(text):
        kinds = _kinds_before(text[:run.start()])
        if run.group("last") is not None:   # 最后一题, 最后两题
            last = run.group("last")
            named += [(kind, -k) for kind in kinds for k in range(
                1, (2 if last == "两" else int(last) if last.isdigit() else chinese_number(last) if last else 1) + 1)]
            continue
        numbers = run.group("run") or run.group("bare") or run.group("typed") or run.group("english") or \
            run.group("after")
        values = [int(n) if n.isdigit() else chinese_number(n) for n in re.findall(_NUMBER, numbers)]
        joins = [bool(_RANGE_JOIN.search(j)) for j in re.split(_NUMBER, numbers)[1:-1]]
        found = {values[0]}
        for k, ranged in enumerate(joins):
            low, high = values[k], values[k + 1]
            found |= set(range(low, high + 1)) if ranged and 0 < high - low <= 200 else {high}
        named += [(kind, -n if run.group("back") else n) for kind in kinds for n in sorted(found - {0})]
    return named


_PART_NAMED = re.compile(rf"第\s*([{NUMERAL}\d]{{1,3}})\s*(?:部分|大题)")


def _kinds_before(before: str) -> list[str]:
    """The types a run of numbers is counted in, from the words ``before`` it on the line: the type named last,
    carried on to the clauses after it (简答题答出要点即可，第一题不要求… names short answer 1, outside round 131),
    with the types listed with it (判断题、单选题第3题: both), or a part named after it by its number (第二部分第3题:
    "#2"); [""] for none (round 133: 判断题 had been left out, 第二部分 read as no part)."""
    types = list(_SECTION_NAMED.finditer(before))
    part = None
    for part in _PART_NAMED.finditer(before):
        pass
    if part is not None and (not types or part.start() > types[-1].start()):
        number = part.group(1)
        return [f"#{int(number) if number.isdigit() else chinese_number(number)}"]
    if not types:
        return [""]
    kinds = [types[-1].group(1)]
    for earlier, later in zip(reversed(types[:-1]), reversed(types[1:])):
        if not re.fullmatch(r"\s*[、和及与,，]\s*", before[earlier.end():later.start()]):
            break
        kinds.append(earlier.group(1))
    return kinds


def _entry_numbers(text: str) -> set[int]:
    """Below a key table, numbers written as an entry's (2. / 3、 / 第二小题): a line there is no entry's own words
    (答案更正：2. 要点五), its numbers the questions of the key's last part."""
    return ({int(n) for n in re.findall(r"(?<![\d.])(\d{1,4})\s*[.、．](?!\d)", text)} |
            {chinese_number(n) for n in re.findall(rf"第\s*([{NUMERAL}]{{1,3}})\s*小题", text)}) - {0}


_RANGE_NAMED = re.compile(r"^(?:第?\s*\d{1,3}\s*题?\s*[-－～~至到]\s*第?\s*\d{1,3}\s*题|第\s*\d{1,3}\s*题)")


_SCORED_NAMED = re.compile(r"(?:(?:只要)?答出(?:要点|主要意思|大意)即可|意思(?:相近|正确|对)即可|言之成理即可|酌情)"
                           r"(?:给分|得分|评分)?|为(?:单选|多选|判断|填空|简答|论述|案例分析)题|每题\d{1,2}分|满分\d{1,3}分")


def _only_key_remarks(text: str) -> bool:
    """``text`` (a line below a key table) is remarks on the whole key only, each phrase one of
    ``_KEY_REMARK_PHRASE`` (注：以上答案仅供参考。评分时酌情给分。, 三、评分说明), naming no question and correcting
    nothing."""
    titled = re.sub(rf"^\s*[{NUMERAL}]+\s*[、.．]", "", text, count=1)
    body = _KEY_REMARK_LABEL.sub("", titled, count=1).strip() or titled.strip().rstrip(":：")   # (评分说明 alone: the
    # remark's title, 评分标准： too)
    phrases = [p for p in re.split(r"[，,。；;、\s（）()【】\[\]！!]+", body) if p]
    return bool(phrases) and all(_POINTS_REMARK_PHRASE.fullmatch(p) or _KEY_REMARK_PHRASE.fullmatch(p) and
                                 not _NAMED_RUN.search(p) or
                                 # (第26题至第30题答出要点即可, 第28-30题为简答题: the questions it is about, then how
                                 # they are marked: round 139 refused the last part; 第3题以教材为准 may correct 3)
                                 _SCORED_NAMED.fullmatch(_RANGE_NAMED.sub("", p, count=1)) is not None and
                                 _RANGE_NAMED.match(p) is not None for p in phrases)


# 1. 答：… / 答案：… / 【参考答案】… / 答案要点：…: the label of an entry's answer, not its words (答案：宪法 had been
# stored with its label, in a key table's cell and on a key's line)
REFERENCE_LABEL = re.compile(r"^\s*(?:[【\[〔]\s*(?:参考)?答案(?:要点)?\s*[】\]〕]\s*[:：]?|(?:参考)?答案(?:要点)?\s*[:：]|答\s*[:：])\s*")


def _with_reasons(text: str, found: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """The entries ``found`` of a key line ``text`` (1.A。… 2.A。…, 1.A 宪法是… 2.B …), each answer with the words
    after it up to the next entry (its reason, split off as its explanation where the question is built); the
    entries as they were when no entry has such words; None when where a reason ends cannot be told: words glued
    to an answer (1.A宪法), or an entry standing inside a reason (…选项2.B错误。, …其中 2.B 是错的。: the next entry
    must follow a reason's sentence end)."""
    marks = list(KEY_ENTRY.finditer(text))
    if len(marks) != len(found):
        return found
    raw = [text[m.end():nxt.start() if nxt is not None else len(text)] for m, nxt in zip(marks, [*marks[1:], None])]
    tails = ["" if LEFT_MARKS.fullmatch(tail) else tail.strip() for tail in raw]   # (（1）A（2）A: marks only)
    if not any(tails):
        return found
    if any(not re.match(r"[\s。；;，,！!？?）)]", text[m.start() - 1]) for m in marks[1:]):
        return None   # (round 99: the reason was cut there, exit 0)
    for k, tail in enumerate(tails):
        if tail and (not re.match(r"[\s。；;，,]", raw[k]) or
                     (k + 1 < len(marks) and not re.search(r"[。！？!?；;）)]$", tail))):
            return None   # (round 102: reasons after a space on a labelled key line were dropped unsaid)
    return [(n, f"{given}{' ' if raw[k][:1].isspace() else ''}{tail}" if tail else given)
            for k, ((n, given), tail) in enumerate(zip(found, tails))]


class AnswerKey:
    """The answers a paper's answer key gives, read part by part (``read``) while the paper is read: its
    questions so far are ``drafts`` (in file order), ``draft_at`` (section, number) -> question,
    ``drafts_numbered`` number -> the questions of that number in any section, ``section_types`` section -> its
    type; problems go to ``report`` (``file``; ``unit``: line or paragraph). A key's section is its label's (二、,
    判断题), 1 for a key that names none.

    ``answers``: (section, number) -> the answer given; ``entries``: every entry as (line, answer, whether the key
    named no section), two for one question being a problem; ``grouped``: (section, number) given one letter from
    letters written together (1-4：ABCD); ``loose``, ``loose_explained``, ``loose_runs``: a key naming no section,
    by number, and its runs of rising numbers ([line, number, answer]); ``explained``: an entry's explanation (1. A
    【解析】…); ``omitted_sections``: sections whose key says 略; ``last_entry``: the entry read last (a line below may
    go on with it); ``run_on_lines``: entries numbered past the paper (runs_on_past_the_paper)."""

    def __init__(self, drafts: list[Draft], draft_at: dict[tuple[int, int], Draft],
                 drafts_numbered: dict[int, list[Draft]], section_types: dict[int, QuestionType],
                 report: ImportReport, file: str, unit: str):
        self.drafts, self.draft_at, self.drafts_numbered = drafts, draft_at, drafts_numbered
        self.section_types, self.report, self.file, self.unit = section_types, report, file, unit
        self.answers: dict[tuple[int, int], str] = {}
        self.entries: dict[tuple[int, int], list[tuple[int, str, bool]]] = {}
        # an entry read right below another question's points that it breaks off (4、 below 1、 2、): the line, the
        # question whose points stop there and the point it lacks; if the entry's question is answered again,
        # that question is refused too (its point may be lost)
        self.broke_off: dict[tuple[int, int], tuple[int, str, tuple[int, int], int]] = {}
        self.doubted: list[tuple[int, tuple[int, ...]]] = []   # (key section, numbers) of entries refused as doubts
        self.grouped: set[tuple[int, int]] = set()
        self.loose: dict[int, str] = {}
        self.explained: dict[tuple[int, int], str] = {}
        self.loose_explained: dict[int, str] = {}
        self.loose_runs: list[list[list]] = []
        self.omitted_sections: set[int] = set()
        self.last_entry: list[tuple[int, int]] = []
        self._last_loose = False   # that entry is of a key naming no section (kept in ``loose`` too)
        self._from_table = False   # that entry is a Word key table's row: its cell was its whole answer
        self._table_entries: set[tuple[int, int]] = set()   # every entry read from a key table (its rows)
        self.line_entries: list[tuple[int, int]] = []   # every entry of the key line read last (1.A 2.B 二、1.对)
        self._entries_line = -1   # that line
        self._entry_lines: list[tuple[int, tuple[int, int]]] | None = None   # every entry's (line, key), sorted
        self.after_on_line: dict[tuple[int, tuple[int, int]], tuple[int, int]] = {}   # (line, entry) -> the entry
        # read just before it on that line
        self._entry_mark = ""   # the mark after the number of the key line read last (1、 1. 1）)
        self.run_on_lines: set[int] = set()
        self._paper_shape: list[int] = [-1, 0, 0]   # how many questions, their highest number, sections from 1

    def awaited(self, section: int, text: str) -> bool:
        """``text`` starts with the number of a question of ``section`` (0: any) still waiting for its answer:
        a key entry, however long (a short answer's reference answer), not a question."""
        numbered = NUMBERED.match(text)
        if numbered is None:
            return False
        n = int(numbered.group(1) or numbered.group(2))
        if section:
            found = [self.draft_at[(section, n)]] if (section, n) in self.draft_at else []
        else:
            found = self.drafts_numbered.get(n, [])
        return any(d.answer is None and not d.broken for d in found)

    def labelled_section(self, part: KeyPart) -> int:
        """The section a key's label names: its numeral's, or the one section of its type; 0 when neither."""
        typed = [n for n, t in self.section_types.items() if t == part.qtype]
        return part.section or (typed[0] if len(typed) == 1 else 0)

    def read_bare_run(self, run: str, line: int, section: int) -> None:
        """一、ABCDA: the answers of section ``section``'s questions in their order, taken only when there are
        as many as the section has questions (otherwise which answer is whose cannot be told)."""
        groups = re.split(r"[\s,，、;；]+", run)
        answers = groups if len(groups) > 1 else list(run)
        if len(groups) > 1 and self.section_types.get(section) in (QuestionType.SINGLE, QuestionType.TRUE_FALSE) and \
                re.fullmatch(r"\s*[A-HＡ-Ｈa-h√×✓✔✗✘✕✖╳XxＸ]+(?:\s+[A-HＡ-Ｈa-h√×✓✔✗✘✕✖╳XxＸ]+)*\s*", run):
            answers = list(re.sub(r"\s", "", run))   # ABCDA BCDAB CD: one letter a question, in blocks of five
        numbers = sorted(n for (s, n) in self.draft_at if s == section)
        if len(groups) == 1 and self.section_types.get(section) is QuestionType.MULTIPLE:
            self.report.problems.append(RowProblem(self.file, line, None, Words(
                "answer key: {run!r} gives a multiple-choice section's answers without question numbers: which "
                "letters are whose cannot be told; number them (1.AB 2.ACD …)", run=run[:30]), unit=self.unit))
            return
        if not section:
            self.report.problems.append(RowProblem(self.file, line, None, Words(
                "answer key: {run!r} gives answers without question numbers or the section they belong to: "
                "number them (一、1.A 2.B …)", run=run[:30]), unit=self.unit))
            return
        if len(answers) != len(numbers):
            self.report.problems.append(RowProblem(self.file, line, None, Words(
                "answer key: {run!r} gives {given} answer(s) without question numbers, and section {section} has "
                "{count} question(s): number them (1.A 2.B …)", run=run[:30], given=len(answers), section=section,
                count=len(numbers)), unit=self.unit))
            return
        for n, given in zip(numbers, answers):
            self.entries.setdefault((section, n), []).append((line, given, False))
            self.answers[(section, n)] = given
            self._entered(line, (section, n))
        self.last_entry[:] = []

    def point_skipped(self, text: str, key_section: int) -> tuple[int, int, bool] | None:
        """(the point expected, the number written, whether the paper has a question of that number) when
        ``text`` is numbered as the last entry's reference answer counts its points (1、 2、, 1. 2., （1）（2）) but
        does not go on with them (it skips, repeats or restarts a number), and it cannot be an entry of the key
        either: the paper has no question of that number in the key's section (or the last entry's), or the
        points' marks are not the entries' (1、 under entries 1.). A lost or mistyped point, or an entry of no
        question: which cannot be told (read as an entry, it had cut the reference answer above it)."""
        left = self._points_left(text, key_section)
        if left is None:
            return None
        expected, n, has_question, entry_like = left
        return None if has_question and entry_like else (expected, n, has_question)

    def points_go_on(self, text: str, key_section: int) -> bool:
        """``text`` goes on with the last entry's reference answer in other marks than its points' (…；3、程序正当；
        then （4）高效便民；（5）…): its number is the next point's, and the key's section has no question of that
        number, so it cannot be an entry (read as entries 4 and 5, question 1 had been stored cut, round 107)."""
        below = self._point_below(text, key_section)
        if below is None:
            return False
        n, mark, runs = below
        return any(m != mark and _from_one(run) and n == len(run) + 1 for m, run in runs.items()) and \
            not self._has_question(n, key_section)

    def points_start_below(self, text: str, key_section: int) -> bool:
        """``text`` is the first point (（1）申请；, 1、申请；) below a short answer's entry whose line is a sentence of its
        own (8. 答：注：本题答出三点即可。, 8. 行政复议分为三个阶段。) in a key whose entries are numbered in other marks (1.):
        the answer's points, not question 1's entry, once no question 1 the key may mean waits for its entry
        (round 140: read as question 1 answered twice, the short answer left out under --accept-valid with a
        message asking for the points to be numbered as they already were)."""
        start = re.match(r"\s*(?:[（(]\s*1\s*[)）]|1\s*([、.．)）])(?!\d))\s*[\u4e00-\u9fff]", text)
        if start is None or not self.last_entry or self._entry_mark not in ("、", ".", "．", ":", "：") or \
                (start.group(1) or "（").replace("．", ".") == self._entry_mark.replace("．", ".") or \
                re.search(r"[（(]\s*1\s*[)）]" if not start.group(1) else
                          rf"(?:^|[\s；;。，,：:])1\s*{re.escape(start.group(1))}(?!\d)",
                          self.answers.get(self.last_entry[-1], "")):
            return False   # (numbered as the entries are, or a second run of points: not the first point)
        if entries_only(text):
            return False   # (（1）正确（2）错误, 1、对: a true/false part's entries, never a point; （1）正确，该局… is)
        if key_section:
            return (key_section, 1) in self.answers or not self._has_question(1, key_section)
        return len(self.entries.get((1, 1), [])) >= len(self.drafts_numbered.get(1, []))

    def _points_left(self, text: str, key_section: int) -> tuple[int, int, bool, bool] | None:
        """(the point expected, the number written, whether the paper has a question of that number in the
        section, whether the line may be its entry: written in the entries' marks) when ``text`` is numbered as
        the last entry's reference answer counts its points from 1 but does not go on with them; None
        otherwise."""
        below = self._point_below(text, key_section)
        if below is None:
            return None
        n, mark, runs = below
        counted = runs[mark]
        if not _from_one(counted) or n == len(counted) + 1:
            return None   # (a list of points from 1, one by one: not 第（2）项 inside the answer's words)
        entries_so = mark == self._entry_mark or (mark == "（" and self._entry_mark in ("", "）", ")"))
        # (4. below points 1、 2、 under entries 1. 2.: another mark than the entries', a doubt where the paper has a
        # question 4 too (read as its entry, it had cut question 1 and answered question 4 with the point, exit 0,
        # round 106); 4、 in the entries' own marks is read as the entry it may be, and checked once the key is read)
        return len(counted) + 1, n, self._has_question(n, key_section), entries_so

    def _point_below(self, text: str, key_section: int) -> tuple[int, str, dict[str, list[int]]] | None:
        """(the number ``text`` starts with, its mark (（ for brackets), the last entry's reference answer's
        points counted in each mark: at a line's start, or after its colon or a point's end) when ``text`` stands
        below a short answer's entry of this part of the key numbered as a point may be; None otherwise (no entry
        above, another section's part: 二、（1）…, an entry: 5. 答：…, no number)."""
        if not self.last_entry or (key_section and key_section != self.last_entry[-1][0]) or ANSWER_ENTRY.match(text):
            return None
        start = _POINT_START.match(text)
        if start is None or not any(is_short(d) for d in self.last_asked()):
            return None
        answer = self.answers.get(self.last_entry[-1], "")
        runs = {"（": [int(k) for k in re.findall(r"[（(]\s*(\d{1,2})\s*[)）]", answer)]}
        for mark in ("、", ".", "．", "）", ")"):
            runs[mark] = [int(k) for k in re.findall(rf"(?:^|[\s；;。，,：:])(\d{{1,2}})\s*{re.escape(mark)}(?!\d)",
                                                     answer)]
        return int(start.group(1) or start.group(3)), start.group(2) or "（", runs

    def go_on(self, text: str) -> None:
        """The last entry's answer goes on with the line ``text`` (a point, a cell's next paragraph), as written."""
        self.answers[self.last_entry[-1]] = f"{self.answers[self.last_entry[-1]]}\n{text.strip()}"
        if self._last_loose and self.last_entry[-1][1] in self.loose:
            # (by the entry's key, not the line's: 三、法治原则 going on with a key naming no section, read as
            # section 3's label, had been kept out of the answer stored, unsaid)
            self.loose[self.last_entry[-1][1]] = self.answers[self.last_entry[-1]]
            self.loose_runs[-1][-1][2] = self.answers[self.last_entry[-1]]

    def last_asked(self) -> list[Draft]:
        """The question(s) the last entry answers: its section's, or, in a key naming no section, any of its
        number."""
        last = self.last_entry[-1]
        return [self.draft_at[last]] if last in self.draft_at else self.drafts_numbered.get(last[1], [])

    def _has_question(self, n: int, key_section: int) -> bool:
        """The paper has a question ``n`` in the key's section (in any, for a key naming no section: it is numbered
        through the paper, or per section)."""
        return any(not key_section or d.section == key_section for d in self.drafts_numbered.get(n, []))

    def read(self, text: str, line: int, key_section: int) -> None:
        """The answers of one part of an answer key (1.A 2.B, 1-5：ABCDA, 3. 依法治国) into ``key``; a line of
        no entry below a short answer's entry goes on with it (its reference answer's points)."""
        if not text.lstrip()[:1].isdigit() and answer_omitted(text):
            # 七、略: the section's reference answers left out (never the last entry's words)
            self.omitted_sections.add(key_section)
            return
        if _POINTS_REMARK.fullmatch(text):
            return   # 一、单项选择题：（每题2分） as a key's label: its points, as in the paper's heading (round 106)
        if re.fullmatch(r"\s*[【\[〔]?(?:参考)?答案[】\]〕]?\s*[:：]?\s*", text):
            return   # 三、论述题参考答案: the label's own words (round 111: refused as a line of no entry)
        if self.last_entry and text.strip() and not self._from_table and \
                not (key_section and (self._last_loose or key_section != self.last_entry[-1][0])) \
                and (next_point(self.answers.get(self.last_entry[-1], ""), text) or
                     self.points_go_on(text, key_section) or self.points_start_below(text, key_section) or (
                not NUMBERED.match(text) and not KEY_ENTRY.search(text) and not KEY_RANGE.search(text) and
                not EXPLAIN.match(text))) and any(is_short(d) for d in self.last_asked()) and not is_correction(text) \
                and not entries_only(text):
            # (解析： below a short answer's entry is its explanation: it had gone into the reference answer, round 98)
            bare = re.match(r"\s*(\d{1,4})[ \t\u3000]+(?=\S)", text)
            if bare is not None and int(bare.group(1)) == self.last_entry[-1][1] + 1 and \
                    self.awaited(key_section, f"{bare.group(1)}. {text[bare.end():]}"):
                # 1. 个人2 000元以下 / 2 个月内作出。 where question 2 waits: a line of question 1's answer, or question
                # 2's entry without its mark? (round 119: stored in question 1's answer, question 2 refused alone)
                self.report.problems.append(RowProblem(self.file, line, None, Words(
                    "{text!r} in the answer key: a line of question {m}'s reference answer, or question {n}'s entry "
                    "without its mark? Write the entry as {n}. …", text=text.strip()[:30], m=self.last_entry[-1][1],
                    n=int(bare.group(1))), unit=self.unit))
                self.doubted.append((key_section, (self.last_entry[-1][1], int(bare.group(1)))))
            plain = re.match(r"\s*(\d{1,5})\s*([、.．)）])", text)
            if plain is not None and plain.group(2) == self._entry_mark and \
                    int(plain.group(1)) == self.last_entry[-1][1] + 1 and self.awaited(key_section, text):
                # 2、依法行政要求： / 1、合法行政 / 2、合理行政 / 3、法治政府特征：…: point 3, or the entry of question 3,
                # written alike? (round 99: taken as a point, question 2 was stored with question 3's answer)
                self.report.problems.append(RowProblem(self.file, line, None, Words(
                    "{text!r} in the answer key: point {n} of question {m}'s reference answer, or the key's entry for "
                    "question {n}? They are numbered alike: number the points （1）（2） …",
                    text=text.strip()[:30], n=int(plain.group(1)), m=self.last_entry[-1][1]), unit=self.unit))
                # both refused once the key is read, read on as a point meanwhile (refused now, question n would no
                # longer be awaited: its entry n. 答：… below ended the key, and the key's lines below were refused
                # as questions numbered twice)
                self.doubted.append((key_section, (self.last_entry[-1][1], int(plain.group(1)))))
            if not next_point(self.answers.get(self.last_entry[-1], ""), text) and self.points_go_on(text, key_section):
                self.report.notes.append(RowProblem(self.file, line, None, Words(
                    "{text!r} in the answer key read as the next points of question {m}'s reference answer, numbered "
                    "otherwise (its section has no question of that number)", text=text.strip()[:30],
                    m=self.last_entry[-1][1]), unit=self.unit))
            if (inside := correction_in(text)) is not None:   # (（2）公正公开。更正：第1题应选D。: round 134, stored
                # in the answer, question 1 kept)
                last = self.last_entry[-1]
                self._refuse_correction_in_entry(inside, line, last[1], last[0] if key_section else 0, own=True)
            self.go_on(text)
            return
        if (skipped := self.point_skipped(text, key_section)) is not None:
            # 1.答：…包括： / 1、合法行政； / 2、合理行政； / 4、程序正当。 where the paper has no question 4: point 3
            # lost, or an entry of a question the paper has not? (read as entry 4, question 1 was stored without
            # the point under --accept-valid, and the messages spoke of question 4)
            expected, written_as, on_paper = skipped
            asked = self.last_entry[-1]
            self.report.problems.append(RowProblem(self.file, line, None, Words(
                "{text!r} in the answer key, below point {k} of question {m}'s reference answer and numbered as its "
                "points are: is it point {p}, mistyped, or the entry of question {n}? Number the points in order, "
                "and the entries otherwise (1. 2. …)", text=text.strip()[:30], k=expected - 1, m=asked[1], p=expected,
                n=written_as) if on_paper else Words(
                "{text!r} in the answer key, below point {k} of question {m}'s reference answer: is its point {p} "
                "missing, or is this the entry of a question {n} its section does not have? Number the points in order, "
                "or correct the entry's number", text=text.strip()[:30], k=expected - 1, m=asked[1], p=expected,
                n=written_as), unit=self.unit))
            for d in self.drafts_numbered.get(asked[1], []):
                if self._last_loose or d.section == asked[0]:   # (a key naming no section: its entries are kept
                    d.broken = True   # as section 1's; question 8 of section 四 had been stored cut, round 108)
            return
        if (left := self._points_left(text, key_section)) is not None:   # read as the entry it may be, remembered
            self.broke_off[(max(key_section, 1), left[1])] = (line, text.strip()[:30], self.last_entry[-1], left[0])
        if BARE_RUN.fullmatch(text) and len(re.sub(r"[\s,，、;；。.]", "", text)) > 1:
            waiting_sections = sorted({d.section for d in self.drafts if d.answer is None})
            self.read_bare_run(text.strip().rstrip("。."), line, key_section or (
                waiting_sections[0] if len(waiting_sections) == 1 else 0))
            return
        text, wrong, grouped = key_ranges(text)
        self.grouped.update((key_section, n) for n in grouped)
        for bad_range in wrong:
            self.report.problems.append(RowProblem(self.file, line, None, Words(
                "answer key: {range}; give one to each, or write them one by one (1.A 2.B 3.C)", range=bad_range),
                unit=self.unit))
        starts = [m.start(1) for m in ENTRY_EXPLAINED.finditer(text)] if "解析" in text else []
        if len(starts) > 1:   # 1.A解析：宪法是根本法。2.A解析：见第2条。: each entry with its explanation
            for a, b in zip(starts, [*starts[1:], len(text)]):
                self.read(text[a:b], line, key_section)
            return
        explained = entry_and_explanation(text)
        explanation = ""
        if explained is not None and not explained[0] and len(self.last_entry) == 1 and \
                self.line_entries == self.last_entry and self.last_entry[0] not in self.explained:
            # (only below a line of one entry: below 一、1.A 2.B 二、1.对 2.错 it had gone to 二、2 whoever it was about,
            # an outside round)
            # 1. A / 【解析】宪法是根本法。 (or on one line, cut apart before): the entry above's explanation, up to
            # the next entry with its own (… 2. A 【解析】…: that entry's, read as such)
            after = next((m.start(1) for m in ENTRY_EXPLAINED.finditer(explained[1])), None)
            own = explained[1][:after].strip() if after is not None else explained[1]
            about = re.match(r"\s*(?:第\s*)?(\d{1,5})\s*(?:题|[.、．:：](?!\d))", own)
            if not ENTRY_AFTER.search(own) and (about is None or int(about.group(1)) == self.last_entry[0][1]):
                # (… 2.B 3.A after it: refused below, never swallowed; nor 解析：1.… below entry 3, whose it is
                # cannot be told: it had gone to question 3, round 98)
                # (2. B / 解析：原答案有误，应为D。: round 134, stored as the explanation, B kept)
                _, own = self._corrections_inside(self.last_entry[0][1], self.answers.get(self.last_entry[0], ""), own,
                                                  line, self.last_entry[0][0] if key_section else 0, answer_read=True)
                self.explained[self.last_entry[0]] = own
                if self.last_entry[0][1] in self.loose and not key_section:
                    self.loose_explained[self.last_entry[0][1]] = own
                    if self.loose_runs and self.loose_runs[-1] and self.loose_runs[-1][-1][1] == self.last_entry[0][1]:
                        self.loose_runs[-1][-1][3] = own
                if after is not None:
                    self.read(explained[1][after:], line, key_section)
                return
        if explained is not None and KEY_ENTRY.fullmatch(explained[0]) and not ENTRY_AFTER.search(explained[1]):
            # 1. A 【解析】宪法是根本法。 (答案及解析 at the paper's end): one entry, then its question's explanation
            # (not 1.D 解析：… 2.B 3.A: entries go on after it, whose words end where cannot be told)
            text, explanation = explained
        elif EXPLAIN.search(text) or re.search(r"(?:^|\s|[。；;])(?:答案解析|试题解析|解析)\s*[:：】]|"
                                                r"【\s*(?:答案解析|试题解析|解析)\s*】", text):
            # (1-2 AB 【解析】…: whose it is cannot be told; its words were dropped unsaid)
            self.report.problems.append(RowProblem(self.file, line, None, Words(
                "an explanation (解析) inside the answer key is not read: put it under its question as a 解析： line"),
                unit=self.unit))
            named_here = {int(n) for n, _ in KEY_ENTRY.findall(key_ranges(text)[0])}
            entered = {n for _, n in self.line_entries} | named_here
            for d in (d for n in entered for d in self.drafts_numbered.get(n, [])):   # never stored without it; only
                # the questions of that line's entries, or of this part's section (round 98: section 二's were
                # refused for a 解析 line in section 一's key)
                if (d.section, d.number) in self.line_entries or (
                        d.number in named_here and (not key_section or d.section == key_section)):
                    d.broken = True
            return
        first = NUMBERED.match(text)
        entries = KEY_ENTRY.findall(text)
        points = ARABIC_KEY_LABEL.match(text.lstrip())   # (not read as a section's label above: see there)
        if points is not None and not KEY_ENTRY.match(text.lstrip()[points.end():].lstrip("（(").lstrip("1１").lstrip(
                ")）.． ")):   # 2、1．合法行政；2．合理行政。: question 2's answer in its points (it kept the first)
            found = [(int(points.group(1) or points.group(2)), text.lstrip()[points.end():].strip())]
        elif first and len(entries) == 1 and (lettered := KEY_ENTRY.match(text.lstrip())) is not None and \
                re.match(r"\s*[。；;，,]", text.lstrip()[lettered.end():]):
            # 1.A。罚款 2.5万元 以下。: a choice's answer and its reason, all of it (round 100: cut at " 2.5")
            found = [(int(lettered.group(1)), f"{lettered.group(2)}{text.lstrip()[lettered.end():].strip()}")]
        elif first and len(entries) <= 1:  # "3. 依法治国": the whole rest is the answer (a fill-in's too)
            found = written_entries(int(first.group(1) or first.group(2)), first.group(3))
            if (cut := points_then_entry(found[0][0], first.group(3))) is not None and \
                    not self._has_question(cut, key_section):
                found = [(found[0][0], first.group(3).strip())]   # (…3、程序正当。4.高效便民。 where the section has
                # no question 4: the answer's own words, whole, as before)
            elif cut is not None:
                self.report.problems.append(RowProblem(self.file, line, None, Words(
                    "{text!r} in the answer key: after the points numbered on question {m}'s line, {n}. starts "
                    "question {n}'s entry, or is it question {m}'s next point, numbered otherwise? Put question {n}'s "
                    "entry on a line of its own (or write it {n}.答：), and number the points alike",
                    text=text.strip()[:30], m=found[0][0], n=cut), unit=self.unit))
                # both refused once the key is read (refused now, they would no longer be awaited: the key's
                # lines below them would be read as questions)
                self.doubted.append((key_section, (found[0][0], cut)))
                self.last_entry[:] = []
                return
        else:
            found = [(int(n), given) for n, given in entries]
            rest = KEY_ENTRY.sub(" ", text)   # 1.√ 2.× 3.依法治国是…: the written ones after the letters
            written = re.search(r"(?:^|\s)(\d{1,5})\s*(?:、|[.．](?!\d))\s*(\S.*)$", rest)   # (not 2.5万元)
            if written and not LEFT_MARKS.fullmatch(written.group(2)):   # (1、（1）A（2）B: "（ （" is left, no answer)
                found += written_entries(int(written.group(1)), written.group(2))
            elif written is None:   # 1.A。宪法第2条… 2.A。全国人大…: each entry's reason after it, as on a line of
                reasoned = _with_reasons(text, found)   # its own (round 98: dropped unsaid on a line of several)
                if reasoned is None:
                    self.report.problems.append(RowProblem(self.file, line, None, Words(
                        "the reasons written after the answers on this line of the answer key cannot be told apart "
                        "(a question's number and letter inside one?): put each reason under its question as a "
                        "解析： line"), unit=self.unit))
                    for d in (d for n, _ in found for d in self.drafts_numbered.get(n, [])):
                        if not key_section or d.section == key_section:
                            d.broken = True
                    return
                found = reasoned
        if not found and text.strip() and not wrong:   # 更正：第1题答案应为B, 注：以上答案仅供参考: no entry
            self._no_entry(text, line, key_section)
            return
        lead = re.match(r"\s*([A-HＡ-Ｈa-h√×✓✗]{1,8})\s+(?=\d)", text) if entries and self.last_entry else None
        if lead is not None:
            # 一、1．ABC　2．AB / CD　3．ABCD: a PDF copy wrapped the key inside question 2's letters; CD had been
            # dropped unsaid and question 2 stored as AB (an outside round); the entry above is refused with it
            self.report.problems.append(RowProblem(self.file, line, None, Words(
                "{text!r} in the answer key starts with {lead} before its first number: the rest of the entry above "
                "(question {n}), wrapped by a copy? Join the lines", text=text.strip()[:30], lead=lead.group(1),
                n=self.last_entry[-1][1]), unit=self.unit))
            for d in (d for n in [self.last_entry[-1][1]] for d in self.drafts_numbered.get(n, [])):
                if (d.section, d.number) in self.last_entry or not key_section or d.section == key_section:
                    d.broken = True
        in_section = [d for d in self.drafts if d.section == key_section] if key_section and len(found) > 1 else []
        if len(in_section) == 1 and is_short(in_section[0]) and in_section[0].number == 1 and [n for n, _ in found] == \
                list(range(1, len(found) + 1)) and re.match(r"\s*[（(]\s*1\s*[)）]", text):
            # 二、（1）合法行政（2）合理行政 for a section of one short question: its answer's points, not questions
            # (question 1 was stored with the first point, the second named as a question not there)
            found = [(1, text.strip())]
        written = re.match(r"\s*\d{1,5}\s*([、.．)）:：])", text)
        for n, given in found:
            self._record(n, given, line, key_section, explanation, written.group(1) if written is not None else "")

    def _record(self, n: int, given: str, line: int, key_section: int, explanation: str, mark: str) -> None:
        """Entry ``n`` of the key, answered ``given`` (答： taken off) on ``line``, with its explanation; ``mark``:
        the mark after the line's number (1、 1. 1）), "" for none."""
        given = REFERENCE_LABEL.sub("", given, count=1)   # 1. 答：科学立法…: the answer, not its label
        given, explanation = self._corrections_inside(n, given, explanation, line, key_section)
        self._from_table = False
        self.entries.setdefault((max(key_section, 1), n), []).append((line, given, not key_section))
        self.answers[(max(key_section, 1), n)] = given
        self.last_entry[:] = [(max(key_section, 1), n)]
        self._last_loose = not key_section
        self._entered(line, (max(key_section, 1), n))
        self._entry_mark = mark
        if explanation:
            self.explained[(max(key_section, 1), n)] = explanation
        if not key_section:   # a key that names no section: numbered straight through, perhaps
            self.loose[n] = given
            if explanation:
                self.loose_explained[n] = explanation
            if not self.loose_runs or (self.loose_runs[-1] and n == 1):
                self.loose_runs.append([])   # 1.A 2.B … then 1.√ 2.×: the key of the next section, perhaps
            self.loose_runs[-1].append([line, n, given, explanation])

    def from_table(self) -> bool:
        """The key's last line read was a Word key table's (a line below it never goes on with its last entry)."""
        return self._from_table

    def refuse_correction(self, text: str, line: int, key_section: int) -> None:
        """A correction standing where a question after the key would (第3题答案有误，应为B。 below the key's last
        entry): refused with the questions it names, never read as a question (round 131: question 3 kept its
        uncorrected answer under --accept-valid)."""
        self._no_entry(text, line, key_section)

    def _no_entry(self, text: str, line: int, key_section: int) -> None:
        """A line of the key holding no entry: a remark on the whole key below a table (a note), or a correction
        or remark refused with the questions it may correct (their answers may be wrong as the key has them)."""
        # 更正：第1题答案应为B, 以上第1题为易错题。: no entry, and never dropped unsaid; the questions it names
        # are left out with it (their key may be corrected by it)
        if self._from_table and _only_key_remarks(text):
            # 注：以上答案仅供参考 below a key table: no cell's words (the last row's question had been refused with
            # it, as the explanation of a text key's last entry may be); never a correction (答案更正：2. 要点五,
            # 注：第二题应为…: refused as before, outside round 121)
            self.report.notes.append(RowProblem(self.file, line, None, Words(
                "{text!r} below the answer key's table names no question: read as a remark, not stored",
                text=text.strip()[:30]), unit=self.unit))
            return
        named: list[tuple[str | None, int]] = [*questions_named(text)]
        if self._from_table:   # below a key table: never the last row's words, whose explanation it cannot be;
            # the questions it names (答案更正：2. 要点五: of the key's last part), the last only by 最后 (round 122:
            # 注：填空题罚款数额一空… refused the last row's question, which it did not name)
            named += [(None, n) for n in sorted(_entry_numbers(text))]
        targets = [d for kind, n in named for d in self._drafts_named(kind, n, key_section)]
        in_words = self._from_table and not named and not _PART_TITLE.fullmatch(text) and \
            not re.match(r"\s*附(?:录|件)?\s*[:：一二三1-9]", text)   # (五、补充题 above a table of questions,
        # 附：法条原文 above an appendix: a heading, no correction)
        if in_words:   # a correction naming its question in words (注：复议期限应改为九十日): whichever of the
            # table's answers it corrects is left out with it (round 123: all were stored under --accept-valid,
            # the one it corrects as the table had it); of the part it names by type, if it does
            kinds = _SECTION_NAMED.findall(text)
            typed = self._sections_of(kinds[0]) if len(set(kinds)) == 1 else []
            last_section = typed[0] if len(typed) == 1 else self.last_entry[-1][0] if self.last_entry else 1
            targets = [d for s, n in sorted(self._table_entries) if s == last_section
                       for d in self._drafts_named(None, n, s)]
            if not typed and _LETTER_CHANGED.search(text):   # (以上答案仅供参考，其中B应为C。: a choice's answer, of
                # whichever part: round 132 found the last part refused, a short answer's, the choice kept)
                targets = [d for d in self.drafts if d.options and (d.section, d.number) in self.answers]
        elif not named and not self._from_table:   # none named: the entry above, whose explanation it may be
            # (in the key's part: 三、答：… below section 二's last entry is no line of that one's)
            targets = [d for _, n in self.last_entry for d in self._drafts_named(None, n, key_section)]
            if _LETTER_CHANGED.search(text):   # (…其中B应为C。 below a short answer's entry: a choice's, too)
                targets += [d for d in self.drafts if d.options and (d.section, d.number) in self.answers]
        corrected = sorted({d.number for d in targets}) if named and is_correction(text) else []
        restarted = bool(corrected) and not key_section and len({d.section for d in targets}) > 1 and \
            any((d.section, d.number) not in self.answers and d.answer is None for d in targets)
        # (第1题 √ after 第1题 A in a key naming no section, each section numbering from 1: a correction, or the next
        # section's entry? Round 143: the advice to delete the line would have left that section unanswered)
        self.report.problems.append(RowProblem(self.file, line, None, Words(
            "{text!r} in the answer key names question {numbers} again, and more than one section has a question "
            "{numbers}: a correction, or the next section's entry? Head each section's part of the key with its "
            "section (一、… 二、…)", text=text.strip()[:30], numbers=", ".join(map(str, corrected))) if restarted else Words(
            "{text!r} in the answer key reads as a correction of question {numbers}: write the right answer at "
            "that question's entry in the key, and delete the line", text=text.strip()[:30],
            numbers=", ".join(map(str, corrected))) if corrected else Words(
            "{text!r} in the answer key is no answer to a numbered question (1.A, 1-5：ABCDA): a correction or "
            "a remark? Write the key's entries as they should be; a remark belongs under its question in 解析",
            text=text.strip()[:30]), unit=self.unit))   # (round 135: a correction said as "a correction or a remark?")
        for d in targets:   # (a question named twice is said once: broken the first time)
            if not d.broken:
                self.report.problems.append(RowProblem(self.file, d.line, None, Words(
                    "question {n}: the line below the answer key's table (at {where}) may correct its answer (it "
                    "names no question by its number): write the right answer into the table's row", n=d.number,
                    where=place(self.unit, line)) if in_words else Words(
                    "question {n}: a line of the answer key that names it, or stands below its entry, is no "
                    "entry (at {where})", n=d.number,
                    where=place(self.unit, line)), unit=self.unit))
                d.broken = True

    def _sections_of(self, kind: str) -> list[int]:
        """The paper's sections of the type a key's line names (单选 → its single-choice sections)."""
        wanted = heading_type(f"{kind}题")
        return [s for s, t in self.section_types.items() if t is wanted]

    def _drafts_named(self, kind: str | None, n: int, key_section: int) -> list[Draft]:
        """The questions one number a key's line names may be: ``kind`` a type it names (简答题第二题: the second of
        that section where the paper numbers on through its sections, 6. 7. 8., round 126), "" none (every section's:
        which one it means cannot be told, round 126), None the key's part ``key_section`` (any, for 0); ``n`` below
        0 counts from the section's end (倒数第二题 -2, 最后一题 -1; round 127: read as question 2)."""
        sections = [int(kind[1:])] if kind and kind[0] == "#" else self._sections_of(kind) if kind else \
            [key_section] if kind is None and key_section else []
        if not sections:   # (a type the paper lacks, or none named: each section, any number)
            sections = sorted({d.section for d in self.drafts})
        found: list[Draft] = []
        for s in sections:
            in_it = sorted((d for d in self.drafts if d.section == s), key=lambda d: d.line)
            if n < 0:
                found += [in_it[n]] if -n <= len(in_it) else []
                continue
            exact = [d for d in in_it if d.number == n]
            found += exact or ([in_it[n - 1]] if kind and 0 < n <= len(in_it) else [])
        if not found and kind:   # (单选题第3题应为D，第15题应为ABC where 15 is a multiple choice's, the paper numbered
            # on through its sections: that number in any section, round 133)
            return self._drafts_named("", n, key_section)
        return found

    def read_table_line(self) -> None:
        """The line just read was a Word key table's (1.A 2.B 3.C of a table of letters): no line below it goes on
        with its last entry, as below a table's row read whole (``take_cell``)."""
        self._from_table = True
        self._table_entries.update(self.line_entries)

    def take_cell(self, n: int, cell: list[tuple[int, str]], key_section: int) -> None:
        """One row of an answer key laid out as a Word table, whole: entry ``n``, its cell's paragraphs (line, text)
        its answer as written (never cut at a number inside it: 宪法 2.人民, or …以下 4.对单位…, outside round 116),
        from a paragraph opening with 解析 on its explanation. A later paragraph in a correction's shape (注：第3题应
        选D。, 更正：…) is none of its words: refused with the questions it names, this row's if none (outside
        rounds 130, 131: stored as the cell's words, the question it corrects kept, exit 0)."""
        line = cell[0][0]
        paragraphs = [cell[0][1]]
        for at_line, text in cell[1:]:
            if is_correction(text):   # a paragraph of its own: left out, refused with what it names
                self._refuse_correction_in_entry(text, at_line, n, key_section, own=False)
            else:
                paragraphs.append(text)
        at = next((k for k, text in enumerate(paragraphs) if k and EXPLAIN.match(text)), len(paragraphs))
        label = EXPLAIN.match(paragraphs[at]) if at < len(paragraphs) else None
        explanation = "\n".join([label.group(1).strip(), *paragraphs[at + 1:]]).strip() if label is not None else ""
        self._record(n, "\n".join(paragraphs[:at]), line, key_section, explanation, "")
        self._table_entries.add(self.last_entry[-1])
        self._from_table = True   # (a line below the table never goes on with it: 说明：… after the last table had
        # been stored in the last short answer's reference answer, round 118)

    def _corrections_inside(self, n: int, given: str, explanation: str, line: int, key_section: int,
                            answer_read: bool = False) -> tuple[str, str]:
        """Entry ``n``'s answer and explanation, a correction inside them refused (``_refuse_correction_in_entry``):
        one standing alone after a choice's letters (B 注：第3题应为D。) or as the whole explanation is left out,
        refusing what it names; one inside the answer's words, or an explanation saying the answer is another
        (B / 注：本题应选D。), refuses entry ``n`` too (round 133: each was stored, the answer kept, exit 0).
        ``answer_read``: the answer was looked through already (an explanation read below its entry)."""
        letters = _LETTERS_THEN_WORDS.fullmatch(given)
        answer = letters.group(1) if letters is not None else given
        if choice_answer(answer):   # B 注：…, B / 解析：…: words about a choice, which name other letters freely
            tail = letters.group(2) if letters is not None and not answer_read else ""
            for said, in_tail in ((tail, True), (explanation, False)):
                named = correction_in(said) if said else None
                if named is not None and not questions_named(named):
                    named = None   # (本题答案：C, 本题正确答案应为C: its own answer, told by _other_answer_said)
                if named is not None and named == said.strip():   # (B 注：第3题应为D。: left out, naming 3)
                    self._refuse_correction_in_entry(named, line, n, key_section, own=False)
                    given, explanation = (answer, explanation) if in_tail else (given, "")
                elif said and (named is not None or other_answer_said(answer, said)):
                    self._refuse_correction_in_entry(named or said, line, n, key_section, own=True)
            return given, explanation
        inside = (None if answer_read else correction_in(given)) or (correction_in(explanation) if explanation else None)
        if inside is None and explanation and _BLANK_CHANGED.search(explanation) and self._fill_in(n, key_section):
            inside = explanation
        if inside is None and not answer_read and _FILL_CHANGED.search(given) and self._fill_in(n, key_section):
            # (23. 六十　此空应填九十。: round 136; 1982（填“1982年”亦可）, 拘留（顺序不限）: round 137, each stored as
            # the blank's answer)
            self.report.problems.append(RowProblem(self.file, line, None, Words(
                "{text!r}: question {n}'s blank answer in the answer key holds words about it (a remark, an "
                "alternative, a correction): write the blank's answer alone, alternatives with | (1982|1982年), a "
                "remark in 解析", text=given.strip()[:30], n=n), unit=self.unit))
            for d in self._drafts_named(None, n, key_section):
                d.broken = True
            return given, explanation
        if inside is not None:
            self._refuse_correction_in_entry(inside, line, n, key_section, own=True)
        return given, explanation

    def _fill_in(self, n: int, key_section: int) -> bool:
        """Entry ``n`` answers a fill-in (its question's stem has a blank)."""
        return any(d.qtype is QuestionType.FILL_IN or d.qtype is None and not d.options and
                   BLANK_PATTERN.search(" ".join(d.stem)) for d in self._drafts_named(None, n, key_section))

    def _refuse_correction_in_entry(self, text: str, line: int, n: int, key_section: int, own: bool) -> None:
        """A correction written inside the key's entry of question ``n`` (a key table cell's paragraph, an entry's
        explanation, 注：… inside an answer's words): refused with the questions it names (上题, 下一题: the entries
        beside it), entry ``n`` too where it names none or stands inside its words (``own``)."""
        named = [d for kind, m in questions_named(text) for d in self._drafts_named(kind, m, key_section)]
        if not named and (near := _NEAR_QUESTION.search(text)) is not None:
            named = self._drafts_named(None, n - 1 if near.group(1) else n + 1, key_section)
        if own or not named:
            named += self._drafts_named(None, n, key_section)
        self.report.problems.append(RowProblem(self.file, line, None, Words(
            "{text!r} in the answer key's entry for question {n} is a correction, not that question's answer or "
            "explanation: write the right answer into the entry of the question it corrects, and delete the "
            "correction", text=text.strip().splitlines()[0][:30], n=n), unit=self.unit))
        for d in named:
            if not d.broken:
                self.report.problems.append(RowProblem(self.file, d.line, None, Words(
                    "question {n}: a correction inside the answer key's entries (at {where}) names it: its answer as "
                    "the key has it may be wrong", n=d.number, where=place(self.unit, line)), unit=self.unit))
                d.broken = True

    def runs_on_past_the_paper(self, text: str, line: int, key_section: int) -> bool:
        """``text`` is the next entry of a key naming no section (3. after 2.) past every question's number, in a
        paper whose sections each number from 1 (一、1. 2. 二、（一）（二）): the key numbers the paper straight
        through, which entry is whose cannot be told (its entries had been read as questions 3, 4 with no
        reference answer): its lines stay the key's (``run_on_lines``), said once after reading."""
        numbered = NUMBERED.match(text)
        if numbered is None or key_section or not self.last_entry or not self.loose or not self.drafts:
            return False
        n = int(numbered.group(1) or numbered.group(2))
        if n != self.last_entry[-1][1] + 1:
            return False
        if self._paper_shape[0] != len(self.drafts):   # (once per count of questions: a key of thousands of
            # lines stays linear)
            self._paper_shape[:] = [len(self.drafts), max(d.number for d in self.drafts),
                              int(len({d.block for d in self.drafts if d.number == 1}) > 1)]
        if n <= self._paper_shape[1] or not self._paper_shape[2]:
            return False
        self.run_on_lines.add(line)
        return True

    def _entered(self, line: int, entry: tuple[int, int]) -> None:
        """``entry`` (section, number) read on key line ``line``: one of that line's entries."""
        if line != self._entries_line:
            self._entries_line, self.line_entries = line, []
        if self.line_entries:
            self.after_on_line[(line, entry)] = self.line_entries[-1]
        self.line_entries.append(entry)

    def _cut_before(self, entry: tuple[int, int], entries: list[tuple[int, str, bool]], held: bool = True) -> None:
        """``entry`` is answered more than once (``held``), or names no question: where one of its entries stood on a
        line after a written answer (2. 对个人处以2.5万元以下 3.对单位处以10万元以下), that answer may go on past the
        number, and is refused by name too (outside rounds 114, 117: question 2 was stored cut to its words before
        3. under --accept-valid, the message naming question 3 only)."""
        for line, _, loose in entries:
            before = self.after_on_line.get((line, entry))
            if before is None:
                continue
            for d in self.drafts:
                if ((d.section, d.number) == before or loose and d.number == before[1]) and not d.broken and \
                        d.qtype not in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE) and \
                        not d.options:
                    self.report.problems.append(RowProblem(self.file, line, None, Words(
                        "question {m}'s answer in the answer key, or only its words before the number {n} on its "
                        "line? Question {n} is answered again elsewhere: if the number {n} belongs to question {m}'s "
                        "answer, write it otherwise (（{n}）), or give question {n}'s entry a line of its own",
                        m=d.number, n=entry[1]) if held else Words(
                        "question {m}'s answer in the answer key, or only its words before the number {n} on its "
                        "line? Its section has no question {n}: if the number {n} belongs to question {m}'s answer, "
                        "write it otherwise (（{n}）)", m=d.number, n=entry[1]), unit=self.unit))
                    d.broken = True

    def _answer_going_on(self, line: int, key_section: int, loose: bool, n: int, held: bool = False) -> None:
        """An entry on its own ``line`` for question ``n``, which its section has not (or which is answered again,
        ``held``), right below another question's short answer entry: that answer's points numbered on past its
        own number (3. 答：主要有以下四点： / 4. 合法原则； / 5. …), or a line of it read as an entry (第三题所述情形除外。,
        （2）其余从轻。)? The short answer is refused by name (rounds 128, 130: stored cut under --accept-valid, the
        messages naming only the questions of the entries)."""
        if self._entry_lines is None:   # (read once: a key of thousands of entries past its paper)
            self._entry_lines = sorted((at, key) for key, entries in self.entries.items() for at, _, _ in entries)
        lines = self._entry_lines
        k = bisect.bisect_left(lines, (line,))
        if k + 1 < len(lines) and lines[k + 1][0] == line or k > 0 and lines[k - 1][0] == line:
            return   # (1.A 2.B 4.C on one line: no answer's points)
        above = next(((at, key) for at, key in reversed(lines[max(0, k - 50):k])
                      if loose or key[0] == key_section), None)   # (the nearest entry above, within its part)
        if above is None or above[1][1] == n:
            return
        if held and above[1][1] + 1 == n and not (k + 1 < len(lines) and lines[k + 1][1] == lines[k][1]):
            return   # (answered again, but here in its order and not again right below: the entry, not a line of
            # the answer above)
        for d in ([self.draft_at[above[1]]] if above[1] in self.draft_at else self.drafts_numbered.get(above[1][1], [])):
            if is_short(d) and not d.broken:
                self.report.problems.append(RowProblem(self.file, line, None, Words(
                    "question {m}'s reference answer may go on into the line read as question {n}'s entry (question "
                    "{n} is answered again elsewhere): if the line is the answer's, number the answer's points "
                    "（1）（2） …, or start the line otherwise than with its number ({n}. {n}、 第{n}题)", m=d.number, n=n)
                    if held else Words(
                    "question {m}'s reference answer may go on into the line read as question {n}'s entry (its "
                    "section has no question {n}): if the line is the answer's, number the answer's points "
                    "（1）（2） …, or start the line otherwise than with its number ({n}. {n}、 第{n}题)", m=d.number, n=n),
                    unit=self.unit))
                d.broken = True

    def refuse_run_on(self) -> None:
        """A key naming no section numbered on past every question while each section numbers from 1: its
        entries past the paper are the key's (``run_on_lines``), said once, and every question waiting for it is
        refused with it."""
        top = max((d.number for d in self.drafts), default=0)
        if self.loose and max(self.loose) > top and len({d.block for d in self.drafts if d.number == 1}) > 1:
            # a key naming no section numbered on past every question (3.对 4.错 5.错 after 1.A 2.D) while each
            # section numbers from 1: its 3. had answered the true/false section's question 3 (round 90, stored
            # with --accept-valid); its entries past the paper are the key's, and said once
            self.run_on_lines.update(line for (_, n), entries in self.entries.items()
                                     for line, _, loosely in entries if loosely and n > top)
        if self.run_on_lines:   # every question waiting for that key is refused with it
            self.report.problems.append(RowProblem(self.file, min(self.run_on_lines), None, Words(
                "the answer key numbers on past the paper's questions ({n}. after {m}.) while each section numbers "
                "its questions from 1: which entry answers which section's question cannot be told. Number the "
                "questions on through the paper as the key does, or head each section's part of the key (一、1.A "
                "2.C 二、1.…)", n=top + 1, m=top), unit=self.unit))
            for d in self.drafts:
                if d.answer is None and not d.broken:
                    d.broken, d.refused_at = True, min(self.run_on_lines)

    def checked(self, skipped_numbers: set[tuple[int, int]]) -> None:
        """The whole key against the paper, once read: a key naming no section whose numbers start again is
        split by section (or said); an entry given twice, or for a question not in its section, is said
        (``skipped_numbers``: (section, number) of questions of kinds Xuefa has not, which a key may answer)."""
        if len(self.loose_runs) > 1:   # a key naming no section whose numbers start again: one run per section?
            self._runs_by_section(skipped_numbers)
        for (section_of, n), (line, said, asked, point) in list(self.broke_off.items()):
            # 1、 2、 then 4、… read as question 4's entry, and the key goes back to question 2 or 3 below it: the
            # point, more likely (round 106: question 1 stored cut and question 4 with the point, exit 0)
            if any(s_ == section_of and asked[1] < m < n and any(at > line for at, _, _ in entries)
                   for (s_, m), entries in self.entries.items()):
                self.report.problems.append(RowProblem(self.file, line, None, Words(
                    "{text!r} below point {k} of question {m}'s reference answer was read as question {n}'s entry, "
                    "but the key goes back to earlier questions below it: is it point {p} of question {m}? Number the "
                    "points in order （1）（2） …", text=said, k=point - 1, m=asked[1], n=n, p=point), unit=self.unit))
                self.doubted.append((section_of, (asked[1], n)))
                del self.broke_off[(section_of, n)]   # (said once: not again as answered twice)
        for key_section, numbers in self.doubted:   # (said where they were read)
            for d in (d for n in numbers for d in self.drafts_numbered.get(n, [])):
                if not key_section or d.section == key_section:
                    d.broken = True
        for (key_section_of, n), entries in self.entries.items():   # an entry twice, or for no question: never
            # ignored
            if len({unicodedata.normalize("NFKC", a).replace(" ", "") for _, a, _ in entries}) > 1:
                answered = [d for d in self.drafts
                            if (d.section, d.number) == (key_section_of, n) or (entries[0][2] and d.number == n)]
                self.report.problems.append(RowProblem(self.file, entries[-1][0], None, Words(
                    "the answer key gives question {n} more than one answer ({answers}): keep the right one",
                    n=n, answers=", ".join(a for _, a, _ in entries)) if not any(is_short(d) for d in answered) else
                    Words("the answer key gives question {n} more than one answer ({answers}): keep the right one; "
                          "if the lines numbered 1、 2、 or 1） 2） below an entry are the points of its reference "
                          "answer, number them （1）（2） …", n=n, answers=", ".join(a for _, a, _ in entries)),
                    unit=self.unit))
                for d in self.drafts:
                    if (d.section, d.number) == (key_section_of, n) or (entries[0][2] and d.number == n):
                        d.broken = True
                self._cut_before((key_section_of, n), entries)
                for line, _, loose in entries if len({at for at, _, _ in entries}) > 1 else ():   # (on lines apart)
                    self._answer_going_on(line, key_section_of, loose, n, held=True)
                if (key_section_of, n) in self.broke_off:   # 1、 2、 then 4、…, and 4、答：… below: point 3 of the
                    # question above, written as question 4's entry? (the question above was kept without it)
                    line, said, asked, point = self.broke_off.pop((key_section_of, n))
                    self.report.problems.append(RowProblem(self.file, line, None, Words(
                        "{text!r} below point {k} of question {m}'s reference answer was read as question {n}'s "
                        "entry, which the key answers again: is it point {p} of question {m}? Number the points in "
                        "order （1）（2） …", text=said, k=point - 1, m=asked[1], n=n, p=point), unit=self.unit))
                    for d in self.drafts_numbered.get(asked[1], []):
                        if d.section == asked[0] or entries[0][2]:
                            d.broken = True
            held = (key_section_of, n) in self.draft_at or bool(entries[0][2] and self.drafts_numbered.get(n)) or \
                (key_section_of, n) in skipped_numbers or \
                (entries[0][2] and any(number == n for _, number in skipped_numbers))
            if not held and entries[0][0] not in self.run_on_lines:
                self.report.problems.append(RowProblem(self.file, entries[0][0], None, Words(
                    "the answer key names question {n}, which is not in its section: check the key's numbers",
                    n=n), unit=self.unit))
                self._cut_before((key_section_of, n), entries, held=False)   # (1. 宪法 2. …以下 3.对单位…)
                self._answer_going_on(entries[0][0], key_section_of, entries[0][2], n)

    def _runs_by_section(self, skipped: set[tuple[int, int]]) -> None:
        """An answer key that names no section but numbers each section's answers from 1 again (1.A 2.B, then
        1.√ 2.×): its runs are the sections' keys in the sections' order, taken only when there are as many runs
        as sections that start again at 1 and each run answers exactly its section's numbers; otherwise said,
        since which answer is whose cannot be told."""
        order: list[int] = []
        numbers: dict[int, set[int]] = {}
        for section, n in [(d.section, d.number) for d in sorted(self.drafts, key=lambda d: d.line)] + sorted(skipped):
            if section not in numbers:
                order.append(section)
            numbers.setdefault(section, set()).add(n)
        taken = [{item[1] for item in run} for run in self.loose_runs]
        if len(order) < 2:
            return   # one section: an entry given twice, said as such
        if len(self.loose_runs) != len(order) or any(t != numbers[s] for t, s in zip(taken, order)):
            self.report.problems.append(RowProblem(self.report.file, self.loose_runs[1][0][0], None, Words(
                "the answer key starts again at question {n} here but names no section, and its parts do not answer "
                "the sections one by one ({parts} part(s), {sections} section(s)): label each part with its section "
                "(一、1.A 2.B … 二、1.√ …)", n=self.loose_runs[1][0][1], parts=len(self.loose_runs),
                sections=len(order)), unit=self.unit))
            return
        for run, section in zip(self.loose_runs, order):
            for line, n, given, _ in run:
                kept = [e for e in self.entries.get((1, n), []) if not e[2]]   # what a key labelled 一、 gave, if any
                if kept:
                    self.entries[(1, n)], self.answers[(1, n)] = kept, kept[-1][1]
                elif (1, n) in self.entries:
                    del self.entries[(1, n)]
                    self.answers.pop((1, n), None)
                    self.explained.pop((1, n), None)
                self.loose.pop(n, None)
                self.loose_explained.pop(n, None)
            for line, n, given, explanation in run:
                self.entries.setdefault((section, n), []).append((line, given, False))
                self.answers[(section, n)] = given
                if explanation:   # (each run's own: 解析 of the second section's 2 had gone to the first's, round 119)
                    self.explained[(section, n)] = explanation
