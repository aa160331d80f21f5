/* Pane lines: kept in order with their pane, the oldest dropped and counted. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "suites.h"
#include "logbuf.h"

/* Lines come back in order, tagged, as copies of what was passed. */
START_TEST(test_order)
{
	struct logbuf	 lb;
	char		 line[16];

	logbuf_init(&lb, 4);
	ck_assert_uint_eq(lb.count, 0);
	snprintf(line, sizeof line, "first");
	logbuf_add(&lb, 1, line);
	snprintf(line, sizeof line, "second");
	logbuf_add(&lb, 0, line);
	logbuf_add(&lb, 7, "");
	/* Changing the caller's buffer does not change the stored line. */
	snprintf(line, sizeof line, "changed");
	ck_assert_uint_eq(lb.count, 3);
	ck_assert_str_eq(logbuf_line(&lb, 0)->text, "first");
	ck_assert_int_eq(logbuf_line(&lb, 0)->tag, 1);
	ck_assert_str_eq(logbuf_line(&lb, 1)->text, "second");
	ck_assert_int_eq(logbuf_line(&lb, 1)->tag, 0);
	ck_assert_str_eq(logbuf_line(&lb, 2)->text, "");
	ck_assert_int_eq(logbuf_line(&lb, 2)->tag, 7);
	ck_assert_ptr_ne(logbuf_line(&lb, 1)->text, line);
	ck_assert(lb.dropped == 0);
	logbuf_free(&lb);
	ck_assert_ptr_null(lb.lines);
	ck_assert_uint_eq(lb.count, 0);
}
END_TEST

/* Capacities to try, and how many lines to add to each (0 up to this). */
static const size_t	 caps[] = { 1, 2, 3, 5, 8 };
#define MAX_ADDS	20

/*
 * For every number of lines added, the buffer holds the newest min(n, cap)
 * in order, with their tags, and counts the rest as dropped.
 */
START_TEST(test_capacity)
{
	struct logbuf	 lb;
	char		 line[32];
	size_t		 cap = caps[_i], n, i, kept;

	for (n = 0; n <= MAX_ADDS; n++) {
		logbuf_init(&lb, cap);
		for (i = 0; i < n; i++) {
			snprintf(line, sizeof line, "line %zu", i);
			logbuf_add(&lb, (int)(i % 3), line);
		}
		kept = n < cap ? n : cap;
		ck_assert_uint_eq(lb.cap, cap);
		ck_assert_uint_eq(lb.count, kept);
		ck_assert(lb.dropped == n - kept);
		for (i = 0; i < kept; i++) {
			snprintf(line, sizeof line, "line %zu", n - kept + i);
			ck_assert_str_eq(logbuf_line(&lb, i)->text, line);
			ck_assert_int_eq(logbuf_line(&lb, i)->tag,
			    (int)((n - kept + i) % 3));
		}
		logbuf_free(&lb);
	}
}
END_TEST

/* The dropped count keeps growing over many wraps of the ring. */
START_TEST(test_many_wraps)
{
	struct logbuf	 lb;
	char		 line[32];
	int		 i;

	logbuf_init(&lb, 3);
	for (i = 0; i < 10000; i++) {
		snprintf(line, sizeof line, "%d", i);
		logbuf_add(&lb, 0, line);
	}
	ck_assert_uint_eq(lb.count, 3);
	ck_assert(lb.dropped == 9997);
	ck_assert_str_eq(logbuf_line(&lb, 0)->text, "9997");
	ck_assert_str_eq(logbuf_line(&lb, 1)->text, "9998");
	ck_assert_str_eq(logbuf_line(&lb, 2)->text, "9999");
	logbuf_free(&lb);
}
END_TEST

Suite *
suite_logbuf(void)
{
	Suite	*s = suite_create("logbuf");
	TCase	*tc = tcase_create("ring");

	tcase_add_test(tc, test_order);
	tcase_add_loop_test(tc, test_capacity, 0, sizeof caps / sizeof caps[0]);
	tcase_add_test(tc, test_many_wraps);
	suite_add_tcase(s, tc);
	return (s);
}
