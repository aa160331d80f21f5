/* One end of a pipe pair: non-blocking reads into whole frames, queued writes. */
#ifndef IPCSIM_PEER_H
#define IPCSIM_PEER_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "msg.h"

struct peer {
	int		 rfd;		/* we read frames from here */
	int		 wfd;		/* and queue frames to here */
	struct buf	 in;
	struct buf	 out;
	int		 eof;		/* the other side closed its end */
};

/* One frame taken from a peer's input; payload points into the peer's buffer. */
struct msg {
	struct msg_header	 hdr;
	const uint8_t		*payload;
	size_t			 payload_len;
};

void	 peer_init(struct peer *, int, int);
void	 peer_close(struct peer *);
size_t	 peer_begin(struct peer *, uint16_t, uint16_t, uint16_t, uint32_t);
int	 peer_end(struct peer *, size_t);
void	 peer_send(struct peer *, uint16_t, uint16_t, uint16_t, uint32_t,
	     const struct buf *);
void	 peer_forward(struct peer *, const struct msg *);
int	 peer_read(struct peer *);
int	 peer_flush(struct peer *);
int	 peer_next(struct peer *, struct msg *, const char **);
void	 peer_done(struct peer *, const struct msg *);

#endif
