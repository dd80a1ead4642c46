"""`rehearse scenarios list|show|validate|new`: the scenario library from the command line."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rehearse.scenarios import LoadedScenario, Problem, Scenario

DIFFICULTY = {1: "easy", 2: "medium", 3: "hard"}


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "scenarios",
        help="list, show, validate and create rehearsal scenarios",
        description="The built-in scenarios and your own (see `rehearse config` for the folder).",
    )
    actions = parser.add_subparsers(dest="scenarios_action", metavar="ACTION", title="actions")
    parser.set_defaults(handler=run, scenarios_handler=_run_list, json=False)

    listing = actions.add_parser("list", help="list every scenario, grouped by category")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(scenarios_handler=_run_list)

    show = actions.add_parser(
        "show",
        help="show a scenario's briefing",
        description="Show what you know before a rehearsal. --full also shows the persona's "
        "hidden concern and every stage (spoilers).",
    )
    show.add_argument("id", metavar="ID")
    show.add_argument(
        "--full", action="store_true", help="include the hidden concern and the stages"
    )
    show.add_argument("--json", action="store_true", help="print the whole scenario as JSON")
    show.set_defaults(scenarios_handler=_run_show)

    validate = actions.add_parser(
        "validate",
        help="check scenario files; one `path:line: problem` line per problem",
        description="Check scenario files (a folder means its *.yaml files). "
        "Exit 0 when all are valid; exit 2 with one `path:line: problem` line per problem.",
    )
    validate.add_argument("paths", metavar="PATH", nargs="+", type=Path)
    validate.set_defaults(scenarios_handler=_run_validate)

    new = actions.add_parser(
        "new",
        help="write a commented starter scenario into your scenario folder",
        description="Write ID.yaml, a commented starter scenario that already validates, "
        "into your scenario folder. Never overwrites a file.",
    )
    new.add_argument(
        "id", metavar="ID", help="lowercase words joined by hyphens, e.g. ask-sam-for-release"
    )
    new.set_defaults(scenarios_handler=_run_new)


def run(args: argparse.Namespace) -> int:
    """`rehearse scenarios ACTION`; with no action, list them."""
    return int(args.scenarios_handler(args))


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)


def _run_list(args: argparse.Namespace) -> int:
    from rehearse.cli.common import load
    from rehearse.scenarios import CATEGORIES, load_all

    result = load_all(load(args))
    _print_problems(result.problems)
    ordered = sorted(
        result.scenarios,
        key=lambda s: (
            list(CATEGORIES).index(s.scenario.category),
            s.scenario.difficulty,
            s.scenario.id,
        ),
    )
    if args.json:
        print(json.dumps([_summary(loaded) for loaded in ordered], indent=2))
        return 0
    if not ordered:
        print("no scenarios found")
        return 0
    id_width = max(len(loaded.scenario.id) for loaded in ordered)
    title_width = max(len(loaded.scenario.title) for loaded in ordered)
    category = None
    for loaded in ordered:
        scenario = loaded.scenario
        if scenario.category != category:
            category = scenario.category
            print(("\n" if loaded is not ordered[0] else "") + CATEGORIES[category])
        source = "" if loaded.source == "builtin" else f"  (yours: {loaded.path})"
        print(
            f"  {scenario.id:<{id_width}}  {DIFFICULTY[scenario.difficulty]:<6}  "
            f"{scenario.title:<{title_width}}  {', '.join(scenario.rubrics)}{source}"
        )
    return 0


def _summary(loaded: LoadedScenario) -> dict[str, Any]:
    scenario = loaded.scenario
    return {
        "id": scenario.id,
        "title": scenario.title,
        "category": scenario.category,
        "difficulty": scenario.difficulty,
        "rubrics": list(scenario.rubrics),
        "source": loaded.source,
        "path": str(loaded.path),
    }


def _run_show(args: argparse.Namespace) -> int:
    from rehearse.cli.common import CommandError, load
    from rehearse.scenarios import ScenarioNotFound, get

    try:
        loaded = get(args.id, load(args))
    except ScenarioNotFound as error:
        raise CommandError(str(error)) from None
    if args.json:
        print(
            json.dumps(
                {**_summary(loaded), "scenario": loaded.scenario.model_dump(mode="json")}, indent=2
            )
        )
        return 0
    print(_describe(loaded.scenario, full=args.full))
    print(f"\n(source: {loaded.source}, {loaded.path})")
    return 0


def _wrap(text: str, first: str = "", rest: str = "") -> str:
    """One paragraph, whitespace folded, wrapped to 88 columns."""
    return textwrap.fill(
        " ".join(text.split()),
        width=88,
        initial_indent=first,
        subsequent_indent=rest,
        break_on_hyphens=False,
    )


def _describe(scenario: Scenario, full: bool) -> str:
    from rehearse.scenarios import CATEGORIES

    persona = scenario.persona
    opener = f"{persona.name} opens" if scenario.opening.speaker == "persona" else "You open"
    parts = [
        f"{scenario.title}  [{scenario.id}]",
        f"{CATEGORIES[scenario.category]}, {DIFFICULTY[scenario.difficulty]}, scored with "
        f"{' and '.join(r.upper() for r in scenario.rubrics)}, at most {scenario.turn_limit} turns",
        "",
        _wrap(scenario.summary),
        "",
        _wrap(scenario.user.role, "You:   ", "       "),
        _wrap(scenario.user.goal, "Goal:  ", "       "),
        "What you know:",
        *(_wrap(fact, "  - ", "    ") for fact in scenario.user.context),
        "",
        _wrap(f"{persona.role}, {persona.seniority}", f"{persona.name}: ", "  "),
        _wrap(", ".join(persona.traits), "  traits: ", "    "),
        _wrap("; ".join(persona.cares_about), "  cares about: ", "    "),
        _wrap(persona.speaking_style, "  speaks: ", "    "),
        "",
        _wrap(scenario.opening.line, f"{opener}: ", "  "),
    ]
    if not full:
        parts += [
            "",
            f"{len(scenario.stages)} stages; --full shows them and the hidden concern (spoilers).",
        ]
        return "\n".join(parts)
    parts += ["", _wrap(persona.hidden_concern, "Hidden concern: ", "  "), "", "Stages:"]
    for number, stage in enumerate(scenario.stages, start=1):
        parts += [
            f"  {number}. {stage.id}",
            _wrap(stage.advance_when, "     advances when: ", "       "),
            _wrap(stage.hint, "     hint: ", "       "),
        ]
    return "\n".join(parts)


def _run_validate(args: argparse.Namespace) -> int:
    from rehearse.scenarios import validate_paths

    problems = validate_paths(args.paths)
    for problem in problems:
        print(problem)
    if problems:
        files = len({problem.path for problem in problems})
        print(f"{len(problems)} problem(s) in {files} file(s)", file=sys.stderr)
        return 2
    print(f"ok: {', '.join(str(path) for path in args.paths)}")
    return 0


def _run_new(args: argparse.Namespace) -> int:
    from rehearse.cli.common import CommandError, load
    from rehearse.scenarios import StarterError, write_starter

    try:
        path = write_starter(args.id, load(args))
    except StarterError as error:
        raise CommandError(str(error)) from None
    print(f"wrote {path}")
    print(f"edit it, then check it with: rehearse scenarios validate {path}")
    return 0
