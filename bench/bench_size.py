"""Benchmark: the size of the built bundle and .deb, as ratios to their budgets.

Budgets: the one-folder bundle under 120 MB, the .deb under 50 MB (1 MB = 10^6 bytes).
Reads what ``packaging/build.py`` left in dist/ (or builds first with --build) and prints each size,
its ratio to the budget, and the largest parts of the bundle, so a growing dependency shows up.
Exit status 1 when a budget is exceeded, 2 when there is nothing to measure.

    .venv/bin/python bench/bench_size.py [--build] [--dist DIR] [--top 12]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "cursor-azure-setup"
MB = 1000 * 1000
BUNDLE_BUDGET = 120 * MB  # the same numbers as packaging/build.py
DEB_BUDGET = 50 * MB


def tree_size(path: Path) -> int:
    """Bytes of the files under ``path``; symlinks count as links (as on the target's disk)."""
    total = 0
    for root, _dirs, files in os.walk(path):
        total += sum(os.lstat(os.path.join(root, name)).st_size for name in files)
    return total


def largest_parts(bundle: Path, top: int) -> list[tuple[int, str]]:
    """Sizes of the bundle's files and of its package folders (PySide6/Qt/lib counted per file)."""
    internal = bundle / "_internal"
    base = internal if internal.is_dir() else bundle
    parts: list[tuple[int, str]] = []
    for entry in base.iterdir():
        if entry.is_dir() and not entry.is_symlink() and entry.name == "PySide6":
            for sub in ("Qt/lib", "Qt/plugins"):
                folder = entry / sub
                if folder.is_dir():
                    parts += [
                        (tree_size(p) if p.is_dir() else os.lstat(p).st_size, str(p.relative_to(base)))
                        for p in folder.iterdir()
                    ]
            rest = tree_size(entry) - sum(
                tree_size(entry / s) for s in ("Qt/lib", "Qt/plugins") if (entry / s).is_dir()
            )
            parts.append((rest, "PySide6 (bindings, other)"))
        elif entry.is_dir() and not entry.is_symlink():
            parts.append((tree_size(entry), entry.name + "/"))
        else:
            parts.append((os.lstat(entry).st_size, entry.name))
    return sorted(parts, reverse=True)[:top]


def line(what: str, size: int, budget: int) -> str:
    ratio = size / budget
    verdict = "ok" if ratio < 1 else "OVER BUDGET"
    return f"{what:<8} {size / MB:7.1f} MB   budget {budget / MB:4.0f} MB   ratio {ratio:.2f}   {verdict}"


def build_command(dist: Path, maintainer: str) -> list[str]:
    """packaging/build.py as this bench runs it. The .deb needs a real maintainer (the build never
    invents one): without --maintainer or DEBEMAIL the bundle alone is built and measured."""
    command = [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(dist)]
    if maintainer:
        return [*command, "--maintainer", maintainer]
    if not os.environ.get("DEBEMAIL", "").strip():
        print("bench_size: no --maintainer and no DEBEMAIL: the bundle without the .deb", file=sys.stderr)
        return [*command, "--no-deb"]
    return command


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="run packaging/build.py first (no smoke test)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the build left its output")
    parser.add_argument("--top", type=int, default=12, help="how many of the largest parts to list")
    parser.add_argument(
        "--maintainer",
        default="",
        help='with --build: the .deb\'s Maintainer, "Name <e-mail>" (else DEBEMAIL; without either, no .deb)',
    )
    args = parser.parse_args(argv)

    if args.build:
        subprocess.run(build_command(args.dist, args.maintainer), check=True)
    bundle = args.dist / APP_ID
    if not bundle.is_dir():
        print(f"bench_size: no bundle in {bundle}; build first: python packaging/build.py", file=sys.stderr)
        return 2

    over = False
    size = tree_size(bundle)
    print(line("bundle", size, BUNDLE_BUDGET))
    over |= size >= BUNDLE_BUDGET
    debs = sorted(args.dist.glob(f"{APP_ID}_*.deb"), key=lambda p: p.stat().st_mtime)
    if debs:  # the newest, if older versions are still lying in dist/
        deb_size = debs[-1].stat().st_size
        print(line(".deb", deb_size, DEB_BUDGET))
        over |= deb_size >= DEB_BUDGET
    else:
        print(".deb     not built (Linux only; build.py without --no-deb)")

    print(f"\nlargest parts of {bundle}:")
    for part_size, name in largest_parts(bundle, args.top):
        print(f"  {part_size / MB:6.1f} MB  {name}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
