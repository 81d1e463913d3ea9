"""A small line-based layout engine shared by slips and pick lists.

Everything is measured before anything is drawn, so a document knows its page count
("Page x of y") without a second pass, and a batch of hundreds of slips stays fast.
A block is a grid of text lines in columns; it splits between rows, so a title longer
than a page flows on, and nothing is ever drawn outside the page.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field, replace
from typing import Callable

from station.documents import fonts

LEADING = 1.25
GREY = (0.35, 0.35, 0.35)
SHADE = (0.9, 0.9, 0.9)


@dataclass(frozen=True)
class Line:
    text: str = ""
    size: float = 9
    bold: bool = False
    grey: bool = False
    align: str = "left"
    checkbox: bool = False  # draw an empty square the packer ticks
    height: float = 0  # reserved height; 0 = the text's leading

    @property
    def leading(self) -> float:
        return self.height or self.size * LEADING


def wrapped(text: object, width: float, size: float, bold: bool = False, grey: bool = False,
            align: str = "left") -> list[Line]:
    return [Line(t, size, bold, grey, align) for t in fonts.wrap(text, size, width, bold)]


@dataclass
class Column:
    x: float  # offset from the block's left edge
    width: float
    lines: list[Line]


@dataclass
class Block:
    """Columns of lines laid side by side; row i of each column shares one baseline."""

    columns: list[Column]
    pad: float = 2
    box: bool = False
    shade: bool = False
    rule_below: bool = False
    keep_with_next: bool = False
    repeat: bool = False  # a repeated table heading: does not make a page "used"
    item: bool = False  # a row of a table whose heading repeats on a new page
    independent: bool = False  # columns stack their lines on their own (no shared rows; never split)
    extra: Callable | None = field(default=None, repr=False)  # extra drawing (canvas, x, top, block)
    _rows: list[float] | None = field(default=None, repr=False)

    @property
    def rows(self) -> list[float]:
        if self._rows is None and self.independent:
            self._rows = [max((sum(ln.leading for ln in c.lines) for c in self.columns), default=0)]
        if self._rows is None:
            count = max((len(c.lines) for c in self.columns), default=0)
            self._rows = [max((c.lines[i].leading for c in self.columns if i < len(c.lines)), default=0)
                          for i in range(count)]
        return self._rows

    @property
    def height(self) -> float:
        return sum(self.rows) + 2 * self.pad

    @property
    def min_height(self) -> float:
        return (self.rows[0] if self.rows else 0) + 2 * self.pad

    def split(self, avail: float, force: bool = False) -> tuple["Block", "Block"] | None:
        """Cut between rows so the first part fits ``avail``; None if not even one row fits."""
        used, k = 2 * self.pad, 0
        for h in self.rows:
            if used + h > avail:
                break
            used += h
            k += 1
        if self.independent:
            return None
        if k == 0 and force:
            k = 1
        if k == 0 or k >= len(self.rows):
            return None
        head = replace(self, columns=[replace(c, lines=c.lines[:k]) for c in self.columns], _rows=None,
                       keep_with_next=False)
        tail = replace(self, columns=[replace(c, lines=c.lines[k:]) for c in self.columns], _rows=None,
                       extra=None)
        return head, tail

    def draw(self, canvas, x: float, top: float, width: float) -> None:
        h = self.height
        if self.shade:
            canvas.setFillColorRGB(*SHADE)
            canvas.rect(x, top - h, width, h, fill=1, stroke=0)
        if self.box:
            canvas.setLineWidth(0.8)
            canvas.rect(x, top - h, width, h, fill=0, stroke=1)
        if self.rule_below:
            canvas.setLineWidth(0.4)
            canvas.line(x, top - h, x + width, top - h)
        if self.independent:
            for col in self.columns:
                y = top - self.pad
                for line in col.lines:
                    self._draw_line(canvas, x, y, col, line, line.leading)
                    y -= line.leading
        else:
            # column by column, so a wrapped title is one run of text for copy, search and screen readers
            tops = [top - self.pad]
            for row_h in self.rows[:-1]:
                tops.append(tops[-1] - row_h)
            for col in self.columns:
                for i, line in enumerate(col.lines):
                    self._draw_line(canvas, x, tops[i], col, line, self.rows[i])
        canvas.setFillColorRGB(0, 0, 0)
        if self.extra is not None:
            self.extra(canvas, x, top, self)

    @staticmethod
    def _draw_line(canvas, x: float, y: float, col: Column, line: Line, row_h: float) -> None:
        if line.checkbox:
            side = min(row_h - 2, line.size * 1.1)
            canvas.setLineWidth(0.9)
            canvas.rect(x + col.x, y - 1 - side, side, side, fill=0, stroke=1)
            return
        if not line.text:
            return
        baseline = y - line.size * 0.95
        canvas.setFillColorRGB(*(GREY if line.grey else (0, 0, 0)))
        tx = x + col.x + (col.width if line.align == "right" else col.width / 2 if line.align == "center" else 0)
        fonts.draw(canvas, tx, baseline, line.text, line.size, line.bold, line.align)


@dataclass
class Spacer:
    height: float
    keep_with_next: bool = False
    repeat: bool = False

    @property
    def min_height(self) -> float:
        return self.height

    def split(self, avail: float, force: bool = False):
        return None

    def draw(self, canvas, x: float, top: float, width: float) -> None:
        pass


def paginate(flows: list, first_avail: float, next_avail: float,
             page_top: Callable[[object], list] = lambda flow: []) -> list[list]:
    """Distribute flows over pages.

    ``page_top(flow)`` gives the blocks repeated at the top of a continuation page that starts
    with ``flow`` (the table heading before an item row). A block that does not fit moves to a
    new page whole, unless it is taller than a page: then it is split between rows.
    """
    pages: list[list] = [[]]
    avail = first_avail
    queue = deque(flows)

    def fresh() -> bool:
        return all(getattr(f, "repeat", False) for f in pages[-1])

    def new_page() -> None:
        nonlocal avail
        pages.append([])
        avail = next_avail
        if queue and not isinstance(queue[0], Spacer):
            for top in page_top(queue[0]):
                pages[-1].append(top)
                avail -= top.height

    while queue:
        flow = queue.popleft()
        if isinstance(flow, Spacer) and fresh():
            continue  # no gap at the top of a page
        need = flow.height
        if flow.keep_with_next and queue:
            need += queue[0].min_height
        if need <= avail + 0.01:
            pages[-1].append(flow)
            avail -= flow.height
            continue
        room_on_new_page = next_avail - sum(t.height for t in page_top(flow))
        if not fresh() and (need <= room_on_new_page or flow.keep_with_next or avail < flow.min_height):
            queue.appendleft(flow)
            new_page()
            continue
        parts = flow.split(avail, force=fresh())
        if parts is None:
            if fresh():  # unsplittable and taller than a page: should not happen; never loop forever
                pages[-1].append(flow)
                avail -= flow.height
                continue
            queue.appendleft(flow)
            new_page()
            continue
        head, tail = parts
        pages[-1].append(head)
        queue.appendleft(tail)
        new_page()
    if len(pages) > 1 and fresh():
        pages.pop()
    return pages


def draw_page(canvas, flows: list, x: float, top: float, width: float) -> float:
    """Draw one page's flows from ``top`` down; returns the y below the last one."""
    y = top
    for flow in flows:
        flow.draw(canvas, x, y, width)
        y -= flow.height
    return y
