"""Every script a manifest may carry prints: Vietnamese, Cyrillic, Chinese, Korean and
Arabic names on the daily list, each whole, in a font that has its glyphs, embedded."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from quarantine_desk.app import main

NAMES = {
    "vietnamese": "Nguyễn Thị Ngọc Phương Thảo",
    "cyrillic": "Иванов Пётр",
    "chinese": "王小明",
    "korean": "김민준",
    "arabic": "محمد أحمد",
}
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or
                                shutil.which("pdffonts") is None,
                                reason="poppler-utils is needed to read the PDFs back")


def test_names_in_every_script_print_on_the_daily_list(tmp_path, capsys):
    db = str(tmp_path / "qd.sqlite3")
    assert main(["--db", db, "facility", "add", "--code", "QS", "--name", "Trường Quân sự",
                 "--kind", "military", "--beds", "20"]) == 0
    for name in NAMES.values():
        assert main(["--db", db, "person", "add", "--name", name, "--sex", "M", "--kind",
                     "road", "--date", "2026-12-01", "--admit", "QS"]) == 0
    pdf = tmp_path / "ds.pdf"
    assert main(["--db", db, "report", "daily-list", "--date", "2026-12-02", "-o",
                 str(pdf)]) == 0
    capsys.readouterr()
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    # Arabic is drawn shaped (presentation forms) and in visual order: NFKC gives the
    # letters back, read right to left
    letters = unicodedata.normalize("NFKC", text)
    for script, name in NAMES.items():
        words = name.split()
        found = all(w in letters for w in words) or (
            script == "arabic" and all(w[::-1] in letters for w in words))
        assert found, (script, name)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    embedded = {line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:]
                if " yes " in line}
    assert {"LiberationSerif", "DejaVuSans", "WenQuanYiZenHei-0"} <= embedded
