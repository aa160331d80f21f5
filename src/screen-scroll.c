/*
 * Scroll rows of the terminal by hand when the next screen is the shown one
 * moved up, so that ncurses then draws only the new rows.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <unistd.h>

#include "buf.h"
#include "log.h"
#include "screen-scroll.h"
#include "writeall.h"

/* The escape sequences of one scroll, gathered to be written at once. */
static struct buf	screen_scroll_out;

/* Read rows top..bot of win, cols cells each, into cells. */
static void
screen_scroll_read(WINDOW *win, int top, int bot, int cols, cchar_t *cells)
{
	int	 y;

	/* Zeroed first: the comparison is of whole cells, padding and all. */
	memset(cells, 0, (size_t)(bot - top + 1) * (size_t)(cols + 1) *
	    sizeof *cells);
	for (y = top; y <= bot; y++)
		mvwin_wchnstr(win, y, 0, cells + (size_t)(y - top) *
		    (size_t)(cols + 1), cols);
}

/* Whether row r occurs exactly once among the rows rows (row cells each) at cells. */
static int
screen_scroll_once(const cchar_t *cells, size_t rows, size_t row,
    const cchar_t *r)
{
	size_t	 i, n = 0;

	for (i = 0; i < rows; i++) {
		if (memcmp(cells + i * row, r, row * sizeof *r) == 0)
			n++;
	}
	return (n == 1);
}

/*
 * By how many rows (1 to bot - top) the rows top..bot of next are those
 * of shown moved up, with new rows at the bottom: the fewest that fit.  0
 * when no such move keeps more rows than leaving them where they are, or
 * when curses finds the move itself: its line hashing moves a row that is
 * unique on both screens, and takes the rows around it along.
 */
int
screen_scroll_shift(WINDOW *next, WINDOW *shown, int top, int bot)
{
	cchar_t	*a, *b;
	size_t	 row, rows = (size_t)(bot - top + 1), i, same = 0;
	int	 cols = getmaxx(next), k, found = 0, ny, nx, sy, sx;

	if (top < 0 || bot <= top || bot >= getmaxy(next) ||
	    bot >= getmaxy(shown) || cols <= 0 || getmaxx(shown) < cols)
		return (0);
	/* Reading moves the windows' cursors: put them back after. */
	getyx(next, ny, nx);
	getyx(shown, sy, sx);
	row = (size_t)cols + 1;
	a = reallocarray(NULL, rows * row, sizeof *a);
	b = reallocarray(NULL, rows * row, sizeof *b);
	if (a == NULL || b == NULL)
		fatal("reallocarray");
	screen_scroll_read(next, top, bot, cols, a);
	screen_scroll_read(shown, top, bot, cols, b);
	wmove(next, ny, nx);
	wmove(shown, sy, sx);
	/* A move must keep more rows than staying put does. */
	for (i = 0; i < rows; i++)
		same += memcmp(a + i * row, b + i * row, row * sizeof *a) == 0;
	for (k = 1; (size_t)k + same < rows && !found; k++) {
		found = k;
		for (i = 0; i + (size_t)k < rows && found; i++) {
			if (memcmp(a + i * row, b + (i + (size_t)k) * row,
			    row * sizeof *a) != 0)
				found = 0;
		}
	}
	for (i = 0; found && i + (size_t)found < rows; i++) {
		if (screen_scroll_once(a, rows, row, a + i * row) &&
		    screen_scroll_once(b, rows, row, a + i * row))
			found = 0;
	}
	free(a);
	free(b);
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

/*
 * If stdscr's rows top..bot are what the terminal shows there moved up, in
 * a way curses would not find, scroll them on the terminal with its
 * scrolling region and make curses' idea of the terminal (curscr) agree, so
 * that the next refresh draws only the rows that are new.  Returns the rows
 * scrolled, 0 if none.
 */
int
screen_scroll_up(int top, int bot)
{
	int	 k, i, y, x;

	if (change_scroll_region == NULL || cursor_address == NULL ||
	    scroll_forward == NULL)
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
	if (write_all(STDOUT_FILENO, buf_head(&screen_scroll_out),
	    screen_scroll_out.len) == -1)
		return (0);
	wsetscrreg(curscr, top, bot);
	scrollok(curscr, TRUE);
	wscrl(curscr, k);
	scrollok(curscr, FALSE);
	wsetscrreg(curscr, 0, getmaxy(curscr) - 1);
	return (k);
}
