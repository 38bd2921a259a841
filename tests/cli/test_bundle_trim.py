"""What the bundle is trimmed of (build_installer.spec, packaging/slim_icu.py) and the self-test line checking it."""

from __future__ import annotations

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
