"""Event ontologies: YAML files of event types, triggers, argument roles and mappings.

Load one by name (a file shipped in this folder: ``default``, ``muc4``) or by path. A file that
does not follow the schema raises OntologyError naming the file and the faulty field.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from newstrace.errors import OntologyError


class Trigger(BaseModel):
    model_config = ConfigDict(extra="forbid")
    lemma: str = Field(min_length=1)
    with_: list[str] = Field(default_factory=list, alias="with")


class EventType(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str
    triggers: list[Trigger] = Field(min_length=1)
    noun_of: Literal["actor", "target"] = "actor"
    plover: str | None = None
    acled: dict[str, str] = Field(default_factory=dict)


class Ontology(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    version: int = 1
    description: str = ""
    roles: list[str] = Field(
        default_factory=lambda: ["actor", "target", "count", "time", "place", "source"]
    )
    types: dict[str, EventType] = Field(min_length=1)

    def trigger_index(self) -> dict[str, list[tuple[str, Trigger]]]:
        """Lower-cased first trigger word to the (type, trigger) pairs it may start."""
        index: dict[str, list[tuple[str, Trigger]]] = {}
        for type_name, event_type in self.types.items():
            for trigger in event_type.triggers:
                index.setdefault(trigger.lemma.lower().split()[0], []).append((type_name, trigger))
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
