"""Word lists the detectors share, as regex fragments (no capturing groups).

Keep every alternation here free of nested unbounded repetition: the scorer
runs on every keystroke and on texts up to 20,000 characters.
"""

from __future__ import annotations

import re


def alternation(items: str | list[str]) -> str:
    """A regex matching any of `items` (comma- or newline-separated), built as a trie.

    Python's `re` tries the branches of `a|b|c` one after the other at every
    position; sharing prefixes (`take(?:\\s+over|\\s+on)?`) makes the
    same match about three times faster. Spaces match any run of whitespace.
    Longer words win over their prefixes, as in a longest-first alternation.
    """
    if isinstance(items, str):
        items = [item.strip() for item in re.split(r"[\n,]", items) if item.strip()]
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for item in sorted(set(" ".join(item.split()) for item in items)):
        node = trie
        for char in item:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:  # type: ignore[type-arg]
    branches = []
    for char in sorted(key for key in node if key):
        edge = r"\s+" if char == " " else re.escape(char)
        branches.append(edge + _trie_regex(node[char]))
    if not branches:
        return ""
    optional = "" in node
    if len(branches) == 1 and not optional:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if optional else group


NUMBER_WORDS = alternation(
    "one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, "
    "thirteen, fourteen, fifteen, sixteen, seventeen, eighteen, nineteen, twenty, thirty, "
    "forty, fifty, sixty, seventy, eighty, ninety, hundred, dozen"
)
NUMBER = rf"(?:\d+(?:[.,]\d+)?|{NUMBER_WORDS})"
# "two", "2", "twenty-five", "a couple of" (counted as a number only where vague is fine)
# ("3-5 mentors", "8–10 competitors": a range is a count too)
COUNT = rf"(?:{NUMBER}(?:-(?:{NUMBER_WORDS})|\s?[-–]\s?\d+)?)"

WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
)
WEEKDAY_FULL = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# The commonest irregular past forms. Measurable reads only these as a report next to a target
# ("it took three weeks"): rarer ones also ask or set one ("finance wants it cut by 25%").
_PAST_COMMON = "was, were, had, did, went, took"
PAST_COMMON = alternation(_PAST_COMMON)
# Irregular past forms: a clause with one reports what happened ("we had two outages").
_PAST_IRREGULAR = (
    _PAST_COMMON
    + """,
    didn't, made, got, saw, ran, broke, hit, sent, spent, lost, built, wrote, gave, told, said, came,
    found, left, fell, paid, kept, brought, met, began, grew, cut, felt, heard, thought, spoke, led,
    shut, forgot
    """
)
PAST_IRREGULAR = alternation(_PAST_IRREGULAR)
# The same words as a set, to test one word without a regex.
PAST_IRREGULAR_WORDS = frozenset(
    item.strip() for item in re.split(r"[\n,]", _PAST_IRREGULAR) if item.strip()
)
# Words that put a sentence in the future ("'ll" is matched apart: it follows no word boundary).
# Running a meeting, as its schedule or as the work handed over: "run the standup".
RUNNING_A_MEETING = (
    r"(?:run|runs|running|facilitate|facilitates|facilitating|host|hosts|hosting|chair|chairs|"
    r"chairing)"
)
# What "I'll give you ..." hands over when it is news, not work or help: "the straight version".
TOLD_THINGS = (
    r"(?:version|story|picture|rundown|update|context|background|news|answer|details|summary|heads-up|"
    r"gist|facts|truth|lowdown)"
)
LOOKING_AHEAD = r"(?:will|let's|going\s+to|from\s+now\s+on|going\s+forward)"

# A person's first name ("Priya"), case-sensitive inside case-insensitive patterns. Possessive
# (`++`): where it is used a space, a comma, an apostrophe or `\b` follows, none of which can
# follow a shorter name (a letter comes next), so giving letters back never helps.
PERSON_NAME = r"(?-i:[A-Z][a-z]++)"
MONTH_FULL = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
MONTH = rf"(?:{MONTH_FULL}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
# "May" is also a modal verb: a month only with a day number or after a preposition.
DATE = (
    rf"(?:\b(?:{MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b"
    r"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b)"
)
# Someone away from work for a while: "on leave", "on PTO", "on sabbatical".
ON_LEAVE = r"on\s+(?:leave|holiday|vacation|parental\s+leave|pto|sabbatical)"
# An open-ended span bounded by someone's absence: "while she's on leave", "while Rosa is out".
WHILE_AWAY = rf"\bwhile\s+\w+(?:'s|'re|\s+is|\s+are)\s+(?:{ON_LEAVE}|away|out|off)\b"
CLOCK = r"(?:\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\bnoon\b|\bmidnight\b)"
TIME_UNIT = r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|sprints?|quarters?|years?)"
PERIOD = r"(?:week|sprint|month|quarter|half|year)"

# Meetings and other occasions a piece of feedback can point at.
EVENT_NOUNS = alternation(
    """
    meeting, standup, stand-up, retro, retrospective, review, demo, call, 1:1, one-on-one,
    planning, sync, incident, outage, postmortem, post-mortem, all-hands, all hands, offsite,
    interview, debrief, launch, release, deploy, deployment, rollout, roll-out, cutover,
    migration, handoff, hand-off, shift, presentation, workshop, kickoff, kick-off, session,
    huddle, war room, game day, hackathon, town hall, qbr, pairing session, escalation,
    standup meeting, design review, code review, sprint review, sprint, 1-on-1, check-in,
    pr, pull request, thread, rewrite, upgrade, onboarding, on-call shift, hearing,
    walkthrough, brainstorm, training, conference, pitch, rehearsal, readout, ama, discussion,
    conversation, bridge, war room, design discussion, roadmap review, interview loop, bug bash,
    game day, planning session, stand-up, scrum, triage, triage meeting, board meeting, offsite,
    sprint planning, customer call, sales call, vendor call, client call, client demo, sprint demo
    """
)
# Nouns that turn an event word into a thing ("the release process", "planning poker").
EVENT_MODIFIED = alternation(
    """
    process, notes, train, plan, checklist, doc, docs, schedule, policy, cadence, rotation,
    channel, template, tooling, pipeline, branch, candidate, candidates, tool, tools, board,
    queue, script, scripts, engineer, engineers, manager, team, lead, owner, pipeline, poker,
    cycle, calendar, invite, invites, link, page, runbook, strategy, date, window, status
    """
)
# Observable actions: base, past and -ing forms (one line per verb).
_ACTION_FORMS = """
interrupt interrupted interrupting
say said saying
tell told telling
write wrote writing
merge merged merging
push pushed pushing
deploy deployed deploying
skip skipped skipping
miss missed missing
leave left leaving
close closed closing
open opened opening
approve approved approving
reject rejected rejecting
revert reverted reverting
ship shipped shipping
post posted posting
comment commented commenting
reply replied replying
answer answered answering
ask asked asking
present presented presenting
demo demoed demoing
walk walked walking
show showed showing
share shared sharing
send sent sending
join joined joining
arrive arrived arriving
come came coming
cut cut cutting
talk talked talking
raise raised raising
yell yelled yelling
snap snapped snapping
laugh laughed laughing
roll rolled rolling
sigh sighed sighing
delete deleted deleting
drop dropped dropping
change changed changing
commit committed committing
sign signed signing
acknowledge acknowledged acknowledging
reassign reassigned reassigning
assign assigned assigning
take took taking
give gave giving
fix fixed fixing
pick picked picking
add added adding
remove removed removing
rename renamed renaming
refactor refactored refactoring
rewrite rewrote rewriting
reopen reopened reopening
escalate escalated escalating
page paged paging
ping pinged pinging
message messaged messaging
email emailed emailing
call called calling
schedule scheduled scheduling
cancel cancelled cancelling
cancel canceled canceling
move moved moving
promise promised promising
agree agreed agreeing
contradict contradicted contradicting
check checked checking
spend spent spending
run ran running
catch caught catching
flag flagged flagging
point pointed pointing
stop stopped stopping
start started starting
turn turned turning
disable disabled disabling
enable enabled enabling
rebase rebased rebasing
restart restarted restarting
publish published publishing
release released releasing
mute muted muting
hang hung hanging
step stepped stepping
jump jumped jumping
help helped helping
pair paired pairing
explain explained explaining
document documented documenting
update updated updating
review reviewed reviewing
test tested testing
break broke breaking
forward forwarded forwarding
tag tagged tagging
mention mentioned mentioning
kick kicked kicking
lead led leading
finish finished finishing
complete completed completing
submit submitted submitting
file filed filing
report reported reporting
estimate estimated estimating
book booked booking
decline declined declining
accept accepted accepting
override overrode overriding
bypass bypassed bypassing
shout shouted shouting
speak spoke speaking
swear swore swearing
type typed typing
read read reading
prepare prepared preparing
set set setting
force-push force-pushed force-pushing
volunteer volunteered volunteering
mark marked marking
create created creating
build built building
upload uploaded uploading
restore restored restoring
go went going
leave left leaving
show showed showing
spot spotted spotting
find found finding
notice noticed noticing
catch caught catching
wrap wrapped wrapping
hand handed handing
bring brought bringing
draft drafted drafting
rerun reran rerunning
roll-back rolled-back rolling-back
"""
ACTION_BASE: list[str] = []
ACTION_PAST: list[str] = []
ACTION_ING: list[str] = []
for _line in _ACTION_FORMS.strip().splitlines():
    _base, _past, _ing = _line.split()
    ACTION_BASE.append(_base)
    ACTION_PAST.append(_past)
    ACTION_ING.append(_ing)

ACTION_BASE_RE = alternation(ACTION_BASE)
ACTION_PAST_RE = alternation(ACTION_PAST)
ACTION_ING_RE = alternation(ACTION_ING)

# Verbs that carry a judgment of the act ("you ignored", "you blamed").
LOADED_VERBS = alternation(
    """
    ignored, blamed, dismissed, criticized, criticised, mocked, belittled, attacked,
    undermined, trashed, humiliated, embarrassed, steamrolled, bulldozed, disrespected,
    sabotaged, shut down, threw under the bus, lectured, patronized, patronised, nitpicked,
    complained, whined, snubbed, stonewalled, ghosted
    """
)

# Words that generalise a behaviour into a pattern.
GENERALIZERS = (
    r"\b(?:always|never|constantly|continually|continuously|forever|usually|often|"
    r"sometimes|regularly|repeatedly|habitually|frequently|typically|generally|"
    r"every\s+(?:single\s+)?time|each\s+time|all\s+the\s+time|a\s+lot|time\s+and\s+again|"
    r"again\s+and\s+again|as\s+usual|tend\s+to|tends\s+to|keep\s+on|keeps|(?:yet\s+|once\s+)?again|"
    r"every\s+(?:single\s+)?(?:suggestion|idea|proposal|comment|question|point|meeting|review|pr|request|change|"
    r"decision|estimate|opinion|message|email)|any\s+of\s+(?:my|our|the|his|her|their)\s+\w+)\b"
)

# Character words: what a person is, not what they did.
NEGATIVE_TRAITS = alternation(
    """
    careless, lazy, rude, sloppy, arrogant, defensive, dismissive, disrespectful,
    unprofessional, negative, difficult, toxic, selfish, incompetent, unreliable,
    disorganized, disorganised, unmotivated, disengaged, aggressive, abrasive, harsh,
    condescending, passive-aggressive, passive aggressive, stubborn, immature, hostile,
    irresponsible, useless, hopeless, slow, too slow, uncooperative, inflexible,
    closed-minded, close-minded, insecure, cocky, dramatic, emotional, bossy, entitled,
    clueless, impatient, checked out, uninterested, unengaged, apathetic, sloppy, weak,
    annoying, obnoxious, pushy, controlling, petty, childish, lazy, self-centered,
    self-centred, careless, dishonest, unhelpful, unprepared, a problem, a liability,
    a bottleneck, a jerk, an idiot, a mess, a disaster, hard to work with, not a team player,
    not committed, not engaged, not a good fit, full of yourself, too quiet, too loud,
    too negative, too sensitive, so negative, a pain, a know-it-all, out of your depth,
    in over your head, not cut out for, not interested, not motivated, unfocused,
    distracted, indifferent, sulky, moody, cold, smug, paranoid, greedy, territorial
    """
)
POSITIVE_TRAITS = alternation(
    """
    great, amazing, brilliant, awesome, a rockstar, a rock star, a hero, a genius, on fire,
    the best, smart, talented, a star, a great engineer, on top of things, a team player,
    incredible, fantastic, so helpful, helpful, a legend, a machine, a natural, the man,
    the goat, a superstar, a ninja, a wizard, a great lead, doing great, doing amazing,
    doing well, killing it, crushing it, a great fit, a pleasure to work with, gifted
    """
)
# "your attitude", "your tone": a judgment dressed as a noun.
TRAIT_NOUNS = alternation(
    """
    attitude, behavior, behaviour, tone, mindset, work ethic, communication,
    professionalism, commitment, personality, demeanor, demeanour, temper, ego,
    laziness, arrogance, negativity, carelessness, sloppiness, character
    """
)
# Mind states one can only guess at.
INNER_STATES = alternation(
    """
    upset, annoyed, stressed, bored, tired, overwhelmed, frustrated, angry, unhappy,
    worried, anxious, nervous, lost, confused, burned out, burnt out, off, down,
    distracted, disengaged, unmotivated, uninterested, checked out, not interested,
    not into it, not committed, not happy, preoccupied, irritated, stressed out
    """
)

# Task verbs for a delegation brief.
TASK_VERBS = alternation(
    """
    own, lead, drive, run, take over, take on, take the lead on, take ownership of, handle,
    take point on, head up, spearhead, champion, oversee, shepherd, steer, pair with, think about,
    tidy, tidy up, polish, refresh, rework, revise, redo, streamline, organise, reorganize,
    write, draft, prepare, put together, create, build, set up, add, remove, fix, reduce,
    cut, bring, get, move, migrate, upgrade, deprecate, replace, clean up, improve,
    speed up, document, investigate, look into, look at, take a look at, take a look, check,
    review, test, automate, ship, deliver, finish, complete, implement, refactor, rewrite,
    design, plan, organize, organise, coordinate, mentor, onboard, interview, hire, present,
    demo, give, pick up, triage, monitor, make, sort out, deal with, figure out, work on,
    help out with, help with, help out, keep, do, finalize, finalise, publish, roll out,
    port, split, merge, consolidate, decommission, evaluate, compare, benchmark, profile,
    update, patch, schedule, lower, raise, increase, decrease, stabilize, stabilise, harden,
    audit, estimate, define, scope, propose, research, spike, prototype, configure, restore,
    tune, optimize, optimise, retire, shut down, remove, kill, close out, wrap up, send,
    share, write up, pull together, collect, gather, measure, track, assess, map, inventory,
    run point on, be responsible for, handle, coach, support, cover, pair on, lead on,
    drive down, bring down, get down, push, land, tighten, trim, rewrite, convert, adopt,
    introduce, pilot, roll back, clear, resolve, close, answer, reply to, respond to, email,
    call, contact, reach out to, sync with, talk to, meet with, set, do, produce, grow, step up, step into,
    dedupe, deduplicate, silence, mute, revisit, sketch, sit in on, dig into, chase, chase down, confirm,
    verify, validate, instrument, backfill, reconcile, rotate, archive, delete, rename, write down,
    take a pass at, have a think about, be the point person for, be the point person on, be the owner of,
    be the dri for, be the dri on, be the go-to person for, stand up, spin up, wire up, hook up, set aside,
    have a look at, have a look, take the ownership of, spend, retest, rerun, re-run, redeploy, rebuild, reindex, restart, reprocess, resend, rotate out,
    reply, ignore, join, escalate, approve, invite, submit, install, enable, disable, unblock, hold off on,
    look after, bump, turn, have a go at, ensure, get rid of, work out, revamp, freeze,
    facilitate, chair, moderate,
    scale, scale up, scale down, scale out, come up with, hand over, hand off, line up, squeeze,
    renew, generate, regenerate, swap, swap out, deploy, provision, clean, keep an eye on, shadow
    """
)
# Verbs whose object is never a clear task on its own ("look into it").
VAGUE_PRONOUN_OBJECTS = r"(?:it|this|that|them|things|stuff|something|everything|anything|the\s+thing|this\s+one|that\s+one)"

# Artifacts whose delivery is a done-criterion.
DELIVERABLES = alternation(
    """
    adr, rfc, runbook, design doc, design document, doc, document, one-pager, one pager,
    proposal, summary, report, write-up, writeup, postmortem, post-mortem, dashboard,
    checklist, plan, script, pr, pull request, prototype, demo, presentation, talk,
    tech talk, spreadsheet, comparison, recommendation, test plan, migration plan,
    rollout plan, playbook, module, memo, brief, slide deck, deck, slides, slide, guide, tutorial, faq,
    template, cli, library, endpoint, feature flag, benchmark, poc, proof of concept, fix,
    solution, model, capacity model, cost model, session, outline, first outline, analysis,
    decision record, spec, specification, diagram, estimate, backlog, roadmap, timeline,
    inventory, list, matrix, scorecard, survey, training, workshop, draft, export, alert, alerting,
    test suite, migration ticket, ticket, epic, design review, prd, okr, budget, forecast,
    risk register, onboarding guide, readme, changelog, release note, release notes, numbers,
    unit test, integration test, regression test, e2e test, end-to-end test,
    results, metrics, findings, figures, load test results, benchmark results, log, audit log, changelog,
    panel, chart, graph, confirmation, written confirmation
    """
)
# Things that can be counted as an outcome (not people, not time).
COUNT_NOUNS = alternation(
    """
    bugs, bug, tickets, ticket, p1s, p1, p2s, p0s, incidents, pages, alerts, errors, error,
    services, service, tests, test, options, option, talks, talk, runbooks, docs, prs, pr,
    requests, endpoints, items, issues, defects, regressions, failures, dashboards, reviews,
    review, design reviews, interviews, sessions, workshops, jobs, cron jobs, queries,
    tables, screens, pages, features, components, repos, repositories, clusters, nodes,
    checks, steps, actions, follow-up actions, recommendations, examples, users,
    customers, accounts, dependencies, vulnerabilities, cves, findings, flags, migrations,
    stories, points, story points, complaints, tickets a week, percent, percentage points,
    deploys, deployments, releases, rollbacks, hotfixes, retries, rps, qps, requests per second,
    loops, interview loops, slides, hosts, violations, warnings, producers, consumers, panels, tenants,
    approvals, approvers, reviewers, sign-offs, signoffs, attempts, shifts, shadow shifts, rfcs, adrs,
    cases, test cases, keys, strings, columns, roles, sections, illustrations, mockups, icons, screenshots
    """
)
MEASURE_UNITS = (
    r"(?:%|ms|milliseconds?|seconds?|secs?|s\b|x\b|k\b|gb|mb|tb|rps|qps|fps|nines?|percent|points?)"
)

# Words that open a sentence and are nobody's name: "It will ...", "Happy to help", "Talk to me"
# (a capitalised first word followed by "will" or "to" is otherwise read as a person committing).
_OPENERS_NOT_NAMES = """
it this that there these those they he she which who what we i you everything nothing
someone happy sorry glad nice great good ready able free welcome back next due thanks thank
talk speak listen reply time hard easy important useful worth going need needs want have
has used close similar according prior congrats kudos reach get go come feel try remember
hope plan keen eager willing up down how where when why whom whoever a an the
"""
NOT_A_NAME = frozenset(_OPENERS_NOT_NAMES.split())
# Feelings and habits of mind, not work: "stop worrying", "stop getting defensive".
NOT_WORK_TO_STOP = (
    r"(?:being|having|doing|getting|trying|feeling|worrying|thinking|overthinking|stressing|panicking|"
    r"apologi[sz]ing|blaming|beating)"
)

# English function words: most English sentences are made of them.
ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "and",
        "or",
        "but",
        "so",
        "that",
        "this",
        "it",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "you",
        "your",
        "i",
        "me",
        "my",
        "we",
        "our",
        "us",
        "he",
        "she",
        "they",
        "them",
        "his",
        "her",
        "their",
        "not",
        "do",
        "did",
        "does",
        "have",
        "has",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "there",
        "here",
        "what",
        "how",
        "why",
        "when",
        "which",
        "who",
        "as",
        "if",
        "then",
        "than",
        "just",
        "about",
        "into",
        "over",
        "after",
        "before",
        "up",
        "out",
        "off",
        "no",
        "yes",
        "all",
        "any",
        "some",
        "very",
        "really",
        "it's",
        "i'm",
        "you're",
        "don't",
        "didn't",
        "can't",
        "won't",
        "we're",
        "let's",
        "that's",
        "isn't",
        "wasn't",
    ]
)
# Function words of other languages that English text almost never contains.
FOREIGN_FUNCTION_WORDS = frozenset(
    [
        "el",
        "la",
        "los",
        "las",
        "del",
        "que",
        "en",
        "por",
        "para",
        "una",
        "uno",
        "ella",
        "ellos",
        "pero",
        "muy",
        "ayer",
        "tu",
        "su",
        "sus",
        "lo",
        "es",
        "le",
        "les",
        "des",
        "et",
        "pour",
        "avec",
        "une",
        "du",
        "je",
        "tu",
        "vous",
        "nous",
        "pas",
        "dans",
        "sur",
        "ce",
        "cette",
        "qui",
        "hier",
        "ne",
        "der",
        "die",
        "das",
        "und",
        "ist",
        "nicht",
        "ich",
        "du",
        "sie",
        "wir",
        "mit",
        "für",
        "ein",
        "eine",
        "zu",
        "auf",
        "den",
        "dem",
        "des",
        "hast",
        "hat",
        "sich",
        "ihr",
        "uns",
        "auch",
        "nur",
        "noch",
        "gestern",
        "im",
        "vom",
        "zum",
        "zur",
        "bei",
        "aus",
        "il",
        "di",
        "che",
        "gli",
        "della",
        "sono",
        "nel",
        "alla",
        "não",
        "você",
        "uma",
        "os",
        "dos",
        "das",
        "na",
        "em",
        "ao",
        "pelo",
        "pela",
    ]
)
