"""What waits for the first frame runs in small steps, one per turn of the event loop, after its imports were
made on a background thread: the window answers throughout (benchmarks/app_probe.py measures the longest block)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer

from selfcompass import app as app_module
from selfcompass.app import run as app_run


def test_each_step_has_its_own_turn_of_the_event_loop(qapp, qtbot) -> None:
    order: list[str] = []
    beat = QTimer()
    beat.setInterval(0)
    beat.timeout.connect(lambda: order.append("served"))
    beat.start()
    try:
        app_run.run_in_turns(qapp, [lambda: order.append("one"), lambda: order.append("two"),
                                       lambda: order.append("three")])
        qtbot.waitUntil(lambda: "three" in order, timeout=2000)
    finally:
        beat.stop()
    steps = [o for o in order if o != "served"]
    assert steps == ["one", "two", "three"]
    between = order[order.index("one"):order.index("three")]
    assert between.count("served") >= 2, order  # the event loop ran between each step and the next


def test_warm_up_runs_off_the_ui_thread_and_then_on_it(qapp, qtbot) -> None:
    where: dict[str, bool] = {}
    app_run.after_warm_up(qapp, lambda: where.update(warm=threading.current_thread() is threading.main_thread()),
                             lambda: where.update(then=threading.current_thread() is threading.main_thread()))
    qtbot.waitUntil(lambda: "then" in where, timeout=5000)
    assert where == {"warm": False, "then": True}


def test_a_failing_warm_up_still_lets_the_steps_run(qapp, qtbot) -> None:
    ran: list[bool] = []

    def broken() -> None:
        raise ImportError("a module that is missing")

    app_run.after_warm_up(qapp, broken, lambda: ran.append(True))
    qtbot.waitUntil(lambda: ran == [True], timeout=5000)


def test_the_warm_up_imports_load(qapp) -> None:
    app_run.warm_up_imports()


def test_after_first_show_is_the_same_steps(make_app) -> None:
    app = make_app()
    app.window.show()
    assert len(app.deferred_steps()) == len(app_module.DEFERRED_FEATURES) + 1
    app.after_first_show()
    assert set(app_module.DEFERRED_FEATURES) <= set(app.features)
