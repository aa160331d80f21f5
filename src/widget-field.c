/* A one-line text field: UTF-8 editing with a cursor, scrolled to keep it in view. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "log.h"
#include "ui-text.h"
#include "utf8.h"
#include "widget.h"

#define CTRL(c)	((c) & 0x1f)

/* Byte offset of the character before off. */
static size_t
field_prev(const struct field *f, size_t off)
{
	while (off > 0) {
		off--;
		if (((unsigned char)f->text[off] & 0xc0) != 0x80)
			break;
	}
	return (off);
}

/* Byte offset of the character after off. */
static size_t
field_next(const struct field *f, size_t off)
{
	if (off < f->len)
		off++;
	while (off < f->len && ((unsigned char)f->text[off] & 0xc0) == 0x80)
		off++;
	return (off);
}

/* Remove the bytes [from, to). */
static void
field_delete(struct field *f, size_t from, size_t to)
{
	memmove(f->text + from, f->text + to, f->len - to + 1);
	f->len -= to - from;
	if (f->cursor > to)
		f->cursor -= to - from;
	else if (f->cursor > from)
		f->cursor = from;
}

/*
 * Insert a printable character at the cursor; 0 if it does not fit or is
 * not printable.  The text is UTF-8 whatever the locale: it is what the
 * renderer parses, so ch is encoded as UTF-8, never in the locale.
 */
static int
field_insert(struct field *f, wint_t ch)
{
	char	 mb[UTF8_MAX];
	size_t	 n;

	if (!iswprint(ch))
		return (0);
	n = utf8_encode((uint32_t)ch, mb);
	if (n == 0 || f->len + n > FIELD_MAX)
		return (0);
	memmove(f->text + f->cursor + n, f->text + f->cursor,
	    f->len - f->cursor + 1);
	memcpy(f->text + f->cursor, mb, n);
	f->len += n;
	f->cursor += n;
	return (1);
}

/* Editing keys; Enter activates (presses the button). */
static int
field_key(struct widget *w, const struct wkey *k)
{
	struct field	*f = (struct field *)w;
	size_t		 len = f->len, cursor = f->cursor;
	int		 code = k->code != 0 ? k->code : -(int)k->ch;

	switch (code) {
	case KEY_ENTER:
	case -'\r':
	case -'\n':
		return (WIDGET_HANDLED | WIDGET_ACTIVATE);
	case KEY_LEFT:
		f->cursor = field_prev(f, f->cursor);
		break;
	case KEY_RIGHT:
		f->cursor = field_next(f, f->cursor);
		break;
	case KEY_HOME:
	case -CTRL('a'):
		f->cursor = 0;
		break;
	case KEY_END:
	case -CTRL('e'):
		f->cursor = f->len;
		break;
	case KEY_BACKSPACE:
	case -0x7f:
	case -CTRL('h'):
		field_delete(f, field_prev(f, f->cursor), f->cursor);
		break;
	case KEY_DC:
	case -CTRL('d'):
		field_delete(f, f->cursor, field_next(f, f->cursor));
		break;
	case -CTRL('u'):
		field_delete(f, 0, f->cursor);
		break;
	case -CTRL('k'):
		field_delete(f, f->cursor, f->len);
		break;
	default:
		if (k->code != 0 || !field_insert(f, k->ch))
			return (WIDGET_IGNORED);
		break;
	}
	return (WIDGET_HANDLED | WIDGET_REDRAW |
	    (f->len != len ? WIDGET_CHANGED : 0) |
	    (f->len == len && f->cursor == cursor ? 0 : WIDGET_REDRAW));
}

/*
 * Draw "title" then the text, scrolled so that the cursor shows; the cursor
 * is a reversed cell when the field has the focus.
 */
static void
field_draw(const struct widget *w, WINDOW *win, int focused)
{
	const struct field	*f = (const struct field *)w;
	size_t			 start, prev;
	int			 x, avail, cx, used = 0, cw;

	x = w->r.x + text_draw(win, w->r.y, w->r.x, w->r.w, f->title,
	    strlen(f->title));
	avail = w->r.x + w->r.w - x;
	if (avail < 2)
		return;
	/*
	 * Scroll so that the text before the cursor leaves a cell for it:
	 * back from the cursor, as many characters as fit, and no more are
	 * read, however long the text.
	 */
	for (start = f->cursor; start > 0; start = prev) {
		prev = field_prev(f, start);
		cw = text_width_n(f->text + prev, start - prev);
		if (used + cw > avail - 1)
			break;
		used += cw;
	}
	wattron(win, w->disabled ? A_DIM : A_UNDERLINE);
	mvwhline(win, w->r.y, x, ' ', avail);
	text_draw(win, w->r.y, x, avail, f->text + start, f->len - start);
	wattroff(win, A_UNDERLINE | A_DIM);
	if (!focused)
		return;
	cx = x + used;
	wattron(win, A_REVERSE);
	if (f->cursor == f->len)
		mvwaddch(win, w->r.y, cx, ' ');
	else
		text_draw(win, w->r.y, cx, x + avail - cx, f->text + f->cursor,
		    field_next(f, f->cursor) - f->cursor);
	wattroff(win, A_REVERSE);
}

static const struct widget_ops field_ops = { field_draw, field_key };

/* Make a field with a title and initial text (at most FIELD_MAX bytes of UTF-8). */
void
field_init(struct field *f, const char *title, const char *text)
{
	/* Not the whole struct zeroed: its 64 KiB of text stay untouched. */
	widget_init(&f->w, &field_ops);
	f->title = title;
	field_set(f, text);
}

/*
 * Insert pasted text at the cursor in one move, tabs and line ends as
 * spaces and other control characters dropped; returns the bytes of text
 * left out because the field is full (cut on a character boundary).
 */
size_t
field_insert_text(struct field *f, const char *text, size_t len)
{
	size_t	 i, n = 0, room = FIELD_MAX - f->len, keep;
	char	*clean;

	if ((clean = malloc(len + 1)) == NULL)
		fatal("malloc");
	for (i = 0; i < len; i++) {
		if (text[i] == '\t' || text[i] == '\n' || text[i] == '\r')
			clean[n++] = ' ';
		else if ((unsigned char)text[i] >= 0x20 && text[i] != 0x7f)
			clean[n++] = text[i];
	}
	keep = n < room ? n : room;
	while (keep > 0 && keep < n &&
	    ((unsigned char)clean[keep] & 0xc0) == 0x80)
		keep--;
	memmove(f->text + f->cursor + keep, f->text + f->cursor,
	    f->len - f->cursor + 1);
	memcpy(f->text + f->cursor, clean, keep);
	f->len += keep;
	f->cursor += keep;
	free(clean);
	return (n - keep);
}

/* Replace the text and put the cursor at its end. */
void
field_set(struct field *f, const char *text)
{
	f->len = strlcpy(f->text, text, sizeof f->text);
	if (f->len > FIELD_MAX)
		f->len = FIELD_MAX;
	f->cursor = f->len;
}
