"""``cursor apply`` sends Cursor's Verify request before it writes: the real command line and the
real network code, against the simulator.

Apply refuses an address on this computer (Cursor's servers could never reach it), so the
simulator stands behind a name of its own: in a private network and mount namespace, /etc/hosts
says ``api.sim.test`` is 127.0.0.1 and a small TLS front on port 443 (a certificate made for the
test, trusted through ``SSL_CERT_FILE``) passes the bytes on to ``simulate``. Nothing leaves the
namespace's loopback and nothing of this machine's set-up changes."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_process import ROOT, cli_env
from tests.conftest import TEST_KEY
from tests.cursor_cli import assert_no_secret
from tests.cursor_fixtures import TARGET, app_user_of, database_files, fake_cursor
from tests.private_mounts import in_private_mounts, needs_private_network

HOST = "api.sim.test"
BASE_URL = f"https://{HOST}"
SIM_PORT = 18401

TLS_FRONT = """
import asyncio, ssl, sys
cert, key, target = sys.argv[1], sys.argv[2], int(sys.argv[3])
context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(cert, key)

async def pipe(reader, writer):
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except Exception:
        pass
    finally:
        writer.close()

async def handle(reader, writer):
    try:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", target)
    except OSError:
        writer.close()
        return
    await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 443, ssl=context)
    print("ready", flush=True)
    await server.serve_forever()

asyncio.run(main())
"""

pytestmark = [
    needs_private_network,
    pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl to make a certificate"),
]


def _certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "front.crt", folder / "front.key"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            f"/CN={HOST}",
            "-addext",
            f"subjectAltName=DNS:{HOST}",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key


def _behind_a_name(
    tmp_path: Path, runs: dict[str, tuple[str, dict[str, str]]]
) -> dict[str, tuple[int, str, str]]:
    """Each run (name -> shell command line, extra environment) in one namespace where
    ``https://api.sim.test`` is the simulator -> name -> (exit code, stdout, stderr)."""
    cert, key = _certificate(tmp_path)
    hosts = tmp_path / "hosts"
    hosts.write_text(f"127.0.0.1 localhost\n127.0.0.1 {HOST}\n")
    front = tmp_path / "tls_front.py"
    front.write_text(TLS_FRONT)
    py = shlex.quote(sys.executable)
    lines = [
        f"mount --bind {shlex.quote(str(hosts))} /etc/hosts",
        f"{py} -m app simulate --port {SIM_PORT} --key {TEST_KEY} > {tmp_path}/sim.out 2>&1 & sim=$!",
        f"{py} {shlex.quote(str(front))} {cert} {key} {SIM_PORT} > {tmp_path}/front.out 2>&1 & front=$!",
        f"until grep -q 'running at' {tmp_path}/sim.out && grep -q ready {tmp_path}/front.out; do",
        "  sleep 0.05",
        "done",
    ]
    for name, (command, extra_env) in runs.items():
        assignments = " ".join(f"{k}={shlex.quote(v)}" for k, v in extra_env.items())
        lines.append(
            f"code=0; (export {assignments}; {command}) > {tmp_path}/{name}.out 2> {tmp_path}/{name}.err "
            f"|| code=$?; echo $code > {tmp_path}/{name}.code"
            if assignments
            else f"code=0; ({command}) > {tmp_path}/{name}.out 2> {tmp_path}/{name}.err || code=$?; "
            f"echo $code > {tmp_path}/{name}.code"
        )
    lines.append('kill "$sim" "$front"')
    env = cli_env(SSL_CERT_FILE=str(cert), AIMLAPI_API_KEY=None, HTTPS_PROXY=None, https_proxy=None)
    ran = in_private_mounts("\n".join(lines), env, ROOT, network=True, guard_s=240)
    assert ran.returncode == 0, ran.stderr
    results = {}
    for name in runs:
        out = (tmp_path / f"{name}.out").read_text()
        err = (tmp_path / f"{name}.err").read_text()
        for where, text in (("stdout", out), ("stderr", err)):
            assert "Traceback" not in text, text
            assert_no_secret(text, f"the {where} of {name}")
        results[name] = (int((tmp_path / f"{name}.code").read_text()), out, err)
    return results


def _apply(folder: Path, *extra: str) -> str:
    where = ["--cursor-app", str(folder / "cursor-app"), "--cursor-data", str(folder / "Cursor" / "User")]
    args = ["cursor", "apply", "--yes", "--base-url", BASE_URL, *where, *extra]
    return shlex.join([sys.executable, "-m", "app", *args])


def test_apply_verifies_with_the_key_cleaned_as_verify_cleans_it(tmp_path: Path) -> None:
    cases = {
        "bearer_on_stdin": ("bearer", f"printf 'Bearer %s\\n' {TEST_KEY} | ", {}),
        "quoted_in_env": ("quoted", "", {"AIMLAPI_API_KEY": f' "{TEST_KEY}" '}),
        "bearer_in_env": ("envbearer", "", {"AIMLAPI_API_KEY": f"Bearer {TEST_KEY}"}),
        "wrong_key": ("wrong", "", {"AIMLAPI_API_KEY": "b" * 32}),
        "json": ("json", "", {"AIMLAPI_API_KEY": TEST_KEY}),
    }
    installs = {name: fake_cursor(tmp_path / folder) for name, (folder, _, _) in cases.items()}
    before = {name: database_files(i.state_db) for name, i in installs.items()}
    runs = {}
    for name, (folder, pipe, extra_env) in cases.items():
        extra = ["--key-stdin"] if pipe else []
        if name == "json":
            extra.append("--json")
        runs[name] = (pipe + _apply(tmp_path / folder, *extra), extra_env)
    results = _behind_a_name(tmp_path, runs)

    for name in ("bearer_on_stdin", "quoted_in_env", "bearer_in_env"):
        code, out, err = results[name]
        assert code == 0, (name, err)
        assert "Sending Cursor's Verify request to https://api.sim.test" in err
        assert "Removed" in err or "removed" in err, (name, err)  # said, as verify says it
        azure = app_user_of(installs[name].state_db)["azureState"]
        assert (azure["baseUrl"], azure["deployment"]) == (BASE_URL, TARGET.deployment), name
        assert "not checked with Cursor's Verify request" not in out

    code, out, err = results["wrong_key"]
    assert code == 1, err
    assert "Cursor's Verify request did not pass with these values, so nothing was changed" in err
    assert database_files(installs["wrong_key"].state_db) == before["wrong_key"]

    code, out, err = results["json"]
    assert code == 0, err
    data = json.loads(out)
    assert (data["outcome"], data["verified"]) == ("applied", True)
