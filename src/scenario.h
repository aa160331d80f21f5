/*
 * What the modelled Electron app does: the IPC pattern its page uses, how
 * main replies, and the handler's behaviour.  The UI sends it to every child
 * in a config frame whenever it changes.  The patterns and reply methods
 * themselves are entries in their own tables (pattern.h, reply.h); the
 * scenario names them by their index there.
 */
#ifndef IPCSIM_SCENARIO_H
#define IPCSIM_SCENARIO_H

#include <stdint.h>

#include "buf.h"
#include "msg.h"

#define SCENARIO_MAX_THROW	200	/* bytes of --throw's message */
#define SCENARIO_MAX_DELAY	600000	/* ms */

struct scenario {
	int		 pattern;	/* index in the pattern table */
	int		 reply;		/* index in the reply-method table */
	uint32_t	 delay_ms;	/* the handler waits this long */
	int		 no_handler;	/* invoke: register no handler */
	char		 throw_msg[SCENARIO_MAX_THROW + 1]; /* "" for none */
	uint32_t	 push_every_ms;	/* push: 0 for on a key only */
	int		 isolation;	/* webPreferences.contextIsolation */
};

void	scenario_default(struct scenario *);
void	scenario_encode(struct buf *, const struct scenario *);
int	scenario_decode(struct msg_reader *, struct scenario *);

#endif
