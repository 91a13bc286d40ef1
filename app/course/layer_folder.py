"""What belongs to an organisation layer folder, without loading anything (imported at
start-up by the cache key and the facade: stdlib only).

A layer folder (``<data dir>/organisation/``, docs/content-format.md) is used when it holds
``layer.yaml``. Its ``drafts/`` are the trainer's unfinished work: never loaded, never hashed
into the cache key, never published.
"""

from __future__ import annotations

import os
from pathlib import Path

LAYER_FILE = "layer.yaml"
DRAFTS = "drafts"


def has_layer(folder: Path | None) -> bool:
    """Whether ``folder`` is a layer to load (one stat: an absent layer costs nothing)."""
    return folder is not None and (folder / LAYER_FILE).is_file()


def layer_files(folder: Path) -> list[Path]:
    """Every regular file of the layer but its drafts, sorted; symbolic links are left out
    (a link could point anywhere on the disk, and a pack never holds one)."""
    found: list[Path] = []
    for top, dirs, names in os.walk(folder):
        here = Path(top)
        if here == folder and DRAFTS in dirs:
            dirs.remove(DRAFTS)
        dirs[:] = sorted(d for d in dirs if not (here / d).is_symlink())
        for name in names:
            path = here / name
            if not path.is_symlink() and path.is_file():
                found.append(path)
    return sorted(found)
