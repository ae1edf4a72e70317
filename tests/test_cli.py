"""The command line: verify's exit codes and JSON, bad input, presets, models, simulate, no key leaks."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import __version__
from app.cli import main
from app.core.model import CHECK_IDS, DEFAULT_DEPLOYMENT
from tests.conftest import TEST_KEY

ROOT = Path(__file__).resolve().parents[1]
WRONG_KEY = "f00dfeedcafe0123456789abcdefbeef"


def run(capsys, argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    for text in (out, err):
        assert TEST_KEY not in text and WRONG_KEY not in text, "the key leaked into the output"
        assert "Traceback" not in text
    return code, out, err


def one_line_error(err: str) -> str:
    lines = [ln for ln in err.splitlines() if ln.strip() and not ln.startswith("note:")]
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture
def key_env(monkeypatch):
    monkeypatch.setenv("AIMLAPI_API_KEY", TEST_KEY)


# --- verify -------------------------------------------------------------------------------------


def test_verify_passes_against_the_simulator(capsys, sim_url, key_env):
    code, out, _err = run(capsys, ["verify", "--base-url", sim_url])
    assert code == 0
    assert "All checks passed" in out
    assert out.count("PASS") == len(CHECK_IDS)


def test_verify_json_is_exactly_the_documented_object(capsys, sim_url, key_env):
    code, out, _err = run(
        capsys, ["verify", "--base-url", sim_url, "--deployment", DEFAULT_DEPLOYMENT, "--json"]
    )
    assert code == 0
    data = json.loads(out)  # stdout holds only the JSON
    assert set(data) == {"ok", "app_version", "preset", "organisation", "settings", "checks", "duration_ms"}
    assert data["ok"] is True
    assert data["app_version"] == __version__
    assert data["preset"] is None and data["organisation"] is None  # no preset anywhere
    assert data["settings"] == {
        "base_url": sim_url,
        "deployment": DEFAULT_DEPLOYMENT,
        "alias": "aimlapi-gemini-2.5-pro",
    }
    assert [c["id"] for c in data["checks"]] == list(CHECK_IDS)
    for c in data["checks"]:
        assert {"id", "status", "problem", "message", "fix", "duration_ms"} <= set(c)
        assert c["status"] == "pass" and c["problem"] is None


@pytest.mark.parametrize(
    ("setup", "args", "exit_code", "expect"),
    [
        ("bad_key", [], 1, {"account": ("fail", "invalid_key"), "chat": ("skipped", "invalid_key")}),
        ("no_credits", [], 1, {"account": ("fail", "no_credits")}),
        (
            None,
            ["--deployment", "nobody/no-such-model"],
            1,
            {"cursor_verify": ("fail", "deployment_not_found")},
        ),
        (None, ["--deployment", "openai/o3-mini"], 1, {"cursor_verify": ("fail", "unsupported_parameter")}),
        ("server_error", [], 1, {"cursor_verify": ("fail", "server_error")}),
        ("no_tool_call", [], 0, {"tool_calling": ("warn", "no_tool_call")}),
        ("low_balance", [], 0, {"account": ("warn", None)}),
    ],
)
def test_verify_faults_give_problem_codes_and_exit_codes(
    capsys, simulator, sim_url, monkeypatch, setup, args, exit_code, expect
):
    monkeypatch.setenv("AIMLAPI_API_KEY", WRONG_KEY if setup == "bad_key" else TEST_KEY)
    if setup and setup != "bad_key":
        simulator.set_fault(setup)
    code, out, _err = run(capsys, ["verify", "--base-url", sim_url, "--json", *args])
    checks = {c["id"]: c for c in json.loads(out)["checks"]}
    for cid, (status, problem) in expect.items():
        assert (checks[cid]["status"], checks[cid]["problem"]) == (status, problem)
    assert code == exit_code


def test_verify_unreachable_service_exits_1(capsys, key_env):
    code, out, _err = run(capsys, ["verify", "--base-url", "http://127.0.0.1:9", "--json", "--timeout", "3"])
    assert code == 1
    assert json.loads(out)["checks"][0]["problem"] == "unreachable"


def test_verify_text_report_shows_the_fix_once_for_a_bad_key(capsys, sim_url, monkeypatch):
    monkeypatch.setenv("AIMLAPI_API_KEY", WRONG_KEY)
    code, out, _err = run(capsys, ["verify", "--base-url", sim_url])
    assert code == 1
    assert out.count("Fix:") == 1
    assert "API key was rejected" in out


def test_key_from_stdin_is_cleaned_with_a_note(capsys, sim_url, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(f'  "{TEST_KEY}"\n'))
    code, _out, err = run(capsys, ["verify", "--base-url", sim_url, "--key-stdin", "--json"])
    assert code == 0
    assert "note:" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["verify", "--base-url", "http://example.com"],  # plain http to a remote host
        ["verify", "--base-url", "not a url at all"],
        ["verify", "--timeout", "abc"],
        ["verify", "--timeout", "0"],
        ["verify", "--deployment", "has space inside"],
        ["verify", "--no-such-option"],
        ["no-such-command"],
        ["simulate", "--port", "99999"],
    ],
)
def test_bad_input_exits_2_with_one_line(capsys, key_env, argv):
    code, out, err = run(capsys, argv)
    assert code == 2
    assert out == ""
    one_line_error(err)


def test_no_key_anywhere_exits_2_and_says_what_to_do(capsys, sim_url):
    code, _out, err = run(capsys, ["verify", "--base-url", sim_url])
    assert code == 2
    line = one_line_error(err)
    assert "AIMLAPI_API_KEY" in line and "--key-stdin" in line


def test_empty_stdin_key_exits_2(capsys, sim_url, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n"))
    code, _out, err = run(capsys, ["verify", "--base-url", sim_url, "--key-stdin"])
    assert code == 2
    one_line_error(err)


def test_the_key_never_appears_even_when_pasted_into_another_field(capsys, sim_url, key_env):
    code, out, _err = run(capsys, ["verify", "--base-url", sim_url, "--alias", TEST_KEY, "--json"])
    assert code == 2  # run() already asserted the key is in neither stream
    assert out == ""


# --- presets -------------------------------------------------------------------------------------


def write_preset(
    tmp_path: Path,
    base_url: str,
    locked: list[str],
    allowed: list[str] | None = None,
    timeout: int | None = None,
) -> Path:
    allowed_line = f"allowed_deployments = {json.dumps(allowed)}\n" if allowed else ""
    timeout_line = f"timeout = {timeout}\n" if timeout is not None else ""
    path = tmp_path / "preset.toml"
    path.write_text(
        '[organisation]\nname = "Acme IT"\nhelp_url = "https://intranet.example/cursor"\n'
        f'[cursor]\nbase_url = "{base_url}"\ndeployment = "{DEFAULT_DEPLOYMENT}"\nalias = "acme-gemini"\n'
        f"{allowed_line}{timeout_line}[lock]\nfields = {json.dumps(locked)}\n"
    )
    return path


@pytest.mark.parametrize("before", [True, False])
def test_preset_supplies_the_defaults_before_or_after_the_command(capsys, sim_url, key_env, tmp_path, before):
    preset = str(write_preset(tmp_path, sim_url, ["base_url"]))
    argv = ["--preset", preset, "verify", "--json"] if before else ["verify", "--json", "--preset", preset]
    code, out, _err = run(capsys, argv)
    assert code == 0
    data = json.loads(out)
    assert data["settings"] == {
        "base_url": sim_url,
        "deployment": DEFAULT_DEPLOYMENT,
        "alias": "acme-gemini",
    }
    # Monitoring sees which preset was in effect and whose it is.
    assert data["preset"] == preset and data["organisation"] == "Acme IT"


def test_a_value_against_a_locked_preset_field_exits_2_naming_the_preset(capsys, sim_url, key_env, tmp_path):
    preset = write_preset(tmp_path, sim_url, ["deployment"])
    code, _out, err = run(capsys, ["--preset", str(preset), "verify", "--deployment", "openai/gpt-4o"])
    assert code == 2
    line = one_line_error(err)
    assert str(preset) in line and "deployment" in line


def test_the_same_value_as_a_locked_field_is_fine(capsys, sim_url, key_env, tmp_path):
    preset = write_preset(tmp_path, sim_url, ["base_url", "deployment"])
    code, _out, _err = run(capsys, ["--preset", str(preset), "verify", "--base-url", sim_url + "/", "--json"])
    assert code == 0


def test_a_deployment_outside_the_allowed_list_exits_2(capsys, sim_url, key_env, tmp_path):
    preset = write_preset(tmp_path, sim_url, [], allowed=[DEFAULT_DEPLOYMENT])
    code, _out, err = run(capsys, ["verify", "--preset", str(preset), "--deployment", "openai/gpt-4o"])
    assert code == 2
    assert str(preset) in one_line_error(err)


def test_the_presets_time_limit_drives_verify_and_can_be_locked(
    capsys, simulator, sim_url, key_env, tmp_path
):
    preset = write_preset(tmp_path, sim_url, ["timeout"], timeout=1)
    simulator.set_fault("slow", delay_ms=2500)  # passes with the default 30 s, not with the preset's 1 s
    code, out, _err = run(capsys, ["--preset", str(preset), "verify", "--json"])
    assert code == 1
    assert {c["problem"] for c in json.loads(out)["checks"]} >= {"timeout"}
    code, _out, err = run(capsys, ["--preset", str(preset), "verify", "--timeout", "60"])
    assert code == 2
    line = one_line_error(err)
    assert str(preset) in line and "timeout" in line


def test_a_broken_preset_exits_2_with_one_line(capsys, key_env, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[cursor]\nbase_url = 42\n")
    code, _out, err = run(capsys, ["--preset", str(bad), "verify"])
    assert code == 2
    assert "bad.toml" in one_line_error(err)


# --- models --------------------------------------------------------------------------------------


def test_models_json_lists_chat_models(capsys, sim_url):
    code, out, _err = run(capsys, ["models", "--base-url", sim_url, "--json"])
    assert code == 0
    data = json.loads(out)
    assert data["source"] == "live"
    assert DEFAULT_DEPLOYMENT in [m["id"] for m in data["models"]]


def test_models_text_and_unreachable(capsys, sim_url):
    code, out, _err = run(capsys, ["models", "--base-url", sim_url])
    assert code == 0 and DEFAULT_DEPLOYMENT in out
    code, _out, err = run(capsys, ["models", "--base-url", "http://127.0.0.1:9"])
    assert code == 1
    one_line_error(err)


# --- as a real process ---------------------------------------------------------------------------


def subprocess_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(extra)
    env["PYTHONPATH"] = str(ROOT)
    return env


def start_app(*args: str) -> subprocess.Popen:
    """``python -m app ARGS`` running in the background, its output piped as text."""
    return subprocess.Popen(
        [sys.executable, "-m", "app", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=subprocess_env(),
    )


def test_python_dash_m_app_verify_json(sim_url):
    proc = subprocess.run(
        [sys.executable, "-m", "app", "verify", "--base-url", sim_url, "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=subprocess_env(AIMLAPI_API_KEY=TEST_KEY),
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["ok"] is True
    assert TEST_KEY not in proc.stdout + proc.stderr


def test_python_dash_m_app_bad_input_and_version():
    proc = subprocess.run(
        [sys.executable, "-m", "app", "verify", "--base-url", "ftp://x"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        input=TEST_KEY,
        env=subprocess_env(AIMLAPI_API_KEY=TEST_KEY),
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and TEST_KEY not in proc.stderr + proc.stdout
    assert len(proc.stderr.strip().splitlines()) == 1
    version = subprocess.run(
        [sys.executable, "-m", "app", "--version"], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert version.returncode == 0 and re.search(r"\d+\.\d+", version.stdout)


def test_simulate_serves_until_interrupted_and_verify_passes_against_it():
    proc = start_app("simulate", "--port", "0")
    try:
        first = proc.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:\d+", first)
        assert match, first
        from app.simulator import DEMO_KEY

        verify = subprocess.run(
            [sys.executable, "-m", "app", "verify", "--base-url", match.group(0), "--json"],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
            env=subprocess_env(AIMLAPI_API_KEY=DEMO_KEY),
        )
        assert verify.returncode == 0, verify.stdout + verify.stderr
    finally:
        proc.send_signal(signal.SIGTERM)  # what a script's `kill` sends; stops as cleanly as Ctrl+C
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0
    assert "Traceback" not in proc.stderr.read()


def test_simulate_with_port_key_and_latency_and_a_busy_port_exits_2():
    from app.core.service import AimlClient, ServiceError
    from app.simulator import DEMO_KEY

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    argv = ["simulate", "--port", str(port), "--key", TEST_KEY, "--latency-ms", "300"]
    proc = start_app(*argv)
    try:
        assert proc.stdout.readline().strip() == f"Simulator running at http://127.0.0.1:{port}"
        url = f"http://127.0.0.1:{port}"
        with AimlClient(url, TEST_KEY, timeout_s=10) as client:
            assert client.cursor_verify(DEFAULT_DEPLOYMENT).ms >= 290  # --latency-ms
        with AimlClient(url, DEMO_KEY, timeout_s=10) as client, pytest.raises(ServiceError) as info:
            client.cursor_verify(DEFAULT_DEPLOYMENT)  # only the --key key is accepted
        assert info.value.problem.code == "invalid_key"
        # The port is taken now: a second simulator says so in one line, exit 2.
        busy = subprocess.run(
            [sys.executable, "-m", "app", *argv],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
            env=subprocess_env(),
        )
        assert busy.returncode == 2 and len(busy.stderr.strip().splitlines()) == 1, busy.stderr
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=10)
    assert proc.returncode == 0
    assert TEST_KEY not in out + err and "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "stdin"),
    [
        (["key", "set"], TEST_KEY),  # no --stdin and no terminal to ask on
        (["key", "set", "--stdin"], "\n"),
        (["key", "set", "--stdin"], TEST_KEY[:10] + "é" + TEST_KEY[10:]),
        (["key"], ""),
    ],
)
def test_key_set_refuses_bad_input_with_one_line_before_touching_the_keyring(
    capsys, monkeypatch, argv, stdin
):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code, out, err = run(capsys, argv)  # run() asserts the key is in no output
    assert code == 2 and out == ""
    one_line_error(err)


def test_key_set_status_forget_and_verify_from_the_keyring(capsys, sim_url, monkeypatch, real_keyring):
    monkeypatch.setattr(sys, "stdin", io.StringIO(TEST_KEY + "\n"))
    assert run(capsys, ["key", "set", "--stdin"])[0] == 0
    assert run(capsys, ["key", "status"])[0] == 0
    assert run(capsys, ["verify", "--base-url", sim_url, "--json"])[0] == 0  # key from the keyring
    assert run(capsys, ["key", "forget"])[0] == 0
    assert run(capsys, ["key", "status"])[0] == 1


def test_key_status_without_any_keyring_exits_3():
    """No Secret Service at all (no D-Bus session): "is a key saved?" cannot be answered: 3, not 1."""
    env = subprocess_env()
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    proc = subprocess.run(
        [sys.executable, "-m", "app", "key", "status"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
    )
    assert proc.returncode == 3, proc.stdout + proc.stderr
    assert "keyring" in proc.stdout.lower() and "Traceback" not in proc.stderr


def test_key_status_with_a_locked_keyring_exits_3(capsys):
    import keyring
    from keyring.errors import KeyringLocked

    from tests.test_window_helpers import MemoryKeyring

    class LockedKeyring(MemoryKeyring):  # a stand-in for a locked OS keyring
        def get_password(self, service: str, username: str) -> str | None:
            raise KeyringLocked("the collection is locked")

    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        code, out, _err = run(capsys, ["key", "status"])
    finally:
        keyring.set_keyring(previous)
    assert code == 3 and "locked" in out


def test_key_status_exits_0_with_a_key_and_1_without(capsys):
    import keyring

    from tests.test_window_helpers import MemoryKeyring

    stand_in = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(stand_in)
    try:
        assert run(capsys, ["key", "status"])[0] == 1
        stand_in.set_password("cursor-azure-setup", "aimlapi-api-key", TEST_KEY)
        assert run(capsys, ["key", "status"])[0] == 0
    finally:
        keyring.set_keyring(previous)


def test_verify_report_writes_a_diagnostic_file_without_the_key(capsys, sim_url, key_env, tmp_path):
    target = tmp_path / "diag.json"
    code, _out, err = run(capsys, ["verify", "--base-url", sim_url, "--json", "--report", str(target)])
    assert code == 0
    text = target.read_text()
    assert TEST_KEY not in text
    assert "cursor_verify" in text
    assert str(target) in err


def test_verify_report_into_a_missing_folder_exits_2_before_checking(
    capsys, simulator, sim_url, key_env, tmp_path
):
    code, _out, err = run(
        capsys, ["verify", "--base-url", sim_url, "--report", str(tmp_path / "no" / "r.json")]
    )
    assert code == 2
    one_line_error(err)
    assert len(simulator.requests) == 0  # no time spent on checks


def test_version_loads_neither_the_network_stack_nor_qt():
    probe = (
        "import sys, contextlib, io\n"
        "from app.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    code = main(['--version'])\n"
        "print(code, 'httpx2' in sys.modules, 'PySide6' in sys.modules)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=subprocess_env(),
    )
    assert proc.stdout.split() == ["0", "False", "False"], proc.stderr


def test_no_command_opens_the_window_smoke():
    pytest.importorskip("PySide6")
    proc = subprocess.run(
        [sys.executable, "-m", "app", "--smoke"],
        capture_output=True,
        text=True,
        timeout=90,
        cwd=ROOT,
        env=subprocess_env(QT_QPA_PLATFORM="offscreen"),
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_during_verify_stops_at_once_without_a_traceback():
    from app.simulator import Simulator

    with Simulator(api_key=TEST_KEY, latency_ms=8000) as sim:
        proc = subprocess.Popen(
            [sys.executable, "-m", "app", "verify", "--base-url", sim.url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=subprocess_env(AIMLAPI_API_KEY=TEST_KEY),
            # A background test runner may ignore SIGINT; the child gets the default, like a terminal.
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        deadline = time.monotonic() + 30
        while len(sim.requests) < len(CHECK_IDS) and time.monotonic() < deadline:
            time.sleep(0.05)  # wait until the checks are in flight
        t0 = time.monotonic()
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=30)
        elapsed = time.monotonic() - t0
    assert proc.returncode == 130
    assert elapsed < 4  # not the 8 s the answers would take
    assert "Cancelled" in err and "Traceback" not in err and TEST_KEY not in err


def test_a_key_pasted_against_a_locked_field_is_not_echoed(capsys, sim_url, key_env, tmp_path):
    preset = write_preset(tmp_path, sim_url, ["deployment"])
    code, _out, err = run(capsys, ["--preset", str(preset), "verify", "--deployment", TEST_KEY])
    assert code == 2  # run() asserts the key is in no output
    assert "***" in err or "deployment" in err


def test_an_unexpected_error_with_verbose_is_one_line_and_the_traceback_goes_to_the_log(
    capsys, sim_url, key_env, monkeypatch
):
    """--verbose mirrors the log on stderr, where an unexpected error once showed its traceback."""
    import app.core.checks
    from app.core.redact import current_log_path, teardown_logging

    def broken(_report):
        raise RuntimeError("a bug in the report text")

    monkeypatch.setattr(app.core.checks, "format_report_text", broken)
    try:
        code, _out, err = run(capsys, ["--verbose", "verify", "--base-url", sim_url])  # no Traceback
        log = current_log_path().read_text(encoding="utf-8")
    finally:
        teardown_logging()
    assert code == 1
    assert "unexpected error: RuntimeError: a bug in the report text" in err
    assert "Traceback (most recent call last)" in log and "a bug in the report text" in log


def _run_in_terminal(args: list[str], typed: str, timeout_s: float = 60) -> tuple[int, str]:
    """``python -m app ARGS`` on a pseudo-terminal, typing ``typed`` at the prompt: (exit code, screen)."""
    import pty
    import select

    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes the app, with the terminal as its controlling tty
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, "-m", "app", *args], subprocess_env())
    screen = b""
    deadline = time.monotonic() + timeout_s
    sent = False
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:  # the app exited and closed the terminal
                    break
                if not chunk:
                    break
                screen += chunk
            if not sent and b"API key (input hidden): " in screen:
                os.write(fd, typed.encode() + b"\r")
                sent = True
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), screen.decode("utf-8", "replace")


def test_key_stdin_at_a_terminal_asks_for_the_key_without_showing_it(sim_url):
    code, screen = _run_in_terminal(["verify", "--key-stdin", "--base-url", sim_url], TEST_KEY)
    assert "API key (input hidden): " in screen, screen
    assert code == 0, screen
    assert "All checks passed" in screen
    assert TEST_KEY not in screen  # not echoed while typed, never printed after


def test_verify_uses_saved_settings_before_the_built_in_defaults(capsys, sim_url, key_env, isolated_home):
    """The window's last values are the defaults, as for `cursor status`; the command line wins."""
    saved = isolated_home / ".config" / "cursor-azure-setup" / "settings.json"
    saved.parent.mkdir(parents=True, exist_ok=True)
    saved.write_text(json.dumps({"deployment": "openai/gpt-4o", "alias": "team-gpt"}), encoding="utf-8")
    code, out, _err = run(capsys, ["verify", "--base-url", sim_url, "--json"])
    assert code == 0
    assert json.loads(out)["settings"] == {
        "base_url": sim_url,
        "deployment": "openai/gpt-4o",
        "alias": "team-gpt",
    }
    code, out, _err = run(
        capsys, ["verify", "--base-url", sim_url, "--json", "--deployment", DEFAULT_DEPLOYMENT]
    )
    assert json.loads(out)["settings"]["deployment"] == DEFAULT_DEPLOYMENT
