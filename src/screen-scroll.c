/*
 * Scroll rows of the terminal by hand when the next screen is the shown one
 * moved up, so that ncurses then draws only the new rows.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>

#include "buf.h"
#include "log.h"
#include "screen-scroll.h"
#include "writeall.h"

/* The escape sequences of one scroll, gathered to be written at once. */
static struct buf	screen_scroll_out;

/* Read row y of win, cols cells, into cells (cols + 1 of them, zeroed first). */
static void
screen_scroll_row(WINDOW *win, int y, int cols, cchar_t *cells)
{
	/* Zeroed: rows are compared as whole cells, padding and all. */
	memset(cells, 0, ((size_t)cols + 1) * sizeof *cells);
	mvwin_wchnstr(win, y, 0, cells, cols);
}

/*
 * A hash (FNV-1a) of row y of win, read into cells: of each cell's first
 * character and attributes, as curses hashes its lines, which is enough to
 * propose a move; a move is checked cell by cell before it is made.
 */
static uint64_t
screen_scroll_hash(WINDOW *win, int y, int cols, cchar_t *cells)
{
	uint64_t	 h = 14695981039346656037ULL;
	int		 x;

	screen_scroll_row(win, y, cols, cells);
	for (x = 0; x < cols; x++) {
		h ^= (uint64_t)cells[x].chars[0] << 32 | cells[x].attr;
		h *= 1099511628211ULL;
	}
	return (h);
}

/*
 * Whether curses' line hashing would move row i of next itself: its hash
 * occurs once among next's and once among shown's, at another row.
 */
static int
screen_scroll_curses_moves(const uint64_t *hn, const uint64_t *hs, size_t n,
    size_t i)
{
	size_t	 j, in_next = 0, in_shown = 0, at = 0;

	for (j = 0; j < n; j++) {
		in_next += hn[j] == hn[i];
		if (hs[j] == hn[i]) {
			in_shown++;
			at = j;
		}
	}
	return (in_next == 1 && in_shown == 1 && at != i);
}

/*
 * Whether rows top..bot of next are rows top + k..bot of shown, compared
 * cell by cell (hashes can collide).
 */
static int
screen_scroll_verify(WINDOW *next, WINDOW *shown, int top, int bot, int k,
    int cols, cchar_t *a, cchar_t *b)
{
	int	 y;

	for (y = top; y + k <= bot; y++) {
		screen_scroll_row(next, y, cols, a);
		screen_scroll_row(shown, y + k, cols, b);
		if (memcmp(a, b, (size_t)cols * sizeof *a) != 0)
			return (0);
	}
	return (1);
}

/*
 * By how many rows (1 to bot - top) the rows top..bot of next are those
 * of shown moved up, with new rows at the bottom: the fewest that fit.  0
 * when no such move keeps more rows than leaving them where they are, or
 * when curses would move rows itself: its line hashing moves a row that is
 * unique on both screens, and takes the rows around it along.
 */
int
screen_scroll_shift(WINDOW *next, WINDOW *shown, int top, int bot)
{
	cchar_t		*a, *b;
	uint64_t	*ha, *hb;
	size_t		 rows = (size_t)(bot - top + 1), i, same = 0;
	int		 cols = getmaxx(next), k, found = 0, ny, nx, sy, sx;

	if (top < 0 || bot <= top || bot >= getmaxy(next) ||
	    bot >= getmaxy(shown) || cols <= 0 || getmaxx(shown) < cols)
		return (0);
	/* Reading moves the windows' cursors: put them back after. */
	getyx(next, ny, nx);
	getyx(shown, sy, sx);
	a = reallocarray(NULL, (size_t)cols + 1, sizeof *a);
	b = reallocarray(NULL, (size_t)cols + 1, sizeof *b);
	ha = reallocarray(NULL, rows, sizeof *ha);
	hb = reallocarray(NULL, rows, sizeof *hb);
	if (a == NULL || b == NULL || ha == NULL || hb == NULL)
		fatal("reallocarray");
	for (i = 0; i < rows; i++) {
		ha[i] = screen_scroll_hash(next, top + (int)i, cols, a);
		hb[i] = screen_scroll_hash(shown, top + (int)i, cols, b);
		same += ha[i] == hb[i];
	}
	/* A move must keep more rows than staying put does. */
	for (k = 1; (size_t)k + same < rows && !found; k++) {
		found = k;
		for (i = 0; i + (size_t)k < rows && found; i++) {
			if (ha[i] != hb[i + (size_t)k])
				found = 0;
		}
		if (found && !screen_scroll_verify(next, shown, top, bot, k,
		    cols, a, b))
			found = 0;
	}
	/*
	 * Curses keeps its hashes of the shown rows from before a scroll made
	 * here: if it would move any row, kept or new, it would scroll again.
	 */
	for (i = 0; found && i < rows; i++) {
		if (screen_scroll_curses_moves(ha, hb, rows, i))
			found = 0;
	}
	wmove(next, ny, nx);
	wmove(shown, sy, sx);
	free(a);
	free(b);
	free(ha);
	free(hb);
	return (found);
}

/* tputs' output function: gather one byte. */
static int
screen_scroll_putc(int c)
{
	char	 ch = (char)c;

	buf_append(&screen_scroll_out, &ch, 1);
	return (c);
}

/* Whether the terminal has capability cap (neither absent nor cancelled). */
static int
screen_scroll_has(const char *cap)
{
	return (cap != NULL && cap != (const char *)-1);
}

/*
 * If stdscr's rows top..bot are what the terminal shows there moved up, in
 * a way curses would not find, scroll them on the terminal (fd, where
 * curses writes) with its scrolling region and make curses' idea of the
 * terminal (curscr) agree, so that the next refresh draws only the rows
 * that are new.  Returns the rows scrolled, 0 if none.
 */
int
screen_scroll_up(int fd, int top, int bot)
{
	int	 k, i, y, x;

	if (!screen_scroll_has(change_scroll_region) ||
	    !screen_scroll_has(cursor_address) ||
	    !screen_scroll_has(scroll_forward))
		return (0);
	/* Nothing known to move while curses is off or about to repaint all. */
	if (isendwin() || is_cleared(curscr))
		return (0);
	if ((k = screen_scroll_shift(stdscr, curscr, top, bot)) == 0)
		return (0);
	/* Where curses left the cursor, and believes it still is. */
	getyx(curscr, y, x);
	buf_clear(&screen_scroll_out);
	tputs(tiparm(change_scroll_region, top, bot), 1, screen_scroll_putc);
	tputs(tiparm(cursor_address, bot, 0), 1, screen_scroll_putc);
	for (i = 0; i < k; i++)
		tputs(scroll_forward, 1, screen_scroll_putc);
	tputs(tiparm(change_scroll_region, 0, getmaxy(curscr) - 1), 1,
	    screen_scroll_putc);
	tputs(tiparm(cursor_address, y, x), 1, screen_scroll_putc);
	/* A terminal that is gone gets nothing more; SIGHUP ends the program. */
	if (write_all(fd, buf_head(&screen_scroll_out),
	    screen_scroll_out.len) == -1)
		return (0);
	wsetscrreg(curscr, top, bot);
	scrollok(curscr, TRUE);
	wscrl(curscr, k);
	scrollok(curscr, FALSE);
	wsetscrreg(curscr, 0, getmaxy(curscr) - 1);
	return (k);
}
