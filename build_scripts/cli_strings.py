"""The command-line strings and their translations (examcore/cli_text.py).

    python build_scripts/cli_strings.py update   # gather strings into resources/translations/cli_zh_CN.ts
    python build_scripts/cli_strings.py json     # write the finished translations to cli_zh_CN.json
    python build_scripts/cli_strings.py check    # exit 1 and list what is missing or unfinished

Strings come from the help of every command and option of `xuefa`, `xuefa-server` and `xuefa-pack`, and
from every ``cli_tr("…")`` and ``Words("…", …)`` call with a literal in the station, server and core sources, and click's own
words (examcore.cli_text.click_words). The .ts file is the Qt
Linguist format (context ``Cli``); `update` keeps translations of strings still in use, adds new ones as
unfinished and drops the rest.
"""
from __future__ import annotations

import ast
import json
import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TS = ROOT / "resources" / "translations" / "cli_zh_CN.ts"
JSON = TS.with_suffix(".json")
SOURCES = ("desktop", "sync_server", "examcore", "demo_centre")
MARKERS = ("cli_tr", "Words")   # calls whose first argument, a literal, is a catalogue string


def _trees():
    os.environ["XUEFA_LANG"] = "en"   # the English sources, whatever the caller's language
    from demo_centre.__main__ import main as demo
    from desktop.app import main as station
    from examcore.packtool import main as pack
    from sync_server.cli import main as server
    return station, server, pack, demo


def strings_in_use() -> list[str]:
    import click

    from examcore.cli_text import click_words, commands, help_text, metavar_words
    found: list[str] = click_words()
    for tree in _trees():
        for _path, command in commands(tree):
            if command.help:
                found.append(help_text(command.help))
            found += metavar_words(command)
            found += [p.help for p in command.params if isinstance(p, click.Option) and p.help]
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS
                        and node.args and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str)):
                    found.append(node.args[0].value)
    return list(dict.fromkeys(found))


def read_ts(path: Path = TS) -> dict[str, str | None]:
    """source -> finished translation (None: unfinished)."""
    if not path.exists():
        return {}
    out: dict[str, str | None] = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        done = translation is not None and translation.get("type") is None and translation.text
        out[message.findtext("source") or ""] = translation.text if done else None
    return out


def write_ts(entries: dict[str, str | None], path: Path = TS) -> None:
    root = ET.Element("TS", version="2.1", language="zh_CN")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "Cli"
    for source, translation in entries.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        element = ET.SubElement(message, "translation")
        if translation:
            element.text = translation
        else:
            element.set("type", "unfinished")
    ET.indent(root)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")


def problems() -> tuple[list[str], list[str]]:
    """(strings in use with no entry in the .ts, entries in use but unfinished)."""
    committed = read_ts()
    in_use = strings_in_use()
    return [s for s in in_use if s not in committed], [s for s in in_use if s in committed and not committed[s]]


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        committed = read_ts()
        write_ts({s: committed.get(s) for s in strings_in_use()})
        return 0
    if command == "json":
        finished = {s: t for s, t in read_ts().items() if t}
        JSON.write_text(json.dumps(finished, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
        return 0
    missing, unfinished = problems()
    for s in missing:
        print(f"missing: {s!r}")
    for s in unfinished:
        print(f"unfinished: {s!r}")
    return 1 if missing or unfinished else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
