/* The presses in flight: answered, lost with their process, and never counted twice. */
#include "config.h"

#include "presses.h"
#include "proto.h"
#include "suites.h"

/* Presses count while in flight and stop counting when answered, once. */
START_TEST(test_answered)
{
	static struct presses	 p;

	presses_init(&p);
	presses_add(&p, 1, 1);
	presses_add(&p, 2, 1);
	ck_assert_uint_eq(presses_inflight(&p), 2);
	ck_assert_int_eq(presses_done(&p, 1), 1);
	ck_assert_int_eq(presses_done(&p, 1), 0);
	ck_assert_uint_eq(presses_inflight(&p), 1);
	/* A push main made on its own timer answers no press. */
	ck_assert_int_eq(presses_done(&p, PRESS_TIMED | 2), 0);
	ck_assert_int_eq(presses_done(&p, 3), 0);
	ck_assert_uint_eq(presses_inflight(&p), 1);
}
END_TEST

/* A window that is gone takes its presses with it; main takes them all. */
START_TEST(test_lost)
{
	static struct presses	 p;
	uint32_t		 id;

	presses_init(&p);
	for (id = 1; id <= 300; id++)
		presses_add(&p, id, id % 2 ? 1 : 2);
	ck_assert_uint_eq(presses_inflight(&p), 300);
	presses_lost(&p, 1);
	ck_assert_uint_eq(presses_inflight(&p), 150);
	/* The answer of a lost press, if it comes after all, counts nothing. */
	ck_assert_int_eq(presses_done(&p, 1), 0);
	ck_assert_int_eq(presses_done(&p, 2), 1);
	ck_assert_uint_eq(presses_inflight(&p), 149);
	presses_lost(&p, 0);
	ck_assert_uint_eq(presses_inflight(&p), 0);
}
END_TEST

/* More presses in flight than are tracked: the oldest count as lost, the count stays bounded. */
START_TEST(test_bounded)
{
	static struct presses	 p;
	uint32_t		 id;

	presses_init(&p);
	for (id = 1; id <= PRESSES_MAX + 10; id++)
		presses_add(&p, id, 1);
	ck_assert_uint_eq(presses_inflight(&p), PRESSES_MAX);
	ck_assert_int_eq(presses_done(&p, 5), 0);
	ck_assert_int_eq(presses_done(&p, PRESSES_MAX + 10), 1);
	ck_assert_uint_eq(presses_inflight(&p), PRESSES_MAX - 1);
}
END_TEST

Suite *
suite_presses(void)
{
	Suite	*s = suite_create("presses");
	TCase	*tc = tcase_create("presses");

	tcase_add_test(tc, test_answered);
	tcase_add_test(tc, test_lost);
	tcase_add_test(tc, test_bounded);
	suite_add_tcase(s, tc);
	return (s);
}
