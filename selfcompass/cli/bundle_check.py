"""The self-test's "Qt parts" check: what build_installer.spec trims from the bundle is still there where it is used.

Each trimming in the spec has its line here, so a bundle that drops something the app needs fails its self-test
(`make bundle-test`) instead of failing for a person later:

- every Qt module the app imports loads (QtMultimedia, QtPrintSupport);
- Qt Charts, which the spec leaves out, is not needed: a chart as Insights and the Calendar draw it
  (ui/chart_canvas.py, painted with QtGui alone) draws;
- a short WAV plays to its end through QMediaPlayer and QAudioOutput, as narration does: that loads Qt's FFmpeg
  media plugin, whose QtQuick and QtQml libraries the spec replaces with stubs (packaging/qt_stubs.py), and runs
  its demuxer, decoder and audio clock;
- the image formats kept (SVG for the illustrations and icons, PNG, ICO) read; the others were dropped;
- ICU's trimmed data (packaging/slim_icu.py) still sorts English words as people expect, maps case, and names
  time zones: the root and English locales are kept, other languages' names and collations are not.
"""

from __future__ import annotations

import tempfile
import wave
from pathlib import Path

#: Qt modules the app imports somewhere (the spec must not exclude them).
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtMultimedia", "QtPrintSupport")
IMAGE_FORMATS = ("svg", "png", "ico")
#: How long the silent WAV plays, and how long to wait for its end (the back-end plays it in real time, even with
#: no speaker, as on a headless server).
SILENCE_SECONDS = 0.05
PLAY_TIMEOUT_MS = 5000


class BundleProblem(Exception):
    """Something the bundle was trimmed of is needed after all."""


def qt_parts(app: object = None) -> str:
    """A one-line summary; raises BundleProblem naming what is missing. ``app``: the QApplication the caller made
    (reading images needs one)."""
    try:  # plain imports (the names in QT_MODULES): nothing in the package loads a module by its name
        from PySide6 import QtCore, QtGui, QtMultimedia, QtPrintSupport, QtWidgets  # noqa: F401
    except ImportError as exc:
        raise BundleProblem(f"a Qt module the app uses is missing from this installation ({exc})") from exc
    from PySide6.QtCore import QCollator, QDateTime, QLocale, Qt, QTimeZone
    from PySide6.QtGui import QImageReader

    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    lacking = [f for f in IMAGE_FORMATS if f not in formats]
    if lacking:
        raise BundleProblem(f"Qt can't read {', '.join(lacking)} images here")
    collator = QCollator(QLocale("en_GB"))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    words = ["cherry", "Éclair", "apple", "Banana", "zebra"]
    ordered = sorted(words, key=collator.sortKey)
    if ordered != ["apple", "Banana", "cherry", "Éclair", "zebra"]:
        raise BundleProblem(f"sorting words (ICU collation) gives {ordered}")
    if QLocale("en_GB").toUpper("straße") != "STRASSE":
        raise BundleProblem("case mapping (ICU) is not working")
    zone = QTimeZone(b"Europe/London")
    name = zone.displayName(QDateTime.currentDateTime(), QTimeZone.NameType.LongName, QLocale("en_GB"))
    if not zone.isValid() or not name:
        raise BundleProblem("time zone names (ICU) are missing")
    draw_chart()
    play_wav()
    return (f"{len(QT_MODULES)} Qt modules, {len(IMAGE_FORMATS)} image formats, a chart, a WAV played, "
            "collation, case and zone names")


def draw_chart() -> None:
    """Insights' and the Calendar's charts: lines and bars on the app's own chart, drawn into an image."""
    from selfcompass.ui.chart_canvas import ChartCanvas
    from selfcompass.ui.theme import THEMES

    canvas = ChartCanvas(THEMES["light"])
    canvas.resize(320, 240)
    try:
        for draw in (lambda: canvas.set_lines(["Mon", "Tue", "Wed"], [("Calm", [1.0, 3.0, 2.0])], low=1, high=5),
                     lambda: canvas.set_bars(["Mon", "Tue"], [("Minutes", [2.0, 5.0])], unit="min")):
            draw()
            image = canvas.grab().toImage()
            colours = {image.pixel(x, y) for x in range(0, 320, 3) for y in range(0, 240, 3)}
            if image.isNull() or len(colours) < 3:
                raise BundleProblem("a chart (Insights, the Calendar) drew nothing")
    finally:
        canvas.deleteLater()


def play_wav() -> None:
    """A short silent WAV, muted, played to its end the way narration plays each line (speech/audio.py)."""
    from PySide6.QtCore import QEventLoop, QLoggingCategory, QTimer, QUrl
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

    status = QMediaPlayer.MediaStatus
    seen: list[object] = []
    errors: list[str] = []
    loop = QEventLoop()

    def on_status(value: object) -> None:
        seen.append(value)
        if value in (status.EndOfMedia, status.InvalidMedia):
            loop.quit()

    def on_error(error: object, message: str) -> None:
        errors.append(message or str(error))
        loop.quit()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "silence.wav")
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(22050)
            out.writeframes(b"\0\0" * int(22050 * SILENCE_SECONDS))
        # FFmpeg describes the file and Qt says there is no speaker (on a server): noise amid the self-test's lines.
        QLoggingCategory.setFilterRules("qt.multimedia.*=false\ndefault.warning=false")
        timeout = QTimer(singleShot=True, interval=PLAY_TIMEOUT_MS)
        timeout.timeout.connect(loop.quit)
        player, output = QMediaPlayer(), QAudioOutput()
        try:
            if not player.isAvailable():
                raise BundleProblem("Qt has no media back-end here, so narration can't be played")
            player.mediaStatusChanged.connect(on_status)
            player.errorOccurred.connect(on_error)
            output.setVolume(0.0)
            player.setAudioOutput(output)
            player.setSource(QUrl.fromLocalFile(str(path)))
            player.play()
            timeout.start()
            loop.exec()
        finally:
            timeout.stop()
            player.stop()
            player.setSource(QUrl())
            player.deleteLater()
            output.deleteLater()
            QLoggingCategory.setFilterRules("")
    if errors or status.EndOfMedia not in seen:
        reached = getattr(seen[-1], "name", seen[-1]) if seen else "nothing"
        raise BundleProblem(f"a WAV did not play to its end through Qt's media back-end "
                            f"({'; '.join(errors) or f'it reached {reached}'})")
