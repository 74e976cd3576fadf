"""newstrace: news reports in, a source-attributed evidence base out.

    >>> import newstrace
    >>> record = newstrace.extract_text('"We will not go," a soldier told Reuters on Monday.')
    >>> record.quotes[0].outlet.name
    'Reuters'

Public API: ``extract_text``, ``extract``, ``load_pipeline``, ``open_store``, the records in
``newstrace.records`` and the exceptions in ``newstrace.errors``.
"""

from newstrace.api import extract, extract_text
from newstrace.errors import NewstraceError
from newstrace.pipeline import load_pipeline
from newstrace.records import ArticleRecord
from newstrace.store import open_store

__all__ = [
    "ArticleRecord",
    "NewstraceError",
    "extract",
    "extract_text",
    "load_pipeline",
    "open_store",
]
__version__ = "0.1.0"
