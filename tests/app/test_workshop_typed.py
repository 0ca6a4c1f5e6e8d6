"""The pages call the workshop store by its methods, never by their names as strings: jump-to-definition and a type
checker follow every call (issue 21), and the friendly errors stay in one place, ui/workshop.attempt."""

import ast
import collections.abc
import typing
from pathlib import Path

from mentorfinder.workshop import ProgrammeStore, WorkshopStore
from ui import workshop as app_workshop

ROOT = Path(__file__).resolve().parents[2]
CALLERS = ("attempt", "download")  # ui/workshop.attempt (ui/programme.attempt), ui/workshop_room.download's export
STORES = ("WorkshopStore", "ProgrammeStore")


def store_calls() -> tuple[list[str], list[str]]:
    """(store methods the pages name as WorkshopStore.<method>, calls that name one some other way)."""
    named, other = [], []
    files = [*sorted((ROOT / "ui").rglob("*.py")), *sorted((ROOT / "views").rglob("*.py"))]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call):
                continue
            callee = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if callee == "getattr":  # getattr(store(), "create") is a string name in disguise
                other.append(where)
            elif callee in CALLERS and node.args:
                first = node.args[0]
                # WorkshopStore.join, or stores.WorkshopStore.join (the store's module loaded on first use)
                value = first.value if isinstance(first, ast.Attribute) else None
                owner = getattr(value, "id", None) or getattr(value, "attr", None)
                is_store = owner in STORES
                (named if is_store else other).append(f"{owner}.{first.attr}" if is_store else where)
    return named, other


def test_every_store_call_names_the_method_itself():
    named, other = store_calls()
    assert other == []
    workshop = {name.split(".")[1] for name in named if name.startswith("WorkshopStore.")}
    programme = {name.split(".")[1] for name in named if name.startswith("ProgrammeStore.")}
    assert programme and all(callable(getattr(ProgrammeStore, name, None)) for name in programme)
    assert {"create", "roster", "featured_for", "request_mentor", "save_pairing"} <= programme
    assert workshop == {
        "create",
        "info",
        "join",
        "group",
        "lock",
        "reopen",
        "delete",
        "mark_finished",
        "share",
        "withdraw",
        "shared",
        "aggregate_csv",
        "aggregate_pdf",
    }


def test_attempt_takes_a_store_method_and_its_own_arguments_typed():
    # ui/workshop names the store for type checkers only (it imports SQLAlchemy, so it is loaded on first use)
    hints = typing.get_type_hints(app_workshop.attempt, localns={"WorkshopStore": WorkshopStore})
    call = hints["call"]
    assert typing.get_origin(call) is collections.abc.Callable
    takes, returns = typing.get_args(call)
    assert typing.get_origin(takes) is typing.Concatenate
    store, params = typing.get_args(takes)
    assert (store, type(params)) == (WorkshopStore, typing.ParamSpec)
    assert (hints["args"], hints["kwargs"]) == (params.args, params.kwargs)
    assert isinstance(returns, typing.TypeVar)
    # the method's own value, or FAILED (a store method may return None, so None cannot say "failed")
    assert hints["return"] == returns | typing.Literal[app_workshop.FAILED]


def test_the_guarded_calls_are_the_store_methods_that_take_a_code():
    # create makes a code, so it guesses nothing; every other call takes a code someone may be guessing
    assert app_workshop.guarded_calls() == {
        WorkshopStore.info,
        WorkshopStore.join,
        WorkshopStore.group,
        WorkshopStore.lock,
        WorkshopStore.reopen,
        WorkshopStore.delete,
        WorkshopStore.mark_finished,
        WorkshopStore.share,
        WorkshopStore.withdraw,
        WorkshopStore.shared,
    }
