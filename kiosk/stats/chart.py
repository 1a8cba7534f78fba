"""A small chart of one day's usage figures as PNG, drawn with Pillow (no Qt, offline).

Horizontal bars, one per kiosk in its own colour, grouped under the figures a museum asks
for first: visits and their length, chapters opened and read, languages, warnings
answered, searches and resets. A suppressed count is drawn as an outline up to its
highest possible value and labelled ``<5``.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from .counter import GATE_ANSWERS
from .figures import HEADINGS, SUPPRESS_BELOW, Count, Figures, item_name, publish

WIDTH = 800
LABEL_W = 250
VALUE_W = 70
ROW_H = 22
BAR_H = 14
MARGIN = 20
TOP_CHAPTERS = 10
PALETTE = ("#2f6f9f", "#c0772b", "#4f8a3c", "#8a4f9e", "#b0413e", "#3c8a86", "#7a6a2f")
BACKGROUND, TEXT, MUTED, RULE = "#ffffff", "#1b1b1b", "#5c5c5c", "#d8d8d8"

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


def _font(path: Path | None, size: int) -> Font:
    if path is not None:
        try:
            return ImageFont.truetype(str(path), size)
        except OSError:
            pass
    return ImageFont.load_default(size)


def _sections(figs: Figures, day: date) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """(heading, [(label, metric, item)]) for one day; empty sections left out."""
    out: list[tuple[str, list[tuple[str, str, str]]]] = [
        ("Visits", [("visits", "visits", "")]),
        (
            HEADINGS["visit_length"],
            [(item_name(i), "visit_length", i) for i in figs.items("visit_length")],
        ),
        (
            HEADINGS["chapter_opened"],
            [(i, "chapter_opened", i) for i in figs.items("chapter_opened", day)[:TOP_CHAPTERS]],
        ),
        (
            HEADINGS["chapter_read"],
            [(i, "chapter_read", i) for i in figs.items("chapter_read", day)[:TOP_CHAPTERS]],
        ),
        (HEADINGS["language"], [(i, "language", i) for i in figs.items("language", day)]),
        (
            "Content warnings answered",
            [(a, "warning", a) for a in GATE_ANSWERS],  # summed over the kinds of gate
        ),
        (
            "Searches and resets",
            [("searches", "searches", ""), ("idle resets", "idle_resets", "")],
        ),
    ]
    return [(h, rows) for h, rows in out if rows]


def _value(figs: Figures, metric: str, item: str, kiosk: str, day: date) -> Count:
    if metric == "warning" and "/" not in item:
        total = Count(0, 0)
        for key in figs.items("warning", day):
            if key.endswith("/" + item):
                total = total + figs.total("warning", key, kiosk, day)
        return total
    return figs.total(metric, item, kiosk, day)


def day_chart(figs: Figures, day: date, out: Path, font: Path | None = None) -> Path:
    """Draw ``day`` of ``figs`` (as published: under 5 suppressed) into ``out``."""
    kiosks = figs.kiosks()
    sections = _sections(figs, day)
    rows = sum(len(r) * len(kiosks) + 2 for _, r in sections)
    legend = ROW_H if len(kiosks) > 1 else 0
    height = MARGIN * 2 + 56 + legend + rows * ROW_H
    image = Image.new("RGB", (WIDTH, height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    title, small, bold = _font(font, 22), _font(font, 14), _font(font, 15)
    names = ", ".join(kiosks)
    draw.text((MARGIN, MARGIN), f"Usage figures {day.isoformat()}", fill=TEXT, font=title)
    draw.text((MARGIN, MARGIN + 30), names[:110], fill=MUTED, font=small)
    y = MARGIN + 56
    if legend:
        x = MARGIN
        for n, kiosk in enumerate(kiosks):
            draw.rectangle((x, y + 4, x + 12, y + 16), fill=PALETTE[n % len(PALETTE)])
            draw.text((x + 18, y + 2), kiosk[:30], fill=TEXT, font=small)
            x += 30 + int(draw.textlength(kiosk[:30], font=small))
        y += legend
    bar_w = WIDTH - 2 * MARGIN - LABEL_W - VALUE_W
    for heading, items in sections:
        y += ROW_H // 2
        draw.text((MARGIN, y), heading, fill=TEXT, font=bold)
        draw.line((MARGIN, y + ROW_H, WIDTH - MARGIN, y + ROW_H), fill=RULE)
        y += ROW_H + ROW_H // 2
        values = {
            (label, k): publish(metric, _value(figs, metric, item, k, day))
            for label, metric, item in items
            for k in kiosks
        }
        # a scale of at least 10: a suppressed count never fills a bar
        top = max([v.high for v in values.values()] + [2 * SUPPRESS_BELOW])
        for label, _, _ in items:
            for n, kiosk in enumerate(kiosks):
                value = values[(label, kiosk)]
                if n == 0:
                    draw.text((MARGIN + 8, y), label[:34], fill=TEXT, font=small)
                x0 = MARGIN + LABEL_W
                length = round(bar_w * value.high / top)
                colour = PALETTE[n % len(PALETTE)]
                box = (x0, y + 3, x0 + max(length, 1), y + 3 + BAR_H)
                if value.exact:
                    draw.rectangle(box, fill=colour)
                else:  # suppressed: only how far it could reach
                    draw.rectangle(box, outline=colour, width=2)
                draw.text((x0 + length + 6, y + 1), value.text(), fill=TEXT, font=small)
                y += ROW_H
    image = image.crop((0, 0, WIDTH, min(height, y + MARGIN)))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".chart-", suffix=".png", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            image.save(f, format="PNG", optimize=True)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out


def chart_name(day: date) -> str:
    """A chart's file name: the date only (a kiosk's name never becomes a path)."""
    return f"usage-{day.isoformat()}.png"
