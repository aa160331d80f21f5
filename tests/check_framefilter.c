/* The inspector's filter: every kind of term, negation, AND, the arrow either way, bad input. */
#include "config.h"

#include <string.h>

#include "suites.h"
#include "framefilter.h"

/* The seed's request as the inspector shows it. */
static const struct framefilter_row send_row = {
	"R1->Main", "send", "message-from-renderer", "[ 1, 2, 3 ]"
};

/* Main's reply to it. */
static const struct framefilter_row reply_row = {
	"Main->R1", "event.reply", "message-from-main", "[ 6 ]"
};

/* A console line: no channel. */
static const struct framefilter_row line_row = {
	"Main->UI", "console line", NULL,
	"'receive message from renderer process 1 2 3'"
};

/* Whether text parses and matches row. */
static int
matches(const char *text, const struct framefilter_row *row)
{
	struct framefilter	 ff;
	char			 err[128];
	int			 r;

	framefilter_init(&ff);
	ck_assert_int_eq(framefilter_parse(&ff, text, err, sizeof err), 0);
	r = framefilter_match(&ff, row);
	framefilter_free(&ff);
	return (r);
}

START_TEST(test_empty)
{
	ck_assert(matches("", &send_row));
	ck_assert(matches("   ", &line_row));
}
END_TEST

START_TEST(test_keys)
{
	ck_assert(matches("channel:message-from-renderer", &send_row));
	ck_assert(!matches("channel:message-from-renderer", &reply_row));
	ck_assert(matches("channel:FROM-MAIN", &reply_row));
	ck_assert(!matches("channel:main", &line_row));
	ck_assert(matches("method:send", &send_row));
	ck_assert(!matches("method:invoke", &send_row));
	ck_assert(matches("method:reply", &reply_row));
	/* A key's value is not looked for in the other fields. */
	ck_assert(!matches("method:message", &send_row));
}
END_TEST

START_TEST(test_dir)
{
	ck_assert(matches("dir:R1->Main", &send_row));
	ck_assert(matches("dir:R1\xe2\x86\x92Main", &send_row));
	ck_assert(matches("dir:r1->main", &send_row));
	ck_assert(!matches("dir:R1->Main", &reply_row));
	/* Whole, not a part. */
	ck_assert(!matches("dir:R1", &send_row));
	ck_assert(matches("dir:Main\xe2\x86\x92R1", &reply_row));
}
END_TEST

START_TEST(test_text)
{
	ck_assert(matches("renderer", &send_row));
	ck_assert(matches("RECEIVE", &line_row));
	ck_assert(matches("6", &reply_row));
	ck_assert(!matches("invoke", &send_row));
	/* An unknown key is plain text. */
	ck_assert(!matches("foo:bar", &send_row));
	ck_assert(matches("line:", &(struct framefilter_row){ "Main->UI",
	    "console line", NULL, "'line: x'" }));
	ck_assert(matches("R1->", &send_row));
}
END_TEST

START_TEST(test_regex)
{
	ck_assert(matches("/^message-from-(renderer|main)$/", &send_row));
	ck_assert(matches("/^message-from-(renderer|main)$/", &reply_row));
	ck_assert(!matches("/^message-from-(renderer|main)$/", &line_row));
	ck_assert(matches("/SEND/", &send_row));
	/* A regex may hold spaces and slashes. */
	ck_assert(matches("/1, 2/", &send_row));
	ck_assert(matches("/process 1 2/", &line_row));
	ck_assert(matches("/a/b|send/ method:send", &send_row));
	ck_assert(!matches("-/send/", &send_row));
	ck_assert(matches("-/send/", &reply_row));
}
END_TEST

START_TEST(test_negate_and)
{
	ck_assert(!matches("-method:send", &send_row));
	ck_assert(matches("-method:send", &reply_row));
	ck_assert(matches("-channel:x", &line_row));
	ck_assert(matches("dir:R1->Main method:send", &send_row));
	ck_assert(!matches("dir:R1->Main method:invoke", &send_row));
	ck_assert(!matches("main -console", &line_row));
	ck_assert(matches("main -console", &reply_row));
	/* A lone - is text. */
	ck_assert(matches("-", &send_row));
}
END_TEST

START_TEST(test_errors)
{
	struct framefilter	 ff;
	char			 err[128];

	framefilter_init(&ff);
	ck_assert_int_eq(framefilter_parse(&ff, "send /(/", err, sizeof err),
	    -1);
	ck_assert_uint_eq(ff.n, 0);
	ck_assert(strlen(err) > 0);
	ck_assert_int_eq(framefilter_parse(&ff,
	    "a b c d e f g h i j k l m n o p q", err, sizeof err), -1);
	ck_assert_str_eq(err, "more than 16 terms");
	ck_assert_uint_eq(ff.n, 0);
	/* An unclosed slash is plain text. */
	ck_assert_int_eq(framefilter_parse(&ff, "/send", err, sizeof err), 0);
	ck_assert_int_eq(ff.terms[0].kind, FILTER_TEXT);
	ck_assert(!framefilter_match(&ff, &send_row));
	framefilter_free(&ff);
}
END_TEST

/* The suite. */
Suite *
suite_framefilter(void)
{
	Suite	*s = suite_create("framefilter");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_empty);
	tcase_add_test(tc, test_keys);
	tcase_add_test(tc, test_dir);
	tcase_add_test(tc, test_text);
	tcase_add_test(tc, test_regex);
	tcase_add_test(tc, test_negate_and);
	tcase_add_test(tc, test_errors);
	suite_add_tcase(s, tc);
	return (s);
}
