/* Screen geometry: two boxes side by side over the keys line, everything on screen. */
#include "config.h"

#include "layout.h"
#include "suites.h"

/* Whether r lies inside a rows x cols screen. */
static int
on_screen(const struct rect *r, int rows, int cols)
{
	return (r->y >= 0 && r->x >= 0 && r->h >= 0 && r->w >= 0 &&
	    r->y + r->h <= rows && r->x + r->w <= cols);
}

/* At 100x30: the renderer on the left, main on the right, keys at the bottom. */
START_TEST(test_100x30)
{
	struct layout	 l;

	ck_assert_int_eq(layout_compute(&l, 30, 100, 16), 0);
	ck_assert_int_eq(l.renderer.x, 0);
	ck_assert_int_eq(l.renderer.w, 50);
	ck_assert_int_eq(l.renderer.h, 29);
	ck_assert_int_eq(l.main.x, 50);
	ck_assert_int_eq(l.main.w, 50);
	ck_assert_int_eq(l.keys.y, 29);
	ck_assert_int_eq(l.button.w, 16);
	ck_assert_int_eq(l.logs[LAYOUT_RENDERER].y, l.logs[LAYOUT_MAIN].y);
	ck_assert_int_eq(l.logs[LAYOUT_RENDERER].h, l.logs[LAYOUT_MAIN].h);
	ck_assert_int_lt(l.logs[LAYOUT_RENDERER].x + l.logs[LAYOUT_RENDERER].w,
	    50);
	ck_assert_int_ge(l.logs[LAYOUT_MAIN].x, 50);
}
END_TEST

/* Below the minimum there is no layout. */
START_TEST(test_too_small)
{
	struct layout	 l;

	ck_assert_int_eq(layout_compute(&l, 30, LAYOUT_MIN_COLS - 1, 16), -1);
	ck_assert_int_eq(layout_compute(&l, LAYOUT_MIN_ROWS - 1, 100, 16), -1);
	ck_assert_int_eq(layout_compute(&l, 6, 20, 16), -1);
	ck_assert_int_eq(layout_compute(&l, LAYOUT_MIN_ROWS, LAYOUT_MIN_COLS,
	    16), 0);
}
END_TEST

/* Every rect of every size from the minimum up is on the screen; a long button leaves room for the reply. */
START_TEST(test_all_sizes)
{
	struct layout	 l;
	int		 rows, cols;

	for (rows = LAYOUT_MIN_ROWS; rows <= 100; rows++) {
		for (cols = LAYOUT_MIN_COLS; cols <= 300; cols++) {
			ck_assert_int_eq(layout_compute(&l, rows, cols, 500), 0);
			ck_assert(on_screen(&l.renderer, rows, cols));
			ck_assert(on_screen(&l.main, rows, cols));
			ck_assert(on_screen(&l.field, rows, cols));
			ck_assert(on_screen(&l.button, rows, cols));
			ck_assert(on_screen(&l.reply, rows, cols));
			ck_assert(on_screen(&l.pattern, rows, cols));
			ck_assert(on_screen(&l.method, rows, cols));
			ck_assert(on_screen(&l.logs[0], rows, cols));
			ck_assert(on_screen(&l.logs[1], rows, cols));
			ck_assert(on_screen(&l.keys, rows, cols));
			ck_assert_int_ge(l.reply.w, LAYOUT_MIN_REPLY - 1);
		}
	}
}
END_TEST

/* rect_contains includes the first cell and excludes the one past the end. */
START_TEST(test_contains)
{
	struct rect	 r = { 2, 3, 1, 4 };

	ck_assert(rect_contains(&r, 2, 3));
	ck_assert(rect_contains(&r, 2, 6));
	ck_assert(!rect_contains(&r, 2, 7));
	ck_assert(!rect_contains(&r, 3, 3));
	ck_assert(!rect_contains(&r, 1, 3));
}
END_TEST

Suite *
suite_layout(void)
{
	Suite	*s = suite_create("layout");
	TCase	*tc = tcase_create("geometry");

	tcase_add_test(tc, test_100x30);
	tcase_add_test(tc, test_too_small);
	tcase_add_test(tc, test_all_sizes);
	tcase_add_test(tc, test_contains);
	suite_add_tcase(s, tc);
	return (s);
}
