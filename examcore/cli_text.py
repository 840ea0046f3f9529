"""Command-line text in the user's language: Simplified Chinese unless XUEFA_LANG=en.

The station's and the server's commands print through ``cli_tr("English source {name}")`` and their help
texts are translated as the command tree is built (``localize``). The translations are kept like the
window's, as a Qt Linguist file (resources/translations/cli_zh_CN.ts, context ``Cli``: open it in
pyside6-linguist); ``build_scripts/cli_strings.py`` gathers the strings into it, and ``make translations``
writes the finished ones to cli_zh_CN.json, which is read here without Qt (the server has none). A string
with no translation is shown in English; tests/examcore/test_cli_text.py fails while one is missing.

Click's own words (Usage:, Options, Error: …, [required], its answers to a mistyped command line) are kept
in the same file: ``click_words`` reads them from the installed click, so a click upgrade that changes one
shows up as unfinished.
"""
from __future__ import annotations

import ast
import functools
import inspect
import json
import os
import re
import sys
from pathlib import Path
from typing import Iterable

import click

from examcore.resources import resources_dir

LANGUAGES = ("zh_CN", "en")
DEFAULT = "zh_CN"
CONTEXT = "Cli"


def language() -> str:
    """The reader's language from XUEFA_LANG, read as a locale is written: en, en_US, en_US.UTF-8 → en;
    zh, zh_CN, zh_CN.GB18030 → zh_CN; anything else (or nothing) → the default, Chinese."""
    lang = os.environ.get("XUEFA_LANG", DEFAULT).strip()
    if lang in LANGUAGES:
        return lang
    base = lang.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    return "en" if base.lower().split("_")[0] == "en" else DEFAULT


def language_from_argv(argv: list[str], programs: tuple[str, ...]) -> None:
    """``--lang en`` (or ``--lang=en``) on the command line of one of ``programs`` (argv[0] ends so) sets the
    language before the commands are localized at import, so click's usage errors and help follow it too,
    not only what the commands print (issue 20: "Missing argument '文件...'" after --lang en)."""
    if not argv or not argv[0].replace("\\", "/").endswith(programs):
        return
    for n, arg in enumerate(argv[1:], 1):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else (
            argv[n + 1] if arg == "--lang" and n + 1 < len(argv) else None)
        if value in LANGUAGES:
            os.environ["XUEFA_LANG"] = value
            return


@functools.cache
def _catalog(lang: str) -> dict[str, str]:
    if lang == "en":
        return {}
    try:
        data = json.loads((resources_dir() / "translations" / f"cli_{lang}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}   # not built (`make translations`): English rather than nothing
    return data if isinstance(data, dict) else {}


def cli_tr(text: str) -> str:
    """``text`` in the user's language (its placeholders, ``{name}``, are filled by the caller)."""
    return _catalog(language()).get(text, text)


class _Quoted(str):
    """A text parameter whose ``!r`` shows a wide space (U+3000, common in Chinese documents) and a no-break
    space as the spaces they are, not as ``\\u3000``: a clerk reads the line as written (an outside round)."""

    def __repr__(self) -> str:
        return super().__repr__().replace("\\u3000", "\u3000").replace("\\xa0", "\xa0")


def _shown(params: dict[str, object]) -> dict[str, object]:
    return {k: _Quoted(v) if type(v) is str else v for k, v in params.items()}


class Words(str):
    """A message made in English where the reader's language is not known (a rule deep in the server, whose
    words also go to the HTTP API and the log), that the command line shows in its user's language:
    ``str`` is the English, ``said(words)`` the translation. The template is a literal, so
    build_scripts/cli_strings.py gathers it into the catalogue like a ``cli_tr`` call.

        Words("no unit {unit_id}", unit_id="C9")      # "no unit C9"; said(...) -> "没有单位 C9"
    """
    template: str
    params: dict[str, object]

    def __new__(cls, template: str, **params: object) -> "Words":
        made = super().__new__(cls, template.format(**_shown(params)))
        made.template, made.params = template, params
        return made


    def to_dict(self) -> dict:
        """{"template", "params"} for a client that shows the words in its own language (``words_said``);
        a parameter that is not a number, text or Words is sent as its text."""
        return {"template": self.template,
                "params": {k: v.to_dict() if isinstance(v, Words) else v if isinstance(v, (int, float, str))
                           else str(v) for k, v in self.params.items()}}


class Joined(Words):
    """Several messages said as one (each problem of an exam file, say): ``str`` joins the English with
    "; ", ``said`` says each part in the user's language and joins them the way that language does."""
    parts: tuple[str, ...]

    def __new__(cls, parts: "Iterable[str]") -> "Joined":
        parts = tuple(parts)
        made = str.__new__(cls, "; ".join(parts))
        made.template, made.params, made.parts = "", {}, parts
        return made

    def to_dict(self) -> dict:
        return {"joined": [p.to_dict() if isinstance(p, Words) else str(p) for p in self.parts]}


def words_said(text: str, sent: object) -> str:
    """``text`` (the English a server sent) in this side's language, from ``sent`` (``Words.to_dict``):
    only a template this program knows is filled in, with numbers and texts, so a server cannot make it
    format anything else; otherwise ``text`` as it is."""
    made = _words_of(sent)
    return said(made) if made is not None else text


def words_from(sent: object) -> "Words | None":
    """The Words a peer sent (``Words.to_dict``), to keep and say later in the reader's language; None for a
    template this program does not know (then keep the peer's English)."""
    return _words_of(sent)


def _words_of(sent: object) -> "Words | None":
    if isinstance(sent, dict) and isinstance(sent.get("joined"), list):
        parts = [_words_of(p) if isinstance(p, dict) else p for p in sent["joined"]]
        return Joined(p for p in parts if isinstance(p, str)) if all(isinstance(p, str) for p in parts) else None
    if not isinstance(sent, dict) or not isinstance(sent.get("template"), str) or \
            not isinstance(sent.get("params"), dict) or sent["template"] not in _catalog(language()):
        return None
    params: dict[str, object] = {}
    for key, value in sent["params"].items():
        if isinstance(value, dict):
            value = _words_of(value) or str(value.get("template", ""))
        elif isinstance(value, bool) or not isinstance(value, (int, float, str)):
            return None
        params[str(key)] = value
    try:
        return Words(sent["template"], **params)
    except (KeyError, IndexError, ValueError, TypeError):   # parameters that do not fit the template
        return None


def said(text: str) -> str:
    """``text`` in the user's language when it is ``Words`` (and so are its values that are ``Words``, such
    as a level's name); any other text as it is."""
    if isinstance(text, Joined):
        return ("; " if language() == "en" else "；").join(said(p) for p in text.parts)
    if not isinstance(text, Words):
        return text
    return cli_tr(text.template).format(**_shown({k: said(v) if isinstance(v, Words) else v
                                                  for k, v in text.params.items()}))


def said_of(exc: BaseException) -> str:
    """An exception's message in the user's language when it was raised with ``Words`` (or is an
    ``OSError(errno, Words(…))``); else its own."""
    first = exc.args[0] if exc.args else None
    if isinstance(first, Words):
        return said(first)
    words = getattr(exc, "strerror", None)
    return said(words) if isinstance(words, Words) else str(exc)


def help_text(text: str) -> str:
    """A command's help as click shows it (docstring indentation removed, up to a form feed): the key
    its translation is kept under."""
    return inspect.cleandoc(text).partition("\f")[0]


def commands(group: click.Command, path: str = ""):
    """(command path, command) for the group and every command below it."""
    yield path, group
    if isinstance(group, click.Group):
        for name, command in group.commands.items():
            yield from commands(command, f"{path} {name}".strip())


def _short(text: str, limit: int = 40) -> str:
    """The first sentence for a command list: click shortens at spaces, which Chinese does not have."""
    first = text.split("\n")[0].split("。")[0].rstrip("：:")
    if len(first) <= limit:
        return first
    # at the last clause's end that fits, never inside a word or a file name (见 docs/statio…)
    closed = max(first.rfind("）", 0, limit - 1), first.rfind(")", 0, limit - 1))
    cut = max(max(first.rfind(mark, 0, limit) for mark in "，；：、（("), closed + 1 if closed >= 0 else -1)
    head = first[:cut] if cut >= limit // 3 else first[:limit - 1]
    opened = max(head.rfind("（"), head.rfind("("))
    if opened > max(head.rfind("）"), head.rfind(")")) and opened >= 4:   # never inside brackets
        head = head[:opened]
    return head + "…"


# click translates through gettext: each of its modules binds ``gettext`` as ``_`` (and ``ngettext``) at
# import. The standard catalogue lookup would need a compiled .mo and the language from $LANGUAGE, so
# click's words are looked up in this catalogue instead, by rebinding those two names.
CLICK_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "termui", "types", "utils")


def click_words() -> list[str]:
    """Every literal click passes to ``_`` or ``ngettext`` in the modules above, and "required" (the
    ``[required]`` of an option's help, which it passes through ``_`` as a variable)."""
    words = ["required"]
    for name in CLICK_MODULES:
        module = sys.modules.get(f"click.{name}")
        if module is None or module.__file__ is None:
            continue
        for node in ast.walk(ast.parse(Path(module.__file__).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
                words += [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            elif name == "types" and isinstance(node, ast.ClassDef):   # a type's name: its metavar and errors
                words += [b.value.value for b in node.body if isinstance(b, ast.Assign) and
                          any(getattr(t, "id", None) == "name" for t in b.targets) and
                          isinstance(b.value, ast.Constant) and isinstance(b.value.value, str)]
    return list(dict.fromkeys(words))


def _ngettext(singular: str, plural: str, count: int) -> str:
    return cli_tr(singular if count == 1 else plural)


def _translate_click() -> None:
    for name in CLICK_MODULES:
        module = sys.modules.get(f"click.{name}")
        if module is None:
            continue
        if hasattr(module, "_"):
            setattr(module, "_", cli_tr)
        if hasattr(module, "ngettext"):
            setattr(module, "ngettext", _ngettext)


class _HelpFormatter(click.HelpFormatter):
    """Click's help, with a full-width colon after a heading (选项：) as Chinese writes it."""

    def write_heading(self, heading: str) -> None:
        colon = ":" if language() == "en" else "："   # set once per process: the language may change in tests
        self.write(f"{'':>{self.current_indent}}{heading}{colon}\n")


_CJK_CHUNK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]"
                        r"[，。；：、！？）》」』\u3001\u3002]*|[^\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+")


def _wrapper_class():
    """Click's help wrapper, made to break only where a reader expects: between Chinese characters (never
    before a closing mark) and at spaces, never inside a Latin word, a command, an option's value list
    (``{proctor|unit_admin|…}``) or a file name such as ``server-signing.key.pub``, which click cut at any
    letter or hyphen. None when this click has no such class (a newer click: its own wrapping stands)."""
    try:
        from click._textwrap import TextWrapper as base
    except ImportError:
        return None
    if getattr(base, "whole_words", False):
        return None

    class WholeWords(base):
        whole_words = True

        def __init__(self, *args, **kwargs) -> None:
            kwargs.update(break_long_words=False, break_on_hyphens=False)
            super().__init__(*args, **kwargs)

        def _split(self, text: str) -> list[str]:
            return [piece for chunk in super()._split(text)
                    for piece in (_CJK_CHUNK.findall(chunk) if chunk.strip() else [chunk])]

    return WholeWords


def _wrap_whole_words() -> None:
    wrapper = _wrapper_class()
    if wrapper is not None:
        sys.modules["click._textwrap"].TextWrapper = wrapper   # type: ignore[attr-defined]


def localize(group: click.Command) -> click.Command:
    """Translate the help of every command and option under ``group`` in place, once, at start, and
    click's own words; help is wrapped at spaces and between Chinese characters only."""
    _wrap_whole_words()
    click.Context.formatter_class = _HelpFormatter
    if language() == "en":
        return group
    _translate_click()
    for _path, command in commands(group):
        if command.help:
            command.help = cli_tr(help_text(command.help))
            command.short_help = _short(command.help)
        # click (8.1.8 on) keeps the --help option once made, with the words of the language then in use
        cached = getattr(command, "_help_option", None)
        for param in (*command.params, *((cached,) if isinstance(cached, click.Option) else ())):
            if isinstance(param, click.Option) and param.help:
                param.help = cli_tr(param.help)
            # the type's name is the metavar (整数) and the word in its errors ('x' 不是有效的整数); click named
            # a path's kind ("file") when the command was defined, before its words were in this language
            if isinstance(getattr(param.type, "name", None), str):
                param.type.name = cli_tr(param.type.name)
        for param in command.params:
            if isinstance(param, click.Argument) and param.metavar is None and not isinstance(param.type,
                                                                                               click.Choice):
                param.metavar = _argument_metavar(param)
            elif isinstance(param, click.Option) and param.metavar:   # one a command names itself (EXAM_ID)
                param.metavar = cli_tr(param.metavar)
        command.options_metavar = cli_tr(command.options_metavar or "")
        if isinstance(command, click.Group) and command.subcommand_metavar:
            command.subcommand_metavar = cli_tr(command.subcommand_metavar)
    return group


def metavar_words(command: click.Command) -> list[str]:
    """The placeholders of ``command``'s usage line that ``localize`` translates: "[OPTIONS]", a group's
    "COMMAND [ARGS]..." and each argument's name as click shows it (FILES, LEARNER_NO); a choice shows
    its choices, which are typed as they are."""
    words = [command.options_metavar or ""]
    if isinstance(command, click.Group) and command.subcommand_metavar:
        words.append(command.subcommand_metavar)
    words += [p.name.upper() for p in command.params if isinstance(p, click.Argument) and p.name
              and p.metavar is None and not isinstance(p.type, click.Choice)]
    words += [p.metavar for p in command.params if isinstance(p, click.Option) and p.metavar]
    return [w for w in words if w]


def _argument_metavar(param: click.Argument) -> str:
    """An argument's usage word in the user's language, marked as click marks it: [optional], repeated..."""
    word = cli_tr((param.name or "").upper())
    if not param.required:
        word = f"[{word}]"
    return word + ("..." if param.nargs != 1 else "")
