"""Label Studio tasks: each article a task, newstrace's spans its predictions to review.

Writes the tasks JSON and, next to it, ``labelstudio-config.xml`` (a ``Labels`` control named
``label`` over a ``Text`` object named ``text``) listing every label the tasks use. Labels:
the entity label (PERSON, ORG, GPE, ...), ``QUOTE``, ``SPEAKER``, ``CUE``, ``QUANTITY``,
``TIME`` and ``EVENT:<type>`` for event triggers. Import both in a project ("Labeling setup" →
code, then "Import" the JSON).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from newstrace.export import VERSION, ExportData, Source, collect
from newstrace.records import ArticleRecord, Span

CONFIG_NAME = "labelstudio-config.xml"
BASE_LABELS = ("QUOTE", "SPEAKER", "CUE", "QUANTITY", "TIME")


def _result(result_id: str, span: Span, label: str, score: float | None) -> dict[str, Any]:
    result: dict[str, Any] = {
        "id": result_id,
        "from_name": "label",
        "to_name": "text",
        "type": "labels",
        "value": {"start": span.start, "end": span.end, "text": span.text, "labels": [label]},
    }
    if score is not None:
        result["score"] = score
    return result


def results(record: ArticleRecord) -> list[dict[str, Any]]:
    found = [_result(e.id, e, e.label, e.confidence) for e in record.entities]
    for quote in record.quotes:
        found.append(_result(quote.id, quote, "QUOTE", quote.confidence))
        if quote.speaker is not None:
            found.append(_result(f"{quote.id}-speaker", quote.speaker, "SPEAKER", None))
        if quote.cue is not None:
            found.append(_result(f"{quote.id}-cue", quote.cue, "CUE", None))
    found.extend(_result(q.id, q, "QUANTITY", q.confidence) for q in record.quantities)
    found.extend(_result(t.id, t, "TIME", t.confidence) for t in record.times)
    found.extend(_result(e.id, e.trigger, f"EVENT:{e.type}", e.confidence) for e in record.events)
    return found


def tasks(data: ExportData) -> list[dict[str, Any]]:
    out = []
    for record in data.records:
        found = results(record)
        scores = [r["score"] for r in found if "score" in r]
        prediction: dict[str, Any] = {"model_version": VERSION, "result": found}
        if scores:
            prediction["score"] = round(sum(scores) / len(scores), 4)
        data_fields = {
            "text": record.text,
            "id": record.id,
            "title": record.title,
            "url": record.url,
            "outlet": record.outlet,
            "published": record.published.isoformat() if record.published else None,
        }
        out.append({"data": data_fields, "predictions": [prediction]})
    return out


def config(labels: list[str]) -> str:
    lines = ["<View>", '  <Labels name="label" toName="text">']
    lines.extend(f"    <Label value={quoteattr(label)}/>" for label in labels)
    lines += ["  </Labels>", '  <Text name="text" value="$text"/>', "</View>", ""]
    return "\n".join(lines)


def write(source: Source, output: Path, **_options: Any) -> list[Path]:
    """Write the tasks to ``output`` and the labelling config next to it."""
    data = collect(source)
    output.parent.mkdir(parents=True, exist_ok=True)
    found = tasks(data)
    used = {
        label
        for task in found
        for result in task["predictions"][0]["result"]
        for label in result["value"]["labels"]
    }
    labels = sorted(used - set(BASE_LABELS)) + list(BASE_LABELS)
    output.write_text(json.dumps(found, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    config_path = output.parent / CONFIG_NAME
    config_path.write_text(config(labels), encoding="utf-8")
    return [output, config_path]
