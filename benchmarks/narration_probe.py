"""One practice start's narration, timed in a fresh process: from the start to the first line's sound starting.

    python benchmarks/narration_probe.py CACHE_DIR [PRACTICE_ID] [--step-texts] [--ready]

Does what PracticeFeature.start and the player do, in their order: make the narrator (it is made on first use),
prepare the practice's lines, then speak the run's first caption. The end point is the narrator handing the
rendered file to QtMultimedia (``speaking_started``); the real QtAudioPlayer is used, told there is a speaker
(this machine has none, and without one nothing is rendered). Prints one line of JSON: ``ms`` (the first practice
of the process, paying the one-time imports), ``ms_again`` (the same practice started again) and ``lines``.

``--ready`` first makes the narrator and calls its ``get_ready()``, as the app does when the chooser opens
(PracticeFeature.get_speech_ready), then lets the event loop idle for a moment; the clock starts after that, at
the practice's start. ``--step-texts`` prepares each step's whole text instead, as practice starts did before
issue 24, for the before-and-after figure. Run it with PYTHONPATH pointing at an older checkout to time the older
narrator too.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    cache = Path(argv[0])
    practice_id = next((a for a in argv[1:] if not a.startswith("--")), "box-breathing")
    step_texts = "--step-texts" in argv
    ready = "--ready" in argv
    qapp = QApplication(sys.argv[:1])

    from selfcompass.app import load_default_library
    from selfcompass.core.narration import captions
    from selfcompass.features.practice import spoken_lines  # loaded before the app's first window, as here

    library = load_default_library()
    practice, script = library.practices[practice_id], library.scripts[practice_id]
    wpm = 160
    first = captions(script.steps[0], wpm)[0].text

    def speaker_here(parent: Any) -> Any:
        """The real player, told there is a speaker; the speech modules are imported after the clock starts."""
        from selfcompass.speech.audio import QtAudioPlayer

        class SpeakerHere(QtAudioPlayer):
            def available(self) -> tuple[bool, str]:
                return True, ""

        return SpeakerHere(parent)

    out: dict[str, object] = {}
    t0 = time.perf_counter()
    from selfcompass.speech.narrator import create_narrator

    narrator = create_narrator(cache, rate=wpm, player_factory=speaker_here)
    if ready:  # the chooser opened a while ago: the narrator, its player and thread are made
        narrator.get_ready()
        idle = QEventLoop()
        QTimer.singleShot(300, idle.quit)
        idle.exec()
        t0 = time.perf_counter()
    lines = [s.spoken_text for s in script.steps] if step_texts else spoken_lines(practice, script, wpm)

    def started(text: str) -> None:
        key = "ms" if "ms" not in out else "ms_again"
        if key not in out:
            out[key] = (time.perf_counter() - t0) * 1000
            QTimer.singleShot(0, again if key == "ms" else qapp.quit)

    def again() -> None:
        """The same practice started again in the same run: the speech modules, thread and player are made."""
        nonlocal t0
        narrator.stop()
        t0 = time.perf_counter()
        narrator.prepare(lines)
        narrator.speak(first)

    narrator.speaking_started.connect(started)
    narrator.unavailable.connect(lambda reason: (out.setdefault("unavailable", reason), qapp.quit()))
    narrator.prepare(lines)
    narrator.speak(first)
    QTimer.singleShot(20_000, qapp.quit)
    qapp.exec()
    narrator.stop()
    narrator.shutdown()
    out["lines"] = len(lines)
    print(json.dumps(out), flush=True)
    return 0 if "ms" in out else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
