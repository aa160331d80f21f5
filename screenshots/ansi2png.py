#!/usr/bin/python3
"""Render a terminal screen captured by `tmux capture-pane -e -p` to a PNG.

usage: ansi2png.py IN.ansi OUT.png

Understands the SGR sequences tmux emits (reset, bold, reverse, underline,
8/16/256 colours, truecolour, default colours); wide characters take two
cells. Box-drawing characters are drawn as lines so that they join.
"""
import re
import sys
import unicodedata

from PIL import Image, ImageDraw, ImageFont

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SIZE = 16
BG = (30, 30, 30)
FG = (208, 208, 208)
BASE16 = [(0, 0, 0), (205, 49, 49), (13, 188, 121), (229, 229, 16),
          (36, 114, 200), (188, 63, 188), (17, 168, 205), (229, 229, 229),
          (102, 102, 102), (241, 76, 76), (35, 209, 139), (245, 245, 67),
          (59, 142, 234), (214, 112, 214), (41, 184, 219), (255, 255, 255)]
# Light, heavy and double box-drawing lines: which arms each one has.
BOX = {"─": "lr", "│": "ud", "┌": "rd", "┐": "ld", "└": "ru", "┘": "lu",
       "├": "udr", "┤": "udl", "┬": "lrd", "┴": "lru", "┼": "lrud"}


def color256(n):
    """The RGB of xterm colour n."""
    if n < 16:
        return BASE16[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    v = 8 + 10 * (n - 232)
    return (v, v, v)


def apply_sgr(params, st):
    """Update the attribute state st with one SGR parameter list."""
    ps = [int(p) if p else 0 for p in params.split(";")] if params else [0]
    i = 0
    while i < len(ps):
        p = ps[i]
        if p == 0:
            st.update(fg=None, bg=None, bold=False, reverse=False, under=False)
        elif p == 1:
            st["bold"] = True
        elif p == 4:
            st["under"] = True
        elif p == 7:
            st["reverse"] = True
        elif p == 22:
            st["bold"] = False
        elif p == 24:
            st["under"] = False
        elif p == 27:
            st["reverse"] = False
        elif 30 <= p <= 37:
            st["fg"] = BASE16[p - 30]
        elif 90 <= p <= 97:
            st["fg"] = BASE16[p - 90 + 8]
        elif 40 <= p <= 47:
            st["bg"] = BASE16[p - 40]
        elif 100 <= p <= 107:
            st["bg"] = BASE16[p - 100 + 8]
        elif p == 39:
            st["fg"] = None
        elif p == 49:
            st["bg"] = None
        elif p in (38, 48) and i + 1 < len(ps):
            key = "fg" if p == 38 else "bg"
            if ps[i + 1] == 5 and i + 2 < len(ps):
                st[key] = color256(ps[i + 2])
                i += 2
            elif ps[i + 1] == 2 and i + 4 < len(ps):
                st[key] = tuple(ps[i + 2:i + 5])
                i += 4
        i += 1


def parse(text):
    """Turn captured lines into rows of (char, width, state) cells."""
    rows = []
    st = dict(fg=None, bg=None, bold=False, reverse=False, under=False)
    for line in text.split("\n"):
        row = []
        for m in re.finditer(r"\x1b\[([0-9;]*)m|\x1b[^\[]|(.)", line):
            if m.group(2) is None:
                if m.group(0).startswith("\x1b["):
                    apply_sgr(m.group(1), st)
                continue
            ch = m.group(2)
            wide = unicodedata.east_asian_width(ch) in ("W", "F")
            row.append((ch, 2 if wide else 1, dict(st)))
        rows.append(row)
    while rows and not rows[-1]:
        rows.pop()
    return rows


def main():
    src, dst = sys.argv[1], sys.argv[2]
    rows = parse(open(src, encoding="utf-8", errors="replace").read())
    mono = ImageFont.truetype(MONO, SIZE)
    bold = ImageFont.truetype(MONO_BOLD, SIZE)
    cjk = ImageFont.truetype(CJK, SIZE)
    cw = round(mono.getlength("M"))
    asc, desc = mono.getmetrics()
    ch_h = asc + desc
    cols = max(sum(c[1] for c in r) for r in rows)
    pad = 12
    img = Image.new("RGB", (cols * cw + 2 * pad, len(rows) * ch_h + 2 * pad), BG)
    d = ImageDraw.Draw(img)
    for y, row in enumerate(rows):
        x = 0
        for ch, w, st in row:
            fg, bg = st["fg"] or FG, st["bg"] or BG
            if st["reverse"]:
                fg, bg = bg, fg
            px, py = pad + x * cw, pad + y * ch_h
            d.rectangle([px, py, px + w * cw - 1, py + ch_h - 1], fill=bg)
            if ch in BOX:
                mx, my = px + cw // 2, py + ch_h // 2
                arms = BOX[ch]
                if "l" in arms:
                    d.line([px, my, mx, my], fill=fg, width=1)
                if "r" in arms:
                    d.line([mx, my, px + cw, my], fill=fg, width=1)
                if "u" in arms:
                    d.line([mx, py, mx, my], fill=fg, width=1)
                if "d" in arms:
                    d.line([mx, my, mx, py + ch_h], fill=fg, width=1)
            elif ch != " ":
                font = bold if st["bold"] else mono
                if w == 2 or not font.getmask(ch).getbbox():
                    font = cjk
                d.text((px, py), ch, font=font, fill=fg)
            if st["under"]:
                d.line([px, py + ch_h - 2, px + w * cw - 1, py + ch_h - 2],
                       fill=fg)
            x += w
    img.save(dst)


if __name__ == "__main__":
    main()
