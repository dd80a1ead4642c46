"""Jargon in a message: glossary terms, unknown acronyms, code names, rare technical words.

Offline and deterministic. Glossary terms come with their curated plain
explanation; everything else is found by its shape (camelCase, snake_case,
file paths, version strings, words with digits, ALL-CAPS abbreviations) or by
being absent from the shipped list of common English words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rehearse.rewrite.facts import Fact, extract_facts
from rehearse.rewrite.glossary import glossary
from rehearse.rewrite.tokens import Spans, Token, protected_spans, tokens
from rehearse.rewrite.wordlists import first_names, is_everyday, is_very_common

EXPLANATIONS = {
    "acronym": "an abbreviation a reader may not know: spell it out",
    "identifier": "a name from the code: say what it does instead",
    "version": "a software version number",
    "path": "a file or folder location",
    "code": "code or a technical name, shown as written",
    "rare": "an uncommon technical word: explain it or use a plainer one",
}

# Abbreviations every office reader knows: never flagged.
EVERYDAY_ACRONYMS = frozenset(
    """AI AM PM OK FYI ASAP CEO CTO CFO COO CMO CIO CPO CISO VP SVP EVP HR US USA UK EU UN NYC SF
    LA TV FAQ ID IDS IT USD EUR GBP UTC GMT PT PST PDT ET EST EDT CET CEST BST IST EOD EOW EOM EOQ
    EOY COB FY YOY QOQ MOM ROI B2B B2C CRM KPI KPIS OKR OKRS ETA MVP SAAS GDPR PDF PDFS URL URLS
    USB WIFI NDA LLC INC LTD OOO TBD TBA RSVP PS CC BCC IPO PR NB AKA DM DMS IOS MAC PC PCS TLDR TL
    DR ADA QA SMS ARR MRR NPS CSAT GA RIP AOB EM""".split()  # noqa: SIM905 - a word list
)
_BRANDS = frozenset(
    """youtube linkedin powerpoint paypal whatsapp fedex iphone ipad icloud ebay macbook jetblue
    soundcloud doordash hubspot quickbooks openai chatgpt macos iphones ipads ios""".split()  # noqa: SIM905
)
_ABBREVIATIONS = frozenset({"e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "etc", "vs", "n.b", "p.s"})
_DOMAINS = frozenset({"com", "org", "net", "io", "co", "uk", "dev", "app", "ai", "gov", "edu"})
_FILE_EXTENSION = re.compile(
    r"\.(?:py|js|ts|tsx|jsx|go|rs|java|kt|rb|php|cs|cpp|c|h|swift|yaml|yml|json|toml|cfg|ini|sql|sh|md|txt|"
    r"log|conf|xml|csv|html|css|lock|env|tf|proto|gz|zip|tar|jar|dll|so|exe|dmg|apk|ipa|pem|key|crt)$",
    re.IGNORECASE,
)
_CAMEL = re.compile(r"^[a-z]+[A-Z]|^[A-Z][a-z]+[A-Z][a-z]")
_SURNAME_PREFIX = re.compile(r"^(?:Mc|Mac|De|La|Le|Van|Von|Di|Da|O')[A-Z]")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th|s)$", re.IGNORECASE)
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,8}s?$|^[A-Z]{2,}[a-z][A-Z]+$")
_WORD_SHAPED = re.compile(
    r"(?:tion|sion|ing|ment|ness|ity|ism|ize|ise|ized|ised|ally|ously|ies|ed|ers)$"
)


@dataclass(frozen=True)
class Jargon:
    """One jargon term: as first written, a plain explanation, its kind, where it occurs."""

    term: str
    plain: str
    kind: str
    spans: tuple[tuple[int, int], ...]

    def as_json(self) -> dict[str, str]:
        return {"term": self.term, "plain": self.plain}


def find_jargon(text: str, facts: list[Fact] | None = None) -> list[Jargon]:
    """Every jargon term in `text`, once each, in order of first appearance."""
    facts = extract_facts(text) if facts is None else facts
    skip = Spans(protected_spans(text))
    found: dict[str, tuple[str, str, str, list[tuple[int, int]]]] = {}

    def add(key: str, term: str, plain: str, kind: str, span: tuple[int, int]) -> None:
        if key in found:
            found[key][3].append(span)
        else:
            found[key] = (term, plain, kind, [span])

    for match in re.finditer(r"`([^`\n]{1,120})`", text):
        add("code:" + match.group(1), match.group(1), EXPLANATIONS["code"], "code", match.span())

    words = [t for t in tokens(text) if not skip.overlaps(t.start, t.end)]
    hits = glossary().find(text, words)
    for hit in hits:
        add(
            "glossary:" + hit.entry.term,
            hit.text,
            hit.entry.plain,
            "glossary",
            (hit.start, hit.end),
        )
    covered = Spans((hit.start, hit.end) for hit in hits)
    versions = Spans((f.start, f.end) for f in facts if f.kind == "version")
    other_facts = Spans((f.start, f.end) for f in facts if f.kind != "version")
    for word in words:
        if covered.overlaps(word.start, word.end):
            continue
        if versions.overlaps(word.start, word.end):
            add(
                "version:" + word.text,
                word.text,
                EXPLANATIONS["version"],
                "version",
                (word.start, word.end),
            )
            continue
        if other_facts.overlaps(word.start, word.end):
            continue
        kind = classify(word, text)
        if kind is not None:
            add(
                f"{kind}:{word.text.lower()}",
                word.text,
                EXPLANATIONS[kind],
                kind,
                (word.start, word.end),
            )

    ordered = sorted(found.values(), key=lambda item: item[3][0][0])
    return [Jargon(term, plain, kind, tuple(spans)) for term, plain, kind, spans in ordered]


def classify(word: Token, text: str) -> str | None:
    """What kind of jargon a word not in the glossary is, by its shape; None if plain."""
    w = word.text.rstrip("'’")
    if len(w) < 2 or w.startswith("#"):
        return None
    followed = text[word.end : word.end + 2]
    preceded = text[max(0, word.start - 2) : word.start]
    if followed == "()" or preceded == "--":
        return "identifier"
    if "/" in w:
        return _path_or_plain(w)
    if _FILE_EXTENSION.search(w) and "." in w.lstrip("."):
        return "path"
    if "." in w:
        return _dotted(w)
    if "_" in w.strip("_"):
        return "identifier"
    if re.search(r"\d", w) and re.search(r"[A-Za-z]", w):
        return (
            None
            if _ORDINAL.match(w) or w.lower() in ("4g", "5g", "3g", "mp3", "mp4")
            else "identifier"
        )
    if _CAMEL.search(w) and w.lower() not in _BRANDS and not _SURNAME_PREFIX.match(w):
        return "identifier"
    if _ACRONYM.match(w):
        return _acronym(w)
    if w[0].isupper():
        return _capitalised(w)
    return _rare(w)


def _path_or_plain(w: str) -> str | None:
    parts = [p for p in w.split("/") if p]
    if all(len(p) <= 1 for p in parts):
        return None  # A/B, I/O-like pairs of letters
    if w.startswith(("/", "~/", "./", "../")) or len(parts) >= 3 or _FILE_EXTENSION.search(w):
        return "path"
    if all(is_everyday(p) or p.isdigit() for p in parts):
        return None  # and/or, read/write, 24/7
    if any(_ACRONYM.match(p) and p.upper() not in EVERYDAY_ACRONYMS for p in parts):
        return "acronym"
    return "path" if any(not is_everyday(p) for p in parts if p.isalpha()) else None


def _dotted(w: str) -> str | None:
    lower = w.lower()
    if lower in _ABBREVIATIONS or lower.rstrip(".") in _ABBREVIATIONS:
        return None
    parts = lower.split(".")
    if parts[-1] in _DOMAINS or all(len(p) <= 1 for p in parts):
        return None
    return "identifier"


def _acronym(w: str) -> str | None:
    bare = w[:-1] if w.endswith("s") and w[:-1].isupper() else w
    if bare.upper() in EVERYDAY_ACRONYMS or w.upper() in EVERYDAY_ACRONYMS:
        return None
    if is_very_common(bare) or (len(bare) >= 4 and is_everyday(bare)):
        return None  # shouting (NOT, URGENT), not an abbreviation
    return "acronym"


def _capitalised(w: str) -> str | None:
    """A capitalised word that is no name: rare only if shaped like a technical noun or verb."""
    lower = w.lower()
    if lower in first_names() or is_everyday(lower) or not _WORD_SHAPED.search(lower):
        return None
    return _rare(lower)


def _rare(w: str) -> str | None:
    parts = [p for p in re.split(r"[-'’]", w) if p]
    if not parts or not all(p.isalpha() for p in parts):
        return None
    for part in parts:
        lower = part.lower()
        rare = len(lower) >= 5 and not is_everyday(lower) and lower not in first_names()
        # an everyday verb done again is no jargon: "restarts", "recomputes", "reopened"
        rare = rare and not (lower.startswith("re") and len(lower) >= 6 and is_everyday(lower[2:]))
        if rare and not glossary().is_term_word(part):
            return "rare"
    return None
