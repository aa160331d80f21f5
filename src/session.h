/*
 * The UI process's side of the children: it starts them from a table of
 * process kinds, routes every frame between them through the router, and
 * reports what happens to each process as events to a front end (the TUI or
 * the headless transcript), which keeps its own view of every window.
 */
#ifndef IPCSIM_SESSION_H
#define IPCSIM_SESSION_H

#include <poll.h>
#include <stddef.h>
#include <stdint.h>

#include "framelog.h"
#include "proc.h"
#include "router.h"
#include "scenario.h"
#include "step.h"

#define SESSION_MAX_WINDOWS	ROUTER_MAX_WINDOWS
#define SESSION_MAX_FDS		(2 * (1 + SESSION_MAX_WINDOWS))
/* Output queued for a child past which the UI stops reading the others. */
#define SESSION_QUEUE_HIGH	(256 * 1024)

enum session_event_type {
	SESSION_LINE,		/* a process printed text; id: the window it
				   is about, as the child says (unchecked) */
	SESSION_DONE,		/* press id has had all its effects; text: the reply shown, or NULL */
	SESSION_STARTED,	/* a process started: pid */
	SESSION_BLOCKED,	/* a window's page blocked in sendSync */
	SESSION_RELEASED,	/* and its sendSync returned */
	SESSION_GONE,		/* a process ended; text says why */
	SESSION_CLOSED,		/* the user closed a window; text says what
				   Electron does */
};

/* One thing that happened; text is already escaped for the terminal. */
struct session_event {
	enum session_event_type	 type;
	const struct child	*child;
	int			 window;	/* 0 for main */
	uint32_t		 id;
	const char		*text;
	size_t			 len;		/* text's length in bytes */
};

typedef void	(*session_event_fn)(void *, const struct session_event *);

/*
 * Called with every frame recorded in the frame log, after it is there and
 * before it has its effects: its number, the frame, and its payload
 * decoded with the values built (NULL for a frame refused).
 */
typedef void	(*session_frame_fn)(void *, const struct framelog *, uint64_t,
		    const struct msg *, const struct proto_msg *);

struct session {
	struct child		 main;
	struct child		 renderers[SESSION_MAX_WINDOWS];
	struct router_view	 view;		/* windows and their pages */
	int			 closed[SESSION_MAX_WINDOWS]; /* by the user */
	uint32_t		 next_page;
	struct scenario		 sc;
	const struct proc_kind	*kinds;		/* indexed by PROC_MAIN, PROC_RENDERER */
	session_event_fn	 ev;
	void			*arg;
	int			 utf8;		/* the terminal takes UTF-8 */
	struct buf		 text;		/* scratch for escaped text */
	struct framelog		 frames;	/* every frame routed or sent */
	uint64_t		 started;	/* monotonic ns: frames' times start here */
	session_frame_fn	 on_frame;	/* the front end's, or NULL */
	void			*frame_arg;
	int			 record;	/* record frames with nobody watching */
	uint32_t		 main_calls;	/* calls routed to main since its config */
	struct step		 step;		/* frames held in step mode */
	/* Which child each pollfd that session_pollfds made belongs to. */
	struct child		*polled[SESSION_MAX_FDS];
};

void	session_start(struct session *, int, const struct scenario *,
	    const struct proc_kind *, session_event_fn, void *, int);
int	session_add_window(struct session *);
void	session_set_scenario(struct session *, const struct scenario *);
void	session_watch_frames(struct session *, session_frame_fn, void *);
void	session_record_frames(struct session *);
void	session_set_step(struct session *, int);
void	session_step(struct session *);
size_t	session_pollfds(struct session *, struct pollfd *);
void	session_handle(struct session *, const struct pollfd *, size_t);
void	session_check_stalled(struct session *);
uint64_t session_deadline(struct session *);
void	session_flush(struct session *);
int	session_click(struct session *, int, uint32_t, const char *);
void	session_reap(struct session *);
int	session_reload(struct session *, int);
int	session_crash_reload(struct session *, int);
int	session_relaunch(struct session *);
void	session_stop(struct session *);
int	session_window(const struct child *);
int	session_nwindows(const struct session *);
int	session_window_open(const struct session *, int);
int	session_open_windows(const struct session *);
int	session_page_ready(const struct session *, int);
int	session_close_window(struct session *, int);
void	session_label(const struct session *, const struct child *,
	    struct buf *);

#endif
