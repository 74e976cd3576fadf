"""Events: types from the ontology, modality, arguments, and the ontology as data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newstrace.api import extract_text
from newstrace.errors import OntologyError
from newstrace.ontologies import load_ontology
from newstrace.records import Event


def events(text: str, published: date = date(2023, 4, 2), lang: str = "en") -> list[Event]:
    return extract_text(text, published=published, lang=lang).events


def role_texts(text: str, kind: str, role: str, lang: str = "en") -> list[str]:
    """The texts of the ``role`` arguments of the first ``kind`` event found in ``text``."""
    event = next(e for e in events(text, lang=lang) if e.type == kind)
    return [a.text for a in event.actors if a.role == role]


def one_of(found: list[Event], kind: str) -> Event:
    return next(e for e in found if e.type == kind)


def one(text: str, kind: str) -> Event:
    found = [e for e in events(text) if e.type == kind]
    assert found, [(e.type, e.trigger.text) for e in events(text)]
    return found[0]


def test_dismissal_with_count_and_target() -> None:
    event = one(
        "The president ordered the dismissal of several hundred officers on Monday.", "dismissal"
    )
    assert event.quantity is not None and (event.quantity.low, event.quantity.high) == (200, 1000)
    assert any(a.role == "target" and "officers" in a.text for a in event.actors)
    assert event.modality == "asserted"


def test_negated_declaration() -> None:
    event = one("Russia has not declared war on Ukraine.", "declaration")
    assert event.modality == "negated"


def test_hypothetical_modal() -> None:
    event = one("The commanders could be dismissed if the offensive fails.", "dismissal")
    assert event.modality == "hypothetical"


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Police say that 15 of those detained are implicated in the murders.", "en", "attack"),
        ("Selon la police, deux officiers sont impliqués dans la purge.", "fr", "purge"),
        ("Several colonels involved in the purge were later promoted.", "en", "purge"),
    ],
)
def test_who_is_implicated_in_an_act_took_part_in_it(text: str, lang: str, kind: str) -> None:
    ontology = "muc4" if kind == "attack" else "default"
    record = extract_text(text, published=date(2023, 4, 2), lang=lang, ontology=ontology)
    event = next(e for e in record.events if e.type == kind)
    assert [a.role for a in event.actors] == ["actor"], event.actors


@pytest.mark.parametrize(
    ("text", "lang", "kind", "role", "expected"),
    [
        # the small French model cuts "état-major" into three dependents of the trigger
        (
            "Plusieurs colonels ont participé à la purge de l'état-major.",
            "fr",
            "purge",
            "target",
            ["l'état-major"],
        ),
        # a pronoun subject of reported content is the source; "they" only for a plural one
        (
            "The defence ministry said on Monday that it had dismissed three brigade commanders.",
            "en",
            "dismissal",
            "actor",
            ["The defence ministry"],
        ),
        (
            "Border guards said on Monday they had detained six deserters near the river.",
            "en",
            "arrest",
            "actor",
            ["Border guards"],
        ),
        (
            "The ministry said they had been arrested at the border.",
            "en",
            "arrest",
            "target",
            ["they"],
        ),
        # who carried out the act the victims died in, and the act's doer from its verb
        (
            "Six villagers were killed in a raid by armed herders on Tuesday.",
            "en",
            "casualties",
            "actor",
            ["armed herders"],
        ),
        (
            "Rebels killed four police officers in an ambush near Kidal.",
            "en",
            "attack",
            "actor",
            ["Rebels"],
        ),
        # "an attempt by X to do it": X did it
        (
            "Troops foiled an attempt by militants to storm the prison.",
            "en",
            "attack",
            "actor",
            ["militants"],
        ),
        # a noun after a preposition of time is no argument
        (
            "La police n'a procédé à aucune arrestation après la manifestation de samedi.",
            "fr",
            "arrest",
            "target",
            [],
        ),
        # the relative subject of a tried act stands for its noun
        (
            "Des gendarmes ont arrêté deux conscrits qui tentaient de déserter vers la Géorgie.",
            "fr",
            "desertion",
            "actor",
            ["deux conscrits"],
        ),
        # the agent of a participle that carries an attack out (the small French model cuts
        # "syrienne" off "l'aviation" and reads "samedi" as an agent)
        (
            "Les frappes menées samedi par l'aviation syrienne ont visé un marché.",
            "fr",
            "attack",
            "actor",
            ["l'aviation"],
        ),
    ],
)
def test_arguments_table(text: str, lang: str, kind: str, role: str, expected: list[str]) -> None:
    assert role_texts(text, kind, role, lang=lang) == expected


def test_trial_phrases() -> None:
    trial = one(
        "A colonel accused of abandoning his post is due to stand trial in May.", "prosecution"
    )
    assert trial.modality == "planned"
    assert [a.role for a in trial.actors] == ["target"] and "colonel" in trial.actors[0].text
    assert trial.time is not None and trial.time.value == "2023-05"


def test_a_strike_by_workers_is_no_attack() -> None:
    assert "attack" not in [e.type for e in events("Dock workers went on strike on Monday.")]


@pytest.mark.parametrize(
    ("text", "lang", "victims"),
    [
        ("The ambush cost the lives of nine border guards.", "en", "nine border guards"),
        ("L'explosion a coûté la vie à trois démineurs.", "fr", "trois démineurs"),
    ],
)
def test_an_idiom_names_its_victims_past_its_own_words(text: str, lang: str, victims: str) -> None:
    assert role_texts(text, "casualties", "target", lang=lang) == [victims]


def test_the_nearest_word_a_trigger_governs_decides_its_type() -> None:
    found = events("Deux sergents ont refusé d'obéir aux ordres de leur capitaine.", lang="fr")
    assert [e.type for e in found] == ["insubordination"]
    found = events("The captain refused the order to advance on the village.")
    assert [e.type for e in found] == ["refusal_to_fight"]


def test_the_means_of_an_attack_is_no_target_and_what_it_hit_is() -> None:
    record = extract_text(
        "Une frappe de missiles qui a touché un hôpital de Kharkiv a fait trois morts.",
        published=date(2023, 4, 2),
        lang="fr",
    )
    attack = next(e for e in record.events if e.type == "attack")
    roles = {(a.role, a.text) for a in attack.actors}
    assert any(role == "instrument" and text.startswith("missiles") for role, text in roles)
    assert [text for role, text in roles if role == "target"] == ["un hôpital de Kharkiv"]


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        ("Des rebelles ont attaqué jeudi le poste de police de Kidal.", "attack", "le poste"),
        ("Le président a limogé dimanche le chef de la garde nationale.", "dismissal", "le chef"),
    ],
)
def test_french_object_after_a_day_the_parser_hung_it_on(text: str, kind: str, target: str) -> None:
    record = extract_text(text, published=date(2023, 4, 5), lang="fr")
    event = next(e for e in record.events if e.type == kind)
    targets = [a.text for a in event.actors if a.role == "target"]
    assert any(t.startswith(target) for t in targets), targets
    assert event.time is not None and event.time.value in {"2023-03-30", "2023-04-02"}


@pytest.mark.parametrize(
    ("text", "lang", "kind", "modality"),
    [
        # what a verb of prevention keeps from happening
        ("New rules aim to prevent conscripts from deserting.", "en", "desertion", "hypothetical"),
        ("Several officers fled abroad to avoid being arrested.", "en", "arrest", "hypothetical"),
        (
            "Le commandement veut empêcher les conscrits de déserter.",
            "fr",
            "desertion",
            "hypothetical",
        ),
        # the object of a verb that ends something tells of what was done
        ("The general halted the desertions in the east.", "en", "desertion", "asserted"),
        (
            "La police n'a procédé à aucune arrestation après la manifestation de samedi.",
            "fr",
            "arrest",
            "negated",
        ),
        (
            "Des gendarmes ont arrêté deux conscrits qui tentaient de déserter vers la Géorgie.",
            "fr",
            "desertion",
            "attempted",
        ),
        # a phrase's modality is its head's ("could face court-martial")
        ("Officers who refuse could face court-martial.", "en", "prosecution", "hypothetical"),
        # what happened "without"
        ("The rebels took the airfield without casualties.", "en", "casualties", "negated"),
        (
            "Les miliciens ont quitté la ville sans faire de victimes.",
            "fr",
            "casualties",
            "negated",
        ),
    ],
)
def test_modality_table(text: str, lang: str, kind: str, modality: str) -> None:
    found = events(text, lang=lang)
    assert [e.modality for e in found if e.type == kind] == [modality], found


def test_without_a_condition_does_not_negate() -> None:
    found = events("Without new recruits, the army could be forced to call up reservists.")
    assert [e.modality for e in found if e.trigger.text == "call up"] == ["hypothetical"]


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Overnight strikes on Kherson killed four people.", "en", "attack"),
        ("Dozens of conscripts went absent without leave after the shelling.", "en", "desertion"),
        ("Gunmen tried to storm a police station in the north.", "en", "attack"),
        ("La junte a enrôlé de force des centaines de jeunes hommes.", "fr", "mobilization"),
        ("Trois officiers ont été révoqués après la défaite.", "fr", "dismissal"),
        ("Sa famille a fait appel de la condamnation.", "fr", "legal_challenge"),
        ("Des inconnus ont incendié la mairie dans la nuit.", "fr", "attack"),
    ],
)
def test_more_triggers_from_held_out_text(text: str, lang: str, kind: str) -> None:
    found = events(text, lang=lang)
    assert kind in [e.type for e in found], [(e.type, e.trigger.text) for e in found]


def test_a_passive_cue_and_a_continuing_act_report_nothing() -> None:
    record = extract_text(
        "La purge au sein de l'état-major se poursuit : un général a été condamné mardi.",
        published=date(2023, 4, 2),
        lang="fr",
    )
    assert [(e.type, e.modality) for e in record.events] == [
        ("purge", "asserted"),
        ("prosecution", "asserted"),
    ]


def test_french_participle_left_as_a_noun_and_a_count_it_depends_on() -> None:
    found = events("Trois policiers ont été tués et des dizaines blessés samedi.", lang="fr")
    assert [e.trigger.text for e in found if e.type == "casualties"] == ["tués", "blessés"]
    dead = one_of(events("L'attaque a fait une trentaine de morts.", lang="fr"), "casualties")
    assert dead.quantity is not None and (dead.quantity.low, dead.quantity.high) == (30, 30)


def test_reported_event_links_to_its_quote() -> None:
    record = extract_text(
        "“Dozens of men deserted last week,” a military source told Reuters.",
        published=date(2023, 4, 2),
    )
    event = next(e for e in record.events if e.type == "desertion")
    assert event.modality == "reported"
    assert event.source == record.quotes[0].id
    assert event.time is not None and event.time.value == "2023-W12"


def test_refuse_needs_a_fighting_complement() -> None:
    assert [e.type for e in events("The soldiers refused to fight.")] == ["refusal_to_fight"]
    assert events("The bank refused to comment on the loan.") == []


def test_custom_ontology_from_a_yaml_file(tmp_path: Path) -> None:
    path = tmp_path / "strikes.yaml"
    path.write_text(
        "name: labour\ntypes:\n  strike:\n    label: Strike\n    triggers:\n      - lemma: strike\n"
        "      - lemma: walkout\n    noun_of: actor\n",
        encoding="utf-8",
    )
    record = extract_text("Dock workers began a walkout on Friday.", ontology=str(path))
    assert [e.type for e in record.events] == ["strike"]


def test_invalid_ontology_names_the_file_and_field(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(
        "name: broken\ntypes:\n  x:\n    label: X\n    triggers: []\n", encoding="utf-8"
    )
    with pytest.raises(OntologyError, match=r"broken\.yaml.*types\.x\.triggers"):
        load_ontology(str(path))


def muc(text: str) -> list[tuple[str, str]]:
    record = extract_text(text, published=date(2023, 4, 2), ontology="muc4")
    return [(e.type, e.trigger.text) for e in record.events]


def test_a_modifier_retypes_an_attack_as_a_bombing() -> None:
    assert muc("A grenade attack destroyed the offices of the mayor on Monday.") == [
        ("bombing", "attack")
    ]
    assert muc("Gunmen carried out an attack on the offices of the mayor.") == [
        ("attack", "attack")
    ]


def test_combatant_targets_make_no_muc_attack() -> None:
    assert muc("The rebels killed four soldiers near the bridge.") == []
    assert muc("Members of the security forces were killed near the bridge.") == []
    assert muc("The rebels killed four farmers near the bridge.") == [("attack", "killed")]
    # a civilian joined to the soldiers keeps it
    assert muc("The rebels killed two soldiers and a teacher.") == [("attack", "killed")]


def test_an_accident_is_no_attack() -> None:
    assert muc("Two pilots were killed when their helicopter crashed into a hill.") == []


def test_passive_subject_restriction_and_negation_by_none() -> None:
    event = one("None of the sacked commanders has been charged so far.", "prosecution")
    assert event.modality == "negated"
    assert [e.type for e in events("The shop charged its customers a small fee.")] == []


def test_held_people_are_an_arrest_but_a_held_meeting_is_not() -> None:
    event = one("At least twenty students were still being held on Friday.", "arrest")
    assert event.trigger.text == "held" and event.modality == "asserted"
    assert [e.type for e in events("A meeting was held on Friday in the town hall.")] == []


def test_gathering_protesters_and_summoned_men() -> None:
    event = one("Crowds gathered in the main square, chanting slogans against the war.", "protest")
    assert event.trigger.text == "gathered"
    assert one("Hundreds of men were summoned to the draft offices.", "mobilization")
    assert [e.type for e in events("The ministry summoned the ambassador on Monday.")] == []


def test_a_cue_verb_reporting_the_clause_makes_it_reported() -> None:
    event = one(
        "The governor admitted that dozens of reservists had been summoned by mistake.",
        "mobilization",
    )
    assert event.modality == "reported"
    event = one(
        "The navy has dismissed two admirals, people close to the ministry said.", "dismissal"
    )
    assert event.modality == "reported"
    assert one("The navy has dismissed two admirals.", "dismissal").modality == "asserted"


def test_french_reported_conditional_and_inverted_cue() -> None:
    record = extract_text(
        "Plusieurs soldats seraient détenus dans une caserne, selon des témoignages.",
        published=date(2023, 4, 2),
        lang="fr",
    )
    assert [(e.type, e.modality) for e in record.events] == [("arrest", "reported")]
    record = extract_text(
        "Le colonel a été arrêté à Moscou le 3 mars, ont précisé ces sources.",
        published=date(2023, 4, 2),
        lang="fr",
    )
    assert [(e.type, e.modality) for e in record.events] == [("arrest", "reported")]
    record = extract_text("Le colonel pourrait être arrêté.", published=date(2023, 4, 2), lang="fr")
    assert [e.modality for e in record.events] == ["hypothetical"]


def test_restricted_triggers_come_first_in_the_index() -> None:
    index = load_ontology("muc4").trigger_index()
    attack = [(name, trigger.modified_by) for name, trigger in index["attack"]]
    assert attack[0][0] == "bombing" and attack[0][1]
    assert attack[-1] == ("attack", [])
    ontology = load_ontology("muc4")
    assert ontology.recent_days == 62
    assert ontology.types["attack"].subsumed_by == ["bombing", "kidnapping", "arson", "robbery"]


def test_bombs_dropped_by_aircraft_are_a_muc_attack() -> None:
    assert muc("Air force planes bombed the village on Sunday.") == [("attack", "bombed")]
    # the verb alone is no bombing; the device or a "car bombing" is
    assert muc("Unknown men bombed the office of the party on Sunday.") == []
    assert muc("A car bombing damaged the office of the party.") == [("bombing", "bombing")]
    assert muc("An explosive device damaged the office of the party.") == [
        ("bombing", "explosive device")
    ]


def test_casualties_of_combat_are_no_muc_attack() -> None:
    assert muc("Two farmers were killed during the clashes near the border.") == []
    assert muc("Two farmers were killed near the border.") == [("attack", "killed")]
    assert muc("Gunmen launched an attack on an army garrison.") == []
    assert muc("Gunmen launched an attack on a bus.") == [("attack", "attack")]


def test_a_subject_determined_by_no_negates() -> None:
    assert one("No protesters were detained on Sunday.", "arrest").modality == "negated"
    assert one("Two protesters were detained on Sunday.", "arrest").modality == "asserted"


def test_a_verbal_attack_is_no_muc_attack() -> None:
    assert muc("The senator harshly attacked the president on Monday.") == []
    assert muc("The senator attacked the new policy of the president.") == []
    assert muc("Gunmen attacked a bus on Monday.") == [("attack", "attacked")]


def modalities(text: str, ontology: str = "muc4", lang: str = "en") -> list[tuple[str, str]]:
    record = extract_text(text, published=date(2023, 4, 2), ontology=ontology, lang=lang)
    return [(e.trigger.text, e.modality) for e in record.events]


def test_an_act_tried_or_foiled_is_attempted() -> None:
    assert modalities("Gunmen tried to kill the mayor on Monday.") == [("kill", "attempted")]
    assert modalities("Rebels made an attempt to kidnap the mayor.") == [("kidnap", "attempted")]
    assert modalities("There was an assassination attempt against the judge.") == [
        ("assassination", "attempted")
    ]
    assert modalities("A failed attack on the embassy wounded two guards.") == [
        ("attack", "attempted"),
        ("wounded", "asserted"),
    ]
    assert modalities("The bomb was defused by the police.") == [("bomb", "attempted")]
    assert modalities("Police foiled an attack on the embassy.") == [("attack", "attempted")]
    assert modalities("Gunmen killed the mayor on Monday.") == [("killed", "asserted")]
    assert modalities("Rebels made an attempt at kidnapping the judge.") == [
        ("kidnapping", "attempted")
    ]


def test_tried_in_court_is_no_attempt() -> None:
    assert modalities("Two officers will be tried for desertion next week.", "default") == [
        ("desertion", "asserted")
    ]
    assert modalities("The men were tried for mutiny in May.", "default") == [
        ("mutiny", "asserted")
    ]


def test_attempted_ranks_below_negated_and_planned_and_above_reported() -> None:
    assert modalities("Gunmen did not try to kill the mayor.") == [("kill", "negated")]
    assert modalities("Gunmen will try to kill the mayor.") == [("kill", "planned")]
    # the source still names who reports it
    record = extract_text("Gunmen tried to kill the mayor, police said.", ontology="muc4")
    assert [e.modality for e in record.events] == ["attempted"]


def test_attempts_in_the_default_ontology_and_in_french() -> None:
    assert modalities("The government attempted to dismiss the general.", "default") == [
        ("dismiss", "attempted")
    ]
    assert modalities("An attempted mutiny was crushed.", "default") == [("mutiny", "attempted")]
    assert modalities("Le gouvernement a tenté de limoger le général.", "default", "fr") == [
        ("limoger", "attempted")
    ]
    assert modalities("Une tentative de mutinerie a échoué.", "default", "fr") == [
        ("mutinerie", "attempted")
    ]


def test_the_muc4_scope_is_validated_data(tmp_path: Path) -> None:
    scope = load_ontology("muc4").scope
    assert scope is not None and "el salvador" in scope.places and "spain" in scope.foreign
    assert scope.out_of_scope("A bomb exploded in Lebanon.")
    assert not scope.out_of_scope("A bomb exploded at the U.S. embassy in Bogota.")
    assert not scope.out_of_scope("Soviet fishermen were wounded.")  # a nationality, no place
    assert load_ontology("default").scope is None
    path = tmp_path / "scoped.yaml"
    path.write_text(
        "name: scoped\nscope:\n  places: [Peru]\n  foreign: [peru]\n"
        "types:\n  x:\n    label: X\n    triggers: [{lemma: x}]\n",
        encoding="utf-8",
    )
    with pytest.raises(OntologyError, match=r"scoped\.yaml.*scope.*both in scope and foreign"):
        load_ontology(str(path))


def test_a_modifier_of_a_plural_noun_is_many_occurrences() -> None:
    record = extract_text("Rebels carried out bomb attacks on Monday.", ontology="muc4")
    assert [(e.trigger.text, e.aggregate) for e in record.events] == [
        ("bomb", True),
        ("attacks", True),
    ]
    record = extract_text("Rebels carried out a bomb attack on Monday.", ontology="muc4")
    assert [(e.trigger.text, e.aggregate) for e in record.events] == [
        ("bomb", False),
        ("attack", False),
    ]


def test_a_penalty_is_as_real_as_the_verb_it_hangs_from() -> None:
    assert modalities("Desertion is punishable by up to ten years in prison.", "default") == [
        ("Desertion", "asserted"),
        ("prison", "hypothetical"),
    ]
    assert modalities("If tried, he would face up to eight years in prison.", "default")[-1] == (
        "prison",
        "hypothetical",
    )
    assert modalities("The court sentenced him to six years in prison.", "default")[-1] == (
        "prison",
        "asserted",
    )
    assert modalities("Un soldat qui déserte risque jusqu'à cinq ans de prison.", "default", "fr")[
        -1
    ] == ("prison", "hypothetical")


def test_muc4_arson_machinegunning_and_explosives_vocabulary() -> None:
    # the attack on "fire" joins the arson in the MUC document rule
    assert muc("Guerrillas set two trucks on fire on Monday.")[0] == ("arson", "set")
    assert muc("The gunmen machinegunned a bus in Santa Ana.") == [("attack", "machinegunned")]
    assert muc("Police investigated the burning of five buses.") == [("arson", "burning")]
    assert muc("Three guards were wounded by explosives hidden in a car.")[-1] == (
        "bombing",
        "explosives",
    )
    # the adjective is no trigger
    assert muc("The police found explosive material in the house.") == []


def test_muc4_mined_roads_and_forced_disappearances() -> None:
    assert muc("The highway was mined by the rebels.") == [("bombing", "mined")]
    assert muc("Workers of the mine went on strike.") == []
    assert muc("The army is blamed for the disappearance of two students.") == [
        ("kidnapping", "disappearance")
    ]


def roles(text: str, kind: str = "attack") -> list[tuple[str, str]]:
    record = extract_text(text, published=date(2023, 4, 2), ontology="muc4")
    event = next(e for e in record.events if e.type == kind)
    return [(a.role, a.text) for a in event.actors]


def test_a_relative_pronoun_stands_for_the_noun_it_modifies() -> None:
    # a passive relative clause: the noun is the victim, not the doer
    assert roles(
        "The mayor, who was kidnapped by rebels on Monday, was found dead.", "kidnapping"
    ) == [
        ("target", "The mayor"),
        ("actor", "rebels"),
    ]
    # an active one: the noun is the doer, without the clause itself
    assert roles("The column that attacked the village belonged to the rebels.") == [
        ("actor", "The column"),
        ("target", "the village"),
    ]
    # so a combatant the passive clause befalls is the excluded target
    assert muc("Soldiers guarded the barracks, which was attacked by rebels.") == []


def test_no_doer_from_an_infinitive_a_passive_clause_or_a_verb_about_the_act() -> None:
    assert roles("He gave the order to kill the judge.") == [("target", "the judge")]
    assert roles("Officials condemned the attack on the bank.") == [("target", "the bank")]
    assert roles("The rebels staged an attack on the bank.") == [
        ("target", "the bank"),
        ("actor", "The rebels"),
    ]
    assert roles("The attack on the bank was perpetrated by the rebels.") == [
        ("target", "the bank"),
        ("actor", "the rebels"),
    ]


def test_a_possessor_is_the_doer_or_the_victim_as_the_trigger_says() -> None:
    assert roles("The rebels' attack destroyed the bridge.") == [("actor", "The rebels")]
    assert roles("The senator's murder shocked the city.") == [("target", "The senator's")]


def test_the_means_is_no_doer() -> None:
    assert roles("A car bomb killed two guards.") == [
        ("instrument", "A car bomb"),
        ("target", "two guards"),
    ]
    assert roles("A bomb attack damaged the bank.", "bombing") == []


def test_an_untargeted_event_beside_combat_casualties_is_that_combat() -> None:
    assert muc("In the attack, five soldiers were killed.") == []
    assert muc("Five soldiers were killed and several wounded in the ambush.") == []
    assert muc("In the attack, five farmers were killed.") == [
        ("attack", "attack"),
        ("attack", "killed"),
    ]


def aggregates(text: str) -> list[tuple[str, bool]]:
    """(trigger, aggregate) of the MUC-4 events of ``text``."""
    record = extract_text(text, published=date(2023, 4, 2), ontology="muc4")
    return [(e.trigger.text, e.aggregate) for e in record.events]


def test_a_bare_singular_is_the_kind_of_act_and_devices_are_no_acts() -> None:
    assert aggregates("He was charged with murder.") == [("murder", True)]
    assert aggregates("The murder shocked the town.") == [("murder", False)]
    assert aggregates("The men hurled dynamite sticks at the embassy.") == [("dynamite", False)]
    # a verb's object belongs to its phrase: one act
    assert aggregates("The men set fire to a store.")[0] == ("set", False)


def test_a_time_earlier_in_the_sentence_dates_the_event() -> None:
    record = extract_text(
        "Last night, while police searched the area, a bomb exploded in a store.",
        published=date(2023, 4, 2),
        ontology="muc4",
    )
    assert {e.time.value if e.time else None for e in record.events} == {"2023-04-01TNI"}


def test_fire_is_an_attack_as_a_verb_or_when_opened() -> None:
    assert muc("Mortar fire was heard near the town.") == []
    assert muc("Gunmen fired at a bus.") == [("attack", "fired")]
    assert roles("Gunmen opened fire on a bus.") == [("actor", "Gunmen")]


def test_who_claims_or_is_blamed_for_an_act_did_it() -> None:
    assert roles("The rebels claimed responsibility for the attack.") == [("actor", "The rebels")]
    assert roles("The murder was attributed to the rebels.") == [("actor", "the rebels")]
    assert roles("Police blamed the rebels for the attack.") == [("actor", "the rebels")]
    assert roles("The rebels denied responsibility for the attack.") == []
    assert roles("The group claimed responsibility for killing the general.") == [
        ("target", "the general"),
        ("actor", "The group"),
    ]
    assert roles("The kidnapping of the mayor by rebels shocked the town.", "kidnapping") == [
        ("target", "the mayor"),
        ("actor", "rebels"),
    ]


def test_a_second_verb_shares_the_doer_and_a_loose_by_phrase_is_the_doer() -> None:
    assert roles("A column of rebels arrived in the village and shot 16 peasants.") == [
        ("target", "16 peasants"),
        ("actor", "A column of rebels"),
    ]
    assert roles("The mayor was kidnapped on Monday, apparently by rebels.", "kidnapping") == [
        ("target", "The mayor"),
        ("actor", "rebels"),
    ]


def test_a_verb_in_the_simple_present_is_what_happens_as_a_rule() -> None:
    assert aggregates("The rebels kidnap businessmen for ransom.") == [("kidnap", True)]
    assert aggregates("The rebels kidnapped a businessman on Monday.") == [("kidnapped", False)]


def test_nobody_is_no_doer_and_a_date_is_no_possessor() -> None:
    assert roles("No organization has claimed responsibility for the attack.") == []
    assert roles("Neither the rebels nor any other group claimed the attack.") == []
    assert roles("Last Friday's attack destroyed the bridge.") == []


def test_devices_found_or_seized_are_no_bombing() -> None:
    assert muc("Troops seized 250 sticks of dynamite and 22 homemade bombs.") == []
    assert muc("Explosives were found in the house.") == []
    assert muc("A bomb exploded in the house.") == [("bombing", "bomb"), ("bombing", "exploded")]


def test_a_headline_in_the_present_tells_one_act_not_a_habit() -> None:
    text = (
        "Police detain the mayor of a northern town\n\n"
        "In the region, the police detain activists after every protest."
    )
    kidnappings = [e for e in extract_text(text, published=date(2023, 5, 2)).events]
    headline = next(e for e in kidnappings if e.trigger.start < text.index("\n"))
    habit = next(e for e in kidnappings if e.trigger.start > text.index("\n"))
    assert not headline.aggregate
    assert habit.aggregate


def test_a_name_split_among_the_modifiers_is_one_doer() -> None:
    # the parse makes "Rising" an adjective of the attack and "Sun" a compound
    assert roles("Two farmers died in a Rising Sun attack on the market.") == [
        ("actor", "Rising Sun"),
        ("target", "the market"),
    ]


def test_who_claims_an_act_through_a_relative_pronoun_or_a_loose_for_did_it() -> None:
    assert roles(
        "The Red Brigade, which claimed responsibility for killing the judge, threatened more."
    ) == [("target", "the judge"), ("actor", "The Red Brigade")]
    assert roles(
        "The Red Brigade claimed responsibility today for the car bombing.", "bombing"
    ) == [("actor", "The Red Brigade")]


def test_who_plants_or_sets_off_a_bomb_did_the_bombing() -> None:
    assert roles("Urban guerrillas planted a bomb outside the bank.", "bombing") == [
        ("actor", "Urban guerrillas")
    ]
    assert roles("Rebels set off a bomb outside the bank.", "bombing") == [("actor", "Rebels")]


def test_shots_ambushes_and_raids_in_combat_are_no_attack() -> None:
    assert muc("During the fighting, soldiers fired at the village.") == []
    assert muc("Soldiers fired at the village.") == [("attack", "fired")]


def test_weapons_are_means_and_passive_subjects_befall_in_both_languages() -> None:
    missile = extract_text(
        "A missile struck a nine-storey apartment block in Dnipro on Saturday.",
        published=date(2023, 1, 20),
    ).events[0]
    roles = {(a.role, a.text) for a in missile.actors}
    assert ("instrument", "A missile") in roles
    assert not any(role == "actor" for role, _ in roles)
    arrest = extract_text(
        "Deux soldats ont été arrêtés par la police militaire.",
        published=date(2023, 1, 20),
        lang="fr",
    ).events[0]
    assert {(a.role, a.text) for a in arrest.actors} == {
        ("target", "Deux soldats"),
        ("actor", "la police militaire"),
    }


def test_arguments_of_datelines_bare_participles_and_french_relatives() -> None:
    def roles(text: str, lang: str = "en") -> list[tuple[str, list[tuple[str, str]]]]:
        found = extract_text(text, published=date(2023, 7, 21), lang=lang).events
        return [(e.trigger.text, [(a.role, a.text) for a in e.actors]) for e in found]

    assert roles(
        "MOSCOW, July 20 (Eastern Wire Service) -- Russian investigators have detained a "
        "deputy commander."
    ) == [("detained", [("actor", "Russian investigators"), ("target", "a deputy commander")])]
    assert ("wounded", [("target", "dozens")]) in roles(
        "At least 23 people were killed and dozens more wounded in the strike."
    )
    assert ("wounded", [("target", "officers")]) in roles(
        "Their places will be taken by officers who have fought and been wounded at the front."
    )
    assert ("deserter", []) in roles("Every deserter on paper is a problem for his officer.")
    french = roles("La mère d'un soldat détenu dans la ville a porté plainte.", lang="fr")
    assert ("détenu", [("target", "un soldat")]) in french
    assert roles("Mon fils n'a pas déserté.", lang="fr") == [("déserté", [("actor", "Mon fils")])]


def test_renvoyer_sends_home_or_back_without_dismissing() -> None:
    def types(text: str) -> list[str]:
        return [e.type for e in extract_text(text, published=date(2022, 9, 29), lang="fr").events]

    assert "dismissal" not in types("Les hommes appelés à tort seront renvoyés chez eux.")
    assert "dismissal" not in types("Les blessés ont été renvoyés au front après deux jours.")
    assert "dismissal" in types("Le ministre a renvoyé le chef d'état-major mardi.")


def muc_events(text: str) -> list[tuple[str, str, list[tuple[str, str]], float | None]]:
    record = extract_text(text, published=date(1990, 1, 5), ontology="muc4")
    return [
        (
            e.type,
            e.trigger.text,
            [(a.role, a.text) for a in e.actors],
            e.quantity.low if e.quantity else None,
        )
        for e in record.events
    ]


def test_a_report_the_sentence_cites_does_not_make_an_attack_verbal() -> None:
    text = (
        "Urban guerrillas attacked the presidency with mortar fire tonight, causing some "
        "damage, according to initial official reports."
    )
    assert [(t, w) for t, w, _, _ in muc_events(text)] == [("attack", "attacked")]
    # the object still makes it a verbal attack
    assert muc_events("The senator attacked the report of the commission.") == []


def test_a_date_or_clock_time_is_no_target_and_no_count() -> None:
    text = (
        "Honduran guerrillas claimed credit for the attack on a town hall on 11 April. "
        "FMLN forces attacked the mayor's office at approximately 2100 on 3 January."
    )
    found = muc_events(text)
    assert found[0][2] == [("target", "a town hall"), ("actor", "Honduran guerrillas")]
    assert found[1][3] is None  # "2100" is a time of day, not 2,100 victims
    assert ("target", "the mayor's office") in found[1][2]


def test_who_is_punished_for_an_act_did_it_not_who_punishes() -> None:
    record = extract_text(
        "A base commander threatened a conscript with prison for refusing to go to the front. "
        "An officer was detained for disobeying an order.",
        published=date(2023, 4, 2),
    )
    actors = {
        e.trigger.text: [a.text for a in e.actors if a.role == "actor"] for e in record.events
    }
    assert actors["refusing"] and actors["refusing"][0].startswith("a conscript")
    assert actors["disobeying"] == ["An officer"]


def test_a_headline_before_a_colon_keeps_its_own_modality() -> None:
    record = extract_text(
        'Russian soldiers refuse to fight: "They threatened me with ten years in prison"',
        published=date(2023, 4, 2),
    )
    modality = {e.trigger.text: e.modality for e in record.events}
    assert modality == {"refuse": "asserted", "prison": "hypothetical"}


def test_an_act_a_report_tells_of_is_no_act_on_the_report() -> None:
    # the attack trigger is ruled out when it governs "report" ("attacked the report"), not
    # when its clause is what "reported" reports
    record = extract_text(
        "A police source reported that guerrillas attacked the city hall.", ontology="muc4"
    )
    assert [(e.type, e.modality) for e in record.events] == [("attack", "reported")]
    assert extract_text("The minister harshly attacked the report.", ontology="muc4").events == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guerrillas bombed a bank in Lima.", [("bombing", "bombed")]),
        ("The rebel front bombed three public buildings.", [("bombing", "bombed")]),
        ("Air force planes bombed the village.", [("attack", "bombed")]),
        ("The village was bombed on Monday.", []),  # by whom: a bombing or an air raid
    ],
)
def test_who_bombs_decides_a_bombing_or_an_air_attack(
    text: str, expected: list[tuple[str, str]]
) -> None:
    record = extract_text(text, ontology="muc4")
    assert [(e.type, e.trigger.text) for e in record.events] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a future seen from the report is a plan; with a condition, a hypothesis
        (
            "The interior minister said on Friday that she would declare a state of emergency "
            "in the capital.",
            "en",
            ("declare", "planned"),
        ),
        (
            "The interior minister said on Friday that she would declare a state of emergency if "
            "the riots continued.",
            "en",
            ("declare", "hypothetical"),
        ),
        # ruled out: no event; not ruled out: an open possibility
        ("The governor ruled out mobilising the national guard.", "en", ("mobilising", "negated")),
        (
            "The governor did not rule out mobilising the national guard.",
            "en",
            ("mobilising", "hypothetical"),
        ),
        ("Le préfet exclut de décréter l'état d'urgence.", "fr", ("décréter", "negated")),
        (
            "Le préfet n'exclut pas de décréter l'état d'urgence.",
            "fr",
            ("décréter", "hypothetical"),
        ),
        # "plus de" is a count, not "ne ... plus"; "sans autorisation" is a manner
        (
            "Plus de 300 soldats ont quitté leur unité sans autorisation depuis janvier.",
            "fr",
            ("quitté", "asserted"),
        ),
        (
            "Le gouvernement prévoit de mobiliser dix mille réservistes.",
            "fr",
            ("mobiliser", "planned"),
        ),
        # a clause after a semicolon reports nothing before it
        (
            "Dozens of soldiers mutinied at a base near the capital on Monday; the army said "
            "later that the revolt was over.",
            "en",
            ("mutinied", "asserted"),
        ),
        (
            "Des milliers de personnes ont défilé samedi dans les rues de Tbilissi.",
            "fr",
            ("défilé", "asserted"),
        ),
    ],
)
def test_modality_from_reports_plans_and_ruling_out(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    record = extract_text(text, lang=lang, published=date(2026, 11, 25))
    assert expected in [(e.trigger.text, e.modality) for e in record.events]


def test_a_conjoined_clause_with_its_own_subject_keeps_its_own_modality() -> None:
    record = extract_text(
        "The ministry said it had not called up any reservists, but that the president could "
        "declare martial law."
    )
    assert [(e.trigger.text, e.modality) for e in record.events] == [
        ("called up", "negated"),
        ("declare", "hypothetical"),
    ]


def test_an_act_one_does_keeps_its_doer_when_tagged_as_a_participle() -> None:
    record = extract_text("A group of soldiers mutinied at the barracks on Thursday.")
    assert [(a.role, a.text) for e in record.events for a in e.actors] == [
        ("actor", "A group of soldiers")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attempt word before "de", past the day the small parser made its object
        (
            "Des inconnus ont tenté dimanche d'incendier une caserne à Lyon, a indiqué la police.",
            ("incendier", "attempted"),
        ),
        # a conditional in a relative clause is a condition, even in reported content and
        # even when the tagger reads it as a present
        (
            "Le ministre a menacé de sanctionner les soldats qui refuseraient de combattre.",
            ("refuseraient", "hypothetical"),
        ),
        # a main verb's conditional in a report marks hearsay
        (
            "Selon des médias locaux, l'armée préparerait une nouvelle mobilisation.",
            ("mobilisation", "reported"),
        ),
        # "sans" before the verb whose complement the trigger is
        ("Des saboteurs ont incendié un dépôt sans faire de victimes.", ("victimes", "negated")),
    ],
)
def test_french_modality_the_small_parser_hides(text: str, expected: tuple[str, str]) -> None:
    record = extract_text(text, lang="fr", published=date(2026, 11, 25))
    assert expected in [(e.trigger.text, e.modality) for e in record.events]


def test_what_a_verb_counts_after_it_is_its_target_when_the_parser_loses_the_noun() -> None:
    record = extract_text(
        "Une frappe de missiles russes sur un immeuble de Dnipro a tué au moins vingt-huit "
        "personnes et en a blessé plus de cent.",
        lang="fr",
    )
    killed = next(e for e in record.events if e.trigger.text == "tué")
    assert ("target", "au moins vingt-huit personnes") in [(a.role, a.text) for a in killed.actors]
    # a passive's count is its subject, already the target; nothing is added after it
    record = extract_text("Vingt soldats ont été tués dimanche.", lang="fr")
    assert [a.text for e in record.events for a in e.actors if a.role == "target"] == [
        "Vingt soldats"
    ]


def test_who_tried_is_the_doer_however_the_parser_hung_the_infinitive() -> None:
    record = extract_text(
        "Des inconnus ont tenté dimanche d'incendier une caserne à Lyon.", lang="fr"
    )
    assert [(e.modality, [(a.role, a.text) for a in e.actors]) for e in record.events] == [
        ("attempted", [("target", "une caserne à Lyon"), ("actor", "Des inconnus")])
    ]


def test_a_day_after_a_french_verb_does_not_lose_its_subject() -> None:
    record = extract_text(
        "Le chef de la junte malienne, le général Assimi Goïta, a limogé mardi le chef "
        "d'état-major de l'armée de terre.",
        lang="fr",
    )
    assert [(a.role, a.text) for e in record.events for a in e.actors] == [
        ("target", "le chef d'état-major de l'armée de terre"),
        ("actor", "Le chef de la junte malienne"),
    ]
    # a participle takes no subject from the front of its sentence
    record = extract_text("Les soldats tués dimanche près de Bakhmout ont été enterrés.", lang="fr")
    assert [(a.role, a.text) for e in record.events for a in e.actors] == [
        ("target", "Les soldats")
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "A sergeant who fled his post could face up to eight years in prison, his lawyer said.",
            "prison",
            "A sergeant who fled his post",
        ),
        (
            "The ministry warned that reservists who ignore the call could face court-martial.",
            "court-martial",
            "reservists who ignore the call",
        ),
    ],
)
def test_who_faces_a_punishment_undergoes_it(text: str, trigger: str, target: str) -> None:
    record = extract_text(text)
    event = next(e for e in record.events if e.trigger.text == trigger)
    assert (event.modality, [(a.role, a.text) for a in event.actors]) == (
        "hypothetical",
        [("target", target)],
    )


def test_a_passive_read_as_be_and_an_adjective_keeps_its_target() -> None:
    record = extract_text(
        "About 60 Chadian soldiers refused to deploy, and their commanders were later relieved "
        "of duty, a military source said."
    )
    relieved = next(e for e in record.events if e.type == "dismissal")
    assert [(a.role, a.text) for a in relieved.actors] == [("target", "their commanders")]


@pytest.mark.parametrize(
    ("text", "lang", "target"),
    [
        (
            "Hundreds of students marched through the capital on Friday against the new law.",
            "en",
            "the new law",
        ),
        (
            "Des milliers d'agriculteurs ont manifesté mardi contre la réforme des retraites.",
            "fr",
            "la réforme des retraites",
        ),
    ],
)
def test_what_a_protest_is_against_is_its_target(text: str, lang: str, target: str) -> None:
    record = extract_text(text, lang=lang)
    protest = next(e for e in record.events if e.type == "protest")
    assert ("target", target) in [(a.role, a.text) for a in protest.actors]


def test_a_pronoun_stands_for_the_source_only_when_the_source_says_it() -> None:
    record = extract_text(
        "The president told the general on Monday that he was being removed as army chief, "
        "according to two officials."
    )
    removed = next(e for e in record.events if e.type == "dismissal")
    assert [(a.role, a.text) for a in removed.actors] == [("target", "he")]
    record = extract_text("The bureau said it had charged the commander with desertion.")
    charged = next(e for e in record.events if e.type == "prosecution")
    assert ("actor", "The bureau") in [(a.role, a.text) for a in charged.actors]


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        (
            "Le parquet militaire, qui a engagé des poursuites contre trois officiers, refuse de "
            "commenter.",
            "fr",
            "Le parquet militaire",
        ),
        (
            "The prosecutor's office, which filed charges against the commander, declined to "
            "comment.",
            "en",
            "The prosecutor's office",
        ),
    ],
)
def test_a_relative_pronoun_that_carried_an_act_out_stands_for_its_noun(
    text: str, lang: str, actor: str
) -> None:
    record = extract_text(text, lang=lang)
    assert ("actor", actor) in [(a.role, a.text) for e in record.events for a in e.actors]


def test_an_argument_leaves_out_a_preposition_in_several_words() -> None:
    record = extract_text(
        "Trois soldats ont déserté en mars, d'après le parquet militaire, qui a engagé des "
        "poursuites contre eux.",
        lang="fr",
    )
    prosecution = next(e for e in record.events if e.type == "prosecution")
    assert ("actor", "le parquet militaire") in [(a.role, a.text) for a in prosecution.actors]


def test_a_french_noun_trigger_takes_its_doer_only_from_a_verb_of_doing() -> None:
    def attackers(text: str) -> list[str]:
        record = extract_text(text, lang="fr")
        return [
            a.text
            for e in record.events
            if e.type == "attack"
            for a in e.actors
            if a.role == "actor"
        ]

    assert attackers("Les rebelles ont mené une attaque contre le convoi.") == ["Les rebelles"]
    assert attackers("La police a déjoué lundi un attentat contre une caserne de Cali.") == []
    assert attackers("Le gouvernement a dénoncé l'attaque contre le convoi.") == []


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        (
            "Two conscripts were killed in a cross-border shooting near the village.",
            "en",
            "shooting",
        ),
        (
            "Three soldiers died when an explosive device detonated near their tank.",
            "en",
            "detonated",
        ),
        ("Un attentat a visé la préfecture dans la nuit.", "fr", "attentat"),
        ("Une fusillade a éclaté devant la caserne.", "fr", "fusillade"),
    ],
)
def test_attack_words_of_the_default_ontology(text: str, lang: str, trigger: str) -> None:
    record = extract_text(text, lang=lang)
    assert ("attack", trigger) in [(e.type, e.trigger.text) for e in record.events]


def test_the_court_an_appeal_goes_before_is_no_party_to_it() -> None:
    record = extract_text(
        "Les avocats ont déposé un recours devant la Cour de cassation.", lang="fr"
    )
    assert [(a.role, a.text) for e in record.events for a in e.actors] == [("actor", "Les avocats")]


@pytest.mark.parametrize(
    ("text", "lang", "kind", "trigger", "day"),
    [
        # an act after "N days later" is N days past the last day named before it
        (
            "Rebels shelled the airport on Tuesday, and three days later the army dismissed the"
            " garrison commander.",
            "en",
            "dismissal",
            "dismissed",
            "2023-03-31",
        ),
        # the act an offset counts from lies that far before the day of the clause it qualifies
        (
            "The government declared a curfew on Saturday, four days after gunmen attacked a"
            " police station.",
            "en",
            "attack",
            "attacked",
            "2023-03-28",
        ),
        (
            "Le ministre a limogé vendredi le chef de la police, deux jours après l'attaque du"
            " commissariat.",
            "fr",
            "attack",
            "attaque",
            "2023-03-29",
        ),
        # and that clause keeps its own day
        (
            "Le ministre a limogé vendredi le chef de la police, deux jours après l'attaque du"
            " commissariat.",
            "fr",
            "dismissal",
            "limogé",
            "2023-03-31",
        ),
    ],
)
def test_an_act_dated_by_its_distance_from_another(
    text: str, lang: str, kind: str, trigger: str, day: str
) -> None:
    event = next(e for e in events(text, lang=lang) if e.type == kind and e.trigger.text == trigger)
    assert event.time is not None and event.time.value == day


def test_a_frame_whose_verb_is_an_act_reports_nothing() -> None:
    found = events("Two days ago militiamen attacked a market and killed at least 12 traders.")
    killing = one_of(found, "casualties")
    assert killing.modality == "asserted"
    assert killing.quantity is not None and killing.quantity.low == 12


@pytest.mark.parametrize(
    ("text", "lang", "kind", "role", "expected"),
    [
        # who is held guilty of an act did it
        ("A court jailed six sailors convicted of mutiny.", "en", "mutiny", "actor", "six sailors"),
        (
            "Le tribunal a condamné neuf gendarmes reconnus coupables de désertion.",
            "fr",
            "desertion",
            "actor",
            "gendarmes",
        ),
        # the group "among" names is whom the deaths befell
        (
            "The riot caused two deaths among the prison guards.",
            "en",
            "casualties",
            "target",
            "the prison guards",
        ),
        # what an attack is "contre", the parser hung elsewhere
        (
            "Douze soldats ont été tués dans une attaque jihadiste contre un poste de Diapaga.",
            "fr",
            "attack",
            "target",
            "un poste de Diapaga",
        ),
        # who would face a court-martial, joined to a clause that has its subject
        (
            "A major who had refused to deploy was suspended and would face a court-martial.",
            "en",
            "prosecution",
            "target",
            "A major",
        ),
    ],
)
def test_participants_the_parse_hides(
    text: str, lang: str, kind: str, role: str, expected: str
) -> None:
    assert any(expected in found for found in role_texts(text, kind, role, lang=lang))


def test_a_time_is_no_participant() -> None:
    found = events(
        "Le préfet a suspendu samedi le commandant, trois jours après l'embuscade du convoi.",
        lang="fr",
    )
    ambush = one_of(found, "attack")
    assert not any("jours" in a.text for a in ambush.actors)


def test_a_light_verb_under_a_modal_makes_its_act_a_hypothesis_done_by_the_subject() -> None:
    found = events(
        "Les rebelles pourraient lancer une offensive contre Goma avant la saison des pluies.",
        lang="fr",
    )
    attack = one_of(found, "attack")
    assert attack.modality == "hypothetical"
    assert [a.text for a in attack.actors if a.role == "actor"] == ["Les rebelles"]


@pytest.mark.parametrize(
    "text",
    [
        "Le procès des trois colonels s'ouvrira en mars à Bamako.",
        "L'armée recrutera deux mille réservistes supplémentaires cet hiver.",
    ],
)
def test_a_french_simple_future_is_planned(text: str) -> None:
    assert {e.modality for e in events(text, lang="fr")} == {"planned"}


def test_a_time_the_parser_ran_into_the_object_is_the_acts() -> None:
    event = one_of(
        events(
            "La marine va mobiliser près de 800 réservistes l'an prochain pour garder les ports.",
            lang="fr",
        ),
        "mobilization",
    )
    assert event.time is not None and event.time.value == "2024"
    assert [a.text for a in event.actors if a.role == "target"] == ["près de 800 réservistes"]


def test_the_day_set_off_after_a_noun_trigger() -> None:
    event = one_of(
        events(
            "L'arrestation, jeudi à Niamey, de deux journalistes a provoqué un tollé.", lang="fr"
        ),
        "arrest",
    )
    assert event.time is not None and event.time.value == "2023-03-30"


@pytest.mark.parametrize(
    ("text", "lang", "target"),
    [
        ("Des frappes de drones ont touché samedi un dépôt de carburant à Port-Soudan.", "fr",
         "un dépôt de carburant"),
        ("Artillery strikes hit a hospital in Kherson on Monday.", "en", "a hospital"),
    ],
)  # fmt: skip
def test_what_an_attack_hit_is_its_target(text: str, lang: str, target: str) -> None:
    assert any(target in t for t in role_texts(text, "attack", "target", lang=lang))


def test_the_relative_clause_of_the_subject_does_not_date_the_act() -> None:
    event = one_of(
        events(
            "Deux réservistes qui avaient quitté leur unité lundi ont été arrêtés hier par la"
            " police militaire.",
            lang="fr",
        ),
        "arrest",
    )
    assert event.time is not None and event.time.value == "2023-04-01"


def test_a_relative_pronoun_doer_counted_before_its_noun() -> None:
    event = one_of(
        events(
            "La police a encerclé des dizaines de soldats qui tentaient de déserter la caserne.",
            lang="fr",
        ),
        "desertion",
    )
    assert event.quantity is not None and event.quantity.low is not None


@pytest.mark.parametrize(
    ("text", "lang", "kind", "day"),
    [
        # "N days earlier", after the day the text last named
        (
            "The governor resigned on Thursday. A police station had been torched four days"
            " earlier, killing two officers.",
            "en",
            "casualties",
            "2023-03-26",
        ),
        # the act "au lendemain de" which a clause happened is a day before it
        (
            "Le gouvernement a instauré vendredi un couvre-feu, au lendemain d'une attaque contre"
            " la prison de Koutoukalé.",
            "fr",
            "attack",
            "2023-03-30",
        ),
        (
            "The junta declared a state of emergency on Friday, the day after rebels attacked a"
            " convoy near Mopti.",
            "en",
            "attack",
            "2023-03-30",
        ),
        # a relative clause inside the subject dates the subject, not the act
        (
            "Trois gendarmes de la brigade de Tulle, qui avaient quitté leur poste lundi, ont été"
            " limogés jeudi.",
            "fr",
            "dismissal",
            "2023-03-30",
        ),
    ],
)
def test_days_counted_from_another_act(text: str, lang: str, kind: str, day: str) -> None:
    event = one_of(events(text, lang=lang), kind)
    assert event.time is not None and event.time.value == day


def test_who_is_charged_with_an_act_did_it() -> None:
    assert role_texts(
        "A military court on Monday charged three sergeants with desertion.",
        "desertion",
        "actor",
    ) == ["three sergeants"]


def test_a_purpose_is_no_report_and_a_participle_takes_the_day_after_it() -> None:
    found = events(
        "Des milliers d'étudiants ont défilé samedi à Tbilissi pour exiger la libération de"
        " six militants arrêtés la veille.",
        lang="fr",
    )
    arrest = one_of(found, "arrest")
    assert arrest.modality == "asserted"
    assert arrest.time is not None and arrest.time.value == "2023-03-31"


def test_what_a_march_is_against_where_the_parser_hung_it_on_a_place() -> None:
    assert role_texts(
        "Des milliers de personnes ont défilé samedi dans les rues de Lyon contre la réforme"
        " des retraites.",
        "protest",
        "target",
        lang="fr",
    ) == ["la réforme des retraites"]


def test_who_left_them_dead_did_it() -> None:
    event = one_of(
        events("Pirates shot dead four fishermen off the coast of Sucre on Sunday."),
        "casualties",
    )
    assert [a.text for a in event.actors if a.role == "actor"] == ["Pirates"]


def test_a_punishment_used_as_a_verb_under_a_threat() -> None:
    event = one_of(
        events("The army chief threatened to court-martial the deserters of the 5th brigade."),
        "prosecution",
    )
    assert event.modality == "hypothetical"
    assert [a.text for a in event.actors if a.role == "actor"] == ["The army chief"]
    assert any("the deserters" in a.text for a in event.actors if a.role == "target")


def test_the_doer_up_a_chain_of_infinitives_and_conjuncts() -> None:
    event = next(
        e
        for e in events(
            "La Pologne va rappeler 3 000 réservistes en mai et pourrait en mobiliser davantage"
            " si la situation se dégradait.",
            lang="fr",
        )
        if e.trigger.text == "mobiliser"
    )
    assert event.modality == "hypothetical"
    assert [a.text for a in event.actors if a.role == "actor"] == ["La Pologne"]


def test_a_future_auxiliary_makes_a_plan() -> None:
    event = one_of(
        events("Trois colonels ont été arrêtés et seront poursuivis pour trahison.", lang="fr"),
        "prosecution",
    )
    assert event.modality == "planned"


def test_a_french_noun_trigger_takes_its_de_phrase_however_parsed() -> None:
    assert role_texts(
        "Le régime a décrété en mars la conscription obligatoire des hommes de 20 à 40 ans.",
        "mobilization",
        "target",
        lang="fr",
    ) == ["des hommes de 20 à 40 ans"]


@pytest.mark.parametrize(
    ("text", "lang", "kind", "trigger", "modality"),
    [
        # what is said to be likely or possible has not happened
        (
            "Officials said more arrests were likely after the mutiny.",
            "en",
            "arrest",
            "arrests",
            "hypothetical",
        ),
        (
            "De nouvelles désertions sont probables d'ici l'hiver, selon l'état-major.",
            "fr",
            "desertion",
            "désertions",
            "hypothetical",
        ),
        # what a law allows has not happened yet
        (
            "The decree allows the army to mobilise reservists without a vote.",
            "en",
            "mobilization",
            "mobilise",
            "hypothetical",
        ),
        # a condition after the act
        (
            "The ministry said it would call up older men if the front collapsed.",
            "en",
            "mobilization",
            "call up",
            "hypothetical",
        ),
        # someone in particular "will face" a court-martial: planned; deserters in general: a
        # threat
        (
            "A sergeant who struck an officer will face a court-martial, the army said.",
            "en",
            "prosecution",
            "court-martial",
            "planned",
        ),
        (
            "Soldiers who desert will face a court-martial, the army warned.",
            "en",
            "prosecution",
            "court-martial",
            "hypothetical",
        ),
        # a conditional in a "que" clause is the future seen from the report
        (
            "Le parquet a indiqué que les deux officiers seraient jugés en mars.",
            "fr",
            "prosecution",
            "jugés",
            "planned",
        ),
        # "has not declared one ... would declare one": the restated object
        (
            "The government has not declared martial law, but it could declare it within days.",
            "en",
            "declaration",
            "declare",
            "hypothetical",
        ),
        # what a source denies did not happen, as it tells it
        (
            "The ministry denied that its soldiers had killed the protesters.",
            "en",
            "casualties",
            "killed",
            "negated",
        ),
        (
            "Le ministère a démenti que ses soldats aient tué des manifestants.",
            "fr",
            "casualties",
            "tué",
            "negated",
        ),
        # an act done ("filed in May") keeps its own modality under the verb that processes it
        (
            "A lawsuit filed by three conscripts in May will be heard by the court next week.",
            "en",
            "legal_challenge",
            "lawsuit",
            "asserted",
        ),
        # "devraient": what is expected is planned
        (
            "Deux colonels devraient être poursuivis pour trahison, selon le parquet.",
            "fr",
            "prosecution",
            "poursuivis",
            "planned",
        ),
        # a French conditional in a "que" clause under a condition is a hypothesis
        (
            "Le ministre a indiqué qu'il déclarerait l'état d'urgence si les violences"
            " reprenaient.",
            "fr",
            "declaration",
            "déclarerait",
            "hypothetical",
        ),
        # "will be court-martialled", the participle the parser read as a complement of "be"
        (
            "A corporal who refused to fire on protesters will be court-martialled, the army said.",
            "en",
            "prosecution",
            "court-martialled",
            "planned",
        ),
        # denying reports, or "toute mutinerie": negated
        (
            "The army denied reports that dozens of recruits had deserted.",
            "en",
            "desertion",
            "deserted",
            "negated",
        ),
        (
            "Le gouvernement dément les informations selon lesquelles des réservistes auraient"
            " été mobilisés dans le nord.",
            "fr",
            "mobilization",
            "mobilisés",
            "negated",
        ),
        (
            "L'état-major a démenti toute désertion dans ses rangs.",
            "fr",
            "desertion",
            "désertion",
            "negated",
        ),
        # an authority announcing its own act does it; a decision is an act
        (
            "The defence ministry announced the dismissal of two generals on Monday.",
            "en",
            "dismissal",
            "dismissal",
            "asserted",
        ),
        (
            "Parliament voted on Tuesday to extend the mobilisation for 90 days.",
            "en",
            "mobilization",
            "mobilisation",
            "asserted",
        ),
        # a participle the noun phrase presupposes is the writer's description
        (
            "The protesters demanded the release of their detained leader, the organisers said.",
            "en",
            "arrest",
            "detained",
            "asserted",
        ),
    ],
)
def test_modality_the_later_batches_prompted(
    text: str, lang: str, kind: str, trigger: str, modality: str
) -> None:
    found = [e for e in events(text, lang=lang) if e.type == kind and e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in events(text, lang=lang)]
    assert found[0].modality == modality


@pytest.mark.parametrize(
    ("text", "lang", "kind", "role", "expected"),
    [
        # the subject of the first verb undergoes a passive second one
        (
            "Six recruits fled the camp but were detained by border guards near Grodno.",
            "en",
            "arrest",
            "target",
            "Six recruits",
        ),
        # who acted in the attack did it
        (
            "Curfew was imposed after an ambush in which militiamen killed nine police officers.",
            "en",
            "attack",
            "actor",
            "militiamen",
        ),
        # who is responsible for an attack did it
        (
            "The governor said the Mai-Mai are responsible for the attack on the convoy.",
            "en",
            "attack",
            "actor",
            "the Mai-Mai",
        ),
        # a strike that killed hit whom it killed
        (
            "A Russian missile strike killed four firefighters in Kharkiv.",
            "en",
            "attack",
            "target",
            "four firefighters",
        ),
        # an idiom: "cost X their posts"
        (
            "Le scandale a coûté leur poste à trois colonels de la garde.",
            "fr",
            "dismissal",
            "target",
            "trois colonels de la garde",
        ),
        ("The scandal cost him his command.", "en", "dismissal", "target", "him"),
        # "two 18-year-olds", which the recogniser tags as a date, are people
        (
            "Two 19-year-olds filed a lawsuit against the conscription law.",
            "en",
            "legal_challenge",
            "actor",
            "Two 19-year-olds",
        ),
        # a detached "de" phrase and a purge within a body
        (
            "Le limogeage, annoncé lundi, du général Petrov a surpris l'état-major.",
            "fr",
            "dismissal",
            "target",
            "général Petrov",
        ),
        (
            "A purge within the navy has removed a dozen admirals.",
            "en",
            "purge",
            "target",
            "the navy",
        ),
        # the subject of the verb a French participle or infinitive depends on
        (
            "Des rebelles ont pris la ville mardi, tuant six civils avant de tenter d'incendier"
            " la mairie.",
            "fr",
            "casualties",
            "actor",
            "Des rebelles",
        ),
        # the subject two joined verbs share
        (
            "The president declared martial law and ordered the mobilisation of 5,000 reservists.",
            "en",
            "mobilization",
            "actor",
            "The president",
        ),
        # a participle that carries the act out names its doer
        (
            "A lawsuit filed by three conscripts in May will be heard next week.",
            "en",
            "legal_challenge",
            "actor",
            "three conscripts",
        ),
        (
            "Six gendarmes ont été tués mardi dans une embuscade tendue par des jihadistes.",
            "fr",
            "attack",
            "actor",
            "des jihadistes",
        ),
        (
            "Six gendarmes ont été tués mardi dans une embuscade tendue par des jihadistes.",
            "fr",
            "casualties",
            "actor",
            "des jihadistes",
        ),
        # whom it killed, for an act one was killed in
        (
            "Six gendarmes ont été tués mardi dans une embuscade tendue par des jihadistes.",
            "fr",
            "attack",
            "target",
            "Six gendarmes",
        ),
        # who faces a punishment for an act did it; the person a description stands for
        (
            "The protesters backed Pavel Ivanov, a sergeant who faces three years in prison for"
            " refusing to deploy.",
            "en",
            "refusal_to_fight",
            "actor",
            "Pavel Ivanov",
        ),
        # the noun a participle of guilt describes
        (
            "Deux soldats, accusés d'avoir déserté, ont été arrêtés à Gao.",
            "fr",
            "desertion",
            "actor",
            "Deux soldats",
        ),
        # a passive's "par" phrase however parsed; who claimed an attack did it
        (
            "Deux colonels seront jugés en avril par un tribunal militaire.",
            "fr",
            "prosecution",
            "actor",
            "un tribunal militaire",
        ),
        (
            "L'attentat a été revendiqué par l'État islamique.",
            "fr",
            "attack",
            "actor",
            "l'État islamique",
        ),
        # what it was against, under the date the parser hung it on
        (
            "L'offensive lancée le 2 mars contre la ville de Gao a échoué.",
            "fr",
            "attack",
            "target",
            "la ville de Gao",
        ),
        # what the parser hung on the doer, and the doer without it
        (
            "An attack by rebels on a convoy near Goma killed six soldiers.",
            "en",
            "attack",
            "target",
            "a convoy near Goma",
        ),
    ],
)
def test_arguments_the_parse_leaves_elsewhere(
    text: str, lang: str, kind: str, role: str, expected: str
) -> None:
    found = [e for e in events(text, lang=lang) if e.type == kind]
    assert found, [(e.type, e.trigger.text) for e in events(text, lang=lang)]
    texts = [a.text for a in found[0].actors if a.role == role]
    assert any(t.startswith(expected) for t in texts), texts


def test_arrests_by_police_catch() -> None:
    found = events("Two deserters were caught by military police at a railway station.")
    assert [(e.type, e.trigger.text) for e in found if e.type == "arrest"] == [("arrest", "caught")]
    assert not [
        e for e in events("The village caught fire after the strike.") if e.type == "arrest"
    ]


def test_refusing_military_service_is_a_refusal() -> None:
    assert one("He has refused to perform military service since 2021.", "refusal_to_fight")


def test_a_doer_phrase_stops_where_another_argument_begins() -> None:
    event = one("An attack by rebels on a convoy near Goma killed six soldiers.", "attack")
    assert [a.text for a in event.actors if a.role == "actor"] == ["rebels"]


def test_a_prison_stormed_is_a_place_not_a_sentence() -> None:
    assert not [
        e
        for e in events("Gunmen stormed a prison in Kano, freeing 200 inmates.")
        if e.type == "prosecution"
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The government declared a state of emergency in the north on Monday.", "en"),
        ("Erevan va rappeler 3 000 réservistes après les combats de lundi.", "fr"),
    ],
)
def test_acts_with_a_reporting_verb_are_no_reports(text: str, lang: str) -> None:
    assert not extract_text(text, published=date(2026, 12, 9), lang=lang).quotes


def test_ce_jour_la_is_the_day_named_before() -> None:
    record = extract_text(
        "L'attaque du 5 mai a visé Kidal. Trois soldats qui avaient déserté ce jour-là ont été"
        " arrêtés.",
        published=date(2026, 12, 9),
        lang="fr",
    )
    desertion = one_of(record.events, "desertion")
    assert desertion.time is not None and desertion.time.value == "2026-05-05"


def test_a_french_future_passive_dates_ahead() -> None:
    record = extract_text(
        "Deux colonels seront jugés en avril par un tribunal militaire.",
        published=date(2026, 12, 9),
        lang="fr",
    )
    assert [t.value for t in record.times] == ["2027-04"]


def test_ete_before_a_participle_is_no_summer() -> None:
    record = extract_text(
        "Plusieurs d'entre eux ont depuis été arrêtés. Cet été, les combats ont repris.",
        published=date(2026, 12, 9),
        lang="fr",
    )
    assert [t.text for t in record.times] == ["Cet été"]


@pytest.mark.parametrize(
    ("text", "lang", "kind", "trigger"),
    [
        ("The rebels tried to storm the airport before dawn.", "en", "attack", "storm"),
        ("The brigade lost 40 soldiers in the counter-offensive.", "en", "casualties", "lost"),
        ("Authorities imposed a curfew in the capital.", "en", "declaration", "imposed"),
        ("Le gouverneur a instauré un couvre-feu à Goma.", "fr", "declaration", "instauré"),
        ("Le bataillon a perdu douze soldats dans l'embuscade.", "fr", "casualties", "perdu"),
        ("It was the biggest shake-up of the high command since 2019.", "en", "purge", "shake-up"),
        ("The call-up of 10,000 reservists begins on Monday.", "en", "mobilization", "call-up"),
        ("Le rappel de 5 000 réservistes a commencé lundi.", "fr", "mobilization", "rappel"),
        ("Police tracked down the two deserters in Lviv.", "en", "arrest", "tracked down"),
        (
            "Deux ministres ont été placés en résidence surveillée.",
            "fr",
            "arrest",
            "résidence surveillée",
        ),
        (
            "Plus de 70 militaires ont fui leurs positions face aux rebelles.",
            "fr",
            "desertion",
            "fui",
        ),
        ("Dozens of soldiers fled their posts as the rebels advanced.", "en", "desertion", "fled"),
        (
            "Un objecteur a saisi la Cour européenne des droits de l'homme.",
            "fr",
            "legal_challenge",
            "saisi",
        ),
        (
            "Plus de 9 000 affaires pénales ont été ouvertes cette année.",
            "fr",
            "prosecution",
            "affaires pénales",
        ),
        ("Clashes between army units and militiamen left six dead.", "en", "attack", "Clashes"),
        ("A woman tried to set fire to a recruitment office.", "en", "attack", "set fire"),
        ("Two generals were expelled from the army.", "en", "dismissal", "expelled"),
        ("The commanders were handed to prosecutors.", "en", "prosecution", "handed"),
        ("He was jailed for refusing to enlist.", "en", "refusal_to_fight", "refusing"),
    ],
)
def test_triggers_of_the_later_batches(text: str, lang: str, kind: str, trigger: str) -> None:
    found = [(e.type, e.trigger.text) for e in events(text, lang=lang)]
    assert any(k == kind and trigger in t for k, t in found), found


@pytest.mark.parametrize(
    "text",
    ["A storm flooded the camp.", "The army lost ground near Bakhmut."],
)
def test_a_storm_or_lost_ground_is_no_event(text: str) -> None:
    assert not [e for e in events(text) if e.type in {"attack", "casualties"}]


def test_who_dies_undergoes_it() -> None:
    event = one("Two soldiers died in the blast.", "casualties")
    assert [a.text for a in event.actors if a.role == "target"] == ["Two soldiers"]


def test_who_lost_their_lives_undergoes_it() -> None:
    event = one("Several soldiers lost their lives in the ambush.", "casualties")
    assert [a.text for a in event.actors if a.role == "target"] == ["Several soldiers"]
    assert not [a for a in event.actors if a.text == "their lives"]


def test_a_clause_read_as_the_subject_of_a_french_closing_frame() -> None:
    found = extract_text(
        "Le ministère prévoit de rappeler 8 000 réservistes en mars, a rapporté la radio publique.",
        published=date(2026, 12, 9),
        lang="fr",
    ).quotes
    assert [(q.speaker.text if q.speaker else None, q.text) for q in found] == [
        ("la radio publique", "Le ministère prévoit de rappeler 8 000 réservistes en mars")
    ]


def test_a_count_past_the_sentence_the_parser_gave_its_verb() -> None:
    # the count after "condamné" lies in what the parser made another sentence: no crash
    found = events(
        "Le tribunal militaire de Goma a condamné mardi à mort par contumace douze soldats"
        " accusés d'avoir fui le front face aux rebelles, selon leurs avocats.",
        lang="fr",
    )
    assert ("prosecution", "condamné") in [(e.type, e.trigger.text) for e in found]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le tribunal a condamné mardi deux officiers à mort.", "fr"),
        ("The court sentenced two officers to death on Monday.", "en"),
    ],
)
def test_a_death_sentence_is_no_casualty(text: str, lang: str) -> None:
    assert not [e for e in events(text, lang=lang) if e.type == "casualties"]


def test_a_french_trial_that_must_come_dates_ahead() -> None:
    record = extract_text(
        "Le sergent doit être jugé le 20 janvier à Kyiv.", published=date(2026, 12, 9), lang="fr"
    )
    assert [t.value for t in record.times] == ["2027-01-20"]


def _found(text: str, lang: str) -> list[tuple[str, str, str, list[tuple[str, str]]]]:
    return [
        (e.type, e.trigger.text, e.modality, [(a.role, a.text) for a in e.actors])
        for e in events(text, lang=lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "modality"),
    [
        # a penalty of some length under a threat word, however parsed
        (
            "Les réservistes qui ne se présenteraient pas risquent jusqu'à trois ans de prison,"
            " a rappelé le parquet.",
            "fr",
            "prison",
            "hypothetical",
        ),
        # the French past conditional of hearsay, with no condition in the sentence
        (
            "Deux officiers auraient été arrêtés dans la nuit à Bamako.",
            "fr",
            "arrêtés",
            "reported",
        ),
        # but a condition makes it a hypothesis
        (
            "S'il était resté à la caserne, il aurait été arrêté.",
            "fr",
            "arrêté",
            "hypothetical",
        ),
        # "compte" right before the infinitive, with no "de" between
        (
            "Le syndicat des policiers, qui juge la mesure illégale, compte saisir le tribunal"
            " administratif.",
            "fr",
            "saisir",
            "planned",
        ),
        # a French "ne" with no second word of negation negates nothing
        (
            "Les gardes ont tiré en l'air avant que les détenus ne soient arrêtés.",
            "fr",
            "arrêtés",
            "asserted",
        ),
        ("Le caporal n’a jamais déserté.", "fr", "déserté", "negated"),
        # what a source has not confirmed is unverified, not denied
        (
            "La mutinerie de la garnison de Kolwe n’a pas été confirmée par l’armée.",
            "fr",
            "mutinerie",
            "reported",
        ),
        (
            "The desertion of 40 soldiers has not been confirmed by the ministry.",
            "en",
            "desertion",
            "reported",
        ),
        # a clause before a closing frame is part of what the frame reports
        (
            "Les soldats ont fui la caserne, après que leurs chefs ont été arrêtés, a affirmé un"
            " témoin.",
            "fr",
            "arrêtés",
            "reported",
        ),
        # the kind of a penalty a threat names
        (
            "Conscripts who fled were threatened with prison terms of up to five years.",
            "en",
            "prison",
            "hypothetical",
        ),
        # a claim about oneself in the infinitive after a reporting verb
        ("Le caporal Jonas Weber affirme avoir déserté en mars.", "fr", "déserté", "reported"),
        (
            "Ancien marin, Yannick Le Goff raconte avoir refusé de tirer.",
            "fr",
            "refusé",
            "reported",
        ),
    ],
)
def test_modality_read_from_the_words(text: str, lang: str, trigger: str, modality: str) -> None:
    found = [m for _, t, m, _ in _found(text, lang) if t == trigger]
    assert found == [modality], _found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "argument"),
    [
        # what an attack is aimed at, after "on" / "sur"
        (
            "Rocket strikes on the port of Odesa wounded six people.",
            "en",
            "strikes",
            ("target", "the port of Odesa"),
        ),
        # the court "before" which one is tried
        (
            "The two pilots will go on trial before a military court in Ankara.",
            "en",
            "go on trial",
            ("actor", "a military court in Ankara"),
        ),
        # who is detained for it did what a reason noun names
        (
            "Four sailors were detained by the navy for desertion.",
            "en",
            "desertion",
            ("actor", "Four sailors"),
        ),
        (
            "Trois gendarmes ont été sanctionnés pour insubordination.",
            "fr",
            "insubordination",
            ("actor", "Trois gendarmes"),
        ),
        # the agent the parser hung on the day, without the adverbial after the comma
        (
            "Le directeur de la prison a été limogé lundi par le ministre, au lendemain de"
            " l'évasion.",
            "fr",
            "limogé",
            ("actor", "le ministre"),
        ),
        # a passive after "doivent", its agent found, its subject still the one tried
        (
            "Les six soldats doivent être jugés en mai par la cour martiale.",
            "fr",
            "jugés",
            ("target", "Les six soldats"),
        ),
        # the number of them, not the pronoun
        (
            "Des milliers de personnes ont défilé, et une centaine d'entre elles ont été"
            " interpellées.",
            "fr",
            "interpellées",
            ("target", "une centaine d'entre elles"),
        ),
        # a counted subject the parser left off its verb
        (
            "Au moins douze villageois ont péri dans l'incendie.",
            "fr",
            "péri",
            ("target", "Au moins douze villageois"),
        ),
        # a phrase trigger written with a hyphen: its "of" still names the target
        (
            "The king ordered a shake-up of the palace guard.",
            "en",
            "shake-up",
            ("target", "the palace guard"),
        ),
        # whom a prosecution or a challenge is brought against, on the noun or its verb
        (
            "Prosecutors opened criminal cases against three colonels on Friday.",
            "en",
            "criminal cases",
            ("target", "three colonels"),
        ),
        (
            "Les familles ont déposé un recours contre le décret de mobilisation.",
            "fr",
            "recours",
            ("target", "le décret de mobilisation"),
        ),
        # both sides of a clash do it
        (
            "Clashes between police and striking miners left two dead.",
            "en",
            "Clashes",
            ("actor", "police and striking miners"),
        ),
        # the trial of someone
        (
            "The trial of two pilots accused of desertion opened on Monday.",
            "en",
            "trial",
            ("target", "two pilots accused of desertion"),
        ),
        # the losses of a unit
        (
            "L'armée a reconnu la perte de 45 soldats dans la région.",
            "fr",
            "perte",
            ("target", "45 soldats"),
        ),
        # the reason for a sentence, however deep the parser hung it
        (
            "Le tribunal a condamné le caporal Paul Girard à quatre ans de prison pour désertion.",
            "fr",
            "désertion",
            ("actor", "le caporal Paul Girard"),
        ),
        # "she" reported by an institution is no institution
        (
            "The navy said that she would be court-martialled in June.",
            "en",
            "court-martialled",
            ("target", "she"),
        ),
        # what an attack named by a noun and its participle aimed at
        ("L'offensive lancée sur Kharkiv a échoué.", "fr", "offensive", ("target", "Kharkiv")),
    ],
)
def test_arguments_the_parser_leaves_loose(
    text: str, lang: str, trigger: str, argument: tuple[str, str]
) -> None:
    found = [a for _, t, _, a in _found(text, lang) if t == trigger]
    assert found and argument in found[0], _found(text, lang)


@pytest.mark.parametrize(
    ("text", "published", "kind", "day"),
    [
        # the time right after a noun's phrase is its own, not the scene's
        (
            "Des proches des soldats ont manifesté dimanche pour réclamer la libération des"
            " mutins, détenus depuis la mutinerie de Goma, en juillet.",
            date(2026, 10, 5),
            "mutiny",
            "2026-07",
        ),
        # an offset opening a sentence dates it from the day named before
        (
            "Le 3 mars, des soldats ont refusé de monter au front. Trois jours plus tard, des"
            " dizaines d'entre eux ont été arrêtés.",
            date(2028, 3, 20),
            "arrest",
            "2028-03-06",
        ),
    ],
)
def test_french_days_read_past_the_parse(text: str, published: date, kind: str, day: str) -> None:
    event = next(e for e in events(text, published=published, lang="fr") if e.type == kind)
    assert event.time is not None and event.time.value == day


def test_the_dateline_day_is_not_the_day_of_the_act() -> None:
    found = events(
        "OSLO, May 11 (Reuters) - Gunmen killed four guards and wounded two others on Tuesday,"
        " police said.",
        published=date(2028, 5, 11),
    )
    assert [(e.trigger.text, e.time.value if e.time else None) for e in found] == [
        ("killed", "2028-05-09"),
        ("wounded", "2028-05-09"),
    ]


def test_a_count_after_its_verb_is_no_subject_of_it() -> None:
    found = _found(
        "Des soldats ont déserté. Des poursuites ont été engagées contre 15 d'entre eux.", "fr"
    )
    desertion = next(a for k, t, _, a in found if t == "déserté")
    assert all("15" not in text for _, text in desertion), found


@pytest.mark.parametrize(
    ("text", "published", "trigger", "day"),
    [
        # a label that dates the report, not the act
        (
            "Weekly brief (week to 14 May): Gunmen attacked a checkpoint on 9 May.",
            date(2029, 5, 15),
            "attacked",
            "2029-05-09",
        ),
        # a log entry's own day is the act's
        (
            "May 9: Gunmen attacked a checkpoint near the border.",
            date(2029, 5, 15),
            "attacked",
            "2029-05-09",
        ),
    ],
)
def test_headers_that_date_the_report_or_the_act(
    text: str, published: date, trigger: str, day: str
) -> None:
    event = next(e for e in events(text, published=published) if e.trigger.text == trigger)
    assert event.time is not None and event.time.value == day


def test_a_number_in_a_clause_below_is_not_the_count_of_the_act() -> None:
    found = _found(
        "Le président a limogé le chef de l'armée, au lendemain d'une embuscade qui a tué 19"
        " soldats.",
        "fr",
    )
    dismissal = next(a for k, t, _, a in found if k == "dismissal")
    assert ("target", "le chef de l'armée") in dismissal, found
    assert all("19" not in text for _, text in dismissal), found


def test_the_reason_for_a_sentence_past_the_nouns_it_hangs_on() -> None:
    found = _found(
        "The court sentenced Corporal Dan Ivers, 31, to four years in a military prison for"
        " deserting his unit.",
        "en",
    )
    deserting = next(a for _, t, _, a in found if t == "deserting")
    assert any(role == "actor" and "Dan Ivers" in text for role, text in deserting), found


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "actor"),
    [
        (
            "Prosecutors charged nine sailors with disobeying orders at sea.",
            "en",
            "disobeying",
            "nine sailors",
        ),
        # the one a participle befalls did what it is punished for
        (
            "Le capitaine Marc Tessier, sanctionné en mai pour insubordination, a démissionné.",
            "fr",
            "insubordination",
            "Le capitaine Marc Tessier",
        ),
    ],
)
def test_doers_of_the_eighteenth_batch_kind(text: str, lang: str, trigger: str, actor: str) -> None:
    found = [a for _, t, _, a in _found(text, lang) if t == trigger]
    assert found and any(role == "actor" and actor in t for role, t in found[0]), _found(text, lang)
