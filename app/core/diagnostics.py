"""The diagnostic report a teammate sends to IT: versions, OS, proxy settings in effect (without
credentials), keyring backend, the checks' results and timings, and where the log is. Never the key.

``write_diagnostic_report`` writes JSON, or plain text when the file name ends in ``.txt`` or
``.md`` (same facts, for reading in an email). Everything passes through ``redact`` and the file is
written atomically.
"""

from __future__ import annotations

import json
import os
import platform
import ssl
import sys
import urllib.request
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from app import APP_NAME, __version__
from app.core.errors import DiagnosticsError
from app.core.files import UnsuitableTarget, write_json_file, write_text_file
from app.core.model import CHECK_TITLES, Report
from app.core.redact import current_log_path, default_log_path, redact_data
from app.core.settings_store import is_key_name
from app.core.text import Text

REPORT_FORMAT = 1
TEXT_SUFFIXES = (".txt", ".md")
PROXY_VARS = ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY")
TLS_VARS = ("SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE")


def strip_credentials(value: str) -> str:
    """A proxy URL with any ``user:password@`` replaced by ``***@``. Cuts at the last ``@``, so a
    password holding ``@`` or ``/`` cannot survive half-stripped."""
    if "@" not in value:
        return value
    scheme, sep, rest = value.partition("://")
    if not sep:
        scheme, rest = "", value
    host = rest.rsplit("@", 1)[1]
    return f"{scheme}{sep}***@{host}"


def proxy_settings() -> dict[str, Any]:
    """Proxy variables as set, and the proxies Python's standard library would use (which also
    reads the Windows registry and macOS system settings), credentials stripped."""
    env: dict[str, str] = {}
    for var in PROXY_VARS:
        for name in (var, var.lower()):
            value = os.environ.get(name)
            if value:
                env[name] = strip_credentials(value)
    try:
        in_effect = {k: strip_credentials(v) for k, v in sorted(urllib.request.getproxies().items())}
    except Exception as exc:  # a broken registry entry must not stop the report
        in_effect = {"error": f"{type(exc).__name__}: {exc}"}
    return {"environment": env, "in_effect": in_effect}


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def _qt_versions() -> dict[str, str] | None:
    # Core never imports Qt: report it only when the window already loaded it.
    if "PySide6" not in sys.modules:
        return None
    out = {"pyside6": str(getattr(sys.modules["PySide6"], "__version__", "unknown"))}
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        try:
            out["qt"] = str(qtcore.qVersion())
        except Exception:
            pass
    return out


def _keyring_backend() -> str:
    try:
        from app.core.keystore import current_backend_name

        return current_backend_name()
    except Exception as exc:
        return f"unknown ({type(exc).__name__})"


def build_diagnostic_report(
    report: Report | None, settings_public: dict[str, Any], extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Everything IT needs to understand a failed setup, as a JSON-safe dict, redacted."""
    log_path = current_log_path() or default_log_path()
    settings = {k: v for k, v in (settings_public or {}).items() if not is_key_name(str(k))}
    data: dict[str, Any] = {
        "report_format": REPORT_FORMAT,
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "app": {"name": APP_NAME, "version": __version__},
        "python": {
            "version": platform.python_version(),
            "implementation": platform.python_implementation(),
            "frozen": bool(getattr(sys, "frozen", False)),
        },
        "qt": _qt_versions(),
        "libraries": {
            "httpx2": _version("httpx2"),
            "keyring": _version("keyring"),
            "truststore": _version("truststore"),
            "platformdirs": _version("platformdirs"),
        },
        "os": {
            "platform": platform.platform(),
            "system": platform.system(),
            "release": platform.release(),
            "machine": platform.machine(),
        },
        "tls": {
            "openssl": ssl.OPENSSL_VERSION,
            "environment": {var: os.environ[var] for var in TLS_VARS if os.environ.get(var)},
        },
        "proxy": proxy_settings(),
        "keyring_backend": _keyring_backend(),
        "settings": settings,
        "result": None,
        "checks": [],
        "log_file": str(log_path),
    }
    if report is not None:
        as_json = report.to_json()
        data["result"] = {"ok": as_json["ok"], "duration_ms": as_json.get("duration_ms", 0)}
        data["checks"] = as_json["checks"]
    if extra:
        data["extra"] = {k: v for k, v in extra.items() if not is_key_name(str(k))}
    # One pass over everything, keys included: check messages, details and extras may quote text
    # that came from the network or the user.
    redacted = redact_data(data)
    assert isinstance(redacted, dict)
    return redacted


def format_text(data: dict[str, Any]) -> str:
    """The report for people: the same facts as the JSON, one per line."""
    lines = [f"{APP_NAME} diagnostic report", f"Generated: {data.get('generated_at', '')}", ""]
    app, py, os_ = data.get("app", {}), data.get("python", {}), data.get("os", {})
    lines.append(f"App: {app.get('version')}   Python: {py.get('version')}   OS: {os_.get('platform')}")
    qt = data.get("qt")
    libs = ", ".join(f"{k} {v}" for k, v in (data.get("libraries") or {}).items() if v)
    lines.append(f"Qt: {qt.get('qt', qt.get('pyside6')) if qt else 'not loaded'}   Libraries: {libs}")
    lines.append(f"TLS: {data.get('tls', {}).get('openssl', '')}")
    proxy = data.get("proxy", {})
    env = proxy.get("environment") or {}
    in_effect = proxy.get("in_effect") or {}
    lines.append("Proxy variables: " + (", ".join(f"{k}={v}" for k, v in env.items()) or "none"))
    lines.append("Proxy in effect: " + (", ".join(f"{k}={v}" for k, v in in_effect.items()) or "none"))
    lines.append(f"Keyring: {data.get('keyring_backend')}")
    settings = data.get("settings") or {}
    lines.append("Settings: " + (", ".join(f"{k}={v}" for k, v in settings.items()) or "none"))
    lines.append("")
    result = data.get("result")
    if result is None:
        lines.append("Checks: not run")
    else:
        warned = any(c.get("status") == "warn" for c in data.get("checks", []))
        verdict = ("passed with warnings" if warned else "all passed") if result.get("ok") else "some failed"
        lines.append(f"Checks ({verdict}, {result.get('duration_ms', 0)} ms in total):")
        for check in data.get("checks", []):
            title = CHECK_TITLES.get(check.get("id", ""), check.get("id", ""))
            problem = f" [{check['problem']}]" if check.get("problem") else ""
            lines.append(
                f"  {check.get('status', ''):7} {title}{problem} ({check.get('duration_ms', 0)} ms): "
                f"{check.get('message', '')}"
            )
            if check.get("fix"):
                lines.append(f"          Fix: {check['fix']}")
            traced = _trace_line(check.get("data") or {})
            if traced:
                lines.append(f"          {traced}")
    if data.get("extra"):
        lines.append("")
        lines.append("Extra: " + json.dumps(data["extra"], ensure_ascii=False, sort_keys=True))
    lines.append("")
    lines.append(f"Log file: {data.get('log_file')}")
    return "\n".join(lines) + "\n"


def _trace_line(data: dict[str, Any]) -> str:
    """ "inference id X, cost $Y": what support looks up in the service's request log."""
    from app.core.check_steps import format_usd

    parts = []
    if data.get("inference_id"):
        parts.append(f"inference id {data['inference_id']}")
    cost = data.get("cost_usd")
    if isinstance(cost, int | float) and not isinstance(cost, bool):
        parts.append(f"cost {format_usd(float(cost))}")
    return ", ".join(parts)


def write_diagnostic_report(
    path: Path | str,
    report: Report | None,
    settings_public: dict[str, Any],
    extra: dict[str, Any] | None = None,
) -> Path:
    """Write the report to ``path`` (JSON; text for ``.txt``/``.md``), atomically. Returns the
    absolute path. Raises ``DiagnosticsError`` with a plain message when it cannot be written."""
    target = Path(path).expanduser()
    data = build_diagnostic_report(report, settings_public, extra)
    try:
        # Scrubbed once more on the way to the disk.
        if target.suffix.lower() in TEXT_SUFFIXES:
            target = write_text_file(target, format_text(data))
        else:
            target = write_json_file(target, data)
    except UnsuitableTarget as exc:
        if exc.what == "a folder":
            raise DiagnosticsError(
                Text("{path} is a folder.", path=str(target)),
                Text("Give a file name such as {example}.", example=str(target / "report.json")),
            ) from None
        raise DiagnosticsError(
            Text(
                "{path} is {what}, not a regular file, so no report was written there.",
                path=str(target),
                what=exc.what,
            ),
            Text("Give the name of a new file or of a regular file."),
        ) from None
    except FileNotFoundError:
        raise DiagnosticsError(
            Text("The folder {path} does not exist.", path=str(target.parent)),
            Text("Choose another place to save."),
        ) from None
    except OSError as exc:
        raise DiagnosticsError(
            Text(
                "The diagnostic report could not be saved to {path}: {reason}.",
                path=str(target),
                reason=exc.strerror or str(exc),
            )
        ) from None
    return target.resolve()
