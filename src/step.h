/*
 * Step mode's queue: the frames the UI holds, in the order it routed them,
 * until the user lets the next one go.  The session fills and empties it;
 * the views read which frame is next.  No curses here.
 */
#ifndef IPCSIM_STEP_H
#define IPCSIM_STEP_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "buf.h"
#include "msg.h"

/* Bytes held past which the UI stops reading the children. */
#define STEP_HIGH	(256 * 1024)

/* A frame held, its payload in the queue's bytes. */
struct step_frame {
	struct msg_header	 hdr;
	uint64_t		 n;		/* its frame log number; 0: none */
	size_t			 payload_len;
	uint16_t		 to;		/* the child it goes to; 0: the UI */
	pid_t			 pid;		/* that child when it was held */
};

struct step {
	int			 on;
	struct step_frame	*frames;
	size_t			 head;		/* the next to go */
	size_t			 count;		/* frames[head .. count) wait */
	size_t			 alloc;
	struct buf		 bytes;		/* their payloads, in order */
};

void	step_init(struct step *);
void	step_free(struct step *);
void	step_hold(struct step *, const struct msg *, uint64_t, uint16_t,
	    pid_t);
const struct step_frame *step_next(const struct step *, struct msg *);
void	step_pop(struct step *);
size_t	step_held(const struct step *);
int	step_is_held(const struct step *, uint64_t);
int	step_silent(uint16_t);
void	step_describe(const struct step *, int, struct buf *);

#endif
