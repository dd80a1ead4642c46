"""The readers a message can be rewritten for.

Each audience has a profile in `prompts/rewrite_profile_<name>.j2` (what the
reader cares about, what to lead with, tone and length), included by
`prompts/rewrite_audience.j2`; a user may override either file.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Audience:
    name: str
    label: str
    reader: str


AUDIENCES: dict[str, Audience] = {
    audience.name: audience
    for audience in (
        Audience("executive", "Executive", "a VP or the CEO: impact, cost, risk and the decision"),
        Audience(
            "product", "Product manager", "knows the product, not the code: users, scope, dates"
        ),
        Audience("customer", "Customer", "uses the product: what happened to them and what to do"),
        Audience(
            "team", "Whole team", "engineers and non-engineers alike: what changes, who owns what"
        ),
    )
}


def get_audience(name: str) -> Audience:
    try:
        return AUDIENCES[name]
    except KeyError:
        known = ", ".join(AUDIENCES)
        raise ValueError(f"unknown audience {name!r}: choose one of {known}") from None
