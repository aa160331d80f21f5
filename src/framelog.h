/*
 * The frame log: every frame the UI process routes or sends, in a bounded
 * ring, for the trace, the transcript's messages and the views of the IPC.
 * No curses here.
 *
 * Recording is on the hot path, so it decodes nothing: a record (24 bytes)
 * holds the header's fields, the time, the verdict, the method (which the
 * router's check already found), and the place of the payload's first
 * FRAMELOG_KEEP bytes in a byte arena, where a payload like the last of its
 * method shares that copy.  An answer is linked to its request (the same
 * id from the same window, in the ring) through a bounded table of the
 * requests not answered yet.
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
/* Bytes for them all: 100,000 of a press's frames (34 bytes), not shared. */
#define FRAMELOG_ARENA		(4 * 1024 * 1024)
/* Unanswered requests kept: twice the presses --pipeline keeps in flight. */
#define FRAMELOG_PENDING	8192

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
	METHOD_WINDOW_RELOADED,
	METHOD_IPC_POST,	/* ipcRenderer.postMessage */
	METHOD_WEBCONTENTS_POST,	/* webContents.postMessage */
	METHOD_PORT_POST,	/* port.postMessage */
	METHOD_UNKNOWN,		/* a rejected frame whose payload says which */
	METHOD_COUNT
};

/*
 * A record as framelog_get gives it: every field whole.  The ring keeps it
 * in a struct framelog_slot of 24 bytes.
 */
struct framelog_rec {
	uint64_t	 t_ns;		/* since the log started */
	uint64_t	 latency_ns;	/* an answer: since its request, or
					   FRAMELOG_NO_LATENCY once the request
					   has left the ring */
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
	const char	*why;		/* dropped or refused: a static reason */
};

#define FRAMELOG_NO_LATENCY	UINT64_MAX

/* Reasons the log tells apart (dropped or refused); more share the last. */
#define FRAMELOG_WHYS		15
/* The code of an endpoint no process has, in a slot. */
#define FRAMELOG_ENDPOINT_OTHER	127

/*
 * A record in the ring, 24 bytes: the time in 48 bits (78 hours), the
 * arena's place in 32 (no payload kept is 4 GiB back), endpoints as small
 * codes (an endpoint no process has is FRAMELOG_ENDPOINT_OTHER), the
 * reason as an index in the log's table, the link to the request in 18
 * bits (answers are linked only while the request is in the ring), and
 * no latency: it is the request's time from the answer's.
 */
struct framelog_slot {
	uint32_t	 t_lo;		/* ns, low 32 bits */
	uint32_t	 id;
	uint32_t	 at;		/* arena position, low 32 bits */
	uint32_t	 what;		/* the size (21 bits, up to MSG_MAX_FRAME),
					   the reason (4: 0 none, else whys[i - 1]),
					   the verdict (2), the method (5) */
	uint32_t	 link;		/* the ends (7 bits each, as
					   framelog_endpoint_code gives them),
					   records back to the request (18) */
	uint16_t	 t_hi;		/* ns, bits 32 to 47 */
	uint16_t	 type;
};

/* A request not answered yet, in a chain of its hash bucket: 16 bytes. */
struct framelog_pending {
	uint64_t	 n:48;		/* its record's number */
	uint64_t	 window:7;	/* its sender, framelog_endpoint_code's */
	uint64_t	 type:8;	/* its type's low byte: requests are 0x02xx */
	uint64_t	 live:1;
	uint32_t	 id;
	uint32_t	 next;		/* the next in its bucket, + 1; 0: none */
};

struct framelog {
	struct framelog_slot	*recs;		/* a ring of FRAMELOG_RECORDS */
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
	const char		*whys[FRAMELOG_WHYS]; /* the reasons seen */
	/* By method, the last payload put in the arena, for a copy to share. */
	uint64_t		 last_at[METHOD_COUNT];
	uint32_t		 last_len[METHOD_COUNT];
};

void		 framelog_init(struct framelog *);
void		 framelog_free(struct framelog *);
void		 framelog_clear(struct framelog *);
uint64_t	 framelog_record(struct framelog *, uint64_t,
		     const struct msg *, enum framelog_verdict, const char *,
		     enum frame_method, struct framelog_rec *);
const struct framelog_rec *framelog_get(const struct framelog *, uint64_t,
		     struct framelog_rec *);
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
