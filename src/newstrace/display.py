"""How records read in one line: the CLI table and Web Annotation bodies share these."""

from __future__ import annotations

from newstrace.records import Event


def bound(value: float | None) -> str:
    """One end of an interval: 'open' when unbounded, thousands separated, no '.0'."""
    if value is None:
        return "open"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def interval(low: float | None, high: float | None) -> str:
    return f"[{bound(low)}, {bound(high)}]"


def event_details(event: Event) -> list[str]:
    """Modality, then what the event is tied to: time, count and place."""
    details: list[str] = [event.modality]
    if event.time:
        details.append(f"time {event.time.value}")
    if event.quantity:
        details.append(f"count {interval(event.quantity.low, event.quantity.high)}")
    if event.place:
        details.append(f"place {event.place.text}")
    return details
