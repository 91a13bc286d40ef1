"""Where an installation sends its records: ``organisation.json``.

An organisation points its installed copies at its LRS with one small file, placed in the
data folder or beside the installed program (the data folder's wins)::

    {"lrs": {"endpoint": "https://lrs.example.com/xAPI/", "username": "key", "password": "secret",
             "timeout_s": 20, "batch": 200},
     "actor": {"homePage": "https://staff.example.com", "use": "staff_id"}}

``actor.use`` says how a learner is named in the statements: ``staff_id`` (the staff id the
learner entered in Settings, under ``homePage``) or ``email`` (their work e-mail as an
``mbox``); a learner who entered neither is named by their profile id under ``homePage``.

A trainer can write the data folder's file from the app (the trainer view's "Organisation's
LRS…"); the password then goes to the system keyring where the PC has one, and the file
says ``"password_in": "keyring"`` instead of holding it (app.sync.secrets).

The file is read item by item (a wrong value is named and left out, never run) and the
credentials never appear in a log, a message or an export: ``describe()`` shows the rest.
No file, or no ``lrs.endpoint``: nothing is ever sent.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

FILE = "organisation.json"
MAX_BYTES = 64 * 1024


@dataclass(frozen=True)
class LrsConfig:
    endpoint: str  # ends with "/": statements are at endpoint + "statements"
    username: str = ""
    password: str = ""
    timeout_s: float = 20.0
    batch: int = 200
    password_in: str = "file"  # file | keyring: where the password is kept

    def describe(self) -> dict:
        """What may be shown or logged: never the password."""
        return {"endpoint": self.endpoint, "username": self.username, "timeout_s": self.timeout_s,
                "batch": self.batch, "password_in": self.password_in}  # fmt: skip


@dataclass(frozen=True)
class Organisation:
    lrs: LrsConfig | None = None
    home_page: str = ""  # the organisation's own account homePage for the actor
    use: str = "staff_id"  # staff_id | email: how a learner is named in the statements
    source: str = ""  # which file it came from
    problems: tuple[str, ...] = ()


def find_config(data_dir: Path, install_dir: Path | None) -> Path | None:
    for folder in (data_dir, install_dir):
        if folder is not None and (Path(folder) / FILE).is_file():
            return Path(folder) / FILE
    return None


def load_organisation(data_dir: Path, install_dir: Path | None = None) -> Organisation:
    path = find_config(data_dir, install_dir)
    if path is None:
        return Organisation()
    problems: list[str] = []
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValueError(f"larger than {MAX_BYTES // 1024} KB")
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        log.warning("%s cannot be read: %s", path, exc)
        return Organisation(source=str(path), problems=(f"{path.name}: {exc}",))
    lrs = _lrs(data.get("lrs"), problems)
    actor = data.get("actor") if isinstance(data.get("actor"), dict) else {}
    home = actor.get("homePage", "")
    if home and not (isinstance(home, str) and is_http(home)):
        problems.append("actor.homePage must be an http(s) address")
        home = ""
    use = actor.get("use", "staff_id")
    if use not in ("staff_id", "email"):
        problems.append('actor.use must be "staff_id" or "email"')
        use = "staff_id"
    for p in problems:
        log.warning("%s: %s", path.name, p)
    return Organisation(lrs, home, use, str(path), tuple(problems))


def _lrs(raw: object, problems: list[str]) -> LrsConfig | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        problems.append("lrs must be an object")
        return None
    endpoint = raw.get("endpoint")
    if not (isinstance(endpoint, str) and is_http(endpoint)):
        problems.append("lrs.endpoint must be an http(s) address")
        return None
    values = {}
    for key, kind in (("username", str), ("password", str)):
        if key in raw:
            if isinstance(raw[key], kind):
                values[key] = raw[key]
            else:
                problems.append(f"lrs.{key} must be text")
    for key, low, high in (("timeout_s", 1, 300), ("batch", 1, 2000)):
        if key in raw:
            v = raw[key]
            if isinstance(v, (int, float)) and not isinstance(v, bool) and low <= v <= high:
                values[key] = type(LrsConfig.__dataclass_fields__[key].default)(v)
            else:
                problems.append(f"lrs.{key} must be a number from {low} to {high}")
    endpoint = endpoint.rstrip("/") + "/"
    if raw.get("password_in") == "keyring" and "password" not in values:
        from app.sync import secrets

        password = secrets.load(endpoint, values.get("username", ""))
        if password is None:
            problems.append("the LRS password is not in this PC's keyring: enter it again")
        values.update(password=password or "", password_in="keyring")
    return LrsConfig(endpoint, **values)


@dataclass(frozen=True)
class Saved:
    path: Path
    password_in: str  # keyring | file | none


def save_organisation(data_dir: Path, lrs: LrsConfig | None, home_page: str = "",
                      use: str = "staff_id") -> Saved:  # fmt: skip
    """Write the data folder's organisation.json (whole, atomically, readable by its owner
    only), keeping the password in the system keyring when there is one. ``lrs`` None: no
    LRS (nothing is sent). Raises ValueError naming a wrong value, OSError if it cannot be
    written."""
    from app.sync import secrets

    # every value checked before anything is kept (a refused form stores no password)
    if lrs is not None and not is_http(lrs.endpoint):
        raise ValueError("lrs.endpoint must be an http(s) address")
    if home_page and not is_http(home_page):
        raise ValueError("actor.homePage must be an http(s) address")
    if use not in ("staff_id", "email"):
        raise ValueError('actor.use must be "staff_id" or "email"')
    data: dict = {}
    where = "none"
    if lrs is not None:
        endpoint = lrs.endpoint.rstrip("/") + "/"
        data["lrs"] = {"endpoint": endpoint, "username": lrs.username,
                       "timeout_s": lrs.timeout_s, "batch": lrs.batch}  # fmt: skip
        if lrs.password and secrets.store(endpoint, lrs.username, lrs.password):
            data["lrs"]["password_in"] = where = "keyring"
        elif lrs.password:
            data["lrs"]["password"], where = lrs.password, "file"
        else:
            secrets.forget(endpoint, lrs.username)
    data["actor"] = {"use": use, **({"homePage": home_page} if home_page else {})}
    # not app.services.files.write_atomically: this one is created owner-only (0600), since
    # it may hold the password, and synced before it replaces the old file
    path = Path(data_dir) / FILE
    tmp = path.with_name(FILE + ".tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=2)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, path)
    log.info("organisation.json saved (password: %s)", where)
    return Saved(path, where)


def is_http(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)
