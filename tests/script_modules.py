"""The repository's scripts (scripts/, docs/, packaging/) imported as modules, for tests that call
their functions: they are not packages, so each is loaded from its file, once per test session."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


@cache
def load_script(relative_path: str) -> ModuleType:
    """``relative_path`` (from the repository's root, e.g. "scripts/translations.py") as a module."""
    path = ROOT / relative_path
    spec = importlib.util.spec_from_file_location(f"cas_{path.stem}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses and pickling look their module up by name
    spec.loader.exec_module(module)
    return module
