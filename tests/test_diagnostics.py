"""The diagnostic report: the facts IT needs, proxy credentials stripped, never the key."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from app.core.diagnostics import (
    DiagnosticsError,
    build_diagnostic_report,
    strip_credentials,
    write_diagnostic_report,
)
from app.core.model import CheckResult, ProblemCode, Report, Status
from app.core.redact import register_secret, setup_logging, teardown_logging

SETTINGS = {
    "base_url": "https://api.aimlapi.com",
    "deployment": "google/gemini-2.5-pro",
    "alias": "aimlapi-gemini",
}


def a_report(key: str) -> Report:
    return Report(
        settings=dict(SETTINGS),
        checks=[
            CheckResult("reachability", Status.PASS, "The service answered.", duration_ms=87),
            CheckResult(
                "account",
                Status.FAIL,
                "The service rejected the API key.",
                fix="Copy the key again from the dashboard.",
                problem=ProblemCode.INVALID_KEY,
                duration_ms=212,
                # What a careless check might pass along: the server echoing the key back.
                data={"detail": f"401 for key {key}", "sent_headers": {"api-key": key}},
            ),
        ],
        duration_ms=230,
    )


@pytest.mark.parametrize(
    ("raw", "stripped"),
    [
        ("http://bob:s3cret@proxy.corp:8080", "http://***@proxy.corp:8080"),
        ("http://bob@proxy.corp:8080/", "http://***@proxy.corp:8080/"),
        ("bob:p@ss/w0rd@proxy.corp:3128", "***@proxy.corp:3128"),
        ("socks5://u:p@127.0.0.1:1080", "socks5://***@127.0.0.1:1080"),
        ("http://proxy.corp:8080", "http://proxy.corp:8080"),
    ],
)
def test_proxy_credentials_are_stripped(raw: str, stripped: str) -> None:
    assert strip_credentials(raw) == stripped


def test_report_has_versions_os_proxies_checks_and_no_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    key = "dgn" + uuid.uuid4().hex
    register_secret(key)
    monkeypatch.setenv("HTTPS_PROXY", "http://alice:pr0xy-pass@proxy.corp:8080")
    monkeypatch.setenv("http_proxy", "http://alice:pr0xy-pass@proxy.corp:8080")

    data = build_diagnostic_report(a_report(key), SETTINGS | {"api_key": key}, extra={"source": "test"})
    text = json.dumps(data)

    assert key not in text
    assert "pr0xy-pass" not in text and "alice" not in text
    assert data["proxy"]["environment"]["HTTPS_PROXY"] == "http://***@proxy.corp:8080"
    assert data["proxy"]["in_effect"]["https"] == "http://***@proxy.corp:8080"
    assert data["settings"] == SETTINGS  # the key field is dropped, the rest kept
    assert data["app"]["version"]
    assert data["python"]["version"] == ".".join(map(str, sys.version_info[:3]))
    assert data["libraries"]["httpx2"]
    assert data["os"]["platform"]
    assert data["keyring_backend"]
    assert data["result"] == {"ok": False, "duration_ms": 230}
    assert [(c["id"], c["status"], c["problem"], c["duration_ms"]) for c in data["checks"]] == [
        ("reachability", "pass", None, 87),
        ("account", "fail", "invalid_key", 212),
    ]
    assert data["checks"][1]["fix"] == "Copy the key again from the dashboard."
    assert data["extra"] == {"source": "test"}


def test_report_names_the_log_file(logging_cleanup) -> None:
    path = setup_logging()
    assert build_diagnostic_report(None, SETTINGS)["log_file"] == str(path)


@pytest.fixture
def logging_cleanup():
    yield
    teardown_logging()


def test_qt_is_reported_only_when_already_loaded_and_core_never_imports_it() -> None:
    code = (
        "import sys, json\n"
        "from app.core.diagnostics import build_diagnostic_report\n"
        "data = build_diagnostic_report(None, {})\n"
        "print(json.dumps({'qt': data['qt'], 'loaded': 'PySide6' in sys.modules}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(out.stdout) == {"qt": None, "loaded": False}


def test_written_json_report_is_complete_and_clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = "dgw" + uuid.uuid4().hex
    register_secret(key)
    monkeypatch.setenv("ALL_PROXY", "http://carol:hunter2hunter2@gw.corp:3128")
    written = write_diagnostic_report(tmp_path / "report.json", a_report(key), SETTINGS)
    raw = written.read_text(encoding="utf-8")
    assert key not in raw and "hunter2hunter2" not in raw
    data = json.loads(raw)
    assert data["checks"][1]["problem"] == "invalid_key"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]  # no temp file left


@pytest.mark.parametrize("name", ["report.txt", "report.md"])
def test_text_report_for_people(tmp_path: Path, name: str) -> None:
    key = "dgt" + uuid.uuid4().hex
    register_secret(key)
    text = write_diagnostic_report(tmp_path / name, a_report(key), SETTINGS).read_text(encoding="utf-8")
    assert key not in text
    assert "Your key and credits" in text and "invalid_key" in text and "212 ms" in text
    assert "Fix: Copy the key again" in text
    assert "Log file:" in text


def test_bad_destination_gives_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(DiagnosticsError) as caught:
        write_diagnostic_report(tmp_path / "missing-folder" / "r.json", None, SETTINGS)
    assert "does not exist" in str(caught.value)
    with pytest.raises(DiagnosticsError):
        write_diagnostic_report(tmp_path, None, SETTINGS)
