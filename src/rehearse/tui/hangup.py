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
import select
import signal
import sys
import threading
from collections.abc import Callable

# 128 + SIGHUP: the status a shell reports for a process a hang-up ended.
HANGUP_EXIT_CODE = 129

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


def exit_on_hangup(fd: int, request_exit: Callable[[], None]) -> None:
    """Call `request_exit` (once, in the running event loop) on SIGHUP or when `fd` hangs up.

    Call it from the event loop's thread (the main thread). SIGHUP stays caught
    during the exit: a shell passes its own SIGHUP on to its jobs after the
    terminal has hung up, and the default action would cut the clean exit short.
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
        request_exit()

    def watch() -> None:
        wait_for_hangup(fd)
        with contextlib.suppress(RuntimeError):  # the loop closed first: the app is gone
            loop.call_soon_threadsafe(hang_up)

    loop.add_signal_handler(signal.SIGHUP, hang_up)
    if WATCHES_INPUT:
        threading.Thread(target=watch, name="rehearse-hangup", daemon=True).start()
