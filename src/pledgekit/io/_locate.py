"""Find the line of a field in TOML source text, so that an error can name it.

`tomllib` keeps no positions. This scanner follows table headers (``[plan]``,
``[[observations]]``, counting each array of tables) and ``key = ...`` lines, and maps
each field path (``observations[3].value``) to the line it starts on. It is a best
effort: a field inside an inline table is located at the line of its enclosing key.
"""

from __future__ import annotations

import re

__all__ = ["TomlLines"]

_HEADER = re.compile(r"\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(
    r"\s*((?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*'))*)\s*="
)
_INDEX = re.compile(r"\[\d+\]$")


def _keys(dotted: str) -> list[str]:
    parts = re.findall(r"\"([^\"]*)\"|'([^']*)'|([A-Za-z0-9_-]+)", dotted)
    return [quoted or literal or bare for quoted, literal, bare in parts]


class TomlLines:
    r"""The line of every table and key of a TOML text, by field path.

    >>> lines = TomlLines('title = "x"\n[[observations]]\nvalue = "1"\n[[observations]]\nvalue = 2\n')
    >>> lines.locate("observations[1].value"), lines.locate("observations[1].period")
    ('line 5, observations[1].value', 'line 4, observations[1].period')
    """

    def __init__(self, text: str) -> None:
        self.lines: dict[str, int] = {}
        counters: dict[str, int] = {}
        current = ""
        quote: str | None = None
        for number, line in enumerate(text.splitlines(), start=1):
            if quote is not None:
                if line.count(quote) % 2 == 1:
                    quote = None
                continue
            header = _HEADER.match(line)
            if header is not None and not line.lstrip().startswith(('["', "['")):
                keys = _keys(header[2])
                if not keys:
                    continue
                parent = self._resolve(keys[:-1], counters)
                path = f"{parent}.{keys[-1]}" if parent else keys[-1]
                if header[1] == "[[":
                    index = counters.get(path, -1) + 1
                    counters[path] = index
                    path = f"{path}[{index}]"
                current = path
                self.lines.setdefault(current, number)
                continue
            key = _KEY.match(line)
            if key is not None:
                dotted = ".".join(_keys(key[1]))
                path = f"{current}.{dotted}" if current else dotted
                self.lines.setdefault(path, number)
                rest = line[key.end() :]
                for marker in ('"""', "'''"):
                    if rest.count(marker) % 2 == 1:
                        quote = marker
                        break

    @staticmethod
    def _resolve(keys: list[str], counters: dict[str, int]) -> str:
        path = ""
        for key in keys:
            path = f"{path}.{key}" if path else key
            if path in counters:
                path = f"{path}[{counters[path]}]"
        return path

    def line(self, path: str) -> int | None:
        """The line of ``path``, or of the nearest enclosing field that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            if _INDEX.search(path):
                path = _INDEX.sub("", path)
            elif "." in path:
                path = path.rsplit(".", 1)[0]
            else:
                return None
        return None

    def locate(self, path: str) -> str:
        """``"line 12, observations[3].value"``, or the path alone when no line is known."""
        number = self.line(path)
        where = path or "the top level"
        return where if number is None else f"line {number}, {where}"
