"""The screenshots the README shows or links are in the repository: present, and not left out by
.gitignore (a shot made locally but ignored would show here and be missing for everyone else)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")
LINKED = sorted(set(re.findall(r"\((docs/screenshots/[^)\s]+\.png)\)", README)))


def test_the_readme_links_screenshots() -> None:
    assert len(LINKED) >= 10


@pytest.mark.parametrize("path", LINKED)
def test_each_linked_screenshot_is_kept(path: str) -> None:
    assert (ROOT / path).is_file(), f"{path} is linked from the README but missing"
    ignored = subprocess.run(["git", "check-ignore", "-q", path], cwd=ROOT, check=False).returncode == 0
    assert not ignored, f"{path} is linked from the README but .gitignore leaves it out"
