"""Read a YAML file once, keeping the line of every key, for `path:line:` messages.

PyYAML composes the text to a node tree (each node knows where it starts),
then builds the plain data from that same tree, so a file is parsed once. The
walk records, for each key path like `("stages", 2, "hint")`, the line the
key is written on; a pydantic error's `loc` is looked up in that map.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from rehearse.scenarios.model import Loc, format_loc

# libyaml is 5-10x faster when PyYAML was built with it; the result is the same.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlProblem(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass
class YamlDocument:
    data: Any
    lines: dict[Loc, int] = field(default_factory=dict)
    duplicate_keys: list[tuple[int, str]] = field(default_factory=list)

    def line_of(self, loc: Loc) -> int:
        """The line of `loc`, or of its nearest parent that exists (a missing key
        points at the mapping that should hold it)."""
        for end in range(len(loc), -1, -1):
            line = self.lines.get(tuple(loc[:end]))
            if line is not None:
                return line
        return 1


def read(text: str) -> YamlDocument:
    """Parse `text`; raises YamlProblem for a syntax error or an empty document."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise YamlProblem(1, "the file is empty")
        document = YamlDocument(data=None)
        _walk(node, (), document, set())
        document.data = loader.construct_document(node)
        return document
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else 1
        what = " ".join(part for part in (error.context, error.problem) if part)
        raise YamlProblem(line, f"YAML syntax: {what or error}") from None
    except yaml.YAMLError as error:
        raise YamlProblem(1, f"YAML: {error}") from None
    finally:
        loader.dispose()


def _walk(node: yaml.Node, path: Loc, document: YamlDocument, visited: set[int]) -> None:
    document.lines.setdefault(path, node.start_mark.line + 1)
    # An alias points at a node seen before: walk it once (this also stops
    # recursive aliases and alias bombs from exploding the walk).
    if id(node) in visited:
        return
    visited.add(id(node))
    if isinstance(node, yaml.MappingNode):
        first_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.value == "<<":
                continue
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in first_seen:
                where = format_loc((*path, key))
                message = f"{where}: duplicate key (first written at line {first_seen[key]})"
                document.duplicate_keys.append((line, message))
                continue
            first_seen[key] = line
            document.lines[(*path, key)] = line
            _walk(value_node, (*path, key), document, visited)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), document, visited)
