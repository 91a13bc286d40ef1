"""What every kind's validation shares. Imports pydantic: import it only on a cache miss
(from a loader), never from a model module."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"

# Unknown keys are typos more often than intent ("objective:" for "objectives:"); strict, so
# a number is not silently accepted where text is expected (or text where a number is).
STRICT = ConfigDict(extra="forbid", strict=True)


class Strict(BaseModel):
    model_config = STRICT
