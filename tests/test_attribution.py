"""Attribution on passages written for these tests, and on hostile input."""

from __future__ import annotations

from datetime import date

import pytest

from newstrace.api import extract_text
from newstrace.components.attitudes import ATTITUDES, load_attitude_model
from newstrace.components.attribution import find_quote_spans
from newstrace.records import Quote, Speaker


def quotes(text: str, lang: str = "en") -> list[Quote]:
    return extract_text(text, published=date(2023, 4, 2), lang=lang).quotes


def test_direct_quote_with_speaker_after_and_outlet() -> None:
    found = quotes('"The front is collapsing in places," Ivan Petrov told The Wall Street Journal.')
    assert len(found) == 1
    quote = found[0]
    assert quote.kind == "direct"
    assert quote.text == '"The front is collapsing in places,"'
    assert quote.speaker is not None and quote.speaker.name == "Ivan Petrov"
    assert quote.cue is not None and quote.cue.lemma == "tell"
    assert quote.outlet is not None and quote.outlet.name == "The Wall Street Journal"


def test_speaker_before_the_quote_with_role_and_curly_marks() -> None:
    text = "Military analyst Olga Serova said: “Nobody in the ministry expected such refusals.”"
    quote = quotes(text)[0]
    assert quote.speaker is not None
    assert quote.speaker.name == "Olga Serova"
    assert quote.speaker.role == "Military analyst"
    assert not quote.speaker.anonymous


def test_pronoun_speaker_resolves_to_the_named_person() -> None:
    text = (
        "Colonel Dmitri Orlov addressed the battalion on Friday. "
        "“Those who refuse will answer to a tribunal, and I will sign the papers myself,” he said."
    )
    quote = next(q for q in quotes(text) if q.kind == "direct")
    assert quote.speaker is not None
    assert quote.speaker.text == "he"
    assert quote.speaker.name == "Dmitri Orlov"


def test_anonymous_official_and_people_familiar() -> None:
    text = (
        "A senior European defense official said that the brigade had lost half its vehicles. "
        "People familiar with the matter said the commander had been recalled."
    )
    found = quotes(text)
    kinds = {q.speaker.anonymity for q in found if q.speaker is not None}
    assert {"official", "familiar"} <= kinds
    assert all(q.kind == "indirect" and q.speaker and q.speaker.anonymous for q in found)


def test_according_to_an_outlet_and_explains_to() -> None:
    found = quotes("According to Mediazona, at least 40 soldiers were detained at the base.")
    assert found[0].speaker is not None and found[0].speaker.name == "Mediazona"
    assert found[0].outlet is not None and found[0].outlet.name == "Mediazona"
    assert found[0].text == "at least 40 soldiers were detained at the base"


def test_mixed_quote_fragment_inside_indirect_speech() -> None:
    text = 'The ministry said the units remained "fully combat-ready" despite the losses.'
    found = quotes(text)
    assert [q.kind for q in found] == ["mixed"]


def test_multi_paragraph_quote_reopened_at_each_paragraph() -> None:
    text = (
        '"We were told it was an exercise. Nobody said the word war.\n\n'
        '"Then the trucks turned south and we understood," the sergeant said.'
    )
    spans = find_quote_spans(text)
    assert len(spans) == 1
    assert spans[0].start == 0 and spans[0].end == text.index(" the sergeant")


def test_french_guillemets_and_inverted_cue() -> None:
    found = quotes(
        "« Nous ne partirons pas au front », a déclaré Pavel Ivanov, un conscrit de 20 ans.",
        lang="fr",
    )
    direct = [q for q in found if q.kind == "direct"]
    assert direct and direct[0].text.startswith("«") and direct[0].text.endswith("»")


# Hostile input: no crash, sensible output.


def test_quote_mark_that_never_closes() -> None:
    text = (
        'The colonel said: "Anyone who refuses will be punished. The soldiers listened in silence.'
    )
    found = quotes(text)
    unclosed = [q for q in found if q.kind == "direct"]
    assert len(unclosed) == 1
    assert unclosed[0].confidence <= 0.4
    assert unclosed[0].end == len(text)


def test_unbalanced_marks_do_not_swallow_the_article() -> None:
    text = (
        'He called it a "disgrace. Later, officials said the men "would be punished" and released.'
    )
    for quote in quotes(text):
        assert quote.end - quote.start < len(text)
        assert text[quote.start : quote.end] == quote.text


def test_a_twenty_thousand_character_paragraph() -> None:
    sentence = "The soldiers said that they would not go to the front again. "
    text = sentence * (20_000 // len(sentence) + 1)
    found = quotes(text)
    assert len(found) > 100
    assert all(text[q.start : q.end] == q.text for q in found)


def test_a_document_that_is_all_quote() -> None:
    text = "“We refused because nobody told us where we were going, and we will refuse again.”"
    found = quotes(text)
    assert len(found) == 1
    assert found[0].kind == "direct" and found[0].speaker is None
    assert found[0].start == 0 and found[0].end == len(text)


# Rule classes measured on PolNeAR-style annotation (sentences written for these tests).


def test_source_is_the_whole_noun_phrase_and_name_the_person() -> None:
    text = "Marta Kowal, a spokeswoman for the regional council, said the bridge would reopen."
    quote = quotes(text)[0]
    assert quote.speaker is not None
    assert quote.speaker.text == "Marta Kowal, a spokeswoman for the regional council,"
    assert quote.speaker.name == "Marta Kowal"


def test_cue_keeps_auxiliaries_and_adverbs() -> None:
    quote = quotes("The mayor has also said that the budget will shrink.")[0]
    assert quote.cue is not None and quote.cue.text == "has also said"
    assert quote.text == "that the budget will shrink"


def test_verb_with_an_object_or_a_preposition_as_content() -> None:
    found = quotes("Senator Ada Moss called for an independent inquiry into the contracts.")
    assert found and found[0].cue is not None and found[0].cue.text == "called for"
    assert found[0].text == "an independent inquiry into the contracts"
    urged = quotes("The union urged its members to reject the offer.")
    assert urged and urged[0].text == "its members to reject the offer"


def test_infinitive_cue_belongs_to_its_governing_verb() -> None:
    found = quotes("The agency plans to release its review next week.")
    assert [q.cue.text for q in found if q.cue] == ["plans"]


def test_signature_after_a_dash() -> None:
    text = "“We will keep marching until they listen to us.” ― Rosa Delgado"
    quote = quotes(text)[0]
    assert quote.speaker is not None and quote.speaker.name == "Rosa Delgado"
    assert quote.cue is not None and quote.cue.text == "―"


def test_quote_continued_after_its_frame_carries_the_first_one_on() -> None:
    text = '"We lost the vote," Ivan Petrov said. "But we will win the argument in the end."'
    first, second = (q for q in quotes(text) if q.kind == "direct")
    assert first.text == '"We lost the vote,"'
    assert second.text == '"But we will win the argument in the end."'
    assert second.cue is None and second.continues == first.id
    assert second.speaker is not None and second.speaker.name == "Ivan Petrov"
    assert second.confidence == 0.8


def test_transcript_speaker_label() -> None:
    text = "Debate transcript.\n\nHOLMES: The question is whether the plan can be paid for at all."
    found = quotes(text)
    assert any(
        q.cue is not None and q.cue.text == ":" and q.speaker and q.speaker.text == "HOLMES"
        for q in found
    )


def test_participle_shares_the_subject_of_its_verb() -> None:
    text = "Karl Berg defended the decision on Monday, saying that the law left him no choice."
    found = [q for q in quotes(text) if q.cue and q.cue.lemma == "say"]
    assert found and found[0].speaker is not None and found[0].speaker.name == "Karl Berg"


def test_cue_with_its_verb_chain_medium_and_colon() -> None:
    found = quotes("The governor continued to call for a recount of the ballots.")
    assert [q.cue.text for q in found if q.cue] == ["continued to call for"]
    said = quotes('The minister said in a statement: "The border will stay open all winter."')
    assert said[0].cue is not None and said[0].cue.text == "said in a statement:"


def test_any_verb_framing_a_quote() -> None:
    found = quotes('"We will not be leaving this town any time soon," Nadia Brun grumbled.')
    assert found[0].cue is not None and found[0].cue.text == "grumbled"
    assert found[0].speaker is not None and found[0].speaker.name == "Nadia Brun"


def test_participle_after_a_preposition() -> None:
    text = "Omar Haddad responded by saying that the figures had been misread."
    found = [q for q in quotes(text) if q.cue and q.cue.lemma == "say"]
    assert found and found[0].speaker is not None and found[0].speaker.name == "Omar Haddad"


def test_subject_on_the_line_of_its_verb() -> None:
    text = "12:15 p.m.\n\nSenator Ada Moss says the hearing will be held in public."
    found = quotes(text)
    assert found and found[0].speaker is not None
    assert found[0].speaker.text == "Senator Ada Moss"


def test_doubled_apostrophes_as_quote_marks() -> None:
    text = "''We will appeal the ruling as soon as we can,'' said Lena Ortiz, the city attorney."
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert found and found[0].text == "''We will appeal the ruling as soon as we can,''"
    assert found[0].speaker is not None and found[0].speaker.name == "Lena Ortiz"


def test_reporting_noun_with_a_that_clause() -> None:
    text = "Farmers rejected the minister's assertion that the new levy would be temporary."
    found = [q for q in quotes(text) if q.cue and q.cue.text == "assertion"]
    assert found and found[0].text == "that the new levy would be temporary"
    assert found[0].speaker is not None and found[0].speaker.text == "the minister's"


def test_participle_of_a_reporting_noun_takes_its_owner() -> None:
    text = "The water board issued a statement saying the river was safe for swimming."
    found = [q for q in quotes(text) if q.cue and q.cue.lemma == "say"]
    assert found and found[0].text == "the river was safe for swimming"
    assert found[0].speaker is not None and found[0].speaker.text == "The water board"


def test_quoted_as_saying() -> None:
    found = quotes("Ines Vidal was quoted as saying the bridge would reopen in May.")
    assert found and found[0].text == "the bridge would reopen in May"
    assert found[0].cue is not None and found[0].cue.text == "was quoted as saying"
    assert found[0].speaker is not None and found[0].speaker.name == "Ines Vidal"


def test_fronted_in_with_a_reporting_noun() -> None:
    text = "In a survey released Tuesday, most teachers chose a shorter week."
    found = quotes(text)
    assert found and found[0].cue is not None and found[0].cue.text == "In"
    assert found[0].text == "most teachers chose a shorter week"
    assert found[0].speaker is not None and found[0].speaker.text.startswith("a survey")


def test_headline_label_with_a_name_the_article_uses() -> None:
    text = (
        "Moss: Harbour Tax Will Hurt Every Fisherman\n\nSenator Ada Moss spoke in Leith on Monday."
    )
    found = [q for q in quotes(text) if q.cue and q.cue.text == ":"]
    assert found and found[0].text == "Harbour Tax Will Hurt Every Fisherman"


def test_quote_opening_a_line_is_not_a_phrase() -> None:
    text = (
        "“Our streets are cleaner than they have ever been.” ― Tomas Reyes\n"
        "“Nobody asked the people who actually live here.” ― Maria Ilves"
    )
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert [q.speaker.name if q.speaker else None for q in found] == ["Tomas Reyes", "Maria Ilves"]


def test_sentences_quoted_after_a_verb_are_direct() -> None:
    text = "At the rally Karen Holt declared “The plan has failed. We need a new one now.”"
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert found and found[0].speaker is not None and found[0].speaker.name == "Karen Holt"


def test_paragraph_opened_with_a_closing_mark() -> None:
    spans = find_quote_spans(
        "Intro line.\n”The council has let us down again and again.” ― Ana Ruiz"
    )
    assert [(s.start, s.closed) for s in spans] == [(12, True)]


def test_curly_quote_closed_by_a_straight_mark() -> None:
    text = '“Deals like this should never be secret," Senator Ada Moss said in a statement.'
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert found and found[0].text == '“Deals like this should never be secret,"'
    assert found[0].speaker is not None and found[0].speaker.name == "Ada Moss"


def test_stance_verb_with_a_pronoun_object() -> None:
    found = quotes("Most union members in the county supported her.")
    assert found and found[0].text == "her"
    assert found[0].speaker is not None and found[0].speaker.text.endswith("members in the county")


def test_frame_inside_the_clause_it_interrupts_is_kept() -> None:
    text = "The vote was close. To see the real cost, Ada Moss said, one should visit the harbour."
    found = [q for q in quotes(text) if q.cue and q.cue.lemma == "say"]
    assert found and found[0].text.endswith("one should visit the harbour")


def test_relative_that_speaks_for_its_noun() -> None:
    text = (
        "The council issued a ruling on Monday. It was the council that said the road must close."
    )
    found = [q for q in quotes(text) if q.cue and q.cue.lemma == "say"]
    assert found and found[0].speaker is not None
    assert found[0].speaker.text != "that"


def test_as_reported_by_an_outlet_names_the_outlet() -> None:
    text = "More than 1,000 soldiers refused to deploy on Sunday, as reported by Meduza."
    found = quotes(text)
    assert len(found) == 1
    assert found[0].text == "More than 1,000 soldiers refused to deploy on Sunday"
    assert found[0].speaker is not None and found[0].speaker.name == "Meduza"
    assert found[0].outlet is not None and found[0].outlet.name == "Meduza"


# -- PolNeAR conventions and recall (issue #3) ---------------------------------------------------


def test_quote_continued_after_a_long_frame_carries_the_first_one_on() -> None:
    text = (
        '"The first part of it is settled," said Jane Roe, a lawyer at the Harbor Legal Clinic '
        'who represents the families of the workers. "The second part will take years."'
    )
    first, second = (q for q in quotes(text) if q.kind == "direct")
    assert first.text == '"The first part of it is settled,"'
    assert second.text == '"The second part will take years."'
    assert second.continues == first.id
    assert second.speaker is not None and second.speaker.name == "Jane Roe"


def test_verb_with_a_colon_on_the_line_before_the_quote_is_its_cue() -> None:
    text = (
        "Mayor Ana Ruiz spoke after the vote.\n\nShe said:\n\n"
        '"We will rebuild the bridge by spring, whatever it costs."'
    )
    quote = next(q for q in quotes(text) if q.kind == "direct")
    assert quote.cue is not None and quote.cue.text == "said:"
    assert quote.speaker is not None and quote.speaker.text == "She"


def test_straight_quote_closed_by_a_curly_mark() -> None:
    found = quotes('"We will not leave the city before the vote,” the mayor said.')
    assert [q.kind for q in found] == ["direct"]
    assert found[0].text == '"We will not leave the city before the vote,”'
    assert found[0].speaker is not None and found[0].speaker.text == "the mayor"


def test_unclosed_straight_block_quoting_others_is_not_one_direct_quote() -> None:
    text = (
        "The reporter wrote:\n\n"
        '"At the hearing she called the plan a “disaster,” and the mayor argued that the budget '
        "was fine.\n\n“We are done with this,” Ruiz said."
    )
    found = quotes(text)
    direct = [q for q in found if q.kind == "direct"]
    assert [q.text for q in direct] == ["“We are done with this,”"]
    argued = next(q for q in found if q.cue is not None and q.cue.lemma == "argue")
    assert argued.text == "that the budget was fine"


def test_nested_curly_quote_does_not_close_the_quote() -> None:
    text = (
        "“As a young teacher, I’d rather live in what he calls “chaos” than in his world.” "
        "― Maria Lopez"
    )
    found = quotes(text)
    assert len(found) == 1
    assert found[0].text.endswith("than in his world.”")
    assert found[0].speaker is not None and found[0].speaker.name == "Maria Lopez"


def test_passive_with_an_agent_takes_the_agent_as_source() -> None:
    found = quotes("The stadium plan was endorsed by the teachers' union.")
    assert len(found) == 1
    assert found[0].text == "The stadium plan"
    assert found[0].cue is not None and found[0].cue.text == "was endorsed by"
    assert found[0].speaker is not None and found[0].speaker.text == "the teachers' union"


def test_infinitive_cue_under_a_verb_that_reports_nothing() -> None:
    found = quotes("Mayor Ana Ruiz appeared to blame the contractors for the delay.")
    assert len(found) == 1
    assert found[0].cue is not None and found[0].cue.text == "appeared to blame"
    assert found[0].text.startswith("the contractors")
    assert found[0].speaker is not None and found[0].speaker.text == "Mayor Ana Ruiz"


def test_speaking_of_a_topic_but_not_at_a_place() -> None:
    found = quotes("Roberts spoke of the legacy of the court. Clinton spoke at a rally in Ohio.")
    assert [(q.cue.text if q.cue else None, q.text) for q in found] == [
        ("spoke of", "the legacy of the court")
    ]


def test_stance_adjectives_after_a_copula() -> None:
    found = quotes(
        "Senator Jane Roe is confident that the bill will pass. "
        "The governors were sharply critical of the new rules."
    )
    assert [(q.cue.text if q.cue else None, q.text) for q in found] == [
        ("is confident", "that the bill will pass"),
        ("were sharply critical of", "the new rules"),
    ]
    assert found[0].speaker is not None and found[0].speaker.name == "Jane Roe"
    assert found[1].speaker is not None and found[1].speaker.text == "The governors"


def test_relative_who_is_the_source_span_and_names_its_noun() -> None:
    found = quotes("The bill was drafted by Senator Jane Roe, who said the plan would fail.")
    said = next(q for q in found if q.cue is not None and q.cue.lemma == "say")
    assert said.speaker is not None
    assert said.speaker.text == "who"
    assert said.speaker.name == "Jane Roe"


def test_one_attribution_per_cue() -> None:
    found = quotes('The mayor blasted the council for being "utterly reckless" with the budget.')
    assert len(found) == 1
    assert found[0].kind == "mixed"
    assert found[0].text.startswith("the council for being")


def test_calling_for_a_clause_opened_by_for() -> None:
    found = quotes("Ruiz is calling for the state to release the funds.")
    assert len(found) == 1
    assert found[0].cue is not None and found[0].cue.text == "is calling for"
    assert found[0].text == "the state to release the funds"


def test_a_poll_frames_its_clause_anywhere_in_the_sentence() -> None:
    found = quotes("Ruiz holds a narrow lead in the latest Marist poll.")
    assert len(found) == 1
    assert found[0].cue is not None and found[0].cue.text == "in"
    assert found[0].speaker is not None and found[0].speaker.text == "the latest Marist poll"
    assert found[0].text == "Ruiz holds a narrow lead"


def test_trailing_frame_the_parser_hangs_on_a_noun() -> None:
    text = (
        "The ministry has replaced at least five regional governors, including two generals, "
        "over the failures in the north, people familiar with the decision said, in a rare "
        "admission of trouble."
    )
    said = next(q for q in quotes(text) if q.cue is not None and q.cue.lemma == "say")
    assert said.text.startswith("The ministry has replaced at least five regional governors")
    assert said.text.endswith("over the failures in the north")
    assert said.speaker is not None and said.speaker.anonymity == "familiar"


def test_an_unnamed_source_described_again_keeps_its_outlet() -> None:
    text = (
        "About 40 workers walked out on Friday, according to a union source interviewed by "
        "Harbor Wire. “We were told nothing about the closure,” the source said."
    )
    direct = next(q for q in quotes(text) if q.kind == "direct")
    assert direct.speaker is not None and direct.speaker.anonymous
    assert direct.outlet is not None and direct.outlet.name == "Harbor Wire"


def test_content_stays_on_the_line_of_its_cue() -> None:
    text = "Harbor closes its last shipyard\nForty workers lost their jobs, according to the union."
    found = quotes(text)
    assert [q.text for q in found] == ["Forty workers lost their jobs"]


def test_signature_after_a_question_names_its_own_signer() -> None:
    text = (
        "“Who speaks for the workers in this town anymore?” ― Maria Lopez\xa0\n"
        "“How did we sink this low, and who will pay for it?” ― Carlos Ruiz\xa0\n"
    )
    found = quotes(text)
    assert [q.speaker.name if q.speaker else None for q in found] == [
        "Maria Lopez",
        "Carlos Ruiz",
    ]
    assert all(q.cue is not None and q.cue.text == "―" for q in found)


def test_hope_is_a_cue_when_the_lemmatizer_drops_its_e() -> None:
    found = quotes("Mayor Ana Ruiz hoped that the new bridge would open by June.")
    assert len(found) == 1
    assert found[0].cue is not None and found[0].cue.text == "hoped"
    assert found[0].text == "that the new bridge would open by June"


def test_made_it_clear_and_made_the_case() -> None:
    found = quotes(
        "Senator Jane Roe made it clear that she would stay in the race. "
        "Her rival made the case for a new harbour tax."
    )
    assert [(q.cue.text if q.cue else None, q.text) for q in found] == [
        ("made it clear", "that she would stay in the race"),
        ("made the case for", "a new harbour tax"),
    ]
    assert found[0].speaker is not None and found[0].speaker.name == "Jane Roe"


def test_making_something_is_not_a_cue() -> None:
    assert quotes("The workers made a new boat for the harbour festival.") == []


def test_participle_modifier_takes_its_noun_as_source() -> None:
    found = quotes("Ruiz met residents describing the plan as a gift to developers.")
    assert len(found) == 1
    assert found[0].speaker is not None and found[0].speaker.text == "residents"
    assert found[0].text == "the plan as a gift to developers"


def test_an_impersonal_pronoun_object_is_content_a_hearer_is_not() -> None:
    found = quotes("The council denied it on Monday. The mayor told her.")
    assert [(q.cue.text if q.cue else None, q.text) for q in found] == [("denied", "it")]


def test_source_span_keeps_the_comma_that_closes_its_apposition() -> None:
    found = quotes("Jane Roe, a lawyer for the families, said the deal was unfair.")
    assert found[0].speaker is not None
    assert found[0].speaker.text == "Jane Roe, a lawyer for the families,"
    assert found[0].speaker.name == "Jane Roe"


def test_source_span_leaves_out_the_dateline_and_a_leading_even() -> None:
    found = quotes(
        "RENO, Nev. (AP) -- Senator Jane Roe said on Monday that the mine would close. "
        "Even the mayor said the plan was too costly."
    )
    assert [q.speaker.text if q.speaker else None for q in found] == [
        "Senator Jane Roe",
        "the mayor",
    ]


def test_relative_clause_cue_takes_the_noun_it_modifies_as_content() -> None:
    found = quotes("It was the kind of deal many union leaders had expected.")
    assert len(found) == 1
    assert found[0].cue is not None and found[0].cue.text == "had expected"
    assert found[0].text == "the kind of deal"
    assert found[0].speaker is not None and found[0].speaker.text == "many union leaders"


def test_appear_with_an_infinitive_but_not_on_a_show() -> None:
    found = quotes(
        "The governor appeared to be losing patience with the council. "
        "Ruiz appeared on a morning show in Ohio."
    )
    assert [(q.cue.text if q.cue else None, q.text) for q in found] == [
        ("appeared", "to be losing patience with the council")
    ]


def test_frame_of_the_previous_sentence_is_not_the_quote_s_cue() -> None:
    text = (
        "Ms. Alder praised the timing, referring to the two new harbour hotels. "
        '"They saw the tourist market returning before anyone else did."'
    )
    found = quotes(text)
    referring = next(q for q in found if q.cue is not None and q.cue.text == "referring to")
    assert referring.text == "the two new harbour hotels"
    direct = next(q for q in found if q.kind == "direct")
    assert direct.cue is None
    assert direct.speaker is not None and direct.speaker.name == "Alder"


def _by_cue(text: str) -> dict[str, Quote]:
    return {q.cue.text: q for q in quotes(text) if q.cue is not None}


def test_verb_with_a_clause_and_a_named_subject_is_a_cue_outside_the_lexicon() -> None:
    quote = _by_cue("Jane Roe reasoned that the deal would collapse.")["reasoned"]
    assert quote.text == "that the deal would collapse"
    assert quote.speaker is not None and quote.speaker.name == "Jane Roe"
    assert quote.cue is not None and quote.cue.lemma == "reason"
    # no subject that names a speaker: no cue
    assert quotes("The storm meant that the deal would collapse.") == []


def test_report_nested_in_another_s_content_keeps_only_the_outer_one() -> None:
    found = quotes("Jane Roe said the minister believes the plan will fail.")
    assert [(q.cue.text if q.cue else None, q.text) for q in found] == [
        ("said", "the minister believes the plan will fail")
    ]


def test_reporting_noun_inside_content_and_frame_after_an_object_report() -> None:
    # the noun's clause stays beside the report that holds it
    found = _by_cue("Farmers rejected the minister's claim that the levy would be temporary.")
    assert found["claim"].text == "that the levy would be temporary"
    # each inside the other: the trailing frame wins over the object report
    text = "Russia has dismissed eight officers, people familiar with the matter said."
    found = _by_cue(text)
    assert list(found) == ["said"]
    assert found["said"].text == "Russia has dismissed eight officers"


def test_subject_split_by_the_parser_is_one_source() -> None:
    text = (
        "Former Secretary of State and Democratic presidential frontrunner Hillary Clinton "
        "said on Monday that the plan would fail."
    )
    speaker = quotes(text)[0].speaker
    assert speaker is not None
    assert speaker.text == (
        "Former Secretary of State and Democratic presidential frontrunner Hillary Clinton"
    )
    assert speaker.name == "Hillary Clinton"


def test_source_span_keeps_a_closing_dash_and_drops_a_comma_aside() -> None:
    text = "Jason Sims — a teacher from Mount Pleasant — said the school was closing."
    speaker = quotes(text)[0].speaker
    assert speaker is not None and speaker.text == "Jason Sims — a teacher from Mount Pleasant —"
    text = "Trump, speaking to a veterans group in Virginia, said he would order a review."
    speaker = quotes(text)[0].speaker
    assert speaker is not None and speaker.text == "Trump"
    speaker = quotes("Clinton, like Obama, said the deal was good.")[0].speaker
    assert speaker is not None and speaker.text == "Clinton"


def test_relative_which_is_the_source_span() -> None:
    quote = _by_cue("The union, which said the plan would fail, held a vote.")["said"]
    assert quote.text == "the plan would fail"
    assert quote.speaker is not None and quote.speaker.text == "which"


def test_declined_to_comment_and_reportedly() -> None:
    quote = _by_cue("A spokesman for the senator declined to comment.")["declined"]
    assert quote.text == "to comment"
    assert quote.speaker is not None and quote.speaker.text == "A spokesman for the senator"
    quote = _by_cue("Mr. Thiel declined to comment on the report.")["declined to comment on"]
    assert quote.text == "the report"
    quote = _by_cue("The club is reportedly spending $1.5 million on advertisements.")["reportedly"]
    assert quote.text == "The club is reportedly spending $1.5 million on advertisements"
    assert quote.speaker is None


def test_as_clause_with_its_own_complement_is_not_an_as_frame() -> None:
    text = "As Clinton talked about bringing communities together, Trump highlighted his plan."
    quote = _by_cue(text)["talked about"]
    assert quote.text == "bringing communities together"
    assert quote.speaker is not None and quote.speaker.name == "Clinton"


def test_a_poll_frames_its_clause_but_the_polls_in_general_do_not() -> None:
    quote = _by_cue("Trump leads in a CNN poll released Monday.")["in"]
    assert quote.text == "Trump leads"
    assert quote.speaker is not None and quote.speaker.text == "a CNN poll released Monday"
    assert "in" not in _by_cue("Trump slid in the polls after the debate.")


def test_content_goes_on_with_a_with_phrase() -> None:
    quote = _by_cue("Polling averages show Clinton with a lead in the low single digits.")["show"]
    assert quote.text == "Clinton with a lead in the low single digits"


def test_source_leaves_out_a_headline_label_and_a_clause_before_a_dash() -> None:
    text = (
        "The Latest: Trump urges supporters to monitor polling places.\n\n"
        "WASHINGTON (AP) — The Latest on the race:\n\n"
        "Donald Trump is once again questioning the voting system."
    )
    quote = _by_cue(text)["urges"]
    assert quote.speaker is not None and quote.speaker.text == "Trump"
    assert quote.text == "supporters to monitor polling places"
    text = (
        "Although he has not paid taxes in years ― as was true when his returns were made "
        "public ― Trump boasted that he was smart."
    )
    quote = _by_cue(text)["boasted"]
    assert quote.speaker is not None and quote.speaker.text == "Trump"
    # a colon inside a clause is no label
    text = (
        "Congress has three ways to seek enforcement of a subpoena: by filing a civil lawsuit, "
        "by asking federal prosecutors to charge someone with contempt."
    )
    quote = _by_cue(text)["asking"]
    assert quote.speaker is not None and quote.speaker.text == "Congress"


def test_french_inverted_frame_with_outlet_then_name_after_the_guillemet() -> None:
    text = (
        "Le syndicat réclame une hausse des salaires. « La situation est grave et personne ne "
        "veut l'admettre », a confié à Libération Jean-Pierre Moreau, un diplomate."
    )
    quote = next(q for q in quotes(text, lang="fr") if q.kind == "direct")
    assert quote.speaker is not None and quote.speaker.name == "Jean-Pierre Moreau"
    assert not quote.speaker.anonymous
    assert quote.outlet is not None and quote.outlet.name == "Libération"


def test_french_inverted_frame_with_a_clitic_pronoun_and_au_outlet() -> None:
    text = (
        "Paul Girard dirige la coopérative depuis dix ans. « Nous ne reculerons pas devant la "
        "préfecture », a-t-il déclaré au Monde."
    )
    quote = next(q for q in quotes(text, lang="fr") if q.kind == "direct")
    assert quote.speaker is not None and quote.speaker.name == "Paul Girard"
    assert quote.outlet is not None and quote.outlet.name == "Le Monde"


def test_french_inverted_frame_with_a_description_is_anonymous() -> None:
    text = (
        "Selon Mediapart, la réforme a été retardée. « Les caisses sont vides depuis le "
        "printemps », a lancé l'une d'elles devant la mairie."
    )
    quote = next(q for q in quotes(text, lang="fr") if q.kind == "direct")
    assert quote.speaker is not None and quote.speaker.anonymous
    assert quote.speaker.name is None
    assert quote.outlet is None


def test_according_to_when_the_parser_hangs_the_clause_on_the_source() -> None:
    text = "According to veteran radio host Dana Whitfield, the plan reeks of panic and haste."
    found = [q for q in quotes(text) if q.cue is not None and q.cue.lemma == "according to"]
    assert found
    quote = found[0]
    assert "the plan reeks of panic" in quote.text
    assert quote.speaker is not None and "Dana Whitfield" in quote.speaker.text


def test_an_answer_word_is_the_content_of_say() -> None:
    text = "Asked whether the mayor should resign, 48 percent of residents said yes."
    found = [q for q in quotes(text) if q.cue is not None and q.cue.lemma == "say"]
    assert len(found) == 1
    assert found[0].text == "yes"
    assert found[0].speaker is not None and "48 percent" in found[0].speaker.text


def test_paragraph_after_a_frame_ending_in_a_colon_is_what_was_said() -> None:
    text = (
        "The senator spoke to reporters after the vote.\n\n"
        "Senator Ruth Calloway added:\n\n"
        "This bill is a gift to the insurers, and the people of this state will pay for it.\n\n"
        "The measure now goes to the House."
    )
    found = [q for q in quotes(text) if "gift to the insurers" in q.text]
    assert len(found) == 1
    quote = found[0]
    assert quote.speaker is not None and quote.speaker.name == "Ruth Calloway"
    assert quote.cue is not None and quote.cue.lemma == "add"
    assert "goes to the House" not in quote.text


def test_trailing_noun_the_parser_makes_a_compound_of_the_verb_is_its_subject() -> None:
    found = quotes("Donations to the group doubled in March, state records show.")
    assert len(found) == 1
    assert found[0].text == "Donations to the group doubled in March"
    assert found[0].speaker is not None and found[0].speaker.text == "state records"


def test_trailing_participle_hung_inside_the_clause_is_the_speakers_own_report() -> None:
    text = (
        "Senator Maria Lopez said the tax cut would not pay for itself, "
        "citing the budget office's own estimates."
    )
    by_cue = {q.cue.lemma: q for q in quotes(text) if q.cue is not None}
    assert by_cue["say"].text == "the tax cut would not pay for itself"
    citing = by_cue["cite"]
    assert citing.text == "the budget office's own estimates"
    assert citing.speaker is not None and citing.speaker.name == "Maria Lopez"


def test_conjoined_verb_in_the_reporting_tense_is_a_second_report() -> None:
    text = (
        "Governor Tom Hale said he would sign the bill next week "
        "and warned against any further delays."
    )
    by_cue = {q.cue.lemma: q for q in quotes(text) if q.cue is not None}
    assert by_cue["say"].text == "he would sign the bill next week"
    warned = by_cue["warn"]
    assert warned.text == "any further delays"
    assert warned.speaker is not None and warned.speaker.name == "Tom Hale"


def test_conjoined_verb_in_another_tense_stays_in_the_clause() -> None:
    text = "Governor Tom Hale said the agency would review the bill and explain its findings."
    found = [q for q in quotes(text) if q.cue is not None and q.cue.lemma == "say"]
    assert len(found) == 1
    assert found[0].text == "the agency would review the bill and explain its findings"


def test_conjoined_verb_after_a_clause_with_do_is_the_clause_subjects() -> None:
    text = (
        "The official said the captain did not refuse the order "
        "and asked his superiors for more time."
    )
    found = quotes(text)
    assert len(found) == 1
    assert found[0].text.endswith("and asked his superiors for more time")


def test_quoted_transcript_turns_are_said_by_their_labelled_speakers() -> None:
    text = (
        "On Sunday's programme, defence minister Anna Berg spoke about the draft.\n\n"
        "Part of the interview follows:\n\n"
        '"HOLT: Will the reservists be called up before the winter?\n\n'
        '"BERG: No. We have enough volunteers for now, and the reserve stays at home.\n\n'
        '"HOLT: And if the front moves again?\n\n'
        '"BERG: Then the cabinet will decide, not the generals."\n'
    )
    turns = [q for q in quotes(text) if q.cue is not None and q.cue.lemma == ":"]
    assert [q.speaker.text if q.speaker else None for q in turns] == [
        "HOLT",
        "BERG",
        "HOLT",
        "BERG",
    ]
    assert all(q.kind == "direct" for q in turns)
    assert turns[1].text.startswith("No. We have enough volunteers")
    assert "HOLT" not in turns[1].text
    assert turns[1].speaker is not None and turns[1].speaker.name == "Anna Berg"
    assert not any("Will the reservists" in q.text and q not in turns for q in quotes(text))


def test_a_frameless_follow_on_quote_carries_on_the_framed_one() -> None:
    text = (
        "“We were told to hold the bridge at any cost,” said Sergeant Pavel Lutsenko.\n\n"
        "“Nobody came to relieve us for eleven days.”\n"
    )
    framed, follow_on = (q for q in quotes(text) if q.kind == "direct")
    assert follow_on.cue is None
    assert follow_on.speaker is not None and follow_on.speaker.name == "Pavel Lutsenko"
    assert follow_on.continues == framed.id
    assert framed.continues is None


def test_the_subject_of_a_passive_report_is_not_its_source() -> None:
    text = "The former mayor was accused of taking bribes from two construction firms."
    (quote,) = quotes(text)
    assert quote.cue is not None and quote.cue.text.endswith("accused of")
    assert quote.text == "taking bribes from two construction firms"
    assert quote.speaker is None
    worried = quotes("The farmers are worried about the price of diesel this winter.")
    assert worried and worried[0].speaker is not None and worried[0].speaker.text == "The farmers"


def test_formulas_and_other_senses_of_cue_verbs_are_no_reports() -> None:
    text = (
        "“They lined up and refused,” the military source said, speaking on condition of "
        "anonymity because he was not authorized to discuss the matter. "
        "Officials warned that more arrests were likely as the search continued. "
        "The colonel addressed a group of soldiers on Monday. "
        "Moscow dismissed two generals in June."
    )
    found = quotes(text)
    assert [(q.kind, q.cue.lemma if q.cue else None) for q in found] == [
        ("direct", "say"),
        ("indirect", "warn"),
    ]
    assert found[1].text == "that more arrests were likely as the search continued"
    assert quotes("The ministry dismissed the reports as a fabrication.")[0].speaker is not None


def test_a_relative_pronoun_before_the_cue_is_not_content() -> None:
    (quote,) = quotes("It is a rule that lawyers say leaves the conscripts with no recourse.")
    assert quote.speaker is not None and quote.speaker.text == "lawyers"
    assert quote.text == "leaves the conscripts with no recourse"


def test_according_to_after_a_quote_and_its_frame_covers_both() -> None:
    text = (
        '"Why should our sons die for nothing?" one of the women shouted at the police, '
        "according to a video shared on social media."
    )
    direct = next(q for q in quotes(text) if q.kind == "direct")
    according = next(q for q in quotes(text) if q.cue and q.cue.lemma == "according to")
    assert direct.speaker is not None and direct.speaker.text == "one of the women"
    assert according.speaker is not None
    assert according.speaker.text == "a video shared on social media"
    assert according.kind == "mixed"
    assert according.text.startswith('"Why should our sons')
    assert according.text.endswith("shouted at the police")


# -- French frames and the outlet chain -----------------------------------------------------------


def test_french_d_apres_a_source_cited_by_an_outlet() -> None:
    text = "D'après une source militaire citée par Reuters, le commandant a été limogé."
    (quote,) = quotes(text, lang="fr")
    assert quote.cue is not None and quote.cue.text == "D'après"
    assert quote.text == "le commandant a été limogé"
    assert quote.speaker is not None and quote.speaker.text.startswith("une source militaire")
    assert quote.speaker.anonymous
    assert quote.outlet is not None and quote.outlet.name == "Reuters"


def test_french_pour_a_named_expert_is_a_stance_frame() -> None:
    text = (
        "Pour Anna Kovalenko, chercheuse au centre Carnegie, « ces chiffres sont très "
        "largement sous-estimés »."
    )
    quote = quotes(text, lang="fr")[0]
    assert quote.speaker is not None and quote.speaker.name == "Anna Kovalenko"
    assert quote.cue is not None and quote.cue.text == "Pour"
    assert "sous-estimés" in quote.text
    assert not quotes("Pour cette raison, le bataillon est resté sur place.", lang="fr")
    expert = quotes(
        "Pour Paul Martin, spécialiste de l'armée ukrainienne, ces arrestations visent à faire "
        "peur aux autres.",
        lang="fr",
    )[0]
    assert expert.text == "ces arrestations visent à faire peur aux autres"
    assert expert.speaker is not None and expert.speaker.name == "Paul Martin"


def test_french_speaker_then_outlet_after_the_verb() -> None:
    text = "« Nous ne reculerons pas d'un mètre », a déclaré le ministre de la Défense à l'AFP."
    quote = next(q for q in quotes(text, lang="fr") if q.kind == "direct")
    assert quote.speaker is not None and quote.speaker.text == "le ministre de la Défense"
    assert quote.outlet is not None and quote.outlet.name == "Agence France-Presse"


def test_testimonies_collected_by_an_outlet_are_anonymous_and_keep_the_outlet() -> None:
    french = "Selon des témoignages recueillis par Novaya Gazeta, des soldats ont été menacés."
    english = "Testimonies collected by Novaya Gazeta describe threats of prison."
    for text, lang in ((french, "fr"), (english, "en")):
        (quote,) = quotes(text, lang=lang)
        assert quote.speaker is not None and quote.speaker.name is None
        assert quote.speaker.anonymous and quote.speaker.anonymity == "testimonies"
        assert quote.outlet is not None and quote.outlet.name == "Novaya Gazeta"


def test_asked_by_an_outlet_names_the_outlet_in_both_languages() -> None:
    english = quotes(
        "Asked by Le Figaro, General Michel Yakovleff said the Russian army was exhausted."
    )[0]
    assert english.outlet is not None and english.outlet.name == "Le Figaro"
    speaking = quotes("Speaking to the BBC, Kovalenko said the figures were too low.")[0]
    assert speaking.outlet is not None and speaking.outlet.name == "BBC"
    french = quotes(
        "Interrogé par Le Figaro, le général Michel Yakovleff a estimé que l'armée russe "
        "était épuisée.",
        lang="fr",
    )[0]
    assert french.outlet is not None and french.outlet.name == "Le Figaro"
    assert french.speaker is not None and french.speaker.name == "Michel Yakovleff"


def test_anonymity_formulas_are_neither_source_nor_report() -> None:
    french = quotes("« On nous a menti », confie un soldat sous couvert d'anonymat.", lang="fr")
    english = quotes(
        '"They lied to us about the front," said a soldier, who asked not to be named.'
    )
    for found, text in ((french, "un soldat"), (english, "a soldier")):
        assert len(found) == 1
        speaker = found[0].speaker
        assert speaker is not None and speaker.text == text and speaker.anonymous
        assert speaker.role is not None and "anonym" not in speaker.role


def test_french_inverted_frame_closing_a_sentence_without_quote_marks() -> None:
    text = (
        "Plusieurs centaines de soldats ont refusé de repartir au front, affirme le média "
        "indépendant Verstka."
    )
    (quote,) = quotes(text, lang="fr")
    assert quote.text == "Plusieurs centaines de soldats ont refusé de repartir au front"
    assert quote.cue is not None and quote.cue.text == "affirme"
    assert quote.speaker is not None and quote.speaker.text == "le média indépendant Verstka"
    assert quote.outlet is not None and quote.outlet.name == "Verstka"
    reported = quotes(
        "Le Kremlin dément avoir ordonné ces purges, rapporte le Wall Street Journal.", lang="fr"
    )
    # the outlet relays the Kremlin's denial: the Kremlin speaks, the Journal is the outlet
    assert any(
        q.outlet is not None
        and q.outlet.name == "The Wall Street Journal"
        and q.speaker is not None
        and q.speaker.text == "Le Kremlin"
        and q.text == "avoir ordonné ces purges"
        for q in reported
    ), reported


def test_french_inverted_verb_after_a_quote_even_when_mistagged() -> None:
    quote = quotes("« C'est une purge, rien d'autre », résume un diplomate européen.", lang="fr")[0]
    assert quote.kind == "direct"
    assert quote.cue is not None and quote.cue.text == "résume"
    assert quote.speaker is not None and quote.speaker.text == "un diplomate européen"
    assert quote.speaker.anonymous


def test_selon_a_report_of_an_outlet_names_the_outlet_and_ends_at_the_comma() -> None:
    informations = quotes(
        "Selon les informations du Monde, le général a été arrêté mardi à Moscou.", lang="fr"
    )[0]
    assert informations.outlet is not None and informations.outlet.name == "Le Monde"
    assert informations.text == "le général a été arrêté mardi à Moscou"
    enquete = quotes("Selon une enquête de Mediazona, 300 soldats ont déserté.", lang="fr")[0]
    assert enquete.speaker is not None and enquete.speaker.text == "une enquête de Mediazona"
    assert enquete.outlet is not None and enquete.outlet.name == "Mediazona"
    assert enquete.text == "300 soldats ont déserté"
    lawyer = quotes("According to Ivan Smith, a lawyer for the family, the men were beaten.")[0]
    assert lawyer.speaker is not None and lawyer.speaker.name == "Ivan Smith"
    assert lawyer.text == "the men were beaten"


def test_the_chain_of_a_cited_source_outlet_then_original_source() -> None:
    reported = quotes(
        "The general has been dismissed, Reuters reported, citing two people familiar with "
        "the matter."
    )
    assert len(reported) == 1
    assert reported[0].speaker is not None
    assert reported[0].speaker.text == "two people familiar with the matter"
    assert reported[0].speaker.anonymity == "familiar"
    assert reported[0].outlet is not None and reported[0].outlet.name == "Reuters"
    according = quotes(
        "Selon le Kyiv Independent, qui cite une source militaire, 40 soldats ont déserté.",
        lang="fr",
    )[0]
    assert according.text == "40 soldats ont déserté"
    assert according.speaker is not None and according.speaker.anonymous
    assert according.outlet is not None and according.outlet.name == "The Kyiv Independent"
    reason = quotes("The court halted the rule, citing a threat to public health.")
    assert all(q.speaker is None or q.speaker.text == "The court" for q in reason)


def test_outlets_named_by_a_statement_to_or_a_source_quoted_by() -> None:
    statement = quotes("In a statement to CNN, the ministry said the strike hit a fuel depot.")[0]
    assert statement.outlet is not None and statement.outlet.name == "CNN"
    quoted = quotes("A source quoted by TASS said the commander had resigned on Friday.")[0]
    assert quoted.outlet is not None and quoted.outlet.name == "TASS"
    assert quoted.speaker is not None and quoted.speaker.anonymous
    communique = quotes(
        "Dans un communiqué transmis à l'AFP, le ministère affirme que la frappe visait un dépôt.",
        lang="fr",
    )[0]
    assert communique.outlet is not None and communique.outlet.name == "Agence France-Presse"


def test_speaker_resolution_ignores_people_inside_quotes_and_keeps_given_names() -> None:
    text = (
        "Alexei Tabakov, a specialist in post-Soviet Russia, explains to L'Express that morale "
        'is collapsing. "The soldiers know it, and Putin knows it," he said. '
        "Tabakov added that desertions would rise."
    )
    first, direct, added = quotes(text)
    assert first.speaker is not None and first.speaker.name == "Alexei Tabakov"
    assert direct.speaker is not None and direct.speaker.text == "he"
    assert direct.speaker.name == "Alexei Tabakov" and not direct.speaker.anonymous
    assert added.speaker is not None and added.speaker.name == "Alexei Tabakov"
    assert added.speaker.role == "specialist in post-Soviet Russia"


def test_unnamed_sources_get_their_kind() -> None:
    text = (
        "A person close to the commander said he had resigned. "
        "Documents seen by the Guardian show that the unit was understrength. "
        "Internal emails reviewed by Reuters suggest the order came from Moscow."
    )
    close, documents, emails = quotes(text)
    assert close.speaker is not None and close.speaker.anonymity == "familiar"
    assert documents.speaker is not None and documents.speaker.anonymity == "documents"
    assert documents.outlet is not None and documents.outlet.name == "The Guardian"
    assert emails.speaker is not None and emails.speaker.anonymity == "documents"
    assert emails.outlet is not None and emails.outlet.name == "Reuters"


def test_declaring_war_is_an_act_not_a_report() -> None:
    assert not quotes("Russia has not declared war on Ukraine, and the fighting goes on.")
    assert not quotes("La Russie n'a pas déclaré la guerre à l'Ukraine.", lang="fr")
    (claim,) = quotes("The minister declared that the war was over.")
    assert claim.text == "that the war was over"


def test_a_person_in_a_modifier_is_not_the_speaker() -> None:
    text = (
        "The mother of Ivan Petrov said her son had been sent to the front. "
        "A lawyer for Anna Sidorova said the charges were false. "
        "The president, Vladimir Putin, said the operation was going to plan."
    )
    mother, lawyer, president = quotes(text)
    for quote in (mother, lawyer):
        assert quote.speaker is not None and quote.speaker.name is None
        assert quote.speaker.anonymous
    assert mother.speaker is not None and mother.speaker.role == "mother of Ivan Petrov"
    assert president.speaker is not None and president.speaker.name == "Vladimir Putin"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ACCORDING TO THE POLICE,\nTHE BOMB EXPLODED AT NOON.", "en"),
        ("According to Colonel Ivan Petrov,\n\n", "en"),
        ("Selon l'ONG Memorial,\nau moins 300 personnes ont été arrêtées.", "fr"),
        ("Selon l'ONG Memorial,", "fr"),
        ("Pour Anna Kovalenko,\n« ces chiffres sont faux »", "fr"),
        ("Pour lui", "fr"),
    ],
)
def test_frames_cut_short_by_a_line_break_or_the_end_do_not_crash(text: str, lang: str) -> None:
    for quote in quotes(text, lang=lang):
        assert text[quote.start : quote.end] == quote.text


def test_a_bylines_dash_is_not_part_of_the_source() -> None:
    (quote,) = quotes("The race is tight.\n\n-Nate Cohn said the polls were wrong.")
    assert quote.speaker is not None and quote.speaker.text == "Nate Cohn"


def test_a_pronoun_finds_a_person_named_in_a_sentence_fragment_before() -> None:
    text = (
        "Interrogée par Libération, la députée écologiste Sandrine Lefèvre ne décolère pas. "
        "« On nous a menti pendant trois ans », affirme-t-elle."
    )
    (quote,) = quotes(text, lang="fr")
    assert quote.speaker is not None and quote.speaker.name == "Sandrine Lefèvre"


def test_an_aspect_verb_is_no_report_but_stays_a_frame() -> None:
    assert quotes("The campaign continues to lose ground in the polls.") == []
    (quote,) = quotes('"We will win," he continued.')
    assert quote.cue is not None and quote.cue.text == "continued"


def test_a_pronouns_quote_takes_the_outlet_of_the_sentence_that_named_the_speaker() -> None:
    (quote,) = quotes(
        'Speaking to the BBC, Anna Kovalenko was defiant. "We will not leave," she said.'
    )
    assert quote.speaker is not None and quote.speaker.name == "Anna Kovalenko"
    assert quote.outlet is not None and quote.outlet.name == "BBC"
    # not when her own frame names another
    (own,) = quotes(
        'Speaking to the BBC, Anna Kovalenko was defiant. "We will not leave," she told Reuters.'
    )
    assert own.outlet is not None and own.outlet.name == "Reuters"


def test_french_selon_a_name_the_tagger_reads_as_a_verb() -> None:
    quote, speaker = _the_one_quote(
        "Selon Novaïa Gazeta Europe, deux officiers auraient été arrêtés à Koursk."
    )
    assert speaker.text == "Novaïa Gazeta Europe"
    assert quote.outlet is not None and quote.outlet.name == "Novaya Gazeta Europe"


@pytest.mark.parametrize(
    "text",
    [
        "L'armée a lancé une vaste campagne de recrutement dans le nord du pays.",
        "Les forces russes poursuivent leur offensive près de Pokrovsk.",
    ],
)
def test_french_verbs_that_report_only_with_a_clause_are_acts_before_a_noun(text: str) -> None:
    assert quotes(text, lang="fr") == []


def _the_one_quote(text: str, lang: str = "fr") -> tuple[Quote, Speaker]:
    found = quotes(text, lang=lang)
    assert len(found) == 1 and found[0].speaker is not None, found
    return found[0], found[0].speaker


def test_french_subject_with_apposition_the_parser_split_off() -> None:
    _, speaker = _the_one_quote(
        "Paul Renard, porte-parole de la préfecture, a assuré à l'AFP que la route serait "
        "rouverte dimanche."
    )
    assert speaker.name == "Paul Renard"


def test_french_selon_a_name_with_its_apposition_then_the_claim() -> None:
    quote, speaker = _the_one_quote(
        "Selon Léa Moreau, directrice de l'hôpital de Kherson, les blessés arrivaient par dizaines."
    )
    assert speaker.text.rstrip(" ,") == "Léa Moreau, directrice de l'hôpital de Kherson"
    assert quote.text.startswith("les blessés arrivaient")


def test_french_two_reports_joined_by_mais_are_two_attributions() -> None:
    found = quotes(
        "La police affirme que les manifestants étaient armés, mais des témoins ont assuré à "
        "Libération que le cortège était pacifique.",
        lang="fr",
    )
    assert [
        (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) for q in found
    ] == [
        ("La police", "affirme"),
        ("des témoins", "assuré"),
    ]
    assert "témoins" not in found[0].text


def test_an_attitude_no_reporting_verb_cues_is_learned() -> None:
    found = quotes("Critics saw the move as an attempt to silence the press.")
    assert [
        (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) for q in found
    ] == [("Critics", "saw")]
    assert found[0].extractor.startswith(ATTITUDES) and found[0].confidence == 0.6
    assert found[0].text == "the move as an attempt to silence the press"


def test_an_attitude_takes_the_subject_of_the_verb_it_hangs_on() -> None:
    found = quotes(
        "The governor has tried to use the report against his rival, accusing her of lying "
        "about the budget."
    )
    assert [
        (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) for q in found
    ] == [("The governor", "accusing")]
    assert found[0].extractor.startswith(ATTITUDES)


def test_a_reporting_verb_the_rules_read_as_an_act_is_no_attitude_either() -> None:
    assert quotes("Russia has not declared war on Ukraine, and the fighting goes on.") == []
    cited = quotes("The general has been dismissed, Reuters reported, citing two officials.")
    assert [q.cue.text if q.cue else None for q in cited] == ["reported"]


# PolNeAR, which the model learns from, counts signing or approving a bill as the signer's
# stance towards it ("George W. Bush, who signed the legislation"); building and arresting are
# acts without one
@pytest.mark.parametrize(
    "text", ["The army built a bridge across the river.", "Police arrested three men on Friday."]
)
def test_an_act_without_a_stance_is_no_attitude(text: str) -> None:
    assert quotes(text) == []


def test_an_attitude_is_no_source_for_the_events_it_holds() -> None:
    record = extract_text(
        "The president ordered the dismissal of several hundred officers on Monday.",
        published=date(2023, 4, 2),
    )
    assert [q.extractor.startswith(ATTITUDES) for q in record.quotes] == [True]
    assert [(e.type, e.modality, e.source) for e in record.events] == [
        ("dismissal", "asserted", None)
    ]


def test_the_attitude_model_is_data_for_english_only() -> None:
    assert load_attitude_model("fr") is None
    model = load_attitude_model("en")
    assert model is not None and 0.0 < model.threshold < 1.0
    assert model.probability([]) < model.threshold  # no evidence, no attitude


def test_one_of_a_kind_is_the_person_of_that_role_named_next() -> None:
    found = quotes(
        "A spokesman for the ministry said the talks had failed. "
        "Spokesman Ivan Petrov added that no date was set."
    )
    assert [(q.speaker.name, q.speaker.anonymous) for q in found if q.speaker] == [
        ("Ivan Petrov", False),
        ("Ivan Petrov", False),
    ]
    assert found[0].speaker is not None and found[0].speaker.text == "A spokesman for the ministry"


@pytest.mark.parametrize(
    "text",
    [
        # another role
        "A lawyer for the family said the police had lied. "
        "Prosecutor Ivan Petrov said the case was closed.",
        # another paragraph
        "A lawyer for the family said the police had lied.\n\n"
        "Lawyer Anna Ivanova said later that she would appeal.",
        # "another official" is not the one before
        "A senior official said the plan was dead. Another official, Ivan Petrov, said it was not.",
    ],
)
def test_one_of_a_kind_stays_unnamed_without_that_role_named_next(text: str) -> None:
    first = quotes(text)[0]
    assert first.speaker is not None and first.speaker.name is None and first.speaker.anonymous


def test_a_speaker_named_through_another_mention_is_that_entity() -> None:
    record = extract_text(
        "Lawyer Maxim Grebnev spoke to reporters. He said the men had been moved to Valuyki."
    )
    speakers = [q.speaker for q in record.quotes if q.speaker is not None]
    assert [s.name for s in speakers] == ["Maxim Grebnev"]
    grebnev = next(e for e in record.entities if "Grebnev" in e.text)
    assert speakers[0].entity == grebnev.id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing inverted frame the parser did not read as one
        (
            "Deux gendarmes ont été blessés lors d'un contrôle routier près de Bastia, "
            "rapporte Corse-Matin.",
            ("indirect", "Corse-Matin", "rapporte", None),
        ),
        (
            "Le corps du randonneur a été retrouvé mardi dans un ravin, a précisé à l'AFP "
            "Me Pauline Garnier, avocate de la famille.",
            ("indirect", "Me Pauline Garnier", "précisé", "Agence France-Presse"),
        ),
        # the speaker past a time and a place
        (
            "« Les routes resteront fermées jusqu'à lundi », a annoncé mardi à Grenoble "
            "Claire Dumas, préfète de l'Isère.",
            ("direct", "Claire Dumas", "annoncé", None),
        ),
        # the participle the parser made the subject; a participle clause that took it
        (
            "Contacté par téléphone, un cadre du parti, qui a requis l'anonymat, a expliqué à "
            "Libération que la liste serait déposée lundi.",
            ("indirect", "un cadre du parti", "expliqué", "Libération"),
        ),
        (
            "Un officier supérieur, s'exprimant sous couvert d'anonymat, estime que l'offensive "
            "a échoué.",
            ("indirect", "Un officier supérieur", "estime", None),
        ),
        # a reflexive cue keeps its pronoun
        (
            "« On dormait dans les tranchées », se souvient-elle.",
            ("direct", "elle", "se souvient", None),
        ),
    ],
)
def test_french_frames_the_small_parser_misreads(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    found = [
        (
            q.kind,
            q.speaker.text if q.speaker else None,
            q.cue.text if q.cue else None,
            q.outlet.name if q.outlet else None,
        )
        for q in quotes(text, lang="fr")
    ]
    assert expected in found


def test_a_french_que_clause_goes_on_past_the_verb_the_parser_hung_on_the_cue() -> None:
    found = quotes(
        "Dans un communiqué, le ministère a indiqué qu'un caporal du 1er régiment de chasseurs "
        "avait été blessé lors d'un exercice.",
        lang="fr",
    )
    assert [q.text for q in found] == [
        "qu'un caporal du 1er régiment de chasseurs avait été blessé lors d'un exercice"
    ]


def test_a_frame_inside_french_quote_marks_before_a_conjunction() -> None:
    found = quotes(
        "« La ville est encerclée, a affirmé le général Paul Mensah, chef d'état-major, mais nos "
        "troupes tiennent toujours le pont. »",
        lang="fr",
    )
    assert [(q.text, q.speaker.name if q.speaker else None) for q in found] == [
        ("« La ville est encerclée", "Paul Mensah"),
        ("mais nos troupes tiennent toujours le pont. »", "Paul Mensah"),
    ]
    assert found[1].continues == found[0].id


def test_selon_with_an_apposition_and_the_outlet_that_asked() -> None:
    found = quotes(
        "Selon Marie Dubois, chercheuse au CNRS, interrogée par Le Monde, les milices ont "
        "recruté des centaines d'enfants.",
        lang="fr",
    )
    assert [
        (q.speaker.name if q.speaker else None, q.outlet.name if q.outlet else None, q.text)
        for q in found
    ] == [("Marie Dubois", "Le Monde", "les milices ont recruté des centaines d'enfants")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Contacté par téléphone, un cadre du parti, qui a requis l'anonymat, a expliqué à "
            "Libération que la liste serait déposée lundi.",
            "fr",
            "un cadre du parti",
        ),
        (
            "A party strategist, who asked not to be named, said the list would be filed on "
            "Monday.",
            "en",
            "A party strategist",
        ),
    ],
)
def test_an_anonymity_formula_makes_any_description_an_unnamed_source(
    text: str, lang: str, speaker: str
) -> None:
    found = quotes(text, lang=lang)
    assert [
        (q.speaker.text, q.speaker.anonymous, q.speaker.anonymity) for q in found if q.speaker
    ] == [(speaker, True, "unnamed")]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        # what the reporter learnt, and from whom
        (
            "Quatre gendarmes ont été blessés lors d'une embuscade près de Ouallam, a-t-on appris"
            " mardi de sources sécuritaires.",
            "sources sécuritaires",
            "appris",
            "Quatre gendarmes ont été blessés lors d'une embuscade près de Ouallam",
        ),
        (
            "Le convoi a été bloqué pendant six heures à la frontière, a-t-on appris auprès de la"
            " préfecture.",
            "la préfecture",
            "appris",
            "Le convoi a été bloqué pendant six heures à la frontière",
        ),
        # "faire état de": a cue whose content is the noun phrase after "de"
        (
            "Le bataillon a été attaqué à l'aube, selon l'état-major, qui fait état de trois"
            " blessés parmi les soldats.",
            "l'état-major",
            "fait état",
            "trois blessés parmi les soldats",
        ),
        # a closing frame the parser made the root, the claim's verb hung on it as an adverb
        (
            "Le gouverneur a suspendu dimanche le directeur du port, deux jours après l'incendie"
            " des entrepôts, a annoncé la télévision publique.",
            "la télévision publique",
            "annoncé",
            "Le gouverneur a suspendu dimanche le directeur du port, deux jours après l'incendie"
            " des entrepôts",
        ),
    ],
)
def test_french_frames_the_parse_misses(text: str, speaker: str, cue: str, content: str) -> None:
    found = [
        (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.text)
        for q in quotes(text, lang="fr")
    ]
    assert (speaker, cue, content) in found


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "name", "outlet"),
    [
        # a name the recogniser missed is the speaker's, not the place in its apposition
        (
            '"We lost everything in one night," Anne-Sophie Dufresnoy, a nurse in Kherson, told'
            " Haaretz.",
            "en",
            "Anne-Sophie Dufresnoy",
            "Anne-Sophie Dufresnoy",
            "Haaretz",
        ),
        # the speaker the parser hung on the outlet of "in an interview with"
        (
            "In an interview with Al Jazeera, Colonel Ibrahim Musa, who leads the garrison in"
            " Kassala, said the militia had shelled the bridge twice.",
            "en",
            "Colonel Ibrahim Musa",
            "Ibrahim Musa",
            "Al Jazeera",
        ),
        # an organisation the outlet list lacks, told something, is the outlet
        (
            "A senior officer told Radio Free Asia that two battalions had refused to deploy.",
            "en",
            "A senior officer",
            None,
            "Radio Free Asia",
        ),
        # a role and the person in apposition that the parser made two subjects
        (
            "Le porte-parole de l'armée, le colonel Issa Traoré, a déclaré : « La ville est sous"
            " contrôle. »",
            "fr",
            "Le porte-parole de l'armée, le colonel Issa Traoré",
            "Issa Traoré",
            None,
        ),
    ],
)
def test_speakers_and_outlets_the_parse_hides(
    text: str, lang: str, speaker: str, name: str | None, outlet: str | None
) -> None:
    found = [
        (q.speaker.text, q.speaker.name, q.outlet.name if q.outlet else None)
        for q in quotes(text, lang=lang)
        if q.speaker is not None
    ]
    assert any(
        said.startswith(speaker) and named == name and told == outlet for said, named, told in found
    ), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The minister told the Senate Armed Services Committee that the plan was ready.", "en"),
        # "soir" is an outlet's name only written as one ("Le Soir")
        ("Le préfet a déclaré ce soir que le couvre-feu serait levé.", "fr"),
    ],
)
def test_a_public_body_or_a_common_word_is_no_outlet(text: str, lang: str) -> None:
    found = quotes(text, lang=lang)
    assert found and all(q.outlet is None for q in found)


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "outlet", "anonymous"),
    [
        # a speaker described, not named, after the outlet of a quote's frame, with the
        # anonymity formula closing the frame
        (
            "« Les tirs ont duré toute la nuit », a confié à l'AFP un policier nigérien blessé"
            " lors de l'assaut du poste de Torodi, sous couvert d'anonymat.",
            "un policier nigérien",
            "confié",
            "Agence France-Presse",
            True,
        ),
        # the outlet that relays the speaker after an apposition
        (
            "« Le pont restera fermé jusqu'en mars », a assuré Claire Vuilleumier, porte-parole"
            " du canton du Valais, citée par l'agence Keystone-ATS.",
            "Claire Vuilleumier",
            "assuré",
            "Keystone-ATS",
            False,
        ),
        # ", rapporte X." that the parser hung on the claim's last noun
        (
            "Trois gendarmes ont été mutés après la fuite de documents sur la caserne de"
            " Satory, rapporte Le Parisien.",
            "Le Parisien",
            "rapporte",
            "Le Parisien",
            False,
        ),
    ],
)
def test_french_closing_frames(
    text: str, speaker: str, cue: str, outlet: str, anonymous: bool
) -> None:
    found = [
        (
            q.speaker.text if q.speaker else "",
            q.cue.text if q.cue else "",
            q.outlet.name if q.outlet else None,
            bool(q.speaker and q.speaker.anonymous),
        )
        for q in quotes(text, lang="fr")
    ]
    assert any(
        said.startswith(speaker) and cued == cue and told == outlet and unnamed == anonymous
        for said, cued, told, unnamed in found
    ), found


def test_a_claim_before_selon_where_the_parser_ended_the_sentence() -> None:
    found = quotes(
        "Des miliciens ont incendié au moins trois villages près de Djugu au début de la"
        " semaine, selon des témoignages d'habitants recueillis par Radio Okapi.",
        lang="fr",
    )
    assert [(q.cue.text if q.cue else None, q.outlet.name if q.outlet else None) for q in found]
    claim = found[0].text
    assert claim.startswith("Des miliciens ont incendié") and claim.endswith("la semaine")


def test_participles_used_as_nouns_or_adjectives_are_no_cues() -> None:
    found = quotes(
        "Me Sonia Haddad, avocate de plusieurs prévenus accusés, a estimé mardi que le"
        " jugement rendu dans l'affaire dite du « réseau » était « une parodie ».",
        lang="fr",
    )
    assert [q.cue.text for q in found if q.cue] == ["estimé"]


def test_selon_a_role_then_the_name_in_commas() -> None:
    found = quotes(
        "Selon le préfet de la Loire, Arnaud Ferrière, les deux gendarmes blessés ne"
        " souffraient d'aucune séquelle grave.",
        lang="fr",
    )
    assert [(q.speaker.text if q.speaker else None, q.text) for q in found] == [
        (
            "le préfet de la Loire, Arnaud Ferrière",
            "les deux gendarmes blessés ne souffraient d'aucune séquelle grave",
        )
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "outlet", "anonymous"),
    [
        # an outlet that cites its source, the citing verb hung elsewhere
        (
            "Deux postes de police ont été incendiés près de Kaya, selon Jeune Afrique, qui cite"
            " une source sécuritaire.",
            "une source sécuritaire",
            "Jeune Afrique",
            True,
        ),
        # the outlet after the described speaker of a closing frame
        (
            "Des tirs nourris ont éclaté dans la nuit près de l'aéroport de Bangui, a indiqué un"
            " commerçant du quartier à l'AFP.",
            "un commerçant du quartier",
            "Agence France-Presse",
            True,
        ),
    ],
)
def test_french_sources_relayed_by_an_outlet(
    text: str, speaker: str, outlet: str, anonymous: bool
) -> None:
    found = [
        (q.speaker.text, q.outlet.name if q.outlet else None, q.speaker.anonymous)
        for q in quotes(text, lang="fr")
        if q.speaker is not None
    ]
    assert (speaker, outlet, anonymous) in found, found


@pytest.mark.parametrize(
    ("text", "name", "outlet"),
    [
        # a verb the tagger misread ("raconte" as an adjective)
        (
            "« Les miliciens ont brûlé le dispensaire avant l'aube, raconte Josiane Mbarga, une"
            " infirmière de Kumba jointe par téléphone. Depuis, plus personne ne se soigne ici. »",
            "Josiane Mbarga",
            None,
        ),
        # the outlet before a name the recogniser missed
        (
            "« Les soldats sont partis avant l'aube, a déclaré à Libération Aung Kyaw Thu, un"
            " pêcheur de Kyaukphyu joint par téléphone, et personne ne sait où. »",
            "Aung Kyaw Thu",
            "Libération",
        ),
    ],
)
def test_a_frame_inside_the_quote_marks(text: str, name: str, outlet: str | None) -> None:
    framed = [q for q in quotes(text, lang="fr") if q.cue is not None]
    assert framed and framed[0].speaker is not None
    assert framed[0].speaker.name == name
    assert (framed[0].outlet.name if framed[0].outlet else None) == outlet
    assert framed[0].text.startswith("« Les ")


def test_a_french_participle_the_tagger_read_as_a_name_is_a_cue() -> None:
    found = quotes(
        "Le ministère tchadien a démenti lundi, dans un communiqué lu à la radio nationale, que"
        " des soldats aient été tués à Bol.",
        lang="fr",
    )
    assert [(q.cue.text if q.cue else None, q.text) for q in found] == [
        ("démenti", "que des soldats aient été tués à Bol")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        # the recogniser took the name for an organisation and a city in the apposition for a
        # person
        (
            "Fewer than half of the wells in the district still work, according to Nadia Kamara,"
            " an engineer at Oxfam's office in Freetown.",
            "en",
            "Nadia Kamara",
        ),
        # a definite role noun stands for the person given that role before
        (
            "Mali's foreign minister, Abdoulaye Traoré, arrived in Algiers on Monday. \"We have"
            ' no intention of leaving the talks," the minister said.',
            "en",
            "Abdoulaye Traoré",
        ),
        (
            'Interior Minister Lucas Ferreira toured the flooded towns. "The army will stay as'
            ' long as it takes," the minister told reporters.',
            "en",
            "Lucas Ferreira",
        ),
        (
            "Le chef d'état-major de l'armée, Pierre Lambert, a visité la base de Gao. « Nos"
            " soldats tiendront », a assuré le chef d'état-major.",
            "fr",
            "Pierre Lambert",
        ),
    ],
)
def test_speaker_names_from_an_apposition_or_an_earlier_mention(
    text: str, lang: str, name: str
) -> None:
    found = [q for q in quotes(text, lang=lang) if q.cue is not None]
    assert found and found[-1].speaker is not None
    assert (found[-1].speaker.name, found[-1].speaker.anonymous) == (name, False)


def test_a_role_noun_names_nobody_without_an_earlier_person_of_that_role() -> None:
    found = quotes('The minister arrived late. "We will not sign," the minister said.', lang="en")
    assert found and found[-1].speaker is not None
    assert found[-1].speaker.name is None


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "cue", "outlet", "content"),
    [
        # the claim the parser hung on the medium is what the verb says
        (
            "The governor warned in an interview with the BBC on Sunday that the dam could fail"
            " within days.",
            "en",
            "The governor",
            "warned",
            "BBC",
            "that the dam could fail within days",
        ),
        # a closing frame the parser joined to the claim as a second clause
        (
            "The navy is moving two frigates to the strait, an official familiar with the plans"
            " told Reuters.",
            "en",
            "an official familiar with the plans",
            "told",
            "Reuters",
            "The navy is moving two frigates to the strait",
        ),
        # a "que" the tagger read as a pronoun after the hearer
        (
            "Il a affirmé au quotidien Le Soir qu'il ne reviendrait jamais dans l'armée.",
            "fr",
            "Il",
            "affirmé",
            "Le Soir",
            "qu'il ne reviendrait jamais dans l'armée",
        ),
        # an outlet's inverted frame with a day, citing sources: the sources speak
        (
            "Deux généraux ont été arrêtés à Kinshasa, a rapporté mardi Jeune Afrique, citant des"
            " sources sécuritaires.",
            "fr",
            "des sources sécuritaires",
            "rapporté",
            "Jeune Afrique",
            "Deux généraux ont été arrêtés à Kinshasa",
        ),
        (
            "The army is preparing to pull two brigades out of the border region in eastern"
            " Chad, The Guardian reported, citing three officials.",
            "en",
            "three officials",
            "reported",
            "The Guardian",
            "The army is preparing to pull two brigades out of the border region in eastern Chad",
        ),
        (
            "Rome envisage de rappeler la moitié de ses instructeurs déployés au Niger d'ici à"
            " l'automne, rapporte Le Monde, citant des sources diplomatiques.",
            "fr",
            "des sources diplomatiques",
            "rapporte",
            "Le Monde",
            "Rome envisage de rappeler la moitié de ses instructeurs déployés au Niger d'ici à"
            " l'automne",
        ),
    ],
)
def test_frames_whose_claim_the_parser_hung_elsewhere(
    text: str, lang: str, speaker: str, cue: str, outlet: str, content: str
) -> None:
    found = [
        (
            q.speaker.text if q.speaker else None,
            # the cue may go on with its medium and time, as PolNeAR's cue spans do
            q.cue.text.split()[0] if q.cue else None,
            q.outlet.name if q.outlet else None,
            q.text,
        )
        for q in quotes(text, lang=lang)
    ]
    assert (speaker, cue, outlet, content) in found, found


def test_a_senior_officer_unnamed_is_an_official() -> None:
    found = quotes(
        "L'armée va se retirer de trois bases, selon un gradé qui a requis l'anonymat.", lang="fr"
    )
    assert found and found[0].speaker is not None
    assert (found[0].speaker.anonymous, found[0].speaker.anonymity) == (True, "official")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the person named in apposition to the subject, not a place the recogniser took for a
        # person
        (
            "Le commandant Paul-Henri Kabila dirigeait le bataillon stationné à Kiwanja depuis"
            " mars. Il a assuré que ses hommes n'avaient tiré sur personne.",
            "Paul-Henri Kabila",
        ),
        # the rest of a name the parser cut off after the role noun
        (
            "L'avocate Claire Dumont a expliqué à Libération que son client avait été détenu sans"
            " motif.",
            "Claire Dumont",
        ),
    ],
)
def test_french_names_the_parse_splits(text: str, name: str) -> None:
    found = [q for q in quotes(text, lang="fr") if q.cue is not None]
    assert found and found[-1].speaker is not None
    assert found[-1].speaker.name == name


def test_an_officer_under_an_anonymity_formula_is_an_official() -> None:
    found = quotes(
        "« Nous manquons de munitions depuis des semaines », confie un officier malien sous"
        " couvert d'anonymat.",
        lang="fr",
    )
    assert found and found[0].speaker is not None
    assert (found[0].speaker.anonymous, found[0].speaker.anonymity) == (True, "official")


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        # a generic role noun stands for the titled person named before
        (
            'Major Ilya Petrenko was relieved of his command in May. "We were sent without'
            ' ammunition," the officer told Reuters.',
            "en",
            "Ilya Petrenko",
        ),
        (
            "La députée Claire Moreau a interpellé le ministre sur les exportations d'armes."
            " « Nous ne pouvons plus détourner le regard », a ajouté l'élue.",
            "fr",
            "Claire Moreau",
        ),
    ],
)
def test_a_generic_role_noun_names_the_titled_person(text: str, lang: str, name: str) -> None:
    found = [q for q in quotes(text, lang=lang) if q.kind == "direct"]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == name


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        # "mettre en garde": to warn
        (
            "« Sans cessez-le-feu, la famine touchera tout le nord », a mis en garde Hanna"
            " Lindqvist, coordinatrice humanitaire.",
            "Hanna Lindqvist",
            "mis en garde",
            "« Sans cessez-le-feu, la famine touchera tout le nord »",
        ),
        # a concession after the claim is the writer's
        (
            "Le ministre a démenti que des mineurs aient été enrôlés, malgré les témoignages de"
            " plusieurs familles.",
            "Le ministre",
            "démenti",
            "que des mineurs aient été enrôlés",
        ),
        # a relative clause's report after the frame is its own
        (
            "Ces frappes « n'ont rien changé », estime un diplomate européen, qui rappelle que"
            " les combats ont repris.",
            "un diplomate européen",
            "estime",
            "Ces frappes « n'ont rien changé »",
        ),
    ],
)
def test_french_frames_of_the_eleventh_batch(
    text: str, speaker: str, cue: str, content: str
) -> None:
    found = [
        (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.text)
        for q in quotes(text, lang="fr")
    ]
    assert any(
        s is not None and s.startswith(speaker) and c == cue and t == content for s, c, t in found
    ), found


@pytest.mark.parametrize(
    ("text", "speaker", "name", "content"),
    [
        # a name before its role, which the parser left out of the subject
        (
            "Depuis mars, plus de 2 000 soldats ont quitté la ville. Aurélien Dubreuil, le maire"
            " de la commune, a expliqué au Monde que les écoles étaient fermées.",
            "Aurélien Dubreuil, le maire de la commune",
            "Aurélien Dubreuil",
            "que les écoles étaient fermées",
        ),
        # a verb before a colon read as an adjective, after a name and an age, not the verb
        # of a relative clause before them
        (
            "Le marché a brûlé dans la nuit. Assise devant ce qui reste de sa boutique, Awa"
            " Traoré, 54 ans, raconte : « Nous avons tout perdu. »",
            "Awa Traoré",
            "Awa Traoré",
            "« Nous avons tout perdu. »",
        ),
        # a title and the name hung on it word by word, then "l'officier"
        (
            "Le colonel Pierre Lemaire commande le contingent depuis juin. « Nous tiendrons »,"
            " assure l'officier.",
            "l'officier",
            "Pierre Lemaire",
            "« Nous tiendrons »",
        ),
        # the day between the verb and "que" is the frame's
        (
            "La sénatrice Anne Roux a affirmé jeudi qu'elle n'avait « jamais reçu cet argent ».",
            "La sénatrice Anne Roux",
            "Anne Roux",
            "qu'elle n'avait « jamais reçu cet argent »",
        ),
    ],
)
def test_french_speakers_of_the_twelfth_batch(
    text: str, speaker: str, name: str, content: str
) -> None:
    found = [
        (q.speaker.text if q.speaker else "", q.speaker.name if q.speaker else None, q.text)
        for q in quotes(text, lang="fr")
    ]
    assert any(s.startswith(speaker) and n == name and t == content for s, n, t in found), found


@pytest.mark.parametrize(
    ("text", "lang", "name", "outlet"),
    [
        # a direct quote framed after a long apposition with a relative clause
        (
            '"We were told to shoot at anything that moved," Pavel Orlov, a former marine who'
            " fled to Georgia in April and now works in Tbilisi, told the BBC.",
            "en",
            "Pavel Orlov",
            "BBC",
        ),
        # a French closing frame with a broadcast outlet
        (
            "L'armée ne quittera pas la ville, a déclaré mardi sur France Info le ministre des"
            " Armées, Paul Girard.",
            "fr",
            "Paul Girard",
            "France Info",
        ),
    ],
)
def test_frames_past_long_appositions_and_broadcasts(
    text: str, lang: str, name: str, outlet: str
) -> None:
    found = quotes(text, lang=lang)
    assert found and found[0].speaker is not None and found[0].outlet is not None
    assert (found[0].speaker.name, found[0].outlet.name) == (name, outlet)


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "À en croire la préfecture, deux manifestants ont été blessés.",
            "la préfecture",
            "À en croire",
            "deux manifestants ont été blessés",
        ),
        # an anonymity formula after the source belongs to the frame
        (
            "Selon trois officiers s'exprimant sous couvert d'anonymat, l'armée va quitter la"
            " base.",
            "trois officiers",
            "Selon",
            "l'armée va quitter la base",
        ),
    ],
)
def test_french_frames_like_selon(text: str, speaker: str, cue: str, content: str) -> None:
    found = [
        (q.speaker.text if q.speaker else "", q.cue.text if q.cue else None, q.text)
        for q in quotes(text, lang="fr")
    ]
    assert any(s.startswith(speaker) and (c, t) == (cue, content) for s, c, t in found), found


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        # the recogniser glued the name to the place before its comma, as one organisation
        (
            "The governor of Antioquia, Lucía Restrepo, said the roads would reopen on Friday.",
            "en",
            "Lucía Restrepo",
        ),
        # the name set after a title in apposition to the role ("le colonel X")
        (
            "Le commandant de la base, le capitaine Julien Morvan, a assuré que personne n'avait"
            " été blessé.",
            "fr",
            "Julien Morvan",
        ),
    ],
)
def test_a_name_in_apposition_to_a_role_is_the_speaker(text: str, lang: str, name: str) -> None:
    found = [q for q in quotes(text, lang=lang) if q.cue is not None]
    assert found and found[0].speaker is not None
    assert (found[0].speaker.name, found[0].speaker.anonymous) == (name, False)


@pytest.mark.parametrize(
    ("text", "lang", "anonymity"),
    [
        (
            "The talks have stalled, according to two diplomats briefed on the matter.",
            "en",
            "familiar",
        ),
        (
            "A police spokesman, who declined to be named, said three suspects had been freed.",
            "en",
            "official",
        ),
        # the subject the parser left in a sentence of its own before the participle
        (
            "Un haut responsable militaire, s'exprimant sous couvert d'anonymat, a affirmé que la"
            " relève arriverait lundi.",
            "fr",
            "official",
        ),
        ("A soldier who fought in Bakhmut said the shelling never stopped.", "en", "testimonies"),
        (
            "À en croire l’entourage de la ministre, le texte sera présenté en juin.",
            "fr",
            "familiar",
        ),
        (
            "Un magistrat, s’exprimant sous couvert d’anonymat, a affirmé que le dossier était"
            " vide.",
            "fr",
            "official",
        ),
        # residents and villagers tell what they saw
        ("Residents of the old town said the shelling lasted all night.", "en", "testimonies"),
        (
            "L'armée a quitté la ville, ont raconté à Reuters des habitants du quartier nord.",
            "fr",
            "testimonies",
        ),
        # one of a kind, unnamed
        ("“We have no water,” one woman said.", "en", "unnamed"),
    ],
)
def test_unnamed_sources_by_their_description(text: str, lang: str, anonymity: str) -> None:
    found = [q for q in quotes(text, lang=lang) if q.cue is not None]
    assert found and found[0].speaker is not None
    assert (found[0].speaker.anonymous, found[0].speaker.anonymity) == (True, anonymity)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # words quoted in the claim, which the tagger cannot read as a verb; "menace" with a
        # noun for object is no report
        (
            "La réforme des retraites « menace la paix sociale » dans le pays, juge le sociologue"
            " Marc Duval.",
            "le sociologue Marc Duval",
            "La réforme des retraites « menace la paix sociale » dans le pays",
        ),
        # a participle of the inverted speaker's phrase, past the outlet
        (
            "« Les tirs ont duré toute la nuit », ont confié à Libération deux habitants joints"
            " par téléphone.",
            "deux habitants joints par téléphone",
            "« Les tirs ont duré toute la nuit »",
        ),
    ],
)
def test_french_closing_frames_the_parser_misread(text: str, speaker: str, content: str) -> None:
    found = [(q.speaker.text if q.speaker else None, q.text) for q in quotes(text, lang="fr")]
    assert (speaker, content) in found, found


def test_selon_lui_names_the_person_before() -> None:
    found = quotes(
        "La juge Hélène Marchal instruit le dossier depuis 2021. Selon elle, les preuves sont"
        " accablantes. D'après lui, l'enquête piétine, estime-t-on ailleurs.",
        lang="fr",
    )
    selon = next(q for q in found if q.cue is not None and q.cue.text == "Selon")
    assert selon.speaker is not None and selon.speaker.name == "Hélène Marchal"


def test_typographic_apostrophes_parse_as_straight_ones_and_stay_as_written() -> None:
    text = (
        "L’enquête a été confiée à la juge Anne Roussel. À l’issue de l’audience, l’avocat de"
        " la défense a assuré qu’il n’y avait « aucune preuve » contre son client."
    )
    found = [q for q in quotes(text, lang="fr") if q.cue is not None]
    assert [
        (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) for q in found
    ] == [("l’avocat de la défense", "assuré")]
    assert text[found[0].start : found[0].end] == found[0].text  # the curly marks kept


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "name"),
    [
        # whoever issued a statement or a report claims what it says
        (
            "No one was hurt in the blast, according to a statement from Norvik Energy, which"
            " runs the plant.",
            "en",
            "a statement from Norvik Energy",
            "Norvik Energy",
        ),
        # the one person the sentence before is about, under a description
        (
            "Hugo Martel a quitté le tribunal sous les huées. Devant les caméras, l’ancien député"
            " a affirmé qu’il ferait appel.",
            "fr",
            "l’ancien député",
            "Hugo Martel",
        ),
        # the speaker hung on the opening adverbial, past the auxiliary
        (
            "Dans une vidéo diffusée sur YouTube, le maire de la ville, Igor Sadovy, a affirmé"
            " que deux écoles avaient été touchées.",
            "fr",
            "le maire de la ville, Igor Sadovy",
            "Igor Sadovy",
        ),
        # a first name in two parts, split by the parser at its hyphen
        (
            "Le directeur de l’usine, Jean-Claude Perrin, a annoncé que 40 postes seraient"
            " supprimés.",
            "fr",
            "Le directeur de l’usine, Jean-Claude Perrin",
            "Jean-Claude Perrin",
        ),
        # a title the recogniser took for a person names nobody: the name after it does
        (
            "Le Premier ministre, Laurent Abadie, a estimé que la réforme était « nécessaire ».",
            "fr",
            "Le Premier ministre, Laurent Abadie",
            "Laurent Abadie",
        ),
        # the means between the verb and its inverted subject
        (
            "« Nous n’avons plus rien », a raconté par téléphone Aminata Sow, depuis Mopti.",
            "fr",
            "Aminata Sow",
            "Aminata Sow",
        ),
    ],
)
def test_speakers_of_the_fifteenth_batch_kind(
    text: str, lang: str, speaker: str, name: str
) -> None:
    found = [q for q in quotes(text, lang=lang) if q.cue is not None]
    assert found and found[0].speaker is not None
    assert found[0].speaker.text.rstrip(" ,").startswith(speaker)
    assert found[0].speaker.name == name


@pytest.mark.parametrize(
    ("text", "lang", "outlet"),
    [
        (
            "An aide told the Kyiv daily Ukrainska Pravda that the decree was ready.",
            "en",
            "Ukrainska Pravda",
        ),
        (
            "Un conseiller a confié au quotidien allemand Handelsblatt que l'accord était proche.",
            "fr",
            "Handelsblatt",
        ),
    ],
)
def test_an_outlet_named_after_its_description(text: str, lang: str, outlet: str) -> None:
    found = [q for q in quotes(text, lang=lang) if q.outlet is not None]
    assert found and found[0].outlet is not None and found[0].outlet.name == outlet


@pytest.mark.parametrize(
    ("text", "lang", "name", "cue"),
    [
        # a stance before a colon frames the quote after it, not a verb of the sentence before
        (
            "The talks stalled overnight. The mediator, Ruth Okafor, was adamant: “Nobody leaves"
            " this room without a deal.”",
            "en",
            "Ruth Okafor",
            "was adamant:",
        ),
        (
            "Le chantier a pris deux ans de retard. L'architecte Paul Vidal est formel : « Le pont"
            " ne sera pas prêt avant 2030 ».",
            "fr",
            "Paul Vidal",
            "est formel :",
        ),
    ],
)
def test_a_stance_before_a_colon_frames_the_quote(
    text: str, lang: str, name: str, cue: str
) -> None:
    found = [q for q in quotes(text, lang=lang) if q.kind == "direct"]
    assert found and found[0].speaker is not None and found[0].cue is not None
    assert (found[0].speaker.name, found[0].cue.text) == (name, cue)


def test_a_description_introduced_unnamed_is_not_the_person_named_before() -> None:
    found = quotes(
        "The colonel, Ivan Petrenko, was dismissed on Friday. A senior NATO official said the"
        " army was exhausted. “Morale is a real problem,” the official said.",
        lang="en",
    )
    last = found[-1]
    assert last.speaker is not None and last.speaker.text == "the official"
    assert last.speaker.name is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "faire savoir" reports
        (
            "Le maire de la ville, Paul Girardin, a fait savoir que l'école resterait fermée.",
            "fr",
            ("Paul Girardin", "que l'école resterait fermée"),
        ),
        # the day and the outlet between the verb and "que" are the frame's
        (
            "La sénatrice Anne Morel a affirmé mardi sur France Inter que le texte serait retiré.",
            "fr",
            ("Anne Morel", "que le texte serait retiré"),
        ),
        # a title is no part of the name
        (
            "There is no sign of a leak, said Dr Maria Lund, a chemist at the plant.",
            "en",
            ("Maria Lund", "There is no sign of a leak"),
        ),
    ],
)
def test_frames_of_the_seventeenth_batch_kind(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    found = [
        (q.speaker.name if q.speaker else None, q.text)
        for q in quotes(text, lang=lang)
        if q.cue is not None
    ]
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        # an inverted pronoun after an indirect claim
        (
            "Le ministre Paul Arnaud a visité l'usine lundi. Les salaires seront relevés en"
            " janvier, a-t-il ajouté.",
            "il",
            "Paul Arnaud",
        ),
        # a title between the comma and the name, an adjunct after it
        (
            "« Ce verdict est une honte », a dénoncé l'avocat des familles, Me Louis Perrot, à la"
            " sortie de l'audience.",
            "l'avocat des familles",
            "Louis Perrot",
        ),
        # a title before the name in apposition, a no-break space after it
        (
            "L'avocat du syndicat, Me\u00a0Paul Ferrand, a porté plainte contre le préfet Jean"
            " Morel. Joint par Le Monde, il a affirmé que la manifestation était autorisée.",
            "il",
            "Paul Ferrand",
        ),
        # a description for the one person named two sentences before, none named between
        (
            "La sismologue Inès Carvalho étudie le volcan depuis 2010. Les mesures de juin"
            " l'alarment. « Le magma remonte », a averti la chercheuse.",
            "la chercheuse",
            "Inès Carvalho",
        ),
        # a judge described as a magistrate
        (
            "La juge Hélène Varin instruit le dossier depuis 2019. La magistrate a estimé que"
            " l'enquête était terminée.",
            "La magistrate",
            "Hélène Varin",
        ),
    ],
)
def test_french_speakers_named_before_or_after_their_frame(
    text: str, speaker: str, name: str
) -> None:
    found = [q for q in quotes(text, lang="fr") if q.cue is not None]
    assert found and found[-1].speaker is not None
    assert found[-1].speaker.text.startswith(speaker)
    assert found[-1].speaker.name == name


@pytest.mark.parametrize(
    ("text", "speaker", "name", "content"),
    [
        # a title before the name set after the role
        (
            "Selon le chef de la police, le commissaire Paul Ndiaye, trois suspects ont été"
            " relâchés.",
            "le chef de la police, le commissaire Paul Ndiaye",
            "Paul Ndiaye",
            "trois suspects ont été relâchés",
        ),
        # the source's relative clause, which the parser hung on the claim, is no claim
        (
            "D'après une note de la préfecture, que Libération a pu consulter, la manifestation"
            " sera interdite.",
            "une note de la préfecture",
            None,
            "la manifestation sera interdite",
        ),
    ],
)
def test_selon_sources_with_their_appositions(
    text: str, speaker: str, name: str | None, content: str
) -> None:
    found = [
        (q.speaker.text if q.speaker else None, q.speaker.name if q.speaker else None, q.text)
        for q in quotes(text, lang="fr")
    ]
    assert (speaker, name, content) in found, found
