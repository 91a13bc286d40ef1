"""Frozen dataclasses to JSON and back, driven by their fields and type hints.

The content cache lives in the data folder, which anyone holding a shared portable copy can
write, so it must be data only: no class names are read from the file, the decoder knows
every target type from the hints, and anything that does not fit the type exactly (a
missing or unknown field, ``"1"`` or ``true`` where a number belongs) is refused with
``Mismatch``. Decoders are built once per type, so loading stays close to unpickling.

Supported: nested dataclasses, ``tuple[X, ...]``, fixed ``tuple[A, B]``, ``dict[str, X]``,
``X | None`` and ``str``/``int``/``float``/``bool`` — what the content model uses. Any other
type raises ``TypeError`` when its decoder is built, so a new field type fails in the tests,
not on a learner's machine.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")
Decoder = Callable[[Any], Any]


class Mismatch(ValueError):
    """The data does not have the shape of the type it should decode to."""


_LEAVES = frozenset((str, int, float, bool, type(None)))


def encode(value: Any) -> Any:
    """Plain JSON values for a dataclass tree (tuples become lists)."""
    kind = type(value)
    if kind in _LEAVES:  # the common cases first: a large course has a million values
        return value
    names = _field_names(kind)
    if names is not None:
        return {name: encode(getattr(value, name)) for name in names}
    if kind is tuple or kind is list:
        return [encode(v) for v in value]
    return _encode_other(value)


@cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    """The fields a dataclass is encoded by; None for any other type."""
    if dataclasses.is_dataclass(kind):
        return tuple(f.name for f in _init_fields(kind))
    return None


def _encode_other(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in _init_fields(type(value))}
    if isinstance(value, (tuple, list)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise TypeError("only dicts with str keys can be encoded")
        return {k: encode(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot encode {type(value).__name__}")


def decode(tp: type[T], data: Any) -> T:
    """``data`` (from json.loads) as a ``tp``. Raises Mismatch."""
    return decoder(tp)(data)


@cache
def _init_fields(cls: type) -> tuple[dataclasses.Field, ...]:
    return tuple(f for f in dataclasses.fields(cls) if f.init)


@cache
def decoder(tp: Any) -> Decoder:
    """The decoding function for a type (built once, then reused)."""
    if tp is str or tp is bool:
        return _leaf(tp)
    if tp is int:
        return _leaf(int)
    if tp is float:
        return _float
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _dataclass_decoder(tp)
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return _tuple_decoder(args[0])
        return _fixed_tuple_decoder(args)
    if origin is dict and args and args[0] is str:
        return _dict_decoder(args[1])
    if origin is typing.Union or origin is types.UnionType:
        rest = [a for a in args if a is not type(None)]
        if len(rest) == 1 and len(args) == 2:
            inner = decoder(rest[0])
            return lambda data: None if data is None else inner(data)
    raise TypeError(f"no JSON decoder for {tp!r}")


def _leaf(tp: type) -> Decoder:
    def check(data: Any) -> Any:
        if type(data) is not tp:  # exact: bool is an int in Python, never in the cache
            raise Mismatch(f"expected {tp.__name__}, got {type(data).__name__}")
        return data

    return check


def _float(data: Any) -> float:
    if type(data) not in (int, float):
        raise Mismatch(f"expected a number, got {type(data).__name__}")
    return float(data)


def _tuple_decoder(item_type: Any) -> Decoder:
    if item_type in (str, int, bool):  # the common case, without a call per item

        def leaves(data: Any) -> tuple:
            if type(data) is not list or not all(type(v) is item_type for v in data):
                raise Mismatch(f"expected a list of {item_type.__name__}")
            return tuple(data)

        return leaves
    item = decoder(item_type)

    def items(data: Any) -> tuple:
        if type(data) is not list:
            raise Mismatch(f"expected a list, got {type(data).__name__}")
        return tuple(item(v) for v in data)

    return items


def _fixed_tuple_decoder(arg_types: tuple) -> Decoder:
    parts = tuple(decoder(a) for a in arg_types)

    def fixed(data: Any) -> tuple:
        if type(data) is not list or len(data) != len(parts):
            raise Mismatch(f"expected a list of {len(parts)} values")
        return tuple(p(v) for p, v in zip(parts, data, strict=True))

    return fixed


def _dict_decoder(value_type: Any) -> Decoder:
    value = decoder(value_type)

    def mapping(data: Any) -> dict:
        if type(data) is not dict:
            raise Mismatch(f"expected an object, got {type(data).__name__}")
        return {k: value(v) for k, v in data.items()}

    return mapping


def _dataclass_decoder(cls: type) -> Decoder:
    hints = typing.get_type_hints(cls)  # Annotated[...] stripped: the constraints are pydantic's
    fields = [(f.name, decoder(hints[f.name])) for f in _init_fields(cls)]
    names = frozenset(name for name, _ in fields)

    def build(data: Any) -> Any:
        if type(data) is not dict:
            raise Mismatch(f"{cls.__name__}: expected an object, got {type(data).__name__}")
        if data.keys() != names:
            odd = sorted(names ^ data.keys())
            raise Mismatch(f"{cls.__name__}: missing or unknown fields {odd[:3]}")
        try:
            return cls(**{name: d(data[name]) for name, d in fields})
        except Mismatch as exc:
            raise Mismatch(f"{cls.__name__}: {exc}") from None

    return build
