"""An xAPI 1.0.3 client for the statements resource, on the standard library's urllib.

Only what sending and reading back need: POST a batch, PUT one statement by id, GET with
filters following ``more``. Every request carries ``X-Experience-API-Version``; the password
goes only into the Authorization header, never into an error message.
"""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

from app.sync.config import LrsConfig

VERSION = "1.0.3"


class LrsError(Exception):
    """The LRS could not be reached or failed (network, timeout, 5xx): try again later."""


class LrsRefused(Exception):
    """The LRS refused us (401/403): wrong or missing credentials; retrying will not help."""


class LrsConflict(Exception):
    """409: a statement with one of these ids but different content is already there."""


class LrsBadRequest(Exception):
    """400: the LRS found a statement it does not accept."""


class LrsClient:
    def __init__(self, config: LrsConfig) -> None:
        self.config = config
        self._auth = None
        if config.username or config.password:
            token = f"{config.username}:{config.password}".encode()
            self._auth = "Basic " + base64.b64encode(token).decode("ascii")

    def _request(self, method: str, url: str, body: object | None = None) -> tuple[int, bytes]:
        # ASCII only (Chinese as \uXXXX escapes): Learning Locker's statements service decodes
        # a request body chunk by chunk, so a character split between two network chunks was
        # stored as "��" and the same statement sent again then conflicted (409).
        data = None if body is None else json.dumps(body, ensure_ascii=True).encode("ascii")
        req = urllib.request.Request(url, data=data, method=method)
        req.add_header("X-Experience-API-Version", VERSION)
        if data is not None:
            req.add_header("Content-Type", "application/json; charset=utf-8")
        if self._auth:
            req.add_header("Authorization", self._auth)
        try:
            with urllib.request.urlopen(req, timeout=self.config.timeout_s) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            status = exc.code
            detail = exc.read()[:300].decode("utf-8", "replace")
            if status in (401, 403):
                raise LrsRefused(f"{status}: the LRS refused the credentials") from None
            if status == 409:
                raise LrsConflict(detail) from None
            if status == 400:
                raise LrsBadRequest(detail) from None
            raise LrsError(f"{status} from the LRS: {detail}") from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            reason = getattr(exc, "reason", exc)
            raise LrsError(f"the LRS cannot be reached: {reason}") from None

    @property
    def statements_url(self) -> str:
        return self.config.endpoint + "statements"

    def post(self, statements: list[dict]) -> list[str]:
        """Store a batch; the ids the LRS reports (raises LrsConflict if any id is taken by
        different content — the whole batch is then refused)."""
        _status, body = self._request("POST", self.statements_url, statements)
        try:
            return list(json.loads(body or b"[]"))
        except ValueError:
            return []

    def put(self, statement: dict) -> None:
        """Store one statement under its id (204; the same content again is also fine)."""
        query = urllib.parse.urlencode({"statementId": statement["id"]})
        self._request("PUT", f"{self.statements_url}?{query}", statement)

    def check(self) -> None:
        """Ask for one statement: the endpoint answers and takes the credentials, or this
        raises (LrsRefused on 401/403, LrsError otherwise)."""
        self._request("GET", f"{self.statements_url}?limit=1")

    def get(self, **filters: str) -> Iterator[dict]:
        """Every statement matching ``filters`` (agent, verb, activity, since, limit …),
        following the ``more`` links page by page."""
        url = f"{self.statements_url}?{urllib.parse.urlencode(filters)}" if filters else \
            self.statements_url
        base = urllib.parse.urlsplit(self.config.endpoint)
        while url:
            _status, body = self._request("GET", url)
            page = json.loads(body or b"{}")
            yield from page.get("statements", [])
            more = page.get("more") or ""
            url = self._next_page(more, filters, base) if more else ""

    @staticmethod
    def _next_page(more: str, filters: dict, base) -> str:
        """The ``more`` link, with our own filters put back as we sent them: some LRSs write
        them into the link mangled (Learning Locker's statements service writes an agent
        filter as ``agent=[object Object]``); the cursor is what the link is for."""
        parts = urllib.parse.urlsplit(more)
        query = dict(urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
        query.update({k: str(v) for k, v in filters.items()})
        scheme, netloc = (parts.scheme, parts.netloc) if parts.netloc else (base.scheme,
                                                                            base.netloc)
        return urllib.parse.urlunsplit((scheme, netloc, parts.path,
                                        urllib.parse.urlencode(query), ""))  # fmt: skip
