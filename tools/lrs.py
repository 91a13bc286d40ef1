"""A real Learning Record Store for the tests, installed from the npm registry into ``.lrs/``.

Learning Locker's statements service (npm ``xapi-statements`` 5.0.1) with in-memory storage:
it answers ``/xAPI/statements`` and ``/xAPI/about``, accepts a re-sent batch with the same
content, refuses (409) an id it holds with different content, and pages GET results with
``more``. Never one of the app's dependencies: it lives in ``.lrs/`` beside the checkout.

    python tools/lrs.py install          # npm install into .lrs/ (needs node and npm)
    python tools/lrs.py run PORT         # serve on 127.0.0.1:PORT until stopped
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOME = ROOT / ".lrs"
PACKAGE = "xapi-statements@5.0.1"
SERVER = HOME / "node_modules" / "xapi-statements" / "dist" / "server.js"
# The service listens on every interface; this preload keeps it on 127.0.0.1.
LOCALHOST_ONLY = """const net = require('net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (port, ...rest) {
  if (typeof port === 'number') {
    if (typeof rest[0] === 'string') rest.shift();
    return listen.call(this, port, '127.0.0.1', ...rest);
  }
  return listen.call(this, port, ...rest);
};
"""


def available() -> str | None:
    """Why the LRS cannot run here (None when it can)."""
    if shutil.which("node") is None:
        return "node is not installed"
    if not SERVER.is_file() and shutil.which("npm") is None:
        return "npm is not installed"
    return None


def install() -> Path:
    if not SERVER.is_file():
        HOME.mkdir(exist_ok=True)
        subprocess.run(
            ["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(HOME),
             PACKAGE], check=True, timeout=600,
        )  # fmt: skip
    return SERVER


def start(port: int, log: Path | None = None) -> subprocess.Popen:
    """Start the LRS on 127.0.0.1:``port`` and wait until it answers."""
    install()
    preload = HOME / "localhost-only.js"
    preload.write_text(LOCALHOST_ONLY, encoding="utf-8")
    env = dict(os.environ, AUTH_REPO="test", EVENTS_REPO="test", MODELS_REPO="memory",
               STORAGE_REPO="memory", EXPRESS_PORT=str(port))  # fmt: skip
    out = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115 - kept for the process
    proc = subprocess.Popen(["node", "--require", str(preload), str(SERVER)], env=env,
                            stdout=out, stderr=out, cwd=HOME)  # fmt: skip
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/xAPI/about", timeout=1):
                return proc
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"the LRS exited with {proc.returncode}") from None
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("the LRS did not answer within 30 s")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


if __name__ == "__main__":
    if sys.argv[1:2] == ["install"]:
        print(install())
    elif sys.argv[1:2] == ["run"]:
        p = start(int(sys.argv[2]))
        print(f"LRS at http://127.0.0.1:{sys.argv[2]}/xAPI/ (Ctrl+C stops it)")
        try:
            p.wait()
        except KeyboardInterrupt:
            stop(p)
    else:
        print(__doc__)
