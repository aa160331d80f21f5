/* Keyboard bytes to characters: whole characters across reads, bad bytes dropped alone. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "keyin.h"
#include "suites.h"

/* What a function key does to the decoder, written as this byte in the cases. */
#define FKEY	'\001'

/* Bytes typed in a locale, and the characters they must give, in order. */
static const struct {
	const char	*locale;
	const char	*bytes;
	size_t		 nbytes;
	const wint_t	 chars[4];	/* ended by 0 unless full */
	size_t		 nchars;
} cases[] = {
	{ "C.UTF-8", "ab", 2, { 'a', 'b' }, 2 },
	/* A character whose bytes come in separate reads. */
	{ "C.UTF-8", "\xc3\xa9", 2, { 0xe9 }, 1 },
	{ "C.UTF-8", "\xf0\x9f\x99\x82x", 5, { 0x1f642, 'x' }, 2 },
	/* A byte that cannot begin a character does not take the next key. */
	{ "C.UTF-8", "\xe9x", 2, { 'x' }, 1 },
	{ "C.UTF-8", "\xa9\xa9y", 3, { 'y' }, 1 },
	/* A lead byte followed by one that cannot go on: both keys count. */
	{ "C.UTF-8", "\xe2\x82x\xc3\xa9", 5, { 'x', 0xe9 }, 2 },
	/* A function key ends a character not yet whole. */
	{ "C.UTF-8", "\xe2\x82" "\001" "\xac", 4, { 0 }, 0 },
	/* Ctrl-@ is the character 0. */
	{ "C.UTF-8", "\0a", 2, { 0, 'a' }, 2 },
	/* The C locale decodes no byte past ASCII: UTF-8 e-acute is two drops. */
	{ "C", "\xc3\xa9x", 3, { 'x' }, 1 },
};

/* Feed each case's bytes one at a time and collect what comes out. */
START_TEST(test_decode)
{
	struct keyin	 k;
	wint_t		 got[8], ch;
	size_t		 i, n = 0;

	ck_assert_ptr_nonnull(setlocale(LC_CTYPE, cases[_i].locale));
	memset(&k, 0, sizeof k);
	for (i = 0; i < cases[_i].nbytes; i++) {
		if (cases[_i].bytes[i] == FKEY) {
			keyin_reset(&k);
			continue;
		}
		keyin_add(&k, (unsigned char)cases[_i].bytes[i]);
		while (keyin_next(&k, &ch)) {
			ck_assert_uint_lt(n, sizeof got / sizeof got[0]);
			got[n++] = ch;
		}
	}
	ck_assert_uint_eq(n, cases[_i].nchars);
	for (i = 0; i < n; i++)
		ck_assert_uint_eq(got[i], cases[_i].chars[i]);
	setlocale(LC_CTYPE, "C.UTF-8");
}
END_TEST

/* Bytes that never make a character never fill the decoder. */
START_TEST(test_never_full)
{
	struct keyin	 k;
	wint_t		 ch;
	int		 i;

	memset(&k, 0, sizeof k);
	for (i = 0; i < 1000; i++) {
		keyin_add(&k, 0xf0);
		ck_assert_int_eq(keyin_next(&k, &ch), 0);
		ck_assert_uint_le(k.len, 1);
	}
	keyin_add(&k, 'z');
	ck_assert_int_eq(keyin_next(&k, &ch), 1);
	ck_assert_uint_eq(ch, 'z');
	ck_assert_int_eq(keyin_next(&k, &ch), 0);
}
END_TEST

Suite *
suite_keyin(void)
{
	Suite	*s = suite_create("keyin");
	TCase	*tc = tcase_create("decode");

	tcase_add_loop_test(tc, test_decode, 0, sizeof cases / sizeof cases[0]);
	tcase_add_test(tc, test_never_full);
	suite_add_tcase(s, tc);
	return (s);
}
