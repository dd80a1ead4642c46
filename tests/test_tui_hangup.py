"""The app exits when its terminal goes away, whether or not SIGHUP reaches it.

Under `make run` make is the terminal's session leader: it gets the SIGHUP and
waits for its children, so the app only sees its input hang up. Run directly,
the app is the leader and gets SIGHUP too. The subprocess tests play both on a
pseudo-terminal whose master end they close, as a terminal window does.
"""

from __future__ import annotations

import asyncio
import fcntl
import os
import select
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from rehearse.config import load_settings
from rehearse.store import Store
from rehearse.tui import hangup
from rehearse.tui.app import build_app
from rehearse.tui.hangup import (
    HANGUP_EXIT_CODE,
    exit_on_hangup,
    resume_only_on_a_live_terminal,
    wait_for_hangup,
)
from rehearse.tui.model_status import ModelStatus
from rehearse.tui.services import Services

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux terminals")

GENEROUS = 60.0  # seconds: a bound for a hang, never a speed target

SRC = Path(__file__).parents[1] / "src"

# The app as `rehearse` opens it, minus the model check (it would load a model).
CHILD = """
import sys
from rehearse.tui.app import build_app
from rehearse.tui.model_status import ModelStatus

app = build_app(model_status=ModelStatus("fake/scripted", "ok"))
app.run()
sys.exit(app.return_code)
"""


def _waiter(fd: int) -> threading.Thread:
    thread = threading.Thread(target=wait_for_hangup, args=(fd,), daemon=True)
    thread.start()
    return thread


def test_the_watch_returns_when_the_terminal_closes_and_not_on_input() -> None:
    master, slave = os.openpty()
    try:
        waiter = _waiter(slave)
        os.write(master, b"typed keys\r")  # input waiting to be read is no hang-up
        waiter.join(0.2)
        assert waiter.is_alive()
        os.close(master)
        master = -1
        waiter.join(GENEROUS)
        assert not waiter.is_alive()
    finally:
        os.close(slave)
        if master != -1:
            os.close(master)


def test_the_watch_returns_when_a_piped_input_loses_its_writer() -> None:
    read_end, write_end = os.pipe()
    try:
        waiter = _waiter(read_end)
        os.close(write_end)
        waiter.join(GENEROUS)
        assert not waiter.is_alive()
    finally:
        os.close(read_end)


async def test_a_hang_up_asks_for_the_exit_once_and_sighup_stays_caught() -> None:
    loop = asyncio.get_running_loop()
    calls: list[str] = []
    asked = asyncio.Event()

    def request_exit() -> None:
        calls.append("exit")
        asked.set()

    read_end, write_end = os.pipe()
    try:
        exit_on_hangup(read_end, request_exit)
        os.close(write_end)
        await asyncio.wait_for(asked.wait(), GENEROUS)
        # An interactive shell passes its SIGHUP on after the terminal hung up: it
        # must find the handler still there, not the default that kills at once.
        assert signal.getsignal(signal.SIGHUP) not in (signal.SIG_DFL, signal.SIG_IGN)
        os.kill(os.getpid(), signal.SIGHUP)
        await asyncio.sleep(0.1)
        assert calls == ["exit"]
    finally:
        loop.remove_signal_handler(signal.SIGHUP)
        os.close(read_end)


async def test_hang_up_quits_the_app_with_the_hangup_status() -> None:
    app = build_app(
        services=Services(load_settings(), store=Store()),
        model_status=ModelStatus("fake/scripted", "ok"),
    )
    async with app.run_test() as pilot:
        await pilot.pause()
        app.hang_up()
        await pilot.pause()
        assert app._exit  # the quit is under way, as after ctrl+q
    assert app.return_code == HANGUP_EXIT_CODE


# An exit that never finishes, as when Textual's writer thread died on the dead terminal.
STUCK_EXIT = """
import asyncio, os, sys
from rehearse.tui.hangup import exit_on_hangup

async def main() -> None:
    read_end, write_end = os.pipe()
    exit_on_hangup(read_end, lambda: None, force_after=0.2)
    os.close(write_end)
    await asyncio.sleep(3600)

asyncio.run(main())
"""


def test_an_exit_stuck_after_the_hang_up_is_ended_with_the_hangup_status() -> None:
    path = os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])
    child = subprocess.run(
        [sys.executable, "-c", STUCK_EXIT],
        env={**os.environ, "PYTHONPATH": path},
        timeout=GENEROUS,
        check=False,
    )
    assert child.returncode == HANGUP_EXIT_CODE


def test_sigcont_resumes_the_app_only_while_its_terminal_lives() -> None:
    # A terminal that hangs up sends SIGCONT after SIGHUP: Textual would restart its
    # output onto the dead terminal in the middle of the exit.
    resumed: list[int] = []
    original = signal.signal(signal.SIGCONT, lambda signum, _frame: resumed.append(signum))
    read_end, write_end = os.pipe()
    try:
        resume_only_on_a_live_terminal(read_end)
        handler = signal.getsignal(signal.SIGCONT)
        assert callable(handler)
        handler(signal.SIGCONT, None)  # after ctrl+z and fg
        assert resumed == [signal.SIGCONT]
        os.close(write_end)
        write_end = -1
        handler(signal.SIGCONT, None)  # after the hang-up
        assert resumed == [signal.SIGCONT]
    finally:
        signal.signal(signal.SIGCONT, original)
        os.close(read_end)
        if write_end != -1:
            os.close(write_end)


def test_where_a_hang_up_cannot_be_seen_sigcont_is_left_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # macOS answers POLLNVAL for a terminal at once: every SIGCONT would look like a hang-up,
    # and ctrl+z then fg would never resume the app.
    monkeypatch.setattr(hangup, "WATCHES_INPUT", False)
    original = signal.getsignal(signal.SIGCONT)
    read_end, write_end = os.pipe()
    try:
        resume_only_on_a_live_terminal(read_end)
        assert signal.getsignal(signal.SIGCONT) is original
    finally:
        signal.signal(signal.SIGCONT, original)
        os.close(read_end)
        os.close(write_end)


def _session_leader() -> None:
    """In the child: lead a new session with the pty (fd 0) as its terminal, as a shell would."""
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def _read_until(master: int, marker: bytes | None) -> bytes:
    """What the app wrote, up to `marker` (None: until it closed its end, or the bound)."""
    screen = b""
    deadline = time.monotonic() + GENEROUS
    while (marker is None or marker not in screen) and time.monotonic() < deadline:
        if select.select([master], [], [], 1.0)[0]:
            try:
                screen += os.read(master, 65536)
            except OSError:  # no one has the terminal open any more
                break
    return screen


class Terminal:
    """The app on a pty whose master end the test holds."""

    def __init__(self, preexec: Callable[[], None] | None) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        path = os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])
        self.app = subprocess.Popen(
            [sys.executable, "-c", CHILD],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env={**os.environ, "PYTHONPATH": path},
            start_new_session=preexec is not None,
            preexec_fn=preexec,
        )
        os.close(slave)

    def close(self) -> None:
        """What a terminal window does when it closes: the app's side hangs up."""
        if self.master != -1:
            os.close(self.master)
            self.master = -1


@contextmanager
def _app_on_a_terminal(preexec: Callable[[], None] | None = None) -> Iterator[Terminal]:
    """The app on a pty, once its first screen is up; killed at the end if still there."""
    terminal = Terminal(preexec)
    try:
        screen = _read_until(terminal.master, b"Scenario library")
        assert b"Scenario library" in screen, screen[-2000:]
        yield terminal
    finally:
        if terminal.app.poll() is None:
            terminal.app.kill()
            terminal.app.wait()
        terminal.close()


def test_the_app_exits_when_its_terminal_closes_and_no_sighup_comes() -> None:
    # As under `make run`: the app is not the session leader, nobody sends it SIGHUP.
    with _app_on_a_terminal() as terminal:
        terminal.close()
        assert terminal.app.wait(GENEROUS) == HANGUP_EXIT_CODE


def test_the_app_exits_cleanly_when_it_leads_the_session_and_the_terminal_closes() -> None:
    # Run directly the app leads the session: the kernel also sends it SIGHUP, which
    # no longer kills it on the spot (a status of -1) but quits it as ctrl+q would.
    with _app_on_a_terminal(_session_leader) as terminal:
        terminal.close()
        assert terminal.app.wait(GENEROUS) == HANGUP_EXIT_CODE


def test_sighup_alone_quits_the_app() -> None:
    with _app_on_a_terminal() as terminal:
        terminal.app.send_signal(signal.SIGHUP)
        _read_until(terminal.master, None)  # keep reading, so its writes never block it
        assert terminal.app.wait(GENEROUS) == HANGUP_EXIT_CODE
