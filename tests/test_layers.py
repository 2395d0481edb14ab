"""The layers stay layers: each package imports only what is below it.

    ui ─┐   cli ─┐
        └─ services ─┬─ storage
                     ├─ importing ─┐
                     └─ reports ───┴─ domain

(`i18n` and `config` are below everything.) The core never imports Qt; the window and the
command line reach the importing library and the papers only through the services.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "quarantine_desk"
QT = "PySide6"
FORBIDDEN = {
    "domain": {"storage", "services", "importing", "reports", "ui", "cli", "app", QT},
    "storage": {"services", "importing", "reports", "ui", "cli", "app", QT},
    "importing": {"storage", "services", "ui", "cli", "app", QT},
    "reports": {"storage", "services", "importing", "ui", "cli", "app", QT},
    "services": {"ui", "cli", "app", QT},
    "cli": {"ui", "storage", "importing", "reports", QT},
    "ui": {"importing", "reports", "cli"},
}


def _imports(path: Path) -> set[str]:
    """The packages of quarantine_desk (and Qt) a module imports, at the top or in a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "quarantine_desk" and len(parts) > 1:
                found.add(parts[1])
            elif parts[0] == QT:
                found.add(QT)
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_imports_nothing_above_it(layer):
    wrong = {}
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        bad = _imports(path) & FORBIDDEN[layer]
        if bad:
            wrong[str(path.relative_to(PACKAGE))] = sorted(bad)
    assert not wrong


def test_the_command_line_and_the_services_load_no_qt():
    code = ("import sys, quarantine_desk.cli, quarantine_desk.services, quarantine_desk.app; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_the_rule_sees_a_wrong_import(tmp_path):
    module = tmp_path / "bad.py"
    module.write_text("def f():\n    from quarantine_desk.ui.tables import x\n"
                      "import PySide6.QtCore\n")
    assert _imports(module) == {"ui", QT}
