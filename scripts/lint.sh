#!/usr/bin/env bash
# Lint: ruff's rules and formatting over the whole repository, then mypy (strict on app/core; the
# files and rules are in pyproject.toml). The same command runs in .ci/run and the GitHub workflow.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
