/*
 * Finding the log rows' move up that curses' line hashing misses: two
 * windows of a curses screen on /dev/null stand for the next and the shown
 * screen.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>

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

Suite *
suite_scroll(void)
{
	Suite	*s = suite_create("scroll");
	TCase	*tc = tcase_create("shift");

	tcase_add_loop_test(tc, test_shift_cases, 0,
	    sizeof scroll_cases / sizeof scroll_cases[0]);
	tcase_add_test(tc, test_bounds_and_cursors);
	suite_add_tcase(s, tc);
	return (s);
}
