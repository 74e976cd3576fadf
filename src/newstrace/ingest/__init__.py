"""Readers that turn inputs into Articles: plain text, HTML, JSON Lines, directories, stdin.

``read_inputs`` yields an ``Article`` per readable article and a ``Failure`` (path and error)
for each input that cannot be read, so that a batch reports the bad file and goes on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from newstrace.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    HTMLExtractionError,
    InputError,
    InputTooLargeError,
    LanguageError,
    NewstraceError,
    RecordFormatError,
    UnsupportedInputError,
)
from newstrace.lang import SUPPORTED_LANGUAGES
from newstrace.records import Article

MAX_BYTES = 10 * 1024 * 1024
MIN_HTML_WORDS = 8
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


@dataclass(frozen=True)
class Failure:
    """An input that could not be read: where, and the error saying why."""

    path: str
    error: NewstraceError

    def __str__(self) -> str:
        return str(self.error)


@dataclass(frozen=True)
class Defaults:
    """What the user said on the command line; metadata in the input wins over it."""

    published: date | None = None
    language: str | None = None
    outlet: str | None = None


def decode(data: bytes, path: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with BOM; binary is refused."""
    if len(data) > MAX_BYTES:
        raise InputTooLargeError(
            f"{len(data):,} bytes is over the {MAX_BYTES:,}-byte limit for one input", path=path
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise EncodingError(f"not valid UTF-16: {error.reason}", path=path) from error
    head = data[:8192]
    if b"\x00" in head or _control_ratio(head) > 0.05:
        raise BinaryInputError("binary data, not text (NUL or control bytes)", path=path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise EncodingError(
            f"not valid UTF-8 (byte {error.start}: {error.reason}); re-encode the file as UTF-8",
            path=path,
        ) from error


def _control_ratio(data: bytes) -> float:
    if not data:
        return 0.0
    controls = sum(1 for byte in data if byte < 32 and byte not in (9, 10, 12, 13))
    return controls / len(data)


def detect_language(text: str) -> str:
    import py3langid

    code, _ = py3langid.classify(text[:5000])
    return str(code)


def _language(text: str, given: str | None, path: str) -> str:
    language = given or detect_language(text)
    if language not in SUPPORTED_LANGUAGES:
        raise LanguageError(
            f"language {language!r} is not supported (only {', '.join(SUPPORTED_LANGUAGES)}); "
            "pass --lang to force one",
            path=path,
        )
    return language


def _parse_date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None


def make_article(
    text: str,
    path: str,
    defaults: Defaults,
    *,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    published: Any = None,
    language: str | None = None,
) -> Article:
    if not text.strip():
        raise EmptyInputError("no text (empty or white space only)", path=path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Article(
        id=Article.make_id(text, url),
        title=title,
        url=url,
        outlet=outlet or defaults.outlet,
        published=_parse_date(published) or defaults.published,
        language=_language(text, language or defaults.language, path),
        text=text,
        source_path=path,
    )


def read_text(data: bytes, path: str, defaults: Defaults) -> Iterator[Article]:
    yield make_article(decode(data, path), path, defaults)


def read_html(data: bytes, path: str, defaults: Defaults) -> Iterator[Article]:
    import trafilatura

    html = decode(data, path)
    if not html.strip():
        raise EmptyInputError("empty HTML page", path=path)
    try:
        result = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, favor_precision=True
        )
    except Exception as error:  # trafilatura raises many kinds on broken pages
        raise HTMLExtractionError(f"the page could not be parsed: {error}", path=path) from error
    if result is None:
        raise HTMLExtractionError("no main text found in the page", path=path)
    document: dict[str, Any] = result.as_dict() if hasattr(result, "as_dict") else result
    text = document.get("text") or ""
    if len(text.split()) < MIN_HTML_WORDS:
        raise HTMLExtractionError(
            f"no main text found in the page ({len(text.split())} word(s) outside boilerplate)",
            path=path,
        )
    yield make_article(
        document["text"],
        path,
        defaults,
        title=document.get("title"),
        url=document.get("url"),
        outlet=document.get("sitename"),
        published=document.get("date"),
        language=document.get("language")
        if document.get("language") in SUPPORTED_LANGUAGES
        else None,
    )


def read_jsonl(data: bytes, path: str, defaults: Defaults) -> Iterator[Article | Failure]:
    """One article per line; a bad line is a Failure naming its line, the rest go on."""
    content = decode(data, path)
    if not content.strip():
        raise EmptyInputError("no records (empty file)", path=path)
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise RecordFormatError("a record must be a JSON object", path=where)
            if not isinstance(record.get("text"), str):
                raise RecordFormatError("the record has no 'text' string", path=where)
            yield make_article(
                record["text"],
                where,
                defaults,
                title=record.get("title"),
                url=record.get("url"),
                outlet=record.get("outlet"),
                published=record.get("published"),
                language=record.get("language") or record.get("lang"),
            )
        except json.JSONDecodeError as error:
            yield Failure(where, RecordFormatError(f"not valid JSON: {error.msg}", path=where))
        except InputError as error:
            yield Failure(where, error)
        except LanguageError as error:
            yield Failure(where, error)


def _sniff(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if head.startswith(
        (b"<!doctype", b"<html", b"<?xml", b"<head", b"<body", b"<article", b"<div")
    ):
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def _reader_for(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return _sniff(data)


def read_bytes(
    data: bytes, path: str, kind: str, defaults: Defaults
) -> Iterator[Article | Failure]:
    try:
        if kind == "html":
            yield from read_html(data, path, defaults)
        elif kind == "jsonl":
            yield from read_jsonl(data, path, defaults)
        else:
            yield from read_text(data, path, defaults)
    except (InputError, LanguageError) as error:
        yield Failure(path, error)


def expand_paths(paths: Iterable[str]) -> Iterator[str | Failure]:
    """Files named, and files under directories (recursively, sorted, known suffixes only)."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden and child.suffix.lower() in KNOWN_SUFFIXES:
                    yield str(child)
        elif path.is_file():
            yield str(path)
        else:
            yield Failure(raw, UnsupportedInputError("no such file or directory", path=raw))


def read_inputs(
    paths: Iterable[str], defaults: Defaults | None = None
) -> Iterator[Article | Failure]:
    """Every article in the inputs, in order, with a Failure for each unreadable one."""
    defaults = defaults or Defaults()
    for item in expand_paths(paths):
        if isinstance(item, Failure):
            yield item
            continue
        if item == "-":
            data = sys.stdin.buffer.read()
            yield from read_bytes(data, "<stdin>", _sniff(data), defaults)
            continue
        path = Path(item)
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise InputTooLargeError(
                    f"{size:,} bytes is over the {MAX_BYTES:,}-byte limit for one input", path=item
                )
            data = path.read_bytes()
        except InputError as error:
            yield Failure(item, error)
            continue
        except OSError as error:
            yield Failure(
                item, UnsupportedInputError(f"cannot be read: {error.strerror}", path=item)
            )
            continue
        yield from read_bytes(data, item, _reader_for(path, data), defaults)
