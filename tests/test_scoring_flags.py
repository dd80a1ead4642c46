"""The turn flags against labelled dev sets: per-flag precision and recall floors.

`tests/data/signals/flags_dev.jsonl` and `flags_dev2.jsonl` hold realistic
tech-lead turns, each listing every flag that applies, with hard negatives
(money mentioned in passing, "I hear you're moving teams", a courtesy thanks
before criticism). The replays' hand labels (`tests/data/replays/*.signals.yaml`)
are a third dev set. The held-out `flags_test.jsonl` is scored by the lead, not
here. `benchmarks/bench_flags_quality.py` prints the full table.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from rehearse.engine.replies import parse_replies
from rehearse.scoring.evaluation import FlagExample, evaluate_flags, load_flags, micro
from rehearse.scoring.signals import flag_evidence
from rehearse.signals import FLAG_NAMES, NEGATIVE_FLAGS

DATA = Path(__file__).parent / "data" / "signals"
REPLAYS = Path(__file__).parent / "data" / "replays"

# Floors a little below what the dev sets reach, so a harmless change does not flake.
RECALL_FLOOR = 0.8
PRECISION_FLOOR = 0.8
NEGATIVE_PRECISION_FLOOR = 0.9  # a false negative flag makes the persona react to nothing


def detect(text: str) -> list[str]:
    return list(flag_evidence(text))


def replay_examples() -> list[FlagExample]:
    examples = []
    for labels_path in sorted(REPLAYS.glob("*.signals.yaml")):
        scenario_id = labels_path.name.split(".")[0]
        labels = yaml.safe_load(labels_path.read_text(encoding="utf-8"))
        for kind in ("good", "poor"):
            texts = parse_replies(
                (REPLAYS / f"{scenario_id}.{kind}.txt").read_text(encoding="utf-8")
            )
            for number, (text, label) in enumerate(zip(texts, labels[kind], strict=True)):
                flags = frozenset(label.get("flags") or ())
                examples.append(FlagExample(f"{scenario_id}.{kind}[{number}]", text, flags))
    return examples


@pytest.mark.parametrize("name", ["flags_dev.jsonl", "flags_dev2.jsonl"])
def test_every_flag_meets_its_floors_on_the_dev_sets(name: str) -> None:
    reports, misses = evaluate_flags(load_flags(DATA / name), detect)
    assert {r.flag for r in reports} == FLAG_NAMES
    for report in reports:
        if report.support:
            assert report.recall >= RECALL_FLOOR, (report.flag, report.recall, misses)
        if report.fired:
            floor = NEGATIVE_PRECISION_FLOOR if report.flag in NEGATIVE_FLAGS else PRECISION_FLOOR
            assert report.precision >= floor, (report.flag, report.precision, misses)


def test_the_dev_set_is_large_and_covers_every_flag_with_hard_negatives() -> None:
    examples = load_flags(DATA / "flags_dev.jsonl")
    assert len(examples) >= 150
    for flag in FLAG_NAMES:
        assert sum(flag in e.flags for e in examples) >= 5, flag
    assert sum(not e.flags for e in examples) >= 40  # turns no flag should fire on


def test_the_replay_labels_agree_with_the_scorer() -> None:
    reports, misses = evaluate_flags(replay_examples(), detect)
    precision, recall = micro(reports)
    assert precision >= 0.85 and recall >= 0.85, misses
    negatives = [r for r in reports if r.flag in NEGATIVE_FLAGS and r.fired]
    assert all(r.precision == 1.0 for r in negatives), misses


def test_a_bad_line_names_the_file_and_the_line(tmp_path: Path) -> None:
    path = tmp_path / "flags.jsonl"
    good = {"id": "a", "text": "I hear you.", "flags": ["acknowledged_concern"], "note": ""}
    bad = {"id": "b", "text": "Okay.", "flags": ["not_a_flag"], "note": ""}
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"flags\.jsonl:2: unknown flags: not_a_flag"):
        load_flags(path)


def test_the_held_out_flag_set_stays_where_it_stands() -> None:
    """`flags_test.jsonl` was labelled by someone who never saw the detectors, and is
    never tuned against: micro precision 0.87 and recall 0.68 when it was first
    scored. These floors keep it from sliding; the negative flags keep their precision."""
    path = DATA / "flags_test.jsonl"
    if not path.exists():
        pytest.skip("no held-out flag set")
    reports, _ = evaluate_flags(load_flags(path), detect)
    precision, recall = micro(reports)
    assert precision >= 0.82 and recall >= 0.62, (precision, recall)
    for report in reports:
        if report.flag in NEGATIVE_FLAGS and report.fired:
            assert report.precision >= 0.75, report.flag
