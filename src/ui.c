/*
 * The TUI: curses setup and teardown, one poll loop over the keyboard, the
 * children and the signal pipe, and one redraw per loop pass when needed.
 */
#include "config.h"

#include <curses.h>
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "log.h"
#include "logbuf.h"
#include "pane-log.h"
#include "session.h"
#include "sig.h"
#include "ui-text.h"
#include "ui.h"
#include "widget.h"

#define UI_SCROLLBACK	10000
#define UI_KEYS		" Enter/Space/click: send    q/F10/Ctrl-C: quit"
#define UI_LISTENER	"ipcMain.on('message-from-renderer', ...)"
#define UI_REPLIER	"  event.reply('message-from-main', sum)"

struct ui {
	struct session	 session;
	struct logbuf	 log;		/* both panes' lines, in order */
	char		 reply[256];	/* what the page shows, escaped */
	struct widget	 button;
	struct layout	 layout;
	int		 fits;		/* the layout fits the terminal */
	uint32_t	 presses;	/* made so far; each press's id */
	int		 dirty;
	int		 quit;
};

/* Leave curses and give the terminal back as it was; safe to call twice. */
static void
ui_restore_terminal(void)
{
	if (!isendwin())
		endwin();
}

/* A child printed a line: append it to its pane. */
static void
ui_line(void *arg, const struct child *c, const char *text)
{
	struct ui	*ui = arg;

	logbuf_add(&ui->log, c->endpoint == ENDPOINT_MAIN ? LAYOUT_MAIN :
	    LAYOUT_RENDERER, text);
	ui->dirty = 1;
}

/* The page shows a new reply. */
static void
ui_reply(void *arg, const struct child *c, const char *text, uint32_t id)
{
	struct ui	*ui = arg;

	(void)c;
	(void)id;
	snprintf(ui->reply, sizeof ui->reply, "%s", text);
	ui->dirty = 1;
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
	ui_line, ui_reply, ui_gone
};

/* Recompute where everything goes after a start or a resize. */
static void
ui_relayout(struct ui *ui)
{
	ui->fits = layout_compute(&ui->layout, LINES, COLS,
	    ui->button.ops->width(&ui->button)) == 0;
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

/* The title of a child's box: its process and pid, or that it is gone. */
static void
ui_title(char *buf, size_t size, const char *name, const struct child *c)
{
	if (c->pid == -1)
		snprintf(buf, size, " %s - gone ", name);
	else
		snprintf(buf, size, " %s - pid %ld ", name, (long)c->pid);
}

/* Say how big the terminal must be, in place of a layout that cannot fit. */
static void
ui_draw_too_small(void)
{
	char	 msg[128];
	int	 w;

	snprintf(msg, sizeof msg, "ipcsim needs at least %dx%d (now %dx%d)",
	    LAYOUT_MIN_COLS, LAYOUT_MIN_ROWS, COLS, LINES);
	w = text_width(msg);
	text_draw(stdscr, LINES / 2, w < COLS ? (COLS - w) / 2 : 0, COLS, msg,
	    strlen(msg));
}

/* Redraw the whole screen into curses' buffer and send the difference. */
static void
ui_draw(struct ui *ui)
{
	const struct layout	*l = &ui->layout;
	char			 text[320];

	erase();
	if (!ui->fits) {
		ui_draw_too_small();
		wnoutrefresh(stdscr);
		doupdate();
		return;
	}
	ui_title(text, sizeof text, "renderer (window 1)",
	    &ui->session.renderers[0]);
	ui_box(&l->renderer, text);
	ui->button.ops->draw(&ui->button, stdscr, &l->button, 1);
	snprintf(text, sizeof text, "reply: %s", ui->reply);
	text_draw(stdscr, l->reply.y, l->reply.x, l->reply.w, text,
	    strlen(text));
	ui_rule(&l->renderer, l->logs[LAYOUT_RENDERER].y - 1, " console ");

	ui_title(text, sizeof text, "main", &ui->session.main);
	ui_box(&l->main, text);
	text_draw(stdscr, l->listener.y, l->listener.x, l->listener.w,
	    UI_LISTENER, strlen(UI_LISTENER));
	text_draw(stdscr, l->listener.y + 1, l->listener.x, l->listener.w,
	    UI_REPLIER, strlen(UI_REPLIER));
	ui_rule(&l->main, l->logs[LAYOUT_MAIN].y - 1, " log ");
	pane_log_draw(stdscr, l->logs, &ui->log);

	attron(A_REVERSE);
	mvhline(l->keys.y, 0, ' ', l->keys.w);
	text_draw(stdscr, l->keys.y, 0, l->keys.w, UI_KEYS, strlen(UI_KEYS));
	attroff(A_REVERSE);
	wnoutrefresh(stdscr);
	doupdate();
}

/* Press the button of window 1. */
static void
ui_press(struct ui *ui)
{
	session_click(&ui->session, 1, ++ui->presses);
}

/* A mouse event: a click on the button presses it. */
static void
ui_mouse(struct ui *ui)
{
	MEVENT	 ev;

	if (getmouse(&ev) != OK || !ui->fits)
		return;
	if ((ev.bstate & (BUTTON1_RELEASED | BUTTON1_CLICKED)) &&
	    rect_contains(&ui->layout.button, ev.y, ev.x))
		ui_press(ui);
}

/* Handle one key; never draws. */
static void
ui_key(struct ui *ui, int key)
{
	int	 r;

	switch (key) {
	case 'q':
	case KEY_F(10):
	case 3:		/* Ctrl-C: the terminal is in raw mode */
		ui->quit = 1;
		return;
	case KEY_RESIZE:
		ui_relayout(ui);
		return;
	case KEY_MOUSE:
		ui_mouse(ui);
		return;
	}
	r = ui->button.ops->key(&ui->button, key);
	if (r & WIDGET_ACTIVATE)
		ui_press(ui);
	if (r & WIDGET_REDRAW)
		ui->dirty = 1;
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
}

/* Run the TUI until the user quits or a signal says to; returns the exit status. */
int
ui_run(int utf8)
{
	static struct ui	 ui;
	struct pollfd		 pfd[SESSION_MAX_FDS + 2];
	size_t			 n;
	int			 sigfd, flags, key;

	sigfd = sig_setup();
	logbuf_init(&ui.log, UI_SCROLLBACK);
	snprintf(ui.reply, sizeof ui.reply, "(none yet)");
	ui.button.ops = &widget_button_ops;
	ui.button.label = "Send 1, 2, 3";
	/* Children first: they must never inherit a terminal in curses mode. */
	session_start(&ui.session, 1, &ui_events, &ui, utf8);
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
		if (poll(pfd, n + 2, -1) == -1 && errno != EINTR)
			fatal("poll");
		session_handle(&ui.session, pfd, n);
		while ((key = getch()) != ERR)
			ui_key(&ui, key);
		/* The terminal went away (an SSH connection dropped). */
		if (pfd[n].revents & (POLLHUP | POLLERR | POLLNVAL))
			ui.quit = 1;
		flags = sig_drain(sigfd);
		if (flags & SIG_GOT_CHILD)
			session_reap(&ui.session);
		if (flags & SIG_GOT_QUIT)
			ui.quit = 1;
		/* Keys may have queued presses: send them before sleeping. */
		session_flush(&ui.session);
	}
	session_stop(&ui.session);
	ui_restore_terminal();
	logbuf_free(&ui.log);
	return (0);
}
