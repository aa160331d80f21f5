/* Widgets' key handling, without a terminal: what each key does and reports. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "suites.h"
#include "ui-settings.h"
#include "ui-text.h"
#include "widget.h"

/* A character key. */
static struct wkey
ch(wint_t c)
{
	struct wkey	 k = { 0, c };

	return (k);
}

/* A curses key code. */
static struct wkey
code(int c)
{
	struct wkey	 k = { c, 0 };

	return (k);
}

/* Send a key to a widget and return what it reports. */
static int
press(struct widget *w, struct wkey k)
{
	return (w->ops->key(w, &k));
}

/* Keys and what a button reports for each. */
static const struct {
	int	 code;
	wint_t	 ch;
	int	 ret;
} button_keys[] = {
	{ 0, '\n', WIDGET_HANDLED | WIDGET_ACTIVATE },
	{ 0, '\r', WIDGET_HANDLED | WIDGET_ACTIVATE },
	{ KEY_ENTER, 0, WIDGET_HANDLED | WIDGET_ACTIVATE },
	{ 0, ' ', WIDGET_HANDLED | WIDGET_ACTIVATE },
	{ 0, 'x', WIDGET_IGNORED },
	{ 0, '\t', WIDGET_IGNORED },
	{ 0, 0x65e5, WIDGET_IGNORED },
	{ KEY_UP, 0, WIDGET_IGNORED },
	{ KEY_LEFT, 0, WIDGET_IGNORED },
	{ KEY_BACKSPACE, 0, WIDGET_IGNORED },
};

/* Enter and Space press a button; other keys are not its business. */
START_TEST(test_button_keys)
{
	struct button	 b;
	struct wkey	 k = { button_keys[_i].code, button_keys[_i].ch };

	button_init(&b, "Send 1, 2, 3");
	ck_assert_int_eq(b.w.ops->key(&b.w, &k), button_keys[_i].ret);
	ck_assert_str_eq(b.label, "Send 1, 2, 3");
}
END_TEST

/*
 * A button takes its label's width plus four columns ("[ " and " ]"), wide
 * characters counting two; needs the runner's C.UTF-8 locale.
 */
START_TEST(test_button_width)
{
	static const struct {
		const char	*label;
		int		 width;
	} cases[] = {
		{ "Send 1, 2, 3", 16 },
		{ "", 4 },
		{ "Send '\xe6\x97\xa5\xe6\x9c\xac'", 15 },
		{ "\xf0\x9f\x98\x80", 6 },
		{ "caf\xc3\xa9", 8 },
	};
	struct button	 b;
	size_t		 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		button_init(&b, cases[i].label);
		ck_assert_str_eq(b.label, cases[i].label);
		ck_assert_int_eq(text_width(b.label) + 4, cases[i].width);
	}
}
END_TEST

/* A label longer than the button holds is cut to fit, NUL-terminated. */
START_TEST(test_button_long_label)
{
	struct button	 b;
	char		 label[sizeof b.label + 100];

	memset(label, 'L', sizeof label - 1);
	label[sizeof label - 1] = '\0';
	button_init(&b, label);
	ck_assert_uint_eq(strlen(b.label), sizeof b.label - 1);
	ck_assert_mem_eq(b.label, label, sizeof b.label - 1);
}
END_TEST

/*
 * A selector cycles both ways and reports the change; Enter is not its
 * (the UI sends with it, whatever has the focus): it used to change the
 * pattern though the key bar said "Enter send".
 */
START_TEST(test_selector)
{
	static const char *const names[] = { "a", "b", "c" };
	struct selector		 s;

	selector_init(&s, "pick: ", names, 3, 0);
	ck_assert_int_eq(press(&s.w, code(KEY_RIGHT)),
	    WIDGET_HANDLED | WIDGET_REDRAW | WIDGET_CHANGED);
	ck_assert_int_eq(s.current, 1);
	ck_assert_int_eq(press(&s.w, ch('\r')), WIDGET_IGNORED);
	ck_assert_int_eq(press(&s.w, code(KEY_ENTER)), WIDGET_IGNORED);
	ck_assert_int_eq(s.current, 1);
	press(&s.w, ch(' '));
	press(&s.w, ch(' '));
	ck_assert_int_eq(s.current, 0);
	press(&s.w, code(KEY_LEFT));
	ck_assert_int_eq(s.current, 2);
	ck_assert_int_eq(press(&s.w, ch('q')), WIDGET_IGNORED);
}
END_TEST

/* The field edits UTF-8 by characters and reports changes; Enter activates. */
START_TEST(test_field)
{
	struct field	 f;

	field_init(&f, "args: ", "1, 2");
	ck_assert_uint_eq(f.cursor, 4);
	ck_assert_int_eq(press(&f.w, ch(',')) & WIDGET_CHANGED, WIDGET_CHANGED);
	press(&f.w, ch(' '));
	press(&f.w, ch(0x65e5));	/* a wide character */
	ck_assert_str_eq(f.text, "1, 2, \xe6\x97\xa5");
	press(&f.w, code(KEY_LEFT));
	ck_assert_uint_eq(f.cursor, 6);
	press(&f.w, ch('x'));
	ck_assert_str_eq(f.text, "1, 2, x\xe6\x97\xa5");
	press(&f.w, code(KEY_END));
	press(&f.w, code(KEY_BACKSPACE));
	ck_assert_str_eq(f.text, "1, 2, x");
	press(&f.w, code(KEY_HOME));
	press(&f.w, code(KEY_DC));
	ck_assert_str_eq(f.text, ", 2, x");
	press(&f.w, code(KEY_RIGHT));
	press(&f.w, ch(0x0b));		/* Ctrl-K: to the end */
	ck_assert_str_eq(f.text, ",");
	press(&f.w, ch(0x15));		/* Ctrl-U: to the start */
	ck_assert_str_eq(f.text, "");
	ck_assert_uint_eq(f.len, 0);
	/* Control characters are never inserted. */
	ck_assert_int_eq(press(&f.w, ch(0x1b)), WIDGET_IGNORED);
	ck_assert_int_eq(press(&f.w, ch('\r')), WIDGET_HANDLED | WIDGET_ACTIVATE);
}
END_TEST

/* The field stops at FIELD_MAX bytes. */
START_TEST(test_field_full)
{
	struct field	 f;
	int		 i;

	field_init(&f, "", "");
	for (i = 0; i < FIELD_MAX + 10; i++)
		press(&f.w, ch('7'));
	ck_assert_uint_eq(f.len, FIELD_MAX);
	ck_assert_uint_eq(strlen(f.text), FIELD_MAX);
	ck_assert_int_eq(press(&f.w, ch('7')), WIDGET_IGNORED);
}
END_TEST

/* A field's text, where its cursor is, and the row it must draw in 20 columns. */
static const struct {
	const char	*text;
	size_t		 cursor;
	const char	*row;
	int		 cx;		/* the cursor's column */
} field_rows[] = {
	/* Scrolled so that the cursor at the end has a cell. */
	{ "0123456789abcdefghij", 20, "args: 789abcdefghij ", 19 },
	{ "0123456789abcdefghij", 5, "args: 0123456789abcd", 11 },
	{ "0123456789abc", 13, "args: 0123456789abc ", 19 },
	/* Wide characters: six fit before the cursor's cell, not seven. */
	{ "\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad"
	  "\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87", 24,
	  "args: \xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad"
	  "\xe6\x96\x87 ", 18 },
	/* A full field: only what shows is read, the same way. */
	{ NULL, FIELD_MAX, "args: 7777777777777 ", 19 },
};

/* A focused field shows the text around its cursor and the cursor reversed. */
START_TEST(test_field_draw)
{
	struct field	 f;
	SCREEN		*sc;
	FILE		*out, *in;
	char		 row[128], full[FIELD_MAX + 1];

	out = fopen("/dev/null", "w");
	in = fopen("/dev/null", "r");
	ck_assert_ptr_nonnull(out);
	ck_assert_ptr_nonnull(in);
	sc = newterm("xterm", out, in);
	ck_assert_ptr_nonnull(sc);
	memset(full, '7', FIELD_MAX);
	full[FIELD_MAX] = '\0';
	field_init(&f, "args: ", field_rows[_i].text != NULL ?
	    field_rows[_i].text : full);
	f.cursor = field_rows[_i].cursor;
	f.w.r.y = 0;
	f.w.r.x = 0;
	f.w.r.h = 1;
	f.w.r.w = 20;
	f.w.ops->draw(&f.w, stdscr, 1);
	mvinnstr(0, 0, row, sizeof row - 1);
	row[strlen(field_rows[_i].row)] = '\0';
	ck_assert_str_eq(row, field_rows[_i].row);
	ck_assert(mvinch(0, field_rows[_i].cx) & A_REVERSE);
	ck_assert(!(mvinch(0, field_rows[_i].cx - 1) & A_REVERSE));
	endwin();
	delscreen(sc);
	fclose(out);
	fclose(in);
}
END_TEST

/*
 * The settings form opened when every window is closed (the app quit) has
 * a windows choice of 1, not -1: the monkey found the form reading the
 * name before the first, and the UI crashing.
 */
START_TEST(test_settings_no_window)
{
	static struct settings	 st;
	struct scenario		 sc;
	struct buf		 err;
	int			 windows = 0;

	scenario_default(&sc);
	settings_open(&st, &sc, 0);
	ck_assert_int_eq(st.windows.current, 0);
	buf_init(&err);
	ck_assert_int_eq(settings_read(&st, &sc, &windows, &err), 0);
	ck_assert_int_eq(windows, 1);
	buf_free(&err);
}
END_TEST

/* A form with a bad number changes nothing and says which setting is wrong. */
START_TEST(test_settings_bad_number)
{
	static struct settings	 st;
	struct scenario		 sc, before;
	struct buf		 err;
	int			 windows = 2;

	scenario_default(&sc);
	before = sc;
	settings_open(&st, &sc, 2);
	field_set(&st.delay, "600001");
	field_set(&st.throw_msg, "boom");
	buf_init(&err);
	ck_assert_int_eq(settings_read(&st, &sc, &windows, &err), -1);
	ck_assert_str_eq(buf_str(&err),
	    "the handler delay must be a whole number from 0 to 600000");
	ck_assert_mem_eq(&sc, &before, sizeof sc);
	ck_assert_int_eq(windows, 2);
	buf_clear(&err);
	field_set(&st.delay, "250");
	field_set(&st.push_every, "-1");
	ck_assert_int_eq(settings_read(&st, &sc, &windows, &err), -1);
	ck_assert_str_eq(buf_str(&err),
	    "the push interval must be a whole number from 0 to 600000");
	buf_free(&err);
}
END_TEST

Suite *
suite_widget(void)
{
	Suite	*s = suite_create("widget");
	TCase	*tc = tcase_create("keys");

	tcase_add_loop_test(tc, test_button_keys, 0,
	    sizeof button_keys / sizeof button_keys[0]);
	tcase_add_test(tc, test_button_width);
	tcase_add_test(tc, test_button_long_label);
	tcase_add_test(tc, test_selector);
	tcase_add_test(tc, test_field);
	tcase_add_test(tc, test_field_full);
	tcase_add_test(tc, test_settings_no_window);
	tcase_add_test(tc, test_settings_bad_number);
	tcase_add_loop_test(tc, test_field_draw, 0,
	    sizeof field_rows / sizeof field_rows[0]);
	suite_add_tcase(s, tc);
	return (s);
}
