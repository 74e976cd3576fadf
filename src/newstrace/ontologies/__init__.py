"""Event ontologies: YAML files of event types, triggers, argument roles and mappings.

Load one by name (a file shipped in this folder: ``default``, ``muc4``) or by path. A file that
does not follow the schema raises OntologyError naming the file and the faulty field.

Beyond its triggers, a type may declare what makes a mention no instance of it (``not_in``:
words of the sentence; ``excluded_targets``: what every target is) and which more specific
types absorb it (``subsumed_by``), which modifiers name the means rather than the doer
(``instruments``: "bomb attack"), and a trigger whether its possessor is the doer or the victim
(``possessor``: "the rebels' attack", "the senator's murder"); an ontology may declare how
recent an event must be to count as news (``recent_days``) and where it must happen (``scope``:
the places and nationalities in scope, and foreign ones that put an event out of it). The events
component applies ``not_in``, ``excluded_targets``, ``instruments``, ``possessor`` and
``aimed_at`` and ``held_by`` (prepositions whose object is the target, "strikes on the city",
or the actor, "tried before a military court"), evaluations the rest.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from newstrace.errors import OntologyError


def _words(description: str) -> Any:
    """A list of words in an ontology file, empty when not given."""
    return Field(default_factory=list, description=description)


class Trigger(BaseModel):
    model_config = ConfigDict(extra="forbid")
    lemma: str = Field(min_length=1)
    with_: list[str] = Field(default_factory=list, alias="with")
    modified_by: list[str] = _words(
        "Only with one of these lemmas as a modifier or a 'with' phrase of the "
        "trigger: 'bomb attack', 'attack with dynamite'.",
    )
    passive_with: list[str] = _words(
        "Also (without a `with` word) as a passive verb whose subject is one of "
        "these: 'the men were held', 'none of the officers has been charged'.",
    )
    pos: list[str] = _words(
        "Only as one of these parts of speech (spaCy's coarse tags: NOUN, VERB).",
    )
    not_in: list[str] = _words(
        "Not in a sentence holding one of these lemmas ('killed in clashes').",
    )
    actors: list[str] = _words(
        "Only with one of these as the verb's subject or agent: 'planes bombed'.",
    )
    without: list[str] = _words(
        "Not when the trigger governs one of these lemmas ('summon the ambassador').",
    )
    idiom: bool = Field(
        default=False,
        description="The `with` word, as the verb's object, is part of an idiom, not an "
        "argument: whom it names is ('cost the lives of seven policemen', 'a coûté la vie à').",
    )
    subject: Literal["actor", "target"] = Field(
        default="actor",
        description="The role of a verb trigger's subject: the doer, or for an act one "
        "undergoes ('stand trial', 'went on trial'), the one it befalls.",
    )
    possessor: Literal["actor", "target"] = Field(
        default="actor",
        description="The role of a noun trigger's possessor: the doer ('the rebels' attack') "
        "or, for acts named after what befalls someone, the victim ('the senator's murder').",
    )

    @property
    def restricted(self) -> bool:
        return self.rank < 2

    @property
    def rank(self) -> int:
        """0 for a trigger that needs a word it governs, a modifier, an actor or a passive
        subject; 1 for one only ruled out by some words or parts of speech; 2 for a plain one.
        The index tries them in that order."""
        if self.with_ or self.modified_by or self.actors or self.passive_with:
            return 0
        return 1 if self.without or self.not_in or self.pos else 2


class EventType(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str
    triggers: list[Trigger] = Field(min_length=1)
    noun_of: Literal["actor", "target"] = "actor"
    not_in: list[str] = _words(
        "Lemmas that, anywhere in the sentence, rule this type out ('crash').",
    )
    excluded_targets: list[str] = _words(
        "Target head lemmas that make the event no instance of this type when "
        "every target of it is one of them (MUC: soldiers in combat are no terrorist target).",
    )
    instruments: list[str] = _words(
        "Modifiers of a noun trigger that name the means, not the doer, so are no "
        "actor: 'bomb attack', 'rifle fire', 'bullet wounds'.",
    )
    subsumed_by: list[str] = _words(
        "More specific types: an event of this type in the same sentence as an "
        "event of one of them is part of that incident ('killed in the bombing').",
    )
    aimed_at: list[str] = _words(
        "Prepositions whose object is what the act is aimed at, when it has no target "
        "otherwise: 'strikes on the city', 'fired on protesters', 'tirs sur la foule'.",
    )
    held_by: list[str] = _words(
        "Prepositions whose object does the act, when it has no actor otherwise: 'will go on "
        "trial before a military tribunal', 'jugés devant la cour d'assises'.",
    )
    plover: str | None = None
    acled: dict[str, str] = Field(default_factory=dict)


class Scope(BaseModel):
    """Where an event must happen to count: names (countries, nationality adjectives, capitals
    and other places, matched as whole words, case-insensitive) in scope and foreign ones. A
    text that locates something only in foreign places is about another country ("in
    Lebanon", a "MADRID, 3 JAN 90" dateline); a foreign nationality alone is not ("a U.S.
    nun" in El Salvador is in scope)."""

    model_config = ConfigDict(extra="forbid")
    places: list[str] = Field(min_length=1, description="Names in scope ('el salvador').")
    foreign: list[str] = Field(
        default_factory=list, description="Names out of scope ('spain', 'madrid', 'israeli')."
    )
    groups: list[str] = _words(
        "Armed organisations of the region ('fmln'): the one a text names is who "
        "its generic actors ('the rebels') are.",
    )

    @field_validator("places", "foreign", "groups")
    @classmethod
    def _lower_case_names(cls, names: list[str]) -> list[str]:
        cleaned = [" ".join(name.lower().split()) for name in names]
        if any(not name for name in cleaned):
            raise ValueError("empty name")
        return cleaned

    @model_validator(mode="after")
    def _disjoint(self) -> Scope:
        both = sorted(set(self.places) & set(self.foreign))
        if both:
            raise ValueError(f"names both in scope and foreign: {', '.join(both)}")
        return self

    def located(self, text: str) -> list[tuple[int, bool]]:
        """(offset, in scope) of every place ``text`` names as a location: after "in",
        "near", "outside" ("in Lebanon", "near the Madrid airport") or as a dateline ("MADRID,
        3 Jan 90 --"). A nationality or a country as a modifier ("a U.S. nun", "Soviet
        fishermen") names a target's, not the event's, country and counts only for the former
        (rule 4: a foreign target in a country of interest is in scope)."""
        lowered = text.lower()
        places, foreign = _scope_patterns(tuple(self.places), tuple(self.foreign))
        found = [(m.start(), True) for m in places.finditer(lowered)]
        if foreign is not None:
            found += [
                (m.start(), False)
                for m in foreign.finditer(lowered)
                if _LOCATIVE.search(lowered, max(0, m.start() - 24), m.start())
                or _DATELINE_END.match(lowered, m.end())
            ]
        return sorted(found)

    def groups_named(self, text: str) -> list[tuple[int, str]]:
        """(offset, name as written) of every armed organisation of ``groups`` that ``text``
        names, in text order."""
        if not self.groups:
            return []
        pattern, _ = _scope_patterns(tuple(self.groups), ())
        return [(m.start(), text[m.start() : m.end()]) for m in pattern.finditer(text.lower())]

    def out_of_scope(self, text: str) -> bool:
        """``text`` locates something in a foreign place and names none in scope."""
        found = self.located(text)
        return bool(found) and not any(inside for _, inside in found)


_LOCATIVE = re.compile(r"\b(?:in|near|outside)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}$")
_DATELINE_END = re.compile(r",\s+\d{1,2}\s+[a-z]{3}")


@cache
def _scope_patterns(
    places: tuple[str, ...], foreign: tuple[str, ...]
) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    def pattern(names: tuple[str, ...]) -> re.Pattern[str]:
        ordered = sorted(set(names), key=len, reverse=True)
        words = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in ordered)
        return re.compile(r"(?<![\w.])(?:" + words + r")(?![\w])")

    return pattern(places), pattern(foreign) if foreign else None


class Ontology(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    version: int = 1
    description: str = ""
    roles: list[str] = Field(
        default_factory=lambda: ["actor", "target", "count", "time", "place", "source"]
    )
    types: dict[str, EventType] = Field(min_length=1)
    recent_days: int | None = Field(
        default=None,
        ge=0,
        description="An event dated more than this many days before publication is background, "
        "no incident of the article (MUC-4: two months).",
    )
    scope: Scope | None = Field(
        default=None,
        description="Places in scope and foreign ones: an event whose context names only "
        "foreign places is out of scope (MUC-4: the nine Latin American countries).",
    )

    def trigger_index(self) -> dict[str, list[tuple[str, Trigger]]]:
        """Lower-cased first trigger word to the (type, trigger) pairs it may start; for each
        word the most restricted triggers come first (see ``Trigger.rank``)."""
        index: dict[str, list[tuple[str, Trigger]]] = {}
        for type_name, event_type in self.types.items():
            for trigger in event_type.triggers:
                index.setdefault(trigger.lemma.lower().split()[0], []).append((type_name, trigger))
        for pairs in index.values():
            pairs.sort(key=lambda pair: pair[1].rank)
        return index


def _builtin(name: str) -> Path | None:
    candidate = resources.files("newstrace.ontologies").joinpath(f"{name}.yaml")
    return Path(str(candidate)) if candidate.is_file() else None


@cache
def load_ontology(name_or_path: str = "default") -> Ontology:
    """The ontology shipped under that name, or read from that YAML path."""
    path = _builtin(name_or_path) or Path(name_or_path)
    if not path.is_file():
        raise OntologyError(f"no ontology named {name_or_path!r} and no such file", path=str(path))
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except yaml.YAMLError as error:
        raise OntologyError(f"not valid YAML: {error}", path=str(path)) from error
    try:
        return Ontology.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise OntologyError(
            f"invalid ontology at {where}: {first['msg']}", path=str(path)
        ) from error
