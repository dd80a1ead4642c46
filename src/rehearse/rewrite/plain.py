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

from rehearse.rewrite.facts import extract_facts
from rehearse.rewrite.glossary import Match, glossary, inflect
from rehearse.rewrite.tokens import overlaps, protected_spans, sentence_spans, tokens

SPLIT_OVER = 14  # words: a longer sentence is split when it has a clause boundary
MIN_PART = 3  # words: each half of a split keeps at least this many

# Clause boundaries, and what the second half starts with instead of the joiner.
_BOUNDARY = re.compile(
    r"\s*;\s+|:\s+(?=\S+\s+\S+\s+\S+\s+\S)|\s+[—–]\s+|\s+-\s+|,\s+(?P<joiner>but|so|because|which|while|although|though|"
    r"and(?=\s+(?:we|they|it|he|she|I|you|this|that|these|those|the|our|their|there)\b))\s+"
    r"|\s+(?P<cause>because)\s+(?!of\b)"
)
_ADJACENT = re.compile(r"(?:['’]s)? ")
_DETERMINER = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Yy]our|[Mm]y|[Ii]ts|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)|['’]s) $")
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
    facts = [(f.start, f.end) for f in extract_facts(text)]
    skip = protected_spans(text)
    words = [t for t in tokens(text) if not overlaps(t.start, t.end, skip)]
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
    facts: list[tuple[int, int]],
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
        if entry.swap and not hit.part and not qualifies_next and not overlaps(hit.start, hit.end, facts):
            before = text[position : hit.start]
            replacement = inflect(entry.swap, hit.form, entry.pos)
            if replacement.startswith(("our ", "the ")) and _DETERMINER.search(before):
                replacement = replacement.split(" ", 1)[1]  # "the Postgres upgrade" -> "the database upgrade"
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


def _opens_sentence(text: str, sentence_start: int, at: int) -> bool:
    return not re.search(r"\w", text[sentence_start:at])


def _fix_article(before: str, replacement: str) -> str:
    """"an API" -> "a ...", "a SLA" -> "an ..." once the term is replaced."""
    match = re.search(r"\b([Aa]n?) $", before)
    if not match:
        return before
    vowel = bool(re.match(r"(?:[aeioAEIO]|[uU]n)", replacement))
    article = match.group(1)
    wanted = ("An" if article[0] == "A" else "an") if vowel else ("A" if article[0] == "A" else "a")
    return before[: match.start(1)] + wanted + " "


def split_long(sentence: str) -> list[str]:
    """Split a sentence of more than SPLIT_OVER words at the clause boundary nearest its middle."""
    if _word_count(sentence) <= SPLIT_OVER:
        return [sentence]
    facts = [(f.start, f.end) for f in extract_facts(sentence)] + protected_spans(sentence)
    total = _word_count(sentence)
    best: tuple[float, re.Match[str]] | None = None
    for boundary in _BOUNDARY.finditer(sentence):
        left, right = sentence[: boundary.start()], sentence[boundary.end() :]
        if overlaps(boundary.start(), boundary.end(), facts) or _inside_brackets(left):
            continue
        left_words = _word_count(left)
        if left_words < MIN_PART or _word_count(right) < MIN_PART:
            continue
        distance = abs(left_words - total / 2)
        if best is None or distance < best[0]:
            best = (distance, boundary)
    if best is None:
        return [sentence]
    boundary = best[1]
    left = sentence[: boundary.start()].rstrip(" ,;:") + "."
    joiner = boundary.group("joiner") or boundary.group("cause")
    right = _OPENERS[joiner] + _capitalise(sentence[boundary.end() :], joiner)
    return [*split_long(left), *split_long(right)]


def _capitalise(clause: str, joiner: str | None) -> str:
    if joiner not in (None, "and"):
        return clause  # the opener ("But ", "So ") starts the sentence
    first = re.match(r"[a-z]+\b", clause)
    if first and not re.match(r"[a-z]+[A-Z_.\d]", clause):
        return clause[:1].upper() + clause[1:]
    return clause


def _inside_brackets(left: str) -> bool:
    return left.count("(") > left.count(")") or left.count('"') % 2 == 1 or left.count("`") % 2 == 1


def _word_count(text: str) -> int:
    return len(tokens(text))
