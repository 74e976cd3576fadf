from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from newstrace.api import extract_text
from newstrace.eval.commands import eval_group
from newstrace.eval.common import Score
from newstrace.eval.muc4 import (
    Incident,
    MucDoc,
    PredictedEvent,
    evaluate,
    incidents,
    key_dates,
    keyword_predictor,
    parse_dateline,
    parse_keys,
    parse_texts,
    read_muc4,
    score_corpus,
    score_document,
    truecase,
)

TEXTS = """DEV-MUC3-0001 (NOSC)

   SAN SALVADOR, 3 JAN 90 (RADIO) -- [TEXT] ABOUT 50 PEASANTS HAVE BEEN KIDNAPPED BY
TERRORISTS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN].


DEV-MUC3-0002 (NOSC)

   LIMA, NO DATE -- [TEXT] THE PRESIDENT SPOKE.
"""

SLOTS = (
    "0.  MESSAGE: ID",
    "1.  MESSAGE: TEMPLATE",
    "2.  INCIDENT: DATE",
    "3.  INCIDENT: LOCATION",
    "4.  INCIDENT: TYPE",
    "5.  INCIDENT: STAGE OF EXECUTION",
    "10. PERP: ORGANIZATION ID",
    "21. HUM TGT: NUMBER",
)


def template(*values: str | list[str]) -> str:
    lines = []
    for slot, value in zip(SLOTS, values, strict=True):
        first, *more = [value] if isinstance(value, str) else value
        lines.append(f"{slot.ljust(36)}{first}")
        lines.extend(" " * 36 + line for line in more)
    return "\n".join(lines) + "\n"


KEYS = (
    ";;; a comment\n"
    + template(
        "DEV-MUC3-0001 (NCCOSC)",
        "1",
        "30 DEC 89",
        "EL SALVADOR",
        "KIDNAPPING",
        "ACCOMPLISHED",
        '"FARABUNDO MARTI NATIONAL LIBERATION FRONT" / "FMLN"',
        ['50: "PEASANTS"', 'PLURAL: "SOLDIERS"'],
    )
    + "\n"
    + template(
        "DEV-MUC3-0001 (NCCOSC)",
        "2 (OPTIONAL)",
        "- 03 JAN 90",
        "EL SALVADOR",
        "ATTACK",
        "ATTEMPTED",
        "-",
        "-",
    )
    + "\n"
    + template("DEV-MUC3-0002 (NCCOSC)", "*", "*", "*", "*", "*", "*", "*")
)


def docs() -> list[MucDoc]:
    keys = parse_keys(KEYS)
    return [
        MucDoc(doc_id=i, text=t, published=parse_dateline(t), templates=tuple(keys[i]))
        for i, t in parse_texts(TEXTS)
    ]


def test_texts_and_datelines_are_read() -> None:
    messages = parse_texts(TEXTS)
    assert [m[0] for m in messages] == ["DEV-MUC3-0001", "DEV-MUC3-0002"]
    assert messages[0][1].lstrip().startswith("SAN SALVADOR, 3 JAN 90")
    assert parse_dateline(messages[0][1]) == date(1990, 1, 3)
    assert parse_dateline(messages[1][1]) is None
    assert parse_dateline("  PERTH (AUSTRALIA), JUNE 11 89 (AFP) -- [TEXT] X") == date(1989, 6, 11)


def test_key_templates_are_parsed() -> None:
    keys = parse_keys(KEYS)
    assert keys["DEV-MUC3-0002"] == []
    first, second = keys["DEV-MUC3-0001"]
    assert first.types == ("kidnapping",) and not first.optional
    assert first.date == "30 DEC 89" and first.stage == "ACCOMPLISHED"
    assert first.perpetrators == (("FARABUNDO MARTI NATIONAL LIBERATION FRONT", "FMLN"),)
    assert first.victims == ((50, 50),)  # PLURAL is no number
    assert second.optional and second.types == ("attack",) and second.perpetrators == ()


def test_key_dates_are_normalised() -> None:
    assert key_dates("03 JAN 90") == {date(1990, 1, 3)}
    assert key_dates("- 03 JAN 90") == {date(1990, 1, 3)}
    assert key_dates("30 DEC 89 - 01 JAN 90") == {
        date(1989, 12, 30),
        date(1989, 12, 31),
        date(1990, 1, 1),
    }
    assert key_dates("(02 FEB 90) / (- 05 FEB 90)") == {date(1990, 2, 2), date(1990, 2, 5)}
    assert key_dates("- 25 DEC") == set()
    assert key_dates("*") == set()


def test_truecase_restores_sentences_names_and_acronyms() -> None:
    text = "   SAN SALVADOR, 3 JAN 90 -- [TEXT] TERRORISTS OF THE FMLN [FMLN] ATTACKED. I SAW IT."
    cased = truecase(text)
    assert cased == (
        "   San Salvador, 3 jan 90 -- [text] Terrorists of the FMLN [FMLN] attacked. I saw it."
    )
    assert len(cased) == len(text)


def test_incidents_keep_lead_or_repeated_types_and_date_them() -> None:
    events = [
        PredictedEvent("kidnapping", "asserted", "1989-12-30", 50, 50, ("FMLN",), "kidnapped", 40),
        PredictedEvent("attack", "negated", trigger="attack", start=50),
        PredictedEvent("bombing", "asserted", trigger="bombings", start=60),  # generic plural
        PredictedEvent("arson", "asserted", trigger="burned", start=900),  # once, late
        PredictedEvent("robbery", "reported", "1990-02-01", trigger="robbed", start=950),
        PredictedEvent("robbery", "hypothetical", trigger="rob", start=990),
    ]
    found = incidents(events, date(1990, 1, 3))
    assert set(found) == {"kidnapping", "robbery"}
    assert found["kidnapping"] == Incident(
        "kidnapping", date(1989, 12, 30), False, ((50.0, 50.0),), ("FMLN",)
    )
    # a date after the dateline is no incident date: the DCT stands in
    assert found["robbery"].date == date(1990, 1, 3) and found["robbery"].dated_by_dct


def test_a_late_single_mention_anchored_in_time_or_place_is_kept() -> None:
    late = [
        PredictedEvent("arson", "asserted", trigger="burned", start=900),  # nothing more: dropped
        PredictedEvent("attack", "asserted", "1989-12-28", trigger="shot", start=950),
        PredictedEvent("bombing", "reported", trigger="exploded", start=990, place="Medellin"),
    ]
    found = incidents(late, date(1990, 1, 3))
    assert set(found) == {"attack", "bombing"}
    assert found["attack"].date == date(1989, 12, 28)
    assert found["bombing"].date == date(1990, 1, 3) and found["bombing"].dated_by_dct


def test_predicted_event_keeps_the_place_of_its_clause() -> None:
    text = "Gunmen shot a judge in Medellin. Later a man was shot."
    record = extract_text(text, published=date(1990, 1, 3), ontology="muc4")
    places = [PredictedEvent.from_event(e, record.text).place for e in record.events]
    assert places == ["Medellin", ""]


def test_an_event_its_report_dates_takes_that_date_for_muc() -> None:
    # the events component leaves the killing undated (yesterday is when the police spoke);
    # MUC dates an incident a report tells of on or before the report
    text = "Yesterday police said that three peasants had been killed by gunmen."
    record = extract_text(text, published=date(1990, 1, 3), ontology="muc4")
    (killing,) = [e for e in record.events if e.trigger.text == "killed"]
    assert killing.time is None
    predicted = PredictedEvent.from_event(killing, record.text, None, record.times)
    assert predicted.time == "1990-01-02"


def test_score_document_counts_types_dates_victims_and_perpetrators() -> None:
    doc = docs()[0]
    predicted = {
        "kidnapping": Incident(
            "kidnapping",
            date(1989, 12, 30),
            counts=((50.0, 50.0), (3.0, 3.0)),
            perpetrators=("terrorists of the Farabundo Marti front", "the army"),
        ),
        "attack": Incident("attack", date(1990, 1, 3)),  # optional in the key: not an error
        "bombing": Incident("bombing", date(1990, 1, 3)),  # a false positive
    }
    counts = score_document(doc, predicted)
    assert counts.type == Score(1, 2, 1)
    assert counts.date == Score(1, 1, 1)
    assert counts.victims == Score(1, 2, 1)
    assert counts.perpetrators == Score(1, 2, 1)


def test_an_irrelevant_message_and_a_wrong_date() -> None:
    first, second = docs()
    wrong = {"kidnapping": Incident("kidnapping", date(1990, 1, 3), dated_by_dct=True)}
    counts = score_corpus([(first, wrong), (second, {"attack": Incident("attack", None)})])
    assert counts.type == Score(1, 2, 1)
    assert counts.date == Score(0, 1, 1)
    assert counts.victims == Score(0, 0, 1)
    assert counts.dated_by_dct == 1


def test_keyword_baseline_end_to_end() -> None:
    result = evaluate(docs(), keyword_predictor(), "keywords")
    assert result.metrics["incident type"] == Score(1, 1, 1)
    assert result.metrics["incident date"] == Score(0, 1, 1)  # dated by the DCT, 3 JAN 90
    assert result.notes["errors"] == 0


def test_reader_on_the_real_data(bench_path: Callable[..., Path]) -> None:
    corpora = bench_path("muc4", "corpora")
    dev = read_muc4(corpora, "dev")
    assert len(dev) == 1300
    assert sum(len(doc.templates) for doc in dev) == 1114
    assert sum(bool(doc.templates) for doc in dev) == 700
    tst1, tst2 = read_muc4(corpora, "tst1"), read_muc4(corpora, "tst2")
    assert (len(tst1), sum(len(d.templates) for d in tst1)) == (100, 85)
    assert (len(tst2), sum(len(d.templates) for d in tst2)) == (100, 106)
    assert len(read_muc4(corpora, "test")) == 200
    assert dev[0].published == date(1990, 1, 3)
    assert len(read_muc4(corpora, "tst2", limit=5)) == 5


def test_command_runs_on_real_data(bench_path: Callable[..., Path]) -> None:
    corpora = bench_path("muc4", "corpora")
    arguments = ["muc4", str(corpora), "--split", "tst1", "--limit", "3", "--json"]
    result = CliRunner().invoke(eval_group, [*arguments, "--no-peer"])
    assert result.exit_code == 0, result.output
    assert '"benchmark": "muc4"' in result.stdout
    assert "--split tst1" in result.stdout


def test_stages_come_from_the_modality() -> None:
    assert PredictedEvent("attack", "planned").stage == "THREATENED"
    assert PredictedEvent("attack", "hypothetical").stage == "THREATENED"
    assert PredictedEvent("attack", "attempted").stage == "ATTEMPTED"
    assert PredictedEvent("attack", "reported").stage == "ACCOMPLISHED"
    assert PredictedEvent("attack", "asserted").stage == "ACCOMPLISHED"
    # the first event that is no threat gives the stage; an attempted event is an incident
    found = incidents(
        [
            PredictedEvent("attack", "hypothetical", trigger="kill", start=10),
            PredictedEvent("attack", "attempted", trigger="shoot", start=40),
            PredictedEvent("attack", "asserted", trigger="shot", start=90),
        ],
        date(1990, 1, 3),
    )
    assert found["attack"].stage == "ATTEMPTED"
    only = incidents([PredictedEvent("bombing", "attempted", trigger="bomb")], date(1990, 1, 3))
    assert only["bombing"].stage == "ATTEMPTED"


def test_the_attempted_modality_reaches_the_stage_end_to_end() -> None:
    from newstrace.eval.muc4 import default_predictor

    predict = default_predictor()
    text = "LIMA, 3 JAN 90 (EFE) -- [TEXT] TERRORISTS TRIED TO KILL THE MAYOR OF LIMA TODAY."
    found = incidents(predict(text, date(1990, 1, 3)), date(1990, 1, 3))
    assert found["attack"].stage == "ATTEMPTED"
    text = "LIMA, 3 JAN 90 (EFE) -- [TEXT] TERRORISTS KILLED THE MAYOR OF LIMA TODAY."
    found = incidents(predict(text, date(1990, 1, 3)), date(1990, 1, 3))
    assert found["attack"].stage == "ACCOMPLISHED"


def test_events_located_abroad_are_out_of_scope() -> None:
    from newstrace.eval.muc4 import is_in_scope
    from newstrace.ontologies import load_ontology

    scope = load_ontology("muc4").scope
    assert scope is not None

    def event(context: str, start: int = 0) -> PredictedEvent:
        return PredictedEvent("bombing", trigger="bomb", start=start, context=context)

    assert not is_in_scope(event("A bomb exploded in Lebanon."), scope)
    assert not is_in_scope(event("A bomb exploded near the Madrid airport."), scope)
    assert is_in_scope(event("A bomb exploded in Lima."), scope)
    # a foreign target in a country of interest is in scope (rule 4)
    assert is_in_scope(event("A bomb exploded at the U.S. embassy."), scope)
    assert is_in_scope(event("Exiles in Spain said a bomb exploded in Bogota."), scope)
    assert is_in_scope(event("A bomb exploded."), None)
    # no place in its sentence: the last one located before it, the dateline included
    text = "MADRID, 3 JAN 90 (EFE) -- [TEXT] A BOMB EXPLODED TODAY."
    assert not is_in_scope(event("A bomb exploded today.", 40), scope, text)
    text = "BOGOTA, 3 JAN 90 (EFE) -- [TEXT] A BOMB EXPLODED TODAY."
    assert is_in_scope(event("A bomb exploded today.", 40), scope, text)
    abroad = [event("A bomb exploded in Lebanon.")]
    assert incidents(abroad, date(1990, 1, 3), scope=scope) == {}
    assert set(incidents(abroad, date(1990, 1, 3))) == {"bombing"}


def test_killings_in_a_bombing_sentence_and_the_attack_are_the_bombing() -> None:
    subsumed = {"attack": frozenset({"bombing", "kidnapping"})}
    events = [
        PredictedEvent("bombing", "asserted", trigger="bomb", start=40, sentence=30),
        PredictedEvent(
            "attack", "asserted", low=3, high=3, trigger="killed", start=60, sentence=30
        ),
        PredictedEvent(
            "attack", "reported", trigger="attack", start=200, sentence=150, definite=True
        ),
        PredictedEvent("attack", "asserted", trigger="shot", start=900, sentence=880),
    ]
    found = incidents(events, date(1990, 1, 3), subsumed=subsumed)
    assert set(found) == {"bombing"}  # the shooting is once and late: not kept
    assert found["bombing"].counts == ((3.0, 3.0),)
    assert set(incidents(events, date(1990, 1, 3))) == {"bombing", "attack"}


def test_old_incidents_are_background() -> None:
    from newstrace.eval.muc4 import is_recent

    dct = date(1990, 1, 3)
    assert not is_recent(PredictedEvent("attack", time="1984"), dct, 62)
    assert not is_recent(PredictedEvent("attack", time="1989-10-01"), dct, 62)
    assert is_recent(PredictedEvent("attack", time="1989-11"), dct, 62)  # ends 30 Nov
    assert is_recent(PredictedEvent("attack", time="1989-12-30"), dct, 62)
    assert is_recent(PredictedEvent("attack", time="PAST_REF"), dct, 62)
    assert is_recent(PredictedEvent("attack", time="1984"), dct, None)
    old = [PredictedEvent("attack", "asserted", "1988-05-01", trigger="killed", start=20)]
    assert incidents(old, dct, recent_days=62) == {}


def test_stage_is_scored_per_found_gold_type() -> None:
    doc = docs()[0]
    right = score_document(doc, {"kidnapping": Incident("kidnapping", date(1989, 12, 30))})
    assert right.stage == Score(1, 1, 1)
    wrong = {"kidnapping": Incident("kidnapping", None, stage="THREATENED")}
    assert score_document(doc, wrong).stage == Score(0, 1, 1)
    assert score_document(doc, {}).stage == Score(0, 0, 1)


def test_a_counted_plural_is_specific() -> None:
    from newstrace.eval.muc4 import is_generic

    assert is_generic(PredictedEvent("bombing", trigger="bombings"))
    assert not is_generic(PredictedEvent("bombing", trigger="bombings", low=3, high=3))
    assert not is_generic(PredictedEvent("attack", trigger="attack"))
    assert not is_generic(PredictedEvent("robbery", trigger="holdups", low=2, high=2))


def test_generic_mentions_aggregates_and_yearly_tallies() -> None:
    from newstrace.eval.muc4 import is_generic

    # the events component finds "bomb attacks" many acts and "charged with murder" a kind
    assert is_generic(PredictedEvent("bombing", trigger="bomb", aggregate=True))
    assert is_generic(PredictedEvent("attack", trigger="murder", aggregate=True))
    assert not is_generic(PredictedEvent("bombing", trigger="bomb", low=2, high=2, aggregate=True))
    # "this year the rebels have killed 30 mayors": a tally
    assert is_generic(PredictedEvent("attack", time="1989", trigger="killed"))
    assert not is_generic(PredictedEvent("attack", time="1989-11-16", trigger="killed"))
    # "432 persons have died": a toll in the hundreds is a tally too
    assert is_generic(PredictedEvent("attack", low=432, high=432, trigger="killed"))
    assert not is_generic(PredictedEvent("attack", low=31, high=31, trigger="killed"))


def test_one_victim_per_target_named_in_the_singular() -> None:
    from newstrace.eval.muc4 import named_singly

    assert named_singly("the mayor") and named_singly("Hector Oqueli and Gilda Flores")
    assert not named_singly("the soldiers") and not named_singly("a judge and two lawyers")
    events = [
        PredictedEvent("attack", "asserted", trigger="killed", start=30, one_victim=True),
        PredictedEvent("attack", "asserted", None, 4, 4, trigger="killed", start=80),
    ]
    assert incidents(events, date(1990, 1, 3))["attack"].counts == ((1.0, 1.0), (4.0, 4.0))


def test_only_actors_that_name_an_organisation_are_perpetrators() -> None:
    from newstrace.eval.muc4 import names_organisation

    assert names_organisation("FMLN guerrillas") and names_organisation("the Shining Path")
    assert not names_organisation("the guerrillas") and not names_organisation("they")
    assert not names_organisation("Unidentified men")  # a capital that opens a sentence
    assert names_organisation("the people's liberation front") and names_organisation(
        "death squads"
    )
    assert not names_organisation("the army")
    events = [
        PredictedEvent("attack", "asserted", actors=("the guerrillas",), trigger="shot", start=9),
        PredictedEvent("attack", "asserted", actors=("the FMLN",), trigger="shot", start=99),
    ]
    assert incidents(events, date(1990, 1, 3))["attack"].perpetrators == ("the FMLN",)


def test_an_attack_named_so_is_the_specific_incident_told_after_it() -> None:
    subsumed = {"attack": frozenset({"bombing"})}
    events = [
        PredictedEvent("attack", "asserted", trigger="attack", start=40, sentence=30),
        PredictedEvent("bombing", "asserted", trigger="explosion", start=300, sentence=280),
    ]
    assert set(incidents(events, date(1990, 1, 3), subsumed=subsumed)) == {"bombing"}
    # a killing is no general word: it stays an attack of its own
    shot = [replace_trigger(events[0], "shot"), events[1]]
    assert set(incidents(shot, date(1990, 1, 3), subsumed=subsumed)) == {"attack", "bombing"}


def replace_trigger(event: PredictedEvent, trigger: str) -> PredictedEvent:
    from dataclasses import replace

    return replace(event, trigger=trigger)


def test_only_a_count_of_the_targets_counts_victims() -> None:
    text = "Four gunmen killed the mayor. Two bombs killed three peasants."
    record = extract_text(text, published=date(1990, 1, 3), ontology="muc4")
    spans = {q.id: (q.start, q.end) for q in record.quantities}
    found = [PredictedEvent.from_event(e, record.text, spans) for e in record.events]
    killings = [e for e in found if e.trigger == "killed"]
    assert [(e.low, e.counts_victims, e.one_victim) for e in killings] == [
        (4.0, False, True),  # four gunmen: the doers; the mayor: one victim
        (3.0, True, False),
    ]
    counts = incidents(killings, date(1990, 1, 3))["attack"].counts
    assert counts == ((1.0, 1.0), (3.0, 3.0))


def test_the_naming_part_of_an_actor_and_no_calendar_word_names_an_organisation() -> None:
    from newstrace.eval.muc4 import names_organisation

    # a place or a relative clause after the description names no organisation
    assert not names_organisation("hired gunmen in Quito")
    assert not names_organisation("two men who drove up to the Hilton hotel")
    assert not names_organisation("Early Sunday morning gunmen")
    # an acronym anywhere does
    assert names_organisation("at least 30 ALFA rebels")
    assert names_organisation("the rebels, who belong to the ALFA 9th front")


def test_a_generic_or_missing_doer_is_the_armed_group_the_report_names() -> None:
    from newstrace.ontologies import load_ontology

    scope = load_ontology("muc4").scope
    assert scope is not None
    text = "The rebels shot the mayor. The FMLN said nothing. A bomb exploded."
    shot = PredictedEvent("attack", actors=("The rebels",), trigger="shot", start=11)
    # the group named after the act when none is named before it
    found = incidents([shot], date(1990, 1, 3), scope=scope, text=text)
    assert found["attack"].perpetrators == ("FMLN",)
    bomb = PredictedEvent("bombing", trigger="bomb", start=text.index("bomb"))
    # the group named last before the act; an act without a doer is the group's too
    text2 = text + " The ELN was blamed."
    found = incidents([bomb], date(1990, 1, 3), scope=scope, text=text2)
    assert found["bombing"].perpetrators == ("FMLN",)
    # no group in the text, or no scope: no perpetrator
    assert (
        incidents([shot], date(1990, 1, 3), scope=scope, text="x" * 70)["attack"].perpetrators == ()
    )
    assert incidents([shot], date(1990, 1, 3), text=text)["attack"].perpetrators == ()
    # unknown men are no generic armed actor
    men = PredictedEvent("attack", actors=("unknown men",), trigger="shot", start=11)
    assert incidents([men], date(1990, 1, 3), scope=scope, text=text)["attack"].perpetrators == ()


def test_victims_of_an_act_referred_back_to_are_that_act() -> None:
    subsumed = {"attack": frozenset({"bombing"})}
    bomb = PredictedEvent("bombing", trigger="bomb", start=10, sentence=0)
    context = "Two guards were killed in the criminal action."
    killed = PredictedEvent("attack", trigger="killed", start=80, sentence=70, context=context)
    assert set(incidents([bomb, killed], date(1990, 1, 3), subsumed=subsumed)) == {"bombing"}
    # a toll with no doer is the toll of the act told before it
    toll = replace(killed, context="Two guards were killed near the gate.")
    assert set(incidents([bomb, toll], date(1990, 1, 3), subsumed=subsumed)) == {"bombing"}
    # ... but not of one told after it, and a killing with its own doer is an act of its own
    assert set(
        incidents(
            [replace(toll, start=5), replace(bomb, start=80)], date(1990, 1, 3), subsumed=subsumed
        )
    ) == {"bombing", "attack"}
    done = replace(toll, actors=("gunmen",), context="Gunmen killed two guards near the gate.")
    found = incidents([bomb, done], date(1990, 1, 3), subsumed=subsumed)
    assert set(found) == {"bombing", "attack"}
