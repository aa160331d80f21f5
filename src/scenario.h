/*
 * What the modelled Electron app does: the IPC pattern its page uses, how
 * main replies, and the handler's behaviour.  The UI sends it to every child
 * in a config frame whenever it changes.
 */
#ifndef IPCSIM_SCENARIO_H
#define IPCSIM_SCENARIO_H

#include <stdint.h>

#include "buf.h"
#include "msg.h"

#define SCENARIO_MAX_THROW	200	/* bytes of --throw's message */
#define SCENARIO_MAX_DELAY	600000	/* ms */

enum pattern {
	PATTERN_SEND_REPLY = 0,	/* the seed: send, then event.reply */
	PATTERN_SEND = 1,	/* one way */
	PATTERN_INVOKE = 2,	/* invoke / handle */
	PATTERN_SEND_SYNC = 3,	/* sendSync / event.returnValue */
	PATTERN_PUSH = 4,	/* main sends on its own */
	PATTERN_COUNT
};

enum reply_method {
	REPLY_EVENT_REPLY = 0,	/* event.reply: the sending frame */
	REPLY_SENDER_SEND = 1,	/* event.sender.send: the sending webContents */
	REPLY_WEBCONTENTS = 2,	/* win.webContents.send: the first window */
	REPLY_COUNT
};

struct scenario {
	enum pattern		 pattern;
	enum reply_method	 reply;
	uint32_t		 delay_ms;	/* the handler waits this long */
	int			 no_handler;	/* invoke: register no handler */
	char			 throw_msg[SCENARIO_MAX_THROW + 1]; /* "" for none */
	uint32_t		 push_every_ms;	/* push: 0 for on a key only */
};

void		 scenario_default(struct scenario *);
const char	*pattern_name(enum pattern);
int		 pattern_parse(const char *, enum pattern *);
const char	*reply_method_name(enum reply_method);
int		 reply_method_parse(const char *, enum reply_method *);
void		 scenario_encode(struct buf *, const struct scenario *);
int		 scenario_decode(struct msg_reader *, struct scenario *);

#endif
