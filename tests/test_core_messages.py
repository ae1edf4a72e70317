"""Every message core gives a person can be translated, and is in the translation files.

Core speaks English; the window translates what core says (app/core/text.py). Three nets keep an
English-only message from slipping through:

- the code: no argument bound to a ``message``, ``fix``, ``reason``, ``said``, ``what`` or
  ``warning`` parameter anywhere in app/core is English written in place (a literal, an f-string,
  a concatenation, a ``.format``), directly or through a variable; class defaults likewise;
- the tables of words (check titles, skip reasons, Cursor's steps and fields) hold Texts;
- the messages core actually produces, run against the simulator in every fault it can inject and
  over Cursor's settings and request log in their states, are Texts (their parts too) whose
  templates the committed translation template holds.
"""

from __future__ import annotations

import ast
import dataclasses
import re
import socket
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.core.checks import ROOT_CAUSES, run_checks
from app.core.model import CHECK_TITLES, Settings
from app.core.text import Text
from tests.conftest import TEST_KEY

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "app" / "core"
TEMPLATE = ROOT / "resources" / "translations" / "cursor_azure_setup.ts"

MESSAGE_PARAMS = frozenset({"message", "fix", "reason", "said", "what", "warning"})
# Calls whose message-like parameters carry someone else's words, never ours.
NOT_OURS = frozenset({"ErrorBody"})  # what the service's error body said: it goes to a detail


# --- the code ------------------------------------------------------------------------------------


def _params(func: ast.FunctionDef) -> list[str]:
    names = [a.arg for a in func.args.posonlyargs + func.args.args]
    return names[1:] if names and names[0] in ("self", "cls") else names


def _is_dataclass(node: ast.ClassDef) -> bool:
    return any(
        (isinstance(d, ast.Name) and d.id == "dataclass")
        or (isinstance(d, ast.Call) and isinstance(d.func, ast.Name) and d.func.id == "dataclass")
        for d in node.decorator_list
    )


class _Signatures:
    """The positional parameter names of every function and class defined under a folder."""

    def __init__(self, trees: dict[Path, ast.Module]) -> None:
        self.functions: dict[str, list[tuple[Path, list[str]]]] = {}
        self.classes: dict[str, list[ast.ClassDef]] = {}
        for path, tree in trees.items():
            for node in ast.walk(tree):
                if isinstance(node, ast.FunctionDef):
                    self.functions.setdefault(node.name, []).append((path, _params(node)))
                elif isinstance(node, ast.ClassDef):
                    self.classes.setdefault(node.name, []).append(node)

    def of_class(self, name: str, seen: frozenset[str] = frozenset()) -> list[list[str]]:
        found: list[list[str]] = []
        for node in self.classes.get(name, []):
            init = next(
                (b for b in node.body if isinstance(b, ast.FunctionDef) and b.name == "__init__"), None
            )
            if init is not None:
                found.append(_params(init))
            elif _is_dataclass(node):
                found.append([b.target.id for b in node.body if isinstance(b, ast.AnnAssign)])  # type: ignore[union-attr]
            else:  # inherited
                for base in node.bases:
                    base_name = base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
                    if base_name not in seen:
                        found += self.of_class(base_name, seen | {name})
        return found

    def of_call(self, name: str, where: Path) -> list[list[str]]:
        if name in self.classes:
            return self.of_class(name)
        defined = self.functions.get(name, [])
        here = [params for path, params in defined if path == where]
        return here or [params for _path, params in defined]


def _english(node: ast.AST | None) -> bool:
    """English written in place: a literal with letters, an f-string, or text built from them."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and re.search(r"[A-Za-z]{2}", node.value) is not None
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _english(node.left) or _english(node.right)
    if isinstance(node, ast.IfExp):
        return _english(node.body) or _english(node.orelse)
    if isinstance(node, ast.BoolOp):
        return any(_english(v) for v in node.values)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in ("format", "join") and isinstance(node.func.value, ast.Constant)
    return False


def _assigned(statements: list[ast.stmt] | ast.AST) -> dict[str, list[ast.expr]]:
    nodes = statements if isinstance(statements, list) else list(ast.walk(statements))
    found: dict[str, list[ast.expr]] = {}
    for node in nodes:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found.setdefault(target.id, []).append(node.value)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            found.setdefault(node.target.id, []).append(node.value)
    return found


class _Module:
    """One module's parse tree, with what is needed to follow a name back to its text."""

    def __init__(self, tree: ast.Module) -> None:
        self.tree = tree
        self.parents = {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        self.names = _assigned([s for s in tree.body if isinstance(s, ast.Assign | ast.AnnAssign)])

    def written_in_english(self, arg: ast.expr, call: ast.Call) -> bool:
        """English in place, or a variable (of the function, else of the module) that holds some."""
        if _english(arg):
            return True
        if not isinstance(arg, ast.Name):
            return False
        scope: ast.AST | None = call
        while scope is not None and not isinstance(scope, ast.FunctionDef):
            scope = self.parents.get(id(scope))
        local = _assigned(scope) if scope is not None else {}
        if isinstance(scope, ast.FunctionDef) and arg.id not in local and arg.id in _params(scope):
            return False  # the caller's argument: checked where that call is made
        return any(_english(v) for v in local.get(arg.id) or self.names.get(arg.id, []))


def _class_defaults(node: ast.ClassDef) -> Iterator[tuple[str, int]]:
    """``default_*`` attributes of a class written in English in place: (name, line)."""
    for stmt in node.body:
        if isinstance(stmt, ast.Assign):
            targets, value = stmt.targets, stmt.value
        elif isinstance(stmt, ast.AnnAssign):
            targets, value = [stmt.target], stmt.value
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name) and target.id.startswith("default_") and _english(value):
                yield target.id, stmt.lineno


def _called(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def english_messages(folder: Path) -> list[str]:
    """``path:line: call(param=...)`` for every message written in English in place under ``folder``."""
    trees = {
        p: ast.parse(p.read_text(encoding="utf-8"), filename=str(p)) for p in sorted(folder.rglob("*.py"))
    }
    signatures = _Signatures(trees)
    found: list[str] = []
    for path, tree in trees.items():
        where = path.relative_to(folder.parent)
        module = _Module(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                found += [f"{where}:{line}: {node.name}.{name}" for name, line in _class_defaults(node)]
            if not isinstance(node, ast.Call) or _called(node.func) in NOT_OURS:
                continue
            name = _called(node.func)
            for params in signatures.of_call(name, path) if name else []:
                bound = [(params[i], arg) for i, arg in enumerate(node.args) if i < len(params)]
                bound += [(k.arg, k.value) for k in node.keywords if k.arg]
                for param, arg in bound:
                    if param in MESSAGE_PARAMS and module.written_in_english(arg, node):
                        found.append(f"{where}:{arg.lineno}: {name}({param}=...)")
    return sorted(set(found))


def test_no_message_in_core_is_english_written_in_place() -> None:
    found = english_messages(CORE)
    assert found == [], "write these as Text(template, **values) (app/core/text.py):\n" + "\n".join(found)


def test_the_code_check_finds_english_written_into_a_message(tmp_path: Path) -> None:
    core = tmp_path / "core"
    core.mkdir()
    (core / "model.py").write_text(
        "from dataclasses import dataclass\n"
        "@dataclass\n"
        "class Problem:\n"
        "    code: str\n"
        "    message: str\n"
        "    fix: str = ''\n",
        encoding="utf-8",
    )
    (core / "errors.py").write_text(
        "class AppError(Exception):\n"
        "    def __init__(self, message: str, fix: str = '') -> None: ...\n"
        "class Locked(AppError):\n"
        "    default_message = 'The keyring is locked.'\n"
        "class Stuck(AppError):\n"
        "    default_message = Text('The keyring is stuck.')\n",
        encoding="utf-8",
    )
    (core / "uses.py").write_text(
        "from core.model import Problem\n"
        "from core.errors import AppError, Locked\n"
        "READY = 'Ready to go.'\n"
        "def f(host, said):\n"
        "    Problem('x', f'{host} refused the connection.')\n"  # 5: an f-string
        "    Problem('x', Text('{host} refused.', host=host), fix='Try again ' + host)\n"  # 6: concatenated
        "    AppError(READY)\n"  # 7: a module constant
        "    fix = 'Check the address.'\n"
        "    Problem('x', Text('Fine.'), fix)\n"  # 9: a local variable
        "    AppError(said, '')\n"  # the caller's: not here
        "    Problem('x', Text('Fine.'), Text('Also fine.'))\n"
        "    Problem('x', '', '')\n",
        encoding="utf-8",
    )
    assert english_messages(core) == [
        "core/errors.py:4: Locked.default_message",
        "core/uses.py:5: Problem(message=...)",
        "core/uses.py:6: Problem(fix=...)",
        "core/uses.py:7: AppError(message=...)",
        "core/uses.py:9: Problem(fix=...)",
    ]


# --- the words in the translation files -----------------------------------------------------------


def core_templates(ts: Path = TEMPLATE) -> set[str]:
    root = ET.parse(ts).getroot()
    return {
        m.findtext("source") or ""
        for c in root.iter("context")
        if c.findtext("name") == "core"
        for m in c.iter("message")
    }


def _texts_in(message: str) -> Iterator[Text]:
    if isinstance(message, Text):
        yield message
        for value in message.values.values():
            if isinstance(value, str):
                yield from _texts_in(value)


_SENTENCE = re.compile(r"[a-z]{3,} [a-z]{3,} [a-z]{3,}")


def _has_words(template: str) -> bool:
    """Not only placeholders and punctuation (a list made by ``join_texts`` has nothing to translate)."""
    return re.search(r"[A-Za-z]", re.sub(r"\{[^{}]*\}", "", template)) is not None


def untranslatable(messages: list[str], templates: set[str]) -> list[str]:
    """The messages a translation cannot reach: plain English, or a template the files lack."""
    wrong: list[str] = []
    for message in messages:
        if not message:
            continue
        if not isinstance(message, Text):
            wrong.append(f"not a Text: {message!r}")
            continue
        parts = list(_texts_in(message))
        wrong += [
            f"not in the translation template: {t.template!r}"
            for t in parts
            if t.template not in templates and _has_words(t.template)
        ]
        # A plain value holding an English sentence would stay English inside any translation.
        wrong += [
            f"an English value in {t.template!r}: {v!r}"
            for t in parts
            for v in t.values.values()
            if isinstance(v, str)
            and not isinstance(v, Text)
            and re.search(r"[a-z]{3,} [a-z]{3,} [a-z]{3,}", v)
        ]
    return wrong


@pytest.fixture(scope="module")
def templates() -> set[str]:
    return core_templates()


def test_the_tables_of_words_are_translatable(templates) -> None:
    from app.core import export
    from app.core.cursor.apply import FIELD_LABELS
    from app.core.cursor.findings import FINDING_TITLES
    from app.core.cursor.problems import CURSOR_AZURE_SECTION, QUIT_CURSOR

    words = [
        *CHECK_TITLES.values(),
        *ROOT_CAUSES.values(),
        *FINDING_TITLES.values(),
        *FIELD_LABELS.values(),
        *export.cursor_steps(),
        *export.troubleshooting_steps(),
        CURSOR_AZURE_SECTION,
        QUIT_CURSOR,
    ]
    assert untranslatable(words, templates) == []


def test_a_plain_string_or_a_missing_template_is_found(templates) -> None:
    """The run-time net can fail: plain English, a template the files lack, an English value."""
    assert untranslatable(["Some English."], templates) == ["not a Text: 'Some English.'"]
    odd = Text("{what} went wrong.", what=Text("Nothing at all"))
    assert untranslatable([odd], templates) == [
        "not in the translation template: '{what} went wrong.'",
        "not in the translation template: 'Nothing at all'",
    ]
    said = Text("Could not read Cursor's settings: {reason}", reason="the file could not be opened")
    assert untranslatable([said], templates) == [
        "an English value in \"Could not read Cursor's settings: {reason}\": 'the file could not be opened'"
    ]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _settings(url: str, deployment: str = "google/gemini-2.5-pro", timeout_s: float = 10) -> Settings:
    return Settings(
        base_url=url, deployment=deployment, alias="aimlapi-test", api_key=TEST_KEY, timeout_s=timeout_s
    )


def _said(report) -> list[str]:
    return [text for check in report.checks for text in (check.message, check.fix)]


# Every fault the simulator can inject (app/simulator/faults.py), with options that keep it short.
FAULTS: list[tuple[str, dict]] = [
    ("bad_key", {}),
    ("no_credits", {}),
    ("no_credits", {"status": 402, "text": "older"}),
    ("spending_limit", {}),
    ("low_balance", {}),
    ("rate_limited", {"retry_after": 0}),
    ("rate_limited", {"retry_after": 0, "free_tier": True}),
    ("server_error", {}),
    ("server_error", {"status": 503, "retry_after": 0}),
    ("slow", {"delay_ms": 2500}),
    ("stream_cut", {}),
    ("stream_cut", {"mode": "clean"}),
    ("html_proxy", {}),
    ("malformed_json", {}),
    ("malformed_json", {"where": "stream"}),
    ("no_tool_call", {}),
    ("bad_tool_arguments", {}),
    ("reasoning", {}),
    ("success_status", {}),
    ("bad_request", {}),
    ("empty_catalog", {}),
    ("unrecognised_catalog", {}),
    ("key_info_denied", {}),
]


@pytest.mark.parametrize(("fault", "options"), FAULTS, ids=[f"{f}-{i}" for i, (f, _o) in enumerate(FAULTS)])
def test_what_the_checks_say_about_each_fault_is_translatable(simulator, templates, fault, options) -> None:
    from app.simulator.faults import FAULTS as SIMULATED

    assert fault in SIMULATED
    simulator.set_fault(fault, **options)
    report = run_checks(_settings(simulator.url, timeout_s=1 if fault == "slow" else 10))
    assert untranslatable(_said(report), templates) == []


def test_every_fault_of_the_simulator_is_tried() -> None:
    from app.simulator.faults import FAULTS as SIMULATED

    assert set(SIMULATED) == {name for name, _options in FAULTS}


@pytest.mark.parametrize(
    "case", ["unknown model", "model in other capitals", "unreachable", "not the service", "cancelled"]
)
def test_what_the_checks_say_without_a_fault_is_translatable(simulator, templates, case) -> None:
    import threading

    cancel = threading.Event()
    settings = _settings(simulator.url)
    if case == "unknown model":
        settings = _settings(simulator.url, "acme/no-such-model")
    elif case == "model in other capitals":
        settings = _settings(simulator.url, "Google/Gemini-2.5-Pro")
    elif case == "unreachable":
        settings = _settings(f"http://127.0.0.1:{_free_port()}")
    elif case == "not the service":
        settings = _settings(simulator.url + "/somewhere/else")
    else:
        cancel.set()
    report = run_checks(settings, cancel=cancel)
    assert untranslatable(_said(report), templates) == []


def test_what_core_says_about_cursors_side_is_translatable(tmp_path: Path, templates) -> None:
    from app.core.cursor.account import key_info_from_response, parse_logs, parse_metrics
    from app.core.cursor.findings import diagnose
    from app.core.cursor.settings import CursorSettings
    from app.core.cursor.traffic import traffic_verdict
    from app.core.diagnosis import bad_response
    from tests.cursor_fixtures import GOOD, TARGET

    said: list[str] = []
    unknown = CursorSettings()
    wrong = dataclasses.replace(
        GOOD,
        base_url="http://api.aimlapi.com/openai",
        deployment="gemini-2.5-pro",
        azure_enabled=False,
        key_set=False,
        openai_override=True,
        openai_base_url="https://proxy.example",
        custom_models=("gpt-4o", "mine", *(f"m{i}" for i in range(9))),
        enabled_models=("mine", *(f"m{i}" for i in range(9))),
    )
    for settings in (GOOD, unknown, wrong, dataclasses.replace(GOOD, key_set=None, key_rows=("secret://x",))):
        for finding in diagnose(settings, TARGET):
            said += [finding.message, finding.fix, finding.title]

    now = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)

    def row(minutes_ago: float, status: str = "succeeded") -> dict:
        created = (now - timedelta(minutes=minutes_ago)).isoformat().replace("+00:00", "Z")
        return {"created": created, "status": status, "origin": "api", "model": TARGET.deployment}

    def verdict(*rows: dict, since: timedelta = timedelta(hours=1), **kwargs):
        found = traffic_verdict(parse_logs({"data": list(rows)}).rows, TARGET, now - since, now=now, **kwargs)
        return [found.message, found.fix, *(t for c in found.causes for t in (c.message, c.fix))]

    said += verdict(row(0.5), row(3, "failed"))
    said += verdict(row(1), since=timedelta(minutes=1))
    said += verdict(row(5), since=timedelta(minutes=30))
    said += verdict(row(200), since=timedelta(days=1))
    said += verdict(since=timedelta(days=7), settings=wrong)
    said += verdict(since=timedelta(hours=5), settings=GOOD)
    said += verdict(settings=unknown)
    said += verdict(row(1, "failed"), key=key_info_from_response(200, {"data": {"disabled": True}}))
    over = {"data": {"limit": {"threshold": 10}, "monthly_usage": 10}}
    said += verdict(row(1, "failed"), key=key_info_from_response(200, over))
    said += verdict(
        row(1, "failed"), key=key_info_from_response(200, {"data": {"scopes": ["model:embeddings"]}})
    )
    said += verdict(row(1, "failed"), health=parse_metrics({"models": []}, TARGET.deployment))
    said += verdict({**row(1, "failed"), "status_code": 401, "error": "Invalid API key"})
    said += verdict(
        logs_problem=bad_response(Text("The service's request log was not in the expected format."))
    )
    for health in ({"models": []}, {"models": [{"alias": TARGET.deployment}]}, None):
        said.append(parse_metrics(health, TARGET.deployment).message)
    said += [key_info_from_response(403, None).reason, key_info_from_response(500, None).reason]
    assert untranslatable(said, templates) == []
