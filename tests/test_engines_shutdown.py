"""Workers never outlive their parent (issue 15): kill the parent of a process pool, no worker survives.

The parent is a small script that starts the process engine and then waits for input that never
comes, with its workers up (they start without a model: the model name does not exist, so each
worker keeps the error for its first chunk and stays idle). The test kills the parent with SIGKILL,
which no handler can catch, and checks that the workers and the resource tracker are gone.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

PARENT = """
import time
from dyadwatch.config import make_options
from dyadwatch.engines import _process_stream
from dyadwatch.records import Article

def chunks():
    for n in range(3):  # the pool starts a worker per chunk submitted, up to two
        yield [Article(f"a{n}", "Xi met Trump.")]
    time.sleep(600)  # the input never ends: the pool waits, its workers up

stream = _process_stream(chunks(), make_options(model="/no/such/model"), 2)
next(stream, None)
"""

def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:
        return False


def ignores_ctrl_c(pid: int) -> bool:
    """The process has armed its guard: SIGINT is in its ignored-signal mask (/proc/PID/status, SigIgn)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            mask = next((line.split()[1] for line in status if line.startswith("SigIgn:")), "0")
    except FileNotFoundError:
        return False
    return bool(int(mask, 16) & (1 << (signal.SIGINT - 1)))


def children_of(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii") as stat:
                    if int(stat.read().split(") ", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (FileNotFoundError, ProcessLookupError, IndexError, ValueError):
                continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_killing_the_parent_leaves_no_worker_behind() -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 90
    kids: list[int] = []
    while time.monotonic() < deadline and parent.poll() is None:
        kids = children_of(parent.pid)
        if len(kids) >= 3:  # the resource tracker and two workers
            break
        time.sleep(0.2)
    assert len(kids) >= 3, f"the pool did not start: {kids}"
    time.sleep(1.0)  # let the workers finish starting (their initializer arms the guards)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(alive(pid) for pid in kids):
        time.sleep(0.2)
    assert [pid for pid in kids if alive(pid)] == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_ctrl_c_stops_the_pool_without_worker_tracebacks() -> None:
    # Ctrl-C as a user at a terminal gives it: a run started in the background of a non-interactive shell (a CI
    # script's "&") starts with SIGINT ignored, and Python then installs no KeyboardInterrupt handler
    script = "import signal\nsignal.signal(signal.SIGINT, signal.default_int_handler)\n" + PARENT.replace(
        "next(stream, None)", "try:\n    next(stream, None)\nexcept KeyboardInterrupt:\n"
        "    stream.close()\n    print('stopped', flush=True)")
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, start_new_session=True)
    deadline = time.monotonic() + 90
    kids: list[int] = []
    while time.monotonic() < deadline and (len(kids) < 3 or not all(ignores_ctrl_c(pid) for pid in kids)):
        # the resource tracker and two workers, each with its guard armed (a loaded machine may take seconds to
        # import a worker; a Ctrl-C before its initializer ran is not what this test is about)
        kids = children_of(parent.pid)
        time.sleep(0.2)
    os.killpg(parent.pid, signal.SIGINT)  # Ctrl-C reaches the whole process group, workers too
    out, err = parent.communicate(timeout=60)
    assert out.strip() == "stopped" and "Traceback" not in err and "KeyboardInterrupt" not in err
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(alive(pid) for pid in kids):
        time.sleep(0.2)
    assert [pid for pid in kids if alive(pid)] == []
