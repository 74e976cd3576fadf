from __future__ import annotations

import math
from pathlib import Path

import pytest

from newstrace.errors import ConfigError, ModelFileError
from newstrace.learned import LinearModel, read_linear_model, write_linear_model


def test_the_probability_is_the_logistic_of_the_weights_of_the_features_present() -> None:
    model = LinearModel({"a": 1.0, "b": -2.0}, bias=0.5, threshold=0.5)
    assert model.probability([]) == pytest.approx(1 / (1 + math.exp(-0.5)))
    assert model.probability(["a", "unknown"]) == pytest.approx(1 / (1 + math.exp(-1.5)))
    # a feature counts once, however often it is named
    assert model.probability(["b", "b"]) == pytest.approx(1 / (1 + math.exp(1.5)))
    assert model.accepts(["a"]) and not model.accepts(["b"])


def test_a_model_written_reads_back_with_its_provenance(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    write_linear_model(path, {"z": 0.25, "a": -1.0}, -0.5, 0.3, trained_on="somewhere")
    assert read_linear_model(path) == LinearModel({"a": -1.0, "z": 0.25}, -0.5, 0.3)
    text = path.read_text("utf-8")
    assert '"trained_on": "somewhere"' in text and text.index('"a"') < text.index('"z"')


@pytest.mark.parametrize(
    "content", ["", "not json", '{"weights": {}}', '{"weights": [], "bias": 0, "threshold": 0}']
)
def test_a_broken_weights_file_is_an_error_naming_the_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(content, "utf-8")
    with pytest.raises(ModelFileError) as caught:
        read_linear_model(path)
    assert isinstance(caught.value, ConfigError)
    assert str(path) in str(caught.value) and "[E104]" in str(caught.value)
