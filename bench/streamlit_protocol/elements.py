"""Reading a page's elements and widget values as Streamlit's frontend does, and writing them back as it sends them.

A widget keeps the value held for its id, else takes the server's (`set_value`) or the element's default; a rerun
sends each value as a WidgetState (a choice as its shown label, a slider as a list of numbers, an int number box as
an int). Callers read the page through `Element`'s plain properties, never a proto.
"""

from __future__ import annotations

from dataclasses import dataclass

from streamlit.proto.Alert_pb2 import Alert
from streamlit.proto.NumberInput_pb2 import NumberInput
from streamlit.proto.WidgetStates_pb2 import WidgetState

# element kinds whose value the frontend keeps between reruns (buttons and uploads keep none)
VALUED = frozenset(
    {"radio", "selectbox", "multiselect", "slider", "number_input", "text_area", "text_input", "checkbox"}
)
CHOICES = frozenset({"radio", "selectbox", "multiselect"})


def widget_key(element_id: str) -> str | None:
    """The user key a widget id carries (`$$ID-<hash>-<key>`), None for a widget made without a key."""
    parts = element_id.split("-", 2)
    return parts[2] if len(parts) == 3 and parts[2] != "None" else None


@dataclass
class Element:
    """One element on the page: its kind (`radio`, `button`, `alert`, … or `block`), its message, the run that drew it."""

    kind: str
    proto: object
    run: str
    fragment: str = ""  # the fragment that drew it ("" outside any): a click in it reruns that fragment alone

    @property
    def id(self) -> str:
        """The widget's id ("" for an element that is not a widget; an expander that reruns when opened is one)."""
        if self.kind == "block":
            return self.proto.expandable.id if self.proto.HasField("expandable") else ""
        return getattr(self.proto, "id", "")

    @property
    def key(self) -> str | None:
        """The user key the widget was made with."""
        return widget_key(self.id)

    @property
    def label(self) -> str:
        """A widget's label."""
        return getattr(self.proto, "label", "")

    @property
    def options(self) -> list[str] | None:
        """A choice widget's options as shown; None for any other element."""
        return list(self.proto.options) if self.kind in CHOICES else None

    @property
    def step(self) -> float:
        """A slider's step."""
        return self.proto.step

    @property
    def text(self) -> str:
        """What it says: a note's body, a progress bar's text, an exception's type and message."""
        if self.kind == "exception":
            return f"{self.proto.type}: {self.proto.message}"
        return getattr(self.proto, "body", "") or getattr(self.proto, "text", "")

    @property
    def error(self) -> bool:
        """An error note (st.error), the app's way of refusing a value."""
        return self.kind == "alert" and self.proto.format == Alert.ERROR


def state_of(kind: str, proto, value) -> WidgetState:
    """The WidgetState the frontend sends for `value` as shown (None: nothing chosen, the id alone)."""
    state = WidgetState(id=proto.id)
    if value is None:
        return state
    if kind in {"radio", "selectbox", "text_area", "text_input"}:
        state.string_value = value
    elif kind == "multiselect":
        state.string_array_value.data.extend(value)
    elif kind == "slider":
        state.double_array_value.data.extend(value if isinstance(value, list) else [value])
    elif kind == "number_input" and proto.data_type == NumberInput.INT:
        state.int_value = value
    elif kind == "number_input":
        state.double_value = value
    else:
        state.bool_value = value  # checkbox, an expander that reruns when opened (open or not)
    return state


def start_value(kind: str, proto):
    """The value the server set (`set_value`: the app put it into session state), else the element's default."""
    given = proto.set_value
    if kind in {"radio", "selectbox"}:
        if given:
            return proto.raw_value if proto.HasField("raw_value") else None
        return proto.options[proto.default] if proto.HasField("default") and proto.options else None
    if kind == "multiselect":
        return list(proto.raw_values) if given else [proto.options[i] for i in proto.default]
    if kind == "slider":
        return list(proto.value if given else proto.default)
    if kind in {"number_input", "text_area", "text_input"}:
        field = "value" if given else "default"
        value = getattr(proto, field) if proto.HasField(field) else None
        whole = kind == "number_input" and proto.data_type == NumberInput.INT  # its message carries a double
        return int(value) if whole and value is not None else value
    return proto.value if given else proto.default  # checkbox
