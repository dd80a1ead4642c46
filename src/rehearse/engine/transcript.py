"""A stored session as Markdown or JSON, for `rehearse show` and `rehearse export`."""

from __future__ import annotations

from typing import Any

from rehearse.engine.debrief import improvements_heading, nothing_to_change_text
from rehearse.store import SessionRecord, TurnRecord
from rehearse.wording import count


def session_json(record: SessionRecord) -> dict[str, Any]:
    return {
        "session_id": record.id,
        "scenario": record.scenario_id,
        "title": record.scenario_title,
        "voice": record.voice,
        "model": record.model,
        "started_at": record.started_at,
        "ended_at": record.ended_at,
        "status": record.status,
        "stage": record.stage_id,
        "turns": [turn_json(t) for t in record.turns],
        "debrief": record.debrief,
    }


def turn_json(turn: TurnRecord) -> dict[str, Any]:
    data: dict[str, Any] = {
        "seq": turn.seq,
        "role": turn.role,
        "text": turn.text,
        "stage": turn.stage_id,
        "at": turn.created_at,
    }
    if turn.role == "persona":
        data |= {"source": turn.source, "reaction": turn.reaction, "note": turn.note}
    else:
        data["signals"] = (turn.signals or {}).get("flags", [])
        data["scores"] = {
            s.rubric: {
                "scorer": s.scorer,
                "total": s.total,
                "max": s.max,
                "criteria": {c["id"]: c["score"] for c in s.result.get("criteria", [])},
            }
            for s in turn.scores
        }
    return data


def session_markdown(record: SessionRecord, persona_name: str | None = None) -> str:
    persona = persona_name or "Persona"
    lines = [
        f"# {record.scenario_title}",
        "",
        f"- Session: `{record.id}`",
        f"- Started: {record.started_at}",
        f"- Outcome: {record.status} (stage: {record.stage_id})",
        f"- Voice: {record.voice} ({record.model})",
        "",
        "## Transcript",
        "",
    ]
    for turn in record.turns:
        if turn.role == "user":
            scores = ", ".join(f"{s.rubric.upper()} {s.total}/{s.max}" for s in turn.scores)
            lines.append(f"**You**: {turn.text}")
            if scores:
                lines.append(f"<sub>{scores}</sub>")
        else:
            marker = (
                " _(scripted line)_"
                if turn.source == "scripted" and turn.reaction != "opening"
                else ""
            )
            lines.append(f"**{persona}**: {turn.text}{marker}")
            if turn.note:
                lines.append(f"<sub>{turn.note}</sub>")
        lines.append("")
    debrief = record.debrief
    if debrief:
        lines += debrief_markdown(debrief)
    return "\n".join(lines).rstrip() + "\n"


def debrief_markdown(debrief: dict[str, Any]) -> list[str]:
    outcome = debrief["outcome"]
    lines = [
        "## Debrief",
        "",
        f"**{'Success' if outcome['success'] else 'Not there yet'}**: stage "
        f"{outcome['stage_number']} of {outcome['stages']} ({outcome['stage']}), "
        f"{count(outcome['turns'], 'turn')}. {outcome['summary']}",
        "",
    ]
    if debrief.get("coverage"):
        lines += ["| rubric | criterion | best | evidence |", "| --- | --- | --- | --- |"]
        for item in debrief["coverage"]:
            lines.append(
                f"| {item['rubric'].upper()} | {item['name']} | {item['best']}/2 | {item.get('evidence') or ''} |"
            )
        lines.append("")
    strongest, weakest = debrief.get("strongest"), debrief.get("weakest")
    if strongest and weakest and strongest["turn"] == weakest["turn"]:
        weakest = None  # one turn stood for all: quote it once
    if strongest:
        lines.append(f"Strongest turn ({strongest['turn']}): “{strongest['text']}”")
    if weakest:
        lines.append(f"Weakest turn ({weakest['turn']}): “{weakest['text']}”")
    lines.append("")
    if debrief.get("improvements"):
        lines.append(f"### {improvements_heading(len(debrief['improvements']))}")
        lines.append("")
        for number, item in enumerate(debrief["improvements"], start=1):
            lines.append(f"{number}. **{item['name']}**: {item['advice']}")
            lines.append(f"   - Instead of: “{item['original']}”")
            lines.append(f"   - Try: “{item['example']}”")
        lines.append("")
    elif debrief.get("turns") and all(c["best"] == 2 for c in debrief.get("coverage", [])):
        success = bool(debrief.get("outcome", {}).get("success"))
        lines += [f"### {improvements_heading(0)}", "", nothing_to_change_text(success), ""]
    if debrief.get("coach"):
        lines += [f"### Coach ({debrief.get('coach_model')})", "", debrief["coach"], ""]
    if debrief.get("next_steps"):
        lines.append("### Next")
        lines.append("")
        lines += [f"- {step}" for step in debrief["next_steps"]]
    return lines
