"""Relevant, read sentence by sentence: the situation described next to the ask.

Most briefs give their why with no marker at all: the ask, then a sentence
that says what is going on ("Two enterprise prospects said it's a
dealbreaker.", "It's been red a lot lately."). A sentence that is not the
ask itself, nor a question, nor a condition, and that describes

- a business stake (money, customers or deals at risk, an outage, a legal
  duty, people leaving), is an explicit why: `stake_sentences` (level 2);
- a problem with the work and no stake behind it (failing, confusing,
  noisy, nobody knows how it works), is a loose why: `problem_sentences`
  (level 1).

Both need an ask in the message: the same sentences in a status report or
a musing ("4 of the 27 dbt tests failed on Tuesday") are news, not a reason.
"""

from __future__ import annotations

from rehearse.scoring.detectors.stakes import BUSINESS_STAKES
from rehearse.scoring.detectors.tasks import request_leads, requested_tasks, vague_asks
from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, memoised, rx

# A stake word that needs a consequence beside it: "customers" alone is who, not why.
_STAKE_NOUN = rx(
    r"\b(?:customers?|clients?(?!\s+(?:library|side|code|sdk|lib))|prospects?|partners?|accounts?|merchants?|tenants?|"
    r"deals?|contracts?|renewals?|revenue|outages?|incidents?|downtime|rollbacks|data\s+loss|sev-?[0-3]\w*|"
    r"legal(?:ly)?|regulators?|insurers?|auditors?|compliance|gdpr|hipaa|pci|soc\s?2|fines|"
    # a fine as a penalty ("issue a fine", "a fine of $20k"); "the change is fine" is not one
    r"(?:issue|impose|pay|face|get|risk)\s+(?:a|any)\s+fine\b|(?:a|any|the)\s+fine(?=\s+(?:of|for|from|if)\b)|fined|"
    r"competitors?|dealbreaker|deal-breaker|rotation|rota|on-call|pilot|sign-?ups?|conversions?|"
    # the product's money path, a launch or a test from outside: "we lose query speed on checkout",
    # "the French launch is Tuesday and last time we shipped three truncated buttons"
    # ("run checkout active-active" names the system, not what happens to it)
    r"(?:on|at|in)\s+checkout|checkout\s+(?:conversion|errors?|failures?|latency|drop\w*|abandon\w*)|"
    r"launch|go-live|pentest|penetration\s+test|peak\s+traffic|(?:morning|traffic|load)\s+spike)\b"
)
_CONSEQUENCE = rx(
    r"\b(?:lose|loses|losing|lost|walk\s+away|cancel\w*|churn\w*|leave|leaving|left|quit|quitting|switch\w*|move\s+to|"
    r"breach\w*|violat\w+|fail(?!over|back)\w*|failed|broke|broken|down\s+for|took\s+down|went\s+down|caused|because\s+of|over\s+it|"
    r"required|requires?|must|obliged|mandatory|dealbreaker|deal-breaker|blocker|blocking|blocked|at\s+risk|threat\w*|"
    r"angry|upset|escalat\w+|complain\w*|penalt\w+|fined|refunds?|credits?|had\s+to|can't|cannot|won't|never|"
    r"delay\w*|slipp?\w*|miss\w*|hit|hits|hurt\w*|cost\w*|paged|woken|keep\s+up|last\s+time\s+we|"
    # what the change would have prevented: "two incidents that a second reviewer would have caught"
    r"would\s+have\s+(?:been\s+)?(?:caught|prevented|stopped|avoided|saved|flagged))\b"
)
# A problem with the work itself, no stake named (level 1).
_PROBLEM = rx(
    # (a failure or an error, singular, is what the work handles: "failure handling", "log each
    # failure", "surface the error to the caller")
    r"\b(?:fail|fails|failing|failed|failures|broken|breaks|breaking|broke|buggy|bugs|errors|crash\w*|flaky|flakes|"
    r"timeouts?|timing\s+out|time\s+out|leaks?|leaking|oom|slow|slower|sluggish|noise|noisy|cluttered|messy|mess|"
    r"confusing|confused|confusion|unclear|lost|stuck|weak|struggl\w+|hard\s+to|painful|pain|clunky|fragile|brittle|stale|"
    # ("low-risk jobs", "low-hanging fruit": a compound, no problem)
    r"outdated|out\s+of\s+date|random|wrong|inconsistent|unreliable|red|(?<!priority:\s)(?<!priority\s)low(?!-)|worse|backlog|complain\w*|"
    r"asked\s+about|nobody\s+(?:has\s+)?(?:really\s+)?(?:knows|trusts|reads|uses|owns|owned|understands|remembers)|"
    r"no\s+one\s+(?:has\s+)?(?:really\s+)?(?:knows|trusts|reads|uses|owns|owned|understands|remembers)|"
    # people who don't know how it works: "folks on the new squads don't seem to know" ("I don't
    # know yet" is the writer's own doubt)
    r"(?:don't|doesn't)\s+seem\s+to\s+(?:know|understand|get\s+it))\b"
)
# Sentences that are not a why: a question, a condition, an offer of help or a follow-up.
_NOT_CONTEXT = rx(
    # (also after a conjunction: "And if the 18th looks wrong to you, tell me now")
    r"^\s*(?:(?:and|but|or|so)\s+)?(?:if|when|whenever|once|unless|in\s+case|let\s+me\s+know|ping|shout|tell\s+me|feel\s+free|happy\s+to|"
    r"i\s+can|i'll|i\s+will|we'll|we\s+will|let's|you\s+can|you'll|you\s+will|thanks|thank\s+you)\b"
)


# A dash ends the request: "think about the on-call stuff - three people are burning out"
# states the why after the ask, not inside it.
_ASIDE = rx(r"\s-\s")
# So does a bracket that opens a clause about who is hit, even inside the task's own words: "make
# the CSV export handle commas (customers are getting broken files)" ("update the three services
# (checkout, refunds, payouts)" lists the scope).
_BRACKETED_WHY = rx(
    r"\s\((?=(?:customers?|users?|clients?|cust|merchants?|it's|they're|we're|which)\s)"
)
# What follows "if anything" or "when you" is a hypothesis, not the situation: "loop me in if
# anything breaks" (but "if we ship a regression, our rating drops" states a stake).
_CONDITION = rx(
    r"\b(?:if|when|whenever|unless|in\s+case)\s+(?:anything|something|you|u|there's|there\s+is|any)\b"
)


@memoised("task_extents")
def task_extents(doc: Doc) -> list[tuple[int, int]]:
    """Where each request runs, cut at a dash that starts an aside."""
    extents = []
    view = doc.view("unquoted", cased=False)
    for task in requested_tasks(doc):
        start, end = task.extent
        aside = _ASIDE.regex.search(view, task.span.end, end)
        if aside is None and "(" in view[task.span.start : end]:
            aside = _BRACKETED_WHY.regex.search(view, task.span.start, end)
        extents.append((start, aside.start() if aside else end))
    return extents


def _asks(doc: Doc) -> bool:
    return bool(requested_tasks(doc) or request_leads(doc) or vague_asks(doc))


@memoised("context_parts")
def _context_parts(doc: Doc) -> list[tuple[int, int]]:
    """Where a brief states its situation: sentences with no ask in them, and what follows
    the end of a task in its own sentence; never a question, a condition or an offer."""
    extents = task_extents(doc)
    ask_starts = [start for start, _end in extents]
    ask_starts += request_leads(doc) + [span.start for span in vague_asks(doc)]
    view = doc.view("unquoted", cased=False)
    parts: list[tuple[int, int]] = []
    for start, end in doc.sentences:
        sentence = view[start:end].rstrip()
        if sentence.endswith("?"):
            continue
        has_ask = any(start <= ask < end for ask in ask_starts)
        # an opening offer or condition rules out the sentence, unless it holds the ask: then
        # what follows the task is read ("Let's fix the onboarding docs, they confused the last
        # two new hires")
        if not has_ask and _NOT_CONTEXT.regex.match(sentence):
            continue
        if has_ask:
            # only the rest of the sentence after the last task that ends in it
            ends = [task_end for task_start, task_end in extents if start <= task_start < end]
            if not ends or max(ends) >= end or any(max(ends) <= ask < end for ask in ask_starts):
                continue
            start = max(ends)
        condition = _CONDITION.regex.search(view, start, end)
        if condition:
            end = condition.start()
        if end - start > 3:
            parts.append((start, end))
    return parts


def inside(span: Span, parts: list[tuple[int, int]]) -> bool:
    """`span` lies within one of `parts`."""
    return any(start <= span.start and span.end <= end for start, end in parts)


@memoised("stake_sentences")
def stake_sentences(doc: Doc) -> list[Span]:
    """A stake stated next to the ask: money, customers or deals at risk, an outage, a legal duty."""
    if not _asks(doc):
        return []
    parts = _context_parts(doc)
    if not parts:
        return []
    found = [span for span in doc.find(BUSINESS_STAKES) if inside(span, parts)]
    nouns = [span for span in doc.find(_STAKE_NOUN) if inside(span, parts)]
    if nouns:
        sentences = {doc.sentence_index(s.start) for s in doc.find(_CONSEQUENCE)}
        found += [span for span in nouns if doc.sentence_index(span.start) in sentences]
    return found


@memoised("problem_sentences")
def problem_sentences(doc: Doc) -> list[Span]:
    """A problem with the work stated next to the ask, no stake behind it."""
    if not _asks(doc):
        return []
    parts = _context_parts(doc)
    if not parts:
        return []
    found = [span for span in doc.find(_PROBLEM) if inside(span, parts)]
    return [_its_clause(doc, span, parts) for span in found]


def _its_clause(doc: Doc, span: Span, parts: list[tuple[int, int]]) -> Span:
    """The problem quoted with its clause, within its part: "to fix the leak", "coverage is
    low" (the word alone, "leak", reads as no reason at all)."""
    part_start, part_end = next((a, b) for a, b in parts if a <= span.start and span.end <= b)
    clause_start, clause_end = doc.clause_bounds(span.start)
    return doc.span(max(clause_start, part_start), min(clause_end, part_end)) or span
