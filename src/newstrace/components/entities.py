"""Named entities with a canonical form, from the spaCy NER the pipeline already runs.

Outlets named in the language pack ("the WSJ", "Wall Street Journal") are labelled OUTLET and
given the pack's canonical name, so that later stages can tell a source from its publisher.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from newstrace.components.base import VERSION, ensure_extensions
from newstrace.lang import LanguagePack, load_pack
from newstrace.records import Entity, content_id

EXTRACTOR = f"newstrace.entities@{VERSION}"
KEPT_LABELS = {"PERSON", "PER", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "MISC"}
_LEADING = re.compile(r"^(?:(?:the|la|le|les)\s+|l['’]\s*)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")


def canonical_name(text: str) -> str:
    """'the Kremlin's' → 'Kremlin'; white space folded."""
    name = " ".join(text.split())
    name = _POSSESSIVE.sub("", name)
    return _LEADING.sub("", name).strip(" ,.;:") or name


def outlet_name(text: str, pack: LanguagePack) -> str | None:
    """The canonical outlet for a mention, when the pack or its head word says it is one; a
    mention all in lower case names none ("ce soir", "le point") unless the outlet writes
    itself so ("franceinfo")."""
    key = " ".join(text.split()).lower().strip(" ,.;:").replace("’", "'")
    if text == text.lower() and key not in pack.lowercase_outlets:
        return None
    key = _POSSESSIVE.sub("", key)
    if key in pack.outlet_variants:
        return pack.outlet_variants[key]
    stripped = _LEADING.sub("", key)
    if stripped in pack.outlet_variants:
        return pack.outlet_variants[stripped]
    return None


def looks_like_outlet(span: Span, pack: LanguagePack) -> bool:
    if outlet_name(span.text, pack):
        return True
    heads = pack.words("outlet_heads")
    return span.label_ in {"ORG", "WORK_OF_ART", "MISC"} and span[-1].lower_ in heads


class EntitiesComponent:
    """spaCy component: writes ``doc._.nt_entities`` (list of Entity)."""

    def __init__(self, nlp: Language, name: str, pack: LanguagePack) -> None:
        self.name = name
        self.pack = pack

    def __call__(self, doc: Doc) -> Doc:
        records = []
        for ent in doc.ents:
            outlet = outlet_name(ent.text, self.pack)
            if (
                outlet is None
                and ent.label_ not in KEPT_LABELS
                and not looks_like_outlet(ent, self.pack)
            ):
                continue
            label = "OUTLET" if outlet or looks_like_outlet(ent, self.pack) else ent.label_
            label = "PERSON" if label == "PER" else label
            records.append(
                Entity(
                    id=content_id(
                        "entity", doc._.article_id, ent.start_char, ent.end_char, ent.text
                    ),
                    text=ent.text,
                    start=ent.start_char,
                    end=ent.end_char,
                    label=label,
                    canonical=outlet or canonical_name(ent.text),
                    extractor=EXTRACTOR,
                    confidence=0.8,
                )
            )
        doc._.nt_entities = records
        return doc


@Language.factory(
    "newstrace_entities",
    default_config={"lang": None},
    requires=["doc.ents"],
    assigns=["doc._.nt_entities"],
)
def make_entities(nlp: Language, name: str, lang: str | None) -> EntitiesComponent:
    ensure_extensions()
    return EntitiesComponent(nlp, name, load_pack(lang or nlp.lang))
