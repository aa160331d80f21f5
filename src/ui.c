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
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "crash.h"
#include "keyin.h"
#include "log.h"
#include "logbuf.h"
#include "loop.h"
#include "pane.h"
#include "pattern.h"
#include "presses.h"
#include "reply.h"
#include "session.h"
#include "sig.h"
#include "ui-crash.h"
#include "ui-text.h"
#include "ui.h"
#include "widget.h"

#if OPTIONS_MAX_ARGS > FIELD_MAX
#error "the argument field cannot hold --args"
#endif

#define UI_BURST	10000	/* presses a burst makes */
#define UI_IN_FLIGHT	256	/* presses a burst keeps in flight */
#define UI_KEYS		" Tab focus  Enter send  F2 code  F3 window+  F4 next" \
			"  F5/r reload  F6 burst  F7/k crash  F10/q quit"
#define UI_NO_REPLY	"(none yet)"
#define CTRL_C		0x03
#define CTRL_L		0x0c

/* The widgets, in focus order. */
enum ui_focus {
	FOCUS_FIELD,
	FOCUS_BUTTON,
	FOCUS_PATTERN,
	FOCUS_METHOD,
	FOCUS_COUNT
};

/* The views below the rules, in the order F2 goes through them. */
static const struct pane_ops *const ui_panes[] = {
	&pane_log,
	&pane_code,
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
	const char	*pattern_names[16];
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
	struct presses	 presses;	/* those not answered yet */
	int		 burst;		/* presses a burst still has to make */
	struct buf	 text;		/* scratch for a line or a title */
	int		 dirty;
	int		 status;	/* the exit status */
};

/* Leave curses and give the terminal back as it was; safe to call twice. */
static void
ui_restore_terminal(void)
{
	if (!isendwin())
		endwin();
	crash_disarm();
}

/* The front end's view of the process an event is about. */
static struct ui_proc *
ui_proc_of(struct ui *ui, const struct session_event *e)
{
	return (e->window == 0 ? &ui->main : &ui->windows[e->window - 1]);
}

/* Set what a window's page shows as its reply. */
static void
ui_set_reply(struct ui_proc *p, const char *text)
{
	buf_clear(&p->reply);
	buf_printf(&p->reply, "%s", text);
}

/* A process printed a line: append it to its column, naming the window if there are several. */
static void
ui_line(struct ui *ui, int w, const char *text)
{
	if (w != 0 && session_nwindows(&ui->session) > 1) {
		buf_clear(&ui->text);
		buf_printf(&ui->text, "[%d] %s", w, text);
		text = buf_str(&ui->text);
	}
	logbuf_add(&ui->log, w == 0 ? LAYOUT_MAIN : LAYOUT_RENDERER, text);
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
		ui_line(ui, e->window, e->text);
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
		break;
	case SESSION_GONE:
		/* Its presses will never be answered (all of them, for main). */
		presses_lost(&ui->presses, e->window);
		p->pid = -1;
		p->blocked = 0;
		buf_init(&line);
		buf_printf(&line, "process gone: %s", e->text);
		ui_line(ui, e->window, buf_str(&line));
		buf_free(&line);
		break;
	}
	ui->dirty = 1;
}

/* The button's label follows the pattern and the argument field. */
static void
ui_update_label(struct ui *ui)
{
	if (pattern_at(ui->sc.pattern)->request == 0)
		snprintf(ui->button.label, sizeof ui->button.label,
		    "Push from main");
	else
		snprintf(ui->button.label, sizeof ui->button.label, "Send %s",
		    ui->field.text);
}

/* Recompute where everything goes after a start, a resize or a new label. */
static void
ui_relayout(struct ui *ui)
{
	ui->fits = layout_compute(&ui->layout, LINES, COLS,
	    text_width(ui->button.label) + 4) == 0;
	ui->field.w.r = ui->layout.field;
	ui->button.w.r = ui->layout.button;
	ui->pattern.w.r = ui->layout.pattern;
	ui->method.w.r = ui->layout.method;
	ui->dirty = 1;
}

/* Draw a box with a title in its top border. */
static void
ui_box(const struct rect *r, const char *title)
{
	mvhline(r->y, r->x + 1, ACS_HLINE, r->w - 2);
	mvhline(r->y + r->h - 1, r->x + 1, ACS_HLINE, r->w - 2);
	mvvline(r->y + 1, r->x, ACS_VLINE, r->h - 2);
	mvvline(r->y + 1, r->x + r->w - 1, ACS_VLINE, r->h - 2);
	mvaddch(r->y, r->x, ACS_ULCORNER);
	mvaddch(r->y, r->x + r->w - 1, ACS_URCORNER);
	mvaddch(r->y + r->h - 1, r->x, ACS_LLCORNER);
	mvaddch(r->y + r->h - 1, r->x + r->w - 1, ACS_LRCORNER);
	attron(A_BOLD);
	text_draw(stdscr, r->y, r->x + 2, r->w - 4, title, strlen(title));
	attroff(A_BOLD);
}

/* A rule across box r at row y, joined to its borders, with a label. */
static void
ui_rule(const struct rect *r, int y, const char *label)
{
	mvaddch(y, r->x, ACS_LTEE);
	mvhline(y, r->x + 1, ACS_HLINE, r->w - 2);
	mvaddch(y, r->x + r->w - 1, ACS_RTEE);
	text_draw(stdscr, y, r->x + 2, r->w - 4, label, strlen(label));
}

/* The renderer box's title: its window and pid. */
static void
ui_renderer_title(struct ui *ui, struct buf *b)
{
	const struct ui_proc	*p = &ui->windows[ui->window - 1];
	int			 n = session_nwindows(&ui->session);

	if (n > 1)
		buf_printf(b, " renderer (window %d of %d) - ", ui->window, n);
	else
		buf_printf(b, " renderer (window 1) - ");
	if (p->pid == -1)
		buf_printf(b, "gone ");
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

	snprintf(msg, sizeof msg, "ipcsim needs at least %dx%d (now %dx%d)",
	    LAYOUT_MIN_COLS, LAYOUT_MIN_ROWS, COLS, LINES);
	w = text_width(msg);
	rows = text_rows(msg, COLS);
	if (w < COLS)
		r.x = (COLS - w) / 2;
	r.y = rows < LINES ? (LINES - rows) / 2 : 0;
	r.w = COLS - r.x;
	text_draw_wrapped(stdscr, &r, r.y, msg);
}

/* Redraw the whole screen into curses' buffer and send the difference. */
static void
ui_draw(struct ui *ui)
{
	const struct layout	*l = &ui->layout;
	const struct pane_ops	*pane = ui_panes[ui->pane];
	struct pane_data	 d;
	struct buf		 rule_r, rule_m;
	int			 i;

	erase();
	if (!ui->fits) {
		ui_draw_too_small();
		wnoutrefresh(stdscr);
		doupdate();
		return;
	}
	d.log = &ui->log;
	d.sc = &ui->sc;
	d.args = ui->field.text;
	d.blocked = ui->windows[ui->window - 1].blocked;

	buf_clear(&ui->text);
	ui_renderer_title(ui, &ui->text);
	ui_box(&l->renderer, buf_str(&ui->text));
	buf_clear(&ui->text);
	buf_printf(&ui->text, "reply: %s",
	    buf_str(&ui->windows[ui->window - 1].reply));
	text_draw(stdscr, l->reply.y, l->reply.x, l->reply.w, buf_str(&ui->text),
	    ui->text.len);

	buf_clear(&ui->text);
	if (ui->main.pid == -1)
		buf_printf(&ui->text, " main - gone ");
	else
		buf_printf(&ui->text, " main - pid %ld ", (long)ui->main.pid);
	ui_box(&l->main, buf_str(&ui->text));

	buf_init(&rule_r);
	buf_init(&rule_m);
	pane->rules(&d, &rule_r, &rule_m);
	ui_rule(&l->renderer, l->logs[LAYOUT_RENDERER].y - 1,
	    buf_str(&rule_r));
	ui_rule(&l->main, l->logs[LAYOUT_MAIN].y - 1, buf_str(&rule_m));
	buf_free(&rule_r);
	buf_free(&rule_m);
	for (i = 0; i < FOCUS_COUNT; i++)
		ui->widgets[i]->ops->draw(ui->widgets[i], stdscr,
		    i == ui->focus);

	attron(A_REVERSE);
	mvhline(l->keys.y, 0, ' ', l->keys.w);
	text_draw(stdscr, l->keys.y, 0, l->keys.w, UI_KEYS, strlen(UI_KEYS));
	attroff(A_REVERSE);
	/* Last: the log pane scrolls the terminal to match what is drawn. */
	pane->draw(stdscr, l->logs, &d);
	wnoutrefresh(stdscr);
	doupdate();
}

/* Press the button of the window shown. */
static void
ui_press(struct ui *ui)
{
	int	 w;

	w = session_click(&ui->session, ui->window, ++ui->pressed,
	    ui->field.text);
	if (w != -1)
		presses_add(&ui->presses, ui->pressed, w);
}

/* Keep a burst going: press while fewer than UI_IN_FLIGHT presses are unanswered. */
static void
ui_burst(struct ui *ui)
{
	while (ui->burst > 0 &&
	    presses_inflight(&ui->presses) < UI_IN_FLIGHT) {
		ui_press(ui);
		ui->burst--;
	}
}

/* The selectors changed: tell every process the new scenario. */
static void
ui_scenario_changed(struct ui *ui)
{
	ui->sc.pattern = ui->pattern.current;
	ui->sc.reply = ui->method.current;
	session_set_scenario(&ui->session, &ui->sc);
	ui_update_label(ui);
	ui_relayout(ui);
}

/* Give a key to the widget with the focus and act on what it reports. */
static void
ui_widget_key(struct ui *ui, const struct wkey *k)
{
	struct widget	*w = ui->widgets[ui->focus];
	int		 r;

	r = w->ops->key(w, k);
	if (r & WIDGET_ACTIVATE)
		ui_press(ui);
	if ((r & WIDGET_CHANGED) && w == &ui->field.w) {
		ui_update_label(ui);
		ui_relayout(ui);
	} else if (r & WIDGET_CHANGED)
		ui_scenario_changed(ui);
	if (r & WIDGET_REDRAW)
		ui->dirty = 1;
}

/* A mouse click focuses the widget under it; on the button or a selector it acts too. */
static void
ui_mouse(struct ui *ui)
{
	static const struct wkey	 next = { KEY_RIGHT, 0 };
	MEVENT				 ev;
	int				 i;

	if (getmouse(&ev) != OK || !ui->fits ||
	    !(ev.bstate & (BUTTON1_RELEASED | BUTTON1_CLICKED)))
		return;
	for (i = 0; i < FOCUS_COUNT; i++) {
		if (!rect_contains(&ui->widgets[i]->r, ev.y, ev.x))
			continue;
		ui->focus = i;
		ui->dirty = 1;
		if (i == FOCUS_BUTTON)
			ui_press(ui);
		else if (i != FOCUS_FIELD)
			ui_widget_key(ui, &next);
	}
}

/* Open one more window and show it. */
static void
ui_new_window(struct ui *ui)
{
	int	 w = session_add_window(&ui->session);

	if (w != -1) {
		ui->window = w;
		ui->dirty = 1;
	}
}

/*
 * Reload the window shown if its renderer is gone; launch the app again if
 * main is gone (and its windows with it).
 */
static void
ui_reload(struct ui *ui)
{
	if (session_relaunch(&ui->session) == -1)
		session_reload(&ui->session, ui->window);
}

/* Crash the renderer shown, like webContents.forcefullyCrashRenderer(). */
static void
ui_crash(struct ui *ui)
{
	pid_t	 pid = ui->windows[ui->window - 1].pid;

	if (pid != -1)
		kill(pid, SIGSEGV);
}

/* Leave the loop with an exit status. */
static void
ui_quit(struct ui *ui, int status)
{
	ui->status = status;
	loop_stop(&ui->loop);
}

/* Letters that act only when the focus is outside the argument field. */
static int
ui_letter_key(struct ui *ui, wint_t ch)
{
	if (ui->focus == FOCUS_FIELD)
		return (0);
	switch (ch) {
	case 'q':
		ui_quit(ui, 0);
		return (1);
	case 'r':
		ui_reload(ui);
		return (1);
	case 'k':
		ui_crash(ui);
		return (1);
	default:
		return (0);
	}
}

/* Show the next pane below the rules (F2), or the first again. */
static void
ui_set_pane(struct ui *ui, int pane)
{
	ui->pane = pane;
	/* Rows drawn by another pane must not be scrolled as the log's. */
	clearok(curscr, TRUE);
	ui->dirty = 1;
}

/* Keys that work wherever the focus is; 1 if k was one. */
static int
ui_global_key(struct ui *ui, const struct wkey *k)
{
	switch (k->code) {
	case KEY_F(10):
		ui_quit(ui, 0);
		return (1);
	case KEY_RESIZE:
		ui_relayout(ui);
		return (1);
	case KEY_MOUSE:
		ui_mouse(ui);
		return (1);
	case KEY_BTAB:
		ui->focus = (ui->focus + FOCUS_COUNT - 1) % FOCUS_COUNT;
		ui->dirty = 1;
		return (1);
	case KEY_F(2):
		ui_set_pane(ui, (ui->pane + 1) % UI_NPANES);
		return (1);
	case KEY_F(3):
		ui_new_window(ui);
		return (1);
	case KEY_F(4):
		ui->window = ui->window % session_nwindows(&ui->session) + 1;
		ui->dirty = 1;
		return (1);
	case KEY_F(5):
		ui_reload(ui);
		return (1);
	case KEY_F(6):
		ui->burst = ui->burst > 0 ? 0 : UI_BURST;
		return (1);
	case KEY_F(7):
		ui_crash(ui);
		return (1);
	}
	if (k->code != 0)
		return (0);
	if (k->ch == CTRL_C) {
		ui_quit(ui, 0);
		return (1);
	}
	/* Repaint every cell: another program may have written over us. */
	if (k->ch == CTRL_L) {
		clearok(curscr, TRUE);
		ui->dirty = 1;
		return (1);
	}
	if (ui_letter_key(ui, k->ch))
		return (1);
	if (k->ch == '\t') {
		ui->focus = (ui->focus + 1) % FOCUS_COUNT;
		ui->dirty = 1;
		return (1);
	}
	return (0);
}

/* Handle one key: the global keys, then the pane's, then the focused widget's; never draws. */
static void
ui_key(struct ui *ui, const struct wkey *k)
{
	int	 r;

	if (ui_global_key(ui, k))
		return;
	r = ui_panes[ui->pane]->key(k);
	if (r & PANE_CLOSE)
		ui_set_pane(ui, 0);
	else if (r & PANE_REDRAW)
		ui->dirty = 1;
	if (r == PANE_IGNORED)
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
ui_start_curses(void)
{
	if (initscr() == NULL)
		fatalx("cannot start curses");
	log_set_cleanup(ui_restore_terminal);
	raw();
	noecho();
	nonl();
	/* A lone Esc closes a view: wait 100 ms, not a second, for more of a sequence. */
	set_escdelay(100);
	/* Let curses scroll the log rows with the terminal's scrolling region. */
	idlok(stdscr, TRUE);
	nodelay(stdscr, TRUE);
	curs_set(0);
	mousemask(BUTTON1_RELEASED | BUTTON1_CLICKED, NULL);
	mouseinterval(0);
	/*
	 * Until the screen has once been left and resumed, ncursesw 6.4 takes
	 * it for a low-level terminfo program and flushes at every cursor
	 * move: the first frame went out in 86 writes.  Leaving it before
	 * anything is drawn makes the first refresh resume it, and every frame
	 * one write.
	 */
	endwin();
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
	field_init(&ui->field, "args: ", opt->args);
	button_init(&ui->button, "");
	selector_init(&ui->pattern, "pattern: ", ui->pattern_names,
	    pattern_count(), ui->sc.pattern);
	selector_init(&ui->method, "reply:   ", ui->method_names, REPLY_COUNT,
	    ui->sc.reply);
	ui->widgets[FOCUS_FIELD] = &ui->field.w;
	ui->widgets[FOCUS_BUTTON] = &ui->button.w;
	ui->widgets[FOCUS_PATTERN] = &ui->pattern.w;
	ui->widgets[FOCUS_METHOD] = &ui->method.w;
	ui->focus = FOCUS_BUTTON;
	ui->window = 1;
	ui_update_label(ui);
}

/* Free what the front end holds. */
static void
ui_free(struct ui *ui)
{
	int	 i;

	logbuf_free(&ui->log);
	buf_free(&ui->text);
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

/* Before sleeping: keep a burst going, send what keys queued, draw what changed. */
static void
ui_idle(struct loop *l)
{
	struct ui	*ui = ui_of(l);

	ui_burst(ui);
	session_flush(&ui->session);
	if (ui->dirty) {
		ui_draw(ui);
		ui->dirty = 0;
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

	loop_init(&ui.loop, &ui_hooks, &ui, sig_setup());
	ui_init(&ui, opt);
	/* Children first: they must never inherit a terminal in curses mode. */
	session_start(&ui.session, opt->windows, &ui.sc, NULL, ui_event, &ui,
	    opt->utf8);
	ui_start_curses();
	ui_relayout(&ui);
	loop_run(&ui.loop);
	loop_free(&ui.loop);
	session_stop(&ui.session);
	ui_restore_terminal();
	ui_free(&ui);
	return (ui.status);
}
