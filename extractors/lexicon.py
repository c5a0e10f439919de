"""Loads lexicon.yaml once and compiles its patterns."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

LEXICON_PATH = Path(__file__).with_name("lexicon.yaml")


@dataclass(frozen=True)
class Lexicon:
    titles: list[tuple[str, re.Pattern[str]]]
    agency_prefix: re.Pattern[str]
    labels: dict[str, list[str]]
    name_stoppers: list[str]
    negations: list[str]
    neutral_after: list[str]
    tags: dict[str, re.Pattern[str]]
    third_party_party: list[str]
    equipment: dict[str, re.Pattern[str]]
    platforms: dict[str, re.Pattern[str]]
    platform_context: list[str]
    clauses: dict[str, list[tuple[str, re.Pattern[str]]]]
    subtypes: list[tuple[str, re.Pattern[str]]]
    generic_title: re.Pattern[str] | None = None

    def clauses_for(self, doc_type: str, kind: str | None = None) -> list[tuple[str, re.Pattern[str]]]:
        """The clauses to look for in a document of this doc_type (and finer kind)."""
        own = "penalty_decision" if doc_type == "no_penalty_decision" else doc_type
        found = list(self.clauses.get(own, []))
        for key in {doc_type, kind} - {None, own}:
            found += self.clauses.get(key, [])
        found += self.clauses.get("*", [])
        return list(dict.fromkeys(found))

    def classify_title(self, line: str) -> str | None:
        """The doc_type whose title matches the whole line, or None."""
        return self._match(line, self.titles)

    def classify_heading(self, line: str) -> str | None:
        """Like classify_title, and a heading of a document we do not know is `other`."""
        found = self._match(line, self.titles)
        if found is None and self.generic_title is not None:
            text = re.sub(r"\s+", "", line)
            if self.generic_title.fullmatch(text) and not self.agency_prefix.search(text):
                return "other"
        return found

    def subtype(self, title: str) -> str | None:
        """The finer name of a document (monitoring_report, case_review …), or None."""
        return self._match(title, self.subtypes) if title else None

    def _match(self, line: str, table: list[tuple[str, re.Pattern[str]]]) -> str | None:
        text = re.sub(r"\s+", "", line).strip("：:。.·-—_*")
        text = re.sub(r"[（(](?:副本|存根|正本|第[一二三四五六七八九十\d]+联)[)）]$", "", text)
        candidates = [text] + [text[m.end():] for m in self.agency_prefix.finditer(text)
                               if m.start() <= 30]
        for candidate in candidates:
            for doc_type, pattern in table:
                if pattern.fullmatch(candidate):
                    return doc_type
        return None


def _alternation(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{w})" for w in words))


def _clauses(data: dict) -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """Clause groups; a key may name several doc kinds, separated by commas."""
    out: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for keys, items in data.items():
        for key in (k.strip() for k in keys.split(",")):
            out.setdefault(key, []).extend((name, re.compile(p)) for name, p in items.items())
    return out


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    data = yaml.safe_load(Path(path or LEXICON_PATH).read_text(encoding="utf-8"))
    titles = [(doc_type, re.compile(pattern))
              for doc_type, patterns in data["titles"].items() for pattern in patterns]
    return Lexicon(
        titles=titles,
        agency_prefix=re.compile(data["agency_prefix"]),
        labels=data["labels"],
        name_stoppers=data["name_stoppers"],
        negations=sorted(data["negations"], key=len, reverse=True),
        neutral_after=data["neutral_after"],
        tags={k: _alternation(v) for k, v in data["tags"].items()},
        third_party_party=data["third_party_party"],
        equipment={k: _alternation(v) for k, v in data["equipment"].items()},
        platforms={k: _alternation(v) for k, v in data["platforms"].items()},
        platform_context=data["platform_context"],
        subtypes=[(name, re.compile(p)) for name, ps in data.get("subtypes", {}).items() for p in ps],
        clauses=_clauses(data.get("clauses", {})),
        generic_title=re.compile(data["generic_title"]) if data.get("generic_title") else None,
    )
