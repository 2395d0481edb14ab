"""`--self-test` checks a build end to end and fails loudly when a part is missing."""

from quarantine_desk import selftest
from quarantine_desk.app import main


def test_self_test_passes_from_source(capsys):
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    for step in ("migrations", "import", "allocation", "PDF", "Excel export", "main window"):
        assert f"ok   {step}" in out
    assert out.rstrip().endswith("self-test passed")


def test_a_missing_part_fails_the_self_test(monkeypatch):
    from quarantine_desk.services.papers import PaperService

    def broken(*args, **kwargs):
        raise ModuleNotFoundError("No module named 'reportlab.graphics.barcode.code128'")

    monkeypatch.setattr(PaperService, "make", broken)
    lines = []
    assert selftest.run(lines.append) == 1
    assert any(line.startswith("FAIL PDF") and "code128" in line for line in lines)
    assert lines[-1] == "self-test FAILED (1)"
