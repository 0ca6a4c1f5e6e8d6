"""docs/questionnaire-format.md documents every field of every questionnaire model, under that model's heading."""

import inspect
import re
from pathlib import Path

import pytest

from mentorfinder.content import schema

DOC = (Path(__file__).resolve().parents[2] / "docs" / "questionnaire-format.md").read_text()
MODELS = [cls for _, cls in inspect.getmembers(schema, inspect.isclass)
          if issubclass(cls, schema.Strict) and cls is not schema.Strict]  # fmt: skip


def section(model: str) -> str:
    """The text under '### Model' in the field reference, up to the next heading."""
    found = re.search(rf"^### {model}\n(.*?)(?=^#)", DOC, re.S | re.M)
    return found.group(1) if found else ""


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_field_is_in_its_models_table(model):
    rows = set(re.findall(r"^\| `([^`]+)` \|", section(model.__name__), re.M))
    fields = {info.alias or name for name, info in model.model_fields.items()}
    assert fields - rows == set(), f"document these fields under ### {model.__name__}"
    assert rows - fields == set(), f"these rows under ### {model.__name__} are not fields"


def test_the_check_sees_a_missing_field(monkeypatch):
    monkeypatch.setattr(
        schema.Step, "model_fields", {**schema.Step.model_fields, "colour": schema.Step.model_fields["id"]}
    )
    with pytest.raises(AssertionError, match="document these fields under ### Step"):
        test_every_field_is_in_its_models_table(schema.Step)
