"""`make bundle-zip`: the plain zip of the bundle keeps links as links and the program executable."""

from __future__ import annotations

import importlib.util
import os
import stat
import sys
import zipfile
from pathlib import Path

import pytest


@pytest.fixture
def make_zip(repo_root: Path):
    spec = importlib.util.spec_from_file_location("make_zip", repo_root / "packaging" / "make_zip.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fake_bundle(root: Path) -> Path:
    folder = root / "SelfCompass"
    (folder / "_internal" / "PySide6").mkdir(parents=True)
    program = folder / "SelfCompass"
    program.write_bytes(b"\x7fELF pretend program")
    program.chmod(0o755)
    (folder / "_internal" / "PySide6" / "libbig.so.6").write_bytes(b"x" * 100_000)
    return folder


def test_zip_holds_the_folder_under_its_own_name(make_zip, tmp_path: Path) -> None:
    folder = fake_bundle(tmp_path)
    out = make_zip.make_zip(folder, tmp_path / "out" / "bundle.zip")
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        info = zf.getinfo("SelfCompass/SelfCompass")
    assert {"SelfCompass/SelfCompass", "SelfCompass/_internal/PySide6/libbig.so.6"} <= names
    if os.name == "posix":
        assert stat.S_IMODE(info.external_attr >> 16) & 0o111
    assert out.stat().st_size < 50_000  # compressed
    assert not (tmp_path / "out" / "bundle.zip.part").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="the Windows bundle has no symbolic links")
def test_links_are_stored_as_links_not_copies(make_zip, tmp_path: Path) -> None:
    folder = fake_bundle(tmp_path)
    (folder / "_internal" / "libbig.so.6").symlink_to("PySide6/libbig.so.6")
    out = make_zip.make_zip(folder, tmp_path / "bundle.zip")
    with zipfile.ZipFile(out) as zf:
        link = zf.getinfo("SelfCompass/_internal/libbig.so.6")
        assert stat.S_ISLNK(link.external_attr >> 16)
        assert zf.read(link) == b"PySide6/libbig.so.6"


def test_platform_tag_and_name(make_zip) -> None:
    tag = make_zip.platform_tag()
    assert tag.startswith(("linux-", "windows-", "macos-", "freebsd-"))
    assert make_zip.version().count(".") >= 1


def test_refuses_before_the_bundle_is_built(make_zip, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert make_zip.main(["--folder", str(tmp_path / "missing")]) == 1
    assert "make bundle" in capsys.readouterr().err
