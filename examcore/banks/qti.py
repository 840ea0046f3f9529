"""IMS QTI 2.x and 3.0 items, alone or in a content package (a zip with imsmanifest.xml).

Read: choiceInteraction (maxChoices 1 and one correct value: single choice; otherwise multiple choice;
``fixed`` choices and ``shuffle="false"`` keep their place), textEntryInteraction (fill-in; every blank's
correct values and mapped alternatives accepted), extendedTextInteraction (short answer). QTI 3.0's
``qti-kebab-case`` names are read as the 2.x camelCase ones. Other interactions (match, order, hotspot …)
are listed as skipped, never guessed.
"""
from __future__ import annotations

import io
import posixpath
from collections import Counter
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable
from urllib.parse import unquote

from examcore.banks.common import (MAX_PART_BYTES, MAX_UNPACKED_BYTES, OPTION_KEYS, FileRefused, ImportReport,
                                   QuestionSink, RowProblem, build_question, reason_of,
                                   separator_problem)
from examcore.banks.gift import BLANK
from examcore.banks.text_files import (MAX_XML_TAGS, STRUCK as _STRUCK, TextRefused, data_uri_bytes, is_data_uri,
                                      parse_xml, raised, shown_name)
from examcore.cli_text import Words
from examcore.questions import Picture, QuestionType

INTERACTIONS = {"choiceInteraction", "textEntryInteraction", "extendedTextInteraction"}
MAX_PACKAGE_FILES = 20_000


def _camel(name: str) -> str:
    """'{ns}qti-choice-interaction' -> 'choiceInteraction'; 'response-identifier' -> 'responseIdentifier'."""
    name = name.rsplit("}", 1)[-1].removeprefix("qti-")
    head, *rest = name.split("-")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _normalise(element: ET.Element) -> ET.Element:
    for node in element.iter():
        node.tag = _camel(node.tag)
        node.attrib = {_camel(k): v for k, v in node.attrib.items()}
    return element


ITEM_TAGS = 50_000   # one item's XML: a long one with a table and pictures has a few thousand


def _parse(data: bytes, most_tags: int = ITEM_TAGS) -> ET.Element:
    """Parsed with DTDs and entities forbidden whatever the encoding; TextRefused names what is wrong."""
    return _normalise(parse_xml(data, most_tags)[0])


def check_zip_sizes(z: zipfile.ZipFile) -> None:
    """Refuse a zip whose parts unpack to more than the limits, before anything is unpacked (Python's
    zipfile never returns more than a part's declared size, so the declared sizes are what counts)."""
    infos = z.infolist()
    if len(infos) > MAX_PACKAGE_FILES:
        raise FileRefused(Words("{count:,} files in the package; at most {MAX_PACKAGE_FILES:,}",
                                count=len(infos), MAX_PACKAGE_FILES=MAX_PACKAGE_FILES))
    big = next((i for i in infos if i.file_size > MAX_PART_BYTES), None)
    if big is not None:
        raise FileRefused(Words("part {filename} unpacks to {file_size:,} bytes; at most {MAX_PART_BYTES:,}",
                                filename=big.filename, file_size=big.file_size, MAX_PART_BYTES=MAX_PART_BYTES))
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED_BYTES:
        raise FileRefused(Words("the parts unpack to {total:,} bytes; at most {MAX_UNPACKED_BYTES:,}",
                                total=total, MAX_UNPACKED_BYTES=MAX_UNPACKED_BYTES))


FEEDBACK = {"feedbackInline", "feedbackBlock", "modalFeedback"}   # shown after answering, not asked
TEMPLATES = {"templateDeclaration", "printedVariable", "templateBlock", "templateInline", "templateProcessing"}
_LINE_BREAKS = {"br", "p", "div", "li", "tr", "ul", "ol", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
                "caption", "dl", "dt", "dd", "pre"}
_CELLS = {"td", "th"}


def _for_candidate(node: ET.Element) -> bool:
    """A rubricBlock is shown to the views it names: kept when the candidate is one of them."""
    return node.tag != "rubricBlock" or "candidate" in node.get("view", "candidate").split()


def _plain(element: ET.Element | None, skip: frozenset[str] | set[str] = frozenset()) -> str:
    """The text of an XHTML fragment, leaving out the named child elements (the interactions), feedback
    (shown after answering) and rubric blocks for other views (scorer, proctor …); paragraphs, list items
    and table rows on lines of their own, table cells apart."""
    if element is None:
        return ""
    parts: list[str] = []

    def walk(node: ET.Element) -> None:
        if node.tag in skip or node.tag in FEEDBACK or not _for_candidate(node):
            if node.tag == "textEntryInteraction":
                parts.append(BLANK)
            parts.append(node.tail or "")
            return
        if node.tag in ("sup", "sub") and node is not element:   # 10<sup>3</sup> is 10³, never 103
            parts.append(raised("".join(node.itertext()), node.tag) + (node.tail or ""))
            return
        if node.tag in _LINE_BREAKS and parts:
            parts.append("\n")
        elif node.tag in _CELLS and not next((t for t in reversed(parts) if t.strip(" ")), "\n").endswith("\n"):
            parts.append("\t")
        parts.append(node.text or "")
        for child in node:
            walk(child)
        if node.tag in _LINE_BREAKS - {"br"}:
            parts.append("\n")
        if node is not element:
            parts.append(node.tail or "")
    walk(element)
    # the XML parser has resolved the entities; unescaping again would turn a written "&lt;" into "<"
    return re.sub(r"[ \t]*\n[ \t\n]*", "\n", "".join(parts)).strip()


def _number(text: str | None) -> float:
    try:
        return float(text or 0)
    except ValueError:
        return 0.0


def read_qti(data: bytes, file: str, bank: str) -> ImportReport:
    """A single item (XML) or a content package (zip): every item it lists, in manifest order."""
    report = ImportReport(file, uncarried=frozenset({"category", "difficulty", "tags"}), unit="item")
    sink = QuestionSink(report, bank)
    if data[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                check_zip_sizes(z)
                names = z.namelist()
                twice = next((n for n, c in Counter(names).items() if c > 1), None)
                if twice is not None:   # a zip may hold two parts of one name: the reader would see only one
                    return report.refuse(Words("the package holds two parts named {name}: rename one, or build the "
                                               "package again", name=twice))
                outside = next((n for n in names if n.startswith(("/", "\\")) or ".." in n.replace("\\", "/").split("/")),
                               None)
                if outside is not None:
                    return report.refuse(Words("the package names a part outside itself ({name}): build it again",
                                               name=outside))
                if "imsmanifest.xml" not in names:
                    return report.refuse(Words("a QTI content package needs an imsmanifest.xml at its top"))
                manifest = _parse(z.read("imsmanifest.xml"), MAX_XML_TAGS)
                hrefs = [r.get("href", "") for r in manifest.iter("resource")
                         if "item" in r.get("type", "") and r.get("href")]
                if not hrefs:
                    return report.refuse(Words("the manifest lists no QTI items"))
                twice = next((h for h, n in Counter(posixpath.normpath(h) for h in hrefs).items() if n > 1), None)
                if twice is not None:   # one item listed 90,000 times took 71 s and 684 MB (an outside tester)
                    return report.refuse(Words("the manifest lists the item {href} more than once: a package lists "
                                               "each item once", href=twice))
                listed = {posixpath.normpath(h) for h in hrefs}
                unlisted = sorted(n for n in names if n.lower().endswith(".xml") and n != "imsmanifest.xml"
                                  and n not in listed and b"assessmentItem" in z.read(n)[:4096])
                if unlisted:   # an item the manifest does not list is not read: said, never passed over
                    report.notes.append(RowProblem(file, None, None, Words(
                        "left out: {count} item file(s) the manifest does not list: {names}", count=len(unlisted),
                        names=", ".join(unlisted[:10]) + (" …" if len(unlisted) > 10 else ""))))
                for number, href in enumerate(hrefs, start=1):
                    path = posixpath.normpath(href)
                    if path not in names:
                        report.problems.append(RowProblem(file, number, None, Words(
                            "listed in the manifest but not in the package"), unit="item", name=href))
                        continue
                    _read_item(z.read(path), file, number, path, sink, _files_beside(z, path))
        except FileRefused as exc:
            return report.refuse(reason_of(exc))
        except TextRefused as exc:
            return report.refuse(Words("imsmanifest.xml: {message}", message=exc.message))
        except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError) as exc:
            return report.refuse(Words("not a readable QTI package: {exc}", exc=exc))
        return report
    _read_item(data, file, None, None, sink)
    return report


def _files_beside(z: zipfile.ZipFile, item_path: str) -> Callable[[str], bytes | None]:
    """The package's file an item refers to by a relative path (images/sign.png), or None."""
    names = set(z.namelist())

    def read(src: str) -> bytes | None:
        path = posixpath.normpath(posixpath.join(posixpath.dirname(item_path), unquote(src)))
        return z.read(path) if path in names and not path.startswith("../") else None
    return read


def _shown(body: ET.Element, read: Callable[[str], bytes | None], choice: bool = False
           ) -> tuple[tuple[Picture, ...], tuple[str, ...], tuple[str, ...]]:
    """The pictures the item's text shows (its own <img>, kept); what it shows that cannot be kept (a
    picture inside a choice, a formula, audio or video); and the pictures the package does not hold (an
    item file alone, a path outside the package). Feedback and other views' rubrics are left out with
    their pictures. choice: ``body`` is one choice, whose pictures are its own; otherwise a choice's
    pictures are left to it."""
    parents = {child: node for node in body.iter() for child in node}
    pictures: list[Picture] = []
    others: list[str] = []
    missing: list[str] = []
    for node in body.iter():
        if node.tag not in ("img", "object", "math", "audio", "video", *_STRUCK):
            continue
        ancestors, up = [], parents.get(node)
        while up is not None:
            ancestors.append(up)
            up = parents.get(up)
        if any(a.tag in FEEDBACK or not _for_candidate(a) for a in ancestors):
            continue
        src = node.get("src") or node.get("data") or ""
        if not choice and any(a.tag == "simpleChoice" for a in ancestors):
            continue   # read with its choice
        if node.tag in _STRUCK:   # crossed-out words cannot be shown crossed out: refused, named
            if "".join(node.itertext()).strip():
                others.append(Words("struck-through text “{text}”", text="".join(node.itertext()).strip()))
            continue
        if node.tag != "img" or any(a.tag == "inlineChoice" for a in ancestors):
            others.append(posixpath.basename(src) or node.tag)
            continue
        if is_data_uri(src):   # the picture's bytes written into the item itself
            data, name = data_uri_bytes(src), shown_name(src)
        else:
            data, name = (read(src) if src else None), posixpath.basename(src)
        if data is None:
            missing.append(name or node.tag)
        else:
            pictures.append(Picture(data, name))
    return tuple(pictures), tuple(others), tuple(missing)


def _read_item(data: bytes, file: str, number: int | None, part: str | None, sink: QuestionSink,
               read: Callable[[str], bytes | None] = lambda _src: None) -> None:
    report = sink.report

    def problem(message: str) -> None:
        report.problems.append(RowProblem(file, number, None, message, unit="item", name=part))
    try:
        item = _parse(data)
    except TextRefused as exc:
        problem(Words("not a readable QTI item: {message}", message=exc.message))
        return
    if item.tag != "assessmentItem":
        problem(Words("not a QTI assessment item (the root is <{tag}>)", tag=item.tag))
        return
    body = item.find("itemBody")
    interactions = [n for n in body.iter() if n.tag.endswith("Interaction")] if body is not None else []
    kinds = {n.tag for n in interactions}
    title = item.get("title", "") or item.get("identifier", "")
    if not interactions or not kinds <= INTERACTIONS or len(kinds) > 1 or (
            kinds != {"textEntryInteraction"} and len(interactions) > 1):
        report.skipped.append(RowProblem(file, number, None, Words(
            "item {title!r}: {value} is not a kind this product has",
            title=title, value=', '.join(sorted(kinds)) or Words('no interaction')), unit="item", name=part))
        return
    templated = sorted({n.tag for n in item.iter() if n.tag in TEMPLATES})
    if templated:   # a generated item: its text and key depend on values drawn when it is delivered
        problem(Words("the item is generated from template variables ({items}), whose values Xuefa cannot draw: "
                      "export the item with its values written in", items=", ".join(templated)))
        return
    feedback = sorted({n.tag for n in item.iter() if n.tag in FEEDBACK})
    if feedback:
        report.notes.append(RowProblem(file, number, None, Words(
            "left out: feedback shown after answering ({items}); put what a learner should read afterwards "
            "into the explanation", items=", ".join(feedback)), unit="item", name=part))
    correct = {d.get("identifier"): [v.text.strip() for v in d.findall("correctResponse/value") if v.text]
               for d in item.findall("responseDeclaration")}
    mapped = {d.get("identifier"): [e.get("mapKey", "") for e in d.findall("mapping/mapEntry")
                                    if _number(e.get("mappedValue", "0")) > 0]
              for d in item.findall("responseDeclaration")}
    kind = next(iter(kinds))
    stem_source = body
    options: list[tuple[str, str]] = []
    option_pictures: dict[str, tuple[Picture, ...]] = {}
    choice_images: tuple[str, ...] = ()
    choice_missing: tuple[str, ...] = ()
    fixed: set[str] = set()
    if kind == "choiceInteraction":
        interaction = interactions[0]
        prompt = _plain(interaction.find("prompt"))
        stem = "\n".join(t for t in (_plain(stem_source, {"choiceInteraction"}), prompt) if t)
        choices = interaction.findall("simpleChoice")
        if len(choices) > len(OPTION_KEYS):
            problem(Words("{count} choices; at most {count2} (A–H) are supported",
                          count=len(choices), count2=len(OPTION_KEYS)))
            return
        keys = {c.get("identifier"): OPTION_KEYS[n] for n, c in enumerate(choices)}
        options = [(OPTION_KEYS[n], _plain(c)) for n, c in enumerate(choices)]
        for n, c in enumerate(choices):   # a choice that is (or shows) a picture
            found, other, gone = _shown(c, read, choice=True)
            option_pictures[OPTION_KEYS[n]] = found
            choice_images += other
            choice_missing += gone
        keep_order = interaction.get("shuffle", "false").lower() != "true"
        fixed = {keys[c.get("identifier")] for c in choices if keep_order or c.get("fixed", "false").lower() == "true"}
        values = correct.get(interaction.get("responseIdentifier"), [])
        unknown = [v for v in values if v not in keys]
        if unknown:
            problem(Words("the correct response names {items}, which is not a choice", items=', '.join(unknown)))
            return
        single = interaction.get("maxChoices", "1") == "1"
        if single and len(values) != 1:
            problem(Words("a single-choice item (maxChoices 1) needs exactly one correct value, has {count}",
                          count=len(values)))
            return
        qtype = QuestionType.SINGLE if single else QuestionType.MULTIPLE
        answer_text = ",".join(sorted(keys[v] for v in values))
    elif kind == "textEntryInteraction":
        stem = _plain(stem_source, {"textEntryInteraction"})
        blanks = []
        for interaction in interactions:
            rid = interaction.get("responseIdentifier")
            accepted = list(dict.fromkeys(correct.get(rid, []) + mapped.get(rid, [])))
            if not accepted:
                problem(Words("blank {rid} has no correct value", rid=rid))
                return
            odd = separator_problem(accepted)
            if odd is not None:
                problem(odd)
                return
            blanks.append("|".join(accepted))
        qtype, answer_text = QuestionType.FILL_IN, ";".join(blanks)
    else:
        stem = _plain(stem_source, {"extendedTextInteraction"})
        prompt = _plain(interactions[0].find("prompt"))
        stem = "\n".join(t for t in (stem, prompt) if t)
        qtype, answer_text = QuestionType.SHORT_ANSWER, ""
    pictures, images, missing = _shown(body, read) if body is not None else ((), (), ())
    q, errors = build_question(qid="", qtype=qtype, stem=stem, options=options, answer_text=answer_text,
                               category="", difficulty=3, tags=(title,) if title else (), explanation="",
                               fixed_keys=fixed, images=images + choice_images, pictures=pictures,
                               missing=missing + choice_missing, option_pictures=option_pictures)
    if q is None:
        for e in errors:
            problem(e)
        return
    refused = sink.add(q, Words("item {number} ({part})", number=number or 1, part=part) if part
                       else Words("item {number}", number=number or 1), number)
    if refused:
        problem(refused)
