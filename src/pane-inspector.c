/*
 * The inspector: every frame the UI routed or sent, read from the frame
 * log, newest at the bottom, following new ones until the user moves; the
 * detail of one (its header, its arguments as a tree, its payload in hex);
 * a filter in the grammar of Chrome's protocol monitor (framefilter.c).
 *
 * It is a pane, so the layout, the rules and the keys stay ui.c's, but it
 * draws across both columns' rows, over the borders between them: a table
 * of ten columns needs the whole width.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "framefilter.h"
#include "i18n.h"
#include "inspect.h"
#include "log.h"
#include "pane.h"
#include "pattern.h"
#include "reply.h"
#include "ui-text.h"
#include "utf8.h"
#include "valueids.h"

#define INS_PROMPT	256	/* bytes a filter may have */
#define INS_ESC		0x1b
#define INS_BACKSPACE	0x7f
#define INS_CTRL_H	0x08

/* The list's columns, left to right. */
enum ins_col {
	COL_MARK,	/* > the next frame step mode lets go, * held, ! not delivered */
	COL_NO,
	COL_TIME,
	COL_DIR,
	COL_METHOD,
	COL_CHANNEL,
	COL_ARGS,
	COL_SIZE,
	COL_ANSWER,
	COL_COUNT
};

/* A column's title, the width it likes, and whether its text goes right. */
static const struct {
	const char	*title;
	int		 width;
	int		 right;
} ins_cols[COL_COUNT] = {
	[COL_MARK] = { "", 1, 0 },
	[COL_NO] = { N_("No."), 0, 1 },
	[COL_TIME] = { N_("Time"), 9, 1 },
	[COL_DIR] = { N_("Dir"), 8, 0 },
	[COL_METHOD] = { N_("Method"), 17, 0 },
	[COL_CHANNEL] = { N_("Channel"), 21, 0 },
	[COL_ARGS] = { N_("Arguments"), 0, 0 },
	[COL_SIZE] = { N_("Size"), 5, 1 },
	[COL_ANSWER] = { N_("Answers"), 0, 0 },
};

/* Columns let go, in this order, while the arguments would get fewer columns than this. */
#define INS_ARGS_MIN	16
static const enum ins_col ins_drop[] = { COL_TIME, COL_ANSWER, COL_SIZE };

/* What the list shows of one frame, for people and for the filter. */
struct ins_text {
	struct buf	 dir;
	struct buf	 channel;
	struct buf	 args;
};

/* The inspector's state: one, as there is one screen. */
static struct {
	struct framelog		*fl;
	uint64_t		*rows;		/* numbers of the frames listed */
	size_t			 off;		/* rows before it are gone */
	size_t			 nrows;		/* rows[off .. nrows) are listed */
	size_t			 alloc;
	uint64_t		 scanned;	/* the newest frame looked at */
	int			 stale;		/* find the rows again */
	size_t			 sel;		/* the selected row, from off */
	size_t			 top;		/* the first row shown */
	int			 follow;	/* the newest is selected */
	int			 page;		/* rows the list showed */
	int			 hide;		/* internal frames hidden */
	uint64_t		 detail;	/* the frame whose detail shows; 0 */
	size_t			 detail_top;
	int			 prompting;
	char			 prompt[INS_PROMPT];
	char			 filter_text[INS_PROMPT];
	char			 error[128];
	struct framefilter	 filter;
	struct ins_text		 text;
	struct buf		 scratch;
} ins = { .follow = 1, .stale = 1 };

/* Append n bytes of s escaped for the terminal, without the NUL escape_append ends with. */
static void
ins_escape(struct buf *b, const char *s, size_t n, int utf8)
{
	escape_append(b, s, n, utf8);
	b->len--;
}

/*
 * Decode record r's payload into m with its values built; -1 when it
 * cannot be: refused, cut at FRAMELOG_KEEP bytes, or let go from the arena.
 */
static int
ins_decode(const struct framelog_rec *r, struct msg *f, struct proto_msg *m)
{
	const char	*err;

	proto_msg_init(m);
	f->hdr.len = MSG_HEADER_SIZE + r->size;
	f->hdr.version = MSG_VERSION;
	f->hdr.type = r->type;
	f->hdr.src = r->from;
	f->hdr.dst = r->to;
	f->hdr.id = r->id;
	f->payload = framelog_payload(ins.fl, r);
	f->payload_len = r->kept;
	if (r->verdict == FRAMELOG_REJECTED || f->payload == NULL ||
	    r->kept < r->size)
		return (-1);
	return (proto_decode(f, m, PROTO_BUILD, &err));
}

/* Why a record's payload cannot be shown. */
static const char *
ins_undecoded(const struct framelog_rec *r)
{
	if (r->verdict == FRAMELOG_REJECTED)
		return (_("(refused)"));
	if (r->kept < r->size)
		return (_("(payload cut)"));
	return (_("(payload let go)"));
}

/* Append what frame r carries, as console.log prints it, to b. */
static void
ins_args(struct buf *b, const struct framelog_rec *r, const struct msg *f,
    const struct proto_msg *m)
{
	switch (r->method) {
	case METHOD_SEND:
	case METHOD_INVOKE:
	case METHOD_SEND_SYNC:
	case METHOD_EVENT_REPLY:
	case METHOD_SENDER_SEND:
	case METHOD_WEBCONTENTS_SEND:
	case METHOD_INVOKE_RESULT:
	case METHOD_SYNC_RETURN:
	case METHOD_IPC_POST:
	case METHOD_WEBCONTENTS_POST:
	case METHOD_PORT_POST:
		inspect_log_value(b, &m->value);
		break;
	case METHOD_CONFIG:
		buf_printf(b, "%s, %s", pattern_at(m->sc.pattern)->name,
		    reply_method(m->sc.reply)->call);
		break;
	case METHOD_RENDERER_GONE:
		framelog_call(b, r->method, &f->hdr, m);
		break;
	default:
		if (m->text != NULL && (r->method != METHOD_PRESS_DONE ||
		    m->flag))
			inspect_quoted(b, m->text, m->text_len);
		break;
	}
}

/* Fill ins.text with what the list shows of record r, escaped for the terminal. */
static void
ins_describe(const struct framelog_rec *r, int utf8)
{
	struct proto_msg	 m;
	struct msg		 f;

	buf_clear(&ins.text.dir);
	buf_clear(&ins.text.channel);
	buf_clear(&ins.text.args);
	framelog_direction(&ins.text.dir, r->from, r->to, utf8);
	buf_clear(&ins.scratch);
	if (ins_decode(r, &f, &m) == -1)
		buf_printf(&ins.scratch, "%s", ins_undecoded(r));
	else {
		if (m.channel != NULL)
			ins_escape(&ins.text.channel, m.channel,
			    m.channel_len, utf8);
		ins_args(&ins.scratch, r, &f, &m);
	}
	proto_msg_free(&m);
	ins_escape(&ins.text.args, (const char *)buf_head(&ins.scratch),
	    ins.scratch.len, utf8);
	buf_str(&ins.text.dir);
	buf_str(&ins.text.channel);
	buf_str(&ins.text.args);
}

/* Whether frame n is listed: shown unless hidden, and through the filter. */
static int
ins_passes(uint64_t n)
{
	struct framelog_rec		 rec;
	const struct framelog_rec	*r = framelog_get(ins.fl, n, &rec);
	struct framefilter_row		 row;

	/* x hides the UI's own frames: all but the IPC and the renderer's end. */
	if (r == NULL || (ins.hide && !framelog_is_ipc(r->type)))
		return (0);
	if (ins.filter.n == 0)
		return (1);
	/* The filter reads the ASCII arrow, whatever the terminal. */
	ins_describe(r, 0);
	row.dir = buf_str(&ins.text.dir);
	row.method = framelog_method_name(r->method);
	row.channel = buf_str(&ins.text.channel);
	row.args = buf_str(&ins.text.args);
	return (framefilter_match(&ins.filter, &row));
}

/* How many rows are listed. */
static size_t
ins_count(void)
{
	return (ins.nrows - ins.off);
}

/* Forget the rows whose frames the log has let go, keeping the selection on its frame. */
static void
ins_let_go(uint64_t first)
{
	size_t	 gone = 0;

	while (gone < ins_count() && (first == 0 ||
	    ins.rows[ins.off + gone] < first))
		gone++;
	ins.off += gone;
	ins.sel = ins.sel > gone ? ins.sel - gone : 0;
	ins.top = ins.top > gone ? ins.top - gone : 0;
	if (ins.off > ins.alloc / 2) {
		memmove(ins.rows, ins.rows + ins.off,
		    ins_count() * sizeof *ins.rows);
		ins.nrows -= ins.off;
		ins.off = 0;
	}
}

/* Bring the list up to the log: rows let go, new frames that pass. */
static void
ins_refresh(void)
{
	uint64_t	 first = framelog_first(ins.fl), n;

	if (ins.stale) {
		ins.off = ins.nrows = 0;
		ins.scanned = first == 0 ? ins.fl->count : first - 1;
		ins.sel = ins.top = 0;
		ins.stale = 0;
	}
	ins_let_go(first);
	if (ins.scanned + 1 < first)
		ins.scanned = first - 1;
	for (n = ins.scanned + 1; n <= ins.fl->count && first != 0; n++) {
		if (!ins_passes(n))
			continue;
		if (ins.nrows == ins.alloc) {
			ins.alloc = ins.alloc == 0 ? 1024 : ins.alloc * 2;
			ins.rows = reallocarray(ins.rows, ins.alloc,
			    sizeof *ins.rows);
			if (ins.rows == NULL)
				fatal("reallocarray");
		}
		ins.rows[ins.nrows++] = n;
	}
	ins.scanned = ins.fl->count;
	if (ins.follow || ins.sel >= ins_count())
		ins.sel = ins_count() > 0 ? ins_count() - 1 : 0;
}

/* The rules: how many frames, how many let go; the filter. */
static void
ins_rules(const struct pane_data *d, struct buf *renderer, struct buf *main)
{
	uint64_t	 first = framelog_first(d->frames);
	uint64_t	 kept = first == 0 ? 0 : d->frames->count - first + 1;

	uint64_t	 dropped = framelog_dropped(d->frames);

	if (dropped > 0)
		buf_printf(renderer, ngettext(" inspector: %llu frames, %llu "
		    "older let go ", " inspector: %llu frames, %llu older "
		    "let go ", dropped), (unsigned long long)kept,
		    (unsigned long long)dropped);
	else
		buf_printf(renderer, ngettext(" inspector: %llu frame ",
		    " inspector: %llu frames ", kept),
		    (unsigned long long)kept);
	if (ins.filter_text[0] != '\0')
		buf_printf(main, _(" filter: %s "), ins.filter_text);
	if (ins.hide)
		buf_printf(main, "%s", _(" internal hidden "));
}

/*
 * Draw s (len bytes) in w columns at (y, x), to the right if right, cut
 * with an ellipsis when it does not fit.
 */
static void
ins_cell(WINDOW *win, int y, int x, int w, const char *s, size_t len,
    int right, int utf8)
{
	const char	*ell = utf8 ? "\xe2\x80\xa6" : "...";
	int		 width = text_width_n(s, len), used;
	int		 ew = utf8 ? 1 : 3;
	size_t		 fit;

	if (w <= 0)
		return;
	if (width <= w) {
		text_draw(win, y, x + (right ? w - width : 0), width, s, len);
		return;
	}
	if (w <= ew) {
		text_draw(win, y, x, w, s, len);
		return;
	}
	fit = text_fit(s, w - ew, &used);
	text_draw(win, y, x, used, s, fit);
	text_draw(win, y, x + used, ew, ell, strlen(ell));
}

/* The widths of the columns in w columns; 0 for those let go. */
static void
ins_widths(int w, int nowidth, int *widths)
{
	int	 fixed = 0, i, shown = 0, rest;
	size_t	 k;

	for (i = 0; i < COL_COUNT; i++)
		widths[i] = ins_cols[i].width;
	widths[COL_NO] = nowidth;
	widths[COL_ANSWER] = nowidth + 10;
	for (k = 0; ; k++) {
		fixed = shown = 0;
		for (i = 0; i < COL_COUNT; i++) {
			if (i == COL_CHANNEL || i == COL_ARGS || widths[i] == 0)
				continue;
			fixed += widths[i];
			shown++;
		}
		rest = w - fixed - shown - 1;
		if (rest >= widths[COL_CHANNEL] / 2 + INS_ARGS_MIN ||
		    k == sizeof ins_drop / sizeof ins_drop[0])
			break;
		widths[ins_drop[k]] = 0;
	}
	if (rest < 2)
		rest = 2;
	if (widths[COL_CHANNEL] > rest / 2)
		widths[COL_CHANNEL] = rest / 2;
	widths[COL_ARGS] = rest - widths[COL_CHANNEL];
}

/* Append a latency for people: 661.1 us, 12.34 ms, 1.500 s; ? once its request's time is let go. */
static void
ins_latency(struct buf *b, uint64_t ns)
{
	if (ns == FRAMELOG_NO_LATENCY)
		buf_printf(b, "?");
	else if (ns < 1000000)
		buf_printf(b, "%.1f us", ns / 1e3);
	else if (ns < 1000000000)
		buf_printf(b, "%.2f ms", ns / 1e6);
	else
		buf_printf(b, "%.3f s", ns / 1e9);
}

/* Draw the list's row at y for frame n, in the columns' widths. */
static void
ins_draw_row(WINDOW *win, int y, int x, const int *widths, uint64_t n,
    const struct pane_data *d)
{
	struct framelog_rec		 rec;
	const struct framelog_rec	*r = framelog_get(d->frames, n, &rec);
	const struct step_frame		*next = step_next(d->step, NULL);
	struct buf			 cell, *text;
	int				 i;

	if (r == NULL)
		return;
	ins_describe(r, d->utf8);
	buf_init(&cell);
	for (i = 0; i < COL_COUNT; i++) {
		buf_clear(&cell);
		switch (i) {
		case COL_MARK:
			if (next != NULL && next->n == n)
				buf_printf(&cell, ">");
			else if (step_is_held(d->step, n))
				buf_printf(&cell, "*");
			else if (r->verdict != FRAMELOG_DELIVERED)
				buf_printf(&cell, "!");
			break;
		case COL_NO:
			buf_add_uint(&cell, n);
			break;
		case COL_TIME:
			buf_printf(&cell, "%.6f", r->t_ns / 1e9);
			break;
		case COL_METHOD:
			buf_printf(&cell, "%s",
			    framelog_method_name(r->method));
			break;
		case COL_SIZE:
			buf_add_uint(&cell, r->size);
			break;
		case COL_ANSWER:
			if (r->answers == 0)
				break;
			buf_printf(&cell, "#%llu ", (unsigned long long)
			    framelog_request(r, n));
			ins_latency(&cell, r->latency_ns);
			break;
		}
		text = &cell;
		if (i == COL_DIR)
			text = &ins.text.dir;
		else if (i == COL_CHANNEL)
			text = &ins.text.channel;
		else if (i == COL_ARGS)
			text = &ins.text.args;
		ins_cell(win, y, x, widths[i], buf_str(text), text->len,
		    ins_cols[i].right, d->utf8);
		if (widths[i] > 0)
			x += widths[i] + (i == COL_MARK ? 0 : 1);
	}
	buf_free(&cell);
}

/* Digits of n. */
static int
ins_digits(uint64_t n)
{
	int	 d = 1;

	while (n >= 10) {
		n /= 10;
		d++;
	}
	return (d);
}

/* Draw the list in r: the titles, then the rows around the selection. */
static void
ins_draw_list(WINDOW *win, const struct rect *r, const struct pane_data *d)
{
	const char	*empty, *title;
	int		 widths[COL_COUNT], i, x, rows = r->h - 1, nw;
	size_t		 k;

	/* The number's column is as wide as its title, in every language. */
	nw = text_width(_(ins_cols[COL_NO].title));
	if (nw < ins_digits(d->frames->count))
		nw = ins_digits(d->frames->count);
	ins_widths(r->w, nw, widths);
	wattron(win, A_BOLD);
	for (i = 0, x = r->x; i < COL_COUNT; i++) {
		/* The empty title is the catalog's header: never translated. */
		title = ins_cols[i].title[0] == '\0' ? "" :
		    _(ins_cols[i].title);
		ins_cell(win, r->y, x, widths[i], title, strlen(title),
		    ins_cols[i].right, d->utf8);
		if (widths[i] > 0)
			x += widths[i] + (i == COL_MARK ? 0 : 1);
	}
	wattroff(win, A_BOLD);
	if (rows <= 0)
		return;
	ins.page = rows;
	if (ins.sel < ins.top)
		ins.top = ins.sel;
	if (ins.sel >= ins.top + rows)
		ins.top = ins.sel - rows + 1;
	if (ins_count() == 0) {
		empty = ins.filter.n > 0 || ins.hide ?
		    _("(no frame passes the filter)") : _("(no frame yet)");
		text_draw(win, r->y + 1, r->x, r->w, empty, strlen(empty));
		return;
	}
	for (k = 0; k < (size_t)rows && ins.top + k < ins_count(); k++) {
		if (ins.top + k == ins.sel) {
			wattron(win, A_REVERSE);
			mvwhline(win, r->y + 1 + (int)k, r->x, ' ', r->w);
		}
		ins_draw_row(win, r->y + 1 + (int)k, r->x, widths,
		    ins.rows[ins.off + ins.top + k], d);
		if (ins.top + k == ins.sel)
			wattroff(win, A_REVERSE);
	}
}

/*
 * Append the lines of value v's tree at depth, one a line: [i] or key:,
 * then the item.  An array or object opens below its line, a shared one
 * only where it comes first (met again, or in a cycle, it is one line).
 */
static void
ins_tree(struct buf *b, const struct value *v, int depth, int utf8,
    struct value_ids *shown)
{
	struct buf		 leaf;
	const struct value	*e;
	size_t			 i;
	int			 open, fresh;

	for (i = 0; i < v->count; i++) {
		buf_printf(b, "%*s", 4 + 2 * depth, "");
		if (v->type == VALUE_OBJECT) {
			ins_escape(b, v->keys[i].str, v->keys[i].len, utf8);
			buf_append(b, ":", 1);
		} else
			buf_printf(b, "[%zu]", i);
		buf_append(b, " ", 1);
		e = value_deref(&v->items[i]);
		fresh = 1;
		if (v->items[i].type == VALUE_REF)
			value_ids_get(shown, e, &fresh);
		open = fresh && (e->type == VALUE_ARRAY ||
		    e->type == VALUE_OBJECT);
		buf_init(&leaf);
		if (open)
			buf_printf(&leaf, "%s(%zu)", e->type == VALUE_ARRAY ?
			    "Array" : "Object", e->count);
		else
			inspect_value(&leaf, &v->items[i]);
		ins_escape(b, (const char *)buf_head(&leaf), leaf.len, utf8);
		buf_free(&leaf);
		buf_append(b, "\n", 1);
		if (open)
			ins_tree(b, e, depth + 1, utf8, shown);
	}
}

/* Append n bytes of p in hex, 16 a line, with their printable ASCII. */
static void
ins_hex(struct buf *b, const uint8_t *p, size_t n)
{
	size_t	 i, j;

	for (i = 0; i < n; i += 16) {
		buf_printf(b, "    %04zx ", i);
		for (j = i; j < i + 16; j++) {
			if (j < n)
				buf_printf(b, " %02x", p[j]);
			else
				buf_printf(b, "   ");
		}
		buf_printf(b, "  |");
		for (j = i; j < i + 16 && j < n; j++)
			buf_printf(b, "%c", p[j] >= 0x20 && p[j] < 0x7f ?
			    p[j] : '.');
		buf_printf(b, "|\n");
	}
}

/* The number of the answer to request n, found forward in the log; 0 if none. */
static uint64_t
ins_answer_of(uint64_t n)
{
	struct framelog_rec		 rec;
	const struct framelog_rec	*r;
	uint64_t			 k;

	for (k = n + 1; k <= ins.fl->count; k++) {
		if ((r = framelog_get(ins.fl, k, &rec)) != NULL &&
		    framelog_request(r, k) == n)
			return (k);
	}
	return (0);
}

/* The columns a detail's label takes, with its indent, before its value. */
#define INS_LABEL_W	14

/* Append a translated label, indented and padded to INS_LABEL_W columns. */
static void
ins_label(struct buf *b, const char *label)
{
	int	 w = 2 + text_width(label);

	buf_printf(b, "  %s%*s", label, w < INS_LABEL_W ? INS_LABEL_W - w :
	    1, "");
}

/* Append the link of record r (number n): the request it answers, or its answer. */
static void
ins_link(struct buf *b, const struct framelog_rec *r, uint64_t n)
{
	struct framelog_rec	 answer;
	struct buf		 after;
	uint64_t		 other;

	buf_init(&after);
	if (r->answers != 0) {
		ins_latency(&after, r->latency_ns);
		ins_label(b, _("answers"));
		buf_printf(b, _("frame %llu, after %s (l goes there)\n"),
		    (unsigned long long)framelog_request(r, n),
		    buf_str(&after));
	} else if ((other = ins_answer_of(n)) != 0) {
		ins_latency(&after, framelog_get(ins.fl, other,
		    &answer)->latency_ns);
		ins_label(b, _("answer"));
		buf_printf(b, _("frame %llu, after %s (l goes there)\n"),
		    (unsigned long long)other, buf_str(&after));
	}
	buf_free(&after);
}

/* Append the detail of frame n, a line each: its header, what it carries, its payload. */
static void
ins_detail_text(struct buf *b, uint64_t n, const struct pane_data *d)
{
	struct framelog_rec		 rec;
	const struct framelog_rec	*r = framelog_get(d->frames, n, &rec);
	const struct step_frame		*next = step_next(d->step, NULL);
	const uint8_t			*payload;
	struct proto_msg		 m;
	struct msg			 f;
	struct value_ids		 shown;

	if (r == NULL) {
		buf_printf(b, _("frame %llu is no longer kept\n"),
		    (unsigned long long)n);
		return;
	}
	if (next != NULL && next->n == n)
		buf_printf(b, _("frame %llu, held: the next to go   "
		    "(Esc: back to the list)\n"), (unsigned long long)n);
	else if (step_is_held(d->step, n))
		buf_printf(b, _("frame %llu, held   (Esc: back to the list)\n"),
		    (unsigned long long)n);
	else
		buf_printf(b, _("frame %llu   (Esc: back to the list)\n"),
		    (unsigned long long)n);
	ins_label(b, _("time"));
	buf_printf(b, "%.9f s\n", r->t_ns / 1e9);
	ins_label(b, _("from"));
	proto_endpoint_name(b, r->from);
	buf_append(b, "\n", 1);
	ins_label(b, _("to"));
	proto_endpoint_name(b, r->to);
	buf_append(b, "\n", 1);
	ins_label(b, _("type"));
	buf_printf(b, "%s (0x%04x)\n", msg_type_name(r->type), r->type);
	ins_label(b, _("method"));
	buf_printf(b, "%s\n", framelog_method_name(r->method));
	ins_label(b, _("request id"));
	buf_printf(b, "%u\n", r->id);
	ins_label(b, _("length"));
	buf_printf(b, _("%u: a %d-byte header, %u of payload\n"),
	    MSG_HEADER_SIZE + r->size, MSG_HEADER_SIZE, r->size);
	ins_label(b, _("version"));
	buf_printf(b, "%d\n", MSG_VERSION);
	ins_label(b, _("verdict"));
	buf_printf(b, "%s%s%s\n", framelog_verdict_name(r->verdict),
	    r->why != NULL ? ": " : "", r->why != NULL ? r->why : "");
	ins_link(b, r, n);
	if (ins_decode(r, &f, &m) == -1) {
		ins_label(b, _("payload"));
		buf_printf(b, "%s\n", ins_undecoded(r));
	} else {
		if ((r->type >> 8) == (MSG_IPC_SEND >> 8)) {
			ins_label(b, _("page"));
			buf_printf(b, "%u\n", m.page);
		}
		if (m.channel != NULL) {
			ins_label(b, _("channel"));
			ins_escape(b, m.channel, m.channel_len, d->utf8);
			buf_append(b, "\n", 1);
		}
		ins_describe(r, d->utf8);
		ins_label(b, _("carries"));
		buf_printf(b, "%s\n", buf_str(&ins.text.args));
		if (m.value.type == VALUE_ARRAY ||
		    m.value.type == VALUE_OBJECT) {
			buf_printf(b, "  %s\n", (r->type >> 8) ==
			    (MSG_IPC_SEND >> 8) && m.channel != NULL ?
			    _("arguments") : _("value"));
			value_ids_init(&shown);
			ins_tree(b, &m.value, 0, d->utf8, &shown);
			value_ids_free(&shown);
		}
	}
	proto_msg_free(&m);
	ins_label(b, _("payload"));
	if (r->kept < r->size)
		buf_printf(b, ngettext("%u byte, the first %u kept\n",
		    "%u bytes, the first %u kept\n", r->size), r->size,
		    r->kept);
	else
		buf_printf(b, ngettext("%u byte\n", "%u bytes\n", r->size),
		    r->size);
	if ((payload = framelog_payload(d->frames, r)) != NULL)
		ins_hex(b, payload, r->kept);
}

/* Draw the detail of the frame chosen in r, from its scroll. */
static void
ins_draw_detail(WINDOW *win, const struct rect *r, const struct pane_data *d)
{
	const char	*line, *nl;
	struct buf	 text;
	size_t		 k, lines = 0;
	int		 y = r->y;

	buf_init(&text);
	ins_detail_text(&text, ins.detail, d);
	ins.page = r->h;
	line = buf_str(&text);
	for (k = 0; k < text.len; k++)
		lines += line[k] == '\n';
	if (ins.detail_top >= lines)
		ins.detail_top = lines > 0 ? lines - 1 : 0;
	for (k = 0; *line != '\0' && y < r->y + r->h; k++) {
		if ((nl = strchr(line, '\n')) == NULL)
			nl = line + strlen(line);
		if (k >= ins.detail_top)
			text_draw(win, y++, r->x, r->w, line,
			    (size_t)(nl - line));
		line = *nl == '\n' ? nl + 1 : nl;
	}
	buf_free(&text);
}

/* The bottom line while the filter is typed, or when it was refused. */
static void
ins_draw_prompt(WINDOW *win, const struct rect *r)
{
	struct buf	 line;

	buf_init(&line);
	if (ins.prompting)
		buf_printf(&line, _("filter (Enter applies, Esc cancels): %s_"),
		    ins.prompt);
	else
		buf_printf(&line, _("filter refused: %s"), ins.error);
	mvwhline(win, r->y + r->h - 1, r->x, ' ', r->w);
	text_draw(win, r->y + r->h - 1, r->x, r->w, buf_str(&line), line.len);
	buf_free(&line);
}

/*
 * Fill both columns' rows, and the borders between them: the list or a
 * frame's detail, and the filter's prompt below.
 */
static void
ins_draw(WINDOW *win, const struct rect *cols, const struct pane_data *d)
{
	struct rect	 r;
	int		 y;

	ins.fl = d->frames;
	r.y = cols[LAYOUT_RENDERER].y;
	r.x = cols[LAYOUT_RENDERER].x;
	r.h = cols[LAYOUT_RENDERER].h;
	r.w = cols[LAYOUT_MAIN].x + cols[LAYOUT_MAIN].w - r.x;
	for (y = r.y; y < r.y + r.h; y++)
		mvwhline(win, y, r.x, ' ', r.w);
	ins_refresh();
	if (ins.prompting || ins.error[0] != '\0') {
		ins_draw_prompt(win, &r);
		r.h--;
	}
	if (ins.detail != 0)
		ins_draw_detail(win, &r, d);
	else
		ins_draw_list(win, &r, d);
}

/* Select row i (clamped to the list); the newest follows new frames. */
static void
ins_select(size_t i)
{
	if (ins_count() == 0)
		return;
	ins.sel = i < ins_count() ? i : ins_count() - 1;
	ins.follow = ins.sel == ins_count() - 1;
}

/* Move the selection by delta rows. */
static void
ins_move(long delta)
{
	if (delta < 0 && (size_t)-delta > ins.sel)
		ins_select(0);
	else
		ins_select(ins.sel + delta);
}

/* Show the detail of frame n, and select its row if it is listed. */
static void
ins_open(uint64_t n)
{
	size_t	 lo = 0, hi = ins_count(), mid;

	ins.detail = n;
	ins.detail_top = 0;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (ins.rows[ins.off + mid] < n)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < ins_count() && ins.rows[ins.off + lo] == n)
		ins_select(lo);
}

/* Whether k is Enter, as a character or curses' key. */
static int
ins_enter(const struct wkey *k)
{
	return (k->code == KEY_ENTER ||
	    (k->code == 0 && (k->ch == '\r' || k->ch == '\n')));
}

/* Apply the filter typed; one refused leaves the filter as it was and says why. */
static void
ins_apply(void)
{
	struct framefilter	 ff;
	size_t			 len;

	ins.prompting = 0;
	framefilter_init(&ff);
	if (framefilter_parse(&ff, ins.prompt, ins.error,
	    sizeof ins.error) == -1)
		return;
	ins.error[0] = '\0';
	framefilter_free(&ins.filter);
	ins.filter = ff;
	strlcpy(ins.filter_text, ins.prompt, sizeof ins.filter_text);
	/* The rule shows it: no spaces at its end. */
	len = strlen(ins.filter_text);
	while (len > 0 && ins.filter_text[len - 1] == ' ')
		ins.filter_text[--len] = '\0';
	ins.stale = 1;
	ins.follow = 1;
}

/* A key while the filter is typed: its characters, Backspace, Enter, Esc. */
static int
ins_prompt_key(const struct wkey *k)
{
	char	 c[UTF8_MAX];
	size_t	 len = strlen(ins.prompt);
	int	 n;

	if (ins_enter(k))
		ins_apply();
	else if (k->code == 0 && k->ch == INS_ESC)
		ins.prompting = 0;
	else if (k->code == KEY_BACKSPACE || (k->code == 0 &&
	    (k->ch == INS_BACKSPACE || k->ch == INS_CTRL_H))) {
		while (len > 0 && (ins.prompt[len - 1] & 0xc0) == 0x80)
			len--;
		ins.prompt[len > 0 ? len - 1 : 0] = '\0';
	} else if (k->code == 0 && k->ch >= 0x20) {
		n = utf8_encode((uint32_t)k->ch, c);
		if (n > 0 && len + n < sizeof ins.prompt) {
			memcpy(ins.prompt + len, c, n);
			ins.prompt[len + n] = '\0';
		}
	} else
		return (PANE_IGNORED);
	return (PANE_REDRAW);
}

/* A key on a frame's detail: scroll it, follow its link. */
static int
ins_detail_key(const struct wkey *k)
{
	struct framelog_rec		 rec;
	const struct framelog_rec	*r;
	uint64_t			 other;
	size_t				 page;

	page = ins.page > 1 ? ins.page - 1 : 1;
	switch (k->code) {
	case KEY_UP:
		ins.detail_top -= ins.detail_top > 0;
		return (PANE_REDRAW);
	case KEY_DOWN:
		ins.detail_top++;
		return (PANE_REDRAW);
	case KEY_PPAGE:
		ins.detail_top = ins.detail_top > page ?
		    ins.detail_top - page : 0;
		return (PANE_REDRAW);
	case KEY_NPAGE:
		ins.detail_top += page;
		return (PANE_REDRAW);
	case KEY_HOME:
		ins.detail_top = 0;
		return (PANE_REDRAW);
	case KEY_END:
		ins.detail_top = SIZE_MAX;
		return (PANE_REDRAW);
	}
	if (ins_enter(k))
		return (PANE_REDRAW);
	if (k->code != 0 || k->ch != 'l')
		return (PANE_IGNORED);
	if ((r = framelog_get(ins.fl, ins.detail, &rec)) == NULL)
		return (PANE_REDRAW);
	other = r->answers != 0 ? framelog_request(r, ins.detail) :
	    ins_answer_of(ins.detail);
	if (other != 0 && framelog_get(ins.fl, other, &rec) != NULL)
		ins_open(other);
	return (PANE_REDRAW);
}

/* A key on the list: move, open a detail, filter, clear, hide the UI's own frames. */
static int
ins_list_key(const struct wkey *k)
{
	long	 page = ins.page > 1 ? ins.page - 1 : 1;

	switch (k->code) {
	case KEY_UP:
		ins_move(-1);
		return (PANE_REDRAW);
	case KEY_DOWN:
		ins_move(1);
		return (PANE_REDRAW);
	case KEY_PPAGE:
		ins_move(-page);
		return (PANE_REDRAW);
	case KEY_NPAGE:
		ins_move(page);
		return (PANE_REDRAW);
	case KEY_HOME:
		ins_select(0);
		ins.follow = 0;
		return (PANE_REDRAW);
	case KEY_END:
		ins.follow = 1;
		ins_select(SIZE_MAX);
		return (PANE_REDRAW);
	}
	if (ins_enter(k)) {
		if (ins_count() > 0)
			ins_open(ins.rows[ins.off + ins.sel]);
		return (PANE_REDRAW);
	}
	if (k->code != 0)
		return (PANE_IGNORED);
	switch (k->ch) {
	case '/':
		ins.prompting = 1;
		strlcpy(ins.prompt, ins.filter_text, sizeof ins.prompt);
		return (PANE_REDRAW);
	case 'c':
		if (ins.fl != NULL)
			framelog_clear(ins.fl);
		ins.stale = 1;
		ins.follow = 1;
		return (PANE_REDRAW);
	case 'x':
		ins.hide = !ins.hide;
		ins.stale = 1;
		return (PANE_REDRAW);
	}
	return (PANE_IGNORED);
}

/* The inspector's keys: Esc closes the prompt, the detail, then the inspector. */
static int
ins_key(const struct wkey *k, const struct pane_data *d)
{
	/* Keys typed ahead of a draw act on the frames as they are now. */
	ins.fl = d->frames;
	ins_refresh();
	if (ins.prompting)
		return (ins_prompt_key(k));
	ins.error[0] = '\0';
	if (k->code == 0 && k->ch == INS_ESC) {
		if (ins.detail == 0)
			return (PANE_CLOSE);
		ins.detail = 0;
		return (PANE_REDRAW);
	}
	if (ins.detail != 0)
		return (ins_detail_key(k));
	return (ins_list_key(k));
}

/* What Enter and Esc do now, for the status line: Enter never sends here. */
static const char *
ins_hint(void)
{
	if (ins.prompting)
		return (_("Enter applies the filter, Esc cancels"));
	if (ins.detail != 0)
		return (_("l goes to the linked frame, Esc back to the list; "
		    "F1 or ? shows every key"));
	return (_("Enter opens the frame's detail, / filters, Esc closes; "
	    "F1 or ? shows every key"));
}

const struct pane_ops pane_inspector = {
	"inspector", ins_rules, ins_draw, ins_key, ins_hint
};
