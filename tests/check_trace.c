/* The trace's JSON: numbers, strings, values with their JavaScript types, whole lines. */
#include "config.h"

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "suites.h"
#include "framelog.h"
#include "helpers.h"
#include "proto.h"
#include "reply.h"
#include "trace.h"

/* Unsigned numbers print as printf prints them, at every length. */
START_TEST(test_numbers)
{
	static const uint64_t	 cases[] = { 0, 1, 9, 10, 11, 99, 100, 101,
				    4294967295ULL, 4294967296ULL,
				    18446744073709551615ULL };
	char			 want[32];
	struct buf		 b;
	uint64_t		 p, v;
	size_t			 i;
	int			 k;

	buf_init(&b);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		buf_clear(&b);
		buf_add_uint(&b, cases[i]);
		snprintf(want, sizeof want, "%" PRIu64, cases[i]);
		ck_assert_str_eq(buf_str(&b), want);
	}
	/* Each side of every power of ten, where the digit count changes. */
	for (p = 10; p <= 10000000000000000000ULL; p *= 10) {
		for (k = -1; k <= 1; k++) {
			v = p + (uint64_t)(int64_t)k;
			buf_clear(&b);
			buf_add_uint(&b, v);
			snprintf(want, sizeof want, "%" PRIu64, v);
			ck_assert_str_eq(buf_str(&b), want);
		}
		if (p > UINT64_MAX / 10)
			break;
	}
	buf_free(&b);
}
END_TEST

/* Strings escape quotes, backslashes and control characters, and keep UTF-8. */
START_TEST(test_strings)
{
	static const struct {
		const char	*s;
		size_t		 n;
		const char	*want;
	} cases[] = {
		{ "", 0, "\"\"" },
		{ "plain text that is longer than eight", 36,
		    "\"plain text that is longer than eight\"" },
		{ "a\"b\\c", 5, "\"a\\\"b\\\\c\"" },
		{ "\n\t\r\b\f", 5, "\"\\n\\t\\r\\b\\f\"" },
		{ "\x01\x1b[2J\x1f", 6, "\"\\u0001\\u001b[2J\\u001f\"" },
		{ "nul\0here", 8, "\"nul\\u0000here\"" },
		{ "del \x7f stays", 11, "\"del \x7f stays\"" },
		{ "\xc3\xa9\xe2\x80\xae\xf0\x9f\x98\x80", 9,
		    "\"\xc3\xa9\xe2\x80\xae\xf0\x9f\x98\x80\"" },
		/* Past the eight bytes a test covers, on either side. */
		{ "12345678\"", 9, "\"12345678\\\"\"" },
		{ "1234567\\89", 10, "\"1234567\\\\89\"" },
		{ "12345678901234567\n", 18, "\"12345678901234567\\n\"" },
	};
	struct buf	 b;
	size_t		 i;

	buf_init(&b);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		buf_clear(&b);
		trace_json_string(&b, cases[i].s, cases[i].n);
		ck_assert_msg(strcmp(buf_str(&b), cases[i].want) == 0,
		    "case %zu: %s", i, buf_str(&b));
	}
	buf_free(&b);
}
END_TEST

/* Values keep their JavaScript types: undefined, NaN, -0, Infinity and strings stay apart. */
START_TEST(test_values)
{
	static const struct {
		const char	*args;
		const char	*want;
	} cases[] = {
		{ "undefined", "{\"type\":\"undefined\"}" },
		{ "null", "{\"type\":\"null\"}" },
		{ "true", "{\"type\":\"boolean\",\"value\":true}" },
		{ "false", "{\"type\":\"boolean\",\"value\":false}" },
		{ "1", "{\"type\":\"number\",\"value\":1}" },
		{ "-5", "{\"type\":\"number\",\"value\":-5}" },
		{ "0", "{\"type\":\"number\",\"value\":0}" },
		{ "-0", "{\"type\":\"number\",\"value\":\"-0\"}" },
		{ "NaN", "{\"type\":\"number\",\"value\":\"NaN\"}" },
		{ "Infinity", "{\"type\":\"number\",\"value\":\"Infinity\"}" },
		{ "-Infinity", "{\"type\":\"number\",\"value\":\"-Infinity\"}" },
		{ "0.1", "{\"type\":\"number\",\"value\":0.1}" },
		{ "1e21", "{\"type\":\"number\",\"value\":1e+21}" },
		{ "9007199254740993", "{\"type\":\"number\","
		    "\"value\":9007199254740992}" },
		{ "1.5e-7", "{\"type\":\"number\",\"value\":1.5e-7}" },
		{ "'1'", "{\"type\":\"string\",\"value\":\"1\"}" },
		{ "'NaN'", "{\"type\":\"string\",\"value\":\"NaN\"}" },
		{ "'a\\nb\"'", "{\"type\":\"string\",\"value\":\"a\\nb\\\"\"}" },
		{ "[]", "{\"type\":\"array\",\"items\":[]}" },
		{ "[1, {a: null}]", "{\"type\":\"array\",\"items\":["
		    "{\"type\":\"number\",\"value\":1},{\"type\":\"object\","
		    "\"entries\":[[\"a\",{\"type\":\"null\"}]]}]}" },
		{ "{}", "{\"type\":\"object\",\"entries\":[]}" },
		{ "{z: 1, 'a b': [], \"q\\\"\": undefined}",
		    "{\"type\":\"object\",\"entries\":[[\"z\",{\"type\":\"number\","
		    "\"value\":1}],[\"a b\",{\"type\":\"array\",\"items\":[]}],"
		    "[\"q\\\"\",{\"type\":\"undefined\"}]]}" },
		/* A shared object: "id" where it comes first, then refs to it. */
		{ "(a = {x: 1}, a.self = a, [a, a])",
		    "{\"type\":\"array\",\"items\":[{\"type\":\"object\","
		    "\"entries\":[[\"x\",{\"type\":\"number\",\"value\":1}],"
		    "[\"self\",{\"type\":\"ref\",\"target\":1}]],\"id\":1},"
		    "{\"type\":\"ref\",\"target\":1}]}" },
	};
	struct value	 args;
	struct buf	 b;
	size_t		 i;

	buf_init(&b);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		parse_ok(cases[i].args, &args);
		ck_assert_uint_eq(args.count, 1);
		buf_clear(&b);
		trace_json_value(&b, &args.items[0]);
		ck_assert_msg(strcmp(buf_str(&b), cases[i].want) == 0,
		    "case %zu (%s): %s", i, cases[i].args, buf_str(&b));
		value_free(&args);
	}
	buf_free(&b);
}
END_TEST

/*
 * Make frame f of type (m, the message it carries) in p and record it in fl
 * at t_ns with its verdict: its number, and the record in rec.  A refused
 * frame's payload is not read for its method.
 */
static uint64_t
record_one(struct framelog *fl, struct peer *p, struct msg *f, uint16_t type,
    uint16_t src, uint16_t dst, uint32_t id, uint64_t t_ns,
    const struct proto_msg *m, enum framelog_verdict verdict, const char *why,
    struct framelog_rec *rec)
{
	peer_init(p, -1, -1);
	frame_make(p, type, src, dst, id, m, f);
	return (framelog_record(fl, t_ns, f, verdict, why, framelog_method(type,
	    verdict == FRAMELOG_REJECTED ? NULL : m), rec));
}

/*
 * Record a frame in fl at t_ns and return its trace line: the sample
 * message of a type (m, changed by the caller first if it likes).
 */
static const char *
line_of(struct framelog *fl, struct buf *b, uint16_t type, uint16_t src,
    uint16_t dst, uint32_t id, uint64_t t_ns, struct proto_msg *m,
    enum framelog_verdict verdict, const char *why)
{
	struct framelog_rec	 rec;
	struct peer		 p;
	struct msg		 f;
	uint64_t		 n;

	n = record_one(fl, &p, &f, type, src, dst, id, t_ns, m, verdict, why,
	    &rec);
	buf_clear(b);
	trace_json(b, &rec, n, &f, verdict == FRAMELOG_REJECTED ? NULL : m);
	peer_close(&p);
	return (buf_str(b));
}

/* Make m the message of ipcRenderer.send from page with the arguments args. */
static void
send_msg(struct proto_msg *m, uint32_t page, const char *args)
{
	proto_msg_init(m);
	m->page = page;
	m->channel = "message-from-renderer";
	m->channel_len = strlen(m->channel);
	parse_ok(args, &m->value);
}

/* Whole lines: every field, an answer with its request and latency, a frame dropped and one refused. */
START_TEST(test_lines)
{
	struct framelog		 fl;
	struct proto_msg	 m;
	struct buf		 b;

	framelog_init(&fl);
	buf_init(&b);
	send_msg(&m, 3, "1, 'two'");
	ck_assert_str_eq(line_of(&fl, &b, MSG_IPC_SEND, ENDPOINT_RENDERER(2),
	    ENDPOINT_MAIN, 7, 1500, &m, FRAMELOG_DELIVERED, NULL),
	    "{\"n\":1,\"t_ns\":1500,\"from\":\"renderer 2\",\"to\":\"main\","
	    "\"type\":\"ipc-send\",\"method\":\"send\",\"id\":7,\"page\":3,"
	    "\"channel\":\"message-from-renderer\",\"args\":[{\"type\":"
	    "\"number\",\"value\":1},{\"type\":\"string\",\"value\":\"two\"}],"
	    "\"payload_bytes\":51,\"verdict\":\"delivered\",\"why\":null,"
	    "\"answers\":null,\"latency_ns\":null}\n");
	proto_msg_free(&m);

	proto_msg_init(&m);
	m.text = "a \"line\"";
	m.text_len = strlen(m.text);
	ck_assert_str_eq(line_of(&fl, &b, MSG_CONSOLE_LINE, ENDPOINT_MAIN,
	    ENDPOINT_UI, 0, 1600, &m, FRAMELOG_DELIVERED, NULL),
	    "{\"n\":2,\"t_ns\":1600,\"from\":\"main\",\"to\":\"ui\","
	    "\"type\":\"console-line\",\"method\":\"console line\",\"id\":0,"
	    "\"text\":\"a \\\"line\\\"\",\"payload_bytes\":12,"
	    "\"verdict\":\"delivered\",\"why\":null,\"answers\":null,"
	    "\"latency_ns\":null}\n");

	/* main's reply to the window's current page, dropped: it is gone. */
	proto_msg_init(&m);
	m.reply = REPLY_SENDER_SEND;
	m.channel = "message-from-main";
	m.channel_len = strlen(m.channel);
	parse_ok("-0", &m.value);
	ck_assert_str_eq(line_of(&fl, &b, MSG_IPC_MESSAGE, ENDPOINT_MAIN,
	    ENDPOINT_RENDERER(2), 7, 2000, &m, FRAMELOG_DROPPED,
	    "the page it is for is gone"),
	    "{\"n\":3,\"t_ns\":2000,\"from\":\"main\",\"to\":\"renderer 2\","
	    "\"type\":\"ipc-message\",\"method\":\"event.sender.send\","
	    "\"id\":7,\"page\":null,\"channel\":\"message-from-main\","
	    "\"args\":[{\"type\":\"number\",\"value\":\"-0\"}],"
	    "\"payload_bytes\":40,\"verdict\":\"dropped\","
	    "\"why\":\"the page it is for is gone\",\"answers\":1,"
	    "\"latency_ns\":500}\n");
	proto_msg_free(&m);

	/* Refused: nothing of its payload is read. */
	sample_msg(MSG_IPC_SEND, 9, &m);
	ck_assert_str_eq(line_of(&fl, &b, MSG_IPC_SEND, ENDPOINT_RENDERER(1),
	    ENDPOINT_MAIN, 8, 2100, &m, FRAMELOG_REJECTED,
	    "frame names another page as its sender"),
	    "{\"n\":4,\"t_ns\":2100,\"from\":\"renderer 1\",\"to\":\"main\","
	    "\"type\":\"ipc-send\",\"method\":\"send\",\"id\":8,"
	    "\"payload_bytes\":82,\"verdict\":\"rejected\","
	    "\"why\":\"frame names another page as its sender\","
	    "\"answers\":null,\"latency_ns\":null}\n");
	proto_msg_free(&m);

	sample_msg(MSG_CONFIG, 0, &m);
	ck_assert_str_eq(line_of(&fl, &b, MSG_CONFIG, ENDPOINT_UI,
	    ENDPOINT_MAIN, 0, 0, &m, FRAMELOG_DELIVERED, NULL),
	    "{\"n\":5,\"t_ns\":0,\"from\":\"ui\",\"to\":\"main\","
	    "\"type\":\"config\",\"method\":\"config\",\"id\":0,"
	    "\"config\":{\"pattern\":\"send-reply\",\"reply\":\"event.reply\","
	    "\"delay_ms\":250,\"no_handler\":false,\"throw\":\"boom\","
	    "\"push_every_ms\":0,\"context_isolation\":false},"
	    "\"payload_bytes\":20,"
	    "\"verdict\":\"delivered\",\"why\":null,\"answers\":null,"
	    "\"latency_ns\":null}\n");

	sample_msg(MSG_RENDERER_GONE, 0, &m);
	m.code = (uint32_t)-1;
	ck_assert_str_eq(line_of(&fl, &b, MSG_RENDERER_GONE, ENDPOINT_UI,
	    ENDPOINT_MAIN, 0, 3000, &m, FRAMELOG_DELIVERED, NULL),
	    "{\"n\":6,\"t_ns\":3000,\"from\":\"ui\",\"to\":\"main\","
	    "\"type\":\"renderer-gone\",\"method\":\"renderer gone\",\"id\":0,"
	    "\"window\":2,\"reason\":\"crashed\",\"exit_code\":-1,"
	    "\"payload_bytes\":19,\"verdict\":\"delivered\",\"why\":null,"
	    "\"answers\":null,\"latency_ns\":null}\n");

	proto_msg_init(&m);
	m.flag = 0;
	ck_assert_str_eq(line_of(&fl, &b, MSG_PRESS_DONE, ENDPOINT_RENDERER(1),
	    ENDPOINT_UI, 4, 3100, &m, FRAMELOG_DELIVERED, NULL),
	    "{\"n\":7,\"t_ns\":3100,\"from\":\"renderer 1\",\"to\":\"ui\","
	    "\"type\":\"press-done\",\"method\":\"press done\",\"id\":4,"
	    "\"text\":null,\"payload_bytes\":5,\"verdict\":\"delivered\","
	    "\"why\":null,\"answers\":null,\"latency_ns\":null}\n");
	buf_free(&b);
	framelog_free(&fl);
}
END_TEST

/*
 * Trace frame (type, src, dst, id, m) as the session does, to the trace:
 * from the memo when the last frame like it had the same payload, whose
 * answer is *again; else written whole (refused: with its payload not
 * read).  The line as trace_json writes it goes in want.
 */
static void
trace_one(struct framelog *fl, struct buf *want, uint16_t type, uint16_t src,
    uint16_t dst, uint32_t id, const struct proto_msg *m, int refused,
    int *again)
{
	const struct proto_msg	*read = refused ? NULL : m;
	struct framelog_rec	 rec;
	struct peer		 p;
	struct msg		 f;
	uint64_t		 n;

	n = record_one(fl, &p, &f, type, src, dst, id, 100 * id, m, refused ?
	    FRAMELOG_REJECTED : FRAMELOG_DELIVERED, refused ? "refused" : NULL,
	    &rec);
	*again = !refused && trace_frame_again(&rec, n, &f);
	if (!*again)
		trace_frame(&rec, n, &f, read);
	trace_json(want, &rec, n, &f, read);
	peer_close(&p);
}

/*
 * A frame like the last of its kind (type, ends, method, payload) is
 * written from the memo, the same line as written whole; any difference,
 * or a refused frame before it, writes it whole.
 */
START_TEST(test_memo)
{
	char			 path[] = "/tmp/ipcsim-trace-memo.XXXXXX";
	struct framelog		 fl;
	struct proto_msg	 m, other;
	struct buf		 want;
	char			 got[8192];
	ssize_t			 len;
	size_t			 i;
	int			 fd, again;
	/* Each frame: from which window, which arguments, whether refused, and from the memo. */
	static const struct {
		int	 window, other, refused, again;
	} cases[] = {
		{ 1, 0, 0, 0 },		/* the first: nothing kept yet */
		{ 1, 0, 0, 1 },		/* the same again */
		{ 1, 1, 0, 0 },		/* other arguments */
		{ 2, 1, 0, 0 },		/* from another window */
		{ 2, 1, 0, 1 },
		{ 1, 0, 1, 0 },		/* refused: not read, not kept */
		{ 1, 0, 0, 0 },		/* so the last kept was the other's */
		{ 1, 0, 0, 1 },
	};

	fd = mkstemp(path);
	ck_assert_int_ne(fd, -1);
	ck_assert_int_eq(trace_start(path), 0);
	framelog_init(&fl);
	buf_init(&want);
	send_msg(&m, 1, "1, 2, 3");
	send_msg(&other, 1, "1, 2, 4");

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		trace_one(&fl, &want, MSG_IPC_SEND,
		    ENDPOINT_RENDERER(cases[i].window), ENDPOINT_MAIN, i + 1,
		    cases[i].other ? &other : &m, cases[i].refused, &again);
		ck_assert_msg(again == cases[i].again, "frame %zu", i + 1);
	}
	ck_assert_int_eq(trace_stop(), 0);
	len = read(fd, got, sizeof got - 1);
	ck_assert_int_ge(len, 0);
	got[len] = '\0';
	ck_assert_str_eq(got, buf_str(&want));
	close(fd);
	unlink(path);
	proto_msg_free(&m);
	proto_msg_free(&other);
	buf_free(&want);
	framelog_free(&fl);
}
END_TEST

Suite *
suite_trace(void)
{
	Suite	*s = suite_create("trace");
	TCase	*tc = tcase_create("json");

	tcase_add_test(tc, test_numbers);
	tcase_add_test(tc, test_strings);
	tcase_add_test(tc, test_values);
	tcase_add_test(tc, test_lines);
	tcase_add_test(tc, test_memo);
	suite_add_tcase(s, tc);
	return (s);
}
