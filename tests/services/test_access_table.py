"""The one table of who may do what, and the services that write obeying it."""

from __future__ import annotations

import importlib
import inspect
import re

from quarantine_desk.domain.enums import Role
from quarantine_desk.services import SERVICES, service_class
from quarantine_desk.services.access import MAY, Access, Actor, Capability, PermissionDenied

# Writes that any signed-in account may cause, each for a reason.
UNCHECKED_WRITES = {
    ("settings", "certificate_key"): "the signing secret, made once by whoever prints first",
    ("users", "create_first_admin"): "refused as soon as any account exists",
    ("users", "sign_in"): "counts failed sign-ins before anyone is signed in",
    ("papers", "make"): "every account prints papers; the register and the trail record it",
    ("papers", "export"): "every account exports what it may read; the trail records it",
    ("papers", "export_register"): "every account reads the register; the trail records it",
}
_CHECK = re.compile(r"self\.access\.require")
_CALL = re.compile(r"self\.(\w+)\(")


def _service_classes() -> dict[str, type]:
    return {name: service_class(name) for name in SERVICES}


def _reaches(source: dict[str, str], method: str, test, seen: frozenset = frozenset()) -> bool:
    """Whether `test` holds for the method's source or for a method of the class it calls."""
    if test(source[method]):
        return True
    return any(_reaches(source, other, test, seen | {method})
               for other in _CALL.findall(source[method])
               if other in source and other not in seen and other != method)


def _writers_without_a_check() -> set[tuple[str, str]]:
    """Public methods that open a write transaction (themselves or through a private helper)
    with no access check on the way (themselves or through a method they call)."""
    found = set()
    for name, cls in _service_classes().items():
        source = {n: inspect.getsource(f) for n, f in vars(cls).items() if inspect.isfunction(f)}
        for method in source:
            if method.startswith("_"):
                continue
            if (_reaches(source, method, lambda s: "db.write(" in s)
                    and not _reaches(source, method, lambda s: bool(_CHECK.search(s)))):
                found.add((name, method))
    return found


def test_every_service_write_checks_access_or_says_why_not():
    assert _writers_without_a_check() == set(UNCHECKED_WRITES)


def test_the_table_gives_a_viewer_nothing_and_an_administrator_everything():
    assert set(MAY) == set(Capability)
    viewer = Access(Actor(1, "xem", Role.VIEWER))
    admin = Access(Actor(2, "quantri", Role.ADMIN))
    operator = Access(Actor(3, "canbo", Role.OPERATOR, frozenset({1})))
    assert not any(viewer.may(c) for c in Capability)
    assert all(admin.may(c) for c in Capability)
    assert {c for c in Capability if operator.may(c)} == {Capability.RECORD}


def test_each_refusal_names_what_was_refused():
    operator = Access(Actor(3, "canbo", Role.OPERATOR, frozenset({1})))
    viewer = Access(Actor(1, "xem", Role.VIEWER))
    for capability in Capability:
        if operator.may(capability):
            continue
        try:
            operator.require(capability)
        except PermissionDenied as exc:
            assert str(exc).startswith("Chỉ quản trị cấp huyện được ")
    try:
        viewer.require(Capability.RECORD)
    except PermissionDenied as exc:
        assert "chỉ xem" in str(exc)
    else:
        raise AssertionError("a viewer recorded something")


def test_the_window_asks_the_table():
    """The window decides nothing by role itself: it asks Access.may."""
    for module in ("main_window", "pages.admin", "pages.settings"):
        source = inspect.getsource(importlib.import_module(f"quarantine_desk.ui.{module}"))
        assert "Role.ADMIN" not in source and "Role.VIEWER" not in source, module
        assert "is_admin" not in source, module
