"""Every export format, on a store built from the bundled examples, read back by its consumer."""

from __future__ import annotations

import asyncio
import csv
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newstrace.cli import cli
from newstrace.corpus import link
from newstrace.export import FORMATS, WRITERS, collect, export
from newstrace.export.acled import event_date
from newstrace.records import ArticleRecord
from newstrace.store import Store, open_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, example_records: dict[str, ArticleRecord]) -> Path:
    path = tmp_path_factory.mktemp("export") / "examples.db"
    store = open_store(str(path))
    for record in example_records.values():
        store.write(record)
    store.replace_corpus(link(list(store.articles())))
    store.close()
    return path


@pytest.fixture()
def store(db: Path) -> Any:
    opened = open_store(str(db))
    yield opened
    opened.close()


def run(*args: str) -> Any:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_has_one_file_per_record_type_with_keys_and_exact_spans(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "csv"
    run("export", "--format", "csv", "--db", store.url, "-o", str(out))
    tables = {path.stem: _read_csv(path) for path in out.glob("*.csv")}
    for name in ("articles", "entities", "quotes", "quantities", "times", "events"):
        assert tables[name], name
    for name in ("event_actors", "duplicates", "event_clusters", "contradictions"):
        assert name in tables
    texts = {row["id"]: row["text"] for row in tables["articles"]}
    ids: dict[str, set[str]] = {n: {r["id"] for r in tables[n]} for n in ("quotes", "events")}
    for name in ("entities", "quotes", "quantities", "times"):
        for row in tables[name]:
            text = texts[row["article_id"]]
            assert text[int(row["start"]) : int(row["end"])] == row["text"]
    for row in tables["quotes"]:
        if row["speaker_text"]:
            text = texts[row["article_id"]]
            assert text[int(row["speaker_start"]) : int(row["speaker_end"])] == row["speaker_text"]
    for row in tables["events"]:
        text = texts[row["article_id"]]
        assert text[int(row["trigger_start"]) : int(row["trigger_end"])] == row["trigger_text"]
        assert not row["source_quote_id"] or row["source_quote_id"] in ids["quotes"]
    assert all(row["event_id"] in ids["events"] for row in tables["event_actors"])
    for row in tables["contradictions"]:
        assert {row["first_event"], row["second_event"]} <= ids["events"]
    counts = store.counts()
    assert len(tables["quotes"]) == counts["quotes"] and len(tables["events"]) == counts["events"]


def test_jsonl_round_trips_through_import(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    run("export", "--format", "jsonl", "--db", store.url, "-o", str(path))
    lines = path.read_text("utf-8").splitlines()
    assert len(lines) == store.counts()["articles"]
    copy = tmp_path / "copy.db"
    result = run("import", str(path), "--db", str(copy))
    assert f"imported {len(lines)} article(s)" in result.output
    restored = open_store(str(copy))
    try:
        assert list(restored.articles()) == list(store.articles())
        assert restored.rows("contradictions") == store.rows("contradictions")
    finally:
        restored.close()


def test_import_reports_a_malformed_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(path), "--db", str(tmp_path / "b.db")])
    assert result.exit_code != 0
    assert "line 1" in str(result.exception)


def test_acled_events_follow_the_ontology_mapping(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    run("export", "--format", "acled", "--db", store.url, "-o", str(path))
    rows = _read_csv(path)
    assert rows
    assert list(rows[0])[:14] == [
        "event_id",
        "event_date",
        "year",
        "time_precision",
        "event_type",
        "sub_event_type",
        "actor1",
        "assoc_actor_1",
        "actor2",
        "location",
        "source",
        "source_scale",
        "notes",
        "fatalities",
    ]
    # Failed attempts happened; ACLED codes them too. Threats, plans and denials are left out.
    assert {row["modality"] for row in rows} <= {"asserted", "reported", "attempted"}
    protests = [row for row in rows if row["newstrace_type"] == "protest"]
    assert protests and all(row["event_type"] == "Protests" for row in protests)
    assert all(row["sub_event_type"] for row in rows)
    dated = [row for row in rows if row["event_date"]]
    assert dated and all(row["time_precision"] in {"1", "2", "3"} for row in dated)
    assert all(row["fatalities"].isdigit() for row in rows)
    assert all(row["notes"] for row in rows)
    everything = tmp_path / "all.csv"
    run("export", "--format", "acled", "--db", store.url, "-o", str(everything), "--all")
    assert len(_read_csv(everything)) == store.counts()["events"] >= len(rows)


def test_acled_time_precision() -> None:
    assert event_date("2022-03-06") == ("2022-03-06", 1)
    assert event_date("2023-W23") == ("2023-06-05", 2)
    assert event_date("2022-09") == ("2022-09-01", 3)
    assert event_date("2022") == ("2022-01-01", 3)
    assert event_date("XXXX-03-04") == ("", None)
    assert event_date(None) == ("", None)


def test_ftm_entities_are_valid_followthemoney(store: Store, tmp_path: Path) -> None:
    from followthemoney import model

    path = tmp_path / "entities.ftm.json"
    run("export", "--format", "ftm", "--db", store.url, "-o", str(path))
    entities = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    by_id = {}
    for data in entities:
        proxy = model.get_proxy(data, cleaned=False)
        # Cleaning keeps every value: nothing was dropped as invalid for its property type.
        assert proxy.to_dict()["properties"] == data["properties"], data
        for prop in proxy.schema.required:
            assert proxy.get(prop), (data["schema"], prop)
        by_id[proxy.id] = proxy
    assert len(by_id) == len(entities)
    schemata = {p.schema.name for p in by_id.values()}
    assert {"Article", "Person", "Organization", "Mention", "Event", "Documentation"} <= schemata
    for proxy in by_id.values():
        for prop in proxy.iterprops():
            if prop.type.name == "entity":
                for ref in proxy.get(prop):
                    assert ref in by_id, (proxy.schema.name, prop.name)
                    assert by_id[ref].schema.is_a(prop.range), (proxy.schema.name, prop.name)
    quotes = [p for p in by_id.values() if p.schema.name == "Documentation"]
    assert all(p.get("role") == ["quoted"] and p.get("summary") for p in quotes)
    attributed = [q for r in store.articles() for q in r.quotes if q.speaker is not None]
    assert len(quotes) == len(attributed)
    again = tmp_path / "again.ftm.json"
    export("ftm", store, again)
    assert again.read_text("utf-8") == path.read_text("utf-8")


def test_webanno_selectors_match_the_text(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "annotations.jsonld"
    run("export", "--format", "webanno", "--db", store.url, "-o", str(path))
    document = json.loads(path.read_text("utf-8"))
    assert document["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert document["type"] == "AnnotationCollection"
    items = document["first"]["items"]
    records = list(store.articles())
    texts = {r.url or f"urn:newstrace:article:{r.id}": r.text for r in records}
    counts = store.counts()
    expected = sum(counts[n] for n in ("entities", "quotes", "quantities", "times", "events"))
    assert document["total"] == len(items) == expected
    for item in items:
        text = texts[item["target"]["source"]]
        quote, position = item["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        start, end = position["start"], position["end"]
        assert quote["exact"] == text[start:end]
        assert text[:start].endswith(quote["prefix"]) and len(quote["prefix"]) <= 32
        assert text[end:].startswith(quote["suffix"]) and len(quote["suffix"]) <= 32
        assert item["body"][0]["purpose"] == "tagging"
    lines = tmp_path / "annotations.jsonl"
    export("webanno", store, lines, lines=True)
    assert len(lines.read_text("utf-8").splitlines()) == len(items)


def test_labelstudio_tasks_and_config(store: Store, tmp_path: Path) -> None:
    from xml.etree import ElementTree

    path = tmp_path / "tasks.json"
    run("export", "--format", "labelstudio", "--db", store.url, "-o", str(path))
    tasks = json.loads(path.read_text("utf-8"))
    config = ElementTree.parse(tmp_path / "labelstudio-config.xml").getroot()
    labels = config.find("Labels")
    assert config.tag == "View" and labels is not None
    assert labels.get("name") == "label" and labels.get("toName") == "text"
    assert config.find("Text") is not None and config.find("Text").get("value") == "$text"
    allowed = {label.get("value") for label in labels}
    assert len(tasks) == store.counts()["articles"]
    for task in tasks:
        text = task["data"]["text"]
        prediction = task["predictions"][0]
        assert prediction["model_version"] == "newstrace-0.1.0"
        ids = [r["id"] for r in prediction["result"]]
        assert len(ids) == len(set(ids))
        for result in prediction["result"]:
            assert result["from_name"] == "label" and result["to_name"] == "text"
            assert result["type"] == "labels"
            value = result["value"]
            assert text[value["start"] : value["end"]] == value["text"]
            assert set(value["labels"]) <= allowed


def test_datasette_serves_the_store_with_search_and_facets(db: Path, tmp_path: Path) -> None:
    from datasette.app import Datasette

    path = tmp_path / "metadata.json"
    run("export", "--format", "datasette", "--db", str(db), "-o", str(path))
    metadata = json.loads(path.read_text("utf-8"))
    run("export", "--format", "datasette", "--db", str(db))
    assert json.loads((db.parent / "metadata.json").read_text("utf-8")) == metadata
    tables = metadata["databases"][db.stem]["tables"]
    assert tables["articles"]["fts_table"] == "articles_fts"
    assert tables["quotes"]["fts_table"] == "quotes_fts"

    async def query() -> tuple[Any, Any, Any]:
        datasette = Datasette([str(db)], metadata=metadata)
        await datasette.invoke_startup()
        table = await datasette.client.get(f"/{db.stem}/quotes.json?_shape=objects&_size=5")
        search = await datasette.client.get(
            f"/{db.stem}/articles.json?_search=refused&_shape=objects"
        )
        facet = await datasette.client.get(f"/{db.stem}/events.json?_facet=modality")
        quotes = await datasette.client.get(f"/{db.stem}/quotes.json?_search=said&_shape=objects")
        assert quotes.status_code == 200 and quotes.json()["rows"]
        return table, search, facet

    table, search, facet = asyncio.run(query())
    assert table.status_code == 200 and len(table.json()["rows"]) == 5
    assert search.status_code == 200
    found = search.json()["rows"]
    assert found and all("refus" in row["text"].lower() for row in found)
    assert facet.status_code == 200
    values = facet.json()["facet_results"]["modality"]["results"]
    assert {v["value"] for v in values} >= {"reported"}


def test_export_library_accepts_records(
    example_records: dict[str, ArticleRecord], tmp_path: Path
) -> None:
    records = list(example_records.values())
    data = collect(records)
    assert set(data.corpus) >= {"duplicates", "event_clusters", "contradictions"}
    for name in FORMATS:
        written = export(name, records, tmp_path / name)
        assert all(path.exists() for path in written), name
    direct = WRITERS["jsonl"](records, tmp_path / "direct.jsonl")
    assert direct[0].read_text("utf-8") == (tmp_path / "jsonl").read_text("utf-8")
    choices = next(p for p in cli.commands["export"].params if p.name == "export_format")
    assert tuple(choices.type.choices) == FORMATS  # type: ignore[attr-defined]
