"""`rehearse scenarios new ID`: a commented starter file that already validates."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from rehearse.scenarios.model import ID_MAX_LENGTH, ID_PATTERN

if TYPE_CHECKING:
    from rehearse.config import Settings


class StarterError(Exception):
    """The id is malformed, taken, or the file exists already."""


_STARTER = """\
# A rehearse scenario. The format is described in scenarios/README.md of the
# rehearse repository. Check your edits with:
#   rehearse scenarios validate {path}
# Every key below is required; unknown keys are errors (typos do not pass).

id: {id}                      # lowercase words joined by hyphens; must be unique
title: {title}
category: delegation          # delegation, feedback, receiving-feedback, performance,
                              # stakeholders, change, conflict or career
difficulty: 1                 # 1 (gentle) to 3 (hard)
summary: >-
  One or two sentences the user reads before starting: who, what, why now.

user:                         # the person rehearsing (you)
  role: tech lead of the payments team
  goal: Sam agrees to own the release checklist from next sprint.
  context:                    # facts you know going in
    - Releases go out every second Thursday; you have run the checklist for a year.
    - Sam has shipped the last four releases without a rollback.

persona:                      # the other person
  name: Sam
  role: backend engineer
  seniority: mid-level, two years on the team
  traits: [careful, quiet in meetings]
  cares_about: [not being the one who breaks production]
  hidden_concern: >-
    Sam is afraid of owning a release that goes wrong with nobody to call.
  speaking_style: short sentences, asks practical questions

rubrics: [smartt]             # sbi, smartt, or both: they score every user turn

opening:
  speaker: persona            # persona (line = their first words) or user
  line: You wanted to talk about the release?

turn_limit: 12                # at least 10; leave room for missteps

debrief:                      # the debrief's verdict, on success or not
  success: Sam took the checklist with a date, support and a way to follow up.
  failure: Sam left without a clear ask, or with the fear still unspoken.

# Stages are played in order. advance_when is a condition over signals
# (see the README for the list): flags like acknowledged_concern, levels like
# smartt.time_bound >= 2, combined with and / or / not and parentheses.
# On a turn that meets it the persona answers with an `advanced` line and the
# next stage begins; meeting the last stage's condition ends the rehearsal.
# Otherwise the persona answers `dismissed` (the turn was negative or empty)
# or `acknowledged`. Give at least two lines per reaction so replies vary.
stages:
  - id: why-me
    direction: Sam is surprised and wants to know why this is coming to them.
    lines:
      dismissed:
        - That sounds like you just want it off your plate.
        - I'm not sure why this is my problem.
      acknowledged:
        - Okay. But why me and not someone more senior?
        - I see. What would it actually involve?
      advanced:
        - That's fair, I did want more ownership. What worries me is being alone when it breaks.
        - Right, I did ask for that. My worry is what happens when something fails at 6pm.
    advance_when: related_to_goals or smartt.relevant >= 2
    hint: Tell Sam why this matters to the team and to Sam's own goals.

  - id: the-worry
    direction: Sam voices the fear of owning a bad release alone.
    lines:
      dismissed:
        - Easy to say when you're not the one holding the pager.
        - So I'm just supposed to figure it out?
      acknowledged:
        - Yeah. It's the rollback part that gets me.
        - I just don't want to be the person who broke checkout.
      advanced:
        - Thanks. Knowing that helps.
        - Okay, that makes it feel less like a trap.
    advance_when: acknowledged_concern or asked_open_question
    hint: Name the worry out loud, or ask Sam what worries them most.

  - id: backing
    direction: Sam wants to know who backs them up.
    lines:
      dismissed:
        - So it's all on me, then.
        - That doesn't answer who I call.
      acknowledged:
        - And if something goes wrong during the release?
        - Would you still be around for the first one?
      advanced:
        - If you shadow the first one, I can do it.
        - Okay, with you on call for the first two, I'm in.
    advance_when: offered_support
    hint: Offer concrete support, for example shadowing the first release.

  - id: the-ask
    direction: Sam is ready to say yes to a clear, dated request.
    lines:
      dismissed:
        - I still don't know what you're actually asking.
        - Starting when, exactly?
      acknowledged:
        - Okay. When would I start?
        - And how do we check it's going fine?
      advanced:
        - Deal. I'll run the next release and we review it together after.
        - Sounds good. I'll take the checklist from next sprint.
    advance_when: clear_ask and smartt.time_bound >= 2
    hint: Ask for exactly what you need, with a date and how you will follow up.
"""


def check_id(scenario_id: str) -> None:
    if len(scenario_id) > ID_MAX_LENGTH or not re.fullmatch(ID_PATTERN, scenario_id):
        raise StarterError(
            f"{scenario_id!r} is not a valid scenario id: use lowercase words and digits "
            f"joined by hyphens, at most {ID_MAX_LENGTH} characters (e.g. 'ask-sam-for-release')"
        )


def starter_text(scenario_id: str, path: Path | str = "<this file>") -> str:
    check_id(scenario_id)
    title = scenario_id.replace("-", " ").capitalize()
    return _STARTER.format(id=_plain(scenario_id), title=_plain(title), path=path)


def _plain(text: str) -> str:
    """`text` as a YAML string: bare when YAML reads it back as that string
    (not `yes`, `null` or `2024`), quoted otherwise."""
    return text if yaml.safe_load(text) == text else f'"{text}"'


def write_starter(scenario_id: str, settings: Settings) -> Path:
    """Write `<scenario_dir>/<id>.yaml`; never overwrites, never shadows a built-in id."""
    from rehearse.scenarios.loader import load_all

    check_id(scenario_id)
    path = settings.scenario_dir / f"{scenario_id}.yaml"
    if path.exists():
        raise StarterError(f"{path} already exists; edit it, or pick another id")
    existing = load_all(settings).find(scenario_id)
    if existing is not None:
        raise StarterError(f"the id {scenario_id!r} is taken by {existing.path}; pick another id")
    settings.scenario_dir.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as handle:  # "x": never clobber a file
        handle.write(starter_text(scenario_id, path))
    return path
