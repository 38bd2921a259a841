"""Write the timer's bell, ``assets/bell.wav``: a soft struck bowl synthesised here from decaying sine waves.

Original to SelfCompass (no recording is copied): a few partials of a small bowl, each fading at its own rate,
with a gentle strike and a slow tail. Run ``python -m tools.make_bell`` to write it again; the output is the same
every time (no randomness), so the file in git can always be checked against this script.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050  # samples a second: plenty for a bell, and a small file
SECONDS = 4.0
FUNDAMENTAL = 432.0  # Hz: low enough to be soft, high enough for laptop speakers
#: (frequency ratio, loudness, seconds for the partial to fade to about a third): a bowl's inharmonic partials.
PARTIALS = ((1.0, 1.0, 1.6), (2.71, 0.45, 0.9), (5.15, 0.18, 0.45), (8.43, 0.06, 0.25))
BEAT_HZ = 1.3  # the slow wobble of a real bowl, from two close partials
PEAK = 0.5  # of full scale: quiet, with room for the volume setting to lift it
ATTACK = 0.012  # seconds: softens the strike so it never clicks


def samples() -> list[float]:
    out = []
    for n in range(int(RATE * SECONDS)):
        t = n / RATE
        value = 0.0
        for ratio, loud, fade in PARTIALS:
            f = FUNDAMENTAL * ratio
            beat = 1.0 + 0.15 * math.sin(2 * math.pi * BEAT_HZ * t) if ratio == 1.0 else 1.0
            value += loud * beat * math.exp(-t / fade) * math.sin(2 * math.pi * f * t)
        value *= min(1.0, t / ATTACK)
        value *= min(1.0, (SECONDS - t) / 0.3)  # fade the last of the tail to silence
        out.append(value)
    top = max(abs(v) for v in out)
    return [v / top * PEAK for v in out]


def write(path: Path) -> None:
    frames = b"".join(struct.pack("<h", round(v * 32767)) for v in samples())
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)


def main() -> int:
    path = Path(__file__).resolve().parents[1] / "assets" / "bell.wav"
    write(path)
    print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
