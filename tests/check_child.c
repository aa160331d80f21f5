/*
 * A child's side of the protocol, on a real renderer process: a frame that
 * can never be valid ends it with the protocol's exit code, even while its
 * page waits in sendSync and handles nothing but the awaited result.
 */
#include "config.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pattern.h"
#include "proc.h"
#include "proto.h"
#include "suites.h"

/* The exit code of a child that got a malformed frame (child.c). */
#define EXIT_PROTOCOL	3

/* Wait up to two seconds for c to end; 1 with its status filled if it did. */
static int
ended(struct child *c)
{
	int	 i;

	for (i = 0; i < 2000; i++) {
		if (waitpid(c->pid, &c->status, WNOHANG) == c->pid)
			return (1);
		usleep(1000);
	}
	return (0);
}

/* Write what is queued to the child, whole. */
static void
flush_all(struct child *c)
{
	int	 i;

	for (i = 0; i < 2000 && c->peer.out.len > 0; i++) {
		ck_assert_int_ne(peer_flush(&c->peer), -1);
		usleep(1000);
	}
	ck_assert_uint_eq(c->peer.out.len, 0);
}

/*
 * The page presses a sendSync button; while it waits for its result, bytes
 * that are no frame arrive: the renderer ends with the protocol's exit code.
 */
START_TEST(test_bad_header_while_blocked)
{
	static const struct proc_start	 start = { 1, 1 };
	struct child			 c;
	struct proto_msg		 m;
	struct msg			 f;
	const char			*err;
	int				 i, got_call = 0;

	ck_assert_int_eq(proc_spawn(&c, &proc_kinds[PROC_RENDERER],
	    ENDPOINT_RENDERER(1), &start), 0);
	proto_msg_init(&m);
	scenario_default(&m.sc);
	m.sc.pattern = pattern_index(&pattern_send_sync);
	proto_send(&c.peer, MSG_CONFIG, ENDPOINT_UI, c.endpoint, 0, &m);
	proto_msg_init(&m);
	m.text = "1, 2, 3";
	m.text_len = 7;
	proto_send(&c.peer, MSG_CLICK, ENDPOINT_UI, c.endpoint, 1, &m);
	flush_all(&c);
	/* The page is blocked once its sendSync has been sent. */
	for (i = 0; i < 2000 && !got_call; i++) {
		peer_read(&c.peer);
		while (peer_next(&c.peer, &f, &err) == 1) {
			got_call |= f.hdr.type == MSG_IPC_SEND_SYNC;
			peer_done(&c.peer, &f);
		}
		usleep(1000);
	}
	ck_assert(got_call);
	buf_append(&c.peer.out, "no frame at all, and never one", 30);
	flush_all(&c);
	ck_assert_msg(ended(&c), "the blocked renderer did not end");
	ck_assert(WIFEXITED(c.status));
	ck_assert_int_eq(WEXITSTATUS(c.status), EXIT_PROTOCOL);
	c.pid = -1;
	peer_close(&c.peer);
}
END_TEST

Suite *
suite_child(void)
{
	Suite	*s = suite_create("child");
	TCase	*tc = tcase_create("protocol");

	tcase_add_test(tc, test_bad_header_while_blocked);
	suite_add_tcase(s, tc);
	return (s);
}
