"""Builds the spaCy pipeline per language and turns a processed Doc into an ArticleRecord.

``doc_to_record`` is the only place where a Doc becomes records; everything downstream (CLI,
store, exports) reads ArticleRecord.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newstrace.components import base
from newstrace.components.attribution import make_attribution  # noqa: F401  (registers factory)
from newstrace.components.entities import make_entities  # noqa: F401
from newstrace.components.events import make_events  # noqa: F401
from newstrace.components.paragraphs import make_paragraphs  # noqa: F401
from newstrace.components.quantities import make_quantities  # noqa: F401
from newstrace.components.times import make_times  # noqa: F401
from newstrace.components.typography import make_apostrophes  # noqa: F401
from newstrace.errors import ModelNotFoundError
from newstrace.lang import load_pack
from newstrace.records import Article, ArticleRecord

COMPONENTS = (
    "newstrace_entities",
    "newstrace_times",
    "newstrace_quantities",
    "newstrace_attribution",
    "newstrace_events",
)


def build_pipeline(
    lang: str = "en", model: str | None = None, ontology: str = "default"
) -> Language:
    """A fresh pipeline: the spaCy model for ``lang`` (or ``model``) plus newstrace's components."""
    pack = load_pack(lang)
    model_name = model or pack.model
    base.ensure_extensions()
    try:
        nlp = spacy.load(model_name)
    except OSError as error:
        raise ModelNotFoundError(
            f"spaCy model {model_name!r} is not installed (pip install it, or pass --model)"
        ) from error
    nlp.add_pipe("newstrace_paragraphs", first=True)
    if pack.straight_apostrophes:
        nlp.add_pipe("newstrace_apostrophes", first=True)
    for name in COMPONENTS:
        config: dict[str, object] = {"lang": lang}
        if name == "newstrace_events":
            config["ontology"] = ontology
        nlp.add_pipe(name, config=config)
    return nlp


@lru_cache(maxsize=8)
def load_pipeline(
    lang: str = "en", model: str | None = None, ontology: str = "default"
) -> Language:
    """The pipeline for ``lang``, loaded once per process."""
    return build_pipeline(lang, model, ontology)


def make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    base.remember_text(doc, article.text)
    doc._.published = article.published
    doc._.article_id = article.id
    return doc


def doc_to_record(doc: Doc, article: Article) -> ArticleRecord:
    return ArticleRecord(
        id=article.id,
        title=article.title,
        url=article.url,
        outlet=article.outlet,
        published=article.published,
        language=article.language,
        text=article.text,
        entities=doc._.nt_entities or [],
        quotes=doc._.quotes or [],
        quantities=doc._.quantities or [],
        times=doc._.times or [],
        events=doc._.events or [],
    )


def process(
    articles: Iterable[Article],
    model: str | None = None,
    ontology: str = "default",
    batch_size: int = 16,
) -> Iterator[ArticleRecord]:
    """Records for the articles, in order; each language goes through its own pipeline."""
    for article in articles:
        nlp = load_pipeline(article.language, model if article.language == "en" else None, ontology)
        doc = nlp(make_doc(nlp, article))
        yield doc_to_record(doc, article)
