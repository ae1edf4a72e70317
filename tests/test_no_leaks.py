"""Leak scan: run the real command line (verify, key set/status/forget, models, verify --report,
cursor status/apply/traffic/restore), an export and a diagnostic report with a unique key, inside a
temporary HOME and XDG folders, then search every file written and all output for the key. Zero
hits allowed, with two exceptions that are not ours: the keyring's own encrypted store (outside
that HOME) and Cursor's own folder, where Cursor keeps its copy of the key and where the backups of
its database (byte-exact copies) therefore stay.

Some cases hand the key back from the server (in an error body, in a redirect's Location, in a
model's name, in pieces, hence in the --verbose log and the catalog cache): they pass only while
the one scrubber works, so switching redaction off makes this scan fail. Other channels: the key
typed as an argument, proxies in the environment, reports aimed at devices, pipes and links."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import pytest

from app.simulator import Simulator
from tests.cursor_cli import own_table
from tests.cursor_fixtures import EXTRA_ROWS, PLANTED_AUTH_KEY, app_user_3x, build_state_db
from tests.odd_targets import null_device
from tests.rawserver import RawRequest, RawServer, http_head
from tests.test_window_helpers import make_window, memory_keyring  # noqa: F401  (fixtures)

ROOT = Path(__file__).resolve().parents[1]


def unique_key(tag: str) -> str:
    # Realistic shape (32 hex), unique to this run, with a tag so a hit says which one leaked.
    return (tag + uuid.uuid4().hex)[:32]


class Sandbox:
    """A temporary HOME with XDG folders and a working directory; runs the CLI in a subprocess
    and keeps everything it printed."""

    def __init__(self, root: Path, keep_dbus: bool) -> None:
        self.root = root
        self.home = root / "home"
        self.cwd = root / "cwd"
        self.cwd.mkdir(parents=True)
        self.home.mkdir()  # a home that exists: nothing is ever created under one that does not
        env = {
            k: v for k, v in os.environ.items() if not k.startswith(("AIMLAPI_", "CURSOR_AZURE_SETUP_PRESET"))
        }
        if not keep_dbus:
            env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no keyring at all: the error paths
        env.update(
            HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            XDG_STATE_HOME=str(self.home / ".local" / "state"),
            XDG_DATA_HOME=str(self.home / ".local" / "share"),
            TMPDIR=str(root / "tmp"),
            NO_PROXY="127.0.0.1,localhost,::1",
            PYTHONPATH=str(ROOT),
            PYTHONDONTWRITEBYTECODE="1",
            QT_QPA_PLATFORM="offscreen",
        )
        (root / "tmp").mkdir()
        self.env = env
        self.outputs: list[tuple[list[str], bytes]] = []

    def cli(
        self, *args: str, key: str | None = None, stdin: str | None = None
    ) -> subprocess.CompletedProcess:
        env = dict(self.env)
        if key is not None:
            env["AIMLAPI_API_KEY"] = key
        proc = subprocess.run(
            # A process table of its own: another "cursor" on this machine cannot stop an apply.
            own_table([sys.executable, "-m", "app", *args]),
            input=stdin.encode() if stdin is not None else None,
            capture_output=True,
            env=env,
            cwd=self.cwd,
            timeout=90,
        )
        self.outputs.append((list(args), proc.stdout + b"\n" + proc.stderr))
        assert b"Traceback" not in proc.stderr, proc.stderr.decode(errors="replace")
        return proc

    def files(self) -> list[Path]:
        return [p for p in self.root.rglob("*") if p.is_file()]

    def hits(self, *secrets: str, exempt: Path | None = None) -> list[str]:
        """Where the secrets were found: files (except under ``exempt``) and outputs."""
        needles = {}
        for s in secrets:
            for form in {s, quote(s, safe=""), s.upper()}:
                needles[form.encode()] = s
                needles[form.encode("utf-16-le")] = s
        found = []
        for path in self.files():
            if exempt is not None and path.is_relative_to(exempt):
                continue
            data = path.read_bytes()
            found += [f"{path.relative_to(self.root)}" for n in needles if n in data]
        for args, out in self.outputs:
            found += [f"output of {' '.join(args)}" for n in needles if n in out]
        return found

    def fragment_hits(self, key: str, length: int = 6) -> list[str]:
        """Where any ``length`` characters of the key in a row were written or printed, in any case."""
        pieces = {key[i : i + length].lower().encode() for i in range(len(key) - length + 1)}
        found = []
        places = [(str(p.relative_to(self.root)), p.read_bytes()) for p in self.files()]
        places += [(f"output of {' '.join(args)}", out) for args, out in self.outputs]
        for where, data in places:
            lowered = data.lower()
            found += [f"{where}: {piece.decode()}" for piece in pieces if piece in lowered]
        return found


@pytest.fixture
def sim() -> Iterator[Simulator]:
    key = unique_key("5a11")
    with Simulator(api_key=key) as simulator:
        yield simulator


def test_command_line_never_writes_or_prints_the_key(tmp_path: Path, sim: Simulator) -> None:
    key = sim.api_key
    wrong = unique_key("bad0")
    box = Sandbox(tmp_path, keep_dbus=False)
    url = sim.url

    # verify for people, verbose logging on, with a text report; the key from the environment.
    report_txt = box.cwd / "report.txt"
    proc = box.cli("--verbose", "verify", "--base-url", url, "--report", str(report_txt), key=key)
    assert proc.returncode == 0, proc.stderr
    # The key pasted with quotes and a newline on standard input; JSON out, JSON report.
    report_json = box.cwd / "report.json"
    proc = box.cli(
        "verify", "--base-url", url, "--json", "--key-stdin", "--report", str(report_json), stdin=f'"{key}"\n'
    )
    assert proc.returncode == 0, proc.stderr
    # Failures: a wrong key (the service says why), then a stream cut short mid-answer.
    bad_report = box.cwd / "bad.json"
    assert (
        box.cli("--verbose", "verify", "--base-url", url, "--report", str(bad_report), key=wrong).returncode
        == 1
    )
    sim.set_fault("stream_cut")
    assert box.cli("--verbose", "verify", "--base-url", url, key=key).returncode == 1
    sim.set_fault(None)
    # Bad input that quotes the key (pasted into the wrong field).
    assert box.cli("verify", "--base-url", f"ftp://{key}", key=key).returncode == 2
    # models, with the key in the environment (it needs none).
    assert box.cli("models", "--base-url", url, "--json", key=key).returncode == 0
    # The keyring commands where no keyring exists: a clear error, the key nowhere.
    proc = box.cli("key", "set", "--stdin", stdin=key + "\n")
    assert proc.returncode != 0 and b"keyring" in proc.stderr.lower()

    written = {p.name for p in box.files()}
    # The scan means something only if the app really wrote its files here.
    assert {"report.json", "report.txt", "bad.json", "cursor-azure-setup.log"} <= written, written
    assert any(p.parent.name == "cursor-azure-setup" for p in box.files() if ".cache" in p.parts)
    assert box.hits(key, wrong) == []
    # ...and the scanner does find a key when there is one.
    (box.home / "planted.txt").write_text(f"x{key}x", encoding="utf-16")
    assert box.hits(key) == ["home/planted.txt"]


def test_cursor_commands_never_put_the_key_outside_cursors_own_folder(tmp_path: Path, sim: Simulator) -> None:
    """Cursor keeps its own copy of the key (the same key) in its database. Status, apply (whose
    backups copy that database), traffic and restore run against Cursor in its usual place: the
    key may be in Cursor's own folder, where Cursor put it, and nowhere else."""
    key = sim.api_key
    box = Sandbox(tmp_path, keep_dbus=False)
    cursor_folder = box.home / ".config" / "Cursor"
    db = build_state_db(
        cursor_folder / "User" / "globalStorage" / "state.vscdb",
        app_user_3x(base_url="https://api.aimlapi.com/openai", api_key=key),
        extra_rows={**EXTRA_ROWS, "cursorAuth/azureApiKey": key},
    )
    url = sim.url
    assert box.cli("--verbose", "cursor", "status").returncode == 1
    assert box.cli("cursor", "status", "--json").returncode == 1
    assert box.cli("cursor", "apply", "--dry-run", "--json").returncode == 0
    proc = box.cli("--verbose", "cursor", "apply", "--yes", "--skip-verify")
    assert proc.returncode == 0, proc.stderr
    assert box.cli("cursor", "apply", "--yes", "--json").returncode == 0  # nothing left to change
    sim.record_cursor_request("google/gemini-2.5-pro")
    assert box.cli("--verbose", "cursor", "traffic", "--base-url", url, key=key).returncode == 0
    assert box.cli("cursor", "traffic", "--base-url", url, "--json", "--since", "7d", key=key).returncode == 0
    assert box.cli("cursor", "traffic", "--base-url", url, "--since", "bad", key=key).returncode == 2
    proc = box.cli("--verbose", "cursor", "restore", "--yes", "--json")
    assert proc.returncode == 0, proc.stderr

    backups = [p for p in box.files() if p.name == "state.vscdb" and p != db]
    assert backups and all(p.is_relative_to(db.parent) for p in backups)
    assert any(p.name == "cursor-azure-setup.log" for p in box.files())
    # The scan means something: Cursor's database and its backups do hold the key...
    assert box.hits(key, PLANTED_AUTH_KEY)
    # ...and nothing outside Cursor's own folder does, nor any output.
    assert box.hits(key, PLANTED_AUTH_KEY, exempt=cursor_folder) == []


def hostile_echo_server(key: str) -> RawServer:
    """A server that hands the key back everywhere it can: redirects to a host named after it and
    quotes it in every error body, the way a broken gateway or a collector would."""

    def handler(request: RawRequest, conn: socket.socket) -> None:
        if request.method == "GET" and request.target.split("?")[0] in ("/models", "/v1/models"):
            head = http_head("302 Found", {"Location": f"https://{key}.collector.example/models"})
            conn.sendall(head[:-2] + b"Content-Length: 0\r\n\r\n")
            return
        body = json.dumps({"error": {"code": "401", "message": f"Incorrect API key provided: {key}"}})
        data = body.encode()
        headers = {"Content-Type": "application/json", "Content-Length": str(len(data))}
        conn.sendall(http_head("401 Unauthorized", headers) + data)

    return RawServer(handler)


def test_a_server_echoing_the_key_never_gets_it_into_any_output(tmp_path: Path) -> None:
    """The key comes back in an error body and in a redirect's Location: only the redactor stands
    between it and the terminal, the --verbose log, the JSON and the reports."""
    key = unique_key("ec40")
    box = Sandbox(tmp_path, keep_dbus=False)
    with hostile_echo_server(key) as server:
        report = box.cwd / "echo.json"
        proc = box.cli(
            "--verbose", "verify", "--base-url", server.url, "--json", "--report", str(report), key=key
        )
        assert proc.returncode == 1, proc.stderr
        checks = {c["id"]: c for c in json.loads(proc.stdout)["checks"]}
        # The answers were read and diagnosed, so the key really was in front of the redactor.
        assert checks["account"]["problem"] == "invalid_key"
        assert "Incorrect API key provided" in checks["account"]["data"]["detail"]
        assert "collector.example" in checks["reachability"]["message"]
        text = box.cwd / "echo.txt"
        assert box.cli("verify", "--base-url", server.url, "--report", str(text), key=key).returncode == 1
        assert box.cli("--verbose", "models", "--base-url", server.url, key=key).returncode == 1
    log = [p for p in box.files() if p.name == "cursor-azure-setup.log"]
    assert log and "Incorrect API key provided" in log[0].read_text(encoding="utf-8")
    assert {"echo.json", "echo.txt"} <= {p.name for p in box.files()}
    leaks = box.hits(key)
    assert leaks == [], f"the key leaked into: {leaks}"


def test_keyring_commands_never_leak_with_a_real_keyring(
    real_keyring, tmp_path: Path, sim: Simulator
) -> None:
    key = sim.api_key
    box = Sandbox(tmp_path, keep_dbus=True)
    try:
        proc = box.cli("key", "set", "--stdin", stdin=f"  {key}\n")
        assert proc.returncode == 0, proc.stderr
        assert box.cli("key", "status").returncode == 0
        # verify with the key from the keyring, and a report.
        proc = box.cli("--verbose", "verify", "--base-url", sim.url, "--report", str(box.cwd / "r.json"))
        assert proc.returncode == 0, proc.stderr
    finally:
        assert box.cli("key", "forget").returncode == 0
    assert box.cli("key", "status").returncode == 1
    assert (box.cwd / "r.json").exists()
    assert box.hits(key) == []


def test_export_and_diagnostic_report_never_hold_the_key(tmp_path: Path, sim: Simulator) -> None:
    from app.core.checks import run_checks
    from app.core.config import build_settings
    from app.core.diagnostics import write_diagnostic_report
    from app.core.export import curl_command, team_markdown

    key = sim.api_key
    settings, _ = build_settings(key, sim.url)
    report = run_checks(settings)
    assert report.ok
    sim.set_fault("bad_key")
    failed = run_checks(settings)
    assert not failed.ok

    texts = [
        team_markdown(settings.public(), report, datetime.now(UTC)),
        team_markdown(settings.public(), failed, datetime.now(UTC)),
        curl_command(settings.public()),
    ]
    for text in texts:
        assert key not in text
    for name in ("d.json", "d.txt"):
        written = write_diagnostic_report(
            tmp_path / name, failed, settings.public(), extra={"note": "leak scan"}
        )
        assert key not in written.read_text(encoding="utf-8")


def test_window_whole_flow_never_leaks_the_key(
    qtbot,
    make_window,  # noqa: F811  (fixture from test_window_helpers)
    memory_keyring,  # noqa: F811
    isolated_home,
    tmp_path,
    capfd,
):
    """Paste (with stray quotes), remember, check, copy, export, report, fail, close: the key is
    in the (stand-in) keyring and on the clipboard while asked for, and nowhere else."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

    from app.core.redact import setup_logging, teardown_logging
    from tests.test_window_helpers import WAIT_MS, wait_verified

    key = unique_key("a1d0")
    setup_logging(verbose=True)
    try:
        with Simulator(api_key=key) as sim:
            window = make_window(initial={"base_url": sim.url})
            window.key_page.edit.setFocus()
            qtbot.keyClicks(window.key_page.edit, f' "{key}" ')
            qtbot.mouseClick(window.key_page.remember_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: bool(memory_keyring.store), timeout=WAIT_MS)
            window.go_to_step(3)
            qtbot.mouseClick(window.footer.primary, Qt.MouseButton.LeftButton)  # Check
            qtbot.waitUntil(lambda: window.check_page.report is not None, timeout=WAIT_MS)
            wait_verified(qtbot, window)
            assert window.check_page.report.ok
            window.go_to_step(4)  # Cursor is not here: the values to copy by hand, the key's button
            qtbot.waitUntil(lambda: window.cursor_page.manual_box.isVisible(), timeout=WAIT_MS)
            cursor = window.cursor_page
            for name in ("base_url", "deployment", "alias"):
                qtbot.mouseClick(cursor.copy_buttons[name], Qt.MouseButton.LeftButton)
                assert key not in QApplication.clipboard().text()
            qtbot.mouseClick(cursor.manual_key.button, Qt.MouseButton.LeftButton)
            assert QApplication.clipboard().text() == key  # asked for: there, until pasted or 2 minutes
            window.copy_curl()
            assert key not in QApplication.clipboard().text()
            window.export_markdown(tmp_path / "team.md")
            window.save_diagnostic_report(tmp_path / "diag.txt")

            sim.set_fault("bad_key")
            window.go_to_step(3)
            qtbot.mouseClick(window.footer.secondary, Qt.MouseButton.LeftButton)  # Check again
            wait_verified(qtbot, window)
            qtbot.waitUntil(lambda: getattr(window.check_page.report, "ok", True) is False, timeout=WAIT_MS)
            window.save_diagnostic_report(tmp_path / "diag.json")

            shown = [w.text() for w in window.findChildren(QLabel)]
            shown += [w.text() for w in window.findChildren(QAbstractButton)]
            shown += [w.toolTip() for w in window.findChildren(QWidget)]
            shown += [w.accessibleName() + w.accessibleDescription() for w in window.findChildren(QWidget)]
            assert not [t for t in shown if key in t]
            window.close()
    finally:
        teardown_logging()

    assert memory_keyring.store == {("cursor-azure-setup", "aimlapi-api-key"): key}
    out, err = capfd.readouterr()
    assert key not in out and key not in err
    files = [p for root in (isolated_home, tmp_path) for p in root.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"team.md", "diag.txt", "diag.json", "settings.json", "cursor-azure-setup.log"} <= names, names
    leaked = [str(p) for p in files if key.encode() in p.read_bytes()]
    assert leaked == []


# --- the key typed where it does not belong ------------------------------------------------------


def test_a_key_typed_as_an_argument_is_never_printed_back(tmp_path: Path) -> None:
    """People type the key on the command line; the message must say which argument was wrong,
    never repeat what looks like a key (nothing registered it: no environment key here)."""
    key = unique_key("a7g0")
    box = Sandbox(tmp_path, keep_dbus=False)
    cases = [
        (("key", "set", key), "argument"),
        (("verify", "--key", key), "--key"),
        (("verify", f"--key={key}"), "--key"),
        (("--preset", str(box.cwd / f"{key}.toml"), "verify"), "--preset"),
        (("verify", "--preset", str(box.cwd / key / "preset.toml")), "--preset"),
        (("simulate", "--port", key), "--port"),
        (("models", "--base-url", f"https://{key}.example.com"), ""),
    ]
    for args, named in cases:
        proc = box.cli(*args)
        assert proc.returncode in (1, 2), (args, proc.stderr)
        assert named.encode() in proc.stderr, (args, proc.stderr)
    assert box.hits(key) == []


@pytest.mark.parametrize(
    "key",
    [
        "sk-aiml-Q7x9Lm2Pz4",  # short
        "aiml_live_7f3e91c2",  # a run of letters, then one of digits
        "kqzwtrmvbnxhgfdslcyp",  # letters only
    ],
)
def test_whatever_is_typed_where_only_a_key_can_be_meant_is_never_printed_back(
    tmp_path: Path, key: str
) -> None:
    """After `key set`, or as the value of a --key option, a value is a key whatever its shape:
    the message names the argument and never repeats the value."""
    box = Sandbox(tmp_path, keep_dbus=False)
    cases = [
        (("key", "set", key), "argument"),
        (("key", "set", "--stdin", key), "argument"),
        (("verify", "--key", key), "--key"),
        (("verify", f"--api-key={key}"), "--api-key"),
        (("models", "--key", key), "--key"),
    ]
    for args, named in cases:
        proc = box.cli(*args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert named.encode() in proc.stderr, (args, proc.stderr)
    assert box.hits(key) == []


# --- models and the catalog cache ----------------------------------------------------------------


def hostile_catalog(key: str) -> RawServer:
    """A catalog that hands the key back in a model's id, name and developer, whole and in pieces."""

    def handler(request: RawRequest, conn: socket.socket) -> None:
        entries = [
            {"id": "google/gemini-2.5-pro", "type": "openai/chat-completions", "info": {"name": "Gemini"}},
            {"id": f"evil/{key}", "type": "openai/chat-completions", "info": {"name": "whole"}},
            {
                "id": "evil/pieces",
                "type": "openai/chat-completions",
                "aliases": [key[:8], key[-9:]],
                "info": {"name": f"starts {key[:8]}", "developer": f"ends {key[-8:]} mid {key[10:20]}"},
            },
        ]
        data = json.dumps({"object": "list", "data": entries}).encode()
        conn.sendall(
            http_head("200 OK", {"Content-Type": "application/json", "Content-Length": str(len(data))}) + data
        )

    return RawServer(handler)


def test_models_and_the_catalog_cache_never_hold_the_key_or_a_piece_of_it(tmp_path: Path) -> None:
    key = fragment_key()
    box = Sandbox(tmp_path, keep_dbus=False)
    with hostile_catalog(key) as server:
        assert box.cli("models", "--base-url", server.url, "--json", key=key).returncode == 0
        assert box.cli("--verbose", "models", "--base-url", server.url, key=key).returncode == 0
        # Offline now: the list comes from the cache.
    assert box.cli("models", "--base-url", server.url, "--json", key=key).returncode == 0
    cache = [p for p in box.files() if p.name == "catalog.json"]
    assert cache and "gemini" in cache[0].read_text()
    assert box.fragment_hits(key) == []


def test_models_never_shows_or_caches_the_key_saved_in_the_keyring(real_keyring, tmp_path: Path) -> None:
    """The usual setup: the key only in the keyring, no AIMLAPI_API_KEY. A server that has seen the
    key (it is the address the checks send it to) hands it back in its catalog."""
    key = fragment_key()
    box = Sandbox(tmp_path, keep_dbus=True)
    try:
        assert box.cli("key", "set", "--stdin", stdin=key).returncode == 0
        with hostile_catalog(key) as server:
            assert box.cli("models", "--base-url", server.url).returncode == 0
            assert box.cli("models", "--base-url", server.url, "--json").returncode == 0
    finally:
        assert box.cli("key", "forget").returncode == 0
    cache = [p for p in box.files() if p.name == "catalog.json"]
    assert cache and "gemini" in cache[0].read_text()
    assert box.fragment_hits(key) == []


# --- proxies ---------------------------------------------------------------------------------------


def recording_proxy() -> RawServer:
    """An HTTP proxy on loopback that records what it is asked and lets nothing through: CONNECT is
    refused (so nothing leaves this machine), anything else gets 502."""

    def handler(request: RawRequest, conn: socket.socket) -> None:
        status = "403 Forbidden" if request.method == "CONNECT" else "502 Bad Gateway"
        conn.sendall(http_head(status, {"Content-Length": "0", "Connection": "close"}))

    return RawServer(handler)


def test_proxies_never_see_the_key(tmp_path: Path, sim: Simulator) -> None:
    key = sim.api_key
    box = Sandbox(tmp_path, keep_dbus=False)
    with recording_proxy() as proxy:
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
            box.env[name] = proxy.url
        box.env.pop("NO_PROXY", None)
        # Loopback never goes through a proxy.
        proc = box.cli("verify", "--base-url", sim.url, "--json", key=key)
        assert proc.returncode == 0, proc.stderr
        assert proxy.requests == []
        # An https service through an http proxy: the proxy only ever sees CONNECT.
        proc = box.cli("verify", "--json", key=key)
        assert proc.returncode == 1
        checks = {c["id"]: c for c in json.loads(proc.stdout)["checks"]}
        assert checks["reachability"]["problem"] == "proxy_error"
        assert box.cli("models", key=key).returncode == 1
    assert proxy.requests, "the https requests went to the proxy"
    assert {r.method for r in proxy.requests} == {"CONNECT"}
    assert {r.target for r in proxy.requests} == {"api.aimlapi.com:443"}
    for request in proxy.requests:
        assert not {"api-key", "authorization"} & set(request.headers)
        assert key not in json.dumps(request.headers) and key.encode() not in request.body
    assert box.hits(key) == []


# --- pieces of the key, and bodies without end ---------------------------------------------------


def fragment_key() -> str:
    """A key whose every 6-character piece is unlike anything else the app writes (consonants in
    capitals, no digits), so a scan for pieces finds only real leaks."""
    import secrets

    return "".join(secrets.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(32))


def partial_echo_server(key: str) -> RawServer:
    """A gateway that quotes pieces of the key (first and last 8, a middle piece) and sends far too
    much text with them."""

    def handler(request: RawRequest, conn: socket.socket) -> None:
        if request.target.startswith("/models"):
            data = json.dumps({"object": "list", "data": []}).encode()
            status = "200 OK"
        else:
            said = f"Invalid key {key[:8]}...{key[-8:]} (part {key[12:22]}) " + "blah " * 200_000
            data = json.dumps({"error": {"code": "401", "message": said}}).encode()
            status = "401 Unauthorized"
        head = {"Content-Type": "application/json", "Content-Length": str(len(data)), "X-Echo": key[3:11]}
        conn.sendall(http_head(status, head) + data)

    return RawServer(handler)


def test_pieces_of_the_key_are_scrubbed_and_server_text_is_bounded(tmp_path: Path) -> None:
    key = fragment_key()
    box = Sandbox(tmp_path, keep_dbus=False)
    with partial_echo_server(key) as server:
        proc = box.cli(
            "--verbose", "verify", "--base-url", server.url, "--json", "--report", "r.json", key=key
        )
        assert proc.returncode == 1
        account = {c["id"]: c for c in json.loads(proc.stdout)["checks"]}["account"]
        assert "Invalid key" in account["data"]["detail"]  # the text was read, and scrubbed
        assert len(proc.stdout) < 40_000  # a megabyte of error text is not copied out
        proc = box.cli("verify", "--base-url", server.url, "--report", "r.txt", key=key)
        assert proc.returncode == 1 and len(proc.stdout) < 20_000
    assert {"r.json", "r.txt"} <= {p.name for p in box.files()}
    assert all(p.stat().st_size < 200_000 for p in box.files())
    assert box.fragment_hits(key) == []


# --- reports and exports to odd targets ----------------------------------------------------------


def odd_target(folder: Path, kind: str) -> Path:
    path = folder / f"report-{kind}.json"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "link-to-fifo":
        os.mkfifo(folder / "pipe")
        path.symlink_to(folder / "pipe")
    elif kind == "device":
        if os.geteuid() != 0:
            pytest.skip("making a device node needs root")
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a null device of our own
    elif kind == "link-to-device":
        path.symlink_to(null_device(folder))
    elif kind == "dangling-link":
        path.symlink_to(folder / "nothing-here")
    return path


def kind_of(path: Path) -> str:
    mode = path.lstat().st_mode
    return (
        "link"
        if stat.S_ISLNK(mode)
        else "fifo"
        if stat.S_ISFIFO(mode)
        else "char"
        if stat.S_ISCHR(mode)
        else "file"
    )


@pytest.mark.parametrize("kind", ["fifo", "link-to-fifo", "device", "link-to-device", "dangling-link"])
def test_reports_go_only_to_regular_files_or_new_paths(tmp_path: Path, sim: Simulator, kind: str) -> None:
    key = sim.api_key
    box = Sandbox(tmp_path, keep_dbus=False)
    target = odd_target(box.cwd, kind)
    before = kind_of(target)
    proc = box.cli("verify", "--base-url", sim.url, "--report", str(target), key=key)
    assert proc.returncode == 2, proc.stderr
    assert b"--report" in proc.stderr and b"regular file" in proc.stderr
    assert kind_of(target) == before  # never renamed over
    # A link to a regular file is written through; a new path is simply made.
    real = box.cwd / "real.json"
    real.write_text("old")
    (box.cwd / "via-link.json").symlink_to(real)
    assert box.cli("verify", "--base-url", sim.url, "--report", "via-link.json", key=key).returncode == 0
    assert kind_of(box.cwd / "via-link.json") == "link" and "cursor_verify" in real.read_text()
    assert box.hits(key) == []
