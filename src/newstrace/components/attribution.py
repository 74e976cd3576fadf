"""Attribution: who said what, to whom, reported by whom.

Direct quotes are found from quote marks (straight, curly, « », „ “), paired per paragraph, with
multi-paragraph quotes that reopen at each paragraph; the span includes the marks, as PolNeAR
annotates it. Indirect speech comes from the dependency parse: a reporting verb from the language
pack with a clausal complement ("said that ..."), "according to X", and "as X reported". The
speaker is the subject of the cue; pronouns and descriptions are resolved to the last named
speaker; roles come from appositions and pre-modifiers; unnamed sources are flagged anonymous with
a kind. Outlets come from "told X", "explains to X", "in an interview with X", "reported by X".

Spans follow PolNeAR: the speaker span is the whole noun phrase ("Rep. Jim Clyburn (D-S.C.), the
assistant leader of the caucus,") while ``name`` stays the resolved person; the cue keeps its
auxiliaries, verb chain, particle, medium and colon ("has also called for", "said in a
statement:"). Beyond clausal complements, a reporting verb's objects are content ("called for an
inquiry", "urged members to reject it"), a parenthetical frame takes the clause it interrupts
("The plan, he said, would fail"), and a quote continued right after its frame ('"...," she said.
"..."') stays one quote. Other frames: signatures after a dash ('"..." ― Jane Doe'), transcript
and headline labels ("HOLMES: ..."), any verb right after a quote ending in a comma
('"...," Cruz quipped') or before a colon that opens it ('She went on: "..."').
Nominal frames: a reporting noun with a "that" clause ("his claim that ..."), a participle of one
("issued a statement saying ...", its owner the speaker), and a fronted "In a poll released
Monday, ..." whose clause has no reporting verb of its own (a poll frames its clause anywhere:
"Trump leads in the latest poll").

More PolNeAR conventions: a passive with an agent has the agent as source and the passive
subject as content ("Clinton was endorsed by the Times"); stance adjectives after a copula are
cues ("is confident that X", "were critical of X"), and so is "make" with a word of saying
("made it clear that X", "made the case for X"); an infinitive cue under a verb that reports
nothing keeps its content ("appeared to blame X"); a relative "who" is the source span, its noun
the speaker's name; one attribution per cue. A straight quote may close on a curly mark; a curly
quote nested in a curly quote does not close it; a multi-paragraph quote continues only when
reopened with the same mark, and an unclosed straight block quoting others is no direct quote.
Verbs of belief, wish or support ("believes", "seems") are cues of indirect speech but never the
frame of a direct quote. An unnamed source described again ("the source said") keeps the outlet
it spoke to ("a source interviewed by Northern Dispatch").

Beyond the lexicon, a verb with a clausal complement and a person, organisation, pronoun or
role noun as subject is a cue ("Jane Roe reasoned that X"); "reportedly" cues the clause it
modifies; "declined to comment" has "to comment" as content. A report inside the content of
another ("He said she believes X") is left to the outer one, as PolNeAR annotates it, except a
direct quote and a reporting noun's clause. Source spans: a relative "which" is the source
span; "that" gives its noun; an aside set off by a comma ("Trump, speaking in Ohio,", "Clinton,
like Obama,"), a clause before a dash and a headline label ("The Latest: Trump urges") stay
out; a closing dash or quote mark that pairs one in the phrase stays in.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newstrace.components.attitudes import (
    ATTITUDES,
    Candidate,
    candidate,
    features,
    load_attitude_model,
)
from newstrace.components.base import (
    ACCORDING_WHICH,
    DAY_PARTS,
    PLURAL_PRONOUNS,
    VERSION,
    dateline_end,
    doc_text,
    ensure_extensions,
    inside,
    overlaps,
    statement_start,
)
from newstrace.components.entities import canonical_name, outlet_name
from newstrace.lang import LanguagePack, calendar_words, load_pack
from newstrace.learned import LinearModel
from newstrace.records import Cue, Outlet, Quote, Speaker, content_id

EXTRACTOR = f"newstrace.attribution@{VERSION}"
ATTITUDE_EXTRACTOR = f"{ATTITUDES}@{VERSION}"
ATTITUDE_CONFIDENCE = 0.6
# the articles that introduce one of a kind ("a lawyer", "un avocat")
_INDEFINITE = frozenset({"a", "an", "one", "un", "une"})
# what may stand between the comma and the verb of a French closing frame (", a précisé")
_FRENCH_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "aurait", "auraient"})
_FRENCH_RELATIVES = frozenset({"qui", "que", "qu'", "dont", "où", "lequel", "laquelle"})
# the conjunctions after which a quote carries on past a frame inside it
_QUOTE_GOES_ON = frozenset({"mais", "et", "car", "donc", "puis", "but", "and"})

_PAIRS = {"“": '”"', "«": "»", "„": "“”", '"': '"'}
_CLOSERS = {"”", "»", '"', "“"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "nsubj:pass", "csubj"}
_CLAUSE_DEPS = {"ccomp", "xcomp", "parataxis", "advcl"}
_MIN_DIRECT_WORDS = 4
_ANTECEDENT_CHARS = 400
_PARTITIVES = frozenset(
    {
        "one",
        "some",
        "many",
        "several",
        "two",
        "three",
        "few",
        "most",
        "l'un",
        "l'une",
        "certains",
        "plusieurs",
    }
)
_SIGNATURE = re.compile(r"[ \t\xa0]*([―—–]+)[ \t\xa0]*(?=\w)")
_PERSON_LABELS = frozenset({"PERSON", "PER"})
# the articles of a definite description ("the minister", "le général", "l'avocat")
_DEFINITE = frozenset({"the", "this", "that", "le", "la", "l'", "l’", "ce", "cet", "cette"})
_LABEL = re.compile(
    r"^[ \t]*[\"“]?([A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|and|of|&)){0,4})"
    r"[ \t]*:[ \t]+(\S[^\n]*?)[ \t]*$",
    re.M,
)
_CONTINUING_PREPOSITIONS = frozenset(
    {"as", "to", "including", "about", "of", "against", "into", "with"}
)
_SUBORDINATORS = frozenset(
    {
        "when",
        "while",
        "as",
        "after",
        "before",
        "if",
        "because",
        "since",
        "although",
        "though",
        "once",
        "until",
        "unless",
        "whether",
        "where",
        "but",
        "and",
        "quand",
        "lorsque",
        "si",
        "comme",
        "après",
        "avant",
        "mais",
        "et",
    }
)
# verbs by which an outlet relays a report it did not make: "X said Y, Reuters reported"
_RELAYING = frozenset({"report", "rapporter", "relate", "relater", "write", "écrire"})
# what sets a second report against the first: "..., while Y insisted", "..., tandis que Y"
_CONTRAST = frozenset({"while", "whereas", "whilst", "tandis", "alors"})
_DEMONSTRATIVES = frozenset({"these", "those", "ces"})
# the words that join an outlet to its frame: "sur franceinfo", "aux Échos", "to Reuters"
_OUTLET_LINKS = frozenset({"sur", "à", "au", "aux", "to", "on", "in", "with"})
_CUE_LEFT = frozenset({"aux", "auxpass", "neg", "advmod", "aux:pass", "expl:comp"})
_CUE_PREPOSITIONS = frozenset({"for", "to", "about", "against", "of", "on", "at"})
_OUTLET_NOUNS = frozenset(
    {
        "outlet",
        "newspaper",
        "paper",
        "agency",
        "broadcaster",
        "site",
        "website",
        "magazine",
        "journal",
        "média",
        "quotidien",
        "daily",
        "weekly",
        "tabloid",
        "hebdomadaire",
    }
)
_MAX_QUOTE_CHARS = 20000
_MAX_FRAME_CHARS = 400
_SENTENCE_END = re.compile(r"\b[a-z]{3,}[.!?][\"”’']*\s+(?=[A-Z\"“‘'])")
# pronoun objects that stand for content ("denied it", "the plan which he proposed")
_CONTENT_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "which", "whom", "what"})
# "made the case that X", "made the point that X"
_MADE_NOUNS = frozenset(
    {"case", "point", "argument", "observation", "commitment", "claim", "promise", "pledge"}
    | {"accusation", "allegation", "statement", "comment", "remark", "suggestion", "plea"}
    | {"appeal", "pitch", "prediction", "assertion", "vow", "mention", "secret"}
)
_NOT_SPEECH = frozenset(
    {"believe", "seem", "know", "want", "hope", "expect", "consider", "understand", "like"}
    | {"love", "hate", "dislike", "adore", "resent", "distrust", "admire", "learn", "support"}
    | {"oppose", "favor", "prefer", "vote", "fear", "worry", "intend", "plan", "realize"}
    | {"recognize", "doubt", "suspect", "view", "regard", "deem", "find", "show", "embrace"}
)
# verbs whose clausal complement is no attitude or speech ("make sure", "let them go")
_NOT_CLAUSAL = frozenset(
    {"make", "let", "help", "have", "get", "be", "see", "go", "come", "do", "take", "win", "lead"}
)
# A paragraph that ends on its verb and a colon ("The governor added:"), then a paragraph
# that opens with no quote mark or markup.
_COLON_FRAME = re.compile(
    r"^[^\n]{0,160}?\b(\w+):[ \t\xa0]*\n[ \t\xa0]*\n?[ \t\xa0]*([^\s\"“‘'<(\[][^\n]*)", re.M
)
_POLLS = frozenset({"poll", "survey", "sondage"})
_SPEECH_VERBS = frozenset({"speak", "talk", "sing", "testify", "chant", "parler"})
_STANCE_VERBS = frozenset(
    {"support", "back", "oppose", "endorse", "praise", "criticize", "criticise", "blame"}
    | {"attack", "defend", "favor", "prefer", "reject", "condemn", "thank", "congratulate"}
)
# A quote of at least two sentences, the first opening with a capital: speech, not a phrase.
_SENTENCES = re.compile(r"[\"“«]\s*[A-Z][^\n]*?\w[.?!]\s+[A-Z\"“'‘][^\n]*[.?!,][\"”»]\Z")


@dataclass
class QuoteSpan:
    start: int
    end: int
    closed: bool


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Quote-mark pairs, one paragraph at a time; a paragraph that reopens a quote continues it.
    Doubled apostrophes ('' ... '', as some papers print quotes) count as straight marks."""
    source = text
    if "''" in text:
        text = text.replace("''", ' "')  # same length: the mark sits on the second apostrophe
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    expected: str = ""
    nested = 0  # curly quotes opened inside a straight one
    carried: int | None = None  # start of a quote left open at the end of a paragraph
    position = 0
    for paragraph in re.split(r"(\n\s*\n|\n)", text):
        if not paragraph.strip() or paragraph.startswith("\n"):
            position += len(paragraph)
            continue
        stripped = paragraph.lstrip()
        lead = len(paragraph) - len(stripped)
        if carried is not None and stripped[:1] != text[carried]:
            # Continued only when reopened with the same mark: a block quote in straight marks
            # is not continued by a paragraph that opens a curly quote.
            spans.append(QuoteSpan(carried, _paragraph_end(text, position), closed=False))
            carried = None
        for offset, char in enumerate(paragraph):
            index = position + offset
            if open_at is None:
                if char == "”" and offset == lead and carried is None:
                    # A paragraph opened with a closing mark, as some pages print it.
                    open_at, expected = index, "”"
                elif char in _PAIRS and not _is_inch_or_apostrophe(text, index):
                    open_at, expected, nested = index, _PAIRS[char], 0
                    if carried is not None and offset == lead:
                        open_at = carried
                        carried = None
            elif expected == '"' and char in "“”":
                # A straight quote closed by a curly mark, as sloppy pages print it, unless the
                # curly mark closes a quote nested inside.
                if char == "“":
                    nested += 1
                elif nested:
                    nested -= 1
                else:
                    spans.append(QuoteSpan(open_at, index + 1, closed=True))
                    open_at = None
            elif expected == '”"' and char == "“" and _opens_nested(text, index):
                nested += 1  # “... what he calls “hell” than ...”
            elif expected == '”"' and char == "”" and nested:
                nested -= 1
            elif char in expected and index > open_at and not _reopens(text, index, char):
                spans.append(QuoteSpan(open_at, index + 1, closed=True))
                open_at = None
        if open_at is not None:
            # Unclosed at the paragraph end: continued if the next paragraph reopens the quote.
            carried, open_at = open_at, None
        position += len(paragraph)
    if carried is not None:
        spans.append(QuoteSpan(carried, len(text.rstrip()), closed=False))
    if source is not text:
        for span in spans:
            if source[span.start - 1 : span.start + 1] == "''":
                span.start -= 1
    return [s for s in spans if s.end - s.start <= _MAX_QUOTE_CHARS or not s.closed]


def _embedded(text: str, quote: QuoteSpan) -> bool:
    """A quote that continues a clause ('called it "a disgrace"') rather than standing alone."""
    before = text[max(0, quote.start - 2) : quote.start]
    words = len(text[quote.start : quote.end].split())
    # A quote that opens a line is never embedded, whatever ends the line before.
    opening = re.search(r"[^\W\d_]", text[quote.start : quote.end])
    # ', « ne passera pas »': a fragment in guillemets that opens in lower case continues the
    # clause (French frames sit inside one pair of marks; in English a lower-case opening is
    # the second half of a quote a frame split: '"...," he said, "and ..."')
    fragment = (
        text[quote.start] == "«"
        and opening is not None
        and opening.group(0).islower()
        and words < 10
    )
    return (
        (bool(re.search(r"[\w'’][ \t\xa0]?\Z", before)) or fragment)  # "d'« illégale »" too
        and words < 25
        and not before.rstrip().endswith(":")
        # 'declared "I think it is obsolete. Things are different now."': whole sentences.
        and not _SENTENCES.match(text, quote.start, quote.end)
    )


def _paragraph_end(text: str, paragraph_start: int) -> int:
    before = text[:paragraph_start].rstrip()
    return len(before)


def _opens_nested(text: str, index: int) -> bool:
    """An opening curly mark inside an open curly quote, shaped as an opener (a space before, a
    word after) and closed later in the same line, rather than a misprinted closing mark."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    line_end = text.find("\n", index)
    rest = text[index + 1 : line_end if line_end >= 0 else len(text)]
    return before.isspace() and after.isalnum() and rest.count("”") >= 2


def _is_inch_or_apostrophe(text: str, index: int) -> bool:
    return text[index] == '"' and index > 0 and text[index - 1].isdigit()


def _reopens(text: str, index: int, char: str) -> bool:
    """A straight '"' that opens ('said "we') rather than closes: a space before, a word after."""
    if char != '"':
        return False
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return before.isspace() and after.isalnum()


class Attributor:
    def __init__(self, pack: LanguagePack) -> None:
        self.pack = pack
        self.cues = pack.words("cue_verbs")
        self.reporting_nouns = pack.words("reporting_nouns")
        self.stance_adjectives = pack.words("stance_adjectives")
        self.pronouns = pack.words("person_pronouns")
        self.role_nouns = pack.words("role_nouns")
        self.person_object_senses = pack.words("person_object_senses")
        self.performative_objects = pack.words("performative_objects")
        self.anonymity = {
            kind: frozenset(w.lower() for w in words) for kind, words in pack["anonymity"].items()
        }
        self.anonymity_determiners = pack.words("anonymity_determiners")
        self.outlet_heads = pack.words("outlet_heads")
        self.outlet_participles = pack.words("outlet_participles")
        self.reporting_participles = pack.words("reporting_participles")
        self.stance_prepositions = pack.words("stance_prepositions")
        self.opinion_holders = pack.words("opinion_holders")
        # written with either apostrophe: "sous couvert d'anonymat", "d’anonymat"
        self.anonymity_formulas = frozenset(
            variant
            for formula in pack.words("anonymity_formulas")
            for variant in (formula, formula.replace("'", "’"))
        )
        self.source_prepositions = [p.lower() for p in pack["source_prepositions"]]
        self.clause_only_cues = pack.words("clause_only_cues")
        self.attitudes = load_attitude_model(pack.code)
        self._calendar = calendar_words(pack.code)
        self._text = ""
        self._quoted: list[tuple[int, int]] = []
        self._ents_of: Doc | None = None
        self._ents: Sequence[Span] = ()

    def _entities(self, doc: Doc) -> Sequence[Span]:
        """``doc.ents``, built once per document (the property makes a new tuple each time)."""
        if self._ents_of is not doc:
            self._ents_of, self._ents = doc, self._with_apposed_names(doc)
        return self._ents

    def _with_apposed_names(self, doc: Doc) -> tuple[Span, ...]:
        """``doc.ents`` with a name set in apposition to a role taken for a person whatever the
        recogniser made of it: "the mayor of Alzira, Carmen Ortuño," (tagged with the town as
        one organisation), "Le chef de la mission de l'ONU, Karim Benslimane," (a place), "le
        porte-parole, le colonel Henri Lassalle," (hung on the title)."""
        # a title the recogniser took for a person ("Premier ministre") names nobody
        ents = [
            e
            for e in doc.ents
            if e.label_ not in _PERSON_LABELS
            or not all(self._role_word(t) or t.pos_ in {"ADJ", "DET"} for t in e)
        ]
        person_label = "PER" if self.pack.code == "fr" else "PERSON"
        for token in doc:
            name = self._apposed_name(token)
            if name is None:
                continue
            covering = [e for e in ents if e.start < name.end and name.start < e.end]
            if any(e.label_ in _PERSON_LABELS for e in covering):
                continue
            # the place or organisation the name was glued to keeps its own words
            kept = [
                Span(doc, e.start, name.start - 1, label=e.label_)
                for e in covering
                if e.start < name.start - 1 and doc[name.start - 1].text == ","
            ]
            ents = [e for e in ents if e not in covering]
            ents.extend([*kept, Span(doc, name.start, name.end, label=person_label)])
        return tuple(sorted(ents, key=lambda e: e.start))

    def _apposed_name(self, token: Token) -> Span | None:
        """The capitalised name ``token`` heads when it is set off by a comma in apposition to
        a role ("the mayor, Jane Roe"), to what a role governs ("the mayor of Alzira, Carmen
        Ortuño") or follows a title so set ("..., le colonel Henri Lassalle"); else None."""
        if token.pos_ != "PROPN" or not token.is_title:
            return None
        head = token.head
        if token.dep_ == "appos" and head.i < token.i:
            anchor = head
            if anchor.dep_ in {"pobj", "nmod"} and not self._role_word(anchor):
                anchor = anchor.head.head if anchor.dep_ == "pobj" else anchor.head
            if not self._role_word(anchor):
                return None
            titled = False
        elif (
            token.dep_ in {"nmod", "flat:name", "compound"}
            and head.i < token.i
            and all(t.is_space for t in token.doc[head.i + 1 : token.i])
        ):
            # "..., le colonel Henri Lassalle", "..., Me\u00a0Léa Garnier": after a title set off
            opening = head.i - 1
            while opening > 0 and token.doc[opening].dep_ == "det":
                opening -= 1
            if not self._role_word(head) or not (
                head.dep_ == "appos" or token.doc[opening].text == ","
            ):
                return None
            titled = True
        else:
            return None
        doc = token.doc
        start = _given_names_start(token)
        end = token.i + 1
        while (
            end < len(doc)
            and doc[end].head.i == token.i
            and doc[end].dep_ in {"flat", "flat:name"}
            and doc[end].is_title
        ):
            end += 1
        if end - start < 2 or not all(t.is_alpha or t.text == "-" for t in doc[start:end]):
            return None
        if not titled:
            before = start - 1
            while before > 0 and doc[before].is_space:
                before -= 1  # "Me\u00a0Léa Garnier": a no-break space, a token of its own
            if before > 0 and self._role_word(doc[before]) and doc[before].is_title:
                before -= 1  # "L'avocate de la famille, Me Léa Garnier,": a title first
            if before < 0 or doc[before].text != ",":
                return None
        return doc[start:end]

    def _role_word(self, token: Token) -> bool:
        return token.lower_ in self.role_nouns or token.lemma_.lower() in self.role_nouns

    # -- speaker description ------------------------------------------------------------

    def is_cue(self, token: Token) -> bool:
        if token.pos_ not in {"VERB", "AUX"} and not _verb_by_its_arguments(token):
            return False
        lemma = token.lemma_.lower()
        if _idiom_end(token) is not None:
            return True  # "a mis en garde X": warned
        # The small French model often leaves -er verbs unlemmatized ("estime" for "estimer")
        # and takes other present forms for adjectives ("dément": démentir, "admet": admettre).
        if lemma in self.cues or (
            self.pack.code == "fr"
            and {f"{lemma}r", f"{token.lower_}ir", f"{token.lower_}re", f"{token.lower_}tre"}
            & self.cues
        ):
            return True
        # The English one drops a final e ("hoped", "hoping" -> "hop", "rated" -> "rat").
        return (
            self.pack.code == "en"
            and f"{lemma}e" in self.cues
            and token.lower_ in {f"{lemma}ed", f"{lemma}ing", f"{lemma}es"}
        )

    def _clausal_cue(self, token: Token) -> bool:
        """A verb outside the lexicon that takes a clausal complement and has a person or an
        organisation as its subject ("Trump tweeted that ...", "the FBI concluded that ..."):
        an attitude or speech predicate whatever its lemma, as PolNeAR annotates it."""
        if token.pos_ != "VERB" or self.pack.code != "en":
            return False
        if token.lemma_.lower() in _NOT_CLAUSAL:
            return False
        if not any(c.dep_ == "ccomp" and c.i > token.i for c in token.children):
            return False
        subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            return False
        if subject.tag_ in {"WP", "WDT"} and token.dep_ == "relcl":
            subject = token.head
        return (
            self._is_pronoun(subject)
            or subject.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
            or subject.lower_ in self.role_nouns
            or subject.lemma_.lower() in self.role_nouns
        )

    def _reattached(self, token: Token) -> Token | None:
        """The reporting verb a trailing participle belongs to when the parser hung it inside
        the reported clause: in "Perdue said the plan failed, arguing that X", "arguing" is
        Perdue's, not the plan's. A comma before it, no subject of its own, a cue itself, and
        a speech verb two clauses up at most; or a conjoined verb as below."""
        if (
            token.i == 0
            or token.head.i > token.i
            or not self._speech(token)
            or any(c.dep_ in _SUBJECT_DEPS for c in token.children)
        ):
            return None
        if token.dep_ == "conj":
            # "Trump said he would order a review and warned against X": a verb joined to the
            # clause by "and", in the reporting verb's own tense, and not after a clause put
            # in that tense by "do" ("said X did not refuse the order and asked ...": X asked).
            clause = token.head
            if (
                clause.dep_ != "ccomp"
                or not self._speech(clause.head)
                or clause.head.tag_ != token.tag_
                or clause.head.i > clause.i
                or any(
                    c.dep_ == "aux" and c.lemma_.lower() == "do" and c.i < clause.i
                    for c in clause.children
                )
                or not any(
                    c.dep_ == "cc" and c.lower_ == "and" and clause.i < c.i < token.i
                    for c in clause.children
                )
            ):
                return None
            return clause.head
        if token.tag_ != "VBG" or token.dep_ != "advcl" or token.doc[token.i - 1].text != ",":
            return None
        clause = token.head
        for _ in range(3):
            if clause.dep_ == "ccomp":
                owner = clause.head
                return owner if owner.i < token.i and self._speech(owner) else None
            if clause.dep_ not in {"conj", "xcomp", "advcl", "acomp"}:
                return None
            clause = clause.head
        return None

    def _people(self, noun: Token) -> bool:
        """Whether a noun phrase names people: a person or a group ("two generals", "a group
        of soldiers")."""
        heads = [noun] + [
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in {"of", "de"}
            for g in c.children
            if g.dep_ == "pobj"
        ]
        # French: "une dizaine de soldats"; and "3 000 réservistes" the parser hung on a noun
        # after it ("rappeler 3 000 réservistes après les combats")
        heads += [
            c
            for c in noun.children
            if c.dep_ == "nmod"
            and (
                c.i < noun.i
                or any(g.dep_ == "case" and g.lower_ in {"de", "d'", "d’"} for g in c.children)
            )
        ]
        return any(
            h.ent_type_ in _PERSON_LABELS | {"NORP"}
            or h.lower_ in self.role_nouns
            or h.lemma_.lower() in self.role_nouns
            for h in heads
        )

    def _speech(self, token: Token) -> bool:
        """A cue that can frame a direct quote: a reporting verb, not a verb of belief, wish or
        support ("Clinton believes ...", "the vote seems ..." next to a quote is no frame)."""
        return self.is_cue(token) and token.lemma_.lower() not in _NOT_SPEECH

    def _person_in(self, doc: Doc, start: int, end: int, containing: bool = False) -> Span | None:
        """The first person entity inside tokens [start, end), or one around them."""
        for ent in self._entities(doc):
            if ent.label_ not in {"PERSON", "PER"}:
                continue
            if (
                (ent.start <= start and end <= ent.end)
                if containing
                else (ent.start >= start and ent.end <= end)
            ):
                return ent
        return None

    def _described_person(self, head: Token) -> str | None:
        """The full name of the person a definite role noun stands for ("the minister", "le
        général"): the nearest person named with that role in the three sentences before
        ("the defence minister, Oleh Savchenko", "Oleh Savtchenko, ministre de la Défense",
        "Defence Minister Oleh Savchenko"); None for any other speaker."""
        lemma = head.lemma_.lower()
        # "the officer" stands for a captain, "l'élu" for a député
        kinds = {lemma, head.lower_, *self.pack["role_kinds"].get(lemma, [])}
        kinds |= set(self.pack["role_kinds"].get(head.lower_, []))
        if (
            # "la chercheuse", which the tagger may take for an adjective
            not (
                head.pos_ == "NOUN"
                or (head.pos_ == "ADJ" and any(c.dep_ == "det" for c in head.children))
            )
            or (
                lemma not in self.role_nouns
                and head.lower_ not in self.role_nouns
                and head.lower_ not in self.pack["role_kinds"]
            )
            or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children)
            or any(t.pos_ == "PROPN" for t in head.subtree)
        ):
            return None
        doc = head.doc
        start = head.sent.start
        for _ in range(3):  # the three sentences before, without listing the whole document's
            if start == 0:
                break
            start = doc[start - 1].sent.start
        for token in reversed(doc[start : head.left_edge.i]):
            if token.pos_ not in {"NOUN", "PROPN"} or not kinds & {
                token.lemma_.lower(),
                token.lower_,
            }:
                continue
            holders = [
                c
                for c in token.children
                if c.i > token.i and c.dep_ in {"appos", "flat", "flat:name", "conj"}
            ]
            if token.dep_ in {"appos", "compound"}:
                holders.append(token.head)
            flat = [h for h in holders if h.dep_ in {"flat", "flat:name"} and h.is_title]
            if len(flat) > 1 and flat[-1].i - flat[0].i == len(flat) - 1:
                # "Le colonel | Marc | Deschamps", each hung on the title
                return canonical_name(doc[flat[0].i : flat[-1].i + 1].text)
            for holder in holders:
                name = _name_at(holder, after=token.i if holder.i > token.i else -1)
                if name is not None:
                    return canonical_name(name)
        return self._previous_subject(head)

    def _previous_subject(self, head: Token) -> str | None:
        """The one person the closest sentence before that names anyone names as its subject
        (within three sentences and the paragraph): "X a été entendu par les juges. À sa sortie,
        l'ancien ministre a assuré"; None when that sentence names two people, or names its
        person otherwise than as the subject."""
        doc = head.doc
        start = head.sent.start
        for _ in range(4):  # three sentences, and a quote mark the parser left on its own
            if start == 0 or "\n\n" in doc[start - 1].whitespace_ + doc[start - 1].text:
                return None
            previous = doc[start - 1].sent
            if any(
                t.lemma_.lower() == head.lemma_.lower() and t.i != head.i
                for t in doc[previous.start : head.i]
            ):
                return None  # "A senior official told reporters ... 'We ...,' the official said"
            people = [
                e
                for e in self._entities(doc)
                if e.label_ in _PERSON_LABELS and previous.start <= e.start < head.i
            ]
            if not people:
                start = previous.start
                continue
            if len({canonical_name(e.text) for e in people}) != 1:
                return None
            person = people[0]
            subject = _names_a_subject(person)
            return canonical_name(person.text) if subject and person.end <= previous.end else None
        return None

    def _issuer(self, head: Token) -> Span | None:
        """The named organisation or person a reporting noun is from ("a statement from X",
        "a report by X", "un communiqué de X"), or None."""
        if (
            head.lemma_.lower() not in self.reporting_nouns
            and head.lower_ not in self.reporting_nouns
        ):
            return None
        for child in head.children:
            if child.i < head.i:
                continue
            if child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}:
                owners = [g for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ == "nmod" and any(
                g.dep_ == "case" and g.lower_ in {"de", "du", "d'", "d’", "des"}
                for g in child.children
            ):
                owners = [child]
            else:
                continue
            for owner in owners:
                entity = next(
                    (e for e in self._entities(head.doc) if e.start <= owner.i < e.end), None
                )
                if entity is not None and entity.label_ in {"ORG", "NORP", *_PERSON_LABELS}:
                    return head.doc[max(entity.start, owner.left_edge.i) : entity.end]
        return None

    def _apposed_role(self, head: Token) -> bool:
        """Whether a person's role stands in apposition to ``head`` ("Amara Diallo, a
        researcher at ...")."""
        return any(
            c.dep_ == "appos"
            and (c.lower_ in self.role_nouns or c.lemma_.lower() in self.role_nouns)
            for c in head.children
        )

    def _leading_name(self, head: Token) -> Span | None:
        """A person named at the start of the sentence, then a comma, then the role phrase
        ``head`` heads, the parser having hung the name elsewhere ("Giuseppe Caruso, le maire
        de l'île, a expliqué ...", "Maxime Orlov, l'avocat de l'ancien lieutenant, a estimé")."""
        doc = head.doc
        comma = head.left_edge.i - 1
        if comma < 2 or doc[comma].text != "," or head.lower_ not in self.role_nouns:
            return None
        person = next(
            (e for e in self._entities(doc) if e.label_ in _PERSON_LABELS and e.end == comma),
            None,
        )
        if person is None or person.start > max(head.sent.start, dateline_end(head.sent)):
            return None
        return person

    def _trailing_apposition(self, head: Token) -> Span | None:
        """A person named after a comma that closes the speaker's phrase and its clause, which
        the parser did not hang on it: "a annoncé l'avocat de la famille, Me Pavel Chikov."."""
        doc = head.doc
        comma = head.right_edge.i + 1
        if doc[head.right_edge.i].text == ",":
            comma = head.right_edge.i  # the parser hung the comma on the phrase
        if comma + 1 >= len(doc) or doc[comma].text != ",":
            return None
        first = comma + 1
        while first < len(doc) - 1 and (
            doc[first].is_space
            or doc[first].dep_ == "det"
            or self._role_word(doc[first])
            or (doc[first].is_lower and doc[first].pos_ == "NOUN")
        ):
            # "l'avocate de la défense, Me Claire Dubosc,", "..., le colonel Amadou Sangaré,":
            # past the title
            first += 1
        person = next(
            (
                e
                for e in self._entities(doc)
                if e.label_ in _PERSON_LABELS and e.start in {comma + 1, first}
            ),
            None,
        )
        if person is None or person.end > head.sent.end:
            return None
        closed = person.end == len(doc) or doc[person.end].text in {".", ";", "!", "?", "»", "”"}
        # "a lancé la procureure, Hélène Vasseur, en requérant ...": an adjunct after its comma
        closed = closed or (
            person.end + 1 < len(doc)
            and doc[person.end].text == ","
            and doc[person.end + 1].is_lower
            and doc[person.end + 1].pos_ != "VERB"
        )
        # "le chef de file des députés, Olivier Marchal, a affirmé": the verb after its comma
        before_verb = (
            person.end + 1 < len(doc)
            and doc[person.end].text == ","
            and doc[person.end + 1].pos_ in {"VERB", "AUX"}
        )
        return person if closed or before_verb else None

    def describe_speaker(self, head: Token, known: dict[str, str]) -> Speaker:
        """The speaker phrase around ``head`` with its name, role and anonymity."""
        doc = head.doc
        excluded: set[int] = set()
        for child in head.children:
            if child.dep_ == "case":
                excluded.add(child.i)
            if child.dep_ in {"relcl", "acl:relcl", "acl", "appos", "punct", "cc", "conj"} or (
                child.dep_ == "prep" and child.i > head.i and head.pos_ == "PROPN"
            ):
                excluded.update(t.i for t in child.subtree)
        subtree = [t for t in head.subtree if t.i not in excluded]
        span_start = min(t.i for t in subtree)
        span_end = max(t.i for t in subtree) + 1
        span = doc[span_start:span_end]
        # the person the head itself names first, else one in its phrase, but not the one who
        # gathered the material ("testimonies collected by Novaya Gazeta": an outlet)
        gathered = [
            c
            for c in head.children
            if c.dep_ == "acl" and c.i > head.i and c.lower_ in self.reporting_participles
        ]
        phrase_end = gathered[0].left_edge.i if gathered else head.right_edge.i + 1
        person = self._person_in(doc, head.i, head.i + 1, containing=True)
        if person is None and head.pos_ == "NOUN":
            # "the mother of Ivan Petrov", "a lawyer for Anna", "Oleg's mother" are someone
            # else; only an apposition names the speaker ("the mother, Natalia Rudneva,")
            person = next(
                (
                    e
                    for e in self._entities(doc)
                    if e.label_ in _PERSON_LABELS
                    and head.i < e.start
                    # "L'avocate Sophie | Lenoir": the name right after the role, however cut
                    and (e.end <= phrase_end or e.start == head.i + 1)
                    # an apposition, however parsed ("le porte-parole du Kremlin, Dmitri Peskov"
                    # as a conjunct, "le général Valeri Guerassimov" as a flat name or even an
                    # adjective right after the title); not an object of "of"/"for" nor a
                    # possessor
                    and (
                        e.root.dep_ in {"appos", "conj", "flat", "flat:name", "compound"}
                        # "Marc | - | Olivier Tessier", the apposition on its second part
                        or any(t.dep_ == "appos" and t.head.i == head.i for t in e)
                        or (e.start == head.i + 1 and head.lower_ in self.role_nouns)
                        # "le porte-parole, le colonel Henri Lassalle,": the name hung on
                        # the title set in apposition
                        or (
                            e.root.head.dep_ == "appos"
                            and e.root.head.head.i == head.i
                            and e.start == e.root.head.i + 1
                            and self._role_word(e.root.head)
                        )
                    )
                ),
                None,
            )
        elif (
            person is None
            and (not head.ent_type_ or self._apposed_role(head))
            and (named := _unrecognised_name(head, any_label=True))
        ):
            # "Marie-Lourdes Étienne, a teacher in Kenscoff": not Kenscoff; "Amara Diallo, a
            # researcher at ...", which the recogniser took for an organisation
            person = named
        elif person is None:
            person = self._person_in(doc, head.left_edge.i, phrase_end)
        apposed_role: str | None = None
        if person is None and head.pos_ == "NOUN":
            # "Giuseppe Caruso, le maire de l'île, a expliqué": the name the parser left out
            # of the subject, before its role; else one after the phrase
            person = self._leading_name(head) or self._trailing_apposition(head)
            if person is not None:  # the phrase is the role: "avocat de la famille"
                apposed_role = re.sub(
                    r"^(?:an?|the|un|une|le|la|l['’])\s*", "", span.text, flags=re.I
                )
        if person is not None:
            # "― Jane Roe" as the recogniser has it; "Alexei | Tabakov" as it splits it
            person = _with_given_names(_without_marks(person), self.role_nouns)
        role = self._role(head, person)
        outlet = outlet_name(span.text, self.pack)
        if self._is_pronoun(head) and head.lower_ in PLURAL_PRONOUNS:
            # "..., they said": the group named before ("two people familiar with the
            # matter"), never one person of the sentence ("Colonel General Roman Gavrilin")
            return Speaker(
                text=head.text,
                start=head.idx,
                end=head.idx + len(head.text),
                name=None,
                role=known.get("plural"),
                anonymous=True,
                anonymity=known.get("plural_kind", "unresolved"),
            )
        if self._is_pronoun(head):
            name = self._antecedent(head, known)
            hyphen = 1 if head.text.startswith("-") else 0  # "a-t-il précisé": "il"
            return Speaker(
                text=head.text[hyphen:],
                start=head.idx + hyphen,
                end=head.idx + len(head.text),
                name=name,
                role=known.get(f"role:{name}") if name else None,
                anonymous=name is None,
                anonymity=None if name else "unresolved",
            )
        if person is not None:
            titles = [t for t in person if t.lower_ in self.role_nouns]
            if titles and titles[-1].i < person.end - 1 and titles[0].i == person.start:
                title = doc[person.start : titles[-1].i + 1].text
                role = f"{role} {title}" if role else title
                person = doc[titles[-1].i + 1 : person.end]
            role = apposed_role or role
            name = self._full_name(person.text, known)
            if role:
                known[f"role:{name}"] = role
            known["last"] = name
            return _speaker_from(
                person,
                name=name,
                role=role or known.get(f"role:{name}"),
                anonymous=False,
            )
        if outlet:
            known["outlet"] = outlet
            return _speaker_from(
                span,
                name=outlet,
                anonymous=False,
            )
        issuer = self._issuer(head)
        if issuer is not None:
            # "a statement from Halvorsen Shipping", "un communiqué du ministère de la Défense":
            # whoever issued it claims it
            return _speaker_from(span, name=canonical_name(issuer.text), role=role, anonymous=False)
        if head.lower_ in _PARTITIVES or (
            head.lower_ in {"un", "une"} and head.i > 0 and doc[head.i - 1].lower_ in {"l'", "l’"}
        ):
            # "one of the soldiers", "some of the people": the group decides the kind.
            group = next(
                (
                    g
                    for c in head.children
                    if c.lower_ in {"of", "de", "d'", "des"}
                    for g in c.children
                    if g.dep_ in {"pobj", "obj", "nmod"}
                ),
                None,
            )
            if (
                group is None
                or self._person_in(doc, group.left_edge.i, group.right_edge.i + 1) is None
            ):
                kind = (
                    self._anonymity_kind(group, list(group.subtree)) if group is not None else None
                )
                if role is None and group is not None and group.lower_ in self.role_nouns:
                    role = group.text
                return _speaker_from(
                    span,
                    name=None,
                    role=role,
                    anonymous=True,
                    anonymity=kind or "unnamed",
                )
        kind = self._anonymity_kind(head, subtree)
        if head.pos_ == "PROPN" or any(
            e.label_ in {"ORG", "GPE", "NORP"}
            for e in self._entities(doc)
            if e.start <= head.i < e.end
        ):
            ent = next((e for e in self._entities(doc) if e.start <= head.i < e.end), None)
            text_span = _without_marks(ent if ent is not None else span)
            name = (
                self._full_name(text_span.text, known)
                if len(text_span) == 1
                else canonical_name(text_span.text)
            )
            return _speaker_from(
                text_span,
                name=name,
                role=role or known.get(f"role:{name}"),  # "Dorne added": the role given before
                anonymous=False,
            )
        determiner = next(
            (
                t.lower_
                for t in head.lefts
                # "one woman, who declined to give her name": one of a kind, unnamed
                if t.dep_ == "det" or (t.dep_ == "nummod" and t.lower_ == "one")
            ),
            "",
        )
        if (
            determiner in self.pack.words("description_determiners")
            and head.lower_ in self.outlet_heads | _OUTLET_NOUNS
            and "outlet" in known
        ):
            return _speaker_from(
                span,
                name=known["outlet"],
                anonymous=False,
            )
        if (
            determiner in self.pack.words("description_determiners")
            and head.lower_ in self.role_nouns
        ):
            # "the expert": the last named speaker whose role has this noun.
            for key, value in known.items():
                if key.startswith("role:") and head.lower_ in value.lower():
                    return _speaker_from(
                        span,
                        name=key[5:],
                        role=value,
                        anonymous=False,
                    )
        # a role noun, or any person described by an indefinite article ("un commerçant du
        # quartier", "a fisherman"): an unnamed source
        described = (
            head.lower_ in self.role_nouns
            or (
                determiner in {"a", "an", "one", "un", "une"}
                and head.pos_ == "NOUN"
                and head.lower_ not in self.reporting_nouns | self.outlet_heads | _OUTLET_NOUNS
                and head.lemma_.lower() not in self.reporting_nouns
                # "a woman ... who gave only her first name, Irina": unless a name may follow
                and not any(t.is_title and t.is_alpha for t in doc[head.i + 1 : head.sent.end])
            )
        )
        if described and role is None:
            role = re.sub(r"^(?:an?|the|one|un|une|le|la|les|des)\s+", "", span.text, flags=re.I)
        plural = head.tag_ in {"NNS", "NNPS"} or "Plur" in head.morph.get("Number", [])
        if (
            plural
            and determiner in _DEMONSTRATIVES
            and known.get("plural_head") == head.lemma_.lower()
        ):
            # "..., ont précisé ces sources": the sources named before ("des sources proches
            # du dossier")
            return _speaker_from(
                span,
                name=None,
                role=known.get("plural"),
                anonymous=True,
                anonymity=known.get("plural_kind", kind or "unnamed"),
            )
        if kind is None and not described:
            # "un cadre du parti, qui a requis l'anonymat", "a party official who asked not to
            # be named": the formula on the phrase makes it an unnamed source
            end = head.right_edge.idx + len(head.right_edge)
            if any(t.i < head.i and self.is_cue(t) for t in head.sent):
                # "a confié à l'AFP un militaire ..., sous couvert d'anonymat": the formula may
                # close the frame after the phrase
                end = max(end, head.sent.end_char)
            # "Un magistrat du parquet, s'exprimant sous couvert d'anonymat, a affirmé": the
            # clause set off by commas right after the phrase
            aside = re.match(r"\s*,[^,]{1,80},", self._text[end:])
            if aside is not None:
                end += aside.end()
            whole = self._text[head.left_edge.idx : end]
            if any(f in whole.lower() for f in self.anonymity_formulas):
                kind = "unnamed"
        if (kind is not None or described) and plural:
            known["plural"] = span.text
            known["plural_kind"] = kind or "unnamed"
            known["plural_head"] = head.lemma_.lower()
        return _speaker_from(
            span,
            name=None,
            role=role,
            anonymous=kind is not None or described,
            anonymity=kind or ("unnamed" if described else None),
        )

    def _described_antecedent(self, pronoun: Token) -> Token | None:
        """The last subject shortly before the pronoun that names a person by a role noun
        ("the mother", "a lawyer"), when no person is named after it."""
        doc = pronoun.doc
        window = doc.char_span(
            max(0, pronoun.idx - _ANTECEDENT_CHARS), pronoun.idx, alignment_mode="expand"
        )
        start = window.start if window is not None else pronoun.sent.start
        candidates = [
            t
            for t in doc[start : pronoun.i]
            if t.dep_ in _SUBJECT_DEPS
            and t.lower_ in self.role_nouns
            and not self._is_pronoun(t)
            and not self._in_quote(t.idx)  # '"The soldiers know," he said': not them
        ]
        if not candidates:
            return None
        last = candidates[-1]
        people = [
            e
            for e in self._entities(doc)
            if e.label_ in {"PERSON", "PER"} and last.i < e.start < pronoun.i
        ]
        return None if people else last

    def _in_quote(self, index: int) -> bool:
        return any(start < index < end for start, end in self._quoted)

    def _is_pronoun(self, token: Token) -> bool:
        # "estime-t-elle": the small French model tags the clitic "-elle" a noun.
        return (token.pos_ == "PRON" or token.text.startswith("-")) and token.lower_.lstrip(
            "-"
        ) in self.pronouns

    def _recent_speaker(self, pronoun: Token, speaker: Speaker) -> bool:
        """Whether the previous speaker comes after the last person named before the pronoun."""
        people = [
            e
            for e in self._entities(pronoun.doc)
            if e.label_ in {"PERSON", "PER"} and e.end <= pronoun.i
        ]
        return speaker.start < pronoun.idx and (
            not people or speaker.start >= people[-1].start_char
        )

    def _antecedent(self, pronoun: Token, known: dict[str, str]) -> str | None:
        """The person a pronoun speaker refers to: the last person named in the two sentences
        before it (or in its own), else the last named speaker."""
        known.pop("antecedent_at", None)  # where that person is named, for the outlet
        doc = pronoun.doc
        sentence = pronoun.sent
        window_start = sentence.start
        for _ in range(2):
            if window_start == 0:
                break
            window_start = doc[window_start - 1].sent.start
        # the parser's sentences can be fragments ("« ... »" alone): at least the paragraph's
        # last few hundred characters
        reach = max(0, pronoun.idx - _ANTECEDENT_CHARS, self._text.rfind("\n\n", 0, pronoun.idx))
        earlier = doc.char_span(reach, pronoun.idx, alignment_mode="expand")
        if earlier is not None:
            window_start = min(window_start, earlier.start)
        people = [
            e
            for e in self._entities(doc)
            if e.label_ in {"PERSON", "PER"}
            and window_start <= e.start
            and e.end <= pronoun.i
            and not self._in_quote(e.start_char)  # '"Putin lies," he said': he is not Putin
        ]
        if people:
            # the last person named as a subject ("Omar Haddad, 61, stood outside his pharmacy
            # in Khan Younis. ... he told AP"), else the last named
            # (or named in apposition to a subject: "Le colonel Jean-Baptiste Mukendi")
            subjects = [e for e in people if _names_a_subject(e)]
            person = (subjects or people)[-1]
            end = person.end
            while (
                end < pronoun.i
                and doc[end].pos_ == "PROPN"
                and doc[end].is_title
                and doc[end].ent_type_ in {"", *_PERSON_LABELS}
            ):
                end += 1  # "Sandrine | Lefèvre": a surname the recogniser left out
            known["antecedent_at"] = str(person.start)
            start = person.start
            while start < end - 1 and doc[start].lower_ in self.role_nouns:
                start += 1  # "Lawyer Maxim Grebnev" as the recogniser has it: a title
            name = self._full_name(doc[start:end].text, known)
            if start > person.start:
                known.setdefault(f"role:{name}", doc[person.start : start].text)
            return name
        titled = self._titled_subject(doc, window_start, pronoun.i)
        if titled is not None:
            return self._full_name(titled, known)
        return known.get("last")

    def _titled_subject(self, doc: Doc, start: int, end: int) -> str | None:
        """The last subject in tokens [start, end) that names a person by title and name, which
        the recogniser missed: "Lieutenant General Oleksandr Pavlyuk did not hide ..."."""
        found = None
        for token in doc[start:end]:
            if token.dep_ not in _SUBJECT_DEPS or token.pos_ != "PROPN":
                continue
            if token.ent_type_ not in {"", "PERSON", "PER"} or self._in_quote(token.idx):
                continue
            run = [t for t in token.lefts if t.dep_ in {"compound", "flat", "flat:name"}]
            words = [*run, token]
            if len(words) < 2 or words[-1].i - words[0].i != len(words) - 1:
                # "la députée écologiste Sandrine Lefèvre ne décolère pas": the capitalised
                # words before the subject, whatever the parser hung them on
                first = token.i
                while first > start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title:
                    first -= 1
                words = list(doc[first : token.i + 1])
                before = first - 1
                while before > start and doc[before].pos_ == "ADJ":
                    before -= 1
                if len(words) >= 2 and before >= start and doc[before].lower_ in self.role_nouns:
                    found = " ".join(t.text for t in words)
                continue
            titles = [t for t in words if t.lower_ in self.role_nouns]
            names = [t for t in words if t.lower_ not in self.role_nouns]
            if titles and len(names) >= 1 and titles[-1].i < names[0].i:
                found = " ".join(t.text for t in names)
        return found

    def _anonymity_kind(self, head: Token, subtree: list[Token]) -> str | None:
        # "people briefed on the talks": the participle the phrase leaves out says it too
        words = {t.lower_ for t in subtree} | {head.lemma_.lower()}
        words |= {c.lower_ for c in head.children if c.dep_ == "acl" and c.i > head.i}
        # the phrase before its first preposition: "un officier ukrainien | sous couvert ...",
        # whose head the parser may have put on the adjective; not "a lawyer | for officials"
        ordered = sorted(subtree, key=lambda t: t.i)
        cut = next((n for n, t in enumerate(ordered) if t.pos_ == "ADP"), len(ordered))
        nouns = {t.lower_ for t in ordered[:cut] if t.pos_ == "NOUN"}
        for kind in ("familiar", "documents", "testimonies", "official", "source"):
            markers = self.anonymity.get(kind, frozenset())
            if kind == "familiar" and words & markers:
                return kind
            if head.lower_ in markers or head.lemma_.lower() in markers:
                return kind
        for kind in ("official", "source"):
            if nouns & self.anonymity.get(kind, frozenset()):
                return kind
        return None

    def _role(self, head: Token, person: Span | None) -> str | None:
        doc = head.doc
        for token in [head, *(person.root.children if person is not None else [])]:
            for child in token.children:
                if child.dep_ == "appos":
                    tokens = [t for t in child.subtree if not t.is_punct]
                    if tokens:
                        text = doc[tokens[0].i : tokens[-1].i + 1].text
                        if person is None or not inside(
                            tokens[0].i, tokens[-1].i + 1, person.start, person.end
                        ):
                            return re.sub(r"^(?:an?|the|un|une|le|la)\s+", "", text, flags=re.I)
        if person is not None:
            # "security expert Anna Kovalenko": the run of nouns and adjectives before the name.
            first = person.start
            while (
                first > 0
                and doc[first - 1].pos_ in {"NOUN", "ADJ", "PROPN"}
                and doc[first - 1].ent_iob_ == "O"
                and person.start - first < 5
            ):
                first -= 1
            run = doc[first : person.start]
            if len(run) and any(t.lower_ in self.role_nouns for t in run):
                return run.text
        return None

    def _full_name(self, name: str, known: dict[str, str]) -> str:
        name = canonical_name(name)
        if " " in name:
            known.setdefault(f"name:{name.split()[-1]}", name)
            return name
        # a transcript label spells the surname in capitals ("BERG:" for Anna Berg)
        return known.get(f"name:{name.title() if name.isupper() else name}", name)

    # -- outlets ------------------------------------------------------------------------

    def find_outlet(self, cue: Token, sentence: Span) -> Outlet | None:
        candidates: list[Token] = []
        for child in cue.children:
            if child.dep_ in {"dative", "dobj", "obj", "iobj"}:
                candidates.append(child)
            if child.dep_ in {"prep", "obl", "obl:arg", "obl:mod"}:
                candidates.extend(g for g in child.children if g.dep_ in {"pobj", "obj"})
                candidates.append(child)
        for token in sentence:
            if token.lower_ in {"interview", "entretien", "interviewed"}:
                # "au Soir": a title the tagger may read as a common noun
                candidates.extend(
                    t
                    for t in token.subtree
                    if t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.text.istitle() and t.i > 0)
                )
            elif token.lower_ in self.reporting_nouns:
                # "in a statement to CNN", "dans un communiqué transmis à l'AFP"
                candidates.extend(
                    g
                    for c in token.subtree
                    if c.lower_ in {"to", "à", "au"}
                    for g in ([*c.children] if c.dep_ == "prep" else [c.head])
                    if g.dep_ in {"pobj", "obj", "obl", "obl:arg", "obl:mod", "nmod"}
                )
            elif token.lower_ in self.outlet_participles | _CITED:
                # "Asked by Le Figaro, ...", "Speaking to the BBC, ...", "Interrogé par Le Monde",
                # "..., cité par l'agence Keystone-ATS"
                for child in token.children:
                    if child.dep_ in {"agent", "prep"}:
                        candidates.extend(g for g in child.children if g.dep_ == "pobj")
                    elif child.dep_.startswith("obl") or child.dep_ == "nmod":
                        candidates.append(child)
        for token in candidates:
            outlet = self.outlet_at(token)
            if outlet is not None:
                return outlet
        for token in candidates:
            outlet = self._unlisted_outlet(token)
            if outlet is not None:
                return outlet
        for token in cue.doc[cue.i + 1 : min(cue.i + 4, sentence.end)]:
            if token.lower_ in {"à", "au", "aux"}:
                # "a raconté à Novaïa Gazeta": a name the parser split or mistagged
                return self._outlet_after(token, sentence.end)
        return None

    def _unlisted_outlet(self, token: Token) -> Outlet | None:
        """An organisation a source spoke to that no list names ("told Ekho Kavkaza", "a
        expliqué à la Gazette de Tulle"), when it is no public body ("told the Senate
        committee", "a déclaré à l'Assemblée")."""
        ent = next((e for e in self._entities(token.doc) if e.start <= token.i < e.end), None)
        if ent is None or ent.label_ not in {"ORG", "MISC"} or ent.root.pos_ != "PROPN":
            return None
        if _PUBLIC_BODY.search(ent.text) or (ent.text.isupper() and len(ent.text) <= 4):
            return None  # "told the UN", "a déclaré à l'ONU"
        text = ent.text
        return Outlet(text=text, start=ent.start_char, end=ent.end_char, name=canonical_name(text))

    def outlet_at(self, token: Token) -> Outlet | None:
        """The outlet named by the phrase headed by ``token``, if it names one.

        Known names come from the language pack; otherwise an organisation whose last word is
        an outlet word ("Baltic Wire"), or a proper name after an outlet noun ("the independent
        outlet Verstka", "le média indépendant Verstka").
        """
        doc = token.doc
        ent = next((e for e in self._entities(doc) if e.start <= token.i < e.end), None)
        tokens = [
            t
            for t in token.subtree
            if t.dep_ != "case"
            and not (t.head.i == token.i and t.dep_ in {"punct", "relcl", "acl"})
        ]
        if not tokens:
            return None
        phrase = doc[tokens[0].i : tokens[-1].i + 1]
        span = ent if ent is not None else phrase
        # the phrase too when the recogniser took part of a name ("Novaïa" of "Novaïa Gazeta
        # Europe" as a person)
        name = outlet_name(span.text, self.pack) or (
            outlet_name(phrase.text, self.pack) if ent is not None and len(phrase) <= 6 else None
        )
        if (
            name is None
            and ent is not None
            and ent.label_ in {"ORG", "WORK_OF_ART", "MISC"}
            and ent[-1].lower_ in self.outlet_heads
        ):
            name = canonical_name(ent.text)
        if (
            name is None
            and token.pos_ == "PROPN"
            and any(c.lower_ in _OUTLET_NOUNS and c.i < token.i for c in token.children)
        ):
            # "the Moscow daily Vedomosti": the name the outlet noun describes
            first = token.i
            while (
                first > 0
                and doc[first - 1].head.i == token.i
                and (
                    doc[first - 1].dep_ in {"compound", "flat", "flat:name"}
                    and doc[first - 1].is_title
                )
            ):
                first -= 1
            named = doc[first : token.i + 1]
            return Outlet(
                text=named.text,
                start=named.start_char,
                end=named.end_char,
                name=outlet_name(named.text, self.pack) or canonical_name(named.text),
            )
        if name is None and (token.lower_ in self.outlet_heads or token.lower_ in _OUTLET_NOUNS):
            proper = [
                c
                for c in token.children
                # "le quotidien allemand Süddeutsche Zeitung", the name tagged as a noun
                if (c.pos_ == "PROPN" or (c.dep_ == "appos" and c.is_title))
                and c.dep_ in {"appos", "nmod", "flat", "flat:name", "compound", "nsubj", "amod"}
                and c.i > token.i
            ]
            if not proper:
                # "au quotidien allemand Handelsblatt", the name hung elsewhere: the capitalised
                # words right after the noun and its adjectives
                first = token.i + 1
                while first < len(doc) and doc[first].pos_ == "ADJ" and doc[first].is_lower:
                    first += 1
                last = first
                while last < len(doc) and doc[last].is_title and not doc[last].is_sent_start:
                    last += 1
                if last > first:
                    named = doc[first:last]
                    return Outlet(
                        text=named.text,
                        start=named.start_char,
                        end=named.end_char,
                        name=outlet_name(named.text, self.pack) or canonical_name(named.text),
                    )
            if proper:
                last = proper[0].right_edge.i
                while last + 1 < len(doc) and any(p.i == last + 1 for p in proper):
                    last = doc[last + 1].right_edge.i  # "Keystone | - | ATS", parsed apart
                named = doc[proper[0].left_edge.i : last + 1]
                return Outlet(
                    text=named.text,
                    start=named.start_char,
                    end=named.end_char,
                    name=canonical_name(named.text),
                )
        if name:
            return Outlet(text=span.text, start=span.start_char, end=span.end_char, name=name)
        return None

    def _quote(self, doc: Doc, start: int, end: int, kind: str, **fields: Any) -> Quote:
        """A Quote over text[start:end] of this document, with a content-hash id."""
        return Quote(
            id=content_id("quote", doc._.article_id, start, end, kind),
            kind=kind,  # type: ignore[arg-type]
            text=self._text[start:end],
            start=start,
            end=end,
            extractor=EXTRACTOR,
            **fields,
        )

    def _indirect_over(self, doc: Doc, tokens: list[Token], **fields: Any) -> Quote | None:
        """An indirect quote over the trimmed extent of ``tokens``; None when nothing is left."""
        bounds = _trimmed(tokens)
        if bounds is None:
            return None
        return self._quote(doc, *bounds, "indirect", **fields)

    def subjects(self, cue: Token, outside: tuple[int, int] | None = None) -> list[Token]:
        """The cue's subject; a conjoined verb ('described ... and said') shares its head's."""
        found = [
            c
            for c in cue.children
            if c.dep_ in _SUBJECT_DEPS
            or (
                c.pos_ == "PRON"
                and c.text.startswith("-")
                and c.lower_.lstrip("-") in self.pronouns
                and c.i > cue.i
            )
        ]
        if outside is not None:
            found = [c for c in found if not inside(c.idx, c.idx + 1, *outside)]
        split = _split_subject(found[1]) if len(found) > 1 else None
        if split is not None and split.i == found[0].i:
            found = found[1:]  # "Democratic frontrunner | Hillary Clinton said": the name
        if not found:
            # "as reported by X", "was told by X": the agent, before climbing to a governor.
            found = [
                g for c in cue.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
            ]
        found = [
            next((c for c in s.children if c.dep_ == "appos"), s)
            if s.lower_ in self.outlet_participles
            else s
            for s in found
        ]  # "Joint par téléphone, un officier ... a expliqué": the participle is no subject
        if not found:
            # "Un diplomate, s'exprimant sous couvert d'anonymat, estime que": the parser gave
            # the subject to the participial clause before the verb
            found = [
                g
                for c in cue.children
                if c.dep_ == "advcl"
                and c.i < cue.i
                and "Part" in c.morph.get("VerbForm", [])
                and "Pres" in c.morph.get("Tense", [])  # not the claim: "ont été interpellées"
                for g in c.children
                if g.i < c.i
                and (
                    g.dep_ in _SUBJECT_DEPS
                    # "Un magistrat, s'exprimant ...": the phrase that opens the sentence,
                    # whatever the parser called it
                    or (g.pos_ in {"NOUN", "PROPN"} and g.left_edge.i == cue.sent.start)
                )
            ][:1]
        if not found and cue.sent.start > 0 and cue.doc[cue.sent.start].text == ",":
            # "Un haut responsable européen | , s'exprimant sous couvert d'anonymat, a
            # affirmé": the parser ended a sentence on the subject, a phrase with no verb
            fragment = cue.doc[cue.sent.start - 1].sent
            if fragment.root.pos_ in {"NOUN", "PROPN"} and not any(
                t.pos_ in {"VERB", "AUX"} for t in fragment
            ):
                found = [fragment.root]
        found = [self._relative_antecedent(s, cue) or s for s in found]
        if (
            not found
            and cue.dep_ in {"amod", "acl"}
            and cue.head.i < cue.i
            and cue.head.pos_ in {"NOUN", "PROPN"}
            and (
                "Fin" in cue.morph.get("VerbForm", [])
                # "le porte-parole ..., ajoutant que": a present participle on its subject
                or (
                    self.pack.code == "fr"
                    and cue.dep_ == "acl"
                    and "Pres" in cue.morph.get("Tense", [])
                )
            )
        ):
            # "Un porte-parole reconnaît, ... que": a finite verb the parser hung on its
            # subject as a modifier (participles, "the report released Monday", are not finite);
            # not ", rapporte Le Monde." hung on the claim's last noun
            found = [cue.head] if self._inverted_frame(cue) is None else []
        if (
            not found
            or (len(found) > 1 and all(s.i < cue.i for s in found))
            or (len(found) == 1 and found[0].i < cue.i and _clause_as_subject(found[0]))
        ) and self._inverted_frame(cue) is not None:
            # ", rapporte le Kyiv Independent": the subject the parser read as an object (and
            # the claim's words it read as subjects, _inverted_frame)
            found = [
                c
                for c in cue.children
                if c.dep_ == "obj" and c.i > cue.i and c.lower_ not in self._calendar
            ][:1]
        if not found and (outlet := self._outlet_before(cue)) is not None:
            found = [outlet]  # "..., The Wall Street Journal reported": hung on the claim
        if not found:
            # "In an interview with Sky News, Brigadier General X, who ..., said": the speaker
            # the parser hung on the outlet as its apposition or conjunct
            # ("Dans un message publié sur Telegram, le gouverneur de la région, X, a écrit":
            # on the opening adverbial, past the auxiliary)
            comma = cue.i - 1
            while (
                comma > cue.sent.start
                and cue.doc[comma].head.i == cue.i
                and (cue.doc[comma].dep_ in {"aux", "aux:tense", "aux:pass"})
            ):
                comma -= 1
            opening = next(
                (
                    c
                    for c in cue.children
                    if c.dep_ in {"obl", "obl:mod", "prep"} and c.left_edge.i == cue.sent.start
                ),
                None,
            )
            found = [
                t
                for t in cue.doc[cue.sent.start : cue.i]
                if t.dep_ in {"appos", "conj"}
                and t.head.i < t.i
                and cue.doc[comma].text == ","
                and t.right_edge.i + 1 >= comma
                and (
                    self.outlet_at(t.head) is not None
                    or (
                        opening is not None
                        and opening.left_edge.i <= t.head.i <= opening.right_edge.i
                        and (self._role_word(t) or t.ent_type_ in _PERSON_LABELS)
                    )
                )
            ][:1]
        owner = None if found else self._reattached(cue)
        if owner is not None:
            found = self.subjects(owner, outside)
        governor = cue
        for _ in range(4):
            if found or governor.dep_ not in {"conj", "advcl", "xcomp", "pcomp", "prep", "advmod"}:
                break
            # "described ... and said", "..., saying that", "plans to argue that",
            # "responded by saying"
            governor = governor.head.head if governor.dep_ == "pcomp" else governor.head
            found = [c for c in governor.children if c.dep_ in _SUBJECT_DEPS]
            if outside is not None:
                found = [c for c in found if not inside(c.idx, c.idx + 1, *outside)]
        if not found and cue.dep_ == "acl" and self._reporting_noun(cue.head):
            # "issued a statement saying", "in a statement saying": the statement's owner.
            found = self._noun_source(cue.head)
        elif not found and cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.i < cue.i:
            # "voters describing themselves as moderate": the noun it modifies.
            found = [cue.head]
        if not found and cue.i > 0:
            # "... of the Washington Post Trump said that": a name right before the verb that the
            # parser attached elsewhere.
            before = cue.i - 1
            while (
                before > 0 and cue.doc[before].head.i == cue.i and cue.doc[before].dep_ in _CUE_LEFT
            ):
                before -= 1
            token = cue.doc[before]
            last = before
            while (
                last > 0
                and cue.doc[last].head.i == cue.i
                and cue.doc[last].dep_
                in {
                    "aux:tense",
                    "punct",
                }
            ):
                last -= 1  # "..., a assuré": past the French auxiliary and the comma
            top = cue.doc[last]
            while top.head.i != top.i:
                top = top.head
            if token.head.i != cue.i and (token.pos_ == "PROPN" or self._is_pronoun(token)):
                found = [token]
            elif (
                top.i < cue.i
                and top.pos_ in {"PROPN", "NOUN"}
                and top.right_edge.i == last
                and (
                    top.left_edge.i == 0
                    or "\n" in cue.doc[top.left_edge.i - 1].text
                    or cue.doc[top.left_edge.i - 1].text in {".", "!", "?"}
                )
            ):
                # "Sophie Marchand, porte-parole du gouvernement, a assuré que": a subject
                # with its apposition the parser made a sentence of its own
                found = [top]
            elif (
                token.head.i == cue.i
                and token.dep_ == "compound"
                and token.pos_ in {"NOUN", "PROPN"}
                and before == cue.i - 1
            ):
                # "..., records show": the noun the parser made a compound of the verb
                found = [token]
        if not found:
            # Inversion the parser misses: '"...," explique à L'Express Alexeï Tabakov'.
            window = cue.doc[cue.i + 1 : min(len(cue.doc), cue.i + 8)]
            found = [t for t in window if t.ent_iob_ == "B" and t.ent_type_ in {"PER", "PERSON"}][
                :1
            ]
            if found and any(t.pos_ == "NOUN" for t in cue.doc[cue.i + 1 : found[0].i]):
                found = []  # "témoigne une infirmière de Kharkiv": the name is the noun's
            closing = (
                self._closing_speaker(cue)
                if not found
                and self.pack.code == "fr"
                # the frame of a direct quote: "», a confié à l'AFP ..."
                and any(t.text in {"»", "”", '"'} for t in cue.doc[max(0, cue.i - 3) : cue.i])
                else None
            )
            if closing is not None and closing[0][0].pos_ != "PROPN":
                # "», a confié à l'AFP un militaire béninois rescapé de l'attaque": the speaker
                # the parser hung on the outlet (a name is read off the frame further on)
                found = [closing[0].root]
        # "a campaign that says ...": the relative pronoun itself (as PolNeAR marks the source);
        # the speaker is described from the noun it stands for.
        # "rules that promise ...": the noun; "the union, which says ...": the pronoun itself
        # (as PolNeAR marks the source), the speaker described from the noun it stands for.
        found = [
            s.head.head
            if s.lower_ == "that" and s.head.dep_ == "relcl" and s.head.head.i < s.i
            else s
            for s in found
        ]
        return [s if _antecedent_of(s) is not None else self._after_break(s, cue) for s in found]

    def _reporting_noun(self, token: Token) -> bool:
        return token.pos_ == "NOUN" and (
            token.lower_ in self.reporting_nouns or token.lemma_.lower() in self.reporting_nouns
        )

    def _noun_source(self, noun: Token) -> list[Token]:
        """Who a reporting noun belongs to: its possessor ("his claim"), its author ("a
        statement by/from X"), a name before it ("the White House statement"), or the subject
        of the verb it completes ("X issued a statement", "X said in a statement")."""
        for child in noun.children:
            if child.dep_ == "poss":
                return [child]
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects:
                    return objects[:1]
        for child in noun.lefts:
            if child.dep_ == "compound" and (
                child.pos_ == "PROPN" or child.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
            ):
                return [child]
        verb = noun.head
        if noun.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        if noun.dep_ in {"dobj", "obj", "pobj"} and verb.pos_ in {"VERB", "AUX"}:
            return [c for c in verb.children if c.dep_ in _SUBJECT_DEPS][:1]
        return []

    def _nominal(self, doc: Doc, noun: Token) -> Draft | None:
        """A reporting noun with a "that" clause: 'his claim that X', 'the warning that X'."""
        clause = next(
            (
                c
                for c in noun.children
                if c.dep_ in {"acl", "ccomp", "relcl", "appos"}
                and c.i > noun.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ),
            None,
        )
        if clause is None:
            return None
        verb = noun.head.head if noun.dep_ == "pobj" else noun
        if (
            noun.head.lower_ in {"in", "during"}
            and self.is_cue(verb)
            and not any(c.dep_ == "ccomp" for c in verb.children)
            and (subjects := self.subjects(verb))
        ):
            # "X warned in an interview with Reuters that ...": the clause the parser hung on
            # the medium is what the verb says
            quote = self._indirect_over(
                doc,
                list(clause.subtree),
                cue=_cue(verb),
                outlet=self.find_outlet(verb, verb.sent),
                confidence=0.7,
            )
            return None if quote is None else Draft(quote, subjects[0], subjects[0].idx)
        sources = self._noun_source(noun)
        quote = self._indirect_over(
            doc,
            list(clause.subtree),
            cue=Cue(
                text=noun.text,
                start=noun.idx,
                end=noun.idx + len(noun.text),
                lemma=noun.lemma_.lower(),
            ),
            confidence=0.6 if sources else 0.4,
        )
        if quote is None:
            return None
        return Draft(
            quote,
            sources[0] if sources else None,
            min([noun.idx, *(s.idx for s in sources)]),
            nominal=True,
        )

    def _adjectival(self, doc: Doc, adjective: Token) -> Draft | None:
        """A stance adjective after a copula: 'she is confident that X', 'they were critical
        of X', 'he was eager to X'. The cue runs from the copula to the adjective and its
        preposition; the subject of the copula is the source."""
        copula = adjective.head
        if copula.pos_ not in {"VERB", "AUX"} or copula.i > adjective.i:
            return None
        subjects = [
            s for s in self.subjects(copula) if not (s.lower_ == "it" and s.dep_ == "nsubj")
        ]
        if not subjects:
            return None
        last = adjective
        content: list[Token] = []
        clause = next(
            (
                c
                for c in [*adjective.children, *copula.children]
                if c.dep_ in {"ccomp", "xcomp"} and c.i > adjective.i
            ),
            None,
        )
        prep = next(
            (
                c
                for c in adjective.rights
                if c.dep_ == "prep"
                and c.i == adjective.i + 1
                and c.lower_ in {"about", "of", "with", "on", "over", "in", "that", "to"}
                and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)
            ),
            None,
        )
        if clause is not None:
            content = list(clause.subtree)
        elif prep is not None:
            last = prep
            content = [t for g in prep.children if g.i > prep.i for t in g.subtree]
        first = copula.i
        while first > 0 and doc[first - 1].head.i == copula.i and doc[first - 1].dep_ in _CUE_LEFT:
            first -= 1
        cue_start, cue_end = doc[first].idx, last.idx + len(last.text)
        quote = self._indirect_over(
            doc,
            content,
            cue=Cue(
                text=self._text[cue_start:cue_end],
                start=cue_start,
                end=cue_end,
                lemma=adjective.lemma_.lower(),
            ),
            confidence=0.5,
        )
        if quote is None:
            return None
        return Draft(quote, subjects[0], min(cue_start, subjects[0].idx))

    def _made(self, doc: Doc, verb: Token) -> Draft | None:
        """'made it clear that X', 'made the case for X', 'made the point that X': "make" with
        a word of saying is a cue; what the clause or the preposition holds is the content."""
        subjects = self.subjects(verb)
        if not subjects:
            return None
        clear = next(
            (
                c
                for c in verb.rights
                if c.lower_ == "clear" and c.dep_ in {"ccomp", "oprd", "acomp"}
            ),
            None,
        )
        noun = next(
            (
                c
                for c in verb.rights
                if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in _MADE_NOUNS
            ),
            None,
        )
        content: list[Token] = []
        last: Token | None = None
        if clear is not None:
            last = clear
            clause = next(
                (
                    c
                    for c in [*clear.children, *verb.children]
                    if c.dep_ in {"ccomp", "advcl"} and c.i > clear.i
                ),
                None,
            )
            content = list(clause.subtree) if clause is not None else []
        elif noun is not None:
            last = noun
            clause = next(
                (
                    c
                    for c in noun.rights
                    if c.dep_ in {"acl", "relcl", "ccomp"}
                    and c.left_edge.i == noun.i + 1
                    and c.left_edge.lower_ in {"that", "to"}
                ),
                None,
            )
            prep = next(
                (
                    c
                    for c in [*noun.rights, *verb.rights]  # "made the case | for X"
                    if c.dep_ == "prep"
                    and c.i in {noun.i + 1, noun.right_edge.i + 1}
                    and c.lower_ in {"for", "about", "of", "against"}
                ),
                None,
            )
            if clause is not None:
                content = list(clause.subtree)
            elif prep is not None:
                last = prep
                content = [t for g in prep.children for t in g.subtree]
        if last is None:
            return None
        cue = _cue(verb)
        cue_end = last.idx + len(last.text)
        quote = self._indirect_over(
            doc,
            content,
            cue=Cue(
                text=self._text[cue.start : cue_end],
                start=cue.start,
                end=cue_end,
                lemma="make",
            ),
            confidence=0.6,
        )
        if quote is None:
            return None
        return Draft(quote, subjects[0], min(cue.start, subjects[0].idx))

    def _fait_etat(self, doc: Doc, verb: Token) -> Draft | None:
        """'le gouvernement, qui fait état de deux morts parmi les mutins': "faire état de" is
        a cue, what follows "de" up to the end of its clause the content."""
        words = doc[verb.i + 1 : verb.i + 3]
        if (
            len(words) < 2
            or words[0].lower_ != "état"
            or words[1].lower_ not in {"de", "d'", "d’", "du", "des"}
        ):
            return None
        start = words[1].i + (words[1].lower_ in {"de", "d'", "d’"})
        end = next(
            (t.i for t in doc[start : verb.sent.end] if t.text in {",", ";", ":", ".", "\n"}),
            verb.sent.end,
        )
        # the parser may make "fait" an auxiliary of "état"
        clause = words[0] if verb.head.i == words[0].i else verb
        subjects = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
        if not subjects:
            return None
        subject = subjects[0]
        name = None
        if subject.lower_ in _FRENCH_RELATIVES and clause.dep_ in {"acl:relcl", "relcl"}:
            subject = clause.head  # "le gouvernement, qui fait état de": the government
            phrase = [
                t
                for t in subject.subtree
                if t.i < clause.left_edge.i and not (t.head.i == subject.i and t.dep_ == "case")
            ]
            while phrase and phrase[-1].is_punct:
                phrase.pop()
            name = (phrase[0].i, phrase[-1].i + 1) if phrase else None
        cue_start, cue_end = verb.idx, words[0].idx + len(words[0].text)
        auxiliary = next(
            (c for c in clause.children if c.dep_ == "aux:tense" and c.i != verb.i), None
        )
        if auxiliary is not None and auxiliary.i == verb.i - 1:
            cue_start = auxiliary.idx  # "a fait état"
        quote = self._indirect_over(
            doc,
            list(doc[start:end]),
            cue=Cue(
                text=self._text[cue_start:cue_end],
                start=cue_start,
                end=cue_end,
                lemma="faire état",
            ),
            confidence=0.6,
        )
        if quote is None:
            return None
        return Draft(quote, subject, min(cue_start, subject.idx), name=name)

    def _reportedly(self, doc: Doc, adverb: Token) -> Draft | None:
        """'X reportedly did Y': the adverb is the cue of the clause it modifies, with no source
        named; none when it modifies a reporting verb ("reportedly said")."""
        verb = adverb.head
        if verb.pos_ not in {"VERB", "AUX"} or self.is_cue(verb):
            return None
        opening = dateline_end(adverb.sent)
        bounds = _trimmed(
            [t for t in verb.subtree if t.i != adverb.i and t.i >= opening and "\n" not in t.text]
        )
        if bounds is None:
            return None
        start, end = bounds
        cue = Cue(
            text=adverb.text,
            start=adverb.idx,
            end=adverb.idx + len(adverb.text),
            lemma="reportedly",
        )
        quote = self._quote(doc, start, end, "indirect", cue=cue, confidence=0.4)
        return Draft(quote, None, adverb.idx)

    def _in_document(self, doc: Doc, token: Token) -> Draft | None:
        """'In a poll released Monday, 50 percent chose X': a fronted "in" with a reporting noun
        frames the clause it introduces, when that clause has no reporting verb of its own; a
        poll does anywhere ("Trump has a lead in the latest poll"), but not polls in general
        ("Trump slid in the polls")."""
        verb = token.head
        source = next((g for g in token.children if g.dep_ == "pobj"), None)
        if (
            source is not None
            and source.lemma_.lower() in _POLLS
            and verb.pos_ in {"NOUN", "NUM"}
            and verb.head.pos_ in {"VERB", "AUX"}
        ):
            verb = verb.head  # "a lead in the polls"
        if (
            source is None
            or not self._reporting_noun(source)
            or source.lower_ in {"interview", "conversation", "speech", "statement"}
            or verb.pos_ not in {"VERB", "AUX"}
            or self.is_cue(verb)
            or (
                # at the start of its sentence, after at most "But" or "And"; anywhere for a
                # poll ("Trump leads in the latest poll")
                (
                    not token.i < verb.i
                    or any(t.dep_ not in {"cc", "punct"} for t in doc[token.sent.start : token.i])
                )
                and (source.lemma_.lower() not in _POLLS or source.tag_ == "NNS")
            )
        ):
            # "leads in the polls": no particular poll; "leads in a CNN poll": that poll's
            return None
        phrase = range(token.i, token.right_edge.i + 1)
        quote = self._indirect_over(
            doc,
            [t for t in verb.subtree if t.i not in phrase],
            cue=Cue(text=token.text, start=token.idx, end=token.idx + len(token.text), lemma="in"),
            outlet=self._outlet_by(source),
            confidence=0.6,
        )
        if quote is None:
            return None
        return Draft(quote, source, token.idx)

    # -- main ---------------------------------------------------------------------------

    def _after_break(self, subject: Token, cue: Token) -> Token:
        """A subject the parser joined across a line break ("12:15 p.m.\n\nDonald Trump says"):
        the phrase on the cue's line."""
        doc = subject.doc
        if not subject.i < cue.i or cue.i - subject.i > 40:
            return subject
        breaks = [
            t.i
            for t in doc[subject.i : cue.i]
            if "\n" in t.text or (t.text == ":" and _label_colon(t))
        ]
        opening = dateline_end(cue.sent)
        if cue.sent.start <= subject.i < opening < cue.i:
            # "WASHINGTON -- President Obama, ..., said": not the dateline.
            breaks.append(opening - 1)
        if not breaks or breaks[-1] + 1 >= cue.i:
            return subject
        span = doc[breaks[-1] + 1 : cue.i]
        # the first noun whose head lies outside (", dedicating the museum," is no subject)
        nominal = [
            t
            for t in span
            if not span.start <= t.head.i < span.end and t.pos_ in {"PROPN", "NOUN", "PRON"}
        ]
        root = nominal[0] if nominal else span.root
        return root if root.i != cue.i else subject

    def __call__(self, doc: Doc) -> list[Quote]:
        """Find every attribution, then name the speakers in text order (so pronouns resolve)."""
        drafts, taken = self.drafts(doc)
        if self.attitudes is not None:
            drafts.extend(self._attitudes(doc, drafts, taken, self.attitudes))
        return self.resolved(doc, drafts)

    def drafts(self, doc: Doc) -> tuple[list[Draft], set[int]]:
        """The attributions the rules find, before their speakers are named, and the tokens
        they claim (frames and direct quotes)."""
        self._text = doc_text(doc)
        drafts: list[Draft] = []
        claimed: set[int] = set()
        fragments: list[QuoteSpan] = []
        spans = find_quote_spans(self._text)
        self._quoted = [(span.start, span.end) for span in spans]
        for span in spans:
            if _embedded(self._text, span):
                fragments.append(span)
            else:
                draft = self._direct(doc, span, claimed)
                inner = (
                    self._inner_frame(doc, span, claimed)
                    if draft is not None and draft.quote.cue is None
                    else None
                )
                if inner is not None:
                    drafts.extend(inner)
                elif draft is not None:
                    self._follow_on(doc, drafts, draft)
                    drafts.append(draft)
        drafts.extend(self._colon_blocks(doc, claimed))
        drafts = [turn for draft in drafts for turn in self._turns(doc, draft)]
        direct_ranges = [(d.quote.start, d.quote.end) for d in drafts]
        starts = [t.idx for t in doc]
        quoted = {
            i
            for s, e in direct_ranges
            for i in range(bisect_left(starts, s), bisect_left(starts, e))
        }
        for token in doc:
            if token.i in claimed or token.i in quoted:
                continue
            if token.lower_ in {"according", "selon", "d'après"} or (
                token.lower_ in {"d'", "d’"} and token.nbor(1).lower_ == "après"
            ):
                draft = self._according(doc, token, direct_ranges)
                if draft is not None and draft.subject is not None:
                    claimed.update(range(token.i, draft.subject.i + 1))  # "according to show X"
            elif (
                token.lower_ == "croire"
                and token.i >= 2
                and doc[token.i - 1].lower_ == "en"
                and doc[token.i - 2].lower_ == "à"
            ):
                draft = self._a_en_croire(doc, token)
            elif self.is_cue(token) or self._clausal_cue(token):
                draft = self._indirect(doc, token, direct_ranges)
            elif self._reporting_noun(token):
                draft = self._nominal(doc, token)
            elif token.dep_ == "acomp" and token.lemma_.lower() in self.stance_adjectives:
                draft = self._adjectival(doc, token)
            elif token.lemma_.lower() == "make" and token.pos_ == "VERB":
                draft = self._made(doc, token)
            elif token.lemma_.lower() == "faire" and self.pack.code == "fr":
                draft = self._fait_etat(doc, token)
            elif token.lemma_.lower() == "appear" and any(
                c.dep_ == "xcomp" and not self.is_cue(c) for c in token.children
            ):
                # "she appeared to be winning", not "appeared on MSNBC"
                draft = self._indirect(doc, token, direct_ranges)
            elif token.lower_ in self.stance_prepositions and token.i == token.sent.start:
                draft = self._stance_frame(doc, token, drafts)
            elif token.lower_ == "reportedly" and token.dep_ == "advmod":
                draft = self._reportedly(doc, token)
            elif token.lower_ == "in" and token.dep_ == "prep":
                draft = self._in_document(doc, token)
            else:
                continue
            if draft is not None and not any(
                d.quote.start == draft.quote.start and d.quote.end == draft.quote.end
                for d in drafts
            ):
                drafts.append(draft)
        drafts.extend(self._closing_inversions(doc, drafts, claimed | quoted))
        self._labelled(doc, drafts)
        drafts = self._relayed(drafts, doc)
        drafts = [d for d in drafts if not self._nested(d, drafts)]
        for fragment in fragments:
            if any(
                inside(fragment.start, fragment.end, d.quote.start, d.quote.end) for d in drafts
            ):
                continue
            draft = self._fragment(doc, fragment)
            if draft is not None:
                drafts.append(draft)
        drafts = [d for d in _one_per_cue(drafts) if not self._formula_only(d.quote)]
        for draft in drafts:
            if draft.quote.kind == "indirect" and any(
                inside(f.start, f.end, draft.quote.start, draft.quote.end) for f in fragments
            ):
                draft.quote.kind = "mixed"
        return drafts, claimed | quoted

    def resolved(self, doc: Doc, drafts: list[Draft]) -> list[Quote]:
        """The drafts' quotes with their speakers named, in text order."""
        self._resolve_speakers(drafts, doc)
        quotes = sorted((d.quote for d in drafts), key=lambda q: q.start)
        self._named_next(quotes)
        for quote in quotes:
            self._claim_after_its_outlet(doc, quote)
        self._ents_of, self._ents, self._text, self._quoted = None, (), "", []
        return quotes

    def _claim_after_its_outlet(self, doc: Doc, quote: Quote) -> None:
        """'a estimé mercredi sur franceinfo que ...', 'a confirmé jeudi aux Échos la
        suppression de ...': the day and the outlet the parser left at the head of an indirect
        claim belong to its frame; the claim starts after them."""
        outlet = quote.outlet
        if quote.kind == "direct" or outlet is None:
            return
        if not quote.start <= outlet.start < outlet.end < quote.end:
            return
        before = self._text[quote.start : outlet.start].lower().split()
        if any(
            w not in self._calendar and w not in DAY_PARTS and w not in _OUTLET_LINKS
            for w in before
        ):
            return
        start = outlet.end
        while start < quote.end and self._text[start] in " \u00a0\u202f,":
            start += 1
        quote.start, quote.text = start, self._text[start : quote.end]
        quote.id = content_id("quote", doc._.article_id, start, quote.end, quote.kind)

    def _named_next(self, quotes: list[Quote]) -> None:
        """'A lawyer for the men said ... . Lawyer Maxim Grebnev said: "..."': a source
        introduced as one of a kind ("a lawyer", "un avocat") is the person of that role the
        next attribution in the paragraph names, when no other source comes between."""
        speakers = [q.speaker for q in quotes if q.speaker is not None]
        for speaker, following in pairwise(speakers):
            kinds = {w for w in (speaker.role or "").lower().split() if w in self.role_nouns}
            if (
                not kinds
                or speaker.name is not None
                # "a lawyer", "a spokesman" (an official by description): not "sources"
                or speaker.anonymity not in {"unnamed", "official"}
                or speaker.text.split(maxsplit=1)[0].lower() not in _INDEFINITE
                or following.name is None
                or following.anonymous
                or not kinds & set((following.role or "").lower().split())
                or "\n" in self._text[speaker.end : following.start]
            ):
                continue
            speaker.name = following.name
            speaker.anonymous, speaker.anonymity = False, None

    def attitude_candidates(
        self, doc: Doc, drafts: list[Draft], taken: set[int]
    ) -> list[Candidate]:
        """Verbs no attribution found holds (not its cue, its source, the verb whose object its
        source is, its content) that take a subject and a complement, reporting verbs included when
        the rules found no report with them and they are no act (see
        :mod:`newstrace.components.attitudes`)."""
        taken = set(taken)
        starts = [t.idx for t in doc]
        for draft in drafts:
            cue = draft.quote.cue
            for start, end in [(draft.quote.start, draft.quote.end)] + (
                [(cue.start, cue.end)] if cue is not None else []
            ):
                taken.update(range(bisect_left(starts, start), bisect_left(starts, end)))
            if draft.subject is not None:
                taken.update(t.i for t in draft.subject.subtree)
                if draft.subject.dep_ in {"dobj", "obj"}:
                    taken.add(draft.subject.head.i)  # "Reuters reported, citing two people"
        found = []
        for token in doc:
            if token.pos_ != "VERB" or token.i in taken:
                continue
            if self.is_cue(token) and self._act(token, list(token.children)):
                continue  # a reporting verb the rules read as an act ("declared war")
            item = candidate(token)
            if item is not None:
                found.append(item)
        return found

    def _attitudes(
        self, doc: Doc, drafts: list[Draft], taken: set[int], model: LinearModel
    ) -> list[Draft]:
        """The candidates the model scores at or above its threshold, as indirect attributions
        of the attitude extractor."""
        found = []
        for item in self.attitude_candidates(doc, drafts, taken):
            if not model.accepts(features(item)):
                continue
            quote = self._indirect_over(
                doc,
                [t for child in item.content for t in child.subtree],
                cue=_cue(item.verb),
                # the share of them that match a PolNeAR dev attribution: 52 of 73 (0.71); the
                # model's probability is not calibrated above its threshold
                confidence=ATTITUDE_CONFIDENCE,
            )
            if quote is not None:
                quote.extractor = ATTITUDE_EXTRACTOR
                start = min(item.subject.left_edge.idx, item.verb.idx)
                found.append(Draft(quote, item.subject, start, complement=True))
        return found

    def _relayed(self, drafts: list[Draft], doc: Doc) -> list[Draft]:
        """'Residents said the shelling began at dawn, according to Ukrainska Pravda' (or
        ', Ukrainska Pravda reported'): the outlet relays one report; that report keeps its
        speaker and gets the outlet, instead of the outlet becoming the source of the whole
        sentence."""
        kept = []
        for draft in drafts:
            quote = draft.quote
            outlet = (
                self.outlet_at(draft.subject)
                if quote.cue is not None
                and (
                    quote.cue.lemma in {"according to", "selon", "d'après", "d'", "d’"}
                    # "A source claimed that X, Novaya Gazeta reported": the outlet relays it
                    or (quote.cue.lemma in _RELAYING and quote.kind == "indirect")
                )
                and draft.subject is not None
                else None
            )
            inner = [
                d
                for d in drafts
                if d is not draft
                and d.quote.cue is not None
                and inside(d.quote.cue.start, d.quote.cue.end, quote.start, quote.end)
                and d.subject is not None
                and self.outlet_at(d.subject) is None
            ]
            # a report relayed is a claim in a clause ("claimed that X"), not an act or a stance
            # the outlet tells of ("soldiers refused to deploy, according to Verstka")
            inner = [d for d in inner if not d.complement and d.quote.kind != "direct"]
            if outlet is not None and len(inner) == 1:
                relayed = inner[0].quote
                relayed.outlet = relayed.outlet or outlet
                assert quote.cue is not None and draft.subject is not None
                frame = min(quote.cue.start, draft.subject.left_edge.idx)
                if relayed.start < frame < relayed.end and relayed.kind != "direct":
                    # "dément avoir ordonné ces purges, rapporte le WSJ": not the outlet's frame
                    end = len(self._text[:frame].rstrip(" ,;—–-\n"))
                    relayed.end, relayed.text = end, self._text[relayed.start : end]
                    relayed.id = content_id(
                        "quote", doc._.article_id, relayed.start, end, relayed.kind
                    )
                continue
            kept.append(draft)
        return kept

    @staticmethod
    def _nested(draft: Draft, drafts: list[Draft]) -> bool:
        """A report inside the content of another ("He said she believes X"): PolNeAR keeps the
        outer one. A direct quote and a reporting noun's clause ("rejected the minister's claim
        that X") stay; a frame inside its own content ("The plan, he said, would fail") is not
        nested."""
        quote, cue = draft.quote, draft.quote.cue
        if cue is None or draft.nominal or (quote.kind == "direct" and not draft.complement):
            return False
        return any(
            other is not draft
            and inside(cue.start, cue.end, other.quote.start, other.quote.end)
            and not inside(cue.start, cue.end, quote.start, quote.end)
            # each inside the other ("X dismissed Y, people said"): the object report goes
            and (not _cue_inside(other.quote, quote) or (draft.complement and not other.complement))
            for other in drafts
        )

    def _resolve_speakers(self, drafts: list[Draft], doc: Doc) -> None:
        known: dict[str, str] = {}
        for ent in self._entities(doc):
            # A surname resolves to the full name given anywhere ("Lapin" → "Andrei Lapin").
            if ent.label_ in {"PERSON", "PER"}:
                name = [
                    t
                    for t in ent
                    if (t.lower_ not in self.role_nouns and t.is_alpha) or "-" in t.text
                ]
                if len(name) >= 2:
                    known.setdefault(f"name:{name[-1].text}", " ".join(t.text for t in name))
        previous: Quote | None = None
        outlets: dict[str, Outlet] = {}  # source noun -> the outlet it spoke to
        resolved: dict[str, Quote] = {}
        for draft in sorted(drafts, key=lambda d: d.order):
            quote = draft.quote
            resolved[quote.id] = quote
            subject = draft.subject
            described = (
                self._described_antecedent(subject)
                if subject is not None and self._is_pronoun(subject)
                else None
            )
            if (
                subject is not None
                and described is not None
                and (
                    previous is None
                    or previous.speaker is None
                    or previous.speaker.start < described.idx
                )
            ):
                # "The mother filed a complaint. '...', she said.": the described person.
                antecedent = self.describe_speaker(described, known)
                quote.speaker = antecedent.model_copy(
                    update={
                        "text": subject.text,
                        "start": subject.idx,
                        "end": subject.idx + len(subject.text),
                    }
                )
            elif (
                subject is not None
                and self._is_pronoun(subject)
                and previous is not None
                and previous.speaker is not None
                and self._recent_speaker(subject, previous.speaker)
            ):
                # "he said" right after another attribution: that speaker, named or not.
                quote.speaker = previous.speaker.model_copy(
                    update={
                        "text": subject.text,
                        "start": subject.idx,
                        "end": subject.idx + len(subject.text),
                    }
                )
            elif (
                subject is not None
                and draft.name is not None
                and (draft.label or self._person_in(doc, *draft.name, containing=True) is None)
                # a name, not a description ("a indiqué un habitant du quartier")
                and doc[draft.name[0]].is_title
            ):
                # a name read off an inverted frame that the recogniser merged or missed
                named = doc[draft.name[0] : draft.name[1]]
                while len(named) > 2 and named[0].lower_ in self.role_nouns:
                    named = named[1:]  # "Me Hélène Castagné": the title is no part of the name
                full = self._full_name(named.text, known)
                known["last"] = full
                quote.speaker = _speaker_from(
                    named, name=full, role=known.get(f"role:{full}"), anonymous=False
                )
            elif subject is not None:
                noun = _antecedent_of(subject)  # "Jane Roe, who said": describe Jane Roe
                quote.speaker = self.describe_speaker(noun or subject, known)
                role_holder = (
                    self._described_person(noun or subject) if quote.speaker.name is None else None
                )
                if role_holder is not None:
                    # '"...," the minister admitted' after "the defence minister, Oleh
                    # Savchenko, visited ...": the person that role was given to
                    quote.speaker = quote.speaker.model_copy(
                        update={"name": role_holder, "anonymous": False, "anonymity": None}
                    )
                if quote.speaker.name is None and quote.speaker.anonymous:
                    quote.confidence = round(quote.confidence - 0.05, 2)
            elif quote.continues is not None and quote.continues in resolved:
                head = resolved[quote.continues]  # '"First," she said. "Second."'
                quote.speaker = head.speaker.model_copy() if head.speaker else None
                quote.outlet = head.outlet
            elif quote.kind == "direct" and previous is not None and previous.speaker:
                # A quote with no frame continues the last speaker ('He paused. "..."').
                if quote.start - previous.end < 400:
                    quote.speaker = previous.speaker.model_copy()
                    quote.continues = previous.continues or previous.id
                    quote.confidence = min(quote.confidence, 0.6)
            elif quote.kind == "direct":
                quote.confidence = min(quote.confidence, 0.4)
            if quote.speaker is not None and quote.outlet is None:
                outlet = outlet_name(quote.speaker.text, self.pack)
                if outlet:
                    quote.outlet = Outlet(
                        text=quote.speaker.text,
                        start=quote.speaker.start,
                        end=quote.speaker.end,
                        name=outlet,
                    )
            if quote.outlet is None and subject is not None and not self._is_pronoun(subject):
                if (
                    subject.lower_ in self.reporting_nouns
                    or subject.lemma_ in self.reporting_nouns
                    or any(
                        c.lower_ in self.reporting_participles | self.outlet_participles
                        for c in subject.children
                    )
                ):
                    # "testimonies collected by X say", "a source quoted by TASS said"
                    quote.outlet = self._outlet_by(subject)
                else:
                    quote.outlet = self.outlet_at(subject)  # "le média indépendant Verstka"
            if (
                quote.outlet is None
                and subject is not None
                and self._is_pronoun(subject)
                and quote.speaker is not None
                and quote.speaker.name is not None
                and "antecedent_at" in known
            ):
                # "Interrogée par Libération, la députée X ne décolère pas. « ... »,
                # affirme-t-elle": the outlet of the sentence naming her, when hers has none
                named_at = doc[int(known.pop("antecedent_at"))]
                if named_at.sent.start < subject.sent.start:
                    quote.outlet = self.find_outlet(named_at, named_at.sent)
            if subject is not None and not self._is_pronoun(subject):
                self._carry_outlet(quote, subject, outlets)
            if quote.outlet is not None:
                known["outlet"] = quote.outlet.name
            if quote.speaker is not None and subject is not None:
                # The source is the whole noun phrase ("Senate Majority Leader Mitch McConnell,
                # R-Ky.,"); ``name`` keeps the resolved person.
                bounds = (
                    (subject.idx, subject.idx + len(subject.text))
                    if _antecedent_of(subject) is not None
                    else _phrase(subject, quote)
                )
                if bounds is not None and draft.name is not None:
                    last = doc[draft.name[1] - 1]
                    # "le procureur de Grenoble, Étienne Mauduit": a role, then its name
                    first = bounds[0] if subject.i < draft.name[0] else doc[draft.name[0]].idx
                    bounds = (first, max(bounds[1], last.idx + len(last.text)))
                if (
                    bounds is not None
                    and subject.pos_ == "NOUN"
                    and quote.speaker.start < bounds[0]
                    and self._text[quote.speaker.end : bounds[0]].strip() == ","
                ):
                    # "Giuseppe Caruso, le maire de l'île,": the name before its role
                    bounds = (quote.speaker.start, bounds[1])
                if bounds is not None:
                    start, end = self._before_outlet(doc, quote, *bounds)
                    start, end = self._before_formula(start, end)
                    if self._text[start : start + 1] == "-" and end - start <= 6:
                        start += 1  # "a-t-il précisé": "il"
                    quote.speaker.text = self._text[start:end]
                    quote.speaker.start, quote.speaker.end = start, end
            if quote.speaker is not None and quote.speaker.role:
                role = quote.speaker.role
                role = role[: self._before_formula(0, len(role), role)[1]]
                if quote.outlet is not None and quote.outlet.text in role:
                    # "a conscript to the BBC": the hearer is the outlet, not part of the role
                    role = re.sub(
                        r"\s+(?:to|à|au|aux)\s+(?:l['’])?$",
                        "",
                        role[: role.index(quote.outlet.text)],
                    )
                quote.speaker.role = role.strip(" ,") or None
            if quote.speaker is not None:
                previous = quote

    def _before_outlet(self, doc: Doc, quote: Quote, start: int, end: int) -> tuple[int, int]:
        """'a déclaré le ministre de la Défense à l'AFP', 'explains Pavel Luzin, a military
        expert, to L'Express': the parser hangs the outlet on the speaker; the speaker phrase
        stops before it and the quote gets the outlet."""
        phrase = doc.char_span(start, end, alignment_mode="expand")
        if phrase is None:
            return start, end
        for token in phrase[1:]:
            if token.lower_ in {"à", "au", "aux", "to"}:
                outlet = self._outlet_after(token, phrase.end)
                if outlet is not None:
                    if quote.outlet is None:
                        quote.outlet = outlet
                    return start, len(self._text[: token.idx].rstrip())
        return start, end

    def _formula_only(self, quote: Quote) -> bool:
        """'who asked not to be named', 'qui a requis l'anonymat': a formula, not a report."""
        if quote.kind == "direct" or quote.cue is None:
            return False
        offset = min(quote.cue.start, quote.start)
        frame = self._text[offset : quote.end].lower()
        # the formula must reach into the content: "estimé, sous couvert d'anonymat, que X" is
        # a report with the formula in its frame
        return any(
            (at := frame.find(f)) != -1 and offset + at + len(f) > quote.start
            for f in self.anonymity_formulas
        )

    def _before_formula(self, start: int, end: int, text: str | None = None) -> tuple[int, int]:
        """'un soldat sous couvert d'anonymat', 'a soldier, who asked not to be named': the
        phrase without the anonymity formula (the speaker is flagged anonymous anyway)."""
        text = self._text if text is None else text
        lowered = text[start:end].lower()
        cut = min((lowered.find(f) for f in self.anonymity_formulas if f in lowered), default=-1)
        if cut <= 0:
            return start, end
        kept = text[start : start + cut].rstrip(" ,")
        head, _, last = kept.rpartition(" ")
        if last.lower() in {"who", "qui"}:
            kept = head.rstrip(" ,")  # "a soldier, who asked not to be named"
        return start, start + len(kept)

    def _carry_outlet(self, quote: Quote, subject: Token, outlets: dict[str, Outlet]) -> None:
        """'a military source ... interviewed by Northern Dispatch' then 'the source said': an
        unnamed source described again with "the" keeps the outlet it spoke to."""
        if quote.outlet is not None:
            for token in subject.subtree:
                if token.pos_ == "NOUN" and not (
                    quote.outlet.start <= token.idx < quote.outlet.end
                ):
                    outlets.setdefault(token.lemma_.lower(), quote.outlet)
            return
        determiner = next((t.lower_ for t in subject.lefts if t.dep_ == "det"), "")
        if (
            subject.pos_ == "NOUN"
            and determiner in self.pack.words("description_determiners")
            and subject.lemma_.lower() in outlets
            and quote.speaker is not None
            and quote.speaker.anonymous
        ):
            quote.outlet = outlets[subject.lemma_.lower()].model_copy()

    def _cue_for(self, doc: Doc, quote: QuoteSpan, claimed: set[int]) -> Token | None:
        """The reporting verb of a direct quote: right after it in its sentence, else before it."""
        first = doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
        last = doc.char_span(max(quote.end - 1, quote.start), quote.end, alignment_mode="expand")
        if first is None or last is None:
            return None
        end_sentence = last[0].sent
        after = [
            t
            for t in doc[last[-1].i + 1 : end_sentence.end]
            if (self._speech(t) or self._mistagged_frame_verb(t, quote.end))
            and t.i not in claimed
            and "\n" not in self._text[quote.end : t.idx]
            # '« ... », tandis que le gouvernement assure': another speaker's report
            and not any(u.lower_ in _CONTRAST for u in doc[last[-1].i + 1 : t.i])
        ]
        if after and (
            after[0].idx - quote.end < 60
            # '"...," Jane Doe, a lawyer for the family who ..., said.': the subject comes first.
            or any(0 <= _first_word(s).idx - quote.end < 12 for s in self.subjects(after[0]))
        ):
            return after[0]
        start_sentence = first[0].sent
        before = [
            t
            for t in doc[start_sentence.start : first[0].i]
            if self._speech(t)
            and t.i not in claimed
            and "\n" not in self._text[t.idx : quote.start]
            # a sentence the parser joined to the quote's: 'he said, referring to X. "..."'
            and not _SENTENCE_END.search(self._text, t.idx, quote.start)
        ]
        if before:
            return before[-1]
        if self._text[quote.end - 2 : quote.end - 1] in {",", "?", "!"} or re.match(
            r"[ \t\xa0]*,", self._text[quote.end : quote.end + 3]
        ):
            # '"...," she said', and the French '« ... », a-t-elle dit' the parser splits off
            following = [
                t
                for t in doc[last[-1].i + 1 : min(len(doc), last[-1].i + 12)]
                if self._speech(t)
                and t.i not in claimed
                and "\n" not in self._text[quote.end : t.idx]
                and not any(u.lower_ in _CONTRAST for u in doc[last[-1].i + 1 : t.i])
            ]
            if following:
                return following[0]
            # '"...," Cruz quipped.' / '"...," mused the host.': any verb that frames the quote
            # right after it, the frame the punctuation announces.
            for t in doc[last[-1].i + 1 : min(len(doc), last[-1].i + 8)]:
                if "\n" in t.text or t.is_sent_start:
                    break
                if t.pos_ == "VERB" and t.is_alpha and t.i not in claimed:
                    subjects = [c for c in t.children if c.dep_ in _SUBJECT_DEPS]
                    if t.idx - quote.end < 4 or any(
                        0 <= s.left_edge.idx - quote.end < 4 for s in subjects
                    ):
                        return t
                    break
        if self._text[max(0, quote.start - 8) : quote.start].rstrip().endswith(":"):
            # 'She went on: "..."', 'He said:\n\n"..."': the verb before the colon, on its line.
            colon = first[0].i - 1
            while colon > 0 and doc[colon].is_space:
                colon -= 1
            verbs = []
            for t in reversed(doc[max(0, colon - 40) : colon]):
                # not a verb of the sentence before ("The mood has hardened. X was blunt:")
                if "\n" in t.text or t.text in {".", "!", "?"}:
                    break
                if t.i in claimed or not t.is_alpha:
                    continue
                if t.pos_ == "VERB":
                    verbs.append(t)
                elif self.pack.code == "fr" and self._cue_form(t) and t.i == colon - 1:
                    verbs.append(t)  # "Moussa Konaté raconte :", the verb read as an adjective
            if self.pack.code == "fr" and verbs:
                # not a verb in a relative clause before it ("Assis devant ce qui reste de ...")
                verbs = [t for t in verbs if t.dep_ != "acl:relcl"] or verbs
                return next((t for t in verbs if self._cue_form(t)), verbs[0])
            if verbs:
                return next((t for t in verbs if self.is_cue(t)), verbs[0])
            # the predicate before the colon: the highest word above the last one before it
            root = doc[colon - 1] if colon > 0 else None
            while root is not None and root.head.i != root.i and root.head.i < colon:
                root = root.head
            if (
                root is not None
                and root.i < colon
                and root.i not in claimed
                and root.pos_ in {"AUX", "ADJ"}
                and any(c.dep_ in _SUBJECT_DEPS for c in root.children)
            ):
                return root  # "Union negotiator Marisol Dunne was blunt: '...'"
        return None

    def _direct(self, doc: Doc, span: QuoteSpan, claimed: set[int]) -> Draft | None:
        if (
            not span.closed
            and self._text[span.start] == '"'
            and re.search(r"“[^”\n]*”", self._text[span.start : span.end])
        ):
            return None  # a block quoted from another text, in straight marks, quoting others
        cue = self._cue_for(doc, span, claimed)
        if len(self._text[span.start : span.end].split()) < _MIN_DIRECT_WORDS and cue is None:
            return None  # a title or scare quotes, not speech
        subject = None
        outlet = None
        name: tuple[int, int] | None = None
        cue_record = None
        confidence = _FRAMELESS
        if cue is not None:
            claimed.add(cue.i)
            subjects = self.subjects(cue, outside=(span.start, span.end))
            subject = subjects[0] if subjects else None
            if cue.idx > span.end and (subject is None or not span.end <= subject.idx < cue.idx):
                # '"...," Tulsa police Chief Chuck Jordan said': the person between the quote and
                # its verb, whatever the parser made the subject.
                between = doc.char_span(span.end, cue.idx, alignment_mode="contract")
                person = (
                    next((e for e in between.ents if e.label_ in _PERSON_LABELS), None)
                    if between is not None
                    else None
                )
                if person is not None:
                    subject = person.root
            if subject is None and cue.idx < span.start and self.pack.code == "fr":
                # "Moussa Konaté (, 62 ans,) raconte : « ... »", the verb the parser hung on
                # the name
                person = next(
                    (
                        e
                        for e in self._entities(doc)
                        if e.label_ in _PERSON_LABELS
                        and e.end <= cue.i
                        and _aside_only(doc[e.end : cue.i])
                    ),
                    None,
                )
                if person is not None:
                    subject = person.root
            inverted = None
            if cue.idx > span.end and (subject is None or subject.i < cue.i):
                inverted = self._inverted(doc, span, cue)
            if inverted is not None:
                subject, name, outlet = inverted
            closing = (
                self._closing_speaker(cue)
                if subject is None and cue.idx > span.end and self.pack.code == "fr"
                else None
            )
            if closing is not None:
                # '« ... », a déclaré jeudi à Nouméa Jacques Ferrandi, haut-commissaire'
                speaker, outlet = closing
                subject, name = speaker.root, (speaker.start, speaker.end)
            confidence = 0.9 if subject is not None else 0.6
            outlet = outlet or self.find_outlet(cue, cue.sent)
            cue_record = _cue(cue, nouns=self.reporting_nouns)
        else:
            # '"...," ― Jane Doe': a signature after a dash.
            dash = _SIGNATURE.match(self._text, span.end)
            signer = (
                doc.char_span(dash.end(), dash.end() + 1, alignment_mode="expand")
                if dash is not None
                else None
            )
            if dash is not None and signer is not None and signer[0].ent_type_ in _PERSON_LABELS:
                last = signer[0].i
                while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
                    last += 1
            elif (
                dash is not None
                and signer is not None
                and signer[0].pos_ == "PROPN"
                and signer[0].text[:1].isupper()
                and signer[0].i + 1 < len(doc)
                and doc[signer[0].i + 1].pos_ == "PROPN"
                and doc[signer[0].i + 1].text[:1].isupper()
            ):
                # '"..." ― Jane Roe' where the recogniser missed the name: a run of proper nouns.
                last = signer[0].i + 1
                while (
                    last + 1 < len(doc)
                    and doc[last + 1].pos_ == "PROPN"
                    and doc[last + 1].text[:1].isupper()
                    and "\n" not in doc[last].whitespace_
                ):
                    last += 1
            else:
                last = -1
            if dash is not None and signer is not None and last >= signer[0].i:
                subject = doc[signer[0].i : last + 1].root
                confidence = 0.8
                mark = dash.end(1) - 1
                cue_record = Cue(text=self._text[mark], start=mark, end=mark + 1, lemma="―")
        if not span.closed:
            confidence = min(confidence, 0.4)
        quote = self._quote(
            doc,
            span.start,
            span.end,
            "direct",
            cue=cue_record,
            outlet=outlet,
            confidence=confidence,
        )
        order = min(span.start, cue.idx) if cue is not None and subject is not None else span.start
        if subject is not None:
            order = min(order, subject.idx)
        return Draft(quote, subject, order, name=name)

    def _inner_frame(self, doc: Doc, span: QuoteSpan, claimed: set[int]) -> list[Draft] | None:
        """'« La désertion n'est pas marginale, explique le général Jacques Morel, ancien chef
        d'état-major. C'est devenu structurel. »': a frame inside the quote marks, the verb
        right after a comma and its subject after it, up to the end of that sentence. The words
        before the frame are the quote; those after it carry it on (``Quote.continues``)."""
        inside = doc.char_span(span.start, span.end, alignment_mode="contract")
        if inside is None:
            return None
        for token in inside[2:]:
            comma = token.i - 1
            while comma > inside.start and doc[comma].lower_ in _FRENCH_AUXILIARIES:
                comma -= 1  # "« ..., a affirmé le colonel X, ... »"
            if not (
                doc[comma].text == ","
                and token.is_lower
                and token.is_alpha
                # "raconte" the tagger read as an adjective: the form says "raconter"
                and (self.is_cue(token) or (self.pack.code == "fr" and self._cue_form(token)))
                and token.i + 1 < inside.end
                and (
                    doc[token.i + 1].pos_ in {"DET", "PROPN", "NOUN"}
                    or doc[token.i + 1].lower_ in {"à", "au", "aux"}
                )
            ):
                continue
            start = token.i + 1
            if doc[start].lower_ in {"à", "au", "aux"}:
                # "a déclaré au Monde Ma Hnin Wai": past the outlet the speaker spoke to
                told = next(
                    (
                        stop
                        for stop in range(start + 2, min(start + 6, inside.end))
                        if outlet_name(doc[start + 1 : stop].text, self.pack) is not None
                    ),
                    None,
                )
                if told is None:
                    continue
                start = told
            stop = next(
                (
                    t.i
                    for t in doc[start : min(token.i + 20, inside.end)]
                    if t.text in ".!?;"
                    # "« A, a affirmé X, porte-parole, mais B »": the quote goes on
                    or (t.text == "," and doc[t.i + 1].lower_ in _QUOTE_GOES_ON)
                ),
                None,
            )
            if stop is None:
                return None
            frame = doc[start:stop]
            person = next(
                (
                    e
                    for e in self._entities(doc)
                    if e.label_ in _PERSON_LABELS and frame.start <= e.start and e.end <= frame.end
                ),
                None,
            )
            run = frame.start
            while run < frame.end and doc[run].is_title and doc[run].is_alpha:
                run += 1
            if run - frame.start >= 2 and (person is None or person.start > frame.start):
                # "a déclaré au Monde Ma Hnin Wai, une enseignante de Sittwe": the name right
                # after the verb, which the recogniser missed
                person = doc[frame.start : run]
            subject = person.root if person is not None else frame.root
            claimed.add(token.i)
            first = self._quote(
                doc,
                span.start,
                doc[comma].idx,
                "direct",
                cue=_cue(token, nouns=self.reporting_nouns),
                outlet=self.find_outlet(token, token.sent),
                confidence=0.85,
            )
            drafts = [
                Draft(
                    first,
                    subject,
                    span.start,
                    name=(person.start, person.end) if person is not None else None,
                )
            ]
            rest = doc[stop].idx + 1
            while rest < span.end and self._text[rest].isspace():
                rest += 1
            if len(self._text[rest : span.end].split()) >= _MIN_DIRECT_WORDS:
                second = self._quote(doc, rest, span.end, "direct", confidence=0.8)
                second.continues = first.id
                drafts.append(Draft(second, None, rest))
            return drafts
        return None

    def _inverted(
        self, doc: Doc, span: QuoteSpan, cue: Token
    ) -> tuple[Token, tuple[int, int] | None, Outlet | None] | None:
        """The speaker of an inverted frame read off the surface, where the parser loses it:
        '« ... », explique à L'Express Alexeï Tabakov', '« ... », a-t-il déclaré au Monde',
        '« ... », estime-t-elle', '« ... », a confié cette source'. Returns the subject token,
        the token range of a name, and the outlet the "à X" phrase names."""
        last = doc.char_span(max(span.end - 1, span.start), span.end, alignment_mode="expand")
        if last is None:
            return None
        pronoun = None
        for t in doc[last[-1].i + 1 : cue.i]:
            if t.text.startswith("-") and t.lower_.lstrip("-") in self.pronouns:
                pronoun = t  # "a-t-il déclaré"
            elif not (
                t.is_punct
                or t.lower_ == "-t"
                or (t.head.i == cue.i and t.dep_ in {"aux", "aux:tense", "aux:pass"})
            ):
                return None  # not a frame right after the quote
        if "\n" in self._text[span.end : cue.idx]:
            return None
        end = min(len(doc), cue.i + 12)
        i = cue.i + 1
        while i < end:
            # "estime-t-elle", "explique encore", "a raconté par téléphone"
            if _means_at(doc, i, end):
                i += 2
            elif doc[i].lower_ == "-t" or doc[i].pos_ == "ADV":
                i += 1
            else:
                break
        if i < end and doc[i].text.startswith("-") and doc[i].lower_.lstrip("-") in self.pronouns:
            pronoun = doc[i]  # "estime-t-elle"
            i += 1
        outlet = None
        if i < end and doc[i].lower_ in {"à", "au", "aux"}:
            # "explique à L'Express", "a déclaré au Monde": an outlet; "à ses proches": a
            # listener, skipped.
            outlet = self._outlet_after(doc[i], end)
            words = (
                doc.char_span(outlet.start, outlet.end, alignment_mode="expand")
                if outlet is not None
                else None
            )
            if words is not None:
                i = words.end
            elif pronoun is None:
                i += 1
                while i < end and doc[i].pos_ in {"DET", "ADJ", "NOUN"}:
                    i += 1
        if pronoun is not None:
            return pronoun, None, outlet
        if i >= end:
            return None
        first = doc[i]
        if first.text[:1].isupper() and (first.pos_ == "PROPN" or first.ent_type_):
            # a name: a run of capitalised proper nouns
            j = i
            while (
                j + 1 < end
                and doc[j + 1].text[:1].isupper()
                and (doc[j + 1].pos_ == "PROPN" or doc[j + 1].ent_type_)
                and not doc[j].whitespace_.count("\n")
            ):
                j += 1
            return doc[i : j + 1].root, (i, j + 1), outlet
        if first.pos_ == "PRON" and first.lower_.lstrip("-") in self.pronouns:
            return first, None, outlet
        if first.pos_ == "DET":
            # "cette source", "un responsable", "l'une d'elles": the description's head.
            j = i
            while j < end and doc[j].pos_ in {"DET", "ADJ"}:
                j += 1
            if j < end and doc[j].pos_ in {"NOUN", "PRON"}:
                return doc[j], None, outlet
        return None

    def _outlet_after(self, preposition: Token, end: int) -> Outlet | None:
        """The outlet right after "à", "au", "aux" ("à l'AFP", "au Monde"): the longest run of
        words before ``end`` that names a known one."""
        doc, i = preposition.doc, preposition.i
        article = {"au": "le ", "aux": "les "}.get(preposition.lower_, "")
        for k in range(min(5, end - i - 1), 0, -1):
            words = doc[i + 1 : i + 1 + k]
            if words[-1].is_punct:
                continue  # "à l'AFP." names the AFP, not "l'AFP."
            known = outlet_name(words.text, self.pack) or (
                outlet_name(article + words.text, self.pack) if article else None
            )
            if known:
                return Outlet(
                    text=words.text, start=words.start_char, end=words.end_char, name=known
                )
        return None

    def _colon_blocks(self, doc: Doc, claimed: set[int]) -> list[Draft]:
        """'The governor added:' closing its paragraph, then the words in the next paragraph
        without quote marks: that paragraph is what was said."""
        drafts = []
        for match in _COLON_FRAME.finditer(self._text):
            words = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
            if words is None or len(words) != 1:
                continue
            cue = words[0]
            if cue.i in claimed or not self._speech(cue):
                continue
            subjects = self.subjects(cue)
            if not subjects or subjects[0].i > cue.i:
                continue
            content = doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
            bounds = _trimmed(list(content)) if content is not None else None
            if bounds is None:
                continue
            claimed.add(cue.i)
            quote = self._quote(
                doc,
                *bounds,
                "direct",
                cue=_cue(cue, nouns=self.reporting_nouns),
                outlet=self.find_outlet(cue, cue.sent),
                confidence=0.6,
            )
            drafts.append(Draft(quote, subjects[0], min(subjects[0].idx, cue.idx)))
        return drafts

    def _fragment(self, doc: Doc, fragment: QuoteSpan) -> Draft | None:
        """A quoted phrase inside a reporting clause: 'described the reports as "a fabrication"'."""
        first = doc.char_span(fragment.start, fragment.start + 1, alignment_mode="expand")
        if first is None:
            return None
        # not a participle used as a noun ("avocate de plusieurs accusés") or an adjective
        # ("le procès dit du « complot »": the so-called trial)
        cue = next(
            (
                a
                for a in first[0].ancestors
                if self.is_cue(a)
                and a.dep_ not in _NOMINAL_DEPS
                and not (a.dep_ == "acl" and not self._reporting_noun(a.head))
            ),
            None,
        )
        if cue is None or cue.idx > fragment.start or cue.i + 1 >= len(doc):
            return None
        after = cue.i + 1
        while (
            after + 1 < len(doc)
            and self.pack.code == "fr"
            and (doc[after].lower_ in self._calendar or doc[after].lower_ in DAY_PARTS)
            and doc[after + 1].lower_ in {"que", "qu'", "qu’"}
        ):
            after += 1  # "a assuré mercredi qu'elle n'avait « ... »": the day is the frame's
        start = doc[after].idx
        subjects = self.subjects(cue)
        quote = self._quote(
            doc,
            start,
            fragment.end,
            "mixed",
            cue=_cue(cue, nouns=self.reporting_nouns),
            outlet=self.find_outlet(cue, cue.sent),
            confidence=0.6 if subjects else 0.4,
        )
        return Draft(quote, subjects[0] if subjects else None, cue.idx)

    def _passive(self, doc: Doc, cue: Token) -> Draft | None:
        """'Clinton has been endorsed by the Times': the agent is the source, the passive
        subject the content."""
        agent = next((c for c in cue.children if c.dep_ == "agent" and c.i > cue.i), None)
        patient = next((c for c in cue.children if c.dep_ in {"nsubjpass", "nsubj:pass"}), None)
        source = (
            next((g for g in agent.children if g.dep_ == "pobj"), None)
            if agent is not None
            else None
        )
        if patient is None or source is None or patient.tag_ == "WDT":
            return None
        quote = self._indirect_over(
            doc,
            list(patient.subtree),
            cue=_cue(cue, agent, self.reporting_nouns),
            outlet=self.outlet_at(source),
            confidence=0.6,
        )
        if quote is None:
            return None
        return Draft(quote, source, min(patient.idx, cue.idx))

    def _indirect(self, doc: Doc, cue: Token, direct_ranges: list[tuple[int, int]]) -> Draft | None:
        if cue.lemma_.lower() in _CITING and (relay := self._citing_relay(cue)) is not None:
            return relay
        if (
            self.pack.code == "fr"
            and cue.i - 1 == cue.sent.start
            and doc[cue.i - 1].text == ","
            and not any(c.dep_ in _SUBJECT_DEPS for c in cue.children)
        ):
            # '« ... », estime un diplomate' cut off as a sentence of its own: a closing frame
            # (see _closing_inversions), not "estimer X"
            return None
        citing = next(
            (
                t
                for t in doc[cue.i + 1 : min(cue.i + 8, cue.sent.end)]
                if t.lemma_.lower() in _CITING and doc[t.i - 1].text == ","
            ),
            None,
        )
        if citing is not None and (relay := self._citing_relay(citing)) is not None:
            assert relay.quote.cue is not None
            if relay.quote.cue.start == cue.idx:
                return None  # the relay from the citing verb is this frame's attribution
        if cue.dep_ in _NOMINAL_DEPS and any(c.dep_ == "det" for c in cue.children):
            return None  # "avocate de plusieurs accusés": a participle used as a noun
        if (
            self.pack.code == "fr"
            and cue.dep_ in {"acl", "amod"}
            and "Past" in cue.morph.get("Tense", [])
            and not self._reporting_noun(cue.head)
            and not any(c.dep_ in {"ccomp", "obj"} for c in cue.children)
        ):
            return None  # "des prévenus accusés, a estimé que": the noun's participle
        if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in _PERMISSION:
            return None  # "was not authorized to discuss the matter": no report, a formula
        if cue.lemma_.lower() in _ASPECTUAL and not any(c.dep_ == "ccomp" for c in cue.children):
            # "the campaign continues to lose ground": an aspect, not a report (PolNeAR train:
            # 16 of 104 such attributions matched); '"...," he continued' stays a frame
            return None
        if (
            cue.lemma_.lower() in _CITING
            and cue.dep_ in _CITING_DEPS
            and self._cited(cue.head) is not None
            and (
                any(self.outlet_at(s) is not None for s in self.subjects(cue.head))
                # ", a rapporté Jeune Afrique, citant des sources": hung on the outlet
                or self.outlet_at(cue.head) is not None
            )
        ):
            return None  # "Reuters reported, citing two sources": a link of the chain, no claim
        if not any(c.dep_ == "ccomp" for c in cue.children) and any(
            c.dep_ == "agent" for c in cue.children
        ):
            passive = self._passive(doc, cue)
            if passive is not None:
                return passive
        clauses = [
            c
            for c in cue.children
            if c.dep_ == "ccomp"
            and not (c.i > cue.i and self._trailing_frame(c) is not None)
            # "Soldiers mutinied on Thursday; the army said later that ...": a clause of its own
            and not (c.i < cue.i and any(t.text == ";" for t in doc[c.right_edge.i : cue.i]))
        ]
        if not clauses and self.pack.code == "fr":
            # "ont raconté à Novaïa Gazeta avoir été menacés", "affirme avoir vu": an infinitive
            # clause the parser hangs as an adverbial
            clauses = [
                c
                for c in cue.children
                if c.dep_ in {"advcl", "xcomp"}
                and c.i > cue.i
                and (c.left_edge.lower_ in {"avoir", "être", "de", "d'", "d’"})
            ][:1]
        if not clauses and self.pack.code == "fr":
            que = self._que_clause(cue)
            if que is not None:
                clauses = [que]
        particle: Token | None = None
        from_objects = not clauses
        conjoined = None if clauses else self._conjoined_frame(cue)
        if not clauses and conjoined is None and self._inverted_frame(cue) is None:
            # "urged Congress to act", "called Trump 'unhinged'", "called for a prosecutor":
            # the complements after the verb, when it has a subject of its own.
            clauses, particle = self._complements(cue)
        as_marker = next(
            (c for c in cue.children if c.dep_ == "mark" and c.lower_ in {"as", "comme"}), None
        )
        if (
            as_marker is None
            and cue.i > 0
            and doc[cue.i - 1].lower_ in {"as", "comme"}
            and cue.tag_ != "VBG"  # "was quoted as saying X": X is the clause of "saying"
        ):
            as_marker = doc[cue.i - 1]
        if (
            as_marker is not None
            and not clauses
            and (not self._speech(cue) or cue.lemma_.lower() in _ASPECTUAL)
        ):
            return None  # "warned that X as the search continued": not "as the outlet reported"
        if as_marker is not None and not clauses:
            # "..., as reported by Meduza" / "as the outlet reported": the rest of the sentence.
            phrase = range(min(as_marker.i, cue.left_edge.i), cue.right_edge.i + 1)
            opening = dateline_end(cue.sent)
            content = [t for t in cue.sent if t.i not in phrase and t.i >= opening]
        elif not clauses and cue.dep_ == "parataxis" and self.subjects(cue):
            # "The plan, he said, would fail." / "The plan would fail, he said.": the clause the
            # parenthetical frame interrupts or follows.
            frame = range(cue.left_edge.i, cue.right_edge.i + 1)
            content = [t for t in cue.head.subtree if t.i not in frame]
        elif clauses:
            first = min(c.left_edge.i for c in clauses)
            if first < cue.i < min(c.i for c in clauses):
                # "a framing that lawyers say leaves X": the relative pronoun is not content
                first = cue.i + 1
            if particle is not None and first == particle.i:
                first += 1  # "called for | X to act"
            last = max(c.right_edge.i for c in clauses)
            for child in cue.rights:
                # "...the showdown as ominous", "...would depress revenue, but would add":
                # what continues the complement right after it.
                if child.left_edge.i <= last or child.dep_ in {"punct", "cc"}:
                    continue
                between = doc[last + 1 : child.left_edge.i]
                # "a démenti toute implication dans l'explosion": a French oblique goes on too
                oblique = child.dep_.startswith("obl") and any(
                    g.dep_ == "case" and g.lower_ in _CONTINUING_CASES for g in child.children
                )
                # "a indiqué qu'un sous-officier du 2e régiment | avait été tué": the verb of a
                # "que" clause the French parser hung on the cue, right after its subject
                split_que = (
                    self.pack.code == "fr"
                    and doc[first].lower_ in {"que", "qu'", "qu’"}
                    and child.dep_ in {"xcomp", "ccomp"}
                    and child.pos_ in {"VERB", "AUX"}
                    and not between
                )
                if split_que:
                    last = child.right_edge.i
                    continue
                if not all(t.is_punct or t.dep_ == "cc" for t in between) or (
                    (child.dep_ not in {"prep", "conj", "advcl"} and not oblique)
                    or self.is_cue(child)
                    or child.tag_ == "VBG"
                    or (
                        child.dep_ == "conj"
                        and any(c.dep_ in _SUBJECT_DEPS for c in child.children)
                    )
                ):
                    break
                if child.dep_ == "prep" and child.lower_ not in _CONTINUING_PREPOSITIONS:
                    break
                last = child.right_edge.i
            # "said the plan failed, arguing that X": the participle is a report of its own
            last = min(
                [last]
                + [
                    _before_joint(t)
                    for t in doc[first : last + 1]
                    if (owner := self._reattached(t)) is not None and owner.i == cue.i
                ]
                # "affirme que A, mais des habitants ont assuré que B": a report of its own
                # that the French parser joins to the content (the English one joins it to the
                # cue; on PolNeAR dev this cut added 4 predictions, 1 right)
                + [
                    _before_joint(doc[t.left_edge.i])
                    for t in doc[first : last + 1]
                    if self.pack.code == "fr"
                    and t.dep_ == "conj"
                    and t.i > cue.i
                    and self.is_cue(t)
                    and any(c.dep_ in _SUBJECT_DEPS for c in t.children)
                    and any(c.dep_ in {"ccomp", "obj", "dobj"} for c in t.children)
                ]
            )
            content = list(doc[first : last + 1])
        elif (
            cue.dep_ == "relcl"
            and cue.head.i < cue.i
            and cue.head.pos_ in {"NOUN", "PROPN"}
            and self.subjects(cue)
            and not any(c.dep_ in {"dobj", "obj", "ccomp", "xcomp", "prep"} for c in cue.children)
        ):
            # "the trends Democratic politicians point to", "the story many had expected": the
            # noun the relative clause modifies is what was said or expected.
            noun = cue.head
            content = [t for t in doc[noun.left_edge.i : cue.left_edge.i]]
        elif conjoined is not None:
            # "X are preparing Y, a person close to the investigation told AFP.": the frame the
            # parser joined to the claim as a second clause
            opening = dateline_end(cue.sent)
            content = [t for t in doc[opening : conjoined + 1] if "\n" not in t.text]
        elif (preceding := self._preceding_clause(cue)) is not None:
            # "Hundreds were dismissed for refusing to go, an official said on condition of
            # anonymity": the claim the parser hung on the frame as an adverbial clause
            opening = dateline_end(cue.sent)
            content = [t for t in doc[opening : preceding + 1] if "\n" not in t.text]
        elif (trailing := self._trailing_frame(cue)) is not None:
            # "Russia dismissed eight officers, people familiar with the matter said, in ...":
            # a frame the parser hung on a noun; the content is what comes before it.
            opening = dateline_end(cue.sent)
            content = [t for t in doc[opening:trailing] if "\n" not in t.text]
        else:
            return None
        contrast = next(
            (
                t
                for t in content
                if t.i > cue.i
                and t.lower_ in _CONTRAST
                and doc[t.i - 1].text == ","
                and any(
                    u.i > t.i and u.i != cue.i and self.is_cue(u) and self.subjects(u)
                    for u in content
                )
            ),
            None,
        )
        if contrast is not None:
            # "said X, while the party's chairman insisted that Y": the second report is its
            # speaker's, not part of the first
            content = [t for t in content if t.i < contrast.i]
        concession = next(
            (
                t
                for t in content
                if self.pack.code == "fr"
                and t.i > cue.i
                and t.lower_ in {"malgré", "nonobstant"}
                and doc[t.i - 1].text == ","
            ),
            None,
        )
        if concession is not None:
            # "a démenti que X, malgré les vidéos publiées par leurs familles": the writer's
            # concession against the claim, not the speaker's words
            content = [t for t in content if t.i < concession.i - 1]
        if any("\n" in t.text for t in content):
            # a headline the parser ran into the next paragraph: the cue's own line
            breaks = [t.i for t in content if "\n" in t.text]
            after = min([b for b in breaks if b > cue.i], default=len(doc))
            before = max([b for b in breaks if b < cue.i], default=-1)
            content = [t for t in content if before < t.i < after]
        bounds = _trimmed(content)
        if bounds is None:
            return None
        start, end = bounds
        closing = re.match(r"[.,!?]?(?:[\"”»]|'')", self._text[end : end + 3])
        opener = re.search(r"(?:[\"“«]|'')\s*$", self._text[max(0, start - 3) : start])
        if closing and (
            self._text[start:end].count('"') % 2 == 1
            or re.search(r"[“«]", self._text[start:end])
            or opener
        ):
            end += closing.end()
            if opener:
                start -= len(opener.group(0))
        if any(
            inside(s, e, start, end) and (e - s) > 0.8 * (end - start) for s, e in direct_ranges
        ):
            return None
        kind = "mixed" if any(overlaps(start, end, s, e) for s, e in direct_ranges) else "indirect"
        subjects = self.subjects(cue)
        if (
            subjects
            and subjects[0].head.i == cue.i
            and subjects[0].dep_ in {"nsubjpass", "nsubj:pass"}
            and cue.lower_ not in self.stance_adjectives
        ):
            # "Mr. Roe was accused of fraud", "the veto is expected to come": the passive subject
            # is what the report is about, not who made it (an agent would be: see _passive).
            subjects = []
        outlet = self.find_outlet(cue, cue.sent)
        cited = self._cited(cue) or (self._cited(subjects[0]) if subjects else None)
        citing_outlet = self.outlet_at(subjects[0]) if cited is not None and subjects else None
        if cited is not None and citing_outlet is not None:
            # "Reuters reported, citing two people familiar with the matter": the outlet passes
            # on what they said (a senator "citing estimates" still speaks for herself)
            outlet, subjects = citing_outlet, [cited]
        quote = self._quote(
            doc,
            start,
            end,
            kind,
            cue=_cue(cue, particle, self.reporting_nouns),
            outlet=outlet,
            confidence=0.7 if subjects else 0.45,
        )
        return Draft(
            quote,
            subjects[0] if subjects else None,
            min([cue.idx, start, *(s.idx for s in subjects)]),
            # content from objects, not from a clause or the sentence a frame interrupts
            complement=from_objects and bool(clauses),
        )

    def _que_clause(self, cue: Token) -> Token | None:
        """'a affirmé sur Telegram que ses hommes ...', 'estiment que Moscou manque ...': the
        "que" clause the small French model hangs elsewhere. The clause's head is the word
        under "que" whose subtree reaches furthest, within the sentence."""
        doc = cue.doc
        # within a few words, or after a hearer and an aside ("a indiqué à l'AFP, sous couvert
        # d'anonymat, que ...")
        for token in doc[cue.i + 1 : min(cue.i + 13, cue.sent.end)]:
            if token.pos_ in {"VERB", "AUX"} and token.head.i == cue.i:
                return None  # another verb of the frame comes first
            if token.lower_ in _RELATIVE_PRONOUNS | ACCORDING_WHICH | {"dont"} and (
                token.head.dep_ in {"acl:relcl", "relcl"}
            ):
                return None  # ", estime un diplomate, qui rappelle que ...": the relative's
            if token.i >= cue.i + 6 and not any(t.text == "," for t in doc[cue.i + 1 : token.i]):
                return None
            # "a déclaré au quotidien Haaretz qu'il était prêt": a "que" the tagger took for a
            # relative pronoun it hung nowhere in particular
            if token.lower_ in {"que", "qu'", "qu’"} and (
                token.pos_ == "SCONJ" or (token.pos_ == "PRON" and token.dep_ in {"dep", "mark"})
            ):
                head = token.head
                if head.i < token.i or not (token.i < head.i < cue.sent.end):
                    return None
                while (
                    head.head.i > token.i and head.head.i != head.i and head.head.i < cue.sent.end
                ):
                    head = head.head
                return head
        return None

    def _follow_on(self, doc: Doc, drafts: list[Draft], draft: Draft) -> None:
        """'"First part," she said. "Second part."': a quote with no frame right after the frame
        of the previous one, in the same paragraph, carries that one on (``Quote.continues``):
        the same speaker, and for PolNeAR one attribution with two content fragments."""
        if not drafts or draft.quote.cue is not None:
            return
        previous = drafts[-1].quote
        cue = previous.cue
        gap = self._text[previous.end : draft.quote.start]
        if (
            cue is None
            or previous.kind != "direct"
            or not previous.end <= cue.start < draft.quote.start
            or len(gap) > _MAX_FRAME_CHARS
            or "\n" in gap
            or not re.search(r"[.,:;][\"”’]?\s*$", gap)
        ):
            return
        if len(gap) > 80:
            # A long frame ('," said Jane Doe, a lawyer who ... . "...'): only when the quote
            # opens the sentence right after the frame's.
            frame = doc.char_span(cue.start, cue.end, alignment_mode="expand")
            if frame is None or self._text[frame[0].sent.end_char : draft.quote.start].strip():
                return
        draft.quote.continues = previous.id
        if draft.quote.confidence == _FRAMELESS:
            draft.quote.confidence = 0.8

    def _turns(self, doc: Doc, draft: Draft) -> list[Draft]:
        """A quoted transcript whose paragraphs open with speaker labels ('"WALLACE: ...',
        '"PENCE: ...'): each turn is a direct quote of its own, said by the labelled speaker,
        not by whoever introduced the transcript."""
        quote = draft.quote
        if quote.kind != "direct" or "\n" not in quote.text:
            return [draft]
        labels = []
        for match in _LABEL.finditer(self._text, quote.start, quote.end):
            name = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
            if name is not None and self._speaker_label(name):
                labels.append((match, name))
        if len(labels) < 2:
            return [draft]
        turns = []
        ends = [match.start() for match, _ in labels[1:]] + [quote.end]
        lead = doc.char_span(quote.start, labels[0][0].start(), alignment_mode="expand")
        head = _trimmed(list(lead)) if lead is not None else None
        if head is not None and head[1] - head[0] > 1:
            quote.start, quote.end = head
            quote.text = self._text[quote.start : quote.end]
            quote.id = content_id("quote", doc._.article_id, quote.start, quote.end, "direct")
            turns.append(draft)
        for (match, name), end in zip(labels, ends, strict=True):
            words = doc.char_span(match.start(2), end, alignment_mode="expand")
            bounds = _trimmed(list(words)) if words is not None else None
            if bounds is None:
                continue
            colon = self._text.index(":", match.end(1))
            cue = Cue(text=":", start=colon, end=colon + 1, lemma=":")
            turn = self._quote(doc, *bounds, "direct", cue=cue, confidence=0.7)
            turns.append(
                Draft(turn, name.root, name.start_char, name=(name.start, name.end), label=True)
            )
        return turns

    def _speaker_label(self, name: Span) -> bool:
        head = name.root
        return head.lower_ not in self.reporting_nouns | _OUTLET_NOUNS and (
            head.ent_type_ in {"PERSON", "PER"} or head.pos_ == "PROPN" or head.is_upper
        )

    def _labelled(self, doc: Doc, drafts: list[Draft]) -> None:
        """Transcript and headline lines 'NAME: what they said': the colon is the cue."""
        named = {
            word
            for e in self._entities(doc)
            if e.label_ in {"PERSON", "PER", "ORG"}
            for word in e.text.split()
        }
        for match in _LABEL.finditer(self._text):
            name = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
            if name is None or len(match.group(2).split()) < 3:
                continue
            head = name.root
            if not (
                head.pos_ == "PROPN"
                or head.ent_type_ in {"PERSON", "PER", "ORG", "NORP", "GPE"}
                or (head.is_upper and len(head.text) > 2)
                # "Trump: ..." in a headline the tagger misreads: a name the article uses.
                or (len(name) == 1 and head.text in named)
                # "Poll: ...", "Newspaper: ..."
                or head.lower_ in self.reporting_nouns | _OUTLET_NOUNS
            ):
                continue
            colon = match.end(1) + match.group(0)[match.end(1) - match.start() :].index(":")
            cue = Cue(text=":", start=colon, end=colon + 1, lemma=":")
            start, end = match.start(2), match.end(2)
            inner = next((d for d in drafts if start <= d.quote.start < end), None)
            if inner is not None:
                if inner.quote.cue is None:
                    inner.quote.cue, inner.subject = cue, head
                    inner.order = min(inner.order, name.start_char)
                continue
            quote = self._quote(
                doc,
                start,
                end,
                "indirect",
                cue=cue,
                confidence=0.6,
            )
            drafts.append(Draft(quote, head, name.start_char))

    def _trailing_frame(self, cue: Token) -> int | None:
        """The index of the comma before a frame ', X said' that ends a clause, when the parser
        attached the frame to a noun of that clause (as a relative clause or a modifier); or
        before an inverted one, ', affirme le média Verstka', ', rapporte le Journal'."""
        inverted = self._inverted_frame(cue)
        if inverted is not None:
            return inverted
        # "X had considered Y, The New York Times reported": the parser also hangs a closing
        # frame on the clause's verb as its complement
        if cue.dep_ not in {"relcl", "acl", "appos", "conj", "ccomp"} or any(
            c.dep_ in {"dobj", "obj", "ccomp", "xcomp"} for c in cue.children
        ):
            return None
        subject = next((c for c in cue.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
        if subject is None or subject.i > cue.i or subject.tag_ in {"WDT", "WP"}:
            return None
        comma = subject.left_edge.i - 1
        doc = cue.doc
        if comma <= cue.sent.start or doc[comma].text != "," or cue.head.i > comma:
            return None
        # nothing but the subject and the verb's auxiliaries and adverbs between comma and cue
        if any(
            t.i > subject.right_edge.i and not (t.head.i == cue.i and t.dep_ in _CUE_LEFT)
            for t in doc[comma + 1 : cue.i]
        ):
            return None
        return comma

    def _a_en_croire(self, doc: Doc, croire: Token) -> Draft | None:
        """'À en croire Marc Lefèvre, directeur de l'hôpital, les urgences ont accueilli ...':
        "selon" in other words; the source is what "croire" takes, the claim what follows its
        phrase and comma to the end of the sentence."""
        source = next((c for c in croire.children if c.dep_ in {"obj", "obl:arg", "nsubj"}), None)
        if source is None or source.i < croire.i:
            return None
        comma = next(
            (t.i for t in doc[source.right_edge.i + 1 : croire.sent.end] if t.text == ","), None
        )
        if comma is None or comma != source.right_edge.i + 1:
            return None
        first = doc[croire.i - 2]
        quote = self._indirect_over(
            doc,
            list(doc[comma + 1 : croire.sent.end]),
            cue=Cue(
                text=doc[first.i : croire.i + 1].text,
                start=first.idx,
                end=croire.idx + len(croire.text),
                lemma="à en croire",
            ),
            confidence=0.7,
        )
        return None if quote is None else Draft(quote, source, first.idx)

    def _citing_relay(self, citing: Token) -> Draft | None:
        """'X, rapporte Le Figaro, citant des sources proches du dossier.' where the parser
        hung the frame's verb and the citing verb on the claim: the sources speak, the outlet
        relays them, the claim is what comes before the frame."""
        doc = citing.doc
        cited = self._cited_by(citing)
        comma = citing.i - 1
        if cited is None or comma < 3 or doc[comma].text != ",":
            return None
        name_end = comma - 1
        first = name_end
        while first > 0 and doc[first - 1].pos_ in {"PROPN", "DET"} and doc[first - 1].text != ",":
            first -= 1
        verb = first - 1
        if doc[name_end].pos_ != "PROPN" or self.outlet_at(doc[name_end]) is None:
            return None
        while verb > 0 and doc[verb].lower_ in self._calendar:
            verb -= 1  # "rapporte jeudi Le Figaro"
        if not self._cue_form(doc[verb]):
            return None
        opening = verb - 1
        while opening > 0 and doc[opening].lower_ in _FRENCH_AUXILIARIES:
            opening -= 1
        if doc[opening].text != ",":
            return None
        start = max(doc[opening].sent.start, dateline_end(doc[opening].sent))
        claim = _trimmed(list(doc[start:opening]))
        if claim is None:
            return None
        quote = self._quote(
            doc,
            *claim,
            "indirect",
            cue=_cue(doc[verb]),
            outlet=self.outlet_at(doc[name_end]),
            confidence=0.65,
        )
        return Draft(quote, cited, doc[start].idx)

    def _outlet_before(self, cue: Token) -> Token | None:
        """An outlet named right before a conjoined reporting verb without a subject, after a
        comma, that the parser hung on the claim ("... in northern Niger, The Wall Street
        Journal reported, citing ...")."""
        if cue.dep_ != "conj" or any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
            return None
        doc = cue.doc
        before = doc[cue.i - 1]
        while before.i > 0 and before.head.i == cue.i and before.dep_ in _CUE_LEFT:
            before = doc[before.i - 1]  # "has reported", "also reported"
        if before.pos_ != "PROPN" or self.outlet_at(before) is None:
            return None
        first = before.left_edge.i
        while first > 0 and doc[first - 1].head.i == before.i:
            first -= 1
        return before if first > 0 and doc[first - 1].text == "," else None

    def _conjoined_frame(self, cue: Token) -> int | None:
        """The last token of the claim before a closing frame ', X told Y.' that the parser
        joined to it as a conjunct: the claim opens the sentence, a comma and no "and" come
        before the frame's subject, and after the verb only whom it was told to and when."""
        if cue.dep_ != "conj" or cue.head.i > cue.i or not self._speech(cue):
            return None
        if any(c.dep_ == "cc" for c in cue.children) or any(
            c.dep_ == "cc" and cue.head.i < c.i < cue.i for c in cue.head.children
        ):
            return None
        subject = next((c for c in cue.children if c.dep_ in _SUBJECT_DEPS), None)
        subject = subject or self._outlet_before(cue)
        if subject is None or subject.i > cue.i or subject.tag_ in {"WDT", "WP"}:
            return None
        doc = cue.doc
        claim = cue.head
        if claim.left_edge.i > max(dateline_end(cue.sent), cue.sent.start) + 1:
            return None
        last = subject.left_edge.i - 1
        if doc[last].text != ",":
            return None
        while last > claim.i and doc[last].is_punct:
            last -= 1
        if any(
            t.i > subject.right_edge.i and not (t.head.i == cue.i and t.dep_ in _CUE_LEFT)
            for t in doc[subject.right_edge.i + 1 : cue.i]
        ):
            return None
        hearers = {"dobj", "dative", "iobj", "obj", "npadvmod", "prep", "punct", "advmod"}
        # "..., citing two people familiar with the matter" goes with the frame
        if any(c.dep_ not in hearers and c.lemma_.lower() not in _CITING for c in cue.rights):
            return None
        return last

    def _preceding_clause(self, cue: Token) -> int | None:
        """The last token of a clause before a closing frame ', X said' that the parser hung on
        the reporting verb as an adverbial ('advcl' or 'dep', no "when"/"if" of its own): the
        frame's subject comes right after the comma and the clause opens the sentence."""
        if not self._speech(cue) or cue.dep_ not in {"ROOT", "parataxis"}:
            return None
        subject = next((c for c in cue.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None or subject.i > cue.i or subject.tag_ in {"WDT", "WP"}:
            return None
        clause = next(
            (
                c
                for c in cue.children
                if c.dep_ in {"advcl", "dep"}
                and c.i < subject.i
                and c.pos_ in {"VERB", "AUX"}
                and c.tag_ != "VBG"
                # a clause of its own ("X were dismissed"), not "When X ...", "Asked if ..."
                and any(g.dep_ in _SUBJECT_DEPS for g in c.children)
                and not any(g.dep_ == "mark" for g in c.children)
                and c.left_edge.lower_ not in _SUBORDINATORS
            ),
            None,
        )
        if clause is None or clause.left_edge.i > max(dateline_end(cue.sent), cue.sent.start) + 1:
            return None
        doc = cue.doc
        last = clause.right_edge.i
        while last > clause.i and doc[last].is_punct:
            last -= 1
        between = doc[last + 1 : subject.left_edge.i]
        if not between or not all(t.is_punct for t in between) or "," not in between.text:
            return None
        # nothing but the subject and the verb's auxiliaries and adverbs between it and the cue
        if any(
            t.i > subject.right_edge.i and not (t.head.i == cue.i and t.dep_ in _CUE_LEFT)
            for t in doc[subject.right_edge.i + 1 : cue.i]
        ):
            return None
        return last

    @staticmethod
    def _relative_antecedent(subject: Token, cue: Token) -> Token | None:
        """'Le média indépendant Meduza, qui cite des sources ..., rapporte que': a relative
        pronoun the parser made the subject of the main verb stands for the noun before it."""
        doc = subject.doc
        if (
            subject.lower_ not in {"qui", "who", "which"}
            or cue.dep_ in {"relcl", "acl:relcl", "acl"}
            or subject.i < 2
            or doc[subject.i - 1].text != ","
            or doc[subject.i - 2].pos_ not in {"NOUN", "PROPN"}
        ):
            return None
        return doc[subject.i - 2]

    def _closing_inversions(self, doc: Doc, drafts: list[Draft], taken: set[int]) -> list[Draft]:
        """'Trois militaires ont été placés en garde à vue, rapporte Ouest-France.', '...,
        a précisé à l'AFP Me Juliette Ravanel, avocate de la famille.': a French sentence that
        closes on an inverted frame the parser did not read as one (the verb tagged as an
        adjective, hung on a noun of the claim), the claim before the comma."""
        if self.pack.code != "fr":
            return []
        found = []
        for sentence in doc.sents:
            framed = [
                d.quote
                for d in drafts
                if d.quote.cue is not None
                and sentence.start_char <= d.quote.cue.start < sentence.end_char
            ]
            # a frame found before the claim's end; not a source's relative clause after the
            # closing frame (", a-t-on appris de sources sécuritaires, qui affirment que ...")
            if any(q.cue is not None and q.start < q.cue.start for q in framed):
                continue
            closing: tuple[Span, Outlet | None] | None = None
            comma = sentence.start
            for comma in reversed([t.i for t in sentence if t.text == "," and t.i not in taken]):
                verb = comma + 1
                pronoun = None
                while verb < sentence.end - 1 and (
                    doc[verb].lower_ in _FRENCH_AUXILIARIES
                    or doc[verb].lower_ in {"-t", "-on"}
                    or (doc[verb].text.startswith("-") and doc[verb].lower_[1:] in self.pronouns)
                ):
                    if doc[verb].text.startswith("-") and doc[verb].lower_[1:] in self.pronouns:
                        pronoun = doc[verb]  # ", a-t-il précisé": the speaker before the verb
                    verb += 1
                if verb >= sentence.end:
                    continue
                cue = doc[verb]
                if pronoun is not None and self._cue_form(cue) and cue.i not in taken:
                    closing = doc[pronoun.i : pronoun.i + 1], None
                    break
                # ", a-t-on appris de sources locales": the reporter learnt it from them
                learnt = doc[verb - 1].lower_ == "-on" and cue.lower_ == "appris"
                if (
                    cue.i not in taken
                    # "L'avocate X, qui défend trois soldats, dénonce un procès": its own subject
                    and (
                        learnt
                        or (
                            self._cue_form(cue)
                            and not any(
                                c.dep_ in _SUBJECT_DEPS and c.i < cue.i for c in cue.children
                            )
                        )
                    )
                ):
                    closing = self._closing_speaker(cue, learnt)
                    break
            if closing is None or any(
                q.cue is not None and q.cue.start < doc[comma].idx for q in framed
            ):
                continue
            speaker, outlet = closing
            start = max(sentence.start, dateline_end(sentence))
            opening = doc.char_span(
                statement_start(self._text, doc[comma].idx), doc[comma].idx, "expand"
            )
            if opening is not None and len(opening) and opening.start < start:
                start = opening.start  # the parser cut the claim into sentences of its own
            claim = _trimmed(list(doc[start:comma]))
            if (
                claim is None
                or claim[1] - claim[0] < 10
                # a claim is a clause of its own, not a speaker and its relative clause
                or not any(
                    (
                        t.pos_ in {"VERB", "AUX"}
                        and (
                            t.dep_ in {"ROOT", "conj", "ccomp", "parataxis"}
                            # the parser made the frame the root and the claim's verb hang on
                            # it as an adverbial (or even an adverb: "a limogé samedi ..., a
                            # annoncé la radio nationale")
                            or t.head.i == cue.i
                        )
                    )
                    # "Cette hausse « risque d'étouffer la reprise », estime X": words quoted
                    # in the claim, which the tagger could not read as a verb
                    or t.text in _PAIRS
                    for t in doc[start:comma]
                )
            ):
                continue
            quote = self._quote(
                doc, *claim, "indirect", cue=_cue(cue), confidence=0.65, outlet=outlet
            )
            found.append(
                Draft(quote, speaker.root, speaker.start_char, name=(speaker.start, speaker.end))
            )
        return found

    def _cue_form(self, token: Token) -> bool:
        """A reporting verb by its form, whatever the tagger made of it ("rapporte" as an
        adjective)."""
        if not (token.is_alpha and token.is_lower):
            return False
        lemma = token.lemma_.lower()
        return self.is_cue(token) or bool(
            {lemma, f"{lemma}r", f"{token.lower_}r", f"{token.lower_.removesuffix('é')}er"}
            & self.cues
        )

    def _closing_speaker(
        self, cue: Token, learnt: bool = False
    ) -> tuple[Span, Outlet | None] | None:
        """The speaker of a French inverted frame that closes its sentence, past the times,
        places and outlet between the verb and it ("a déclaré jeudi à Nouméa Jacques
        Ferrandi", "a précisé à l'AFP Me Juliette Ravanel"), with that outlet; None unless the
        rest of the sentence is only that and an apposition of the speaker. What the reporter
        ``learnt`` ("a-t-on appris lundi de sources locales", "auprès de l'état-major") has
        for speaker whom it was learnt from."""
        doc = cue.doc
        # the statement's end, where the parser cut the sentence short ("a lancé Alexeï |
        # Navalny depuis sa prison.")
        stop = _statement_end(self._text, cue.idx)
        end = max(cue.sent.end, next((t.i for t in doc[cue.i :] if t.idx >= stop), len(doc)))
        while end > cue.i + 1 and doc[end - 1].is_punct:
            end -= 1
        position = cue.i + 1
        outlet: Outlet | None = None
        while position < end:
            token = doc[position]
            if token.lower_ in self._calendar or token.lower_ in DAY_PARTS:
                position += 1
                continue
            if _means_at(doc, position, end):
                position += 2  # "a raconté par téléphone Fatou Diallo": the means, no agent
                continue
            if position == cue.i + 1 and (idiom := _idiom_end(cue)) is not None:
                position = idiom + 1  # "a mis en garde Ingrid Solberg"
                continue
            if learnt and token.lower_ in {"de", "d'", "d’", "auprès", "du", "des"}:
                if token.lower_ in {"du", "des"}:
                    break  # the article is the speaker's ("auprès des autorités")
                position += 1
                continue
            # "à l'AFP", and "sur France Info" for a broadcast
            if token.lower_ not in {"à", "au", "aux", "sur"}:
                break
            first = position + 1
            if first < end and doc[first].lower_ in {"l'", "l’", "la", "le", "les"}:
                first += 1
            entity = next((e for e in doc.ents if e.start == first), None)
            last = entity.end if entity is not None else first
            while entity is None and last < end and doc[last].text[:1].isupper():
                last += 1
            # the outlet may be only the start of what the recogniser joined ("AFP Me")
            name = None
            for stop in range(last, first, -1):
                name = outlet_name(doc[position + 1 : stop].text, self.pack)
                if name is not None:
                    last = stop
                    break
            if last == first or last >= end:
                return None
            if name is not None:
                outlet = Outlet(
                    text=doc[first:last].text,
                    start=doc[first].idx,
                    end=doc[last - 1].idx + len(doc[last - 1].text),
                    name=name,
                )
            position = last
        # "deux habitants joints par téléphone": a number opens the phrase too
        if position >= end or not (
            doc[position].pos_ in {"DET", "PROPN", "NOUN", "NUM"}
            or doc[position].lower_ in {"des", "du"}  # "des habitants", tagged a preposition
        ):
            return None
        stop = next((t.i for t in doc[position:end] if t.text == ","), end)
        for told in range(position + 1, stop - 1):
            # "a indiqué un habitant du quartier à l'AFP": the outlet after the speaker
            if doc[told].lower_ in {"à", "au", "aux"}:
                name = outlet_name(doc[told + 1 : stop].text, self.pack)
                if name is not None and outlet is None:
                    heard = doc[told + 1 : stop]
                    outlet = Outlet(
                        text=heard.text, start=heard.start_char, end=heard.end_char, name=name
                    )
                    stop = end = told
                    break
        apposition = doc[stop + 1 : end]
        if len(apposition) and apposition[0].lower_.endswith("ant") and apposition[0].is_lower:
            # "..., explique la mairie, contredisant une publication": the speaker's next act
            end = stop
            apposition = doc[stop:stop]
        relative = bool(len(apposition)) and apposition[0].lower_ in _FRENCH_RELATIVES
        # "a-t-on appris de sources sécuritaires, qui affirment que ...": what the sources
        # say next is a report of their own
        said_next = (
            relative
            and (
                learnt
                # ", estime un diplomate, qui rappelle que ...": a report of the source's own
                or any(self._cue_form(t) for t in apposition[1:3])
            )
        )
        if (
            any(
                t.pos_ in {"VERB", "AUX"}
                and not t.is_title  # "Aminata Sow", the surname tagged as a verb
                # "plusieurs témoins joints par téléphone": a participle of the phrase
                and not (
                    t.dep_ == "acl"
                    and position <= t.head.i < t.i
                    and "Part" in t.morph.get("VerbForm", [])
                )
                for t in doc[position : stop if said_next else end]
            )
            or (relative and not said_next)
            or stop - position > 12
        ):
            return None
        return doc[position:stop], outlet

    def _mistagged_frame_verb(self, token: Token, quote_end: int) -> bool:
        """'« ... », résume un diplomate': the small French model tags an inverted reporting
        verb right after a quote as a name or a noun; its lemma and place say what it is."""
        if self.pack.code != "fr" or not (token.is_alpha and token.is_lower):
            return False
        lemma = token.lemma_.lower()
        if not {lemma, f"{lemma}r", f"{token.lower_}r"} & self.cues:
            return False  # "raconte" read as an adjective "racont": the form says "raconter"
        between = self._text[quote_end : token.idx]
        return bool(re.fullmatch(r"\s*,\s*(?:(?:a|ont|avait|avaient)\s+)?", between))

    def _frame_end(self, cue: Token) -> int:
        """Where a French inverted frame ends: the end of its sentence, or the comma before what
        follows its subject (", a rapporté Le Figaro, citant des sources", ", a annoncé son
        avocat, qui se dit ...", ", a annoncé l'armée, au lendemain de bombardements ...")."""
        doc = cue.doc
        for comma in doc[cue.i + 2 : cue.sent.end - 1]:
            if comma.text != ",":
                continue
            after = doc[comma.i + 1]
            if after.dep_ == "appos" and after.head.head.i == cue.i:
                continue  # ", a indiqué leur association, Mesarvot, qui ...": its name
            root = after
            while root.head.i != root.i and root.head.i != cue.i and root.head.i > comma.i:
                root = root.head
            if (
                after.lemma_.lower() in _CITING
                or (after.lower_ in _FRENCH_RELATIVES and after.head.dep_ in {"acl:relcl", "relcl"})
                or (root.head.i == cue.i and root.dep_ in {"obl:mod", "obl", "advcl", "advmod"})
                or (root.lemma_.lower() in _CITING and root.head.i < comma.i)
            ):
                return comma.i
            return cue.sent.end
        return cue.sent.end

    def _inverted_frame(self, cue: Token) -> int | None:
        """The comma before a French inverted frame that closes the sentence: the verb right
        after the comma (its auxiliary aside), then its subject and nothing else."""
        doc = cue.doc
        if self.pack.code != "fr":
            return None
        subjects = [c for c in cue.children if c.dep_ in _SUBJECT_DEPS]
        if len(subjects) > 1 and all(c.i < cue.i for c in subjects):
            # "Le gouverneur a suspendu le directeur, deux jours après l'incendie, a annoncé
            # la télévision": two subjects before the verb are the claim's words, misread
            subjects = []
        if (
            len(subjects) == 1
            and subjects[0].i < cue.i
            and _clause_as_subject(subjects[0])
            and any(c.dep_ == "obj" and c.i > cue.i for c in cue.children)
        ):
            # "L'armée prévoit d'envoyer 24 000 convocations, a rapporté la radio": a clause
            # read as the subject (its verb a modifier), the speaker read as the object
            subjects, misread = [], True
        else:
            misread = False
        if (
            cue.dep_ == "ROOT"
            and not misread
            and (
                any(c.i < cue.i for c in subjects)
                or not any(
                    c.dep_ in {"advcl", "ccomp", "parataxis", "conj"} and c.i < cue.i
                    for c in cue.children
                )
            )
        ):
            # a verb that opens its own sentence; but "X ont été tués samedi, a indiqué un
            # collectif": the parser made the frame the root and the claim its adverbial
            return None
        end = self._frame_end(cue)
        rest_end = end - (1 if doc[end - 1].is_punct else 0)
        for c in cue.children:
            if c.dep_ not in {"obj", "ccomp", "xcomp"} or c.i < cue.i:
                continue
            if c.lower_ in self._calendar and c.i < rest_end:
                continue  # ", a rapporté jeudi Le Figaro": the day the parser read as an object
            # ", rapporte le Kyiv Independent.": the inverted subject read as an object, the
            # last phrase of a verb without a subject of its own
            inverted_subject = c.dep_ == "obj" and c.right_edge.i + 1 >= rest_end and not subjects
            if not inverted_subject:
                return None
        comma = cue.i - 1
        while comma > cue.sent.start and doc[comma].pos_ == "AUX" and doc[comma].head.i == cue.i:
            comma -= 1
        if comma <= cue.sent.start or doc[comma].text != ",":
            return None
        rest = [t for t in doc[cue.i + 1 : end] if not t.is_punct]
        if not rest or len(rest) > 12 or rest[0].pos_ not in {"DET", "PROPN", "NOUN", "PRON"}:
            return None
        named = {
            t.i
            for c in cue.children
            for a in c.children
            if a.dep_ == "appos" and a.i > c.i
            for t in doc[a.left_edge.i - 1 : a.right_edge.i + 2]
        }
        if any(t.text == "," and t.i not in named for t in doc[cue.i + 1 : end]):
            return None  # ", affirme le média, qui ...": more than a frame
        return comma

    def _chained(self, verb: Token) -> bool:
        """Whether ``verb`` is an infinitive right after a reporting verb ("continued to call
        for"), with nothing but particles and adverbs between them."""
        head = verb.head
        if verb.dep_ != "xcomp" or not head.i < verb.i or not self.is_cue(head):
            return False
        return all(
            (t.head.i == head.i and t.dep_ in {"prt", "advmod"})
            or (t.head.i == verb.i and t.dep_ in _CUE_LEFT)
            for t in verb.doc[head.i + 1 : verb.i]
        )

    def _complements(self, cue: Token) -> tuple[list[Token], Token | None]:
        """The non-clausal complements of a reporting verb and the preposition it takes ("called
        for"), when the verb has its own subject; none when it has no object after it."""
        if cue.lemma_.lower() in self.clause_only_cues:
            return [], None  # "l'armée a lancé une campagne": an act, not a report
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
        governed = infinitive and cue.dep_ == "xcomp" and self.is_cue(cue.head)
        if (governed and not self._chained(cue)) or not self.subjects(cue):
            # "plans to release X": the attribution is the governing reporting verb's; "appeared
            # to blame X", "came to discuss X" are the infinitive's.
            return [], None
        after = [c for c in cue.children if c.i > cue.i]
        objects = [c for c in after if c.dep_ in {"dobj", "obj", "oprd", "xcomp", "dative"}]
        if any(
            c.dep_ == "xcomp"
            and self.is_cue(c)
            and self._chained(c)
            and any(
                g.dep_ in {"dobj", "obj", "ccomp", "xcomp", "prep", "dative"} for g in c.children
            )
            for c in objects
        ):
            # "continued to call for X": the attribution is the completing verb's; "declined to
            # comment" is the governing verb's, its content "to comment".
            return [], None
        particle = None
        if not any(c.dep_ in {"dobj", "obj"} for c in objects):
            prep = next(
                (
                    c
                    for c in after
                    if c.dep_ == "prep"
                    and c.lower_ in _CUE_PREPOSITIONS
                    # "spoke at a rally", "talked to reporters": a place or a hearer
                    and not (c.lower_ in {"at", "to"} and cue.lemma_.lower() in _SPEECH_VERBS)
                    and c.i <= cue.i + 2
                    and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)
                    # "reported on Tuesday": when, not what
                    and not any(
                        g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in c.children
                    )
                ),
                None,
            )
            if prep is not None:
                # "called for an inquiry", "called for reducing the rate"
                particle = prep
                objects = [g for g in prep.children if g.dep_ in {"pobj", "pcomp"}] + [
                    c for c in objects if c.i > prep.i
                ]
            elif not objects:
                # "called for the United States to act": a clause introduced by "for".
                clause = next(
                    (
                        c
                        for c in after
                        if c.dep_ == "advcl"
                        and c.left_edge.i == cue.i + 1
                        and c.left_edge.lower_ == "for"
                        and c.left_edge.dep_ == "mark"
                    ),
                    None,
                )
                if clause is not None:
                    particle, objects = clause.left_edge, [clause]
                elif (
                    cue.lemma_.lower() in {"say", "answer", "reply"}
                    and cue.i + 2 < len(cue.doc)
                    and cue.doc[cue.i + 1].lower_ in {"yes", "no", "so"}
                    and cue.doc[cue.i + 1].head.i == cue.i
                    and cue.doc[cue.i + 2].is_punct
                ):
                    # "55 percent said so", "the candidate said no": the answer is the content.
                    objects = [cue.doc[cue.i + 1]]
        if not objects or (
            len(objects) == 1
            and (
                objects[0].dep_ == "dative"
                # "supported her" is a stance; "urged them" is not yet content
                or (
                    objects[0].pos_ == "PRON"
                    and cue.lemma_.lower() not in _STANCE_VERBS
                    and objects[0].lower_ not in _CONTENT_PRONOUNS
                )
            )
            and objects[0].left_edge.i == objects[0].right_edge.i
        ):
            return [], None
        if particle is not None and any(
            o.lemma_.lower() == "condition" for o in objects if o.head.i == particle.i
        ):
            return [], None  # "speaking on condition of anonymity": how it was said, not what
        if self._act(cue, objects):
            return [], None
        return objects, particle

    def _act(self, verb: Token, objects: Sequence[Token]) -> bool:
        """Whether a reporting verb with these objects does something rather than report:
        "declared war", "a décrété la mobilisation" (an event), "dismissed two generals",
        "addressed the troops"."""
        lemma = verb.lemma_.lower()
        # "a state of emergency", "l'état d'urgence": the noun the object's "of" phrase names
        named = [
            g
            for o in objects
            for p in o.children
            if p.dep_ in {"prep", "nmod"} and (p.lower_ == "of" or p.dep_ == "nmod")
            for g in ([p] if p.dep_ == "nmod" else p.children)
        ]
        return (
            lemma in _PERFORMATIVE_VERBS
            and any(o.lemma_.lower() in self.performative_objects for o in [*objects, *named])
        ) or (
            lemma in self.person_object_senses
            and any(o.dep_ in {"dobj", "obj"} and self._people(o) for o in objects)
        )

    def _according(
        self, doc: Doc, token: Token, direct_ranges: list[tuple[int, int]]
    ) -> Draft | None:
        """'according to X, CONTENT' and 'CONTENT, according to X'; when CONTENT is the frame of
        the direct quote just before ('"...," one of them shouted, according to a video'), the
        quote with its frame."""
        objects = [
            g
            for c in token.children
            for g in c.children
            # "according to show insiders": the noun the tagger read as a verb
            if c.lower_ in {"to", "à"} and g.dep_ in {"pobj", "obj", "pcomp"}
        ]
        objects += [c for c in token.children if c.dep_ in {"pobj", "obj", "nmod"}]
        if token.lower_ in {"selon", "d'", "d’"} and (
            token.head.pos_ in {"NOUN", "PROPN"}
            # "Selon Novaïa Gazeta Europe": a name the tagger read as a verb, in a noun's place
            or token.head.dep_ in {"obl", "obl:mod", "obl:arg", "nmod"}
        ):
            objects.append(token.head)  # "selon X", "d'après X": the preposition hangs on X
        if not objects:
            return None
        source = objects[0]
        if source.lower_ in ACCORDING_WHICH:
            return None  # "des informations selon lesquelles ...": a relative, not a source
        if (
            source.dep_ in {"det", "compound", "flat:name", "amod"}
            and source.head.pos_ == "PROPN"
            and 0 < source.head.i - source.i <= 2
        ):
            source = source.head  # "Selon Léa | Moreau": the parser hung the name on its end
        phrase = range(token.i, source.right_edge.i + 1)
        commas = [t.i for t in doc[source.i + 1 : phrase.stop] if t.text == ","]
        if token.i < source.i and commas:
            # "Selon une enquête de Mediazona, 300 soldats ...": the parser ran the source into
            # the clause; it ends at its comma, unless an apposition follows ("Smith, a lawyer,")
            following = [t.i for t in doc[commas[0] + 1 : token.sent.end] if t.text == ","]
            apposition = (
                following
                and (
                    doc[commas[0] + 1].lower_ in _RELATIVE_PRONOUNS | _OBJECT_RELATIVES
                    or not any(
                        t.pos_ in {"VERB", "AUX"}
                        # "un ancien détenu interrogé par Mediapart": a participle of the apposition
                        and not (t.dep_ == "acl" and "Part" in t.morph.get("VerbForm", []))
                        for t in doc[commas[0] + 1 : following[0]]
                    )
                )
            )
            if not apposition:
                phrase = range(token.i, commas[0])
            elif (
                doc[commas[0] + 1].lower_ in _RELATIVE_PRONOUNS | _OBJECT_RELATIVES
                and phrase.stop <= following[0]
            ):
                # "D'après un document interne, que nous avons pu consulter, au moins 300 ...":
                # the source's relative clause, which the parser hung on the claim
                phrase = range(token.i, following[0])
            elif following[0] + 1 < phrase.stop < len(doc) and (
                doc[phrase.stop].pos_ in {"VERB", "AUX"}
                or any(t.pos_ in {"VERB", "AUX"} for t in doc[following[0] + 1 : phrase.stop])
            ):
                # "Selon Marc Vidal, procureur de Lyon, le suspect préparait ...": the source
                # ends after its apposition when the clause runs on past it
                phrase = range(token.i, following[0])
                if (
                    len(following) > 1
                    and doc[following[0] + 1].lower_ in self.outlet_participles
                    and not any(t.pos_ == "AUX" for t in doc[following[0] + 1 : following[1]])
                ):
                    # "..., chercheur à Dakar, interrogé par Jeune Afrique, les groupes ...":
                    # how the source reached the outlet is part of the frame
                    phrase = range(token.i, following[1])
        if (
            token.i < source.i
            and phrase.stop + 2 < len(doc)
            and doc[phrase.stop].text == ","
            and doc[phrase.stop + 1].lower_ in _RELATIVE_PRONOUNS | _OBJECT_RELATIVES
        ):
            # "D'après une note, que Libération a pu consulter, la manifestation ...": the
            # source's relative clause, hung on the claim
            closing = next(
                (
                    t.i
                    for t in doc[phrase.stop + 2 : min(len(doc), phrase.stop + 16)]
                    if t.text == ","
                ),
                None,
            )
            if closing is not None:
                phrase = range(token.i, closing)
        if token.i < source.i and phrase.stop < len(doc):
            # "Selon deux diplomates s'exprimant sous couvert d'anonymat, X": the formula that
            # follows the source, up to its comma, is part of the frame
            comma = next(
                (t.i for t in doc[phrase.stop : min(len(doc), phrase.stop + 12)] if t.text == ","),
                None,
            )
            if comma is not None and any(
                f in doc[phrase.stop : comma].text.lower() for f in self.anonymity_formulas
            ):
                phrase = range(token.i, comma)
        named_after_role: tuple[int, int] | None = None
        if token.i < source.i and self.pack.code == "fr":
            # "D'après le procureur de Grenoble, Étienne Mauduit, les deux adolescents ...":
            # the name after the role, in commas, whatever the parser made of it
            # (the parser may have ended the sentence inside the name)
            comma = next((t.i for t in doc[source.i : source.i + 30] if t.text == ","), None)
            after = (
                next((t.i for t in doc[comma + 1 : comma + 6] if t.text == ","), None)
                if comma is not None
                else None
            )
            name_start = comma + 1 if comma is not None else 0
            while (
                after is not None
                and name_start < after - 1
                and (doc[name_start].pos_ in {"DET", "NOUN"} or self._role_word(doc[name_start]))
                and doc[name_start].is_lower
            ):
                name_start += 1  # "..., le colonel Amadou Sangaré, ...": a title before it
            if (
                comma is not None
                and after is not None
                and after > name_start
                and all(t.is_title and t.is_alpha for t in doc[name_start:after])
                and (name_start == comma + 1 or after - name_start >= 2)
                and phrase.stop <= after
            ):
                phrase, named_after_role = range(token.i, after), (name_start, after)
        opening = dateline_end(token.sent)
        # the line of "according to", when the parser ran a headline into the sentence
        breaks = [t.i for t in token.sent if "\n" in t.text]
        line_start = max([b for b in breaks if b < token.i], default=opening - 1) + 1
        line_end = min([b for b in breaks if b > token.i], default=token.sent.end)
        bounds = _trimmed(
            [
                t
                for t in doc[max(opening, line_start) : line_end]
                if t.i not in phrase and "\n" not in t.text
            ]
        )
        comma = next((t.i for t in doc[source.i + 1 : phrase.stop] if t.text == ","), None)
        if bounds is None and comma is not None and token.i < source.i and not named_after_role:
            # "According to X, the move reeks of ...": the parser hung the clause on X.
            phrase = range(token.i, comma)
            bounds = _trimmed(
                [
                    t
                    for t in doc[max(opening, line_start) : line_end]
                    if t.i not in phrase and "\n" not in t.text
                ]
            )
        if bounds is None and token.i < source.i and phrase.stop < len(doc):
            # "Selon l'ONG Memorial, au moins 300 ...": the parser ended the sentence at the
            # comma; the statement runs on to its full stop
            after = doc[phrase.stop - 1].idx + len(doc[phrase.stop - 1].text)
            separator = re.match(r"\s*,\s*", self._text[after:])
            start = after + separator.end() if separator is not None else len(self._text)
            end = _statement_end(self._text, start)
            if end > start:
                statement = doc.char_span(start, end, alignment_mode="expand")
                bounds = _trimmed(list(statement)) if statement is not None else None
        if bounds is None and token.i < source.i and token.i == token.sent.start:
            # "... au début du mois, selon des témoignages ...": the parser ended the sentence
            # before "selon"; the statement is what runs back from its comma to a full stop
            before = self._text[: token.idx].rstrip()
            if before.endswith(","):
                end = len(before) - 1
                start = statement_start(self._text, end)
                claim = doc.char_span(start, end, alignment_mode="expand")
                bounds = _trimmed(list(claim)) if claim is not None else None
        asked_by: Outlet | None = None
        if bounds is not None and self.pack.code == "fr" and token.i < source.i:
            aside = doc.char_span(*bounds, alignment_mode="expand")
            separator = re.match(r"\s*,\s*", self._text[bounds[1] :])
            if (
                aside is not None
                and separator is not None
                and not any(
                    t.pos_ in {"VERB", "AUX"} and "Part" not in t.morph.get("VerbForm", [])
                    for t in aside
                )
            ):
                # "Selon Marie Dubois, chercheuse au CNRS, interrogée par Le Monde, | les
                # milices ont recruté ...": what the parser left as the claim is an apposition
                # and the claim runs on past the sentence it ended
                start = bounds[1] + separator.end()
                end = _statement_end(self._text, start)
                statement = (
                    doc.char_span(start, end, alignment_mode="expand") if end > start else None
                )
                if statement is not None and any(t.pos_ in {"VERB", "AUX"} for t in statement):
                    bounds = _trimmed(list(statement))
                    asked = next((t for t in aside if t.lower_ in self.outlet_participles), None)
                    asked_by = next(
                        (
                            outlet
                            for t in aside
                            if asked is not None
                            and t.i > asked.i
                            and t.pos_ in {"PROPN", "NOUN"}
                            and (outlet := self.outlet_at(t)) is not None
                        ),
                        None,
                    )
        if bounds is None:
            return None
        start, end = bounds
        if start < token.idx < end:
            # "X agreed to Y, according to people familiar with the matter, who asked not to be
            # identified": what follows the source is no part of the claim
            end = len(self._text[: token.idx].rstrip(" ,;—–-\n"))
        kind = "indirect"
        framed = next(
            (s for s, e in direct_ranges if e <= start and not self._text[e:start].strip(" ,\n")),
            None,
        )
        if framed is not None and start < token.idx:
            start, kind = framed, "mixed"
        last = token
        while last.i + 1 < len(doc) and doc[last.i + 1].dep_ == "fixed":
            last = doc[last.i + 1]  # "d'après"
        cue_end = source.left_edge.idx if source.left_edge.i > last.i else last.idx + len(last.text)
        cue_text = self._text[token.idx : cue_end].rstrip()
        quote = self._quote(
            doc,
            start,
            end,
            kind,
            cue=Cue(
                text=cue_text,
                start=token.idx,
                end=token.idx + len(cue_text),
                lemma=cue_text.lower(),
            ),
            outlet=self._outlet_by(source) or asked_by,
            confidence=0.75,
        )
        cited = self._cited(source) or self._cited_after(source)
        citing_outlet = self.outlet_at(source) if cited is not None else None
        if cited is not None and citing_outlet is not None:
            # "according to the Kyiv Independent, which cited a military source": the source is
            # the one cited, the outlet the one that cited it
            quote.outlet, source = citing_outlet, cited
        return Draft(quote, source, token.idx, name=named_after_role)

    def _cited(self, token: Token) -> Token | None:
        """The source an outlet or a speaker cites: 'X, which cited a military source', 'X
        reported, citing two people familiar with the matter', 'X, qui cite une source'."""
        for child in token.children:
            if child.lemma_.lower() in _CITING and child.dep_ in _CITING_DEPS:
                cited = self._cited_by(child)
                if cited is not None:
                    return cited
        return None

    def _cited_by(self, verb: Token) -> Token | None:
        """The object of a citing verb when it can be a source: not "citing the threat to
        public health", a reason."""
        cited = next((g for g in verb.children if g.dep_ in {"dobj", "obj"}), None)
        return cited if cited is not None and self._source_like(cited) else None

    def _cited_after(self, source: Token) -> Token | None:
        """'selon RFI, qui cite une source sécuritaire': the source cited right after the
        phrase, where the parser hung the citing verb elsewhere."""
        doc = source.doc
        position = source.right_edge.i + 1
        if position >= len(doc) or doc[position].text != ",":
            return None
        position += 1
        if position < len(doc) and doc[position].lower_ in _RELATIVE_PRONOUNS:
            position += 1
        if position >= len(doc) or doc[position].lemma_.lower() not in _CITING:
            return None
        return self._cited_by(doc[position])

    def _source_like(self, noun: Token) -> bool:
        """Whether a noun phrase can be a source: people, an organisation, an outlet, a
        document, or an unnamed source ("two people familiar with the matter")."""
        if noun.ent_type_ in _PERSON_LABELS | {"ORG", "NORP"} or self._people(noun):
            return True
        if noun.pos_ == "PROPN" and noun.ent_type_ not in _NO_SOURCE_LABELS:
            return True  # "citing Helsingin Sanomat", a name the recogniser took for a place
        if noun.lower_ in self.reporting_nouns or noun.lemma_.lower() in self.reporting_nouns:
            return True
        words = {t.lower_ for t in noun.subtree}
        return any(words & kind for kind in self.anonymity.values()) or (
            self.outlet_at(noun) is not None
        )

    def _stance_frame(self, doc: Doc, token: Token, drafts: list[Draft]) -> Draft | None:
        """'Pour Anna Kovalenko, chercheuse au centre Carnegie, « ces chiffres sont faux »': a
        person's view opened by a preposition. Only a named person, a pronoun or one person
        described by a role ("Pour le chercheur"), then a comma; an apposition without a verb
        is skipped ("Pour cette raison", "Pour les soldats" are no frames). A quote right there
        gets the speaker."""
        end = _statement_end(self._text, token.idx)
        scope = doc.char_span(token.idx, end, alignment_mode="expand") if end > token.idx else None
        if scope is None or len(scope) < 4:
            return None
        after = scope[1]
        person = self._person_in(doc, after.i, after.i + 1, containing=True)
        if person is not None:
            holder, stop = person.root, person.end
        elif after.lower_ in self.pronouns | {"lui", "eux"}:
            holder, stop = after, after.i + 1
        else:
            i = after.i
            while i < scope.end and doc[i].pos_ in {"DET", "ADJ"}:
                i += 1
            holder_noun = i < scope.end and doc[i].lower_ in self.opinion_holders
            if i >= scope.end or (
                not holder_noun
                and (
                    doc[i].lemma_.lower() not in self.role_nouns
                    or "Plur" in doc[i].morph.get("Number", [])
                )
            ):
                return None  # "Pour les soldats, la situation ..." is about them, not their view
            holder, stop = doc[i], i + 1
            name_end = stop
            while (
                name_end < scope.end
                and doc[name_end].pos_ == "PROPN"
                and doc[name_end].text[:1].isupper()
            ):
                name_end += 1
            if name_end > stop:
                holder, stop = doc[stop:name_end].root, name_end  # "le politologue Kirill Rogov"
        commas = [t.i for t in doc[stop : scope.end] if t.text == ","]
        if not commas or (commas[0] != stop and commas[0] - stop > 6):
            return None
        start = commas[0] + 1
        for later in commas[1:]:
            clause = doc[start:later]
            apposition = any(t.dep_ == "appos" and t.head.i < start for t in clause)
            if clause.text.lstrip().startswith(("«", '"', "“")) or (
                not apposition and any(t.pos_ in {"VERB", "AUX"} for t in clause)
            ):
                break
            start = later + 1  # an apposition: "chercheuse au centre Carnegie,"
        bounds = _trimmed(list(doc[start : scope.end]))
        if bounds is None:
            return None
        cue = Cue(
            text=token.text, start=token.idx, end=token.idx + len(token.text), lemma=token.lower_
        )
        quoted = next(
            (
                d
                for d in drafts
                if d.quote.kind == "direct" and bounds[0] <= d.quote.start < bounds[1]
            ),
            None,
        )
        if quoted is not None:
            if quoted.quote.cue is None:
                quoted.quote.cue, quoted.subject = cue, holder
                quoted.order = min(quoted.order, token.idx)
                quoted.quote.confidence = 0.8
            return None
        quote = self._quote(doc, *bounds, "indirect", cue=cue, confidence=0.6)
        return Draft(quote, holder, token.idx)

    def _outlet_by(self, source: Token) -> Outlet | None:
        """'testimonies collected by Novaya Gazeta', 'les informations du Monde': the outlet
        behind a reporting noun."""
        owners = {"by", "par"}
        if source.lower_ in self.reporting_nouns or source.lemma_.lower() in self.reporting_nouns:
            owners |= {"of", "de", "du", "des", "d'", "d’"}
        for child in source.subtree:
            if child.lower_ not in owners:
                continue
            objects = [g for g in child.children if g.dep_ in {"pobj", "obj"}] or (
                [child.head] if child.dep_ == "case" else []
            )
            for obj in objects:
                outlet = self.outlet_at(obj)
                if outlet is not None:
                    return outlet
        return None


@dataclass
class Draft:
    """A quote before its speaker is named; ``order`` is where its speaker is introduced."""

    quote: Quote
    subject: Token | None
    order: int
    complement: bool = False  # content from objects, not a clause ("called for X")
    nominal: bool = False  # cued by a reporting noun ("the claim that X")
    name: tuple[int, int] | None = None  # token range of a name read off the surface
    label: bool = False  # the name is a transcript's speaker label ("BERG:"), not a phrase


def _cue_inside(quote: Quote, container: Quote) -> bool:
    """Whether the cue of ``quote`` lies in the content of ``container``."""
    cue = quote.cue
    return cue is not None and inside(cue.start, cue.end, container.start, container.end)


def _one_per_cue(drafts: list[Draft]) -> list[Draft]:
    """One attribution per cue: of the drafts that share a cue ('blasted the media' and, from
    a quoted fragment, 'blasted the media for being "dishonest"'), the direct quote, else the
    longest content."""
    best: dict[tuple[int, int], Draft] = {}
    for draft in drafts:
        cue = draft.quote.cue
        if cue is None:
            continue
        key = (cue.start, cue.end)
        kept = best.get(key)
        if kept is None or (draft.quote.kind == "direct", len(draft.quote.text)) > (
            kept.quote.kind == "direct",
            len(kept.quote.text),
        ):
            best[key] = draft
    return [
        d for d in drafts if d.quote.cue is None or best[(d.quote.cue.start, d.quote.cue.end)] is d
    ]


def _antecedent_of(token: Token) -> Token | None:
    """The noun a relative pronoun subject stands for ("Jane Roe, who said", "cities that
    argued"), or None."""
    if (
        (token.tag_ in {"WDT", "WP"} or token.lower_ == "qui")
        and token.lower_ in {"who", "which", "qui"}
        and token.head.dep_ in {"relcl", "acl:relcl"}
        and token.head.head.i < token.i
    ):
        return token.head.head
    return None


def _without_marks(span: Span) -> Span:
    """The span without leading tokens that hold no letter or digit ("― Jane Roe")."""
    start = span.start
    while start < span.end - 1 and not any(c.isalnum() for c in span.doc[start].text):
        start += 1
    return span.doc[start : span.end]


def _verb_by_its_arguments(token: Token) -> bool:
    """'Documents seen by the Guardian show that ...': a word the tagger took for a noun that
    has a subject and a clausal complement is a verb, and so is a French participle after its
    auxiliary, with a subject, whatever the tagger called it."""
    if token.pos_ not in {"NOUN", "ADJ", "ADV", "PROPN"}:
        return False
    deps = {c.dep_ for c in token.children}
    if token.is_lower and "aux:tense" in deps and "nsubj" in deps:
        return True  # "Le gouvernement a démenti samedi ...": a participle read as a name
    return token.pos_ != "PROPN" and bool(deps & {"nsubj", "nsubj:pass"}) and "ccomp" in deps


def _with_given_names(person: Span, titles: frozenset[str]) -> Span:
    """A person entity with the capitalised proper nouns the recogniser left before it and the
    parser hung on it as compounds ("Alexei" in "Alexei Tabakov")."""
    doc, start = person.doc, person.start
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].text[-1:].isalpha()  # not a title: "Ms.", "Gen.", "President"
        and doc[start - 1].lower_ not in titles
        and person.start <= doc[start - 1].head.i < person.end
        and not doc[start - 1].ent_type_
    ):
        start -= 1
    return person if start == person.start else doc[start : person.end]


def _names_a_subject(person: Span) -> bool:
    """Whether the person is a subject or set in apposition to one, however deep the parser
    hung the name ("L'avocat, Me | Paul Ferrand, a porté plainte": on the title)."""
    token = person.root
    for _ in range(3):
        if token.dep_ in _SUBJECT_DEPS:
            return True
        if token.dep_ not in {"appos", "flat", "flat:name", "nmod", "compound"}:
            return False
        if token.head.i > person.start or token.head.i == token.i:
            return False
        token = token.head
    return False


def _means_at(doc: Doc, i: int, end: int) -> bool:
    """Whether a French "par" and a bare noun at ``i`` name the means of a report ("a raconté
    par téléphone X"), not its agent."""
    return (
        doc[i].lower_ == "par" and i + 1 < end and doc[i + 1].is_lower and doc[i + 1].pos_ == "NOUN"
    )


def _speaker_from(span: Span, **fields: Any) -> Speaker:
    """A Speaker record over a spaCy span."""
    return Speaker(text=span.text, start=span.start_char, end=span.end_char, **fields)


# reporting verbs in several words, by the verb's lemma: "mettre en garde" (to warn)
_CUE_IDIOMS = {"mettre": ("en", "garde"), "faire": ("savoir",)}


def _idiom_end(verb: Token) -> int | None:
    """The index of the last word of a reporting idiom the verb opens ("a mis | en garde"),
    None when the words after the verb are not its rest."""
    rest = _CUE_IDIOMS.get(verb.lemma_.lower())
    if rest is None or verb.i + len(rest) >= len(verb.doc):
        return None
    words = verb.doc[verb.i + 1 : verb.i + 1 + len(rest)]
    return words[-1].i if tuple(t.lower_ for t in words) == rest else None


def _cue(token: Token, particle: Token | None = None, nouns: frozenset[str] = frozenset()) -> Cue:
    """The reporting verb with the auxiliaries, negation and adverbs right before it ("has also
    said"), the verbs it completes ("continued to call for"), its particle or preposition
    ("called for"), the medium and the date right after it ("said in a statement on Monday:")."""
    doc = token.doc

    def left(verb: Token) -> int:
        first = verb.i
        while (
            first > 0
            and doc[first - 1].head.i == verb.i
            # "est catégorique :", the copula of a stance
            and (
                doc[first - 1].dep_ in _CUE_LEFT
                or (doc[first - 1].dep_ == "cop" and verb.pos_ == "ADJ")
            )
            and doc[first - 1].lower_ not in {"when", "then", "why", "how", "where"}
        ):
            first -= 1
        return first

    first = left(token)
    head = token.head
    if (
        token.dep_ == "xcomp"
        and doc[first].lower_ == "to"
        and head.pos_ in {"VERB", "AUX"}
        and head.i < first
        and all(t.head.i == head.i and t.dep_ in {"prt", "advmod"} for t in doc[head.i + 1 : first])
    ):
        first = left(head)
    elif (
        token.dep_ == "pcomp"
        and head.lower_ == "as"
        and head.i == token.i - 1
        and head.head.i == head.i - 1
        and head.head.pos_ == "VERB"
    ):
        first = left(head.head)  # "was quoted as saying"
    last = token.i
    for child in token.rights:
        if child.left_edge.i != last + 1:
            continue
        if child.dep_ == "prt" or (particle is not None and child.i == particle.i):
            last = child.i
        elif token.pos_ == "AUX" and child.dep_ in {"acomp", "attr"} and child.pos_ == "ADJ":
            last = child.right_edge.i  # "was blunt:", a stance as the frame
        elif (
            child.dep_ == "prep"
            and child.lower_ == "in"
            and any(g.dep_ == "pobj" and g.lower_ in nouns for g in child.children)
        ) or (child.dep_ == "npadvmod" and child.ent_type_ in {"DATE", "TIME"}):
            last = child.right_edge.i
    if particle is not None and particle.i == last + 1:
        last = particle.i  # "called for" when "for" opens the clause
    if last == token.i and (idiom := _idiom_end(token)) is not None:
        last = idiom  # "a mis en garde"
    if last + 1 < len(doc) and doc[last + 1].text == ":":
        last += 1
    start = doc[first].idx
    text = doc[first : last + 1].text
    return Cue(text=text, start=start, end=start + len(text), lemma=token.lemma_.lower())


def _phrase(head: Token, quote: Quote) -> tuple[int, int] | None:
    """Character bounds of the noun phrase headed by ``head``, within its entity and outside the
    quote and its cue: the contiguous run of its subtree around the head."""
    doc = head.doc
    cue = quote.cue
    left = right = head.i
    while left > 0 and doc[left].ent_iob_ == "I":
        left -= 1
    while right + 1 < len(doc) and doc[right + 1].ent_iob_ == "I":
        right += 1
    left, right = min(left, head.left_edge.i), max(right, head.right_edge.i)
    while right + 1 < len(doc) and doc[right + 1].ent_iob_ == "I" and doc[right].ent_iob_ != "O":
        right += 1  # "L'avocate Sophie | Lenoir": the rest of a name the parser cut off
    split = _split_subject(head)
    if split is not None:
        left = min(left, split.left_edge.i)  # "Democratic frontrunner | Hillary Clinton"
    for k in range(head.i - 1, left, -1):
        # "RENO, Nev. (AP) -- Jane Doe said": not the dateline; "... in public ― Trump said":
        # not the clause before the dash
        if doc[k].text in {"—", "–", "--", "―"} or (
            doc[k].text == "-" and (doc[k - 1].text == ")" or doc[k - 1].is_upper)
        ):
            left = k + 1
            break

    framed = quote.start <= head.idx < quote.end  # "It was, the president said, a stone..."

    def allowed(token: Token) -> bool:
        if (not framed and quote.start <= token.idx < quote.end) or "\n" in token.text:
            return False
        return cue is None or not (cue.start <= token.idx < cue.end)

    first = last = head.i
    while first - 1 >= left and allowed(doc[first - 1]):
        first -= 1
    while last + 1 <= right and allowed(doc[last + 1]):
        last += 1
    last = _before_aside(doc, head.i, last)
    tokens = [t for t in doc[first : last + 1] if not t.is_space]
    while tokens and (
        tokens[0].is_punct
        or tokens[0].dep_ in {"cc", "preconj"}
        or (tokens[0].dep_ == "advmod" and tokens[0].lower_ in {"even", "just", "only"})
    ):
        tokens.pop(0)
    if len(tokens) > 2 and _means_at(doc, tokens[0].i, tokens[-1].i + 1):
        tokens = tokens[2:]  # "par téléphone Aminata Sow": the means before the name
    while (
        tokens
        and tokens[-1].is_punct
        and tokens[-1].text not in {",", ")"}
        and not _closes_pair(tokens)
    ):
        tokens.pop()
    if len(tokens) > 2 and tokens[-1].lower_ in _RELATIVE_PRONOUNS and tokens[-2].text == ",":
        del tokens[-2:]  # "le gouvernement comorien, qui fait état de": the cue's own subject
    if not tokens:
        return None
    # PolNeAR's comma: "Jane Roe, a lawyer, said" keeps the one that closes the apposition;
    # "Jane Roe, said", "said Jane Roe, a lawyer," do not.
    before_cue = cue is not None and cue.start >= tokens[-1].idx
    if tokens[-1].text == "," and not (before_cue and any(t.text == "," for t in tokens[:-1])):
        tokens.pop()
    elif (
        before_cue
        and tokens[-1].i + 1 < len(doc)
        and doc[tokens[-1].i + 1].text in _DASHES | {","}
        and any(t.text == doc[tokens[-1].i + 1].text for t in tokens)
        and allowed(doc[tokens[-1].i + 1])
    ):
        tokens.append(doc[tokens[-1].i + 1])
    if not tokens:
        return None
    start = tokens[0].idx
    # "-Nate Cohn": a byline's dash the tokenizer kept on the name
    dashes = len(tokens[0].text) - len(tokens[0].text.lstrip("-–—"))
    if 0 < dashes < len(tokens[0].text):
        start += dashes
    return start, tokens[-1].idx + len(tokens[-1].text)


_FRAMELESS = 0.5  # a direct quote with no frame, before its speaker is resolved
_ASPECTUAL = frozenset({"continue", "begin", "start", "resume", "end", "finish"})
_PERMISSION = frozenset({"authorize", "authorise", "allow", "permit"})
_CITING = frozenset({"cite", "quote", "citer"})
_CITING_DEPS = frozenset({"advcl", "xcomp", "relcl", "acl", "acl:relcl", "conj"})
_RELATIVE_PRONOUNS = frozenset({"which", "who", "qui", "lequel", "laquelle"})
# relatives of an object: "un document, que nous avons pu consulter,", "a memo, whom ..."
_OBJECT_RELATIVES = frozenset({"que", "qu'", "qu’", "dont", "whom"})
# participles by which an outlet relays what a source said: "..., cité par l'agence X"
_CITED = frozenset({"cité", "citée", "cités", "citées", "quoted", "cited"})
# what a proper name cited as a source cannot be: a place, a time, an amount
_NO_SOURCE_LABELS = frozenset(
    {"GPE", "LOC", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"}
)
_NOMINAL_DEPS = frozenset({"nmod", "obl", "obl:arg", "obl:mod", "obj", "nsubj", "appos", "pobj"})
# bodies a source speaks to that are no outlets: "told the Senate committee", "a déclaré devant
# l'Assemblée nationale"
_PUBLIC_BODY = re.compile(
    r"\b(?:council|committee|court|parliament|congress|senate|assembly|ministry|government"
    r"|commission|agency|department|office|police|army|forces?|nations|union|bank|university"
    r"|institute|party|conseil|comité|cour|tribunal|parlement|assemblée|sénat|ministère"
    r"|gouvernement|agence|armée|gendarmerie|banque|université|institut|parti|préfecture"
    r"|mairie)\b",
    re.IGNORECASE,
)
_PERFORMATIVE_VERBS = frozenset(
    {"declare", "proclaim", "decree", "déclarer", "proclamer", "décréter"}
)
_CONTINUING_CASES = frozenset({"de", "du", "des", "d'", "d’", "dans", "sur", "contre", "envers"})
_DASHES = frozenset({"—", "–", "--", "-", "―"})
_QUOTE_TOKENS = frozenset({'"', "“", "”", "''", "``"})


def _before_aside(doc: Doc, head: int, last: int) -> int:
    """The end of a source phrase without an aside set off by a comma: a present participle
    ("Trump, speaking to veterans, said") or a comparison ("Clinton, like Obama, said"), which
    PolNeAR leaves out of the source."""
    for token in doc[head + 1 : last + 1]:
        if token.head.i != head or token.i < 2 or doc[token.i - 1].text != ",":
            continue
        gerund = token.tag_ == "VBG" or (
            "Part" in token.morph.get("VerbForm", []) and "Pres" in token.morph.get("Tense", [])
        )  # "ajoutant que ..."
        if (token.dep_ in {"acl", "advcl"} and gerund) or (
            token.dep_ == "prep" and token.lower_ == "like"
        ):
            return token.i - 2
    return last


def _statement_end(text: str, start: int) -> int:
    """Where the statement opened at ``start`` ends: the first full stop, question or
    exclamation mark outside quote marks, else the end of the paragraph."""
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        if char in "«“":
            depth += 1
        elif char in "»”" and depth:
            depth -= 1
        elif char == "\n" or (char in ".!?" and not depth):
            return index
    return len(text)


def _label_colon(colon: Token) -> bool:
    """A colon after a short label that opens its line ("The Latest: Trump urges ..."), not one
    inside a clause ("has three ways: by ...") nor one that opens a quote."""
    doc = colon.doc
    if colon.i + 1 >= len(doc) or doc[colon.i + 1].is_quote:
        return False
    label: list[Token] = []
    for token in reversed(doc[max(0, colon.i - 6) : colon.i]):
        if "\n" in token.text:
            break
        label.append(token)
    else:
        if colon.i - 6 > 0:
            return False
    return bool(label) and len(label) <= 5 and not any(t.pos_ in {"VERB", "AUX"} for t in label)


def _closes_pair(tokens: list[Token]) -> bool:
    """Whether the last token closes a dash or a quote mark opened in the phrase ("Jason Sims
    — a teacher —", "the host of ''Today,''"), which PolNeAR keeps in the source."""
    last = tokens[-1].text
    earlier = [t.text for t in tokens[:-1]]
    if last in _DASHES:
        return last in earlier
    if last in _QUOTE_TOKENS:
        return sum(text in _QUOTE_TOKENS for text in earlier) % 2 == 1
    return False


def _clause_as_subject(subject: Token) -> bool:
    """A subject whose phrase holds a finite verb: a clause the French parser read as the
    subject of a closing frame ("L'armée | prévoit d'envoyer ..., a rapporté la radio")."""
    if subject.lang_ != "fr":
        return False
    finite = any(
        t.pos_ == "VERB"
        and "Fin" in t.morph.get("VerbForm", [])
        and t.dep_ not in {"cop", "aux", "aux:tense", "aux:pass"}
        for t in subject.subtree
        if t.i != subject.i
    )
    # "Le ministère | prévoit (read as an adjective) | de rappeler ...": an infinitive
    # governed by the word right after the subject
    governed = any(
        c.dep_ == "acl"
        and "Inf" in c.morph.get("VerbForm", [])
        and any(m.lower_ in {"de", "d'", "d’"} for m in c.children)
        and subject.doc[subject.i + 1].dep_ == "amod"
        for c in subject.children
    )
    return finite or governed


def _aside_only(between: Span) -> bool:
    """Nothing, or a short aside between commas ("Moussa Konaté, 62 ans, raconte")."""
    return not len(between) or (
        len(between) <= 6 and between[0].text == "," and between[-1].text == ","
    )


def _first_word(phrase_head: Token) -> Token:
    """The first word of the phrase a token heads, past the punctuation the parser hung on it
    (the closing quote mark before '" Dmitri Voronin, a former paratrooper who ..., told')."""
    return next((t for t in phrase_head.subtree if not t.is_punct), phrase_head)


def _name_at(token: Token, after: int = -1) -> str | None:
    """The name of two or more capitalised words a proper noun heads, with the words the parser
    hung on it as parts of the name ("Oleh | Savtchenko" as flat, "Oleh" as compound), from
    the token after ``after`` (the title in "Defence Minister Oleh Savchenko")."""
    if token.pos_ != "PROPN":
        return None
    parts = [token] + [
        c
        for c in token.children
        if c.dep_ in {"compound", "flat", "flat:name"} and c.is_title and c.i > after
    ]
    first, last = min(t.i for t in parts), max(t.i for t in parts)
    words = token.doc[first : last + 1]
    if sum(1 for t in words if t.is_alpha and t.is_title) < 2:
        return None
    return words.text


def _given_names_start(head: Token) -> int:
    """Where the name ``head`` ends begins: the given names and hyphens the parser hung on it
    ("Marie-Lourdes | Étienne", "Carmen | Ortuño")."""
    doc = head.doc
    first = head.i
    while (
        first > 0
        and doc[first - 1].head.i == head.i
        and (
            (doc[first - 1].dep_ in {"compound", "flat", "flat:name"} and doc[first - 1].is_title)
            or (doc[first - 1].text == "-" and first > 1 and doc[first - 2].is_title)
        )
    ):
        first -= 1
    return first


def _unrecognised_name(head: Token, any_label: bool = False) -> Span | None:
    """The name a proper noun heads with the given names and hyphens before it, when the
    recogniser tagged none of it ("Marie-Lourdes Étienne") or, with ``any_label``, tagged it
    as something else than a person; None for a single word."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return None
    doc = head.doc
    first = _given_names_start(head)
    words = [t for t in doc[first : head.i + 1] if t.is_alpha]
    if len(words) < 2 or (not any_label and any(t.ent_type_ for t in doc[first : head.i + 1])):
        return None
    return doc[first : head.i + 1]


def _split_subject(head: Token) -> Token | None:
    """A subject the parser split in two right before ``head`` ("Democratic frontrunner" and
    "Hillary Clinton", both subjects of "said"; "le chef d'état-major belge, | le général
    Pieter Claes, a prévenu", the second an apposition): the first part."""
    if head.dep_ not in _SUBJECT_DEPS:
        return None
    doc = head.doc
    return next(
        (
            c
            for c in head.head.children
            if c.dep_ in _SUBJECT_DEPS
            and c.i < head.i
            # "Le colonel X, qui commande | le contingent": the second is the clause's object
            and not any(g.dep_ in {"relcl", "acl:relcl"} for g in c.subtree)
            and (
                c.right_edge.i + 1 == head.left_edge.i
                or (
                    c.right_edge.i + 2 == head.left_edge.i
                    and doc[c.right_edge.i + 1].text == ","
                    and any(t.ent_type_ in _PERSON_LABELS for t in head.subtree)
                )
            )
        ),
        None,
    )


def _before_joint(token: Token) -> int:
    """The last token before the comma or conjunction that joins ``token`` on."""
    index = token.i - 1
    while index > 0 and (token.doc[index].is_punct or token.doc[index].dep_ == "cc"):
        index -= 1
    return index


def _trimmed(tokens: list[Token]) -> tuple[int, int] | None:
    """Character bounds of the tokens without leading/trailing punctuation and space."""
    kept = [t for t in tokens if not t.is_space]
    while kept and kept[0].is_punct and kept[0].text not in {'"', "“", "«"}:
        kept.pop(0)
    while kept and kept[-1].is_punct and kept[-1].text not in {'"', "”", "»"}:
        kept.pop()
    if not kept:
        return None
    return kept[0].idx, kept[-1].idx + len(kept[-1].text)


class AttributionComponent:
    """spaCy component: writes ``doc._.quotes`` (list of Quote)."""

    def __init__(self, nlp: Language, name: str, pack: LanguagePack) -> None:
        self.name = name
        self.attributor = Attributor(pack)

    def __call__(self, doc: Doc) -> Doc:
        quotes = self.attributor(doc)
        entities = doc._.nt_entities or []
        for quote in quotes:
            if quote.speaker is not None and quote.speaker.entity is None:
                match = next(
                    (
                        e
                        for e in entities
                        if overlaps(e.start, e.end, quote.speaker.start, quote.speaker.end)
                    ),
                    None,
                )
                if match is not None:
                    quote.speaker.entity = match.id
        # a speaker named through another mention ("he", "a lawyer ... . Lawyer Maxim Grebnev
        # said") is the entity of the first speaker so named, else of the first entity so named
        named: dict[str, str] = {}
        for quote in quotes:
            speaker = quote.speaker
            if speaker is not None and speaker.name is not None and speaker.entity is not None:
                named.setdefault(speaker.name, speaker.entity)
        for entity in entities:
            named.setdefault(entity.text, entity.id)
        for quote in quotes:
            speaker = quote.speaker
            if speaker is None or speaker.entity is not None or speaker.name is None:
                continue
            speaker.entity = named.get(speaker.name) or next(
                (e.id for e in entities if e.text.endswith(f" {speaker.name}")), None
            )  # "Lawyer Maxim Grebnev" as the recogniser has it
        doc._.quotes = quotes
        return doc


@Language.factory(
    "newstrace_attribution",
    default_config={"lang": None},
    requires=["doc.sents", "doc.ents", "token.dep", "token.lemma", "doc._.nt_entities"],
    assigns=["doc._.quotes"],
)
def make_attribution(nlp: Language, name: str, lang: str | None) -> AttributionComponent:
    ensure_extensions()
    return AttributionComponent(nlp, name, load_pack(lang or nlp.lang))
