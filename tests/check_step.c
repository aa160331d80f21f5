/* Step mode's queue: order, copies, which frames are held, what the rule says. */
#include "config.h"

#include <string.h>

#include "suites.h"
#include "buf.h"
#include "helpers.h"
#include "proto.h"
#include "step.h"

/* Hold a sample frame of a type from src to dst as record n. */
static void
hold(struct step *st, uint16_t type, uint16_t src, uint16_t dst, uint64_t n)
{
	struct peer		 p;
	struct proto_msg	 m;
	struct msg		 f;

	peer_init(&p, -1, -1);
	sample_msg(type, 1, &m);
	frame_make(&p, type, src, dst, (uint32_t)n, &m, &f);
	step_hold(st, &f, n, dst == ENDPOINT_UI ? 0 : dst, 42);
	proto_msg_free(&m);
	peer_close(&p);
}

/* Frames go in the order they came, as copies, and the queue says which it holds. */
START_TEST(test_order)
{
	const struct step_frame	*sf;
	struct step		 st;
	struct msg		 f;

	step_init(&st);
	ck_assert_ptr_null(step_next(&st, &f));
	hold(&st, MSG_IPC_SEND, ENDPOINT_RENDERER(1), ENDPOINT_MAIN, 4);
	hold(&st, MSG_CONSOLE_LINE, ENDPOINT_MAIN, ENDPOINT_UI, 5);
	hold(&st, MSG_IPC_MESSAGE, ENDPOINT_MAIN, ENDPOINT_RENDERER(1), 7);
	ck_assert_uint_eq(step_held(&st), 3);
	ck_assert(step_is_held(&st, 4));
	ck_assert(step_is_held(&st, 7));
	ck_assert(!step_is_held(&st, 6));
	ck_assert(!step_is_held(&st, 8));
	sf = step_next(&st, &f);
	ck_assert_ptr_nonnull(sf);
	ck_assert_uint_eq(sf->n, 4);
	ck_assert_uint_eq(sf->to, ENDPOINT_MAIN);
	ck_assert_int_eq(sf->pid, 42);
	ck_assert_uint_eq(f.hdr.type, MSG_IPC_SEND);
	ck_assert_uint_eq(f.payload_len, sf->payload_len);
	step_pop(&st);
	ck_assert(!step_is_held(&st, 4));
	sf = step_next(&st, &f);
	ck_assert_uint_eq(sf->n, 5);
	ck_assert_uint_eq(sf->to, 0);
	ck_assert_uint_eq(f.hdr.type, MSG_CONSOLE_LINE);
	step_pop(&st);
	step_pop(&st);
	ck_assert_uint_eq(step_held(&st), 0);
	ck_assert_ptr_null(step_next(&st, &f));
	step_pop(&st);
	step_free(&st);
}
END_TEST

/* A queue never empty, one frame in and one out, keeps to the room of those held. */
START_TEST(test_bounded)
{
	struct step	 st;
	struct msg	 f;
	uint64_t	 n;

	step_init(&st);
	hold(&st, MSG_CONSOLE_LINE, ENDPOINT_MAIN, ENDPOINT_UI, 1);
	for (n = 2; n < 10000; n++) {
		hold(&st, MSG_CONSOLE_LINE, ENDPOINT_MAIN, ENDPOINT_UI, n);
		ck_assert_uint_eq(step_next(&st, &f)->n, n - 1);
		step_pop(&st);
	}
	ck_assert_uint_eq(step_held(&st), 1);
	ck_assert_uint_le(st.alloc, 128);
	ck_assert_uint_le(st.bytes.len, 64);
	step_free(&st);
}
END_TEST

/* The rule's words: nothing when off; the next frame, its direction in either arrow, how many. */
START_TEST(test_describe)
{
	struct step	 st;
	struct buf	 b;

	step_init(&st);
	buf_init(&b);
	step_describe(&st, 1, &b);
	ck_assert_uint_eq(b.len, 0);
	st.on = 1;
	step_describe(&st, 1, &b);
	ck_assert_str_eq(buf_str(&b), "step: nothing held ");
	hold(&st, MSG_IPC_MESSAGE, ENDPOINT_MAIN, ENDPOINT_RENDERER(2), 3);
	hold(&st, MSG_PRESS_DONE, ENDPOINT_RENDERER(2), ENDPOINT_UI, 4);
	buf_clear(&b);
	step_describe(&st, 1, &b);
	ck_assert_str_eq(buf_str(&b),
	    "step: next Main\xe2\x86\x92R2 event.sender.send, 2 held ");
	buf_clear(&b);
	step_describe(&st, 0, &b);
	ck_assert_str_eq(buf_str(&b),
	    "step: next Main->R2 event.sender.send, 2 held ");
	ck_assert(step_silent(MSG_PRESS_DONE));
	ck_assert(!step_silent(MSG_CONSOLE_LINE));
	ck_assert(!step_silent(MSG_IPC_SEND));
	buf_free(&b);
	step_free(&st);
}
END_TEST

/* The suite. */
Suite *
suite_step(void)
{
	Suite	*s = suite_create("step");
	TCase	*tc = tcase_create("queue");

	tcase_add_test(tc, test_order);
	tcase_add_test(tc, test_bounded);
	tcase_add_test(tc, test_describe);
	suite_add_tcase(s, tc);
	return (s);
}
