"""Events typed by an ontology, with arguments, modality and source.

A trigger is a verb or noun whose lemma the ontology lists (optionally only when it governs one
of a few lemmas: "refuse" only with "fight", "serve", ...; only with a modifier: "bomb attack";
only as a passive verb with one of a few subjects: "the men were held"; not when it governs
some lemmas: "summon the ambassador"). A type may rule itself out by words in the sentence
("crash") or by its targets (every target an excluded one: "killed four soldiers" is no MUC
attack). Arguments come from the parse: the subject is the actor, the object the target (the
noun a passive participle modifies: "soldiers killed"; the noun a relative pronoun stands for:
"the mayor, who was kidnapped"), the means the instrument ("a bomb killed two"); for a noun
trigger its "of" phrase is the actor or the target as the ontology says, its possessor the actor
or the victim ("the senator's murder"), its "by" phrase and who carried it out, claimed or is
blamed for it the actor ("the rebels staged an attack", "claimed responsibility for the attack",
not "condemned the attack"). The count is the quantity inside an argument (a target's first),
the time the time expression attached to the trigger or to the verb that governs it (else the
nearest one before it in its sentence; an act dated by its distance from another, "two days
later", "two days after they attacked", "trois jours après l'embuscade", is counted from that
other's day), the place a location entity there. An event is aggregate
when it names many acts ("bomb attacks", not "dynamite sticks"), the kind of act (a bare
singular: "charged with murder") or what happens as a rule (the simple present: "they kidnap
businessmen"), or has a count above one. An event the text says was tried, not done ("tried to
kill", "a failed attack", "the bomb was defused") is attempted. An event inside an attribution's
content is reported, with that quote as its source; so is one in a clause a cue verb reports
("admitted that ...", "..., officials said", "..., ont précisé ces sources") or followed by an
indirect quote's cue in its sentence.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as Span_

from newstrace.components.base import (
    ACCORDING_WHICH,
    DAY_PARTS,
    PLURAL_PRONOUNS,
    VERSION,
    dateline_end,
    doc_text,
    ensure_extensions,
    inside,
    statement_start,
)
from newstrace.components.times import DAY_PART_WORDS, DAY_VALUE, shift_day
from newstrace.lang import LanguagePack, calendar_words, load_pack
from newstrace.ontologies import Ontology, Trigger, load_ontology
from newstrace.records import (
    Argument,
    Event,
    Quantity,
    QuantityRef,
    Quote,
    SentenceRef,
    Span,
    Speaker,
    TimeExpr,
    TimeRef,
    content_id,
)

EXTRACTOR = f"newstrace.events@{VERSION}"
_SUBJECTS = {"nsubj", "csubj", "nsubj:pass"}
_OBJECTS = {"dobj", "obj", "nsubjpass", "attr"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_CLAUSE_BREAK = {"ccomp", "parataxis", "advcl", "relcl", "conj"}
_COMPLEMENTS = {"ccomp", "dobj", "obj", "xcomp", "iobj", "mark"}
_RELATIVES = frozenset({"who", "whom", "which", "that", "qui", "que", "lequel", "laquelle"})
_PASSIVE_MARKS = {"auxpass", "aux:pass", "nsubjpass", "nsubj:pass"}
_NOBODY = frozenset({"no", "neither", "none", "nobody", "aucun", "aucune", "personne"})
_NOT_ACTORS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY"}


_DAYS = calendar_words("fr", "en")


def _objects_hung_on_a_day(verb: Token) -> list[Token]:
    """The object the French parser hangs on the day named between a verb and it ("ont
    attaqué jeudi le camp", "a limogé dimanche le chef d'état-major": "jeudi" read as a verb
    or a head): the day's nouns without a preposition."""
    days = [c for c in verb.children if c.lower_ in _DAYS and c.i > verb.i]
    if verb.head.i != verb.i and verb.head.lower_ in _DAYS and verb.head.i > verb.i:
        days.append(verb.head)
    # "a limogé dimanche soir le chef": past the part of the day, which holds the object
    holders = [
        h
        for day in days
        if day.i == verb.i + 1 or (day.i == verb.i + 2 and verb.doc[verb.i + 1].lower_ != ",")
        for h in (day, *(c for c in day.children if c.lower_ in DAY_PART_WORDS))
    ]
    return [
        g
        for holder in holders
        for g in holder.children
        if g.dep_ in {"obj", "nmod", "obl:mod", "obl:arg"}
        and g.pos_ in {"NOUN", "PROPN", "ADJ"}
        and g.i > holder.i
        and g.lower_ not in DAY_PART_WORDS
        and not any(c.dep_ == "case" for c in g.children)
    ]


_NOUNS = frozenset({"NOUN", "PROPN"})
# nouns of time the parser may make participants ("abandonné leur poste ce jour-là")
_TIME_NOUNS = frozenset({"jour", "-là", "day", "days", "jours", "week", "semaine", "month", "mois"})


_TERMS = frozenset({"year", "month", "week", "day", "life"})


def _run_into_a_term(verb: Token) -> Span_ | None:
    """The person a verb sentences when the parser ran them into the term ("sentenced a
    private to five years": "a private" read as modifiers of "years"): the words between the
    verb and "to"."""
    term = next(
        (c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in _TERMS),
        None,
    )
    if term is None or term.i <= verb.i:
        return None
    to = next((t for t in term.subtree if t.lower_ == "to" and t.i > verb.i + 1), None)
    if to is None or any(t.is_punct for t in verb.doc[verb.i + 1 : to.i]):
        return None
    return verb.doc[verb.i + 1 : to.i]


# prepositions for the act an event happened in ("killed in an ambush", "during the raid")
_WITHIN = frozenset({"in", "during", "dans", "lors"})


def _acts_within(verb: Token) -> list[Token]:
    """The nouns a verb's "in"/"during" phrase names ("were killed in an attack ...", "tués
    dans une embuscade")."""
    return [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in _WITHIN
        for g in c.children
        if g.dep_ == "pobj"
    ] + [
        c
        for c in verb.children
        if c.dep_ in {"obl", "obl:mod"}
        and any(g.dep_ == "case" and g.lower_ in _WITHIN for g in c.children)
    ]


def _doers_of(act: Token) -> list[Token]:
    """Who an act's "by" phrase names, on the noun or on the participle that carries it ("an
    attack by gang members", "une embuscade tendue par un cartel")."""
    holders = [act, *(c for c in act.children if c.dep_ == "acl")]
    return [
        g
        for holder in holders
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ in {"by", "par"}
        for g in c.children
        if g.dep_ in {"pobj", "obj"}
    ] + [
        c
        for holder in holders
        for c in holder.children
        if c.dep_ in {"obl:agent", "nmod"}
        and any(g.dep_ == "case" and g.lower_ == "par" for g in c.children)
    ]


def _is_means(token: Token, instruments: frozenset[str]) -> bool:
    return token.lemma_.lower() in instruments or token.lower_ in instruments


def _future_in_the_past(trigger: Token, chain: list[Token]) -> bool:
    """A French conditional in a "que" clause ("a annoncé qu'ils seraient traduits", "a
    affirmé que l'armée recruterait"), not a past conditional ("qu'ils auraient été tués")."""
    verb = next((t for t in chain if t.dep_ == "ccomp"), None)
    if verb is None or not any(c.lower_ in {"que", "qu'", "qu’"} for c in verb.children):
        return False
    forms = [verb, *(c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop")]
    conditional = [
        t
        for t in forms
        if "Cnd" in t.morph.get("Mood", []) or t.lower_.endswith(("rait", "raient"))
    ]
    past = any(t.lemma_ in {"avoir", "être"} and t.i < verb.i for t in conditional) and any(
        c.lower_ == "été" for c in verb.children
    )
    return (
        bool(conditional)
        and not past
        and not any(t.lower_ in {"aurait", "auraient"} for t in conditional)
    )


def _within(child: Token) -> list[Token]:
    """What a noun's "within", "au sein de" or "in the ranks of" phrase names, on the noun or
    on the participle that carries it ("la purge menée au sein du ministère")."""
    holders = [child] if child.dep_ in {"prep", "obl:mod", "obl", "nmod"} else []
    if child.dep_ == "acl":
        holders = [c for c in child.children if c.dep_ in {"prep", "obl:mod", "obl"}]
    found: list[Token] = []
    for holder in holders:
        if holder.lower_ == "within":
            found.extend(g for g in holder.children if g.dep_ == "pobj")
        elif holder.lower_ in {"sein", "rangs"} and any(
            c.dep_ == "case" and c.lower_ in {"au", "dans"} for c in holder.children
        ):
            found.extend(g for g in holder.children if g.dep_ == "nmod")
    return found


# verbs whose subject undergoes a punishment: "faces two years in prison", "risque la prison"
_UNDERGOING = frozenset({"face", "risk", "incur", "risquer", "encourir"})
# verbs by which an authority makes known an act it does: "announced the dismissal of"
_ANNOUNCING = frozenset({"announce", "annoncer", "confirm", "confirmer"})
_ANY = frozenset({"any", "toute", "tout", "toutes", "tous", "aucune", "aucun"})
_DE_CASES = frozenset({"du", "de", "des", "d'", "d’"})


def _detached_de_phrase(participle: Token) -> list[Token]:
    """The "de" phrases a participle set off by commas took from its noun ("La destitution,
    annoncée la semaine dernière, du général X")."""
    doc = participle.doc
    if participle.i == 0 or doc[participle.i - 1].text != ",":
        return []
    return [
        g
        for g in participle.children
        if g.dep_ in {"obl:arg", "obl", "obl:agent", "nmod"}
        and g.left_edge.i > 0
        and doc[g.left_edge.i - 1].text == ","
        and any(c.dep_ == "case" and c.lower_ in _DE_CASES for c in g.children)
    ]


def _against_within(noun: Token) -> list[Token]:
    """What an "against" or "contre" phrase in a noun's own words names, however deep the
    parser hung it; not one in a relative clause."""
    found = []
    for token in noun.subtree:
        if token.lower_ not in {"against", "contre"} or token.i < noun.i:
            continue
        path, ok = token, True
        while path.i != noun.i:
            if path.dep_ in {"relcl", "acl:relcl", "advcl", "ccomp"}:
                ok = False
                break
            path = path.head
        if not ok:
            continue
        if token.dep_ == "case":
            found.append(token.head)
        else:
            found.extend(g for g in token.children if g.dep_ == "pobj")
    return found


def _background(trigger: Token, quote: Quote) -> bool:
    """Whether the trigger is a participle that a noun phrase in reported words presupposes:
    the writer's description, not the source's claim ("demanding the release of their detained
    commander"). Not in a direct quote, which is the source's own words. (A relative clause set
    off by a comma was measured too: the readers of the tables disagree on it, and it stays
    reported.)"""
    return quote.kind != "direct" and trigger.dep_ == "amod" and trigger.tag_ == "VBN"


def _within_which(clause: Token) -> bool:
    """Whether a relative clause tells what happened within its noun: "in which", "during
    which", "où", "au cours de laquelle"."""
    return any(
        (c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children))
        or (c.lower_ == "où" and c.dep_ in {"advmod", "obl", "obl:mod"})
        or (c.dep_.startswith("obl") and c.lower_ in {"laquelle", "lequel", "lesquels"})
        for c in clause.children
    )


# what may stand between a threat and the length of a penalty: "faces up to", "risque jusqu'à"
_UP_TO = frozenset({"up", "to", "jusqu'", "jusqu’", "jusqu'à", "à", "as", "many", "much"})


def _facing_for_certain(threat: Token, planned: frozenset[str]) -> bool:
    """Whether someone in particular "will face" what the threat verb governs: a future with a
    subject in the singular ("A Taiwanese marine ... will face a court-martial"); "Deserters
    will face prison" is a threat to whoever does it."""
    if threat.lemma_.lower() != "face" or not any(
        c.dep_ == "aux" and c.lower_ in planned for c in threat.children
    ):
        return False
    subject = next((c for c in threat.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and "Sing" in subject.morph.get("Number", [])


def _restated(token: Token, lemmas: set[str]) -> int | None:
    """For a verb whose object is "one" or "it" ("has not declared a state of emergency but
    would declare one"): how deep the same verb said before, in this sentence or the one
    before, governs one of these lemmas; None otherwise."""
    if not any(c.dep_ in {"dobj", "obj"} and c.lower_ in {"one", "it"} for c in token.children):
        return None
    doc = token.doc
    start = doc[token.sent.start - 1].sent.start if token.sent.start > 0 else 0
    for earlier in reversed(doc[start : token.i]):
        if earlier.lemma_.lower() == token.lemma_.lower() and earlier.pos_ == token.pos_:
            return _governing_depth(earlier, lemmas)
    return None


def _governs(token: Token, lemmas: set[str], depth: int = 3, own_phrase: bool = False) -> bool:
    """Whether a word with one of these lemmas lies below ``token`` (``depth`` levels) or is its
    head (not a preposition). With ``own_phrase``, not below a clause or "according to" that
    hangs on it."""
    return _governing_depth(token, lemmas, depth, own_phrase) is not None


def _governing_depth(
    token: Token, lemmas: set[str], depth: int = 3, own_phrase: bool = False
) -> int | None:
    """How many levels below ``token`` the nearest word with one of these lemmas lies (1 for
    its head), None when none does (see :func:`_governs`)."""
    frontier = [token]
    for level in range(1, depth + 1):
        frontier = [
            child
            for t in frontier
            for child in t.children
            if not own_phrase
            or (
                child.dep_ not in _NOT_QUALIFYING
                and child.lemma_.lower() != "accord"
                and child.lower_ != "according"
            )
        ]
        if any(t.lemma_.lower() in lemmas or t.lower_ in lemmas for t in frontier):
            return level
    # its head too ("opened fire"), but not the preposition it hangs from ("went on strike"),
    # nor, with ``own_phrase``, the verb whose clause it is ("a source reported that guerrillas
    # attacked the city hall" is no attack on a report)
    if (
        token.head.i != token.i
        and token.head.pos_ != "ADP"
        and not (own_phrase and token.dep_ in _NOT_QUALIFYING)
        and token.head.lemma_.lower() in lemmas
    ):
        return 1
    return None


# clauses and frames that hang on a trigger without saying what kind of act it is: "attacked
# the town, ..., according to official reports" is no verbal attack on a report
_NOT_QUALIFYING = {"advcl", "ccomp", "xcomp", "conj", "parataxis", "relcl", "acl", "punct"}


# prepositions that put someone into a state: "placé en détention", "sentenced to prison"
_PLACING = frozenset({"in", "into", "to", "under", "en", "à", "sous"})
# prepositions of a noun's dependent that tell when, where or why, not who
_CIRCUMSTANTIAL = frozenset(
    {
        "après",
        "avant",
        "pendant",
        "lors",
        "depuis",
        "durant",
        "malgré",
        "selon",
        "pour",
        "sans",
        "dès",
        "vers",
        "dans",
        "en",
        "à",
        "sous",
        "près",
        "devant",  # "un recours devant la Cour de cassation": where, not who
        "auprès",
        "after",
        "before",
        "during",
        "since",
        "despite",
        "in",
        "at",
        "near",
    }
)
_WITHOUT = frozenset({"without", "sans"})
# French conditional endings of -er verbs ("refuseraient", "déserterait"); an imperfect of a
# verb in -érer keeps its accent ("espéraient")
_CONDITIONAL_ENDINGS = ("erait", "eraient", "erais")
# French negation words that negate only together with "ne" ("ne ... plus")
_WITH_NE = frozenset({"plus"})
_FRENCH_PARTICIPLE = re.compile(r"(\w+)é(?:e|s|es)?")
# pronouns that, as the subject of reported content, stand for the source who reports it
_SOURCE_PRONOUNS = frozenset({"it", "he", "she", "we", "il", "elle", "nous"})
_PREVENTED_FROM = frozenset({"from", "de", "d'"})
# subordinators of a clause that happens with the act it modifies
_SIMULTANEOUS = frozenset({"when", "as", "lorsque", "quand"})


def _sets_the_scene(doc: Doc, start: int, end: int, trigger: Token) -> bool:
    """Whether the time at [start, end) belongs to the trigger's own verb or to one above it,
    not to the clause of another verb (a participle or relative clause before the trigger)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    head = span.root
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    if head.pos_ not in {"VERB", "AUX"}:
        return True
    governing = {trigger.i, *(a.i for a in trigger.ancestors)}
    return head.i in governing


def _across_break(a: Token, b: Token) -> bool:
    """Whether a colon or a semicolon lies between two words: the parser running a headline
    into its text, or two clauses of their own ("mutinied on Thursday; the army said later
    that ...")."""
    low, high = sorted((a.i, b.i))
    return any(t.text in {":", ";"} for t in a.doc[low + 1 : high])


def _conjunct_children(token: Token) -> list[Token]:
    """The dependents of the nouns joined to ``token`` ("dismissals and detentions that ...")."""
    return [c for conjunct in token.conjuncts for c in conjunct.children]


def _clause_tokens(token: Token) -> list[Token]:
    """The trigger's own subtree, not crossing into embedded clauses with their own verbs."""
    found: list[Token] = []
    stack = [(token, False)]
    while stack:
        current, in_subject = stack.pop()
        found.append(current)
        # a participle on a noun below the trigger is a clause of its own ("under amendments
        # adopted in September"); one on the trigger itself tells of it ("the attack launched
        # on Tuesday"), and so does an infinitive ("refused orders to cross on Sunday")
        stack.extend(
            (c, in_subject or (current.i == token.i and c.dep_ in _SUBJECTS))
            for c in current.children
            if c.dep_ not in _CLAUSE_BREAK
            and (c.dep_ != "acl" or current.i == token.i or not _participle(c))
            # "Trois conscrits qui avaient déserté mercredi ont été rattrapés hier", "Deux
            # légionnaires du 2e REP, qui avaient déserté mardi": a relative clause in the
            # subject tells of the subject, not of the act
            and not (
                c.dep_ == "acl:relcl"
                and (in_subject or (current.dep_ in _SUBJECTS and current.head.i == token.i))
            )
        )
    return found


def _participle(token: Token) -> bool:
    return token.tag_ in {"VBN", "VBG"} or "Part" in token.morph.get("VerbForm", [])


def _passive_subject_in(token: Token, lemmas: set[str]) -> bool:
    """A passive verb whose subject (or what a partitive subject stands for: "none of the
    officers") has one of these lemmas."""
    if token.pos_ != "VERB":
        return False
    subjects = [c for c in token.children if c.dep_ in {"nsubjpass", "nsubj:pass"}]
    return any(
        s.lemma_.lower() in lemmas or s.lower_ in lemmas or _partitive(s).lemma_.lower() in lemmas
        for s in subjects
    )


def _done_by(token: Token, lemmas: set[str]) -> bool:
    """A verb whose subject, or the object of its "by" agent phrase, has one of these lemmas."""
    if token.pos_ != "VERB":
        return False
    doers = [c for c in token.children if c.dep_ in _SUBJECTS]
    doers += [g for c in token.children if c.dep_ == "agent" for g in c.children]
    # a plural the tagger took for a name keeps its "s" in the lemma ("Guerrillas bombed")
    return any(
        d.lemma_.lower() in lemmas or d.lower_ in lemmas or d.lower_.removesuffix("s") in lemmas
        for d in doers
    )


def _modified_by(token: Token, lemmas: set[str]) -> bool:
    """A modifier of the trigger ("bomb attack", "dynamite attack") or the object of its "with"
    phrase ("an attack with explosives") has one of these lemmas."""
    for child in token.children:
        if child.dep_ in {"compound", "amod", "nmod", "nn"} and (
            child.lemma_.lower() in lemmas or child.lower_ in lemmas
        ):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in {"with", "using"}
            and any(g.lemma_.lower() in lemmas or g.lower_ in lemmas for g in child.children)
        ):
            return True
    return False


_PARTITIVES = frozenset(
    {"member", "one", "some", "several", "many", "most", "dozen", "group", "rest", "all", "none"}
)


def _fronted_subject(verb: Token) -> Token | None:
    """The noun phrase that opens the verb's sentence, when nothing but an apposition, commas,
    auxiliaries and adverbs stands between it and the verb: its head (the first noun)."""
    sentence = verb.sent
    first = sentence[0]
    if first.pos_ not in {"DET", "NOUN", "PROPN"} or first.lower_ in _DAYS:
        return None
    phrase_end = next((t.i for t in sentence if t.text == "," or t.pos_ in {"VERB", "AUX"}), verb.i)
    if phrase_end >= verb.i:
        return None
    between = verb.doc[phrase_end : verb.i]
    if any(t.pos_ == "VERB" or t.lower_ in _RELATIVES for t in between) or any(
        t.pos_ == "AUX" and t.head.i != verb.i and t.i + 1 < verb.i - 1 for t in between
    ):
        return None
    head = next((t for t in verb.doc[first.i : phrase_end] if t.pos_ in {"NOUN", "PROPN"}), None)
    return head


def _subjects_meant(verb: Token, deps: set[str] | frozenset[str]) -> list[Token]:
    """The verb's subjects, a relative pronoun standing for the noun its clause modifies
    ("soldiers who tried to desert", "le parquet, qui a engagé des poursuites")."""
    relative = verb.dep_ in {"relcl", "acl:relcl"} and verb.head.i != verb.i
    return [
        verb.head if relative and c.lower_ in _RELATIVES else c
        for c in verb.children
        if c.dep_ in deps
    ]


def _partitive(token: Token) -> Token:
    """The noun a partitive head stands for: "members of the security forces" → "forces"."""
    if token.lemma_.lower() in _PARTITIVES or token.pos_ == "NUM":
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return token


_ELLIPTIC = frozenset({"other", "others", "another", "more"})


def _names_a_target(head: Token) -> bool:
    """A target that names what it is ("two peasants", "the mayor"), not one that leaves it to
    the context ("several", "three others", "four more")."""
    noun = _partitive(head)
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    return noun.lemma_.lower() not in _PARTITIVES | _ELLIPTIC and noun.lower_ not in _ELLIPTIC


_SEIZURES = frozenset(
    {"seize", "find", "discover", "confiscate", "capture", "recover", "store", "hide", "stockpile"}
)


def _seized(token: Token, instruments: frozenset[str]) -> bool:
    """A device that was found or seized, not set off: "troops seized 250 sticks of dynamite
    and 22 homemade bombs", "explosives were found in the house"."""
    if token.lemma_.lower() not in instruments and token.lower_ not in instruments:
        return False
    verb = _governing_verb(token)
    if verb.i == token.i or verb.lemma_.lower() not in _SEIZURES:
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass", "nsubj:pass"}]
    return any(o.left_edge.i <= token.i <= o.right_edge.i for o in objects)


def _habitual(token: Token) -> bool:
    """A verb in the simple present: what happens as a rule ("the rebels who attack the
    civilian population", "guerrillas kidnap businessmen for ransom"), not one act; except in
    a headline, the first line, whose present tells one past act ("Moscow dismisses eight
    generals")."""
    headline_end = doc_text(token.doc).find("\n")
    in_headline = headline_end != -1 and token.idx < headline_end
    return token.pos_ == "VERB" and token.tag_ in {"VBZ", "VBP"} and not in_headline


def _bare_singular(token: Token, instruments: frozenset[str]) -> bool:
    """A singular noun with no determiner, possessor or number, nor one on the noun it
    modifies or the first of its conjuncts: the kind of act ("charged with murder", "political
    assassination is a constant practice", "the kidnapping and murder of students" is no single
    act), not one act ("the murder", "a bomb attack")."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.lemma_.lower() in instruments:
        return False
    if token.dep_ in {"dobj", "obj", "oprd", "attr"} or any(
        c.dep_ in {"dobj", "obj"} for c in token.children
    ):
        # a verb's object is part of its phrase ("set fire", "held hostage"); one with an
        # object is a gerund ("kidnapping the banker")
        return False
    head = token
    if head.dep_ in {"compound", "amod", "nmod"} and head.head.pos_ in {"NOUN", "PROPN"}:
        head = head.head
    while head.dep_ == "conj" and head.head.i != head.i and head.head.pos_ == "NOUN":
        head = head.head
    if head.tag_ != "NN":
        return False
    return not any(c.dep_ in {"det", "poss", "nummod", "predet"} for c in head.children)


_CLAIM_NOUNS = frozenset({"responsibility", "credit"})
_CLAIMED = frozenset({"claim", "revendiquer"})
_CLAIM_VERBS = frozenset({"claim", "take", "assume", "accept", "admit"})
_BLAME_VERBS = frozenset({"blame", "accuse", "attribute", "ascribe", "hold"})


def _subjects(verb: Token) -> list[Token]:
    """The subjects of a verb, a relative pronoun standing for the noun its clause modifies:
    "the group, which claimed responsibility" is the group."""
    relative = verb.dep_ == "relcl" and verb.head.i != verb.i
    return [
        verb.head if relative and c.lower_ in _RELATIVES else c
        for c in verb.children
        if c.dep_ in _SUBJECTS
    ]


# words that lay an act on someone without saying it happened: "accused of deserting", "un
# capitaine accusé d'avoir désobéi", "suspected of plotting"
_ALLEGING = frozenset({"accuse", "suspect", "allege", "accuser", "soupçonner", "suspecter"})
# and the words by which a person is held guilty of one ("convicted of", "reconnus coupables de")
_GUILT = _ALLEGING | {
    "convict", "guilty", "charge", "culpable", "coupable", "reconnaître", "inculper"
}  # fmt: skip


def _alleged(trigger: Token) -> bool:
    """Whether the act is one a person is accused or suspected of: a participle or passive
    of accusation a few heads above it, before it in its clause."""
    head = trigger
    for _ in range(3):
        if head.head.i == head.i or head.dep_ in {"ccomp", "conj", "parataxis", "ROOT"}:
            return False
        head = head.head
        if head.lemma_.lower() in _ALLEGING and head.i < trigger.i:
            return True
    return False


# French "ne" and the words that make it a negation after it ("ne ... pas", "n'a jamais")
_NE = frozenset({"ne", "n'"})
_SECOND_NEGATION = frozenset(
    {"pas", "plus", "jamais", "rien", "personne", "aucun", "aucune", "guère", "point", "ni"}
    | {"nullement", "nulle", "nul"}
)


# the French past conditional's auxiliaries ("auraient été tués")
_CONDITIONAL_AUXILIARIES = frozenset(
    {"aurait", "auraient", "serait", "seraient", "aurais", "serais", "aurions", "serions"}
)


_MONTH_SHORT = frozenset(
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
    | {"janv", "févr", "avr", "mai", "juil", "déc"}
)


def _header_end(sentence: Span_) -> int:
    """Token index after what heads a report and dates its filing: a wire dateline ("RIGA,
    May 2 (Reuters) -") or a label with no verb before a colon or a dash ("Conflict monitor,
    12 June:", "Sudan weekly brief (week to 21 September):", "16 h 20 –"); else the start."""
    end = dateline_end(sentence)
    if end > sentence.start:
        return end
    for token in sentence[:12]:
        if token.pos_ in {"VERB", "AUX"}:
            return sentence.start
        if (
            token.is_punct
            and (":" in token.text or token.text in {"–", "—"})
            and (token.i > sentence.start)
        ):
            label = [t for t in sentence.doc[sentence.start : token.i] if not t.is_punct]
            if all(
                t.like_num or t.lower_ in _DAYS or t.lower_.rstrip(".") in _MONTH_SHORT
                for t in label
            ):
                return sentence.start  # "Apr 10: Clashes ...": a log entry's own day
            return token.i + 1
    return sentence.start


def _above_the_nouns(token: Token) -> Token:
    """The word above the nouns and prepositions a phrase hangs on: "sentenced" for "to six
    years in a penal colony", "condamné" for "à six ans de prison"."""
    while (
        token.pos_ in {"NOUN", "PROPN"}
        and token.dep_ in {"pobj", "obl", "obl:arg", "obl:mod", "nmod", "appos", "npadvmod"}
        and token.head.i != token.i
    ):
        token = token.head.head if token.head.dep_ == "prep" else token.head
    return token


def _in_a_clause_below(doc: Doc, start: int, verb: Token) -> bool:
    """Whether the word at character ``start`` lies in a relative or adverbial clause under
    ``verb`` rather than in the verb's own phrases."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    for ancestor in span[0].ancestors:
        if ancestor.i == verb.i:
            return False
        if ancestor.dep_ in {"relcl", "acl:relcl", "advcl", "acl"} and ancestor.pos_ == "VERB":
            return True
    return False


def _aimed_at(holders: list[Token], trigger: Token, prepositions: list[str]) -> list[Token]:
    """The objects of these prepositions after the trigger on the first word that holds one:
    the trigger ("strikes on the city", "tirs sur la foule"), a participle on it ("l'offensive
    ratée sur Kelm"), the verb of its phrase ("go on trial before a tribunal") or the verb whose
    object it is ("opened cases against 40 of them"); never a time ("on Monday")."""
    words = set(prepositions)
    participles = [c for c in trigger.children if c.dep_ in {"acl", "amod"} and c.pos_ == "VERB"]
    for holder in dict.fromkeys([*holders[:1], *participles, *holders[1:]]):
        found: list[Token] = []
        for child in holder.children:
            if child.i < trigger.i:
                continue
            if child.dep_ == "prep" and child.lower_ in words:
                heads = [g for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ in {"nmod", "obl", "obl:arg", "obl:mod"} and any(
                g.dep_ == "case" and g.lower_ in words for g in child.children
            ):
                heads = [child]
            else:
                continue
            found.extend(
                h
                for h in heads
                if h.lower_ not in _DAYS
                and h.lower_ not in _TIME_NOUNS
                and h.ent_type_ not in {"DATE", "TIME"}
            )
        if found:
            return found
    return []


def _text_start(text: str, index: int) -> int:
    """The first character at or after ``index`` that is no white space."""
    while index < len(text) and text[index].isspace():
        index += 1
    return index


def _counted_noun(quantity: Quantity, text: str) -> re.Match[str] | None:
    """The noun right after a number that it counts, or the word there the tagger did not
    take for one ("Au moins douze | villageois")."""
    noun = re.escape(quantity.counted) if quantity.counted else r"[^\W\d_]+"
    return re.match(r"\s*(?:(?:de|d'|d’)\s*)?" + noun, text[quantity.end :])


# nothing but auxiliaries between a subject and its verb: "ont", "ont été", "have been"
_AUXILIARIES_ONLY = re.compile(
    r"\s*(?:(?:ont|a|avaient|avait|sont|est|étaient|était|have|has|had|were|was|are|is)\s+)?"
    r"(?:(?:été|been)\s+)?"
)


def _hearsay_conditional(trigger: Token) -> bool:
    """A French main clause in the past conditional with no condition in its sentence: what
    the writer reports without vouching for it ("Trois d'entre eux auraient été tués dès leur
    première semaine"), not a hypothesis ("si ..., il aurait été tué", "sans ..., aurait")."""
    verb = _governing_verb(trigger)
    if verb.dep_ not in {"ROOT", "conj"} or (verb.dep_ == "conj" and verb.head.dep_ != "ROOT"):
        return False
    if not any(
        c.lower_ in _CONDITIONAL_AUXILIARIES and c.dep_.startswith("aux") for c in verb.children
    ):
        return False
    return not any(t.lower_ in {"si", "s'", "s’", "sans", "sinon"} for t in trigger.sent)


# verbs by which an act names what it was aimed at or struck ("the strikes hit a school")
_AIMING = frozenset(
    {"target", "hit", "strike", "viser", "cibler", "toucher", "frapper", "atteindre"}
    # "a drone strike killed three fighters": whom it killed or wounded it hit
    | {"kill", "wound", "injure", "tuer", "blesser"}
)

# the endings of the French simple future ("s'ouvrira", "déploieront"), which the small
# tagger often calls an imperfect; not the past historic ("déclara")
_FUTURE_ENDING = re.compile(r"(?:er|ir|dr|vr|ur|rr)(?:a|as|ai|ons|ez|ont)$")


def _future(token: Token) -> bool:
    """A verb in the simple future, by its morphology or (French) its ending."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    if "Fut" in token.morph.get("Tense", []):
        return True
    return token.lang_ == "fr" and _FUTURE_ENDING.search(token.lower_) is not None


def _in_a_clause_of(doc: Doc, time: TimeExpr, head: Token) -> bool:
    """Whether the time belongs to a clause inside the phrase of ``head`` ("people who had
    gathered on Sunday"), not to the phrase itself."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return True
    for ancestor in span.root.ancestors:
        if ancestor.i == head.i:
            return False
        if ancestor.dep_ in {"relcl", "acl", "acl:relcl", "advcl", "ccomp"}:
            return True
    return False


def _controller_subjects(verb: Token) -> list[Token]:
    """The subjects of the nearest verb up a chain of infinitives and conjuncts that has one
    ("va rappeler ... et pourrait mobiliser": the subject of "va")."""
    current = verb
    for _ in range(4):
        # also an infinitive the French parser calls an object ("tenter d'incendier") and a
        # subjectless present participle or infinitive adverbial ("tuant quatre militaires",
        # "avant de tenter")
        nonfinite = (
            current.lang_ == "fr"
            and current.pos_ == "VERB"
            and (
                "Inf" in current.morph.get("VerbForm", [])
                or ("Part" in current.morph.get("VerbForm", []) and current.lower_.endswith("ant"))
            )
        )
        controlled = current.dep_ in {"xcomp", "conj"} or (
            nonfinite and current.dep_ in {"obj", "advcl"}
        )
        if not controlled or current.head.i == current.i:
            return []
        joined = current.dep_ == "conj"
        current = current.head
        if joined and current.pos_ in {"NOUN", "PROPN"} and current.head.pos_ in {"VERB", "AUX"}:
            current = current.head  # "rappeler 3 000 réservistes | et pourrait": misjoined
        if current.pos_ not in {"VERB", "AUX"}:
            return []
        subjects = _subjects(current)
        if subjects:
            return [s for s in subjects if s.lower_ not in _RELATIVES]
    return []


def _past_adjectives(trigger: Token) -> Token | None:
    """The first word after a trigger and its adjectives ("une attaque jihadiste | contre")."""
    after = trigger.i + 1
    while after < trigger.sent.end - 1 and trigger.doc[after].pos_ == "ADJ":
        after += 1
    return trigger.doc[after] if after < trigger.sent.end else None


def _among(trigger: Token) -> list[Token]:
    """The group named right after a trigger by "among" or "parmi", however it was parsed."""
    word = _past_adjectives(trigger)
    if word is None or word.lower_ not in {"among", "parmi"}:
        return []
    if word.dep_ == "case":
        return [word.head]
    return [g for g in word.children if g.dep_ == "pobj"]


# how an act hangs on the word of guilt: "of desertion", "with mutiny", "d'avoir désobéi"
_GUILT_PATH = frozenset({"pobj", "prep", "pcomp", "xcomp", "nmod", "obl", "obl:arg", "obj", "dobj"})


def _held_guilty(trigger: Token) -> list[Token]:
    """Who an act is laid on: the noun that a word of guilt a few heads above the trigger
    describes ("soldiers convicted of desertion", "militaires reconnus coupables de
    désertion", "un capitaine accusé d'avoir désobéi") or that word's passive subject ("two
    men were accused of mutiny")."""
    word = trigger
    for _ in range(3):
        if word.head.i == word.i or word.dep_ not in _GUILT_PATH:
            return []  # not "charged them, after they had been apprehended"
        word = word.head
        if word.lemma_.lower() in _GUILT or word.lower_ in _GUILT:
            break
    else:
        return []
    subjects = [c for c in word.children if c.dep_ in {"nsubjpass", "nsubj:pass"}]
    if subjects:
        return subjects
    charged = [c for c in word.children if c.dep_ in {"dobj", "obj"} and c.i < trigger.i]
    if charged and word.pos_ == "VERB":
        return charged  # "charged two captains with desertion"
    described = word.head
    if word.dep_ in {"acl", "amod"} and described.pos_ in _NOUNS and described.i < word.i:
        return [described]  # "Trois officiers ..., accusés d'avoir désobéi"
    if word.dep_ in {"acl", "amod", "xcomp"}:
        # the noun just before the phrase, where the parser hung the phrase elsewhere
        before = word.i - 1
        while before > word.sent.start and word.doc[before].pos_ == "ADJ":
            before -= 1
        noun = word.doc[before]
        if noun.pos_ in {"NOUN", "PROPN"}:
            return [noun]
    return []


def _claimed_or_blamed(trigger: Token) -> list[Token]:
    """Who claims or is blamed for the act a noun or gerund names: "the FMLN claimed
    responsibility for the attack", "took credit for killing the general", "police blamed the
    rebels for the attack", "the murder was attributed to the MRTA"."""
    head = trigger.head
    if trigger.dep_ in {"pobj", "pcomp"} and head.lower_ == "for" and head.head.i != head.i:
        owner = head.head
        if owner.lemma_.lower() in _CLAIM_NOUNS and owner.head.lemma_.lower() in _CLAIM_VERBS:
            return _subjects(owner.head)
        if owner.lemma_.lower() in _CLAIM_VERBS and any(
            c.dep_ in _OBJECTS and c.lemma_.lower() in _CLAIM_NOUNS for c in owner.children
        ):
            # "claimed responsibility today for the attack": "for" hangs on the verb
            return _subjects(owner)
        if owner.pos_ == "VERB" and owner.lemma_.lower() in _BLAME_VERBS:
            return [c for c in owner.children if c.dep_ in _OBJECTS - {"nsubjpass", "attr"}]
        if owner.lower_ == "responsible" and owner.dep_ in {"acomp", "amod"}:
            # "the Extraditables are responsible for an attack on 5 September"
            return _subjects(owner.head) if owner.dep_ == "acomp" else [owner.head]
    if trigger.dep_ in {"nsubjpass", "nsubj:pass"} and head.lemma_.lower() in _CLAIMED:
        # "l'attaque a été revendiquée par le JNIM", "the bombing was claimed by the ELN"
        return _doers_of(head)
    if trigger.dep_ in {"nsubjpass", "nsubj:pass"} and head.lemma_.lower() in _BLAME_VERBS:
        return [
            g
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in {"to", "on"}
            for g in c.children
            if g.dep_ == "pobj"
        ]
    return []


def _trailing_quote(token: Token, quotes: list[Quote]) -> Quote | None:
    """An indirect quote of the trigger's sentence whose cue comes after both the trigger and
    the quote's content: "Russia has dismissed eight officers, people familiar with the matter
    said" (the claim, trigger included, is what they said)."""
    sentence = token.sent
    for quote in quotes:
        cue = quote.cue
        if cue is None or quote.kind == "direct":
            continue
        if not (sentence.start_char <= cue.start < sentence.end_char):
            continue
        if token.idx < quote.start < cue.start and quote.end <= cue.start:
            return quote
    return None


def _governing_verb(token: Token) -> Token:
    current = token
    while current.pos_ not in {"VERB", "AUX"} and current.head.i != current.i:
        current = current.head
    return current


_MEASURE_PATH = frozenset({"pobj", "prep", "nmod", "obl", "obl:arg", "dobj", "obj"})


def _verb_over_a_measure(trigger: Token) -> Token | None:
    """The verb a penalty hangs from through a counted noun: "would face up to ten years in
    prison", "is punishable by five years in prison", "risque jusqu'à dix ans de prison". The
    penalty is only as real as that verb."""
    node = trigger
    measured = False
    for _ in range(4):
        if node.dep_ not in _MEASURE_PATH or node.head.i == node.i:
            return None
        node = node.head
        # the small French model tags a predicate "risque" as a noun, yet as the root with a
        # subject it is the sentence's verb
        if node.pos_ in {"VERB", "ADJ", "AUX"} or (
            node.dep_ == "ROOT" and any(c.dep_ in _SUBJECTS for c in node.children)
        ):
            return node if measured else None
        if node.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in node.children):
            measured = True
    return None


# what follows a length of time that counts it from another act: "two days later", "trois
# jours plus tard", "three days earlier" (after the expression, or the end of it); "two days
# after they attacked", "trois jours après l'embuscade"
_LATER_WORDS = r"(?:(?P<later>later|afterwards|plus\s+tard)|earlier|auparavant|plus\s+tôt)"
_LATER = re.compile(rf"\s*{_LATER_WORDS}\b", re.IGNORECASE)
_LATER_INSIDE = re.compile(rf"\s{_LATER_WORDS}$", re.IGNORECASE)
# the act a day before ("au lendemain de", "the day after") or after ("la veille de") a clause
_EVE_OR_MORROW = re.compile(
    r"\b(?:au|le|à\s+la|la)\s+(?P<word>lendemain|veille)\s+(?:de|d['’]|du|des)\s*"
    r"|\b(?:the\s+day\s+(?P<en>after|before)|on\s+the\s+eve\s+of)\s+",
    re.IGNORECASE,
)
_AFTER_OR_BEFORE = re.compile(r"\s*(?P<word>after|before|après|avant)\b", re.IGNORECASE)


def _offset_time(
    trigger: Token, times: list[TimeExpr], chosen: TimeExpr | None
) -> tuple[TimeExpr, str] | None:
    """The day of an act the text dates by its distance from another: the act after "two
    days later" is two days past the last day named before it; the act an offset counts from
    ("two days after tribal fighters attacked", "trois jours après l'embuscade") lies that far
    before the day of the clause the offset qualifies ("declared ... on Friday"), and that
    clause keeps its own day ("limogé samedi ..., trois jours après l'embuscade")."""
    doc = trigger.doc
    text = doc_text(doc)
    sentence = trigger.sent
    # the statement's start, where the parser cut an opening phrase into a sentence of its own
    # ("Deux jours plus tard, | des affrontements ...")
    opening = min(
        sentence.start_char,
        max(
            _text_start(text, statement_start(text, sentence.start_char)), sentence.start_char - 40
        ),
    )
    here = [t for t in times if opening <= t.start < sentence.end_char]

    def day_outside(start: int, end: int) -> TimeExpr | None:
        days = [t for t in here if DAY_VALUE.fullmatch(t.value) and not start <= t.start < end]
        return days[0] if days else None

    for eve in _EVE_OR_MORROW.finditer(text, sentence.start_char, trigger.idx):
        # "décrété dimanche l'état d'urgence, au lendemain d'une tentative d'assaut": the act
        # in that phrase is a day before the clause's day ("la veille de": a day after)
        phrase_end = next(
            (m.start() for m in re.finditer(r"[,;.]", text[eve.end() : sentence.end_char])),
            sentence.end_char - eve.end(),
        )
        if not eve.end() <= trigger.idx < eve.end() + phrase_end:
            continue
        dated = day_outside(eve.start(), eve.end() + phrase_end)
        after = (eve["word"] or "").lower() == "lendemain" or (eve["en"] or "").lower() == "after"
        step = "-P1D" if after else "+P1D"
        day = shift_day(dated.value, step) if dated else None
        if dated is not None and day is not None:
            return dated, day
    for found in here:
        if found.anchor == "event" and found.offset and found.anchor_text:
            anchor_start = found.end - len(found.anchor_text)
            outside = day_outside(found.start, found.end)
            if not anchor_start <= trigger.idx < found.end:
                if chosen is found and not DAY_VALUE.fullmatch(found.value) and outside is not None:
                    return outside, outside.value
                continue
            qualified = found.value if DAY_VALUE.fullmatch(found.value) else None
            qualified = qualified or (outside.value if outside else None)
            back = "-" + found.offset[1:] if found.offset[0] == "+" else "+" + found.offset[1:]
            day = shift_day(qualified, back) if qualified else None
            if day is not None:
                return found, day
            continue
        if found.type != "duration" or not found.value.startswith("P"):
            continue
        later = _LATER.match(text, found.end) or _LATER_INSIDE.search(found.text)
        if later is not None:
            # the clause the phrase dates: the trigger's, up through the clauses that hang on
            # it ("had been shelled ... three days earlier, killing a conscript")
            top = _governing_verb(trigger)
            while top.dep_ in {"advcl", "xcomp", "acl"} and top.head.i != top.i:
                top = top.head
            clause_start = top.left_edge.idx
            clause_end = top.right_edge.idx + len(top.right_edge)
            earlier = [
                t.value
                for t in times
                if t.end <= found.start and t.start < clause_start and DAY_VALUE.fullmatch(t.value)
            ]
            sign = "+" if later["later"] else "-"  # "three days earlier"
            day = shift_day(earlier[-1], sign + found.value) if earlier else None
            # within the clause, or opening the statement: "Deux jours plus tard, ..."
            if day is not None and (
                clause_start <= found.start < clause_end or found.start == opening
            ):
                return found, day
            continue
        linked = _AFTER_OR_BEFORE.match(text, found.end)
        if linked is None or linked.end() > trigger.idx:
            continue
        word = doc.char_span(linked.start("word"), linked.end("word"))
        if word is None:
            continue
        clause = word[0].head if word[0].dep_ == "mark" else word[0]
        if not any(t.i == trigger.i for t in clause.subtree):
            continue
        dated = day_outside(found.start, clause.right_edge.idx + len(clause.right_edge))
        sign = "-" if linked["word"].lower() in {"after", "après"} else "+"
        day = shift_day(dated.value, sign + found.value) if dated else None
        if day is not None:
            return found, day
    return None


def _argument_span(head: Token, trigger: Token, opening: int) -> Span_:
    """The phrase an argument heads, less the branch that holds the trigger: "the mayor" of
    "the mayor who was kidnapped on 5 January", not the whole clause."""
    start, end = max(head.left_edge.i, opening), head.right_edge.i + 1
    clause = next(
        (
            c
            for c in head.children
            if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.i > head.i
        ),
        None,
    )
    if clause is not None:
        # "3 000 réservistes en mai | et pourrait en mobiliser davantage": a verb the parser
        # joined to the noun is a clause of its own
        cut = clause.left_edge.i
        while cut > head.i + 1 and head.doc[cut - 1].dep_ in {"cc", "punct"}:
            cut -= 1
        end = min(end, cut)
    adverbial = next(
        (
            c
            for c in head.children
            if c.i > head.i
            and c.dep_ in {"nmod", "obl", "prep"}
            and c.left_edge.i > start
            and head.doc[c.left_edge.i - 1].text == ","
            and head.doc[c.left_edge.i].lower_ not in {"of", "de", "d'", "d’", "du", "des"}
        ),
        None,
    )
    if adverbial is not None:
        # "par le président X, au lendemain d'une attaque": what follows a comma and a
        # preposition is the clause's adverbial, not the phrase's
        end = min(end, adverbial.left_edge.i - 1)
    if trigger.dep_ == "acl" and head.left_edge.i < trigger.left_edge.i <= head.right_edge.i:
        # "Dozens of wives of soldiers protested ...": the phrase up to the participle
        end = trigger.left_edge.i
    elif head.i != trigger.i and head.left_edge.i <= trigger.i <= head.right_edge.i:
        branch = next(
            (c for c in head.children if c.left_edge.i <= trigger.i <= c.right_edge.i), None
        )
        if branch is not None and branch.i > head.i:
            end = branch.left_edge.i
        elif branch is not None:
            start = max(branch.right_edge.i + 1, opening)
    if head.dep_ in {"compound", "amod", "nmod"} and head.head.i == trigger.i:
        # a name the parse splits among the trigger's modifiers: "a Shining Path attack"
        while (
            start - 1 >= opening
            and head.doc[start - 1].head.i == trigger.i
            and head.doc[start - 1].dep_ in {"compound", "amod", "nmod"}
            and head.doc[start - 1].is_title
        ):
            start = head.doc[start - 1].left_edge.i
    doc = head.doc
    # a hyphenated word the parser cut into pieces ("l'état-major"): the written word whole
    while (
        end < len(doc)
        and not doc[end - 1].whitespace_
        and "-" in (doc[end].text, doc[end - 1].text)
    ):
        end += 1
    while (
        start - 1 >= opening
        and not doc[start - 1].whitespace_
        and "-"
        in (
            doc[start - 1].text,
            doc[start].text,
        )
    ):
        start -= 1
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    if (
        head.pos_ == "PRON"
        and start >= head.i - 2
        and head.i >= 3
        and doc[head.i - 1].lower_ == "entre"
        and doc[head.i - 2].lower_ in {"d'", "d’"}
    ):
        # "des dizaines d'entre elles ont été interpellées": the number of them, not "elles"
        first = head.i - 2
        while (
            first - 1 >= max(opening, head.sent.start, head.i - 6)
            and doc[first - 1].pos_ in {"DET", "NUM", "NOUN", "ADV"}
            and not doc[first - 1].is_punct
        ):
            first -= 1
        start = first
    while start + 1 < end and (
        (doc[start].dep_ == "case" and doc[start].head.i == head.i)
        # "d'après le parquet": the rest of a preposition in several words
        or (
            doc[start].dep_ == "fixed"
            and doc[start].head.dep_ == "case"
            and doc[start].head.head.i == head.i
        )
    ):
        start += 1  # "par la police militaire": the phrase, not its preposition
    while start + 1 < end and doc[start].is_punct and doc[start].i != head.i:
        start += 1  # the closing quote mark the parser hung on the next subject
    return head.doc[start:end]


class EventDetector:
    def __init__(self, pack: LanguagePack, ontology: Ontology) -> None:
        self.pack = pack
        self.people = pack.words("role_nouns")
        self.ontology = ontology
        self.index = ontology.trigger_index()
        self.modals = pack.words("modal_hypothetical")
        self.likelihoods = pack.words("likelihood_adjectives")
        self.decisions = pack.words("decision_verbs")
        self.permissions = pack.words("permission_verbs")
        self.denials = pack.words("denial_verbs")
        self.confirmations = pack.words("confirmation_verbs")
        self.planned = pack.words("planned_markers")
        self.negations = pack.words("negation_words")
        self.conditionals = pack.words("conditional_markers")
        self.reported_futures = pack.words("reported_futures")
        self.ruling_out = pack.words("ruling_out_verbs")
        self.threats = pack.words("threat_markers")
        self.cues = pack.words("cue_verbs")
        self.reported_conditionals = pack.words("reported_conditionals")
        self.attempts = pack.words("attempt_markers")
        self.foils = pack.words("foil_markers")
        self.preventions = pack.words("prevention_markers")
        self.perpetration = pack.words("perpetration_verbs")
        self.involvement = pack.words("involvement_verbs")
        self.conducting = pack.words("conduct_participles")

    def _match(self, token: Token) -> tuple[str, Trigger, int] | None:
        """(type, trigger, last token index) for a trigger starting at ``token``: the first that
        fits, of the most restricted rank; among triggers that need a word the trigger governs,
        the one whose word is nearest ("refused to obey orders" is insubordination, "refused the
        order to advance" a refusal to fight)."""
        fitting: list[tuple[int, int, str, Trigger, int]] = []
        # the lemma first, then the form ("killing" the verb is "kill"), in a fixed order; a
        # French participle the small model left as a noun ("a enrôlé": "enrôler")
        lemma = token.lemma_.lower()
        keys = dict.fromkeys((lemma, token.lower_))
        participle = _FRENCH_PARTICIPLE.fullmatch(lemma) if self.pack.code == "fr" else None
        if participle is not None and token.lower_.startswith(participle.group(1)):
            keys[participle.group(1) + "er"] = None  # "blessées", lemma "blessé": "blesser"
        for key in keys:
            for type_name, trigger in self.index.get(key, []):
                words = trigger.lemma.lower().split()
                end = token.i + len(words)
                if end > len(token.doc):
                    continue
                window = token.doc[token.i : end]
                if any(
                    w != t.lemma_.lower() and w != t.lower_ and not (t.i == token.i and w == key)
                    for w, t in zip(words, window, strict=True)
                ):
                    continue
                if token.pos_ not in {"VERB", "NOUN", "PROPN", "ADJ"}:
                    continue
                passive = bool(trigger.passive_with) and _passive_subject_in(
                    token, {w.lower() for w in trigger.passive_with}
                )
                nearest = (
                    _governing_depth(token, {w.lower() for w in trigger.with_})
                    or _restated(token, {w.lower() for w in trigger.with_})
                    if trigger.with_ and not passive
                    else None
                )
                if (trigger.with_ or trigger.passive_with) and not (passive or nearest):
                    continue
                if trigger.without and _governs(
                    token, {w.lower() for w in trigger.without}, own_phrase=True
                ):
                    continue
                if trigger.actors and not _done_by(token, {w.lower() for w in trigger.actors}):
                    continue
                if trigger.pos and token.pos_ not in trigger.pos:
                    continue
                if trigger.modified_by and not _modified_by(
                    token, {w.lower() for w in trigger.modified_by}
                ):
                    continue
                not_in = {*self.ontology.types[type_name].not_in, *trigger.not_in}
                if not_in and any(
                    t.lemma_.lower() in not_in or t.lower_ in not_in for t in token.sent
                ):
                    continue
                fitting.append((trigger.rank, nearest or 0, type_name, trigger, end - 1))
            if fitting:
                break
        if not fitting:
            return None
        best = fitting[0]
        if best[1]:
            best = min(
                (f for f in fitting if f[0] == best[0] and f[1]), key=lambda f: f[1], default=best
            )
        return best[2], best[3], best[4]

    @staticmethod
    def _excluded(heads: list[Token], excluded: list[str]) -> bool:
        """Every target is one the type excludes ("killed three soldiers" is no MUC attack);
        a target joined by "and" to another ("soldiers and peasants") counts as well."""
        if not excluded or not heads:
            return False
        words = set(excluded)
        every = [_partitive(h) for head in heads for h in (head, *head.conjuncts)]
        return all(h.lemma_.lower() in words or h.lower_ in words for h in every)

    def _cue_word(self, token: Token) -> bool:
        """A reporting verb by its lemma or, for a French verb in -er the tagger misread, its
        form ("raconte", "affirme")."""
        lemma = token.lemma_.lower()
        return lemma in self.cues or (
            self.pack.code == "fr" and token.is_lower and f"{token.lower_}r" in self.cues
        )

    def attributed(self, trigger: Token) -> bool:
        """The trigger's clause is what a cue verb reports: its complement ("officials
        acknowledged that hundreds had been summoned", "saying that 15 were still held"), or
        followed by the cue with its subject after it ("a été arrêté, ont précisé ces
        sources") or set off as a parenthetical ("..., he said")."""
        verb = _governing_verb(trigger)
        current = verb
        for _ in range(4):
            if (
                current.dep_ in {"ccomp", "xcomp", "conj"}
                # "..., avant que les mutins ne soient arrêtés, a indiqué l'état-major": a
                # subordinate clause of what is reported is reported too
                or (current.dep_ == "advcl" and current.head.lemma_.lower() not in self.cues)
            ) and (current.head.i != current.i and not _across_break(current, current.head)):
                if current.head.lemma_.lower() in self.cues and (
                    current.dep_ == "ccomp"
                    # "raconte avoir déserté", "affirme avoir été torturé": a claim about
                    # oneself, in the infinitive
                    or (
                        current.dep_ == "xcomp"
                        and self.pack.code == "fr"
                        and any(c.lower_ in {"avoir", "être"} for c in current.children)
                    )
                ):
                    return True
                current = current.head
            elif (
                current.dep_ == "advcl"
                and current.head.lemma_.lower() in self.cues
                and current.i < current.head.i
                and not any(
                    c.dep_ in _SUBJECTS and c.i < current.head.i for c in current.head.children
                )
            ):
                return True  # "..., avant qu'ils ne soient arrêtés, a indiqué l'état-major"
            else:
                break
        if (
            self.pack.code == "fr"
            and trigger.i >= 2
            and trigger.doc[trigger.i - 1].lower_ in {"avoir", "être"}
            and self._cue_word(trigger.doc[trigger.i - 2])
        ):
            return True  # "raconte avoir déserté", however the tagger read "raconte"
        for child in current.children:
            if (
                child.i <= trigger.i
                or child.lemma_.lower() not in self.cues
                or _across_break(trigger, child)
            ):
                continue
            if child.dep_ == "parataxis":
                return True
            if child.dep_ == "conj" and any(
                c.dep_ in _SUBJECTS and c.i > child.i for c in child.children
            ):
                return True
        # a cue verb later in the sentence with no complement of its own reports the rest of
        # it: "Russia has dismissed eight officers, people familiar with the matter said, ..."
        return any(
            t.i > trigger.i
            and t.pos_ == "VERB"
            and t.lemma_.lower() in self.cues
            and not _across_break(trigger, t)
            and any(c.dep_ in _SUBJECTS for c in t.children)
            and not any(c.dep_ in _COMPLEMENTS for c in t.children)
            # "La purge ... se poursuit": the act is the verb's subject, not what it reports;
            # "X a été condamné": a passive cue is an act ("sentenced"), no report
            and not any(
                (c.dep_ in _SUBJECTS and c.left_edge.i <= trigger.i <= c.right_edge.i)
                or c.dep_ in {"aux:pass", "auxpass"}
                for c in t.children
            )
            for t in trigger.sent
        )

    def _narrative_time(
        self, trigger: Token, times: list[TimeExpr], quote: Quote | None
    ) -> TimeExpr | None:
        """The one date of a sentence that tells a sequence of past acts, for a past-tense
        verb of it that has none of its own: "Six soldiers attempted to desert on Saturday
        night; border guards detained five of them", "Wives protested on Saturday, and police
        detained 20 journalists". Not a report's time for what it reports ("said on Monday
        that its troops repelled an attack"), nor a time in reported speech."""
        if trigger.tag_ != "VBD" or quote is not None:
            return None
        sentence = trigger.sent
        dated = [
            t
            for t in times
            if sentence.start_char <= t.start < sentence.end_char and t.type in {"date", "time"}
        ]
        if len(dated) != 1:
            return None
        span = trigger.doc.char_span(dated[0].start, dated[0].end, alignment_mode="expand")
        if span is None:
            return None
        verb = span.root
        while verb.pos_ not in {"VERB", "AUX"} or verb.tag_ in {"VBG", "VBN", "VB"}:
            if verb.head.i == verb.i or verb.dep_ in {"relcl", "acl", "ccomp"}:
                return None
            verb = verb.head
        if verb.tag_ != "VBD" or any(
            t.lemma_.lower() in self.cues for t in (verb, trigger, *trigger.ancestors)
        ):
            return None
        return dated[0]

    @staticmethod
    def _past_the_phrase(
        token: Token, trigger: Trigger, found: list[tuple[str, Token]]
    ) -> list[tuple[str, Token]]:
        """The object an idiom's ``with`` word names is part of its phrase, not an argument:
        whom it names is ("cost the lives of seven policemen", "a coûté la vie à sept
        policiers")."""
        phrase = {w.lower() for w in trigger.with_} if trigger.idiom else set()
        kept: list[tuple[str, Token]] = []
        for role, head in found:
            if not (
                phrase
                and head.head.i == token.i
                and head.dep_ in _OBJECTS
                and head.lemma_.lower() in phrase
            ):
                kept.append((role, head))
                continue
            kept.extend(
                (role, g)
                for c in head.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            )
            kept.extend(
                (role, c)
                for c in (*head.children, *token.children)
                if c.dep_ in {"nmod", "obl:arg", "obl", "iobj"}
                and any(g.dep_ == "case" and g.lower_ in {"de", "à", "d'"} for g in c.children)
            )
            # "cost him his command": whom it cost
            kept.extend((role, c) for c in token.children if c.dep_ == "dative")
        return kept

    def _source_meant(self, head: Token, quote: Quote | None) -> Speaker | None:
        """The named source a pronoun stands for as the subject of what it reports ("The
        bureau said it had charged the commander", "le ministre a affirmé qu'il avait limogé
        ..."); "they" only as the doer and for a source in the plural."""
        speaker = quote.speaker if quote is not None else None
        if speaker is None or speaker.text.lower() in _SOURCE_PRONOUNS | PLURAL_PRONOUNS | {
            "i",
            "je",
        }:
            return None
        if head.lower_ in PLURAL_PRONOUNS:
            # "Military prosecutors said they had charged ...": an active subject, and a source
            # in the plural ("the ministry said they had been detained" tells of others)
            phrase = head.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
            if (
                head.dep_ not in _SUBJECTS
                or phrase is None
                or "Plur" not in phrase.root.morph.get("Number", [])
            ):
                return None
        elif head.lower_ not in _SOURCE_PRONOUNS or head.dep_ not in _SUBJECTS | {
            "nsubjpass",
            "nsubj:pass",
        }:
            return None
        elif head.lower_ in {"he", "she"}:
            # "The army said that she will be court-martialled": "she" is a person, never the
            # army ("il", "elle" may stand for "le ministère", "l'armée")
            phrase = head.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
            if phrase is None or not (
                phrase.root.ent_type_ in {"PERSON", "PER"}
                or phrase.root.lemma_.lower() in self.people
                or phrase.root.lower_ in self.people
                or phrase.root.pos_ == "PRON"
            ):
                return None
        elif head.lower_ == "it":
            # "the interior minister said it would declare one": "it" is no person
            phrase = head.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
            if phrase is None or (
                phrase.root.ent_type_ in {"PERSON", "PER"}
                or phrase.root.lemma_.lower() in self.people
                or phrase.root.lower_ in self.people
            ):
                return None
        verb = head.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in self.cues:
            return None
        # the source is the one who says it: "Zelensky informed the general that he was being
        # removed, according to two officials" is no removal of the officials
        if not any(
            c.dep_ in _SUBJECTS
            and c.left_edge.idx < speaker.end
            and speaker.start < c.right_edge.idx + len(c.right_edge)
            for c in verb.head.children
        ):
            return None
        return speaker

    def prevented(self, trigger: Token) -> bool:
        """The act is what a verb of prevention keeps from happening: its complement ("to
        prevent judges from being murdered", "avoid being captured", "empêcher les soldats de
        déserter"), not its object ("halted the killings" tells of killings done)."""
        head = trigger.head
        if head.i == trigger.i:
            return False
        marks = {c.lower_ for c in trigger.children if c.dep_ == "mark"}
        if trigger.dep_ in {"pcomp", "pobj"} and head.lower_ in _PREVENTED_FROM:
            verb = head.head
        elif trigger.dep_ in {"xcomp", "acl"} and (
            trigger.dep_ == "xcomp" or marks & _PREVENTED_FROM
        ):
            verb = head
        else:
            return False
        if verb.dep_ in _OBJECTS and verb.head.i != verb.i:
            verb = verb.head  # "prevent conscripts from deserting": the parser hangs it on them
        return verb.lemma_.lower() in self.preventions

    def attempted(self, trigger: Token) -> bool:
        """The act was tried, not done: the trigger is what an attempt word governs ("tried to
        kill", "an attempt to kidnap", "an assassination attempt") or is modified by ("a failed
        attack", "attempted murder"), or what a foiling verb befalls ("the bomb was defused",
        "police foiled the attack")."""
        if not self.attempts and not self.foils:
            return False
        head = trigger.head
        if head.i != trigger.i:
            if trigger.dep_ in {"xcomp", "acl", "compound", "nmod", "obl"} and (
                head.lemma_.lower() in self.attempts or head.lower_ in self.attempts
            ):
                return True
            if (
                trigger.dep_ in {"pobj", "pcomp"}
                and head.lower_ == "at"
                and head.head.pos_ == "NOUN"
                and head.head.lemma_.lower() in self.attempts
            ):
                return True  # "an attempt at kidnapping"; not "tried for desertion" (a trial)
            if trigger.dep_ in _OBJECTS | {"nsubj:pass", "obj"} and (
                head.lemma_.lower() in self.foils or head.lower_ in self.foils
            ):
                return True
            if (
                trigger.pos_ == "NOUN"
                and trigger.dep_ in {"dobj", "obj"}
                and (head.lemma_.lower() in self.attempts or head.lower_ in self.attempts)
            ):
                return True  # "attempted an assault", "a tenté une percée"
        return any(
            c.dep_ in {"amod", "compound", "advmod"}
            and (c.lemma_.lower() in self.attempts or c.lower_ in self.attempts)
            for c in trigger.children
        )

    def _ruled_out(self, trigger: Token) -> Token | None:
        """The verb that rules the trigger out ("ruled out mobilising", "exclut de décréter",
        "exclut toute mobilisation"), if one governs it."""
        head = trigger.head
        if head.i == trigger.i or trigger.dep_ not in _OBJECTS | {"xcomp", "pcomp", "advcl"}:
            return None
        lemma = head.lemma_.lower()
        particle = next((c.lower_ for c in head.children if c.dep_ == "prt"), None)
        if lemma in self.ruling_out or (particle and f"{lemma} {particle}" in self.ruling_out):
            return head
        return None

    def _threatening_verb(self, noun: Token) -> Token | None:
        """The verb of threat ("face", "risk", "risquer", "encourir") whose object holds the
        noun, a few heads up ("face up to 10 years in prison")."""
        current = noun
        for _ in range(4):
            if current.head.i == current.i:
                return None
            current = current.head
            if current.pos_ in {"VERB", "AUX"}:
                lemma = current.lemma_.lower()
                return current if lemma in self.threats or current.lower_ in self.threats else None
        return None

    def _marker_before(self, trigger: Token, markers: frozenset[str]) -> Token | None:
        """A marker word right before the trigger's "de"/"to", past the day and the adverbs
        between them ("ont tenté dimanche d'incendier", "prévoit désormais d'enrôler"), however
        the parser hung them."""
        doc = trigger.doc
        if (
            self.pack.code == "fr"
            and trigger.i > 0
            and "Inf" in trigger.morph.get("VerbForm", [])
            and doc[trigger.i - 1].lower_ in markers
        ):
            return doc[trigger.i - 1]  # "compte saisir le Conseil d'État": no "de" to cross
        if trigger.i < 2 or doc[trigger.i - 1].lower_ not in {"de", "d'", "d’", "to"}:
            return None
        before = trigger.i - 2
        while before > trigger.sent.start and (
            doc[before].pos_ == "ADV"
            or doc[before].lower_ in _DAYS
            or doc[before].lower_ in DAY_PARTS
        ):
            before -= 1
        word = doc[before]
        return word if word.lower_ in markers or word.lemma_.lower() in markers else None

    def _penalty_threatened(self, trigger: Token) -> bool:
        """A penalty of some length that a threat word governs, read off the words however the
        parser hung them: "risquent jusqu'à cinq ans d'emprisonnement", "faces up to ten years
        in prison"."""
        doc = trigger.doc
        before = trigger.i - 1
        if before < 2 or doc[before].lower_ not in {"de", "d'", "d’", "of", "in"}:
            return False
        before -= 1
        if doc[before].lower_ not in self.pack["time_units"]:
            return False
        before -= 1
        while before > trigger.sent.start and (
            doc[before].like_num or doc[before].lower_ in _UP_TO or doc[before].pos_ == "NUM"
        ):
            before -= 1
        word = doc[before]
        return word.lower_ in self.threats or word.lemma_.lower() in self.threats

    def _negated_verb(self, verb: Token) -> bool:
        return any(
            c.dep_ == "neg" or (c.lower_ in self.negations and c.dep_ in {"advmod", "neg"})
            for c in verb.children
        )

    def modality(self, trigger: Token, in_quote: bool) -> str:
        """Negated > hypothetical > planned > attempted > reported > asserted, from the
        trigger's own clause ("will try to kill" is planned; "tried to kill, police said" is
        attempted: the source still names who reports it).

        A noun trigger takes the modality of its verb only as that verb's subject or object
        ("has not declared war", "no desertions"), not from a verb it is merely near. In
        reported content a conditional that only marks the report ("seraient détenus, selon
        ...") is no hypothesis.
        """
        reported = (
            in_quote
            or self.attributed(trigger)
            or _alleged(trigger)
            or (self.pack.code == "fr" and _hearsay_conditional(trigger))
        )
        chain = [trigger]
        # "had not called up reservists, but that the president could declare": a conjoined
        # clause with a subject of its own has its own modality
        own_clause = trigger.dep_ == "conj" and any(c.dep_ in _SUBJECTS for c in trigger.children)
        if (
            (
                trigger.pos_ in {"NOUN", "PROPN"}
                and trigger.dep_ in _SUBJECTS | _OBJECTS | {"nsubj:pass"}
            )
            or (
                trigger.pos_ in {"VERB", "ADJ"}
                # "will be court-martialled", the participle parsed as the copula's complement
                and trigger.dep_ in {"xcomp", "conj", "acomp"}
                and not own_clause
            )
        ) and not _across_break(trigger, trigger.head):
            chain.append(trigger.head)
            if (
                trigger.pos_ in {"NOUN", "PROPN"}
                and trigger.head.dep_ == "xcomp"
                and trigger.head.pos_ == "VERB"
                and not _across_break(trigger.head, trigger.head.head)
            ):
                # "pourraient lancer une offensive": the light verb's modal is the act's
                chain.append(trigger.head.head)
        if trigger.pos_ in {"NOUN", "PROPN"} and any(
            c.dep_ == "acl"
            and _participle(c)
            and (c.lemma_.lower() in self.conducting or c.lower_ in self.conducting)
            for c in trigger.children
        ):
            # "A challenge ..., filed by parents in September, will be heard next month": the
            # act is done; what its verb says (a hearing to come) is not its modality
            chain = [trigger]
        ruling_out = self._ruled_out(trigger)
        if ruling_out is not None:
            # "ruled out mobilising the army" is no mobilisation; "n'exclut pas de décréter
            # l'état d'urgence" leaves it open
            return "hypothetical" if self._negated_verb(ruling_out) else "negated"
        elif trigger.pos_ in {"NOUN", "PROPN"}:
            sentence_verb = _verb_over_a_measure(trigger)
            if sentence_verb is not None:
                chain.append(sentence_verb)
        children = [c for t in chain for c in t.children]
        nobody = {"none", "nobody", "no one", "nothing", "neither", "aucun", "aucune", "personne"}
        if any(c.dep_ in _SUBJECTS | {"nsubjpass"} and c.lower_ in nobody for c in children):
            return "negated"
        # "no foreigners are being held", "there are no foreigners held": a subject, or the
        # noun a participle modifies, determined by "no"
        undergoers = [c for c in children if c.dep_ in _SUBJECTS | {"nsubjpass"}]
        if trigger.dep_ in {"acl", "relcl"}:
            undergoers.append(trigger.head)
        if any(
            d.dep_ == "det" and d.lower_ in {"no", "aucun", "aucune"}
            for u in undergoers
            for d in u.children
        ):
            return "negated"
        negators = [
            c
            for c in children
            if c.dep_ == "neg"
            or (
                c.norm_ in self.negations
                and c.dep_ in {"advmod", "neg", "det"}
                # "Plus de 200 000 militaires ont quitté": "plus" negates only with "ne"
                and (c.lower_ not in _WITH_NE or any(t.norm_ in _NE for t in children))
                # "avant que les mutins ne soient arrêtés", "ne ... que": a French "ne" with no
                # second word of negation after it negates nothing
                and not (
                    c.norm_ in _NE
                    and not any(t.norm_ in _SECOND_NEGATION for t in c.doc[c.i + 1 : c.i + 5])
                )
            )
        ]
        if negators:
            if any(n.head.lemma_.lower() in self.confirmations for n in negators):
                # "n'a pas été confirmée par le commandement", "could not be verified":
                # unverified, not denied
                return "reported"
            return "negated"
        # "sans faire de victimes", "an attack without casualties", "without killing anyone"
        # ("sans autorisation" is a manner, not a negation of the act)
        verb = trigger.head if trigger.dep_ in _OBJECTS or trigger.dep_ == "obl:arg" else trigger
        if (
            trigger.head.lower_ in _WITHOUT
            or any(c.lower_ in _WITHOUT and c.dep_ == "mark" for c in verb.children)
            or any(c.lower_ in _WITHOUT and c.dep_ == "case" for c in trigger.children)
        ):
            return "negated"
        if trigger.dep_ in _SUBJECTS | {"nsubjpass"} and (
            trigger.head.lower_ in self.likelihoods
            or any(
                c.dep_ in {"acomp", "attr"} and c.lower_ in self.likelihoods
                for c in trigger.head.children
            )
        ):
            return "hypothetical"  # "further dismissals were likely", "sont probables"
        verb = _governing_verb(trigger)
        denied = verb.head
        if verb.dep_ in {"acl", "acl:relcl"} and denied.dep_ in _OBJECTS:
            denied = denied.head  # "denying reports that dozens of troops had died"
        if (
            verb.dep_ in {"ccomp", "acl", "acl:relcl"}
            and denied.lemma_.lower() in self.denials
            and any(
                c.lower_ in {"that", "que", "qu'", "qu’"}
                # "démentant des informations selon lesquelles des réservistes auraient été
                # rappelés"
                or c.lower_ in ACCORDING_WHICH
                or any(g.lower_ in ACCORDING_WHICH for g in c.children)
                for c in verb.children
            )
        ):
            return "negated"  # "the RSF denied that its fighters had attacked civilian areas"
        if (
            trigger.dep_ in _OBJECTS
            and trigger.head.lemma_.lower() in self.denials
            and any(c.dep_ == "det" and c.lower_ in _ANY for c in trigger.children)
        ):
            return "negated"  # "a démenti toute mutinerie", "denied any desertion"
        if trigger.dep_ in {"ccomp", "xcomp"} and trigger.head.lemma_.lower() in self.permissions:
            return "hypothetical"  # "a law that allows the government to draft young men"
        if any(
            c.dep_ == "advcl"
            and any(g.dep_ == "mark" and g.lower_ in self.conditionals for g in c.children)
            for c in trigger.children
        ):
            return "hypothetical"  # "to draft young men if too few volunteer"
        modal = next(
            (
                c
                for c in children
                if c.lower_ in self.modals
                and c.dep_ in {"aux", "aux:pass"}
                and not (reported and c.lower_ in self.reported_conditionals)
            ),
            None,
        )
        if modal is not None:
            # "said that he would declare a state of emergency": a future seen from the
            # report, not a hypothesis, unless a condition goes with it
            if (
                reported
                and modal.lower_ in self.reported_futures
                and not any(t.lower_ in self.conditionals for t in trigger.sent)
            ):
                return "planned"
            return "hypothetical"
        if any(t.lemma_.lower() in self.modals for t in chain[1:]):
            return "hypothetical"
        if any(c.dep_ == "mark" and c.lower_ in self.conditionals for c in children):
            return "hypothetical"
        # "If the front gives way, the staff will order a mobilisation", "Si le front cède, ...":
        # what the main clause says under a condition
        verb = _governing_verb(trigger)
        if any(
            c.dep_ == "advcl"
            and c.i < verb.i
            and any(g.dep_ == "mark" and g.lower_ in self.conditionals for g in c.children)
            for c in verb.children
        ):
            return "hypothetical"
        # "a annoncé qu'ils seraient traduits devant la justice": in a "que" clause a
        # conditional is the future seen from the report, as "would" in "said they would"
        if reported and self.pack.code == "fr" and _future_in_the_past(trigger, chain):
            # "qu'il ferait appel si ...": under a condition, a hypothesis
            if any(t.lower_ in self.conditionals for t in trigger.sent):
                return "hypothetical"
            return "planned"
        # a French conditional ("un soldat qui déserterait"), unless it only marks a report
        # ("auraient déserté, selon ...")
        if any(
            (
                "Cnd" in t.morph.get("Mood", [])
                # a conditional the small French model tags as a present ("refuseraient")
                or (t.pos_ == "VERB" and t.lower_.endswith(_CONDITIONAL_ENDINGS))
            )
            # in a report, a main verb's conditional marks hearsay ("l'armée préparerait une
            # offensive, selon ..."); in a relative clause it is a condition ("les officiers
            # qui refuseraient de rejoindre leurs postes")
            and (not reported or t.dep_ in {"acl:relcl", "relcl"})
            for t in chain
        ):
            return "hypothetical"
        # a head across a colon is the parser running a headline into what follows it
        # ('Soldiers refuse to fight: "They threatened me with prison"')
        head = trigger.head if not _across_break(trigger, trigger.head) else trigger
        if (
            any(t.lemma_.lower() in self.threats for t in chain[1:])
            or head.lemma_.lower() in self.threats
            or self._penalty_threatened(trigger)
            # "threatened with prison terms of up to ten years": the kind of the penalty
            or (
                trigger.dep_ == "compound"
                and trigger.head.dep_ == "pobj"
                and trigger.head.head.lower_ not in {"for", "pour"}
                and trigger.head.head.head.lemma_.lower() in self.threats
            )
            # "faces prison for refusing to serve": the reason is no threat
            or (
                head.dep_ == "prep"
                and head.lower_ not in {"for", "pour"}
                and head.head.lemma_.lower() in self.threats
            )
        ):
            threat = next((t for t in chain[1:] if t.lemma_.lower() in self.threats), head)
            if _facing_for_certain(threat, self.planned):
                return "planned"  # "A marine who disobeyed orders will face a court-martial"
            return "hypothetical"
        if self.prevented(trigger):
            return "hypothetical"
        if (
            any(c.lower_ in self.planned and c.dep_ == "aux" for c in children)
            or any(t.lemma_.lower() in self.planned or t.lower_ in self.planned for t in chain[1:])
            # "Le Kremlin prévoit de rappeler": the marker right before "de", however parsed
            or self._marker_before(trigger, self.planned) is not None
            # a simple future: "le procès s'ouvrira en janvier", "l'armée recrutera"
            or any(_future(t) for t in chain)
            # "seront poursuivis": a future auxiliary
            or any(_future(c) and c.dep_.startswith("aux") for t in chain for c in t.children)
        ):
            return "planned"
        if self.attempted(trigger) or self._marker_before(trigger, self.attempts) is not None:
            return "attempted"
        return "reported" if reported else "asserted"

    def arguments(
        self,
        trigger: Token,
        noun_of: str,
        possessor: str = "actor",
        instruments: frozenset[str] = frozenset(),
    ) -> list[tuple[str, Token]]:
        found: list[tuple[str, Token]] = []
        if trigger.pos_ in {"VERB", "ADJ"}:
            # a relative pronoun stands for the noun the clause modifies: "the column that
            # attacked the town" (the column is the actor), "the mayor who was kidnapped" (the
            # mayor is the target)
            relative = trigger.dep_ in {"relcl", "acl:relcl"} and trigger.head.i != trigger.i

            # the means as the doer is the instrument: "a bomb killed two", "wounded by a
            # grenade"
            def doer(t: Token) -> str:
                return "instrument" if t.lemma_.lower() in instruments else "actor"

            auxiliary_passive = any(c.dep_ == "aux:pass" for c in trigger.children)
            children = list(trigger.children)
            # "a été limogé jeudi par le président": the agent the parser hung on the day
            children += [
                g
                for c in trigger.children
                if c.lower_ in _DAYS and c.i > trigger.i
                for g in c.children
                if g.dep_ == "obl:agent"
            ]
            subjects_before = [c for c in children if c.dep_ in _SUBJECTS and c.i < trigger.i]
            for child in children:
                stands_for = trigger.head if relative and child.lower_ in _RELATIVES else child
                if child.dep_ in _SUBJECTS and child.i > trigger.i and subjects_before:
                    # "Le chef de la junte a limogé | le chef d'état-major": a second subject
                    # after the verb is its object, misread
                    found.append(("target", stands_for))
                elif child.dep_ == "nsubj:pass" and auxiliary_passive:
                    # "ont été arrêtés": the subject of a passive is what the act befalls (the
                    # French model also labels active subjects so: "Mon fils n'a pas déserté")
                    found.append(("target", stands_for))
                elif child.dep_ in _SUBJECTS:
                    found.append((doer(stands_for), stands_for))
                elif child.dep_ in _OBJECTS:
                    found.append(("target", stands_for))
                elif child.dep_ == "agent":
                    found.extend((doer(g), g) for g in child.children if g.dep_ == "pobj")
                elif child.dep_ == "obl:agent" or (
                    auxiliary_passive
                    and child.dep_ in {"obl:arg", "obl"}
                    and any(g.dep_ == "case" and g.lower_ == "par" for g in child.children)
                ):
                    found.append((doer(child), child))  # "arrêtés par la police militaire"
            if not any(role == "target" for role, _ in found):
                # "rallied against a new law", "ont manifesté contre la réforme": what the act
                # is directed at
                found.extend(
                    ("target", g)
                    for c in trigger.children
                    if c.dep_ == "prep" and c.lower_ == "against"
                    for g in c.children
                    if g.dep_ == "pobj"
                )
                found.extend(
                    ("target", c)
                    for c in trigger.children
                    if c.dep_.startswith("obl")
                    and any(g.dep_ == "case" and g.lower_ == "contre" for g in c.children)
                )
            if not any(
                role == "target" and h.lower_ not in _DAYS and h.ent_type_ not in {"DATE", "TIME"}
                for role, h in found
            ):
                # "ont défilé dimanche dans les rues de Bruxelles contre la hausse": the parser
                # hung "contre" on a place of the clause
                found.extend(
                    ("target", t.head)
                    for t in _clause_tokens(trigger)
                    if t.lower_ == "contre" and t.dep_ == "case" and t.head.i > trigger.i
                )
            if not any(role == "target" for role, _ in found):
                found.extend(("target", noun) for noun in _objects_hung_on_a_day(trigger))
            sentenced = _run_into_a_term(trigger)
            if sentenced is not None:
                # "sentenced a private to five years": who, not the term
                found = [(r, h) for r, h in found if h.i != sentenced.root.i or r != "target"]
                found = [(r, h) for r, h in found if not (r == "target" and h.dep_ in _OBJECTS)]
                found.append(("target", sentenced[-1]))
            if (
                trigger.dep_ == "acl"
                and trigger.head.pos_ == "NOUN"
                and not any(role == "actor" for role, _ in found)
            ):
                # "an attempt by gang members to storm a police station": the noun's "by"
                found.extend(
                    ("actor", g)
                    for c in trigger.head.children
                    if c.dep_ == "prep" and c.lower_ in {"by", "par"}
                    for g in c.children
                    if g.dep_ in {"pobj", "obj"}
                )
            if (
                trigger.dep_ == "acomp"
                and trigger.tag_ == "VBN"
                and trigger.head.lemma_ == "be"
                and not any(role in {"actor", "target"} for role, _ in found)
            ):
                # "their commanders were later relieved of duty": a passive the parser read as
                # "be" and an adjective; its subject undergoes it
                found.extend(("target", c) for c in trigger.head.children if c.dep_ in _SUBJECTS)
            # "les déserteurs pourraient être poursuivis": a passive one's subject undergoes it
            # (even with its agent found: "doivent être jugés par un tribunal militaire")
            inherited = (
                "target" if any(c.dep_ in _PASSIVE_MARKS for c in trigger.children) else "actor"
            )
            if trigger.dep_ == "xcomp" and not any(role == inherited for role, _ in found):
                # "the army could be forced to call up reservists": the one made to do it does
                # it; "an officer is due to stand trial": through the adjective to its verb
                holder = trigger.head
                subjects = _SUBJECTS | {"nsubjpass", "nsubj:pass"}
                if holder.dep_ == "acomp" and not any(c.dep_ in subjects for c in holder.children):
                    holder = holder.head
                # "soldiers who tried to desert": the relative stands for its noun
                found.extend((inherited, c) for c in _subjects_meant(holder, subjects))
            passive = any(c.dep_ in _PASSIVE_MARKS for c in trigger.children)
            infinitive = any(c.tag_ == "TO" for c in trigger.children)
            participle = trigger.tag_ == "VBN" or (
                "Part" in trigger.morph.get("VerbForm", [])
                and "Past" in trigger.morph.get("Tense", [])
            )
            if (
                participle
                and trigger.dep_ not in {"acl"}
                # "A group of soldiers mutinied" (tagged as a participle): an act one does
                and noun_of == "target"
                and not any(
                    c.dep_ in {"aux", "aux:tense", "auxpass", "aux:pass"} for c in trigger.children
                )
            ):
                # "23 were killed and dozens more wounded": a bare participle's subject is what
                # it befalls
                found = [
                    ("target", h) if role == "actor" and h.dep_ in {"nsubj"} else (role, h)
                    for role, h in found
                ]
            if (trigger.pos_ == "ADJ" or (trigger.tag_ == "VBN" and noun_of == "target")) and (
                trigger.dep_ == "amod" and trigger.head.i != trigger.i
            ):
                # (and "their detained commander": the participle befalls its noun)
                # "un soldat mort à Soledar", "dead soldiers": the noun is what it befalls
                found.append(("target" if noun_of == "target" else "actor", trigger.head))
            if (
                trigger.dep_ == "acl"
                and participle
                # not "reports that dozens of troops had died": a clause of its own
                and not any(c.dep_ in _SUBJECTS for c in trigger.children)
            ):
                # "two soldiers killed in the ambush": the noun is what the participle befalls;
                # for an act with no victim the noun did it ("wives and mothers protested", a
                # finite verb the parser hung on its subject)
                role = "actor" if noun_of == "actor" else "target"
                noun = trigger.head
                while noun.dep_ == "pobj" and noun.head.lower_ in {"of", "de"}:
                    noun = noun.head.head  # "Dozens of wives of soldiers protested": all of it
                if not any(r == role for r, _ in found):
                    found.append((role, noun))
            elif (
                trigger.dep_ in {"relcl", "acl"}
                and not passive
                and not infinitive
                # not "reports that dozens of troops had died": a clause with its own subject
                and not any(c.dep_ in _SUBJECTS for c in trigger.children)
                and not any(head.i == trigger.head.i for _, head in found)
                and not any(role == "actor" for role, _ in found)
            ):
                # "men carrying rifles"; not "the mayor, who was killed" (passive), "the
                # attack, in which two were killed" (its own subject) or "the order to kill"
                found.append(("actor", trigger.head))
            if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB" and not found:
                # "ten were killed and 30 wounded": the second verb shares the first's arguments
                first = self.arguments(trigger.head, noun_of, possessor, instruments)
                if passive:
                    # "officers who have fought and been wounded": the subject suffers the second
                    first = [("target", h) if role == "actor" else (role, h) for role, h in first]
                found.extend(pair for pair in first if pair[0] in {"actor", "target"})
            elif (
                trigger.dep_ == "conj"
                and trigger.head.pos_ == "VERB"
                and not passive
                and not any(role in {"actor", "instrument"} for role, _ in found)
            ):
                # "a column arrived in the village and shot 16 peasants": the first verb's
                # subject does the second
                found.extend(("actor", c) for c in trigger.head.children if c.dep_ == "nsubj")
            if (
                trigger.dep_ == "conj"
                and trigger.head.pos_ == "VERB"
                and passive
                and not any(role == "target" for role, _ in found)
                and not any(c.dep_ in _SUBJECTS | {"nsubjpass"} for c in trigger.children)
            ):
                # "Nine conscripts tried to desert but were caught by military police": the
                # first verb's subject undergoes the second
                found.extend(("target", c) for c in trigger.head.children if c.dep_ in _SUBJECTS)
            if not any(role == "actor" for role, _ in found):
                # "the group claimed responsibility for killing the general"
                found.extend(("actor", who) for who in _claimed_or_blamed(trigger))
            marker = (
                self._marker_before(trigger, self.attempts | self.planned)
                if not any(role == "actor" for role, _ in found) and trigger.pos_ == "VERB"
                else None
            )
            if marker is not None:
                # "Des saboteurs ont tenté dimanche d'incendier": who tried, however the small
                # parser hung the infinitive
                found.extend(("actor", c) for c in marker.children if c.dep_ in _SUBJECTS)
            if (
                not any(role == "actor" for role, _ in found)
                and not passive
                and trigger.pos_ == "VERB"
                and self.pack.code == "fr"
                and not any(c.dep_ in _SUBJECTS for c in trigger.children)
                # a finite verb ("a limogé"), not a participle ("les soldats tués")
                and (
                    "Fin" in trigger.morph.get("VerbForm", [])
                    or any(c.dep_ == "aux:tense" for c in trigger.children)
                )
            ):
                fronted = _fronted_subject(trigger)
                if fronted is not None:
                    # "Le chef de la junte, le général X, a limogé mardi le chef d'état-major":
                    # a day after the verb makes the small parser lose its subject
                    found.append(("actor", fronted))
            if passive and not any(role == "actor" for role, _ in found):
                # "kidnapped on 5 January, apparently by ELN guerrillas": a "by" phrase the
                # parse left as a plain preposition
                found.extend(
                    (doer(g), g)
                    for c in trigger.children
                    if c.dep_ == "prep" and c.lower_ == "by"
                    for g in c.children
                    if g.dep_ == "pobj"
                )
            if passive and not any(role == "actor" for role, _ in found):
                # "were killed in an attack by gang members": who carried out the act they
                # died in
                found.extend(("actor", g) for act in _acts_within(trigger) for g in _doers_of(act))
        else:
            for child in trigger.children:
                if child.dep_ in {"prep", "nmod"} and child.lower_ in {"of", "de", "des", "du"}:
                    found.extend(
                        ("instrument" if _is_means(g, instruments) else noun_of, g)
                        for g in child.children
                        if g.dep_ in {"pobj", "obj"}
                    )
                elif (
                    child.dep_ == "prep"
                    and child.lower_ in {"on", "against", "upon"}
                    and noun_of == "target"
                ) or (child.dep_ == "prep" and child.lower_ == "against"):
                    # "the attack on the garrison", "an attack against a bus", "a lawsuit
                    # against the ministry"
                    found.extend(("target", g) for g in child.children if g.dep_ == "pobj")
                elif child.dep_ in {"nmod", "obl"} and any(
                    g.dep_ == "case"
                    and (g.lower_ == "contre" or (g.lower_ == "sur" and noun_of == "target"))
                    for g in child.children
                ):
                    # "une plainte contre son commandant", "un bombardement sur Nikopol"
                    found.append(("target", child))
                elif child.dep_ == "prep" and child.lower_ in {"by", "par"}:
                    # "the kidnapping of the mayor by rebels"
                    doers = [g for g in child.children if g.dep_ in {"pobj", "obj"}]
                    found.extend(("actor", g) for g in doers)
                    if noun_of == "target":
                        # "an attack by jihadists on a military post": what the parser hung
                        # on the doer
                        found.extend(
                            ("target", t)
                            for g in doers
                            for p in g.children
                            if p.dep_ == "prep" and p.lower_ in {"on", "against"}
                            for t in p.children
                            if t.dep_ == "pobj"
                        )
                elif child.dep_ in {"nmod", "obl:agent"} and any(
                    g.dep_ == "case" and g.lower_ == "par" for g in child.children
                ):
                    found.append(("actor", child))  # "le bombardement du camp par les FSR"
                elif noun_of == "target" and (within := _within(child)):
                    # "la purge menée au sein du ministère", "a purge within the army": the body
                    # it sweeps
                    found.extend(("target", g) for g in within)
                elif child.dep_ == "acl" and (detached := _detached_de_phrase(child)):
                    # "La destitution, annoncée la semaine dernière, du général X": the noun's
                    # "de" phrase the parser hung on the participle set off by commas
                    found.extend((noun_of, g) for g in detached)
                elif child.dep_ in {"relcl", "acl:relcl"} and _within_which(child):
                    # "an attack in which gunmen killed 22 soldiers": who acted in it did it
                    found.extend(
                        ("actor", g)
                        for g in child.children
                        if g.dep_ == "nsubj"
                        and not any(a.dep_ in {"auxpass", "aux:pass"} for a in child.children)
                    )
                elif (
                    child.dep_ == "acl"
                    and _participle(child)
                    and (child.lemma_.lower() in self.conducting or child.lower_ in self.conducting)
                ):
                    # "les frappes menées dimanche par l'aviation", "strikes carried out by X";
                    # not "the appeal heard by the court"
                    found.extend(
                        ("actor", g)
                        for c in child.children
                        for g in ([c] if c.dep_ == "obl:agent" else c.children)
                        if c.dep_ in {"agent", "obl:agent"}
                        and g.dep_ in {"pobj", "obl:agent"}
                        and g.lower_ not in _DAYS
                    )
                elif (
                    child.dep_ == "nmod"
                    and child.pos_ in {"NOUN", "PROPN"}
                    and not any(
                        g.dep_ == "case" and g.lower_ in _CIRCUMSTANTIAL for g in child.children
                    )
                ):
                    # not a time, place or circumstance: "aucune arrestation après l'embuscade";
                    # the means: "une frappe de drone", "a strike of missiles"
                    found.append(
                        ("instrument" if _is_means(child, instruments) else noun_of, child)
                    )
                elif (
                    child.dep_ == "poss"
                    and child.pos_ in {"PROPN", "NOUN"}
                    and child.ent_type_ not in _NOT_ACTORS
                ):
                    # "the rebels' attack", but "the senator's murder"
                    found.append((possessor, child))
                elif (
                    child.dep_ in {"poss", "compound", "amod"}
                    and child.pos_ in {"PROPN", "NOUN", "NUM"}
                    and child.lemma_.lower() not in instruments
                    and child.lower_ not in instruments
                    and child.ent_type_ not in _NOT_ACTORS
                ):
                    # "a guerrilla attack"; not "a bomb attack" (the means) or "the 29 January
                    # ambush" (the date)
                    found.append(("actor", child))
            found.extend(("actor", who) for who in _claimed_or_blamed(trigger))
            verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
            if (
                not any(role == "actor" for role, _ in found)
                and trigger.head.lower_ in _WITHIN
                # an act done to someone; not "police detained 14 people during a rally"
                and noun_of == "target"
                and verb.pos_ == "VERB"
                and any(c.dep_ in {"dobj", "obj"} for c in verb.children)
            ):
                # "jihadists killed 30 soldiers in an ambush": who did the act did the ambush
                found.extend(("actor", c) for c in verb.children if c.dep_ == "nsubj")
            if noun_of == "target" and not any(role == "target" for role, _ in found):
                # "l'attaque de drones qui a visé la base", "the strike that hit a school": what
                # the act or its means hit
                found.extend(
                    ("target", g)
                    for holder in (trigger, *(h for role, h in found if role == "instrument"))
                    for c in holder.children
                    if c.dep_ in {"relcl", "acl:relcl"}
                    # what it hit or killed; not "qui avait fait 40 morts" (a toll)
                    and c.lemma_.lower() in _AIMING
                    and any(r.lower_ in _RELATIVES and r.dep_ in _SUBJECTS for r in c.children)
                    for g in c.children
                    if g.dep_ in {"dobj", "obj"}
                )
            against = _past_adjectives(trigger)
            if (
                against is not None
                and against.lower_ == "contre"
                and against.dep_ == "case"
                and against.head.i != trigger.i
                and not any(role == "target" for role, _ in found)
            ):
                # "une attaque jihadiste contre un village", the village hung on the verb
                found.append(("target", against.head))
            if (
                against is not None
                and against.lower_ in {"de", "d'", "d’", "du", "des"}
                and trigger.lang_ == "fr"
                and not any(role == noun_of for role, _ in found)
            ):
                # "la conscription obligatoire des hommes", "une campagne de recrutement de
                # volontaires": the noun's "de" phrase, however the parser hung it
                named = next(
                    (
                        t
                        for t in trigger.doc[against.i + 1 : min(against.i + 5, trigger.sent.end)]
                        if t.pos_ in {"NOUN", "PROPN"}
                    ),
                    None,
                )
                if (
                    named is not None
                    and not _is_means(named, instruments)
                    and named.lower_ not in _DAYS
                    and not any(h.i == named.i for _, h in found)
                ):
                    found.append((noun_of, named))
            verb = trigger.head
            if trigger.dep_ == "xcomp" and not any(role == "actor" for role, _ in found):
                # "soldiers attempted to desert" with "desert" tagged a noun: the verb's subject
                found.extend(("actor", c) for c in verb.children if c.dep_ in _SUBJECTS)
            if trigger.dep_ in _OBJECTS | {"obj"} and verb.pos_ == "VERB":
                # "ont porté plainte hier contre son commandant", "filed a lawsuit on Monday
                # against the ministry": the light verb's "against" is the act's
                for t in _clause_tokens(verb):
                    if t.lower_ in {"against", "contre"} and not (
                        trigger.left_edge.i <= t.i <= trigger.right_edge.i
                    ):
                        found.extend(("target", g) for g in t.children if g.dep_ == "pobj")
                        if t.dep_ == "case" and t.head.pos_ in {"NOUN", "PROPN", "PRON"}:
                            found.append(("target", t.head))
            where = verb.head if trigger.dep_ == "pobj" and verb.dep_ == "prep" else verb
            placing = (verb.lower_ if trigger.dep_ == "pobj" else "") in _PLACING or any(
                c.dep_ == "case" and c.lower_ in _PLACING for c in trigger.children
            )
            if (
                trigger.dep_ in {"pobj", "obl", "obl:arg", "obl:mod"}
                and where.pos_ == "VERB"
                and where.lemma_.lower() in self.involvement
            ):
                # "15 of those arrested are implicated in murders", "impliqués dans
                # l'attentat": who is drawn into the act took part in it
                found.extend(
                    ("actor", c)
                    for c in where.children
                    if c.dep_ in {"nsubj:pass", "nsubjpass", "nsubj", "dobj", "obj"}
                    and c.i != trigger.i
                )
                if where.dep_ == "acl" and where.head.i != where.i:
                    found.append(("actor", where.head))  # "two officers involved in the purge"
            elif (
                noun_of == "target"
                and placing
                and not any(role == "target" for role, _ in found)
                and trigger.dep_ in {"pobj", "obl", "obl:arg", "obl:mod"}
                and where.pos_ == "VERB"
            ):
                # "placé en détention", "was sentenced to prison", "sentenced him to prison":
                # the act befalls who the verb puts there
                found.extend(
                    ("target", c)
                    for c in where.children
                    if c.dep_ in {"nsubj:pass", "nsubjpass", "dobj", "obj"} and c.i != trigger.i
                )
            if trigger.dep_ in _SUBJECTS and verb.lemma_.lower() in _AIMING:
                # "Des frappes ont visé le port", "the strikes hit a school": what it aimed at
                found.extend(
                    ("target", c)
                    for c in (*verb.children, *_objects_hung_on_a_day(verb))
                    if c.dep_ in {"obj", "dobj"}
                )
            if (
                trigger.dep_ in _SUBJECTS | _OBJECTS
                and verb.pos_ == "VERB"
                and (
                    not self.perpetration
                    or verb.lemma_.lower() in self.perpetration
                    or verb.lower_ in self.perpetration
                )
            ):
                # who carried out, staged or claimed it ("the rebels staged an attack", "the
                # attack was perpetrated by the rebels"), not who condemned or investigated it;
                # a relative pronoun stands for its noun ("le parquet, qui a engagé des
                # poursuites")
                doers = _subjects_meant(verb, _SUBJECTS)
                if not doers and verb.dep_ == "xcomp":
                    # "pourraient lancer une offensive": the subject of the verb it completes
                    doers = _subjects_meant(verb.head, _SUBJECTS)
                if not doers and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
                    # "declared a state of emergency and ordered the mobilisation of 2,000
                    # troops": the subject the two verbs share
                    doers = _controller_subjects(verb)
                found.extend(("actor", c) for c in doers if c.i != trigger.i)
                found.extend(
                    ("actor", g)
                    for c in verb.children
                    if c.dep_ == "agent"
                    for g in c.children
                    if g.dep_ == "pobj"
                )
        reason_noun = trigger.pos_ == "NOUN" and (
            (trigger.dep_ == "pobj" and trigger.head.lower_ in {"for", "pour"})
            or (
                trigger.dep_ in {"obl", "obl:mod", "obl:arg", "nmod"}
                and any(c.dep_ == "case" and c.lower_ == "pour" for c in trigger.children)
            )
        )
        if (
            (trigger.pos_ == "VERB" or reason_noun)
            and not any(role == "actor" for role, _ in found)
            and not any(c.dep_ in _SUBJECTS | {"nsubj:pass", "nsubjpass"} for c in trigger.children)
        ):
            # "An officer was detained for disobeying an order", "placé en détention pour avoir
            # désobéi": who undergoes the main verb did the act it is punished for
            # who the main verb befalls (its passive subject or its object: "threatened a
            # conscript with prison for refusing"), or, for a participle that goes with the
            # main verb, its subject ("Around 100 men staged a mutiny, refusing to be sent")
            matrix, roles = None, {"nsubj:pass", "nsubjpass", "dobj", "obj"}
            if trigger.dep_ in {"pcomp", "pobj"} and trigger.head.lower_ in {"for", "pour"}:
                # "detained for insubordination": a reason noun as a reason verb; "sentenced X
                # to six years in a penal colony for refusing": past the nouns it hangs on
                matrix = _above_the_nouns(trigger.head.head)
                if matrix.lemma_.lower() in _UNDERGOING:
                    roles = _SUBJECTS  # "who faces two years in prison for refusing to serve"
            elif reason_noun:
                # "condamné pour désertion", however deep the parser hung it ("condamné ... à
                # six ans de prison pour désertion")
                matrix = _above_the_nouns(trigger.head)
                if matrix.lemma_.lower() in _UNDERGOING:
                    roles = _SUBJECTS
            elif trigger.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ == "pour" for c in trigger.children
            ):
                matrix = trigger.head
                if not any(c.lemma_ in {"avoir", "être"} for c in trigger.children):
                    roles = _SUBJECTS  # "pour rejoindre le front": a purpose, the subject's
            elif trigger.dep_ == "advcl" and (
                trigger.tag_ == "VBG" and not any(c.dep_ == "mark" for c in trigger.children)
            ):
                matrix, roles = trigger.head, _SUBJECTS | {"nsubj:pass", "nsubjpass"}
            if (
                matrix is not None
                and matrix.dep_ in {"acl", "amod"}
                and "Part" in matrix.morph.get("VerbForm", [])
                and matrix.head.pos_ in {"NOUN", "PROPN"}
                and not any(role == "actor" for role, _ in found)
            ):
                # "Le colonel X, révoqué en décembre pour insubordination": the one the
                # participle befalls did it
                found.append(("actor", matrix.head))
                matrix = None
            if matrix is not None and matrix.pos_ in {"VERB", "AUX"}:
                patients = [
                    c for c in matrix.children if c.dep_ in roles & {"nsubj:pass", "nsubjpass"}
                ]
                others = [
                    c for c in matrix.children if c.dep_ in roles - {"nsubj:pass", "nsubjpass"}
                ]
                term = _run_into_a_term(matrix) if roles is not _SUBJECTS else None
                if term is not None:
                    others = [term[-1]]  # "sentenced a conscript to six years for deserting"
                relative = matrix.dep_ in {"relcl", "acl:relcl"}
                found.extend(
                    # a relative pronoun stands for its noun ("an objector who faces prison")
                    ("actor", matrix.head if relative and c.lower_ in _RELATIVES else c)
                    for c in (patients or others)
                    if c.lower_ not in _RELATIVES or relative
                )
        threat = (
            self._threatening_verb(trigger)
            # not "the ringleaders of a mutiny", which the threat is not of
            if trigger.pos_ == "NOUN"
            and not (trigger.dep_ == "pobj" and trigger.head.lower_ == "of")
            else None
        )
        acted = (
            [c for c in trigger.head.children if c.dep_ == "dobj"]
            if trigger.i < trigger.head.i
            else []
        )
        if threat is not None and acted and trigger.dep_ == "npadvmod":
            # "threatened to court-martial the ringleaders": a phrase used as a verb; who
            # threatens would do it, its object would undergo it
            found = [("target", c) for c in acted] + [
                ("actor", c) for c in threat.children if c.dep_ in _SUBJECTS
            ]
            threat = None
        if threat is not None:
            # "A conscript who tried to desert could face up to 10 years in prison", "draft
            # evaders could face court-martial": who faces a punishment undergoes it
            faced = [c for c in threat.children if c.dep_ in _SUBJECTS]
            if not faced and threat.dep_ == "conj":
                # "had been relieved of command and would face a court-martial": the subject
                # of the verb it is joined to
                faced = [c for c in threat.head.children if c.dep_ in _SUBJECTS | {"nsubjpass"}]
            found = [(r, h) for r, h in found if h not in faced]
            if not any(
                role == "target" and h.ent_type_ not in {"DATE", "TIME"} for role, h in found
            ):  # "face up to 10 years": the term is no target
                found.extend(("target", c) for c in faced if c.lower_ not in _RELATIVES)
        if (
            trigger.pos_ == "ADJ"
            and trigger.dep_ == "amod"
            and trigger.head.dep_ in {"dobj", "obj"}
            and trigger.head.head.pos_ == "VERB"
            and not any(role == "actor" for role, _ in found)
        ):
            # "gang members shot dead 11 bus drivers": who did what left them so
            found.extend(("actor", c) for c in trigger.head.head.children if c.dep_ in _SUBJECTS)
        if (
            trigger.pos_ == "ADJ"
            and trigger.dep_ in {"acomp", "oprd", "xcomp"}
            and trigger.head.pos_ == "VERB"
            and not any(role in {"actor", "target"} for role, _ in found)
        ):
            # "Pirates shot dead four fishermen", parsed as a complement of the verb
            found.extend(("actor", c) for c in trigger.head.children if c.dep_ in _SUBJECTS)
            found.extend(("target", c) for c in trigger.head.children if c.dep_ in {"dobj", "obj"})
        if (
            trigger.pos_ == "VERB"
            and (
                trigger.dep_ in {"xcomp", "conj"}
                or (self.pack.code == "fr" and trigger.dep_ in {"obj", "advcl"})
            )
            and not any(role in {"actor", "instrument"} for role, _ in found)
            and not any(c.dep_ in _SUBJECTS | {"nsubjpass"} for c in trigger.children)
            and not any(c.dep_ in {"aux:pass", "auxpass"} for c in trigger.children)
        ):
            # "La Lituanie va rappeler ... et pourrait en mobiliser davantage": the subject
            # of the verbs it completes or is joined to, up the chain
            found.extend(("actor", c) for c in _controller_subjects(trigger))
        if not any(role == "target" for role, _ in found):
            # "two dead among the mutineers", "deux morts parmi les mutins": whom it befell
            found.extend(("target", g) for g in _among(trigger))
        if not any(role == "actor" for role, _ in found):
            # "14 soldiers convicted of desertion", "militaires reconnus coupables de
            # désertion", "un capitaine accusé d'avoir désobéi": who is held guilty did it
            found.extend(("actor", who) for who in _held_guilty(trigger))
        enclosing = (
            trigger.head.head
            if trigger.dep_ == "pobj" and trigger.head.lower_ in _WITHIN
            else trigger.head
            if trigger.dep_ in {"obl", "obl:mod"}
            and any(c.dep_ == "case" and c.lower_ in _WITHIN for c in trigger.children)
            else None
        )
        if (
            noun_of == "target"
            and trigger.pos_ in {"NOUN", "PROPN"}
            and not any(role == "target" for role, _ in found)
        ):
            # "L'attaque menée le 3 novembre contre le camp": what it was against, wherever the
            # parser hung the phrase in the noun's own words (not in a relative clause)
            found.extend(("target", g) for g in _against_within(trigger)[:1])
        if (
            noun_of == "target"
            and trigger.pos_ in {"NOUN", "PROPN"}
            and enclosing is not None
            and enclosing.lemma_.lower() in _AIMING - {"target", "viser", "cibler"}
            and not any(role == "target" for role, _ in found)
        ):
            # "14 soldats ont été tués dans une embuscade", "were wounded in the attack":
            # whom it killed or wounded
            found.extend(
                ("target", c) for c in enclosing.children if c.dep_ in {"nsubjpass", "nsubj:pass"}
            )
        # "Mehmet Kaya, a conscientious objector who has refused to serve": the person named,
        # when the description in apposition holds the trigger
        found = [
            (
                role,
                head.head
                if head.dep_ == "appos"
                and head.head.pos_ == "PROPN"
                # a person's name, not "In Bolivia, a navy captain who ..."
                and head.head.ent_type_ in {"PERSON", "PER", ""}
                and head.head.i < head.i
                and head.left_edge.i <= trigger.i <= head.right_edge.i
                else head,
            )
            for role, head in found
        ]
        # "no organization has claimed the attack", "none of the groups": nobody did it; a date
        # the parser hung on the trigger ("the attack on 11 April") is neither doer nor victim
        return [
            (role, head)
            for role, head in found
            # "two 18-year-olds", which the recogniser tags as a date, are people
            if (head.ent_type_ not in {"DATE", "TIME"} or head.lower_ == "olds")
            and any(ch.isalnum() for ch in head.text)  # not a quote mark the parser made a noun
            and head.lower_ not in _DAYS  # "a fait une cinquantaine de morts dimanche"
            and (
                role != "actor"
                or not (
                    head.lower_ in _NOBODY
                    or any(
                        c.dep_ in {"det", "preconj"} and c.lower_ in _NOBODY for c in head.children
                    )
                )
            )
        ]

    def _act_as_cue(self, doc: Doc, quote: Quote) -> bool:
        """A frame whose verb is itself an act ("attacked three villages"), or states a
        purpose ("ont défilé pour exiger la libération de"): no report of what it holds."""
        if quote.cue is None or quote.kind != "indirect":
            return False
        span = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return False
        purpose = span[0].dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in {"pour", "afin"} for c in span[0].children
        )
        verb = span[0]
        # "voted to extend general mobilisation", "a décidé de rappeler": a decision is an act
        decided = verb.lemma_.lower() in self.decisions
        # "the ministry announced the dismissal of the commander": the act announced, no report
        # of it ("announced that X had been dismissed" stays one)
        announced = verb.lemma_.lower() in _ANNOUNCING and any(
            c.dep_ in {"dobj", "obj", "nsubjpass", "nsubj:pass"} and self._match(c) is not None
            for c in verb.children
        )
        return purpose or decided or announced or self._match(verb) is not None

    def __call__(
        self, doc: Doc, times: list[TimeExpr], quantities: list[Quantity], quotes: list[Quote]
    ) -> list[Event]:
        events: list[Event] = []
        # an attitude ("the president ordered the dismissal") is an act, not a report of one
        # and so is a frame whose verb is itself an act ("tribal fighters attacked three
        # villages and killed 70 people": no report of the killing)
        quotes = [
            q
            for q in quotes
            if not q.extractor.startswith("newstrace.attribution.attitudes")
            and not self._act_as_cue(doc, q)
        ]
        entities = doc._.nt_entities or []
        covered: set[int] = set()
        combat: set[tuple[str, int]] = set()
        untargeted: set[int] = set()  # events with no target, or only "several", "others"
        for token in doc:
            if token.i in covered:
                continue
            match = self._match(token)
            if match is None:
                continue
            type_name, trigger, last = match
            covered.update(range(token.i, last + 1))
            event_type = self.ontology.types[type_name]
            instruments = frozenset(w.lower() for w in event_type.instruments)
            trigger_span = doc[token.i : last + 1]
            start, end = trigger_span.start_char, trigger_span.end_char
            if (
                trigger_span.root.pos_ == "VERB"
                or (trigger_span.root.pos_ == "NOUN" and token.dep_ == "compound")
            ) and token.head.i != token.i:
                # "will be court-martialled": the verb the phrase ends in, "court" its modifier;
                # "a shake-up of the high command": the noun "up", which holds "of"
                token = trigger_span.root
            quote = next((q for q in quotes if inside(start, end, q.start, q.end)), None)
            if quote is None:
                quote = _trailing_quote(token, quotes)
            if quote is not None and _background(trigger_span.root, quote):
                quote = None
            arguments: list[Argument] = []
            trailing_time: TimeExpr | None = None
            count: Quantity | None = None
            opening = dateline_end(token.sent)
            target_heads: list[Token] = []
            counted_target = False
            pairs = self._past_the_phrase(
                token,
                trigger,
                self.arguments(token, event_type.noun_of, trigger.possessor, instruments),
            )
            # on the phrase's verb too ("will go on trial before a tribunal") and on the verb
            # whose object the noun is ("opened criminal cases against 40 of them")
            holders = [token, trigger_span.root]
            if trigger_span.root.dep_ in _OBJECTS | {"nsubj:pass", "nsubjpass"} and (
                trigger_span.root.head.pos_ == "VERB"
            ):
                # "des affaires pénales ont été ouvertes contre 212 d'entre eux"
                holders.append(trigger_span.root.head)
            if event_type.aimed_at and not any(
                role == "target" and not trigger_span.start <= h.i <= last for role, h in pairs
            ):
                pairs = [
                    *pairs,
                    *(("target", h) for h in _aimed_at(holders, token, event_type.aimed_at)),
                ]
            if event_type.held_by and not any(
                role == "actor"
                and not (trigger.subject == "target" and h.dep_ in _SUBJECTS)
                and not trigger_span.start <= h.i <= last
                for role, h in pairs
            ):
                pairs = [
                    *pairs,
                    *(("actor", h) for h in _aimed_at(holders, token, event_type.held_by)),
                ]
            for role, head in pairs:
                if head.i < opening or trigger_span.start <= head.i <= last:
                    continue  # not the trigger's own words ("trial" of "stand trial")
                if head.lower_ in _TIME_NOUNS:
                    continue  # "leur poste ce jour-là": a time the parser made an object
                if role == "actor" and trigger.subject == "target" and head.dep_ in _SUBJECTS:
                    role = "target"  # "Gorshkov is due to stand trial": he undergoes it
                span = _argument_span(head, token, opening)
                inner = [
                    h.left_edge.i
                    for r, h in pairs
                    if r != role
                    and h.i != head.i
                    and span.start < h.left_edge.i
                    and head.i < h.i < span.end
                ]
                if inner:
                    # "jihadists | on a military post": another argument the parser hung on it
                    cut = min(inner)
                    while cut > head.i + 1 and doc[cut - 1].dep_ in {"prep", "case", "punct"}:
                        cut -= 1
                    span = doc[span.start : cut]
                ending = next(
                    (
                        t
                        for t in times
                        if span.start_char < t.start
                        and t.end >= span.end_char
                        and t.start < span.end_char
                        and t.type in {"date", "time"}
                        and not _in_a_clause_of(doc, t, head)
                    ),
                    None,
                )
                kept = (
                    doc.char_span(span.start_char, ending.start, alignment_mode="contract")
                    if ending is not None
                    else None
                )
                while kept is not None and len(kept) > 1 and kept[-1].pos_ == "ADP":
                    kept = kept[:-1]  # "... on | Sunday"
                if ending is not None and kept is not None and len(kept):
                    # "recruter 3 000 jeunes volontaires l'an prochain": the time the parser
                    # ran into the object is the act's, not part of who it befalls
                    span, trailing_time = kept, ending
                when = next(
                    (
                        t
                        for t in times
                        if t.start <= head.idx < t.end - len(t.anchor_text or "")
                        and t.type != "set"
                    ),
                    None,
                )
                if when is not None:
                    # a time is no participant ("trois jours après l'embuscade"), but what the
                    # parser hung on it may be ("dimanche soir | le chef d'état-major")
                    rest = doc.char_span(when.end, span.end_char, alignment_mode="contract")
                    if rest is None or not any(t.pos_ in {"NOUN", "PROPN"} for t in rest):
                        continue
                    span = rest
                if (
                    quote is not None
                    and quote.kind == "indirect"
                    and span.start_char < quote.end < span.end_char
                    and doc_text(doc)[quote.end : quote.end + 1] == ","
                ):
                    # not past the reported content into its frame ("un village du district
                    # d'Ancuabe, a-t-on appris de sources locales")
                    clipped = doc.char_span(span.start_char, quote.end, alignment_mode="contract")
                    span = clipped if clipped is not None and len(clipped) else span
                verb = next((a for a in head.ancestors if a.pos_ == "VERB"), None)
                term = _run_into_a_term(verb) if verb is not None else None
                if term is not None and head.i == term[-1].i:
                    span = term
                if any(
                    a.role == role and a.start <= span.start_char and span.end_char <= a.end
                    for a in arguments
                ):
                    continue  # a piece of a phrase already taken ("major" of "l'état-major")
                if role == "target":
                    target_heads.append(head)
                entity = next(
                    (
                        e.id
                        for e in entities
                        if inside(e.start, e.end, span.start_char, span.end_char)
                    ),
                    None,
                )
                source = self._source_meant(head, quote)
                arguments.append(
                    Argument(
                        role=role,
                        text=span.text if source is None else source.text,
                        start=span.start_char if source is None else source.start,
                        end=span.end_char if source is None else source.end,
                        entity=entity if source is None else source.entity,
                    )
                )
                counted = next(
                    (
                        q
                        for q in quantities
                        # "des dizaines de soldats": the article the span leaves out
                        if span.start_char < q.end <= span.end_char and q.unit is None
                    ),
                    None,
                ) or next(
                    # "Hundreds, even thousands, of people gathered": the parser hangs the
                    # verb on "people"; the number right before counts them
                    (
                        q
                        for q in quantities
                        if q.unit is None
                        and q.counted is not None
                        and q.counted.lower() == head.lower_
                        and q.end <= head.idx
                        and re.fullmatch(
                            r"[\s,]*(?:(?:of|de)\s+|d['’]\s*)?", doc_text(doc)[q.end : head.idx]
                        )
                    ),
                    None,
                )
                # the count of what the act befalls before that of who does it: "four
                # gunmen killed two peasants" counts two
                if counted is not None and (
                    count is None or (role == "target" and not counted_target)
                ):
                    count, counted_target = counted, role == "target"
            if _seized(token, instruments):
                continue
            if self._excluded(target_heads, event_type.excluded_targets):
                combat.add((type_name, token.sent.start_char))
                continue
            if not any(_names_a_target(h) for h in target_heads):
                untargeted.add(len(events))
            clause = _clause_tokens(token)
            sentence_start = token.sent.start_char
            verb = _governing_verb(token)
            scopes = [clause, _clause_tokens(verb) if verb.i != token.i else []]
            # what shares the act's time: a "when" clause of its verb ("were killed when a
            # missile struck on Tuesday") and the relative clause of a noun trigger ("dismissals
            # that have hit the officer corps since the spring")
            scopes.append(
                [
                    t
                    for c in [
                        *verb.children,
                        *token.children,
                        *_conjunct_children(token),
                        *_conjunct_children(verb),
                    ]
                    if (
                        c.dep_ == "advcl"
                        and any(
                            g.dep_ in {"mark", "advmod"} and g.lower_ in _SIMULTANEOUS
                            for g in c.children
                        )
                    )
                    or (c.dep_ in {"relcl", "acl:relcl"} and token.pos_ in {"NOUN", "PROPN"})
                    for t in _clause_tokens(c)
                ]
            )
            if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in _SUBJECTS and verb.i != token.i:
                # "Drone strikes killed 12 and wounded dozens on Sunday": the act that did what
                # its verbs tell happened when they did
                scopes.append([t for c in verb.conjuncts for t in _clause_tokens(c)])
            if token.pos_ == "VERB" or (
                # "ont péri": a participle the tagger took for an adjective
                token.pos_ == "ADJ" and any(c.dep_.startswith("aux") for c in token.children)
            ):
                # "ont été tués et cinq autres blessés dimanche": verbs joined by "and" share
                # the time one of them gives
                scopes.append([t for c in token.conjuncts for t in _clause_tokens(c)])
                # "a limogé dimanche le chef": the day right after the verb, whatever the
                # parser made of it (its head, a clause of its own)
                scopes.append(
                    [
                        t
                        for t in (token.head, *token.children)
                        if t.lower_ in _DAYS and 0 < t.i - token.i <= 2
                    ]
                )
            if count is None:
                own = {t.idx for t in clause}
                count = next(
                    (
                        q
                        for q in quantities
                        if q.start in own
                        and q.unit is None
                        and not (token.pos_ == "VERB" and _in_a_clause_below(doc, q.start, token))
                    ),
                    None,
                )
            if count is None and token.pos_ == "NOUN" and token.dep_ in {"nmod", "pobj"}:
                # "une cinquantaine de morts", "dozens of casualties": the number it is counted by
                holder = token.head.head if token.dep_ == "pobj" else token.head
                count = next(
                    (q for q in quantities if q.unit is None and q.start <= holder.idx < q.end),
                    None,
                )
            if (
                count is not None
                and count.counted is not None
                and token.pos_ == "VERB"
                and token.idx < count.start
                and count.start in {t.idx for t in clause}
                # not a number in a clause of its own ("au lendemain d'une embuscade qui a coûté
                # la vie à 27 soldats")
                and not _in_a_clause_below(doc, count.start, token)
                and not any(c.dep_ in _PASSIVE_MARKS for c in token.children)
                and not any(a.role == "target" for a in arguments)
            ):
                # "a tué au moins vingt-huit personnes", "a inculpé lundi onze militaires": what
                # the verb counts after it is what it befalls, where the small French parser
                # hangs the noun on the number or makes it a sentence of its own
                text = doc_text(doc)
                noun = re.match(
                    r"\s+(?:(?:de|d'|d’|of)\s*)?" + re.escape(count.counted), text[count.end :]
                )
                end = count.end + noun.end() if noun else count.end
                # the count may lie past the sentence the parser gave the verb
                following = (
                    doc.char_span(end, token.sent.end_char, alignment_mode="expand")
                    if end < token.sent.end_char
                    else None
                )
                for word in following or []:
                    if (
                        word.idx > end + 1
                        or word.pos_ != "ADJ"
                        or "Part" in word.morph.get("VerbForm", [])
                    ):
                        break
                    end = word.idx + len(word)  # "14 militaires ivoiriens"
                arguments.append(
                    Argument(
                        role="target", text=text[count.start : end], start=count.start, end=end
                    )
                )
            if (
                self.pack.code == "fr"
                and token.pos_ in {"VERB", "ADJ"}
                and not any(c.dep_ in _SUBJECTS | {"nsubj:pass"} for c in token.children)
                and not any(
                    a.start < token.idx and a.role in {"actor", "target"} for a in arguments
                )
            ):
                # "Au moins neuf civils ont péri": the counted subject the parser left off the
                # verb, right before its auxiliaries
                text = doc_text(doc)
                subject = next(
                    (
                        q
                        for q in quantities
                        if q.unit is None
                        and statement_start(text, token.idx) <= q.start
                        and q.end < token.idx
                        and (gap := _counted_noun(q, text))
                        and q.end + gap.end() <= token.idx
                        and _AUXILIARIES_ONLY.fullmatch(text[q.end + gap.end() : token.idx])
                    ),
                    None,
                )
                if subject is not None:
                    noun = _counted_noun(subject, text)
                    end_at = subject.end + (noun.end() if noun else 0)
                    passive = any(c.dep_ in _PASSIVE_MARKS for c in token.children)
                    role = "target" if passive or trigger.subject == "target" else "actor"
                    arguments.append(
                        Argument(
                            role=role,
                            text=text[subject.start : end_at],
                            start=subject.start,
                            end=end_at,
                        )
                    )
                    count = count or subject
            time = None
            # the dateline's day is when the report was filed, not when the act happened
            filed = _header_end(token.sent)
            dateline = doc[filed].idx if token.sent.start < filed < len(doc) else 0
            for scope in scopes:
                positions = {t.idx for t in scope}
                time = next(
                    (
                        t
                        for t in times
                        if t.start in positions
                        and t.type in {"date", "time"}
                        and not (token.sent.start_char <= t.start < dateline)
                    ),
                    None,
                )
                if time is not None:
                    break
            if time is None and token.pos_ == "NOUN" and token.right_edge.i > token.i:
                # "depuis la mutinerie d'Uvira, en octobre": the time right after the noun's
                # phrase is its own, not the scene's
                phrase_end = token.right_edge.idx + len(token.right_edge)
                gap = re.match(r"\s*,\s*(?:en|in|on|le|le\s+)?\s*", doc_text(doc)[phrase_end:])
                if gap is not None:
                    time = next(
                        (
                            t
                            for t in times
                            if phrase_end + gap.start() < t.start <= phrase_end + gap.end()
                            and t.type in {"date", "time"}
                        ),
                        None,
                    )
            if time is None:
                # a time earlier in the sentence sets the scene for what follows it: "Last
                # night, while police searched the area, a mall was shaken by an explosion"
                before = [
                    t
                    for t in times
                    if sentence_start <= t.start < start
                    and t.start >= dateline
                    and t.type in {"date", "time"}
                    # "Yesterday, a lawyer said the commanders had been dismissed": the time
                    # of the saying, not of what is said
                    and (quote is None or inside(t.start, t.end, quote.start, quote.end))
                    # "Under amendments adopted in September 2022, soldiers might be
                    # prosecuted": the time of another verb's clause
                    and _sets_the_scene(doc, t.start, t.end, token)
                ]
                time = before[-1] if before else None
            if time is None:
                time = self._narrative_time(token, times, quote)
            if time is None:
                time = trailing_time
            if (token.pos_ == "NOUN" and time is None) or token.dep_ == "acl":
                # "L'interpellation, mercredi à Rabat, de trois militants", "douze étudiants
                # interpellés la veille": the day right after the noun or participle, however
                # parsed
                gap = re.match(r"\s*,?\s*", doc_text(doc)[end:])
                day_at = end + (gap.end() if gap else 0)
                time = next(
                    (t for t in times if t.start == day_at and t.type in {"date", "time"}), time
                )
            time_value = time.value if time else None
            offset = _offset_time(token, times, time)
            if offset is not None:
                time, time_value = offset
            place = None
            for scope in scopes:
                indexes = {t.i for t in scope}
                ent = next(
                    (e for e in doc.ents if e.label_ in _PLACE_LABELS and e.start in indexes), None
                )
                if ent is not None:
                    place = Argument(
                        role="place",
                        text=ent.text,
                        start=ent.start_char,
                        end=ent.end_char,
                        entity=next((e.id for e in entities if e.start == ent.start_char), None),
                    )
                    break
            sentence = token.sent
            # "bombings", and "bomb attacks": a modifier of a plural noun
            plural = token.tag_ == "NNS" or (
                token.dep_ in {"compound", "amod"} and token.head.tag_ == "NNS"
            )
            # many devices are not many acts ("placed bombs", "hurled dynamite sticks"), but a
            # device modifying many acts is ("bomb attacks")
            device = token.lemma_.lower() in instruments or token.lower_ in instruments
            acts = token.head if token.dep_ in {"compound", "amod"} else token
            many_acts = plural and (
                not device or (acts.i > last and acts.lemma_.lower() in self.index)
            )
            aggregate = (
                many_acts
                or _habitual(token)
                or _bare_singular(token, instruments)
                or (count is not None and (count.high is None or count.high > 1))
            )
            events.append(
                Event(
                    id=content_id("event", doc._.article_id, type_name, start, end),
                    type=type_name,
                    trigger=Span(text=trigger_span.text, start=start, end=end),
                    # a phrase's syntactic head ("could face court-martial": "martial")
                    modality=self.modality(trigger_span.root, quote is not None),  # type: ignore[arg-type]
                    time=TimeRef(id=time.id, value=time_value) if time and time_value else None,
                    quantity=QuantityRef(id=count.id, low=count.low, high=count.high)
                    if count
                    else None,
                    actors=arguments,
                    place=place,
                    source=quote.id if quote is not None else None,
                    sentence=SentenceRef(start=sentence.start_char, end=sentence.end_char),
                    aggregate=aggregate,
                    confidence=0.6 if arguments else 0.45,
                    extractor=EXTRACTOR,
                )
            )
        # an event with no target of its own in a sentence whose events of its type befell
        # only excluded targets is that one: "in the attack, five soldiers were killed"
        return [
            e
            for i, e in enumerate(events)
            if (e.type, e.sentence.start) not in combat or i not in untargeted
        ]


class EventsComponent:
    """spaCy component: writes ``doc._.events`` (list of Event)."""

    def __init__(self, nlp: Language, name: str, pack: LanguagePack, ontology: Ontology) -> None:
        self.name = name
        self.detector = EventDetector(pack, ontology)

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = self.detector(
            doc, doc._.times or [], doc._.quantities or [], doc._.quotes or []
        )
        return doc


@Language.factory(
    "newstrace_events",
    default_config={"lang": None, "ontology": "default"},
    requires=["doc._.times", "doc._.quantities", "doc._.quotes", "token.dep", "token.lemma"],
    assigns=["doc._.events"],
)
def make_events(nlp: Language, name: str, lang: str | None, ontology: str) -> EventsComponent:
    ensure_extensions()
    return EventsComponent(nlp, name, load_pack(lang or nlp.lang), load_ontology(ontology))
