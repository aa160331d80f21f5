/*
 * The frame log: every frame the UI process routes or sends, in a bounded
 * ring, for the trace, the transcript's messages and the views of the IPC.
 * No curses here.
 *
 * Recording is on the hot path, so it decodes nothing: a record holds the
 * header's fields, the time, the verdict, the method (which the router's
 * check already found), and a copy of the payload's first FRAMELOG_KEEP
 * bytes in a byte arena.  An answer is linked to its request (the same id
 * from the same window) through a bounded table of the requests not
 * answered yet.
 */
#ifndef IPCSIM_FRAMELOG_H
#define IPCSIM_FRAMELOG_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "peer.h"
#include "proto.h"

#define FRAMELOG_RECORDS	100000		/* records kept: the newest */
#define FRAMELOG_KEEP		4096		/* payload bytes kept a frame */
#define FRAMELOG_ARENA		(4 * 1024 * 1024) /* bytes for them all */
#define FRAMELOG_PENDING	16384		/* unanswered requests kept */

enum framelog_verdict {
	FRAMELOG_DELIVERED,	/* passed on, or kept by the UI it was for */
	FRAMELOG_DROPPED,	/* well formed, but for a page or process gone */
	FRAMELOG_REJECTED,	/* a protocol error: its sender is killed */
	FRAMELOG_UNHEARD,	/* delivered to main, with nobody there for it */
};

/* What a frame is, for people: the call that made it, or what it does. */
enum frame_method {
	METHOD_SEND,
	METHOD_INVOKE,
	METHOD_SEND_SYNC,
	METHOD_EVENT_REPLY,	/* these three in the order of REPLY_* */
	METHOD_SENDER_SEND,
	METHOD_WEBCONTENTS_SEND,
	METHOD_INVOKE_RESULT,
	METHOD_INVOKE_ERROR,
	METHOD_SYNC_RETURN,
	METHOD_CONSOLE_LINE,
	METHOD_CLICK,
	METHOD_PRESS_DONE,
	METHOD_CONFIG,
	METHOD_PUSH,
	METHOD_RENDERER_GONE,
	METHOD_WINDOW_CREATED,
	METHOD_WINDOW_CLOSED,
	METHOD_UNKNOWN,		/* a rejected frame whose payload says which */
	METHOD_COUNT
};

struct framelog_rec {
	uint64_t	 t_ns;		/* since the log started */
	uint64_t	 latency_ns;	/* an answer: since its request */
	uint64_t	 at;		/* its payload's place in the arena */
	uint32_t	 size;		/* the whole payload, in bytes */
	uint32_t	 id;		/* the header's request id */
	uint32_t	 answers;	/* records back to its request; 0: none */
	uint16_t	 from;		/* endpoints */
	uint16_t	 to;
	uint16_t	 type;
	uint16_t	 kept;		/* payload bytes in the arena */
	uint8_t		 verdict;	/* enum framelog_verdict */
	uint8_t		 method;	/* enum frame_method */
	const char	*why;		/* dropped or rejected: a static reason */
};

/* A request not answered yet, in a chain of its hash bucket. */
struct framelog_pending {
	uint64_t	 n;		/* its record's number */
	uint64_t	 t_ns;
	uint32_t	 id;
	uint32_t	 next;		/* the next in its bucket, + 1; 0: none */
	uint16_t	 window;	/* its sender's endpoint */
	uint16_t	 type;
	uint8_t		 live;
};

struct framelog {
	struct framelog_rec	*recs;		/* a ring of FRAMELOG_RECORDS */
	uint64_t		 count;		/* records made: the newest's n */
	size_t			 next;		/* the slot the next one takes */
	uint8_t			*arena;		/* a ring of FRAMELOG_ARENA */
	uint64_t		 arena_pos;	/* bytes ever put there */
	/* Requests in the order they came, and their hash buckets. */
	struct framelog_pending	*pending;
	uint32_t		*buckets;	/* a chain's first index + 1 */
	uint64_t		 requests;	/* requests ever added */
	uint64_t		 unanswered;	/* let go before their answer */
	uint64_t		 cleared;	/* records up to it were cleared */
};

void		 framelog_init(struct framelog *);
void		 framelog_free(struct framelog *);
void		 framelog_clear(struct framelog *);
uint64_t	 framelog_record(struct framelog *, uint64_t,
		     const struct msg *, enum framelog_verdict, const char *,
		     enum frame_method);
const struct framelog_rec *framelog_get(const struct framelog *, uint64_t);
uint64_t	 framelog_first(const struct framelog *);
uint64_t	 framelog_dropped(const struct framelog *);
const uint8_t	*framelog_payload(const struct framelog *,
		     const struct framelog_rec *);
uint64_t	 framelog_request(const struct framelog_rec *, uint64_t);
enum frame_method framelog_method(uint16_t, const struct proto_msg *);
const char	*framelog_method_name(enum frame_method);
const char	*framelog_verdict_name(enum framelog_verdict);
int		 framelog_is_ipc(uint16_t);
void		 framelog_direction(struct buf *, uint16_t, uint16_t, int);
void		 framelog_call(struct buf *, enum frame_method,
		     const struct msg_header *, const struct proto_msg *);

#endif
