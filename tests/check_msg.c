/* Frame headers, type names and the typed payload helpers. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "msg.h"
#include "proto.h"

/* A header written field by field reads back the same, in big-endian order. */
START_TEST(test_header_round_trip)
{
	struct msg_header	 h = { 40, MSG_VERSION, MSG_IPC_SEND, 0x101, 1,
				    0xdeadbeef }, g;
	uint8_t			 p[MSG_HEADER_SIZE + 4];
	static const uint8_t	 want[MSG_HEADER_SIZE] = { 0, 0, 0, 40, 0, 1,
				    2, 0, 1, 1, 0, 1, 0xde, 0xad, 0xbe, 0xef };
	const char		*err = NULL;

	memset(p, 0xee, sizeof p);
	msg_header_put(p, &h);
	ck_assert_mem_eq(p, want, sizeof want);
	/* Nothing is written past the header. */
	ck_assert_uint_eq(p[MSG_HEADER_SIZE], 0xee);
	ck_assert_int_eq(msg_header_get(p, MSG_HEADER_SIZE, &g, &err), 1);
	ck_assert_ptr_null(err);
	ck_assert_uint_eq(g.len, 40);
	ck_assert_uint_eq(g.version, MSG_VERSION);
	ck_assert_uint_eq(g.type, MSG_IPC_SEND);
	ck_assert_uint_eq(g.src, 0x101);
	ck_assert_uint_eq(g.dst, 1);
	ck_assert_uint_eq(g.id, 0xdeadbeef);
}
END_TEST

/* The smallest and the largest valid lengths are accepted. */
START_TEST(test_header_length_bounds)
{
	static const uint32_t	 lens[] = { MSG_HEADER_SIZE, MSG_MAX_FRAME };
	struct msg_header	 h = { 0, MSG_VERSION, MSG_CLICK, 0, 0x105, 0 },
				 g;
	uint8_t			 p[MSG_HEADER_SIZE];
	const char		*err = NULL;
	size_t			 i;

	for (i = 0; i < sizeof lens / sizeof lens[0]; i++) {
		h.len = lens[i];
		msg_header_put(p, &h);
		ck_assert_int_eq(msg_header_get(p, sizeof p, &g, &err), 1);
		ck_assert_uint_eq(g.len, lens[i]);
	}
}
END_TEST

/* With fewer than MSG_HEADER_SIZE bytes there is no answer yet, not an error. */
START_TEST(test_header_short)
{
	struct msg_header	 h = { 20, 9, 0x999, 0, 0, 0 }, g;
	uint8_t			 p[MSG_HEADER_SIZE];
	const char		*err = NULL;
	size_t			 n;

	/* Even a header that will be refused needs all its bytes first. */
	msg_header_put(p, &h);
	for (n = 0; n < MSG_HEADER_SIZE; n++)
		ck_assert_int_eq(msg_header_get(p, n, &g, &err), 0);
	ck_assert_ptr_null(err);
}
END_TEST

/* Bad headers are refused with a reason. */
START_TEST(test_header_refusals)
{
	static const struct {
		uint32_t	 len;
		uint16_t	 version;
		uint16_t	 type;
		const char	*err;
	} cases[] = {
		{ 16, 2, MSG_CLICK, "unsupported protocol version" },
		{ 16, 0, MSG_CLICK, "unsupported protocol version" },
		{ 15, MSG_VERSION, MSG_CLICK,
		    "frame length shorter than its header" },
		{ 0, MSG_VERSION, MSG_CLICK,
		    "frame length shorter than its header" },
		{ MSG_MAX_FRAME + 1, MSG_VERSION, MSG_CLICK,
		    "frame larger than the maximum frame size" },
		{ UINT32_MAX, MSG_VERSION, MSG_CLICK,
		    "frame larger than the maximum frame size" },
		{ 16, MSG_VERSION, 0x0999, "unknown message type" },
		{ 16, MSG_VERSION, 0, "unknown message type" },
		{ 16, MSG_VERSION, 0x0107, "unknown message type" },
	};
	struct msg_header	 h, g;
	uint8_t			 p[MSG_HEADER_SIZE];
	const char		*err;
	size_t			 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		memset(&h, 0, sizeof h);
		h.len = cases[i].len;
		h.version = cases[i].version;
		h.type = cases[i].type;
		msg_header_put(p, &h);
		err = NULL;
		ck_assert_int_eq(msg_header_get(p, sizeof p, &g, &err), -1);
		ck_assert_ptr_nonnull(err);
		ck_assert_str_eq(err, cases[i].err);
	}
}
END_TEST

/* Every type this version defines has its name; others are unknown. */
START_TEST(test_type_names)
{
	static const struct {
		uint16_t	 type;
		const char	*name;
	} cases[] = {
		{ MSG_CONSOLE_LINE, "console-line" },
		{ MSG_CLICK, "click" },
		{ MSG_PRESS_DONE, "press-done" },
		{ MSG_CONFIG, "config" },
		{ MSG_PUSH, "push" },
		{ MSG_RENDERER_GONE, "renderer-gone" },
		{ MSG_WINDOW, "window" },
		{ MSG_IPC_SEND, "ipc-send" },
		{ MSG_IPC_MESSAGE, "ipc-message" },
		{ MSG_IPC_INVOKE, "ipc-invoke" },
		{ MSG_IPC_INVOKE_RESULT, "ipc-invoke-result" },
		{ MSG_IPC_SEND_SYNC, "ipc-send-sync" },
		{ MSG_IPC_SYNC_RESULT, "ipc-sync-result" },
		{ MSG_IPC_POST_TO_MAIN, "ipc-post-to-main" },
		{ MSG_IPC_POST_TO_RENDERER, "ipc-post-to-renderer" },
		{ MSG_PORT_MESSAGE, "port-message" },
	};
	static const uint16_t	 unknown[] = { 0, 0x00ff, 0x0107, 0x01ff,
				    0x0209, 0x7777, 0xffff };
	size_t			 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		ck_assert_str_eq(msg_type_name(cases[i].type), cases[i].name);
		ck_assert_int_eq(msg_type_known(cases[i].type), 1);
	}
	for (i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
		ck_assert_str_eq(msg_type_name(unknown[i]), "unknown");
		ck_assert_int_eq(msg_type_known(unknown[i]), 0);
	}
}
END_TEST

/* Integers are written big-endian and read back as written, at their limits too. */
START_TEST(test_integers)
{
	static const uint8_t	 want[] = {
		0x00, 0xff, 0xab,
		0x00, 0x00, 0x00, 0x00,
		0xff, 0xff, 0xff, 0xff,
		0x01, 0x02, 0x03, 0x04,
		0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08,
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe,
	};
	struct buf		 b;
	struct msg_reader	 r;
	uint8_t			 u8[3];
	uint32_t		 u32[3];
	uint64_t		 u64[2];
	size_t			 i;

	buf_init(&b);
	msg_add_u8(&b, 0);
	msg_add_u8(&b, 0xff);
	msg_add_u8(&b, 0xab);
	msg_add_u32(&b, 0);
	msg_add_u32(&b, UINT32_MAX);
	msg_add_u32(&b, 0x01020304);
	msg_add_u64(&b, 0x0102030405060708ULL);
	msg_add_u64(&b, UINT64_MAX - 1);
	ck_assert_uint_eq(b.len, sizeof want);
	ck_assert_mem_eq(buf_head(&b), want, sizeof want);

	msg_reader_init(&r, buf_head(&b), b.len);
	for (i = 0; i < 3; i++)
		ck_assert_int_eq(msg_get_u8(&r, &u8[i]), 0);
	for (i = 0; i < 3; i++)
		ck_assert_int_eq(msg_get_u32(&r, &u32[i]), 0);
	for (i = 0; i < 2; i++)
		ck_assert_int_eq(msg_get_u64(&r, &u64[i]), 0);
	ck_assert_uint_eq(u8[0], 0);
	ck_assert_uint_eq(u8[1], 0xff);
	ck_assert_uint_eq(u8[2], 0xab);
	ck_assert_uint_eq(u32[0], 0);
	ck_assert_uint_eq(u32[1], UINT32_MAX);
	ck_assert_uint_eq(u32[2], 0x01020304);
	ck_assert(u64[0] == 0x0102030405060708ULL);
	ck_assert(u64[1] == UINT64_MAX - 1);
	ck_assert_int_eq(msg_get_end(&r), 0);
	buf_free(&b);
}
END_TEST

/* Reading past the end fails; u8 and u32 leave the cursor where it was. */
START_TEST(test_integers_short)
{
	static const uint8_t	 p[7] = { 1, 2, 3, 4, 5, 6, 7 };
	struct msg_reader	 r;
	uint8_t			 u8;
	uint32_t		 u32;
	uint64_t		 u64;

	msg_reader_init(&r, p, sizeof p);
	ck_assert_int_eq(msg_get_u64(&r, &u64), -1);
	msg_reader_init(&r, p, sizeof p);
	ck_assert_int_eq(msg_get_u32(&r, &u32), 0);
	ck_assert_uint_eq(u32, 0x01020304);
	ck_assert_int_eq(msg_get_u32(&r, &u32), -1);
	ck_assert_uint_eq(r.pos, 4);
	ck_assert_int_eq(msg_get_u8(&r, &u8), 0);
	ck_assert_int_eq(msg_get_u8(&r, &u8), 0);
	ck_assert_int_eq(msg_get_u8(&r, &u8), 0);
	ck_assert_uint_eq(u8, 7);
	ck_assert_int_eq(msg_get_u8(&r, &u8), -1);
	ck_assert_int_eq(msg_get_end(&r), 0);
}
END_TEST

/* Strings, empty, with NUL bytes and multibyte characters, read back exactly. */
START_TEST(test_strings)
{
	static const struct {
		const char	*s;
		size_t		 len;
	} cases[] = {
		{ "", 0 },
		{ "hello", 5 },
		{ "h\0\xc3\xa9", 4 },
		{ "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e \xf0\x9f\x98\x80", 14 },
	};
	static const uint8_t	 wire[] = { 0, 0, 0, 5, 'h', 'e', 'l', 'l',
				    'o' };
	struct buf		 b;
	struct msg_reader	 r;
	char			*s;
	size_t			 i, len;

	buf_init(&b);
	msg_add_string(&b, cases[1].s, cases[1].len);
	ck_assert_uint_eq(b.len, sizeof wire);
	ck_assert_mem_eq(buf_head(&b), wire, sizeof wire);
	buf_clear(&b);

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		msg_add_string(&b, cases[i].s, cases[i].len);
	msg_reader_init(&r, buf_head(&b), b.len);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		ck_assert_int_eq(msg_get_string(&r, &s, &len), 0);
		ck_assert_uint_eq(len, cases[i].len);
		/* The copy holds the bytes and a NUL after them. */
		ck_assert_mem_eq(s, cases[i].s, cases[i].len + 1);
		free(s);
	}
	ck_assert_int_eq(msg_get_end(&r), 0);
	buf_free(&b);
}
END_TEST

/* A string view points into the payload itself, without a copy or a NUL. */
START_TEST(test_string_view)
{
	static const uint8_t	 p[] = { 0, 0, 0, 3, 'a', 0xc3, 0xa9, 0, 0, 0,
				    0, 0, 0, 0, 1, 0xff };
	struct msg_reader	 r;
	const char		*s;
	size_t			 len;

	msg_reader_init(&r, p, sizeof p);
	ck_assert_int_eq(msg_view_string(&r, &s, &len), 0);
	ck_assert_ptr_eq(s, (const char *)p + 4);
	ck_assert_uint_eq(len, 3);
	ck_assert_int_eq(msg_view_string(&r, &s, &len), 0);
	ck_assert_uint_eq(len, 0);
	ck_assert_uint_eq(r.pos, 11);
	ck_assert_int_eq(msg_view_string(&r, &s, &len), -1);
}
END_TEST

/* Strings must be whole and valid UTF-8, whether copied or viewed. */
START_TEST(test_string_refusals)
{
	static const struct {
		const char	*bytes;
		size_t		 len;
	} cases[] = {
		{ "\0\0\0\5abc", 7 },		/* shorter than its length */
		{ "\xff\xff\xff\xff" "abc", 7 },	/* a huge length */
		{ "\0\0", 2 },			/* no whole length */
		{ "", 0 },			/* nothing at all */
		{ "\0\0\0\1\xff", 5 },		/* not UTF-8 */
		{ "\0\0\0\1\x80", 5 },		/* a lone continuation byte */
		{ "\0\0\0\2\xc0\xaf", 6 },	/* overlong */
		{ "\0\0\0\3\xed\xa0\x80", 7 },	/* a surrogate */
		{ "\0\0\0\4\xf4\x90\x80\x80", 8 },	/* above U+10FFFF */
		{ "\0\0\0\2\xe6\x97", 6 },	/* a character cut short */
	};
	struct msg_reader	 r;
	char			*s;
	const char		*view;
	size_t			 i, len;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		msg_reader_init(&r, (const uint8_t *)cases[i].bytes,
		    cases[i].len);
		ck_assert_msg(msg_get_string(&r, &s, &len) == -1,
		    "case %zu accepted", i);
		msg_reader_init(&r, (const uint8_t *)cases[i].bytes,
		    cases[i].len);
		ck_assert_msg(msg_view_string(&r, &view, &len) == -1,
		    "case %zu viewed", i);
	}
}
END_TEST

/* The end check sees leftover bytes, and an empty payload is at its end. */
START_TEST(test_end)
{
	static const uint8_t	 p[5] = { 0, 0, 0, 1, 9 };
	struct msg_reader	 r;
	uint32_t		 u32;
	uint8_t			 u8;

	msg_reader_init(&r, p, 0);
	ck_assert_int_eq(msg_get_end(&r), 0);
	msg_reader_init(&r, p, sizeof p);
	ck_assert_int_eq(msg_get_end(&r), -1);
	ck_assert_int_eq(msg_get_u32(&r, &u32), 0);
	ck_assert_int_eq(msg_get_end(&r), -1);
	ck_assert_int_eq(msg_get_u8(&r, &u8), 0);
	ck_assert_int_eq(msg_get_end(&r), 0);
}
END_TEST

Suite *
suite_msg(void)
{
	Suite	*s = suite_create("msg");
	TCase	*tc_hdr = tcase_create("header");
	TCase	*tc_pl = tcase_create("payload");

	tcase_add_test(tc_hdr, test_header_round_trip);
	tcase_add_test(tc_hdr, test_header_length_bounds);
	tcase_add_test(tc_hdr, test_header_short);
	tcase_add_test(tc_hdr, test_header_refusals);
	tcase_add_test(tc_hdr, test_type_names);
	suite_add_tcase(s, tc_hdr);
	tcase_add_test(tc_pl, test_integers);
	tcase_add_test(tc_pl, test_integers_short);
	tcase_add_test(tc_pl, test_strings);
	tcase_add_test(tc_pl, test_string_view);
	tcase_add_test(tc_pl, test_string_refusals);
	tcase_add_test(tc_pl, test_end);
	suite_add_tcase(s, tc_pl);
	return (s);
}
