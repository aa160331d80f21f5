/*
 * The UI process's side of the children: it starts them, routes every frame
 * between them, and hands what the user should see to a front end (the TUI
 * or the headless transcript) through callbacks.
 */
#ifndef IPCSIM_SESSION_H
#define IPCSIM_SESSION_H

#include <poll.h>
#include <stddef.h>
#include <stdint.h>

#include "proc.h"
#include "scenario.h"

#define SESSION_MAX_WINDOWS	4
#define SESSION_MAX_FDS		(2 * (1 + SESSION_MAX_WINDOWS))

/* What the front end is told; text is already escaped for the terminal. */
struct session_events {
	/* A child printed a line. */
	void	(*line)(void *, const struct child *, const char *);
	/* Press id has had all its effects; shown is the page's reply or NULL. */
	void	(*done)(void *, const struct child *, uint32_t, const char *);
	/* A child ended; why is Electron's { reason, exitCode }. */
	void	(*gone)(void *, const struct child *, const char *);
};

struct session {
	struct child			 main;
	struct child			 renderers[SESSION_MAX_WINDOWS];
	int				 wc_ids[SESSION_MAX_WINDOWS];
	int				 blocked[SESSION_MAX_WINDOWS]; /* in sendSync */
	int				 nwindows;
	struct scenario			 sc;
	const struct session_events	*ev;
	void				*arg;
	int				 utf8;	/* the terminal takes UTF-8 */
	struct buf			 text;	/* scratch for escaped text */
	/* Which child each pollfd that session_pollfds made belongs to. */
	struct child			*polled[SESSION_MAX_FDS];
};

void	session_start(struct session *, int, const struct scenario *,
	    const struct session_events *, void *, int);
int	session_add_window(struct session *);
void	session_set_scenario(struct session *, const struct scenario *);
size_t	session_pollfds(struct session *, struct pollfd *);
void	session_handle(struct session *, const struct pollfd *, size_t);
void	session_check_stalled(struct session *);
int	session_poll_timeout(struct session *);
void	session_flush(struct session *);
void	session_click(struct session *, int, uint32_t, const char *);
void	session_reap(struct session *);
int	session_restart(struct session *, struct child *);
void	session_stop(struct session *);
int	session_window(const struct child *);
void	session_label(const struct session *, const struct child *, char *,
	    size_t);

#endif
