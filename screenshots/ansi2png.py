#!/usr/bin/python3
"""Render a terminal screen captured by `tmux capture-pane -e -p` to a PNG.

usage: ansi2png.py [--cols N] [--rows N] [--font-size PX] IN.ansi OUT.png

The capture is a grid of cells: each line of IN is one row, a wide (East
Asian W or F) character takes two cells, a combining mark joins the cell
before it. SGR sequences set the attributes: reset, bold, dim, italic,
underline (also 4:N), reverse, hidden, strikethrough, 8/16/256 colours,
truecolour (38;2;R;G;B and 38:2::R:G:B), default colours 39/49. Other
escape sequences are skipped.

Text is drawn with DejaVu Sans Mono; a character that font has no glyph for
falls back to Noto Sans CJK. Box-drawing characters (U+2500-U+257F) and
block elements (U+2580-U+259F) are drawn as shapes filling the cell, so that
lines join across cells whatever the fonts' glyphs look like. The cell is as
tall as the font's line (ascent + descent).

Needs the Debian packages python3-pil, fonts-dejavu-core and fonts-noto-cjk.
"""
import argparse
import os
import sys
import unicodedata

from PIL import Image, ImageDraw, ImageFont

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono"
NOTO_CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK"
# Faces by (bold, italic); the obliques come with fonts-dejavu-extra, and
# without them italic text is drawn upright.
FACES = {(False, False): DEJAVU + ".ttf",
         (True, False): DEJAVU + "-Bold.ttf",
         (False, True): DEJAVU + "-Oblique.ttf",
         (True, True): DEJAVU + "-BoldOblique.ttf"}
CJK_FACES = {False: NOTO_CJK + "-Regular.ttc", True: NOTO_CJK + "-Bold.ttc"}

BG = (0x1e, 0x1e, 0x1e)
FG = (0xd0, 0xd0, 0xd0)
MARGIN = 12
# The 16 ANSI colours (a VS Code-like dark palette).
ANSI16 = [(0x00, 0x00, 0x00), (0xcd, 0x31, 0x31), (0x0d, 0xbc, 0x79),
          (0xe5, 0xe5, 0x10), (0x24, 0x72, 0xc8), (0xbc, 0x3f, 0xbc),
          (0x11, 0xa8, 0xcd), (0xe5, 0xe5, 0xe5), (0x66, 0x66, 0x66),
          (0xf1, 0x4c, 0x4c), (0x23, 0xd1, 0x8b), (0xf5, 0xf5, 0x43),
          (0x3b, 0x8e, 0xea), (0xd6, 0x70, 0xd6), (0x29, 0xb8, 0xdb),
          (0xff, 0xff, 0xff)]


# ---------------------------------------------------------------- parsing

def xterm256(n):
    """The RGB of xterm colour n (0-255)."""
    n = max(0, min(255, n))
    if n < 16:
        return ANSI16[n]
    if n < 232:
        n -= 16
        level = [0, 95, 135, 175, 215, 255]
        return (level[n // 36], level[n // 6 % 6], level[n % 6])
    grey = 8 + 10 * (n - 232)
    return (grey, grey, grey)


def number(text):
    """An SGR parameter as an int; empty (or junk) counts as 0."""
    return int(text) if text.isdigit() else 0


def rgb(values):
    """Three numbers as a clamped RGB tuple."""
    return tuple(max(0, min(255, v)) for v in values)


class Pen:
    """The attributes the next character is written with."""

    __slots__ = ("fg", "bg", "bold", "dim", "italic", "under", "reverse",
                 "hidden", "strike")

    def __init__(self):
        self.reset()

    def reset(self):
        self.fg = self.bg = None  # None: the terminal's default colour
        self.bold = self.dim = self.italic = self.under = False
        self.reverse = self.hidden = self.strike = False

    def copy(self):
        pen = Pen()
        for name in self.__slots__:
            setattr(pen, name, getattr(self, name))
        return pen

    def extended_colour(self, fields, i):
        """Read the colour of a 38/48/58 at fields[i]; return it (None if
        malformed) and the index of the last field it used."""
        parts = fields[i].split(":")
        if len(parts) > 1:  # colon form: 38:5:N, 38:2:R:G:B or 38:2:ID:R:G:B
            kind = number(parts[1])
            values = [number(p) for p in parts[2:]]
            if kind == 5 and values:
                return xterm256(values[0]), i
            if kind == 2 and len(values) >= 3:
                return rgb(values[-3:]), i
            return None, i
        kind = number(fields[i + 1]) if i + 1 < len(fields) else -1
        if kind == 5 and i + 2 < len(fields):
            return xterm256(number(fields[i + 2])), i + 2
        if kind == 2 and i + 4 < len(fields):
            return rgb(number(f) for f in fields[i + 2:i + 5]), i + 4
        return None, len(fields) - 1

    def sgr(self, params):
        """Apply one SGR sequence's parameter string (the part before m)."""
        fields = params.split(";")
        i = 0
        while i < len(fields):
            head = fields[i].split(":")
            code = number(head[0])
            if code in (38, 48, 58):
                colour, i = self.extended_colour(fields, i)
                if code == 38:
                    self.fg = colour
                elif code == 48:
                    self.bg = colour
                # 58, the underline colour, is not drawn
            elif code == 0:
                self.reset()
            elif code == 1:
                self.bold = True
            elif code == 2:
                self.dim = True
            elif code == 3:
                self.italic = True
            elif code == 4:  # 4:0 turns underline off, 4:1..4:5 are styles
                self.under = len(head) < 2 or number(head[1]) != 0
            elif code == 7:
                self.reverse = True
            elif code == 8:
                self.hidden = True
            elif code == 9:
                self.strike = True
            elif code == 21:
                self.under = True
            elif code == 22:
                self.bold = self.dim = False
            elif code == 23:
                self.italic = False
            elif code == 24:
                self.under = False
            elif code == 27:
                self.reverse = False
            elif code == 28:
                self.hidden = False
            elif code == 29:
                self.strike = False
            elif 30 <= code <= 37:
                self.fg = ANSI16[code - 30]
            elif code == 39:
                self.fg = None
            elif 40 <= code <= 47:
                self.bg = ANSI16[code - 40]
            elif code == 49:
                self.bg = None
            elif 90 <= code <= 97:
                self.fg = ANSI16[code - 90 + 8]
            elif 100 <= code <= 107:
                self.bg = ANSI16[code - 100 + 8]
            i += 1


class Cell:
    """One character cell: its text (a character and any combining marks),
    its width in cells (1 or 2) and its attributes."""

    __slots__ = ("text", "width", "pen")

    def __init__(self, text, width, pen):
        self.text, self.width, self.pen = text, width, pen


def char_width(ch):
    """Cells the character takes: 0 for combining marks and joiners."""
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Me", "Mn"):
        return 0
    if ch in "\u200b\u200c\u200d\ufe0e\ufe0f":
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def skip_escape(text, i):
    """The index just past the escape sequence starting at text[i] (ESC)."""
    if i + 1 >= len(text):
        return i + 1
    kind = text[i + 1]
    if kind == "[":  # CSI: parameters, intermediates, one final byte
        j = i + 2
        while j < len(text) and not "\x40" <= text[j] <= "\x7e":
            j += 1
        return j + 1
    if kind in "]PX^_":  # OSC, DCS and friends: up to BEL or ST
        j = i + 2
        while j < len(text):
            if text[j] == "\x07":
                return j + 1
            if text[j] == "\x1b" and text[j + 1:j + 2] == "\\":
                return j + 2
            j += 1
        return j
    if kind in "()*+#%":  # charset designation: one more byte
        return i + 3
    return i + 2


def parse(text):
    """Turn a capture into rows of cells. The pen carries over from one line
    to the next, as it does in what tmux writes."""
    pen = Pen()
    rows = []
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last row
    for line in lines:
        row = []
        column = 0
        i = 0
        while i < len(line):
            ch = line[i]
            if ch == "\x1b":
                end = skip_escape(line, i)
                if line[i + 1:i + 2] == "[" and line[end - 1:end] == "m":
                    pen.sgr(line[i + 2:end - 1])
                i = end
                continue
            i += 1
            if ch == "\t":
                for _ in range(8 - column % 8):
                    row.append(Cell(" ", 1, pen.copy()))
                    column += 1
                continue
            if ch < " " or ch == "\x7f":
                continue
            width = char_width(ch)
            if width == 0:
                if row:
                    row[-1].text += ch
                continue
            row.append(Cell(ch, width, pen.copy()))
            column += width
        rows.append(row)
    return rows


# ---------------------------------------------------------------- drawing

def load_font(path, size):
    """The font at path, or None when it is not installed."""
    try:
        return ImageFont.truetype(path, size)
    except OSError:
        return None


class Fonts:
    """The faces in use and which of them has a glyph for a character."""

    def __init__(self, size):
        regular = load_font(FACES[False, False], size)
        if regular is None:
            sys.exit("ansi2png: %s is missing (apt-get install "
                     "fonts-dejavu-core)" % FACES[False, False])
        self.faces = {}
        for key, path in FACES.items():
            self.faces[key] = load_font(path, size) or (
                self.faces.get((key[0], False)) or regular)
        cjk = load_font(CJK_FACES[False], size)
        if cjk is None:
            print("ansi2png: %s is missing, wide characters will show as "
                  "boxes (apt-get install fonts-noto-cjk)" % CJK_FACES[False],
                  file=sys.stderr)
        self.cjk = {False: cjk, True: load_font(CJK_FACES[True], size) or cjk}
        self.regular = regular
        self.ascent, descent = regular.getmetrics()
        self.height = self.ascent + descent
        self.width = round(regular.getlength("M"))
        self.missing = {}
        self.cache = {}

    def lacks(self, font, ch):
        """Whether font draws ch as its missing-glyph box: compare ch's
        bitmap with that of a noncharacter no font has."""
        if font not in self.missing:
            mask = font.getmask("\uffff")
            self.missing[font] = (mask.size, bytes(mask))
        mask = font.getmask(ch)
        return (mask.size, bytes(mask)) == self.missing[font]

    def pick(self, ch, bold, italic):
        """The face to draw ch with: DejaVu when it has the glyph, else Noto
        CJK when that has it, else DejaVu's missing-glyph box."""
        key = (ch, bold, italic)
        if key not in self.cache:
            font = self.faces[bold, italic]
            if self.lacks(font, ch):
                cjk = self.cjk[bold]
                if cjk is not None and not self.lacks(cjk, ch):
                    font = cjk
            self.cache[key] = font
        return self.cache[key]


def blend(a, b, t):
    """Colour a moved a fraction t of the way to colour b."""
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b))


# Box drawing: each character's arms (l, r, u, d) and their weights, read
# from the Unicode names ("DOWN LIGHT AND RIGHT HEAVY", "DOUBLE VERTICAL AND
# LEFT", "UP HEAVY AND DOWN HORIZONTAL LIGHT", ...).
DIRECTIONS = {"LEFT": "l", "RIGHT": "r", "UP": "u", "DOWN": "d",
              "HORIZONTAL": "lr", "VERTICAL": "ud"}
WEIGHTS = {"LIGHT": "light", "SINGLE": "light", "HEAVY": "heavy",
           "DOUBLE": "double"}
DASHES = {"DOUBLE": 2, "TRIPLE": 3, "QUADRUPLE": 4}


def box_shape(ch):
    """(arms, dashes, arc, diagonal) for a box-drawing character: arms maps
    'l', 'r', 'u', 'd' to 'light', 'heavy' or 'double'."""
    words = unicodedata.name(ch).split()[2:]  # after BOX DRAWINGS
    dashes = arc = 0
    diagonal = None
    if "DASH" in words:
        at = words.index("DASH")
        dashes = DASHES[words[at - 1]]
        del words[at - 1:at + 1]
    if "ARC" in words:
        arc = 1
        words.remove("ARC")
    if "DIAGONAL" in words:
        diagonal = ("/" if "UPPER RIGHT" in " ".join(words) else "\\")
        if "CROSS" in words:
            diagonal = "X"
        return {}, 0, 0, diagonal
    groups = []
    for group in " ".join(words).split(" AND "):
        weight = None
        sides = ""
        for word in group.split():
            if word in WEIGHTS:
                weight = WEIGHTS[word]
            else:
                sides += DIRECTIONS[word]
        groups.append([sides, weight])
    # A group without a weight of its own takes its neighbour's.
    for k, group in enumerate(groups):
        if group[1] is None:
            before = [g[1] for g in groups[:k] if g[1]]
            after = [g[1] for g in groups[k + 1:] if g[1]]
            group[1] = (before[-1:] or after[:1] or ["light"])[0]
    arms = {}
    for sides, weight in groups:
        for side in sides:
            arms[side] = weight
    return arms, dashes, arc, diagonal


OPPOSITE = {"l": "r", "r": "l", "u": "d", "d": "u"}
ACROSS = {"l": "ud", "r": "ud", "u": "lr", "d": "lr"}


class Painter:
    """Draws cells onto the image."""

    def __init__(self, image, fonts):
        self.draw = ImageDraw.Draw(image)
        self.fonts = fonts
        self.cw, self.ch = fonts.width, fonts.height
        self.light = max(1, round(self.cw / 10))
        self.heavy = 2 * self.light + 1
        self.gap = max(2, round(self.cw / 5))  # half the spacing of ═

    def rect(self, x0, y0, x1, y1, colour):
        """Fill the box from (x0, y0) to (x1, y1) inclusive, any order."""
        if x1 < x0:
            x0, x1 = x1, x0
        if y1 < y0:
            y0, y1 = y1, y0
        self.draw.rectangle([x0, y0, x1, y1], fill=colour)

    def reach(self, side):
        """How far the cell's last pixel on side is from its centre."""
        if side == "l":
            return self.cw // 2
        if side == "r":
            return self.cw - 1 - self.cw // 2
        if side == "u":
            return self.ch // 2
        return self.ch - 1 - self.ch // 2

    def stroke(self, side, start, end, offset, thickness, px, py, colour):
        """A line along the arm on side, from start to end (distances from
        the cell's centre towards that side, inclusive), offset across it."""
        mx, my = px + self.cw // 2, py + self.ch // 2
        lo = -(thickness // 2)
        hi = lo + thickness - 1
        sign = -1 if side in "lu" else 1
        if side in "lr":
            self.rect(mx + sign * start, my + offset + lo,
                      mx + sign * end, my + offset + hi, colour)
        else:
            self.rect(mx + offset + lo, my + sign * start,
                      mx + offset + hi, my + sign * end, colour)

    def box(self, ch, px, py, colour):
        """Draw box-drawing character ch in the cell at (px, py)."""
        arms, dashes, arc, diagonal = box_shape(ch)
        cw, chh = self.cw, self.ch
        if diagonal:
            w = self.light
            if diagonal in "/X":
                self.draw.line([px + cw - 1, py, px, py + chh - 1],
                               fill=colour, width=w)
            if diagonal in "\\X":
                self.draw.line([px, py, px + cw - 1, py + chh - 1],
                               fill=colour, width=w)
            return
        if arc:
            self.arc(arms, px, py, colour)
            return
        if dashes:
            self.dashed(arms, dashes, px, py, colour)
            return
        for side, weight in arms.items():
            end = self.reach(side)
            across = [arms.get(s) for s in ACROSS[side]]
            straight = OPPOSITE[side] in arms
            if weight != "double":
                thickness = self.light if weight == "light" else self.heavy
                doubles = across.count("double")
                if doubles and not straight:
                    # meet a double line: stop at its near line when it
                    # runs on both sides, reach its far line at a corner
                    ext = -self.gap if doubles == 2 else self.gap
                elif straight or doubles:
                    ext = 0
                else:  # cover the joint of the widest arm across
                    ext = max([self.light if w == "light" else self.heavy
                               for w in across if w] or [0]) // 2
                self.stroke(side, -ext, end, 0, thickness, px, py, colour)
                continue
            # A double arm: two lines, each stopping where it meets a line
            # of an arm across it.
            for k, off in enumerate((-self.gap, self.gap)):
                neighbour = arms.get(ACROSS[side][k])
                other = arms.get(ACROSS[side][1 - k])
                if neighbour == "double":
                    start = -self.gap  # the inner corner
                elif straight:
                    start = 0
                elif other == "double":
                    start = self.gap  # the outer corner
                else:
                    start = 0
                start += self.light // 2 if start >= 0 else 0
                self.stroke(side, -start, end, off, self.light, px, py,
                            colour)

    def arc(self, arms, px, py, colour):
        """A rounded corner: quarter circle joining the two arms."""
        sx = 1 if "r" in arms else -1
        sy = 1 if "d" in arms else -1
        mx, my = px + self.cw // 2, py + self.ch // 2
        side_x = "r" if sx > 0 else "l"
        side_y = "d" if sy > 0 else "u"
        far_x, far_y = self.reach(side_x), self.reach(side_y)
        r = max(1, min(far_x, far_y))  # the arc stays inside the cell
        cx, cy = mx + sx * r, my + sy * r
        start = {(1, 1): 180, (-1, 1): 270, (-1, -1): 0, (1, -1): 90}[sx, sy]
        self.draw.arc([cx - r, cy - r, cx + r, cy + r], start, start + 90,
                      fill=colour, width=self.light)
        if far_x > r:
            self.stroke(side_x, r, far_x, 0, self.light, px, py, colour)
        if far_y > r:
            self.stroke(side_y, r, far_y, 0, self.light, px, py, colour)

    def dashed(self, arms, dashes, px, py, colour):
        """A straight dashed line of the given number of dashes."""
        thickness = self.light if "light" in arms.values() else self.heavy
        mx, my = px + self.cw // 2, py + self.ch // 2
        lo = -(thickness // 2)
        hi = lo + thickness - 1
        length = self.cw if "l" in arms else self.ch
        gap = max(1, length // (dashes * 2))
        for k in range(dashes):  # each dash centred in its share of the cell
            a = k * length // dashes + gap // 2
            b = (k + 1) * length // dashes - 1 - (gap - gap // 2)
            if "l" in arms:
                self.rect(px + a, my + lo, px + b, my + hi, colour)
            else:
                self.rect(mx + lo, py + a, mx + hi, py + b, colour)

    def block(self, ch, px, py, fg, bg):
        """Block elements U+2580-U+259F as filled parts of the cell."""
        code = ord(ch)
        cw, chh = self.cw, self.ch

        def part(x0, y0, x1, y1, colour=fg):
            """Fill the fraction (x0, y0)-(x1, y1) of the cell."""
            self.rect(px + round(x0 * cw), py + round(y0 * chh),
                      px + round(x1 * cw) - 1, py + round(y1 * chh) - 1,
                      colour)

        if code == 0x2580:
            part(0, 0, 1, 0.5)
        elif 0x2581 <= code <= 0x2588:  # lower eighths up to the full block
            part(0, 1 - (code - 0x2580) / 8, 1, 1)
        elif 0x2589 <= code <= 0x258f:  # left seven eighths down to one
            part(0, 0, (0x2590 - code) / 8, 1)
        elif code == 0x2590:
            part(0.5, 0, 1, 1)
        elif 0x2591 <= code <= 0x2593:  # light, medium, dark shade
            part(0, 0, 1, 1, blend(bg, fg, (code - 0x2590) / 4))
        elif code == 0x2594:
            part(0, 0, 1, 1 / 8)
        elif code == 0x2595:
            part(7 / 8, 0, 1, 1)
        else:  # quadrants: upper left, upper right, lower left, lower right
            quads = {0x2596: "3", 0x2597: "4", 0x2598: "1", 0x2599: "134",
                     0x259a: "14", 0x259b: "123", 0x259c: "124",
                     0x259d: "2", 0x259e: "23", 0x259f: "234"}[code]
            for q in quads:
                x0 = 0.5 if q in "24" else 0
                y0 = 0.5 if q in "34" else 0
                part(x0, y0, x0 + 0.5, y0 + 0.5)

    @staticmethod
    def colours(pen):
        """The cell's foreground and background colours."""
        fg, bg = pen.fg or FG, pen.bg or BG
        if pen.reverse:
            fg, bg = bg, fg
        if pen.dim:
            fg = blend(fg, bg, 0.4)
        return fg, bg

    def background(self, cell, column, row):
        """Fill the cell with its background colour."""
        px = MARGIN + column * self.cw
        py = MARGIN + row * self.ch
        self.rect(px, py, px + cell.width * self.cw - 1, py + self.ch - 1,
                  self.colours(cell.pen)[1])

    def cell(self, cell, column, row):
        """Draw what is on one cell: the glyph or shape, then the lines
        (after every background, so a glyph may overhang its cell)."""
        pen = cell.pen
        fg, bg = self.colours(pen)
        px = MARGIN + column * self.cw
        py = MARGIN + row * self.ch
        width = cell.width * self.cw
        ch = cell.text[0]
        if not pen.hidden and not cell.text.isspace():
            if 0x2500 <= ord(ch) <= 0x257f:
                self.box(ch, px, py, fg)
            elif 0x2580 <= ord(ch) <= 0x259f:
                self.block(ch, px, py, fg, bg)
            else:
                font = self.fonts.pick(ch, pen.bold, pen.italic)
                advance = font.getlength(cell.text)
                x = px + max(0, (width - advance) / 2)
                self.draw.text((x, py + self.fonts.ascent), cell.text,
                               font=font, fill=fg, anchor="ls")
        if pen.under:
            y = py + self.fonts.ascent + 2
            self.rect(px, y, px + width - 1, y + self.light - 1, fg)
        if pen.strike:
            y = py + self.ch // 2 + 1
            self.rect(px, y, px + width - 1, y + self.light - 1, fg)


def render(rows, out, cols=None, nrows=None, size=16):
    """Draw rows of cells into the PNG file out."""
    fonts = Fonts(size)
    width = max([sum(c.width for c in row) for row in rows] + [cols or 1])
    height = max(len(rows), nrows or 1)
    image = Image.new("RGB", (width * fonts.width + 2 * MARGIN,
                              height * fonts.height + 2 * MARGIN), BG)
    painter = Painter(image, fonts)
    for layer in (painter.background, painter.cell):
        for y, row in enumerate(rows):
            x = 0
            for cell in row:
                layer(cell, x, y)
                x += cell.width
    image.save(out, format="PNG")


def main(argv):
    parser = argparse.ArgumentParser(
        description="Render a tmux capture-pane -e -p screen to PNG.")
    parser.add_argument("--cols", type=int, help="at least this many columns")
    parser.add_argument("--rows", type=int, help="at least this many rows")
    parser.add_argument("--font-size", type=int, default=16, metavar="PX")
    parser.add_argument("input", help="the capture ('-' for stdin)")
    parser.add_argument("output", help="the PNG to write")
    args = parser.parse_args(argv)
    if args.input == "-":
        text = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    else:
        with open(args.input, encoding="utf-8", errors="replace") as f:
            text = f.read()
    rows = parse(text)
    tmp = args.output + ".tmp"
    render(rows, tmp, args.cols, args.rows, args.font_size)
    os.replace(tmp, args.output)


if __name__ == "__main__":
    main(sys.argv[1:])
