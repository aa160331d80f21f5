/* Screen geometry: two boxes side by side over the keys line. */
#include "config.h"

#include "suites.h"
#include "layout.h"

/* Whether r has no negative size and lies inside a rows x cols screen. */
static int
on_screen(const struct rect *r, int rows, int cols)
{
	return (r->y >= 0 && r->x >= 0 && r->h >= 0 && r->w >= 0 &&
	    r->y + r->h <= rows && r->x + r->w <= cols);
}

/* Whether inner lies inside the border of box (one cell in from each side). */
static int
inside_box(const struct rect *inner, const struct rect *box)
{
	return (inner->y >= box->y + 1 && inner->x >= box->x + 1 &&
	    inner->y + inner->h <= box->y + box->h - 1 &&
	    inner->x + inner->w <= box->x + box->w - 1);
}

/* Whether a and b share no cell. */
static int
disjoint(const struct rect *a, const struct rect *b)
{
	return (a->x + a->w <= b->x || b->x + b->w <= a->x ||
	    a->y + a->h <= b->y || b->y + b->h <= a->y);
}

/* Assert that r is exactly { y, x, h, w }. */
static void
assert_rect(const struct rect *r, int y, int x, int h, int w)
{
	ck_assert_int_eq(r->y, y);
	ck_assert_int_eq(r->x, x);
	ck_assert_int_eq(r->h, h);
	ck_assert_int_eq(r->w, w);
}

/* At 100x30: the renderer on the left, main on the right, keys at the bottom. */
START_TEST(test_100x30)
{
	struct layout	 l;

	ck_assert_int_eq(layout_compute(&l, 30, 100, 16, 1), 0);
	assert_rect(&l.renderer, 0, 0, 28, 50);
	assert_rect(&l.main, 0, 50, 28, 50);
	assert_rect(&l.status, 28, 0, 1, 100);
	assert_rect(&l.keys, 29, 0, 1, 100);
	/* Too narrow for the code beside the logs. */
	ck_assert_int_eq(l.split, 0);
	ck_assert_int_eq(l.button.w, 16);
	ck_assert_int_eq(l.button.y, l.reply.y);
	ck_assert_int_gt(l.reply.x, l.button.x + l.button.w - 1);
	ck_assert_int_eq(l.logs[LAYOUT_RENDERER].y, l.logs[LAYOUT_MAIN].y);
	ck_assert_int_eq(l.logs[LAYOUT_RENDERER].h, l.logs[LAYOUT_MAIN].h);
	ck_assert(inside_box(&l.logs[LAYOUT_RENDERER], &l.renderer));
	ck_assert(inside_box(&l.logs[LAYOUT_MAIN], &l.main));
}
END_TEST

/* Below the minimum in either direction there is no layout; at it there is. */
START_TEST(test_too_small)
{
	static const struct {
		int	 rows, cols, ret;
	} cases[] = {
		{ 30, LAYOUT_MIN_COLS - 1, -1 },
		{ LAYOUT_MIN_ROWS - 1, 100, -1 },
		{ LAYOUT_MIN_ROWS - 1, LAYOUT_MIN_COLS - 1, -1 },
		{ 0, 0, -1 },
		{ -1, 300, -1 },
		{ 100, -5, -1 },
		{ LAYOUT_MIN_ROWS, LAYOUT_MIN_COLS, 0 },
		{ LAYOUT_MIN_ROWS, 1000, 0 },
		{ 1000, LAYOUT_MIN_COLS, 0 },
	};
	struct layout	 l;
	size_t		 i;

	ck_assert_int_eq(LAYOUT_MIN_COLS, 60);
	ck_assert_int_eq(LAYOUT_MIN_ROWS, 12);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		ck_assert_msg(layout_compute(&l, cases[i].rows, cases[i].cols,
		    16, 0) == cases[i].ret, "%dx%d", cases[i].cols,
		    cases[i].rows);
}
END_TEST

/* Button widths asked for: narrow, ordinary, wide, and too wide for any screen. */
static const int	 button_widths[] = { 5, 16, 40, 500 };

/*
 * Every size from the minimum up to 300x100: every rect is on the screen,
 * the boxes split the width and sit over the keys line, each box's parts
 * are inside its border, the button and the reply do not overlap, and the
 * reply keeps at least LAYOUT_MIN_REPLY columns, the button shrinking only
 * as far as that needs.
 */
START_TEST(test_all_sizes)
{
	struct layout		 l;
	const struct rect	*all[] = { &l.renderer, &l.field, &l.button,
				    &l.reply, &l.main, &l.pattern, &l.method,
				    &l.logs[0], &l.logs[1], &l.code[0],
				    &l.code[1], &l.status, &l.keys };
	size_t			 i;
	int			 rows, cols, bw = button_widths[_i];

	for (rows = LAYOUT_MIN_ROWS; rows <= 100; rows++) {
		for (cols = LAYOUT_MIN_COLS; cols <= 300; cols++) {
			ck_assert_int_eq(layout_compute(&l, rows, cols, bw,
			    cols % 2), 0);
			for (i = 0; i < sizeof all / sizeof all[0]; i++)
				ck_assert_msg(on_screen(all[i], rows, cols),
				    "rect %zu at %dx%d", i, cols, rows);
			ck_assert_int_eq(l.renderer.x, 0);
			ck_assert_int_eq(l.main.x, l.renderer.w);
			ck_assert_int_eq(l.renderer.w + l.main.w, cols);
			ck_assert_int_le(l.main.w - l.renderer.w, 1);
			ck_assert_int_eq(l.renderer.h, rows - 2);
			ck_assert_int_eq(l.main.h, rows - 2);
			assert_rect(&l.status, rows - 2, 0, 1, cols);
			assert_rect(&l.keys, rows - 1, 0, 1, cols);
			/* The code goes beside the logs from 160 columns, if asked. */
			ck_assert_int_eq(l.split, cols % 2 &&
			    cols >= LAYOUT_SPLIT_COLS);
			if (l.split) {
				ck_assert(inside_box(&l.code[LAYOUT_RENDERER],
				    &l.renderer));
				ck_assert(inside_box(&l.code[LAYOUT_MAIN],
				    &l.main));
				ck_assert(disjoint(&l.code[LAYOUT_RENDERER],
				    &l.logs[LAYOUT_RENDERER]));
				ck_assert(disjoint(&l.code[LAYOUT_MAIN],
				    &l.logs[LAYOUT_MAIN]));
				ck_assert_int_ge(l.code[LAYOUT_MAIN].w, 35);
				ck_assert_int_ge(l.logs[LAYOUT_MAIN].w, 35);
			}
			ck_assert(inside_box(&l.field, &l.renderer));
			ck_assert(inside_box(&l.button, &l.renderer));
			ck_assert(inside_box(&l.reply, &l.renderer));
			ck_assert(inside_box(&l.logs[LAYOUT_RENDERER],
			    &l.renderer));
			ck_assert(inside_box(&l.pattern, &l.main));
			ck_assert(inside_box(&l.method, &l.main));
			ck_assert(inside_box(&l.logs[LAYOUT_MAIN], &l.main));
			ck_assert(disjoint(&l.button, &l.reply));
			ck_assert(disjoint(&l.field, &l.button));
			ck_assert(disjoint(&l.logs[LAYOUT_RENDERER], &l.reply));
			ck_assert_int_gt(l.logs[LAYOUT_RENDERER].h, 0);
			ck_assert_int_ge(l.reply.w, LAYOUT_MIN_REPLY);
			ck_assert(l.button.w == bw || (l.button.w < bw &&
			    l.reply.w == LAYOUT_MIN_REPLY));
		}
	}
}
END_TEST

/* rect_contains includes the first row and column, not the ones past the end. */
START_TEST(test_contains)
{
	static const struct {
		int	 y, x, in;
	} cases[] = {
		{ 2, 3, 1 }, { 2, 6, 1 }, { 3, 3, 1 }, { 3, 6, 1 },
		{ 1, 3, 0 }, { 4, 3, 0 }, { 2, 2, 0 }, { 2, 7, 0 },
		{ 1, 2, 0 }, { 4, 7, 0 }, { -2, -3, 0 },
	};
	struct rect	 r = { 2, 3, 2, 4 }, empty = { 2, 3, 0, 4 };
	size_t		 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		ck_assert_msg(rect_contains(&r, cases[i].y, cases[i].x) ==
		    cases[i].in, "(%d, %d)", cases[i].y, cases[i].x);
		ck_assert(!rect_contains(&empty, cases[i].y, cases[i].x));
	}
}
END_TEST

Suite *
suite_layout(void)
{
	Suite	*s = suite_create("layout");
	TCase	*tc = tcase_create("geometry");

	/* Every size of terminal: seconds under the sanitizers on a busy machine. */
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_100x30);
	tcase_add_test(tc, test_too_small);
	tcase_add_loop_test(tc, test_all_sizes, 0,
	    sizeof button_widths / sizeof button_widths[0]);
	tcase_add_test(tc, test_contains);
	suite_add_tcase(s, tc);
	return (s);
}
