"""Arrow arrays to numpy and back through their buffers, and Arrow scalars, built by hand.

pyarrow imports pandas, when it is installed, the first time a Python value or a numpy
array crosses into Arrow (``pa.array``, ``pa.scalar``, a Python scalar given to a compute
function, ``Array.to_numpy``): a fifth of a second and 40 MiB that a table evaluation
never uses. These helpers move fixed-width columns through their buffers instead, which
is also zero-copy where Arrow's own conversion would copy.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
import pyarrow as pa

__all__ = ["arrow_of", "bools", "numpy_of", "scalar", "strings", "system_allocator"]

Array = np.ndarray[Any, Any]
_NUMPY = {
    pa.int8(): np.int8,
    pa.int16(): np.int16,
    pa.int32(): np.int32,
    pa.int64(): np.int64,
    pa.uint8(): np.uint8,
    pa.uint16(): np.uint16,
    pa.uint32(): np.uint32,
    pa.uint64(): np.uint64,
    pa.date32(): np.int32,
}


def _bits(buffer: pa.Buffer, offset: int, length: int) -> Array:
    bits = np.unpackbits(np.frombuffer(buffer, dtype=np.uint8), bitorder="little")
    return bits[offset : offset + length].astype(bool)


def numpy_of(array: pa.Array | pa.ChunkedArray, fill: int = 0) -> Array:
    """A boolean or integer column as a numpy array; nulls become ``fill`` (``False``)."""
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    n, offset = len(array), array.offset
    buffers = array.buffers()
    if pa.types.is_boolean(array.type):
        values = _bits(buffers[1], offset, n) if n else np.zeros(0, dtype=bool)
    else:
        kind = _NUMPY[array.type]
        values = (
            np.frombuffer(buffers[1], dtype=kind)[offset : offset + n] if n else np.zeros(0, kind)
        )
    if array.null_count:
        valid = _bits(buffers[0], offset, n)
        values = np.where(valid, values, fill)
    return values


def arrow_of(
    values: Array, kind: pa.DataType | None = None, valid: Array | None = None
) -> pa.Array:
    """A numpy boolean or integer array as an Arrow column (of ``kind``), null where not ``valid``."""
    n = len(values)
    mask = None if valid is None else pa.py_buffer(np.packbits(valid, bitorder="little"))
    if values.dtype == bool:
        data = pa.py_buffer(np.packbits(values, bitorder="little"))
        return pa.Array.from_buffers(pa.bool_(), n, [mask, data])
    if kind is None:
        kind = pa.int64()
    dtype = _NUMPY[kind]
    data = pa.py_buffer(np.ascontiguousarray(values, dtype=dtype))
    return pa.Array.from_buffers(kind, n, [mask, data])


def bools(values: Array) -> pa.Array:
    """A numpy boolean array as an Arrow boolean column."""
    return arrow_of(values.astype(bool))


def strings(texts: Sequence[str | None]) -> pa.Array:
    """Python strings as an Arrow string column (``None`` is null)."""
    encoded = [b"" if t is None else t.encode("utf-8") for t in texts]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int32)
    offsets[1:] = np.cumsum([len(e) for e in encoded], dtype=np.int64)
    valid = np.array([t is not None for t in texts], dtype=bool)
    mask = None if valid.all() else pa.py_buffer(np.packbits(valid, bitorder="little"))
    data = pa.py_buffer(b"".join(encoded))
    return pa.Array.from_buffers(pa.string(), len(encoded), [mask, pa.py_buffer(offsets), data])


def scalar(value: str | int | bool | None, kind: pa.DataType | None = None) -> pa.Scalar:
    """An Arrow scalar: a string, an integer, a boolean, or a null of ``kind``."""
    if value is None:
        return pa.nulls(1, kind or pa.string())[0]
    if isinstance(value, str):
        return strings([value])[0]
    if isinstance(value, bool):
        return bools(np.array([value]))[0]
    return arrow_of(np.array([value], dtype=np.int64), kind or pa.int64())[0]


@contextlib.contextmanager
def system_allocator() -> Iterator[None]:
    """Allocate from the system allocator meanwhile; put the caller's default back after.

    Arrow's default allocator (mimalloc) keeps the memory of the many short-lived
    columns a table's text passes through, for reuse: a fifth more peak memory in an
    evaluation, for no speed. Each buffer frees itself into the allocator it came from,
    so arrays made meanwhile elsewhere are unaffected.
    """
    previous = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(previous)
