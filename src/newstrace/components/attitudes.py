"""Attitudes: a learned detector for the attributions no reporting verb cues.

PolNeAR annotates as attributions the stances and acts of a source towards some content
("Trump responded by using the example of Chicago", "the Dallas Morning News backed Clinton",
"The FBI decided not to recommend charges"), most with verbs that are not in the reporting
lexicon. The rules of the attribution component leave them out. This module scores the verbs
they leave: a verb with a subject (its own, or that of the verb it is joined to or hangs on)
and a complement after it, outside every attribution already found (a reporting verb too, when
the rules found no report with it and it is no act: "declared war"), gets a probability from a
logistic regression over features of the verb, its subject and its dependents; above the
model's threshold it becomes an indirect attribution with the subject as source, the verb as cue
and its complements as content (confidence 0.6: 52 of the 73 it adds on PolNeAR dev match a
gold attribution).

The weights are data (``lang/<code>/attitudes.json``), trained on the PolNeAR train split by
``scripts/train_attitudes.py`` (the threshold chosen on PolNeAR dev); a language without the
file gets no attitudes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Token

from newstrace.learned import LinearModel, read_linear_model

# the extractor name of the attributions this model adds (with the version after "@"): events
# do not take them as their source, an attitude being an act, not a report of one
ATTITUDES = "newstrace.attribution.attitudes"

# dependents that are not part of what the verb takes: its frame, its subject, its connectives
_NOT_CONTENT = frozenset(
    {
        "punct",
        "cc",
        "conj",
        "nsubj",
        "nsubjpass",
        "aux",
        "auxpass",
        "neg",
        "mark",
        "advmod",
        "npadvmod",
        "expl",
        "csubj",
        "det",
    }
)
_PERSONAL = frozenset({"he", "she", "they", "i", "we", "you", "who"})


@dataclass(frozen=True)
class Candidate:
    """A verb that may cue an attitude: its subject and the dependents that make its content."""

    verb: Token
    subject: Token
    content: list[Token]


def candidate(verb: Token) -> Candidate | None:
    """The verb with its subject and its complements after it, or None when it lacks either."""
    if verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        subject = _inherited_subject(verb)
    if subject is None:
        return None
    right = [c for c in verb.children if c.i > verb.i and c.dep_ not in _NOT_CONTENT]
    if not right:
        return None
    return Candidate(verb, subject, right)


def _inherited_subject(verb: Token) -> Token | None:
    """Who does what a verb without a subject of its own does: the subject of the verb it is
    joined to or hangs on ("Trump has tried to use the ad, accusing her of ...", "it issued
    a paper and called for ..."), or the agent of a participle ("a penalty imposed by the
    bureau")."""
    if verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        head = verb.head
        for _ in range(2):
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
            if head.dep_ != "conj":
                return None
            head = head.head
        return None
    if verb.dep_ == "acl":
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def features(found: Candidate) -> list[str]:
    """Binary features of a candidate: the verb's lemma, tag and function; its dependents'
    functions and prepositions, with and without the lemma; what kind of subject it has."""
    verb, subject = found.verb, found.subject
    lemma = verb.lemma_.lower()
    names = [f"lem={lemma}", f"tag={verb.tag_}", f"dep={verb.dep_}"]
    if subject.head.i != verb.i:
        names += [f"inherited={verb.dep_}", f"lem+inherited={lemma}|{verb.dep_}"]
    for dep in sorted({c.dep_ for c in verb.children}):
        names += [f"kid={dep}", f"lem+kid={lemma}|{dep}"]
    for child in verb.children:
        if child.dep_ == "prep":
            names += [f"prep={child.lower_}", f"lem+prep={lemma}|{child.lower_}"]
        elif child.dep_ == "aux" and child.tag_ == "MD":
            names.append("modal")
    if subject.lower_ in _PERSONAL:
        names += ["subj=pers", f"lem+subjpers={lemma}"]
    elif subject.ent_type_:
        names += [f"subjent={subject.ent_type_}", f"lem+subjent={lemma}|{subject.ent_type_}"]
    else:
        names += [f"subjpos={subject.pos_}", f"subjlem={subject.lemma_.lower()}"]
    names.append(f"head={verb.head.pos_ if verb.head.i != verb.i else 'ROOT'}")
    return sorted(set(names))


@cache
def load_attitude_model(code: str) -> LinearModel | None:
    """The model shipped for a language (``lang/<code>/attitudes.json``), if any."""
    path = resources.files("newstrace.lang").joinpath(code, "attitudes.json")
    return read_linear_model(path) if path.is_file() else None
