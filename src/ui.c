/*
 * The TUI: curses setup and teardown, one poll loop over the keyboard, the
 * children and the signal pipe, and one redraw per loop pass when needed.
 * Key and mouse handlers change state and never draw.
 */
#include "config.h"

#include <curses.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "clock.h"
#include "crash.h"
#include "escape.h"
#include "framelog.h"
#include "i18n.h"
#include "keyin.h"
#include "keys.h"
#include "log.h"
#include "logbuf.h"
#include "loop.h"
#include "pane.h"
#include "pattern.h"
#include "presses.h"
#include "reply.h"
#include "session.h"
#include "sig.h"
#include "ui-color.h"
#include "ui-crash.h"
#include "ui-help.h"
#include "ui-scenarios.h"
#include "ui-keybar.h"
#include "ui-settings.h"
#include "ui-term.h"
#include "ui-text.h"
#include "ui.h"
#include "utf8.h"
#include "widget.h"

#if OPTIONS_MAX_ARGS > FIELD_MAX
#error "the argument field cannot hold --args"
#endif

#define UI_BURST	10000	/* presses a burst makes */
#define UI_IN_FLIGHT	256	/* presses a burst keeps in flight */
#define UI_NO_REPLY	_("(none yet)")
#define UI_TICK_MS	100	/* how often a time so far is shown again */
#define UI_PENDING_NS	(200 * 1000 * 1000) /* an answer late enough to say so */
#define UI_PASTE_MS	1000	/* a paste with no byte for this long has ended */
#define UI_PRESS_TIMES	4096	/* presses whose click time the arrows know */
#define UI_BATCH_MS	3	/* how long a press's lines wait to be drawn together */
#define CTRL_C		0x03
#define CTRL_L		0x0c
#define KEY_ESC		0x1b
/* Codes for the bracketed paste's marks, past curses' own. */
#define KEY_PASTE_BEGIN	(KEY_MAX + 1)
#define KEY_PASTE_END	(KEY_MAX + 2)

/* The widgets, in focus order. */
enum ui_focus {
	FOCUS_FIELD,
	FOCUS_BUTTON,
	FOCUS_PATTERN,
	FOCUS_METHOD,
	FOCUS_COUNT
};

/* The views below the rules: the timeline first; each other has its key. */
static const struct pane_ops *const ui_panes[] = {
	&pane_log,
	&pane_code,
	&pane_inspector,
};

#define UI_NPANES	((int)(sizeof ui_panes / sizeof ui_panes[0]))

/* What the front end knows of a process, from the session's events. */
struct ui_proc {
	pid_t		 pid;		/* -1 while it is gone */
	int		 blocked;	/* a page waiting in sendSync */
	struct buf	 reply;		/* what its page shows, escaped */
};

struct ui {
	struct session	 session;
	struct loop	 loop;
	struct scenario	 sc;
	struct logbuf	 log;		/* both panes' lines, in order */
	struct ui_proc	 main;
	struct ui_proc	 windows[SESSION_MAX_WINDOWS];
	const char	*pattern_names[PATTERN_MAX];
	const char	*method_names[REPLY_COUNT];
	struct keyin	 keyin;		/* a character's bytes not yet all read */
	struct field	 field;
	struct button	 button;
	struct selector	 pattern;
	struct selector	 method;
	struct widget	*widgets[FOCUS_COUNT];
	int		 focus;
	int		 window;	/* the window shown, 1-based */
	int		 pane;		/* index in ui_panes */
	struct layout	 layout;
	int		 fits;		/* the layout fits the terminal */
	uint32_t	 pressed;	/* presses made so far; each press's id */
	uint64_t	 pressed_ns;	/* when the newest was made */
	struct presses	 presses;	/* those not answered yet */
	int		 burst;		/* presses a burst still has to make */
	uint32_t	 burst_first;	/* the id before a burst's first press */
	uint64_t	 burst_ns;	/* when it started */
	uint64_t	 anchor;	/* the timeline's scroll (pane_data's) */
	int		 arrows;	/* the timeline shows the messages */
	int		 utf8;		/* the terminal takes UTF-8 */
	/* When each recent press's click went out, by id % UI_PRESS_TIMES. */
	uint32_t	 click_id[UI_PRESS_TIMES];
	uint64_t	 click_ns[UI_PRESS_TIMES];
	struct buf	 call;		/* scratch for a message's call */
	struct help	 help;
	struct scenario_list scenarios;
	struct settings	 settings;
	struct keybar	 keybar;
	int		 pasting;	/* inside a bracketed paste */
	uint64_t	 paste_ns;	/* when its last character came */
	struct buf	 paste;		/* what it brought so far */
	struct buf	 say;		/* the status line's message, or empty */
	int		 say_warn;	/* it says why a key did nothing */
	int		 ticking;	/* a timer will redraw a time so far */
	struct buf	 text;		/* scratch for a line or a title */
	int		 dirty;
	uint64_t	 dirty_ns;	/* when what is not drawn yet changed first */
	int		 urgent;	/* a key: draw at once */
	int		 batching;	/* a timer will draw what waits */
	int		 status;	/* the exit status */
};

/* Leave curses and give the terminal back as it was; safe to call twice. */
static void
ui_restore_terminal(void)
{
	if (!isendwin()) {
		ui_term_paste(0);
		endwin();
	}
	crash_disarm();
}

/* Say something on the status line until the next key; warn: why a key did nothing. */
static void
ui_say(struct ui *ui, int warn, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
ui_say(struct ui *ui, int warn, const char *fmt, ...)
{
	va_list	 ap;

	buf_clear(&ui->say);
	va_start(ap, fmt);
	buf_vprintf(&ui->say, fmt, ap);
	va_end(ap);
	ui->say_warn = warn;
	ui->dirty = 1;
}

/* The front end's view of the process an event is about. */
static struct ui_proc *
ui_proc_of(struct ui *ui, const struct session_event *e)
{
	return (e->window == 0 ? &ui->main : &ui->windows[e->window - 1]);
}

/*
 * A text of the session's in the person's language: its fixed notices are
 * in the catalog (N_ in session.c); the rest, a process's exit reason or a
 * protocol error's detail, show as they are.
 */
static const char *
ui_notice(const char *text)
{
	return (*text == '\0' ? text : _(text));
}

/* Set what a window's page shows as its reply. */
static void
ui_set_reply(struct ui_proc *p, const char *text)
{
	buf_clear(&p->reply);
	buf_printf(&p->reply, "%s", text);
}

/* Whether a line a process printed is an error: an uncaught one, a handler's, a crash, a protocol error. */
static int
ui_is_error(const char *text)
{
	static const char *const starts[] = {
		"Uncaught ", "Error occurred ", "render-process-gone",
		"protocol error", "process gone", "Error: ", "cannot start ",
	};
	size_t	 i;

	for (i = 0; i < sizeof starts / sizeof starts[0]; i++)
		if (strncmp(text, starts[i], strlen(starts[i])) == 0)
			return (1);
	return (0);
}

/*
 * A line for the column of window w's renderer (main's for 0), from window
 * about or about it (0: none), of a kind.
 */
static void
ui_line(struct ui *ui, int w, int about, int kind, const char *text)
{
	struct logbuf_line	*l;

	l = logbuf_add(&ui->log, w == 0 ? LAYOUT_MAIN : LAYOUT_RENDERER, text);
	l->window = about;
	l->kind = kind;
	ui->dirty = 1;
}

/* A process printed a line: main's says which window it is about, checked against the windows there are. */
static void
ui_printed(struct ui *ui, const struct session_event *e)
{
	int	 about = e->window;

	/* A line of a window that did not start shows in every window. */
	if (!session_window_open(&ui->session, about) ||
	    (about != 0 && ui->windows[about - 1].pid == -1))
		about = 0;
	if (e->window == 0)
		about = e->id <= (uint32_t)session_nwindows(&ui->session) ?
		    (int)e->id : 0;
	ui_line(ui, e->window, about, ui_is_error(e->text) ? LOGBUF_ERROR :
	    LOGBUF_OUTPUT, e->text);
}

/*
 * Message n (record r) as an arrow in the timeline: its gutter (the press or the
 * timed push, none for what no press made; the time since its click; its
 * window when there are several), then the call that
 * made it as the JavaScript wrote it, escaped, and why it went nowhere.
 */
static void
ui_arrow(struct ui *ui, uint64_t n, const struct framelog_rec *r,
    const struct msg *f, const struct proto_msg *m)
{
	struct logbuf_line	*l;
	struct buf		 b;
	uint32_t		 slot = r->id % UI_PRESS_TIMES;
	int			 to_main = r->to == ENDPOINT_MAIN;
	int			 between = !to_main && r->from != ENDPOINT_MAIN &&
	    r->from != ENDPOINT_UI;
	int			 w;

	w = to_main ? r->from - ENDPOINT_RENDERER_BASE : r->to -
	    ENDPOINT_RENDERER_BASE;
	if (f->hdr.type == MSG_RENDERER_GONE && m != NULL)
		w = (int)m->window;
	buf_init(&b);
	if (r->id & PRESS_TIMED)
		buf_printf(&b, "push %u", r->id & ~PRESS_TIMED);
	else if (r->id != 0)
		buf_printf(&b, "#%u", r->id);
	if (r->id != 0 && ui->click_id[slot] == r->id &&
	    r->t_ns >= ui->click_ns[slot])
		buf_printf(&b, " +%llu%s", (unsigned long long)
		    (r->t_ns - ui->click_ns[slot]) / 1000, ui->utf8 ?
		    "\xc2\xb5s" : "us");
	/* Page to page names both windows, whatever the number of them. */
	if (between)
		buf_printf(&b, "%sW%d%sW%d", b.len > 0 ? " " : "",
		    r->from - ENDPOINT_RENDERER_BASE, ui->utf8 ?
		    "\xe2\x86\x92" : "->", w);
	else if (session_nwindows(&ui->session) > 1)
		buf_printf(&b, "%sW%d", b.len > 0 ? " " : "", w);
	buf_append(&b, (char []){ LOGBUF_SEP }, 1);
	buf_clear(&ui->call);
	framelog_call(&ui->call, r->method, &f->hdr, m);
	if (r->verdict == FRAMELOG_UNHEARD)
		buf_printf(&ui->call, " (%s)", r->why);
	else if (r->verdict != FRAMELOG_DELIVERED)
		buf_printf(&ui->call, " (%s: %s)",
		    framelog_verdict_name(r->verdict), r->why);
	escape_append(&b, (const char *)buf_head(&ui->call), ui->call.len,
	    ui->utf8);
	l = logbuf_add(&ui->log, LAYOUT_RENDERER, buf_str(&b));
	buf_free(&b);
	l->kind = LOGBUF_ARROW;
	l->window = w;
	l->frame = n;
	l->flags = (to_main ? LOGBUF_TO_MAIN : 0) |
	    (between ? LOGBUF_BETWEEN : 0) |
	    (r->verdict != FRAMELOG_DELIVERED ? LOGBUF_FAILED : 0) | (r->answers != 0 ? LOGBUF_ANSWER : 0);
	/* A handler that takes its time shows on main's lifeline. */
	if ((r->method == METHOD_INVOKE || r->method == METHOD_SEND_SYNC) &&
	    ui->sc.delay_ms > 0 && r->verdict == FRAMELOG_DELIVERED) {
		buf_clear(&ui->call);
		buf_printf(&ui->call, _("(the handler runs: it waits %u ms)"),
		    ui->sc.delay_ms);
		ui_line(ui, 0, w, LOGBUF_NOTICE, buf_str(&ui->call));
	}
	ui->dirty = 1;
}

/*
 * A frame the session routed or sent: a click's time is kept for its
 * press's arrows, and a message between the processes becomes an arrow.
 */
static void
ui_frame(void *arg, const struct framelog *fl, uint64_t n, const struct msg *f,
    const struct proto_msg *m)
{
	struct ui			*ui = arg;
	struct framelog_rec		 rec;
	const struct framelog_rec	*r = framelog_get(fl, n, &rec);
	uint32_t			 slot = r->id % UI_PRESS_TIMES;

	if (f->hdr.type == MSG_CLICK || f->hdr.type == MSG_PUSH) {
		ui->click_id[slot] = r->id;
		ui->click_ns[slot] = r->t_ns;
		return;
	}
	if (ui->arrows && framelog_is_ipc(f->hdr.type))
		ui_arrow(ui, n, r, f, m);
}

/* What the session reports changes the front end's view; every event redraws. */
static void
ui_event(void *arg, const struct session_event *e)
{
	struct ui	*ui = arg;
	struct ui_proc	*p = ui_proc_of(ui, e);
	struct buf	 line;

	switch (e->type) {
	case SESSION_LINE:
		ui_printed(ui, e);
		break;
	case SESSION_DONE:
		presses_done(&ui->presses, e->id);
		/* A page that shows a reply shows this one. */
		if (e->text != NULL && e->window != 0)
			ui_set_reply(p, e->text);
		break;
	case SESSION_STARTED:
		p->pid = e->child->pid;
		p->blocked = 0;
		ui_set_reply(p, UI_NO_REPLY);
		break;
	case SESSION_BLOCKED:
	case SESSION_RELEASED:
		p->blocked = e->type == SESSION_BLOCKED;
		/* The page's lifeline says it waits. */
		if (p->blocked && ui->arrows)
			ui_line(ui, e->window, e->window, LOGBUF_NOTICE,
			    _("(blocked in sendSync until main sets "
			    "event.returnValue)"));
		break;
	case SESSION_GONE:
	case SESSION_CLOSED:
		/* Its presses will never be answered (all of them, for main). */
		presses_lost(&ui->presses, e->window);
		p->pid = -1;
		p->blocked = 0;
		buf_init(&line);
		if (e->type == SESSION_GONE) {
			buf_printf(&line, _("process gone: %s"),
			    ui_notice(e->text));
			ui_line(ui, e->window, e->window, LOGBUF_ERROR,
			    buf_str(&line));
		} else {
			/* Main's column says what Electron did. */
			buf_printf(&line, _("window %d %s"), e->window,
			    ui_notice(e->text));
			ui_line(ui, 0, e->window, LOGBUF_NOTICE,
			    buf_str(&line));
		}
		buf_free(&line);
		break;
	}
	ui->dirty = 1;
}

/* The button's label follows the pattern and the argument field. */
static void
ui_update_label(struct ui *ui)
{
	if (pattern_pushes(pattern_at(ui->sc.pattern)))
		snprintf(ui->button.label, sizeof ui->button.label,
		    "%s", _("Push from main"));
	else
		snprintf(ui->button.label, sizeof ui->button.label,
		    _("Send %s"), ui->field.text);
}

/* Recompute where everything goes after a start, a resize, a new label or a new pane. */
static void
ui_relayout(struct ui *ui)
{
	ui->fits = layout_compute(&ui->layout, LINES, COLS,
	    text_width(ui->button.label) + 4, ui_panes[ui->pane] ==
	    &pane_code) == 0;
	ui->field.w.r = ui->layout.field;
	ui->button.w.r = ui->layout.button;
	ui->pattern.w.r = ui->layout.pattern;
	ui->method.w.r = ui->layout.method;
	ui->dirty = 1;
}

/*
 * A rule across box r at row y, joined to its borders, with a label; with
 * the code beside the log, a second label over it at column code_x and a
 * line down between them.
 */
static void
ui_rule(const struct rect *r, int y, const char *label, int code_x,
    const char *code_label)
{
	mvadd_wch(y, r->x, WACS_LTEE);
	mvhline_set(y, r->x + 1, WACS_HLINE, r->w - 2);
	mvadd_wch(y, r->x + r->w - 1, WACS_RTEE);
	if (code_x == 0) {
		text_draw_cut(stdscr, y, r->x + 2, r->w - 4, label,
		    strlen(label));
		return;
	}
	text_draw_cut(stdscr, y, r->x + 2, code_x - r->x - 4, label,
	    strlen(label));
	mvadd_wch(y, code_x - 2, WACS_TTEE);
	mvvline_set(y + 1, code_x - 2, WACS_VLINE, r->y + r->h - y - 2);
	mvadd_wch(r->y + r->h - 1, code_x - 2, WACS_BTEE);
	text_draw_cut(stdscr, y, code_x, r->x + r->w - code_x - 2, code_label,
	    strlen(code_label));
}

/* The renderer box's title: its window and pid. */
static void
ui_renderer_title(struct ui *ui, struct buf *b)
{
	const struct ui_proc	*p = &ui->windows[ui->window - 1];
	int			 n = session_open_windows(&ui->session);

	if (n > 1)
		buf_printf(b, _(" renderer (window %d, %d open) - "),
		    ui->window, n);
	else
		buf_printf(b, _(" renderer (window %d) - "), ui->window);
	if (!session_window_open(&ui->session, ui->window))
		buf_printf(b, "%s", _("closed "));
	else if (p->pid == -1)
		buf_printf(b, "%s", _("gone "));
	else
		buf_printf(b, "pid %ld ", (long)p->pid);
}

/*
 * Say how big the terminal must be, in place of a layout that cannot fit:
 * centred, or wrapped over the middle rows of a very narrow terminal.
 */
static void
ui_draw_too_small(void)
{
	struct rect	 r = { 0, 0, LINES, COLS };
	char		 msg[128];
	int		 w, rows;

	snprintf(msg, sizeof msg, _("ipcsim needs at least %dx%d (now %dx%d)"),
	    LAYOUT_MIN_COLS, LAYOUT_MIN_ROWS, COLS, LINES);
	w = text_width(msg);
	rows = text_rows(msg, COLS);
	if (w < COLS)
		r.x = (COLS - w) / 2;
	r.y = rows < LINES ? (LINES - rows) / 2 : 0;
	r.w = COLS - r.x;
	text_draw_wrapped(stdscr, &r, r.y, msg);
}

/* Seconds since t, for the status line. */
static double
ui_seconds_since(uint64_t t)
{
	return ((double)(clock_now_ns() - t) / 1e9);
}

/*
 * What the status line says: a message a key left, else what is going on
 * (a burst, a blocked sendSync, a late answer), else what Enter does in
 * the pane shown and how to get help.
 * Returns whether it shows a time that should be shown again.
 */
static int
ui_status_text(struct ui *ui, struct buf *b, int *warn)
{
	const struct pattern	*pat = pattern_at(ui->sc.pattern);
	uint32_t		 inflight = presses_inflight(&ui->presses);
	const char		*(*hint)(void);

	*warn = 0;
	if (ui->say.len > 0) {
		*warn = ui->say_warn;
		buf_printf(b, "%s", buf_str(&ui->say));
		return (0);
	}
	/* Step mode first: it is why nothing else moves. */
	if (ui->session.step.on) {
		step_describe(&ui->session.step, ui->utf8, b);
		buf_printf(b, "%s",
		    _("(g lets the next go; t again, all of them)"));
		return (0);
	}
	if (ui->burst > 0) {
		buf_printf(b, _("burst: %u of %d presses made, %u in flight "
		    "(F6 stops it)"), ui->pressed - ui->burst_first,
		    UI_BURST, inflight);
		return (0);
	}
	if (ui->windows[ui->window - 1].blocked) {
		buf_printf(b, _("renderer %d is blocked in sendSync: %.1f s so "
		    "far"), ui->window, ui_seconds_since(ui->pressed_ns));
		if (pat->hangs)
			buf_printf(b, "%s", _("; nothing will answer it (F5 "
			    "crashes and reloads it)"));
		return (1);
	}
	if (inflight > 0 && pat->async &&
	    clock_now_ns() - ui->pressed_ns > UI_PENDING_NS) {
		buf_printf(b, ngettext("%u invoke pending: %.1f s so far",
		    "%u invokes pending: %.1f s so far", inflight), inflight,
		    ui_seconds_since(ui->pressed_ns));
		if (ui->sc.delay_ms > 0)
			buf_printf(b, _(" (the handler waits %u ms)"),
			    ui->sc.delay_ms);
		return (1);
	}
	if (inflight > 0 && pat->async)
		return (1);
	hint = ui_panes[ui->pane]->hint;
	/* An overlay takes the keys, Enter included. */
	if (ui->scenarios.open)
		buf_printf(b, "%s", _("Enter picks the scenario under the cursor;"
		    " Esc keeps the one running"));
	else if (ui->settings.open)
		buf_printf(b, "%s", _("Enter applies the settings; Esc leaves "
		    "them as they were"));
	else if (ui->help.open)
		buf_printf(b, "%s", _("Esc, q or F1 closes the help"));
	else
		buf_printf(b, "%s", hint != NULL ? hint() :
		    _("Enter sends; F1 or ? shows every key"));
	return (0);
}

/* Redraw the status line while it shows a time so far. */
static void
ui_tick(struct loop *l, void *arg)
{
	struct ui	*ui = arg;

	(void)l;
	ui->ticking = 0;
	ui->dirty = 1;
}

/* Draw the status line, and keep it ticking while it shows a time. */
static void
ui_draw_status(struct ui *ui)
{
	const struct rect	*r = &ui->layout.status;
	struct buf		 b;
	int			 warn, ticks;

	buf_init(&b);
	ticks = ui_status_text(ui, &b, &warn);
	attrset(ui_style(warn ? STYLE_STATUS_WARN : STYLE_STATUS));
	text_draw_cut(stdscr, r->y, r->x + 1, r->w - 2, buf_str(&b), b.len);
	attrset(A_NORMAL);
	buf_free(&b);
	if (ticks && !ui->ticking) {
		ui->ticking = 1;
		loop_timer_add(&ui->loop, UI_TICK_MS, ui_tick, ui);
	}
}

/* What the panes are drawn from, and read their keys with. */
static void
ui_pane_data(struct ui *ui, struct pane_data *d)
{
	d->log = &ui->log;
	d->sc = &ui->sc;
	d->args = ui->field.text;
	d->blocked = ui->windows[ui->window - 1].blocked;
	d->window = ui->window;
	d->gutter = session_nwindows(&ui->session) > 1;
	d->anchor = ui->anchor;
	d->arrows = ui->arrows;
	d->utf8 = ui->utf8;
	d->frames = &ui->session.frames;
	d->step = &ui->session.step;
}

/* The rules over the columns, and the panes below them: the code beside the timeline when there is room. */
static void
ui_draw_panes(struct ui *ui, const struct pane_data *d)
{
	const struct layout	*l = &ui->layout;
	const struct pane_ops	*pane = ui_panes[ui->pane];
	struct buf		 rule_r, rule_m, code_r, code_m;

	buf_init(&rule_r);
	buf_init(&rule_m);
	buf_init(&code_r);
	buf_init(&code_m);
	if (l->split) {
		pane_log.rules(d, &rule_r, &rule_m);
		pane->rules(d, &code_r, &code_m);
	} else
		pane->rules(d, &rule_r, &rule_m);
	ui_rule(&l->renderer, l->logs[LAYOUT_RENDERER].y - 1,
	    buf_str(&rule_r), l->split ? l->code[LAYOUT_RENDERER].x : 0,
	    buf_str(&code_r));
	ui_rule(&l->main, l->logs[LAYOUT_MAIN].y - 1, buf_str(&rule_m),
	    l->split ? l->code[LAYOUT_MAIN].x : 0, buf_str(&code_m));
	buf_free(&rule_r);
	buf_free(&rule_m);
	buf_free(&code_r);
	buf_free(&code_m);
	if (l->split) {
		pane->draw(stdscr, l->code, d);
		pane_log.draw(stdscr, l->logs, d);
	} else
		pane->draw(stdscr, l->logs, d);
}

/* Redraw the whole screen into curses' buffer and send the difference. */
static void
ui_draw(struct ui *ui)
{
	const struct layout	*l = &ui->layout;
	struct pane_data	 d;
	int			 i;

	erase();
	if (!ui->fits) {
		ui_draw_too_small();
		wnoutrefresh(stdscr);
		doupdate();
		return;
	}
	ui_pane_data(ui, &d);
	buf_clear(&ui->text);
	ui_renderer_title(ui, &ui->text);
	text_box(stdscr, &l->renderer, buf_str(&ui->text));
	buf_clear(&ui->text);
	buf_printf(&ui->text, _("reply: %s"),
	    buf_str(&ui->windows[ui->window - 1].reply));
	text_draw_cut(stdscr, l->reply.y, l->reply.x, l->reply.w,
	    buf_str(&ui->text), ui->text.len);

	buf_clear(&ui->text);
	if (ui->main.pid == -1)
		buf_printf(&ui->text, "%s", _(" main - gone "));
	else
		buf_printf(&ui->text, _(" main - pid %ld "),
		    (long)ui->main.pid);
	text_box(stdscr, &l->main, buf_str(&ui->text));
	for (i = 0; i < FOCUS_COUNT; i++)
		ui->widgets[i]->ops->draw(ui->widgets[i], stdscr,
		    i == ui->focus);
	ui_draw_status(ui);
	keybar_draw(stdscr, &l->keys, &ui->keybar);
	/* The panes scroll the terminal to match what is drawn: after the rest, before an overlay. */
	ui_draw_panes(ui, &d);
	if (ui->help.open)
		help_draw(stdscr, &ui->help, LINES, COLS);
	else if (ui->scenarios.open)
		scenario_list_draw(stdscr, &ui->scenarios, &ui->sc,
		    ui->field.text, LINES, COLS);
	else if (ui->settings.open)
		settings_draw(stdscr, &ui->settings, LINES, COLS);
	wnoutrefresh(stdscr);
	doupdate();
}

/* Why a press of the window shown cannot be made now, or NULL. */
static const char *
ui_cannot_press(struct ui *ui, struct buf *why)
{
	buf_clear(why);
	if (ui->main.pid == -1)
		buf_printf(why, "%s",
		    _("main is gone: F5 launches the app again"));
	else if (pattern_pushes(pattern_at(ui->sc.pattern)))
		return (NULL);
	else if (!session_window_open(&ui->session, ui->window))
		buf_printf(why, _("window %d is closed: F3 opens a window"),
		    ui->window);
	else if (ui->windows[ui->window - 1].pid == -1)
		buf_printf(why, _("renderer %d is gone: F5 reloads it"),
		    ui->window);
	else
		return (NULL);
	return (buf_str(why));
}

/* Press the button of the window shown; 0 if it could not be pressed. */
static int
ui_press(struct ui *ui)
{
	int	 w;

	w = session_click(&ui->session, ui->window, ++ui->pressed,
	    ui->field.text);
	if (w == -1) {
		ui->pressed--;
		return (0);
	}
	ui->pressed_ns = clock_now_ns();
	presses_add(&ui->presses, ui->pressed, w);
	return (1);
}

/* The user pressed the button: press it, or say why not. */
static void
ui_press_key(struct ui *ui)
{
	const char	*why = ui_cannot_press(ui, &ui->text);

	if (why != NULL)
		ui_say(ui, 1, "%s", why);
	else
		ui_press(ui);
}

/* Keep a burst going: press while fewer than UI_IN_FLIGHT presses are unanswered; say how it ended. */
static void
ui_burst(struct ui *ui)
{
	double	 s;

	if (ui->burst == 0)
		return;
	while (ui->burst > 0 &&
	    presses_inflight(&ui->presses) < UI_IN_FLIGHT) {
		if (!ui_press(ui)) {
			ui_say(ui, 1, _("burst stopped after %u presses: %s"),
			    ui->pressed - ui->burst_first,
			    ui_cannot_press(ui, &ui->text) != NULL ?
			    buf_str(&ui->text) : _("a process is gone"));
			ui->burst = 0;
			return;
		}
		if (--ui->burst == 0) {
			s = ui_seconds_since(ui->burst_ns);
			ui_say(ui, 0, _("burst: %d presses in %.2f s, %.0f "
			    "presses/s"), UI_BURST, s, s > 0 ? UI_BURST / s : 0);
		}
	}
	ui->dirty = 1;
}

/* F6: start a burst, or stop the one going. */
static void
ui_toggle_burst(struct ui *ui)
{
	const char	*why = ui_cannot_press(ui, &ui->text);

	if (ui->burst > 0) {
		ui_say(ui, 0, _("burst stopped after %u presses"),
		    ui->pressed - ui->burst_first);
		ui->burst = 0;
	} else if (why != NULL)
		ui_say(ui, 1, "%s", why);
	else {
		ui->burst = UI_BURST;
		ui->burst_first = ui->pressed;
		ui->burst_ns = clock_now_ns();
	}
}

/* Which controls apply to the pattern: the reply method only where main replies with it, the field only where the page sends. */
static void
ui_disable_controls(struct ui *ui)
{
	const struct pattern	*p = pattern_at(ui->sc.pattern);

	ui->method.w.disabled = !(p->uses & USES_REPLY);
	ui->field.w.disabled = pattern_pushes(p);
}

/* Open windows until want of them are open, or no more can be. */
static void
ui_open_windows(struct ui *ui, int want)
{
	while (session_open_windows(&ui->session) < want &&
	    session_add_window(&ui->session) != -1)
		continue;
}

/*
 * The selectors changed: tell every process the new scenario; a reply of
 * the old pattern goes; a scenario that needs more windows opens them.
 */
static void
ui_scenario_changed(struct ui *ui)
{
	int	 i, changed = ui->sc.pattern != ui->pattern.current;

	if (changed) {
		for (i = 0; i < SESSION_MAX_WINDOWS; i++)
			ui_set_reply(&ui->windows[i], UI_NO_REPLY);
		/* A scenario comes with its webPreferences. */
		ui->sc.isolation = pattern_at(ui->pattern.current)->isolation;
	}
	ui->sc.pattern = ui->pattern.current;
	ui->sc.reply = ui->method.current;
	session_set_scenario(&ui->session, &ui->sc);
	if (changed)
		ui_open_windows(ui, pattern_at(ui->sc.pattern)->windows);
	ui_disable_controls(ui);
	ui_update_label(ui);
	ui_relayout(ui);
}

/* The scenario list picked scenario i: the pattern selector follows, and the status line says what it teaches. */
static void
ui_pick_scenario(struct ui *ui, int i)
{
	ui->pattern.current = i;
	ui_scenario_changed(ui);
	ui_say(ui, 0, _("scenario %s: %s"), pattern_at(i)->name,
	    _(pattern_at(i)->lesson));
}

/* Move the focus by step (1 or -1) to the next control that applies. */
static void
ui_move_focus(struct ui *ui, int step)
{
	int	 i;

	for (i = 0; i < FOCUS_COUNT; i++) {
		ui->focus = (ui->focus + FOCUS_COUNT + step) % FOCUS_COUNT;
		if (!ui->widgets[ui->focus]->disabled)
			break;
	}
	ui->dirty = 1;
}

/* Give a key to the widget with the focus and act on what it reports. */
static void
ui_widget_key(struct ui *ui, const struct wkey *k)
{
	struct widget	*w = ui->widgets[ui->focus];
	int		 r;

	r = w->ops->key(w, k);
	if (r & WIDGET_ACTIVATE)
		ui_press_key(ui);
	if ((r & WIDGET_CHANGED) && w == &ui->field.w) {
		ui_update_label(ui);
		ui_relayout(ui);
	} else if (r & WIDGET_CHANGED)
		ui_scenario_changed(ui);
	if (r & WIDGET_REDRAW)
		ui->dirty = 1;
	if (r == WIDGET_IGNORED && w == &ui->field.w && k->code == 0 &&
	    ui->field.len + 4 > FIELD_MAX)
		ui_say(ui, 1, _("the field is full: it holds %d bytes"),
		    FIELD_MAX);
}

static void	ui_action(struct ui *, enum key_action);

/* Scroll the timeline. */
static void
ui_scroll(struct ui *ui, enum timeline_move move)
{
	struct pane_data	 d;

	ui_pane_data(ui, &d);
	ui->anchor = timeline_scroll(ui->layout.logs, &d, move);
	ui->dirty = 1;
}

/* A mouse event: the wheel scrolls; a click on the key bar runs its entry, on a control focuses it and acts. */
static void
ui_mouse(struct ui *ui)
{
	static const struct wkey	 next = { KEY_RIGHT, 0 };
	MEVENT				 ev;
	int				 i;

	if (getmouse(&ev) != OK || !ui->fits)
		return;
	if (ev.bstate & BUTTON4_PRESSED) {
		ui_scroll(ui, TIMELINE_LINES_UP);
		return;
	}
	if (ev.bstate & BUTTON5_PRESSED) {
		ui_scroll(ui, TIMELINE_LINES_DOWN);
		return;
	}
	if (!(ev.bstate & (BUTTON1_RELEASED | BUTTON1_CLICKED)))
		return;
	if (ev.y == ui->layout.keys.y) {
		ui_action(ui, keybar_hit(&ui->keybar, ev.x));
		return;
	}
	for (i = 0; i < FOCUS_COUNT; i++) {
		if (!rect_contains(&ui->widgets[i]->r, ev.y, ev.x) ||
		    ui->widgets[i]->disabled)
			continue;
		ui->focus = i;
		ui->dirty = 1;
		if (i == FOCUS_BUTTON)
			ui_press_key(ui);
		else if (i != FOCUS_FIELD)
			ui_widget_key(ui, &next);
	}
}

/* Open one more window and show it, or say why not. */
static void
ui_new_window(struct ui *ui)
{
	int	 w;

	if (ui->main.pid == -1) {
		ui_say(ui, 1, "%s",
		    _("main is gone: F5 launches the app again"));
		return;
	}
	if ((w = session_add_window(&ui->session)) == -1) {
		ui_say(ui, 1, _("%d windows are open, the most ipcsim models: "
		    "F8 closes one"), SESSION_MAX_WINDOWS);
		return;
	}
	ui->window = w;
	ui->dirty = 1;
}

/* Show the next open window, or say there is none. */
static void
ui_next_window(struct ui *ui)
{
	int	 i, w = ui->window;

	for (i = 0; i < session_nwindows(&ui->session); i++) {
		w = w % session_nwindows(&ui->session) + 1;
		if (session_window_open(&ui->session, w))
			break;
	}
	if (w == ui->window)
		ui_say(ui, 1, _("window %d is the only one open: F3 opens "
		    "another"), ui->window);
	ui->window = w;
	ui->dirty = 1;
}

/* Close the window shown, as its close button would, and show another. */
static void
ui_close_window(struct ui *ui)
{
	if (session_close_window(&ui->session, ui->window) == -1) {
		ui_say(ui, 1, _("window %d is already closed: F3 opens a "
		    "window"),
		    ui->window);
		return;
	}
	if (session_open_windows(&ui->session) > 0)
		ui_next_window(ui);
	ui->say.len = 0;
}

/*
 * Reload the window shown if its renderer is gone, or crash it first if
 * its page hangs in sendSync; launch the app again if main is gone (and
 * its windows with it); else say why there is nothing to do.
 */
static void
ui_reload(struct ui *ui)
{
	int	 w;

	if (session_relaunch(&ui->session) == 0) {
		for (w = 1; !session_window_open(&ui->session, ui->window) &&
		    w <= session_nwindows(&ui->session); w++)
			ui->window = w;
		return;
	}
	if (session_reload(&ui->session, ui->window) == 0)
		return;
	if (ui->windows[ui->window - 1].blocked &&
	    session_crash_reload(&ui->session, ui->window) == 0) {
		ui_say(ui, 0, _("renderer %d hung: crashed "
		    "(webContents.forcefullyCrashRenderer), then reloaded"),
		    ui->window);
		return;
	}
	if (!session_window_open(&ui->session, ui->window))
		ui_say(ui, 1, _("window %d is closed: F3 opens a window"),
		    ui->window);
	else
		ui_say(ui, 1, _("renderer %d is running: F5 reloads only a "
		    "window whose renderer is gone (F7 crashes it)"),
		    ui->window);
}

/* Crash the renderer shown, like webContents.forcefullyCrashRenderer(). */
static void
ui_crash(struct ui *ui)
{
	pid_t	 pid = ui->windows[ui->window - 1].pid;

	if (pid != -1)
		kill(pid, SIGSEGV);
	else
		ui_say(ui, 1, _("renderer %d is already gone: F5 reloads it"),
		    ui->window);
}

/* Apply the settings form: the scenario, then as many windows as it says. */
static void
ui_apply_settings(struct ui *ui)
{
	struct buf	 err;
	int		 want, w;

	buf_init(&err);
	if (settings_read(&ui->settings, &ui->sc, &want, &err) == -1) {
		ui_say(ui, 1, _("settings not applied: %s"), buf_str(&err));
		buf_free(&err);
		return;
	}
	buf_free(&err);
	ui->settings.open = 0;
	session_set_scenario(&ui->session, &ui->sc);
	ui_open_windows(ui, want);
	for (w = session_nwindows(&ui->session);
	    w > 0 && session_open_windows(&ui->session) > want; w--)
		session_close_window(&ui->session, w);
	if (!session_window_open(&ui->session, ui->window))
		ui_next_window(ui);
	ui_say(ui, 0, "%s", _("settings applied"));
}

/* Leave the loop with an exit status. */
static void
ui_quit(struct ui *ui, int status)
{
	ui->status = status;
	loop_stop(&ui->loop);
}

/*
 * The help or the settings form has closed.  Their borders split any wide
 * character under them, and the terminal blanked such a character whole,
 * which curses cannot know: every cell is repainted, or the character
 * would stay blank.
 */
static void
ui_overlay_closed(void)
{
	clearok(curscr, TRUE);
}

/* Show pane (an index in ui_panes). */
static void
ui_set_pane(struct ui *ui, int pane)
{
	ui->pane = pane;
	/* Rows drawn by another pane must not be scrolled as the log's. */
	clearok(curscr, TRUE);
	ui_relayout(ui);
}

/* A pane's key: show that pane, or the timeline again if it shows. */
static void
ui_toggle_pane(struct ui *ui, const struct pane_ops *ops)
{
	int	 i;

	for (i = 0; i < UI_NPANES; i++) {
		if (ui_panes[i] == ops)
			ui_set_pane(ui, ui->pane == i ? 0 : i);
	}
}

/* Do what a key of the key table does. */
static void
ui_action(struct ui *ui, enum key_action act)
{
	switch (act) {
	case KEY_ACT_NONE:
		break;
	case KEY_ACT_HELP:
		ui->help.open = 1;
		ui->help.top = 0;
		break;
	case KEY_ACT_CODE:
		ui_toggle_pane(ui, &pane_code);
		break;
	case KEY_ACT_SCENARIOS:
		ui->scenarios.open = 1;
		ui->scenarios.sel = ui->sc.pattern;
		break;
	case KEY_ACT_INSPECTOR:
		ui_toggle_pane(ui, &pane_inspector);
		break;
	case KEY_ACT_STEP:
		session_set_step(&ui->session, !ui->session.step.on);
		break;
	case KEY_ACT_STEP_NEXT:
		session_step(&ui->session);
		break;
	case KEY_ACT_ARROWS:
		ui->arrows = !ui->arrows;
		ui_say(ui, 0, "%s", ui->arrows ? _("the messages show as "
		    "arrows between the logs (a hides them)") : _("the "
		    "messages are hidden (a shows them again)"));
		break;
	case KEY_ACT_NEW_WINDOW:
		ui_new_window(ui);
		break;
	case KEY_ACT_NEXT_WINDOW:
		ui_next_window(ui);
		break;
	case KEY_ACT_RELOAD:
		ui_reload(ui);
		break;
	case KEY_ACT_BURST:
		ui_toggle_burst(ui);
		break;
	case KEY_ACT_CRASH:
		ui_crash(ui);
		break;
	case KEY_ACT_CLOSE_WINDOW:
		ui_close_window(ui);
		break;
	case KEY_ACT_SETTINGS:
		settings_open(&ui->settings, &ui->sc,
		    session_open_windows(&ui->session));
		break;
	case KEY_ACT_QUIT:
		ui_quit(ui, 0);
		break;
	}
	ui->dirty = 1;
}

/* The timeline's keys; Home and End only outside the field, whose cursor they move. */
static int
ui_scroll_key(struct ui *ui, const struct wkey *k)
{
	switch (k->code) {
	case KEY_PPAGE:
		ui_scroll(ui, TIMELINE_PAGE_UP);
		return (1);
	case KEY_NPAGE:
		ui_scroll(ui, TIMELINE_PAGE_DOWN);
		return (1);
	case KEY_HOME:
	case KEY_END:
		if (ui->focus == FOCUS_FIELD)
			return (0);
		ui_scroll(ui, k->code == KEY_HOME ? TIMELINE_OLDEST :
		    TIMELINE_NEWEST);
		return (1);
	}
	return (0);
}

/* Keys that work wherever the focus is; 1 if k was one. */
static int
ui_global_key(struct ui *ui, const struct wkey *k)
{
	const struct key_entry	*e = NULL;

	if (k->code >= KEY_F(1) && k->code <= KEY_F(12))
		e = keys_find_fkey(k->code - KEY_F(0));
	else if (k->code == 0 && ui->focus != FOCUS_FIELD)
		e = keys_find_letter((int)k->ch);
	if (e != NULL) {
		ui_action(ui, e->act);
		return (1);
	}
	switch (k->code) {
	case KEY_RESIZE:
		ui_relayout(ui);
		return (1);
	case KEY_MOUSE:
		ui_mouse(ui);
		return (1);
	case KEY_BTAB:
	case KEY_UP:
		ui_move_focus(ui, -1);
		return (1);
	case KEY_DOWN:
		ui_move_focus(ui, 1);
		return (1);
	case KEY_ENTER:
		ui_press_key(ui);
		return (1);
	}
	if (ui_scroll_key(ui, k))
		return (1);
	if (k->code != 0)
		return (0);
	switch (k->ch) {
	case CTRL_C:
		ui_quit(ui, 0);
		return (1);
	case CTRL_L:
		/* Repaint every cell: another program may have written over us. */
		clearok(curscr, TRUE);
		ui->dirty = 1;
		return (1);
	case '\t':
		ui_move_focus(ui, 1);
		return (1);
	case '\r':
	case '\n':
		ui_press_key(ui);
		return (1);
	}
	return (0);
}

/* A paste has ended: its text goes into the field at once, and a cut says so. */
static void
ui_paste_end(struct ui *ui)
{
	size_t	 cut;

	ui->pasting = 0;
	cut = field_insert_text(&ui->field, (const char *)buf_head(&ui->paste),
	    ui->paste.len);
	buf_clear(&ui->paste);
	if (cut > 0)
		ui_say(ui, 1, _("paste cut: the field holds %d bytes, %zu bytes "
		    "were left out"), FIELD_MAX, cut);
	ui->focus = FOCUS_FIELD;
	ui_update_label(ui);
	ui_relayout(ui);
}

/*
 * A paste whose end mark never came (a cut sequence, a terminal gone
 * wrong) ends once no character has come for UI_PASTE_MS, so that the
 * keys after it are keys again.
 */
static void
ui_paste_due(struct loop *l, void *arg)
{
	struct ui	*ui = arg;

	if (!ui->pasting)
		return;
	if (clock_now_ns() - ui->paste_ns < (uint64_t)UI_PASTE_MS * 1000000) {
		loop_timer_add(l, UI_PASTE_MS, ui_paste_due, ui);
		return;
	}
	ui_paste_end(ui);
}

/* A key inside a bracketed paste: the text is kept until its end goes into the field at once. */
static void
ui_paste_key(struct ui *ui, const struct wkey *k)
{
	char	 mb[UTF8_MAX];

	/*
	 * Its end mark ends it; so does a lone Esc, which no paste brings
	 * (an escape inside pasted text comes with its sequence): the way out
	 * of a paste whose end mark was lost.
	 */
	if (k->code == KEY_PASTE_END || (k->code == 0 && k->ch == KEY_ESC)) {
		ui_paste_end(ui);
		return;
	}
	/* Only characters are pasted text, and keep it open; a key code inside is noise. */
	if (k->code == 0) {
		ui->paste_ns = clock_now_ns();
		buf_append(&ui->paste, mb, utf8_encode((uint32_t)k->ch, mb));
	}
}

/*
 * Handle one key: a paste's, an overlay's, the pane's (before the global
 * keys, so that the inspector's list and prompt take their keys), the
 * global keys, then the focused widget's; never draws.
 */
static void
ui_key(struct ui *ui, const struct wkey *k)
{
	struct pane_data	 d;
	int			 r;

	if (ui->pasting) {
		ui_paste_key(ui, k);
		return;
	}
	if (k->code == KEY_PASTE_BEGIN) {
		ui->pasting = 1;
		ui->paste_ns = clock_now_ns();
		loop_timer_add(&ui->loop, UI_PASTE_MS, ui_paste_due, ui);
		return;
	}
	if (k->code != KEY_MOUSE && k->code != KEY_RESIZE)
		buf_clear(&ui->say);
	ui->dirty = 1;
	ui->urgent = 1;
	if (ui->help.open && k->code != KEY_RESIZE) {
		if (help_key(&ui->help, k))
			ui_overlay_closed();
		return;
	}
	if (ui->scenarios.open && k->code != KEY_RESIZE) {
		r = scenario_list_key(&ui->scenarios, k);
		if (r != SCENARIO_LIST_KEEP)
			ui_overlay_closed();
		if (r == SCENARIO_LIST_PICK)
			ui_pick_scenario(ui, ui->scenarios.sel);
		return;
	}
	if (ui->settings.open && k->code != KEY_RESIZE) {
		if (settings_key(&ui->settings, k) == SETTINGS_APPLY)
			ui_apply_settings(ui);
		if (!ui->settings.open)
			ui_overlay_closed();
		return;
	}
	ui_pane_data(ui, &d);
	r = ui_panes[ui->pane]->key(k, &d);
	if (r & PANE_CLOSE)
		ui_set_pane(ui, 0);
	if (r == PANE_IGNORED && !ui_global_key(ui, k))
		ui_widget_key(ui, k);
}

/*
 * Read every key that has arrived: curses' key codes, and characters that
 * keyin decodes from the bytes (get_wch would take the key after a byte it
 * cannot decode, and lose both).
 */
static void
ui_read_keys(struct ui *ui)
{
	struct wkey	 k;
	int		 c;

	while ((c = getch()) != ERR) {
		if (c >= KEY_MIN) {
			keyin_reset(&ui->keyin);
			k.code = c;
			k.ch = 0;
			ui_key(ui, &k);
			continue;
		}
		keyin_add(&ui->keyin, c);
		k.code = 0;
		while (keyin_next(&ui->keyin, &k.ch))
			ui_key(ui, &k);
	}
}

/* Put the terminal in the mode the TUI needs. */
static void
ui_start_curses(int colour)
{
	if (initscr() == NULL)
		fatalx("cannot start curses");
	log_set_cleanup(ui_restore_terminal);
	ui_color_start(colour);
	raw();
	noecho();
	nonl();
	/* A lone Esc closes a view: wait 100 ms, not a second, for more of a sequence. */
	set_escdelay(100);
	/* Let curses scroll the log rows with the terminal's scrolling region. */
	idlok(stdscr, TRUE);
	nodelay(stdscr, TRUE);
	curs_set(0);
	mousemask(BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON4_PRESSED |
	    BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	/* A paste comes between these marks, so that it is never read as keys. */
	define_key("\033[200~", KEY_PASTE_BEGIN);
	define_key("\033[201~", KEY_PASTE_END);
	/*
	 * Until the screen has once been left and resumed, ncursesw 6.4 takes
	 * it for a low-level terminfo program and flushes at every cursor
	 * move: the first frame went out in 86 writes.  Leaving it before
	 * anything is drawn makes the first refresh resume it, and every frame
	 * one write.
	 */
	endwin();
	ui_term_paste(1);
	/*
	 * endwin took the terminal out of keypad mode, and curses would put
	 * it back only at the first read: arrow keys typed before that came
	 * as bare escapes.  Turning it on now sends it at once.
	 */
	keypad(stdscr, TRUE);
	/* The terminal is as it was, and curses knows what it will change. */
	ui_crash_arm();
}

/* Set up the widgets and state from the command line; the names come from the patterns' and replies' tables. */
static void
ui_init(struct ui *ui, const struct options *opt)
{
	int	 i;

	ui->sc = opt->sc;
	presses_init(&ui->presses);
	logbuf_init(&ui->log, opt->scrollback);
	buf_init(&ui->text);
	buf_init(&ui->paste);
	buf_init(&ui->say);
	ui->main.pid = -1;
	buf_init(&ui->main.reply);
	for (i = 0; i < SESSION_MAX_WINDOWS; i++) {
		ui->windows[i].pid = -1;
		buf_init(&ui->windows[i].reply);
		ui_set_reply(&ui->windows[i], UI_NO_REPLY);
	}
	for (i = 0; i < pattern_count(); i++)
		ui->pattern_names[i] = pattern_at(i)->name;
	for (i = 0; i < REPLY_COUNT; i++)
		ui->method_names[i] = reply_method(i)->call;
	/* TRANSLATORS: "scenario: " and "reply:    " are as wide. */
	field_init(&ui->field, _("args: "), opt->args);
	button_init(&ui->button, "");
	selector_init(&ui->pattern, _("scenario: "), ui->pattern_names,
	    pattern_count(), ui->sc.pattern);
	selector_init(&ui->method, _("reply:    "), ui->method_names, REPLY_COUNT,
	    ui->sc.reply);
	ui->widgets[FOCUS_FIELD] = &ui->field.w;
	ui->widgets[FOCUS_BUTTON] = &ui->button.w;
	ui->widgets[FOCUS_PATTERN] = &ui->pattern.w;
	ui->widgets[FOCUS_METHOD] = &ui->method.w;
	ui->focus = FOCUS_BUTTON;
	ui->window = 1;
	text_set_utf8(opt->utf8);
	ui->utf8 = opt->utf8;
	ui->arrows = 1;
	buf_init(&ui->call);
	ui_disable_controls(ui);
	ui_update_label(ui);
}

/* Free what the front end holds. */
static void
ui_free(struct ui *ui)
{
	int	 i;

	logbuf_free(&ui->log);
	buf_free(&ui->text);
	buf_free(&ui->paste);
	buf_free(&ui->say);
	buf_free(&ui->call);
	buf_free(&ui->main.reply);
	for (i = 0; i < SESSION_MAX_WINDOWS; i++)
		buf_free(&ui->windows[i].reply);
}

/* The UI's state from its event loop's. */
static struct ui *
ui_of(struct loop *l)
{
	return (l->arg);
}

/* The batch of a press's lines has waited long enough: draw it. */
static void
ui_batch_due(struct loop *l, void *arg)
{
	struct ui	*ui = arg;

	(void)l;
	ui->batching = 0;
	ui->urgent = 1;
}

/*
 * Whether to draw what changed now.  A key draws at once.  While presses
 * are in flight, their lines (a message, a line, the answer, a line) come
 * a pass each: they wait until none is in flight, or UI_BATCH_MS after the
 * first, so that one frame scrolls them in together.
 */
static int
ui_draw_due(struct ui *ui)
{
	uint64_t	 now = clock_now_ns();

	if (ui->urgent || presses_inflight(&ui->presses) == 0)
		return (1);
	if (ui->dirty_ns == 0)
		ui->dirty_ns = now;
	if (now - ui->dirty_ns >= (uint64_t)UI_BATCH_MS * 1000000)
		return (1);
	if (!ui->batching) {
		ui->batching = 1;
		loop_timer_add(&ui->loop, UI_BATCH_MS, ui_batch_due, ui);
	}
	return (0);
}

/* Before sleeping: keep a burst going, send what keys queued, draw what changed. */
static void
ui_idle(struct loop *l)
{
	struct ui	*ui = ui_of(l);

	ui_burst(ui);
	session_flush(&ui->session);
	if (ui->dirty && ui_draw_due(ui)) {
		ui_draw(ui);
		ui->dirty = 0;
		ui->dirty_ns = 0;
		ui->urgent = 0;
	}
}

/* Poll every child and the keyboard. */
static size_t
ui_pollfds(struct loop *l, struct pollfd *pfd, size_t max)
{
	struct ui	*ui = ui_of(l);
	size_t		 n;

	(void)max;
	n = session_pollfds(&ui->session, pfd);
	pfd[n].fd = STDIN_FILENO;
	pfd[n].events = POLLIN;
	pfd[n].revents = 0;
	return (n + 1);
}

/* Route what the children sent, then read the keys; a terminal that went away ends the UI. */
static void
ui_ready(struct loop *l, const struct pollfd *pfd, size_t n)
{
	struct ui	*ui = ui_of(l);

	session_handle(&ui->session, pfd, n - 1);
	session_check_stalled(&ui->session);
	/* The inspector and step mode show frames that no event reports. */
	if (ui_panes[ui->pane] == &pane_inspector || ui->session.step.on)
		ui->dirty = 1;
	ui_read_keys(ui);
	/* The terminal went away (an SSH connection dropped). */
	if (pfd[n - 1].revents & (POLLHUP | POLLERR | POLLNVAL))
		ui_quit(ui, 128 + SIGHUP);
}

/* A child changed state, or a signal says to leave. */
static void
ui_signals(struct loop *l, int flags)
{
	struct ui	*ui = ui_of(l);

	if (flags & SIG_GOT_CHILD)
		session_reap(&ui->session);
	if (flags & SIG_GOT_QUIT)
		ui_quit(ui, sig_exit_status());
}

/* When a child's incomplete frame will be late. */
static uint64_t
ui_deadline(struct loop *l)
{
	return (session_deadline(&ui_of(l)->session));
}

static const struct loop_hooks ui_hooks = {
	ui_idle, ui_pollfds, ui_ready, ui_signals, ui_deadline
};

/* Run the TUI until the user quits or a signal says to; returns the exit status. */
int
ui_run(const struct options *opt)
{
	static struct ui	 ui;

	if (ui_term_check() == -1)
		return (UI_EXIT_TERMINAL);
#ifdef ENABLE_NLS
	/* The screen takes every text as UTF-8, whatever the locale's charset. */
	bind_textdomain_codeset(PACKAGE, "UTF-8");
#endif
	loop_init(&ui.loop, &ui_hooks, &ui, sig_setup());
	ui_init(&ui, opt);
	/* The inspector shows every frame, those before it was opened too. */
	session_record_frames(&ui.session);
	/* Children first: they must never inherit a terminal in curses mode. */
	session_start(&ui.session, opt->windows, &ui.sc, NULL, ui_event, &ui,
	    opt->utf8);
	session_watch_frames(&ui.session, ui_frame, &ui);
	ui_start_curses(ui_color_wanted(opt->color, getenv("NO_COLOR")));
	ui_relayout(&ui);
	loop_run(&ui.loop);
	loop_free(&ui.loop);
	session_stop(&ui.session);
	ui_restore_terminal();
	ui_free(&ui);
	return (ui.status);
}
