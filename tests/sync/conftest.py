"""A real LRS (Learning Locker's statements service, tools/lrs.py) on 127.0.0.1 for each
test module, and a gateway in front of it that checks credentials or answers slowly, as an
organisation's reverse proxy would."""

import base64
import socket
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import lrs as lrs_tool  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.port = free_port()
        self.proc = None

    def start(self) -> None:
        self.proc = lrs_tool.start(self.port, self.tmp / "lrs.log")

    def stop(self) -> None:
        if self.proc is not None:
            lrs_tool.stop(self.proc)
            self.proc = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI/"


@pytest.fixture(scope="module")
def lrs(tmp_path_factory):
    why = lrs_tool.available()
    if why:
        pytest.skip(f"no LRS here: {why} (tools/lrs.py)")
    server = Server(tmp_path_factory.mktemp("lrs"))
    server.start()
    yield server
    server.stop()


class Gateway:
    """Forwards to the LRS; refuses requests without ``user:password`` (401) and can delay
    every answer."""

    def __init__(self, upstream: str, user: str = "", password: str = "") -> None:
        self.upstream = upstream.rstrip("/")
        self.expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        self.check = bool(user or password)
        self.delay = 0.0
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _forward(self):
                if gateway.check and self.headers.get("Authorization") != gateway.expected:
                    self.send_response(401)
                    self.end_headers()
                    return
                time.sleep(gateway.delay)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                path = self.path.split("/xAPI", 1)[-1]
                req = urllib.request.Request(gateway.upstream + path, data=body,
                                             method=self.command)  # fmt: skip
                for key in ("Content-Type", "X-Experience-API-Version"):
                    if self.headers.get(key):
                        req.add_header(key, self.headers[key])
                try:
                    with urllib.request.urlopen(req, timeout=30) as resp:
                        status, data = resp.status, resp.read()
                except urllib.error.HTTPError as exc:
                    status, data = exc.code, exc.read()
                try:
                    self.send_response(status)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            do_GET = do_POST = do_PUT = _forward

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/xAPI/"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
