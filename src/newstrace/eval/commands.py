"""``newstrace eval``: score newstrace and a peer library on the public gold data, side by side.

Register with ``cli.add_command(eval_group)``. Each subcommand reads a benchmark from the path
it is given (the data are never shipped), runs newstrace (``newstrace.api.extract_text``) and,
unless ``--no-peer``, the peer on the same documents, and prints a table (or, with ``--json``,
the same figures as JSON). A document on which a system raises or runs past ``--timeout``
seconds counts as an error with no predictions (the notes under the table say how many), so one
bad document cannot end or hang a run. The exit status is 1 when newstrace itself could not be
run.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from newstrace.eval import muc4, newsquant, polnear, tempeval3
from newstrace.eval.common import SystemResult, format_table

F = TypeVar("F", bound=Callable[..., Any])
P = TypeVar("P")

OURS = "newstrace"
DEFAULT_TIMEOUT = 60.0


def _options(func: F) -> F:
    """The options every benchmark subcommand takes."""
    func = click.option(
        "--json", "as_json", is_flag=True, help="Print the report as JSON instead of a table."
    )(func)
    func = click.option(
        "--peer/--no-peer", default=True, show_default=True, help="Also run the peer library."
    )(func)
    func = click.option(
        "--timeout",
        type=click.FloatRange(min=0),
        default=DEFAULT_TIMEOUT,
        show_default=True,
        metavar="SECONDS",
        help="Per-document time limit; a document over it counts as an error (0: none).",
    )(func)
    func = click.option(
        "--limit",
        type=click.IntRange(min=0),
        default=None,
        metavar="N",
        help="Score only the first N documents.",
    )(func)
    return func


def _command_line(ctx: click.Context, data: Path, extra: Sequence[str] = ()) -> str:
    """The command line that reproduces this run (options in canonical form)."""
    params = ctx.params
    limit, peer, as_json, timeout = (
        params["limit"],
        params["peer"],
        params["as_json"],
        params["timeout"],
    )
    words = [*ctx.command_path.split(), str(data), *extra]
    if limit is not None:
        words += ["--limit", str(limit)]
    if timeout != DEFAULT_TIMEOUT:
        words += ["--timeout", f"{timeout:g}"]
    if not peer:
        words.append("--no-peer")
    if as_json:
        words.append("--json")
    return shlex.join(words)


def _run_system(
    name: str, factory: Callable[[], P], evaluate: Callable[[P, str], SystemResult], size: str
) -> SystemResult:
    """Build a system's predictor and score it; a system that cannot be built is reported."""
    click.echo(f"running {name} on {size} ...", err=True)
    try:
        predictor = factory()
    except Exception as exc:  # a missing library or model: report it, keep the other system
        return SystemResult(name=name, error=f"{type(exc).__name__}: {exc}")
    return evaluate(predictor, name)


def _compare(
    ours: Callable[[], P],
    peer: tuple[str, Callable[[], P]] | None,
    evaluate: Callable[[P, str], SystemResult],
    size: str,
) -> list[SystemResult]:
    """newstrace and, when asked, the peer, scored the same way on the same documents."""
    results = [_run_system(OURS, ours, evaluate, size)]
    if peer is not None:
        results.append(_run_system(peer[0], peer[1], evaluate, size))
    return results


def _report(
    ctx: click.Context,
    *,
    benchmark: str,
    title: str,
    command: str,
    data: Path,
    documents: int,
    gold: int,
    results: Sequence[SystemResult],
    metric_names: Sequence[str],
    as_json: bool,
) -> None:
    if as_json:
        payload = {
            "benchmark": benchmark,
            "title": title,
            "command": command,
            "data": str(data),
            "documents": documents,
            "gold": gold,
            "systems": [result.to_dict() for result in results],
        }
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        click.echo(title)
        click.echo(f"command: {command}")
        click.echo("")
        click.echo(format_table(results, metric_names))
        click.echo("")
        for result in results:
            if result.error:
                click.echo(f"{result.name}: not run: {result.error}")
            else:
                notes = ", ".join(f"{key} {value}" for key, value in result.notes.items())
                click.echo(f"{result.name}: {notes}")
    ours = next((result for result in results if result.name == OURS), None)
    if ours is not None and ours.error:
        ctx.exit(1)


@click.group("eval")
def eval_group() -> None:
    """Measure newstrace on public gold data (TempEval-3, NewsQuant, PolNeAR, MUC-4) beside a
    peer."""


@eval_group.command("tempeval3")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@_options
@click.pass_context
def tempeval3_command(
    ctx: click.Context,
    directory: Path,
    limit: int | None,
    peer: bool,
    as_json: bool,
    timeout: float,
) -> None:
    """Time expressions: TempEval-3 Task A on TimeBank + AQUAINT (peer: dateparser).

    DIRECTORY is tbaq-cleaned (with TimeBank/ and AQUAINT/). Strict and relaxed extent
    P/R/F1, and type and value attribute F1; the creation time (DCT) is given, not scored.

    Example: newstrace eval tempeval3 ../shared/bench/tempeval3/tbaq-cleaned
    """
    command = _command_line(ctx, directory)
    docs = tempeval3.read_corpus(directory, limit)
    gold = sum(len(doc.timexes) for doc in docs)
    size = f"{len(docs)} documents"
    results = _compare(
        tempeval3.default_predictor,
        ("dateparser", tempeval3.dateparser_predictor) if peer else None,
        lambda p, n: tempeval3.evaluate(docs, p, n, timeout),
        size,
    )
    _report(
        ctx,
        benchmark="tempeval3",
        title=(
            f"TempEval-3 Task A (time expressions): {len(docs)} documents, {gold} gold TIMEX3 "
            "(DCT not scored)"
        ),
        command=command,
        data=directory,
        documents=len(docs),
        gold=gold,
        results=results,
        metric_names=tempeval3.METRIC_NAMES,
        as_json=as_json,
    )


@eval_group.command("newsquant")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_options
@click.pass_context
def newsquant_command(
    ctx: click.Context,
    file: Path,
    limit: int | None,
    peer: bool,
    as_json: bool,
    timeout: float,
) -> None:
    """Quantities: NewsQuant sentences, CQE metrics (peer: quantulum3).

    FILE is newsquant_dev.json. Value, value+unit, value+change and value+concept (partial)
    P/R/F1; each sentence is given alone; documents are sentences.

    Example: newstrace eval newsquant ../shared/bench/newsquant/newsquant_dev.json
    """
    command = _command_line(ctx, file)
    sentences = newsquant.read_newsquant(file, limit)
    gold = sum(len(sentence.quantities) for sentence in sentences)
    size = f"{len(sentences)} sentences"
    results = _compare(
        newsquant.default_predictor,
        ("quantulum3", newsquant.quantulum_predictor) if peer else None,
        lambda p, n: newsquant.evaluate(sentences, p, n, timeout),
        size,
    )
    _report(
        ctx,
        benchmark="newsquant",
        title=f"NewsQuant (quantities): {len(sentences)} sentences, {gold} gold quantities",
        command=command,
        data=file,
        documents=len(sentences),
        gold=gold,
        results=results,
        metric_names=newsquant.METRIC_NAMES,
        as_json=as_json,
    )


@eval_group.command("polnear")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@_options
@click.pass_context
def polnear_command(
    ctx: click.Context,
    directory: Path,
    limit: int | None,
    peer: bool,
    as_json: bool,
    timeout: float,
) -> None:
    """Attribution: PolNeAR source/cue/content spans (peer: textacy direct quotations).

    DIRECTORY is a split (dev/) with text/ and attributions/. Exact and overlap P/R/F1 per
    role, whole-attribution overlap F1, and the direct quotes found and correctly attributed.

    Example: newstrace eval polnear ../shared/bench/polnear/dev
    """
    command = _command_line(ctx, directory)
    docs = polnear.read_polnear(directory, limit)
    gold = sum(len(doc.attributions) for doc in docs)
    size = f"{len(docs)} articles"
    results = _compare(
        polnear.default_predictor,
        ("textacy", polnear.textacy_predictor) if peer else None,
        lambda p, n: polnear.evaluate(docs, p, n, timeout),
        size,
    )
    _report(
        ctx,
        benchmark="polnear",
        title=f"PolNeAR (attribution): {len(docs)} articles, {gold} gold attributions",
        command=command,
        data=directory,
        documents=len(docs),
        gold=gold,
        results=results,
        metric_names=polnear.METRIC_NAMES,
        as_json=as_json,
    )


@eval_group.command("muc4")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--split",
    type=click.Choice(muc4.SPLITS),
    default="dev",
    show_default=True,
    help="dev (1,300 messages), tst1, tst2, or test (tst1 + tst2).",
)
@_options
@click.pass_context
def muc4_command(
    ctx: click.Context,
    directory: Path,
    split: str,
    limit: int | None,
    peer: bool,
    as_json: bool,
    timeout: float,
) -> None:
    """Events: MUC-4 terrorist incidents, per message (peer: trigger keywords, no parse).

    DIRECTORY is muc4/corpora (with dev/, tst1/, tst2/). The upper-case texts are truecased and
    parsed with the muc4 ontology, the dateline date as publication date. Incident type P/R/F1
    (types per message against the key's), incident date exact, victim count and perpetrator
    organisation per (message, type).

    Example: newstrace eval muc4 ../shared/bench/muc4/corpora --split test
    """
    command = _command_line(ctx, directory, ["--split", split] if split != "dev" else [])
    docs = muc4.read_muc4(directory, split, limit)
    gold = sum(len(doc.required_types()) for doc in docs)
    size = f"{len(docs)} messages"
    results = _compare(
        muc4.default_predictor,
        ("keywords", muc4.keyword_predictor) if peer else None,
        lambda p, n: muc4.evaluate(docs, p, n, timeout),
        size,
    )
    relevant = sum(bool(doc.templates) for doc in docs)
    _report(
        ctx,
        benchmark="muc4",
        title=(
            f"MUC-4 {split} (incidents): {len(docs)} messages, {relevant} with templates, "
            f"{gold} gold (message, type) pairs"
        ),
        command=command,
        data=directory,
        documents=len(docs),
        gold=gold,
        results=results,
        metric_names=muc4.METRIC_NAMES,
        as_json=as_json,
    )
