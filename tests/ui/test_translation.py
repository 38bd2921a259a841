"""Ready for translation: every UI string reaches Qt's translator, the template is current, English needs no file."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)

from selfcompass.ui import translation

ROOT = Path(__file__).resolve().parents[2]
#: A pseudo-translated piece of text: "[Şåvë ~~]". Data woven into a translated sentence sits inside the brackets.
PSEUDO = re.compile(r"\[[^\[\]]*~+\]")
WORD = re.compile(r"[A-Za-z]{2,}")


def _tool():
    spec = importlib.util.spec_from_file_location("translation_template", ROOT / "tools" / "translation_template.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool():
    return _tool()


@pytest.fixture(scope="module")
def pseudo_folder(tool, tmp_path_factory) -> Path:
    """translations/selfcompass_en_XA.qm built from a fresh template, in a temporary folder."""
    folder = tmp_path_factory.mktemp("translations")
    template = folder / "selfcompass.ts"
    tool.write_template(template)
    ts = folder / "selfcompass_en_XA.ts"
    ts.write_text(tool.pseudo_ts(template.read_text(encoding="utf-8")), encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(folder / "selfcompass_en_XA.qm")], check=True)
    return folder


def test_the_committed_template_is_current(tool, tmp_path) -> None:
    fresh = tmp_path / "selfcompass.ts"
    tool.write_template(fresh)

    def sources(path: Path) -> list[tuple[str, str]]:
        text = path.read_text(encoding="utf-8")
        return sorted(re.findall(r"<name>(.*?)</name>|<source>(.*?)</source>", text, re.DOTALL))

    assert sources(ROOT / "translations" / "selfcompass.ts") == sources(fresh), (
        "translations/selfcompass.ts is out of date: run .venv/bin/python tools/translation_template.py and commit it")


def test_every_string_is_read_with_its_context() -> None:
    """lupdate finds a string only in ``QCoreApplication.translate("Context", "text")`` or ``self.tr("text")``
    written out. Through an alias (``tr = QCoreApplication.translate``) it took the context for the text, so the
    real words were never offered for translation (the coach editor's and the journal repair's were not)."""
    import xml.etree.ElementTree as ET

    root = ET.parse(ROOT / "translations" / "selfcompass.ts").getroot()
    contexts = {c.findtext("name") for c in root.iter("context")}
    assert "" not in contexts and None not in contexts  # where the alias's strings went, under their context names
    aliases = [str(p.relative_to(ROOT)) for p in (ROOT / "selfcompass").rglob("*.py")
               if re.search(r"=\s*QCoreApplication\.translate\s*$", p.read_text(encoding="utf-8"), re.M)]
    assert aliases == [], "write QCoreApplication.translate(...) out where a string is marked"


MARKED = re.compile(r"\btr\(|translate\(|QT_TRANSLATE_NOOP|QT_TR_NOOP")


def _notes_not_for_translators(text: str) -> list[int]:
    """Lines of ``#:`` comments whose statement marks no string: lupdate hands every ``#:`` to the next string
    marked in the file, so a code comment written that way becomes a wrong note for a translator."""
    lines, found, i = text.split("\n"), [], 0
    while i < len(lines):
        if not lines[i].lstrip().startswith("#:"):
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].lstrip().startswith("#:"):
            j += 1
        statement, k = lines[j] if j < len(lines) else "", j
        depth = statement.count("(") - statement.count(")")
        while depth > 0 and k + 1 < len(lines):
            k += 1
            statement += lines[k]
            depth += lines[k].count("(") - lines[k].count(")")
        if not MARKED.search(statement):
            found.append(i + 1)
        i = j
    return found


def test_translator_notes_are_only_for_translators() -> None:
    """``#:`` is for a note to translators, just above the string it explains; code is explained with ``#``."""
    found = {}
    for path in sorted((ROOT / "selfcompass").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if MARKED.search(text) and (lines := _notes_not_for_translators(text)):
            found[str(path.relative_to(ROOT))] = lines
    assert found == {}, f"write these as # comments (lupdate would give them to translators): {found}"


def test_no_literal_strings_are_left_for_widgets(tool) -> None:
    assert tool.literal_strings() == {}


def test_the_pseudo_translation_keeps_placeholders_and_mnemonics(tool) -> None:
    assert tool.pseudo("&Save {count} entries") .startswith("[&Şåvë {count} ëñţrïëş")
    assert "%n" in tool.pseudo("%n minute(s)") and "<b>" in tool.pseudo("<b>Bold</b>")


def test_uk_english_needs_no_file_and_an_unknown_language_falls_back(qapp, tmp_path) -> None:
    for language in ("", "en_GB", "cy", "xx"):
        assert translation.install_translators(qapp, language, tmp_path) is None
    assert translation.installed(qapp) == []


def test_a_translation_is_found_by_language_and_replaced_on_a_second_call(qapp, pseudo_folder) -> None:
    try:
        assert translation.install_translators(qapp, "en_XA", pseudo_folder) == "selfcompass_en_XA.qm"
        assert QCoreApplication.translate("CheckinView", "Weekly check-in").startswith("[")
        translation.install_translators(qapp, "en_XA", pseudo_folder)
        assert len(translation.installed(qapp)) <= 2  # ours and perhaps Qt's own, never stacked
    finally:
        translation.install_translators(qapp, "", pseudo_folder / "nowhere")
    assert QCoreApplication.translate("CheckinView", "Weekly check-in") == "Weekly check-in"


def _qt_standard_button(button: QAbstractButton) -> bool:
    """OK, Close, Cancel: Qt's own words, translated by Qt's qtbase_<lang>.qm, which the app loads beside ours."""
    box = button.parentWidget()
    return isinstance(box, QDialogButtonBox) and box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton


def _rich(label: QLabel) -> bool:
    """Whether ``label`` shows its text as rich text (set so, or left to Qt, which judges by the text)."""
    shown_as = label.textFormat()
    from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's part of the namespace

    return shown_as == Qt.TextFormat.RichText or (
        shown_as == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))


def _texts(root: QWidget) -> list[tuple[str, str]]:
    """What a person sees or hears on the visible part of ``root``: (where, text)."""
    out: list[tuple[str, str]] = []
    window = root.window()
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(window):
            continue
        where = f"{type(w).__name__} {w.objectName() or ''}".strip()
        candidates = [w.accessibleName(), w.accessibleDescription(), w.toolTip()]
        if isinstance(w, QLabel) and not _rich(w):
            candidates.append(w.text())
        if isinstance(w, QAbstractButton) and not _qt_standard_button(w):
            candidates.append(w.text())
        if isinstance(w, QGroupBox):
            candidates.append(w.title())
        if isinstance(w, QLineEdit | QPlainTextEdit):
            candidates.append(w.placeholderText())
        if isinstance(w, QComboBox):
            candidates += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTextBrowser):
            candidates.append(w.toPlainText())  # the help page
        if isinstance(w, QListWidget) and w.objectName() == "nav":
            candidates += [w.item(i).text() for i in range(w.count())]
        out += [(where, t) for t in candidates if t]
    return out


def _data_words(app) -> set[str]:
    """Text that comes from data files (practices, scripts, questionnaires), which has its own route."""
    words: set[str] = {"SelfCompass", "NHS", "Samaritans", "A voice"}
    words.update(name for _, name in translation.available())  # languages are named in their own words
    for practice in app.library.practices.values():
        words.update([practice.title, practice.summary, practice.attribution, *practice.tags])
        words.update(text for step in practice.steps for text in (step.text, step.prompt) if text)
    for script in app.library.scripts.values():
        for step in script.steps:
            for segment in step.segments:
                text = getattr(segment, "text", "")
                words.update([text, *re.split(r"(?<=[.!?])\s+", text)])
    questionnaires, _ = app.insights.store.questionnaires()
    for q in questionnaires:
        words.update([q.title, q.introduction, q.notice, q.attribution, *q.labels])
        words.update(item.text for item in q.items)
        words.update(text for sub in q.subscales for text in (sub.title, sub.description))
    return {w for w in words if w}


def _untranslated(texts: list[tuple[str, str]], data: set[str]) -> list[str]:
    out = []
    for where, text in texts:
        rest, before = text, None
        while rest != before:  # data woven into a sentence woven into a sentence: "[… [… ~~] ~~]"
            before, rest = rest, PSEUDO.sub("", rest)
        for phrase in sorted(data, key=len, reverse=True):
            rest = rest.replace(phrase, "")
        if WORD.search(rest):
            out.append(f"{where}: {text!r}")
    return out


def test_every_screen_shows_translated_text_under_a_pseudo_locale(make_app, qtbot, monkeypatch, pseudo_folder):
    monkeypatch.setattr(translation, "folder", lambda: pseudo_folder)
    app = make_app(language="en_XA")
    try:
        win = app.window
        win.show()
        app.install_features()
        qtbot.waitExposed(win)
        data = _data_words(app)
        seen: dict[str, list[str]] = {}

        def visit(name: str, root: QWidget | None = None) -> None:
            QApplication.processEvents()
            seen[name] = _untranslated(_texts(root or win), data)

        visit("library")
        for row in range(win.nav.count()):
            key = win.nav.item(row).data(Qt.ItemDataRole.UserRole)
            win.show_page(key)
            if key == "insights":
                qtbot.waitUntil(lambda: app.insights.insights.data is not None, timeout=10_000)
            visit(f"page {key}")
        win.show_page("library")
        win.library_view.select("box-breathing")
        visit("library with a practice chosen")
        app.start_practice("box-breathing")
        visit("player running")
        app.player.stop()
        visit("end screen")
        app.player.finish()

        app.open_chooser()
        visit("chooser", app.chooser)
        app.chooser.reject()
        win.show_page("journal")
        qtbot.waitUntil(lambda: not app.database.busy, timeout=20_000)
        app.journal.feature.new_entry()
        visit("journal, writing a new entry")
        from selfcompass.core.reminders.planner import Due, Kind
        from selfcompass.ui.prompt_card import PromptCard

        card = PromptCard()
        qtbot.addWidget(card)
        card.show_due(Due(datetime(2026, 3, 30, 10, tzinfo=UTC), Kind.TRANSITION, "", "box-breathing"))
        visit("prompt card", card)
        card.hide()

        from selfcompass.ui.dialogs import SettingsDialog

        dialog = SettingsDialog(app.settings, app.paths, lambda: [("v1", "A voice")], app.change_setting, parent=win)
        dialog.show()
        visit("settings dialog", dialog)
        dialog.reject()
        app.show_welcome()
        visit("welcome dialog", app.welcome)
        app.welcome.reject()
        failures = {name: found for name, found in seen.items() if found}
        assert not failures, "English left on screen under the pseudo-locale:\n" + "\n".join(
            f"  {name}:\n    " + "\n    ".join(found) for name, found in failures.items())
        assert len(seen) >= 10
    finally:
        translation.install_translators(app.qapp, "", pseudo_folder / "nowhere")


def test_the_settings_offer_each_shipped_language_and_save_the_choice(make_app, monkeypatch, pseudo_folder) -> None:
    from selfcompass.ui.dialogs import SettingsDialog

    monkeypatch.setattr(translation, "folder", lambda: pseudo_folder)
    app = make_app()
    dialog = SettingsDialog(app.settings, app.paths, lambda: [], app.change_setting, parent=app.window)
    offered = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert offered == ["", "en_GB", "en_XA"]
    dialog.language.setCurrentIndex(offered.index("en_XA"))
    assert app.settings["language"] == "en_XA"
    assert "next time" in dialog.language.toolTip()
    dialog.reject()


def test_the_practice_cache_is_kept_per_language(tmp_path, repo_root, monkeypatch) -> None:
    """Notices about bad practice files are made in the person's language, so a cache in another one is not used."""
    from selfcompass.storage import library_cache

    loads: list[str] = []
    real = library_cache.load_library

    def counting(*args):
        loads.append("read")
        return real(*args)

    monkeypatch.setattr(library_cache, "load_library", counting)
    cache = tmp_path / "practices.cache"
    args = (repo_root / "practices", repo_root / "audio_scripts", cache)
    first = library_cache.load_library_cached(*args, "en_GB")
    assert library_cache.load_library_cached(*args, "en_GB").practices.keys() == first.practices.keys()
    assert loads == ["read"]  # the second came from the cache
    library_cache.load_library_cached(*args, "selfcompass_cy.qm")
    assert loads == ["read", "read"]
