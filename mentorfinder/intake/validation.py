"""Turn pydantic validation errors into `PATH:LINE: message` problems."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from mentorfinder.intake.problems import MAX_PROBLEMS, ContentError, Problem, capped, did_you_mean
from mentorfinder.intake.safeyaml import LineMap

TEXT_FIELDS = {
    "label", "prompt", "help", "title", "description", "intro", "low", "high", "unit",
    "min_label", "max_label", "name", "summary", "suits", "text",
}  # fmt: skip
# Fields other formats use, with the way this format says the same thing.
FIELD_HINTS = {
    "reverse": ' — to reverse-score a likert question write key: "-" (in quotes)',
    "reversed": ' — to reverse-score a likert question write key: "-" (in quotes)',
}


def _data_path(loc: tuple, data: Any) -> tuple:
    """Keep the part of a pydantic location that exists in the data (drops union branch names)."""
    kept: list = []
    node = data
    for part in loc:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        elif isinstance(node, dict) and isinstance(part, str) and not kept_is_union(part):
            kept.append(part)  # a missing or unknown field: name it
            break
        else:
            continue
        kept.append(part)
    return tuple(kept)


def kept_is_union(part: str) -> bool:
    """True for pydantic's union-branch location names such as 'str' or 'dict[str,str]'."""
    return "[" in part or part in {"str", "int", "float", "bool", "function-after", "list"}


def describe(loc: tuple, data: Any) -> str:
    """Name a location the way an adviser reads it: "question 'q3' option 'b'" (steps are left out)."""
    parts: list[str] = []
    node = data
    for i, part in enumerate(loc):
        node = node[part] if _has(node, part) else None
        if isinstance(part, int):
            continue
        ident = node.get("id") if isinstance(node, dict) else None
        nxt = loc[i + 1] if i + 1 < len(loc) else None
        if isinstance(nxt, int):
            child = node[nxt] if _has(node, nxt) else None
            ident = child.get("id") if isinstance(child, dict) else None
            parts.append(f"{_singular(part)} '{ident}'" if ident is not None else f"{_singular(part)} #{nxt + 1}")
        elif ident is None:
            parts.append(str(part))
    if len(parts) > 1 and parts[0].startswith("step ") and parts[1].startswith("question "):
        parts = parts[1:]  # question ids are unique in a questionnaire, the step adds nothing
    return " ".join(parts) or "file"


def _has(node: Any, part: Any) -> bool:
    if isinstance(node, dict):
        return part in node
    return isinstance(node, list) and isinstance(part, int) and part < len(node)


def _singular(field: str) -> str:
    return {"steps": "step", "questions": "question", "options": "option", "dimensions": "dimension",
            "archetypes": "archetype", "scales": "scale"}.get(field, field)  # fmt: skip


def validate_model(model: type[BaseModel], data: Any, lines: LineMap, path: str) -> BaseModel:
    """Validate data against a model; raise ContentError naming each field, what was expected and a fix."""
    try:
        return model.model_validate(data)
    except ValidationError as err:
        places: dict[tuple, dict] = {}
        for e in sorted(err.errors(), key=lambda e: len(e["loc"])):
            loc = _data_path(tuple(e["loc"]), data)
            if any(loc[:n] in places for n in range(1, len(loc) + 1)):
                continue  # union branches repeat the same place, or a part of text already reported
            places[loc] = e
        # messages only for the lines shown: 50,000 unknown keys must not take seconds or print 50,000 lines
        ordered = sorted(places.items(), key=lambda item: lines.line(item[0]))
        first = [
            Problem(path, lines.line(loc), _message(e, loc, data, model)) for loc, e in ordered[: MAX_PROBLEMS + 1]
        ]
        raise ContentError(capped(first, path, total=len(ordered))) from None


def _message(e: dict, loc: tuple, data: Any, model: type[BaseModel]) -> str:
    where = describe(loc[:-1], data) if len(loc) > 1 else "top level"
    field = loc[-1] if loc else ""
    kind = e["type"]
    if kind == "extra_forbidden":
        known = _fields_at(model, loc[:-1])
        hint = FIELD_HINTS.get(str(field)) or did_you_mean(str(field), known) or " — remove it"
        return f"{where}: unknown field '{field}'{hint}"
    if kind == "missing":
        return f"{where}: missing required field '{field}'"
    got = e.get("input")
    hint = f" — YAML reads {got!r} as true/false; put the text in quotes" if isinstance(got, bool) else ""
    if isinstance(field, str) and field in TEXT_FIELDS:
        return f"{where}: field '{field}' must be text or a map of language → text{hint}"
    expected = e["msg"].replace("Input should be", "expected").replace("Field required", "required")
    # pydantic sometimes says "got …" itself: then only the value is added, so "got" is not said twice
    got_part = f" ({_short(got)})" if ", got " in expected else f", got {_short(got)}"
    return f"{where}: field '{field}' {expected}{got_part}{hint}"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _fields_at(model: type[BaseModel], loc: tuple) -> list[str]:
    """Field names of the model found at a data location (for did-you-mean)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        info = getattr(current, "model_fields", {}).get(part)
        if info is None:
            return []
        current = _model_in(info.annotation)
    return list(getattr(current, "model_fields", {}).keys())


def _model_in(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_in(arg)
        if found is not None:
            return found
    return None
