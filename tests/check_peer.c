/* Frames over real non-blocking pipes: whole, split, several, bad, truncated, back-pressure. */
#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "suites.h"
#include "msg.h"
#include "proto.h"
#include "peer.h"

static int		 fds[2];
static struct peer	 rx;

/* A fresh pipe: rx reads its read end; the test writes to fds[1]. */
static void
setup(void)
{
	ck_assert_int_eq(pipe2(fds, O_NONBLOCK), 0);
	peer_init(&rx, fds[0], -1);
}

/* Close what setup opened and the test did not. */
static void
teardown(void)
{
	if (fds[1] != -1)
		close(fds[1]);
	peer_close(&rx);
}

/* Write the bytes of one frame of type, id and n bytes of text to out. */
static size_t
frame(uint8_t *out, uint16_t type, uint32_t id, const char *text, size_t n)
{
	struct msg_header	 h = { (uint32_t)(MSG_HEADER_SIZE + n),
				    MSG_VERSION, type, ENDPOINT_MAIN,
				    ENDPOINT_UI, id };

	msg_header_put(out, &h);
	memcpy(out + MSG_HEADER_SIZE, text, n);
	return (MSG_HEADER_SIZE + n);
}

/* Write all n bytes into the pipe with one write(2). */
static void
put(const void *p, size_t n)
{
	ck_assert_int_eq(write(fds[1], p, n), (ssize_t)n);
}

/* The next frame must be there, of this type and id with exactly this payload. */
static void
expect_frame(uint16_t type, uint32_t id, const char *text)
{
	struct msg	 m;
	const char	*err = NULL;

	ck_assert_int_eq(peer_next(&rx, &m, &err), 1);
	ck_assert_uint_eq(m.hdr.type, type);
	ck_assert_uint_eq(m.hdr.src, ENDPOINT_MAIN);
	ck_assert_uint_eq(m.hdr.dst, ENDPOINT_UI);
	ck_assert_uint_eq(m.hdr.id, id);
	ck_assert_uint_eq(m.hdr.len, MSG_HEADER_SIZE + strlen(text));
	ck_assert_uint_eq(m.payload_len, strlen(text));
	ck_assert_mem_eq(m.payload, text, strlen(text));
	peer_done(&rx, &m);
}

/* No whole frame must be waiting, and no error either. */
static void
expect_nothing(void)
{
	struct msg	 m;
	const char	*err = NULL;

	ck_assert_int_eq(peer_next(&rx, &m, &err), 0);
	ck_assert_ptr_null(err);
}

/*
 * Read until peer_read reports the end of file, as the event loop would after
 * poll wakes it again; the bytes before the end are kept.
 */
static void
read_to_eof(size_t want_len)
{
	int	 i;

	for (i = 0; i < 3 && peer_read(&rx) == 0; i++)
		ck_assert_int_eq(rx.eof, 0);
	ck_assert_int_lt(i, 3);
	ck_assert_int_eq(rx.eof, 1);
	ck_assert_uint_eq(rx.in.len, want_len);
}

/* Frames queued with peer_send and flushed arrive whole, in order, with their fields. */
START_TEST(test_send_flush_read)
{
	struct peer		 tx;
	struct buf		 pl;
	struct msg		 m;
	struct msg_reader	 r;
	const char		*err = NULL;
	char			*s;
	size_t			 len;
	uint32_t		 u32;

	peer_init(&tx, -1, fds[1]);
	fds[1] = -1;
	buf_init(&pl);
	msg_add_string(&pl, "ping", 4);
	msg_add_u32(&pl, 42);
	peer_send(&tx, MSG_IPC_SEND, ENDPOINT_RENDERER(1), ENDPOINT_MAIN, 5,
	    &pl);
	peer_send(&tx, MSG_PUSH, ENDPOINT_UI, ENDPOINT_MAIN, 0, NULL);
	buf_clear(&pl);
	msg_add_u8(&pl, 7);
	peer_send(&tx, MSG_PRESS_DONE, ENDPOINT_MAIN, ENDPOINT_UI, UINT32_MAX,
	    &pl);
	ck_assert_uint_eq(tx.out.len, 3 * MSG_HEADER_SIZE + 12 + 1);
	ck_assert_int_eq(peer_flush(&tx), 0);
	ck_assert_uint_eq(tx.out.len, 0);
	ck_assert_int_eq(peer_read(&rx), 0);
	ck_assert_int_eq(rx.eof, 0);

	ck_assert_int_eq(peer_next(&rx, &m, &err), 1);
	ck_assert_uint_eq(m.hdr.type, MSG_IPC_SEND);
	ck_assert_uint_eq(m.hdr.src, ENDPOINT_RENDERER(1));
	ck_assert_uint_eq(m.hdr.dst, ENDPOINT_MAIN);
	ck_assert_uint_eq(m.hdr.id, 5);
	msg_reader_init(&r, m.payload, m.payload_len);
	ck_assert_int_eq(msg_get_string(&r, &s, &len), 0);
	ck_assert_str_eq(s, "ping");
	free(s);
	ck_assert_int_eq(msg_get_u32(&r, &u32), 0);
	ck_assert_uint_eq(u32, 42);
	ck_assert_int_eq(msg_get_end(&r), 0);
	peer_done(&rx, &m);

	ck_assert_int_eq(peer_next(&rx, &m, &err), 1);
	ck_assert_uint_eq(m.hdr.type, MSG_PUSH);
	ck_assert_uint_eq(m.hdr.src, ENDPOINT_UI);
	ck_assert_uint_eq(m.payload_len, 0);
	peer_done(&rx, &m);

	ck_assert_int_eq(peer_next(&rx, &m, &err), 1);
	ck_assert_uint_eq(m.hdr.type, MSG_PRESS_DONE);
	ck_assert_uint_eq(m.hdr.id, UINT32_MAX);
	ck_assert_uint_eq(m.payload_len, 1);
	ck_assert_uint_eq(m.payload[0], 7);
	peer_done(&rx, &m);

	expect_nothing();
	ck_assert_uint_eq(rx.in.len, 0);
	buf_free(&pl);
	peer_close(&tx);
}
END_TEST

/* One whole frame in one read. */
START_TEST(test_whole)
{
	uint8_t	 b[64];

	expect_nothing();
	put(b, frame(b, MSG_CLICK, 7, "1, 2, 3", 7));
	ck_assert_int_eq(peer_read(&rx), 0);
	expect_frame(MSG_CLICK, 7, "1, 2, 3");
	expect_nothing();
	/* An empty pipe is not an end of file. */
	ck_assert_int_eq(peer_read(&rx), 0);
	ck_assert_int_eq(rx.eof, 0);
}
END_TEST

/* Piece sizes for writing three frames in parts, some straddling two frames. */
static const size_t	 piece_sizes[] = { 1, 2, 5, 15, 16, 17, 23 };

/*
 * Three frames written in pieces of one size, reading between pieces: each
 * frame comes out exactly when its last byte has arrived, not before.
 */
START_TEST(test_split)
{
	static const char *const	 texts[] = { "hello", "", "world!" };
	uint8_t				 b[128];
	size_t				 ends[3], n = 0, sent, piece, i;
	size_t				 next = 0;

	for (i = 0; i < 3; i++) {
		n += frame(b + n, MSG_CONSOLE_LINE, (uint32_t)i, texts[i],
		    strlen(texts[i]));
		ends[i] = n;
	}
	piece = piece_sizes[_i];
	for (sent = 0; sent < n; sent += piece) {
		if (piece > n - sent)
			piece = n - sent;
		put(b + sent, piece);
		ck_assert_int_eq(peer_read(&rx), 0);
		while (next < 3 && ends[next] <= sent + piece) {
			expect_frame(MSG_CONSOLE_LINE, (uint32_t)next,
			    texts[next]);
			next++;
		}
		expect_nothing();
	}
	ck_assert_uint_eq(next, 3);
	ck_assert_uint_eq(rx.in.len, 0);
}
END_TEST

/* Several frames arriving in one read come out one by one, in order. */
START_TEST(test_several)
{
	uint8_t	 b[256];
	size_t	 n = 0;

	n += frame(b + n, MSG_CLICK, 1, "a", 1);
	n += frame(b + n, MSG_PUSH, 2, "", 0);
	n += frame(b + n, MSG_CONSOLE_LINE, 3, "third", 5);
	put(b, n);
	ck_assert_int_eq(peer_read(&rx), 0);
	ck_assert_uint_eq(rx.in.len, n);
	expect_frame(MSG_CLICK, 1, "a");
	expect_frame(MSG_PUSH, 2, "");
	expect_frame(MSG_CONSOLE_LINE, 3, "third");
	expect_nothing();
}
END_TEST

/* Headers that can never be valid, and why. */
static const struct {
	uint32_t	 len;
	uint16_t	 version;
	uint16_t	 type;
	const char	*err;
} bad_headers[] = {
	{ MSG_MAX_FRAME + 1, MSG_VERSION, MSG_CLICK,
	    "frame larger than the maximum frame size" },
	{ 17, 9, MSG_CLICK, "unsupported protocol version" },
	{ 8, MSG_VERSION, MSG_CLICK, "frame length shorter than its header" },
	{ 16, MSG_VERSION, 0x0300, "unknown message type" },
};

/* A bad header is refused as soon as its 16 bytes are there. */
START_TEST(test_bad_header)
{
	struct msg_header	 h;
	struct msg		 m;
	uint8_t			 b[MSG_HEADER_SIZE];
	const char		*err = NULL;

	memset(&h, 0, sizeof h);
	h.len = bad_headers[_i].len;
	h.version = bad_headers[_i].version;
	h.type = bad_headers[_i].type;
	msg_header_put(b, &h);
	/* Fifteen bytes are not enough to judge. */
	put(b, MSG_HEADER_SIZE - 1);
	ck_assert_int_eq(peer_read(&rx), 0);
	expect_nothing();
	put(b + MSG_HEADER_SIZE - 1, 1);
	ck_assert_int_eq(peer_read(&rx), 0);
	ck_assert_int_eq(peer_next(&rx, &m, &err), -1);
	ck_assert_ptr_nonnull(err);
	ck_assert_str_eq(err, bad_headers[_i].err);
}
END_TEST

/* The writer closing in the middle of a frame is an error, not a wait. */
START_TEST(test_truncated)
{
	struct msg	 m;
	uint8_t		 b[64];
	const char	*err = NULL;
	size_t		 n = frame(b, MSG_CONSOLE_LINE, 1, "cut in half", 11);

	put(b, n / 2);
	close(fds[1]);
	fds[1] = -1;
	read_to_eof(n / 2);
	ck_assert_int_eq(peer_next(&rx, &m, &err), -1);
	ck_assert_ptr_nonnull(err);
	ck_assert_str_eq(err, "stream ended in the middle of a frame");
}
END_TEST

/* Any time on the monotonic clock, for the stall tests' fake clock. */
#define T0	((uint64_t)5 * 1000000000)

/*
 * Half a frame and nothing more: overdue exactly PEER_PARTIAL_NS after its
 * last byte came, with how much of it came; new bytes start the wait again;
 * once the frame is whole nothing waits.
 */
START_TEST(test_partial_overdue)
{
	struct msg	 m;
	uint8_t		 b[64];
	const char	*err = NULL;
	size_t		 n = frame(b, MSG_CONSOLE_LINE, 1, "half of it", 10);
	size_t		 have = 0, want = 0;

	ck_assert_uint_eq(peer_partial_since(&rx), 0);
	put(b, 20);
	ck_assert_int_eq(peer_read(&rx), 0);
	expect_nothing();
	peer_stamp(&rx, T0);
	ck_assert_uint_eq(peer_partial_since(&rx), T0);
	ck_assert_int_eq(peer_overdue(&rx, T0 + PEER_PARTIAL_NS - 1, &have,
	    &want), 0);
	ck_assert_int_eq(peer_overdue(&rx, T0 + PEER_PARTIAL_NS, &have,
	    &want), 1);
	ck_assert_uint_eq(have, 20);
	ck_assert_uint_eq(want, n);
	/* A pass with no new byte does not move the start of the wait. */
	peer_stamp(&rx, T0 + 1000);
	ck_assert_uint_eq(peer_partial_since(&rx), T0);
	/* A new byte does. */
	put(b + 20, 1);
	ck_assert_int_eq(peer_read(&rx), 0);
	expect_nothing();
	peer_stamp(&rx, T0 + PEER_PARTIAL_NS);
	ck_assert_int_eq(peer_overdue(&rx, T0 + PEER_PARTIAL_NS, &have,
	    &want), 0);
	ck_assert_int_eq(peer_overdue(&rx, T0 + 2 * PEER_PARTIAL_NS, &have,
	    &want), 1);
	ck_assert_uint_eq(have, 21);
	/* The rest: a whole frame, and nothing waits. */
	put(b + 21, n - 21);
	ck_assert_int_eq(peer_read(&rx), 0);
	ck_assert_int_eq(peer_next(&rx, &m, &err), 1);
	peer_done(&rx, &m);
	peer_stamp(&rx, T0 + 3 * PEER_PARTIAL_NS);
	ck_assert_uint_eq(peer_partial_since(&rx), 0);
	ck_assert_int_eq(peer_overdue(&rx, UINT64_MAX, &have, &want), 0);
}
END_TEST

/* Part of a header: its 16 bytes are what is awaited. */
START_TEST(test_partial_header)
{
	uint8_t	 b[64];
	size_t	 have = 0, want = 0;

	frame(b, MSG_CONSOLE_LINE, 1, "x", 1);
	put(b, 5);
	ck_assert_int_eq(peer_read(&rx), 0);
	expect_nothing();
	peer_stamp(&rx, T0);
	ck_assert_int_eq(peer_overdue(&rx, T0 + PEER_PARTIAL_NS, &have,
	    &want), 1);
	ck_assert_uint_eq(have, 5);
	ck_assert_uint_eq(want, MSG_HEADER_SIZE);
}
END_TEST

/* Whole frames leave nothing waiting; a closed peer has nothing waiting either. */
START_TEST(test_partial_none)
{
	uint8_t	 b[128];
	size_t	 n = 0, have, want;

	n += frame(b + n, MSG_CONSOLE_LINE, 1, "one", 3);
	n += frame(b + n, MSG_CONSOLE_LINE, 2, "two", 3);
	put(b, n);
	ck_assert_int_eq(peer_read(&rx), 0);
	expect_frame(MSG_CONSOLE_LINE, 1, "one");
	expect_frame(MSG_CONSOLE_LINE, 2, "two");
	peer_stamp(&rx, T0);
	ck_assert_uint_eq(peer_partial_since(&rx), 0);
	put(b, 3);
	ck_assert_int_eq(peer_read(&rx), 0);
	peer_stamp(&rx, T0);
	ck_assert_uint_eq(peer_partial_since(&rx), T0);
	peer_close(&rx);
	ck_assert_uint_eq(peer_partial_since(&rx), 0);
	ck_assert_int_eq(peer_overdue(&rx, UINT64_MAX, &have, &want), 0);
}
END_TEST

/*
 * A header that promises more than its frame has swallows the start of the
 * next frame; the header found after it, in the middle of that frame, is
 * refused as soon as its bytes are there.
 */
START_TEST(test_swallowed)
{
	struct msg	 m;
	uint8_t		 b[128];
	const char	*err = NULL;
	size_t		 n = frame(b, MSG_CONSOLE_LINE, 1, "four", 4);

	/* Say 24 bytes, send 20, then a whole frame of 21. */
	msg_header_set_len(b, 24);
	n += frame(b + n, MSG_CONSOLE_LINE, 2, "fifth", 5);
	put(b, 23);
	ck_assert_int_eq(peer_read(&rx), 0);
	expect_nothing();
	put(b + 23, n - 23);
	ck_assert_int_eq(peer_read(&rx), 0);
	ck_assert_int_eq(peer_next(&rx, &m, &err), 1);
	ck_assert_uint_eq(m.hdr.len, 24);
	peer_done(&rx, &m);
	ck_assert_int_eq(peer_next(&rx, &m, &err), -1);
	ck_assert_ptr_nonnull(err);
	ck_assert_str_eq(err, "unknown message type");
}
END_TEST

/* The writer closing between frames is a clean end: the frames before it still count. */
START_TEST(test_clean_end)
{
	uint8_t	 b[64];
	size_t	 n = frame(b, MSG_CONSOLE_LINE, 4, "last", 4);

	put(b, n);
	close(fds[1]);
	fds[1] = -1;
	read_to_eof(n);
	expect_frame(MSG_CONSOLE_LINE, 4, "last");
	expect_nothing();
}
END_TEST

/* The payload byte j of frame i in the back-pressure test. */
static uint8_t
pattern(size_t i, size_t j)
{
	return ((uint8_t)((i * 31 + j * 7) % 251));
}

/*
 * A queue bigger than a 64 KiB pipe: flush writes what fits and keeps the
 * rest; a flush while the pipe is full changes nothing; once the reader
 * drains the pipe the rest follows, every byte intact and in order.
 */
START_TEST(test_back_pressure)
{
	enum { NFRAMES = 300, PAYLOAD = 1000 };
	struct peer	 tx;
	struct buf	 pl;
	struct msg	 m;
	const char	*err;
	uint8_t		 chunk[PAYLOAD];
	size_t		 total = NFRAMES * (MSG_HEADER_SIZE + PAYLOAD);
	size_t		 got = 0, queued, i, j;
	int		 rounds = 0;

	ck_assert_int_eq(fcntl(fds[1], F_SETPIPE_SZ, 65536), 65536);
	peer_init(&tx, -1, fds[1]);
	fds[1] = -1;
	buf_init(&pl);
	for (i = 0; i < NFRAMES; i++) {
		for (j = 0; j < PAYLOAD; j++)
			chunk[j] = pattern(i, j);
		buf_clear(&pl);
		buf_append(&pl, chunk, sizeof chunk);
		peer_send(&tx, MSG_CONSOLE_LINE, ENDPOINT_MAIN, ENDPOINT_UI,
		    (uint32_t)i, &pl);
	}
	buf_free(&pl);
	ck_assert_uint_eq(tx.out.len, total);

	ck_assert_int_eq(peer_flush(&tx), 0);
	queued = tx.out.len;
	ck_assert_uint_gt(queued, 0);
	ck_assert_uint_le(total - queued, 65536);
	/* The pipe is full: another flush writes nothing and keeps everything. */
	ck_assert_int_eq(peer_flush(&tx), 0);
	ck_assert_uint_eq(tx.out.len, queued);
	/* What left the queue is exactly what is in the pipe. */
	ck_assert_int_eq(peer_read(&rx), 0);
	ck_assert_uint_eq(rx.in.len, total - queued);

	for (;;) {
		while (peer_next(&rx, &m, &err) == 1) {
			ck_assert_uint_eq(m.hdr.id, got);
			ck_assert_uint_eq(m.payload_len, PAYLOAD);
			for (j = 0; j < PAYLOAD; j++)
				chunk[j] = pattern(got, j);
			ck_assert_mem_eq(m.payload, chunk, PAYLOAD);
			peer_done(&rx, &m);
			got++;
		}
		if (got == NFRAMES)
			break;
		ck_assert_int_eq(peer_flush(&tx), 0);
		ck_assert_int_eq(peer_read(&rx), 0);
		ck_assert_int_lt(++rounds, 1000);
	}
	ck_assert_uint_eq(tx.out.len, 0);
	ck_assert_uint_eq(rx.in.len, 0);
	peer_close(&tx);
}
END_TEST

/* Flushing to a pipe whose reader is gone reports it instead of waiting. */
START_TEST(test_reader_gone)
{
	struct peer	 tx;

	signal(SIGPIPE, SIG_IGN);
	peer_init(&tx, -1, fds[1]);
	fds[1] = -1;
	peer_send(&tx, MSG_PUSH, ENDPOINT_UI, ENDPOINT_MAIN, 0, NULL);
	close(rx.rfd);
	rx.rfd = -1;
	ck_assert_int_eq(peer_flush(&tx), -1);
	ck_assert_uint_eq(tx.out.len, MSG_HEADER_SIZE);
	peer_close(&tx);
}
END_TEST

/* A frame forwarded to another pipe goes out byte for byte as it came in. */
START_TEST(test_forward)
{
	struct peer	 fwd;
	struct msg	 m;
	const char	*err = NULL;
	uint8_t		 b[64], out[64];
	int		 p2[2];
	size_t		 n = frame(b, MSG_IPC_MESSAGE, 99, "reply", 5);

	ck_assert_int_eq(pipe2(p2, O_NONBLOCK), 0);
	peer_init(&fwd, -1, p2[1]);
	put(b, n);
	ck_assert_int_eq(peer_read(&rx), 0);
	ck_assert_int_eq(peer_next(&rx, &m, &err), 1);
	peer_forward(&fwd, &m);
	peer_done(&rx, &m);
	ck_assert_int_eq(peer_flush(&fwd), 0);
	ck_assert_int_eq(read(p2[0], out, sizeof out), (ssize_t)n);
	ck_assert_mem_eq(out, b, n);
	close(p2[0]);
	peer_close(&fwd);
}
END_TEST

Suite *
suite_peer(void)
{
	Suite	*s = suite_create("peer");
	TCase	*tc = tcase_create("pipes");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_send_flush_read);
	tcase_add_test(tc, test_whole);
	tcase_add_loop_test(tc, test_split, 0,
	    sizeof piece_sizes / sizeof piece_sizes[0]);
	tcase_add_test(tc, test_several);
	tcase_add_loop_test(tc, test_bad_header, 0,
	    sizeof bad_headers / sizeof bad_headers[0]);
	tcase_add_test(tc, test_truncated);
	tcase_add_test(tc, test_clean_end);
	tcase_add_test(tc, test_partial_overdue);
	tcase_add_test(tc, test_partial_header);
	tcase_add_test(tc, test_partial_none);
	tcase_add_test(tc, test_swallowed);
	tcase_add_test(tc, test_back_pressure);
	tcase_add_test(tc, test_reader_gone);
	tcase_add_test(tc, test_forward);
	suite_add_tcase(s, tc);
	return (s);
}
