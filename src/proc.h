/* Child processes: forking with a pipe pair, reaping and why a child ended. */
#ifndef IPCSIM_PROC_H
#define IPCSIM_PROC_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "peer.h"

struct child {
	const char	*role;		/* "renderer" or "main", for ps and panes */
	uint16_t	 endpoint;
	pid_t		 pid;		/* -1 once reaped */
	int		 status;	/* wait status once reaped */
	int		 doomed;	/* killed (a protocol error, a hung page): restart it */
	int		 stopped;	/* by a signal (SIGSTOP), until continued */
	struct peer	 peer;
};

/* What a child is started with: its window (0 for main) and its page. */
struct proc_start {
	int		 window;
	uint32_t	 page;
};

/* What a child runs; it gets its pipe ends and never returns. */
typedef void	(*child_main_fn)(int, int, const struct proc_start *);

/*
 * A kind of process: its role (for ps and the panes) and its entry point.
 * The session takes them from a table, so that a test can start a fake.
 */
struct proc_kind {
	const char	*role;
	child_main_fn	 main;
};

/* The rows of a table of kinds. */
enum {
	PROC_MAIN = 0,
	PROC_RENDERER = 1,
	PROC_KINDS
};

extern const struct proc_kind	 proc_kinds[PROC_KINDS];

int		 proc_spawn(struct child *, const struct proc_kind *, uint16_t,
		     const struct proc_start *);
struct child	*proc_reap_one(struct child **, size_t);
void		 proc_stop(struct child **, size_t);
const char	*proc_exit_reason(int, int *);

#endif
