/* Frames over real non-blocking pipes: whole, split, several, bad, truncated, back-pressure. */
#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "peer.h"
#include "suites.h"

static int	fds[2];
static struct peer	rx;

/* A fresh pipe: rx reads its read end; the test writes raw bytes to fds[1]. */
static void
setup(void)
{
	ck_assert_int_eq(pipe2(fds, O_NONBLOCK), 0);
	peer_init(&rx, fds[0], -1);
}

/* Close what setup opened. */
static void
teardown(void)
{
	if (fds[1] != -1)
		close(fds[1]);
	peer_close(&rx);
}

/* The bytes of one frame of type with a payload of n bytes of text. */
static size_t
frame(uint8_t *out, uint16_t type, const char *text, size_t n)
{
	struct msg_header	 h = { (uint32_t)(MSG_HEADER_SIZE + n),
				    MSG_VERSION, type, 1, 0, 7 };

	msg_header_put(out, &h);
	memcpy(out + MSG_HEADER_SIZE, text, n);
	return (MSG_HEADER_SIZE + n);
}

/* Write all n bytes into the pipe. */
static void
put(const void *p, size_t n)
{
	ck_assert_int_eq(write(fds[1], p, n), (ssize_t)n);
}

/* The next frame must be there, of type with exactly this payload. */
static void
expect_frame(uint16_t type, const char *text)
{
	struct msg	 m;
	const char	*err = NULL;

	ck_assert_int_eq(peer_next(&rx, &m, &err), 1);
	ck_assert_int_eq(m.hdr.type, type);
	ck_assert_uint_eq(m.hdr.id, 7);
	ck_assert_uint_eq(m.payload_len, strlen(text));
	ck_assert_mem_eq(m.payload, text, strlen(text));
	peer_done(&rx, &m);
}

/* One whole frame in one read. */
START_TEST(test_whole)
{
	uint8_t	 b[64];

	put(b, frame(b, MSG_CLICK, "1, 2, 3", 7));
	ck_assert_int_eq(peer_read(&rx), 0);
	expect_frame(MSG_CLICK, "1, 2, 3");
}
END_TEST

/* A frame split at every byte: nothing comes out until the last byte. */
START_TEST(test_split)
{
	struct msg	 m;
	const char	*err;
	uint8_t		 b[64];
	size_t		 n = frame(b, MSG_CONSOLE_LINE, "hello", 5), i;

	for (i = 0; i < n; i++) {
		ck_assert_int_eq(peer_next(&rx, &m, &err), 0);
		put(b + i, 1);
		ck_assert_int_eq(peer_read(&rx), 0);
	}
	expect_frame(MSG_CONSOLE_LINE, "hello");
	ck_assert_int_eq(peer_next(&rx, &m, &err), 0);
}
END_TEST

/* Several frames arriving in one read come out one by one, in order. */
START_TEST(test_several)
{
	uint8_t	 b[256];
	size_t	 n = 0;

	n += frame(b + n, MSG_CLICK, "a", 1);
	n += frame(b + n, MSG_PUSH, "", 0);
	n += frame(b + n, MSG_CONSOLE_LINE, "third", 5);
	put(b, n);
	ck_assert_int_eq(peer_read(&rx), 0);
	expect_frame(MSG_CLICK, "a");
	expect_frame(MSG_PUSH, "");
	expect_frame(MSG_CONSOLE_LINE, "third");
}
END_TEST

/* An oversize length is refused as soon as the header is there. */
START_TEST(test_oversize)
{
	struct msg_header	 h = { MSG_MAX_FRAME + 1, MSG_VERSION,
				    MSG_CLICK, 0, 0, 0 };
	struct msg		 m;
	uint8_t			 b[MSG_HEADER_SIZE];
	const char		*err = NULL;

	msg_header_put(b, &h);
	put(b, sizeof b);
	peer_read(&rx);
	ck_assert_int_eq(peer_next(&rx, &m, &err), -1);
	ck_assert_str_eq(err, "frame larger than the maximum frame size");
}
END_TEST

/* A bad version is refused. */
START_TEST(test_bad_version)
{
	struct msg	 m;
	uint8_t		 b[64];
	const char	*err = NULL;

	frame(b, MSG_CLICK, "x", 1);
	b[5] = 9;
	put(b, MSG_HEADER_SIZE + 1);
	peer_read(&rx);
	ck_assert_int_eq(peer_next(&rx, &m, &err), -1);
	ck_assert_str_eq(err, "unsupported protocol version");
}
END_TEST

/* The writer closing in the middle of a frame is an error, not a wait. */
START_TEST(test_truncated)
{
	struct msg	 m;
	uint8_t		 b[64];
	const char	*err = NULL;
	size_t		 n = frame(b, MSG_CONSOLE_LINE, "cut short", 9);

	put(b, n - 3);
	close(fds[1]);
	fds[1] = -1;
	/* The bytes come first; the end of file with the next read. */
	ck_assert_int_eq(peer_read(&rx), 0);
	ck_assert_int_eq(peer_read(&rx), -1);
	ck_assert(rx.eof);
	ck_assert_int_eq(peer_next(&rx, &m, &err), -1);
	ck_assert_str_eq(err, "stream ended in the middle of a frame");
}
END_TEST

/*
 * A queue bigger than the pipe: flush writes what fits and keeps the rest;
 * once the reader drains the pipe, the rest follows, every byte intact.
 */
START_TEST(test_back_pressure)
{
	struct peer	 tx;
	struct buf	 pl;
	struct msg	 m;
	const char	*err;
	char		 chunk[1000];
	int		 i, got = 0;

	peer_init(&tx, -1, fds[1]);
	buf_init(&pl);
	for (i = 0; i < 300; i++) {
		memset(chunk, 'a' + i % 26, sizeof chunk);
		buf_clear(&pl);
		buf_append(&pl, chunk, sizeof chunk);
		peer_send(&tx, MSG_CONSOLE_LINE, 1, 0, (uint32_t)i, &pl);
	}
	ck_assert_int_eq(peer_flush(&tx), 0);
	ck_assert_uint_gt(tx.out.len, 0);
	while (got < 300) {
		peer_read(&rx);
		while (peer_next(&rx, &m, &err) == 1) {
			ck_assert_uint_eq(m.hdr.id, (uint32_t)got);
			memset(chunk, 'a' + got % 26, sizeof chunk);
			ck_assert_uint_eq(m.payload_len, sizeof chunk);
			ck_assert_mem_eq(m.payload, chunk, sizeof chunk);
			peer_done(&rx, &m);
			got++;
		}
		ck_assert_int_eq(peer_flush(&tx), 0);
	}
	ck_assert_uint_eq(tx.out.len, 0);
	buf_free(&pl);
	tx.wfd = -1;
	peer_close(&tx);
}
END_TEST

/* Flushing to a pipe whose reader is gone reports it. */
START_TEST(test_reader_gone)
{
	struct peer	 tx;

	signal(SIGPIPE, SIG_IGN);
	peer_init(&tx, -1, fds[1]);
	fds[1] = -1;
	peer_send(&tx, MSG_PUSH, 0, 1, 0, NULL);
	close(rx.rfd);
	rx.rfd = -1;
	ck_assert_int_eq(peer_flush(&tx), -1);
	peer_close(&tx);
}
END_TEST

Suite *
suite_peer(void)
{
	Suite	*s = suite_create("peer");
	TCase	*tc = tcase_create("pipes");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_whole);
	tcase_add_test(tc, test_split);
	tcase_add_test(tc, test_several);
	tcase_add_test(tc, test_oversize);
	tcase_add_test(tc, test_bad_version);
	tcase_add_test(tc, test_truncated);
	tcase_add_test(tc, test_back_pressure);
	tcase_add_test(tc, test_reader_gone);
	suite_add_tcase(s, tc);
	return (s);
}
