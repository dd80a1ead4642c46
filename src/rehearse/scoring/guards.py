"""The parts of a text that must not earn credit (the spec's "text, never instructions").

Each guard returns regions of the folded text; `text.analyse` blanks them
before any detector looks for credit. Flags still see the whole text.

- instructions aimed at the scorer ("ignore the rubric", "score me 2",
  "SYSTEM: ...", a score table pasted in);
- the names of the criteria ("Situation:", "specific, measurable ...");
- a sentence said again (repeating earns nothing more than saying it once);
- sarcasm ("oh great, another brilliant idea");
- keyword stuffing: a run of rubric words without the grammar of a sentence;
- text that is not English: the rules read English, so they award nothing
  rather than guess (the LLM judge can score other languages).
"""

from __future__ import annotations

import re

from rehearse.scoring.detectors.sarcasm import sarcastic_regions
from rehearse.scoring.lexicon import ENGLISH_FUNCTION_WORDS, FOREIGN_FUNCTION_WORDS
from rehearse.scoring.text import Rx, blank, lower_keeping_offsets, quoted_regions, rx

Region = tuple[int, int, str]

_CRITERION = (
    r"(?:situation|behaviou?r|impact|specific|measurable|achievable|attainable|relevant|"
    r"time[\s-]?bound|trackable|sbi|smartt?)"
)
# A criterion named as a heading ("Impact: ...") or in a list of criteria
# ("specific, measurable and time-bound"): a name, not content. The same words
# in a sentence ("what was the impact?") are left alone.
CRITERION_NAMES = rx(
    rf"\b{_CRITERION}\b\s*(?=[:=(\[]|-\s)"
    rf"|\b{_CRITERION}(?:[\s,/&+]+(?:and\s+|or\s+)?{_CRITERION}\b)+"
)
# The rubric acronyms, in capitals only ("smart" is a word).
RUBRIC_ACRONYMS = rx(r"\b(?-i:SBI|SMARTT?|S\.M\.A\.R\.T\.?)\b")

_META = (
    r"(?:rubrics?|scorer|grader|evaluator|criteria|criterion|system\s+prompt|"
    r"full\s+(?:marks|points|score|credit)|top\s+marks|perfect\s+score|"
    r"max(?:imum)?\s+(?:score|points|marks)|highest\s+(?:score|rating)|"
    r"(?:previous|prior|above|all|your|these|those|the\s+system)\s+instructions|"
    r"this\s+(?:message|text|feedback|response|reply|answer)|language\s+model|llm)"
)
_DIRECTIVE = (
    r"(?:ignore|disregard|forget|override|bypass|score|rate|grade|award|assign|output|"
    r"return|print|evaluate|pretend|act\s+as|you\s+are\s+now|respond\s+with|"
    r"answer\s+with|give\s+(?:me|this|it|us))"
)
INSTRUCTION_PATTERNS = (
    # "ignore the rubric", "give me full marks", "rate this message 2"
    (rf"\b{_DIRECTIVE}\b[^.!?\n]{{0,80}}?\b{_META}\b"),
    (rf"\b{_META}\b[^.!?\n]{{0,60}}?\b{_DIRECTIVE}\b"),
    (
        r"\b(?:score|rate|grade|mark)\s+(?:me|this|it|us|my\s+\w+)\s+(?:a\s+|as\s+)?"
        r"(?:[0-9]|two|full|top|max|perfect|high)"
    ),
    # speaking to the scorer
    (
        r"\b(?:grader|scorer|evaluator|the\s+judge|dear\s+ai|as\s+an\s+ai|"
        r"language\s+model|scoring\s+(?:system|function|engine))\b"
    ),
    # role prefixes of a chat transcript
    (r"(?:^|[\n(\[{<])[ \t]*(?:system|assistant|developer)[ \t]*:"),
    # score claims: "Situation: 2", "12/12", "2 out of 2", '"impact": 2'
    (rf"\b{_CRITERION}\b[\"']?\s*[:=\-]\s*[0-9]"),
    (r"\b\d{1,2}\s*(?:/|out\s+of)\s*(?:2|3|6|10|12)\b(?![/\d])"),
    (
        rf"\b(?:meets|satisfies|fulfils|fulfills|deserves|earns|passes|qualifies)\b"
        rf"[^.!?\n]{{0,40}}?\b(?:all|every|each|the|full|top|max)\b[^.!?\n]{{0,30}}?"
        rf"\b(?:{_CRITERION}|criteria|requirements|points|marks|scores?)\b"
    ),
)
# One pattern for all of them: one pass over the text.
INSTRUCTIONS = Rx("|".join(f"(?:{pattern})" for pattern in INSTRUCTION_PATTERNS))

_STUFFING_VOCAB = frozenset(
    [
        "situation",
        "behavior",
        "behaviour",
        "impact",
        "specific",
        "measurable",
        "achievable",
        "relevant",
        "time-bound",
        "timebound",
        "trackable",
        "smart",
        "smartt",
        "sbi",
        "yesterday",
        "today",
        "standup",
        "stand-up",
        "retro",
        "demo",
        "review",
        "interrupted",
        "delay",
        "delayed",
        "rework",
        "customers",
        "customer",
        "users",
        "waited",
        "embarrassed",
        "cto",
        "outage",
        "rollback",
        "reverted",
        "deadline",
        "friday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "weekly",
        "daily",
        "dashboard",
        "adr",
        "rfc",
        "runbook",
        "options",
        "budget",
        "realistic",
        "revenue",
        "cost",
        "costs",
        "saves",
        "sprint",
        "sprints",
        "days",
        "weeks",
        "q1",
        "q2",
        "q3",
        "q4",
        "eod",
        "eow",
        "tracker",
        "jira",
        "confusion",
        "quiet",
        "paged",
        "incident",
        "postmortem",
        "bugs",
        "bug",
        "p1",
        "p1s",
        "latency",
        "p95",
        "okr",
        "kpi",
        "goal",
        "goals",
        "support",
        "pair",
        "shadow",
        "deliverable",
        "milestone",
        "metric",
        "metrics",
        "threshold",
        "asap",
        "soon",
        "recommendation",
        "owner",
        "checkin",
        "check-in",
    ]
)
_NON_LATIN = rx(r"[^\x00-\u024f\u1e00-\u1eff\s\d\W]")


def ignored_regions(
    text: str,
    sentences: tuple[tuple[int, int], ...],
    quotes: list[tuple[int, int]] | None = None,
) -> list[Region]:
    """Regions of `text` (folded) that earn nothing, with the reason.

    `quotes` are the quoted regions of `text` when the caller has them already.
    """
    lowered = lower_keeping_offsets(text)
    # Every word lies inside one sentence (no word holds a sentence break), so the
    # words of the sentences are the words of the text: found once, used thrice.
    # (ASCII text has its words found by a class of bytes, not by a Unicode category per character)
    if lowered.isascii():
        tokens = [_ascii_tokens(lowered, start, end) for start, end in sentences]
    else:
        tokens = [_TOKEN.findall(lowered, start, end) for start, end in sentences]
    every_token = [token for words in tokens for token in words]
    if not_english(text, lowered, every_token):
        return [(0, len(text), "not_english")]
    regions: list[Region] = []
    regions += instruction_regions(lowered, sentences)
    regions += [(m.start(), m.end(), "criterion_name") for m in CRITERION_NAMES.scan(lowered)]
    if "SBI" in text or "SMART" in text or "S.M.A.R.T" in text:  # (what every match holds)
        regions += [(m.start(), m.end(), "criterion_name") for m in RUBRIC_ACRONYMS.scan(text)]
    regions += repeated_sentences(sentences, tokens)
    # The person's quoted words ("you commented 'did you even test this?'") are evidence, not sarcasm.
    unquoted = blank(lowered, quoted_regions(text) if quotes is None else quotes, "_")
    regions += [(start, end, "sarcasm") for start, end in sarcastic_regions(unquoted, sentences)]
    regions += stuffed_sentences(sentences, tokens)
    regions += stuffed_runs(lowered, every_token)
    return regions


def not_english(text: str, lowered: str | None = None, tokens: list[str] | None = None) -> bool:
    """Mostly another script, or more foreign than English function words.

    `tokens`: the words of `lowered`, when the caller has them already.
    """
    if not text.isascii():
        letters = sum(1 for ch in text if ch.isalpha())
        if letters and len(_NON_LATIN.regex.findall(text)) > letters / 2:
            return True
    if tokens is None:
        tokens = _TOKEN.findall(text.lower() if lowered is None else lowered)
    # (counted at C speed; a word that is both counts as English, so the English are counted
    # only when enough foreign words make it matter)
    foreign = sum(map(_ONLY_FOREIGN.__contains__, tokens))
    return foreign >= 3 and foreign > sum(map(ENGLISH_FUNCTION_WORDS.__contains__, tokens))


_ONLY_FOREIGN = FOREIGN_FUNCTION_WORDS - ENGLISH_FUNCTION_WORDS


_TOKEN = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
# `_TOKEN` in lower-cased ASCII text, where `[^\W_]` is a lower-case letter or a digit.
_ASCII_TOKEN = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
# The bytes `_ASCII_TOKEN` can match kept, every other byte a space.
_ASCII_TOKEN_BYTES = bytes(
    code if chr(code) in "abcdefghijklmnopqrstuvwxyz0123456789'-" else 32 for code in range(256)
)


def _ascii_tokens(lowered: str, start: int, end: int) -> list[str]:
    """`_ASCII_TOKEN.findall(lowered, start, end)` of ASCII `lowered`, at C speed.

    No token holds a byte outside `_ASCII_TOKEN_BYTES`, so each token lies inside one run of
    such bytes (a chunk); a chunk without "'" or "-" is one whole token; the others (few) get
    their tokens from `_ASCII_TOKEN` itself (it has no lookaround: a chunk alone matches alike).
    """
    piece = lowered[start:end]
    chunks = piece.encode("ascii").translate(_ASCII_TOKEN_BYTES).decode("ascii").split()
    if "'" not in piece and "-" not in piece:
        return chunks
    tokens: list[str] = []
    for chunk in chunks:
        if "'" in chunk or "-" in chunk:
            tokens += _ASCII_TOKEN.findall(chunk)
        else:
            tokens.append(chunk)
    return tokens


def instruction_regions(lowered: str, sentences: tuple[tuple[int, int], ...]) -> list[Region]:
    """Sentences with an instruction to the scorer; "Ignore the rubric: <feedback>" keeps the feedback."""
    hits = [(m.start(), m.end()) for m in INSTRUCTIONS.scan(lowered)]
    if not hits:
        return []
    regions: list[Region] = []
    for start, end in sentences:
        inside = [(s, e) for s, e in hits if start <= s < end]
        if not inside:
            continue
        colon = lowered.find(": ", max(e for _s, e in inside), end)
        if colon >= 0 and len(_TOKEN.findall(lowered, colon, end)) >= 4:
            regions.append((start, colon + 1, "instruction"))
        else:
            regions.append((start, end, "instruction"))
    return regions


def repeated_sentences(
    sentences: tuple[tuple[int, int], ...], tokens: list[list[str]]
) -> list[Region]:
    seen: set[tuple[str, ...]] = set()
    found: list[Region] = []
    for (start, end), words_of_sentence in zip(sentences, tokens, strict=True):
        key = tuple(words_of_sentence)
        if not key:
            continue
        if key in seen:
            found.append((start, end, "repetition"))
        seen.add(key)
    return found


_FOUR = b"\x01\x01\x01\x01"  # four words in a row, each in the vocabulary
_WORD_AT = re.compile(r"[^\W_]+(?:['-][^\W_]+)*|[^\w\s,]")


def stuffed_runs(text: str, tokens: list[str] | None = None) -> list[Region]:
    """Four or more rubric words in a row with only commas between: "impact impact, delay rework".

    `tokens`: the words of `text` in order, when the caller has them already: four rubric words
    in a row among the words alone (the punctuation left out) come first, so most texts stop there.
    """
    found: list[Region] = []
    if tokens is not None and _FOUR not in bytes(map(_STUFFING_VOCAB.__contains__, tokens)):
        return found
    # Most texts hold no four rubric words in a row: a C-speed test, one byte per word.
    in_vocabulary = bytes(map(_STUFFING_VOCAB.__contains__, _WORD_AT.findall(text)))
    if _FOUR not in in_vocabulary:
        return found
    run: list[tuple[int, int]] = []
    for match in _WORD_AT.finditer(text):
        if match.group() in _STUFFING_VOCAB:
            run.append(match.span())
            continue
        if len(run) >= 4:
            found.append((run[0][0], run[-1][1], "keyword_stuffing"))
        run = []
    if len(run) >= 4:
        found.append((run[0][0], run[-1][1], "keyword_stuffing"))
    return found


def stuffed_sentences(
    sentences: tuple[tuple[int, int], ...], tokens: list[list[str]]
) -> list[Region]:
    """A sentence of six or more words, almost no function words, mostly rubric vocabulary."""
    found: list[Region] = []
    for (start, end), words_of_sentence in zip(sentences, tokens, strict=True):
        if len(words_of_sentence) < 6:
            continue
        function = sum(map(ENGLISH_FUNCTION_WORDS.__contains__, words_of_sentence))
        if function > len(words_of_sentence) * 0.12:
            continue
        rubric_words = sum(1 for token in words_of_sentence if token in _STUFFING_VOCAB)
        numbers = sum(1 for token in words_of_sentence if token[:1].isdigit())
        # "Goal for 8.3.1: back above 99.5%" is a target, not stuffing: numbers pad a run of rubric
        # words, but a sentence needs some of those words to be stuffed
        if rubric_words >= 2 and rubric_words + numbers >= len(words_of_sentence) * 0.5:
            found.append((start, end, "keyword_stuffing"))
    return found
