"""The command line end to end: extract, schema, ingest, summary, and exit codes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from newstrace.cli import cli

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_extract_json_validates_against_schema() -> None:
    schema = json.loads(run("schema").stdout)
    result = run(
        "extract", str(EXAMPLES / "txt" / "commander-threat.txt"), "--published", "2023-02-10"
    )
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    jsonschema.validate(document, schema)
    assert document["published"] == "2023-02-10"
    assert document["quotes"] and document["events"]


def test_extract_jsonl_of_a_directory_and_stdin() -> None:
    result = run("extract", str(EXAMPLES / "fr"), "--format", "jsonl")
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert result.exit_code == 0 and len(lines) == 3
    assert {line["language"] for line in lines} == {"fr"}
    piped = run(
        "extract",
        "-",
        "--lang",
        "en",
        "--format",
        "json",
        input="“We will not go back,” said Sergeant Ivan Popov on Monday.",
    )
    assert json.loads(piped.stdout)[0]["quotes"][0]["speaker"]["name"] == "Ivan Popov"


def test_table_format_is_for_people() -> None:
    result = run("extract", str(EXAMPLES / "html" / "base-refusal.html"), "--format", "table")
    assert result.exit_code == 0
    assert (
        "WHO CLAIMS WHAT" in result.output
        and "NUMBERS" in result.output
        and "EVENTS" in result.output
    )


def test_a_bad_file_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(
        "The battalion refused to fight, officials said on Monday.", encoding="utf-8"
    )
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(
        cli, ["extract", str(tmp_path), "--published", "2022-03-09", "--format", "jsonl"]
    )
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "[E001]" in result.output
    assert sum(1 for line in result.stdout.splitlines() if line.startswith("{")) == 1


def test_ingest_is_idempotent_and_keeps_errors(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(
        "“We will not go,” a soldier told Reuters on Monday.", encoding="utf-8"
    )
    (inputs / "b.txt").write_bytes(b"\x00\x01binary")
    first = CliRunner().invoke(
        cli, ["ingest", str(inputs), "--db", str(db), "--published", "2022-03-09"]
    )
    assert first.exit_code == 1 and "ingested 1 article(s)" in first.output
    counts_before = _counts(db)
    second = CliRunner().invoke(
        cli, ["ingest", str(inputs), "--db", str(db), "--published", "2022-03-09"]
    )
    assert "ingested 0 article(s)" in second.output and "1 already there" in second.output
    forced = CliRunner().invoke(
        cli, ["ingest", str(inputs), "--db", str(db), "--published", "2022-03-09", "--force"]
    )
    assert "ingested 1 article(s)" in forced.output
    assert _counts(db) == counts_before
    assert counts_before["errors"] == 1 and counts_before["quotes"] == 1
    summary = run("summary", "--db", str(db))
    assert "Failed input" in summary.output and "b.txt" in summary.output


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as connection:
        tables = [
            r[0]
            for r in connection.execute(
                "select name from sqlite_master where type='table' and name not like '%fts%'"
            )
        ]
        return {t: connection.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}


def test_unknown_date_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["extract", "x.txt", "--published", "March 4"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
