"""Linux: a smaller ICU data library for the bundle (31 MB -> about 15 MB).

PySide6's Linux wheels bring their own ICU, and libicudata.so holds every locale's names of
units, currencies, time zones, languages and regions, transliterators, spelled-out numbers and
collation rules. The app needs none of them beyond English: Qt formats numbers and dates with its
own CLDR tables, and ICU's case
mapping and normalisation data are compiled into libicuuc, not stored here. Break-iterator rules
and converters stay, so text layout and any legacy encoding keep working.

How: copy the data blob out of the library (the ``icudt<N>_dat`` symbol), drop whole item groups
with ICU's own ``icupkg -r``, and link the blob back into a shared object with the same soname and
symbol (binutils' objcopy and ld; no compiler). Without icupkg (package icu-devtools) the original
library is kept and the build says so.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

# Item groups (folders inside the ICU data package) whose per-locale items go; the root and
# English items, the index and the shared .icu tables stay, so ICU falls back to them normally
# (a Swedish collator, say, becomes the root collator instead of failing).
LOCALISED_GROUPS = ("unit", "curr", "zone", "lang", "region", "rbnf", "coll")
KEEP_IN_GROUP = re.compile(r"(root|en|res_index|pool)\.res|.*\.(icu|nrm|cfu|spp)")
# Groups the app never touches at all (Qt does not transliterate).
DROP_GROUPS = ("translit",)


def dropped(item: str) -> bool:
    group, _, name = item.partition("/")
    if group in DROP_GROUPS:
        return True
    return group in LOCALISED_GROUPS and bool(name) and not KEEP_IN_GROUP.fullmatch(name)


def _run(*cmd: str) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def _data_symbol(lib: Path) -> tuple[str, int, int]:
    """(symbol, file offset, size) of the icudt<N>_dat blob."""
    for line in _run("readelf", "-sW", "--dyn-syms", str(lib)).splitlines():
        parts = line.split()
        if len(parts) >= 8 and re.fullmatch(r"icudt\d+_dat", parts[7]):
            symbol, vaddr, size, shndx = parts[7], int(parts[1], 16), int(parts[2], 0), parts[6]
            break
    else:
        raise ValueError("no icudt*_dat symbol")
    for line in _run("readelf", "-SW", str(lib)).splitlines():
        m = re.match(r"\s*\[\s*(\d+)\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if m and m.group(1) == shndx:
            section_addr, section_off = int(m.group(3), 16), int(m.group(4), 16)
            return symbol, vaddr - section_addr + section_off, size
    raise ValueError("section of the ICU data not found")


def _bfd_target(lib: Path) -> tuple[str, str]:
    out = _run("objdump", "-f", str(lib))
    fmt = re.search(r"file format (\S+)", out)
    arch = re.search(r"architecture: ([^,\s]+)", out)
    if not fmt or not arch:
        raise ValueError("cannot tell the library's object format")
    return fmt.group(1), arch.group(1)


def subset_icudata(lib: Path, workdir: Path) -> Path | None:
    """A smaller copy of ``lib`` in ``workdir``, or None when the tools are missing or it fails."""
    if not all(shutil.which(tool) for tool in ("icupkg", "readelf", "objcopy", "objdump", "ld")):
        return None
    workdir.mkdir(parents=True, exist_ok=True)
    symbol, offset, size = _data_symbol(lib)
    name = symbol[: -len("_dat")] + "l"  # icudt73l: ICU's name for little-endian data
    dat = workdir / f"{name}.dat"
    with lib.open("rb") as src:
        src.seek(offset)
        dat.write_bytes(src.read(size))

    items = _run("icupkg", "-l", str(dat)).split()
    drop = [item for item in items if dropped(item)]
    listing = workdir / "drop.txt"
    listing.write_text("\n".join(drop) + "\n", encoding="utf-8")
    _run("icupkg", "-r", str(listing), str(dat))

    fmt, arch = _bfd_target(lib)
    obj = workdir / "icudata.o"
    start = "_binary_" + re.sub(r"[^A-Za-z0-9]", "_", str(dat)) + "_start"
    _run(
        "objcopy",
        "-I",
        "binary",
        "-O",
        fmt,
        "-B",
        arch,
        "--rename-section",
        ".data=.rodata,alloc,load,readonly,data,contents",
        "--set-section-alignment",
        ".rodata=16",  # ICU requires 16-byte aligned data
        "--redefine-sym",
        f"{start}={symbol}",
        "--strip-symbol",
        start.replace("_start", "_end"),
        "--strip-symbol",
        start.replace("_start", "_size"),
        str(dat),
        str(obj),
    )
    out = workdir / lib.name
    _run("ld", "-shared", "-soname", lib.name, "-z", "noexecstack", "-o", str(out), str(obj))
    exported = _run("readelf", "-sW", "--dyn-syms", str(out))
    if symbol not in exported:
        return None
    return out
