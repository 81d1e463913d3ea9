"""Background work: the serial executor keeps order and brings results back to the GUI thread."""

import threading

from PySide6.QtCore import QThread

from station.ui.tasks import Pool, SerialExecutor
from station.ui.wedge import WedgeFilter


def test_serial_executor_runs_in_order_on_one_worker_thread_and_answers_on_the_gui_thread(qtbot):
    executor = SerialExecutor("test")
    gui = QThread.currentThread()
    ran_on, answered = set(), []

    def job(i):
        ran_on.add(threading.get_ident())
        return i

    def done(i):
        assert QThread.currentThread() is gui
        answered.append(i)

    for i in range(3000):  # thousands of signals: a PySide6 that leaks a reference per emit (6.12.0) aborts here
        executor.submit(lambda i=i: job(i), done)
    qtbot.waitUntil(lambda: len(answered) == 3000, timeout=30_000)
    assert answered == list(range(3000))
    assert len(ran_on) == 1 and threading.get_ident() not in ran_on
    assert executor.shutdown()


def test_errors_come_back_to_the_error_callback(qtbot):
    pool = Pool()
    errors = []
    pool.run(lambda: 1 / 0, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)
    pool.wait()


def test_wedge_signals_survive_many_scans(qtbot):
    wedge = WedgeFilter(40, 4)
    seen = []
    wedge.scanned.connect(seen.append)
    for n in range(2000):
        t = n * 1000.0
        wedge._deliver(wedge.decoder.key("1", t) + wedge.decoder.key("2", t + 1) + wedge.decoder.key("3", t + 2)
                       + wedge.decoder.key("4", t + 3) + wedge.decoder.enter(t + 4))
    assert len(seen) == 2000 and seen[0] == "1234"
