"""`make bundle-zip`: zip dist/SelfCompass into dist/SelfCompass-<version>-<platform>.zip (the plain option).

Symbolic links inside the bundle (Linux and macOS) are stored as links, not as copies, so the zip stays small
and unpacks (with Info-ZIP's unzip, macOS's Archive Utility or 7-Zip) to the same folder. File modes are kept, so
the program stays executable.
"""

from __future__ import annotations

import argparse
import os
import platform
import stat
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    machine = platform.machine().lower().replace("amd64", "x86_64")
    return f"{system}-{machine}"


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from selfcompass import __version__

    return __version__


def make_zip(folder: Path, target: Path) -> Path:
    """Zip ``folder`` (as its own top-level folder) into ``target``; returns ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    base = folder.parent
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames.sort()
            here = Path(dirpath)
            for name in sorted(filenames) + [d for d in dirnames if (here / d).is_symlink()]:
                path = here / name
                arcname = path.relative_to(base).as_posix()
                if path.is_symlink():
                    info = zipfile.ZipInfo(arcname)
                    info.create_system = 3  # Unix, so the mode bits below mean "symbolic link"
                    info.external_attr = (stat.S_IFLNK | 0o777) << 16
                    zf.writestr(info, os.readlink(path), compress_type=zipfile.ZIP_STORED)
                else:
                    zf.write(path, arcname)
    os.replace(tmp, target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", default=str(ROOT / "dist" / "SelfCompass"))
    parser.add_argument("--out", help="the zip to write (default: dist/SelfCompass-<version>-<platform>.zip)")
    ns = parser.parse_args(argv)
    folder = Path(ns.folder)
    if not folder.is_dir():
        print(f"{folder} is not there yet: run `make bundle` first.", file=sys.stderr)
        return 1
    out = Path(ns.out) if ns.out else folder.parent / f"SelfCompass-{version()}-{platform_tag()}.zip"
    make_zip(folder, out)
    print(f"{out} ({out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
