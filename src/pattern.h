/*
 * An IPC pattern: what the page's button does, what main does with it, and
 * the JavaScript the code view shows for both.  Each pattern is one file,
 * pattern-NAME.c, defining one of these; patterns.c lists them in the order
 * the selector, --help and the man page show them.
 *
 * Each one is a scenario of its own (--scenario, --list-scenarios, the
 * TUI's list): adding one is a file and a line in that list.
 */
#ifndef IPCSIM_PATTERN_H
#define IPCSIM_PATTERN_H

#include <stdint.h>

#include "buf.h"
#include "proto.h"
#include "scenario.h"

struct mainproc;

/* What the page's code reaches IPC through. */
enum page_world {
	WORLD_REQUIRE,		/* require('electron') in the page (the seed) */
	WORLD_BRIDGE,		/* a preload's narrow API on window */
	WORLD_BRIDGE_IPC,	/* a preload that exposes ipcRenderer itself */
};

/* Where the page's MessagePort comes from, if it talks on one. */
enum page_port {
	PORT_NONE,		/* the page talks on ipcRenderer's channels */
	PORT_FROM_MAIN,		/* main's MessageChannelMain, by webContents.postMessage */
	PORT_FROM_PAGE,		/* the page's MessageChannel, by ipcRenderer.postMessage */
	PORT_BETWEEN_WINDOWS,	/* main entangles windows 1 and 2 */
};

#define PATTERN_MAX	24	/* room in the tables that list them all */

/* Which settings a pattern takes: the others do nothing there. */
#define USES_REPLY	0x01	/* --reply */
#define USES_DELAY	0x02	/* --delay */
#define USES_THROW	0x04	/* --throw */
#define USES_NO_HANDLER	0x08	/* --no-handler */
#define USES_PUSH_EVERY	0x10	/* --push-every */

struct pattern {
	const char	*name;		/* the --pattern value */
	const char	*lesson;	/* one line on what it shows */
	const char	*concerns;	/* the seed's demo or the Electron it is about */
	unsigned	 uses;		/* USES_* */

	/*
	 * The renderer's side.  The button sends request (0: the button
	 * asks main to push instead); a sync request blocks the page until
	 * its result; an async one turns a failure before sending into a
	 * rejected promise.  The listener on message-from-main logs its
	 * first argument, or all of them.
	 */
	uint16_t	 request;
	enum page_world	 world;
	int		 isolation;	/* contextIsolation unless told otherwise */
	/* A bridge page's first reads of window.electronAPI: at load (NULL: none), at a click. */
	const char	*bridge_load;
	const char	*bridge_click;
	/* What comes before the argument text in renderer.js; NULL: the channel's "'...', ". */
	const char	*args_after;
	int		 blocks;
	int		 hangs;		/* nothing ever answers: the page hangs */
	int		 async;
	int		 listener_all_args;
	/* The page adds its listener again on each click (a leak). */
	int		 listener_per_click;
	/*
	 * The button is in an iframe (with nodeIntegrationInSubFrames): an
	 * event.reply reaches it, the other replies the top frame.
	 */
	int		 iframe;
	/*
	 * The button posts on a MessagePort instead (a click before the
	 * port came throws); main's port1.start() may wait the delay, and
	 * the port queues until then.  windows: how many it wants (0: one).
	 */
	enum page_port	 port;
	int		 port_start_late;
	int		 windows;
	/* Main sends the page something once it loaded, before a person presses. */
	int		 greets;

	/*
	 * Whether main listens to (or handles) the nth call on
	 * message-from-renderer since main.js ran, from 0; NULL: always.
	 * Main and the sequence view both ask.
	 */
	int		(*heard)(const struct scenario *, uint32_t);

	/* main's side: a call on message-from-renderer reached it. */
	void		(*main_call)(struct mainproc *, const struct msg_header *,
			    const struct proto_msg *);
	/* main's side: createWindow made another window (mp->created of them). */
	void		(*main_window_created)(struct mainproc *);
	/* main's side: window w's page loaded (0: every window's, its code changed). */
	void		(*main_loaded)(struct mainproc *, int);
	/* main's side: push to the first window (the push key, a timer). */
	void		(*main_push)(struct mainproc *, uint32_t);

	/*
	 * The code view: the page's file (page_file, NULL: renderer.js) with
	 * the argument text, a second file of the renderer process (its
	 * name, and its code; NULL: none), and main.js.
	 */
	const char	*page_file;
	const char	*second_file;
	void		(*code_second)(struct buf *, const struct scenario *);
	void		(*code_renderer)(struct buf *, const struct scenario *,
			    const char *);
	void		(*code_main)(struct buf *, const struct scenario *);
};

extern const struct pattern	pattern_send_reply;
extern const struct pattern	pattern_send;
extern const struct pattern	pattern_invoke;
extern const struct pattern	pattern_send_sync;
extern const struct pattern	pattern_push;
extern const struct pattern	pattern_once;
extern const struct pattern	pattern_listener_leak;
extern const struct pattern	pattern_listener_off;
extern const struct pattern	pattern_remove_all;
extern const struct pattern	pattern_handle_once;
extern const struct pattern	pattern_remove_handler;
extern const struct pattern	pattern_second_handler;
extern const struct pattern	pattern_sync_no_listener;
extern const struct pattern	pattern_sync_no_return;
extern const struct pattern	pattern_send_before_load;
extern const struct pattern	pattern_preload;
extern const struct pattern	pattern_expose_ipcrenderer;
extern const struct pattern	pattern_bridge_off;
extern const struct pattern	pattern_iframe;
extern const struct pattern	pattern_port;
extern const struct pattern	pattern_port_start_late;
extern const struct pattern	pattern_port_from_page;
extern const struct pattern	pattern_port_windows;

int			 pattern_count(void);
const struct pattern	*pattern_at(int);
int			 pattern_index(const struct pattern *);
int			 pattern_parse(const char *);
int			 pattern_hears(const struct pattern *,
			    const struct scenario *, uint32_t);
int			 pattern_pushes(const struct pattern *);
int			 pattern_heard_first(const struct scenario *, uint32_t);
void			 pattern_names(struct buf *, unsigned, const char *);

#endif
