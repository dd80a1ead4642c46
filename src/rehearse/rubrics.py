"""The SBI and SMARTT rubrics as data: criteria and their level descriptions.

The contract is `shared/spec/rubrics.md`; the rule scorer, the LLM judge's
prompt, scenario validation and the front ends all read it from here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Criterion:
    id: str
    name: str
    question: str
    levels: tuple[str, str, str]  # what 0, 1 and 2 mean


@dataclass(frozen=True)
class Rubric:
    id: str
    name: str
    purpose: str
    criteria: tuple[Criterion, ...]

    @property
    def max_total(self) -> int:
        return 2 * len(self.criteria)

    def criterion(self, criterion_id: str) -> Criterion:
        for criterion in self.criteria:
            if criterion.id == criterion_id:
                return criterion
        raise KeyError(f"{self.id} has no criterion {criterion_id!r}")

    @property
    def criterion_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.criteria)


SBI = Rubric(
    id="sbi",
    name="SBI (Situation, Behavior, Impact)",
    purpose="Feedback grounded in observable facts, easier to hear and less defensive.",
    criteria=(
        Criterion(
            "situation",
            "Situation",
            "When and where did it happen?",
            (
                "no context at all",
                "vague or general context: 'recently', 'lately', 'in meetings', 'earlier'",
                "a specific, identifiable occasion: when and/or where "
                "('in yesterday's planning meeting', 'the PR you merged last night')",
            ),
        ),
        Criterion(
            "behavior",
            "Behavior",
            "What exactly did the person do or say?",
            (
                "no behavior, or only labels, traits or guesses about inner states "
                "('you're careless', 'you don't care')",
                "a behavior, but generalized ('always', 'never', 'a lot') or mixed with "
                "judgment or assumed intent",
                "observable, specific actions or words, without labels or mind-reading "
                "('you interrupted Priya twice while she presented')",
            ),
        ),
        Criterion(
            "impact",
            "Impact",
            "What effect did it have?",
            (
                "no effect stated",
                "a vague effect or a bare feeling ('which wasn't great', 'I feel frustrated')",
                "a concrete effect on the speaker, people, or the work "
                "(delay, rework, confusion, someone went quiet, a customer waited)",
            ),
        ),
    ),
)

SMARTT = Rubric(
    id="smartt",
    name="SMARTT (Specific, Measurable, Achievable, Relevant, Time-bound, Trackable)",
    purpose="A delegation brief or growth plan the other person can act on and track.",
    criteria=(
        Criterion(
            "specific",
            "Specific",
            "Is the expected outcome and its scope clear?",
            (
                "no identifiable task ('look into it', or no ask at all)",
                "a task is named but the outcome, scope or people involved are unclear "
                "('own the Kafka migration')",
                "the expected outcome and its scope are clear, and who else is involved "
                "where relevant",
            ),
        ),
        Criterion(
            "measurable",
            "Measurable",
            "How will you both know it is done?",
            (
                "no way to tell when it is done",
                "a direction or a qualitative done-criterion ('reduce the bugs')",
                "a number, threshold or concrete deliverable ('from 14 to 5 P1 bugs', "
                "'an ADR with three options and a recommendation')",
            ),
        ),
        Criterion(
            "achievable",
            "Achievable",
            "Is it feasible, and with what support?",
            (
                "feasibility not addressed",
                "touched vaguely ('if you have time', 'whenever you get a chance')",
                "resources, time or support are named, or feasibility is explicitly checked "
                "('two days per sprint', 'does March 31 feel realistic?')",
            ),
        ),
        Criterion(
            "relevant",
            "Relevant",
            "Why does it matter?",
            (
                "no reason given",
                "a vague reason ('it's important')",
                "an explicit why tied to a team, customer or business goal "
                "('it blocks the datacenter shutdown, which saves $8k a month')",
            ),
        ),
        Criterion(
            "time_bound",
            "Time-bound",
            "By when?",
            (
                "no time frame ('no rush')",
                "vague time ('ASAP', 'soon', 'at some point this quarter-ish')",
                "a concrete deadline, date or duration ('by Thursday', 'within six weeks')",
            ),
        ),
        Criterion(
            "trackable",
            "Trackable",
            "How will progress be followed?",
            (
                "no follow-up",
                "vague ('keep me posted', 'let me know how it goes')",
                "a concrete mechanism and/or cadence ('a shared page updated every Friday', "
                "'we review it in our Monday one-on-one')",
            ),
        ),
    ),
)

RUBRICS: dict[str, Rubric] = {rubric.id: rubric for rubric in (SBI, SMARTT)}


def get_rubric(rubric_id: str) -> Rubric:
    try:
        return RUBRICS[rubric_id]
    except KeyError:
        known = ", ".join(RUBRICS)
        raise KeyError(f"unknown rubric {rubric_id!r} (known: {known})") from None
