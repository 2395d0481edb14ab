"""The Qt binding must not leak or lose references when signals are emitted.

PySide6 6.12.0 dropped a reference to True/False on every `emit()`: a few thousand progress
updates later the interpreter aborted ("deallocating True or False"). The pin in
pyproject.toml keeps that release out; this test fails if a broken binding comes back.
"""

import sys

from PySide6.QtCore import QObject, QThread, Signal


class _Emitter(QObject):
    value = Signal(object)


class _Worker(QThread):
    value = Signal(object)

    def run(self) -> None:
        for i in range(5_000):
            self.value.emit(None if i % 2 else i)


def test_emitting_keeps_every_reference(qtbot):
    singletons = (True, False, None)
    before = [sys.getrefcount(s) for s in singletons]
    emitter = _Emitter()
    received = []
    emitter.value.connect(received.append)
    for i in range(20_000):
        emitter.value.emit(i % 3 == 0)
    worker = _Worker()
    worker.value.connect(lambda v: None)
    worker.start()
    assert worker.wait(30_000)
    qtbot.wait(10)
    after = [sys.getrefcount(s) for s in singletons]
    assert len(received) == 20_000
    # the list of received values holds some True/False; nothing may have been lost
    assert after[0] >= before[0] and after[1] >= before[1]
    assert abs(after[2] - before[2]) < 1_000
