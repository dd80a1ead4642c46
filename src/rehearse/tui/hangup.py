"""Leave the app when its terminal goes away (the window closed, `tmux kill-session`).

The kernel sends SIGHUP to the terminal's session leader only. An interactive
shell passes it on to its jobs; but when the terminal runs `make run` itself,
make is the leader and waits for its children instead of passing the signal on
(and `sh -c '...; make run'` dies without passing it to anyone). Textual's input
thread then reads end-of-file from the dead terminal in a loop, forever, at full
CPU. So the app listens for both: SIGHUP, and a hang-up of its keyboard input.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import select
import signal
import sys
import threading
from collections.abc import Callable
from types import FrameType

# 128 + SIGHUP: the status a shell reports for a process a hang-up ended.
HANGUP_EXIT_CODE = 129
# Seconds the app has to leave cleanly once its terminal is gone (well under a
# second here), before it ends itself: every turn is stored as it is taken.
HANGUP_GRACE = 10.0

# On macOS poll() does not support terminals (it answers POLLNVAL at once), so
# the watch runs on Linux only; elsewhere SIGHUP is all there is.
WATCHES_INPUT = sys.platform.startswith("linux")

# poll() reports these whether asked or not: the other end closed, or the file broke.
HANGUP_EVENTS = select.POLLHUP | select.POLLERR | select.POLLNVAL


def wait_for_hangup(fd: int) -> None:
    """Block until `fd` hangs up or fails: a closed terminal, a pipe with no writer left.

    It asks poll() for no events at all, so it never competes with the reader for
    input, and a live terminal keeps it asleep.
    """
    poller = select.poll()
    poller.register(fd, 0)
    while True:
        if any(mask & HANGUP_EVENTS for _fd, mask in poller.poll()):
            return


def hung_up(fd: int) -> bool:
    """Whether `fd` has hung up already (it does not wait)."""
    poller = select.poll()
    poller.register(fd, 0)
    return any(mask & HANGUP_EVENTS for _fd, mask in poller.poll(0))


def exit_on_hangup(
    fd: int, request_exit: Callable[[], None], *, force_after: float | None = None
) -> None:
    """Call `request_exit` (once, in the running event loop) on SIGHUP or when `fd` hangs up.

    Call it from the event loop's thread (the main thread). SIGHUP stays caught
    during the exit: a shell passes its own SIGHUP on to its jobs after the
    terminal has hung up, and the default action would cut the clean exit short.
    With `force_after`, a process that has not left that many seconds after the
    request ends itself: a clean exit writes to the dead terminal, and Textual's
    writer thread dies on the first error, so the exit can wait on it forever.
    (Each turn is stored as it is taken; what the deadline can cut is a reply
    still streaming, whose turn then resumes next time, or a judge model's
    debrief notes, whose session then stays open to resume.)
    """
    if sys.platform == "win32":  # no SIGHUP, and a console closes its programs itself
        return
    loop = asyncio.get_running_loop()
    requested = False

    def hang_up() -> None:
        nonlocal requested
        if requested:
            return
        requested = True
        if force_after is not None:
            timer = threading.Timer(force_after, os._exit, (HANGUP_EXIT_CODE,))
            timer.daemon = True  # a clean exit in time does not wait for it
            timer.start()
        request_exit()

    def watch() -> None:
        wait_for_hangup(fd)
        with contextlib.suppress(RuntimeError):  # the loop closed first: the app is gone
            loop.call_soon_threadsafe(hang_up)

    loop.add_signal_handler(signal.SIGHUP, hang_up)
    if WATCHES_INPUT:
        threading.Thread(target=watch, name="rehearse-hangup", daemon=True).start()


def resume_only_on_a_live_terminal(fd: int) -> None:
    """Let the SIGCONT handler in place (Textual's) run only while `fd` has not hung up.

    A terminal that hangs up sends its session leader SIGCONT after SIGHUP, and
    Textual answers SIGCONT by starting its output again, onto the dead terminal,
    in the middle of the exit.
    """
    if not WATCHES_INPUT:  # elsewhere poll() cannot tell (macOS answers POLLNVAL for a terminal)
        return
    previous = signal.getsignal(signal.SIGCONT)
    if not callable(previous):
        return

    def on_continue(signum: int, frame: FrameType | None) -> None:
        if not hung_up(fd):
            previous(signum, frame)

    signal.signal(signal.SIGCONT, on_continue)
