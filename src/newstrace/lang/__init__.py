"""Language packs: the lexicons the extractors read, one YAML file per language.

A pack is data (``lang/<code>/lexicon.yaml``); this module loads it once and derives the
lookup structures (longest-first alternations for regexes) that the components share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from typing import Any

import yaml

from newstrace.errors import LanguageError

SUPPORTED_LANGUAGES = ("en", "fr")


def alternation(words: Any) -> str:
    """A regex alternation of the words, longest first so that 'several hundred' beats 'several'."""
    escaped = sorted({re.escape(str(w)) for w in words}, key=len, reverse=True)
    return "|".join(escaped)


@dataclass(frozen=True, eq=False)
class LanguagePack:
    code: str
    data: dict[str, Any] = field(repr=False)

    def __getitem__(self, key: str) -> Any:
        return self.data.get(key, {} if key not in _LIST_KEYS else [])

    @property
    def straight_apostrophes(self) -> bool:
        """Whether the pack's model reads "’" as "'" (``components/typography.py``)."""
        return bool(self.data.get("straight_apostrophes", False))

    def words(self, key: str) -> frozenset[str]:
        value = self[key]
        return frozenset(str(v).lower() for v in value)

    @cached_property
    def outlet_variants(self) -> dict[str, str]:
        """Lower-cased variant (and canonical name) to canonical outlet name: the outlets every
        language shares (``lang/outlets.yaml``), then the pack's own."""
        table: dict[str, str] = {}
        for canonical, variants in {**shared_outlets(), **(self["outlets"] or {})}.items():
            for variant in [canonical, *(variants or [])]:
                key = variant.lower().replace("’", "'")
                table[key] = canonical
                for article in ("the ", "le ", "la ", "les ", "l'"):
                    if key.startswith(article) and len(key) > len(article) + 3:
                        table.setdefault(key[len(article) :], canonical)
        return table

    @cached_property
    def lowercase_outlets(self) -> frozenset[str]:
        """The variants an outlet writes in lower case ("franceinfo")."""
        return frozenset(
            variant
            for canonical, variants in {**shared_outlets(), **(self["outlets"] or {})}.items()
            for variant in [canonical, *variants]
            if variant == variant.lower()
        )

    @property
    def model(self) -> str:
        return str(self.data["model"])


_LIST_KEYS = {
    "cue_verbs",
    "reporting_nouns",
    "reporting_participles",
    "source_prepositions",
    "outlet_heads",
    "role_nouns",
    "person_object_senses",
    "performative_objects",
    "outlet_participles",
    "stance_prepositions",
    "opinion_holders",
    "anonymity_formulas",
    "anonymity_determiners",
    "person_pronouns",
    "description_determiners",
    "present_ref",
    "past_ref",
    "future_ref",
    "set_words",
    "modal_hypothetical",
    "planned_markers",
    "negation_words",
    "confirmation_verbs",
    "conditional_markers",
    "threat_markers",
    "attempt_markers",
    "foil_markers",
    "prevention_markers",
    "clause_only_cues",
    "conduct_participles",
    "stance_adjectives",
    "reported_conditionals",
    "age_units",
    "likelihood_adjectives",
    "permission_verbs",
    "denial_verbs",
    "decision_verbs",
}


@cache
def load_pack(code: str) -> LanguagePack:
    """The language pack for ``code`` ('en', 'fr'); raises LanguageError for others."""
    if code not in SUPPORTED_LANGUAGES:
        raise LanguageError(
            f"no language pack for {code!r}; supported: {', '.join(SUPPORTED_LANGUAGES)}"
        )
    text = resources.files("newstrace.lang").joinpath(code, "lexicon.yaml").read_text("utf-8")
    return LanguagePack(code=code, data=yaml.safe_load(text))


@cache
def shared_outlets() -> dict[str, list[str]]:
    """The news outlets of ``lang/outlets.yaml``: canonical name to the variants reports use."""
    text = resources.files("newstrace.lang").joinpath("outlets.yaml").read_text("utf-8")
    return {str(k): [str(v) for v in (vs or [])] for k, vs in yaml.safe_load(text).items()}


def calendar_words(*codes: str) -> frozenset[str]:
    """Month and weekday names (full forms) of the given languages' packs."""
    words: set[str] = set()
    for code in codes:
        pack = load_pack(code)
        words.update(
            str(w).lower() for w in (*pack["months"], *pack["weekdays"]) if len(str(w)) >= 4
        )
    return frozenset(words)
