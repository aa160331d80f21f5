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
	int		 doomed;	/* killed for a protocol error: restart it */
	int		 stopped;	/* by a signal (SIGSTOP), until continued */
	struct peer	 peer;
};

/* What a child runs; it gets its pipe ends and never returns. */
typedef void	(*child_main_fn)(int, int, void *);

int		 proc_spawn(struct child *, const char *, uint16_t,
		     child_main_fn, void *);
struct child	*proc_reap_one(struct child **, size_t);
void		 proc_stop(struct child **, size_t);
const char	*proc_exit_reason(int, int *);

#endif
