/* The protocol table: every row's name and roles, round trips, and malformed payloads. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "helpers.h"
#include "pattern.h"
#include "proto.h"
#include "reply.h"
#include "scenario.h"

/* A payload given as a string literal: its bytes and its length. */
#define BYTES(s)	(const uint8_t *)(s), sizeof (s) - 1

/* One message to send and read back: the fields that its type carries. */
struct rt_case {
	uint16_t	 type;
	const char	*text;		/* NULL: the type carries none */
	size_t		 text_len;
	uint8_t		 flag;		/* ipc-message: its reply method */
	uint32_t	 page;
	const char	*channel;	/* NULL: the type carries none */
	const char	*args;		/* its arguments; NULL: undefined */
	int		 one;		/* the value is the first argument */
	uint32_t	 window;
	uint32_t	 code;
};

#define T(s)		(s), sizeof (s) - 1

static const struct rt_case	 rt_cases[] = {
	{ MSG_CONSOLE_LINE, T("hello"), 0, 0, NULL, NULL, 0, 0, 0 },
	{ MSG_CONSOLE_LINE, T(""), 0, 0, NULL, NULL, 0, 0, 0 },
	{ MSG_CONSOLE_LINE, T("a\0b"), 0, 0, NULL, NULL, 0, 0, 0 },
	{ MSG_CONSOLE_LINE, T("\xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80"), 0,
	    0, NULL, NULL, 0, 0, 0 },
	{ MSG_CONSOLE_LINE, T("\033[2J\n"), 0, 0, NULL, NULL, 0, 0, 0 },
	{ MSG_CLICK, T("1, 'two', {three: 3}"), 0, 0, NULL, NULL, 0, 0, 0 },
	{ MSG_CLICK, T(""), 0, 0, NULL, NULL, 0, 0, 0 },
	{ MSG_PRESS_DONE, T("[ 1, 2, 3 ]"), 1, 0, NULL, NULL, 0, 0, 0 },
	{ MSG_PRESS_DONE, T(""), 1, 0, NULL, NULL, 0, 0, 0 },
	{ MSG_PRESS_DONE, T(""), 0, 0, NULL, NULL, 0, 0, 0 },
	{ MSG_PUSH, NULL, 0, 0, 0, NULL, NULL, 0, 0, 0 },
	{ MSG_RENDERER_GONE, T("crashed"), 0, 0, NULL, NULL, 0, 1, 11 },
	{ MSG_RENDERER_GONE, T("clean-exit"), 0, 0, NULL, NULL, 0, 4, 0 },
	{ MSG_RENDERER_GONE, T(""), 0, 0, NULL, NULL, 0, UINT32_MAX,
	    UINT32_MAX },
	{ MSG_WINDOW, NULL, 0, WINDOW_CREATED, 0, NULL, NULL, 0, 1, 0 },
	{ MSG_WINDOW, NULL, 0, WINDOW_CLOSED, 0, NULL, NULL, 0, UINT32_MAX,
	    0 },
	{ MSG_IPC_SEND, NULL, 0, 0, 1, "message-from-renderer", "1, 2, 3", 0,
	    0, 0 },
	{ MSG_IPC_SEND, NULL, 0, 0, UINT32_MAX, "", "", 0, 0, 0 },
	{ MSG_IPC_MESSAGE, NULL, 0, REPLY_EVENT_REPLY, PAGE_CURRENT,
	    "message-from-main", "'pong', {a: [1, 'x'], b: null}", 0, 0, 0 },
	{ MSG_IPC_MESSAGE, NULL, 0, REPLY_SENDER_SEND, 7, "ch\xc3\xa9",
	    "undefined, true, false, -0.5", 0, 0, 0 },
	{ MSG_IPC_MESSAGE, NULL, 0, REPLY_WEBCONTENTS, PAGE_CURRENT, "", "", 0,
	    0, 0 },
	{ MSG_IPC_INVOKE, NULL, 0, 0, 3, "invoke-channel", "'x'", 0, 0, 0 },
	{ MSG_IPC_INVOKE_RESULT, NULL, 0, 1, 3, NULL, "{ok: true}", 1, 0, 0 },
	{ MSG_IPC_INVOKE_RESULT, NULL, 0, 1, PAGE_CURRENT, NULL, NULL, 0, 0,
	    0 },
	{ MSG_IPC_INVOKE_RESULT, T("Error: boom"), 0, 3, NULL, NULL, 0, 0,
	    0 },
	{ MSG_IPC_INVOKE_RESULT, T(""), 0, 3, NULL, NULL, 0, 0, 0 },
	{ MSG_IPC_SEND_SYNC, NULL, 0, 0, 2, "sync", "[1, [2, [3]]]", 0, 0,
	    0 },
	{ MSG_IPC_SYNC_RESULT, NULL, 0, 0, 2, NULL, "'r'", 1, 0, 0 },
	{ MSG_IPC_SYNC_RESULT, NULL, 0, 0, 2, NULL, NULL, 0, 0, 0 },
	{ MSG_IPC_SYNC_RESULT, NULL, 0, 0, 9, NULL, "1, 2", 0, 0, 0 },
	{ MSG_IPC_POST_TO_MAIN, NULL, 0, 0, 4, "port", "null", 1, 0, 0 },
	{ MSG_IPC_POST_TO_RENDERER, NULL, 0, 0, PAGE_CURRENT, "c",
	    "[1, {a: 'x'}]", 1, 0, 0 },
};

#define NRT_CASES	(sizeof rt_cases / sizeof rt_cases[0])

/* The settings a config frame carries: the defaults, and every field at its limit. */
static void
config_case(int i, struct scenario *sc)
{
	scenario_default(sc);
	if (i == 0)
		return;
	sc->pattern = pattern_count() - 1;
	sc->reply = REPLY_COUNT - 1;
	sc->delay_ms = SCENARIO_MAX_DELAY;
	sc->no_handler = 1;
	if (i == 1)
		strlcpy(sc->throw_msg, "boom \xc3\xa9", sizeof sc->throw_msg);
	else
		memset(sc->throw_msg, 'x', SCENARIO_MAX_THROW);
	sc->push_every_ms = SCENARIO_MAX_DELAY;
	sc->isolation = 1;
}

#define NCONFIG_CASES	3

/* Fill m with the fields of round-trip case c; its value is built from the argument text. */
static void
case_msg(const struct rt_case *c, struct proto_msg *m)
{
	struct value	 args;

	proto_msg_init(m);
	m->text = c->text;
	m->text_len = c->text_len;
	if (c->type == MSG_IPC_MESSAGE)
		m->reply = c->flag;
	else
		m->flag = c->flag;
	m->page = c->page;
	m->channel = c->channel;
	m->channel_len = c->channel != NULL ? strlen(c->channel) : 0;
	m->window = c->window;
	m->code = c->code;
	if (c->args == NULL)
		return;
	parse_ok(c->args, &args);
	if (!c->one) {
		m->value = args;
		return;
	}
	ck_assert_uint_eq(args.count, 1);
	m->value = args.items[0];
	value_init(&args.items[0], VALUE_UNDEFINED);
	value_free(&args);
}

/* Two values must be the same: the same wire bytes. */
static void
assert_same_value(const struct value *a, const struct value *b)
{
	struct buf	 ba, bb;

	buf_init(&ba);
	buf_init(&bb);
	value_encode(&ba, a);
	value_encode(&bb, b);
	ck_assert_uint_eq(ba.len, bb.len);
	ck_assert_mem_eq(buf_head(&ba), buf_head(&bb), ba.len);
	buf_free(&ba);
	buf_free(&bb);
}

/* A view of n bytes (a string or channel) must hold exactly want. */
static void
assert_view(const char *s, size_t n, const char *want, size_t want_len)
{
	if (want == NULL) {
		ck_assert_ptr_null(s);
		return;
	}
	ck_assert_ptr_nonnull(s);
	ck_assert_uint_eq(n, want_len);
	if (n > 0)
		ck_assert_mem_eq(s, want, n);
}

/* Both decoders must refuse a payload, for the same reason, leaving nothing to free; the reason. */
static const char *
refused(uint16_t type, const uint8_t *payload, size_t len)
{
	struct msg		 f;
	struct proto_msg	 m;
	const char		*ec = NULL, *eb = NULL;
	uint8_t			*copy;

	/* An exact copy, so that a read past its end is caught by ASan. */
	copy = malloc(len > 0 ? len : 1);
	ck_assert_ptr_nonnull(copy);
	memcpy(copy, payload, len);
	memset(&f, 0, sizeof f);
	f.hdr.len = MSG_HEADER_SIZE + len;
	f.hdr.version = MSG_VERSION;
	f.hdr.type = type;
	f.payload = copy;
	f.payload_len = len;
	ck_assert_msg(proto_decode(&f, &m, PROTO_CHECK, &ec) == -1,
	    "%s payload of %zu bytes passed the check", msg_type_name(type),
	    len);
	ck_assert_int_eq(m.value.type, VALUE_UNDEFINED);
	ck_assert_msg(proto_decode(&f, &m, PROTO_BUILD, &eb) == -1,
	    "%s payload of %zu bytes was built", msg_type_name(type), len);
	ck_assert_int_eq(m.value.type, VALUE_UNDEFINED);
	ck_assert_ptr_nonnull(ec);
	ck_assert_ptr_nonnull(eb);
	ck_assert_str_eq(ec, eb);
	free(copy);
	return (ec);
}

/*
 * Refuse every proper prefix of a valid payload, and the payload with one
 * byte more ("bytes after the payload").
 */
static void
refuse_cut_and_padded(uint16_t type, const uint8_t *payload, size_t len)
{
	uint8_t	*padded;
	size_t	 n;

	for (n = 0; n < len; n++)
		refused(type, payload, n);
	padded = malloc(len + 1);
	ck_assert_ptr_nonnull(padded);
	memcpy(padded, payload, len);
	padded[len] = 0;
	ck_assert_str_eq(refused(type, padded, len + 1),
	    "bytes after the payload");
	free(padded);
}

/* Every row names its type and says who may send it to whom; no other type has a row. */
START_TEST(test_rows)
{
	const struct proto_type	*t;
	size_t			 i, known = 0;
	uint32_t		 type;

	for (i = 0; i < ntype_specs; i++) {
		t = proto_find(type_specs[i].type);
		ck_assert_ptr_nonnull(t);
		ck_assert_uint_eq(t->type, type_specs[i].type);
		ck_assert_str_eq(t->name, type_specs[i].name);
		ck_assert_str_eq(msg_type_name(type_specs[i].type),
		    type_specs[i].name);
		ck_assert_int_eq(msg_type_known(type_specs[i].type), 1);
		ck_assert_uint_eq(t->from, type_specs[i].from);
		ck_assert_uint_eq(t->to, type_specs[i].to);
		ck_assert_ptr_nonnull(t->layout);
		ck_assert_ptr_nonnull(t->decode);
		ck_assert_ptr_nonnull(t->encode);
	}
	for (type = 0; type <= UINT16_MAX; type++) {
		if (proto_find((uint16_t)type) != NULL)
			known++;
		else
			ck_assert_str_eq(msg_type_name((uint16_t)type),
			    "unknown");
	}
	ck_assert_uint_eq(known, ntype_specs);
}
END_TEST

/* Endpoint numbers name the UI, main, renderer 1 to 255, or nothing. */
START_TEST(test_endpoint_roles)
{
	static const struct {
		uint16_t	 endpoint;
		unsigned	 role;
	} cases[] = {
		{ ENDPOINT_UI, ROLE_UI },
		{ ENDPOINT_MAIN, ROLE_MAIN },
		{ ENDPOINT_RENDERER(1), ROLE_RENDERER },
		{ ENDPOINT_RENDERER(4), ROLE_RENDERER },
		{ ENDPOINT_RENDERER(255), ROLE_RENDERER },
		{ ENDPOINT_RENDERER_BASE, 0 },
		{ 2, 0 },
		{ 0xff, 0 },
		{ ENDPOINT_RENDERER(256), 0 },
		{ 0xffff, 0 },
	};
	size_t	 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		ck_assert_msg(proto_endpoint_role(cases[i].endpoint) ==
		    cases[i].role, "endpoint %#x", cases[i].endpoint);
}
END_TEST

/* A message of every type sent with proto_send reads back the same, checked or built. */
START_TEST(test_round_trip)
{
	const struct rt_case	*c;
	struct peer		 p;
	struct msg		 f;
	struct proto_msg	 m, d;
	const char		*err;
	size_t			 i, seen[0x300] = { 0 };
	int			 build;

	peer_init(&p, -1, -1);
	for (i = 0; i < NRT_CASES; i++) {
		c = &rt_cases[i];
		seen[c->type]++;
		case_msg(c, &m);
		frame_make(&p, c->type, ENDPOINT_RENDERER(2), ENDPOINT_MAIN,
		    (uint32_t)i + 0x01020300, &m, &f);
		ck_assert_uint_eq(f.hdr.version, MSG_VERSION);
		ck_assert_uint_eq(f.hdr.type, c->type);
		ck_assert_uint_eq(f.hdr.src, ENDPOINT_RENDERER(2));
		ck_assert_uint_eq(f.hdr.dst, ENDPOINT_MAIN);
		ck_assert_uint_eq(f.hdr.id, (uint32_t)i + 0x01020300);
		for (build = PROTO_CHECK; build <= PROTO_BUILD; build++) {
			err = NULL;
			ck_assert_msg(proto_decode(&f, &d, build, &err) == 0,
			    "case %zu (%s): %s", i, msg_type_name(c->type),
			    err);
			assert_view(d.text, d.text_len, c->text, c->text_len);
			assert_view(d.channel, d.channel_len, c->channel,
			    c->channel != NULL ? strlen(c->channel) : 0);
			ck_assert_uint_eq(c->type == MSG_IPC_MESSAGE ?
			    d.reply : d.flag, c->flag);
			ck_assert_uint_eq(d.page, c->page);
			ck_assert_uint_eq(d.window, c->window);
			ck_assert_uint_eq(d.code, c->code);
			/* Only a building decoder makes the value. */
			if (build)
				assert_same_value(&d.value, &m.value);
			else
				ck_assert_int_eq(d.value.type, VALUE_UNDEFINED);
			proto_msg_free(&d);
		}
		proto_msg_free(&m);
	}
	/* Every type but config and ports (tests of their own) has a case. */
	for (i = 0; i < ntype_specs; i++)
		ck_assert_msg(seen[type_specs[i].type] > 0 ||
		    type_specs[i].type == MSG_CONFIG ||
		    type_specs[i].type == MSG_PORT_MESSAGE, "no case for %s",
		    type_specs[i].name);
	peer_close(&p);
}
END_TEST

/*
 * A check of the same bytes again, elsewhere, reads the same (the decoder
 * keeps the last payload of each type it passed): its texts point into the
 * new copy; a byte changed reads the change; a byte more or less is
 * refused as it was.
 */
START_TEST(test_check_again)
{
	const struct rt_case	*c;
	struct peer		 p;
	struct msg		 f, g;
	struct proto_msg	 m, first, again;
	const char		*err;
	uint8_t			*copy;
	size_t			 i;

	peer_init(&p, -1, -1);
	for (i = 0; i < NRT_CASES; i++) {
		c = &rt_cases[i];
		case_msg(c, &m);
		frame_make(&p, c->type, ENDPOINT_RENDERER(2), ENDPOINT_MAIN, 1,
		    &m, &f);
		ck_assert_int_eq(proto_decode(&f, &first, PROTO_CHECK, &err), 0);
		copy = malloc(f.payload_len + 1);
		ck_assert_ptr_nonnull(copy);
		memcpy(copy, f.payload, f.payload_len);
		g = f;
		g.payload = copy;
		ck_assert_int_eq(proto_decode(&g, &again, PROTO_CHECK, &err), 0);
		assert_view(again.text, again.text_len, c->text, c->text_len);
		assert_view(again.channel, again.channel_len, c->channel,
		    c->channel != NULL ? strlen(c->channel) : 0);
		if (again.text != NULL)
			ck_assert_ptr_eq(again.text, (const char *)copy +
			    (first.text - (const char *)f.payload));
		if (again.channel != NULL)
			ck_assert_ptr_eq(again.channel, (const char *)copy +
			    (first.channel - (const char *)f.payload));
		ck_assert_uint_eq(again.flag, first.flag);
		ck_assert_uint_eq(again.reply, first.reply);
		ck_assert_uint_eq(again.page, first.page);
		ck_assert_uint_eq(again.window, first.window);
		ck_assert_uint_eq(again.code, first.code);
		/* A text's last byte (ASCII) changed: the new text, not the one kept. */
		if (c->text_len > 0 &&
		    (unsigned char)c->text[c->text_len - 1] < 0x80) {
			copy[again.text + again.text_len - 1 -
			    (const char *)copy] = '~';
			ck_assert_msg(proto_decode(&g, &again, PROTO_CHECK,
			    &err) == 0, "case %zu (%s): %s", i,
			    msg_type_name(c->type), err);
			ck_assert_int_eq(again.text[again.text_len - 1], '~');
		}
		g.payload_len = f.payload_len + 1;
		ck_assert_int_eq(proto_decode(&g, &again, PROTO_CHECK, &err), -1);
		ck_assert_str_eq(err, "bytes after the payload");
		free(copy);
		proto_msg_free(&m);
	}
	peer_close(&p);
}
END_TEST

/* The ports of postMessage frames and port messages read back, with their messages. */
START_TEST(test_port_round_trip)
{
	static const struct {
		uint16_t	 type;
		uint32_t	 page;
		uint32_t	 port;
		uint16_t	 entangled;
		const char	*message;
	} cases[] = {
		{ MSG_IPC_POST_TO_MAIN, 3, 3, ENDPOINT_RENDERER(1), "null" },
		{ MSG_IPC_POST_TO_RENDERER, 0, 1, ENDPOINT_MAIN, "null" },
		{ MSG_IPC_POST_TO_RENDERER, 0, UINT32_MAX, ENDPOINT_RENDERER(4),
		    "'x'" },
		{ MSG_PORT_MESSAGE, 9, 1, 0, "[1, 2, 3]" },
		{ MSG_PORT_MESSAGE, 0, UINT32_MAX, 0, "{a: [undefined, -0]}" },
	};
	struct peer		 p;
	struct msg		 f;
	struct proto_msg	 m, d;
	struct value		 args;
	const char		*err;
	size_t			 i;
	int			 build;

	peer_init(&p, -1, -1);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		proto_msg_init(&m);
		m.page = cases[i].page;
		m.port = cases[i].port;
		m.entangled = cases[i].entangled;
		if (cases[i].type != MSG_PORT_MESSAGE) {
			m.channel = "port";
			m.channel_len = 4;
		}
		parse_ok(cases[i].message, &args);
		m.value = args.items[0];
		value_init(&args.items[0], VALUE_UNDEFINED);
		value_free(&args);
		frame_make(&p, cases[i].type, ENDPOINT_MAIN, ENDPOINT_MAIN, 1,
		    &m, &f);
		for (build = PROTO_CHECK; build <= PROTO_BUILD; build++) {
			err = NULL;
			ck_assert_msg(proto_decode(&f, &d, build, &err) == 0,
			    "case %zu: %s", i, err);
			ck_assert_uint_eq(d.page, cases[i].page);
			ck_assert_uint_eq(d.port, cases[i].port);
			ck_assert_uint_eq(d.entangled, cases[i].entangled);
			assert_view(d.channel, d.channel_len, m.channel,
			    m.channel_len);
			if (build)
				assert_same_value(&d.value, &m.value);
			proto_msg_free(&d);
		}
		proto_msg_free(&m);
	}
	peer_close(&p);
}
END_TEST

/* The settings read back field by field, at their defaults and at their limits. */
START_TEST(test_config_round_trip)
{
	struct peer		 p;
	struct msg		 f;
	struct proto_msg	 m, d;
	const char		*err;
	int			 i, build;

	peer_init(&p, -1, -1);
	for (i = 0; i < NCONFIG_CASES; i++) {
		proto_msg_init(&m);
		config_case(i, &m.sc);
		frame_make(&p, MSG_CONFIG, ENDPOINT_UI, ENDPOINT_MAIN, 0, &m,
		    &f);
		for (build = PROTO_CHECK; build <= PROTO_BUILD; build++) {
			err = NULL;
			ck_assert_msg(proto_decode(&f, &d, build, &err) == 0,
			    "case %d: %s", i, err);
			ck_assert_int_eq(d.sc.pattern, m.sc.pattern);
			ck_assert_int_eq(d.sc.reply, m.sc.reply);
			ck_assert_uint_eq(d.sc.delay_ms, m.sc.delay_ms);
			ck_assert_int_eq(d.sc.no_handler, m.sc.no_handler);
			ck_assert_str_eq(d.sc.throw_msg, m.sc.throw_msg);
			ck_assert_uint_eq(d.sc.push_every_ms,
			    m.sc.push_every_ms);
			ck_assert_int_eq(d.sc.isolation, m.sc.isolation);
			proto_msg_free(&d);
		}
	}
	peer_close(&p);
}
END_TEST

/* A press done without a reply carries no text, whatever the sender left in m. */
START_TEST(test_done_without_reply)
{
	struct peer		 p;
	struct msg		 f;
	struct proto_msg	 m, d;
	const char		*err;

	peer_init(&p, -1, -1);
	proto_msg_init(&m);
	m.flag = 0;
	m.text = "stale";
	m.text_len = 5;
	frame_make(&p, MSG_PRESS_DONE, ENDPOINT_MAIN, ENDPOINT_UI, 9, &m, &f);
	ck_assert_uint_eq(f.payload_len, 5);
	ck_assert_int_eq(proto_decode(&f, &d, PROTO_BUILD, &err), 0);
	ck_assert_uint_eq(d.flag, 0);
	ck_assert_uint_eq(d.text_len, 0);
	peer_close(&p);
}
END_TEST

/* A frame of MSG_MAX_FRAME bytes is sent; one byte more is refused, and nothing is queued. */
START_TEST(test_frame_limit)
{
	struct peer		 p;
	struct proto_msg	 m;
	struct msg_header	 h;
	const char		*err;
	char			*text;
	size_t			 queued;
	size_t			 max = MSG_MAX_FRAME - MSG_HEADER_SIZE - 4;

	text = malloc(max + 1);
	ck_assert_ptr_nonnull(text);
	memset(text, 'x', max + 1);
	peer_init(&p, -1, -1);
	proto_msg_init(&m);
	m.text = text;
	m.text_len = max;
	ck_assert_int_eq(proto_send(&p, MSG_CONSOLE_LINE, ENDPOINT_MAIN,
	    ENDPOINT_UI, 1, &m), 0);
	ck_assert_uint_eq(p.out.len, MSG_MAX_FRAME);
	queued = p.out.len;
	m.text_len = max + 1;
	ck_assert_int_eq(proto_send(&p, MSG_CONSOLE_LINE, ENDPOINT_MAIN,
	    ENDPOINT_UI, 2, &m), -1);
	ck_assert_uint_eq(p.out.len, queued);
	/* The frame queued before is whole. */
	ck_assert_int_eq(msg_header_get(buf_head(&p.out), p.out.len, &h, &err),
	    1);
	ck_assert_uint_eq(h.len, MSG_MAX_FRAME);
	ck_assert_uint_eq(h.id, 1);
	peer_close(&p);
	free(text);
}
END_TEST

/* The payloads are laid out byte for byte as the rows' layouts say. */
START_TEST(test_layouts)
{
	static const struct {
		int		 which;
		const uint8_t	*bytes;
		size_t		 len;
	} cases[] = {
		/* u32 sender-page, string channel, value args [true, 'x'] */
		{ 0, BYTES("\0\0\0\7" "\0\0\0\2ch" "\6\0\0\0\2" "\3"
		    "\5\0\0\0\1x") },
		/* u32 window, string reason, u32 exit-code */
		{ 1, BYTES("\0\0\0\2" "\0\0\0\7crashed" "\0\0\0\13") },
		/* u32 page, u8 resolved 0, string error */
		{ 2, BYTES("\0\0\0\3" "\0" "\0\0\0\4oops") },
		/* u32 page, u8 resolved 1, value 1.5 */
		{ 3, BYTES("\0\0\0\3" "\1" "\4\x3f\xf8\0\0\0\0\0\0") },
		/* u8 shows-reply, string reply */
		{ 4, BYTES("\1" "\0\0\0\2ok") },
		/*
		 * u8 pattern, u8 reply-method, u32 delay-ms, u8 no-handler,
		 * string throw, u32 push-every-ms, u8 context-isolation
		 */
		{ 5, BYTES("\0\0" "\0\0\0\0" "\0" "\0\0\0\0" "\0\0\0\0" "\0") },
		/*
		 * u32 page, u8 reply-method (2: win.webContents.send), string
		 * channel, value args [null]
		 */
		{ 6, BYTES("\0\0\0\0" "\2" "\0\0\0\2ch" "\6\0\0\0\1" "\1") },
	};
	struct peer		 p;
	struct msg		 f;
	struct proto_msg	 m;
	size_t			 i;
	uint16_t		 type = 0;

	peer_init(&p, -1, -1);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		proto_msg_init(&m);
		switch (cases[i].which) {
		case 0:
			type = MSG_IPC_SEND;
			m.page = 7;
			m.channel = "ch";
			m.channel_len = 2;
			parse_ok("true, 'x'", &m.value);
			break;
		case 1:
			type = MSG_RENDERER_GONE;
			m.window = 2;
			m.text = "crashed";
			m.text_len = 7;
			m.code = 11;
			break;
		case 2:
			type = MSG_IPC_INVOKE_RESULT;
			m.page = 3;
			m.text = "oops";
			m.text_len = 4;
			break;
		case 3:
			type = MSG_IPC_INVOKE_RESULT;
			m.page = 3;
			m.flag = 1;
			value_number(&m.value, 1.5);
			break;
		case 4:
			type = MSG_PRESS_DONE;
			m.flag = 1;
			m.text = "ok";
			m.text_len = 2;
			break;
		case 5:
			type = MSG_CONFIG;
			memset(&m.sc, 0, sizeof m.sc);
			break;
		case 6:
			type = MSG_IPC_MESSAGE;
			m.reply = REPLY_WEBCONTENTS;
			m.channel = "ch";
			m.channel_len = 2;
			parse_ok("null", &m.value);
			break;
		}
		frame_make(&p, type, ENDPOINT_MAIN, ENDPOINT_UI, 0, &m, &f);
		ck_assert_uint_eq(f.payload_len, cases[i].len);
		ck_assert_mem_eq(f.payload, cases[i].bytes, cases[i].len);
		proto_msg_free(&m);
	}
	peer_close(&p);
}
END_TEST

/* Every message cut short at any byte, or with a byte too many, is refused by both decoders. */
START_TEST(test_cut_and_padded)
{
	struct peer		 p;
	struct msg		 f;
	struct proto_msg	 m;
	size_t			 i;

	peer_init(&p, -1, -1);
	for (i = 0; i < NRT_CASES; i++) {
		case_msg(&rt_cases[i], &m);
		frame_make(&p, rt_cases[i].type, ENDPOINT_MAIN, ENDPOINT_UI, 0,
		    &m, &f);
		refuse_cut_and_padded(rt_cases[i].type, f.payload,
		    f.payload_len);
		proto_msg_free(&m);
	}
	for (i = 0; i < NCONFIG_CASES; i++) {
		proto_msg_init(&m);
		config_case((int)i, &m.sc);
		frame_make(&p, MSG_CONFIG, ENDPOINT_UI, ENDPOINT_MAIN, 0, &m,
		    &f);
		refuse_cut_and_padded(MSG_CONFIG, f.payload, f.payload_len);
	}
	peer_close(&p);
}
END_TEST

/* Bad strings, flags, settings and arguments are refused by both decoders, with these reasons. */
START_TEST(test_malformed)
{
	static const struct {
		uint16_t	 type;
		const uint8_t	*bytes;
		size_t		 len;
		const char	*err;
	} cases[] = {
		{ MSG_CONSOLE_LINE, BYTES("\0\0\0\1\xff"),
		    "malformed text payload" },
		{ MSG_CONSOLE_LINE, BYTES("\0\0\0\5abc"),
		    "malformed text payload" },
		{ MSG_CLICK, BYTES("\0\0\0\2\xc0\xaf"),
		    "malformed text payload" },
		{ MSG_PRESS_DONE, BYTES("\1\0\0\0\1\x80"),
		    "malformed press-done payload" },
		{ MSG_PRESS_DONE, BYTES("\2\0\0\0\0"),
		    "malformed press-done payload" },
		{ MSG_PRESS_DONE, BYTES("\xff\0\0\0\0"),
		    "malformed press-done payload" },
		/* The throw text not UTF-8, no-handler 2, a NUL in the text. */
		{ MSG_CONFIG, BYTES("\0\0\0\0\0\0\0\0\0\1\xff\0\0\0\0" "\0"),
		    "malformed config payload" },
		{ MSG_CONFIG, BYTES("\0\0\0\0\0\0\2\0\0\0\0\0\0\0\0" "\0"),
		    "malformed config payload" },
		{ MSG_CONFIG, BYTES("\0\0\0\0\0\0\0\0\0\3a\0b\0\0\0\0" "\0"),
		    "malformed config payload" },
		/* A pattern and a reply method past their tables. */
		{ MSG_CONFIG, BYTES("\x7f\0\0\0\0\0\0\0\0\0\0\0\0\0\0" "\0"),
		    "malformed config payload" },
		{ MSG_CONFIG, BYTES("\0\x7f\0\0\0\0\0\0\0\0\0\0\0\0\0" "\0"),
		    "malformed config payload" },
		/* A delay and a push period past 600000 ms. */
		{ MSG_CONFIG, BYTES("\0\0\0\x09\x27\xc1\0\0\0\0\0\0\0\0\0" "\0"),
		    "malformed config payload" },
		{ MSG_CONFIG, BYTES("\0\0\0\0\0\0\0\0\0\0\0\0\x09\x27\xc1" "\0"),
		    "malformed config payload" },
		/* contextIsolation 2. */
		{ MSG_CONFIG, BYTES("\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0" "\2"),
		    "malformed config payload" },
		{ MSG_PUSH, BYTES("\0"), "bytes after the payload" },
		/* A window number cut short, no event, event 3, bytes after. */
		{ MSG_WINDOW, BYTES("\0\0\1"), "malformed window payload" },
		{ MSG_WINDOW, BYTES("\0\0\0\1"), "malformed window payload" },
		{ MSG_WINDOW, BYTES("\0\0\0\1\3"), "malformed window payload" },
		{ MSG_WINDOW, BYTES("\0\0\0\1\1\0"), "bytes after the payload" },
		{ MSG_RENDERER_GONE, BYTES("\0\0\0\1\0\0\0\1\xff\0\0\0\0"),
		    "malformed renderer-gone payload" },
		{ MSG_IPC_SEND, BYTES(""), "truncated page" },
		{ MSG_IPC_SEND, BYTES("\0\0\0"), "truncated page" },
		{ MSG_IPC_SEND, BYTES("\0\0\0\1\0\0\0"),
		    "truncated or invalid channel name" },
		{ MSG_IPC_SEND, BYTES("\0\0\0\1\0\0\0\1\xff\6\0\0\0\0"),
		    "truncated or invalid channel name" },
		{ MSG_IPC_SEND, BYTES("\0\0\0\1\0\0\0\1c"),
		    "IPC arguments are not one array" },
		{ MSG_IPC_SEND, BYTES("\0\0\0\1\0\0\0\1c\5\0\0\0\1x"),
		    "IPC arguments are not one array" },
		{ MSG_IPC_MESSAGE,
		    BYTES("\0\0\0\0" "\0" "\0\0\0\1c\4\0\0\0\0\0\0\0\0"),
		    "IPC arguments are not one array" },
		/* A reply method past the three there are, or none. */
		{ MSG_IPC_MESSAGE, BYTES("\0\0\0\0" "\3" "\0\0\0\1c\6\0\0\0\0"),
		    "truncated or unknown reply method" },
		{ MSG_IPC_MESSAGE, BYTES("\0\0\0\0" "\xff" "\0\0\0\1c\6\0\0\0\0"),
		    "truncated or unknown reply method" },
		{ MSG_IPC_MESSAGE, BYTES("\0\0\0\0"),
		    "truncated or unknown reply method" },
		{ MSG_IPC_INVOKE, BYTES("\0\0\0\1\0\0\0\1c\0"),
		    "IPC arguments are not one array" },
		{ MSG_IPC_SEND_SYNC, BYTES("\0\0\0\1\0\0\0\1c\7\0\0\0\0"),
		    "IPC arguments are not one array" },
		{ MSG_IPC_INVOKE,
		    BYTES("\0\0\0\1\0\0\0\1c\6\0\0\0\1\5\0\0\0\1\xff"),
		    "truncated or invalid UTF-8 string" },
		{ MSG_IPC_MESSAGE,
		    BYTES("\0\0\0\0" "\1" "\0\0\0\1c\6\0\0\0\1\7\0\0\0\1"
		    "\0\0\0\1\xfe\1"),
		    "truncated or invalid object key" },
		{ MSG_IPC_SEND, BYTES("\0\0\0\1\0\0\0\1c\6\0\0\0\1\x10"),
		    "unknown value tag" },
		{ MSG_IPC_SEND,
		    BYTES("\0\0\0\1\0\0\0\1c\6\0\0\0\2\6\0\0\0\0"),
		    "truncated value" },
		{ MSG_IPC_SEND, BYTES("\0\0\0\1\0\0\0\1c\6\xff\xff\xff\xff\3"),
		    "truncated array or object" },
		{ MSG_IPC_INVOKE_RESULT, BYTES("\0\0\0\1\2\0\0\0\0"),
		    "malformed invoke result" },
		{ MSG_IPC_INVOKE_RESULT, BYTES("\0\0\0\1\0\0\0\0\1\xff"),
		    "malformed invoke result" },
		{ MSG_IPC_INVOKE_RESULT, BYTES("\0\0\0\1\1\x10"),
		    "unknown value tag" },
		{ MSG_IPC_SYNC_RESULT, BYTES("\0\0"), "malformed sync result" },
		{ MSG_IPC_SYNC_RESULT, BYTES("\0\0\0\1\5\0\0\0\1\xff"),
		    "truncated or invalid UTF-8 string" },
		/*
		 * A postMessage: a port without its other end, an other end
		 * without a port, one past the endpoints, one at no process,
		 * the UI's; cut short; its message a bad value.
		 */
		{ MSG_IPC_POST_TO_MAIN,
		    BYTES("\0\0\0\1\0\0\0\4port\1\0\0\0\5\0\0\0\0"),
		    "malformed post-message port" },
		{ MSG_IPC_POST_TO_MAIN,
		    BYTES("\0\0\0\1\0\0\0\4port\1\0\0\0\0\0\0\1\1"),
		    "malformed post-message port" },
		{ MSG_IPC_POST_TO_RENDERER,
		    BYTES("\0\0\0\0\0\0\0\4port\1\0\0\0\5\0\1\0\1"),
		    "malformed post-message port" },
		{ MSG_IPC_POST_TO_RENDERER,
		    BYTES("\0\0\0\0\0\0\0\4port\1\0\0\0\5\0\0\0\2"),
		    "malformed post-message port" },
		{ MSG_IPC_POST_TO_RENDERER,
		    BYTES("\0\0\0\0\0\0\0\4port\1\0\0\0\5\0\0\0\0"),
		    "malformed post-message port" },
		{ MSG_IPC_POST_TO_MAIN,
		    BYTES("\0\0\0\1\0\0\0\4port\1\0\0\0\5\0\0\1"),
		    "malformed post-message port" },
		{ MSG_IPC_POST_TO_MAIN, BYTES("\0\0\0\1\0\0\0\4por"),
		    "malformed post-message payload" },
		{ MSG_IPC_POST_TO_MAIN, BYTES("\0\0\0\1\0\0\0\4port\x10"),
		    "unknown value tag" },
		{ MSG_IPC_POST_TO_MAIN,
		    BYTES("\0\0\0\1\0\0\0\4port\1\0\0\0\0\0\0\0\0\0"),
		    "bytes after the payload" },
		/* A message on port 0, cut short, without its message. */
		{ MSG_PORT_MESSAGE, BYTES("\0\0\0\1\0\0\0\0\1"),
		    "malformed port-message payload" },
		{ MSG_PORT_MESSAGE, BYTES("\0\0\0\1\0\0\0"),
		    "malformed port-message payload" },
		{ MSG_PORT_MESSAGE, BYTES("\0\0\0\1\0\0\0\1"),
		    "truncated value" },
		{ 0x0999, BYTES(""), "unknown message type" },
	};
	size_t	 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		ck_assert_msg(strcmp(refused(cases[i].type, cases[i].bytes,
		    cases[i].len), cases[i].err) == 0, "case %zu: not \"%s\"",
		    i, cases[i].err);
}
END_TEST

/* Arguments nested deeper than VALUE_MAX_DEPTH are refused, and a half-built value is freed. */
START_TEST(test_too_deep)
{
	struct buf	 b;
	int		 i;

	buf_init(&b);
	msg_add_u32(&b, 1);
	msg_add_string(&b, "c", 1);
	for (i = 0; i <= VALUE_MAX_DEPTH; i++) {
		msg_add_u8(&b, VALUE_ARRAY);
		msg_add_u32(&b, 2);
		msg_add_u8(&b, VALUE_TRUE);
	}
	msg_add_u8(&b, VALUE_NULL);
	ck_assert_str_eq(refused(MSG_IPC_SEND, buf_head(&b), b.len),
	    "value nested too deep");
	buf_free(&b);
}
END_TEST

/* The trace line names the type, both ends, the id, and what the frame carries. */
START_TEST(test_describe)
{
	struct peer		 p;
	struct msg		 f;
	struct proto_msg	 m, d;
	struct buf		 b;
	const char		*err;

	peer_init(&p, -1, -1);
	buf_init(&b);
	sample_msg(MSG_IPC_SEND, 1, &m);
	frame_make(&p, MSG_IPC_SEND, ENDPOINT_RENDERER(1), ENDPOINT_MAIN, 5,
	    &m, &f);
	ck_assert_int_eq(proto_decode(&f, &d, PROTO_BUILD, &err), 0);
	proto_describe(&b, &f.hdr, &d);
	ck_assert_str_eq(buf_str(&b), "ipc-send renderer 1 -> main #5: "
	    "'message-from-renderer' [ 'ping', 42, { a: [ 1, 'x' ] } ]");
	proto_msg_free(&d);
	proto_msg_free(&m);

	buf_clear(&b);
	sample_msg(MSG_CONSOLE_LINE, 0, &m);
	frame_make(&p, MSG_CONSOLE_LINE, ENDPOINT_MAIN, ENDPOINT_UI, 0, &m,
	    &f);
	ck_assert_int_eq(proto_decode(&f, &d, PROTO_BUILD, &err), 0);
	proto_describe(&b, &f.hdr, &d);
	ck_assert_str_eq(buf_str(&b),
	    "console-line main -> ui #0: hello \xc3\xa9");

	buf_clear(&b);
	proto_msg_init(&m);
	m.page = 2;
	frame_make(&p, MSG_IPC_SYNC_RESULT, ENDPOINT_MAIN, ENDPOINT_RENDERER(3),
	    7, &m, &f);
	ck_assert_int_eq(proto_decode(&f, &d, PROTO_BUILD, &err), 0);
	proto_describe(&b, &f.hdr, &d);
	ck_assert_str_eq(buf_str(&b),
	    "ipc-sync-result main -> renderer 3 #7: undefined");
	buf_free(&b);
	peer_close(&p);
}
END_TEST

Suite *
suite_proto(void)
{
	Suite	*s = suite_create("proto");
	TCase	*tc_table = tcase_create("table");
	TCase	*tc_codec = tcase_create("codec");
	TCase	*tc_bad = tcase_create("malformed");

	tcase_add_test(tc_table, test_rows);
	tcase_add_test(tc_table, test_endpoint_roles);
	suite_add_tcase(s, tc_table);
	tcase_add_test(tc_codec, test_round_trip);
	tcase_add_test(tc_codec, test_check_again);
	tcase_add_test(tc_codec, test_config_round_trip);
	tcase_add_test(tc_codec, test_port_round_trip);
	tcase_add_test(tc_codec, test_done_without_reply);
	tcase_add_test(tc_codec, test_layouts);
	tcase_add_test(tc_codec, test_frame_limit);
	tcase_add_test(tc_codec, test_describe);
	suite_add_tcase(s, tc_codec);
	tcase_add_test(tc_bad, test_cut_and_padded);
	tcase_add_test(tc_bad, test_malformed);
	tcase_add_test(tc_bad, test_too_deep);
	suite_add_tcase(s, tc_bad);
	return (s);
}
