"""The app's pure parts: library filtering, the chart, the briefing, labels and meters."""

from __future__ import annotations

import pytest

from rehearse.config import load_settings
from rehearse.scenarios import CATEGORIES, load_all
from rehearse.scoring import score as score_text
from rehearse.scoring.result import CriterionScore, Flag, RubricResult, Span
from rehearse.store import Store
from rehearse.tui.briefing import briefing_content
from rehearse.tui.formatting import md_escape, md_escape_piece, meter, short_date
from rehearse.tui.library import Entry, Library, last_results
from rehearse.tui.model_status import ModelStatus
from rehearse.tui.widgets.progress_chart import Point, chart_lines, series
from rehearse.tui.widgets.rubric_panel import rubric_content
from rehearse.tui.widgets.session_strip import strip_content
from tests.tui.conftest import SCENARIO, good_replies, rehearse

SCENARIOS = [loaded.scenario for loaded in load_all(load_settings()).scenarios]


def library() -> Library:
    return Library(tuple(Entry(s, "builtin") for s in SCENARIOS), categories=CATEGORIES)


def test_the_library_groups_in_category_order_easiest_first() -> None:
    groups = library().grouped()
    labels = [label for label, _ in groups]
    assert labels == [CATEGORIES[c] for c in CATEGORIES if any(s.category == c for s in SCENARIOS)]
    for _, entries in groups:
        difficulties = [e.scenario.difficulty for e in entries]
        assert difficulties == sorted(difficulties)
    assert sum(len(entries) for _, entries in groups) == len(SCENARIOS)


@pytest.mark.parametrize(
    ("query", "expected"),
    [("marco", {SCENARIO}), ("MARCO billing", {SCENARIO}), ("no-such-words-anywhere", set())],
)
def test_filtering_matches_every_word(query: str, expected: set[str]) -> None:
    found = {e.scenario.id for _, entries in library().grouped(query) for e in entries}
    assert found == expected


def test_the_last_result_is_the_newest_session_with_its_debrief_totals() -> None:
    settings = load_settings(voice="scripted")
    store = Store()
    rehearse(settings, good_replies()[:1], end=True, store=store)
    newest = rehearse(settings, good_replies()[:2], end=True, store=store)
    latest = last_results(store.sessions())
    assert set(latest) == {SCENARIO}
    last = latest[SCENARIO]
    assert last.session_id == newest.session_id
    assert last.status == "ended"
    totals = store.session(newest.session_id).debrief["coverage_totals"]  # type: ignore[index]
    assert last.totals == {r: (t, m) for r, (t, m) in totals.items()}


def test_a_session_still_running_has_a_status_and_no_totals() -> None:
    store = Store()
    running = rehearse(load_settings(voice="scripted"), good_replies()[:1], store=store)
    last = last_results(store.sessions())[SCENARIO]
    assert (last.session_id, last.status, last.totals) == (running.session_id, "active", {})


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_the_briefing_never_shows_what_the_user_must_discover(scenario: object) -> None:
    from rehearse.scenarios import Scenario

    assert isinstance(scenario, Scenario)
    shown = " ".join(briefing_content(scenario, CATEGORIES).plain.split())
    assert scenario.persona.name in shown
    assert " ".join(scenario.user.goal.split()) in shown
    hidden = [scenario.persona.hidden_concern]
    for stage in scenario.stages:
        hidden += [stage.direction, stage.hint, stage.advance_when]
        hidden += [
            line
            for reaction in ("dismissed", "acknowledged", "advanced")
            for line in stage.lines.for_reaction(reaction)
        ]  # type: ignore[arg-type]
    for text in hidden:
        assert " ".join(text.split()) not in shown


def test_series_are_oldest_first_and_filtered() -> None:
    rows = [
        {
            "session_id": "b",
            "scenario": "x",
            "date": "2025-03-04T10:00:00+00:00",
            "totals": {"sbi": {"total": 4, "max": 6}},
        },
        {
            "session_id": "a",
            "scenario": "y",
            "date": "2025-03-03T10:00:00+00:00",
            "totals": {"sbi": {"total": 2, "max": 6}, "smartt": {"total": 5, "max": 12}},
        },
    ]
    assert series(rows, "sbi") == [Point("a", 2, 6, "03-03"), Point("b", 4, 6, "03-04")]
    assert series(rows, "smartt") == [Point("a", 5, 12, "03-03")]
    assert series(rows, "sbi", scenario="x") == [Point("b", 4, 6, "03-04")]


def test_the_chart_keeps_the_newest_bars_that_fit_and_scales_to_the_maximum() -> None:
    points = [Point(f"s{i}", i % 7, 6, "03-03") for i in range(40)]
    lines = chart_lines(points, width=44, height=6)
    assert len(lines) == 6 + 3  # bars, axis, values, dates
    fitted = (44 - 4) // 4
    values = lines[7].plain.split()
    assert values == [str(p.value) for p in points[-fitted:]]
    top = lines[0].plain
    full = [p for p in points[-fitted:] if p.value == 6]
    assert top.count("█" * 3) == len(full)  # only the bars at the maximum reach the top row


def test_an_empty_chart_says_so() -> None:
    assert chart_lines([], width=80, height=6)[0].plain == "No scored sessions yet."


def test_the_rubric_panel_quotes_evidence_and_gives_advice_below_two() -> None:
    text = "Yesterday you merged it."
    result = RubricResult(
        rubric="sbi",
        total=3,
        max=6,
        criteria=[
            CriterionScore(
                id="situation", score=2, evidence=[Span(text="Yesterday", start=0, end=9)]
            ),
            CriterionScore(
                id="behavior",
                score=1,
                evidence=[Span(text="you merged it", start=10, end=23)],
                advice="Say what exactly.",
            ),
            CriterionScore(id="impact", score=0, advice="Say what it cost."),
        ],
        flags=[Flag(kind="label", span=Span(text="merged", start=14, end=20))],
        scorer="rules",
    )
    assert text[10:23] == "you merged it"
    shown = rubric_content("sbi", result).plain
    assert "SBI  3/6" in shown
    assert "“Yesterday”" in shown and "“you merged it”" in shown
    assert "→ Say what exactly." in shown and "→ Say what it cost." in shown
    assert "⚑ label: “merged”" in shown
    assert "SBI  –/6" in rubric_content("sbi", None).plain


def test_the_same_word_flagged_twice_is_one_line_counted() -> None:
    # seen in tmux: "Product always pushes dates and engineering always pays for it" showed
    # "⚑ absolute: “always”" twice
    text = "Always the same: product always pushes dates and engineering always pays for it."
    shown = rubric_content("smartt", score_text(text, "smartt")).plain
    assert shown.count("⚑ absolute:") == 1
    assert "⚑ absolute: “Always” ×3" in shown


def test_a_turn_that_earns_nothing_gets_one_piece_of_advice_in_a_conversation() -> None:
    result = score_text("Hi Aisha, how are you finding the standups lately?", "smartt")
    assert result.total == 0
    in_conversation = rubric_content("smartt", result, in_conversation=True).plain
    assert in_conversation.count("→") == 0 and "the debrief keeps each criterion's best" in (
        in_conversation
    )
    assert f"When you get to it: {result.criterion('specific').advice}" in in_conversation
    # Quick score is asked to judge the message itself: every gap keeps its advice.
    assert rubric_content("smartt", result).plain.count("→") == 6


def test_the_one_piece_of_advice_skips_criteria_an_earlier_turn_met() -> None:
    result = score_text("What was going on for you when Priya was presenting?", "sbi")
    assert result.total == 0
    after_situation = rubric_content(
        "sbi", result, in_conversation=True, met_earlier={"situation"}
    ).plain
    assert f"When you get to it: {result.criterion('behavior').advice}" in after_situation
    assert result.criterion("situation").advice not in after_situation
    after_all = rubric_content(
        "sbi", result, in_conversation=True, met_earlier={"situation", "behavior", "impact"}
    ).plain
    assert "When you get to it" not in after_all
    assert "Every criterion is met in an earlier turn." in after_all


@pytest.mark.parametrize(("score", "plain"), [(0, "□□"), (1, "■□"), (2, "■■"), (None, "??")])
def test_meters(score: int | None, plain: str) -> None:
    assert meter(score).plain == plain


def test_markdown_escaping_keeps_text_as_data() -> None:
    assert md_escape("a *b*  [c]\n d_e") == r"a \*b\* \[c\] d\_e"
    assert md_escape_piece(" Next *one*.") == r" Next \*one\*."


def test_dates_show_in_local_time() -> None:
    assert short_date("2025-03-04T09:30:00+00:00") == "2025-03-04 09:30"  # the fixture's UTC
    assert short_date("not a date at all") == "not a date at all"[:16]


@pytest.mark.parametrize(
    ("status", "label"),
    [
        (ModelStatus("", "checking"), "model: …"),
        (ModelStatus("embedded/smollm2"), "model: embedded/smollm2 … checking"),
        (ModelStatus("embedded/smollm2", "ok", 41.6), "model: embedded/smollm2 ✓ 42 ms"),
        (ModelStatus("x/y", "failed", error="timed out"), "model: x/y ✗ timed out"),
    ],
)
def test_model_status_labels(status: ModelStatus, label: str) -> None:
    assert status.label == label


def test_the_strip_shows_the_stage_by_number_only() -> None:
    shown = strip_content(
        persona="Marco",
        stage_number=2,
        stages=4,
        resistance=7,
        stance="resistant",
        trend=1,
        turns_left=9,
        status="active",
    ).plain
    assert shown.startswith("Stage 2/4")
    assert "Marco is resistant" in shown and "▲" in shown and "9 turns left" in shown
    done = strip_content(
        persona="Marco",
        stage_number=4,
        stages=4,
        resistance=2,
        stance="open",
        trend=-1,
        turns_left=3,
        status="success",
    ).plain
    assert "complete ✓" in done


def test_a_quoted_turn_names_its_rubric_when_judged_on_fewer_than_the_scenario_has() -> None:
    from rehearse.engine import Rehearsal
    from rehearse.scenarios import get
    from rehearse.tui.widgets.debrief_view import quotes_content

    settings = load_settings(voice="scripted")
    scenario = get("address-underperformance", settings).scenario
    rehearsal = Rehearsal.start(scenario, store=Store(), settings=settings, voice="scripted")
    rehearsal.take_turn(good_replies("address-underperformance")[0])  # feedback, no ask
    debrief = rehearsal.end()
    content = quotes_content(debrief)
    assert content is not None and debrief.weakest is not None
    assert f"(1, SBI {debrief.weakest.total}/6)" in content.plain
    # One rubric, or a turn judged on all of them: the plain score, as before.
    single = debrief.model_copy(update={"coverage_totals": {"sbi": [6, 6]}})
    assert f"(1, {debrief.weakest.total}/6)" in quotes_content(single).plain  # type: ignore[union-attr]
