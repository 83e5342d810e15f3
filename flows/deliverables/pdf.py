"""Storyboard sheets as PDF: landscape pages of 3 or 6 panels, each with its frame, shot number, duration,
camera fields, intent text and comp notes, set in the project's own fonts (embedded, so the sheet looks
the same on any machine and its text stays searchable and selectable).

Drawn with ReportLab's canvas (not Platypus flowables): the sheet is a fixed grid, so placing each panel
by hand is simpler and keeps every panel exactly where a board artist expects it.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from flows.deliverables.shots import ExportError, Shot, Take

__all__ = ["FONT_DIR", "PANELS_PER_PAGE", "write_pdf"]

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONTS = {
    "mx-title": "space-grotesk-latin-600-normal.ttf",
    "mx-body": "plus-jakarta-sans-latin-400-normal.ttf",
    "mx-strong": "plus-jakarta-sans-latin-600-normal.ttf",
    "mx-mono": "jetbrains-mono-latin-400-normal.ttf",
}
PANELS_PER_PAGE = (3, 6)
MARGIN, GUTTER, HEADER = 28.0, 14.0, 34.0
INK, MUTED, RULE, FRAME = (0.09, 0.10, 0.12), (0.42, 0.44, 0.48), (0.82, 0.83, 0.86), (0.11, 0.12, 0.15)
FRAME_LONG_SIDE = 960  # embedded frames are downscaled to this (a sheet is for reading, not for grading)

Progress = Callable[[float, str], None]


def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


def write_pdf(shots: list[Shot], out: Path, *, board_name: str, per_page: int = 6, page_size: str = "a4",
              progress: Progress | None = None) -> int:
    """Write the sheets; returns the page count. `page_size` is a4 or letter, always landscape."""
    if per_page not in PANELS_PER_PAGE:
        raise ExportError(f"a storyboard sheet holds 3 or 6 panels, not {per_page}")
    try:
        from reportlab.lib.pagesizes import A4, LETTER, landscape
        from reportlab.pdfgen.canvas import Canvas
    except ImportError:
        raise ExportError("PDF sheets need ReportLab: pip install reportlab") from None
    sizes = {"a4": A4, "letter": LETTER}
    if page_size not in sizes:
        raise ExportError(f"page size must be a4 or letter, not {page_size!r}")
    _register_fonts()
    width, height = landscape(sizes[page_size])
    pages = max(1, -(-len(shots) // per_page))
    canvas = Canvas(str(out), pagesize=(width, height), pageCompression=1)
    canvas.setTitle(f"{board_name} — storyboard")
    canvas.setAuthor("multiplex")
    canvas.setCreator("multiplex")
    cols, rows = 3, per_page // 3
    cell_w = (width - 2 * MARGIN - (cols - 1) * GUTTER) / cols
    cell_h = (height - 2 * MARGIN - HEADER - (rows - 1) * GUTTER) / rows
    stamp = time.strftime("%Y-%m-%d")
    total = sum(s.edit_s for s in shots)
    for page in range(pages):
        _header(canvas, width, height, board_name, page + 1, pages, stamp, len(shots), total)
        for slot, shot in enumerate(shots[page * per_page:(page + 1) * per_page]):
            col, row = slot % cols, slot // cols
            x = MARGIN + col * (cell_w + GUTTER)
            top = height - MARGIN - HEADER - row * (cell_h + GUTTER)
            _panel(canvas, shot, x, top, cell_w, cell_h)
            if progress is not None:
                progress((page * per_page + slot + 1) / max(len(shots), 1), f"panel {shot.number}")
        canvas.showPage()
    canvas.save()
    return pages


def _header(canvas, width: float, height: float, name: str, page: int, pages: int, stamp: str, count: int,
            total: float) -> None:
    y = height - MARGIN - 14
    canvas.setFillColorRGB(*INK)
    canvas.setFont("mx-title", 15)
    canvas.drawString(MARGIN, y, name or "Storyboard")
    canvas.setFont("mx-body", 8.5)
    canvas.setFillColorRGB(*MUTED)
    canvas.drawRightString(width - MARGIN, y + 2,
                           f"{count} shots · {_clock(total)} · {stamp} · sheet {page} of {pages}")
    canvas.setStrokeColorRGB(*RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, y - 9, width - MARGIN, y - 9)


def _panel(canvas, shot: Shot, x: float, top: float, w: float, h: float) -> None:
    from reportlab.lib.utils import ImageReader, simpleSplit

    frame_h = min(w * 9 / 16, h * 0.62)
    frame_w = frame_h * 16 / 9
    fx = x + (w - frame_w) / 2
    canvas.setFillColorRGB(*FRAME)
    canvas.rect(fx, top - frame_h, frame_w, frame_h, stroke=0, fill=1)
    image = _frame(shot.still or shot.clip)
    if image is not None:
        iw, ih = image.size
        scale = min(frame_w / iw, frame_h / ih)
        dw, dh = iw * scale, ih * scale
        canvas.drawImage(ImageReader(image), fx + (frame_w - dw) / 2, top - frame_h + (frame_h - dh) / 2, dw, dh)
    else:
        canvas.setFillColorRGB(0.55, 0.57, 0.62)
        canvas.setFont("mx-body", 8)
        canvas.drawCentredString(fx + frame_w / 2, top - frame_h / 2 - 3, "not rendered yet")
    canvas.setStrokeColorRGB(*RULE)
    canvas.setLineWidth(0.5)
    canvas.rect(fx, top - frame_h, frame_w, frame_h, stroke=1, fill=0)

    y = top - frame_h - 14
    canvas.setFillColorRGB(*INK)
    canvas.setFont("mx-mono", 9)
    canvas.drawString(fx, y, f"SHOT {shot.number}")
    canvas.drawRightString(fx + frame_w, y, f"{shot.edit_s:g}s")
    bottom = top - h
    y -= 11
    if shot.camera_line:
        canvas.setFont("mx-mono", 7)
        canvas.setFillColorRGB(*MUTED)
        canvas.drawString(fx, y, shot.camera_line[:90])
        y -= 11
    blocks = [("mx-strong", 8.5, INK, shot.title)]
    rest = shot.description.strip()
    if rest.startswith(shot.title.strip()):  # the title is the description's first line: do not print it twice
        rest = rest[len(shot.title.strip()):].strip()
    if rest:
        blocks.append(("mx-body", 8, INK, rest))
    if shot.dialogue:
        blocks.append(("mx-body", 8, INK, f"“{shot.dialogue.strip()}”"))
    for note in (*shot.comp_notes, shot.notes.strip()):
        if note:
            blocks.append(("mx-body", 7.5, MUTED, f"Note: {note}"))
    for font, size, colour, text in blocks:
        canvas.setFont(font, size)
        canvas.setFillColorRGB(*colour)
        leading = size * 1.3
        for line in simpleSplit(" ".join(text.split()), font, size, frame_w):
            if y - leading < bottom:
                return
            canvas.drawString(fx, y, line)
            y -= leading
        y -= 2


def _frame(take: Take | None) -> Image.Image | None:
    """The panel's picture: the still, or the first frame of a clip; downscaled, as RGB."""
    import av

    if take is None or take.path is None or not take.path.is_file():
        return None
    try:
        if take.mime.startswith("video/") or take.stage == "clip":
            with av.open(str(take.path)) as container:
                image = next(container.decode(video=0)).to_image()
        else:
            with Image.open(take.path) as im:
                im.load()
                image = im.convert("RGB")
    except (OSError, ValueError, StopIteration, av.FFmpegError):
        return None  # a file that does not decode leaves its panel empty; it never fails the sheet
    image.thumbnail((FRAME_LONG_SIDE, FRAME_LONG_SIDE), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    image.convert("RGB").save(buf, "JPEG", quality=85)
    buf.seek(0)
    return Image.open(buf)


def _clock(seconds: float) -> str:
    m, s = divmod(round(seconds), 60)
    return f"{m}:{s:02d}"
