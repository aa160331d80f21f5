/*
 * The protocol: every message type, in one table (proto.c) with a row per
 * type giving its number, its name, who may send it to whom, its payload
 * layout, and the one encoder and decoder that every process uses.  The UI's
 * checks and the children's readers are the same code.
 *
 * Adding a message type is a number here, a row in proto.c and, if its
 * payload has a new shape, a codec beside the others there.
 */
#ifndef IPCSIM_PROTO_H
#define IPCSIM_PROTO_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "msg.h"
#include "peer.h"
#include "scenario.h"
#include "value.h"

/* Numbered in blocks; a number is never reused or changed. */
enum msg_type {
	/* 0x01xx: the UI and one child. */
	MSG_CONSOLE_LINE = 0x0100,	/* child -> UI: a line it printed */
	MSG_CLICK = 0x0101,		/* UI -> renderer: the button, with the argument text */
	MSG_PRESS_DONE = 0x0102,	/* child -> UI: a press has had all its effects */
	MSG_CONFIG = 0x0103,		/* UI -> child: the scenario changed */
	MSG_PUSH = 0x0104,		/* UI -> main: push to the first window now */
	MSG_RENDERER_GONE = 0x0105,	/* UI -> main: a renderer process ended */
	MSG_WINDOW = 0x0106,		/* UI -> main: a window was created or closed */

	/* 0x02xx: Electron IPC between a renderer and main, routed by the UI. */
	MSG_IPC_SEND = 0x0200,		/* ipcRenderer.send(channel, ...args) */
	MSG_IPC_MESSAGE = 0x0201,	/* main -> renderer: event.reply and friends */
	MSG_IPC_INVOKE = 0x0202,	/* ipcRenderer.invoke(channel, ...args) */
	MSG_IPC_INVOKE_RESULT = 0x0203,	/* main -> renderer: resolve or reject */
	MSG_IPC_SEND_SYNC = 0x0204,	/* ipcRenderer.sendSync(channel, ...args) */
	MSG_IPC_SYNC_RESULT = 0x0205,	/* main -> renderer: event.returnValue */
	MSG_IPC_POST_TO_MAIN = 0x0206,	/* ipcRenderer.postMessage(channel, message, [port]) */
	MSG_IPC_POST_TO_RENDERER = 0x0207, /* main -> renderer: webContents.postMessage */
	MSG_PORT_MESSAGE = 0x0208,	/* port.postMessage(message), on an entangled port */
};

/*
 * A press's id is its number; an answer that no press asked for (a push
 * main makes on its own timer) has this bit set in its press-done id.
 */
#define PRESS_TIMED	0x80000000u

/* Who sends and receives: roles, as bits so that a row can name several. */
#define ROLE_UI		0x1
#define ROLE_MAIN	0x2
#define ROLE_RENDERER	0x4

/*
 * A page is one renderer process's document: every renderer process gets a
 * new page number, as Chromium gives each one a new process id.  Answers
 * that belong to the page that asked name it; PAGE_CURRENT means whatever
 * page the window shows when the frame arrives.
 */
#define PAGE_CURRENT	0
/*
 * The document a window holds before its page loaded (main.js sent to it
 * between loadFile and did-finish-load): no page number is ever it.
 */
#define PAGE_BEFORE_LOAD	UINT32_MAX

/*
 * A frame's payload, decoded.  Text and the channel point into the frame;
 * value is built only when the decoder is asked to build it (the UI checks
 * without building), and then belongs to the caller (proto_msg_free).
 */
struct proto_msg {
	const char	*text;		/* a line, the argument text, an error */
	size_t		 text_len;
	uint8_t		 flag;		/* press-done: shows text; invoke result: resolved; window: WINDOW_* */
	uint8_t		 reply;		/* ipc-message: the call main made (REPLY_*) */
	uint32_t	 page;		/* IPC: the page that sent or must receive */
	const char	*channel;	/* IPC calls and messages */
	size_t		 channel_len;
	struct value	 value;		/* the arguments (an array), a result */
	uint32_t	 window;	/* renderer-gone, window */
	uint32_t	 code;		/* renderer-gone: the exit code */
	uint32_t	 port;		/* post-message: the port sent (0: none); port-message: its port */
	uint16_t	 entangled;	/* post-message: the endpoint that holds the port's other end */
	struct scenario	 sc;		/* config (last: the decoder's memo keeps
					   what is before it) */
};

/* What a window frame says happened to its window. */
#define WINDOW_CREATED	0	/* main.js's createWindow made it */
#define WINDOW_CLOSED	1	/* the user closed it */
#define WINDOW_RELOADED	2	/* its page loaded again (the user reloaded it) */

/* How a row's payload is read: build the value, or only check it. */
#define PROTO_CHECK	0
#define PROTO_BUILD	1

typedef int	(*proto_decode_fn)(struct msg_reader *, struct proto_msg *,
		    int, const char **);
typedef void	(*proto_encode_fn)(struct buf *, const struct proto_msg *);

struct proto_type {
	uint16_t	 type;
	const char	*name;		/* for logs, the inspector, the trace */
	unsigned	 from;		/* ROLE_* that may send it */
	unsigned	 to;		/* ROLE_* it may be addressed to */
	const char	*layout;	/* the payload, for people */
	proto_decode_fn	 decode;
	proto_encode_fn	 encode;
};

void	 proto_msg_free(struct proto_msg *);
int	 proto_decode(const struct msg *, struct proto_msg *, int,
	     const char **);
int	 proto_decode_row(const struct proto_type *, const struct msg *,
	     struct proto_msg *, int, const char **);
int	 proto_send(struct peer *, uint16_t, uint16_t, uint16_t, uint32_t,
	     const struct proto_msg *);
int	 proto_channel_is(const struct proto_msg *, const char *);
char	*proto_endpoint_put(char *, uint16_t);
void	 proto_endpoint_name(struct buf *, uint16_t);
void	 proto_describe(struct buf *, const struct msg_header *,
	     const struct proto_msg *);

/* The longest endpoint name, "endpoint 0xffff", with room for snprintf's NUL. */
#define PROTO_ENDPOINT_MAX	16

/* Blocks of type numbers (0x01xx, 0x02xx), and the numbers a block uses. */
#define PROTO_BLOCKS		3
#define PROTO_BLOCK_SIZE	16

/* The table: a row sits where its type's number says, so finding it is one index. */
extern const struct proto_type	 proto_types[PROTO_BLOCKS][PROTO_BLOCK_SIZE];

/*
 * The row of a message type, or NULL if this protocol version has none.
 * Inline, as the two below: every frame on the hot path uses them.
 */
static inline const struct proto_type *
proto_find(uint16_t type)
{
	const struct proto_type	*t;

	if ((type >> 8) >= PROTO_BLOCKS || (type & 0xff) >= PROTO_BLOCK_SIZE)
		return (NULL);
	t = &proto_types[type >> 8][type & 0xff];
	return (t->name != NULL ? t : NULL);
}

/* The role of an endpoint number (0 for one that no process can have). */
static inline unsigned
proto_endpoint_role(uint16_t endpoint)
{
	if (endpoint == ENDPOINT_UI)
		return (ROLE_UI);
	if (endpoint == ENDPOINT_MAIN)
		return (ROLE_MAIN);
	if (endpoint > ENDPOINT_RENDERER_BASE &&
	    endpoint <= ENDPOINT_RENDERER_BASE + 0xff)
		return (ROLE_RENDERER);
	return (0);
}

/* An empty message, ready to be filled for encoding or by a decoder. */
static inline void
proto_msg_init(struct proto_msg *m)
{
	m->text = NULL;
	m->text_len = 0;
	m->flag = 0;
	m->reply = 0;
	m->page = PAGE_CURRENT;
	m->channel = NULL;
	m->channel_len = 0;
	m->value.type = VALUE_UNDEFINED;
	m->value.items = m->value.keys = NULL;
	m->value.str = NULL;
	m->value.count = m->value.len = 0;
	m->value.number = 0;
	m->value.ref = NULL;
	m->value.heap = NULL;
	m->window = 0;
	m->code = 0;
	m->port = 0;
	m->entangled = 0;
}

#endif
