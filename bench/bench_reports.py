"""Benchmark: a 5,000-person daily list against reportlab's bare canvas, and 500 certificates.

Goals (issue 5): the daily list renders in at most 1.5x the time reportlab's bare canvas
needs to draw the same rows (same run, same font); 500 certificates in under 10 s.

    .venv/bin/python bench/bench_reports.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from quarantine_desk.reports import documents  # noqa: E402
from quarantine_desk.reports.layout import FONT, register_fonts  # noqa: E402
from quarantine_desk.services.demo import GIVEN, HOMES, MIDDLE, STREETS, SURNAMES  # noqa: E402
from quarantine_desk.services.reports import CertificateData, ListRow  # noqa: E402
from quarantine_desk.services.settings import Issuer  # noqa: E402

TODAY = date(2026, 11, 22)


def rows(n: int) -> list[ListRow]:
    rng = random.Random(5)
    out = []
    for i in range(n):
        sex = rng.choice(["M", "F"])
        name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE[sex])} {rng.choice(GIVEN[sex])}"
        province, _, districts = rng.choice(HOMES)
        address = f"Số {rng.randint(1, 300)}, {rng.choice(STREETS)}, {rng.choice(districts)}, " \
                  f"{province}"
        admitted = TODAY - timedelta(days=rng.randint(0, 13))
        out.append(ListRow(i, name, rng.randint(1950, 2020), sex, f"C{i:07d}", address,
                           f"F{i // 500:02d}", f"Khu cách ly số {i // 500}", f"{100 + i % 40}",
                           admitted, admitted + timedelta(days=14), (TODAY - admitted).days + 1,
                           "Âm tính (21/11)"))
    return sorted(out, key=lambda r: (r.facility, r.room or ""))


def bare_canvas(path: Path, data: list[ListRow]) -> None:
    """The same rows drawn with drawString and lines only: the floor for any layout."""
    register_fonts()
    size = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=size)
    y = size[1] - 60
    for r in data:
        if y < 60:
            c.showPage()
            y = size[1] - 60
        c.setFont(FONT, 10.5)
        x = 85
        for text, width in ((str(r.person_id), 28), (r.full_name, 125), (str(r.birth_year), 40),
                            ("Nam" if r.sex == "M" else "Nữ", 40), (r.id_number or "", 75),
                            (r.address or "", 175), (f"{r.admitted_on:%d/%m/%Y}", 57),
                            (f"{r.planned_release_on:%d/%m/%Y}", 57), (str(r.day), 36),
                            (r.latest_test, 70)):
            c.drawString(x, y, text[:60])
            x += width
        c.line(85, y - 4, size[0] - 42, y - 4)
        y -= 26  # two text lines per row, as the wrapped address needs
    c.save()


def main() -> None:
    issuer = Issuer(signer_name="Đại tá Nguyễn Văn Minh")
    data = rows(5000)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bare_canvas(folder / "warm.pdf", data[:50])
        documents.daily_list(folder / "warm2.pdf", data[:50], issuer, TODAY, None)
        t = time.perf_counter()
        bare_canvas(folder / "bare.pdf", data)
        bare = time.perf_counter() - t
        t = time.perf_counter()
        documents.daily_list(folder / "list.pdf", data, issuer, TODAY, None)
        listed = time.perf_counter() - t
        print(f"bare canvas, 5,000 rows:       {bare:6.2f} s")
        print(f"daily list, 5,000 people:      {listed:6.2f} s")
        print(f"ratio list / bare canvas:      {listed / bare:6.2f}  (goal <= 1.5)")

        certs = [CertificateData(i, f"{i + 1}/GXN-F00", 2026, r.full_name, r.sex,
                                 date(r.birth_year or 1980, 1, 1), r.birth_year, r.id_number,
                                 "passport", "Việt Nam", r.address, r.facility, r.facility_name,
                                 "Phường Long Hòa, quận Bình Thủy, TP Cần Thơ", r.admitted_on,
                                 r.planned_release_on,
                                 [(r.admitted_on, "pcr", "negative"),
                                  (r.planned_release_on - timedelta(days=1), "pcr", "negative")],
                                 code="ABCDEFGHIJKLMNOP")
                 for i, r in enumerate(data[:500])]
        t = time.perf_counter()
        documents.certificates(folder / "certs.pdf", certs, issuer)
        print(f"500 certificates:              {time.perf_counter() - t:6.2f} s  (goal < 10)")


if __name__ == "__main__":
    main()
