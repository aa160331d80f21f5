/* One end of a pipe pair: non-blocking reads into whole frames, queued writes. */
#ifndef IPCSIM_PEER_H
#define IPCSIM_PEER_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "msg.h"

/*
 * How long an incomplete frame may wait with no new byte before it counts
 * as truncated: a sender that is running finishes a frame at once.
 */
#define PEER_PARTIAL_NS		((uint64_t)2 * 1000 * 1000 * 1000)

struct peer {
	int		 rfd;		/* we read frames from here */
	int		 wfd;		/* and queue frames to here */
	struct buf	 in;
	struct buf	 out;
	int		 eof;		/* the other side closed its end */
	int		 fresh;		/* bytes came since peer_stamp */
	uint64_t	 partial_since;	/* an incomplete frame got its last byte; or 0 */
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
void	 peer_stamp(struct peer *, uint64_t);
void	 peer_wait_again(struct peer *, uint64_t);
uint64_t peer_partial_since(const struct peer *);
int	 peer_overdue(const struct peer *, uint64_t, size_t *, size_t *);

#endif
