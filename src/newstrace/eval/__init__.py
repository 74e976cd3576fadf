"""Measuring newstrace on public gold data: TempEval-3 (times), NewsQuant (quantities), PolNeAR
(attribution), MUC-4 (events), each beside a peer.

Each benchmark module has a reader (files -> simple gold dataclasses), pure scorers
(``score_document``/``score_sentence`` and ``score_corpus``), a ``default_predictor()`` that
wraps ``newstrace.api.extract_text`` lazily, a peer predictor and ``evaluate()``;
:mod:`newstrace.eval.commands` holds the ``newstrace eval`` click group. The data are read from
a path given at run time and never shipped.
"""
