"""Widget values as Streamlit's frontend keeps and sends them: the WidgetState proto of each widget kind.

The frontend registers every widget it draws with its value (the one it already holds for that id, else the
element's default), takes the element's current value when the server set it (`set_value`, a value put into
`st.session_state` by the app), and on every rerun sends the value of every widget on the page; a button sends
only a one-off trigger when clicked. Choice widgets (radio, selectbox, multiselect) send the option's label as
shown (the formatted option), not its index; a slider sends a list of numbers; an int number box an int.
"""

from __future__ import annotations

from streamlit.proto.NumberInput_pb2 import NumberInput
from streamlit.proto.WidgetStates_pb2 import WidgetState

# element kinds whose value the frontend keeps between reruns (buttons and uploads keep none here)
VALUED = frozenset(
    {"radio", "selectbox", "multiselect", "slider", "number_input", "text_area", "text_input", "checkbox"}
)


def widget_key(element_id: str) -> str | None:
    """The user key a widget id carries (`$$ID-<hash>-<key>`), None for a widget made without a key."""
    parts = element_id.split("-", 2)
    return parts[2] if len(parts) == 3 and parts[2] != "None" else None


def state_of(kind: str, proto, value) -> WidgetState:
    """The WidgetState the frontend sends for `value`, given as shown: a label (radio, selectbox), a list of labels
    (multiselect), a number or list of numbers (slider), a number, text, or a bool. None sends an empty value."""
    state = WidgetState(id=proto.id)
    if value is None:
        return state  # what the frontend sends for "nothing chosen": the id alone
    if kind in {"radio", "selectbox", "text_area", "text_input"}:
        state.string_value = value
    elif kind == "multiselect":
        state.string_array_value.data.extend(value)
    elif kind == "slider":
        state.double_array_value.data.extend(value if isinstance(value, list) else [value])
    elif kind == "number_input":
        if proto.data_type == NumberInput.INT:
            state.int_value = value
        else:
            state.double_value = value
    elif kind == "checkbox":
        state.bool_value = value
    else:
        raise ValueError(f"no value is sent for a {kind}")
    return state


def default_value(kind: str, proto):
    """The value a widget starts with when the frontend first draws it (the element's default)."""
    if kind in {"radio", "selectbox"}:
        return proto.options[proto.default] if proto.HasField("default") and proto.options else None
    if kind == "multiselect":
        return [proto.options[i] for i in proto.default]
    if kind == "slider":
        return list(proto.default)
    if kind in {"number_input", "text_area", "text_input"}:
        return _number(proto, proto.default) if proto.HasField("default") else None
    return proto.default  # checkbox, toggle


def current_value(kind: str, proto):
    """The value the server set (the element says `set_value`): the app put it into session state."""
    if kind in {"radio", "selectbox"}:
        return proto.raw_value if proto.HasField("raw_value") else None
    if kind == "multiselect":
        return list(proto.raw_values)
    if kind == "slider":
        return list(proto.value)
    if kind in {"number_input", "text_area", "text_input"}:
        return _number(proto, proto.value) if proto.HasField("value") else None
    return proto.value


def _number(proto, value):
    """An int number box holds ints (its proto carries every number as a double)."""
    return int(value) if isinstance(value, float) and getattr(proto, "data_type", None) == NumberInput.INT else value


class Widgets:
    """The frontend's widget values, by widget id: registered as drawn, changed by the person, sent on every rerun."""

    def __init__(self) -> None:
        self.values: dict[str, tuple[str, object, object]] = {}  # id -> (kind, element proto, value)

    def drawn(self, kind: str, proto) -> None:
        """A widget arrived: keep the value already held, take the server's when it set one, else the default."""
        if kind not in VALUED:
            return
        held = self.values.get(proto.id)
        if proto.set_value:
            value = current_value(kind, proto)
        elif held is not None and held[0] == kind:
            value = held[2]
        else:
            value = default_value(kind, proto)
        self.values[proto.id] = (kind, proto, value)

    def keep_only(self, active: set[str]) -> None:
        """After a finished run: forget widgets no longer on the page (as the frontend does)."""
        for gone in set(self.values) - active:
            del self.values[gone]

    def set(self, element_id: str, value) -> None:
        """The person changed a widget."""
        kind, proto, _old = self.values[element_id]
        self.values[element_id] = (kind, proto, value)

    def value(self, element_id: str):
        """A widget's value as the frontend holds it."""
        return self.values[element_id][2]

    def states(self, trigger: str | None = None) -> list[WidgetState]:
        """Every widget's state, plus a clicked button's trigger, as one rerun sends them."""
        states = [state_of(kind, proto, value) for kind, proto, value in self.values.values()]
        if trigger is not None:
            states.append(WidgetState(id=trigger, trigger_value=True))
        return states
