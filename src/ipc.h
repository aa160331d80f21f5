/* Payload of the Electron IPC frames: a channel name and the argument list. */
#ifndef IPCSIM_IPC_H
#define IPCSIM_IPC_H

#include "buf.h"
#include "peer.h"
#include "value.h"

struct child_loop;

/* The seed's channels. */
#define IPC_CHANNEL_TO_MAIN	"message-from-renderer"
#define IPC_CHANNEL_TO_RENDERER	"message-from-main"

/* A decoded call; the channel points into the frame it came from. */
struct ipc_call {
	const char	*channel;
	size_t		 channel_len;
	struct value	 args;		/* an array */
};

void	ipc_encode(struct buf *, const char *, const struct value *);
void	ipc_send(struct peer *, uint16_t, uint16_t, uint16_t, uint32_t,
	    const char *, const struct value *);
int	ipc_decode(const struct msg *, struct ipc_call *, const char **);
int	ipc_check(const struct msg *, const char **);
int	ipc_channel_is(const struct ipc_call *, const char *);
void	ipc_free(struct ipc_call *);
const struct buf *ipc_console_log(struct child_loop *, const char *,
	    const struct value *, size_t);

#endif
