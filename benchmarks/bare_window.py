"""The floor for start-up: a bare PySide6 window showing a line of text, reporting exactly as the app's probe does.

It shows text because any readable window pays for the font database and for shaping its first words (about 55
million instructions, fontconfig included), and the app is such a window; a textless QWidget skipped that and
flattered the floor. It prints "shown" at its first expose (the first map) and "painted" once that first paint has
ended, the two end points benchmarks/app_probe.py prints for the app, then its idle memory, and quits.
"""

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget


def pss_kb() -> int:
    with open("/proc/self/smaps_rollup", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("Pss:"):
                return int(line.split()[1])
    return 0


class Watch(QObject):
    seen = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Expose and not self.seen:
            self.seen = True
            print("shown", flush=True)
            QTimer.singleShot(0, lambda: print("painted", flush=True))
            idle = float(os.environ.get("SELFCOMPASS_BENCH_SHOWN") or 0)
            QTimer.singleShot(int(max(idle, 0.5) * 1000), done)
        return False


def done() -> None:
    print(f"pss_kb {pss_kb()}", flush=True)
    app.quit()


app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1100, 720)
QVBoxLayout(window).addWidget(QLabel("A line of text, so the floor pays for fonts as any readable window does."))
window.winId()  # create the native window so its expose events can be watched
window.windowHandle().installEventFilter(Watch(window))
window.show()
sys.exit(app.exec())
