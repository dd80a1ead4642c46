"""How often the embedded model's persona replies pass the guard, across the built-in scenarios.

For every built-in scenario, every stage and every reaction, the persona is
asked to answer the conversation so far (the scenario's good replay as the
user's turns, authored lines as the persona's earlier turns), through the same
prompt and guard a rehearsal uses. Prints, per scenario: replies, passed
untouched, trimmed (shown in part), replaced by an authored line, and the
reasons; the reference row is the authored lines themselves through the same
guard (they must all pass).

With --labelled, no model runs: the stored, hand-labelled replies in
tests/data/guard/replies.jsonl go through the guard as a rehearsal streams them,
and it prints, per split, how many off-topic replies are replaced (recall), how
many on-topic ones are shown, and the precision of "replaced".

Run: .venv/bin/python benchmarks/bench_persona_guard.py [--seed 1] [--scenario ID] [--labelled]
"""

from __future__ import annotations

import argparse
import collections
import functools
import os
import tempfile
import time
from pathlib import Path

REPLAYS = Path(__file__).resolve().parents[1] / "tests" / "data" / "replays"
LABELLED = Path(__file__).resolve().parents[1] / "tests" / "data" / "guard" / "replies.jsonl"


def labelled() -> None:
    """The guard on the labelled replies: off-topic replaced, on-topic shown, per split."""
    from rehearse.config import load_settings
    from rehearse.engine.guard_evaluation import load_labelled, shown_when_streamed
    from rehearse.scenarios import load_all

    scenarios = {s.scenario.id: s.scenario for s in load_all(load_settings()).scenarios}
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    started = time.perf_counter()
    for reply in load_labelled(LABELLED, scenarios):
        kind = "on" if reply.on_topic else "off"
        for split in (reply.split, "all"):
            counts[split][kind] += 1
            counts[split][f"{kind}_replaced"] += not shown_when_streamed(reply.text, reply.context)
    print(
        f"{'split':<10} {'off-topic':>9} {'replaced':>9} {'recall':>7} {'on-topic':>9} {'shown':>6} {'kept':>6} {'precision':>10}"
    )
    for split, c in sorted(counts.items()):
        replaced = c["off_replaced"] + c["on_replaced"]
        print(
            f"{split:<10} {c['off']:>9} {c['off_replaced']:>9} {c['off_replaced'] / max(1, c['off']):>7.2f} "
            f"{c['on']:>9} {c['on'] - c['on_replaced']:>6} {(c['on'] - c['on_replaced']) / max(1, c['on']):>6.2f} "
            f"{c['off_replaced'] / max(1, replaced):>10.2f}"
        )
    print(f"{time.perf_counter() - started:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scenario", default=None)
    parser.add_argument("--temperature", type=float, default=None)
    parser.add_argument(
        "--reference-only", action="store_true", help="check the authored lines only"
    )
    parser.add_argument(
        "--labelled", action="store_true", help="the stored labelled replies only (no model)"
    )
    args = parser.parse_args()
    os.environ.setdefault("REHEARSE_HOME", tempfile.mkdtemp(prefix="rehearse-bench-"))
    if args.labelled:
        labelled()
        return

    from rehearse.config import load_settings
    from rehearse.engine.guard import check_reply
    from rehearse.engine.replies import parse_replies
    from rehearse.engine.voice import Exchange, guard_context, persona_messages, speak_with_model
    from rehearse.model import Gateway
    from rehearse.scenarios import load_all

    overrides = {"temperature": args.temperature} if args.temperature is not None else {}
    settings = load_settings(**overrides)
    gateway = Gateway(settings, litellm_kwargs={"seed": args.seed})
    totals: collections.Counter[str] = collections.Counter()
    reasons: collections.Counter[str] = collections.Counter()
    reference_failures = 0
    started = time.perf_counter()
    print(f"{'scenario':<28} {'replies':>7} {'passed':>7} {'trimmed':>8} {'replaced':>9}")
    for loaded in load_all(settings).scenarios:
        scenario = loaded.scenario
        if args.scenario and scenario.id != args.scenario:
            continue
        replies = parse_replies((REPLAYS / f"{scenario.id}.good.txt").read_text())
        counts: collections.Counter[str] = collections.Counter()
        history: list[Exchange] = []
        if scenario.opening.speaker == "persona":
            history.append(Exchange("persona", scenario.opening.line))
        for index, stage in enumerate(scenario.stages):
            history.append(Exchange("user", replies[min(index, len(replies) - 1)]))
            for reaction in ("dismissed", "acknowledged", "advanced"):
                lines = stage.lines.for_reaction(reaction)
                messages = persona_messages(scenario, stage, reaction, history)
                context = guard_context(scenario, stage, reaction, history, messages[0]["content"])
                for line in lines:  # the reference: authored lines must pass the same guard
                    _, problem = check_reply(line, context)
                    if problem and not problem.startswith(
                        "trimmed"
                    ):  # length applies to the model only
                        reference_failures += 1
                        print(f"   authored line fails the guard: {line!r}: {problem}")
                if args.reference_only:
                    continue
                spoken = speak_with_model(
                    gateway, settings, messages, context, fallback=functools.partial(str, lines[0])
                )
                counts["replies"] += 1
                if spoken.source == "scripted":
                    counts["replaced"] += 1
                    reasons[spoken.note or "?"] += 1
                elif spoken.note:
                    counts["trimmed"] += 1
                    reasons[spoken.note] += 1
                else:
                    counts["passed"] += 1
            history.append(Exchange("persona", stage.lines.advanced[0]))
        totals.update(counts)
        print(
            f"{scenario.id:<28} {counts['replies']:>7} {counts['passed']:>7} "
            f"{counts['trimmed']:>8} {counts['replaced']:>9}"
        )
    replies_total = totals["replies"] or 1
    print(
        f"{'all':<28} {totals['replies']:>7} {totals['passed']:>7} {totals['trimmed']:>8} "
        f"{totals['replaced']:>9}"
    )
    shown = totals["passed"] + totals["trimmed"]
    print(
        f"\nmodel replies shown: {shown / replies_total:.0%} "
        f"(untouched {totals['passed'] / replies_total:.0%}, trimmed {totals['trimmed'] / replies_total:.0%}); "
        f"replaced by an authored line: {totals['replaced'] / replies_total:.0%}"
    )
    print(f"reference: authored lines failing the guard: {reference_failures} (must be 0)")
    print(f"{time.perf_counter() - started:.0f} s\n\nreasons:")
    for reason, count in reasons.most_common():
        print(f"  {count:>4}  {reason}")


if __name__ == "__main__":
    main()
