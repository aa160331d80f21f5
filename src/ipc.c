/* Building and checking the channel-plus-arguments payload that IPC frames carry. */
#include "config.h"

#include <string.h>

#include "child.h"
#include "inspect.h"
#include "ipc.h"

/* Build the payload for a call on channel with args (an array). */
void
ipc_encode(struct buf *b, const char *channel, const struct value *args)
{
	msg_add_string(b, channel, strlen(channel));
	value_encode(b, args);
}

/* Queue an IPC frame of type from src to dst carrying channel and args. */
void
ipc_send(struct peer *p, uint16_t type, uint16_t src, uint16_t dst,
    uint32_t id, const char *channel, const struct value *args)
{
	size_t	 start = peer_begin(p, type, src, dst, id);

	ipc_encode(&p->out, channel, args);
	peer_end(p, start);
}

/* Decode and check an IPC payload: a channel and an array, nothing after. */
int
ipc_decode(const struct msg *m, struct ipc_call *c, const char **err)
{
	struct msg_reader	 r;

	memset(c, 0, sizeof *c);
	msg_reader_init(&r, m->payload, m->payload_len);
	if (msg_view_string(&r, &c->channel, &c->channel_len) == -1) {
		*err = "truncated or invalid channel name";
		return (-1);
	}
	if (value_decode(&r, &c->args, err) == -1) {
		ipc_free(c);
		return (-1);
	}
	if (c->args.type != VALUE_ARRAY || msg_get_end(&r) == -1) {
		*err = "IPC arguments are not one array";
		ipc_free(c);
		return (-1);
	}
	return (0);
}

/* Check an IPC payload as ipc_decode would, without building anything. */
int
ipc_check(const struct msg *m, const char **err)
{
	struct msg_reader	 r;
	const char		*channel;
	size_t			 len;

	msg_reader_init(&r, m->payload, m->payload_len);
	if (msg_view_string(&r, &channel, &len) == -1) {
		*err = "truncated or invalid channel name";
		return (-1);
	}
	if (r.pos == r.len || r.p[r.pos] != VALUE_ARRAY) {
		*err = "IPC arguments are not one array";
		return (-1);
	}
	if (value_check(&r, err) == -1)
		return (-1);
	if (msg_get_end(&r) == -1) {
		*err = "IPC arguments are not one array";
		return (-1);
	}
	return (0);
}

/* Whether the call was made on the named channel. */
int
ipc_channel_is(const struct ipc_call *c, const char *name)
{
	return (c->channel_len == strlen(name) &&
	    memcmp(c->channel, name, c->channel_len) == 0);
}

/* Free what a decoded call owns. */
void
ipc_free(struct ipc_call *c)
{
	value_free(&c->args);
	memset(c, 0, sizeof *c);
}

/*
 * console.log(prefix, ...vals) in a child: the line is built in its scratch
 * buffer, sent to the UI, and returned for the caller to show.
 */
const struct buf *
ipc_console_log(struct child_loop *cl, const char *prefix,
    const struct value *vals, size_t n)
{
	struct buf	*line = &cl->scratch;

	buf_clear(line);
	buf_append(line, prefix, strlen(prefix));
	if (n > 0) {
		buf_append(line, " ", 1);
		inspect_log_values(line, vals, n);
	}
	child_console(cl, (const char *)buf_head(line), line->len);
	return (line);
}
