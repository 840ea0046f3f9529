"""What a choice's or true/false explanation says of its answer (issue 16): that the answer is another (本题应选D,
本题答案D, 以D为准, D项当选), or that the answer given is wrong (原答案有误, 答案B错). A key's entry, a key table's cell
or a question's own 解析 that says so is a correction, refused by name, never stored as the explanation of an
answer it contradicts (outside rounds 133-141). The rules are a vocabulary of how Chinese office papers write it,
with the words that make it no answer said (另有人认为, 若…则, 旧教材, 不应选)."""
from __future__ import annotations

import re
import unicodedata

# a choice's or true/false entry's explanation saying its answer is another: a subject naming the answer (本题, 正确
# 答案, 本题答案, 正确选项, 答案), then a verb, then letters or a mark; or the explanation only a choice (选D。, 以D为准。)
# (round 133: B / 注：本题应选D。 stored as the explanation, the answer kept; round 136: 经核对，本题答案应该是D。, 此题答D,
# 请将答案订正为D). Letters a learner may choose are no answer said (考生容易选B, 干扰选项为A、B、D, 若选A, 旧法下应选B,
# 原答案为B的说法已过时, 不应选D: rounds 134, 136), nor the entry's own (本题正确答案应为C, 本题答案：C)
_ANSWER_SUBJECT = (r"(?:(?:本小?题|此题|该题|此处)\s*的?\s*)?(?:(?:正确|参考|标准)\s*(?:答案|选项)|(?<![原误错])答案|正解|正确的)|"
                   r"(?:本小?题|此题|该题|此处)")
_MARK = r"[“\"']?(?:[√×✓✗]|对|错|正确|错误)[”\"']?的?(?=\s*(?:$|[。；;，,）)！!]))"   # (应是对行政相对人… is no mark)
_LETTERS = r"[A-HＡ-Ｈ](?:[、/／\s]*[A-HＡ-Ｈ]){0,7}(?![A-Za-zＡ-Ｚａ-ｚ])"   # (正确答案是C，A、B、D项均错误: C only)
_OTHER_ANSWER = re.compile(
    rf"(?:(?:{_ANSWER_SUBJECT})\s*(?:应该是|应当是|应是|应为|当为|现为|以|应当改为|应改为|应更正为|更正为|改为|改成|订正为|应该选|应当选择?|"
    r"应选择?|应改选|应判断?为|应判|应打|正确的是|正确为|系|是|为|答|选|[:：])|"
    r"(?:(?:正确|参考|标准)\s*答案|正解)(?=\s*[A-HＡ-Ｈ])|"   # (标准答案D: no verb; 答案D错误 says an option is wrong)
    # (校对：本题D, 本题答案D, 答案D。, 本题√: a subject and letters or a mark ending the sentence, no verb; 本题A项错误
    # says it of an option)
    rf"(?:{_ANSWER_SUBJECT})(?=\s*(?:{_LETTERS}\s*项?|[√×✓✗])\s*(?:$|[。.；;，,]|\s+(?=[\u4e00-\u9fff])))|"
    # (a strong verb alone, or a conclusion: 应该选D, 应当选择D项, 故选D, 本题应判对; round 137)
    r"(?<![不非未无勿别可误漏错多少])(?:应该选|应当选择?|应选择?|应改选|改选|应判断?为|应判|应打|现改为|更正为|正确为)|"
    rf"(?<![不非])以(?=\s*{_LETTERS}\s*为准)|"   # (此题答案存疑，以D为准。: round 139)
    r"(?:故|所以|因此|综上)[，,]?\s*(?:本题)?\s*(?:应)?选)\s*"
    rf"({_LETTERS}|{_MARK})")
# an option said to be chosen (D项当选, D是正确答案): of a single choice's answer, or one of a multiple's letters
_OPTION_CHOSEN = re.compile(rf"({_LETTERS}(?:\s*(?:或|和|及)\s*{_LETTERS})*)\s*(?:项|选项)?\s*(?<!不)"
                            r"(?:当选|(?:是|为)(?:本题的?)?正确(?:答案|选项)|(?:亦|也)\s*(?:正确|应当?选|当选|可)|"
                            rf"(?:均|都)\s*(?:可得分|给分|可|正确))|(?:少了|漏了|缺了|漏选了?)\s*({_LETTERS})")
# (D项亦正确, D项也应当选, B、D均可得分, 本题答B或D均给分, 答案少了D: round 139)
# a statement judged (本题说法正确, 此题正确, 故本题正确): a true/false answer
_JUDGED = re.compile(r"(?:(?:本题|此题|该题|题干|题目|本|此|该|上述|这一)?\s*(?:说法|表述|命题|所述|观点|陈述)|本题|此题|该题|"
                     r"题干|题目)\s*(?:是)?\s*(不正确|不对|正确|错误)的?(?=\s*(?:$|[。；;，,！!]))|"
                     # (a verdict opening the explanation: 错误。理由：…, 正确。, 对，符合…, ×。: rounds 142, 143)
                     r"^\s*(?:答\s*[:：]\s*)?(不正确|正确|错误|对|错|[√×✓✗])(?=\s*(?:$|[。；;，,！!]|理由))")
# words before it in its sentence that make it no answer said: another's view, a supposition, an old book (有考生认为
# 本题答案为A, 若…则答案应为A, 旧教材本题答案为A, 部分教材答案为ABCD, 误以为应选B: round 137)
_HEDGE = re.compile(r"认为|以为|若|如果|假如|倘若|假设|如(?!上|下|前所述)|旧|部分|有的|有人|考生|同学|误选|误认|曾|过去|以前|"
                    r"观点|说法是|可能|容易")
# another question named in the clause before it (第5题答案为D，与本题不同: that question's answer, not this one's;
# 与第5题不同，本题答案为D is this one's: round 143)
_OTHER_QUESTION = re.compile(r"第\s*[\d一二三四五六七八九十]{1,3}\s*题|[上下前后]一?题")
_ONLY_A_CHOICE = re.compile(r"\s*(?:故|所以|因此|综上)?[，,]?\s*(?:(?:本题|此题)?\s*应?选\s*|以\s*)"
                            r"([A-HＡ-Ｈ](?:[、/／\s]*[A-HＡ-Ｈ]){0,7}|[√×✓✗])\s*(?:项)?\s*(?:为准)?\s*[。.]?\s*")
# the key's own answer said wrong (原答案有误, 本题答案有误, 原标C有误, 印刷错误, 勘误, 答案订正为…): a correction whatever it says
_SELF_WRONG = re.compile(r"(?:(?:本题|此题|该题)\s*的?\s*原?|原|参考|标准)(?:参考|标准)?答案\s*(?:有误|错误|已更正|已修正)|"
                         r"原[标印](?:为|作)?\s*[A-HＡ-Ｈ√×]?\s*(?:有误|错误)|印刷错误|笔误|勘误|订正为|答案\s*更正|存疑|"
                         r"(?:答案|原答案)\s*(?:由\s*[A-HＡ-Ｈ√×]{1,8}\s*)?(?:现?改为|调整为|换成|修改为|变更为|现为)")
# the key's own letters said wrong (本题答案B错，应是D under B: round 137); 答案A错误 under B says option A is
# (round 138: refused good papers)
_ANSWER_WRONG = re.compile(rf"答案\s*({_LETTERS}|[√×])\s*(?:有误|错误|错(?!选)|不对)")


def _not_said(text: str, at: int) -> bool:
    """What stands at ``at`` is no answer said of this question: hedged in its sentence (``_HEDGE``), or another
    question named in its clause."""
    return _HEDGE.search(_sentence_before(text, at)) is not None or \
        _OTHER_QUESTION.search(re.split(r"[。；;！!？?，,]", text[:at])[-1]) is not None


def _sentence_before(text: str, at: int) -> str:
    """The words of ``text``'s sentence before ``at`` (back to a full stop, a semicolon, ! or ?: a comma goes on
    with it, 若题干改为…，则答案应为A)."""
    return re.split(r"[。；;！!？?]", text[:at])[-1]


def answer_shape(given: str) -> tuple[str, bool, bool]:
    """``given`` as written plainly (NFKC, upper case, its end mark off), whether it is a choice's letters (B, ABD),
    whether a true/false mark (×, 正确)."""
    plain = unicodedata.normalize("NFKC", given).strip().rstrip("。.；;").upper()
    return plain, re.fullmatch(r"[A-H]{1,8}", plain) is not None, plain in (
        "√", "×", "✓", "✗", "对", "错", "T", "F", "正确", "错误")


def says_true(mark: str) -> bool:
    """A true/false mark (plain, as ``answer_shape`` gives it) saying true."""
    return mark in ("√", "✓", "对", "T", "正确")


# what every rule of other_answer_said needs somewhere in the text: letters, a mark, 对/错/正确/错误, 有误/笔误/勘误,
# 订正, 存疑 or 答案 (a text with none of them says no answer, and is passed over at once: a bank's every question
# has its explanation looked at)
_MAY_SAY = re.compile(r"[A-HＡ-Ｈ√×✓✗对错误确]|订正|存疑|答案")


def choice_answer(given: str) -> bool:
    """``given`` is a choice's letters or a true/false mark (B, ABD, ×, 正确)."""
    _, letters, mark = answer_shape(given)
    return letters or mark


def other_answer_said(given: str, explanation: str) -> bool:
    """``explanation`` (of an entry answered ``given``: letters or a mark) says the answer is another, or the key's
    answer wrong (``_OTHER_ANSWER``, ``_ONLY_A_CHOICE``, ``_SELF_WRONG``)."""
    plain, letters, mark = answer_shape(given)
    if not (letters or mark):
        return False
    text = explanation[:2000]
    if _MAY_SAY.search(text) is None:   # (most explanations: no letter, mark or word any rule below needs)
        return False
    if any(not _not_said(text, m.start()) for m in _SELF_WRONG.finditer(text)):
        return True
    for m in _ANSWER_WRONG.finditer(text):   # (its own answer said wrong)
        wrong = re.sub(r"[^A-H√×]", "", unicodedata.normalize("NFKC", m.group(1)).upper())
        if not _not_said(text, m.start()) and (
                sorted(wrong) == sorted(plain) if letters else (wrong == "√") == says_true(plain)):
            return True
    only = _ONLY_A_CHOICE.fullmatch(text)
    found = [*([only] if only is not None else []), *_OTHER_ANSWER.finditer(text), *_JUDGED.finditer(text)]
    for m in _OPTION_CHOSEN.finditer(text):   # (D项当选 under B; under ABD it is one of them)
        chosen = re.sub(r"[^A-H]", "", unicodedata.normalize("NFKC", m.group(1) or m.group(2)).upper())
        if letters and not _not_said(text, m.start()) and not set(chosen) <= set(plain):
            return True
    for m in found:
        if m is not only and _not_said(text, m.start()):
            continue
        said = re.sub(r"[、，,/／\s“”\"'的]", "", unicodedata.normalize("NFKC", next((g for g in m.groups() if g), ""))).upper()
        if letters and re.fullmatch(r"[A-H]+", said) and sorted(said) != sorted(plain):
            return True
        if mark and not re.fullmatch(r"[A-H]+", said) and says_true(said) != says_true(plain):
            return True
    return False


# 本题正确答案为“6个月”, 答案应为九十日: an answer's subject and a verb, then words (an option's text, a blank's term)
_WORDS_SAID = re.compile(rf"(?:(?:{_ANSWER_SUBJECT})\s*(?:应该是|应当是|应是|应为|当为|为|是|[:：])|(?<![不未])(?:应当?填|"
                         r"(?:本|此|该)空(?:应当?)?填))\s*[“\"「『]?([^。；;，,”\"」』\n]{1,30})")
_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _as_count(text: str) -> str:
    """A count written in Chinese numerals as digits (六十日 as 60日, 两年 as 2年, 九十天 as 90日): how two counts are
    compared (round 143: 60日 and 六十日 had been refused as different answers)."""
    def value(run: re.Match[str]) -> str:
        total, current = 0, 0
        for ch in run.group(0):
            if ch in _DIGITS:
                current = _DIGITS[ch]
            else:   # 十 百 千 万
                unit = {"十": 10, "百": 100, "千": 1000, "万": 10000}[ch]
                total += (current or 1) * unit
                current = 0
        return str(total + current)
    return re.sub(r"[〇零一二两三四五六七八九十百千万]+", value, text).replace("天", "日")


_COUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(个月|周岁|小时|分钟|[^\d\s]{0,2})")   # 60日, 2年, 6个月, 90 (no unit)


def _unit(count: str) -> str | None:
    """The unit of a count (日 of 60日, "" of 90), None when ``count`` is no count."""
    found = _COUNT.fullmatch(count)
    return found.group(2) if found is not None else None


def _plain(text: str) -> str:
    return re.sub(r"[\s“”\"'「」『』。．.，,；;：:]", "", unicodedata.normalize("NFKC", text))


def other_words_said(answer: str, options: list[tuple[str, str]], explanation: str) -> bool:
    """``explanation`` says the answer is another in words (round 142): for a choice answered ``answer`` (letters),
    the text of an option that is not one of them (本题正确答案为6个月 under B, D being 6个月); for a fill-in
    (``options`` empty; its blanks' answers parted by ；), a count of the same unit as a blank's answer but not it
    (答案应为九十日 under 六十日, 应填三年 under 二年, compared as counts: 六十日 is 60日, 两年 2年, 九十天 90日; never other
    words). Another's view, or another question named in the clause, says nothing of this one (``_not_said``)."""
    text = explanation[:2000]
    if "答案" not in text and "正解" not in text and "选项" not in text and "正确的" not in text and "填" not in text:
        return False
    answers = [_as_count(_plain(a)) for a in re.split(r"[；;|\n]", answer) if _plain(a)]
    for m in _WORDS_SAID.finditer(text):
        if _not_said(text, m.start()):
            continue
        said = _plain(m.group(1))
        if not said:
            continue
        if options:
            chosen = set(re.sub(r"[^A-H]", "", unicodedata.normalize("NFKC", answer).upper()))
            if any(_plain(t) == said and key not in chosen for key, t in options) and \
                    not any(_plain(t) == said for key, t in options if key in chosen):
                return True
        elif answers and len(said) <= 12 and (unit := _unit(count := _as_count(said))) is not None and \
                not any(a in count or count in a for a in answers) and any(_unit(a) == unit for a in answers):
            return True   # (a count of the same unit: 三十日 for 六十日; never words, 国家的根本法 for 宪法)
    return False


# a key table's other cell saying an answer by itself (D, 有误，选D, 应为×, 改为B): a correction of the row's answer
_CELL_ANSWER = re.compile(r"\s*(?:(?:原答案|答案)?\s*有误\s*[，,]?\s*)?(?:应为|应选|应是|应当是|选|改为|改选|更正为)?\s*"
                          r"([A-HＡ-Ｈ]{1,8}|[√×✓✗]|对|错|正确|错误)\s*[。.]?\s*")


def cell_says_answer(answer: str, cell: str) -> bool:
    """A key table's cell beside the answer (备注, 说明) that is only another answer (D, 有误，选D, 应为×) or says the
    answer is another (``other_answer_said``): a correction of the row (round 143: dropped with a note, exit 0)."""
    said = _CELL_ANSWER.fullmatch(cell)
    if said is None:
        return other_answer_said(answer, cell)
    plain, letters, mark = answer_shape(answer)
    given, given_letters, given_mark = answer_shape(said.group(1))
    if letters and given_letters:
        return sorted(given) != sorted(plain)
    return bool(mark and given_mark and says_true(given) != says_true(plain)) or letters != given_letters
