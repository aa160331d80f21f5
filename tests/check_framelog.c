/* The frame log: numbers, the ring and the arena, answers linked to requests, methods and calls. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "framelog.h"
#include "helpers.h"
#include "proto.h"
#include "reply.h"

#define R(w)	ENDPOINT_RENDERER(w)

/* The log the tests share, started and freed around each test. */
static struct framelog	 fl;
/* Where framelog_get puts the record asked for. */
static struct framelog_rec rec;

/* Start an empty log. */
static void
setup(void)
{
	framelog_init(&fl);
}

/* Free it. */
static void
teardown(void)
{
	framelog_free(&fl);
}

/*
 * Record the sample message of a type from src to dst with id at t_ns: an
 * ipc-message sent by reply method variant, an invoke result resolved
 * (variant 1) or rejected (0).  Its number.
 */
static uint64_t
put(uint16_t type, uint16_t src, uint16_t dst, uint32_t id, uint64_t t_ns,
    enum framelog_verdict verdict, uint8_t variant)
{
	struct peer		 p;
	struct msg		 f;
	struct proto_msg	 m;
	uint64_t		 n;

	peer_init(&p, -1, -1);
	sample_msg(type, 1, &m);
	if (type == MSG_IPC_MESSAGE)
		m.reply = variant;
	if (type == MSG_IPC_INVOKE_RESULT && variant == 0) {
		proto_msg_free(&m);
		proto_msg_init(&m);
		m.page = 1;
		m.text = "Error: boom";
		m.text_len = strlen(m.text);
	}
	frame_make(&p, type, src, dst, id, &m, &f);
	n = framelog_record(&fl, t_ns, &f, verdict,
	    verdict == FRAMELOG_DELIVERED ? NULL : "a reason",
	    framelog_method(type, &m), NULL);
	proto_msg_free(&m);
	peer_close(&p);
	return (n);
}

/* A console line from main with a text of n bytes, for payloads of known size. */
static void
line_frame(struct peer *p, size_t n, char fill, struct msg *f)
{
	struct proto_msg	 m;
	char			*text;

	text = malloc(n);
	ck_assert_ptr_nonnull(text);
	memset(text, fill, n);
	proto_msg_init(&m);
	m.text = text;
	m.text_len = n;
	frame_make(p, MSG_CONSOLE_LINE, ENDPOINT_MAIN, ENDPOINT_UI, 0, &m, f);
	free(text);
}

/* Records are numbered from 1 and keep the header, time, size, verdict and payload. */
START_TEST(test_numbering)
{
	const struct framelog_rec	*r;
	struct peer			 p;
	struct msg			 f;
	struct proto_msg		 m;

	ck_assert_uint_eq(framelog_first(&fl), 0);
	ck_assert_ptr_null(framelog_get(&fl, 0, &rec));
	ck_assert_ptr_null(framelog_get(&fl, 1, &rec));
	peer_init(&p, -1, -1);
	sample_msg(MSG_IPC_SEND, 7, &m);
	frame_make(&p, MSG_IPC_SEND, R(2), ENDPOINT_MAIN, 42, &m, &f);
	ck_assert_uint_eq(framelog_record(&fl, 1000, &f, FRAMELOG_DELIVERED,
	    NULL, METHOD_SEND, NULL), 1);
	r = framelog_get(&fl, 1, &rec);
	ck_assert_ptr_nonnull(r);
	ck_assert_uint_eq(r->t_ns, 1000);
	ck_assert_uint_eq(r->from, R(2));
	ck_assert_uint_eq(r->to, ENDPOINT_MAIN);
	ck_assert_uint_eq(r->type, MSG_IPC_SEND);
	ck_assert_uint_eq(r->id, 42);
	ck_assert_uint_eq(r->size, f.payload_len);
	ck_assert_uint_eq(r->kept, f.payload_len);
	ck_assert_int_eq(r->verdict, FRAMELOG_DELIVERED);
	ck_assert_ptr_null(r->why);
	ck_assert_int_eq(r->method, METHOD_SEND);
	ck_assert_mem_eq(framelog_payload(&fl, r), f.payload, f.payload_len);
	proto_msg_free(&m);
	peer_close(&p);

	ck_assert_uint_eq(put(MSG_CONSOLE_LINE, ENDPOINT_MAIN, ENDPOINT_UI, 0,
	    2000, FRAMELOG_DELIVERED, 0), 2);
	ck_assert_uint_eq(put(MSG_IPC_MESSAGE, ENDPOINT_MAIN, R(1), 5, 3000,
	    FRAMELOG_DROPPED, 0), 3);
	r = framelog_get(&fl, 3, &rec);
	ck_assert_int_eq(r->verdict, FRAMELOG_DROPPED);
	ck_assert_str_eq(r->why, "a reason");
	ck_assert_uint_eq(fl.count, 3);
	ck_assert_uint_eq(framelog_first(&fl), 1);
	ck_assert_uint_eq(framelog_dropped(&fl), 0);
	ck_assert_ptr_null(framelog_get(&fl, 4, &rec));
}
END_TEST

/* A clear lets every record go; numbers go on, and an answer after it still finds its request. */
START_TEST(test_clear)
{
	const struct framelog_rec	*r;
	uint64_t			 req;

	req = put(MSG_IPC_SEND, R(1), ENDPOINT_MAIN, 9, 1000,
	    FRAMELOG_DELIVERED, 0);
	put(MSG_CONSOLE_LINE, ENDPOINT_MAIN, ENDPOINT_UI, 0, 2000,
	    FRAMELOG_DELIVERED, 0);
	framelog_clear(&fl);
	ck_assert_uint_eq(framelog_first(&fl), 0);
	ck_assert_uint_eq(framelog_dropped(&fl), 0);
	ck_assert_ptr_null(framelog_get(&fl, req, &rec));
	ck_assert_ptr_null(framelog_get(&fl, 2, &rec));
	ck_assert_uint_eq(put(MSG_IPC_MESSAGE, ENDPOINT_MAIN, R(1), 9, 5000,
	    FRAMELOG_DELIVERED, REPLY_EVENT_REPLY), 3);
	ck_assert_uint_eq(framelog_first(&fl), 3);
	r = framelog_get(&fl, 3, &rec);
	ck_assert_ptr_nonnull(r);
	ck_assert_uint_eq(framelog_request(r, 3), req);
	ck_assert_uint_eq(r->latency_ns, 4000);
}
END_TEST

/* Full, the ring lets the oldest go, counts them, and keeps the newest in order. */
START_TEST(test_ring)
{
	const struct framelog_rec	*r;
	struct peer			 p;
	struct msg			 f;
	uint64_t			 n, extra = 5;

	peer_init(&p, -1, -1);
	line_frame(&p, 10, 'x', &f);
	for (n = 1; n <= FRAMELOG_RECORDS + extra; n++) {
		f.hdr.id = (uint32_t)n;
		ck_assert_uint_eq(framelog_record(&fl, n, &f,
		    FRAMELOG_DELIVERED, NULL, METHOD_CONSOLE_LINE, NULL), n);
		if (n == FRAMELOG_RECORDS)
			ck_assert_uint_eq(framelog_dropped(&fl), 0);
	}
	ck_assert_uint_eq(framelog_dropped(&fl), extra);
	ck_assert_uint_eq(framelog_first(&fl), extra + 1);
	ck_assert_ptr_null(framelog_get(&fl, extra, &rec));
	for (n = extra + 1; n <= FRAMELOG_RECORDS + extra; n++) {
		r = framelog_get(&fl, n, &rec);
		ck_assert_ptr_nonnull(r);
		ck_assert_uint_eq(r->id, n);
		ck_assert_uint_eq(r->t_ns, n);
	}
	ck_assert_ptr_null(framelog_get(&fl, FRAMELOG_RECORDS + extra + 1, &rec));
	peer_close(&p);
}
END_TEST

/* A payload past FRAMELOG_KEEP keeps its first bytes and its whole size. */
START_TEST(test_payload_cap)
{
	const struct framelog_rec	*r;
	struct peer			 p;
	struct msg			 f;

	peer_init(&p, -1, -1);
	line_frame(&p, 3 * FRAMELOG_KEEP, 'y', &f);
	framelog_record(&fl, 0, &f, FRAMELOG_DELIVERED, NULL,
	    METHOD_CONSOLE_LINE, NULL);
	r = framelog_get(&fl, 1, &rec);
	ck_assert_uint_eq(r->size, f.payload_len);
	ck_assert_uint_eq(r->kept, FRAMELOG_KEEP);
	ck_assert_mem_eq(framelog_payload(&fl, r), f.payload, FRAMELOG_KEEP);
	peer_close(&p);
}
END_TEST

/*
 * The arena keeps the newest payloads whole, never split at its end: an
 * old payload that newer ones took the place of is gone, not garbled.
 */
START_TEST(test_arena)
{
	const struct framelog_rec	*r;
	struct peer			 p;
	struct msg			 f;
	uint64_t			 n, total;
	size_t				 size = 3000;

	peer_init(&p, -1, -1);
	/* Enough 3000-byte payloads to go round the arena twice. */
	total = 2 * FRAMELOG_ARENA / size + 3;
	for (n = 1; n <= total; n++) {
		line_frame(&p, size - 4, (char)('a' + n % 26), &f);
		framelog_record(&fl, n, &f, FRAMELOG_DELIVERED, NULL,
		    METHOD_CONSOLE_LINE, NULL);
		r = framelog_get(&fl, n, &rec);
		ck_assert_ptr_nonnull(framelog_payload(&fl, r));
		ck_assert_mem_eq(framelog_payload(&fl, r), f.payload, size);
	}
	ck_assert_ptr_null(framelog_payload(&fl, framelog_get(&fl, 1, &rec)));
	ck_assert_ptr_null(framelog_payload(&fl, framelog_get(&fl,
	    total - FRAMELOG_ARENA / size - 1, &rec)));
	/* Every payload still kept is its own. */
	for (n = 1; n <= total; n++) {
		r = framelog_get(&fl, n, &rec);
		if (framelog_payload(&fl, r) == NULL)
			continue;
		ck_assert_uint_eq(framelog_payload(&fl, r)[4],
		    (uint8_t)('a' + n % 26));
		ck_assert_uint_eq(framelog_payload(&fl, r)[size - 1],
		    (uint8_t)('a' + n % 26));
	}
	peer_close(&p);
}
END_TEST

/* An answer names the number of its request and the time since it. */
static void
assert_answers(uint64_t answer, uint64_t request, uint64_t latency)
{
	const struct framelog_rec	*r = framelog_get(&fl, answer, &rec);

	ck_assert_uint_eq(framelog_request(r, answer), request);
	ck_assert_uint_eq(r->latency_ns, request != 0 ? latency : 0);
}

/*
 * A record is 24 bytes in the ring (a request waiting 16) and comes back whole: a time past 32
 * bits, a renderer's endpoint, one no process has, distinct reasons.
 */
START_TEST(test_compact)
{
	const struct framelog_rec	*r;
	struct peer			 p;
	struct msg			 f;
	static const char		 why1[] = "one", why2[] = "two";
	uint64_t			 t = (1ull << 47) + 5;

	ck_assert_uint_eq(sizeof(struct framelog_slot), 24);
	ck_assert_uint_eq(sizeof(struct framelog_pending), 16);
	/* A slot has two bits for the verdict and five for the method. */
	ck_assert_uint_lt(FRAMELOG_UNHEARD, 4);
	ck_assert_uint_le(METHOD_COUNT, 32);
	peer_init(&p, -1, -1);
	line_frame(&p, 10, 'x', &f);
	f.hdr.src = R(3);
	f.hdr.dst = 0x7777;
	framelog_record(&fl, t, &f, FRAMELOG_DROPPED, why1,
	    METHOD_CONSOLE_LINE, NULL);
	framelog_record(&fl, t + 1, &f, FRAMELOG_REJECTED, why2,
	    METHOD_UNKNOWN, NULL);
	r = framelog_get(&fl, 1, &rec);
	ck_assert_uint_eq(r->t_ns, t);
	ck_assert_uint_eq(r->from, R(3));
	ck_assert_uint_eq(r->to, 0xffff);
	ck_assert_uint_eq(r->type, MSG_CONSOLE_LINE);
	ck_assert_uint_eq(r->size, f.payload_len);
	ck_assert_uint_eq(r->verdict, FRAMELOG_DROPPED);
	ck_assert_ptr_eq(r->why, why1);
	r = framelog_get(&fl, 2, &rec);
	ck_assert_uint_eq(r->t_ns, t + 1);
	ck_assert_uint_eq(r->verdict, FRAMELOG_REJECTED);
	ck_assert_uint_eq(r->method, METHOD_UNKNOWN);
	ck_assert_ptr_eq(r->why, why2);
	peer_close(&p);
}
END_TEST

/*
 * A payload like the last of its method shares its copy: the ring full of
 * one press's frames keeps every payload in a few bytes of the arena; one
 * that differs has its own.
 */
START_TEST(test_shared)
{
	const struct framelog_rec	*r;
	struct peer			 p;
	struct msg			 f, g;
	uint64_t			 n;

	peer_init(&p, -1, -1);
	line_frame(&p, 40, 'a', &f);
	for (n = 1; n <= FRAMELOG_RECORDS; n++)
		framelog_record(&fl, n, &f, FRAMELOG_DELIVERED, NULL,
		    METHOD_CONSOLE_LINE, NULL);
	ck_assert_uint_eq(fl.arena_pos, f.payload_len);
	for (n = 1; n <= FRAMELOG_RECORDS; n += 999) {
		r = framelog_get(&fl, n, &rec);
		ck_assert_ptr_nonnull(framelog_payload(&fl, r));
		ck_assert_mem_eq(framelog_payload(&fl, r), f.payload,
		    f.payload_len);
	}
	line_frame(&p, 40, 'b', &g);
	framelog_record(&fl, n, &g, FRAMELOG_DELIVERED, NULL,
	    METHOD_CONSOLE_LINE, NULL);
	ck_assert_uint_eq(fl.arena_pos, f.payload_len + g.payload_len);
	r = framelog_get(&fl, fl.count, &rec);
	ck_assert_mem_eq(framelog_payload(&fl, r), g.payload, g.payload_len);
	peer_close(&p);
}
END_TEST

/*
 * Each frame keeps its reason while the log has room for their kinds; past
 * it, a frame says that its reason was not kept, and never shows another's.
 */
START_TEST(test_reasons)
{
	static const char	 reasons[FRAMELOG_WHYS + 2][8] = {
		"r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9",
		"r10", "r11", "r12", "r13", "r14", "r15", "r16"
	};
	struct peer		 p;
	struct msg		 f;
	struct proto_msg	 m;
	uint64_t		 n[FRAMELOG_WHYS + 2];
	int			 i;

	peer_init(&p, -1, -1);
	for (i = 0; i < FRAMELOG_WHYS + 2; i++) {
		sample_msg(MSG_IPC_SEND, 1, &m);
		frame_make(&p, MSG_IPC_SEND, R(1), ENDPOINT_MAIN, 1, &m, &f);
		n[i] = framelog_record(&fl, 10, &f, FRAMELOG_DROPPED,
		    reasons[i], METHOD_SEND, NULL);
		proto_msg_free(&m);
	}
	for (i = 0; i < FRAMELOG_WHYS + 2; i++) {
		framelog_get(&fl, n[i], &rec);
		if (i < FRAMELOG_WHYS - 1)
			ck_assert_str_eq(rec.why, reasons[i]);
		else
			ck_assert_str_eq(rec.why, "a reason the frame log did "
			    "not keep (too many kinds)");
	}
	/* A kind kept goes on being told. */
	framelog_get(&fl, n[3], &rec);
	ck_assert_str_eq(rec.why, "r3");
	peer_close(&p);
}
END_TEST

/* The record framelog_record gives whole is the one framelog_get gives back. */
START_TEST(test_whole)
{
	struct framelog_rec	 whole;
	struct peer		 p;
	struct msg		 f;
	struct proto_msg	 m;
	uint64_t		 n;
	int			 i;

	peer_init(&p, -1, -1);
	for (i = 0; i < 2; i++) {
		sample_msg(i == 0 ? MSG_IPC_SEND : MSG_IPC_MESSAGE, 1, &m);
		frame_make(&p, i == 0 ? MSG_IPC_SEND : MSG_IPC_MESSAGE,
		    i == 0 ? R(2) : ENDPOINT_MAIN, i == 0 ? ENDPOINT_MAIN : R(2),
		    9, &m, &f);
		/* Their padding alike, the two compare byte for byte. */
		memset(&whole, 0, sizeof whole);
		memset(&rec, 0, sizeof rec);
		n = framelog_record(&fl, 100 + 50 * (uint64_t)i, &f,
		    FRAMELOG_DELIVERED, NULL, framelog_method(f.hdr.type, &m),
		    &whole);
		proto_msg_free(&m);
		framelog_get(&fl, n, &rec);
		ck_assert_mem_eq(&whole, &rec, sizeof rec);
	}
	ck_assert_uint_eq(whole.answers, 1);
	ck_assert_uint_eq(whole.latency_ns, 50);
	peer_close(&p);
}
END_TEST

/*
 * An answer is linked while its request is in the ring, and its latency
 * is known while the request's record is there; after, a '?'.
 */
START_TEST(test_link_in_ring)
{
	const struct framelog_rec	*r;
	struct peer			 p;
	struct msg			 f;
	uint64_t			 req, answer, n;

	peer_init(&p, -1, -1);
	line_frame(&p, 10, 'x', &f);
	req = put(MSG_IPC_SEND, R(1), ENDPOINT_MAIN, 7, 1000,
	    FRAMELOG_DELIVERED, 0);
	for (n = 0; n < FRAMELOG_RECORDS - 2; n++)
		framelog_record(&fl, 2000, &f, FRAMELOG_DELIVERED, NULL,
		    METHOD_CONSOLE_LINE, NULL);
	answer = put(MSG_IPC_MESSAGE, ENDPOINT_MAIN, R(1), 7, 5000,
	    FRAMELOG_DELIVERED, 0);
	assert_answers(answer, req, 4000);
	framelog_record(&fl, 6000, &f, FRAMELOG_DELIVERED, NULL,
	    METHOD_CONSOLE_LINE, NULL);
	r = framelog_get(&fl, answer, &rec);
	ck_assert_uint_eq(framelog_request(r, answer), req);
	ck_assert_uint_eq(r->latency_ns, FRAMELOG_NO_LATENCY);
	/* One a whole ring after its request is not linked. */
	req = put(MSG_IPC_SEND, R(1), ENDPOINT_MAIN, 8, 7000,
	    FRAMELOG_DELIVERED, 0);
	for (n = 0; n < FRAMELOG_RECORDS; n++)
		framelog_record(&fl, 8000, &f, FRAMELOG_DELIVERED, NULL,
		    METHOD_CONSOLE_LINE, NULL);
	answer = put(MSG_IPC_MESSAGE, ENDPOINT_MAIN, R(1), 8, 9000,
	    FRAMELOG_DELIVERED, 0);
	assert_answers(answer, 0, 0);
	peer_close(&p);
}
END_TEST

/*
 * Each kind of answer is linked to the call of its kind with its id from
 * the window it goes to, once; win.webContents.send to the send of any
 * window.
 */
START_TEST(test_links)
{
	uint64_t	 send, invoke, sync, send2, a;

	send = put(MSG_IPC_SEND, R(1), ENDPOINT_MAIN, 1, 100,
	    FRAMELOG_DELIVERED, 0);
	invoke = put(MSG_IPC_INVOKE, R(1), ENDPOINT_MAIN, 2, 200,
	    FRAMELOG_DELIVERED, 0);
	sync = put(MSG_IPC_SEND_SYNC, R(2), ENDPOINT_MAIN, 3, 300,
	    FRAMELOG_DELIVERED, 0);
	send2 = put(MSG_IPC_SEND, R(2), ENDPOINT_MAIN, 4, 400,
	    FRAMELOG_DELIVERED, 0);
	/* Lines between them link to nothing. */
	a = put(MSG_CONSOLE_LINE, ENDPOINT_MAIN, ENDPOINT_UI, 1, 450,
	    FRAMELOG_DELIVERED, 0);
	assert_answers(a, 0, 0);
	/* The wrong kind, or the wrong window, finds nothing. */
	a = put(MSG_IPC_INVOKE_RESULT, ENDPOINT_MAIN, R(1), 1, 500,
	    FRAMELOG_DELIVERED, 1);
	assert_answers(a, 0, 0);
	a = put(MSG_IPC_MESSAGE, ENDPOINT_MAIN, R(2), 1, 510,
	    FRAMELOG_DELIVERED, REPLY_EVENT_REPLY);
	assert_answers(a, 0, 0);
	a = put(MSG_IPC_MESSAGE, ENDPOINT_MAIN, R(1), 1, 600,
	    FRAMELOG_DELIVERED, REPLY_EVENT_REPLY);
	assert_answers(a, send, 500);
	/* Answered once: a second reply links to nothing. */
	a = put(MSG_IPC_MESSAGE, ENDPOINT_MAIN, R(1), 1, 650,
	    FRAMELOG_DELIVERED, REPLY_SENDER_SEND);
	assert_answers(a, 0, 0);
	a = put(MSG_IPC_INVOKE_RESULT, ENDPOINT_MAIN, R(1), 2, 1200,
	    FRAMELOG_DELIVERED, 0);
	assert_answers(a, invoke, 1000);
	/* A dropped answer (its page is gone) still answers. */
	a = put(MSG_IPC_SYNC_RESULT, ENDPOINT_MAIN, R(2), 3, 300,
	    FRAMELOG_DROPPED, 0);
	assert_answers(a, sync, 0);
	/* webContents.send goes to the first window, whoever sent. */
	a = put(MSG_IPC_MESSAGE, ENDPOINT_MAIN, R(1), 4, 1400,
	    FRAMELOG_DELIVERED, REPLY_WEBCONTENTS);
	assert_answers(a, send2, 1000);
}
END_TEST

/* A request that was not delivered waits for no answer; a refused answer answers nothing. */
START_TEST(test_links_not_delivered)
{
	uint64_t	 send, a;

	put(MSG_IPC_SEND, R(1), ENDPOINT_MAIN, 1, 100, FRAMELOG_DROPPED, 0);
	a = put(MSG_IPC_MESSAGE, ENDPOINT_MAIN, R(1), 1, 200,
	    FRAMELOG_DELIVERED, REPLY_EVENT_REPLY);
	assert_answers(a, 0, 0);
	send = put(MSG_IPC_INVOKE, R(3), ENDPOINT_MAIN, 2, 100,
	    FRAMELOG_DELIVERED, 0);
	a = put(MSG_IPC_INVOKE_RESULT, ENDPOINT_MAIN, R(3), 2, 200,
	    FRAMELOG_REJECTED, 1);
	assert_answers(a, 0, 0);
	/* The refused answer did not take the request. */
	a = put(MSG_IPC_INVOKE_RESULT, ENDPOINT_MAIN, R(3), 2, 250,
	    FRAMELOG_DELIVERED, 1);
	assert_answers(a, send, 150);
}
END_TEST

/*
 * Requests never answered (one-way sends) are capped: past
 * FRAMELOG_PENDING the oldest are let go and counted; the newer ones are
 * still linked.
 */
START_TEST(test_unanswered_cap)
{
	uint64_t	 first, i, extra = 10, a;

	first = fl.count + 1;
	for (i = 0; i < FRAMELOG_PENDING + extra; i++)
		put(MSG_IPC_SEND, R(1), ENDPOINT_MAIN, (uint32_t)i, i,
		    FRAMELOG_DELIVERED, 0);
	ck_assert_uint_eq(fl.unanswered, extra);
	/* The oldest are gone, */
	for (i = 0; i < extra; i++) {
		a = put(MSG_IPC_MESSAGE, ENDPOINT_MAIN, R(1), (uint32_t)i,
		    1000000, FRAMELOG_DELIVERED, REPLY_EVENT_REPLY);
		assert_answers(a, 0, 0);
	}
	/* and the rest all answer. */
	for (i = extra; i < FRAMELOG_PENDING + extra; i++) {
		a = put(MSG_IPC_MESSAGE, ENDPOINT_MAIN, R(1), (uint32_t)i,
		    1000000, FRAMELOG_DELIVERED, REPLY_EVENT_REPLY);
		assert_answers(a, first + i, 1000000 - i);
	}
	/* Answered ones make room: none of them is counted unanswered. */
	for (i = 0; i < FRAMELOG_PENDING; i++)
		put(MSG_IPC_SEND, R(2), ENDPOINT_MAIN, (uint32_t)i, i,
		    FRAMELOG_DELIVERED, 0);
	ck_assert_uint_eq(fl.unanswered, extra);
}
END_TEST

/* Every type's method for people, the ones its payload decides too. */
START_TEST(test_methods)
{
	static const struct {
		uint16_t	 type;
		int		 variant;	/* reply method, resolved; -1: refused */
		const char	*name;
	} cases[] = {
		{ MSG_IPC_SEND, 0, "send" },
		{ MSG_IPC_INVOKE, 0, "invoke" },
		{ MSG_IPC_SEND_SYNC, 0, "sendSync" },
		{ MSG_IPC_MESSAGE, REPLY_EVENT_REPLY, "event.reply" },
		{ MSG_IPC_MESSAGE, REPLY_SENDER_SEND, "event.sender.send" },
		{ MSG_IPC_MESSAGE, REPLY_WEBCONTENTS, "webContents.send" },
		{ MSG_IPC_MESSAGE, -1, "unknown" },
		{ MSG_IPC_INVOKE_RESULT, 1, "invoke result" },
		{ MSG_IPC_INVOKE_RESULT, 0, "invoke error" },
		{ MSG_IPC_INVOKE_RESULT, -1, "unknown" },
		{ MSG_IPC_SYNC_RESULT, 0, "sync return value" },
		{ MSG_CONSOLE_LINE, 0, "console line" },
		{ MSG_CLICK, 0, "click" },
		{ MSG_PRESS_DONE, 0, "press done" },
		{ MSG_CONFIG, 0, "config" },
		{ MSG_PUSH, 0, "push" },
		{ MSG_RENDERER_GONE, 0, "renderer gone" },
		{ MSG_WINDOW, WINDOW_CREATED, "window created" },
		{ MSG_WINDOW, WINDOW_CLOSED, "window closed" },
		{ MSG_WINDOW, WINDOW_RELOADED, "window reloaded" },
		{ MSG_IPC_POST_TO_MAIN, 0, "ipcRenderer.postMessage" },
		{ MSG_IPC_POST_TO_RENDERER, 0, "webContents.postMessage" },
		{ MSG_PORT_MESSAGE, 0, "port.postMessage" },
		{ 0x0999, 0, "unknown" },
	};
	struct proto_msg	 m;
	size_t			 i, j, seen;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		proto_msg_init(&m);
		m.reply = (uint8_t)cases[i].variant;
		m.flag = (uint8_t)cases[i].variant;
		ck_assert_msg(strcmp(framelog_method_name(framelog_method(
		    cases[i].type, cases[i].variant == -1 ? NULL : &m)),
		    cases[i].name) == 0, "case %zu: not %s", i, cases[i].name);
	}
	/* Every type of the protocol has a case. */
	for (j = 0; j < ntype_specs; j++) {
		for (seen = 0, i = 0; i < sizeof cases / sizeof cases[0]; i++)
			seen += cases[i].type == type_specs[j].type;
		ck_assert_msg(seen > 0, "no case for %s", type_specs[j].name);
	}
	ck_assert_str_eq(framelog_verdict_name(FRAMELOG_DELIVERED),
	    "delivered");
	ck_assert_str_eq(framelog_verdict_name(FRAMELOG_DROPPED), "dropped");
	ck_assert_str_eq(framelog_verdict_name(FRAMELOG_REJECTED), "rejected");
}
END_TEST

/*
 * Each frame as the JavaScript code made it; the arguments print as
 * Node's console.log prints them inside an array (checked with node).
 */
START_TEST(test_calls)
{
	static const struct {
		uint16_t	 type;
		int		 variant;
		const char	*args;		/* NULL: the sample message */
		const char	*want;
	} cases[] = {
		{ MSG_IPC_SEND, 0, "1, 'two', [3, {a: null}]",
		    "ipcRenderer.send('message-from-renderer', 1, 'two', "
		    "[ 3, { a: null } ])" },
		{ MSG_IPC_SEND, 0, "",
		    "ipcRenderer.send('message-from-renderer')" },
		{ MSG_IPC_INVOKE, 0, "undefined, NaN, -0, 'x', [1, {a: null}]",
		    "ipcRenderer.invoke('message-from-renderer', undefined, NaN, "
		    "-0, 'x', [ 1, { a: null } ])" },
		{ MSG_IPC_SEND_SYNC, 0, "[[[1]]], {a: {b: {c: 1}}}",
		    "ipcRenderer.sendSync('message-from-renderer', "
		    "[ [ [Array] ] ], { a: { b: [Object] } })" },
		{ MSG_IPC_MESSAGE, REPLY_EVENT_REPLY, "6",
		    "event.reply('message-from-renderer', 6)" },
		{ MSG_IPC_MESSAGE, REPLY_SENDER_SEND, "\"it's\", 'a\"b'",
		    "event.sender.send('message-from-renderer', \"it's\", "
		    "'a\"b')" },
		{ MSG_IPC_MESSAGE, REPLY_WEBCONTENTS, "1e21, 1.5e-7, '\\t'",
		    "win.webContents.send('message-from-renderer', 1e+21, "
		    "1.5e-7, '\\t')" },
		{ MSG_IPC_INVOKE_RESULT, 1, "{ok: true}",
		    "invoke result { ok: true }" },
		{ MSG_IPC_INVOKE_RESULT, 0, NULL, "invoke error: Error: boom" },
		{ MSG_IPC_SYNC_RESULT, 0, "'NaNx1,[object Object]'",
		    "event.returnValue = 'NaNx1,[object Object]'" },
		{ MSG_RENDERER_GONE, 0, NULL,
		    "render-process-gone of renderer 2 "
		    "{ reason: 'crashed', exitCode: 11 }" },
		{ MSG_CLICK, 0, NULL, "click 'hello \xc3\xa9'" },
		{ MSG_PUSH, 0, NULL, "push" },
	};
	struct proto_msg	 m;
	struct msg_header	 h;
	struct value		 args;
	struct buf		 b;
	size_t			 i;

	buf_init(&b);
	memset(&h, 0, sizeof h);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		sample_msg(cases[i].type, 1, &m);
		m.reply = (uint8_t)cases[i].variant;
		if (cases[i].type == MSG_IPC_INVOKE_RESULT &&
		    cases[i].variant == 0) {
			m.flag = 0;
			m.text = "Error: boom";
			m.text_len = strlen(m.text);
		}
		if (cases[i].args != NULL) {
			parse_ok(cases[i].args, &args);
			proto_msg_free(&m);
			if (cases[i].type == MSG_IPC_INVOKE_RESULT ||
			    cases[i].type == MSG_IPC_SYNC_RESULT) {
				m.value = args.items[0];
				value_init(&args.items[0], VALUE_UNDEFINED);
				value_free(&args);
			} else
				m.value = args;
		}
		h.type = cases[i].type;
		buf_clear(&b);
		framelog_call(&b, framelog_method(cases[i].type, &m), &h, &m);
		ck_assert_str_eq(buf_str(&b), cases[i].want);
		proto_msg_free(&m);
	}
	/* postMessage names the port it transfers as MessageChannelMain's example does. */
	{
		static const struct {
			uint16_t	 type, src, dst, entangled;
			uint32_t	 port;
			const char	*want;
		} posts[] = {
			{ MSG_IPC_POST_TO_RENDERER, ENDPOINT_MAIN,
			    ENDPOINT_RENDERER(1), ENDPOINT_MAIN, 3,
			    "webContents.postMessage('port', null, [port2])" },
			{ MSG_IPC_POST_TO_RENDERER, ENDPOINT_MAIN,
			    ENDPOINT_RENDERER(1), ENDPOINT_RENDERER(2), 3,
			    "webContents.postMessage('port', null, [port1])" },
			{ MSG_IPC_POST_TO_RENDERER, ENDPOINT_MAIN,
			    ENDPOINT_RENDERER(2), ENDPOINT_RENDERER(1), 3,
			    "webContents.postMessage('port', null, [port2])" },
			{ MSG_IPC_POST_TO_MAIN, ENDPOINT_RENDERER(1),
			    ENDPOINT_MAIN, ENDPOINT_RENDERER(1), 1,
			    "ipcRenderer.postMessage('port', null, [port2])" },
			{ MSG_IPC_POST_TO_MAIN, ENDPOINT_RENDERER(1),
			    ENDPOINT_MAIN, 0, 0,
			    "ipcRenderer.postMessage('port', null)" },
			{ MSG_PORT_MESSAGE, ENDPOINT_RENDERER(1),
			    ENDPOINT_RENDERER(2), 0, 7,
			    "port.postMessage([ 1, 'x' ])" },
		};

		for (i = 0; i < sizeof posts / sizeof posts[0]; i++) {
			sample_msg(posts[i].type, 1, &m);
			m.port = posts[i].port;
			m.entangled = posts[i].entangled;
			h.type = posts[i].type;
			h.src = posts[i].src;
			h.dst = posts[i].dst;
			buf_clear(&b);
			framelog_call(&b, framelog_method(h.type, &m), &h, &m);
			ck_assert_str_eq(buf_str(&b), posts[i].want);
			proto_msg_free(&m);
		}
	}
	/* A refused frame is named by its type. */
	buf_clear(&b);
	h.type = MSG_IPC_MESSAGE;
	framelog_call(&b, METHOD_UNKNOWN, &h, NULL);
	ck_assert_str_eq(buf_str(&b), "ipc-message");
	buf_free(&b);
}
END_TEST

Suite *
suite_framelog(void)
{
	Suite	*s = suite_create("framelog");
	TCase	*tc_ring = tcase_create("ring");
	TCase	*tc_links = tcase_create("links");
	TCase	*tc_people = tcase_create("people");

	tcase_add_checked_fixture(tc_ring, setup, teardown);
	tcase_add_test(tc_ring, test_numbering);
	tcase_add_test(tc_ring, test_clear);
	tcase_add_test(tc_ring, test_ring);
	tcase_add_test(tc_ring, test_payload_cap);
	tcase_add_test(tc_ring, test_arena);
	tcase_add_test(tc_ring, test_compact);
	tcase_add_test(tc_ring, test_shared);
	tcase_set_timeout(tc_ring, 60);
	suite_add_tcase(s, tc_ring);
	tcase_add_checked_fixture(tc_links, setup, teardown);
	tcase_add_test(tc_links, test_links);
	tcase_add_test(tc_links, test_links_not_delivered);
	tcase_add_test(tc_links, test_unanswered_cap);
	tcase_add_test(tc_links, test_link_in_ring);
	tcase_add_test(tc_links, test_whole);
	tcase_add_test(tc_links, test_reasons);
	tcase_set_timeout(tc_links, 60);
	suite_add_tcase(s, tc_links);
	tcase_add_test(tc_people, test_methods);
	tcase_add_test(tc_people, test_calls);
	suite_add_tcase(s, tc_people);
	return (s);
}
