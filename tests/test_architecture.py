"""The core stays free of UI and web frameworks (ARCHITECTURE.md, STYLE.md 1) and type-clean (STYLE.md 7)."""
from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {"PySide6", "PyQt5", "PyQt6", "flask", "werkzeug", "desktop", "sync_server"}


def imported_names(source: str) -> list[str]:
    """Every module a source imports by its absolute name, in functions too, in order."""
    names: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def forbidden_imports(source: str) -> list[str]:
    return [n for n in imported_names(source) if n.split(".")[0] in FORBIDDEN]


def test_the_check_itself_sees_forbidden_imports():
    assert forbidden_imports("import os\nfrom PySide6.QtCore import Qt\ndef f():\n    import flask\n") == \
        ["PySide6.QtCore", "flask"]


def test_examcore_imports_neither_qt_nor_flask():
    files = list((ROOT / "examcore").rglob("*.py"))
    assert len(files) > 10
    offenders = {p.name: bad for p in files if (bad := forbidden_imports(p.read_text(encoding="utf-8")))}
    assert offenders == {}


def test_the_server_imports_neither_qt_nor_the_station():
    offenders = {p.name: bad for p in (ROOT / "sync_server").rglob("*.py")
                 if (bad := [n for n in forbidden_imports(p.read_text(encoding="utf-8"))
                             if n.split(".")[0] in {"PySide6", "desktop"}])}
    assert offenders == {}


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_every_package_is_type_clean(platform):
    """examcore, the server and the station, with the project's mypy settings, as Linux and as Windows
    sees them (the Windows-only code is checked only there; issue 18)."""
    out = subprocess.run([sys.executable, "-m", "mypy", "--platform", platform,
                          "--cache-dir", str(ROOT / ".venv" / f".mypy_cache-{platform}"),
                          "examcore", "sync_server", "desktop", "demo_centre"],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout[-3000:]


# --- no import cycles between the server's modules (issue 18) ----------------------------------------

def module_graph(package: Path, collapse: tuple[str, ...] = (),
                 grouped: Callable[[str], str] | None = None) -> dict[str, set[str]]:
    """Which of the package's modules each module imports, at the top or inside a function. Modules under
    a name in ``collapse`` count as that one name (a package registering its own parts); ``grouped``, if
    given, names the node each module counts as instead."""
    mods: dict[str, Path] = {}
    for p in package.rglob("*.py"):
        if "migrations" in p.parts:
            continue
        name = ".".join(p.relative_to(package.parent).with_suffix("").parts).removesuffix(".__init__")
        mods[name] = p

    def node_of(name: str) -> str:
        if grouped is not None:
            return grouped(name)
        return next((c for c in collapse if name == c or name.startswith(c + ".")), name)

    graph: dict[str, set[str]] = {node_of(m): set() for m in mods}
    for m, p in mods.items():
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                subs = [f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in mods]
                targets = subs or ([node.module] if node.module in mods else [])
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names if a.name in mods]
            else:
                continue
            graph[node_of(m)] |= {node_of(t) for t in targets if node_of(t) != node_of(m)}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or round about (Tarjan's components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_cycle_check_itself_sees_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_between_server_modules():
    # the api package registers its modules on one blueprint (they import it back): one node until the
    # server is split by area (issue 18, Deliver 1)
    graph = module_graph(ROOT / "sync_server", collapse=("sync_server.api",))
    assert len(graph) > 30
    assert cycles(graph) == []


# the server's areas, each a folder with its services, its blueprint (api) and its commands (cli)
SERVER_AREAS = ("directory", "exams", "reports", "results", "sittings", "study", "upstream")
ABOVE_THE_SERVICES = ("api", "cli", "bundles_cli", "learners_cli")   # an area's blueprint and commands


def area_services(name: str) -> str:
    """sync_server.results.ingest -> sync_server.results: an area's services are one node; its blueprint and
    commands stay nodes of their own, above every area's services (they may use any); the api package's
    modules are one node (they register on one blueprint)."""
    parts = name.split(".")
    if parts[:2] == ["sync_server", "api"]:
        return "sync_server.api"
    if len(parts) > 2 and parts[1] in SERVER_AREAS and parts[2] not in ABOVE_THE_SERVICES:
        return ".".join(parts[:2])
    return name


def test_the_area_check_sees_the_areas_and_a_cycle_between_them():
    graph = module_graph(ROOT / "sync_server", grouped=area_services)
    for area in SERVER_AREAS:
        assert f"sync_server.{area}" in graph, area
    assert "sync_server.results.ingest" not in graph and "sync_server.results.api" in graph
    assert "sync_server.results" in graph["sync_server.upstream"]   # (the relay sends the results)
    # a service of the results importing the relay again (as the bundles once did) is a cycle
    assert cycles({**graph, "sync_server.results": graph["sync_server.results"] | {"sync_server.upstream"}})


def test_no_import_cycles_between_server_areas():
    """The areas' services form layers (directory, study, results, reports, exams, sittings, upstream at the
    top: it relays them all), so one area can be read, changed and tested without the ones above it."""
    assert cycles(module_graph(ROOT / "sync_server", grouped=area_services)) == []


# --- the station: Station only wires, services take their parts in their constructors (issue 18) -----

COMPOSITION_ROOT = "desktop.station"


def reaching(graph: dict[str, set[str]], start: str) -> set[str]:
    """Every module ``start`` imports, directly or round about."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        for nxt in graph.get(todo.pop(), set()) - seen:
            seen.add(nxt)
            todo.append(nxt)
    return seen


def services_reaching_the_root(graph: dict[str, set[str]]) -> list[str]:
    return sorted(m for m in graph if m.startswith("desktop.services.") and COMPOSITION_ROOT in reaching(graph, m))


def test_the_root_check_sees_a_service_that_reaches_the_station():
    graph = module_graph(ROOT / "desktop")
    assert COMPOSITION_ROOT in reaching(graph, "desktop.controller")   # the window wires from it: allowed
    assert "desktop.services.sync_steps" in graph and "desktop.services.downward" in graph
    # a service reaching it round about (through another service that imports it) is found
    sneaking = {**graph, "desktop.services.downward": graph["desktop.services.downward"] | {COMPOSITION_ROOT}}
    assert {"desktop.services.downward", "desktop.services.sync_steps"} <= set(services_reaching_the_root(sneaking))


def test_no_service_imports_the_composition_root():
    """A service is given the database, keys, clock and other services it uses; it never looks them up on the
    Station (a service locator hides what a service depends on and ties every test to a whole station)."""
    assert services_reaching_the_root(module_graph(ROOT / "desktop")) == []


def test_each_areas_commands_import_on_their_own():
    """An area's click commands, imported first in a process (as a test of that area does), must not find
    the command collection half made: sync_server.upstream.cli had imported sync_server.cli.common, whose
    package gathers every area's commands, itself among them (AttributeError: partially initialized module)."""
    modules = sorted(".".join(p.relative_to(ROOT).with_suffix("").parts) for p in (ROOT / "sync_server").rglob("*.py")
                     if p.stem.endswith("cli") and p.stem != "__init__" and "cli" != p.parent.name)
    assert "sync_server.upstream.cli" in modules and len(modules) >= 9
    failed = {}
    for module in modules:
        done = subprocess.run([sys.executable, "-c", f"import {module}"], cwd=ROOT, capture_output=True, text=True,
                              timeout=120)
        if done.returncode:
            failed[module] = done.stderr.strip().splitlines()[-1:]
    assert failed == {}


# --- the station's widgets: they call services, never SQL or crypto themselves (desktop/ui/__init__.py) -----

WIDGETS_NEVER_IMPORT = ("sqlalchemy", "sqlite3", "desktop.store", "examcore.crypto", "cryptography", "argon2", "nacl")


def storage_or_crypto_imports(source: str) -> list[str]:
    return [n for n in imported_names(source) if any(n == f or n.startswith(f + ".") for f in WIDGETS_NEVER_IMPORT)]


def test_the_widget_check_sees_a_widget_reaching_for_the_database():
    assert storage_or_crypto_imports("from desktop.store.models import Attempt\nimport sqlite3\n"
                                     "def f():\n    from examcore.crypto import aead\n") == \
        ["desktop.store.models", "sqlite3", "examcore.crypto"]
    assert storage_or_crypto_imports("from desktop.services.attempts import SaveFailed\n") == []


def test_widgets_never_touch_the_database_or_crypto():
    """Every widget, in every role's folder, goes through the station's services: a widget with SQL or keys
    of its own would be a second, untested way to the learner's answers."""
    widgets = sorted((ROOT / "desktop" / "ui").rglob("*.py"))
    assert len(widgets) > 40 and any(p.parent.name == "exam" for p in widgets)
    found = {str(p.relative_to(ROOT)): bad for p in widgets
             if (bad := storage_or_crypto_imports(p.read_text(encoding="utf-8")))}
    assert found == {}


ROLES = ("learner", "exam", "proctor", "admin")


def roles_reached(source: str, role: str) -> list[str]:
    """The other roles' widget folders a widget of ``role`` imports."""
    return [n for n in imported_names(source) for other in ROLES
            if other != role and (n == f"desktop.ui.{other}" or n.startswith(f"desktop.ui.{other}."))]


def test_the_role_check_sees_a_widget_reaching_into_another_role():
    assert roles_reached("from desktop.ui.admin.accounts_page import X\nfrom desktop.ui.confirm import confirm\n",
                         "proctor") == ["desktop.ui.admin.accounts_page"]
    assert roles_reached("from desktop.ui.exam.exam_window import ExamWindow\n", "exam") == []


def test_each_roles_widgets_use_only_their_own_and_the_shared_ones():
    """desktop/ui/{learner,exam,proctor,admin}/ (issue 18): a widget two roles need (the paper's review, the
    password of one's own account) lives at the top of ui/, so a role's folder can be read on its own."""
    found = {str(p.relative_to(ROOT)): bad for role in ROLES for p in (ROOT / "desktop" / "ui" / role).rglob("*.py")
             if (bad := roles_reached(p.read_text(encoding="utf-8"), role))}
    assert found == {}
