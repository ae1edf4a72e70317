"""The window keeps living while the checks run against a slow service: its timers keep firing and
what is typed is handled at once. (How long the event loop stalls is measured, as figures against
the idle window, by bench/bench_ui_stall.py; a test asserts behaviour, not time.)"""

# ruff: noqa: F811  (the fixtures are imported from the helpers module)
from __future__ import annotations

from PySide6.QtCore import QTimer

from tests.conftest import TEST_KEY
from tests.test_window_helpers import make_window, memory_keyring, wait_verified  # noqa: F401


def test_timers_fire_and_typing_lands_while_the_checks_run(qtbot, make_window, simulator) -> None:
    simulator.set_fault("slow", delay_ms=1500)
    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    window.go_to_step(2)
    v, alias = window.check_page, window.model_page.alias

    ticks_while_running: list[bool] = []
    ticker = QTimer()
    ticker.setInterval(50)
    ticker.timeout.connect(lambda: ticks_while_running.append(v.is_running()))
    typed: list[tuple[bool, bool]] = []  # (the checks were running, the letter landed)

    def type_a_letter() -> None:
        before = alias.text()
        qtbot.keyClicks(alias, "x")
        # Handled at once: the letter is in the field when the key press returns.
        typed.append((v.is_running(), alias.text() == before + "x"))

    typer = QTimer()
    typer.setInterval(200)
    typer.timeout.connect(type_a_letter)

    alias.setFocus()
    window.run_check()
    ticker.start()
    typer.start()
    wait_verified(qtbot, window)
    ticker.stop()
    typer.stop()

    assert v.report is not None and v.report.ok
    assert ticks_while_running.count(True) >= 2, "the event loop stood still while the checks ran"
    assert any(running for running, _landed in typed), "no letter was typed while the checks ran"
    assert all(landed for _running, landed in typed)
