"""The LRS password in the system's keyring (Windows Credential Manager, macOS Keychain, the
Secret Service on Linux) rather than in a file, where the PC has one.

Only a real system keyring counts: ``keyring`` also offers a "fail" backend and, with
keyrings.alt installed, files in the user's folder; neither keeps a secret better than
organisation.json with owner-only permissions does, so on such a PC the caller falls back
to the file and says so. Every keyring error is caught: a broken keyring costs the password
lookup, never the window.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

SERVICE = "complaint-academy LRS"
_override = None  # a backend chosen by use(); None: the system's own


def use(backend) -> None:
    """Keep passwords in ``backend`` (a keyring backend instance); None: the system's own.
    For an organisation's chosen store, and for tests with a real file backend."""
    global _override
    _override = backend


def backend():
    """The keyring the password goes to, or None where the PC has no system keyring."""
    if _override is not None:
        return _override
    try:
        import keyring.backend
    except ImportError:
        return None
    try:
        usable = [
            b for b in keyring.backend.get_all_keyring()
            if type(b).__module__.startswith("keyring.backends.")
            and type(b).__module__ not in ("keyring.backends.fail", "keyring.backends.null",
                                           "keyring.backends.chainer")
            and b.priority >= 1
        ]  # fmt: skip
    except Exception as exc:  # a third-party backend failing to probe: no keyring
        log.warning("the system keyring cannot be used: %s", type(exc).__name__)
        return None
    return max(usable, key=lambda b: b.priority, default=None)


def _account(endpoint: str, username: str) -> str:
    return f"{username}@{endpoint}"


def store(endpoint: str, username: str, password: str) -> bool:
    """Keep the password for this endpoint and user; False when there is no keyring or it
    refused (the caller then keeps it in the file)."""
    kr = backend()
    if kr is None:
        return False
    try:
        kr.set_password(SERVICE, _account(endpoint, username), password)
        return True
    except Exception as exc:  # keyring.errors.* and the backends' own (dbus, win32)
        log.warning("the keyring refused the LRS password: %s", type(exc).__name__)
        return False


def load(endpoint: str, username: str) -> str | None:
    kr = backend()
    if kr is None:
        return None
    try:
        return kr.get_password(SERVICE, _account(endpoint, username))
    except Exception as exc:
        log.warning("the keyring could not be read: %s", type(exc).__name__)
        return None


def forget(endpoint: str, username: str) -> None:
    kr = backend()
    if kr is None:
        return
    try:
        kr.delete_password(SERVICE, _account(endpoint, username))
    except Exception:  # nothing stored there is fine
        return
