/* Width-aware text drawing for panes and widgets. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "log.h"
#include "ui-text.h"
#include "utf8.h"

static int	 text_utf8 = 1;	/* the terminal takes UTF-8 */

/*
 * Decode one character of s, which is UTF-8 whatever the locale (the field's
 * text, and lines escaped for the terminal); returns its length in bytes (at
 * least 1) and sets *wc and *cols.  An undecodable byte or a character the
 * locale cannot show is drawn as '?' in one column.
 */
static size_t
text_char(const char *s, wchar_t *wc, int *cols)
{
	uint32_t	 cp;
	int		 n, w;

	/* Printable ASCII, nearly every byte of a log, takes one column. */
	if (*s >= 0x20 && *s < 0x7f) {
		*wc = (wchar_t)*s;
		*cols = 1;
		return (1);
	}
	/* The NUL ends the decode before any byte past it is read. */
	if ((n = utf8_decode(s, UTF8_MAX, &cp)) == 0 ||
	    (w = wcwidth((wchar_t)cp)) < 0) {
		*wc = L'?';
		*cols = 1;
		return (n == 0 ? 1 : (size_t)n);
	}
	*wc = (wchar_t)cp;
	*cols = w;
	return ((size_t)n);
}

/* Columns that s takes on the screen. */
int
text_width(const char *s)
{
	return (text_width_n(s, strlen(s)));
}

/* Columns that the first n bytes of s take. */
int
text_width_n(const char *s, size_t n)
{
	const char	*end = s + n;
	wchar_t		 wc;
	int		 cols, total = 0;

	while (s < end && *s != '\0') {
		s += text_char(s, &wc, &cols);
		total += cols;
	}
	return (total);
}

/*
 * How many bytes of s fit in max columns without splitting a character;
 * *used gets the columns they take.  At least one character is taken when
 * max allows a single column, so that wrapping always makes progress.
 */
size_t
text_fit(const char *s, int max, int *used)
{
	wchar_t	 wc;
	size_t	 off = 0, n;
	int	 cols, total = 0;

	while (s[off] != '\0') {
		n = text_char(s + off, &wc, &cols);
		if (total + cols > max) {
			if (off == 0 && max > 0) {
				/* A wide character in a one-column space. */
				off = n;
				total = max;
			}
			break;
		}
		total += cols;
		off += n;
	}
	*used = total;
	return (off);
}

/* Draw the first len bytes of s at (y, x) in at most max columns; returns the columns used. */
int
text_draw(WINDOW *win, int y, int x, int max, const char *s, size_t len)
{
	const char	*end = s + len;
	wchar_t		 wc[2] = { 0, 0 };
	int		 cols, used = 0;

	wmove(win, y, x);
	while (s < end && *s != '\0') {
		s += text_char(s, &wc[0], &cols);
		if (used + cols > max)
			break;
		waddnwstr(win, wc, 1);
		used += cols;
	}
	return (used);
}

/* Set what marks a cut text: "…" in a UTF-8 terminal, "~" in others. */
void
text_set_utf8(int utf8)
{
	text_utf8 = utf8;
}

/*
 * Draw the first len bytes of s like text_draw, but if they do not all fit
 * in max columns, end with a mark that says so, never at a bare edge.
 */
int
text_draw_cut(WINDOW *win, int y, int x, int max, const char *s, size_t len)
{
	const char	*mark = text_utf8 ? "\xe2\x80\xa6" : "~";
	int		 used;

	if (max <= 0)
		return (0);
	if (text_width_n(s, len) <= max)
		return (text_draw(win, y, x, max, s, len));
	used = text_draw(win, y, x, max - 1, s, len);
	return (used + text_draw(win, y, x + used, 1, mark, strlen(mark)));
}

/*
 * Whether a row may end before s[i] (i > 0) with no space there: between two
 * characters of which one is wide, as Chinese and Japanese break, unless the
 * one after is a combining mark or punctuation that closes, or the one
 * before opens.
 */
static int
text_wide_break(const char *s, size_t i)
{
	static const wchar_t	 closes[] = L",.;:!?)]}%\x3001\x3002\xff0c"
	    L"\xff0e\xff1a\xff1b\xff01\xff1f\xff09\xff3d\xff5d\x300d"
	    L"\x300f\x3011\x3015\x3009\x300b\x201d\x2019\x2026";
	static const wchar_t	 opens[] = L"([{\xff08\xff3b\xff5b\x300c"
	    L"\x300e\x3010\x3014\x3008\x300a\x201c\x2018";
	wchar_t			 after, before;
	size_t			 j = i - 1;
	int			 wa, wb;

	/* Between two ASCII bytes, nearly every case, or inside a character. */
	if ((unsigned char)s[i] < 0x80 && (unsigned char)s[j] < 0x80)
		return (0);
	if (((unsigned char)s[i] & 0xc0) == 0x80)
		return (0);
	while (j > 0 && ((unsigned char)s[j] & 0xc0) == 0x80)
		j--;
	text_char(s + i, &after, &wa);
	text_char(s + j, &before, &wb);
	if (wa == 0 || (wa < 2 && wb < 2))
		return (0);
	return (wcschr(closes, after) == NULL && wcschr(opens, before) == NULL);
}

/*
 * Where to end the first row of s in w columns: after the last word that
 * fits (words end at spaces, and at wide characters), or in the middle of
 * a word too long for a row.  Returns the bytes the row shows; *next is
 * where the next row starts (past the space).
 */
size_t
text_break(const char *s, int w, size_t *next)
{
	size_t	 n, i;
	int	 used;

	n = text_fit(s, w, &used);
	*next = n;
	if (s[n] == '\0' || n == 0)
		return (n);
	if (s[n] == ' ') {
		*next = n + 1;
		return (n);
	}
	/* Spaces are ASCII, so a byte scan cannot split a character. */
	for (i = n; i > 0; i--) {
		if (s[i - 1] == ' ' && i > 1) {
			*next = i;
			return (i - 1);
		}
		if (text_wide_break(s, i)) {
			*next = i;
			return (i);
		}
	}
	return (n);
}

/* Rows that line takes when wrapped to w columns. */
int
text_rows(const char *line, int w)
{
	return (text_rows_marked(line, w, NULL));
}

/*
 * Rows that line takes when wrapped to w columns.  With marks, *marks gets
 * the offset where every TEXT_MARK_ROWS-th row starts (marks[i] is where
 * row (i + 1) * TEXT_MARK_ROWS starts; NULL for a line with no such row),
 * for the caller to free: text_row_start then finds any row of the line
 * without wrapping it from its start again.
 */
int
text_rows_marked(const char *line, int w, size_t **marks)
{
	size_t	*m = NULL, off = 0, next, n = 0, cap = 0;
	int	 rows = 0;

	do {
		if (marks != NULL && rows > 0 && rows % TEXT_MARK_ROWS == 0) {
			if (n == cap) {
				cap = cap == 0 ? 16 : cap * 2;
				m = reallocarray(m, cap, sizeof *m);
				if (m == NULL)
					fatal("reallocarray");
			}
			m[n++] = off;
		}
		text_break(line + off, w, &next);
		off += next;
		rows++;
	} while (line[off] != '\0' && next > 0);
	if (marks != NULL)
		*marks = m;
	return (rows);
}

/*
 * Where row n of s wrapped to w columns starts (the end of s if it has no
 * row n): only the first n rows are read.
 */
static size_t
text_skip_rows(const char *s, int w, int n)
{
	size_t	 off = 0, next;

	while (n-- > 0 && s[off] != '\0') {
		text_break(s + off, w, &next);
		if (next == 0)
			break;
		off += next;
	}
	return (off);
}

/*
 * Where row row of line starts, given the marks that text_rows_marked made
 * for width w: from the mark before it, at most TEXT_MARK_ROWS - 1 rows
 * are read, however long the line.
 */
size_t
text_row_start(const char *line, int w, const size_t *marks, int row)
{
	size_t	 off = 0;

	if (row >= TEXT_MARK_ROWS)
		off = marks[row / TEXT_MARK_ROWS - 1];
	return (off + text_skip_rows(line + off, w, row % TEXT_MARK_ROWS));
}

/*
 * Draw line wrapped to r's width from row y, down to r's last row at most;
 * returns the rows drawn.  Nothing past the last row is read.
 */
int
text_draw_wrapped(WINDOW *win, const struct rect *r, int y, const char *line)
{
	size_t	 n, next;
	int	 rows = 0;

	while (y + rows < r->y + r->h) {
		n = text_break(line, r->w, &next);
		text_draw(win, y + rows++, r->x, r->w, line, n);
		line += next;
		if (*line == '\0' || next == 0)
			break;
	}
	return (rows);
}

/*
 * Clear rect r and draw a box around it with a bold title in its top
 * border.  The wide-character line drawing is plain UTF-8 in a UTF-8
 * locale (3 bytes a cell, where xterm's ACS costs a charset switch each
 * time), and the terminal's ACS in others.
 */
void
text_box(WINDOW *win, const struct rect *r, const char *title)
{
	int	 i;

	for (i = 1; i < r->h - 1; i++)
		mvwhline(win, r->y + i, r->x + 1, ' ', r->w - 2);
	mvwhline_set(win, r->y, r->x + 1, WACS_HLINE, r->w - 2);
	mvwhline_set(win, r->y + r->h - 1, r->x + 1, WACS_HLINE, r->w - 2);
	mvwvline_set(win, r->y + 1, r->x, WACS_VLINE, r->h - 2);
	mvwvline_set(win, r->y + 1, r->x + r->w - 1, WACS_VLINE, r->h - 2);
	mvwadd_wch(win, r->y, r->x, WACS_ULCORNER);
	mvwadd_wch(win, r->y, r->x + r->w - 1, WACS_URCORNER);
	mvwadd_wch(win, r->y + r->h - 1, r->x, WACS_LLCORNER);
	mvwadd_wch(win, r->y + r->h - 1, r->x + r->w - 1, WACS_LRCORNER);
	wattron(win, A_BOLD);
	text_draw_cut(win, r->y, r->x + 2, r->w - 4, title, strlen(title));
	wattroff(win, A_BOLD);
}
