"""Is a folder on a network share? SQLite's WAL mode needs shared memory, which network file systems lack."""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FS_TYPES = frozenset({"nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "9p", "afs", "ncpfs",
                              "fuse.sshfs", "davfs", "fuse.davfs2", "ceph", "glusterfs", "fuse.glusterfs"})


def _mount_points(mounts_text: str) -> list[tuple[str, str]]:
    out = []
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            # /proc/mounts escapes spaces as \040
            out.append((parts[1].replace("\\040", " "), parts[2]))
    return out


def fs_type_for(path: Path, mounts_text: str) -> str | None:
    """The file-system type of the longest mount point containing ``path`` (Linux /proc/mounts format)."""
    target = str(path)
    best, best_type = "", None
    for mount, fstype in _mount_points(mounts_text):
        prefix = mount.rstrip("/") + "/"
        if (target == mount or target.startswith(prefix) or mount == "/") and len(mount) >= len(best):
            best, best_type = mount, fstype
    return best_type


def _existing_ancestor(path: Path) -> Path:
    path = Path(os.path.abspath(path))
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def is_network_path(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` lives on a network share (NFS, SMB/CIFS, a UNC path or a mapped remote drive)."""
    p = Path(path)
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        text = str(p)
        if text.startswith(("\\\\", "//")):
            return True
        drive = os.path.splitdrive(os.path.abspath(text))[0]
        if drive.startswith(("\\\\", "//")):
            return True
        if drive:
            import ctypes

            DRIVE_REMOTE = 4
            return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE
        return False
    try:
        resolved = _existing_ancestor(p).resolve()
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    fstype = fs_type_for(resolved, mounts)
    return fstype is not None and (fstype in NETWORK_FS_TYPES or fstype.startswith(("nfs", "smb", "cifs")))
