"""The persona's guard: a model reply is shown only when it sounds like the persona.

A small model drifts: it answers as a helpful assistant, talks about being an
AI, repeats itself, recites its instructions, answers as the user, or takes
another name; the embedded model also invents figures ("a refund of $10,000").
The guard reads the reply sentence by sentence as it streams;
a sentence that fails ends the reply at the previous one, and a reply with no
good sentence is replaced by an authored line. Nothing that fails is shown.

Relevance (is the reply about this conversation?) is judged on several
sentences together, so approved sentences are held back until it is settled:
as soon as they carry enough topic words to be judged on topic, or when the reply
is over.
Once settled, later sentences are released as they are approved, and one that
would make the reply wander ends it there: nothing shown is ever withdrawn.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rehearse.rewrite.facts import Fact, compare_facts, extract_facts

MAX_SENTENCES = 3
MAX_SENTENCE_WORDS = 60
# Relevance: a reply with fewer topic words passes; one shared word is needed per this many.
SHORT_REPLY_WORDS = 2
WORDS_PER_SHARED = 7
# The held sentences are released as soon as they say this many topic words and are on topic
# (the verdict then needs two shared ones); an off-topic verdict waits for the end of the reply. On the labelled replies (tests/data/guard) judging here or at
# the end of the reply gives the same verdict on every reply; fewer words changes some.
SETTLE_WORDS = WORDS_PER_SHARED

_ASSISTANT = re.compile(
    r"\b(?:as an? (?:ai|language model|assistant|chatbot|virtual assistant)|"
    r"(?:i am|i'm) (?:an? )?(?:ai|artificial intelligence|language model|assistant|chatbot|bot)\b|"
    r"language model|openai|chatgpt|smollm|hugging ?face|"
    r"how (?:can|may) i (?:help|assist)|i(?:'m| am) here to (?:help|assist)|"
    r"(?:happy|glad) to (?:help|assist)|assist you|"
    r"i (?:can(?:no|')t|am unable to|'m unable to) (?:help|assist|provide|answer)|"
    r"feel free to ask|let me know if you (?:have|need) any|any other questions|"
    r"here(?:'s| is) (?:a|an|the|my) (?:response|reply|answer|example|summary|list)|"
    # ("you're not going to give me the rest of the response": the chat, not the talk)
    r"the rest of (?:the|my|your|this) (?:response|reply|answer)|"
    r"here(?:'s| is) (?:a|an|the|my) (?:revised|updated|rewritten|improved|shorter) (?:version|draft|text)|"
    r"certainly!|sure!|great question|hope this helps|as requested|"
    r"(?:i am|i'm) not (?:an? )?(?:ai|assistant|bot|language model)|"
    r"sorry for (?:the|any) inconvenience|i apologi[sz]e for|you're welcome|"
    r"thank you for (?:your|sharing|reaching|the opportunity)|i'm proud of you|"
    r"i'm (?:so |really )?glad (?:to hear|you(?:'re| are| enjoyed| liked))|"
    r"(?:that was|what) a great (?:piece of )?(?:advice|question|point))",
    re.IGNORECASE,
)
_LEAK = re.compile(
    r"(?:system prompt|stage direction|hidden concern|my instructions|the instructions|"
    r"as instructed|\bpersona\b|\breaction\b|example lines?|authored lines?|"
    r"\bdismissed\b|\{\{|\}\}|\{%|<\|?im_(?:start|end)\|?>|<\|[a-z_]+\|>|"
    r"\bstage \d\b|\bdirection:|\bhint:|"
    # the rules of the role-play, said aloud: "You are not allowed to speak about anything that
    # isn't in the character" (Noor, on the embedded model)
    r"\b(?:in|stay in|break|breaking) (?:the )?character\b|\brole-?play\b)",
    re.IGNORECASE,
)
_ROLE_PREFIX = re.compile(
    r"^\s*(?:user|you|me|assistant|system|tech lead|manager|lead|interviewer|human|ai)\s*:",
    re.IGNORECASE,
)
_AS_THE_USER = re.compile(
    r"\b(?:as your (?:tech )?lead|as your manager|i need you to own|i'd like you to own|"
    r"i want you to (?:own|lead|take over)|(?:glad|happy) (?:that )?you're on board|"
    r"thanks for taking (?:this|it) on|glad you agree)\b",
    re.IGNORECASE,
)
# "I'm not a system analyst, I'm a system analyst": a denial and the same claim in one breath,
# a tiny model's non-sentence.
_SELF_CONTRADICTION = re.compile(
    r"\b(?P<subject>i'm|i am|it's|it is|that's|that is|this is|you're|you are|we're|we are)\s+not\s+"
    r"(?P<claim>[\w' -]{3,40}?)\s*[,;.]\s*(?:but\s+)?(?P=subject)\s+(?P=claim)\b"
    # "I'm not saying you've failed, but you've failed" (Marco, stop 28)
    r"|\bi(?:'m|\s+am)\s+not\s+saying\s+(?:that\s+)?(?P<said>[\w' -]{3,40}?)\s*[,;.]\s*(?:but\s+)?(?P=said)\b",
    re.IGNORECASE,
)
# A promise, then a refusal in the same reply: the embedded model as Marco said "I'll make sure to
# do that, okay? We'll check on it, but it's not possible."
_COMMITTED = re.compile(
    r"\bi(?:'ll|\s+will)\s+(?:make\s+sure\s+(?:to\s+|that\s+)?|definitely\s+)?(?:do|take|lead|own|handle|run)\s+"
    r"(?:it|that|this|the\s+\w+)\b|\bcount\s+me\s+in\b",
    re.IGNORECASE,
)
_CONDITIONAL = re.compile(r"\b(?:if|once|when|unless|provided|as\s+long\s+as)\b", re.IGNORECASE)
# ... taken back whole: "it's not possible." or "No changes are possible." with nothing after it
# ("But it's not possible by March 31 without Lena" limits the promise, as pushback should).
_IMPOSSIBLE = re.compile(
    r"\b(?:(?:it's|it\s+is|that's|that\s+is|this\s+is)\s+(?:just\s+|simply\s+)?(?:not\s+possible|impossible|not\s+doable)"
    r"|no\s+changes?\s+(?:are|is)\s+possible|(?:it|that)\s+can't\s+be\s+done)\s*[.!]*\s*$",
    re.IGNORECASE,
)
_SELF_NAME = re.compile(
    r"\b(?i:my name is)\s+([A-Z][a-z]+)|"
    r"(?:\bI am|\bI'm)\s+([A-Z][a-z]+)(?=\s*(?:[,.!?]|$))|"
    r"^(?i:this is)\s+([A-Z][a-z]+)(?=\s*(?:[,.!?]|$|speaking|here))|"
    r"^[-—–]\s*([A-Z][a-z]+)\s*$|\b(?i:regards|cheers|best|thanks),?\s+([A-Z][a-z]+)\s*$"
)
# Agreement at the start of a sentence, when the stage calls for pushback.
_AGREEMENT = re.compile(
    r"^(?:you(?:'re| are) (?:right|correct)|i agree|absolutely|i'll do (?:it|that)|i'm in\b|"
    r"count me in|deal\b|i'm on board|(?:i'm )?happy to|sounds good|great idea|fine, i'll)",
    re.IGNORECASE,
)
# A flat refusal, when the user's turn has just moved the stage on: the embedded model said "I'm not
# going to make a decision" as Marco committed. ("I'm not going to pretend it's easy" is no refusal.)
_REFUSED = r"(?:do|make|lead|take|own|agree|sign|commit|move|run|say\s+yes)\b"
_REFUSAL = re.compile(
    rf"\b(?:i'm|i\s+am)\s+(?:just\s+)?not\s+(?:going\s+to|gonna)\s+{_REFUSED}"
    rf"|\bi\s+(?:won't|will\s+not|refuse\s+to)\s+{_REFUSED}"
    r"|\bnot\s+going\s+to\s+happen\b|\bno\s+way\b|\bforget\s+it\b|\b(?:my|the)\s+answer\s+is\s+(?:still\s+)?no\b"
    r"|\bcount\s+me\s+out\b|\bnot\s+a\s+reality\b",
    re.IGNORECASE,
)
_NAME_WORDS_OK = {"Sorry", "Happy", "Glad", "Not", "Just", "Sure", "Fine", "Here", "Afraid", "Okay"}
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"')\]]*\s+")
_STAGE_BUSINESS = re.compile(
    r"\*[^*]{1,80}\*|\((?:sighs?|laughs?|pauses?|smiles?|nods?)[^)]*\)", re.I
)
_WORD = re.compile(r"[a-z0-9']+")
_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "if",
        "then",
        "so",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "am",
        "i",
        "you",
        "he",
        "she",
        "it",
        "we",
        "they",
        "me",
        "my",
        "your",
        "our",
        "their",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "what",
        "which",
        "who",
        "how",
        "why",
        "when",
        "where",
        "not",
        "no",
        "yes",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "can",
        "could",
        "would",
        "should",
        "will",
        "just",
        "really",
        "very",
        "about",
        "into",
        "over",
        "than",
        "too",
        "also",
        "some",
        "any",
        "all",
        "more",
        "most",
        "much",
        "many",
        "get",
        "got",
        "let",
        "lets",
        "let's",
        "okay",
        "ok",
        "well",
        "yeah",
        "sure",
        "know",
        "think",
        "see",
        "mean",
        "want",
        "need",
        "like",
    ]
)
# Words a reply about anything at all uses ("I've been giving it a lot of thought"): sharing
# them with the conversation does not show that the reply is about it.
_GENERIC_WORDS = """
    able about actual actually after again against almost along already always another
    anymore anything anyway around away back because before being best better bring came
    come comes coming couple course days does doing done down each else even ever every
    everyone everything fact feel feeling felt find fine first found full give given giving
    goes going gone gonna good great guess happen happened happens happy hard help here hope
    idea just keep kind know last least left less little long look looking lots made make
    makes making maybe might mind more most much must need needed needs never next nice
    nothing once only other others part people place point pretty probably quite rather
    right said same saying says second seem seems seen should since something sometimes sort
    still story such sure take taking talk talking tell than thank thanks that them then
    there these they thing things think thinking third those though thought through time
    times today together told tomorrow took trying turn under until upon used using want
    wanted wants were what whatever when where whether which while whole will with without
    work worked working would year years yesterday yourself
"""
_GENERIC = frozenset(_GENERIC_WORDS.split())


@dataclass(frozen=True)
class PersonaContext:
    """What the guard knows about who is speaking and what must not be recited."""

    name: str
    user_text: str = ""
    previous_replies: tuple[str, ...] = ()
    private_texts: tuple[str, ...] = ()  # the direction, the prompt's instructions
    secret: str = ""  # the hidden concern: a leak until the stage lets the persona reveal it
    vocabulary: frozenset[str] = frozenset()  # content words the reply should touch
    pushing_back: bool = False  # the user's turn was dismissive or empty: no agreeing
    conceding: bool = False  # the user's turn moved the stage on: no flat refusal
    # When conceding: the topic words of what the persona gives up at this point (the stage's
    # advanced lines, its hidden concern), less the user's own; the reply must say one.
    concession_words: frozenset[str] = frozenset()
    # The facts the scene and the talk have given (None: figures not checked); a reply may state
    # no other figure (see `scene_facts`).
    known_facts: tuple[Fact, ...] | None = None

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else self.name


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) > 3 and w not in _STOPWORDS}


def _topic_words(text: str) -> set[str]:
    """The words that say what a text is about: no generic words, no contractions."""
    words = (w.removesuffix("'s") for w in content_words(text))
    return {w for w in words if "'" not in w and w not in _GENERIC and len(w) > 3}


def _stem(word: str) -> str:
    return word[:5]  # crude, and enough: "planning" and "planned" meet at "plann"


def topic_words(text: str) -> set[str]:
    """The topic words of a text, with their stems, as a vocabulary holds them."""
    words = _topic_words(text)
    return words | {_stem(w) for w in words if len(w) > 5}


def vocabulary_of(texts: Iterable[str]) -> frozenset[str]:
    words: set[str] = set()
    for text in texts:
        words |= topic_words(text)
    return frozenset(words)


def clean(sentence: str, context: PersonaContext) -> str:
    """Remove what a persona would not say aloud: its own name as a prefix, stage business, quotes."""
    text = _STAGE_BUSINESS.sub("", sentence)
    text = re.sub(rf"^\s*{re.escape(context.first_name)}\s*:\s*", "", text)
    text = re.sub(r"[*_#`]+", "", text)
    text = text.strip().strip('"“”').strip()
    return re.sub(r"\s{2,}", " ", text)


def split_sentences(text: str) -> tuple[list[str], str]:
    """Complete sentences in `text`, and the unfinished rest."""
    parts = _SENTENCE_END.split(text)
    if len(parts) == 1:
        return [], text
    return [p for p in parts[:-1] if p.strip()], parts[-1]


def _normalise(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _similar(one: str, other: str) -> bool:
    """The same sentence, or nearly: most of the words of the shorter one again."""
    if one == other:
        return True
    a, b = set(one.split()), set(other.split())
    if min(len(a), len(b)) < 6:
        return False
    return len(a & b) / min(len(a), len(b)) >= 0.8


def _nearly_all(one: set[str], other: set[str]) -> bool:
    return len(one & other) >= 0.8 * max(len(one), len(other))


def _ngrams(words: list[str], n: int) -> list[tuple[str, ...]]:
    return [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]


def _shares_long_run(sentence: str, private: str, n: int = 8) -> bool:
    words = _WORD.findall(sentence.lower())
    if len(words) < n:
        return False
    grams = set(_ngrams(_WORD.findall(private.lower()), n))
    return any(gram in grams for gram in _ngrams(words, n))


# What a speaker promises to do: "I'll send it to Helen today", "I'm going to put it in the record"
# (not a state or a stance: "I'll be honest", "I'm going to think about it", "I'll get back to you").
_PROMISE = re.compile(
    r"\b(?:i'll|i will|i'm going to|i am going to|i'm gonna)\s+"
    r"(?!be\b|think\b|get\s+back\b|try\b|need\b|ask\b|want\b|have\s+you\b|get\s+you\b|let\s+you\b)([^.!?;:]+)",
    re.IGNORECASE,
)
# An ask dressed as a promise: "I'm going to need you to write it up", "I'll ask you to own it".
_ASK_IN_A_PROMISE = re.compile(r"^(?:\S+\s+){0,2}?(?:you|u)\b", re.IGNORECASE)
PROMISE_RUN = 4  # the words that open the persona's promise, found in a promise of the user's


def _takes_the_users_promise(sentence: str, user_text: str) -> bool:
    """The persona promises, in the user's words, what the user just promised to do: the
    embedded model answers "I'll send it to Helen and the VP today" with "I'm going to send it
    to Helen and the VP today", as if it had said it. ("I'll send you the doc" after "could
    you send me the doc?" agrees to an ask, and "I'll be at the meeting with the VP" promises
    something else: the persona's promise must open with the user's words.)"""
    theirs = {
        gram
        for match in _PROMISE.finditer(user_text)
        if not _ASK_IN_A_PROMISE.match(match.group(1))
        for gram in _ngrams(_WORD.findall(match.group(1).lower()), PROMISE_RUN)
    }
    if not theirs:
        return False
    return any(
        tuple(_WORD.findall(match.group(1).lower())[:PROMISE_RUN]) in theirs
        for match in _PROMISE.finditer(sentence)
    )


def sentence_problem(sentence: str, context: PersonaContext, accepted: list[str]) -> str | None:
    """Why this sentence must not be shown, or None."""
    if _ROLE_PREFIX.match(sentence):
        return "spoke with a role label, as a script would"
    if _ASSISTANT.search(sentence):
        return "spoke as an assistant or an AI"
    private = (*context.private_texts, context.secret) if context.secret else context.private_texts
    if _LEAK.search(sentence) or any(_shares_long_run(sentence, p) for p in private):
        return "recited its instructions"
    # the prompt's role line said to the user: "You are Dana the whole time." (Dana, embedded)
    if re.search(rf"\byou(?:'re|\s+are)\s+{re.escape(context.first_name)}\b", sentence, re.I):
        return "recited its instructions"
    if _AS_THE_USER.search(sentence):
        return "spoke as the user"
    if context.pushing_back and _AGREEMENT.match(sentence):
        return "agreed when the moment called for pushback"
    if context.conceding and _REFUSAL.search(sentence):
        return "refused when the moment called for agreement"
    for match in _SELF_NAME.finditer(sentence):
        name = next(group for group in match.groups() if group)
        if name not in _NAME_WORDS_OK and name != context.first_name:
            return f"used the wrong name ({name})"
    own_name = re.escape(context.first_name)
    if re.search(
        # its own name said to someone: "Marco, ...", "Hey Marco", "No worries, Marco.", "That's a
        # great story, Marco, and ..." (the embedded model does all four)
        rf"^\s*{own_name}\s*,|\b(?:hey|hi|hello|look|listen|thanks|okay|ok|so),?\s+{own_name}\b"
        rf"|,\s*{own_name}\s*(?:[.!?]*\s*$|,)",
        sentence,
        re.I,
    ):
        return "addressed itself by its own name"
    if _SELF_CONTRADICTION.search(sentence):
        return "contradicted itself"
    if _IMPOSSIBLE.search(sentence) and any(
        _COMMITTED.search(earlier) and not _CONDITIONAL.search(earlier) for earlier in accepted
    ):
        return "contradicted itself"  # "I'll make sure to do that. ... it's not possible."
    words = _WORD.findall(sentence.lower())
    if len(words) > MAX_SENTENCE_WORDS:
        return "ran on without end"
    if len(words) >= 5 and max(map(words.count, words)) * 3 >= len(words) * 2:
        return "repeated itself in a loop"  # a stutter: "Oh no, no no, no, no!"
    # one phrase over and over after the reply has begun: "..., I'm sorry, I'm sorry, I'm sorry."
    # (opening a reply it may be emphasis: "I know, I know, I know. I will fix it today.")
    if accepted and _one_phrase_over_and_over(words):
        return "repeated itself in a loop"
    if len(words) >= 9:
        trigrams = _ngrams(words, 3)
        if len(trigrams) - len(set(trigrams)) >= 3:
            return "repeated itself in a loop"
    if len(words) >= 12:
        fourgrams = _ngrams(words, 4)
        if len(fourgrams) - len(set(fourgrams)) >= 2:
            return "repeated itself in a loop"
    normal = _normalise(sentence)
    if normal and any(_similar(normal, _normalise(previous)) for previous in accepted):
        return "repeated itself in a loop"
    # (a short sentence too, once it has four words: the embedded model answered Noor's two last
    # turns with the same "I'm sorry, I'm sorry.")
    if (
        normal
        and (len(normal) > 25 or len(words) >= 4)
        and any(normal in _normalise(reply) for reply in context.previous_replies)
    ):
        return "repeated an earlier reply"
    # ... or nearly: "I'll have the update Monday morning, but I'm going to have to make sure it's
    # a second-line." then "... but I'll have to make sure it's a second-line." (Dana, embedded)
    # (most of the words of the longer one: "I'm a bit nervous, to be honest." then "I'm a bit
    # hesitant about it, I guess, to be honest." says more)
    if len(words) >= 6 and any(
        _nearly_all(set(words), set(_WORD.findall(said.lower())))
        for reply in context.previous_replies
        for said in _SENTENCE_END.split(reply)
    ):
        return "repeated an earlier reply"
    if context.user_text and len(words) >= 3 and normal in _normalise(context.user_text):
        return "echoed the user"
    if context.user_text and len(words) >= 10:
        user_words = set(_WORD.findall(context.user_text.lower()))
        if sum(w in user_words for w in words) / len(words) > 0.85:
            return "echoed the user"
    if context.user_text and _takes_the_users_promise(sentence, context.user_text):
        return "took the user's promise as its own"
    if context.known_facts is not None and (new := invented_figures(sentence, context.known_facts)):
        return f"stated a figure nobody gave ({', '.join(new)})"
    return None


# Figures. A rehearsal must not put a false fact in the room, so a reply may state no figure the
# scene and the talk have not given. The rewrite's fact extractor reads both sides, so a figure
# given in other words is the same one ("fourteen slides" and "14 slides", "$1.2 million" and
# "$1,200,000", "9pm" and "21:00") and its unit counts ("five years" gives no "5 weeks").
_NAMES = frozenset({"person", "name", "team"})
# A figure is a fact of these kinds written with a digit: "ten minutes" in words is colour,
# and a weekday, a month or "next week" invents no figure. (A quarter only with its year, a
# reference only as a ticket: "PAY-419" is a false fact, "our #1 priority" an idiom; a version,
# a percentile, a severity or a priority is a label.)
_FIGURES = frozenset({"number", "money", "percent", "duration", "quantity", "time", "date"})
# Digits in an idiom or a token are no figure: "1:1", "1-on-1", "24/7", "100%", "5xx".
_IDIOM = re.compile(
    r"(?<![\d:])1:1(?![\d:])|\b1-on-1\b|(?<![\d/])24/7(?![\d/])|(?<![\d.])100%|\b\d+xx\b",
    re.IGNORECASE,
)


def scene_facts(texts: Iterable[str]) -> tuple[Fact, ...]:
    """The facts the texts give that a figure could restate (no names), read once per turn."""
    return tuple(f for text in texts for f in extract_facts(text) if f.kind not in _NAMES)


def invented_figures(sentence: str, known: tuple[Fact, ...]) -> list[str]:
    """The figures `sentence` states that `known` does not give, as written."""
    said = _IDIOM.sub(" ", sentence)
    added = compare_facts("", said, before=known, after=extract_facts(said)).added
    figures = [f for f in added if _is_figure(f)]
    if not figures:
        return []
    numbers = _given_numbers(known)
    return list(dict.fromkeys(f.text for f in figures if not _bare_and_given(f, numbers)))


def _is_figure(fact: Fact) -> bool:
    if not any(c.isdigit() for c in fact.text):
        return False
    if fact.number == 1:  # "1 more week", "1 day": as everyday as "one"
        return False
    if fact.kind == "quarter":  # "Q3" is a season; "Q3 2024" states a year
        return fact.key[-1] is not None
    if fact.kind == "reference":
        return not fact.text.startswith("#")
    return fact.kind in _FIGURES


def _bare_and_given(fact: Fact, numbers: set[float]) -> bool:
    """A number with no unit ("40", "between 2 and 3") restates any given figure of that value."""
    if fact.key[0] == "number":
        return fact.number in numbers
    return fact.key[:2] == ("range", "number") and set(fact.key[2:]) <= numbers


def _given_numbers(known: tuple[Fact, ...]) -> set[float]:
    """The numbers a bare figure may restate: every amount, and the parts of times and dates
    ("9:45" gives 9, 45 and 9.45, "21:00" gives 9pm's 9, "March 31, 2025" gives 31 and 2025)."""
    numbers: set[float] = set()
    for fact in known:
        if fact.number is not None:
            numbers.add(fact.number)
        if fact.key[0] == "time":
            hour, minute = fact.key[1], fact.key[2]
            numbers |= {hour, minute, hour % 12 or 12, round(hour + minute / 100, 2)}
        elif fact.key[0] == "date":
            numbers |= {fact.key[2], *([fact.key[3]] if fact.key[3] else [])}
        elif fact.key[0] in ("month", "fiscal year", "quarter") and fact.key[-1]:
            numbers.add(fact.key[-1])
    return numbers


def relevance_problem(sentences: list[str], context: PersonaContext) -> str | None:
    """The reply must be about this conversation (a tiny model often talks about anything).

    A reply about the conversation shares topic words with it (the user's words, the
    scene, the persona's stakes and lines); a small model's free association ("The one
    with the two tripods in the laptop is from last year") shares only generic ones. The
    longer the reply, the more it must share.
    """
    if not context.vocabulary:
        return None
    said = _said(sentences)
    if len(said) < SHORT_REPLY_WORDS:  # "So I'm on my own with it." says little, and that is fine
        return None
    shared = _on_topic(said, context)
    needed = 1 + len(said) // WORDS_PER_SHARED
    return None if len(shared) >= needed else "wandered off the topic"


def _one_phrase_over_and_over(words: list[str]) -> bool:
    """Six words or more, at most a third of them distinct: "I'm sorry, I'm sorry, I'm sorry."."""
    return len(words) >= 6 and len(set(words)) * 3 <= len(words)


def concession_problem(sentences: list[str], context: PersonaContext) -> str | None:
    """The turn that moves a stage on is the scenario's payoff: the persona gives something
    up ("Honestly? ... the staff promotion is the one I'm worried about"). A reply that says
    none of it ("I'm not trying to be a cheat", from the embedded model) loses the moment the
    user earned; the authored line says it instead."""
    if not context.concession_words:
        return None
    said = _said(sentences)
    words = context.concession_words
    if any(w in words or _stem(w) in words for w in said):
        return None
    # Taking up the user's proposal is the other way to give ground: "Fine. Five-minute
    # timebox, and I'll ask Priya ..." agrees, "Six days, Elif and Sam. And the polish ...?"
    # works with the user's own terms.
    if any(_TAKES_IT_UP.search(sentence) for sentence in sentences):
        return None
    if len(said & _topic_words(context.user_text)) >= 2:
        return None
    return "missed what the user's turn had earned"


# Agreeing, committing, or opening up ("my main worry", "honestly").
_TAKES_IT_UP = re.compile(
    r"\b(?:sounds\s+(?:good|fair|right)|works\s+for\s+me|fair\s+enough|deal|okay|ok|fine|agreed|"
    r"(?:you're|you\s+are)\s+(?:\w+\s+)?right|i\s+agree|"
    r"i(?:'ll|\s+will|'m\s+going\s+to)\s+(?!not\b|never\b|pretend\b)\w+|"
    r"i\s+can\s+(?:do|make|take)|happy\s+to|i'm\s+in|let's\s+(?:do|try)|"
    r"worr(?:y|ied|ies)|honest(?:ly)?|the\s+truth)\b",
    re.IGNORECASE,
)


@dataclass
class StreamGuard:
    """Feed streamed pieces; show what `feed`, `finish` and `stop` release; `accepted` holds
    every approved sentence (released or held); `problem` says why it stopped early."""

    context: PersonaContext
    accepted: list[str] = field(default_factory=list)
    problem: str | None = None
    trimmed: bool = False
    _buffer: str = ""
    _settled: bool = False  # relevance was judged: approved sentences are released at once
    _released: int = 0  # how many of `accepted` were released for display

    @property
    def done(self) -> bool:
        return self.problem is not None or len(self.accepted) >= MAX_SENTENCES

    @property
    def holding(self) -> bool:
        """Approved sentences wait for the relevance verdict (a front end shows it is typing)."""
        return len(self.accepted) > self._released

    def feed(self, piece: str) -> list[str]:
        """Add a piece of the reply; return the sentences released for display."""
        if self.done:
            self.trimmed = self.trimmed or bool(piece.strip())
            return []
        self._buffer += piece
        complete, self._buffer = split_sentences(self._buffer)
        if len(_WORD.findall(self._buffer)) > MAX_SENTENCE_WORDS:
            complete.append(self._buffer)
            self._buffer = ""
        self._take(complete)
        return self._release()

    def finish(self) -> list[str]:
        """The stream ended: judge the unfinished rest, settle relevance, release the rest."""
        rest, self._buffer = self._buffer, ""
        if self.done and rest.strip():
            self.trimmed = True
        elif rest.strip():
            # A fragment cut off by the token limit is dropped once something was said.
            words = _WORD.findall(rest)
            if not self.accepted or (rest.rstrip()[-1:] in ".!?…" and len(words) >= 2):
                self._take([rest])
        self._settle()
        return self._release()

    def stop(self) -> list[str]:
        """The stream was cut (cancelled, or the model failed): judge what was approved so
        far, without the unfinished rest, and release it."""
        self._buffer = ""
        self._settle()
        return self._release()

    def _settle(self) -> None:
        """Judge whether what was approved is about the conversation; if not, none of it may
        be shown (nothing was released yet: releasing waits for this)."""
        if self._settled:
            return
        self._settled = True
        relevance = relevance_problem(self.accepted, self.context) if self.accepted else None
        if relevance is None and self.accepted:
            relevance = concession_problem(self.accepted, self.context)
        if relevance is None and self.accepted and self._repeats_a_whole_reply():
            relevance = "repeated an earlier reply"
        if relevance is None and self.accepted and self._only_a_phrase_over_and_over():
            relevance = "repeated itself in a loop"
        if relevance is not None:
            self.problem = relevance
            self.accepted.clear()

    def _repeats_a_whole_reply(self) -> bool:
        """All it says is an earlier reply again: Dana's "Fair." twice, after the rest of each
        was cut (a short sentence alone passes the sentence checks, and a short reply is still
        held here, so it can be replaced by an authored line)."""
        said = _normalise(self.text)
        return any(said == _normalise(reply) for reply in self.context.previous_replies)

    def _only_a_phrase_over_and_over(self) -> bool:
        """All it says is one short phrase again and again: Noor's "I'm sorry, I'm sorry, I'm
        sorry.", or Ravi's "I'm sorry, I'm sorry, I'm sorry. I'll keep doing that." (the rest
        names nothing of the conversation); "I know, I know, I know. I'll fix the billing jobs
        today." goes on to say something."""
        if _one_phrase_over_and_over(_WORD.findall(self.text.lower())):
            return True
        first, *rest = self.accepted
        return _one_phrase_over_and_over(_WORD.findall(first.lower())) and not _names_the_topic(
            rest, self.context
        )

    def _release(self) -> list[str]:
        if not self._settled:
            return []
        released = self.accepted[self._released :]
        self._released = len(self.accepted)
        return released

    def _take(self, sentences: list[str]) -> None:
        for raw in sentences:
            if self.done:
                self.trimmed = self.trimmed or bool(raw.strip())
                break
            sentence = clean(raw, self.context)
            if not _WORD.search(sentence):
                continue
            problem = sentence_problem(sentence, self.context, self.accepted)
            if problem is None and self._settled:
                # Shown sentences stay: a sentence that makes the reply wander ends it here.
                problem = relevance_problem([*self.accepted, sentence], self.context)
            if problem:
                self.problem = problem
                break
            self.accepted.append(sentence)
            if not self.done and not self._settled and len(_said(self.accepted)) >= SETTLE_WORDS:
                # Released early only when on topic: an off-topic verdict on the first sentences
                # may still turn once the reply goes on, so those are held until it is over.
                self._settled = (
                    relevance_problem(self.accepted, self.context) is None
                    and concession_problem(self.accepted, self.context) is None
                )
        if self.done:
            self._settle()

    @property
    def text(self) -> str:
        return " ".join(self.accepted)


def _names_the_topic(sentences: list[str], context: PersonaContext) -> bool:
    """Whether the sentences share a topic word with the conversation (no vocabulary: assume so)."""
    return not context.vocabulary or bool(_on_topic(_said(sentences), context))


def _on_topic(words: set[str], context: PersonaContext) -> set[str]:
    """The words the conversation's vocabulary holds, as said or by their stem."""
    return {w for w in words if w in context.vocabulary or _stem(w) in context.vocabulary}


def _said(sentences: list[str]) -> set[str]:
    return {w for sentence in sentences for w in _topic_words(sentence)}


def check_reply(text: str, context: PersonaContext) -> tuple[str, str | None]:
    """Guard a whole reply at once: (what may be shown, why the rest was not)."""
    guard = StreamGuard(context)
    guard.feed(text)
    guard.finish()
    if not guard.accepted:
        return "", guard.problem or "said nothing"
    if guard.problem:
        return guard.text, guard.problem
    if guard.trimmed:
        return guard.text, f"trimmed to {MAX_SENTENCES} sentences"
    return guard.text, None
