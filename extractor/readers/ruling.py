"""Ruled tables in page images (scans): the page's skew measured from its text rows, the straight dark
strokes longer than any letter found, and the cells they enclose (pdfplumber's own intersection and
cell-finding functions, as for a PDF's vector lines)."""
from __future__ import annotations

import numpy as np
from PIL import Image

DARK = 160  # grey level below which a pixel is ink


def ink(image: Image.Image) -> np.ndarray:
    """The image as a boolean array, True where there is ink."""
    return np.asarray(image.convert("L")) < DARK


def measure_skew(image: Image.Image, limit: float = 0.035, step: float = 0.0005) -> float:
    """The slope (dy/dx) of the text rows: the shear that makes the row profile of a reduced copy the
    most uneven (rows of ink and of paper sharply apart)."""
    small = image.convert("L").reduce(4)
    ys, xs = np.nonzero(np.asarray(small) < DARK)
    if len(ys) < 500:
        return 0.0
    best, best_score = 0.0, -1.0
    for s in np.arange(-limit, limit + step / 2, step):
        rows = np.round(ys - s * xs).astype(np.int64)
        rows -= rows.min()
        score = float(np.square(np.bincount(rows).astype(np.float64)).sum())
        if score > best_score:
            best, best_score = float(s), score
    return best


def _runs(line: np.ndarray, min_len: int, bridge: int) -> list[tuple[int, int]]:
    """(start, end) of the ink runs in one pixel row at least `min_len` long, gaps up to `bridge` closed."""
    d = np.diff(np.concatenate(([0], line.astype(np.int8), [0])))
    starts, ends = np.flatnonzero(d == 1), np.flatnonzero(d == -1)
    out: list[list[int]] = []
    for a, b in zip(starts.tolist(), ends.tolist(), strict=True):
        if out and a - out[-1][1] <= bridge:
            out[-1][1] = b
        else:
            out.append([a, b])
    return [(a, b) for a, b in out if b - a >= min_len]


def strokes(mask: np.ndarray, min_len: int, max_width: int = 12) -> list[tuple[int, int, int, int]]:
    """Horizontal strokes of ink at least `min_len` long and at most `max_width` thick, as
    (x0, y0, x1, y1) pixel boxes; transpose the mask for vertical ones."""
    candidates = np.flatnonzero(mask.sum(axis=1) >= min_len)
    open_: list[list[int]] = []  # x0, y0, x1, y1
    done: list[list[int]] = []
    for y in candidates.tolist():
        for a, b in _runs(mask[y], min_len, bridge=6):
            for s in open_:
                if y - s[3] <= 2 and a < s[2] and b > s[0]:
                    s[0], s[2], s[3] = min(s[0], a), max(s[2], b), y
                    break
            else:
                open_.append([a, y, b, y])
        still = []
        for s in open_:
            (still if y - s[3] <= 2 else done).append(s)
        open_ = still
    done.extend(open_)
    return [(x0, y0, x1, y1) for x0, y0, x1, y1 in done if y1 - y0 + 1 <= max_width]


def tables_from_edges(edges: list[dict], tolerance: float = 3) -> list[list[tuple]]:
    """Ruled tables from line edges ({"orientation": "h"|"v", "x0", "x1", "top", "bottom"}): edges of one
    rule snapped and joined, their crossings found and the cells they enclose grouped into tables by
    pdfplumber's own functions; tables of one cell left out."""
    from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    edges = [e for e in edges if (e["x1"] - e["x0"] if e["orientation"] == "h" else e["bottom"] - e["top"]) >= 3]
    if sum(e["orientation"] == "h" for e in edges) < 2 or sum(e["orientation"] == "v" for e in edges) < 2:
        return []
    edges = [{**e, "width": e["x1"] - e["x0"], "height": e["bottom"] - e["top"], "doctop": e["top"]} for e in edges]
    edges = merge_edges(edges, tolerance, tolerance, tolerance, tolerance)
    cells = intersections_to_cells(edges_to_intersections(edges, tolerance, tolerance))
    return [t for t in cells_to_tables(cells) if len(t) >= 2]


def find_tables(image: Image.Image) -> tuple[list[list[tuple[float, float, float, float]]], list[tuple]]:
    """The ruled tables of a (deskewed) page image: for each, its cells as (x0, top, x1, bottom) pixel
    boxes; and the strokes found (to be painted out before OCR)."""
    mask = ink(image)
    height, width = mask.shape
    horizontal = strokes(mask, max(60, width // 25))
    vertical = [(y0, x0, y1, x1) for x0, y0, x1, y1 in strokes(mask.T, max(60, height // 40))]
    if len(horizontal) < 2 or len(vertical) < 2:
        return [], []
    pad = 6  # scanned lines do not quite meet: let them reach a little further
    edges = [{"orientation": "h", "x0": x0 - pad, "x1": x1 + pad, "top": (y0 + y1) / 2, "bottom": (y0 + y1) / 2}
             for x0, y0, x1, y1 in horizontal]
    edges += [{"orientation": "v", "x0": (x0 + x1) / 2, "x1": (x0 + x1) / 2, "top": y0 - pad, "bottom": y1 + pad}
              for x0, y0, x1, y1 in vertical]
    tables = tables_from_edges(edges, tolerance=4)
    return tables, (horizontal + vertical) if tables else []


def paint_out(image: Image.Image, boxes: list[tuple]) -> Image.Image:
    """A copy of the image with the given strokes painted white (OCR reads table rules as letters)."""
    arr = np.array(image.convert("L"))
    for x0, y0, x1, y1 in boxes:
        arr[max(0, y0 - 2): y1 + 3, max(0, x0 - 2): x1 + 3] = 255
    return Image.fromarray(arr)
