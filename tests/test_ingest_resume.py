"""A batch killed with SIGKILL half-way loses nothing and doubles nothing when run again."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from newstrace.cli import cli

SENTENCES = [
    "“We will not go back,” a corporal told reporters in {place} on Monday.",
    "Officials said that {n} reservists had refused to deploy from {place}.",
    "About {n} soldiers deserted their unit near {place} last week, a lawyer said.",
]
PLACES = ["Kursk", "Belgorod", "Pskov", "Tver", "Omsk", "Perm", "Kazan", "Samara", "Tula", "Orel"]


def _write_inputs(folder: Path) -> None:
    folder.mkdir()
    for index, place in enumerate(PLACES):
        text = " ".join(s.format(place=place, n=20 + index) for s in SENTENCES)
        (folder / f"{index:02d}.txt").write_text(text * 3, encoding="utf-8")


def _count(db: Path, table: str) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as connection:
            return int(connection.execute(f"select count(*) from {table}").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def test_killed_batch_resumes_without_loss_or_doubles(tmp_path: Path) -> None:
    inputs, db, reference = tmp_path / "in", tmp_path / "killed.db", tmp_path / "reference.db"
    _write_inputs(inputs)
    command = [sys.executable, "-m", "newstrace.cli", "ingest", str(inputs), "--db", str(db)]
    command += ["--published", "2022-03-09"]
    worker = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(db, "articles") < 2 and time.monotonic() < deadline and worker.poll() is None:
        time.sleep(0.05)
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    stored_before = _count(db, "articles")
    assert 1 <= stored_before < len(PLACES), "the kill must land in the middle of the batch"
    resumed = CliRunner().invoke(cli, [*command[3:]])
    assert resumed.exit_code == 0, resumed.output
    assert f"{stored_before} already there" in resumed.output
    CliRunner().invoke(
        cli, ["ingest", str(inputs), "--db", str(reference), "--published", "2022-03-09"]
    )
    for table in ("articles", "quotes", "quantities", "times", "events", "entities"):
        assert _count(db, table) == _count(reference, table) > 0, table


def test_two_workers_store_the_same_records(tmp_path: Path) -> None:
    inputs, single, pooled = tmp_path / "in", tmp_path / "one.db", tmp_path / "two.db"
    _write_inputs(inputs)
    arguments = ["ingest", str(inputs), "--published", "2022-03-09"]
    CliRunner().invoke(cli, [*arguments, "--db", str(single)])
    result = CliRunner().invoke(cli, [*arguments, "--db", str(pooled), "--workers", "2"])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(single) as one, sqlite3.connect(pooled) as two:
        query = "select id, record from quotes order by id"
        assert one.execute(query).fetchall() == two.execute(query).fetchall()
