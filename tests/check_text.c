/*
 * Wrapping text by display width, and what a redraw of the timeline reads:
 * only the rows that show, shown by putting a long line in memory whose
 * other pages cannot be read at all.
 */
#include "config.h"

#include <sys/mman.h>

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "logbuf.h"
#include "pane.h"
#include "suites.h"
#include "ui-text.h"

#define LONG_LINE	(1024 * 1024)	/* bytes: a frame's most */

/* A line of len bytes: numbered words, some wide, and THE-END at the end. */
static char *
make_line(size_t len)
{
	char	*s;
	size_t	 off = 0;
	int	 i = 0;

	if ((s = malloc(len + 1)) == NULL)
		abort();
	while (off + 24 < len) {
		off += (size_t)snprintf(s + off, len + 1 - off,
		    i % 10 == 9 ? "\xe4\xb8\xad\xe6\x96\x87%d " : "w%07d ", i);
		i++;
	}
	while (off < len - 7)
		s[off++] = 'x';
	memcpy(s + off, "THE-END", 8);
	return (s);
}

/* A page-aligned copy of s, unmapped with guard_free; *size gets its mapping's size. */
static char *
guard_copy(const char *s, size_t *size)
{
	size_t	 page = (size_t)sysconf(_SC_PAGESIZE), len = strlen(s) + 1;
	char	*g;

	*size = (len + page - 1) / page * page;
	g = mmap(NULL, *size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
	    -1, 0);
	ck_assert_ptr_ne(g, MAP_FAILED);
	memcpy(g, s, len);
	return (g);
}

/*
 * Let only bytes from..to of the copy g (of size bytes) be read, and the
 * pages they are on: touching any other byte kills the test.
 */
static void
guard_only(char *g, size_t size, size_t from, size_t to)
{
	size_t	 page = (size_t)sysconf(_SC_PAGESIZE);
	size_t	 lo = from / page * page, hi = (to / page + 1) * page;

	ck_assert_int_eq(mprotect(g, size, PROT_READ | PROT_WRITE), 0);
	if (lo > 0)
		ck_assert_int_eq(mprotect(g, lo, PROT_NONE), 0);
	if (hi < size)
		ck_assert_int_eq(mprotect(g + hi, size - hi, PROT_NONE), 0);
}

/* Widths to wrap at: one column (a wide character alone), narrow, a pane's. */
static const int	 widths[] = { 1, 2, 7, 46, 47, 200 };

/*
 * Every row that text_row_start finds from the marks is where wrapping one
 * row at a time from the start puts it, and the rows cover the line.
 */
START_TEST(test_row_start)
{
	char	*line = make_line(20000);
	size_t	*marks, len = strlen(line), off = 0;
	int	 w = widths[_i], rows, r;

	rows = text_rows_marked(line, w, &marks);
	ck_assert_int_eq(rows, text_rows(line, w));
	ck_assert_int_gt(rows, TEXT_MARK_ROWS);
	for (r = 0; r < rows; r++) {
		ck_assert_uint_lt(off, len);
		ck_assert_uint_eq(text_row_start(line, w, marks, r), off);
		/* Row 1 of what is left needs no mark. */
		off += text_row_start(line + off, w, NULL, 1);
	}
	ck_assert_uint_eq(off, len);
	free(marks);
	free(line);
}
END_TEST

/* A line too short for a mark has none. */
START_TEST(test_no_marks)
{
	size_t	*marks = (size_t *)1;

	/* "a", "few", "word", "s": a word too long for a row is cut. */
	ck_assert_int_eq(text_rows_marked("a few words", 4, &marks), 4);
	ck_assert_ptr_null(marks);
	ck_assert_uint_eq(text_row_start("a few words", 4, marks, 2), 6);
	ck_assert_uint_eq(text_row_start("a few words", 4, marks, 3), 10);
	ck_assert_int_eq(text_rows_marked("", 4, &marks), 1);
	ck_assert_ptr_null(marks);
}
END_TEST

/*
 * Chinese breaks between any two characters, but not before a closing
 * comma or after an opening parenthesis; words of ASCII beside it stay whole.
 */
START_TEST(test_break_wide)
{
	/* "一二三四" */
	const char	*four = "\xe4\xb8\x80\xe4\xba\x8c\xe4\xb8\x89\xe5\x9b\x9b";
	/* "一二三，四" */
	const char	*comma = "\xe4\xb8\x80\xe4\xba\x8c\xe4\xb8\x89"
	    "\xef\xbc\x8c\xe5\x9b\x9b";
	/* "按下（F6）" */
	const char	*paren = "\xe6\x8c\x89\xe4\xb8\x8b\xef\xbc\x88" "F6"
	    "\xef\xbc\x89";
	size_t		 next;

	ck_assert_uint_eq(text_break(four, 5, &next), 6);
	ck_assert_uint_eq(next, 6);
	ck_assert_uint_eq(text_break(comma, 6, &next), 6);
	ck_assert_uint_eq(next, 6);
	/* 按下（ fits 6 columns; the row ends before the parenthesis. */
	ck_assert_uint_eq(text_break(paren, 7, &next), 6);
	ck_assert_uint_eq(next, 6);
	/* "ab 中文" in 4 columns: ab, then 中文; "abc中" in 4: abc, then 中. */
	ck_assert_uint_eq(text_break("ab \xe4\xb8\xad\xe6\x96\x87", 4, &next), 2);
	ck_assert_uint_eq(next, 3);
	ck_assert_uint_eq(text_break("abc\xe4\xb8\xad", 4, &next), 3);
	ck_assert_uint_eq(next, 3);
	ck_assert_int_eq(text_rows(comma, 6), 2);
}
END_TEST

/*
 * Finding a row near the end of a 1 MiB line reads from the mark before it
 * to the row: nothing before that mark's page, nothing past the row's page.
 */
START_TEST(test_row_start_reads_little)
{
	char	*line = make_line(LONG_LINE), *g;
	size_t	*marks, size, want, from;
	int	 rows, r, w = 46;

	g = guard_copy(line, &size);
	rows = text_rows_marked(g, w, &marks);
	for (r = rows - 30; r < rows; r++) {
		want = text_row_start(g, w, marks, r);
		from = marks[r / TEXT_MARK_ROWS - 1];
		/* A row is at most w columns of 3-byte characters, and a space. */
		ck_assert_uint_le(want - from, (size_t)TEXT_MARK_ROWS * (3 * w + 1));
		guard_only(g, size, from, want + 3 * w + 1);
		ck_assert_uint_eq(text_row_start(g, w, marks, r), want);
		guard_only(g, size, 0, size - 1);
	}
	free(marks);
	ck_assert_int_eq(munmap(g, size), 0);
	free(line);
}
END_TEST

#define PANE_ROWS	20

/* Both columns of the timeline on a 24x80 screen. */
static const struct rect	 log_cols[2] = {
	{ 0, 0, PANE_ROWS, 40 },	/* LAYOUT_RENDERER */
	{ 0, 40, PANE_ROWS, 40 },	/* LAYOUT_MAIN */
};

/* The text of the screen's rows 0..PANE_ROWS - 1, one after another. */
static void
pane_text(char *out, size_t size)
{
	int	 y;

	out[0] = '\0';
	for (y = 0; y < PANE_ROWS; y++)
		mvinnstr(y, 0, out + strlen(out), 80);
	ck_assert_uint_lt(strlen(out), size);
}

/*
 * Once a 1 MiB line has been drawn, drawing the timeline again reads only
 * the rows that show: the line's other pages are made unreadable, and the
 * second draw shows the same rows, its end at the bottom.
 */
START_TEST(test_redraw_reads_shown_rows)
{
	static char		 before[PANE_ROWS * 81 * 4], after[sizeof before];
	struct logbuf		 lb;
	struct pane_data	 d;
	SCREEN			*sc;
	FILE			*out, *in;
	char			*line = make_line(LONG_LINE), *g;
	size_t			 size, len = strlen(line);

	out = fopen("/dev/null", "w");
	in = fopen("/dev/null", "r");
	ck_assert_ptr_nonnull(out);
	ck_assert_ptr_nonnull(in);
	sc = newterm("xterm", out, in);
	ck_assert_ptr_nonnull(sc);
	logbuf_init(&lb, 8);
	logbuf_add(&lb, LAYOUT_RENDERER, "a renderer line");
	logbuf_add(&lb, LAYOUT_MAIN, "x");
	g = guard_copy(line, &size);
	free(lb.lines[1].text);
	lb.lines[1].text = g;
	logbuf_add(&lb, LAYOUT_RENDERER, "the newest line");
	memset(&d, 0, sizeof d);
	d.log = &lb;

	pane_log.draw(stdscr, log_cols, &d);
	wnoutrefresh(stdscr);
	doupdate();
	pane_text(before, sizeof before);
	ck_assert_ptr_nonnull(strstr(before, "THE-END"));
	ck_assert_ptr_nonnull(strstr(before, "the newest line"));
	ck_assert_ptr_null(strstr(before, "a renderer line"));

	/* The rows that show are the last ones: at most 64 rows of 40 columns. */
	guard_only(g, size, len - 64 * (3 * 40 + 1), size - 1);
	erase();
	pane_log.draw(stdscr, log_cols, &d);
	pane_text(after, sizeof after);
	ck_assert_str_eq(after, before);

	guard_only(g, size, 0, size - 1);
	lb.lines[1].text = NULL;
	ck_assert_int_eq(munmap(g, size), 0);
	logbuf_free(&lb);
	endwin();
	delscreen(sc);
	fclose(out);
	fclose(in);
	free(line);
}
END_TEST

Suite *
suite_text(void)
{
	Suite	*s = suite_create("text");
	TCase	*tc = tcase_create("wrap");

	/* Lines of 20,000 bytes and more, wrapped: seconds under the sanitizers. */
	tcase_set_timeout(tc, 60);

	tcase_add_loop_test(tc, test_row_start, 0,
	    sizeof widths / sizeof widths[0]);
	tcase_add_test(tc, test_no_marks);
	tcase_add_test(tc, test_break_wide);
	tcase_add_test(tc, test_row_start_reads_little);
	tcase_add_test(tc, test_redraw_reads_shown_rows);
	suite_add_tcase(s, tc);
	return (s);
}
