"""Constraints written on the frozen dataclasses themselves, so one declaration per kind is
both what the app uses and what pydantic validates (``pydantic.TypeAdapter(TheDataclass)``,
on a cache miss only).

Nothing here imports pydantic: the markers below are plain objects that pydantic asks for
their schema (``__get_pydantic_core_schema__``) when a loader builds a TypeAdapter. A model
module writes e.g. ``title: Text`` or ``items: Annotated[tuple[Text, ...], Rule(min_length=2)]``
and sets ``__pydantic_config__ = CONFIG`` on the class.

Leaf values (text, numbers, yes/no) are strict — 3 is not accepted where text is expected,
nor "3" where a number is; containers are not, so a YAML list fills a ``tuple`` field.
"""

from __future__ import annotations

from typing import Annotated, Any

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"

# Unknown keys are typos more often than intent ("objective:" for "objectives:").
CONFIG: Any = {"extra": "forbid"}


class Rule:
    """Constraints added to the field's core schema (min_length, pattern, ge, le, strict…)."""

    def __init__(self, **constraints: Any) -> None:
        self.constraints = constraints

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        schema = handler(source)
        schema.update(self.constraints)
        return schema


class Derived:
    """A field the loader computes (a sort key, an id taken from a mapping key): an author
    who writes it gets the same "unknown field" as for any other unknown key."""

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import PydanticCustomError, core_schema

        def refuse(value: Any) -> Any:
            raise PydanticCustomError("extra_forbidden", "Extra inputs are not permitted")

        return core_schema.no_info_plain_validator_function(refuse)


def between(low: int, high: int | None = None) -> Rule:
    """A whole number from ``low`` to ``high`` (inclusive)."""
    return Rule(strict=True, ge=low, **({} if high is None else {"le": high}))


Id = Annotated[str, Rule(strict=True, pattern=ID_PATTERN)]
Text = Annotated[str, Rule(strict=True, min_length=1)]
Str = Annotated[str, Rule(strict=True)]
Flag = Annotated[bool, Rule(strict=True)]
