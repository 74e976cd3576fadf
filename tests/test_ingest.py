"""Readers and bad input: each failure names the file and the reason; the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newstrace.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    HTMLExtractionError,
    InputTooLargeError,
    LanguageError,
    RecordFormatError,
    UnsupportedInputError,
)
from newstrace.ingest import MAX_BYTES, Defaults, Failure, read_inputs
from newstrace.records import Article

ARTICLE = "Soldiers refused to deploy on Sunday, the outlet reported, citing relatives of the men."


def read(paths: list[str], **defaults: object) -> list[Article | Failure]:
    return list(read_inputs(paths, Defaults(**defaults)))  # type: ignore[arg-type]


def only_failure(items: list[Article | Failure]) -> Failure:
    assert len(items) == 1 and isinstance(items[0], Failure), items
    return items[0]


def test_plain_text_with_published_date(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (article,) = read([str(path)], published=None)
    assert isinstance(article, Article)
    assert article.language == "en" and article.text == ARTICLE


def test_html_metadata_and_main_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html lang='en'><head><title>Refusal at the base</title>"
        "<meta property='og:site_name' content='Harbour Post'>"
        "<meta property='article:published_time' content='2022-03-09T08:00:00Z'></head>"
        "<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        "<article><h1>Refusal at the base</h1>"
        f"<p>{ARTICLE}</p><p>{ARTICLE.replace('Sunday', 'Monday')}</p></article>"
        "<footer>Copyright 2022. We use cookies.</footer></body></html>",
        encoding="utf-8",
    )
    (article,) = read([str(path)])
    assert isinstance(article, Article)
    assert article.published is not None and article.published.isoformat() == "2022-03-09"
    assert article.outlet == "Harbour Post"
    assert "cookies" not in article.text and "Sunday" in article.text


def test_jsonl_bad_line_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    good = json.dumps({"text": ARTICLE, "published": "2022-03-08", "outlet": "Wire"})
    path.write_text(
        f"{good}\n{{not json\n{json.dumps({'title': 'no text'})}\n"
        f"{good.replace('Sunday', 'Friday')}\n",
        encoding="utf-8",
    )
    items = read([str(path)])
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Failure", "Article"]
    assert (
        isinstance(items[1], Failure)
        and f"{path}:2" in str(items[1])
        and isinstance(items[1].error, RecordFormatError)
    )
    assert isinstance(items[2], Failure) and "'text'" in str(items[2])


@pytest.mark.parametrize(
    ("content", "error", "reason"),
    [
        (b"", EmptyInputError, "no text"),
        (b"   \n\t  ", EmptyInputError, "no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), BinaryInputError, "binary"),
        ("Soldats réfugiés à l'étranger".encode("latin-1"), EncodingError, "not valid UTF-8"),
    ],
)
def test_bad_text_files(tmp_path: Path, content: bytes, error: type, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    failure = only_failure(read([str(path)]))
    assert isinstance(failure.error, error)
    assert str(path) in str(failure) and reason in str(failure)


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    failure = only_failure(read([str(path)]))
    assert isinstance(failure.error, InputTooLargeError) and "limit" in str(failure)


def test_broken_html_without_main_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text(
        "<html><body><div><p>Menu</div></span><script>var x = 1;</script>", encoding="utf-8"
    )
    failure = only_failure(read([str(path)]))
    assert isinstance(failure.error, HTMLExtractionError) and "broken.html" in str(failure)


def test_unsupported_language_asks_for_lang(tmp_path: Path) -> None:
    path = tmp_path / "de.txt"
    path.write_text(
        "Die Soldaten weigerten sich am Sonntag, an die Front zu gehen, berichtete die Zeitung.",
        encoding="utf-8",
    )
    failure = only_failure(read([str(path)]))
    assert isinstance(failure.error, LanguageError) and "--lang" in str(failure)


def test_utf16_with_bom_and_missing_path(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(ARTICLE.encode("utf-16"))
    items = read([str(path), str(tmp_path / "missing.txt")])
    assert isinstance(items[0], Article) and items[0].text == ARTICLE
    assert isinstance(items[1], Failure) and isinstance(items[1].error, UnsupportedInputError)


def test_directories_are_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(ARTICLE.replace("Sunday", "Tuesday"), encoding="utf-8")
    (tmp_path / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    items = read([str(tmp_path)])
    assert [Path(i.source_path or "").name for i in items if isinstance(i, Article)] == [
        "two.txt",
        "one.txt",
    ]
