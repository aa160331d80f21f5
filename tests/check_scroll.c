/*
 * Finding the log rows' move up that curses' line hashing misses (two
 * windows of a curses screen on /dev/null stand for the next and the shown
 * screen), and making it on a curses screen that writes into a pipe.
 */
#include "config.h"

#include <curses.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "suites.h"
#include "screen-scroll.h"

#define ROWS	6
#define COLS_	20

static SCREEN	*scroll_screen;
static WINDOW	*next_win, *shown_win;

/* A curses screen that writes to /dev/null, and the two windows. */
static void
scroll_setup(void)
{
	FILE	*out, *in;

	out = fopen("/dev/null", "w");
	in = fopen("/dev/null", "r");
	ck_assert_ptr_nonnull(out);
	ck_assert_ptr_nonnull(in);
	scroll_screen = newterm("xterm", out, in);
	ck_assert_ptr_nonnull(scroll_screen);
	next_win = newwin(ROWS, COLS_, 0, 0);
	shown_win = newwin(ROWS, COLS_, 0, 0);
	ck_assert_ptr_nonnull(next_win);
	ck_assert_ptr_nonnull(shown_win);
}

/* Fill the rows of win with the texts, one a row. */
static void
scroll_fill(WINDOW *win, const char *const rows[ROWS])
{
	int	 y;

	werase(win);
	for (y = 0; y < ROWS; y++)
		mvwaddstr(win, y, 0, rows[y]);
}

/* A next screen and a shown one, and the move expected between them. */
struct scroll_case {
	const char	*shown[ROWS];
	const char	*next[ROWS];
	int		 top;		/* the region: rows top..ROWS - 1 */
	int		 bold;		/* next's rows starting "a" in bold */
	int		 want;
};

static const struct scroll_case scroll_cases[] = {
	/* The same press again: every row a repeat, moved up one row. */
	{ { "top", "main 6", "renderer 6", "main 6", "renderer 6", "main 6" },
	  { "main 6", "renderer 6", "main 6", "renderer 6", "main 6",
	    "renderer 6" }, 0, 0, 1 },
	/* Only the region's rows count. */
	{ { "top", "main 6", "renderer 6", "main 6", "renderer 6", "main 6" },
	  { "main 6", "renderer 6", "main 6", "renderer 6", "main 6",
	    "renderer 6" }, 2, 0, 1 },
	/* Two new rows at once. */
	{ { "x", "a", "b", "a", "b", "a" }, { "b", "a", "b", "a", "c", "c" },
	  0, 0, 2 },
	/* Distinct rows: curses finds that move itself, so it is left to it. */
	{ { "1", "2", "3", "4", "5", "6" }, { "2", "3", "4", "5", "6", "7" },
	  0, 0, 0 },
	/* Nothing moved. */
	{ { "a", "b", "a", "b", "a", "b" }, { "a", "b", "a", "b", "a", "b" },
	  0, 0, 0 },
	/*
	 * One row edited: also the shown rows moved up four with four new
	 * ones, but that keeps two rows where staying put keeps five.
	 */
	{ { "a", "b", "a", "b", "a", "b" }, { "a", "b", "a", "B", "a", "b" },
	  0, 0, 0 },
	/* A move down is not a log's move: the top row is new. */
	{ { "a", "b", "a", "b", "a", "b" }, { "c", "a", "b", "a", "b", "a" },
	  0, 0, 0 },
	/* Attributes count: the same letters in bold are not the same row. */
	{ { "x", "a", "b", "a", "b", "a" }, { "a", "b", "a", "b", "a", "b" },
	  0, 1, 0 },
	/*
	 * The kept rows repeat, but new rows are unique on both screens at
	 * other rows: curses would move them back after a scroll made here.
	 */
	{ { "p", "q", "r", "a", "a", "a" }, { "a", "a", "a", "p", "q", "r" },
	  0, 0, 0 },
};

/* Each case: the move found is the one expected. */
START_TEST(test_shift_cases)
{
	const struct scroll_case	*c = &scroll_cases[_i];
	int				 y;

	scroll_setup();
	scroll_fill(shown_win, c->shown);
	scroll_fill(next_win, c->next);
	for (y = 0; c->bold && y < ROWS; y++) {
		if (c->next[y][0] == 'a')
			mvwchgat(next_win, y, 0, 1, A_BOLD, 0, NULL);
	}
	ck_assert_int_eq(screen_scroll_shift(next_win, shown_win, c->top,
	    ROWS - 1), c->want);
	endwin();
}
END_TEST

/* Regions outside the windows, or of one row, are refused; cursors stay. */
START_TEST(test_bounds_and_cursors)
{
	static const char *const rows[ROWS] = {
		"a", "b", "a", "b", "a", "b"
	};
	int	 y, x;

	scroll_setup();
	scroll_fill(shown_win, rows);
	scroll_fill(next_win, rows);
	wmove(next_win, 3, 4);
	wmove(shown_win, 1, 2);
	ck_assert_int_eq(screen_scroll_shift(next_win, shown_win, -1, 3), 0);
	ck_assert_int_eq(screen_scroll_shift(next_win, shown_win, 0, ROWS), 0);
	ck_assert_int_eq(screen_scroll_shift(next_win, shown_win, 2, 2), 0);
	ck_assert_int_eq(screen_scroll_shift(next_win, shown_win, 0,
	    ROWS - 1), 0);
	getyx(next_win, y, x);
	ck_assert_int_eq(y, 3);
	ck_assert_int_eq(x, 4);
	getyx(shown_win, y, x);
	ck_assert_int_eq(y, 1);
	ck_assert_int_eq(x, 2);
	endwin();
}
END_TEST

/*
 * A curses screen of ROWS x COLS_ on terminal type term that writes into a
 * pipe, p[0] to read what it wrote without blocking.
 */
static void
scroll_pipe_setup(const char *term, int p[2])
{
	FILE	*out, *in;

	ck_assert_int_eq(pipe(p), 0);
	ck_assert_int_ne(fcntl(p[0], F_SETFL, O_NONBLOCK), -1);
	out = fdopen(p[1], "w");
	in = fopen("/dev/null", "r");
	ck_assert_ptr_nonnull(out);
	ck_assert_ptr_nonnull(in);
	setenv("LINES", "6", 1);
	setenv("COLUMNS", "20", 1);
	ck_assert_ptr_nonnull(newterm(term, out, in));
}

/* Everything the screen wrote since last time, as a string. */
static const char *
scroll_drain(int fd)
{
	static char	 got[8192];
	ssize_t		 n;
	size_t		 len = 0;

	while ((n = read(fd, got + len, sizeof got - 1 - len)) > 0)
		len += (size_t)n;
	got[len] = '\0';
	return (got);
}

/*
 * The same press again on a real curses screen: the scroll written is the
 * region's, the cursor is put back, curscr is moved to match, and the
 * refresh after it draws only the new row.
 */
START_TEST(test_scroll_up_writes)
{
	static const char *const shown[ROWS] = {
		"top", "a", "b", "a", "b", "a"
	};
	static const char *const next[ROWS] = {
		"top", "b", "a", "b", "a", "b"
	};
	char		 want[128], row[COLS_ + 1];
	const char	*got;
	int		 p[2], y, x, y2, x2;

	scroll_pipe_setup("xterm", p);
	scroll_fill(stdscr, shown);
	refresh();
	scroll_drain(p[0]);
	scroll_fill(stdscr, next);
	getyx(curscr, y, x);
	ck_assert_int_eq(screen_scroll_up(p[1], 1, ROWS - 1), 1);
	got = scroll_drain(p[0]);
	/* xterm: csr is \E[top;botr, cup \E[row;colH, ind a newline. */
	snprintf(want, sizeof want, "\033[2;6r\033[6;1H\n\033[1;6r\033[%d;%dH",
	    y + 1, x + 1);
	ck_assert_str_eq(got, want);
	getyx(curscr, y2, x2);
	ck_assert_int_eq(y2, y);
	ck_assert_int_eq(x2, x);
	for (y = 1; y < ROWS - 1; y++) {
		mvwinnstr(curscr, y, 0, row, 1);
		ck_assert_str_eq(row, shown[y + 1]);
	}
	mvwinnstr(curscr, ROWS - 1, 0, row, 1);
	ck_assert_str_eq(row, " ");
	wmove(curscr, y2, x2);
	refresh();
	got = scroll_drain(p[0]);
	ck_assert_ptr_nonnull(strchr(got, 'b'));
	ck_assert_uint_lt(strlen(got), 16);
	endwin();
}
END_TEST

/* A terminal without a scrolling region (vt52) gets nothing from here. */
START_TEST(test_scroll_up_needs_region)
{
	static const char *const shown[ROWS] = {
		"top", "a", "b", "a", "b", "a"
	};
	static const char *const next[ROWS] = {
		"top", "b", "a", "b", "a", "b"
	};
	int	 p[2];

	scroll_pipe_setup("vt52", p);
	scroll_fill(stdscr, shown);
	refresh();
	scroll_drain(p[0]);
	scroll_fill(stdscr, next);
	ck_assert_int_eq(screen_scroll_up(p[1], 1, ROWS - 1), 0);
	ck_assert_str_eq(scroll_drain(p[0]), "");
	endwin();
}
END_TEST

Suite *
suite_scroll(void)
{
	Suite	*s = suite_create("scroll");
	TCase	*tc = tcase_create("shift");

	tcase_add_loop_test(tc, test_shift_cases, 0,
	    sizeof scroll_cases / sizeof scroll_cases[0]);
	tcase_add_test(tc, test_bounds_and_cursors);
	tcase_add_test(tc, test_scroll_up_writes);
	tcase_add_test(tc, test_scroll_up_needs_region);
	suite_add_tcase(s, tc);
	return (s);
}
