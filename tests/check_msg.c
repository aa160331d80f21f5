/* Frame headers, type names and the typed payload helpers. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "suites.h"

/* A header written field by field reads back the same, in big-endian order. */
START_TEST(test_header_round_trip)
{
	struct msg_header	 h = { 40, MSG_VERSION, MSG_IPC_SEND, 0x101, 1,
				    0xdeadbeef }, g;
	uint8_t			 p[MSG_HEADER_SIZE];
	static const uint8_t	 want[MSG_HEADER_SIZE] = { 0, 0, 0, 40, 0, 1,
				    2, 0, 1, 1, 0, 1, 0xde, 0xad, 0xbe, 0xef };
	const char		*err = NULL;

	msg_header_put(p, &h);
	ck_assert_mem_eq(p, want, sizeof want);
	ck_assert_int_eq(msg_header_get(p, sizeof p, &g, &err), 1);
	ck_assert_int_eq(g.len, 40);
	ck_assert_int_eq(g.type, MSG_IPC_SEND);
	ck_assert_int_eq(g.src, 0x101);
	ck_assert_int_eq(g.dst, 1);
	ck_assert_uint_eq(g.id, 0xdeadbeef);
}
END_TEST

/* Bad headers are refused with a reason; a short one just needs more bytes. */
START_TEST(test_header_refusals)
{
	static const struct {
		uint32_t	 len;
		uint16_t	 version;
		uint16_t	 type;
		const char	*err;
	} cases[] = {
		{ 16, 2, MSG_CLICK, "unsupported protocol version" },
		{ 15, MSG_VERSION, MSG_CLICK,
		    "frame length shorter than its header" },
		{ MSG_MAX_FRAME + 1, MSG_VERSION, MSG_CLICK,
		    "frame larger than the maximum frame size" },
		{ 16, MSG_VERSION, 0x0999, "unknown message type" },
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
		ck_assert_str_eq(err, cases[i].err);
	}
	ck_assert_int_eq(msg_header_get(p, MSG_HEADER_SIZE - 1, &g, &err), 0);
	ck_assert_int_eq(msg_header_get(p, 0, &g, &err), 0);
}
END_TEST

/* Every type this version defines has a name; others are unknown. */
START_TEST(test_type_names)
{
	ck_assert_str_eq(msg_type_name(MSG_CONSOLE_LINE), "console-line");
	ck_assert_str_eq(msg_type_name(MSG_IPC_SEND), "ipc-send");
	ck_assert_str_eq(msg_type_name(MSG_IPC_SYNC_RESULT), "ipc-sync-result");
	ck_assert_str_eq(msg_type_name(MSG_RENDERER_GONE), "renderer-gone");
	ck_assert_str_eq(msg_type_name(0x7777), "unknown");
	ck_assert(msg_type_known(MSG_PUSH));
	ck_assert(!msg_type_known(0));
}
END_TEST

/* Integers and strings read back as written, and the end check sees leftovers. */
START_TEST(test_payload_round_trip)
{
	struct buf		 b;
	struct msg_reader	 r;
	uint8_t			 u8;
	uint32_t		 u32;
	uint64_t		 u64;
	char			*s;
	size_t			 len;

	buf_init(&b);
	msg_add_u8(&b, 0xab);
	msg_add_u32(&b, 0x01020304);
	msg_add_u64(&b, 0x0102030405060708ULL);
	msg_add_string(&b, "h\0\xc3\xa9", 4);
	msg_reader_init(&r, buf_head(&b), b.len);
	ck_assert_int_eq(msg_get_u8(&r, &u8), 0);
	ck_assert_uint_eq(u8, 0xab);
	ck_assert_int_eq(msg_get_u32(&r, &u32), 0);
	ck_assert_uint_eq(u32, 0x01020304);
	ck_assert_int_eq(msg_get_end(&r), -1);
	ck_assert_int_eq(msg_get_u64(&r, &u64), 0);
	ck_assert(u64 == 0x0102030405060708ULL);
	ck_assert_int_eq(msg_get_string(&r, &s, &len), 0);
	ck_assert_uint_eq(len, 4);
	ck_assert_mem_eq(s, "h\0\xc3\xa9", 5);
	free(s);
	ck_assert_int_eq(msg_get_end(&r), 0);
	ck_assert_int_eq(msg_get_u8(&r, &u8), -1);
	buf_free(&b);
}
END_TEST

/* Strings must be whole and valid UTF-8. */
START_TEST(test_string_refusals)
{
	static const struct {
		const char	*bytes;
		size_t		 len;
	} cases[] = {
		{ "\0\0\0\5abc", 7 },		/* shorter than its length */
		{ "\0\0", 2 },			/* no whole length */
		{ "\0\0\0\1\xff", 5 },		/* not UTF-8 */
		{ "\0\0\0\2\xc0\xaf", 6 },	/* overlong */
		{ "\0\0\0\3\xed\xa0\x80", 7 },	/* a surrogate */
	};
	struct msg_reader	 r;
	char			*s;
	size_t			 i, len;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		msg_reader_init(&r, (const uint8_t *)cases[i].bytes,
		    cases[i].len);
		ck_assert_int_eq(msg_get_string(&r, &s, &len), -1);
	}
}
END_TEST

Suite *
suite_msg(void)
{
	Suite	*s = suite_create("msg");
	TCase	*tc = tcase_create("frames");

	tcase_add_test(tc, test_header_round_trip);
	tcase_add_test(tc, test_header_refusals);
	tcase_add_test(tc, test_type_names);
	tcase_add_test(tc, test_payload_round_trip);
	tcase_add_test(tc, test_string_refusals);
	suite_add_tcase(s, tc);
	return (s);
}
