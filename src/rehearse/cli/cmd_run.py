"""`rehearse run`: play a scenario headless, from a file of replies, and print the debrief."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rehearse.engine import PersonaTurn, Rehearsal, ScoredTurn


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "run",
        help="rehearse a scenario headless from a file of replies",
        description="Play SCENARIO_ID with your replies read from FILE (one reply per "
        "paragraph; paragraphs are separated by blank lines) until the rehearsal ends, then "
        "print the debrief. Exit 0 when the rehearsal succeeded, 1 when it did not, 2 on bad input.",
    )
    parser.add_argument("scenario_id", metavar="SCENARIO_ID")
    parser.add_argument("--replies", required=True, type=Path, metavar="FILE")
    add_voice_and_json(parser)
    parser.set_defaults(handler=run)


def add_voice_and_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--voice",
        choices=["scripted", "model"],
        default=None,
        help="scripted: authored lines only; model: the configured model (default: the voice setting)",
    )
    parser.add_argument("--json", action="store_true", help="print the whole session as JSON")


def run(args: argparse.Namespace) -> int:
    from rehearse.cli.common import CommandError, load
    from rehearse.cli.sessions import catalog, find_scenario, open_store
    from rehearse.engine import Rehearsal
    from rehearse.engine.replies import RepliesError, read_replies

    settings = load(args)
    scenario = find_scenario(args.scenario_id, settings)
    try:
        replies = read_replies(args.replies)
    except RepliesError as error:
        raise CommandError(str(error)) from error
    store = open_store()
    rehearsal = Rehearsal.start(
        scenario, store=store, settings=settings, voice=args.voice, catalog=catalog(settings)
    )
    return play(rehearsal, replies, as_json=args.json)


def play(rehearsal: Rehearsal, replies: list[str], *, as_json: bool) -> int:
    """Play the replies into a started or resumed rehearsal; print; exit code by outcome."""

    show = not as_json
    persona = rehearsal.scenario.persona.name
    exchanges: list[tuple[ScoredTurn | None, PersonaTurn]] = []
    if show:
        print(
            f"{rehearsal.scenario.title}  (session {rehearsal.session_id}, voice {rehearsal.voice})\n"
        )
        for turn in rehearsal.turns:
            who = "You" if turn.role == "user" else persona
            print(f"{who}: {turn.text}\n")
    if rehearsal.awaiting_reply:  # resumed after the process died mid-reply
        if show:
            print(f"{persona}: ", end="", flush=True)
        answered = rehearsal.reply()
        exchanges.append((None, answered))
        if show:
            _print_reply(answered)
    used = 0
    for text in replies:
        if rehearsal.finished:
            break
        used += 1
        if show:
            print(f"You: {text}\n")
            print(f"{persona}: ", end="", flush=True)
        scored, answered = rehearsal.take_turn(text)
        exchanges.append((scored, answered))
        if show:
            _print_reply(answered)
            print(_score_line(scored) + "\n")
    debrief = rehearsal.debrief() if rehearsal.finished else rehearsal.end()
    unused = replies[used:]
    if as_json:
        print(
            json.dumps(
                _as_json(rehearsal, exchanges, debrief.model_dump(mode="json"), unused), indent=2
            )
        )
    else:
        from rehearse.engine.transcript import debrief_markdown

        print("\n".join(debrief_markdown(debrief.model_dump(mode="json"))))
        if unused:
            print(f"\n{len(unused)} replies left unused: the rehearsal ended before them.")
    return 0 if debrief.outcome.success else 1


def _print_reply(answered: PersonaTurn) -> None:
    # Printed whole once settled, not streamed: the guard may still withdraw a streamed reply
    # (off the topic after three sentences), and a terminal cannot take it back.
    print(answered.spoken.text, end="")
    marker = "  [scripted line]" if answered.spoken.source == "scripted" else ""
    note = f"  ({answered.spoken.note})" if answered.spoken.note else ""
    print(f"{marker}{note}\n")


def _score_line(scored: ScoredTurn) -> str:
    parts = [
        f"{r.rubric.upper()} {r.total}/{r.max} ("
        + " ".join(f"{c.id[:4]}={c.score}" for c in r.criteria)
        + ")"
        for r in scored.results.values()
    ]
    signals = ", ".join(sorted(scored.signals.flags)) or "no signals"
    return (
        f"   · {'; '.join(parts)} · {signals} · {scored.step.reaction} · "
        f"stance {scored.stance.label} ({scored.stance.resistance}/10)"
    )


def _as_json(
    rehearsal: Rehearsal,
    exchanges: list[tuple[ScoredTurn | None, PersonaTurn]],
    debrief: dict[str, Any],
    unused: list[str],
) -> dict[str, Any]:
    turns = []
    for scored, answered in exchanges:
        turns.append(
            {
                "user": scored.turn.text if scored else None,
                "persona": answered.spoken.text,
                "source": answered.spoken.source,
                "note": answered.spoken.note,
                "reaction": answered.turn.reaction,
                "scores": {
                    rubric: {
                        "total": result.total,
                        "max": result.max,
                        "criteria": {c.id: c.score for c in result.criteria},
                    }
                    for rubric, result in (scored.results.items() if scored else ())
                },
                "signals": sorted(scored.signals.flags) if scored else [],
            }
        )
    outcome = debrief["outcome"]
    return {
        "session_id": rehearsal.session_id,
        "scenario": rehearsal.scenario.id,
        "voice": rehearsal.voice,
        "outcome": {
            "success": outcome["success"],
            "stage": outcome["stage"],
            "turns": outcome["turns"],
        },
        "turns": turns,
        "unused_replies": unused,
        "debrief": debrief,
    }
