"""The deterministic plain-language version of a message.

Three moves, none of which touches a fact:
1. glossary terms that have an everyday stand-in are replaced by it
   ("latency" -> "response time"), in the same grammatical form;
2. glossary terms without one, or that are themselves facts (p95, SEV1), are
   explained once, in a short sentence after the sentence that uses them;
3. long sentences are split at clause boundaries ("; ", ", but", ", so",
   ", which", " — ").
Links, e-mail addresses and `code` are left exactly as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from rehearse.rewrite.facts import extract_facts
from rehearse.rewrite.glossary import Match, glossary, inflect
from rehearse.rewrite.tokens import Spans, protected_spans, sentence_spans, tokens

SPLIT_OVER = 14  # words: a longer sentence is split when it has a clause boundary
MIN_PART = 3  # words: each half of a split keeps at least this many

# Clause boundaries, and what the second half starts with instead of the joiner.
_BOUNDARY = re.compile(
    r"\s*;\s+|:\s+(?=\S+\s+\S+\s+\S+\s+\S)|\s+[—–]\s+|\s+-\s+|,\s+(?P<joiner>but|so|because|which|while|although|though|"
    r"and(?=\s+(?:we|they|it|he|she|I|you|this|that|these|those|the|our|their|there)\b))\s+"
    r"|\s+(?P<cause>because)\s+(?!of\b)"
)
_ADJACENT = re.compile(r"(?:['’]s)? ")
_SUBJECT_BEFORE = re.compile(r"\b(?:it|they|he|she|which|that|who)\s+$", re.IGNORECASE)
_DETERMINER = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Yy]our|[Mm]y|[Ii]ts|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)"
    r"|['’]s) $"
)
_OPENERS = {
    None: "",
    "but": "But ",
    "so": "So ",
    "because": "That is because ",
    "which": "This ",
    "while": "Meanwhile, ",
    "although": "Still, ",
    "though": "Still, ",
    "and": "",
}


def plain_version(text: str) -> str:
    """`text` in plainer words and shorter sentences, with every fact as written."""
    facts = Spans((f.start, f.end) for f in extract_facts(text))
    skip = Spans(protected_spans(text))
    words = [t for t in tokens(text) if not skip.overlaps(t.start, t.end)]
    hits = glossary().find(text, words)
    explained: set[str] = set()
    pieces: list[str] = []
    position = 0
    next_hit = 0
    for start, end in sentence_spans(text):
        pieces.append(text[position:start])
        sentence_hits = []
        while next_hit < len(hits) and hits[next_hit].start < end:
            if hits[next_hit].start >= start:
                sentence_hits.append(hits[next_hit])
            next_hit += 1
        sentence, notes = _substitute(text, start, end, sentence_hits, facts, explained)
        pieces.append(" ".join(split_long(sentence)))
        if notes:
            if not re.search(r"[.!?:]['\"”’)]*$", sentence):
                pieces.append(".")
            pieces.append(" " + " ".join(notes))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _substitute(
    text: str,
    start: int,
    end: int,
    hits: list[Match],
    facts: Spans,
    explained: set[str],
) -> tuple[str, list[str]]:
    out: list[str] = []
    notes: list[str] = []
    position = start
    for index, hit in enumerate(hits):
        entry = hit.entry
        following = hits[index + 1] if index + 1 < len(hits) else None
        # "Kubernetes cluster": a term that only qualifies the next one keeps its
        # name (and is explained), or the stand-ins would pile up.
        qualifies_next = (
            following is not None
            and _ADJACENT.fullmatch(text[hit.end : following.start]) is not None
            and entry.pos == "noun"
            and following.entry.pos != "verb"
            and following.form not in ("ed", "ing")
        )
        # "it OOMs every few hours": a noun's stand-in cannot act as the verb ("it
        # out-of-memory crashes"), so the term stays and is explained.
        used_as_verb = (
            entry.pos == "noun"
            and hit.form == "s"
            and _SUBJECT_BEFORE.search(text[position : hit.start]) is not None
        )
        # "Postgres 12 to 16", "upgrade Postgres to 16": a product named with its version keeps
        # its name ("our database 12" reads as nonsense), and is explained.
        versioned = _VERSION_AFTER.match(text, hit.end, end) is not None
        if (
            entry.swap
            and not hit.part
            and not qualifies_next
            and not used_as_verb
            and not versioned
            and not facts.overlaps(hit.start, hit.end)
        ):
            before = text[position : hit.start]
            replacement = inflect(entry.swap, hit.form, entry.pos)
            if replacement.startswith(("our ", "the ")) and _DETERMINER.search(before):
                replacement = replacement.split(" ", 1)[
                    1
                ]  # "the Postgres upgrade" -> "the database upgrade"
            replacement = _without_repeated_noun(replacement, text[hit.end : end])
            if _opens_sentence(text, start, hit.start) and hit.text[:1].isupper():
                replacement = replacement[:1].upper() + replacement[1:]
            out.append(_fix_article(before, replacement))
            out.append(replacement)
            position = hit.end
        elif entry.term not in explained:
            explained.add(entry.term)
            notes.append(f"“{hit.text}” means {entry.plain}.")
    out.append(text[position:end])
    return "".join(out), notes


_VERSION_AFTER = re.compile(r"\s+(?:to\s+)?v?\d+(?:\.\d+)*\b")


def _without_repeated_noun(replacement: str, rest: str) -> str:
    """A stand-in does not repeat the noun after it.

    "websocket connections" becomes "live connections", not "live connection connections".
    """
    following = re.match(r"\s+(\w+)", rest)
    head, _, last = replacement.rpartition(" ")
    if following and head and last.lower().rstrip("s") == following.group(1).lower().rstrip("s"):
        return head
    return replacement


def _opens_sentence(text: str, sentence_start: int, at: int) -> bool:
    return not re.search(r"\w", text[sentence_start:at])


def _fix_article(before: str, replacement: str) -> str:
    """ "an API" -> "a ...", "a SLA" -> "an ..." once the term is replaced."""
    match = re.search(r"\b([Aa]n?) $", before)
    if not match:
        return before
    vowel = bool(re.match(r"(?:[aeioAEIO]|[uU]n)", replacement))
    article = match.group(1)
    wanted = ("An" if article[0] == "A" else "an") if vowel else ("A" if article[0] == "A" else "a")
    return before[: match.start(1)] + wanted + " "


def split_long(sentence: str) -> list[str]:
    """Split a sentence of more than SPLIT_OVER words at clause boundaries, middle first.

    Linear in the sentence length: words are counted with a prefix index, and the
    boundaries are found once.
    """
    starts = [t.start for t in tokens(sentence)]
    if len(starts) <= SPLIT_OVER:
        return [sentence]
    protected = Spans(
        [(f.start, f.end) for f in extract_facts(sentence)] + protected_spans(sentence)
    )
    depth = _bracket_depths(sentence)
    boundaries = [
        b
        for b in _BOUNDARY.finditer(sentence)
        if not protected.overlaps(b.start(), b.end()) and not depth[b.start()]
    ]

    def words(a: int, b: int) -> int:
        return bisect_left(starts, b) - bisect_left(starts, a)

    chosen: list[re.Match[str]] = []
    regions = [(0, len(sentence), 0, len(boundaries))]
    while regions:
        low, high, first, last = regions.pop()
        total = words(low, high)
        if total <= SPLIT_OVER:
            continue
        best: tuple[float, int] | None = None
        for k in range(first, last):
            left, right = words(low, boundaries[k].start()), words(boundaries[k].end(), high)
            if left >= MIN_PART and right >= MIN_PART:
                distance = abs(left - total / 2)
                if best is None or distance < best[0]:
                    best = (distance, k)
        if best is None:
            continue
        k = best[1]
        chosen.append(boundaries[k])
        regions.append((low, boundaries[k].start(), first, k))
        regions.append((boundaries[k].end(), high, k + 1, last))

    parts: list[str] = []
    position, joiner = 0, None
    for boundary in sorted(chosen, key=lambda b: b.start()):
        clause = sentence[position : boundary.start()].rstrip(" ,;:")
        parts.append(_OPENERS[joiner] + _capitalise(clause, joiner) + ".")
        position, joiner = boundary.end(), boundary.group("joiner") or boundary.group("cause")
    parts.append(_OPENERS[joiner] + _capitalise(sentence[position:], joiner))
    return parts


def _bracket_depths(text: str) -> list[bool]:
    """For each position: is it inside (brackets), "quotes" or `code`?"""
    inside: list[bool] = []
    parens = quotes = ticks = 0
    for ch in text:
        inside.append(parens > 0 or quotes % 2 == 1 or ticks % 2 == 1)
        if ch == "(":
            parens += 1
        elif ch == ")":
            parens = max(0, parens - 1)
        elif ch == '"':
            quotes += 1
        elif ch == "`":
            ticks += 1
    inside.append(parens > 0 or quotes % 2 == 1 or ticks % 2 == 1)
    return inside


def _capitalise(clause: str, joiner: str | None) -> str:
    if joiner not in (None, "and"):
        return clause  # the opener ("But ", "So ") starts the sentence
    first = re.match(r"[a-z]+\b", clause)
    if first and not re.match(r"[a-z]+[A-Z_.\d]", clause):
        return clause[:1].upper() + clause[1:]
    return clause
