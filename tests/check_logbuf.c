/* Pane lines: kept in order with their pane, the oldest dropped and counted. */
#include "config.h"

#include <stdio.h>

#include "logbuf.h"
#include "suites.h"

/* Lines come back in order, tagged, as copies. */
START_TEST(test_order)
{
	struct logbuf	 lb;
	char		 line[16] = "first";

	logbuf_init(&lb, 4);
	logbuf_add(&lb, 1, line);
	snprintf(line, sizeof line, "second");
	logbuf_add(&lb, 0, line);
	ck_assert_uint_eq(lb.count, 2);
	ck_assert_str_eq(logbuf_line(&lb, 0)->text, "first");
	ck_assert_int_eq(logbuf_line(&lb, 0)->tag, 1);
	ck_assert_str_eq(logbuf_line(&lb, 1)->text, "second");
	ck_assert_int_eq(logbuf_line(&lb, 1)->tag, 0);
	ck_assert(lb.dropped == 0);
	logbuf_free(&lb);
}
END_TEST

/* A full buffer lets the oldest lines go and counts them. */
START_TEST(test_drop)
{
	struct logbuf	 lb;
	char		 line[16];
	int		 i;

	logbuf_init(&lb, 3);
	for (i = 0; i < 10; i++) {
		snprintf(line, sizeof line, "line %d", i);
		logbuf_add(&lb, i % 2, line);
	}
	ck_assert_uint_eq(lb.count, 3);
	ck_assert(lb.dropped == 7);
	for (i = 0; i < 3; i++) {
		snprintf(line, sizeof line, "line %d", 7 + i);
		ck_assert_str_eq(logbuf_line(&lb, i)->text, line);
		ck_assert_int_eq(logbuf_line(&lb, i)->tag, (7 + i) % 2);
	}
	logbuf_free(&lb);
}
END_TEST

Suite *
suite_logbuf(void)
{
	Suite	*s = suite_create("logbuf");
	TCase	*tc = tcase_create("ring");

	tcase_add_test(tc, test_order);
	tcase_add_test(tc, test_drop);
	suite_add_tcase(s, tc);
	return (s);
}
