#!/usr/bin/python3
"""Redraws the sqlite3 shell's `.mode box` tables with the display width of each cell.

Debian 12's sqlite3 (3.40) counts a Chinese character as one column, so a box holding
Chinese text prints its borders out of line. This filter reads the shell's output, finds
the box tables in it and pads every cell to its width on screen (East Asian wide and
full-width characters take two columns); other lines pass through unchanged.

  sqlite3 ... | scripts/boxwidth.py
"""
import sys
import unicodedata


def width(text):
    w = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def pad(text, size, center=False):
    gap = size - width(text)
    if center:
        return " " * (gap // 2) + text + " " * (gap - gap // 2)
    return text + " " * gap


def redraw(block):
    """block: the lines of one box table, from ┌ to └."""
    rows = []
    for line in block:
        if line.startswith("│"):
            rows.append([c.strip() for c in line.strip().strip("│").split("│")])
    if not rows:
        return block
    ncol = max(len(r) for r in rows)
    rows = [r + [""] * (ncol - len(r)) for r in rows]
    sizes = [max(width(r[i]) for r in rows) for i in range(ncol)]

    def rule(left, mid, right):
        return left + mid.join("─" * (s + 2) for s in sizes) + right

    out = [rule("┌", "┬", "┐")]
    for k, r in enumerate(rows):
        # The shell centres the header row (the one before the first ├ rule).
        cells = [pad(c, sizes[i], center=(k == 0 and len(block) > 2 and block[2].startswith("├")))
                 for i, c in enumerate(r)]
        out.append("│ " + " │ ".join(cells) + " │")
        if k == 0 and len(block) > 2 and block[2].startswith("├"):
            out.append(rule("├", "┼", "┤"))
    out.append(rule("└", "┴", "┘"))
    return out


def main():
    block = []
    for raw in sys.stdin:
        line = raw.rstrip("\n")
        if line.startswith("┌"):
            block = [line]
            continue
        if block:
            block.append(line)
            if line.startswith("└"):
                sys.stdout.write("\n".join(redraw(block)) + "\n")
                block = []
            continue
        sys.stdout.write(raw)
    if block:
        sys.stdout.write("\n".join(block) + "\n")


if __name__ == "__main__":
    main()
