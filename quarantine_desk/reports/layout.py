"""The shared layout of official papers (Decree 30/2020/NĐ-CP).

A4; margins top and bottom 20 mm, left 30 mm, right 15 mm; a Times New Roman
metric-compatible serif (Liberation Serif, bundled and embedded). Header in two
columns: the parent body (caps) and the issuing unit (caps, bold, short rule
below) with "Số: …" on the left; the national title (caps, bold) and the motto
(bold, rule as long as the text) with the place and date in italics on the
right. Then the title, the body, and the signature block with "Nơi nhận:".
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as canvas_module
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from quarantine_desk.config import resource_path
from quarantine_desk.reports.rows import Issuer

FONT = "QDSerif"
MARGINS = dict(top=20 * mm, bottom=20 * mm, left=30 * mm, right=15 * mm)
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"

_registered = False


def register_fonts() -> None:
    """Register the bundled serif once, as a family so <b> and <i> work in Paragraph."""
    global _registered
    if _registered:
        return
    folder = resource_path("fonts")
    for suffix, name in (("Regular", FONT), ("Bold", f"{FONT}-Bold"),
                         ("Italic", f"{FONT}-Italic"), ("BoldItalic", f"{FONT}-BoldItalic")):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"LiberationSerif-{suffix}.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=f"{FONT}-Bold",
                                  italic=f"{FONT}-Italic", boldItalic=f"{FONT}-BoldItalic")
    # a drawing (the summary's chart) starts its text state in Helvetica, which is never
    # embedded: only the bundled serif may appear in a paper
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = FONT
    _registered = True


def nfc(text: object) -> str:
    return unicodedata.normalize("NFC", "" if text is None else str(text))


def esc(text: object) -> str:
    """NFC text made safe for a Paragraph's mini-markup; a run of a script the serif lacks
    (Chinese, Korean, Arabic… names on a manifest) in the fallback font that has it."""
    parts = runs(nfc(text))
    if len(parts) == 1 and parts[0][0] is None:
        return _escaped(parts[0][1])
    return "".join(_escaped(run) if font is None else f'<font name="{font}">{_escaped(run)}</font>'
                   for font, run in parts)


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# Fallback fonts for the scripts a manifest may carry that Liberation Serif lacks, tried in
# this order: DejaVu Sans (Arabic with its presentation forms, Hebrew, Armenian, Georgian…),
# then WenQuanYi Zen Hei (Chinese, Japanese, Korean). Loaded on first need: most papers
# never use them, and the CJK font takes a tenth of a second to read.
FALLBACKS = (("QDSans", "DejaVuSans.ttf", 0), ("QDCJK", "wqy-zenhei.ttc", 0))
_ARABIC = ("\u0600", "\u06ff")


_covers: dict[str, frozenset[int]] = {}


def _covered(font: str) -> frozenset[int]:
    """The characters a font of ours has glyphs for (a fallback registered on first use)."""
    if font not in _covers:
        register_fonts()
        if font != FONT:
            _, file, index = next(f for f in FALLBACKS if f[0] == font)
            pdfmetrics.registerFont(TTFont(font, str(resource_path("fonts", file)),
                                           subfontIndex=index))
            # <b> and <i> around a run find the same face: the scripts have no other here
            pdfmetrics.registerFontFamily(font, normal=font, bold=font, italic=font,
                                          boldItalic=font)
        _covers[font] = frozenset(pdfmetrics.getFont(font).face.charToGlyph)
    return _covers[font]


@lru_cache(maxsize=1)
def _outside_serif() -> re.Pattern[str]:
    """A pattern finding any character the serif has no glyph for (a whitespace it lacks
    is drawn as a space all the same)."""
    points = sorted(_covered(FONT) | {ord(ch) for ch in "\t\n\r\f\v\xa0"})
    ranges: list[tuple[int, int]] = []
    for p in points:
        if ranges and p == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], p)
        else:
            ranges.append((p, p))
    return re.compile("[^" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a
                                                         else "") for a, b in ranges) + "]")


def serif_only(text: str) -> bool:
    """Whether the serif has every glyph of the text (checked in C, no run made)."""
    return text.isascii() or not _outside_serif().search(text)


@lru_cache(maxsize=65536)
def runs(text: str) -> tuple[tuple[str | None, str], ...]:
    """The text as runs of (fallback font or None for the serif, characters), Arabic put
    in its shaped, right-to-left visual order first (reportlab does neither)."""
    if text.isascii() or not _outside_serif().search(text):  # the usual case, in C
        return ((None, text),)
    serif = _covered(FONT)
    if any(_ARABIC[0] <= ch <= _ARABIC[1] for ch in text):
        import arabic_reshaper
        from bidi.algorithm import get_display

        text = get_display(arabic_reshaper.reshape(text))
    out: list[tuple[str | None, str]] = []
    for ch in text:
        font: str | None = None
        if ord(ch) not in serif and not ch.isspace():
            font = next((name for name, _, _ in FALLBACKS if ord(ch) in _covered(name)), None)
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return tuple(out)


def decree_date(place: str, d: date) -> str:
    """'Cần Thơ, ngày 05 tháng 8 năm 2020': days below 10 and months 1 and 2 take a zero."""
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"{place}, ngày {d.day:02d} tháng {month} năm {d.year}"


def style(size: float = 13, *, bold: bool = False, italic: bool = False,
          align: int = TA_LEFT, leading: float | None = None, space_after: float = 0,
          first_indent: float = 0) -> ParagraphStyle:
    register_fonts()
    font = FONT + ("-BoldItalic" if bold and italic else "-Bold" if bold
                   else "-Italic" if italic else "")
    return ParagraphStyle(
        f"s{size}{bold}{italic}{align}{leading}{space_after}{first_indent}", fontName=font,
        fontSize=size, leading=leading or size * 1.25, alignment=align,
        spaceAfter=space_after, firstLineIndent=first_indent)


def para(text: str, st: ParagraphStyle) -> Paragraph:
    return Paragraph(text, st)


class Rule(Flowable):
    """A centred horizontal line of a given width (under the unit, under the motto)."""

    def __init__(self, width: float, thickness: float = 0.6) -> None:
        super().__init__()
        self.rule_width = width
        self.thickness = thickness
        self.width = width
        self.height = 2

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        x = (self.avail - self.rule_width) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, self.height, x + self.rule_width, self.height)


def text_width(text: str, font: str, size: float) -> float:
    register_fonts()
    return pdfmetrics.stringWidth(nfc(text), font, size)


def _lines(text: str) -> str:
    """Escaped text with the line breaks the clerk typed kept (a unit's name breaks where
    they chose), and each place name kept on one line with its unit (keep_places)."""
    return "<br/>".join(esc(keep_places(line.strip())) for line in nfc(text).split("\n")
                        if line.strip())


# The units of local government (Law 77/2015/QH13 on the organisation of local government,
# 19/6/2015): a place name follows one. A header line breaks before a unit, never inside
# its name («QUẬN» stays with «NINH KIỀU»); a sentence names the unit in lower case and the
# place with capitals («quận Ninh Kiều»).
PLACE_UNITS = (("THÀNH", "PHỐ"), ("THỊ", "XÃ"), ("THỊ", "TRẤN"), ("TỈNH",), ("QUẬN",),
               ("HUYỆN",), ("PHƯỜNG",), ("XÃ",), ("TP",), ("TP.",))
# kept as typed in a sentence: a word with a digit (COVID-19) or one of these abbreviations
ABBREVIATIONS = frozenset({"UBND", "HĐND", "BCH", "BCĐ", "BCHQS", "CDC", "TTYT", "COVID",
                           "SARS-COV-2", "QS", "CA", "TP", "TP."})


def _places(words: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each unit and the place name after it, among the words."""
    spans: list[tuple[int, int]] = []
    i = 0
    upper = [w.upper() for w in words]
    while i < len(words):
        unit = next((u for u in PLACE_UNITS if tuple(upper[i:i + len(u)]) == u), None)
        if unit is None or i + len(unit) >= len(words):
            i += 1
            continue
        end = i + len(unit)
        while end < len(words):
            if any(tuple(upper[end:end + len(u)]) == u for u in PLACE_UNITS):
                break
            end += 1
            if words[end - 1][-1:] in ",;:.)":
                break
        spans.append((i, end))
        i = end
    return spans


def keep_places(line: str) -> str:
    """The line with each place name bound to its unit by no-break spaces."""
    words = line.split(" ")
    for start, end in reversed(_places(words)):
        words[start:end] = ["\u00a0".join(words[start:end])]
    return " ".join(words)


def in_sentence(name: str) -> str:
    """A unit's name inside a sentence («Bên nhận: …»): as typed when typed in mixed case;
    typed in capitals, in sentence case with the places capitalised and abbreviations kept
    («BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 QUẬN NINH KIỀU» → «Ban chỉ đạo phòng, chống
    dịch COVID-19 quận Ninh Kiều»)."""
    text = " ".join(nfc(name).split())
    if not text or any(c.islower() for c in text):
        return text
    words = text.split(" ")
    out = [w if any(c.isdigit() for c in w) or w.strip(",;:.()") in ABBREVIATIONS
           else w.lower() for w in words]
    for start, end in _places(words):
        upper = tuple(w.upper() for w in words[start:end])
        unit = next(u for u in PLACE_UNITS if upper[:len(u)] == u)
        for k in range(start + len(unit), end):
            if out[k] == words[k].lower():
                out[k] = words[k].capitalize()
    return out[0][:1].upper() + " ".join(out)[1:]


def header(issuer: Issuer, number: str | None, on: date, frame_width: float) -> Table:
    """The two-column header of Decree 30: the issuing body and the national title on the
    first row, «Số: …» and the place and date side by side on the second."""
    portrait = frame_width < 200 * mm
    # the national title on one line at 12 pt takes 89 mm; the unit gets the rest, and
    # a long name wraps (or breaks where a line break was typed)
    right_w = 90 * mm if portrait else frame_width * 0.56
    left_w = frame_width - right_w
    size = 12 if portrait else 12.5
    centre = TA_CENTER
    left = [
        para(_lines(issuer.parent_body.upper()), style(size, align=centre, leading=15)),
        para(f"<b>{_lines(issuer.unit.upper())}</b>", style(size, align=centre, leading=15)),
        Spacer(1, 3),
        Rule(min(left_w * 0.4, 35 * mm)),
    ]
    right = [
        para(f"<b>{NATIONAL_TITLE}</b>", style(size, align=centre, leading=15)),
        para(f"<b>{MOTTO}</b>", style(13.5, align=centre, leading=16)),
        Spacer(1, 3),
        Rule(text_width(MOTTO, f"{FONT}-Bold", 13.5)),
    ]
    # a paper with no number yet leaves room to write one by hand
    numbered = f"Số: {esc(number)}" if number else "Số:\u2002\u2002\u2002\u2002\u2002/"
    table = Table([[left, right],
                   [para(numbered, style(13, align=centre)),
                    para(f"<i>{esc(decree_date(issuer.place, on))}</i>",
                         style(13.5, align=centre))]],
                  colWidths=[left_w, right_w])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 12),  # a Table starts its cells in Helvetica
        ("VALIGN", (0, 0), (-1, 0), "TOP"),
        ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 6),
    ]))
    return table


def title_block(title: str, subtitle: str | None = None) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, 14),
                           para(f"<b>{_lines(title.upper())}</b>", style(14, align=TA_CENTER,
                                                                      leading=18))]
    if subtitle:
        out.append(para(f"<b>{esc(subtitle)}</b>", style(13, align=TA_CENTER, leading=17)))
    out.append(Spacer(1, 10))
    return out


def signature_block(issuer: Issuer, frame_width: float,
                    recipients: list[str] | None = None,
                    witness: tuple[str, str] | None = None) -> KeepTogether:
    """'Nơi nhận:' on the left, the authority, title and name on the right; with a
    witness (a title and its note, «NGƯỜI LẤY MẪU», «(Ký, ghi rõ họ tên)»), a second
    signature between them."""
    names = recipients if recipients is not None else [
        r.strip() for r in issuer.recipients.split(";") if r.strip()]
    left: list[Flowable] = [para("<b><i>Nơi nhận:</i></b>", style(12, leading=14))]
    for r in names:
        left.append(para(f"- {esc(r)};", style(11, leading=13)))
    left.append(para(f"- Lưu: {esc(issuer.archive)}.", style(11, leading=13)))
    authority = " ".join(p for p in (issuer.signer_prefix, issuer.signer_body) if p)
    right: list[Flowable] = []
    if authority:
        right.append(para(f"<b>{esc(authority.upper())}</b>", style(13, align=TA_CENTER)))
    right.append(para(f"<b>{esc(issuer.signer_title.upper())}</b>", style(13, align=TA_CENTER)))
    right.append(Spacer(1, 60))
    if issuer.signer_name:
        right.append(para(f"<b>{esc(issuer.signer_name)}</b>", style(13, align=TA_CENTER)))
    if witness is not None:
        middle = [para(f"<b>{esc(witness[0])}</b>", style(13, align=TA_CENTER)),
                  para(f"<i>{esc(witness[1])}</i>", style(12, align=TA_CENTER))]
        table = Table([[left, middle, right]],
                      colWidths=[frame_width * 0.34, frame_width * 0.30, frame_width * 0.36])
    else:
        table = Table([[left, right]], colWidths=[frame_width * 0.5, frame_width * 0.5])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 12),  # a Table starts its cells in Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return KeepTogether([Spacer(1, 12), table])


class NumberedCanvas(canvas_module.Canvas):
    """Page numbers as Decree 30 has them: centred in the top margin, 13 pt, from the
    second page on; a one-page paper carries none."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if total > 1 and self._pageNumber > 1:
                self.setFont(FONT, 13)
                self.drawCentredString(self._pagesize[0] / 2, self._pagesize[1] - 12 * mm,
                                       str(self._pageNumber))
            super().showPage()
        super().save()


def table_style(header_rows: int = 1, size: float = 11) -> list[tuple[Any, ...]]:
    register_fonts()
    return [
        ("FONT", (0, 0), (-1, -1), FONT, size),
        ("FONT", (0, 0), (-1, header_rows - 1), f"{FONT}-Bold", size),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.92, 0.92, 0.92)),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]


def build(path: str | Path, story: list[Flowable], *, wide: bool = False, title: str = "",
          on_page: Callable[[Any, Any], None] | None = None,
          numbered: bool = True) -> None:
    """Write the story to a PDF, A4 portrait or landscape, its pages numbered from the
    second on when numbered."""
    register_fonts()
    size = landscape(A4) if wide else A4
    # laid out in memory, then written in one go: reportlab leaves its file open when a
    # write fails (a full disk), which on Windows keeps the half-written file locked
    pdf = io.BytesIO()
    doc = BaseDocTemplate(pdf, pagesize=size, title=nfc(title),
                          author="Quarantine Desk", leftMargin=MARGINS["left"],
                          rightMargin=MARGINS["right"], topMargin=MARGINS["top"],
                          bottomMargin=MARGINS["bottom"])
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template = (PageTemplate(id="page", frames=[frame], onPage=on_page) if on_page
                else PageTemplate(id="page", frames=[frame]))
    doc.addPageTemplates([template])
    maker = NumberedCanvas if numbered else canvas_module.Canvas

    def canvas(*args: Any, **kwargs: Any) -> canvas_module.Canvas:
        # the canvas starts every page in its own font (Helvetica, never embedded)
        # unless told otherwise; only the embedded serif may appear in the file
        kwargs["initialFontName"] = FONT
        return maker(*args, **kwargs)

    doc.build(story, canvasmaker=canvas)
    with open(path, "wb") as fh:
        fh.write(pdf.getbuffer())


def frame_width(wide: bool = False) -> float:
    size = landscape(A4) if wide else A4
    return size[0] - MARGINS["left"] - MARGINS["right"]



CELL_PADDING = (2, 3)  # top, bottom (table_style)


# a run of digit groups («0912 345 678», «+84 912 345 678»), or a number and its unit
# («37,5 °C»), is one word: it never breaks
_NUMBER = re.compile(r"[+(]?\d[\d.,/:)\-]*")
_UNITS = frozenset({"°C", "°", "%", "kg", "g", "mg", "ml", "cm", "mm", "m", "đ", "đồng", "VND"})


def words(text: str) -> list[str]:
    """The words of a line, between which it may break; digit groups stay together."""
    out: list[str] = []
    for word in text.split(" "):
        if out and _NUMBER.fullmatch(out[-1].rsplit(" ", 1)[-1]) and (_NUMBER.fullmatch(word)
                                                                  or word.rstrip(",.;)") in _UNITS):
            out[-1] += " " + word
        else:
            out.append(word)
    return out


@lru_cache(maxsize=65536)
def _wrap_cell(text: str, width: float, font: str, size: float) -> list[str]:
    """The lines of a cell's text at a width (cached: dates, sexes, rooms repeat down a list).

    Lines break between words only (a document number, a phone, a date never breaks); a
    single word wider than the cell (a long code with no spaces) is cut inside rather than
    run over the next column."""
    if not text:
        return [""]
    text = nfc(text)
    if len(text) * size * 0.95 <= width and "\n" not in text:
        return [text]  # no glyph of the font is wider than 0.95 em: it fits, unmeasured
    space = _width(" ", font, size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for word in words(paragraph):
            wide = _width(word, font, size)
            if line and used + space + wide <= width:
                line, used = f"{line} {word}", used + space + wide
                continue
            if line:
                lines.append(line)
            while wide > width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and _width(word[:cut], font, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
                wide = _width(word, font, size)
            line, used = word, wide
        lines.append(line)
    return lines


def fit_widths(headers: list[str], rows: list[list[str]], preferred: list[float], size: float,
               flex: tuple[int, ...] = ()) -> list[float]:
    """Column widths from the values, within the width of the preferred ones.

    Each column is as wide as its longest line (a number, a date, a name on one line). The
    flex columns (addresses, notes) take what is left, shared by how much text each holds
    down the list, none wider than its longest line nor narrower than its longest word. If
    that is not enough, the widest other columns wrap between words (a name on two lines),
    down to their longest word; only when even that does not fit are the preferred widths
    used as given. Room to spare is shared in the preferred proportions; an empty column
    (a result to write in by hand) keeps at least half its preferred width.
    rows: the cells of the data rows."""
    register_fonts()
    total = sum(preferred)
    n = len(preferred)
    pad = 6.5  # the cell's padding, and a little air
    bold = f"{FONT}-Bold"
    least = [max((_width(w, bold, size) for line in h.split("\n") for w in words(line)),
                 default=0.0) + pad for h in headers]
    natural = list(least)
    volume = [0.0] * n  # how much text a column holds, summed down the list
    typical = [0.0] * n  # nine cells in ten of the column are no wider (empty ones too)
    for i in range(n):
        values = Counter(r[i] for r in rows if i < len(r) and r[i])
        spread: list[tuple[float, int]] = []
        for value, times in values.items():
            for line in nfc(value).split("\n"):
                wide = _width(line, FONT, size)
                volume[i] += wide * times
                spread.append((wide, times))
                natural[i] = max(natural[i], wide + pad)
                least[i] = max(least[i], max(_width(w, FONT, size) for w in words(line)) + pad)
        spread.sort(reverse=True)
        tenth, seen = len(rows) / 10, 0
        for wide, times in spread:
            seen += times
            if seen > tenth:
                typical[i] = wide
                break
        if not values:  # a column left to write in by hand keeps room for it
            least[i] = natural[i] = max(least[i], preferred[i] / 2)
    if sum(least) > total:
        return list(preferred)  # too many columns for the page: wrap inside words
    fixed = [i for i in range(n) if i not in flex]
    widths = [natural[i] if i in fixed else least[i] for i in range(n)]
    left = total - sum(widths[i] for i in fixed)
    flexible = [i for i in flex if i < n]
    if flexible and left >= sum(least[i] for i in flexible):
        # the fewest lines a row: the smallest number of lines in which nine values in ten
        # of every flex column fit at once (a value of width v takes about v / lines), then
        # the rest shared by the square root of the text each holds (c points of text at
        # width w take about c / w lines), none wider than its longest line
        def needs(i: int, lines: int) -> float:
            return max(least[i], min(natural[i], typical[i] / lines * 1.15 + pad))

        floor = least
        for lines in range(1, 7):
            wanted = [needs(i, lines) if i in flexible else 0.0 for i in range(n)]
            if sum(wanted) <= left:
                floor = wanted
                break
        shared = _share(left, flexible, [math.sqrt(volume[i]) or 1.0 for i in range(n)],
                        floor, natural)
        for i in flexible:
            widths[i] = shared[i]
    elif left < sum(least[i] for i in flexible):
        # the flex columns at their narrowest, the widest others wrap between words
        room = total - sum(least[i] for i in flexible)
        cap = _cap(room, fixed, least, natural)
        for i in fixed:
            widths[i] = max(least[i], min(natural[i], cap))
    spare = total - sum(widths)
    if spare > 0.01:
        weight = sum(preferred)
        widths = [w + spare * p / weight for w, p in zip(widths, preferred, strict=True)]
    return widths


def _share(room: float, columns: list[int], preferred: list[float], least: list[float],
           most: list[float]) -> dict[int, float]:
    """room shared among columns in the preferred proportions, each within [least, most]."""
    out: dict[int, float] = {}
    open_ = list(columns)
    while open_:
        weight = sum(preferred[i] for i in open_) or 1.0
        share = {i: room * preferred[i] / weight for i in open_}
        bounded = [i for i in open_ if not least[i] <= share[i] <= most[i]]
        if not bounded:
            out.update(share)
            break
        for i in bounded:
            out[i] = least[i] if share[i] < least[i] else most[i]
            room -= out[i]
            open_.remove(i)
    return out


def _cap(room: float, columns: list[int], least: list[float], natural: list[float]) -> float:
    """The widest a column may be so that the columns fit in room (each at least its least)."""
    low, high = 0.0, max((natural[i] for i in columns), default=0.0)
    for _ in range(40):
        mid = (low + high) / 2
        if sum(max(least[i], min(natural[i], mid)) for i in columns) > room:
            high = mid
        else:
            low = mid
    return low


@lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
    if serif_only(text):
        return pdfmetrics.stringWidth(text, font, size)
    return sum(pdfmetrics.stringWidth(run, fallback or font, size)
               for fallback, run in runs(text))


def paged_tables(headers: list[str], rows: list[tuple[str, list[str]]], widths: list[float], *,
                 first_space: float, page_space: float, size: float = 10.5,
                 centred: tuple[int, ...] = (), tail: list[Flowable] | None = None,
                 continued: str = " (tiếp theo)", flex: tuple[int, ...] = ()
                 ) -> list[Flowable]:
    """A long list as one plain-text table per page, the header row on every page.

    rows: (kind, cells) with kind "data", "group" (a bold label across the whole row),
    "subgroup" (a label inside a group) or "total". Cells are wrapped here with the font's
    metrics, and rows are packed into pages once, so a list of thousands of rows costs about
    what drawing them costs: reportlab's own splitting of one long table re-measures the
    rest of the table on every page. widths are the preferred ones: the columns are fitted
    to the values (fit_widths; flex: the columns that take what is left).

    A page that continues a group starts with its labels again, marked «(tiếp theo)» (two
    facilities may both have a room 104). tail (the signature block) follows the last row
    and never stands alone on a page: when it does not fit under the rows, the last rows
    and the total go over with it.
    """
    register_fonts()
    from reportlab.platypus import PageBreak

    leading = size * 1.2
    pad = sum(CELL_PADDING)
    widths = fit_widths(headers, [cells for kind, cells in rows if kind == "data"], widths,
                        size, flex)
    inner = [w - 6 for w in widths]  # left and right padding of 3 points
    bold = f"{FONT}-Bold"
    head_cells = ["\n".join(_wrap_cell(h, inner[i], bold, size)) for i, h in enumerate(headers)]
    head_height = max(c.count("\n") + 1 for c in head_cells) * leading + pad

    def prepare(kind: str, cells: list[str]) -> tuple[str, list[str], float]:
        if kind == "data":
            wrapped = ["\n".join(_wrap_cell(c, inner[i], FONT, size)) for i, c in enumerate(cells)]
            lines = max(c.count("\n") + 1 for c in wrapped)
        else:
            wrapped = ["\n".join(_wrap_cell(cells[0], sum(inner), bold, size))] + [""] * (
                len(widths) - 1)
            lines = wrapped[0].count("\n") + 1
        return kind, wrapped, lines * leading + pad

    Row = tuple[str, list[str], float]
    prepared = [prepare(kind, cells) for kind, cells in rows]

    def pack(break_at: int | None) -> tuple[list[list[Row]], float]:
        """Rows into pages; a page break is forced before row break_at."""
        pages: list[list[Row]] = [[]]
        space = first_space - head_height - 4
        headings: list[Row] = []  # the open group and subgroup labels
        for i, row in enumerate(prepared):
            kind = row[0]
            if pages[-1] and (row[2] > space or i == break_at):
                carried: list[Row] = []  # a label stays with the first row under it
                while pages[-1] and pages[-1][-1][0] in ("group", "subgroup"):
                    carried.insert(0, pages[-1].pop())
                if kind in ("data", "subgroup"):
                    # the page continues the groups open above it: it says so at its top
                    again = [prepare(h[0], [h[1][0].split("\n")[0] + continued])
                             for h in headings if h not in carried
                             and not (kind == "subgroup" and h[0] == "subgroup")]
                    carried = again + carried
                pages.append(carried)
                space = page_space - head_height - 4 - sum(r[2] for r in carried)
            if kind == "group":
                headings = [row]
            elif kind == "subgroup":
                headings = [h for h in headings if h[0] == "group"] + [row]
            pages[-1].append(row)
            space -= row[2]
        return pages, space

    pages, space = pack(None)
    tail = tail or []
    if tail and prepared:
        needed = height_of(tail, sum(widths), page_space) + 8
        alone = len(pages) > 1 and sum(r[0] == "data" for r in pages[-1]) < 2
        if needed > space or alone:
            # the signature does not fit under the last rows: the total and the last two
            # rows of data (with any label just above them) go over with it
            at, data_rows = len(prepared), 0
            while at > 1 and data_rows < 2:
                at -= 1
                data_rows += prepared[at][0] == "data"
            while at > 1 and prepared[at - 1][0] in ("group", "subgroup"):
                at -= 1
            pages, _ = pack(at)

    out: list[Flowable] = []
    for number, page in enumerate(pages):
        if number:
            out.append(PageBreak())
        out.append(PlainGrid(widths, head_cells, head_height, page, size, leading, centred))
    return out + tail


class PlainGrid(Flowable):
    """A ruled table of plain, pre-wrapped text drawn straight onto the canvas.

    It looks like the reportlab Table of table_style() but costs little more than the
    strings themselves; it splits (repeating its header) if a page has less room than
    the packing expected.
    """

    GROUP_FILL = colors.Color(0.97, 0.97, 0.97)
    HEAD_FILL = colors.Color(0.92, 0.92, 0.92)

    def __init__(self, widths: list[float], head: list[str], head_height: float,
                 rows: list[tuple[str, list[str], float]], size: float, leading: float,
                 centred: tuple[int, ...]) -> None:
        super().__init__()
        self.widths, self.head, self.head_height = widths, head, head_height
        self.rows, self.size, self.leading, self.centred = rows, size, leading, set(centred)
        self.width = sum(widths)
        self.height = head_height + sum(h for _, _, h in rows)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.head_height
        taken: list[tuple[str, list[str], float]] = []
        for row in self.rows:
            if row[2] > room:
                break
            taken.append(row)
            room -= row[2]
        if not taken or len(taken) == len(self.rows):
            return []
        rest = self.rows[len(taken):]
        return [PlainGrid(self.widths, self.head, self.head_height, taken, self.size,
                          self.leading, tuple(self.centred)),
                PlainGrid(self.widths, self.head, self.head_height, rest, self.size,
                          self.leading, tuple(self.centred))]

    def _text(self, cells: list[str], top: float, font: str, spanning: bool) -> None:
        """All the lines of one row in one text object (one BT … ET in the PDF)."""
        text = self.canv.beginText()
        text.setFont(font, self.size)
        centre_all = font.endswith("Bold") and top == self.height  # the header row
        x = 0.0
        for i, cell in enumerate(cells):
            width = self.width if spanning else self.widths[i]
            y = top - CELL_PADDING[0] - self.size * 0.93
            for line in cell.split("\n"):
                if line:
                    if not spanning and (i in self.centred or centre_all):
                        text.setTextOrigin(x + (width - _width(line, font, self.size)) / 2, y)
                    else:
                        text.setTextOrigin(x + 3, y)
                    if serif_only(line):
                        text.textOut(line)
                    else:
                        for fallback, run in runs(line):  # another script: in its font
                            if fallback is not None:
                                text.setFont(fallback, self.size)
                            text.textOut(run)
                            if fallback is not None:
                                text.setFont(font, self.size)
                y -= self.leading
            if spanning:
                break
            x += width
        self.canv.drawText(text)

    def draw(self) -> None:
        canv = self.canv
        bold = f"{FONT}-Bold"
        canv.saveState()
        canv.setLineWidth(0.5)
        canv.setFillColor(self.HEAD_FILL)
        canv.rect(0, self.height - self.head_height, self.width, self.head_height, stroke=0,
                  fill=1)
        top = self.height - self.head_height
        for kind, _, height in self.rows:
            if kind == "group":
                canv.setFillColor(self.GROUP_FILL)
                canv.rect(0, top - height, self.width, height, stroke=0, fill=1)
            top -= height
        canv.setFillColor(colors.black)
        self._text(self.head, self.height, bold, False)
        # horizontal rules, and vertical rules only across rows that have columns
        canv.line(0, self.height, self.width, self.height)
        top = self.height - self.head_height
        canv.line(0, top, self.width, top)
        segment_top = self.height
        edges = [0.0]
        for w in self.widths:
            edges.append(edges[-1] + w)

        def verticals(upper: float, lower: float) -> None:
            for x in edges[1:-1]:
                canv.line(x, upper, x, lower)

        for kind, cells, height in self.rows:
            spanning = kind != "data"
            if spanning:
                verticals(segment_top, top)
                segment_top = top - height
            self._text(cells, top, bold if spanning else FONT, spanning)
            top -= height
            canv.line(0, top, self.width, top)
        verticals(segment_top, top)
        canv.line(0, 0, 0, self.height)
        canv.line(self.width, 0, self.width, self.height)
        canv.restoreState()


def height_of(flowables: list[Flowable], width: float, room: float) -> float:
    """The height the flowables take at a width, outside any page (KeepTogether opened)."""
    total = 0.0
    for f in flowables:
        if isinstance(f, KeepTogether):
            total += height_of(f._content, width, room)
            continue
        _, h = f.wrap(width, room)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def space_after(flowables: list[Flowable], width: float, wide: bool) -> tuple[float, float]:
    """(room left on the first page under these flowables, room on a whole page)."""
    size = landscape(A4) if wide else A4
    page = size[1] - MARGINS["top"] - MARGINS["bottom"]
    used = 0.0
    for f in flowables:
        _, h = f.wrap(width, page)
        used += h + f.getSpaceBefore() + f.getSpaceAfter()
    return page - used, page
