/* The seed's channels, and console.log as the children print it. */
#ifndef IPCSIM_IPC_H
#define IPCSIM_IPC_H

#include <stddef.h>

#include "buf.h"
#include "value.h"

struct child_loop;

#define IPC_CHANNEL_TO_MAIN	"message-from-renderer"
#define IPC_CHANNEL_TO_RENDERER	"message-from-main"
#define IPC_CHANNEL_PORT	"port"	/* the channel a MessagePort is sent on */

/*
 * Electron has no such limit to name: this is ipcsim's own, in its words,
 * for a message too large for one of its frames.
 */
#define IPC_TOO_LARGE	"ipcsim: the message is larger than the 1 MiB a " \
			"frame carries; it was not sent"

void	ipc_console_text(struct child_loop *, const char *, size_t);
const struct buf *ipc_console_log(struct child_loop *, const char *,
	    const struct value *, size_t);

#endif
