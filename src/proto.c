/* The table of message types, and the one codec per payload shape that every process uses. */
#include "config.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "inspect.h"
#include "proto.h"
#include "reply.h"

static int	proto_decode_text(struct msg_reader *, struct proto_msg *, int,
		    const char **);
static void	proto_encode_text(struct buf *, const struct proto_msg *);
static int	proto_decode_done(struct msg_reader *, struct proto_msg *, int,
		    const char **);
static void	proto_encode_done(struct buf *, const struct proto_msg *);
static int	proto_decode_config(struct msg_reader *, struct proto_msg *,
		    int, const char **);
static void	proto_encode_config(struct buf *, const struct proto_msg *);
static int	proto_decode_empty(struct msg_reader *, struct proto_msg *,
		    int, const char **);
static void	proto_encode_empty(struct buf *, const struct proto_msg *);
static int	proto_decode_gone(struct msg_reader *, struct proto_msg *, int,
		    const char **);
static void	proto_encode_gone(struct buf *, const struct proto_msg *);
static int	proto_decode_window(struct msg_reader *, struct proto_msg *,
		    int, const char **);
static void	proto_encode_window(struct buf *, const struct proto_msg *);
static int	proto_decode_call(struct msg_reader *, struct proto_msg *, int,
		    const char **);
static void	proto_encode_call(struct buf *, const struct proto_msg *);
static int	proto_decode_message(struct msg_reader *, struct proto_msg *,
		    int, const char **);
static void	proto_encode_message(struct buf *, const struct proto_msg *);
static int	proto_decode_invoke_result(struct msg_reader *,
		    struct proto_msg *, int, const char **);
static void	proto_encode_invoke_result(struct buf *,
		    const struct proto_msg *);
static int	proto_decode_result(struct msg_reader *, struct proto_msg *,
		    int, const char **);
static void	proto_encode_result(struct buf *, const struct proto_msg *);
static int	proto_decode_post(struct msg_reader *, struct proto_msg *, int,
		    const char **);
static void	proto_encode_post(struct buf *, const struct proto_msg *);
static int	proto_decode_port(struct msg_reader *, struct proto_msg *, int,
		    const char **);
static void	proto_encode_port(struct buf *, const struct proto_msg *);

/* A row sits where its type's number says, so finding it is one index. */
#define ROW(t)	[(t) >> 8][(t) & 0xff] =

/*
 * Every message type.  A string is u32 length + UTF-8 bytes; a value is
 * value.c's tagged encoding; integers are big-endian.
 */
const struct proto_type proto_types[PROTO_BLOCKS][PROTO_BLOCK_SIZE] = {
	ROW(MSG_CONSOLE_LINE) { MSG_CONSOLE_LINE, "console-line", ROLE_MAIN | ROLE_RENDERER, ROLE_UI,
	  "string line", proto_decode_text, proto_encode_text },
	ROW(MSG_CLICK) { MSG_CLICK, "click", ROLE_UI, ROLE_RENDERER,
	  "string argument-text", proto_decode_text, proto_encode_text },
	ROW(MSG_PRESS_DONE) { MSG_PRESS_DONE, "press-done", ROLE_MAIN | ROLE_RENDERER, ROLE_UI,
	  "u8 shows-reply, string reply", proto_decode_done,
	  proto_encode_done },
	ROW(MSG_CONFIG) { MSG_CONFIG, "config", ROLE_UI, ROLE_MAIN | ROLE_RENDERER,
	  "u8 pattern, u8 reply-method, u32 delay-ms, u8 no-handler, "
	  "string throw, u32 push-every-ms, u8 context-isolation",
	  proto_decode_config,
	  proto_encode_config },
	ROW(MSG_PUSH) { MSG_PUSH, "push", ROLE_UI, ROLE_MAIN,
	  "empty", proto_decode_empty, proto_encode_empty },
	ROW(MSG_RENDERER_GONE) { MSG_RENDERER_GONE, "renderer-gone", ROLE_UI, ROLE_MAIN,
	  "u32 window, string reason, u32 exit-code", proto_decode_gone,
	  proto_encode_gone },
	ROW(MSG_WINDOW) { MSG_WINDOW, "window", ROLE_UI, ROLE_MAIN,
	  "u32 window, u8 event (0 created, 1 closed)", proto_decode_window,
	  proto_encode_window },
	ROW(MSG_IPC_SEND) { MSG_IPC_SEND, "ipc-send", ROLE_RENDERER, ROLE_MAIN,
	  "u32 sender-page, string channel, value args (an array)",
	  proto_decode_call, proto_encode_call },
	ROW(MSG_IPC_MESSAGE) { MSG_IPC_MESSAGE, "ipc-message", ROLE_MAIN, ROLE_RENDERER,
	  "u32 page (0: the window's current page), u8 reply-method "
	  "(0 event.reply, 1 event.sender.send, 2 win.webContents.send), "
	  "string channel, value args (an array)", proto_decode_message,
	  proto_encode_message },
	ROW(MSG_IPC_INVOKE) { MSG_IPC_INVOKE, "ipc-invoke", ROLE_RENDERER, ROLE_MAIN,
	  "u32 sender-page, string channel, value args (an array)",
	  proto_decode_call, proto_encode_call },
	ROW(MSG_IPC_INVOKE_RESULT) { MSG_IPC_INVOKE_RESULT, "ipc-invoke-result", ROLE_MAIN, ROLE_RENDERER,
	  "u32 page, u8 resolved, then value result or string error",
	  proto_decode_invoke_result, proto_encode_invoke_result },
	ROW(MSG_IPC_SEND_SYNC) { MSG_IPC_SEND_SYNC, "ipc-send-sync", ROLE_RENDERER, ROLE_MAIN,
	  "u32 sender-page, string channel, value args (an array)",
	  proto_decode_call, proto_encode_call },
	ROW(MSG_IPC_SYNC_RESULT) { MSG_IPC_SYNC_RESULT, "ipc-sync-result", ROLE_MAIN, ROLE_RENDERER,
	  "u32 page, value returnValue", proto_decode_result,
	  proto_encode_result },
	ROW(MSG_IPC_POST_TO_MAIN) { MSG_IPC_POST_TO_MAIN, "ipc-post-to-main", ROLE_RENDERER, ROLE_MAIN,
	  "u32 sender-page, string channel, value message, u32 port (0: none), "
	  "u32 endpoint holding its other end", proto_decode_post,
	  proto_encode_post },
	ROW(MSG_IPC_POST_TO_RENDERER) { MSG_IPC_POST_TO_RENDERER, "ipc-post-to-renderer", ROLE_MAIN, ROLE_RENDERER,
	  "u32 page (0: the window's current page), string channel, value "
	  "message, u32 port (0: none), u32 endpoint holding its other end",
	  proto_decode_post, proto_encode_post },
	ROW(MSG_PORT_MESSAGE) { MSG_PORT_MESSAGE, "port-message", ROLE_MAIN | ROLE_RENDERER, ROLE_MAIN | ROLE_RENDERER,
	  "u32 page (a renderer's own; 0 from main), u32 port, value message",
	  proto_decode_port, proto_encode_port },
};

/* Name a message type for logs and the inspector ("unknown" if it is none). */
const char *
msg_type_name(uint16_t type)
{
	const struct proto_type	*t = proto_find(type);

	return (t != NULL ? t->name : "unknown");
}

/* Whether this protocol version defines the type. */
int
msg_type_known(uint16_t type)
{
	return (proto_find(type) != NULL);
}

/* Free the value a building decoder made. */
void
proto_msg_free(struct proto_msg *m)
{
	value_free(&m->value);
}

/*
 * Decode a frame's payload by its type's row: built (PROTO_BUILD) for the
 * process that acts on it, or only checked (PROTO_CHECK) by the UI that
 * passes it on.  The whole payload must be used.  -1 with *err on any fault;
 * nothing is left to free then.
 */
int
proto_decode(const struct msg *f, struct proto_msg *m, int build,
    const char **err)
{
	const struct proto_type	*t = proto_find(f->hdr.type);

	if (t == NULL) {
		proto_msg_init(m);
		*err = "unknown message type";
		return (-1);
	}
	return (proto_decode_row(t, f, m, build, err));
}

/*
 * The last payload of each type that a check passed, with what it read:
 * the same bytes read the same, and a press's frames are alike from press
 * to press, so the router checks most of them with one comparison.  Slots
 * are by type (0x01xx in the first half, 0x02xx in the second); a check
 * that leaves something to free, a config (its scenario is a copy) and a
 * payload longer than PROTO_MEMO_MAX are not kept.  Texts are kept as
 * places in the payload.
 */
#define PROTO_MEMO_SLOTS	32
#define PROTO_MEMO_MAX		128

static struct proto_memo {
	uint16_t	 type;
	uint32_t	 len;		/* of the payload; 0: the slot is empty */
	uint8_t		 payload[PROTO_MEMO_MAX];
	/* What the check read: a struct proto_msg but for its last field,
	   the config's scenario. */
	unsigned char	 m[offsetof(struct proto_msg, sc)];
	size_t		 text_at;	/* where its texts start in the payload */
	size_t		 channel_at;
} proto_memos[PROTO_MEMO_SLOTS];

/* The memo slot for frames like f, or NULL for a payload that is not kept. */
static struct proto_memo *
proto_memo_of(const struct msg *f)
{
	if (f->payload_len == 0 || f->payload_len > PROTO_MEMO_MAX ||
	    f->hdr.type == MSG_CONFIG)
		return (NULL);
	return (&proto_memos[((f->hdr.type >> 8) & 1) * (PROTO_MEMO_SLOTS / 2) +
	    (f->hdr.type & (PROTO_MEMO_SLOTS / 2 - 1))]);
}

/* The place of text s in f's payload (0 for none). */
static size_t
proto_memo_place(const struct msg *f, const char *s)
{
	return (s != NULL ? (size_t)((const uint8_t *)s - f->payload) : 0);
}

/* Keep what the check of f read (m, owning nothing) for the same bytes again. */
static void
proto_memo_keep(struct proto_memo *mo, const struct msg *f,
    const struct proto_msg *m)
{
	if (m->value.type != VALUE_UNDEFINED || m->value.heap != NULL)
		return;
	mo->type = f->hdr.type;
	mo->len = (uint32_t)f->payload_len;
	memcpy(mo->payload, f->payload, f->payload_len);
	memcpy(mo->m, m, sizeof mo->m);
	mo->text_at = proto_memo_place(f, m->text);
	mo->channel_at = proto_memo_place(f, m->channel);
}

/* Give m what the last check of the same bytes read, with its texts in f: 1; or 0. */
static int
proto_memo_get(const struct proto_memo *mo, const struct msg *f,
    struct proto_msg *m)
{
	if (mo->len != f->payload_len || mo->type != f->hdr.type ||
	    memcmp(mo->payload, f->payload, f->payload_len) != 0)
		return (0);
	memcpy(m, mo->m, sizeof mo->m);
	if (m->text != NULL)
		m->text = (const char *)f->payload + mo->text_at;
	if (m->channel != NULL)
		m->channel = (const char *)f->payload + mo->channel_at;
	return (1);
}

/* proto_decode with the type's row already found. */
int
proto_decode_row(const struct proto_type *t, const struct msg *f,
    struct proto_msg *m, int build, const char **err)
{
	struct proto_memo	*mo = NULL;
	struct msg_reader	 r;

	if (build == PROTO_CHECK && (mo = proto_memo_of(f)) != NULL &&
	    proto_memo_get(mo, f, m))
		return (0);
	proto_msg_init(m);
	msg_reader_init(&r, f->payload, f->payload_len);
	if (t->decode(&r, m, build, err) == -1) {
		proto_msg_free(m);
		return (-1);
	}
	if (msg_get_end(&r) == -1) {
		*err = "bytes after the payload";
		proto_msg_free(m);
		return (-1);
	}
	if (mo != NULL)
		proto_memo_keep(mo, f, m);
	return (0);
}

/*
 * Queue a frame of type from src to dst, its payload encoded from m by the
 * type's row.  -1, with nothing queued, if it would be over MSG_MAX_FRAME.
 */
int
proto_send(struct peer *p, uint16_t type, uint16_t src, uint16_t dst,
    uint32_t id, const struct proto_msg *m)
{
	const struct proto_type	*t = proto_find(type);
	size_t			 start;

	start = peer_begin(p, type, src, dst, id);
	t->encode(&p->out, m);
	return (peer_end(p, start));
}

/* Whether the message was sent on the named channel. */
int
proto_channel_is(const struct proto_msg *m, const char *name)
{
	return (m->channel != NULL && m->channel_len == strlen(name) &&
	    memcmp(m->channel, name, m->channel_len) == 0);
}

/* Read a value, building it or only checking it. */
static int
proto_get_value(struct msg_reader *r, struct proto_msg *m, int build,
    const char **err)
{
	if (build)
		return (value_decode(r, &m->value, err));
	return (value_check(r, err));
}

/* One string: a console line, or the argument text of a click. */
static int
proto_decode_text(struct msg_reader *r, struct proto_msg *m, int build,
    const char **err)
{
	(void)build;
	*err = "malformed text payload";
	return (msg_view_string(r, &m->text, &m->text_len));
}

/* Write one string. */
static void
proto_encode_text(struct buf *b, const struct proto_msg *m)
{
	msg_add_string(b, m->text, m->text_len);
}

/* Whether the page shows a reply now, and the reply. */
static int
proto_decode_done(struct msg_reader *r, struct proto_msg *m, int build,
    const char **err)
{
	(void)build;
	*err = "malformed press-done payload";
	if (msg_get_u8(r, &m->flag) == -1 || m->flag > 1)
		return (-1);
	return (msg_view_string(r, &m->text, &m->text_len));
}

/* Write a press-done: the flag and the reply ("" when none is shown). */
static void
proto_encode_done(struct buf *b, const struct proto_msg *m)
{
	msg_add_u8(b, m->flag);
	msg_add_string(b, m->flag ? m->text : "", m->flag ? m->text_len : 0);
}

/* The modelled app's settings. */
static int
proto_decode_config(struct msg_reader *r, struct proto_msg *m, int build,
    const char **err)
{
	(void)build;
	*err = "malformed config payload";
	return (scenario_decode(r, &m->sc));
}

/* Write the settings. */
static void
proto_encode_config(struct buf *b, const struct proto_msg *m)
{
	scenario_encode(b, &m->sc);
}

/* No payload at all. */
static int
proto_decode_empty(struct msg_reader *r, struct proto_msg *m, int build,
    const char **err)
{
	(void)r;
	(void)m;
	(void)build;
	(void)err;
	/* proto_decode_row refuses any byte as one after the payload. */
	return (0);
}

/* Write nothing. */
static void
proto_encode_empty(struct buf *b, const struct proto_msg *m)
{
	(void)b;
	(void)m;
}

/* A renderer ended: its window, Chromium's reason and the exit code. */
static int
proto_decode_gone(struct msg_reader *r, struct proto_msg *m, int build,
    const char **err)
{
	(void)build;
	*err = "malformed renderer-gone payload";
	if (msg_get_u32(r, &m->window) == -1 ||
	    msg_view_string(r, &m->text, &m->text_len) == -1)
		return (-1);
	return (msg_get_u32(r, &m->code));
}

/* Write a renderer-gone. */
static void
proto_encode_gone(struct buf *b, const struct proto_msg *m)
{
	msg_add_u32(b, m->window);
	msg_add_string(b, m->text, m->text_len);
	msg_add_u32(b, m->code);
}

/* Read a window frame: the window and what happened to it. */
static int
proto_decode_window(struct msg_reader *r, struct proto_msg *m, int build,
    const char **err)
{
	(void)build;
	*err = "malformed window payload";
	if (msg_get_u32(r, &m->window) == -1 ||
	    msg_get_u8(r, &m->flag) == -1 || m->flag > WINDOW_RELOADED)
		return (-1);
	return (0);
}

/* Write a window frame. */
static void
proto_encode_window(struct buf *b, const struct proto_msg *m)
{
	msg_add_u32(b, m->window);
	msg_add_u8(b, m->flag);
}

/* The channel and the argument array that end an IPC call or message. */
static int
proto_decode_channel_args(struct msg_reader *r, struct proto_msg *m,
    int build, const char **err)
{
	if (msg_view_string(r, &m->channel, &m->channel_len) == -1) {
		*err = "truncated or invalid channel name";
		return (-1);
	}
	if (r->pos == r->len || r->p[r->pos] != VALUE_ARRAY) {
		*err = "IPC arguments are not one array";
		return (-1);
	}
	return (proto_get_value(r, m, build, err));
}

/* Write the channel and the argument array. */
static void
proto_encode_channel_args(struct buf *b, const struct proto_msg *m)
{
	msg_add_string(b, m->channel, m->channel_len);
	value_encode(b, &m->value);
}

/* An IPC call: the sender's page, the channel and the argument array. */
static int
proto_decode_call(struct msg_reader *r, struct proto_msg *m, int build,
    const char **err)
{
	if (msg_get_u32(r, &m->page) == -1) {
		*err = "truncated page";
		return (-1);
	}
	return (proto_decode_channel_args(r, m, build, err));
}

/* Write an IPC call. */
static void
proto_encode_call(struct buf *b, const struct proto_msg *m)
{
	msg_add_u32(b, m->page);
	proto_encode_channel_args(b, m);
}

/*
 * main's message to a window: the page, which of the three calls main made
 * (the UI cannot tell them apart otherwise), the channel and the arguments.
 */
static int
proto_decode_message(struct msg_reader *r, struct proto_msg *m, int build,
    const char **err)
{
	if (msg_get_u32(r, &m->page) == -1) {
		*err = "truncated page";
		return (-1);
	}
	if (msg_get_u8(r, &m->reply) == -1 || m->reply >= REPLY_COUNT) {
		*err = "truncated or unknown reply method";
		return (-1);
	}
	return (proto_decode_channel_args(r, m, build, err));
}

/* Write main's message to a window. */
static void
proto_encode_message(struct buf *b, const struct proto_msg *m)
{
	msg_add_u32(b, m->page);
	msg_add_u8(b, m->reply);
	proto_encode_channel_args(b, m);
}

/* A settled invoke: resolved with a value, or rejected with the error's text. */
static int
proto_decode_invoke_result(struct msg_reader *r, struct proto_msg *m,
    int build, const char **err)
{
	*err = "malformed invoke result";
	if (msg_get_u32(r, &m->page) == -1 || msg_get_u8(r, &m->flag) == -1 ||
	    m->flag > 1)
		return (-1);
	if (!m->flag)
		return (msg_view_string(r, &m->text, &m->text_len));
	return (proto_get_value(r, m, build, err));
}

/* Write a settled invoke. */
static void
proto_encode_invoke_result(struct buf *b, const struct proto_msg *m)
{
	msg_add_u32(b, m->page);
	msg_add_u8(b, m->flag);
	if (m->flag)
		value_encode(b, &m->value);
	else
		msg_add_string(b, m->text, m->text_len);
}

/* A sync call's event.returnValue, for the page that asked. */
static int
proto_decode_result(struct msg_reader *r, struct proto_msg *m, int build,
    const char **err)
{
	*err = "malformed sync result";
	if (msg_get_u32(r, &m->page) == -1)
		return (-1);
	return (proto_get_value(r, m, build, err));
}

/* Write a sync result. */
static void
proto_encode_result(struct buf *b, const struct proto_msg *m)
{
	msg_add_u32(b, m->page);
	value_encode(b, &m->value);
}

/*
 * Write an endpoint's name for people at p (PROTO_ENDPOINT_MAX bytes at
 * most, no NUL): ui, main, or renderer N.  Returns where it ends.  No
 * printf but for a number no process has: the trace names two a frame.
 */
char *
proto_endpoint_put(char *p, uint16_t endpoint)
{
	switch (proto_endpoint_role(endpoint)) {
	case ROLE_UI:
		memcpy(p, "ui", 2);
		return (p + 2);
	case ROLE_MAIN:
		memcpy(p, "main", 4);
		return (p + 4);
	case ROLE_RENDERER:
		memcpy(p, "renderer ", 9);
		return (buf_put_uint(p + 9, endpoint - ENDPOINT_RENDERER_BASE));
	default:
		return (p + snprintf(p, PROTO_ENDPOINT_MAX, "endpoint %#x",
		    (unsigned)endpoint));
	}
}

/* Append an endpoint's name for people. */
void
proto_endpoint_name(struct buf *b, uint16_t endpoint)
{
	buf_wrote(b, proto_endpoint_put(buf_space(b, PROTO_ENDPOINT_MAX),
	    endpoint));
}

/*
 * One line for people: the type, the direction, and what it carries (the
 * channel and arguments as console.log prints them, or its text).  m must
 * have been decoded with PROTO_BUILD for the arguments to show.
 */
void
proto_describe(struct buf *b, const struct msg_header *h,
    const struct proto_msg *m)
{
	buf_printf(b, "%s ", msg_type_name(h->type));
	proto_endpoint_name(b, h->src);
	buf_printf(b, " -> ");
	proto_endpoint_name(b, h->dst);
	buf_printf(b, " #%u:", (unsigned)h->id);
	if (m->channel != NULL)
		buf_printf(b, " '%.*s'", (int)m->channel_len, m->channel);
	if (m->text != NULL)
		buf_printf(b, " %.*s", (int)m->text_len, m->text);
	if (m->value.type != VALUE_UNDEFINED || h->type == MSG_IPC_SYNC_RESULT ||
	    (h->type == MSG_IPC_INVOKE_RESULT && m->flag)) {
		buf_append(b, " ", 1);
		inspect_value(b, &m->value);
	}
}

/*
 * A postMessage: the page, the channel, the message, and the port it transfers
 * with the endpoint that holds its other end.
 */
static int
proto_decode_post(struct msg_reader *r, struct proto_msg *m, int build,
    const char **err)
{
	uint32_t	 entangled;

	*err = "malformed post-message payload";
	if (msg_get_u32(r, &m->page) == -1 ||
	    msg_view_string(r, &m->channel, &m->channel_len) == -1)
		return (-1);
	if (proto_get_value(r, m, build, err) == -1)
		return (-1);
	*err = "malformed post-message port";
	if (msg_get_u32(r, &m->port) == -1 ||
	    msg_get_u32(r, &entangled) == -1 || entangled > 0xffff)
		return (-1);
	m->entangled = (uint16_t)entangled;
	if ((m->port == 0) != (m->entangled == 0) || (m->port != 0 &&
	    !(proto_endpoint_role(m->entangled) & (ROLE_MAIN | ROLE_RENDERER))))
		return (-1);
	return (0);
}

/* Write a postMessage. */
static void
proto_encode_post(struct buf *b, const struct proto_msg *m)
{
	msg_add_u32(b, m->page);
	msg_add_string(b, m->channel, m->channel_len);
	value_encode(b, &m->value);
	msg_add_u32(b, m->port);
	msg_add_u32(b, m->entangled);
}

/* A message on a port: the sending page, the port, the message. */
static int
proto_decode_port(struct msg_reader *r, struct proto_msg *m, int build,
    const char **err)
{
	*err = "malformed port-message payload";
	if (msg_get_u32(r, &m->page) == -1 || msg_get_u32(r, &m->port) == -1 ||
	    m->port == 0)
		return (-1);
	return (proto_get_value(r, m, build, err));
}

/* Write a message on a port. */
static void
proto_encode_port(struct buf *b, const struct proto_msg *m)
{
	msg_add_u32(b, m->page);
	msg_add_u32(b, m->port);
	value_encode(b, &m->value);
}
