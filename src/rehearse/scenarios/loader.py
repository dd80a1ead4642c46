"""Load scenario files: the built-in library and the user's own folder.

Every problem comes back as `Problem(path, line, message)`, printed as
`path:line: message`. A broken file is skipped and the rest load. A user
scenario whose id is already taken by a built-in one is reported and skipped:
the built-in one stays (the library must not change under a typo).

Parsed files are cached by (path, modification time, size), so the TUI's home
screen and every later `get` pay for parsing once per process.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args, get_origin

from pydantic import BaseModel, ValidationError

from rehearse.resources import scenarios_dir
from rehearse.scenarios.model import Loc, Scenario, format_loc, scenario_problems
from rehearse.scenarios.yaml_source import YamlDocument, YamlProblem, read

if TYPE_CHECKING:
    from rehearse.config import Settings

Source = Literal["builtin", "user"]
SUFFIXES = (".yaml", ".yml")
MAX_FILE_BYTES = 1_000_000  # a scenario is a few kilobytes; refuse anything absurd


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class LoadedScenario:
    scenario: Scenario
    source: Source
    path: Path


@dataclass(frozen=True)
class LoadResult:
    scenarios: list[LoadedScenario]
    problems: list[Problem]

    def ids(self) -> list[str]:
        return [loaded.scenario.id for loaded in self.scenarios]

    def find(self, scenario_id: str) -> LoadedScenario | None:
        for loaded in self.scenarios:
            if loaded.scenario.id == scenario_id:
                return loaded
        return None


class ScenarioNotFound(LookupError):
    def __init__(self, scenario_id: str, message: str) -> None:
        super().__init__(message)
        self.scenario_id = scenario_id

    def __str__(self) -> str:
        return str(self.args[0])


# --- one file -----------------------------------------------------------------


@dataclass(frozen=True)
class ParsedFile:
    """One file's outcome, without its path (the cache outlives spellings of it)."""

    scenario: Scenario | None
    problems: tuple[tuple[int, str], ...]
    id_line: int


_cache: dict[Path, tuple[tuple[int, int], ParsedFile]] = {}


def _parse_file(path: Path) -> ParsedFile:
    try:
        stat = path.stat()
    except OSError as error:
        return ParsedFile(None, ((1, f"cannot read it: {error.strerror or error}"),), 1)
    key = path.resolve()
    stamp = (stat.st_mtime_ns, stat.st_size)
    cached = _cache.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    parsed = _parse_uncached(path, stat.st_size)
    _cache[key] = (stamp, parsed)
    return parsed


def _parse_uncached(path: Path, size: int) -> ParsedFile:
    if size > MAX_FILE_BYTES:
        return ParsedFile(None, ((1, f"the file is too large ({size} bytes) to be a scenario"),), 1)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return ParsedFile(None, ((1, "not UTF-8 text"),), 1)
    except OSError as error:
        return ParsedFile(None, ((1, f"cannot read it: {error.strerror or error}"),), 1)
    return parse_text(text)


def parse_text(text: str) -> ParsedFile:
    try:
        document = read(text)
    except YamlProblem as problem:
        return ParsedFile(None, ((problem.line, problem.message),), 1)
    problems = list(document.duplicate_keys)
    if not isinstance(document.data, dict):
        problems.append((1, "a scenario file must be a mapping of keys (id: ..., title: ..., ...)"))
        return ParsedFile(None, tuple(problems), 1)
    id_line = document.line_of(("id",))
    try:
        scenario = Scenario.model_validate(document.data, context={"defer_checks": True})
    except ValidationError as error:
        problems.extend(_validation_problems(error, document))
        return ParsedFile(None, tuple(sorted(problems)), id_line)
    problems.extend(
        (document.line_of(loc), f"{format_loc(loc)}: {message}")
        for loc, message in scenario_problems(scenario)
    )
    if problems:
        return ParsedFile(None, tuple(sorted(problems)), id_line)
    return ParsedFile(scenario, (), id_line)


def _validation_problems(error: ValidationError, document: YamlDocument) -> list[tuple[int, str]]:
    problems = []
    for item in error.errors(include_url=False):
        loc: Loc = tuple(item["loc"])
        problems.append(
            (document.line_of(loc), f"{format_loc(loc) or 'the file'}: {_explain(item, loc)}")
        )
    return problems


def _explain(item: Any, loc: Loc) -> str:
    kind = item["type"]
    if kind == "missing":
        return "required, but missing"
    if kind == "extra_forbidden":
        known = _fields_at(loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), known, n=1)
        if close:
            return f"unknown key (did you mean {close[0]!r}?)"
        return f"unknown key (expected one of: {', '.join(known)})" if known else "unknown key"
    if kind == "string_pattern_mismatch":
        return "must be lowercase words and digits joined by hyphens, like 'constructive-feedback'"
    if kind == "string_type" and isinstance(item.get("input"), bool):
        return "must be text: YAML reads yes/no/on/off/true/false as booleans, so put it in quotes"
    message = str(item["msg"])
    return message.removeprefix("Value error, ")


def _fields_at(loc: Loc) -> list[str]:
    """The keys the model at `loc` accepts (for 'did you mean')."""
    model: type[BaseModel] = Scenario
    for part in loc:
        if isinstance(part, int):
            continue
        info = model.model_fields.get(part)
        if info is None:
            return []
        annotation = info.annotation
        if get_origin(annotation) is list:
            annotation = get_args(annotation)[0]
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            return []
        model = annotation
    return list(model.model_fields)


def validate_file(path: Path) -> list[Problem]:
    """Everything wrong with one scenario file on its own (empty when valid)."""
    parsed = _parse_file(path)
    return [Problem(path, line, message) for line, message in parsed.problems]


# --- folders ------------------------------------------------------------------


def scenario_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES and p.is_file())


def _load(files: Iterable[tuple[Path, Source]]) -> LoadResult:
    scenarios: list[LoadedScenario] = []
    problems: list[Problem] = []
    taken: dict[str, LoadedScenario] = {}
    for path, source in files:
        parsed = _parse_file(path)
        problems.extend(Problem(path, line, message) for line, message in parsed.problems)
        if parsed.scenario is None:
            continue
        scenario_id = parsed.scenario.id
        first = taken.get(scenario_id)
        if first is not None:
            why = "a built-in scenario has" if first.source == "builtin" else f"{first.path} has"
            problems.append(
                Problem(
                    path,
                    parsed.id_line,
                    f"id: {why} the id {scenario_id!r} already; this file is skipped",
                )
            )
            continue
        loaded = LoadedScenario(parsed.scenario, source, path)
        taken[scenario_id] = loaded
        scenarios.append(loaded)
    return LoadResult(scenarios, problems)


def load_all(settings: Settings) -> LoadResult:
    """The built-in scenarios, then the user's (from `settings.scenario_dir`)."""
    builtin_dir = scenarios_dir()
    files: list[tuple[Path, Source]] = [(path, "builtin") for path in scenario_files(builtin_dir)]
    if settings.scenario_dir.resolve() != builtin_dir.resolve():  # not the library itself
        files += [(path, "user") for path in scenario_files(settings.scenario_dir)]
    return _load(files)


def get(scenario_id: str, settings: Settings) -> LoadedScenario:
    """One scenario by id; raises ScenarioNotFound saying what exists instead."""
    result = load_all(settings)
    loaded = result.find(scenario_id)
    if loaded is not None:
        return loaded
    broken = [str(p) for p in result.problems if p.path.stem == scenario_id]
    if broken:
        details = "\n".join(broken)
        raise ScenarioNotFound(scenario_id, f"scenario {scenario_id!r} has problems:\n{details}")
    close = difflib.get_close_matches(scenario_id, result.ids(), n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    raise ScenarioNotFound(
        scenario_id,
        f"no scenario {scenario_id!r}; {hint}`rehearse scenarios list` shows the "
        f"{len(result.scenarios)} there are",
    )


def validate_paths(paths: Sequence[Path]) -> list[Problem]:
    """Validate files (a folder means its *.yaml files) as `scenarios validate` does:
    each file on its own, ids repeated across them, and user files whose id a
    built-in scenario already has (they would be skipped when loading)."""
    files: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            found = scenario_files(path)
            if not found:
                problems.append(Problem(path, 1, "no *.yaml scenario files in this folder"))
            files.extend(found)
        else:
            files.append(path)
    builtin_dir = scenarios_dir().resolve()
    builtin_ids = _builtin_ids()
    seen: dict[str, Path] = {}
    for path in files:
        parsed = _parse_file(path)
        problems.extend(Problem(path, line, message) for line, message in parsed.problems)
        if parsed.scenario is None:
            continue
        scenario_id = parsed.scenario.id
        if scenario_id in seen:
            problems.append(
                Problem(
                    path,
                    parsed.id_line,
                    f"id: {scenario_id!r} is also the id in {seen[scenario_id]}",
                )
            )
        elif scenario_id in builtin_ids and path.resolve().parent != builtin_dir:
            problems.append(
                Problem(
                    path,
                    parsed.id_line,
                    f"id: {scenario_id!r} is a built-in scenario's id; "
                    "rename it, or it will be skipped",
                )
            )
        seen.setdefault(scenario_id, path)
    return problems


def _builtin_ids() -> set[str]:
    ids = set()
    for path in scenario_files(scenarios_dir()):
        scenario = _parse_file(path).scenario
        if scenario is not None:
            ids.add(scenario.id)
    return ids
