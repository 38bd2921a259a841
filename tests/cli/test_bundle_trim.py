"""What the bundle is trimmed of (build_installer.spec, packaging/slim_icu.py) and the self-test line checking it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

from slim_icu import dropped


@pytest.mark.parametrize("item", ["root.res", "en.res", "en_GB.res", "en_001.res", "coll/root.res", "coll/en.res",
                                  "coll/ucadata.icu", "lang/pool.res", "lang/res_index.res", "zone/en_GB.res",
                                  "uprops.icu", "ucase.icu", "nfc.nrm", "cnvalias.icu", "metaZones.res",
                                  "zoneinfo64.res", "supplementalData.res", "brkitr/line.brk", "brkitr/root.res"])
def test_icu_keeps_the_root_english_and_every_table(item: str) -> None:
    assert not dropped(item)


@pytest.mark.parametrize("item", ["de.res", "zh_Hant_TW.res", "coll/sv.res", "coll/de_.res", "lang/fr.res",
                                  "curr/ja.res", "ibm-1390_P110-2003.cnv", "brkitr/cjdict.dict",
                                  "translit/root.res", "rbnf/en.res"])
def test_icu_drops_other_languages_codecs_and_what_qt_never_reads(item: str) -> None:
    assert dropped(item)


def test_the_qt_parts_check_passes_from_source(qapp: object) -> None:
    from selfcompass.cli.bundle_check import qt_parts

    assert "collation" in qt_parts(qapp)


def test_the_spec_keeps_every_qt_module_the_app_imports() -> None:
    from selfcompass.cli.bundle_check import QT_MODULES

    spec = (Path(__file__).resolve().parents[2] / "build_installer.spec").read_text(encoding="utf-8")
    package = Path(__file__).resolve().parents[2] / "selfcompass"
    used = {word.split(".")[1] for path in package.rglob("*.py")
            for word in path.read_text(encoding="utf-8").split() if word.startswith("PySide6.Qt")}
    assert used <= set(QT_MODULES) | {"QtSvg"}, used - set(QT_MODULES)
    for name in QT_MODULES:
        assert f'"PySide6.{name}"' not in spec, name


# -- QtQuick and QtQml as stubs (packaging/qt_stubs.py) ------------------------------------------------------------
from qt_stubs import STUBBED, Symbol, removable, stub_bundle, stub_source, stub_symbols  # noqa: E402
from strip_bundle import strippable  # noqa: E402

#: The libraries' real shape in the PySide6 6.11 wheel, reduced to what the stubbing looks at.
NEEDS = {
    "libffmpegmediaplugin.so": {"libQt6Multimedia.so.6", "libQt6Quick.so.6", "libQt6Qml.so.6", "libQt6OpenGL.so.6",
                                "libQt6Network.so.6", "libQt6Gui.so.6", "libavcodec.so.61"},
    "libQt6Quick.so.6": {"libQt6QmlMeta.so.6", "libQt6QmlModels.so.6", "libQt6QmlWorkerScript.so.6",
                         "libQt6Qml.so.6", "libQt6Network.so.6", "libQt6OpenGL.so.6", "libQt6Gui.so.6"},
    "libQt6Qml.so.6": {"libQt6Network.so.6", "libQt6Core.so.6"},
    "libQt6QmlMeta.so.6": {"libQt6QmlModels.so.6", "libQt6QmlWorkerScript.so.6", "libQt6Qml.so.6"},
    "libQt6QmlModels.so.6": {"libQt6Qml.so.6"},
    "libQt6QmlWorkerScript.so.6": {"libQt6Qml.so.6"},
    "libQt6Multimedia.so.6": {"libQt6Network.so.6", "libQt6Gui.so.6", "libQt6Core.so.6"},
    "libQt6Network.so.6": {"libQt6Core.so.6"},
    "libQt6OpenGL.so.6": {"libQt6Gui.so.6"},
    "libQt6Gui.so.6": {"libQt6Core.so.6"},
    "libQt6Core.so.6": set(),
    "libavcodec.so.61": set(),
    "QtMultimedia.abi3.so": {"libQt6Multimedia.so.6"},
}


def test_only_what_the_real_quick_and_qml_needed_goes() -> None:
    assert removable(NEEDS, STUBBED) == {"libQt6QmlMeta.so.6", "libQt6QmlModels.so.6", "libQt6QmlWorkerScript.so.6"}


def test_a_library_something_else_needs_stays() -> None:
    needs = dict(NEEDS, **{"QtQml.abi3.so": {"libQt6QmlModels.so.6"}})  # a binding for QML, were it bundled
    assert removable(needs, STUBBED) == {"libQt6QmlMeta.so.6", "libQt6QmlWorkerScript.so.6"}


def test_a_stub_defines_what_users_take_in_its_version() -> None:
    library = [Symbol("meta", "Qt_6", "OBJECT", 56, True), Symbol("grab", "Qt_6", "FUNC", 282, True),
               Symbol("unused", "Qt_6", "FUNC", 10, True), Symbol("private", "Qt_6_PRIVATE_API", "FUNC", 10, True)]
    user = [Symbol("meta", "Qt_6", "OBJECT", 0, False), Symbol("grab", "Qt_6", "FUNC", 0, False),
            Symbol("elsewhere", "Qt_6", "FUNC", 0, False), Symbol("private", "Qt_6", "FUNC", 0, False)]
    chosen = stub_symbols(library, [user])
    assert [s.name for s in chosen] == ["grab", "meta"]
    source, script = stub_source("libQt6Quick.so.6", chosen, ["NonQt", "Qt_6_PRIVATE_API", "Qt_6"])
    assert "char meta[56]" in source and 'void grab(void) { left_out("grab"); }' in source
    assert "Qt_6 { global: grab; meta; local: *; };" in script and "NonQt { };" in script


def _cc(tmp: Path, name: str, source: str, script: str, *links: str, soname: str | None = None) -> Path:
    c_file, map_file, out = tmp / f"{name}.c", tmp / f"{name}.map", tmp / name
    c_file.write_text(source, encoding="ascii")
    map_file.write_text(script, encoding="ascii")
    subprocess.run(["cc", "-shared", "-fPIC", f"-Wl,-soname,{soname or name}", f"-Wl,--version-script={map_file}",
                    "-Wl,-rpath,$ORIGIN/../../lib", "-o", str(out), str(c_file), f"-L{tmp}",
                    *(f"-l:{link}" for link in links)], check=True)
    return out


@pytest.mark.skipif(sys.platform != "linux" or not all(shutil.which(t) for t in ("cc", "readelf")),
                    reason="needs a C compiler and readelf (Linux)")
def test_a_plugin_loads_with_the_stubs_and_a_stubbed_call_fails_loudly(tmp_path: Path) -> None:
    """A miniature bundle: a plugin linking Quick and Qml for two symbols; Quick needs a library nothing else does."""
    build, internal = tmp_path / "build", tmp_path / "_internal"
    lib, plugins = internal / "PySide6" / "Qt" / "lib", internal / "PySide6" / "Qt" / "plugins" / "multimedia"
    build.mkdir()
    lib.mkdir(parents=True)
    plugins.mkdir(parents=True)
    version = "NonQt { };\nQt_6 { global: *; };\n"
    models = _cc(build, "libQt6QmlModels.so.6", "int models_big[100000] = {1};\n", version)
    qml = _cc(build, "libQt6Qml.so.6", "int qml_engine(void) { return 1; }\n", version)
    quick = _cc(build, "libQt6Quick.so.6", "extern int models_big[]; char window_meta[56] = {7};\n"
                "int grab(void) { return models_big[0]; }\nint other(void) { return 2; }\n", version,
                "libQt6QmlModels.so.6", "libQt6Qml.so.6")
    plugin = _cc(build, "libplugin.so", "extern char window_meta[]; int grab(void);\n"
                 "char *meta(void) { return window_meta; }\nint capture(void) { return grab(); }\n",
                 "{ global: meta; capture; local: *; };\n", "libQt6Quick.so.6", "libQt6Qml.so.6")
    for built, folder in ((models, lib), (qml, lib), (quick, lib), (plugin, plugins)):
        shutil.copy(built, folder / built.name)
    (internal / "libQt6QmlModels.so.6").symlink_to("PySide6/Qt/lib/libQt6QmlModels.so.6")

    report = stub_bundle(internal)

    assert "libQt6QmlModels.so.6 removed" in report[-1], report
    assert not (lib / "libQt6QmlModels.so.6").exists() and not (internal / "libQt6QmlModels.so.6").is_symlink()
    assert (lib / "libQt6Quick.so.6").stat().st_size < quick.stat().st_size
    probe = ("import ctypes, sys; p = ctypes.CDLL(sys.argv[1]); p.meta.restype = ctypes.POINTER(ctypes.c_char * 56);"
             "print(sum(p.meta().contents.raw)); sys.stdout.flush(); sys.argv[2:] and p.capture()")
    loaded = subprocess.run([sys.executable, "-c", probe, str(plugins / "libplugin.so")], capture_output=True,
                            text=True)
    assert loaded.returncode == 0 and loaded.stdout.strip() == "0", loaded.stderr  # zeros, not the real 7
    called = subprocess.run([sys.executable, "-c", probe, str(plugins / "libplugin.so"), "call"],
                            capture_output=True, text=True)
    assert called.returncode != 0
    assert "grab from libQt6Quick.so.6 was left out of this bundle" in called.stderr


def test_a_library_used_for_more_than_a_few_symbols_is_kept_whole() -> None:
    library = [Symbol(f"f{i}", "Qt_6", "FUNC", 1, True) for i in range(20)]
    user = [Symbol(f"f{i}", "Qt_6", "FUNC", 0, False) for i in range(20)]
    from qt_stubs import MAX_SYMBOLS

    assert len(stub_symbols(library, [user])) > MAX_SYMBOLS  # stub_bundle keeps such a library and says so


def test_the_app_never_uses_what_the_stubs_stand_for() -> None:
    """QtQuick, QML, and capturing or showing video: the stubbed QtQuick would abort the first such call."""
    package = Path(__file__).resolve().parents[2] / "selfcompass"
    imports = re.compile(r"^\s*(from|import)\s.*\bQt(Quick|Qml)", re.MULTILINE)
    classes = re.compile(r"\b(QQuick\w*|QQml\w*|QWindowCapture|QScreenCapture|QMediaCaptureSession|QVideoSink"
                         r"|QVideoWidget|QGraphicsVideoItem)\b")
    found = {(path.name, match[0]) for path in package.rglob("*.py")
             for pattern in (imports, classes) for match in pattern.finditer(path.read_text(encoding="utf-8"))}
    assert not found


# -- strip_bundle: never Qt's FFmpeg ---------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["PySide6/Qt/lib/libavcodec.so.61", "PySide6/Qt/lib/libavformat.so.61",
                                  "PySide6/Qt/lib/libswresample.so.5", "PySide6/Qt/lib/libQt6Multimedia.so.6",
                                  "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
                                  "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/QtCore.abi3.so",
                                  "shiboken6/libshiboken6.abi3.so.6.11"])
def test_qt_and_its_ffmpeg_are_never_stripped(path: str) -> None:
    assert not strippable(path)


@pytest.mark.parametrize("path", ["libpython3.11.so.1.0", "sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so",
                                  "python3.11/lib-dynload/_decimal.cpython-311-x86_64-linux-gnu.so",
                                  "PySide6/Qt/lib/libicui18n.so.73", "PySide6/Qt/lib/libicuuc.so.73"])
def test_python_its_extensions_and_icu_are_stripped(path: str) -> None:
    assert strippable(path)
