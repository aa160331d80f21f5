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

#include "code.h"
#include "log.h"
#include "logbuf.h"
#include "pane-code.h"
#include "pane-log.h"
#include "screen-scroll.h"
#include "session.h"
#include "sig.h"
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

static const char *const ui_patterns[PATTERN_COUNT] = {
	"send-reply", "send", "invoke", "send-sync", "push"
};

static const char *const ui_methods[REPLY_COUNT] = {
	"event.reply", "event.sender.send", "win.webContents.send"
};

struct ui {
	struct session	 session;
	struct scenario	 sc;
	struct logbuf	 log;		/* both panes' lines, in order */
	char		 reply[SESSION_MAX_WINDOWS][256];	/* escaped */
	struct field	 field;
	struct button	 button;
	struct selector	 pattern;
	struct selector	 method;
	struct widget	*widgets[FOCUS_COUNT];
	int		 focus;
	int		 window;	/* the window shown, 1-based */
	int		 code_view;
	struct layout	 layout;
	int		 fits;		/* the layout fits the terminal */
	uint32_t	 presses;	/* made so far; each press's id */
	uint32_t	 answered;	/* presses that have had all their effects */
	int		 burst;		/* presses a burst still has to make */
	int		 dirty;
	int		 quit;
	int		 status;	/* the exit status */
};

/* Leave curses and give the terminal back as it was; safe to call twice. */
static void
ui_restore_terminal(void)
{
	if (!isendwin())
		endwin();
}

/* A child printed a line: append it to its pane, naming the window if there are several. */
static void
ui_line(void *arg, const struct child *c, const char *text)
{
	struct ui	*ui = arg;
	char		 line[1024];
	int		 w = session_window(c);

	if (w != 0 && ui->session.nwindows > 1) {
		snprintf(line, sizeof line, "[%d] %s", w, text);
		text = line;
	}
	logbuf_add(&ui->log, w == 0 ? LAYOUT_MAIN : LAYOUT_RENDERER, text);
	ui->dirty = 1;
}

/* A press has had its effects; a page that shows a reply shows this one. */
static void
ui_done(void *arg, const struct child *c, uint32_t id, const char *shown)
{
	struct ui	*ui = arg;
	int		 w = session_window(c);

	(void)id;
	ui->answered++;
	if (shown != NULL && w != 0) {
		snprintf(ui->reply[w - 1], sizeof ui->reply[w - 1], "%s", shown);
		ui->dirty = 1;
	}
}

/* A child ended: say so in its pane. */
static void
ui_gone(void *arg, const struct child *c, const char *why)
{
	char	 line[192];

	snprintf(line, sizeof line, "process gone: %s", why);
	ui_line(arg, c, line);
}

static const struct session_events ui_events = {
	ui_line, ui_done, ui_gone
};

/* The button's label follows the pattern and the argument field. */
static void
ui_update_label(struct ui *ui)
{
	if (ui->sc.pattern == PATTERN_PUSH)
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
ui_renderer_title(const struct ui *ui, char *buf, size_t size)
{
	const struct child	*c = &ui->session.renderers[ui->window - 1];
	char			 win[32], state[64];

	if (ui->session.nwindows > 1)
		snprintf(win, sizeof win, "window %d of %d", ui->window,
		    ui->session.nwindows);
	else
		snprintf(win, sizeof win, "window 1");
	if (c->pid == -1)
		snprintf(state, sizeof state, "gone");
	else
		snprintf(state, sizeof state, "pid %ld", (long)c->pid);
	snprintf(buf, size, " renderer (%s) - %s ", win, state);
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
	text_draw_wrapped(stdscr, &r, r.y, 0, msg);
}

/* Below the rules: the timeline of both logs, or the code of both sides. */
static void
ui_draw_lower(struct ui *ui)
{
	const struct layout	*l = &ui->layout;
	struct buf		 code;

	if (!ui->code_view) {
		pane_log_draw(stdscr, l->logs, &ui->log);
		return;
	}
	buf_init(&code);
	code_renderer(&code, &ui->sc, ui->field.text);
	buf_append(&code, "", 1);
	pane_code_draw(stdscr, &l->logs[LAYOUT_RENDERER],
	    (const char *)buf_head(&code));
	buf_clear(&code);
	code_main(&code, &ui->sc);
	buf_append(&code, "", 1);
	pane_code_draw(stdscr, &l->logs[LAYOUT_MAIN],
	    (const char *)buf_head(&code));
	buf_free(&code);
}

/* Redraw the whole screen into curses' buffer and send the difference. */
static void
ui_draw(struct ui *ui)
{
	const struct layout	*l = &ui->layout;
	char			 text[320];
	int			 i;

	erase();
	if (!ui->fits) {
		ui_draw_too_small();
		wnoutrefresh(stdscr);
		doupdate();
		return;
	}
	ui_renderer_title(ui, text, sizeof text);
	ui_box(&l->renderer, text);
	snprintf(text, sizeof text, "reply: %s", ui->reply[ui->window - 1]);
	text_draw(stdscr, l->reply.y, l->reply.x, l->reply.w, text,
	    strlen(text));
	/* A page blocked in sendSync says so where it cannot be cut off. */
	ui_rule(&l->renderer, l->logs[LAYOUT_RENDERER].y - 1,
	    ui->code_view ? " renderer.js " :
	    ui->session.blocked[ui->window - 1] ?
	    " console - BLOCKED in sendSync " : " console ");

	if (ui->session.main.pid == -1)
		snprintf(text, sizeof text, " main - gone ");
	else
		snprintf(text, sizeof text, " main - pid %ld ",
		    (long)ui->session.main.pid);
	ui_box(&l->main, text);
	if (ui->code_view)
		snprintf(text, sizeof text, " main.js ");
	else if (ui->log.dropped > 0)
		snprintf(text, sizeof text, " log (%llu older lines dropped) ",
		    ui->log.dropped);
	else
		snprintf(text, sizeof text, " log ");
	ui_rule(&l->main, l->logs[LAYOUT_MAIN].y - 1, text);
	for (i = 0; i < FOCUS_COUNT; i++)
		ui->widgets[i]->ops->draw(ui->widgets[i], stdscr,
		    i == ui->focus);
	ui_draw_lower(ui);

	attron(A_REVERSE);
	mvhline(l->keys.y, 0, ' ', l->keys.w);
	text_draw(stdscr, l->keys.y, 0, l->keys.w, UI_KEYS, strlen(UI_KEYS));
	attroff(A_REVERSE);
	if (!ui->code_view)
		screen_scroll_up(STDOUT_FILENO, l->logs[0].y,
		    l->logs[0].y + l->logs[0].h - 1);
	wnoutrefresh(stdscr);
	doupdate();
}

/* Press the button of the window shown. */
static void
ui_press(struct ui *ui)
{
	session_click(&ui->session, ui->window, ++ui->presses, ui->field.text);
}

/* Keep a burst going: press while fewer than UI_IN_FLIGHT presses are unanswered. */
static void
ui_burst(struct ui *ui)
{
	while (ui->burst > 0 && ui->presses - ui->answered < UI_IN_FLIGHT) {
		ui_press(ui);
		ui->burst--;
	}
}

/* The selectors changed: tell every process the new scenario. */
static void
ui_scenario_changed(struct ui *ui)
{
	ui->sc.pattern = (enum pattern)ui->pattern.current;
	ui->sc.reply = (enum reply_method)ui->method.current;
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
		snprintf(ui->reply[w - 1], sizeof ui->reply[w - 1],
		    "(none yet)");
		ui->window = w;
		ui->dirty = 1;
	}
}

/* Reload the window shown if its renderer is gone, else restart main if it is. */
static void
ui_reload(struct ui *ui)
{
	struct child	*r = &ui->session.renderers[ui->window - 1];

	if (session_restart(&ui->session, r) == 0)
		snprintf(ui->reply[ui->window - 1],
		    sizeof ui->reply[ui->window - 1], "(none yet)");
	else
		session_restart(&ui->session, &ui->session.main);
	ui->dirty = 1;
}

/* Crash the renderer shown, like webContents.forcefullyCrashRenderer(). */
static void
ui_crash(struct ui *ui)
{
	struct child	*r = &ui->session.renderers[ui->window - 1];

	if (r->pid != -1)
		kill(r->pid, SIGSEGV);
}

/* Letters that act only when the focus is outside the argument field. */
static int
ui_letter_key(struct ui *ui, wint_t ch)
{
	if (ui->focus == FOCUS_FIELD)
		return (0);
	switch (ch) {
	case 'q':
		ui->quit = 1;
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

/* Keys that work wherever the focus is; 1 if k was one. */
static int
ui_global_key(struct ui *ui, const struct wkey *k)
{
	switch (k->code) {
	case KEY_F(10):
		ui->quit = 1;
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
		ui->code_view = !ui->code_view;
		ui->dirty = 1;
		return (1);
	case KEY_F(3):
		ui_new_window(ui);
		return (1);
	case KEY_F(4):
		ui->window = ui->window % ui->session.nwindows + 1;
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
		ui->quit = 1;
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

/* Handle one key; never draws. */
static void
ui_key(struct ui *ui, const struct wkey *k)
{
	if (!ui_global_key(ui, k))
		ui_widget_key(ui, k);
}

/* Read every key that has arrived. */
static void
ui_read_keys(struct ui *ui)
{
	struct wkey	 k;
	wint_t		 ch;
	int		 r;

	while ((r = get_wch(&ch)) != ERR) {
		k.code = r == KEY_CODE_YES ? (int)ch : 0;
		k.ch = r == KEY_CODE_YES ? 0 : ch;
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
	keypad(stdscr, TRUE);
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
}

/* Set up the widgets and state from the command line. */
static void
ui_init(struct ui *ui, const struct options *opt)
{
	int	 i;

	ui->sc = opt->sc;
	logbuf_init(&ui->log, opt->scrollback);
	for (i = 0; i < SESSION_MAX_WINDOWS; i++)
		snprintf(ui->reply[i], sizeof ui->reply[i], "(none yet)");
	field_init(&ui->field, "args: ", opt->args);
	button_init(&ui->button, "");
	selector_init(&ui->pattern, "pattern: ", ui_patterns, PATTERN_COUNT,
	    ui->sc.pattern);
	selector_init(&ui->method, "reply:   ", ui_methods, REPLY_COUNT,
	    ui->sc.reply);
	ui->widgets[FOCUS_FIELD] = &ui->field.w;
	ui->widgets[FOCUS_BUTTON] = &ui->button.w;
	ui->widgets[FOCUS_PATTERN] = &ui->pattern.w;
	ui->widgets[FOCUS_METHOD] = &ui->method.w;
	ui->focus = FOCUS_BUTTON;
	ui->window = 1;
	ui_update_label(ui);
}

/* Run the TUI until the user quits or a signal says to; returns the exit status. */
int
ui_run(const struct options *opt)
{
	static struct ui	 ui;
	struct pollfd		 pfd[SESSION_MAX_FDS + 2];
	size_t			 n;
	int			 sigfd, flags;

	sigfd = sig_setup();
	ui_init(&ui, opt);
	/* Children first: they must never inherit a terminal in curses mode. */
	session_start(&ui.session, opt->windows, &ui.sc, &ui_events, &ui,
	    opt->utf8);
	ui_start_curses();
	ui_relayout(&ui);
	while (!ui.quit) {
		if (ui.dirty) {
			ui_draw(&ui);
			ui.dirty = 0;
		}
		n = session_pollfds(&ui.session, pfd);
		pfd[n].fd = STDIN_FILENO;
		pfd[n].events = POLLIN;
		pfd[n + 1].fd = sigfd;
		pfd[n + 1].events = POLLIN;
		pfd[n].revents = pfd[n + 1].revents = 0;
		if (poll(pfd, n + 2, session_poll_timeout(&ui.session)) == -1 &&
		    errno != EINTR)
			fatal("poll");
		session_handle(&ui.session, pfd, n);
		session_check_stalled(&ui.session);
		ui_read_keys(&ui);
		/* The terminal went away (an SSH connection dropped). */
		if (pfd[n].revents & (POLLHUP | POLLERR | POLLNVAL)) {
			ui.quit = 1;
			ui.status = 128 + SIGHUP;
		}
		flags = sig_drain(sigfd);
		if (flags & SIG_GOT_CHILD)
			session_reap(&ui.session);
		if (flags & SIG_GOT_QUIT) {
			ui.quit = 1;
			ui.status = sig_exit_status();
		}
		/* A sendSync may have blocked or released a window. */
		ui.dirty = 1;
		ui_burst(&ui);
		/* Keys may have queued presses: send them before sleeping. */
		session_flush(&ui.session);
	}
	session_stop(&ui.session);
	ui_restore_terminal();
	logbuf_free(&ui.log);
	return (ui.status);
}
